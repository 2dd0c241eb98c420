import { ErrorCode, PROBLEM_CONTENT_TYPE, problemSchema } from '@thb/shared';
import { z } from 'zod';
import { ApiError, ClientErrorCode, codeForStatus } from './api-error';

export { ApiError, ClientErrorCode, isApiError, type ApiErrorCode } from './api-error';

/** Every REST endpoint lives under this prefix on the same origin. */
export const API_PREFIX = '/api';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON, except a Blob (e.g. an image), which is sent as is with its own Content-Type. */
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /**
   * Non-2xx statuses whose body is still the expected shape, e.g. the health check's 503 when degraded.
   * A body that does not match falls back to problem handling.
   */
  acceptStatuses?: readonly number[];
  /**
   * `bearer` (default): send the access token when there is one, and on a 401 refresh it once and retry.
   * `none`: send no token, for the sign-in endpoints that rely on the refresh cookie or on nothing at all
   * (an expired token would make the server reject even a public route).
   */
  auth?: 'bearer' | 'none';
}

/** How the HTTP layer reaches the session without importing the store (which itself calls the API). */
export interface AuthBridge {
  /** The access token of the current session, if any. */
  accessToken(): string | undefined;
  /** Gets a new access token with the refresh cookie; resolves false when the session is over. */
  refresh(): Promise<boolean>;
  /** The server refused a call because the account must enrol a second factor first. */
  twoFactorEnrolmentRequired(): void;
}

let authBridge: AuthBridge | undefined;

/** Installed by the auth store when it is created; `undefined` removes it (tests). */
export function setAuthBridge(bridge: AuthBridge | undefined): void {
  authBridge = bridge;
}

/** Schema of an empty answer (204 No Content, 202 Accepted). */
export const noContent = z.undefined();

export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const url = `${API_PREFIX}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) {
    return url;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) {
      params.append(key, String(value));
    }
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response).catch(() => undefined);
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) {
    return ApiError.fromProblem(parsed.data);
  }
  // Not a problem document: a proxy or gateway answered, or the server failed before its problem filter.
  return new ApiError({
    code: codeForStatus(response.status),
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

function networkError(error: unknown): ApiError {
  return new ApiError({
    code: ClientErrorCode.Network,
    status: 0,
    title: 'Network error',
    detail: error instanceof Error ? error.message : undefined,
    cause: error,
  });
}

async function sendOnce(method: HttpMethod, path: string, options: RequestOptions, token: string | undefined) {
  const headers: Record<string, string> = { Accept: `application/json, ${PROBLEM_CONTENT_TYPE}`, ...options.headers };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) {
    init.signal = options.signal;
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (options.body instanceof Blob) {
    headers['Content-Type'] ??= options.body.type || 'application/octet-stream';
    init.body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  try {
    return await fetch(apiUrl(path, options.query), init);
  } catch (error) {
    if (options.signal?.aborted) {
      throw error;
    }
    throw networkError(error);
  }
}

/**
 * Sends the request with the session's access token. A 401 `unauthenticated` on a call that carried a token
 * means the token expired: the session is refreshed once and the call retried with the new token. Resolves
 * with a 2xx response (or a listed `acceptStatuses` one); rejects with an ApiError otherwise.
 */
async function send(method: HttpMethod, path: string, options: RequestOptions): Promise<Response> {
  const bridge = options.auth === 'none' ? undefined : authBridge;
  const token = bridge?.accessToken();
  let response = await sendOnce(method, path, options, token);

  if (response.status === 401 && bridge && token) {
    const error = await toApiError(response.clone());
    if (error.code === ErrorCode.Unauthenticated && (await bridge.refresh())) {
      response = await sendOnce(method, path, options, bridge.accessToken());
    }
  }
  if (response.ok || options.acceptStatuses?.includes(response.status)) {
    return response;
  }
  const error = await toApiError(response);
  if (error.code === ErrorCode.TwoFactorEnrolmentRequired) {
    bridge?.twoFactorEnrolmentRequired();
  }
  throw error;
}

/**
 * Calls the API and validates the answer with `schema`. Rejects with an ApiError on a non-2xx status
 * (carrying the problem details), on a network failure, or when the body does not match the schema.
 * An abort rejects with the AbortError unchanged, so callers can ignore it.
 */
export async function apiRequest<S extends z.ZodType>(
  method: HttpMethod,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(method, path, options);

  if (!response.ok) {
    // A status listed in acceptStatuses: its body may still be the expected shape.
    const parsed = schema.safeParse(await readJson(response.clone()));
    if (parsed.success) {
      return parsed.data;
    }
    throw await toApiError(response);
  }

  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError({
      code: ClientErrorCode.InvalidResponse,
      status: response.status,
      title: 'Invalid response',
      detail: `${method} ${path} returned a body that does not match the expected shape.`,
      requestId: response.headers.get('x-request-id') ?? undefined,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** GETs a file (an image, an export) with the session's token, as a Blob. */
export async function apiBlob(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Blob> {
  const response = await send('GET', path, { ...options, headers: { Accept: '*/*', ...options.headers } });
  try {
    return await response.blob();
  } catch (error) {
    throw networkError(error);
  }
}

export function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options?: Omit<RequestOptions, 'body'>,
): Promise<z.output<S>> {
  return apiRequest('GET', path, schema, options);
}

export function apiPost<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options?: Omit<RequestOptions, 'body'>,
): Promise<z.output<S>> {
  return apiRequest('POST', path, schema, { ...options, body });
}

export function apiPut<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options?: Omit<RequestOptions, 'body'>,
): Promise<z.output<S>> {
  return apiRequest('PUT', path, schema, { ...options, body });
}

export function apiPatch<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options?: Omit<RequestOptions, 'body'>,
): Promise<z.output<S>> {
  return apiRequest('PATCH', path, schema, { ...options, body });
}

export function apiDelete<S extends z.ZodType>(
  path: string,
  schema: S,
  options?: Omit<RequestOptions, 'body'>,
): Promise<z.output<S>> {
  return apiRequest('DELETE', path, schema, options);
}

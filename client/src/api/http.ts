import { PROBLEM_CONTENT_TYPE, problemSchema } from '@thb/shared';
import { type z } from 'zod';
import { ApiError, ClientErrorCode, codeForStatus } from './api-error';

export { ApiError, ClientErrorCode, isApiError, type ApiErrorCode } from './api-error';

/** Every REST endpoint lives under this prefix on the same origin. */
export const API_PREFIX = '/api';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /**
   * Non-2xx statuses whose body is still the expected shape, e.g. the health check's 503 when degraded.
   * A body that does not match falls back to problem handling.
   */
  acceptStatuses?: readonly number[];
}

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
  const headers: Record<string, string> = { Accept: `application/json, ${PROBLEM_CONTENT_TYPE}`, ...options.headers };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) {
    init.signal = options.signal;
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), init);
  } catch (error) {
    if (options.signal?.aborted) {
      throw error;
    }
    throw new ApiError({
      code: ClientErrorCode.Network,
      status: 0,
      title: 'Network error',
      detail: error instanceof Error ? error.message : undefined,
      cause: error,
    });
  }

  if (!response.ok) {
    if (options.acceptStatuses?.includes(response.status)) {
      const parsed = schema.safeParse(await readJson(response.clone()));
      if (parsed.success) {
        return parsed.data;
      }
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

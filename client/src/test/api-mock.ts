import { ErrorCode, problemTypeFor } from '@thb/shared';
import { vi } from 'vitest';
import { jsonResponse, problemResponse } from './helpers';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

/** What a route answers: a function of the call, a Response, or a JSON body (200). */
export type RouteAnswer = ((call: RecordedCall) => Response | Promise<Response>) | Response | object;

/**
 * A fake API on `fetch`: routes are `'METHOD /api/path'`; anything else answers 404 not_found. Every call is
 * recorded with its parsed body and headers.
 */
export function mockApi(routes: Record<string, RouteAnswer>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    );
    let body: unknown = init?.body;
    if (typeof body === 'string') {
      body = JSON.parse(body) as unknown;
    }
    const call: RecordedCall = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      headers: { ...(init?.headers as Record<string, string> | undefined) },
    };
    calls.push(call);
    const answer = routes[`${call.method} ${call.path}`];
    if (answer === undefined) {
      return Promise.resolve(notFound());
    }
    if (typeof answer === 'function') {
      return Promise.resolve((answer as (call: RecordedCall) => Response | Promise<Response>)(call));
    }
    if (answer instanceof Response) {
      return Promise.resolve(answer.clone());
    }
    return Promise.resolve(jsonResponse(answer));
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls, callsTo: (key: string) => calls.filter((c) => `${c.method} ${c.path}` === key) };
}

export function problem(code: ErrorCode, status: number, extra: Record<string, unknown> = {}): Response {
  return problemResponse({ type: problemTypeFor(code), title: code, status, code, ...extra });
}

export function notFound(): Response {
  return problem(ErrorCode.NotFound, 404);
}

export function noContentResponse(status = 204): Response {
  return new Response(null, { status });
}

export function validationProblem(errors: { field: string; message: string; code: string }[]): Response {
  return problem(ErrorCode.ValidationFailed, 400, { errors });
}

import { ErrorCode, healthResponseSchema } from '@thb/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { jsonResponse, problemResponse } from '@/test/helpers';
import { ApiError, apiGet, apiPost, ClientErrorCode } from './http';

const health = { status: 'ok', db: { status: 'up', driver: 'pglite', latencyMs: 2 }, version: '1.4.0', uptimeS: 12 };

describe('api/http', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  async function rejection(promise: Promise<unknown>): Promise<unknown> {
    try {
      await promise;
    } catch (error) {
      return error;
    }
    throw new Error('expected the call to reject');
  }

  describe('success', () => {
    it('GETs under /api and returns the body parsed by the schema', async () => {
      fetchMock.mockResolvedValue(jsonResponse({ ...health, unexpected: 'dropped by the schema' }));

      const sut = await apiGet('/health', healthResponseSchema);

      expect(sut).toEqual(health);
      expect(sut).not.toHaveProperty('unexpected');
      const [url, init] = fetchMock.mock.calls[0] ?? [];
      expect(url).toBe('/api/health');
      expect(init?.method).toBe('GET');
      expect((init?.headers as Record<string, string>).Accept).toContain('application/json');
    });

    it('applies schema transforms to the result', async () => {
      fetchMock.mockResolvedValue(jsonResponse({ count: '3' }));

      const sut = await apiGet('/things', z.object({ count: z.coerce.number() }), { query: { page: 2, q: undefined } });

      expect(sut.count).toBe(3);
      expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/things?page=2');
    });

    it('POSTs a JSON body', async () => {
      fetchMock.mockResolvedValue(jsonResponse({ id: 'a1' }, { status: 201 }));

      const sut = await apiPost('/channels', { name: 'Priority A' }, z.object({ id: z.string() }));

      expect(sut).toEqual({ id: 'a1' });
      const init = fetchMock.mock.calls[0]?.[1];
      expect(init?.method).toBe('POST');
      expect(init?.body).toBe(JSON.stringify({ name: 'Priority A' }));
      expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    });

    it('accepts a listed non-2xx status whose body matches the schema (degraded health)', async () => {
      const degraded = { ...health, status: 'degraded', db: { status: 'down', driver: 'postgres' } };
      fetchMock.mockResolvedValue(jsonResponse(degraded, { status: 503 }));

      const sut = await apiGet('/health', healthResponseSchema, { acceptStatuses: [503] });

      expect(sut.status).toBe('degraded');
    });
  });

  describe('failures', () => {
    it('turns a problem document into an ApiError with its code, status, detail, field errors and request id', async () => {
      fetchMock.mockResolvedValue(
        problemResponse({
          type: 'https://thb-platform.eu/problems/validation-failed',
          title: 'The request has invalid fields',
          status: 400,
          detail: 'slug: a strategy slug is lower-case letters, digits and dashes',
          code: 'validation_failed',
          requestId: 'req-12345678',
          errors: [{ field: 'params.slug', message: 'a strategy slug is lower-case letters', code: 'invalid_format' }],
        }),
      );

      const sut = await rejection(apiGet('/strategies/BAD', z.object({})));

      expect(sut).toBeInstanceOf(ApiError);
      const error = sut as ApiError;
      expect(error.code).toBe(ErrorCode.ValidationFailed);
      expect(error.status).toBe(400);
      expect(error.title).toBe('The request has invalid fields');
      expect(error.detail).toContain('slug');
      expect(error.requestId).toBe('req-12345678');
      expect(error.fieldErrors).toEqual([
        { field: 'params.slug', message: 'a strategy slug is lower-case letters', code: 'invalid_format' },
      ]);
      expect(error.fieldErrorMap()).toEqual({ 'params.slug': 'a strategy slug is lower-case letters' });
      expect(error.problem?.type).toBe('https://thb-platform.eu/problems/validation-failed');
    });

    it('maps a non-problem error response to a code from its status, keeping the request id header', async () => {
      fetchMock.mockResolvedValue(
        new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway', headers: { 'X-Request-Id': 'gw-1' } }),
      );

      const error = (await rejection(apiGet('/health', healthResponseSchema))) as ApiError;

      expect(error).toBeInstanceOf(ApiError);
      expect(error.code).toBe(ErrorCode.ServiceUnavailable);
      expect(error.status).toBe(502);
      expect(error.requestId).toBe('gw-1');
    });

    it('maps a 404 without a problem body to not_found', async () => {
      fetchMock.mockResolvedValue(new Response('', { status: 404 }));

      const error = (await rejection(apiGet('/nowhere', z.object({})))) as ApiError;

      expect(error.code).toBe(ErrorCode.NotFound);
    });

    it('turns a network failure into an ApiError with status 0', async () => {
      fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

      const error = (await rejection(apiGet('/health', healthResponseSchema))) as ApiError;

      expect(error).toBeInstanceOf(ApiError);
      expect(error.code).toBe(ClientErrorCode.Network);
      expect(error.status).toBe(0);
      expect(error.message).toBe('Failed to fetch');
      expect(error.cause).toBeInstanceOf(TypeError);
    });

    it('rejects a 2xx body that does not match the schema', async () => {
      fetchMock.mockResolvedValue(jsonResponse({ status: 'fine' }));

      const error = (await rejection(apiGet('/health', healthResponseSchema))) as ApiError;

      expect(error.code).toBe(ClientErrorCode.InvalidResponse);
      expect(error.status).toBe(200);
    });

    it('rejects a 2xx body that is not JSON at all', async () => {
      fetchMock.mockResolvedValue(new Response('<!doctype html><title>app</title>', { status: 200 }));

      const error = (await rejection(apiGet('/health', healthResponseSchema))) as ApiError;

      expect(error.code).toBe(ClientErrorCode.InvalidResponse);
    });

    it('lets an abort through unchanged, so callers can ignore it', async () => {
      const controller = new AbortController();
      const abort = new DOMException('The operation was aborted.', 'AbortError');
      fetchMock.mockImplementation(() => {
        controller.abort();
        return Promise.reject(abort);
      });

      const error = await rejection(apiGet('/health', healthResponseSchema, { signal: controller.signal }));

      expect(error).toBe(abort);
      expect(error).not.toBeInstanceOf(ApiError);
    });
  });
});

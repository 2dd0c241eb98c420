import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { jsonResponse } from '@/test/helpers';
import { apiBlob, apiGet, apiPut, noContent, setAuthBridge } from './http';

function bridge(token: string | undefined) {
  return {
    accessToken: () => token,
    refresh: vi.fn(() => Promise.resolve(false)),
    twoFactorEnrolmentRequired: vi.fn(),
  };
}

describe('api/http with a session', () => {
  const fetchMock = vi.fn<typeof fetch>();

  afterEach(() => {
    setAuthBridge(undefined);
    fetchMock.mockReset();
  });

  function headersOf(call = 0): Record<string, string> {
    return (fetchMock.mock.calls[call]?.[1]?.headers ?? {}) as Record<string, string>;
  }

  it('adds the bearer token when the session has one', async () => {
    vi.stubGlobal('fetch', fetchMock.mockResolvedValue(jsonResponse({})));
    setAuthBridge(bridge('abc.def.ghi'));

    await apiGet('/account', z.object({}));

    expect(headersOf().Authorization).toBe('Bearer abc.def.ghi');
  });

  it('sends no Authorization header without a session', async () => {
    vi.stubGlobal('fetch', fetchMock.mockResolvedValue(jsonResponse({})));
    setAuthBridge(bridge(undefined));

    await apiGet('/health', z.object({}));

    expect(headersOf()).not.toHaveProperty('Authorization');
  });

  it('sends no token on calls made with auth: none, and never refreshes for them', async () => {
    vi.stubGlobal('fetch', fetchMock.mockResolvedValue(new Response('', { status: 401 })));
    const session = bridge('abc');
    setAuthBridge(session);

    await expect(apiGet('/auth/refresh', z.object({}), { auth: 'none' })).rejects.toMatchObject({ status: 401 });

    expect(headersOf()).not.toHaveProperty('Authorization');
    expect(session.refresh).not.toHaveBeenCalled();
  });

  it('sends a Blob as the raw body with its own content type (logo upload)', async () => {
    vi.stubGlobal('fetch', fetchMock.mockResolvedValue(new Response(null, { status: 204 })));
    const image = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });

    await apiPut('/organisations/x/logo', image, noContent);

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe(image);
    expect(headersOf()['Content-Type']).toBe('image/png');
  });

  it('returns a file as a Blob, with the token', async () => {
    vi.stubGlobal(
      'fetch',
      fetchMock.mockResolvedValue(
        new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'image/webp' } }),
      ),
    );
    setAuthBridge(bridge('abc'));

    const blob = await apiBlob('/organisations/x/logo');

    expect(blob.size).toBe(3);
    expect(headersOf().Authorization).toBe('Bearer abc');
  });
});

import { ErrorCode } from '@thb/shared';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiGet, ApiError, setAuthBridge } from '@/api/http';
import { mockApi, noContentResponse, problem } from '@/test/api-mock';
import { coordinatorFixture, grantFixture, memberFixture } from '@/test/fixtures/accounts';
import { deferred, jsonResponse } from '@/test/helpers';
import { useAuthStore } from './auth';

const anything = z.object({ ok: z.boolean() });

describe('auth store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  afterEach(() => {
    setAuthBridge(undefined);
  });

  describe('signing in', () => {
    it('keeps the access token in memory and the user, and derives the actor', async () => {
      const api = mockApi({ 'POST /api/auth/login': grantFixture(memberFixture(), 'token-1') });
      const sut = useAuthStore();

      const response = await sut.signIn({ email: 'ana.martins@lastrada.example.org', password: 'secret' });

      expect(response.status).toBe('signed_in');
      expect(sut.accessToken).toBe('token-1');
      expect(sut.isSignedIn).toBe(true);
      expect(sut.actor).toBe('member');
      expect(sut.can('partners.search')).toBe(true);
      expect(sut.can('users.manage')).toBe(false);
      expect(window.localStorage.length).toBe(0);
      // No stale token goes with the credentials.
      expect(api.calls[0]?.headers.Authorization).toBeUndefined();
    });

    it('waits for the second factor when challenged, then signs in with the code', async () => {
      const api = mockApi({
        'POST /api/auth/login': { status: 'two_factor_required', challengeToken: 'challenge-1' },
        'POST /api/auth/login/two-factor': grantFixture(coordinatorFixture(), 'token-2'),
      });
      const sut = useAuthStore();

      const response = await sut.signIn({ email: 'coordinator@thb.example.eu', password: 'secret' });
      expect(response).toEqual({ status: 'two_factor_required', challengeToken: 'challenge-1' });
      expect(sut.isSignedIn).toBe(false);

      const user = await sut.completeSignIn({ challengeToken: 'challenge-1', code: '123456' });

      expect(user.role).toBe('coordinator');
      expect(sut.accessToken).toBe('token-2');
      expect(api.callsTo('POST /api/auth/login/two-factor')[0]?.body).toEqual({
        challengeToken: 'challenge-1',
        code: '123456',
      });
    });

    it('acts for its own organisation only, the Coordinator for any', () => {
      const sut = useAuthStore();
      sut.applyGrant(grantFixture(memberFixture()));
      expect(sut.actsFor(memberFixture().organisation!.id)).toBe(true);
      expect(sut.actsFor('00000000-0000-4000-8000-000000000000')).toBe(false);

      sut.applyGrant(grantFixture(coordinatorFixture()));
      expect(sut.actsFor('00000000-0000-4000-8000-000000000000')).toBe(true);
    });
  });

  describe('refreshing', () => {
    it('restores a session at start-up with the refresh cookie, once', async () => {
      const api = mockApi({ 'POST /api/auth/refresh': grantFixture(memberFixture(), 'restored') });
      const sut = useAuthStore();

      await Promise.all([sut.restore(), sut.restore()]);
      await sut.restore();

      expect(sut.accessToken).toBe('restored');
      expect(sut.restored).toBe(true);
      expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
    });

    it('stays a visitor when there is no session to restore, without calling it an expiry', async () => {
      mockApi({ 'POST /api/auth/refresh': problem(ErrorCode.Unauthenticated, 401) });
      const sut = useAuthStore();

      await sut.restore();

      expect(sut.isSignedIn).toBe(false);
      expect(sut.actor).toBe('visitor');
      expect(sut.restored).toBe(true);
      expect(sut.endReason).toBeUndefined();
    });

    it('shares one refresh between concurrent callers', async () => {
      const answer = deferred<Response>();
      const api = mockApi({ 'POST /api/auth/refresh': () => answer.promise });
      const sut = useAuthStore();

      const both = Promise.all([sut.refresh(), sut.refresh()]);
      answer.resolve(jsonResponse(grantFixture(memberFixture(), 'new')));

      expect(await both).toEqual([true, true]);
      expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
    });

    it('ends the session, as expired, when the refresh cookie is refused', async () => {
      mockApi({ 'POST /api/auth/refresh': problem(ErrorCode.Unauthenticated, 401) });
      const sut = useAuthStore();
      sut.applyGrant(grantFixture());

      expect(await sut.refresh()).toBe(false);

      expect(sut.isSignedIn).toBe(false);
      expect(sut.accessToken).toBeUndefined();
      expect(sut.endReason).toBe('expired');
    });

    it('keeps the session through a network failure of the refresh', async () => {
      vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
      const sut = useAuthStore();
      sut.applyGrant(grantFixture(memberFixture(), 'kept'));

      expect(await sut.refresh()).toBe(false);

      expect(sut.accessToken).toBe('kept');
    });

    it('refreshes by itself a minute before the access token expires', async () => {
      vi.useFakeTimers();
      try {
        const api = mockApi({ 'POST /api/auth/refresh': grantFixture(memberFixture(), 'fresh') });
        const sut = useAuthStore();
        sut.applyGrant({ ...grantFixture(), expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() });

        await vi.advanceTimersByTimeAsync(3 * 60_000);
        expect(api.calls).toHaveLength(0);
        await vi.advanceTimersByTimeAsync(61_000);

        expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
        expect(sut.accessToken).toBe('fresh');
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('the HTTP layer', () => {
    it('sends the access token and, on a 401, refreshes once and retries with the new token', async () => {
      let first = true;
      const api = mockApi({
        'GET /api/things': (call) => {
          if (first) {
            first = false;
            return problem(ErrorCode.Unauthenticated, 401);
          }
          return jsonResponse({ ok: call.headers.Authorization === 'Bearer second' });
        },
        'POST /api/auth/refresh': grantFixture(memberFixture(), 'second'),
      });
      const sut = useAuthStore();
      sut.applyGrant(grantFixture(memberFixture(), 'first'));

      const result = await apiGet('/things', anything);

      expect(result).toEqual({ ok: true });
      expect(api.calls.map((c) => `${c.method} ${c.path} ${c.headers.Authorization ?? '-'}`)).toEqual([
        'GET /api/things Bearer first',
        'POST /api/auth/refresh -',
        'GET /api/things Bearer second',
      ]);
    });

    it('retries only once: a second 401 is the caller’s error', async () => {
      const api = mockApi({
        'GET /api/things': problem(ErrorCode.Unauthenticated, 401),
        'POST /api/auth/refresh': grantFixture(memberFixture(), 'second'),
      });
      const sut = useAuthStore();
      sut.applyGrant(grantFixture());

      await expect(apiGet('/things', anything)).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });

      expect(api.callsTo('GET /api/things')).toHaveLength(2);
      expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
    });

    it('clears the session when the refresh fails, and rejects with the original 401', async () => {
      mockApi({
        'GET /api/things': problem(ErrorCode.Unauthenticated, 401),
        'POST /api/auth/refresh': problem(ErrorCode.Unauthenticated, 401),
      });
      const sut = useAuthStore();
      sut.applyGrant(grantFixture());

      const error = await apiGet('/things', anything).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ApiError);
      expect(sut.isSignedIn).toBe(false);
      expect(sut.endReason).toBe('expired');
    });

    it('does not refresh for a wrong password (401 invalid_credentials)', async () => {
      const api = mockApi({ 'GET /api/things': problem(ErrorCode.InvalidCredentials, 401) });
      const sut = useAuthStore();
      sut.applyGrant(grantFixture());

      await expect(apiGet('/things', anything)).rejects.toMatchObject({ code: ErrorCode.InvalidCredentials });

      expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(0);
      expect(sut.isSignedIn).toBe(true);
    });

    it('marks the user as having to enrol a second factor when the server says so', async () => {
      mockApi({ 'GET /api/things': problem(ErrorCode.TwoFactorEnrolmentRequired, 403) });
      const sut = useAuthStore();
      sut.applyGrant(grantFixture(coordinatorFixture({ twoFactorEnabled: false })));

      await expect(apiGet('/things', anything)).rejects.toMatchObject({ status: 403 });

      expect(sut.mustEnrolTwoFactor).toBe(true);
    });
  });

  describe('signing out', () => {
    it('ends the session on the server with the cookie and forgets the token', async () => {
      const api = mockApi({ 'POST /api/auth/logout': noContentResponse() });
      const sut = useAuthStore();
      sut.applyGrant(grantFixture());

      await sut.signOut();

      expect(api.callsTo('POST /api/auth/logout')).toHaveLength(1);
      expect(sut.isSignedIn).toBe(false);
      expect(sut.user).toBeNull();
      expect(sut.endReason).toBeUndefined();
    });

    it('forgets the session even when the server cannot be reached', async () => {
      vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
      const sut = useAuthStore();
      sut.applyGrant(grantFixture());

      await sut.signOut();

      expect(sut.isSignedIn).toBe(false);
    });
  });
});

import {
  type Actor,
  type CurrentUser,
  isAllowed,
  type LoginRequest,
  type LoginResponse,
  type Permission,
  type SessionGrant,
  type TwoFactorLoginRequest,
} from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as authApi from '@/api/auth';
import { isApiError, setAuthBridge } from '@/api/http';

/** Why the session ended, when it did not end on the user's request: the pages say so. */
export type SessionEndReason = 'expired';

/** Refresh this long before the access token expires, so calls and the socket never use a stale one. */
const REFRESH_AHEAD_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;
/** setTimeout cannot wait longer than ~24.8 days; tokens never live that long anyway. */
const MAX_REFRESH_DELAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs a refresh while no other tab of this browser runs one. The refresh cookie is rotated on every use and
 * the server ends the session when an old one comes back, so two tabs must not send the same cookie at once.
 */
async function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request('thb-session-refresh', task) : await task();
}

/**
 * The signed-in session. The access token lives in memory only; the refresh token is an HttpOnly cookie that
 * the page never sees, so a reload restores the session with one call to POST /auth/refresh.
 */
export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref<string | undefined>();
  const expiresAt = ref<string | undefined>();
  const user = ref<CurrentUser | null>(null);
  /** True once the start-up attempt to restore a session has finished (whatever its outcome). */
  const restored = ref(false);
  const endReason = ref<SessionEndReason | undefined>();

  const isSignedIn = computed(() => user.value !== null && accessToken.value !== undefined);
  const actor = computed<Actor>(() => (isSignedIn.value && user.value ? user.value.role : 'visitor'));
  /** The role requires a second factor that is not enrolled yet: only My account works until it is. */
  const mustEnrolTwoFactor = computed(() => isSignedIn.value && user.value?.twoFactorRequired === true);

  let refreshing: Promise<boolean> | undefined;
  let restoring: Promise<void> | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  function can(permission: Permission): boolean {
    return isAllowed(actor.value, permission);
  }

  /** Members act for their own organisation; the Coordinator for any. */
  function actsFor(organisationId: string): boolean {
    return isSignedIn.value && (actor.value === 'coordinator' || user.value?.organisation?.id === organisationId);
  }

  function cancelScheduledRefresh(): void {
    if (refreshTimer !== undefined) {
      clearTimeout(refreshTimer);
      refreshTimer = undefined;
    }
  }

  function scheduleRefresh(): void {
    cancelScheduledRefresh();
    const expiry = expiresAt.value ? Date.parse(expiresAt.value) : NaN;
    if (Number.isNaN(expiry)) {
      return;
    }
    const delay = Math.max(expiry - Date.now() - REFRESH_AHEAD_MS, MIN_REFRESH_DELAY_MS);
    if (delay > MAX_REFRESH_DELAY_MS) {
      return;
    }
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      void refresh();
    }, delay);
  }

  function applyGrant(grant: SessionGrant): void {
    accessToken.value = grant.accessToken;
    expiresAt.value = grant.expiresAt;
    user.value = grant.user;
    endReason.value = undefined;
    restored.value = true;
    scheduleRefresh();
  }

  /** Forgets the session locally. `reason` tells the pages it was not the user's choice. */
  function clearSession(reason?: SessionEndReason): void {
    const wasSignedIn = isSignedIn.value;
    cancelScheduledRefresh();
    accessToken.value = undefined;
    expiresAt.value = undefined;
    user.value = null;
    endReason.value = wasSignedIn ? reason : undefined;
  }

  /** After the profile changed (name, language, second factor). */
  function setUser(next: CurrentUser): void {
    user.value = next;
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one request, so a burst of
   * 401s refreshes once. Resolves false when there is no session to refresh; a network failure keeps the
   * current session (the next call will try again).
   */
  function refresh(): Promise<boolean> {
    refreshing ??= acrossTabs(authApi.refreshSession)
      .then((grant) => {
        applyGrant(grant);
        return true;
      })
      .catch((error: unknown) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) {
          clearSession('expired');
        }
        return false;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  }

  /** Restores the session of a previous visit, silently; called once at start-up, then a no-op. */
  function restore(): Promise<void> {
    if (restored.value) {
      return Promise.resolve();
    }
    restoring ??= refresh()
      .then(() => undefined)
      .finally(() => {
        restored.value = true;
        // A visitor without a session has not "lost" one.
        if (!isSignedIn.value) {
          endReason.value = undefined;
        }
        restoring = undefined;
      });
    return restoring;
  }

  /** First step of signing in; the caller handles a second-factor challenge. */
  async function signIn(credentials: LoginRequest): Promise<LoginResponse> {
    const response = await authApi.login(credentials);
    if (response.status === 'signed_in') {
      applyGrant(response);
    }
    return response;
  }

  async function completeSignIn(request: TwoFactorLoginRequest): Promise<CurrentUser> {
    const grant = await authApi.loginWithSecondFactor(request);
    applyGrant(grant);
    return grant.user;
  }

  /** Ends the session on the server (best effort) and here. */
  async function signOut(): Promise<void> {
    try {
      await authApi.logout();
    } catch {
      // The server may be unreachable or the session already over: this browser forgets it either way.
    }
    clearSession();
  }

  function twoFactorEnrolmentRequired(): void {
    if (user.value && !user.value.twoFactorRequired) {
      user.value = { ...user.value, twoFactorRequired: true };
    }
  }

  setAuthBridge({
    accessToken: () => accessToken.value,
    refresh,
    twoFactorEnrolmentRequired,
  });

  return {
    accessToken,
    expiresAt,
    user,
    restored,
    endReason,
    isSignedIn,
    actor,
    mustEnrolTwoFactor,
    can,
    actsFor,
    applyGrant,
    clearSession,
    setUser,
    refresh,
    restore,
    signIn,
    completeSignIn,
    signOut,
    twoFactorEnrolmentRequired,
  };
});

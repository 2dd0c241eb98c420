import { type Pinia } from 'pinia';
import { watch } from 'vue';
import { type LocationQueryValue, type RouteLocationRaw, type Router } from 'vue-router';
import { useAuthStore } from '@/stores/auth';

/** Where My account's two-factor section is: the only place open while a required second factor is missing. */
export const TWO_FACTOR_SETUP: RouteLocationRaw = { name: 'account', hash: '#two-factor' };

/**
 * A `redirect` query value that is safe to follow after signing in: a path of this site only, never another
 * origin (`//evil.example`, `/\evil.example`) or a scheme.
 */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
    return undefined;
  }
  return path;
}

/**
 * Route-level access, from `meta.permission` and the shared access table: visitors are sent to sign in and come
 * back afterwards, signed-in users without the permission see the "not allowed" page, and an account that must
 * enrol a second factor is held on My account until it has. The server enforces the same rules; this only
 * spares people pages that would fail.
 */
export function installAccessGuard(router: Router, pinia?: Pinia): void {
  let watching = false;

  function watchSession(): void {
    if (watching) {
      return;
    }
    watching = true;
    const auth = useAuthStore(pinia);
    // The session can end or change under a page: the refresh cookie expired, or the server asked for 2FA.
    watch(
      () => auth.isSignedIn,
      (signedIn) => {
        const current = router.currentRoute.value;
        if (!signedIn && auth.endReason === 'expired' && current.meta.permission) {
          void router.replace({ name: 'sign-in', query: { redirect: current.fullPath, notice: 'expired' } });
        }
      },
    );
    watch(
      () => auth.mustEnrolTwoFactor,
      (must) => {
        const permission = router.currentRoute.value.meta.permission;
        if (must && permission && permission !== 'account.self') {
          void router.replace(TWO_FACTOR_SETUP);
        }
      },
    );
  }

  router.beforeEach(async (to) => {
    watchSession();
    const { permission, guestOnly } = to.meta;
    if (!permission && !guestOnly) {
      return true;
    }
    const auth = useAuthStore(pinia);
    await auth.restore();

    if (guestOnly) {
      return auth.isSignedIn ? (safeRedirect(to.query.redirect) ?? { name: 'account' }) : true;
    }
    if (!permission || auth.can(permission)) {
      if (auth.mustEnrolTwoFactor && permission !== 'account.self') {
        return TWO_FACTOR_SETUP;
      }
      return true;
    }
    if (!auth.isSignedIn) {
      return { name: 'sign-in', query: { redirect: to.fullPath } };
    }
    return { name: 'forbidden' };
  });
}

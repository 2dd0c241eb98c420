import { ErrorCode } from '@thb/shared';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { setAuthBridge } from '@/api/http';
import { useAuthStore } from '@/stores/auth';
import { mockApi, problem } from '@/test/api-mock';
import { coordinatorFixture, grantFixture, memberFixture } from '@/test/fixtures/accounts';
import { safeRedirect } from './guards';
import { createAppRouter } from './index';

describe('access guard', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  afterEach(() => {
    setAuthBridge(undefined);
  });

  function setup() {
    const pinia = createPinia();
    setActivePinia(pinia);
    const auth = useAuthStore(pinia);
    const router = createAppRouter(createMemoryHistory(), pinia);
    return { auth, router };
  }

  it('lets everyone open public pages without asking the server', async () => {
    const api = mockApi({});
    const { router } = setup();

    await router.push('/privacy');

    expect(router.currentRoute.value.name).toBe('privacy');
    expect(api.calls).toHaveLength(0);
  });

  it('sends a visitor on a members page to sign in, remembering where they were going', async () => {
    mockApi({ 'POST /api/auth/refresh': problem(ErrorCode.Unauthenticated, 401) });
    const { router } = setup();

    await router.push('/partners?q=shelter');

    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/partners?q=shelter');
  });

  it('restores the session first, so a reload of a members page keeps the user there', async () => {
    const api = mockApi({ 'POST /api/auth/refresh': grantFixture(memberFixture()) });
    const { router } = setup();

    await router.push('/partners');

    expect(router.currentRoute.value.name).toBe('partners');
    expect(api.callsTo('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('shows "not allowed" to a member opening a Coordinator page', async () => {
    const { auth, router } = setup();
    auth.applyGrant(grantFixture(memberFixture()));

    await router.push('/admin/users');

    expect(router.currentRoute.value.name).toBe('forbidden');
  });

  it('lets the Coordinator open the Coordinator pages', async () => {
    const { auth, router } = setup();
    auth.applyGrant(grantFixture(coordinatorFixture()));

    for (const path of ['/admin/applications', '/admin/users', '/admin/audit']) {
      await router.push(path);
      expect(router.currentRoute.value.path).toBe(path);
    }
  });

  it('holds an account that must enrol a second factor on My account', async () => {
    const { auth, router } = setup();
    auth.applyGrant(grantFixture(coordinatorFixture({ twoFactorEnabled: false, twoFactorRequired: true })));

    await router.push('/admin/users');
    expect(router.currentRoute.value.name).toBe('account');
    expect(router.currentRoute.value.hash).toBe('#two-factor');

    await router.push('/privacy');
    expect(router.currentRoute.value.name).toBe('privacy');
  });

  it('moves to the two-factor set-up when the server asks for it on a members page', async () => {
    const { auth, router } = setup();
    auth.applyGrant(grantFixture(coordinatorFixture()));
    await router.push('/partners');

    auth.twoFactorEnrolmentRequired();
    await nextTick();
    await router.isReady();
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(router.currentRoute.value.name).toBe('account');
  });

  it('sends someone whose session expired on a members page back to sign in', async () => {
    const { auth, router } = setup();
    auth.applyGrant(grantFixture(memberFixture()));
    await router.push('/account');

    auth.clearSession('expired');
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query).toEqual({ redirect: '/account', notice: 'expired' });
  });

  it('sends a signed-in user away from the sign-in page, to a safe redirect only', async () => {
    const { auth, router } = setup();
    auth.applyGrant(grantFixture(memberFixture()));

    await router.push('/sign-in?redirect=/partners');
    expect(router.currentRoute.value.path).toBe('/partners');

    await router.push('/sign-in?redirect=//evil.example');
    expect(router.currentRoute.value.name).toBe('account');
  });

  it('accepts only same-site paths as redirects', () => {
    expect(safeRedirect('/partners?q=a')).toBe('/partners?q=a');
    expect(safeRedirect(['/account'])).toBe('/account');
    expect(safeRedirect('//evil.example')).toBeUndefined();
    expect(safeRedirect('/\\evil.example')).toBeUndefined();
    expect(safeRedirect('https://evil.example')).toBeUndefined();
    expect(safeRedirect(undefined)).toBeUndefined();
  });
});

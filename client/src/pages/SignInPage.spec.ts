import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { useAuthStore } from '@/stores/auth';
import { mockApi, problem } from '@/test/api-mock';
import { coordinatorFixture, grantFixture, memberFixture } from '@/test/fixtures/accounts';
import { mountWithApp } from '@/test/helpers';
import SignInPage from './SignInPage.vue';

describe('SignInPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('is a labelled form with links to reset the password and to apply', async () => {
    mockApi({});
    const { wrapper, missingKeys } = await mountWithApp(SignInPage, { path: '/sign-in' });

    expect(wrapper.get('h1').text()).toBe('Sign in');
    expect(wrapper.get('label[for="sign-in-email"]').text()).toBe('Email address');
    expect(wrapper.get('#sign-in-email').attributes('autocomplete')).toBe('username');
    expect(wrapper.get('label[for="sign-in-password"]').text()).toBe('Password');
    expect(wrapper.get('#sign-in-password').attributes('type')).toBe('password');
    expect(wrapper.find('a[href="/forgot-password"]').exists()).toBe(true);
    expect(wrapper.find('a[href="/apply"]').exists()).toBe(true);
    expect(missingKeys).toEqual([]);
  });

  it('checks the fields before sending, and ties each error to its input', async () => {
    const api = mockApi({});
    const { wrapper } = await mountWithApp(SignInPage, { path: '/sign-in' });

    await wrapper.get('#sign-in-email').setValue('ana');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.calls).toHaveLength(0);
    const email = wrapper.get('#sign-in-email');
    expect(email.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${email.attributes('aria-describedby')}`).text()).toContain('Enter an email address');
    expect(wrapper.get('#sign-in-password').attributes('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('sign-in-email');
  });

  it('says so when the email or password is wrong, and clears the password', async () => {
    mockApi({ 'POST /api/auth/login': problem(ErrorCode.InvalidCredentials, 401) });
    const { wrapper } = await mountWithApp(SignInPage, { path: '/sign-in' });

    await wrapper.get('#sign-in-email').setValue('ana@example.org');
    await wrapper.get('#sign-in-password').setValue('wrong password');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('You could not be signed in.');
    expect(alert.text()).toContain('The email address or password is not correct.');
    expect((wrapper.get('#sign-in-password').element as HTMLInputElement).value).toBe('');
  });

  it('signs in and goes where the visitor was heading', async () => {
    mockApi({ 'POST /api/auth/login': grantFixture(memberFixture()), 'POST /api/auth/refresh': grantFixture() });
    const { wrapper, router, pinia } = await mountWithApp(SignInPage, { path: '/sign-in?redirect=/partners' });

    await wrapper.get('#sign-in-email').setValue('ana.martins@lastrada.example.org');
    await wrapper.get('#sign-in-password').setValue('correct horse battery');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(useAuthStore(pinia).isSignedIn).toBe(true);
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/partners'));
  });

  it('asks for the second factor when the account has one', async () => {
    const api = mockApi({
      'POST /api/auth/login': { status: 'two_factor_required', challengeToken: 'challenge-1' },
      'POST /api/auth/login/two-factor': grantFixture(coordinatorFixture()),
    });
    const { wrapper, router } = await mountWithApp(SignInPage, { path: '/sign-in' });

    await wrapper.get('#sign-in-email').setValue('coordinator@thb.example.eu');
    await wrapper.get('#sign-in-password').setValue('correct horse battery');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('h2').text()).toBe('Two-step verification');
    const code = wrapper.get('#sign-in-code');
    expect(code.attributes('autocomplete')).toBe('one-time-code');
    expect(document.activeElement).toBe(code.element);

    await code.setValue('12');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#sign-in-code-error').text()).toContain('recovery codes');

    await code.setValue('123456');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo('POST /api/auth/login/two-factor')[0]?.body).toEqual({
      challengeToken: 'challenge-1',
      code: '123456',
    });
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/'));
  });

  it('takes an account that must enrol a second factor to the set-up', async () => {
    mockApi({
      'POST /api/auth/login': grantFixture(coordinatorFixture({ twoFactorEnabled: false, twoFactorRequired: true })),
    });
    const { wrapper, router } = await mountWithApp(SignInPage, { path: '/sign-in?redirect=/admin/users' });

    await wrapper.get('#sign-in-email').setValue('coordinator@thb.example.eu');
    await wrapper.get('#sign-in-password').setValue('correct horse battery');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('account'));
    expect(router.currentRoute.value.hash).toBe('#two-factor');
  });

  it('prefills the email and explains why the visitor is here', async () => {
    mockApi({});
    const { wrapper } = await mountWithApp(SignInPage, {
      path: '/sign-in?email=new@example.org&notice=invitation-accepted',
    });

    expect((wrapper.get('#sign-in-email').element as HTMLInputElement).value).toBe('new@example.org');
    expect(wrapper.get('[role="status"]').text()).toContain('Your account is ready');
  });
});

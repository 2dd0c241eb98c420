import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, noContentResponse, problem, validationProblem } from '@/test/api-mock';
import { mountWithApp } from '@/test/helpers';
import ResetPasswordPage from './ResetPasswordPage.vue';

const TOKEN = 'reset-token-0123456789abcdef';

describe('ResetPasswordPage', () => {
  it('explains that a link without a token does not work', async () => {
    mockApi({});
    const { wrapper } = await mountWithApp(ResetPasswordPage, { path: '/reset-password' });

    expect(wrapper.get('[role="alert"]').text()).toContain('This link no longer works');
    expect(wrapper.find('a[href="/forgot-password"]').exists()).toBe(true);
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('explains the 12–128 rule, checks it, and shows the server’s field error', async () => {
    const api = mockApi({
      'POST /api/auth/password-reset/confirm': validationProblem([
        { field: 'body.newPassword', message: 'is one of the most common passwords', code: 'common_password' },
      ]),
    });
    const { wrapper } = await mountWithApp(ResetPasswordPage, { path: `/reset-password?token=${TOKEN}` });

    expect(wrapper.get('#reset-password-newPassword-hint').text()).toContain('Between 12 and 128 characters');

    await wrapper.get('#reset-password-newPassword').setValue('short');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#reset-password-newPassword-error').text()).toContain('Use at least 12 characters.');
    expect(api.calls).toHaveLength(0);

    await wrapper.get('#reset-password-newPassword').setValue('password1234');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#reset-password-newPassword-error').text()).toContain('one of the most common passwords');
    expect(wrapper.get('#reset-password-newPassword').attributes('aria-describedby')).toContain(
      'reset-password-newPassword-error',
    );
  });

  it('sets the password and sends the user to sign in', async () => {
    const api = mockApi({ 'POST /api/auth/password-reset/confirm': noContentResponse() });
    const { wrapper, router } = await mountWithApp(ResetPasswordPage, { path: `/reset-password?token=${TOKEN}` });

    await wrapper.get('#reset-password-newPassword').setValue('a long and new passphrase');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.calls[0]?.body).toEqual({ token: TOKEN, newPassword: 'a long and new passphrase' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
    expect(router.currentRoute.value.query.notice).toBe('password-reset');
  });

  it('says the link has expired when the server answers 410', async () => {
    mockApi({ 'POST /api/auth/password-reset/confirm': problem(ErrorCode.InvalidLink, 410) });
    const { wrapper } = await mountWithApp(ResetPasswordPage, { path: `/reset-password?token=${TOKEN}` });

    await wrapper.get('#reset-password-newPassword').setValue('a long and new passphrase');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('This link no longer works');
  });
});

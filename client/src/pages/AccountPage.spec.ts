import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { useAuthStore } from '@/stores/auth';
import { mockApi, noContentResponse, validationProblem } from '@/test/api-mock';
import { coordinatorFixture, memberFixture, ORGANISATION_ID } from '@/test/fixtures/accounts';
import { jsonResponse, mountWithApp, submitFormOf } from '@/test/helpers';
import AccountPage from './AccountPage.vue';

const SESSIONS = {
  sessions: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      device: 'Firefox on Linux',
      ipAddress: '192.0.2.10',
      createdAt: '2026-03-01T08:00:00.000Z',
      lastSeenAt: '2026-03-02T09:00:00.000Z',
      current: false,
    },
    {
      id: '22222222-2222-4222-8222-222222222222',
      device: 'Chrome on Windows',
      ipAddress: '192.0.2.20',
      createdAt: '2026-03-02T08:00:00.000Z',
      lastSeenAt: '2026-03-02T10:00:00.000Z',
      current: true,
    },
  ],
};

function accountApi(user = memberFixture(), extra: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/account': user,
    'GET /api/account/sessions': SESSIONS,
    [`GET /api/organisations/${ORGANISATION_ID}/invitations`]: { items: [] },
    ...(extra as Record<string, Response>),
  });
}

describe('AccountPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows every section, the sessions with this device first, and the invitations of a member', async () => {
    accountApi();
    const { wrapper, missingKeys } = await mountWithApp(AccountPage, { path: '/account', user: memberFixture() });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('My account');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Profile',
      'Password',
      'Two-factor authentication',
      'Where you are signed in',
      'Invite a colleague',
      'Notifications',
      'Your data',
      'Delete my account',
    ]);
    const sessions = wrapper.findAll('.sessions__item');
    expect(sessions[0]?.text()).toContain('Chrome on Windows');
    expect(sessions[0]?.text()).toContain('This device');
    expect(sessions[0]?.find('button').exists()).toBe(false);
    expect(sessions[1]?.get('button').text()).toContain('End session');
    expect(wrapper.text()).toContain('No invitations have been sent yet.');
    expect(missingKeys).toEqual([]);
  });

  it('ends another session', async () => {
    const api = accountApi(memberFixture(), {
      'DELETE /api/account/sessions/11111111-1111-4111-8111-111111111111': noContentResponse(),
    });
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', user: memberFixture() });
    await flushPromises();

    await wrapper.findAll('.sessions__item')[1]!.get('button').trigger('click');
    await flushPromises();

    expect(api.callsTo('DELETE /api/account/sessions/11111111-1111-4111-8111-111111111111')).toHaveLength(1);
    expect(wrapper.findAll('.sessions__item')).toHaveLength(1);
    expect(wrapper.text()).toContain('The session has ended.');
  });

  it('signs out everywhere after confirmation', async () => {
    window.confirm = vi.fn(() => true);
    accountApi(memberFixture(), { 'POST /api/account/sessions/revoke-all': noContentResponse() });
    const { wrapper, router, pinia } = await mountWithApp(AccountPage, { path: '/account', user: memberFixture() });
    await flushPromises();

    const button = wrapper.findAll('button').find((b) => b.text().includes('Sign out everywhere'));
    await button!.trigger('click');
    await flushPromises();

    expect(useAuthStore(pinia).isSignedIn).toBe(false);
    await vi.waitFor(() => expect(router.currentRoute.value.query.notice).toBe('signed-out-everywhere'));
  });

  it('explains why a Coordinator without a second factor is held here', async () => {
    const user = coordinatorFixture({ twoFactorEnabled: false, twoFactorRequired: true });
    accountApi(user);
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', user });
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('Set up two-factor authentication to continue');
    expect(wrapper.find('#invitations').exists()).toBe(false);
  });

  it('enrols a second factor: QR code as an image, the key as text, then recovery codes', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';
    const api = accountApi(memberFixture(), {
      'POST /api/account/two-factor/enrol': jsonResponse({
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/THB:ana?secret=JBSWY3DPEHPK3PXP',
        qrCodeSvg: svg,
      }),
      'POST /api/account/two-factor/confirm': jsonResponse({ recoveryCodes: ['abcde-12345', 'fghij-67890'] }),
    });
    const { wrapper, pinia } = await mountWithApp(AccountPage, { path: '/account', user: memberFixture() });
    await flushPromises();

    const start = wrapper.findAll('button').find((b) => b.text() === 'Set up two-factor authentication');
    await start!.trigger('click');
    await flushPromises();

    const qr = wrapper.get('img.two-factor__qr');
    expect(qr.attributes('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    expect(qr.attributes('alt')).toContain('QR code');
    expect(wrapper.find('#two-factor svg rect').exists()).toBe(false);
    expect(wrapper.get('.two-factor__secret').text()).toBe('JBSW Y3DP EHPK 3PXP');

    await wrapper.get('#two-factor-code').setValue('12345');
    await submitFormOf(wrapper, '#two-factor-code');
    expect(wrapper.get('#two-factor-code-error').text()).toContain('6-digit code');

    await wrapper.get('#two-factor-code').setValue('123456');
    await submitFormOf(wrapper, '#two-factor-code');

    expect(api.callsTo('POST /api/account/two-factor/confirm')[0]?.body).toEqual({ code: '123456' });
    expect(wrapper.findAll('.two-factor__codes li').map((li) => li.text())).toEqual(['abcde-12345', 'fghij-67890']);
    expect(useAuthStore(pinia).user?.twoFactorEnabled).toBe(true);
  });

  it('shows the server’s wrong-password error next to the current password', async () => {
    accountApi(memberFixture(), {
      'POST /api/account/password': validationProblem([
        { field: 'body.currentPassword', message: 'is not your current password', code: 'wrong_password' },
      ]),
    });
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', user: memberFixture() });
    await flushPromises();

    await wrapper.get('#password-currentPassword').setValue('not it');
    await wrapper.get('#password-newPassword').setValue('a brand new passphrase');
    await submitFormOf(wrapper, '#password-newPassword');

    expect(wrapper.get('#password-currentPassword-error').text()).toContain('This is not your current password.');
    expect(document.activeElement?.id).toBe('password-currentPassword');
  });

  it('deletes the account with the password, signs out and confirms', async () => {
    const api = accountApi(memberFixture(), { 'DELETE /api/account': noContentResponse() });
    const { wrapper, router, pinia } = await mountWithApp(AccountPage, { path: '/account', user: memberFixture() });
    await flushPromises();

    await wrapper.get('#delete-account-password').setValue('my password');
    await submitFormOf(wrapper, '#delete-account-password');

    expect(api.callsTo('DELETE /api/account')[0]?.body).toEqual({ password: 'my password' });
    expect(useAuthStore(pinia).isSignedIn).toBe(false);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('account-deleted'));
  });

  it('invites a colleague and lists the invitation', async () => {
    const api = accountApi(memberFixture(), {
      [`POST /api/organisations/${ORGANISATION_ID}/invitations`]: jsonResponse(
        {
          id: '33333333-3333-4333-8333-333333333333',
          email: 'nina@lastrada.example.org',
          expiresAt: '2030-01-01T00:00:00.000Z',
          acceptedAt: null,
        },
        { status: 201 },
      ),
    });
    const { wrapper } = await mountWithApp(AccountPage, { path: '/account', user: memberFixture() });
    await flushPromises();

    await wrapper.get('#invite-email').setValue('nina@lastrada.example.org');
    await submitFormOf(wrapper, '#invite-email');

    expect(api.callsTo(`POST /api/organisations/${ORGANISATION_ID}/invitations`)[0]?.body).toEqual({
      email: 'nina@lastrada.example.org',
    });
    expect(wrapper.get('.invitations').text()).toContain('nina@lastrada.example.org');
    expect(wrapper.get('.invitations').text()).toContain('Waiting');
  });
});

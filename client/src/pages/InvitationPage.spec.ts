import { ErrorCode } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, noContentResponse, problem } from '@/test/api-mock';
import { deferred, jsonResponse, mountWithApp } from '@/test/helpers';
import InvitationPage from './InvitationPage.vue';

const TOKEN = 'invitation-token-0123456789';
const PREVIEW = {
  email: 'new.colleague@lastrada.example.org',
  organisationName: 'La Strada Example',
  expiresAt: '2030-01-08T10:00:00.000Z',
};

describe('InvitationPage', () => {
  it('checks the invitation, then shows the organisation and the address', async () => {
    const answer = deferred<Response>();
    mockApi({ [`GET /api/invitations/${TOKEN}`]: () => answer.promise });
    const { wrapper, missingKeys } = await mountWithApp(InvitationPage, { path: `/invitation?token=${TOKEN}` });

    expect(wrapper.get('[role="status"]').text()).toContain('Checking the invitation');

    answer.resolve(jsonResponse(PREVIEW));
    await flushPromises();

    expect(wrapper.text()).toContain('You are joining La Strada Example');
    expect(wrapper.text()).toContain('new.colleague@lastrada.example.org');
    expect(wrapper.find('#invitation-displayName').exists()).toBe(true);
    expect(missingKeys).toEqual([]);
  });

  it('explains an expired or used invitation', async () => {
    mockApi({ [`GET /api/invitations/${TOKEN}`]: problem(ErrorCode.InvalidLink, 410) });
    const { wrapper } = await mountWithApp(InvitationPage, { path: `/invitation?token=${TOKEN}` });
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('This invitation no longer works');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('requires consent, creates the account and sends the user to sign in with the email filled in', async () => {
    const api = mockApi({
      [`GET /api/invitations/${TOKEN}`]: PREVIEW,
      [`POST /api/invitations/${TOKEN}/accept`]: noContentResponse(),
    });
    const { wrapper, router } = await mountWithApp(InvitationPage, { path: `/invitation?token=${TOKEN}` });
    await flushPromises();

    await wrapper.get('#invitation-displayName').setValue('Nina Colleague');
    await wrapper.get('#invitation-password').setValue('a long enough passphrase');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#invitation-privacyConsent-error').text()).toContain('Accept the privacy notice');
    expect(api.callsTo(`POST /api/invitations/${TOKEN}/accept`)).toHaveLength(0);

    await wrapper.get('#invitation-privacyConsent').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo(`POST /api/invitations/${TOKEN}/accept`)[0]?.body).toEqual({
      displayName: 'Nina Colleague',
      password: 'a long enough passphrase',
      privacyConsent: true,
    });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
    expect(router.currentRoute.value.query).toEqual({ email: PREVIEW.email, notice: 'invitation-accepted' });
  });
});

import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { applicationFixture, coordinatorFixture } from '@/test/fixtures/accounts';
import { jsonResponse, mountWithApp } from '@/test/helpers';
import AdminApplicationPage from './AdminApplicationPage.vue';

const ID = applicationFixture().id;

describe('AdminApplicationPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('shows the application and rejects it with a reason', async () => {
    const api = mockApi({
      [`GET /api/membership/applications/${ID}`]: applicationFixture(),
      [`POST /api/membership/applications/${ID}/decision`]: (call) =>
        jsonResponse(
          applicationFixture({
            status: 'rejected',
            decisionNote: (call.body as { reason: string }).reason,
            decidedAt: '2026-03-02T08:00:00.000Z',
          }),
        ),
    });
    const { wrapper, missingKeys } = await mountWithApp(AdminApplicationPage, {
      path: `/admin/applications/${ID}`,
      props: { id: ID },
      user: coordinatorFixture(),
    });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Safe Harbour Example');
    expect(wrapper.text()).toContain('We run two shelters');
    expect(wrapper.text()).toContain('jan@safeharbour.example.org');

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#decision-decision-error').text()).toContain('Choose a decision.');

    await wrapper.get('input[value="reject"]').setValue(true);
    await wrapper.get('#decision-reason').setValue('No');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#decision-reason-error').text()).toContain('Use at least 5 characters.');

    await wrapper.get('#decision-reason').setValue('Your organisation works outside the scope of the platform.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo(`POST /api/membership/applications/${ID}/decision`)[0]?.body).toEqual({
      decision: 'reject',
      reason: 'Your organisation works outside the scope of the platform.',
    });
    expect(wrapper.text()).toContain('The application has been rejected.');
    expect(wrapper.text()).toContain('Rejected');
    expect(wrapper.find('form').exists()).toBe(false);
    expect(missingKeys).toEqual([]);
  });

  it('approves an application', async () => {
    const api = mockApi({
      [`GET /api/membership/applications/${ID}`]: applicationFixture({ status: 'info_requested' }),
      [`POST /api/membership/applications/${ID}/decision`]: applicationFixture({ status: 'approved' }),
    });
    const { wrapper } = await mountWithApp(AdminApplicationPage, {
      path: `/admin/applications/${ID}`,
      props: { id: ID },
      user: coordinatorFixture(),
    });
    await flushPromises();

    await wrapper.get('input[value="approve"]').setValue(true);
    expect(wrapper.find('textarea').exists()).toBe(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.callsTo(`POST /api/membership/applications/${ID}/decision`)[0]?.body).toEqual({ decision: 'approve' });
    expect(wrapper.text()).toContain('The application has been approved.');
  });
});

import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { applicationFixture, coordinatorFixture } from '@/test/fixtures/accounts';
import { mountWithApp } from '@/test/helpers';
import AdminApplicationsPage from './AdminApplicationsPage.vue';

describe('AdminApplicationsPage', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('lists pending applications first, and switches status with the tabs', async () => {
    const api = mockApi({
      'GET /api/membership/applications': (call) =>
        Response.json({
          items: call.query.get('status') === 'pending' ? [applicationFixture()] : [],
        }),
    });
    const { wrapper, router, missingKeys } = await mountWithApp(AdminApplicationsPage, {
      path: '/admin/applications',
      user: coordinatorFixture(),
    });
    await flushPromises();

    expect(api.calls[0]?.query.get('status')).toBe('pending');
    const item = wrapper.get('.applications__item');
    expect(item.get('h2 a').text()).toBe('Safe Harbour Example');
    expect(item.text()).toContain('Pending');
    expect(item.text()).toContain('Sent by Jan Novak');
    const tabs = wrapper.findAll('.tabs__tab');
    expect(tabs.map((tab) => tab.attributes('aria-current'))).toEqual(['page', undefined, undefined, undefined]);

    await tabs[2]!.trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query.status).toBe('approved'));
    await flushPromises();

    expect(api.calls.at(-1)?.query.get('status')).toBe('approved');
    expect(wrapper.text()).toContain('No applications with the status “Approved”.');
    expect(missingKeys).toEqual([]);
  });
});

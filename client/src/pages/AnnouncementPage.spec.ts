import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import App from '@/App.vue';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { coordinatorFixture, memberFixture } from '@/test/fixtures/accounts';
import { ANNOUNCEMENT_ID, announcementFixture } from '@/test/fixtures/announcements';
import { strategyFixture } from '@/test/fixtures/strategy';
import { mountWithApp } from '@/test/helpers';
import { useAnnouncementsStore } from '@/stores/announcements';
import AnnouncementPage from './AnnouncementPage.vue';
import AnnouncementsPage from './AnnouncementsPage.vue';

const list = (items: ReturnType<typeof announcementFixture>[]) => ({
  items,
  total: items.length,
  unread: items.filter((a) => a.readAt === null).length,
  page: 1,
  pageSize: 20,
});

describe('announcements pages', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('renders the body safely and marks the announcement as read', async () => {
    const api = mockApi({
      [`GET /api/announcements/${ANNOUNCEMENT_ID}`]: announcementFixture({
        body: 'Hello **all** <img src=x onerror=alert(1)> [x](javascript:alert(1))',
      }),
      [`POST /api/announcements/${ANNOUNCEMENT_ID}/read`]: announcementFixture({ readAt: '2030-10-02T08:00:00.000Z' }),
    });
    const { wrapper } = await mountWithApp(AnnouncementPage, {
      path: `/announcements/${ANNOUNCEMENT_ID}`,
      props: { id: ANNOUNCEMENT_ID },
      user: memberFixture(),
    });
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('EU Anti-Trafficking Day');
    const body = wrapper.get('.announcement-body');
    expect(body.find('strong').text()).toBe('all');
    expect(body.find('img').exists()).toBe(false);
    expect(body.findAll('a').filter((a) => (a.attributes('href') ?? '').startsWith('javascript'))).toEqual([]);
    expect(wrapper.text()).toContain('Priority A');
    expect(wrapper.text()).toContain('Brussels');

    const button = wrapper.findAll('button').find((b) => b.text() === 'Mark as read');
    await button?.trigger('click');
    await flushPromises();

    expect(api.callsTo(`POST /api/announcements/${ANNOUNCEMENT_ID}/read`)).toHaveLength(1);
    expect(wrapper.text()).toContain('You read this on');
  });

  it('shows authors the actions and the reach by country with bars', async () => {
    mockApi({
      [`GET /api/announcements/${ANNOUNCEMENT_ID}`]: announcementFixture(),
      [`GET /api/announcements/${ANNOUNCEMENT_ID}/reach`]: {
        audience: 4,
        delivered: 3,
        read: 1,
        byCountry: [{ country: 'BE', audience: 4, delivered: 3, read: 1 }],
        byOrganisationType: [{ organisationType: 'ngo', audience: 4, delivered: 3, read: 1 }],
      },
    });
    const { wrapper, missingKeys } = await mountWithApp(AnnouncementPage, {
      path: `/announcements/${ANNOUNCEMENT_ID}`,
      props: { id: ANNOUNCEMENT_ID },
      user: coordinatorFixture(),
    });
    await flushPromises();

    expect(wrapper.get('[data-testid="reach-audience"]').text()).toBe('4');
    expect(wrapper.get('[data-testid="reach-read"]').text()).toBe('1');
    expect(wrapper.text()).toContain('Belgium');
    expect(wrapper.text()).toContain('Non-governmental organisation');
    expect(wrapper.text()).toContain('Withdraw');
    expect(wrapper.text()).not.toContain('Mark as read');
    expect(missingKeys).toEqual([]);
    wrapper.unmount();
  });

  it('lists the member’s announcements with the unread ones marked', async () => {
    mockApi({
      'GET /api/announcements': list([
        announcementFixture(),
        announcementFixture({
          id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
          readAt: '2030-10-02T08:00:00.000Z',
          title: 'Old news',
        }),
      ]),
    });
    const { wrapper } = await mountWithApp(AnnouncementsPage, { path: '/announcements', user: memberFixture() });
    await flushPromises();

    expect(wrapper.findAll('.announcement-card').map((c) => c.classes('announcement-card--unread'))).toEqual([
      true,
      false,
    ]);
    expect(wrapper.text()).toContain('Unread: 1');
    expect(wrapper.text()).not.toContain('Write an announcement');
  });

  it('shows the banner on every page until it is read, with a bell in the header', async () => {
    mockApi({
      'GET /api/health': { status: 'ok', db: { status: 'up', driver: 'pglite' }, version: '0.1.0', uptimeS: 5 },
      'GET /api/strategies/eu-2012-2016': strategyFixture(),
      'GET /api/announcements': list([announcementFixture()]),
      'GET /api/announcements/public': { items: [] },
      'GET /api/notifications': { items: [], unread: 2, nextBefore: null },
      [`POST /api/announcements/${ANNOUNCEMENT_ID}/read`]: announcementFixture({ readAt: '2030-10-02T08:00:00.000Z' }),
    });
    const { wrapper, pinia } = await mountWithApp(App, { path: '/privacy', user: memberFixture() });
    await useAnnouncementsStore(pinia).refreshUnread();
    await flushPromises();

    const banner = wrapper.get('section[aria-label="Unread announcements"]');
    expect(banner.text()).toContain('EU Anti-Trafficking Day');

    await banner
      .findAll('button')
      .find((b) => b.text() === 'Mark as read')
      ?.trigger('click');
    await flushPromises();

    expect(wrapper.find('section[aria-label="Unread announcements"]').exists()).toBe(false);
    wrapper.unmount();
  });
});

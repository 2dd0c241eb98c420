import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import { grantFixture, memberFixture } from '@/test/fixtures/accounts';
import { ANNOUNCEMENT_ID, announcementFixture } from '@/test/fixtures/announcements';
import { fakeSocket } from '@/test/fake-socket';
import { useAnnouncementsStore } from './announcements';
import { useAuthStore } from './auth';

const OTHER_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('announcements store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });
  afterEach(() => {
    setAuthBridge(undefined);
  });

  function setup(unread = [announcementFixture()]) {
    const api = mockApi({
      'GET /api/announcements': { items: unread, total: unread.length, unread: unread.length, page: 1, pageSize: 20 },
      [`POST /api/announcements/${ANNOUNCEMENT_ID}/read`]: announcementFixture({ readAt: '2030-10-02T08:00:00.000Z' }),
    });
    useAuthStore().applyGrant(grantFixture(memberFixture()));
    const socket = fakeSocket();
    const sut = useAnnouncementsStore();
    return { api, socket, sut };
  }

  it('fetches the unread ones on start and again on every (re)connection', async () => {
    const { api, socket, sut } = setup();

    sut.start(socket.asAppSocket);
    await flushPromises();
    expect(sut.banner.map((a) => a.id)).toEqual([ANNOUNCEMENT_ID]);
    expect(api.callsTo('GET /api/announcements')[0]?.query.get('unread')).toBe('true');

    socket.disconnect();
    socket.connect();
    await flushPromises();
    expect(api.callsTo('GET /api/announcements')).toHaveLength(2);
  });

  it('adds a live publication to the banner, newest first, and forgets it when read elsewhere or withdrawn', async () => {
    const { socket, sut } = setup();
    sut.start(socket.asAppSocket);
    await flushPromises();

    socket.push(
      'announcement:published',
      announcementFixture({ id: OTHER_ID, title: 'Platform meeting', publishedAt: '2030-10-05T08:00:00.000Z' }),
    );
    expect(sut.banner.map((a) => a.title)).toEqual(['Platform meeting', 'EU Anti-Trafficking Day']);
    expect(sut.unreadTotal).toBe(2);

    socket.push('announcement:read', { id: OTHER_ID, readAt: '2030-10-05T09:00:00.000Z' });
    expect(sut.banner.map((a) => a.id)).toEqual([ANNOUNCEMENT_ID]);

    socket.push('announcement:withdrawn', { id: ANNOUNCEMENT_ID });
    expect(sut.banner).toEqual([]);
    expect(sut.unreadTotal).toBe(0);
    expect(sut.changes).toBe(3);
  });

  it('replaces an announcement edited after publication instead of adding it twice', async () => {
    const { socket, sut } = setup();
    sut.start(socket.asAppSocket);
    await flushPromises();

    socket.push('announcement:published', announcementFixture({ title: 'EU Anti-Trafficking Day (new time)' }));

    expect(sut.banner.map((a) => a.title)).toEqual(['EU Anti-Trafficking Day (new time)']);
    expect(sut.unreadTotal).toBe(1);
  });

  it('shows no banner to the author of the announcement', async () => {
    const { socket, sut } = setup([]);
    sut.start(socket.asAppSocket);
    await flushPromises();

    socket.push(
      'announcement:published',
      announcementFixture({ id: OTHER_ID, author: { id: memberFixture().id, displayName: 'Me' } }),
    );

    expect(sut.banner).toEqual([]);
  });

  it('marks as read through the API and drops it from the banner', async () => {
    const { api, socket, sut } = setup();
    sut.start(socket.asAppSocket);
    await flushPromises();

    await sut.markRead(ANNOUNCEMENT_ID);

    expect(api.callsTo(`POST /api/announcements/${ANNOUNCEMENT_ID}/read`)).toHaveLength(1);
    expect(sut.banner).toEqual([]);
  });

  it('forgets everything on sign-out', async () => {
    const { socket, sut } = setup();
    sut.start(socket.asAppSocket);
    await flushPromises();

    useAuthStore().clearSession();
    await flushPromises();

    expect(sut.banner).toEqual([]);
    expect(sut.unreadTotal).toBe(0);
  });
});

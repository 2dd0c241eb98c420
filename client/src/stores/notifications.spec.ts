import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAuthBridge } from '@/api/http';
import { type RecordedCall, mockApi } from '@/test/api-mock';
import { grantFixture, memberFixture } from '@/test/fixtures/accounts';
import { notificationFixture } from '@/test/fixtures/announcements';
import { fakeSocket } from '@/test/fake-socket';
import { jsonResponse } from '@/test/helpers';
import { useAuthStore } from './auth';
import { useNotificationsStore } from './notifications';

describe('notifications store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });
  afterEach(() => {
    setAuthBridge(undefined);
  });

  function setup() {
    const api = mockApi({
      'GET /api/notifications': (call: RecordedCall) =>
        jsonResponse(
          call.query.get('before') === '2'
            ? {
                items: [notificationFixture({ id: 1, readAt: '2030-01-01T00:00:00.000Z' })],
                unread: 1,
                nextBefore: null,
              }
            : {
                items: [notificationFixture({ id: 3 }), notificationFixture({ id: 2, type: 'mention' })],
                unread: 2,
                nextBefore: 2,
              },
        ),
      'POST /api/notifications/read': (call: RecordedCall) =>
        jsonResponse({ unread: (call.body as { upTo?: number }).upTo ? 0 : 1 }),
    });
    useAuthStore().applyGrant(grantFixture(memberFixture()));
    const socket = fakeSocket();
    const sut = useNotificationsStore();
    sut.start(socket.asAppSocket);
    return { api, socket, sut };
  }

  it('loads the newest page with the unread count, then older ones by keyset', async () => {
    const { api, sut } = setup();
    await flushPromises();
    expect(sut.unread).toBe(2);
    expect(sut.items.map((n) => n.id)).toEqual([3, 2]);

    await sut.loadOlder();

    expect(api.callsTo('GET /api/notifications')[1]?.query.get('before')).toBe('2');
    expect(sut.items.map((n) => n.id)).toEqual([3, 2, 1]);
    expect(sut.nextBefore).toBeNull();
  });

  it('follows the count pushed to every tab, adding the latest notification once', async () => {
    const { socket, sut } = setup();
    await flushPromises();

    socket.push('notifications:changed', { unread: 3, latest: notificationFixture({ id: 4, type: 'reply' }) });
    socket.push('notifications:changed', { unread: 3, latest: notificationFixture({ id: 4, type: 'reply' }) });
    expect(sut.unread).toBe(3);
    expect(sut.items.map((n) => n.id)).toEqual([4, 3, 2]);

    // Read on another tab: only the count comes.
    socket.push('notifications:changed', { unread: 0, latest: null });
    expect(sut.unread).toBe(0);
  });

  it('marks one, or all up to the newest, as read', async () => {
    const { api, sut } = setup();
    await flushPromises();

    await sut.markRead(2);
    expect(api.callsTo('POST /api/notifications/read')[0]?.body).toEqual({ ids: [2] });
    expect(sut.items.find((n) => n.id === 2)?.readAt).not.toBeNull();
    expect(sut.unread).toBe(1);

    await sut.markAllRead();
    expect(api.callsTo('POST /api/notifications/read')[1]?.body).toEqual({ upTo: 3 });
    expect(sut.items.every((n) => n.readAt !== null)).toBe(true);
    expect(sut.unread).toBe(0);
  });

  it('fetches again on reconnection so nothing missed offline stays hidden', async () => {
    const { api, socket } = setup();
    await flushPromises();

    socket.disconnect();
    socket.connect();
    await flushPromises();

    expect(api.callsTo('GET /api/notifications')).toHaveLength(2);
  });
});

import '@/test/happy-dom-node-name';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAuthBridge } from '@/api/http';
import type * as SocketModule from '@/api/socket';
import { routes } from '@/router/routes';
import { useConnectionStore } from '@/stores/connection';
import { mockApi } from '@/test/api-mock';
import { fakeSocket, type FakeSocket, ok } from '@/test/fake-socket';
import { memberFixture } from '@/test/fixtures/accounts';
import {
  ANA,
  CHANNEL_A,
  CHANNEL_B,
  CHANNEL_DIRECT,
  CHANNEL_PUBLIC,
  JONAS,
  messageFixture,
  summaryFixture,
} from '@/test/fixtures/channels';
import { strategyFixture } from '@/test/fixtures/strategy';
import { mountWithApp } from '@/test/helpers';
import ChannelsPage from './ChannelsPage.vue';

const sockets = vi.hoisted(() => ({ current: undefined as FakeSocket | undefined }));
vi.mock('@/api/socket', async (importOriginal) => ({
  ...(await importOriginal<typeof SocketModule>()),
  getSocket: () => sockets.current!.asAppSocket,
}));

const LIST = [
  summaryFixture({ lastSeq: 3, lastReadSeq: 1, unread: 2, mentions: 1 }),
  summaryFixture({
    id: CHANNEL_B,
    name: 'Priority B',
    priorityCode: 'B',
    lastSeq: 4,
    lastReadSeq: 0,
    unread: 4,
    mentions: 1,
  }),
  summaryFixture({
    id: CHANNEL_PUBLIC,
    kind: 'public',
    name: 'Labour exploitation',
    priorityCode: null,
    topic: null,
    joined: false,
  }),
  summaryFixture({
    id: CHANNEL_DIRECT,
    kind: 'direct',
    name: 'direct',
    priorityCode: null,
    topic: null,
    directPeer: JONAS,
    unread: 1,
  }),
];

describe('ChannelsPage', () => {
  let server: FakeSocket;

  beforeEach(() => {
    server = fakeSocket();
    sockets.current = server;
    server.respond('channels:list', () => ok(LIST));
    server.respond('channel:history', (payload: { channelId: string }) =>
      ok(
        payload.channelId === CHANNEL_A
          ? {
              messages: [
                messageFixture(1, { author: { ...JONAS, displayName: '<img src=x onerror=alert(1)>Jonas' } }),
                messageFixture(2, { body: 'Hello **team**', replyCount: 2, lastReplyAt: '2026-11-23T09:30:00.000Z' }),
                messageFixture(3, { author: ANA, body: `Thanks <@${JONAS.id}>`, mentions: [JONAS] }),
              ],
              lastSeq: 3,
              hasMore: false,
            }
          : { messages: [], lastSeq: 0, hasMore: false },
      ),
    );
    server.respond('channel:read', () => ok({ channelId: CHANNEL_A, lastReadSeq: 3, unread: 0, mentions: 0 }));
    server.respond('presence:query', () => ok({}));
    mockApi({ 'GET /api/strategies/eu-2012-2016': strategyFixture() });
  });

  afterEach(() => {
    setAuthBridge(undefined);
  });

  async function mountPage(channelId: string | undefined = CHANNEL_A, locale: 'en' | 'fr' | 'de' = 'en') {
    const mounted = await mountWithApp(ChannelsPage, {
      path: channelId ? `/channels/${channelId}` : '/channels',
      props: channelId ? { channelId } : {},
      user: memberFixture(),
      locale,
    });
    await flushPromises();
    await flushPromises();
    return mounted;
  }

  it('needs the channels permission and takes the channel from the address', () => {
    const route = routes.find((r) => r.name === 'channels');
    expect(route?.path).toBe('/channels/:channelId?');
    expect(route?.meta?.permission).toBe('channels.participate');
  });

  it('lists the channels in groups with unread and mention counts from the server', async () => {
    const { wrapper } = await mountPage();

    const nav = wrapper.get('nav[aria-label="Channels"]');
    expect(nav.findAll('h2').map((h) => h.text())).toEqual([
      'Priorities of the EU Strategy',
      'Public channels',
      'Direct conversations',
    ]);
    expect(nav.get('a[aria-current="page"]').text()).toContain('Priority A');
    const other = nav.get(`a[href="/channels/${CHANNEL_B}"]`);
    expect(other.text()).toContain('4 unread messages');
    expect(other.text()).toContain('1 mention of you');
    expect(nav.text()).toContain('Not joined');
    expect(nav.text()).toContain('Jonas Weber');
  });

  it('shows the messages in a polite log, names as text, with the priority’s actions beside them', async () => {
    const { wrapper, missingKeys } = await mountPage();

    const log = wrapper.get('[role="log"]');
    expect(log.attributes('aria-live')).toBe('polite');
    expect(log.attributes('aria-label')).toBe('Messages in Priority A');
    expect(log.findAll('article')).toHaveLength(3);
    // A display name is text, never markup.
    expect(log.find('img').exists()).toBe(false);
    expect(log.text()).toContain('<img src=x onerror=alert(1)>Jonas');
    expect(log.find('strong').text()).toBe('team');
    expect(log.get('.mention').text()).toBe('@Jonas Weber');
    expect(log.get('h3').text()).toMatch(/2026/);
    expect(log.get('.log__unread').text()).toBe('New messages');
    expect(log.text()).toContain('2 replies');

    const panel = wrapper.get('aside[aria-labelledby]');
    expect(panel.get('h2').text()).toBe('Actions of priority A');
    expect(panel.text()).toContain('Development of national referral mechanisms');
    expect(panel.text()).toContain('MS/COM');
    expect(missingKeys).toEqual([]);
  });

  it('marks the channel read when its end is on screen', async () => {
    const { wrapper } = await mountPage();

    expect(server.callsOf('channel:read')).toEqual([{ channelId: CHANNEL_A, seq: 3 }]);
    expect(wrapper.get('a[aria-current="page"]').text()).not.toContain('unread');
  });

  it('sends with Enter: shown at once as sending, then once as the stored message', async () => {
    let ack: (value: unknown) => void = () => undefined;
    server.respond('message:send', () => new Promise((resolve) => (ack = resolve)) as never);
    const { wrapper } = await mountPage();

    const composer = wrapper.get('textarea[aria-describedby]');
    await composer.setValue('Meeting on Friday');
    await composer.trigger('keydown', { key: 'Enter' });

    const [sent] = server.callsOf('message:send') as { clientId: string; body: string }[];
    expect(sent).toMatchObject({ channelId: CHANNEL_A, body: 'Meeting on Friday' });
    expect(wrapper.get(`[data-client-id="${sent!.clientId}"]`).text()).toContain('Sending…');
    expect((composer.element as HTMLTextAreaElement).value).toBe('');

    ack(ok(messageFixture(4, { clientId: sent!.clientId, author: ANA, body: 'Meeting on Friday' })));
    await flushPromises();

    expect(wrapper.find('[data-client-id]').exists()).toBe(false);
    expect(wrapper.findAll('article').filter((a) => a.text().includes('Meeting on Friday'))).toHaveLength(1);
  });

  it('offers members after "@" and sends the mention as a token', async () => {
    server.respond('channel:members', () => ok([ANA, JONAS]));
    server.respond('message:send', () => 'timeout');
    const { wrapper } = await mountPage();

    const composer = wrapper.get('textarea[aria-describedby]');
    const element = composer.element as HTMLTextAreaElement;
    element.value = 'Hi @Jo';
    element.setSelectionRange(6, 6);
    await composer.trigger('input');
    await flushPromises();
    element.setSelectionRange(6, 6);
    await composer.trigger('input');

    const options = wrapper.findAll('[role="option"]');
    expect(options.map((o) => o.text())).toEqual(['@Jonas WeberNetzwerk Example']);
    expect(composer.attributes('aria-activedescendant')).toBe(options[0]?.attributes('id'));
    await composer.trigger('keydown', { key: 'Enter' });
    expect(element.value).toBe('Hi @Jonas Weber ');
    await composer.trigger('keydown', { key: 'Enter' });

    expect(server.callsOf('message:send')[0]).toMatchObject({ body: `Hi <@${JONAS.id}>` });
  });

  it('shows a refused message as not sent, with the reason and Retry', async () => {
    server.respond('message:send', () => ({ ok: false, error: { code: 'forbidden', message: 'muted' } }) as never);
    const { wrapper } = await mountPage();

    const composer = wrapper.get('textarea[aria-describedby]');
    await composer.setValue('Refused');
    await composer.trigger('keydown', { key: 'Enter' });
    await flushPromises();

    const failed = wrapper.get('[data-client-id]');
    expect(failed.get('[role="alert"]').text()).toContain('Not sent. You may not post in this channel.');
    expect(failed.find('button').text()).toContain('Retry');
  });

  it('says when a channel has no message yet', async () => {
    server.respond('channels:list', () => ok([LIST[0]!, { ...LIST[1]!, lastSeq: 0, unread: 0, mentions: 0 }]));
    const { wrapper } = await mountPage(CHANNEL_B);

    expect(wrapper.get('[role="log"]').text()).toContain('No messages yet');
  });

  it('offers to join a public channel the member has not joined', async () => {
    server.respond('channel:join', () => ok({ ...LIST[2]!, joined: true }));
    const { wrapper } = await mountPage(CHANNEL_PUBLIC);

    expect(wrapper.text()).toContain('You are not a member of this channel');
    expect(server.callsOf('channel:history')).toEqual([]);
    await wrapper.get('button.button').trigger('click');
    await flushPromises();

    expect(server.callsOf('channel:join')).toEqual([{ channelId: CHANNEL_PUBLIC }]);
    expect(server.callsOf('channel:history')).toEqual([{ channelId: CHANNEL_PUBLIC, limit: 50 }]);
  });

  it('gives the reason instead of the composer when the member may not post', async () => {
    server.respond('channels:list', () => ok([summaryFixture({ readOnly: true, canPost: false })]));
    const { wrapper } = await mountPage();

    expect(wrapper.find('textarea').exists()).toBe(false);
    expect(wrapper.text()).toContain('This channel is read-only: only moderators post here.');
  });

  it('opens a thread from the reply count, with its replies and a reply composer; Escape closes it', async () => {
    const root = messageFixture(2, { replyCount: 1 });
    server.respond('message:thread', () =>
      ok({ root, replies: [messageFixture(4, { threadRootId: root.id, body: 'A reply', author: ANA })] }),
    );
    const { wrapper, router } = await mountPage();

    await wrapper
      .findAll('button')
      .find((b) => b.text() === '2 replies')!
      .trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.query.thread).toBe(root.id);
    const panel = wrapper.get('aside[aria-labelledby]');
    expect(panel.get('h2').text()).toBe('Thread');
    expect(panel.text()).toContain('A reply');
    expect(panel.get('textarea').attributes('placeholder')).toBe('Reply in the thread');

    await wrapper.get('.channels-page').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(router.currentRoute.value.query.thread).toBeUndefined();
  });

  it('says when the connection is lost', async () => {
    const { wrapper } = await mountPage();

    useConnectionStore().status = 'offline';
    await flushPromises();

    expect(wrapper.get('.connection-banner').text()).toContain('You are offline.');
  });

  it.each(['fr', 'de'] as const)('has every message in %s', async (locale) => {
    const { wrapper, missingKeys } = await mountPage(CHANNEL_A, locale);

    expect(wrapper.findAll('h1')).toHaveLength(1);
    expect(missingKeys).toEqual([]);
  });
});

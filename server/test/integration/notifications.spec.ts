import { randomUUID } from 'node:crypto';
import { type Notification, type NotificationList, type NotificationsChanged, type Problem } from '@thb/shared';
import request from 'supertest';
import { createOrganisation, createUser, signIn } from '../factories/accounts';
import { saveServices, serviceInput } from '../factories/directory';
import { type ChatMember, chatMember, connectSocket, eventually, ok, priorityChannel } from '../support/chat-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('Notification centre', () => {
  let sut: TestApp;
  const http = () => request(sut.app.getHttpServer());
  const open: ChatMember[] = [];

  beforeAll(async () => {
    sut = await createTestApp({ listen: true, env: { CHAT_MESSAGES_PER_MIN: '100000' } });
  });

  afterEach(() => {
    open.splice(0).forEach((m) => m.socket.disconnect());
  });

  afterAll(async () => {
    await sut.close();
  });

  async function member(): Promise<ChatMember> {
    const m = await chatMember(sut);
    open.push(m);
    return m;
  }

  const centre = async (m: ChatMember) =>
    (
      await http()
        .get('/api/notifications')
        .set({ Authorization: `Bearer ${m.token}` })
    ).body as {
      items: Notification[];
      unread: number;
    };

  it('notifies mentions and replies in threads, not the author, and each person once', async () => {
    const [alice, bob, carol] = [await member(), await member(), await member()];
    const channel = await priorityChannel(alice.socket, 'A');
    const live: NotificationsChanged[] = [];
    bob.socket.on('notifications:changed', (c) => live.push(c));

    const root = await ok(alice.socket, 'message:send', {
      channelId: channel.id,
      clientId: randomUUID(),
      body: `Any shelter places, <@${bob.user.id}>?`,
    });
    await ok(bob.socket, 'message:send', {
      channelId: channel.id,
      clientId: randomUUID(),
      body: 'Two in Ghent.',
      threadRootId: root.id,
    });
    await ok(carol.socket, 'message:send', {
      channelId: channel.id,
      clientId: randomUUID(),
      body: `Also one in Liège, <@${alice.user.id}>`,
      threadRootId: root.id,
    });

    const [aliceCentre, bobCentre, carolCentre] = [await centre(alice), await centre(bob), await centre(carol)];
    expect(bobCentre.items.map((n) => n.type)).toEqual(['reply', 'mention']);
    expect(bobCentre.items[1]).toMatchObject({
      title: expect.stringContaining('mentioned you'),
      link: `/channels/${channel.id}`,
    });
    // Alice started the thread and is mentioned in Carol's reply: one notification (the mention) for it.
    expect(aliceCentre.items.map((n) => n.type)).toEqual(['mention', 'reply']);
    expect(carolCentre.items).toEqual([]);
    await eventually(() => live.length === 2, 5000, 'live notifications');
    expect(live.map((c) => c.unread)).toEqual([1, 2]);
  });

  it('syncs read marks to every tab and keeps types the member turned off out', async () => {
    const [alice, bob] = [await member(), await member()];
    const channel = await priorityChannel(alice.socket, 'B');
    const bobAuth = { Authorization: `Bearer ${bob.token}` };
    await http()
      .put('/api/notifications/preferences')
      .set(bobAuth)
      .send({ types: { reply: 'off' } });
    const secondTab = await connectSocket(sut.url, bob.token);
    const onSecondTab: NotificationsChanged[] = [];
    secondTab.on('notifications:changed', (c) => onSecondTab.push(c));

    const root = await ok(bob.socket, 'message:send', {
      channelId: channel.id,
      clientId: randomUUID(),
      body: 'Question',
    });
    await ok(alice.socket, 'message:send', {
      channelId: channel.id,
      clientId: randomUUID(),
      body: 'An answer',
      threadRootId: root.id,
    });
    await ok(alice.socket, 'message:send', {
      channelId: channel.id,
      clientId: randomUUID(),
      body: `<@${bob.user.id}> see above`,
    });
    const before = await centre(bob);
    const marked = await http().post('/api/notifications/read').set(bobAuth).send({ upTo: before.items[0]!.id });

    expect(before.items.map((n) => n.type)).toEqual(['mention']);
    expect(marked.body).toEqual({ unread: 0 });
    await eventually(() => onSecondTab.some((c) => c.unread === 0 && c.latest === null), 5000, 'the read mark');
    secondTab.disconnect();
    const prefs = await http().get('/api/notifications/preferences').set(bobAuth);
    expect(prefs.body).toMatchObject({ types: { reply: 'off', mention: 'in_app' }, announcementEmail: 'immediately' });
  });

  it('tells an organisation’s members about edits suggested to its services', async () => {
    const organisation = await createOrganisation(sut.database, { memberSince: new Date() });
    const provider = await createUser(sut, { organisationId: organisation.id });
    const [serviceId] = await saveServices(sut, [
      serviceInput(organisation.id, { name: { en: 'Harbour counselling' } }),
    ]);
    const suggester = await signIn(sut, await createUser(sut));

    const suggested = await http()
      .post(`/api/directory/services/${serviceId}/suggestions`)
      .set(suggester.auth)
      .send({ changes: { name: { en: 'Harbour counselling centre' } }, comment: 'The name changed' });
    const providerSession = await signIn(sut, provider);
    const list = await http().get('/api/notifications').set(providerSession.auth);

    expect(suggested.status).toBe(201);
    expect((list.body as NotificationList).items).toEqual([
      expect.objectContaining({
        type: 'suggestion',
        title: 'Suggested edit to Harbour counselling',
        body: 'The name changed',
        link: '/directory/suggestions',
      }),
    ]);
  });

  it('is for signed-in members only and validates its input', async () => {
    const alice = await member();

    const visitor = await http().get('/api/notifications');
    const invalid = await http()
      .put('/api/notifications/preferences')
      .set({ Authorization: `Bearer ${alice.token}` })
      .send({ types: { mention: 'loudly' } });

    expect(visitor.status).toBe(401);
    expect(invalid.status).toBe(400);
    expect((invalid.body as Problem).errors![0]!.field).toBe('body.types.mention');
  });
});

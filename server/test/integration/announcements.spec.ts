import {
  type Announcement,
  type AnnouncementComment,
  type AnnouncementReach,
  type AnnouncementRevision,
  type NotificationList,
  type NotificationsChanged,
  type Problem,
} from '@thb/shared';
import { sql } from 'drizzle-orm';
import request from 'supertest';
import { AnnouncementsService } from '../../src/announcements/announcements.service';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { createOrganisation, createUser, signIn, type SignedIn, type TestUser } from '../factories/accounts';
import { type ChatSocket, connectSocket, eventually } from '../support/chat-client';
import { MailReceiver } from '../support/mail-receiver';
import { createTestApp, type TestApp } from '../support/test-app';

interface Member {
  user: TestUser;
  session: SignedIn;
}

describe('Announcements: audience, live delivery, receipts, reach, mail', () => {
  let sut: TestApp;
  let mail: MailReceiver;
  let coordinator: SignedIn;
  const sockets: ChatSocket[] = [];
  const http = () => request(sut.app.getHttpServer());

  beforeAll(async () => {
    mail = await MailReceiver.start();
    sut = await createTestApp({ listen: true, env: { SMTP_URL: mail.smtpUrl } });
    coordinator = await signIn(sut, await createUser(sut, { role: 'coordinator', twoFactor: true }));
  });

  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });

  afterAll(async () => {
    await sut.close();
    await mail.close();
  });

  /** A member of a member organisation working in `countries`, of `type`, on `priorities`. */
  async function member(countries: string[], type = 'ngo', priorities: string[] = []): Promise<Member> {
    const organisation = await createOrganisation(sut.database, {
      countries,
      type,
      priorities,
      memberSince: new Date(),
    });
    const user = await createUser(sut, { organisationId: organisation.id });
    return { user, session: await signIn(sut, user) };
  }

  async function socketOf(m: Member): Promise<ChatSocket> {
    const socket = await connectSocket(sut.url, m.session.accessToken);
    sockets.push(socket);
    return socket;
  }

  async function publish(body: Record<string, unknown>): Promise<Announcement> {
    const response = await http()
      .post('/api/announcements')
      .set(coordinator.auth)
      .send({ title: 'Platform meeting', body: 'The **agenda** is out.', publish: 'now', ...body });
    expect(response.status).toBe(201);
    return response.body as Announcement;
  }

  const listFor = async (m: Member) =>
    (await http().get('/api/announcements').set(m.session.auth)).body as { items: Announcement[]; unread: number };

  it('reaches exactly its audience, live, and nobody else', async () => {
    const [belgian, french, dutchUnion] = [
      await member(['BE']),
      await member(['FR']),
      await member(['NL', 'BE'], 'social_partner'),
    ];
    const seen = new Map<string, string[]>();
    for (const m of [belgian, french, dutchUnion]) {
      const socket = await socketOf(m);
      seen.set(m.user.id, []);
      socket.on('announcement:published', (a) => seen.get(m.user.id)!.push(a.id));
    }

    const announcement = await publish({ audience: { countries: ['BE'], organisationTypes: ['ngo'] } });

    await eventually(() => seen.get(belgian.user.id)!.length === 1, 5000, 'the live announcement');
    expect(seen.get(french.user.id)).toEqual([]);
    expect(seen.get(dutchUnion.user.id)).toEqual([]); // in Belgium, but not an NGO
    expect((await listFor(belgian)).items.map((a) => a.id)).toContain(announcement.id);
    expect((await listFor(french)).items.map((a) => a.id)).not.toContain(announcement.id);
    const direct = await http().get(`/api/announcements/${announcement.id}`).set(french.session.auth);
    expect(direct.status).toBe(404);
  });

  it('reaches members added to an audience country later, and members who were offline', async () => {
    const announcement = await publish({ title: 'For Portugal', audience: { countries: ['PT'] } });
    const later = await member(['ES']);
    expect((await listFor(later)).items.map((a) => a.id)).not.toContain(announcement.id);

    await sut.database.db.execute(sql`
      UPDATE organisations SET countries = array['ES', 'PT'] WHERE id = ${later.user.organisationId}`);

    const list = await listFor(later);
    expect(list.items.map((a) => a.id)).toContain(announcement.id);
    expect(list.unread).toBeGreaterThanOrEqual(1);
  });

  it('records delivery and reading, tells the member’s other tabs, and shows the reach by country and type', async () => {
    const [reader, other] = [await member(['IE']), await member(['IE'], 'public_authority')];
    const announcement = await publish({ title: 'Irish meeting', audience: { countries: ['IE'] } });
    const tab = await socketOf(reader);
    const readOnTab = new Promise<{ id: string }>((resolve) => tab.once('announcement:read', resolve));

    await listFor(other); // delivered (on a screen), not read
    const read = await http().post(`/api/announcements/${announcement.id}/read`).set(reader.session.auth);
    const reach = await http().get(`/api/announcements/${announcement.id}/reach`).set(coordinator.auth);

    expect(read.status).toBe(200);
    expect((read.body as Announcement).readAt).toEqual(expect.any(String));
    expect(await readOnTab).toMatchObject({ id: announcement.id });
    expect(reach.body).toMatchObject({ audience: 2, delivered: 2, read: 1 });
    expect((reach.body as AnnouncementReach).byCountry).toEqual([
      { country: 'IE', audience: 2, delivered: 2, read: 1 },
    ]);
    expect((reach.body as AnnouncementReach).byOrganisationType).toEqual([
      { organisationType: 'ngo', audience: 1, delivered: 1, read: 1 },
      { organisationType: 'public_authority', audience: 1, delivered: 1, read: 0 },
    ]);
    expect((await listFor(reader)).items.find((a) => a.id === announcement.id)?.readAt).toEqual(expect.any(String));
  });

  it('puts it in the notification centre, mails those who want it at once, and digests the daily ones', async () => {
    const [immediate, daily, never] = [await member(['LU']), await member(['LU']), await member(['LU'])];
    for (const [m, choice] of [
      [daily, 'daily'],
      [never, 'never'],
    ] as const) {
      const saved = await http()
        .put('/api/notifications/preferences')
        .set(m.session.auth)
        .send({ announcementEmail: choice });
      expect(saved.status).toBe(200);
    }
    const changes: NotificationsChanged[] = [];
    (await socketOf(never)).on('notifications:changed', (c) => changes.push(c));

    const announcement = await publish({
      title: 'Luxembourg round table',
      body: 'Join us on **18 October**.',
      audience: { countries: ['LU'] },
      eventStartsAt: '2026-10-18T09:00:00Z',
      eventPlace: 'Luxembourg',
    });
    const now = await mail.nextMailTo(immediate.user.email);
    await sut.app.get(AnnouncementsService).mailSettled();
    const digests = await sut.app.get(NotificationsService).sendDigests();
    const digest = await mail.nextMailTo(daily.user.email);

    expect(now.subject).toBe('Announcement: Luxembourg round table');
    expect(now.text).toContain('Where: Luxembourg');
    expect(now.text).toContain(`/announcements/${announcement.id}`);
    expect(digests).toBe(1);
    expect(digest.text).toContain('Luxembourg round table');
    expect(mail.received.filter((m) => m.to.includes(never.user.email.toLowerCase()))).toEqual([]);
    await eventually(() => changes.length === 1, 5000, 'the live notification');
    expect(changes[0]).toMatchObject({ unread: 1, latest: { type: 'announcement', title: 'Luxembourg round table' } });
    const centre = await http().get('/api/notifications').set(never.session.auth);
    expect(centre.body).toMatchObject({ unread: 1, items: [{ link: `/announcements/${announcement.id}` }] });
    await http().post(`/api/announcements/${announcement.id}/read`).set(never.session.auth);
    expect(((await http().get('/api/notifications').set(never.session.auth)).body as NotificationList).unread).toBe(0);
  });

  it('publishes a scheduled announcement when its time comes, not before', async () => {
    const m = await member(['MT']);
    const at = new Date(Date.now() + 60 * 60_000).toISOString();
    const created = await http()
      .post('/api/announcements')
      .set(coordinator.auth)
      .send({
        title: 'Scheduled one',
        body: 'Later',
        publish: 'schedule',
        publishAt: at,
        audience: { countries: ['MT'] },
      });
    const service = sut.app.get(AnnouncementsService);

    expect(created.body).toMatchObject({ status: 'scheduled', publishAt: at });
    expect(await service.publishDue(new Date())).toEqual([]);
    expect((await listFor(m)).items.map((a) => a.id)).not.toContain((created.body as Announcement).id);
    expect(await service.publishDue(new Date(Date.now() + 61 * 60_000))).toEqual([(created.body as Announcement).id]);
    expect((await listFor(m)).items.map((a) => a.id)).toContain((created.body as Announcement).id);
  });

  it('keeps the history of edits after publication, and withdraws', async () => {
    const m = await member(['CY']);
    const socket = await socketOf(m);
    const withdrawn = new Promise<{ id: string }>((resolve) => socket.once('announcement:withdrawn', resolve));
    const announcement = await publish({ title: 'First title', body: 'First text', audience: { countries: ['CY'] } });

    const edited = await http()
      .patch(`/api/announcements/${announcement.id}`)
      .set(coordinator.auth)
      .send({ title: 'Second title' });
    const revisions = await http().get(`/api/announcements/${announcement.id}/revisions`).set(m.session.auth);
    await http().post(`/api/announcements/${announcement.id}/withdraw`).set(coordinator.auth);

    expect(edited.body).toMatchObject({ title: 'Second title', editedAt: expect.any(String) });
    expect((revisions.body as { items: AnnouncementRevision[] }).items).toEqual([
      expect.objectContaining({ title: 'First title', body: 'First text' }),
    ]);
    expect(await withdrawn).toEqual({ id: announcement.id });
    expect((await listFor(m)).items.map((a) => a.id)).not.toContain(announcement.id);
  });

  it('shows public announcements to visitors and in the Atom feed, others to nobody outside', async () => {
    const open = await publish({ title: 'EU Anti-Trafficking Day', isPublic: true });
    const internal = await publish({ title: 'Members only' });

    const visitorList = await http().get('/api/announcements/public');
    const feed = await http().get('/api/announcements/feed.atom');
    const hidden = await http().get(`/api/announcements/${internal.id}`);

    expect((visitorList.body as { items: Announcement[] }).items.map((a) => a.id)).toContain(open.id);
    expect((visitorList.body as { items: Announcement[] }).items.map((a) => a.id)).not.toContain(internal.id);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.text).toContain('EU Anti-Trafficking Day');
    expect(feed.text).not.toContain('Members only');
    expect(hidden.status).toBe(404);
  });

  it('takes comments only where allowed, from the audience', async () => {
    const m = await member(['SI']);
    const closed = await publish({ title: 'No comments', audience: { countries: ['SI'] } });
    const open = await publish({ title: 'Comments welcome', audience: { countries: ['SI'] }, allowComments: true });

    const refused = await http()
      .post(`/api/announcements/${closed.id}/comments`)
      .set(m.session.auth)
      .send({ body: 'Hi' });
    const accepted = await http()
      .post(`/api/announcements/${open.id}/comments`)
      .set(m.session.auth)
      .send({ body: 'Count us in' });

    expect(refused.status).toBe(403);
    expect(accepted.status).toBe(201);
    expect((accepted.body as { items: AnnouncementComment[] }).items).toEqual([
      expect.objectContaining({ body: 'Count us in' }),
    ]);
  });

  it('lets only the Coordinator and delegates write, and validates what they write', async () => {
    const m = await member(['HR']);

    const byMember = await http().post('/api/announcements').set(m.session.auth).send({ title: 'Mine', body: 'x' });
    const visitor = await http().post('/api/announcements').send({ title: 'Mine', body: 'x' });
    const invalid = await http()
      .post('/api/announcements')
      .set(coordinator.auth)
      .send({
        title: 'x',
        body: '',
        publish: 'schedule',
        attachments: [{ title: 'Evil', url: 'javascript:alert(1)' }],
      });
    const drafts = await http().get('/api/announcements?status=draft').set(m.session.auth);

    expect(byMember.status).toBe(403);
    expect(visitor.status).toBe(401);
    expect(invalid.status).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expect((invalid.body as Problem).errors!.map((e) => e.field).sort()).toEqual(
      ['body.attachments.0.url', 'body.body', 'body.publishAt', 'body.title'].sort(),
    );
    expect(drafts.status).toBe(403);
  });
});

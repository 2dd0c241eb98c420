import { type MembershipApplicationRequest } from '@thb/shared';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { auditLog, users } from '../../src/db/schema';
import { createUser, type SignedIn, signIn } from '../factories/accounts';
import { lastLinkTo, readMailDir } from '../support/mail-files';
import { createTestApp, type TestApp } from '../support/test-app';

function application(email: string, name = 'La Strada Test'): MembershipApplicationRequest {
  return {
    organisation: {
      name,
      type: 'ngo',
      countries: ['NL', 'be'],
      website: 'https://lastrada.example.org',
      description: {
        en: 'We run shelters and hotlines for women trafficked for sexual exploitation.',
        nl: 'Wij bieden opvang en hulplijnen voor slachtoffers van mensenhandel.',
      },
      expertise: ['shelter', 'hotline'],
      priorities: ['A', 'D'],
      services: ['shelter', 'hotline'],
      languages: ['nl', 'en'],
      seekingPartners: 'Partners in Bulgaria and Romania for safe return.',
      contactEmail: 'info@lastrada.example.org',
      contactPhone: '+31201234567',
    },
    contact: { displayName: 'Anna de Vries', email, jobTitle: 'Director', password: 'safe return is a right' },
    motivation: 'We want to exchange observed trends with NGOs in countries of origin.',
    privacyConsent: true,
  };
}

describe('Membership: applications, approval, invitations', () => {
  let sut: TestApp;
  let coordinator: SignedIn;
  const http = () => request(sut.app.getHttpServer());

  beforeAll(async () => {
    sut = await createTestApp();
    coordinator = await signIn(sut, await createUser(sut, { role: 'coordinator', twoFactor: true }));
  });

  afterAll(async () => {
    await sut.close();
  });

  it('rejects an incomplete application with every offending field', async () => {
    const response = await http()
      .post('/api/membership/applications')
      .send({
        ...application('x@ngo.example'),
        privacyConsent: false,
        contact: { displayName: '', email: 'nope', password: 'short' },
      });

    expect(response.status).toBe(400);
    const fields = (response.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.privacyConsent',
        'body.contact.displayName',
        'body.contact.email',
        'body.contact.password',
      ]),
    );
  });

  it('goes from application to an approved member who signs in and finds partners', async () => {
    const applied = await http().post('/api/membership/applications').send(application('anna@lastrada.example.org'));
    expect(applied.status).toBe(201);
    const { id } = applied.body as { id: string };
    expect((await readMailDir(sut.config.mail.dir)).some((m) => m.to.includes('anna@lastrada.example.org'))).toBe(true);

    // Not a member yet: cannot sign in.
    expect(
      (
        await http()
          .post('/api/auth/login')
          .send({ email: 'anna@lastrada.example.org', password: 'safe return is a right' })
      ).status,
    ).toBe(401);

    const queue = await http().get('/api/membership/applications?status=pending').set(coordinator.auth);
    expect((queue.body as { items: { id: string }[] }).items.map((a) => a.id)).toContain(id);
    expect(
      (
        await http()
          .get('/api/membership/applications')
          .set((await signIn(sut, await createUser(sut))).auth)
      ).status,
    ).toBe(403);

    const approved = await http()
      .post(`/api/membership/applications/${id}/decision`)
      .set(coordinator.auth)
      .send({ decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', organisationId: expect.any(String) });
    const again = await http()
      .post(`/api/membership/applications/${id}/decision`)
      .set(coordinator.auth)
      .send({ decision: 'reject', reason: 'changed my mind' });
    expect(again.status).toBe(409);
    await lastLinkTo(sut.config.mail.dir, 'anna@lastrada.example.org', '/sign-in');

    const member = await http()
      .post('/api/auth/login')
      .send({ email: 'anna@lastrada.example.org', password: 'safe return is a right' });
    expect(member.status).toBe(200);
    expect(member.body).toMatchObject({ user: { role: 'member', organisation: { name: 'La Strada Test' } } });

    const audit = await sut.database.db.select().from(auditLog).where(eq(auditLog.action, 'membership.approve'));
    expect(audit).toHaveLength(1);
  });

  it('rejects with a reason, or asks for more information, and tells the applicant', async () => {
    const first = (
      await http().post('/api/membership/applications').send(application('reject@ngo.example', 'Reject Org'))
    ).body as { id: string };
    const second = (await http().post('/api/membership/applications').send(application('info@ngo.example', 'Info Org')))
      .body as { id: string };

    const missingReason = await http()
      .post(`/api/membership/applications/${first.id}/decision`)
      .set(coordinator.auth)
      .send({ decision: 'reject' });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body).toMatchObject({ errors: [{ field: 'body.reason' }] });

    const rejected = await http()
      .post(`/api/membership/applications/${first.id}/decision`)
      .set(coordinator.auth)
      .send({ decision: 'reject', reason: 'Not working on trafficking.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionNote: 'Not working on trafficking.' });
    const asked = await http()
      .post(`/api/membership/applications/${second.id}/decision`)
      .set(coordinator.auth)
      .send({ decision: 'request_info', message: 'Please send your statutes.' });
    expect(asked.body).toMatchObject({ status: 'info_requested' });

    const mails = await readMailDir(sut.config.mail.dir);
    expect(
      mails.find((m) => m.to.includes('reject@ngo.example') && m.raw.includes('Not working on trafficking.')),
    ).toBeDefined();
    expect(
      mails.find((m) => m.to.includes('info@ngo.example') && m.raw.includes('Please send your statutes.')),
    ).toBeDefined();
    expect(
      (await http().post('/api/auth/login').send({ email: 'reject@ngo.example', password: 'safe return is a right' }))
        .status,
    ).toBe(401);
  });

  it('does not reveal that an address already has an account', async () => {
    const existing = await createUser(sut);

    const response = await http()
      .post('/api/membership/applications')
      .send(application(existing.email, 'Duplicate Org'));

    expect(response.status).toBe(201);
    const queue = await http().get('/api/membership/applications').set(coordinator.auth);
    expect(
      (queue.body as { items: { organisation: { name: string } }[] }).items.map((a) => a.organisation.name),
    ).not.toContain('Duplicate Org');
  });

  it('lets members invite colleagues of their own organisation with a single-use link', async () => {
    const inviter = await createUser(sut);
    const session = await signIn(sut, inviter);
    const outsider = await signIn(sut, await createUser(sut));
    await sut.database.db.execute(
      `update organisations set member_since = now() where id = '${inviter.organisationId}'`,
    );

    expect(
      (
        await http()
          .post(`/api/organisations/${inviter.organisationId}/invitations`)
          .set(outsider.auth)
          .send({ email: 'colleague@ngo.example' })
      ).status,
    ).toBe(403);
    const invited = await http()
      .post(`/api/organisations/${inviter.organisationId}/invitations`)
      .set(session.auth)
      .send({ email: 'Colleague@NGO.example' });
    expect(invited.status).toBe(201);
    const link = await lastLinkTo(sut.config.mail.dir, 'colleague@ngo.example', '/invitation?token=');
    const token = new URL(link).searchParams.get('token')!;

    const preview = await http().get(`/api/invitations/${token}`);
    expect(preview.body).toMatchObject({ email: 'colleague@ngo.example' });
    const accepted = await http()
      .post(`/api/invitations/${token}/accept`)
      .send({ displayName: 'Colleague', password: 'another long passphrase', privacyConsent: true });
    expect(accepted.status).toBe(204);
    expect(
      (
        await http()
          .post(`/api/invitations/${token}/accept`)
          .send({ displayName: 'Again', password: 'another long passphrase', privacyConsent: true })
      ).status,
    ).toBe(410);

    const [colleague] = await sut.database.db.select().from(users).where(eq(users.email, 'colleague@ngo.example'));
    expect(colleague).toMatchObject({ role: 'member', organisationId: inviter.organisationId });
    expect(
      (
        await http()
          .post('/api/auth/login')
          .send({ email: 'colleague@ngo.example', password: 'another long passphrase' })
      ).status,
    ).toBe(200);
  });
});

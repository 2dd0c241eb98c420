import request from 'supertest';
import { createOrganisation, createUser, type SignedIn, signIn } from '../factories/accounts';
import { createTestApp, type TestApp } from '../support/test-app';

interface SearchBody {
  total: number;
  items: { name: string }[];
  facets: Record<string, { value: string; count: number }[]>;
}

describe('Partner search and organisation profiles', () => {
  let sut: TestApp;
  let member: SignedIn;
  let memberOrganisationId: string;
  const http = () => request(sut.app.getHttpServer());

  async function profile(name: string, overrides: Record<string, unknown>) {
    const organisation = await createOrganisation(sut.database, { name, memberSince: new Date() });
    const session = await signIn(sut, await createUser(sut, { role: 'coordinator', twoFactor: true }));
    const body = {
      name,
      type: 'ngo',
      countries: ['BE'],
      website: null,
      description: { en: 'General support.' },
      expertise: [],
      priorities: [],
      services: [],
      languages: ['en'],
      seekingPartners: null,
      contactEmail: 'contact@org.example',
      contactPhone: null,
      ...overrides,
    };
    const response = await http().patch(`/api/organisations/${organisation.id}`).set(session.auth).send(body);
    expect(response.status).toBe(200);
    return organisation.id;
  }

  beforeAll(async () => {
    sut = await createTestApp();
    await profile('Frauenhaus Berlin', {
      countries: ['DE'],
      description: { de: 'Wir betreiben Schutzwohnungen für Frauen, die Opfer von Menschenhandel wurden.' },
      languages: ['de'],
      priorities: ['A'],
      expertise: ['shelter'],
      seekingPartners: 'Partner in Nigeria',
    });
    await profile('Comité contre l’esclavage moderne', {
      countries: ['FR'],
      description: { fr: 'Nous accompagnons les victimes de servitude domestique et de travail forcé.' },
      languages: ['fr'],
      priorities: ['A', 'C'],
      expertise: ['legal'],
    });
    await profile('Labour Rights Network', {
      countries: ['BE', 'NL'],
      type: 'social_partner',
      description: { en: 'Trade unions fighting forced labour in agriculture and construction.' },
      priorities: ['B'],
    });
    const own = await createOrganisation(sut.database, { name: 'Hidden Applicant' });
    const user = await createUser(sut, { organisationId: own.id });
    memberOrganisationId = own.id;
    member = await signIn(sut, user);
  });

  afterAll(async () => {
    await sut.close();
  });

  const search = async (query: string) => {
    const response = await http().get(`/api/partners${query}`).set(member.auth);
    expect(response.status).toBe(200);
    return response.body as SearchBody;
  };

  it('is for members only', async () => {
    expect((await http().get('/api/partners')).status).toBe(401);
  });

  it('finds a German description from a German query, stemmed', async () => {
    const result = await search('?q=Schutzwohnung');
    expect(result.items.map((i) => i.name)).toEqual(['Frauenhaus Berlin']);
  });

  it('finds a French description from a French inflected query', async () => {
    const result = await search(`?q=${encodeURIComponent('victime')}`);
    expect(result.items.map((i) => i.name)).toContain('Comité contre l’esclavage moderne');
  });

  it('tolerates a typo in a name', async () => {
    const result = await search('?q=Frauenhaus%20Berlim');
    expect(result.items[0]?.name).toBe('Frauenhaus Berlin');
  });

  it('filters by country, type, priority and seeking partners, with facet counts', async () => {
    const all = await search('');
    expect(all.total).toBe(3);
    expect(all.facets.country).toEqual(
      expect.arrayContaining([
        { value: 'BE', count: 1 },
        { value: 'DE', count: 1 },
      ]),
    );
    expect(all.facets.priority).toEqual(expect.arrayContaining([{ value: 'A', count: 2 }]));

    expect((await search('?country=FR,DE')).total).toBe(2);
    expect((await search('?type=social_partner')).items.map((i) => i.name)).toEqual(['Labour Rights Network']);
    expect((await search('?priority=C')).total).toBe(1);
    expect((await search('?seeking=true')).items.map((i) => i.name)).toEqual(['Frauenhaus Berlin']);
    expect((await search('?expertise=leg')).items.map((i) => i.name)).toEqual(['Comité contre l’esclavage moderne']);

    // A facet counts under the other filters, not its own.
    const frOnly = await search('?country=FR');
    expect(frOnly.facets.country!.length).toBeGreaterThan(1);
  });

  it('rejects invalid filters with field errors', async () => {
    const response = await http().get('/api/partners?country=XX&priority=Z').set(member.auth);
    expect(response.status).toBe(400);
  });

  it('lists the active people of a member organisation, to write to them', async () => {
    const organisation = await createOrganisation(sut.database, { name: 'People test', memberSince: new Date() });
    const active = await createUser(sut, { organisationId: organisation.id });
    await createUser(sut, { organisationId: organisation.id, status: 'disabled' });
    const applicant = await createOrganisation(sut.database, { name: 'Not a member yet' });

    const response = await http().get(`/api/organisations/${organisation.id}/people`).set(member.auth);
    const notMember = await http().get(`/api/organisations/${applicant.id}/people`).set(member.auth);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [{ id: active.id, displayName: 'Test member' }] });
    expect(notMember.status).toBe(404);
  });

  it('lets members edit their own organisation only', async () => {
    const others = await search('?q=Labour');
    expect(others.total).toBe(1);
    const list = await http().get('/api/partners').set(member.auth);
    const someoneElse = (list.body as { items: { id: string }[] }).items[0]!.id;

    const forbidden = await http()
      .patch(`/api/organisations/${someoneElse}`)
      .set(member.auth)
      .send({ name: 'Hijacked' });
    expect(forbidden.status).toBe(400); // body invalid first…
    const full = {
      name: 'Hijacked',
      type: 'ngo',
      countries: ['BE'],
      description: { en: 'x' },
      languages: ['en'],
      contactEmail: 'a@b.example',
    };
    expect((await http().patch(`/api/organisations/${someoneElse}`).set(member.auth).send(full)).status).toBe(403);
    expect((await http().get(`/api/organisations/${memberOrganisationId}`).set(member.auth)).status).toBe(404);
  });

  it('stores a logo only when the bytes are the image type announced', async () => {
    const session = await signIn(sut, await createUser(sut, { role: 'coordinator', twoFactor: true }));
    const list = await http().get('/api/partners').set(member.auth);
    const id = (list.body as { items: { id: string }[] }).items[0]!.id;
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5d90000000049454e44ae426082',
      'hex',
    );

    expect(
      (await http().put(`/api/organisations/${id}/logo`).set(session.auth).set('Content-Type', 'image/jpeg').send(png))
        .status,
    ).toBe(400);
    expect(
      (await http().put(`/api/organisations/${id}/logo`).set(session.auth).set('Content-Type', 'image/png').send(png))
        .status,
    ).toBe(204);
    const logo = await http().get(`/api/organisations/${id}/logo`).set(member.auth);
    expect(logo.status).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
  });
});

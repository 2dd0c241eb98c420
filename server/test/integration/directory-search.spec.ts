import { type ServiceDetail, type ServiceSearchResult, type Suggestions } from '@thb/shared';
import request from 'supertest';
import { DirectoryRecordsRepository } from '../../src/directory/directory-records.repository';
import { createOrganisation, createUser, type SignedIn, signIn } from '../factories/accounts';
import { saveServices, serviceInput } from '../factories/directory';
import { createTestApp, type TestApp } from '../support/test-app';

const BRUSSELS = { lat: 50.8467, lng: 4.3525 };

describe('Directory search', () => {
  let sut: TestApp;
  let owner: SignedIn;
  let ownerOrganisationId: string;
  let otherMember: SignedIn;
  const ids: Record<string, string> = {};
  const http = () => request(sut.app.getHttpServer());

  beforeAll(async () => {
    sut = await createTestApp();
    const harbour = await createOrganisation(sut.database, { name: 'Harbour Shelters', memberSince: new Date() });
    const listed = await createOrganisation(sut.database, { name: 'Listed Only', memberSince: null });
    ownerOrganisationId = harbour.id;
    owner = await signIn(sut, await createUser(sut, { organisationId: harbour.id }));
    otherMember = await signIn(sut, await createUser(sut));
    // Closed from yesterday to tomorrow (UTC dates), so that the closure covers "today" in the
    // location's time zone at any hour of the run (Brussels is a day ahead of UTC after 23:00 UTC).
    const utcDate = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
    const always = [{ opensAt: '00:00', closesAt: '00:00' }];
    const definitions = {
      bologna: serviceInput(harbour.id, {
        name: { it: 'Casa Aurora', en: 'Aurora House' },
        description: {
          it: 'Casa rifugio per donne vittime di tratta con bambini.',
          en: 'Shelter for women victims of trafficking and their children.',
        },
        serviceTypes: ['shelter'],
        groupsServed: ['women', 'women_with_children'],
        exploitationForms: ['sexual'],
        languages: ['it', 'en'],
        open247: true,
        capacity: { available: 3, total: 10 },
        visibility: { location: 'public', phones: 'public', email: 'public', contacts: 'members', capacity: 'public' },
        phones: [{ number: '+390510000001' }],
        location: {
          address1: 'Via Esempio 1',
          postalCode: '40121',
          city: 'Bologna',
          region: 'Emilia-Romagna',
          country: 'IT',
          latitude: 44.4949,
          longitude: 11.3426,
          timeZone: 'Europe/Rome',
        },
      }),
      berlin: serviceInput(listed.id, {
        name: { de: 'Beratungsstelle Ban Ying' },
        description: { de: 'Beratungsstelle für Betroffene von Menschenhandel und Arbeitsausbeutung.' },
        serviceTypes: ['counselling', 'legal'],
        exploitationForms: ['labour'],
        languages: ['de', 'en'],
        free: false,
        schedules: always,
        location: { city: 'Berlin', country: 'DE', latitude: 52.52, longitude: 13.405, timeZone: 'Europe/Berlin' },
      }),
      paris: serviceInput(listed.id, {
        name: { fr: 'Ligne d’écoute Traite' },
        description: { fr: 'Ligne d’écoute pour les victimes de la traite des êtres humains.' },
        serviceTypes: ['hotline'],
        languages: ['fr', 'ar'],
        open247: true,
        location: { city: 'Paris', country: 'FR', latitude: 48.8566, longitude: 2.3522, timeZone: 'Europe/Paris' },
      }),
      lisbon: serviceInput(listed.id, {
        name: { pt: 'Apoio Jurídico Lisboa' },
        description: { pt: 'Apoio jurídico gratuito para vítimas de tráfico de seres humanos.' },
        serviceTypes: ['legal'],
        languages: ['pt'],
        status: 'inactive',
        acceptsSelfReferral: false,
        location: { city: 'Lisboa', country: 'PT', latitude: 38.7223, longitude: -9.1393, timeZone: 'Europe/Lisbon' },
      }),
      brussels: serviceInput(listed.id, {
        name: { en: 'Brussels Psychological Support' },
        serviceTypes: ['psychological'],
        exploitationForms: ['begging'],
        languages: ['nl', 'fr', 'en'],
        acceptsSelfReferral: false,
        // Open around the clock every week, but closed today.
        schedules: [...always, { closed: true, validFrom: utcDate(-1), validTo: utcDate(1) }],
      }),
      antwerp: serviceInput(listed.id, {
        name: { nl: 'Payoke Antwerpen' },
        serviceTypes: ['counselling'],
        languages: ['nl'],
        location: {
          city: 'Antwerpen',
          country: 'BE',
          latitude: 51.2194,
          longitude: 4.4025,
          timeZone: 'Europe/Brussels',
        },
      }),
      liege: serviceInput(listed.id, {
        name: { fr: 'Sürya Liège' },
        serviceTypes: ['counselling'],
        languages: ['fr'],
        location: { city: 'Liège', country: 'BE', latitude: 50.6326, longitude: 5.5797, timeZone: 'Europe/Brussels' },
      }),
      restricted: serviceInput(harbour.id, {
        name: { en: 'Harbour Safe House' },
        serviceTypes: ['shelter'],
        languages: ['en'],
        capacity: { available: 2, total: 4 },
        visibility: {
          location: 'restricted',
          phones: 'members',
          email: 'restricted',
          contacts: 'restricted',
          capacity: 'members',
        },
        email: 'intake@harbour.example',
        phones: [{ number: '+3220000002' }],
        contacts: [{ name: 'Anna Example', title: 'Intake coordinator', email: 'anna@harbour.example' }],
        location: {
          address1: 'Secret street 5',
          city: 'Gent',
          country: 'BE',
          latitude: 51.0543,
          longitude: 3.7174,
          timeZone: 'Europe/Brussels',
        },
      }),
    };
    const names = Object.keys(definitions) as (keyof typeof definitions)[];
    const saved = await saveServices(
      sut,
      names.filter((n) => n !== 'paris').map((n) => definitions[n]),
    );
    names.filter((n) => n !== 'paris').forEach((n, i) => (ids[n] = saved[i]!));
    ids.paris = (await saveServices(sut, [definitions.paris], { assuredDate: '2023-01-15' }))[0]!;
  });

  afterAll(async () => {
    await sut.close();
  });

  async function search(query: string, auth?: SignedIn): Promise<ServiceSearchResult> {
    const call = http().get(`/api/directory/services${query}`);
    const response = await (auth ? call.set(auth.auth) : call);
    expect(response.status).toBe(200);
    return response.body as ServiceSearchResult;
  }
  const found = (result: ServiceSearchResult) => result.items.map((i) => i.id).sort();
  const expected = (...names: string[]) => names.map((n) => ids[n]!).sort();

  it('is open to visitors and lists active and temporarily closed services by default, by name', async () => {
    const result = await search('?pageSize=50');
    expect(result.total).toBe(7);
    expect(found(result)).not.toContain(ids.lisbon);
    expect(result.sort).toBe('name');
    const names = result.items.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('finds a German description from a German query, stemmed', async () => {
    expect(found(await search('?q=Beratungsstellen'))).toEqual(expected('berlin'));
    expect(found(await search(`?q=${encodeURIComponent('Menschenhandels')}`))).toEqual(expected('berlin'));
  });

  it('finds Italian and French descriptions in their own languages', async () => {
    expect(found(await search('?q=rifugi'))).toEqual(expected('bologna'));
    expect(found(await search(`?q=${encodeURIComponent('écoutes victime')}`))).toEqual(expected('paris'));
  });

  it('tolerates a typo in a name and ranks the closest first', async () => {
    const result = await search(`?q=${encodeURIComponent('Beratungstelle Ban Yinh')}`);
    expect(result.items[0]?.id).toBe(ids.berlin);
    expect(result.sort).toBe('relevance');
  });

  it.each([
    ['?country=IT', ['bologna']],
    ['?country=be&type=counselling', ['antwerp', 'liege']],
    ['?city=bologna', ['bologna']],
    ['?city=Emilia-Romagna', ['bologna']],
    ['?type=legal', ['berlin']],
    ['?type=legal&status=inactive,active', ['berlin', 'lisbon']],
    ['?group=women_with_children', ['bologna']],
    ['?exploitation=labour,begging', ['berlin', 'brussels']],
    ['?language=ar', ['paris']],
    ['?free=false', ['berlin']],
    ['?open247=true', ['bologna', 'paris']],
    ['?openNow=true', ['bologna', 'berlin', 'paris']],
    ['?selfReferral=false', ['brussels']],
    ['?hasCapacity=true', ['bologna']],
    ['?verifiedWithinMonths=12&country=FR,IT', ['bologna']],
  ])('filters %s', async (query, names) => {
    expect(found(await search(`${query}&pageSize=50`))).toEqual(expected(...names));
  });

  it('counts capacity only where the viewer may see it', async () => {
    expect(found(await search('?hasCapacity=true', otherMember))).toEqual(expected('bologna', 'restricted'));
    const visitor = await search('');
    expect(visitor.items.find((i) => i.id === ids.restricted)?.capacity).toBeNull();
    expect(visitor.items.find((i) => i.id === ids.bologna)?.capacity).toMatchObject({ available: 3, total: 10 });
  });

  it('sorts by distance from a point within the radius', async () => {
    const result = await search(`?lat=${BRUSSELS.lat}&lng=${BRUSSELS.lng}&radiusKm=100&pageSize=50`);
    expect(result.sort).toBe('distance');
    const brusselsArea = result.items.filter((i) => ['brussels', 'antwerp', 'liege'].some((n) => ids[n] === i.id));
    expect(brusselsArea.map((i) => i.id)).toEqual([ids.brussels, ids.antwerp, ids.liege]);
    const distances = result.items.map((i) => i.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(1);
    expect(result.items.find((i) => i.id === ids.antwerp)?.distanceKm).toBeGreaterThan(35);
    expect(result.items.find((i) => i.id === ids.antwerp)?.distanceKm).toBeLessThan(45);
    expect(found(result)).not.toContain(ids.bologna);
  });

  it('gives facet counts under the other filters that equal the filtered totals', async () => {
    const base = '?free=true&pageSize=50';
    const result = await search(base);
    for (const facet of ['country', 'type', 'language', 'group', 'exploitation'] as const) {
      expect(result.facets[facet].length).toBeGreaterThan(0);
      for (const { value, count } of result.facets[facet]) {
        expect({ facet, value, total: (await search(`${base}&${facet}=${value}`)).total }).toEqual({
          facet,
          value,
          total: count,
        });
      }
    }
    for (const facet of ['open247', 'openNow', 'selfReferral', 'hasCapacity'] as const) {
      const count = result.facets[facet].find((f) => f.value === 'true')?.count ?? 0;
      expect({ facet, total: (await search(`${base}&${facet}=true`)).total }).toEqual({ facet, total: count });
    }
    // A facet counts under every filter but its own: with country=BE the country facet still lists others.
    const belgium = await search('?country=BE');
    expect(belgium.facets.country.map((f) => f.value)).toEqual(expect.arrayContaining(['BE', 'DE', 'IT', 'FR']));
    const freeFacet = result.facets.free.find((f) => f.value === 'true')?.count;
    expect(freeFacet).toBe(result.total);
    const verified12 = (await search('')).facets.verified.find((f) => f.value === '12')?.count;
    expect(verified12).toBe((await search('?verifiedWithinMonths=12')).total);
  });

  it('keeps the counts of the whole directory exact after a write', async () => {
    const before = await search('');
    const italy = (r: ServiceSearchResult) => r.facets.country.find((f) => f.value === 'IT')?.count ?? 0;
    const [added] = await saveServices(sut, [
      serviceInput(ownerOrganisationId, { name: { it: 'Sportello Roma' }, location: { city: 'Roma', country: 'IT' } }),
    ]);
    const after = await search('');
    expect(after.total).toBe(before.total + 1);
    expect(italy(after)).toBe(italy(before) + 1);
    expect(italy(await search('?country=IT'))).toBe(italy(before) + 1);
    // Verified today: the sets shared by every search (verified since, open now) follow the write at once.
    const verified3 = (r: ServiceSearchResult) => r.facets.verified.find((f) => f.value === '3')?.count ?? 0;
    expect(verified3(after)).toBe(verified3(before) + 1);
    expect((await search('?verifiedWithinMonths=3')).total).toBe(verified3(before) + 1);
    expect(found(await search('?verifiedWithinMonths=3&q=Sportello'))).toEqual([added]);
    await sut.app.get(DirectoryRecordsRepository).deleteService(added!);
    expect((await search('')).total).toBe(before.total);
  });

  it('answers searches sent at once after a write, each working out the shared sets it needs', async () => {
    // Every search is two statements at once, each keeping the sets it worked out ("open", "verified:N"): after
    // a write every set is stale, and none of these statements may wait for another's (deadlock).
    const [added] = await saveServices(sut, [
      serviceInput(ownerOrganisationId, { name: { it: 'Sportello Bari' }, location: { city: 'Bari', country: 'IT' } }),
    ]);
    // Sets taken in different orders: "verified:N" then "open" (a filter, then a count), and the reverse.
    const queries = [3, 6, 12, 24, 5, 7].flatMap((months) => [
      `?verifiedWithinMonths=${months}`,
      `?openNow=true`,
      `?openNow=false&verifiedWithinMonths=${months}&country=IT`,
    ]);
    const answers = await Promise.all(queries.map((query) => http().get(`/api/directory/services${query}`)));
    expect(answers.map((a) => a.status)).toEqual(queries.map(() => 200));
    for (const [i, query] of queries.entries()) {
      expect((answers[i]!.body as ServiceSearchResult).total).toBe((await search(query)).total);
    }
    await sut.app.get(DirectoryRecordsRepository).deleteService(added!);
  });

  it('keeps the search index in step when a record changes: its old facet values leave every count', async () => {
    const records = sut.app.get(DirectoryRecordsRepository);
    const [id] = await saveServices(sut, [
      serviceInput(ownerOrganisationId, { name: { fr: 'Accueil Lyon' }, location: { city: 'Lyon', country: 'FR' } }),
    ]);
    const count = (r: ServiceSearchResult, facet: 'country' | 'type', value: string) =>
      r.facets[facet].find((f) => f.value === value)?.count ?? 0;
    const before = await search('?type=counselling');
    // The same record, moved to Malta as a shelter: one save that updates the row in place.
    await records.saveServices([
      {
        id: id!,
        input: serviceInput(ownerOrganisationId, {
          name: { en: 'Valletta Shelter' },
          serviceTypes: ['shelter'],
          location: { city: 'Valletta', country: 'MT' },
        }),
        assuredDate: null,
      },
    ]);
    const after = await search('?type=counselling');
    expect(count(after, 'country', 'FR')).toBe(count(before, 'country', 'FR') - 1);
    expect(count(after, 'country', 'MT')).toBe(0);
    expect(count(await search('?country=MT'), 'type', 'shelter')).toBe(1);
    expect(found(await search('?q=Valletta'))).toEqual([id]);
    expect(found(await search('?q=Lyon'))).toEqual([]);
    expect((await search('?verifiedWithinMonths=3&country=MT')).total).toBe(0);
    await records.deleteService(id!);
    expect((await search('?country=MT')).total).toBe(0);
  });

  it('pages stably: every result once across pages', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      seen.push(...(await search(`?pageSize=2&page=${page}`)).items.map((i) => i.id));
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('never shows visitors a shelter’s street or exact position, in results, detail or distance', async () => {
    const detail = (await http().get(`/api/directory/services/${ids.bologna}`)).body as ServiceDetail;
    // Shelters are never public, even if the provider chose "public".
    expect(detail.location).toMatchObject({ address1: null, postalCode: null, precision: 'city', city: 'Bologna' });
    expect(detail.location.latitude).toBe(44.5);
    expect(detail.visibility.location).toBe('members');
    expect(detail.hidden).toContain('location');
    const card = (await search('?country=IT')).items[0]!;
    expect(card).toMatchObject({ latitude: 44.5, longitude: 11.3, precision: 'city' });
    // 1 km around the real door: the rounded point is farther, so a visitor cannot home in on it.
    const near = `?lat=44.4949&lng=11.3426&radiusKm=1`;
    expect(found(await search(near))).toEqual([]);
    expect(found(await search(near, otherMember))).toEqual(expected('bologna'));
  });

  it('shows members what the provider allowed, and the owner everything', async () => {
    const asMember = (await http().get(`/api/directory/services/${ids.restricted}`).set(otherMember.auth))
      .body as ServiceDetail;
    expect(asMember.location).toMatchObject({ address1: null, precision: 'city' });
    expect(asMember.email).toBeNull();
    expect(asMember.contacts).toEqual([]);
    expect(asMember.phones.map((p) => p.number)).toEqual(['+3220000002']);
    expect(asMember.capacity).toMatchObject({ available: 2 });
    expect(asMember.canEdit).toBe(false);

    const asVisitor = (await http().get(`/api/directory/services/${ids.restricted}`)).body as ServiceDetail;
    expect(asVisitor.phones).toEqual([]);
    expect(asVisitor.capacity).toBeNull();
    expect(asVisitor.hidden).toEqual(expect.arrayContaining(['location', 'phones', 'email', 'contacts', 'capacity']));
    expect(JSON.stringify(asVisitor)).not.toMatch(/Secret street|anna@|Anna Example|\+3220000002/);

    const asOwner = (await http().get(`/api/directory/services/${ids.restricted}`).set(owner.auth))
      .body as ServiceDetail;
    expect(asOwner.location).toMatchObject({ address1: 'Secret street 5', precision: 'exact', latitude: 51.0543 });
    expect(asOwner.email).toBe('intake@harbour.example');
    expect(asOwner.contacts[0]).toMatchObject({ name: 'Anna Example', email: 'anna@harbour.example' });
    expect(asOwner.canEdit).toBe(true);
  });

  it('says whether a service is open now, honouring closed dates', async () => {
    const detail = async (name: string) =>
      ((await http().get(`/api/directory/services/${ids[name]}`)).body as ServiceDetail).openNow;
    expect(await detail('berlin')).toBe(true);
    expect(await detail('brussels')).toBe(false);
    expect(await detail('antwerp')).toBe(false);
  });

  it('suggests service names, organisations and cities for the search box', async () => {
    const response = await http().get('/api/directory/suggest?q=Bolo');
    expect(response.status).toBe(200);
    expect((response.body as Suggestions).items).toEqual(
      expect.arrayContaining([{ kind: 'city', text: 'Bologna', id: null }]),
    );
    const typo = await http().get(`/api/directory/suggest?q=${encodeURIComponent('Payoke Antwerpn')}`);
    expect((typo.body as Suggestions).items[0]).toMatchObject({
      kind: 'service',
      text: 'Payoke Antwerpen',
      id: ids.antwerp,
    });
  });

  it.each([
    ['?lat=50', 'query.lng'],
    ['?type=spa', 'query.type.0'],
    ['?sort=distance', 'query.sort'],
    ['?radiusKm=0&lat=1&lng=1', 'query.radiusKm'],
    ['?pageSize=1000', 'query.pageSize'],
    ['?openNow=yes', 'query.openNow'],
  ])('rejects %s with a problem naming the field', async (query, field) => {
    const response = await http().get(`/api/directory/services${query}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  });

  it('answers 404 for an unknown service', async () => {
    const response = await http().get('/api/directory/services/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type HsdsImportReport, type ServiceInput } from '@thb/shared';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { eq, inArray } from 'drizzle-orm';
import request from 'supertest';
import {
  auditLog,
  directoryChanges,
  directoryContacts,
  directoryPhones,
  directoryServices,
  organisations,
} from '../../src/db/schema';
import { DirectoryRecordsRepository } from '../../src/directory/directory-records.repository';
import { runHsdsImport } from '../../src/directory/hsds/cli/import';
import { CSV_COLUMNS } from '../../src/directory/hsds/hsds-mapping';
import { toServiceRecordInput } from '../../src/directory/service-view';
import { createOrganisation, createUser, type SignedIn, signIn } from '../factories/accounts';
import { saveServices, serviceInput } from '../factories/directory';
import { createTestApp, type TestApp } from '../support/test-app';

/** The compiled HSDS 3.0 schemas, from the repository's copy, compiled as the specification validates. */
const SCHEMA_DIR = path.resolve(__dirname, '../../src/directory/hsds/schema');
const FIXTURES = path.resolve(__dirname, '../fixtures/hsds');
const fixture = (file: string) => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as unknown;

type Json = Record<string, unknown>;

const PAGE_KEYS = ['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages'];

/** Strips child ids, which an import may derive anew: records are equal when their contents are. */
function contentOf(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'id' ? undefined : v))) as unknown;
}

describe('HSDS 3.0 export and import', () => {
  let sut: TestApp;
  const http = () => request(sut.app.getHttpServer());
  const schemas: Record<string, ValidateFunction> = {};
  let coordinator: SignedIn;
  let owner: SignedIn;
  let member: SignedIn;
  let memberOrganisation: { id: string; name: string };
  let directoryOrganisation: { id: string; name: string };
  let shelterId: string;
  let counsellingId: string;

  function expectValid(name: 'service' | 'organization' | 'service_list' | 'organization_list', value: unknown) {
    const validate = schemas[name]!;
    const ok = validate(value);
    expect(ok ? [] : validate.errors).toEqual([]);
  }

  async function importJson(body: unknown, auth: SignedIn = coordinator): Promise<HsdsImportReport> {
    const response = await http()
      .post('/api/hsds/import')
      .set(auth.auth)
      .send(body as object);
    expect(response.status).toBe(200);
    return response.body as HsdsImportReport;
  }

  async function storedRecords(ids: string[]): Promise<Map<string, ServiceInput>> {
    const records = sut.app.get(DirectoryRecordsRepository);
    const rows = await records.findServicesWithOrganisation(ids);
    const children = await records.findChildren(ids);
    return new Map(
      rows.map(({ service }) => [
        service.id,
        toServiceRecordInput(service, {
          phones: children.phones.filter((p) => p.serviceId === service.id),
          schedules: children.schedules.filter((s) => s.serviceId === service.id),
          contacts: children.contacts.filter((c) => c.serviceId === service.id),
          contactPhones: children.contactPhones,
        }),
      ]),
    );
  }

  async function childIds(serviceId: string) {
    const children = await sut.app.get(DirectoryRecordsRepository).findChildren([serviceId]);
    return {
      phones: children.phones.map((p) => p.id).sort(),
      schedules: children.schedules.map((s) => s.id).sort(),
      contacts: children.contacts.map((c) => c.id).sort(),
      contactPhones: children.contactPhones.map((p) => p.id).sort(),
    };
  }

  async function ndjsonLines(url: string, auth?: SignedIn): Promise<Json[]> {
    const call = http()
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    const response = await (auth ? call.set(auth.auth) : call);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    return (response.body as string)
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Json);
  }

  beforeAll(async () => {
    sut = await createTestApp();
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    for (const name of ['service', 'organization', 'service_list', 'organization_list']) {
      schemas[name] = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMA_DIR, `${name}.json`), 'utf8')) as object);
    }
    memberOrganisation = await createOrganisation(sut.database, {
      name: 'Harbour Shelter Network',
      memberSince: new Date(),
      contactEmail: 'private-desk@harbour.example',
      contactPhone: '+3225550000',
      description: { en: 'Member profile text.' },
    });
    directoryOrganisation = await createOrganisation(sut.database, {
      name: 'Listed Counselling Centre',
      memberSince: null,
      contactEmail: 'listed-desk@listed.example',
      description: { en: 'A counselling centre listed in the directory.' },
    });
    coordinator = await signIn(sut, await createUser(sut, { role: 'coordinator', twoFactor: true }));
    owner = await signIn(sut, await createUser(sut, { organisationId: memberOrganisation.id }));
    member = await signIn(sut, await createUser(sut));
    const saved = await saveServices(sut, [
      serviceInput(memberOrganisation.id, {
        name: { nl: 'Veilig Huis Gent', en: 'Safe House Ghent' },
        description: { nl: 'Opvang voor vrouwen.', en: 'Shelter for women.' },
        serviceTypes: ['shelter'],
        groupsServed: ['women'],
        languages: ['nl', 'en'],
        email: 'intake@harbour.example',
        phones: [{ number: '+3292223344', description: 'Intake line' }],
        contacts: [{ name: 'Anna Secret', title: 'Intake coordinator', email: 'anna.secret@harbour.example' }],
        capacity: { available: 1, total: 6 },
        schedules: [{ byday: 'MO', opensAt: '09:00', closesAt: '17:00' }],
        // Shelters' addresses are members-only whatever is chosen; the email only for the organisation.
        visibility: {
          location: 'public',
          phones: 'members',
          email: 'restricted',
          contacts: 'members',
          capacity: 'members',
        },
        location: {
          name: 'Huis aan de Leie',
          address1: 'Verborgenstraat 17',
          postalCode: '9000',
          city: 'Gent',
          region: 'Oost-Vlaanderen',
          country: 'BE',
          latitude: 51.05432,
          longitude: 3.71741,
        },
      }),
      serviceInput(directoryOrganisation.id, {
        name: { en: 'Open Counselling Brussels' },
        serviceTypes: ['counselling', 'legal'],
        phones: [{ number: '+3225551234' }],
        status: 'temporarily_closed',
      }),
    ]);
    shelterId = saved[0]!;
    counsellingId = saved[1]!;
  });

  afterAll(async () => {
    await sut.close();
  });

  describe('export', () => {
    it('lists services in the HSDS page envelope, each valid against the HSDS schema', async () => {
      const response = await http().get('/api/hsds/services?per_page=1');

      expect(response.status).toBe(200);
      const page = response.body as Json & { contents: Json[] };
      expect(Object.keys(page).sort()).toEqual(PAGE_KEYS);
      expect(page).toMatchObject({ page_number: 1, size: 1, first_page: true, empty: false });
      expect(page.total_items).toBeGreaterThanOrEqual(2);
      expect(page.total_pages).toBe(page.total_items);
      expect(page.contents).toHaveLength(1);
      page.contents.forEach((s) => expectValid('service_list', s));

      const full = (await http().get('/api/hsds/services?full=true&per_page=200').set(coordinator.auth)).body as {
        contents: Json[];
      };
      expect(full.contents.length).toBeGreaterThanOrEqual(2);
      full.contents.forEach((s) => expectValid('service', s));
      expect(full.contents.find((s) => s.id === counsellingId)).toMatchObject({ status: 'temporarily closed' });
    });

    it('filters as the directory search does', async () => {
      const shelters = (await http().get('/api/hsds/services?type=shelter&country=BE&per_page=200')).body as {
        contents: Json[];
      };
      expect(shelters.contents.map((s) => s.id)).toContain(shelterId);
      expect(shelters.contents.map((s) => s.id)).not.toContain(counsellingId);

      const ofOrganisation = (await http().get(`/api/hsds/services?organization_id=${directoryOrganisation.id}`))
        .body as { contents: Json[] };
      expect(ofOrganisation.contents.map((s) => s.id)).toEqual([counsellingId]);

      // Near a point (the directory search, on the position the viewer may see), every status included.
      const near = (await http().get('/api/hsds/services?lat=51.05&lng=3.72&radiusKm=20&per_page=200')).body as {
        contents: Json[];
        total_items: number;
      };
      expect(near.contents.map((s) => s.id)).toEqual([shelterId]);
      expect(near.total_items).toBe(1);
      const closed = (await http().get('/api/hsds/services?lat=50.85&lng=4.35&radiusKm=5')).body as {
        contents: Json[];
      };
      expect(closed.contents.map((s) => s.id)).toContain(counsellingId);

      const named = (await http().get('/api/hsds/organizations?q=Listed')).body as { contents: Json[] };
      expect(named.contents.map((o) => o.id)).toContain(directoryOrganisation.id);
      expect(named.contents.map((o) => o.id)).not.toContain(memberOrganisation.id);

      expect((await http().get('/api/hsds/services?lat=50')).status).toBe(400);
      const mixed = await http().get(`/api/hsds/services?lat=50&lng=4&organization_id=${directoryOrganisation.id}`);
      expect(mixed.status).toBe(400);
      expect(
        (await http().get('/api/hsds/services?lat=50&lng=4&format=ndjson&modified_after=2020-01-01T00:00:00Z')).status,
      ).toBe(400);
    });

    it('gives one service fully nested and valid', async () => {
      const response = await http().get(`/api/hsds/services/${shelterId}`).set(owner.auth);

      expect(response.status).toBe(200);
      expectValid('service', response.body);
      expect(response.body).toMatchObject({
        id: shelterId,
        name: 'Veilig Huis Gent',
        x_text_language: 'nl',
        x_translations: { en: { name: 'Safe House Ghent' } },
        organization: { id: memberOrganisation.id, name: 'Harbour Shelter Network' },
      });
      expect((await http().get(`/api/hsds/services/${randomUUID()}`)).status).toBe(404);
    });

    it('lists organisations that provide services, and gives one with its services, valid', async () => {
      const list = (await http().get('/api/hsds/organizations?per_page=200')).body as Json & { contents: Json[] };

      expect(Object.keys(list).sort()).toEqual(PAGE_KEYS);
      list.contents.forEach((o) => expectValid('organization_list', o));
      const ids = list.contents.map((o) => o.id);
      expect(ids).toEqual(expect.arrayContaining([memberOrganisation.id, directoryOrganisation.id]));

      for (const query of ['', '?full_service=true']) {
        const one = await http().get(`/api/hsds/organizations/${directoryOrganisation.id}${query}`);
        expect(one.status).toBe(200);
        expectValid('organization', one.body);
        expect((one.body as { services: Json[] }).services.map((s) => s.id)).toEqual([counsellingId]);
      }
      const withoutServices = await createOrganisation(sut.database, { memberSince: new Date() });
      expect((await http().get(`/api/hsds/organizations/${withoutServices.id}`)).status).toBe(404);
      expect(ids).not.toContain(withoutServices.id);
    });

    it('streams every service, and every organisation, as ndjson lines', async () => {
      const total = ((await http().get('/api/hsds/services?per_page=1')).body as { total_items: number }).total_items;

      const services = await ndjsonLines('/api/hsds/services?format=ndjson');
      expect(services).toHaveLength(total);
      services.forEach((s) => expectValid('service', s));

      const organizations = await ndjsonLines('/api/hsds/organizations?format=ndjson&full_service=true');
      expect(organizations.length).toBeGreaterThanOrEqual(2);
      organizations.forEach((o) => expectValid('organization', o));
    });

    it('leaves restricted data out of a visitor’s export entirely', async () => {
      const exports = [
        JSON.stringify((await http().get(`/api/hsds/services/${shelterId}`)).body),
        JSON.stringify((await http().get('/api/hsds/services?full=true&per_page=200')).body),
        JSON.stringify(await ndjsonLines('/api/hsds/services?format=ndjson')),
        JSON.stringify(await ndjsonLines('/api/hsds/organizations?format=ndjson&full_service=true')),
        JSON.stringify((await http().get(`/api/hsds/organizations/${memberOrganisation.id}?full_service=true`)).body),
        (await http().get('/api/directory/export.csv')).text,
      ];
      const secrets = [
        'Verborgenstraat',
        '"9000"',
        'Huis aan de Leie',
        '51.05432',
        '3.71741',
        '3292223344',
        'Anna Secret',
        'anna.secret@',
        'intake@harbour.example',
        'Member profile text',
        'private-desk@',
        '3225550000',
        'listed-desk@',
      ];
      for (const text of exports) {
        expect(text).toContain('Gent');
        for (const secret of secrets) {
          expect(text).not.toContain(secret);
        }
      }
      const visitor = (await http().get(`/api/hsds/services/${shelterId}`)).body as Json & {
        service_at_locations: { location: Json & { addresses: Json[] } }[];
      };
      expect(visitor.service_at_locations[0]!.location).toMatchObject({
        latitude: 51.1,
        longitude: 3.7,
        x_precision: 'city',
      });
      expect(visitor.service_at_locations[0]!.location.addresses[0]).toMatchObject({
        address_1: '',
        postal_code: '',
        city: 'Gent',
        region: 'Oost-Vlaanderen',
        country: 'BE',
      });
      expect(visitor).not.toHaveProperty('assurer_email');
      expect(visitor).not.toHaveProperty('x_capacity');
      expect(visitor).not.toHaveProperty('metadata');
      expect(visitor.x_hidden).toEqual(expect.arrayContaining(['location', 'phones', 'email', 'contacts', 'capacity']));
    });

    it('gives members what they may see, and the provider everything', async () => {
      const asMember = JSON.stringify((await http().get(`/api/hsds/services/${shelterId}`).set(member.auth)).body);
      for (const allowed of ['Verborgenstraat 17', '51.05432', '+3292223344', 'Anna Secret', '"x_capacity"']) {
        expect(asMember).toContain(allowed);
      }
      expect(asMember).not.toContain('intake@harbour.example');
      expect(asMember).toContain('Member profile text');
      expect(asMember).not.toContain('"x_visibility"');

      const asOwner = JSON.stringify((await http().get(`/api/hsds/services/${shelterId}`).set(owner.auth)).body);
      expect(asOwner).toContain('intake@harbour.example');
      expect(asOwner).toContain('"x_visibility"');
      for (const text of [asMember, asOwner]) {
        expect(text).not.toContain('private-desk@');
        expect(text).not.toContain('3225550000');
      }
    });

    it('exports CSV: a header and one row per service, as an attachment', async () => {
      const response = await http().get('/api/directory/export.csv');

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="thb-directory\.csv"/);
      // No value in these records holds a line break, so a line is a row (csv-parse is not a dependency).
      const [header, ...rows] = response.text.trimEnd().split('\n');
      expect(header).toBe(CSV_COLUMNS.join(','));
      const total = ((await http().get('/api/hsds/services?per_page=1')).body as { total_items: number }).total_items;
      expect(rows).toHaveLength(total);
      const shelter = rows.find((r) => r.startsWith(`${shelterId},`))!;
      expect(shelter).toContain(',Veilig Huis Gent,');
      expect(shelter).toContain(',Gent,Oost-Vlaanderen,BE,51.1,3.7,city,');
      expect(shelter).not.toContain('Verborgenstraat');

      const asMember = (await http().get('/api/directory/export.csv?type=shelter').set(member.auth)).text
        .trimEnd()
        .split('\n');
      expect(asMember.find((r) => r.startsWith(`${shelterId},`))).toContain(',Verborgenstraat 17,');
      expect(asMember.slice(1).every((r) => r.includes(',shelter'))).toBe(true);
    });
  });

  describe('import', () => {
    const EXAMPLE_SERVICE = 'ac148810-d857-441c-9679-408f346de14b';
    const EXAMPLE_ORGANIZATION = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';

    it('imports every HSDS example that holds services or organisations cleanly', async () => {
      // Full records first, then the list forms, which carry one-to-one fields only and update them.
      const files = [
        ['service_full.json', 1],
        ['organization_full.json', 1],
        ['service_at_location_full.json', 1],
        ['service_list.json', 1],
        ['organization_list.json', 0],
        ['service_at_location_list.json', 1],
      ] as const;
      for (const [file, services] of files) {
        const report = await importJson(fixture(file));
        expect({ file, rejected: report.rejected }).toEqual({ file, rejected: [] });
        expect({ file, received: report.received, imported: report.imported }).toEqual({
          file,
          received: services,
          imported: services,
        });
        expect(report.organisations).toEqual({ received: 1, imported: 1, untouched: 0 });
      }

      const [organisation] = await sut.database.db
        .select()
        .from(organisations)
        .where(eq(organisations.id, EXAMPLE_ORGANIZATION));
      expect(organisation).toMatchObject({ name: 'Example Organization Inc.', memberSince: null });
      const service = (await http().get(`/api/hsds/services/${EXAMPLE_SERVICE}`).set(coordinator.auth)).body as Json;
      expectValid('service', service);
      expect(service).toMatchObject({
        name: 'Community Counselling',
        status: 'active',
        assured_date: '2005-01-01',
        assurer_email: 'email@example.com',
        organization: { id: EXAMPLE_ORGANIZATION },
      });
      expect(JSON.stringify(service)).toContain('+441234234567');
    });

    it('is idempotent: importing again gives the same counts and ids, and no duplicate children', async () => {
      const first = await importJson(fixture('service_full.json'));
      const before = await childIds(EXAMPLE_SERVICE);
      const changesBefore = await sut.database.db
        .select()
        .from(directoryChanges)
        .where(eq(directoryChanges.resourceId, EXAMPLE_SERVICE));

      const second = await importJson(fixture('service_full.json'));

      expect(second).toEqual(first);
      const after = await childIds(EXAMPLE_SERVICE);
      expect(after).toEqual(before);
      expect(before.phones).toContain('1554f2e2-a373-45db-a3fa-9fc48a61c15e');
      expect(before.schedules).toContain('48102e86-bb50-41c4-8f1e-e269368c41d1');
      expect(before.contacts).toEqual(['1e7efce3-639b-4880-940c-b95cd30cdb50']);
      expect(before.phones).toHaveLength(1);
      expect(before.schedules).toHaveLength(2); // TH and FR
      expect(before.contactPhones).toHaveLength(1);
      const [row] = await storedRecords([EXAMPLE_SERVICE]).then((m) => [...m.values()]);
      expect(row!.location).toMatchObject({ city: 'MyCity', country: 'US' });
      // Nothing changed, so nothing new in the change trail.
      const changesAfter = await sut.database.db
        .select()
        .from(directoryChanges)
        .where(eq(directoryChanges.resourceId, EXAMPLE_SERVICE));
      expect(changesAfter).toHaveLength(changesBefore.length);
    });

    it('reports each bad record with all its reasons and imports the good ones', async () => {
      const good = { ...(fixture('service_full.json') as Json), id: randomUUID(), name: 'Good record' };
      const noName = { ...good, id: randomUUID(), name: undefined, status: 'open' };
      const badCountry = {
        ...good,
        id: randomUUID(),
        service_at_locations: [
          {
            id: randomUUID(),
            location: {
              id: randomUUID(),
              location_type: 'physical',
              addresses: [
                {
                  id: randomUUID(),
                  address_1: 'Rue 1',
                  city: 'Nowhere',
                  state_province: '',
                  postal_code: '1000',
                  country: 'XX',
                  address_type: 'physical',
                },
              ],
            },
          },
        ],
      };
      const noOrganisation = { ...good, id: randomUUID(), organization: undefined };
      const duplicate = { ...good, name: 'Same id again' };

      const report = await importJson([good, noName, badCountry, noOrganisation, duplicate, 'not a record']);

      expect(report.received).toBe(6);
      expect(report.imported).toBe(1);
      expect(report.rejected.map((r) => [r.index, r.id, r.path])).toEqual([
        [1, noName.id, '$[1]'],
        [2, badCountry.id, '$[2]'],
        [3, noOrganisation.id, '$[3]'],
        [4, good.id, '$[4]'],
        [5, null, '$[5]'],
      ]);
      const [missing, country, organisation, again] = report.rejected;
      expect(missing!.reasons).toEqual(
        expect.arrayContaining([
          expect.stringContaining("must have required property 'name'"),
          expect.stringContaining('/status: must be equal to one of the allowed values'),
        ]),
      );
      expect(country!.reasons).toEqual([expect.stringContaining('"XX" is not an ISO 3166-1 alpha-2 country code')]);
      expect(organisation!.reasons).toEqual([expect.stringContaining('no organization')]);
      expect(again!.reasons).toEqual([expect.stringContaining('the same service id is at $[0] already')]);
      expect((await storedRecords([good.id])).get(good.id)?.name).toEqual({ en: 'Good record' });
      expect((await storedRecords([noName.id, badCountry.id, noOrganisation.id])).size).toBe(0);
    });

    it('keeps the records equal through import → export → import', async () => {
      const ids = [EXAMPLE_SERVICE, shelterId, counsellingId];
      const before = await storedRecords(ids);
      const exported = await ndjsonLines('/api/hsds/services?format=ndjson', coordinator);

      const report = await importJson(exported);

      expect(report.rejected).toEqual([]);
      expect(report.imported).toBe(exported.length);
      expect(report.organisations.untouched).toBeGreaterThanOrEqual(1); // the member organisation
      const after = await storedRecords(ids);
      for (const id of ids) {
        expect({ id, record: contentOf(after.get(id)) }).toEqual({ id, record: contentOf(before.get(id)) });
      }
      const [member] = await sut.database.db
        .select()
        .from(organisations)
        .where(eq(organisations.id, memberOrganisation.id));
      expect(member).toMatchObject({
        contactEmail: 'private-desk@harbour.example',
        description: { en: 'Member profile text.' },
      });
      // An import re-exports the same: the ids of derived objects are stable.
      const again = await ndjsonLines('/api/hsds/services?format=ndjson', coordinator);
      expect(again.map((s) => s.id)).toEqual(exported.map((s) => s.id));
      expect(again.find((s) => s.id === shelterId)!.attributes).toEqual(
        exported.find((s) => s.id === shelterId)!.attributes,
      );
    });

    it('keeps what the exporting viewer could not see when their export is imported', async () => {
      const before = await storedRecords([shelterId]);
      const [assurerBefore] = await sut.database.db
        .select({ email: directoryServices.assurerEmail })
        .from(directoryServices)
        .where(eq(directoryServices.id, shelterId));
      const visitorsExport = (await http().get(`/api/hsds/services/${shelterId}`)).body as Json;
      expect(visitorsExport).toMatchObject({ x_view: 'public', phones: [], contacts: [] });

      const report = await importJson(visitorsExport);

      expect(report).toMatchObject({ received: 1, imported: 1, rejected: [] });
      const after = await storedRecords([shelterId]);
      expect(contentOf(after.get(shelterId))).toEqual(contentOf(before.get(shelterId)));
      const [assurerAfter] = await sut.database.db
        .select({ email: directoryServices.assurerEmail })
        .from(directoryServices)
        .where(eq(directoryServices.id, shelterId));
      expect(assurerAfter).toEqual(assurerBefore);
    });

    it('records imports in the change trail (shown as HSDS metadata to editors) and the audit log', async () => {
      const service = (await http().get(`/api/hsds/services/${EXAMPLE_SERVICE}`).set(coordinator.auth)).body as {
        metadata: Json[];
      };
      expect(service.metadata).toEqual(
        expect.arrayContaining([expect.objectContaining({ last_action_type: 'import', field_name: 'service' })]),
      );
      const asMember = (await http().get(`/api/hsds/services/${EXAMPLE_SERVICE}`).set(member.auth)).body as Json;
      expect(asMember).not.toHaveProperty('metadata');
      const audits = await sut.database.db.select().from(auditLog).where(eq(auditLog.action, 'directory.import'));
      expect(audits.length).toBeGreaterThan(0);
      expect(audits.at(-1)).toMatchObject({ outcome: 'success', targetType: 'directory' });
    });

    it('never changes a member organisation’s profile', async () => {
      const report = await importJson({
        contents: [
          {
            id: memberOrganisation.id,
            name: 'Renamed by an import',
            description: 'Overwritten',
            email: 'x@example.com',
          },
        ],
      });

      expect(report.organisations).toEqual({ received: 1, imported: 0, untouched: 1 });
      const [row] = await sut.database.db
        .select()
        .from(organisations)
        .where(eq(organisations.id, memberOrganisation.id));
      expect(row).toMatchObject({ name: 'Harbour Shelter Network', contactEmail: 'private-desk@harbour.example' });
    });

    it('takes bodies larger than the general limit, in several transactions', async () => {
      const organisationId = randomUUID();
      const services = Array.from({ length: 620 }, (_, i) => ({
        id: randomUUID(),
        name: `Bulk service ${i}`,
        status: 'active',
        description: 'Generated for the import test. '.repeat(4),
        organization: { id: organisationId, name: 'Bulk Organisation', description: 'Many services.' },
        phones: [{ id: randomUUID(), number: `+3226${String(100000 + i)}` }],
        service_at_locations: [
          {
            id: randomUUID(),
            location: {
              id: randomUUID(),
              location_type: 'physical',
              addresses: [
                {
                  id: randomUUID(),
                  address_1: `Rue ${i}`,
                  city: 'Namur',
                  state_province: 'Namur',
                  postal_code: '5000',
                  country: 'BE',
                  address_type: 'physical',
                },
              ],
            },
          },
        ],
      }));
      expect(JSON.stringify(services).length).toBeGreaterThan(300_000);

      const report = await importJson(services);

      expect(report).toMatchObject({ received: 620, imported: 620, rejected: [] });
      const phones = await sut.database.db
        .select()
        .from(directoryPhones)
        .where(
          inArray(
            directoryPhones.serviceId,
            services.map((s) => s.id),
          ),
        );
      expect(phones).toHaveLength(620);
    });

    it('lets only the Coordinator upload', async () => {
      expect(
        (
          await http()
            .post('/api/hsds/import')
            .send(fixture('service_full.json') as object)
        ).status,
      ).toBe(401);
      const asMember = await http()
        .post('/api/hsds/import')
        .set(member.auth)
        .send(fixture('service_full.json') as object);
      expect(asMember.status).toBe(403);
      expect((await http().post('/api/hsds/import').set(coordinator.auth).send('"text"').type('json')).status).toBe(
        400,
      );
    });

    it('imports from the command line, reporting rejected records', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'thb-hsds-'));
      try {
        const file = path.join(dir, 'services.json');
        const id = randomUUID();
        await writeFile(
          file,
          JSON.stringify([
            { ...(fixture('service_full.json') as Json), id, name: 'From the command line' },
            { id: randomUUID(), name: 'No status' },
          ]),
        );

        const report = await runHsdsImport(sut.database, file, 'fr');

        expect(report).toMatchObject({ received: 2, imported: 1 });
        expect(report.rejected).toHaveLength(1);
        expect((await storedRecords([id])).get(id)?.name).toEqual({ fr: 'From the command line' });
        const contacts = await sut.database.db
          .select()
          .from(directoryContacts)
          .where(eq(directoryContacts.serviceId, id));
        // The example's contact id is held by the first imported service: this one gets a derived id.
        expect(contacts).toHaveLength(1);
        expect(contacts[0]!.id).not.toBe('1e7efce3-639b-4880-940c-b95cd30cdb50');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});

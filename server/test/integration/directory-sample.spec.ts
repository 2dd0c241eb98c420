import request from 'supertest';
import { EU_MEMBER_STATES, type ServiceSearchResult } from '@thb/shared';
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  directoryContacts,
  directoryPhones,
  directorySchedules,
  directoryServices,
  directorySuggestions,
  organisations,
} from '../../src/db/schema';
import { multilingualQuery } from '../../src/db/text-search';
import { SearchPlan } from '../../src/directory/directory-search.repository';
import { runGenerate } from '../../src/directory/sample/cli/generate';
import { generateDirectory } from '../../src/directory/sample/generator';
import { PUBLIC_ENTRIES } from '../../src/directory/sample/public-entries';
import { createTestApp, type TestApp } from '../support/test-app';

describe('Sample directory data', () => {
  describe('the generator writing into the database', () => {
    let sut: TestApp;
    const expected = generateDirectory({ count: 50, seed: 11 });

    beforeAll(async () => {
      sut = await createTestApp();
    });

    afterAll(async () => {
      await sut?.close();
    });

    async function stored() {
      const db = sut.database.db;
      const serviceIds = expected.services.map((s) => s.id);
      const contactIds = db
        .select({ id: directoryContacts.id })
        .from(directoryContacts)
        .where(inArray(directoryContacts.serviceId, serviceIds));
      const [[services], [orgs], [schedules], [contacts], [servicePhones], [contactPhones]] = await Promise.all([
        db.select({ n: count() }).from(directoryServices).where(eq(directoryServices.sample, true)),
        db
          .select({ n: count() })
          .from(organisations)
          .where(and(eq(organisations.sample, true), isNull(organisations.memberSince))),
        db.select({ n: count() }).from(directorySchedules).where(inArray(directorySchedules.serviceId, serviceIds)),
        db.select({ n: count() }).from(directoryContacts).where(inArray(directoryContacts.serviceId, serviceIds)),
        db.select({ n: count() }).from(directoryPhones).where(inArray(directoryPhones.serviceId, serviceIds)),
        db.select({ n: count() }).from(directoryPhones).where(inArray(directoryPhones.contactId, contactIds)),
      ]);
      return {
        services: services!.n,
        organisations: orgs!.n,
        schedules: schedules!.n,
        contacts: contacts!.n,
        servicePhones: servicePhones!.n,
        contactPhones: contactPhones!.n,
      };
    }

    it('stores the services, their organisations, schedules, contacts and phones', async () => {
      const result = await runGenerate({ count: 50, seed: 11, batchSize: 20, connection: sut.database });

      expect(result).toMatchObject({ services: 50, organisations: expected.organisations.length });
      expect(await stored()).toEqual({
        services: 50,
        organisations: expected.organisations.length,
        schedules: expected.services.reduce((n, s) => n + s.input.schedules.length, 0),
        contacts: expected.services.reduce((n, s) => n + s.input.contacts.length, 0),
        servicePhones: expected.services.reduce((n, s) => n + s.input.phones.length, 0),
        contactPhones: expected.services.reduce(
          (n, s) => n + s.input.contacts.reduce((m, c) => m + c.phones.length, 0),
          0,
        ),
      });
    });

    it('replaces the same records when run again with the same seed', async () => {
      const before = await stored();

      await runGenerate({ count: 50, seed: 11, batchSize: 50, connection: sut.database });

      expect(await stored()).toEqual(before);
    });

    it('indexes German descriptions with German stemming', async () => {
      const german = expected.services.find((s) => s.input.description.de)!;
      const matches = (config: string) =>
        sut.database.db
          .select({ n: count() })
          .from(directoryServices)
          .where(
            sql`${directoryServices.id} = ${german.id} and ${directoryServices.searchVector} @@ websearch_to_tsquery(${config}::regconfig, 'Angeboten')`,
          );

      // "Angeboten" is not in the text; "Angebot" is, and German stemming brings both to the same stem.
      expect((await matches('german'))[0]!.n).toBe(1);
      expect((await matches('simple'))[0]!.n).toBe(0);
    });
  });

  describe('demo data (DEMO_DATA=true)', () => {
    let sut: TestApp;

    beforeAll(async () => {
      sut = await createTestApp({ env: { DEMO_DATA: 'true' } });
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('pages through many results in the order of the records, whether a page is walked or fetched', async () => {
      // With a few hundred services, a large result (free of charge) is walked in the name index for its first
      // pages and fetched by ordinal for later ones; words are answered from their bits, names first.
      const pages = async (query: string, size: number) => {
        const ids: string[] = [];
        let total = 0;
        for (let page = 1; ; page++) {
          const response = await request(sut.app.getHttpServer()).get(
            `/api/directory/services?${query}&pageSize=${size}&page=${page}`,
          );
          expect(response.status).toBe(200);
          const body = response.body as ServiceSearchResult;
          total = body.total;
          ids.push(...body.items.map((i) => i.id));
          if (body.items.length < size) {
            return { ids, total };
          }
        }
      };
      const expectedIds = async (where: ReturnType<typeof sql>, first = sql`s.id is null`) =>
        (
          await sut.database.db.execute<{ id: string }>(
            sql`select s.id from ${directoryServices} s where s.status in ('active', 'temporarily_closed') and ${where}
                order by (${first}) desc, s.sort_name, s.id`,
          )
        ).rows.map((r) => r.id);

      const free = await pages('free=true&sort=name', 40);
      const freeIds = await expectedIds(sql`s.free`);
      expect(freeIds.length).toBeGreaterThan(100);
      expect(free.total).toBe(freeIds.length);
      expect(free.ids).toEqual(freeIds);

      const words = await pages('q=shelter', 50);
      const query = multilingualQuery('shelter');
      const wordIds = await expectedIds(
        sql`s.search_vector @@ (${query})`,
        sql`ts_filter(s.search_vector, '{a,b}') @@ (${query})`,
      );
      expect(wordIds.length).toBeGreaterThan(20);
      expect(words.total).toBe(wordIds.length);
      expect(words.ids).toEqual(wordIds);

      // Every page walked, then every page fetched; then with the name order cut into ranges (as the triggers do
      // from 1,024 services), so that walks start at a range.
      const samePages = async () => {
        expect(await pages('free=true&sort=name', 40)).toEqual(free);
        expect(await pages('q=shelter', 50)).toEqual(words);
        expect(await pages('free=true&sort=name', 7)).toEqual(free);
        expect((await pages('free=true&sort=verified', 30)).ids).toEqual(verifiedIds);
      };
      const verifiedIds = (
        await sut.database.db.execute<{ id: string }>(
          sql`select s.id from ${directoryServices} s where s.status in ('active', 'temporarily_closed') and s.free
              order by s.assured_date desc nulls last, s.sort_name, s.id`,
        )
      ).rows.map((r) => r.id);
      const cost = SearchPlan.fetchCostPerService;
      try {
        for (const forced of [1e9, 0]) {
          SearchPlan.fetchCostPerService = forced;
          await samePages();
          await sut.database.db.execute(sql`select directory_name_ranges_refresh(8)`);
          expect((await sut.database.db.execute(sql`select * from directory_name_ranges`)).rows.length).toBeGreaterThan(
            4,
          );
          await samePages();
          await sut.database.db.execute(sql`select directory_name_ranges_refresh(1)`);
        }
      } finally {
        SearchPlan.fetchCostPerService = cost;
      }
    });

    it('loads at least 300 sample services across all 27 Member States', async () => {
      const rows = await sut.database.db
        .select({ country: directoryServices.country, n: count() })
        .from(directoryServices)
        .where(eq(directoryServices.sample, true))
        .groupBy(directoryServices.country);
      const total = rows.reduce((n, r) => n + r.n, 0);

      expect(total).toBeGreaterThanOrEqual(300);
      expect(EU_MEMBER_STATES.filter((c) => !rows.some((r) => r.country === c))).toEqual([]);
      expect(rows.some((r) => r.country === 'NG')).toBe(true);
    });

    it('lists the seven EU agencies and the international organisations as real entries without phone numbers', async () => {
      const db = sut.database.db;
      const bodies = await db
        .select()
        .from(organisations)
        .where(inArray(organisations.type, ['eu_agency', 'international_organisation']));
      const contacts = await db
        .select()
        .from(directoryContacts)
        .where(
          inArray(
            directoryContacts.organisationId,
            bodies.map((b) => b.id),
          ),
        );
      const [phones] = await db
        .select({ n: count() })
        .from(directoryPhones)
        .where(
          inArray(
            directoryPhones.contactId,
            contacts.map((c) => c.id),
          ),
        );

      expect(bodies.map((b) => b.name).sort()).toEqual(
        PUBLIC_ENTRIES.filter((e) => e.type !== 'other')
          .map((e) => e.name)
          .sort(),
      );
      expect(bodies.filter((b) => b.type === 'eu_agency').map((b) => b.name)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('(CEPOL)'),
          expect.stringContaining('(EUAA)'),
          expect.stringContaining('(EIGE)'),
          expect.stringContaining('(Europol)'),
          expect.stringContaining('(Eurojust)'),
          expect.stringContaining('(FRA)'),
          expect.stringContaining('(Frontex)'),
        ]),
      );
      expect(bodies.every((b) => !b.sample && b.contactPhone === null && b.contactEmail === null && b.website)).toBe(
        true,
      );
      expect(contacts).toHaveLength(bodies.length);
      expect(contacts.every((c) => c.name === null && c.email === null && c.serviceId === null)).toBe(true);
      expect(phones!.n).toBe(0);
    });

    it('adds sample contacts for every Member State, some of them out of hours', async () => {
      const rows = await sut.database.db
        .select({
          role: directoryContacts.role,
          country: directoryContacts.country,
          outOfHours: directoryContacts.outOfHours,
        })
        .from(directoryContacts)
        .where(sql`${directoryContacts.serviceId} is null and ${directoryContacts.title} like '%(sample contact)'`);

      expect(new Set(rows.map((r) => r.country)).size).toBe(27);
      expect(new Set(rows.map((r) => r.role))).toEqual(
        new Set([
          'national_rapporteur',
          'referral_contact_point',
          'law_enforcement_unit',
          'labour_inspectorate',
          'media',
        ]),
      );
      expect(rows.some((r) => r.outOfHours)).toBe(true);
    });

    it('gives the demo member organisation services of its own and a suggestion to review', async () => {
      const db = sut.database.db;
      const [harbour] = await db.select().from(organisations).where(eq(organisations.name, 'Harbour Shelter Network'));
      const services = await db
        .select({ id: directoryServices.id, city: directoryServices.city })
        .from(directoryServices)
        .where(eq(directoryServices.organisationId, harbour!.id));
      const suggestions = await db
        .select()
        .from(directorySuggestions)
        .where(
          inArray(
            directorySuggestions.serviceId,
            services.map((s) => s.id),
          ),
        );

      expect(services.map((s) => s.city).sort()).toEqual(['Antwerpen', 'Gent', 'Rotterdam']);
      expect(suggestions).toHaveLength(1);
      expect(suggestions[0]).toMatchObject({ status: 'pending', submitterEmail: 'visitor@example.org' });
    });
  });
});

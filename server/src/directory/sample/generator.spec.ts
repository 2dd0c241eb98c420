import { EU_MEMBER_STATES, SERVICE_TYPES, serviceInputSchema } from '@thb/shared';
import {
  generateDirectory,
  generateDirectoryBatches,
  SAMPLE_THIRD_COUNTRIES,
  SampleDirectoryGenerator,
} from './generator';
import { LANGUAGE_PACKS } from './languages';
import { PUBLIC_ENTRIES } from './public-entries';
import { generateSampleContacts } from './sample-contacts';

const today = new Date('2026-11-20T10:00:00Z');

describe('generateDirectory', () => {
  const sut = generateDirectory({ count: 360, seed: 1, today });

  it('gives the same records for the same seed and different ones for another seed', () => {
    expect(generateDirectory({ count: 360, seed: 1, today })).toEqual(sut);
    const other = generateDirectory({ count: 360, seed: 2, today });
    expect(other.services.map((s) => s.id)).not.toEqual(sut.services.map((s) => s.id));
  });

  it('gives the same records whatever the batch size', () => {
    const batches = [...generateDirectoryBatches({ count: 360, seed: 1, today, batchSize: 50 })];

    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.services)).toEqual(sut.services);
    expect(batches.flatMap((b) => b.organisations)).toEqual(sut.organisations);
  });

  it('makes exactly the number of services asked for, each owned by a generated organisation', () => {
    const organisationIds = new Set(sut.organisations.map((o) => o.id));

    expect(sut.services).toHaveLength(360);
    expect(new Set(sut.services.map((s) => s.id)).size).toBe(360);
    expect(sut.services.every((s) => organisationIds.has(s.input.organisationId))).toBe(true);
  });

  it('covers all 27 Member States, the third countries and every service type', () => {
    const countries = new Set(sut.services.map((s) => s.input.location.country));
    const types = new Set(sut.services.flatMap((s) => s.input.serviceTypes));

    expect([...EU_MEMBER_STATES, ...SAMPLE_THIRD_COUNTRIES].filter((c) => !countries.has(c))).toEqual([]);
    expect(SERVICE_TYPES.filter((t) => !types.has(t))).toEqual([]);
  });

  it('writes records that the service input schema accepts unchanged', () => {
    for (const service of sut.services) {
      const parsed = serviceInputSchema.safeParse(service.input);

      expect(parsed.error?.issues).toBeUndefined();
      expect(parsed.data).toEqual(service.input);
    }
  });

  it('marks every organisation and service as sample data', () => {
    expect(sut.organisations.every((o) => o.sample && o.name.endsWith('(sample)'))).toBe(true);
    expect(sut.services.every((s) => s.sample)).toBe(true);
    for (const service of sut.services) {
      for (const [language, text] of Object.entries(service.input.description)) {
        expect(text).toContain(LANGUAGE_PACKS[language]!.phrases.sample);
      }
    }
  });

  it('writes in the local language and often in English too', () => {
    const languages = new Set(sut.services.flatMap((s) => Object.keys(s.input.name)));
    const withEnglish = sut.services.filter((s) => s.input.name.en).length;
    const german = sut.services.find((s) => s.input.location.country === 'DE')!;

    expect(languages.size).toBeGreaterThanOrEqual(20);
    expect(withEnglish / sut.services.length).toBeGreaterThan(0.4);
    expect(Object.keys(german.input.name)[0]).toBe('de');
  });

  it('never publishes where a shelter is', () => {
    const shelters = sut.services.filter((s) => s.input.serviceTypes.includes('shelter'));

    expect(shelters.length).toBeGreaterThan(10);
    expect(shelters.every((s) => s.input.visibility.location !== 'public')).toBe(true);
    expect(shelters.every((s) => s.input.capacity && s.input.capacity.available <= s.input.capacity.total)).toBe(true);
  });

  it('spreads verification over two years, some of it stale, and mixes statuses', () => {
    const ages = sut.services
      .filter((s) => s.assuredDate)
      .map((s) => (today.getTime() - Date.parse(s.assuredDate!)) / 86_400_000);
    const statuses = new Set(sut.services.map((s) => s.input.status));

    expect(Math.max(...ages)).toBeLessThanOrEqual(731);
    expect(ages.filter((a) => a > 365).length).toBeGreaterThan(30);
    expect(ages.filter((a) => a <= 365).length).toBeGreaterThan(150);
    expect([...statuses].sort()).toEqual(['active', 'inactive', 'temporarily_closed']);
    expect(sut.services.filter((s) => s.input.status === 'active').length / 360).toBeGreaterThan(0.8);
  });

  it('writes weekly hours, round-the-clock services, overnight spans and closed exceptions', () => {
    const schedules = sut.services.flatMap((s) => s.input.schedules);

    expect(sut.services.some((s) => s.input.open247 && s.input.schedules.length === 0)).toBe(true);
    expect(schedules.some((s) => s.byday && s.opensAt! > s.closesAt!)).toBe(true);
    expect(schedules.some((s) => s.closed && s.validFrom && s.validTo)).toBe(true);
  });

  it('gives telephone numbers in E.164 from fictional ranges, and contacts reachable out of hours', () => {
    const numbers = sut.services.flatMap((s) => [...s.input.phones, ...s.input.contacts.flatMap((c) => c.phones)]);
    const german = numbers.filter((p) => p.number.startsWith('+49'));

    expect(numbers.every((p) => /^\+[1-9]\d{6,14}$/.test(p.number))).toBe(true);
    expect(german.length).toBeGreaterThan(0);
    expect(german.every((p) => /^\+49(3023125|6990009|4066969|2214710|8999998)\d{3}$/.test(p.number))).toBe(true);
    expect(sut.services.some((s) => s.input.contacts.some((c) => c.outOfHours && c.phones.length > 0))).toBe(true);
  });
});

describe('SampleDirectoryGenerator.servicesFor', () => {
  it('makes services for an existing organisation in the cities and of the types asked for', () => {
    const sut = new SampleDirectoryGenerator({ seed: 3, today });
    const owner = {
      id: '6f9f2c64-0d8e-4a41-9d1e-3c1b7b0e5a11',
      name: 'Harbour',
      website: 'https://harbour.example.org',
    };

    const services = sut.servicesFor(owner, [
      { city: 'Antwerpen', type: 'shelter' },
      { city: 'Rotterdam', type: 'legal' },
    ]);

    expect(services.map((s) => [s.input.location.city, s.input.serviceTypes[0], s.input.organisationId])).toEqual([
      ['Antwerpen', 'shelter', owner.id],
      ['Rotterdam', 'legal', owner.id],
    ]);
    expect(services[0]!.input.email).toMatch(/@harbour\.example\.org$/);
  });
});

describe('generateSampleContacts', () => {
  const sut = generateSampleContacts({ seed: 1 });

  it('names five bodies per Member State, all marked as sample contacts', () => {
    expect(sut).toHaveLength(27 * 5);
    expect(new Set(sut.map((b) => b.organisation.countries[0])).size).toBe(27);
    expect(sut.every((b) => b.organisation.sample && b.organisation.name.endsWith('(sample)'))).toBe(true);
    expect(sut.flatMap((b) => b.contacts).every((c) => c.title!.includes('(sample contact)'))).toBe(true);
  });

  it('covers every contact role a Member State has, with some people, phones and out-of-hours contacts', () => {
    const contacts = sut.flatMap((b) => b.contacts);

    expect(new Set(contacts.map((c) => c.role))).toEqual(
      new Set([
        'national_rapporteur',
        'referral_contact_point',
        'law_enforcement_unit',
        'labour_inspectorate',
        'media',
      ]),
    );
    expect(contacts.some((c) => c.name)).toBe(true);
    expect(contacts.some((c) => c.outOfHours && c.phones.length > 0)).toBe(true);
  });
});

describe('PUBLIC_ENTRIES', () => {
  it('lists the seven JHA agencies and the international organisations with public websites only', () => {
    const agencies = PUBLIC_ENTRIES.filter((e) => e.type === 'eu_agency').map((e) => e.key);

    expect(agencies.sort()).toEqual(['cepol', 'eige', 'euaa', 'eurojust', 'europol', 'fra', 'frontex']);
    expect(PUBLIC_ENTRIES.filter((e) => e.type === 'international_organisation').length).toBeGreaterThanOrEqual(8);
    expect(PUBLIC_ENTRIES.every((e) => e.website.startsWith('https://'))).toBe(true);
    expect(JSON.stringify(PUBLIC_ENTRIES)).not.toMatch(/\+\d{6,}|@/);
  });
});

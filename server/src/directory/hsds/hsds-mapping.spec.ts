import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FIELD_VISIBILITY, type ServiceDetail, serviceInputSchema } from '@thb/shared';
import { childId, uuidV5 } from './hsds-ids';
import {
  codeLabel,
  countryCodeOf,
  fromHsdsOrganization,
  fromHsdsService,
  HSDS_TAXONOMIES,
  hsdsPage,
  languageCodeOf,
  normaliseE164,
  primaryLanguage,
  type ServiceExportContext,
  spreadsheetSafe,
  taxonomyTermId,
  toCsvRow,
  toHsdsService,
  toHsdsServiceListItem,
} from './hsds-mapping';
import { hsdsErrors } from './hsds-schemas';
import { type HsdsService } from './hsds-types';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/hsds');
const example = (file: string) => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as HsdsService;

const SERVICE_ID = '0b6c4f0e-6a53-4f1a-9d0e-0c8b6f3f9a01';
const ORG_ID = '5d3a2c1b-7e8f-4a6b-9c0d-1e2f3a4b5c6d';
const CONTACT_ID = '9e8d7c6b-5a49-4382-a716-b5c4d3e2f1a0';

function detail(overrides: Partial<ServiceDetail> = {}): ServiceDetail {
  return {
    id: SERVICE_ID,
    organisation: { id: ORG_ID, name: 'Harbour Shelter Network', type: 'ngo', website: 'https://harbour.example' },
    name: { de: 'Frauenhaus Nord', en: 'North women’s shelter' },
    description: { de: 'Schutz für Frauen und Kinder.', en: 'Shelter for women and children.' },
    displayName: 'North women’s shelter',
    url: 'https://harbour.example/north',
    email: 'north@harbour.example',
    status: 'temporarily_closed',
    serviceTypes: ['shelter', 'counselling'],
    groupsServed: ['women', 'women_with_children'],
    exploitationForms: ['sexual'],
    languages: ['de', 'en'],
    minimumAge: 18,
    maximumAge: null,
    eligibleGender: 'women',
    eligibilityDescription: 'Women over 18, with or without children.',
    free: true,
    feesDescription: null,
    accessModes: ['hotline', 'referral_only'],
    acceptsSelfReferral: false,
    interpretationAvailable: true,
    open247: false,
    openNow: false,
    capacity: { available: 2, total: 12, updatedAt: '2026-11-01T10:00:00.000Z' },
    location: {
      locationType: 'physical',
      name: 'Haus Nord',
      city: 'Hamburg',
      region: 'Hamburg',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      address1: 'Geheimweg 7',
      address2: null,
      postalCode: '20095',
      latitude: 53.55108,
      longitude: 9.99368,
      precision: 'exact',
      accessibility: 'Step-free entrance',
      transportation: null,
    },
    serviceAreas: ['AT'],
    phones: [{ number: '+494012345678', extension: '12', type: 'voice', description: 'Hotline', languages: ['de'] }],
    schedules: [
      {
        byday: 'MO',
        opensAt: '09:00',
        closesAt: '17:00',
        validFrom: null,
        validTo: null,
        closed: false,
        description: null,
      },
      {
        byday: null,
        opensAt: '20:00',
        closesAt: '08:00',
        validFrom: null,
        validTo: null,
        closed: false,
        description: 'Night line',
      },
      {
        byday: null,
        opensAt: null,
        closesAt: null,
        validFrom: '2026-12-24',
        validTo: '2026-12-26',
        closed: true,
        description: 'Christmas',
      },
    ],
    contacts: [
      {
        id: CONTACT_ID,
        organisation: null,
        serviceId: SERVICE_ID,
        name: 'Anna Example',
        title: 'Coordinator',
        department: null,
        email: 'anna@harbour.example',
        phones: [{ number: '+494087654321', extension: null, type: 'cell', description: null, languages: [] }],
        role: 'service_provider',
        country: 'DE',
        outOfHours: true,
      },
    ],
    visibility: { ...DEFAULT_FIELD_VISIBILITY, location: 'members' },
    hidden: [],
    assuredDate: '2026-10-01',
    assurer: 'Test Coordinator',
    stale: false,
    lastModified: '2026-11-02T08:30:00.000Z',
    sample: false,
    canEdit: true,
    ...overrides,
  };
}

function context(overrides: Partial<ServiceExportContext> = {}): ServiceExportContext {
  return {
    organisation: {
      id: ORG_ID,
      name: 'Harbour Shelter Network',
      type: 'ngo',
      website: 'https://harbour.example',
      description: { en: 'Shelters on the coast.' },
    },
    locationId: '2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7',
    assurerEmail: 'coordinator@test.example',
    changes: [],
    signedIn: true,
    ...overrides,
  };
}

/** What a visitor's detail looks like for the same record (city-level location, no contacts or capacity). */
function visitorDetail(): ServiceDetail {
  const full = detail();
  return {
    ...full,
    capacity: null,
    contacts: [],
    location: {
      ...full.location,
      name: null,
      address1: null,
      address2: null,
      postalCode: null,
      latitude: 53.6,
      longitude: 10,
      precision: 'city',
    },
    hidden: ['location', 'contacts', 'capacity'],
    assurer: null,
    canEdit: false,
  };
}

describe('HSDS ids', () => {
  it('makes RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derives the same child id from the same parent, kind and position, and different ones otherwise', () => {
    expect(childId(SERVICE_ID, 'phone', 0)).toBe(childId(SERVICE_ID, 'phone', 0));
    expect(childId(SERVICE_ID, 'phone', 0)).not.toBe(childId(SERVICE_ID, 'phone', 1));
    expect(childId(SERVICE_ID, 'phone', 0)).not.toBe(childId(SERVICE_ID, 'schedule', 0));
  });
});

describe('export to HSDS', () => {
  it('writes a service the HSDS schema accepts, fully nested', () => {
    const sut = toHsdsService(detail(), context());

    expect(hsdsErrors('service', sut)).toEqual([]);
    expect(hsdsErrors('service_list', toHsdsServiceListItem(sut))).toEqual([]);
  });

  it('writes `temporarily closed` with a space, as HSDS spells it', () => {
    expect(toHsdsService(detail(), context()).status).toBe('temporarily closed');
  });

  it('gives name and description in the first language the service speaks, the others as x_translations', () => {
    const sut = toHsdsService(detail(), context());

    expect(sut).toMatchObject({
      name: 'Frauenhaus Nord',
      description: 'Schutz für Frauen und Kinder.',
      x_text_language: 'de',
      x_translations: { en: { name: 'North women’s shelter', description: 'Shelter for women and children.' } },
    });
    expect(primaryLanguage({ fr: 'Nom' }, ['de'])).toBe('fr');
    expect(primaryLanguage({ fr: 'Nom', en: 'Name' }, [])).toBe('en');
  });

  it('writes types, groups, forms and ways of access as attributes of the platform’s taxonomies, with stable ids', () => {
    const sut = toHsdsService(detail(), context());
    const codes = (sut.attributes ?? []).map((a) => [a.link_type, a.taxonomy_term?.code]);

    expect(codes).toEqual([
      ['thb_service_type', 'shelter'],
      ['thb_service_type', 'counselling'],
      ['thb_group_served', 'women'],
      ['thb_group_served', 'women_with_children'],
      ['thb_exploitation_form', 'sexual'],
      ['thb_access_mode', 'hotline'],
      ['thb_access_mode', 'referral_only'],
    ]);
    expect(sut.attributes![0]!.taxonomy_term_id).toBe(taxonomyTermId(HSDS_TAXONOMIES.serviceTypes, 'shelter'));
    expect(toHsdsService(detail(), context()).attributes).toEqual(sut.attributes);
    expect(codeLabel('women_with_children')).toBe('Women with children');
  });

  it('writes opening hours as weekly schedules and exceptions with dates', () => {
    const sut = toHsdsService(detail(), context()).schedules;

    expect(sut).toEqual([
      { id: childId(SERVICE_ID, 'schedule', 0), freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' },
      {
        id: childId(SERVICE_ID, 'schedule', 1),
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR,SA,SU',
        opens_at: '20:00',
        closes_at: '08:00',
        description: 'Night line',
      },
      {
        id: childId(SERVICE_ID, 'schedule', 2),
        valid_from: '2026-12-24',
        valid_to: '2026-12-26',
        description: 'Christmas',
        x_closed: true,
      },
    ]);
  });

  it('writes languages with ISO 639-1 codes and names, phones with their languages', () => {
    const sut = toHsdsService(detail(), context());

    expect(sut.languages).toEqual([
      { id: childId(SERVICE_ID, 'language', 0), name: 'German', code: 'de' },
      { id: childId(SERVICE_ID, 'language', 1), name: 'English', code: 'en' },
    ]);
    expect(sut.phones![0]).toMatchObject({ number: '+494012345678', extension: 12, type: 'voice' });
    expect(sut.phones![0]!.languages![0]).toMatchObject({ code: 'de' });
  });

  it('gives city-level viewers an address with city, region and country only, and the rounded position', () => {
    const sut = toHsdsService(visitorDetail(), context({ assurerEmail: null, signedIn: false }));
    const json = JSON.stringify(sut);

    const location = sut.service_at_locations![0]!.location!;
    expect(location).toMatchObject({ latitude: 53.6, longitude: 10, x_precision: 'city' });
    expect(location.addresses![0]).toMatchObject({
      address_1: '',
      postal_code: '',
      city: 'Hamburg',
      region: 'Hamburg',
      country: 'DE',
    });
    for (const secret of ['Geheimweg', '20095', '53.55108', '9.99368', 'Haus Nord', 'anna@', 'assurer_email']) {
      expect(json).not.toContain(secret);
    }
    expect(sut.metadata).toBeUndefined();
    expect(sut.x_visibility).toBeUndefined();
    expect(sut.x_hidden).toEqual(['location', 'contacts', 'capacity']);
    expect(sut.x_view).toBe('public');
    expect(hsdsErrors('service', sut)).toEqual([]);
  });

  it('gives the change trail as metadata to those who may edit the record only', () => {
    const change = {
      id: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
      resourceId: SERVICE_ID,
      resourceType: 'service',
      lastActionDate: new Date('2026-11-02T08:30:00Z'),
      lastActionType: 'update',
      fieldName: 'phones',
      previousValue: '[]',
      replacementValue: '[{"number":"+494012345678"}]',
      updatedBy: 'Test <t@test.example>',
    };

    const editor = toHsdsService(detail(), context({ changes: [change] }));
    const member = toHsdsService(detail({ canEdit: false }), context({ changes: [change] }));

    expect(editor.metadata).toEqual([
      expect.objectContaining({ field_name: 'phones', last_action_date: '2026-11-02T08:30:00.000Z' }),
    ]);
    expect(member.metadata).toBeUndefined();
  });

  it('puts a page in the HSDS envelope', () => {
    expect(hsdsPage(['a', 'b'], 5, 2, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 2,
      size: 2,
      first_page: false,
      last_page: false,
      empty: false,
      contents: ['a', 'b'],
    });
    expect(hsdsPage([], 0, 1, 50)).toMatchObject({ total_pages: 0, first_page: true, last_page: true, empty: true });
  });

  it('writes CSV rows from what the viewer may see, with formulas neutralised', () => {
    const sut = toCsvRow(visitorDetail());

    expect(sut).toMatchObject({ id: SERVICE_ID, name: 'Frauenhaus Nord', address_1: null, city: 'Hamburg' });
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetSafe('Hamburg')).toBe('Hamburg');
  });
});

describe('import from HSDS', () => {
  const options = { language: 'en', organisationId: ORG_ID };

  it('reads back what it exports: the same platform input', () => {
    const exported = toHsdsService(detail(), context());

    const sut = fromHsdsService(exported, options);

    expect(sut.reasons).toEqual([]);
    expect(sut.warnings).toEqual([]);
    const input = serviceInputSchema.parse(sut.value!.draft);
    const original = detail();
    expect(input).toMatchObject({
      name: original.name,
      description: original.description,
      status: 'temporarily_closed',
      serviceTypes: original.serviceTypes,
      groupsServed: original.groupsServed,
      exploitationForms: original.exploitationForms,
      accessModes: original.accessModes,
      languages: original.languages,
      acceptsSelfReferral: false,
      interpretationAvailable: true,
      eligibleGender: 'women',
      capacity: { available: 2, total: 12 },
      serviceAreas: ['AT'],
      visibility: original.visibility,
      phones: original.phones,
      schedules: original.schedules,
    });
    expect(input.location).toEqual({
      ...original.location,
      precision: undefined,
    } as unknown as typeof input.location);
    expect(input.contacts[0]).toMatchObject({ name: 'Anna Example', role: 'service_provider', outOfHours: true });
    expect(sut.value).toMatchObject({
      assuredDate: '2026-10-01',
      assurerEmail: 'coordinator@test.example',
      locationId: context().locationId,
    });
  });

  it('maps the HSDS example service, leaving out what the platform cannot keep, with warnings', () => {
    const sut = fromHsdsService(example('service_full.json'), options);

    expect(sut.reasons).toEqual([]);
    const draft = sut.value!.draft;
    expect(draft.phones).toEqual([expect.objectContaining({ number: '+441234234567', extension: '100' })]);
    expect(draft.schedules.map((s) => s.byday)).toEqual(['TH', 'FR']);
    expect(draft.contacts).toHaveLength(1);
    expect(draft.languages).toEqual(['ur']);
    expect(draft.serviceTypes).toEqual(['counselling']);
    expect(draft.free).toBe(false);
    expect(draft.location).toMatchObject({ city: 'MyCity', country: 'US', latitude: null, longitude: null });
    expect(sut.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('latitude 100, longitude 101'),
        expect.stringContaining('counselling assumed'),
        expect.stringContaining('service_areas'),
      ]),
    );
    expect(serviceInputSchema.safeParse(draft).success).toBe(true);
  });

  it('rejects a new service without an address, but keeps the stored location of an existing one', () => {
    const listItem = example('service_list.json') as unknown as { contents: HsdsService[] };
    const service = listItem.contents[0]!;

    expect(fromHsdsService(service, options).reasons).toEqual([expect.stringContaining('location')]);

    const stored = fromHsdsService(example('service_full.json'), options).value!;
    const input = serviceInputSchema.parse(stored.draft);
    const sut = fromHsdsService(service, {
      ...options,
      stored: {
        input: { ...input, phones: stored.draft.phones, schedules: [], contacts: [] } as never,
        locationId: 'x',
      },
    });
    expect(sut.reasons).toEqual([]);
    expect(sut.value!.draft.location).toEqual(input.location);
    expect(sut.value!.draft.phones).toEqual(stored.draft.phones);
  });

  it('maps an organisation, its description in the import language', () => {
    const sut = fromHsdsOrganization(example('organization_full.json') as never, { language: 'fr' });

    expect(sut.value).toMatchObject({
      id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      name: 'Example Organization Inc.',
      description: { fr: expect.stringContaining('non-profit') },
      website: 'http://example.com',
      email: 'email@example.com',
    });
  });

  it('reads phone numbers in E.164 form, or not at all', () => {
    expect(normaliseE164('"+44 1234 234567"')).toBe('+441234234567');
    expect(normaliseE164('0032 (2) 299-11-11')).toBe('+3222991111');
    expect(normaliseE164('020 7946 0000')).toBeNull();
  });

  it('reads language and country codes and English names', () => {
    expect(languageCodeOf({ code: 'eng' })).toBe('en');
    expect(languageCodeOf({ code: 'ger' })).toBe('de');
    expect(languageCodeOf({ name: 'Urdu' })).toBe('ur');
    expect(languageCodeOf({ code: 'xx-unknown' })).toBeNull();
    expect(countryCodeOf('be')).toBe('BE');
    expect(countryCodeOf('Belgium')).toBe('BE');
    expect(countryCodeOf('the MyCity area')).toBeNull();
  });
});

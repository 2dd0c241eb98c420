import {
  type AccessMode,
  EU_MEMBER_STATES,
  type ExploitationForm,
  type FieldVisibility,
  type GroupServed,
  type OrganisationType,
  type Phone,
  type Schedule,
  SERVICE_TYPES,
  type ServiceType,
  type Visibility,
  type Weekday,
} from '@thb/shared';
import { type ServiceRecord } from '../directory-records.repository';
import { SAMPLE_CITIES, type SampleCity } from './cities';
import { fictionalNumber, SAMPLE_COUNTRIES, type SampleCountry } from './countries';
import { LANGUAGE_PACKS, type LanguagePack, PEOPLE_BY_COUNTRY } from './languages';
import { SeededRandom } from './random';

/** An organisation to insert into `organisations`: directory-only (no membership), marked as sample data. */
export interface SampleOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  countries: string[];
  website: string | null;
  description: Record<string, string>;
  languages: string[];
  services: ServiceType[];
  contactEmail: string | null;
  contactPhone: string | null;
  sample: boolean;
}

export interface SampleDirectory {
  organisations: SampleOrganisation[];
  services: ServiceRecord[];
}

export interface GenerateOptions {
  /** Number of services. */
  count: number;
  seed?: number;
  /** "Now" for verification dates, capacity updates and schedule exceptions; fixed in tests. */
  today?: Date;
}

/** Third countries of origin and partners named in the Strategy 2012–2016 and its follow-up. */
export const SAMPLE_THIRD_COUNTRIES = ['NG', 'VN', 'UA', 'AL', 'MD', 'RS', 'MA'] as const;

/** The first organisations go to these countries in turn, so that any run of ≥ 34 services covers them all. */
const COVERAGE_COUNTRIES: readonly string[] = [...EU_MEMBER_STATES, ...SAMPLE_THIRD_COUNTRIES];

/** Countries people are most often trafficked from into the EU (Strategy 2012–2016, section 1; Eurostat). */
const ORIGIN_COUNTRIES = ['RO', 'BG', 'HU', 'PL', 'NG', 'VN', 'UA', 'AL', 'MD', 'MA', 'SK', 'RS'];

/** Languages of people the services meet, besides the local ones. */
const COMMUNITY_LANGUAGES = [
  'en',
  'fr',
  'ro',
  'bg',
  'ru',
  'uk',
  'ar',
  'es',
  'pt',
  'vi',
  'zh',
  'ti',
  'so',
  'yo',
  'sq',
  'tr',
  'fa',
  'hu',
  'pl',
];

const PRIMARY_TYPE_WEIGHTS: readonly (readonly [ServiceType, number])[] = [
  ['shelter', 14],
  ['counselling', 14],
  ['legal', 10],
  ['psychological', 8],
  ['reintegration', 8],
  ['medical', 6],
  ['child_protection', 6],
  ['identification_referral', 6],
  ['material_assistance', 5],
  ['safe_return', 5],
  ['hotline', 5],
  ['interpretation', 4],
  ['residence_support', 4],
  ['compensation', 3],
  ['witness_protection', 2],
];

/** Services that commonly come together with a given one. */
const RELATED_TYPES: Record<ServiceType, readonly ServiceType[]> = {
  shelter: ['material_assistance', 'psychological', 'medical', 'counselling', 'child_protection', 'interpretation'],
  material_assistance: ['counselling', 'shelter', 'reintegration'],
  medical: ['psychological', 'counselling'],
  psychological: ['counselling', 'medical'],
  counselling: ['legal', 'residence_support', 'interpretation', 'identification_referral'],
  interpretation: ['counselling', 'legal'],
  legal: ['compensation', 'residence_support', 'witness_protection', 'counselling'],
  compensation: ['legal', 'counselling'],
  residence_support: ['legal', 'counselling'],
  witness_protection: ['legal', 'psychological'],
  child_protection: ['shelter', 'psychological', 'legal'],
  reintegration: ['counselling', 'material_assistance'],
  safe_return: ['reintegration', 'counselling', 'material_assistance'],
  hotline: ['identification_referral', 'counselling'],
  identification_referral: ['counselling', 'hotline', 'legal'],
};

const SHELTER_TYPES = new Set<ServiceType>(['shelter', 'child_protection']);

interface ContactFunction {
  title: string;
  mailbox: string;
  outOfHours?: boolean;
  types?: readonly ServiceType[];
}

const CONTACT_FUNCTIONS: readonly ContactFunction[] = [
  { title: 'Duty officer', mailbox: 'duty', outOfHours: true },
  { title: 'Shelter coordinator', mailbox: 'shelter', types: ['shelter'] },
  { title: 'Intake social worker', mailbox: 'intake' },
  {
    title: 'Legal adviser',
    mailbox: 'legal',
    types: ['legal', 'compensation', 'residence_support', 'witness_protection'],
  },
  { title: 'Cultural mediator', mailbox: 'mediation' },
  { title: 'Psychologist', mailbox: 'therapy', types: ['psychological'] },
  { title: 'Programme manager', mailbox: 'office' },
  { title: 'Outreach worker', mailbox: 'outreach' },
  { title: 'Child protection officer', mailbox: 'children', types: ['child_protection'] },
  { title: 'Hotline supervisor', mailbox: 'hotline', outOfHours: true, types: ['hotline'] },
];

const ELIGIBILITY_NOTES = [
  'Adults who may be victims of trafficking, whatever their nationality or residence status.',
  'Identified or presumed victims referred through the national referral mechanism.',
  'Children under 18 and young people up to 21 leaving care.',
  'Men and women exploited for labour, including posted and seasonal workers.',
];

const ACCESSIBILITY_NOTES = [
  'Step-free access; lift to all floors.',
  'Ground floor, wheelchair accessible; accessible toilet.',
  'Steps at the entrance; a ramp is available on request.',
];

const TRANSPORT_NOTES = [
  'Tram and bus stops within 300 m.',
  'Ten minutes on foot from the main railway station.',
  'Metro station nearby; free parking behind the building.',
];

const DAY_MS = 86_400_000;
const WORKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ALL_DAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Letters that do not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ħ: 'h', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i' };

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[łđħßøæœı]/g, (c) => LETTERS[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function schedule(fields: Partial<Schedule>): Schedule {
  return {
    byday: null,
    opensAt: null,
    closesAt: null,
    validFrom: null,
    validTo: null,
    closed: false,
    description: null,
    ...fields,
  };
}

function weekly(days: readonly Weekday[], opensAt: string, closesAt: string): Schedule[] {
  return days.map((byday) => schedule({ byday, opensAt, closesAt }));
}

/** The organisation a run of services belongs to, and what its services share. */
interface Owner {
  id: string;
  name: string;
  domain: string;
  home: SampleCity;
}

/**
 * Generates a realistic, reproducible sample directory: organisations in real cities of the 27 Member States
 * and seven third countries, each with one to eight services written in the local language (and often in
 * English). One seeded stream drives every choice, so a seed always gives the same records in the same order.
 */
export class SampleDirectoryGenerator {
  private readonly random: SeededRandom;
  private readonly today: Date;
  private readonly now: number;
  private organisationCount = 0;
  private serviceCount = 0;
  private readonly citiesByCountry = new Map<string, SampleCity[]>();
  private readonly countryWeights: [string, number][];

  constructor(options: { seed?: number; today?: Date } = {}) {
    this.random = new SeededRandom(options.seed ?? 1);
    const today = options.today ?? new Date();
    this.now = today.getTime();
    this.today = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    for (const city of SAMPLE_CITIES) {
      this.citiesByCountry.set(city.country, [...(this.citiesByCountry.get(city.country) ?? []), city]);
    }
    const third = new Set<string>(SAMPLE_THIRD_COUNTRIES);
    const sums = [...this.citiesByCountry].map(([code, cities]) => ({
      code,
      weight: cities.reduce((s, c) => s + c.weight, 0),
    }));
    const euTotal = sums.filter((s) => !third.has(s.code)).reduce((s, c) => s + c.weight, 0);
    const thirdTotal = sums.filter((s) => third.has(s.code)).reduce((s, c) => s + c.weight, 0);
    // About one service in twelve is outside the EU; small Member States get a floor so they are not empty.
    this.countryWeights = sums.map(({ code, weight }) => [
      code,
      third.has(code) ? (weight / thirdTotal) * euTotal * 0.09 : Math.max(weight, euTotal * 0.006),
    ]);
  }

  /** The next organisation and its services (at most `maxServices`). */
  nextOrganisation(maxServices = Number.POSITIVE_INFINITY): SampleDirectory & { organisation: SampleOrganisation } {
    const r = this.random;
    const index = this.organisationCount++;
    const countryCode =
      index < COVERAGE_COUNTRIES.length ? COVERAGE_COUNTRIES[index]! : r.weighted(this.countryWeights);
    const cities = this.citiesByCountry.get(countryCode)!;
    const home = r.weighted(cities.map((c) => [c, c.weight] as const));
    const language = this.mainLanguage(home);
    const pack = LANGUAGE_PACKS[language]!;
    const word = r.pick(pack.organisationWords);
    const baseName = r
      .pick(pack.organisationPatterns)
      .replace('{word}', word)
      .replace('{city}', this.cityName(home, language));
    const name = `${baseName} (sample)`;
    const nameSlug = slug(baseName);
    const domain = `${nameSlug.length >= 3 ? nameSlug : `${slug(home.name)}-ngo`}-${index + 1}.example.org`;
    const owner: Owner = { id: r.uuid(), name, domain, home };

    const wanted =
      index < COVERAGE_COUNTRIES.length
        ? 1
        : r.weighted([
            [1, 40],
            [2, 25],
            [3, 15],
            [4, 10],
            [5, 4],
            [6, 3],
            [7, 2],
            [8, 1],
          ] as const);
    const services: ServiceRecord[] = [];
    for (let i = 0; i < Math.min(wanted, maxServices); i++) {
      const city = i === 0 || r.chance(0.7) ? home : r.pick(cities);
      services.push(this.service(owner, city, this.nextPrimaryType()));
    }
    const country = SAMPLE_COUNTRIES[countryCode]!;
    const primary = services[0]!.input.serviceTypes[0]!;
    const description: Record<string, string> = { [language]: `${pack.types[primary][1]} ${pack.phrases.sample}` };
    if (language !== 'en') {
      description.en = `${LANGUAGE_PACKS.en!.types[primary][1]} ${LANGUAGE_PACKS.en!.phrases.sample}`;
    }
    const organisation: SampleOrganisation = {
      id: owner.id,
      name,
      type: r.weighted([
        ['ngo', 70],
        ['service_provider', 25],
        ['other', 5],
      ] as const),
      countries: [countryCode],
      website: `https://${domain}`,
      description,
      languages: unique([language, 'en']),
      services: unique(services.flatMap((s) => s.input.serviceTypes)),
      contactEmail: `info@${domain}`,
      contactPhone: r.chance(0.6) ? fictionalNumber(country, r) : null,
      sample: true,
    };
    return { organisation, organisations: [organisation], services };
  }

  /**
   * Services for an organisation that exists already (a demo member), in the given cities and of the given
   * primary types.
   */
  servicesFor(
    owner: { id: string; name: string; website: string | null },
    specs: readonly { city: string; type: ServiceType }[],
  ): ServiceRecord[] {
    return specs.map(({ city: cityName, type }) => {
      const city = SAMPLE_CITIES.find((c) => c.name === cityName);
      if (!city) {
        throw new Error(`no sample city named ${cityName}`);
      }
      const domain = owner.website ? new URL(owner.website).hostname : `${slug(owner.name)}.example.org`;
      return this.service({ id: owner.id, name: owner.name, domain, home: city }, city, type);
    });
  }

  private nextPrimaryType(): ServiceType {
    const index = this.serviceCount++;
    return index < SERVICE_TYPES.length ? SERVICE_TYPES[index]! : this.random.weighted(PRIMARY_TYPE_WEIGHTS);
  }

  /** The language records in this city are written in: its first language the generator can write. */
  private mainLanguage(city: SampleCity): string {
    return city.languages.find((l) => LANGUAGE_PACKS[l]) ?? 'en';
  }

  private cityName(city: SampleCity, language: string): string {
    return city.localName && language === this.mainLanguage(city) ? city.localName : city.name;
  }

  private textLanguages(city: SampleCity): string[] {
    const r = this.random;
    const local = city.languages.filter((l) => LANGUAGE_PACKS[l]);
    const languages = [local[0] ?? 'en'];
    const second = local[1];
    if (second && r.chance(second === 'ga' ? 0.15 : 0.5)) {
      languages.push(second);
    }
    const memberState = SAMPLE_COUNTRIES[city.country]!.memberState;
    if (!languages.includes('en') && r.chance(memberState ? 0.55 : 0.85)) {
      languages.push('en');
    }
    return languages;
  }

  private service(owner: Owner, city: SampleCity, primary: ServiceType): ServiceRecord {
    const r = this.random;
    const country = SAMPLE_COUNTRIES[city.country]!;
    const secondary = r.sample(
      RELATED_TYPES[primary],
      r.weighted([
        [0, 30],
        [1, 40],
        [2, 20],
        [3, 10],
      ] as const),
    );
    const serviceTypes = unique([primary, ...secondary]);
    const isShelter = serviceTypes.some((t) => SHELTER_TYPES.has(t));

    // Who the service is for.
    const focus =
      primary === 'shelter'
        ? r.weighted([
            ['women', 55],
            ['men', 15],
            ['mixed', 30],
          ] as const)
        : primary === 'child_protection'
          ? 'children'
          : r.weighted([
              ['mixed', 70],
              ['labour', 20],
              ['women', 10],
            ] as const);
    const { groupsServed, exploitationForms, eligibleGender, minimumAge, maximumAge } = this.eligibility(focus);
    const textKey = primary === 'shelter' && focus === 'women' ? 'shelter_women' : primary;

    const open247 = r.chance(
      primary === 'hotline' ? 0.7 : primary === 'shelter' ? 0.6 : primary === 'identification_referral' ? 0.3 : 0.03,
    );
    const accessModes = this.accessModes(primary, isShelter);
    const acceptsSelfReferral = !accessModes.includes('referral_only') && r.chance(0.92);
    const free = r.chance(0.9);
    const interpretationAvailable = serviceTypes.includes('interpretation') || r.chance(0.5);
    const status = r.weighted([
      ['active', 88],
      ['temporarily_closed', 7],
      ['inactive', 5],
    ] as const);

    // Names and descriptions, in each language the record is written in.
    const languages = this.textLanguages(city);
    const name: Record<string, string> = {};
    const description: Record<string, string> = {};
    for (const language of languages) {
      const pack: LanguagePack = LANGUAGE_PACKS[language]!;
      name[language] = `${pack.types[textKey][0]} – ${this.cityName(city, language)}`;
      const sentences = [pack.types[textKey][1]];
      if (secondary[0]) {
        sentences.push(pack.types[secondary[0]][1]);
      }
      sentences.push(free ? pack.phrases.free : pack.phrases.fees);
      if (interpretationAvailable) {
        sentences.push(pack.phrases.interpretation);
      }
      if (open247) {
        sentences.push(pack.phrases.open247);
      }
      sentences.push(acceptsSelfReferral ? pack.phrases.selfReferral : pack.phrases.referralOnly);
      sentences.push(pack.phrases.sample);
      description[language] = sentences.join(' ');
    }
    const mainPack = LANGUAGE_PACKS[languages[0]!]!;
    const spoken = unique([
      ...city.languages,
      ...(languages.includes('en') || r.chance(0.7) ? ['en'] : []),
      ...r.sample(COMMUNITY_LANGUAGES, r.int(0, 3)),
    ]);

    const people = PEOPLE_BY_COUNTRY[city.country] ?? mainPack.people;
    const virtual = primary === 'hotline' && r.chance(0.4);
    const capacityTotal = isShelter ? r.int(4, 40) : 0;
    const assuredDaysAgo = r.chance(0.7) ? r.int(0, 364) : r.int(365, 730);
    const assured = r.chance(0.97) ? new Date(this.today.getTime() - assuredDaysAgo * DAY_MS) : null;
    const sinceAssured = assured ? Math.min(r.int(0, 60), assuredDaysAgo) : r.int(0, 400);
    const lastModified = new Date(
      Math.min(
        this.now,
        (assured ?? this.today).getTime() +
          (assured ? sinceAssured : -sinceAssured) * DAY_MS +
          r.int(8, 17) * 3_600_000,
      ),
    );

    return {
      id: r.uuid(),
      sample: true,
      assuredDate: assured ? isoDate(assured) : null,
      assurerName: assured ? `${r.pick(people)} (sample)` : null,
      assurerEmail: null,
      lastModified,
      capacityUpdatedAt: isShelter ? new Date(this.today.getTime() - r.int(0, 30) * DAY_MS) : null,
      input: {
        organisationId: owner.id,
        name,
        description,
        url: `https://${owner.domain}/${slug(LANGUAGE_PACKS.en!.types[textKey][0])}`,
        email: `${r.pick(['info', 'contact', 'help', 'office'])}@${owner.domain}`,
        status,
        serviceTypes,
        groupsServed,
        exploitationForms,
        languages: spoken,
        minimumAge,
        maximumAge,
        eligibleGender,
        eligibilityDescription: r.chance(0.3) ? r.pick(ELIGIBILITY_NOTES) : null,
        free,
        feesDescription: free ? null : mainPack.phrases.fees,
        accessModes,
        acceptsSelfReferral,
        interpretationAvailable,
        open247,
        capacity: isShelter ? { available: r.chance(0.2) ? 0 : r.int(0, capacityTotal), total: capacityTotal } : null,
        location: {
          locationType: virtual ? 'virtual' : 'physical',
          name: null,
          address1: virtual ? null : this.address(mainPack),
          address2: null,
          postalCode: virtual ? null : country.postalCode(r),
          city: city.name,
          region: city.region,
          country: city.country,
          // Within about 3 km of the centre: the city is real, the building is not.
          latitude: virtual ? city.latitude : round(city.latitude + (r.next() - 0.5) * 0.05, 6),
          longitude: virtual ? city.longitude : round(city.longitude + (r.next() - 0.5) * 0.075, 6),
          timeZone: city.timeZone,
          accessibility: virtual || !r.chance(0.4) ? null : r.pick(ACCESSIBILITY_NOTES),
          transportation: virtual || !r.chance(0.3) ? null : r.pick(TRANSPORT_NOTES),
        },
        serviceAreas: this.serviceAreas(primary, city.country),
        phones: this.phones(country, primary, open247, spoken),
        schedules: open247 ? [] : this.schedules(primary, status, mainPack),
        contacts: this.contacts(owner, country, serviceTypes, people, spoken),
        visibility: this.visibility(isShelter),
      },
    };
  }

  private eligibility(focus: 'women' | 'men' | 'mixed' | 'children' | 'labour') {
    const r = this.random;
    let groupsServed: GroupServed[];
    let exploitationForms: ExploitationForm[];
    let eligibleGender: 'any' | 'women' | 'men' = 'any';
    let minimumAge: number | null = null;
    let maximumAge: number | null = null;
    switch (focus) {
      case 'women':
        groupsServed = [
          'women',
          ...r.sample(
            ['women_with_children', 'girls', 'third_country_nationals', 'eu_citizens', 'roma'] as const,
            r.int(1, 3),
          ),
        ];
        exploitationForms = [
          'sexual',
          ...r.sample(['domestic_servitude', 'forced_marriage', 'labour', 'online'] as const, r.int(0, 2)),
        ];
        eligibleGender = 'women';
        minimumAge = r.chance(0.6) ? 18 : null;
        break;
      case 'men':
        groupsServed = [
          'men',
          ...r.sample(['undocumented_workers', 'third_country_nationals', 'eu_citizens', 'roma'] as const, r.int(1, 2)),
        ];
        exploitationForms = ['labour', ...r.sample(['criminal_activities', 'begging', 'sexual'] as const, r.int(0, 2))];
        eligibleGender = 'men';
        minimumAge = 18;
        break;
      case 'children':
        groupsServed = r.sample(
          [
            'girls',
            'boys',
            'unaccompanied_children',
            'children_left_behind',
            'children_with_disabilities',
            'roma',
          ] as const,
          r.int(2, 4),
        );
        exploitationForms = r.sample(
          ['sexual', 'begging', 'criminal_activities', 'labour', 'online', 'forced_marriage'] as const,
          r.int(1, 3),
        );
        maximumAge = r.chance(0.5) ? 17 : 21;
        break;
      case 'labour':
        groupsServed = r.sample(
          [
            'men',
            'women',
            'undocumented_workers',
            'domestic_workers',
            'third_country_nationals',
            'eu_citizens',
          ] as const,
          r.int(2, 4),
        );
        exploitationForms = [
          'labour',
          ...r.sample(['domestic_servitude', 'criminal_activities', 'begging'] as const, r.int(0, 2)),
        ];
        minimumAge = r.chance(0.5) ? 18 : null;
        break;
      case 'mixed':
        groupsServed = r.sample(
          [
            'women',
            'women_with_children',
            'men',
            'girls',
            'boys',
            'unaccompanied_children',
            'roma',
            'undocumented_workers',
            'domestic_workers',
            'third_country_nationals',
            'eu_citizens',
          ] as const,
          r.int(2, 5),
        );
        exploitationForms = r.sample(
          [
            'sexual',
            'labour',
            'begging',
            'criminal_activities',
            'domestic_servitude',
            'forced_marriage',
            'online',
          ] as const,
          r.int(1, 4),
        );
        // Few services work with trafficking for organ removal.
        if (r.chance(0.04)) {
          exploitationForms.push('organ_removal');
        }
        break;
    }
    return {
      groupsServed: unique(groupsServed),
      exploitationForms: unique(exploitationForms),
      eligibleGender,
      minimumAge,
      maximumAge,
    };
  }

  private accessModes(primary: ServiceType, isShelter: boolean): AccessMode[] {
    const r = this.random;
    if (primary === 'hotline') {
      return r.chance(0.5) ? ['hotline', 'online'] : ['hotline'];
    }
    if (isShelter) {
      return r.chance(0.6)
        ? ['referral_only']
        : unique(['hotline', ...r.sample(['referral_only', 'walk_in'] as const, 1)]);
    }
    return r.sample(['walk_in', 'appointment', 'online', 'outreach'] as const, r.int(1, 3));
  }

  private serviceAreas(primary: ServiceType, country: string): string[] {
    const r = this.random;
    if (primary === 'safe_return') {
      return r.sample(
        ORIGIN_COUNTRIES.filter((c) => c !== country),
        r.int(1, 3),
      );
    }
    if (primary === 'hotline' || primary === 'identification_referral' || !r.chance(0.08)) {
      return [];
    }
    return r.sample(
      EU_MEMBER_STATES.filter((c) => c !== country),
      1,
    );
  }

  private phones(country: SampleCountry, primary: ServiceType, open247: boolean, spoken: string[]): Phone[] {
    const r = this.random;
    const languages = r.sample(spoken, r.int(1, Math.min(3, spoken.length)));
    const main: Phone = {
      number: fictionalNumber(country, r),
      extension: null,
      type: 'voice',
      description:
        primary === 'hotline'
          ? open247
            ? '24-hour helpline (fictional number)'
            : 'Helpline (fictional number)'
          : 'Office (fictional number)',
      languages,
    };
    const phones = [main];
    if (r.chance(0.3)) {
      const text = primary === 'hotline' || r.chance(0.6);
      phones.push({
        number: fictionalNumber(country, r, 'mobile'),
        extension: null,
        type: text ? 'text' : 'fax',
        description: text ? 'SMS and messaging apps (fictional number)' : 'Fax (fictional number)',
        languages: text ? languages : [],
      });
    }
    return phones;
  }

  private schedules(primary: ServiceType, status: string, pack: LanguagePack): Schedule[] {
    const r = this.random;
    const pattern =
      primary === 'hotline'
        ? 'hotline'
        : r.weighted([
            ['office', 45],
            ['split', 15],
            ['extended', 12],
            ['saturday', 12],
            ['overnight', 8],
            ['evening', 8],
          ] as const);
    let rows: Schedule[];
    switch (pattern) {
      case 'hotline':
        rows = [...weekly(WORKDAYS, '08:00', '20:00'), ...weekly(['SA', 'SU'], '10:00', '16:00')];
        break;
      case 'office':
        rows = weekly(
          WORKDAYS,
          r.pick(['08:00', '08:30', '09:00', '10:00']),
          r.pick(['16:00', '16:30', '17:00', '18:00']),
        );
        break;
      case 'split':
        rows = WORKDAYS.flatMap((byday) => [
          schedule({ byday, opensAt: '09:00', closesAt: '12:30' }),
          schedule({ byday, opensAt: '13:30', closesAt: '17:00' }),
        ]);
        break;
      case 'extended':
        rows = [...weekly(['MO', 'TU', 'WE', 'TH'], '09:00', '19:00'), ...weekly(['FR'], '09:00', '15:00')];
        break;
      case 'saturday':
        rows = [...weekly(WORKDAYS, '09:00', '17:00'), ...weekly(['SA'], '10:00', '13:00')];
        break;
      case 'overnight':
        // A night service: each span closes the next morning.
        rows = weekly(ALL_DAYS, '20:00', '08:00');
        break;
      case 'evening':
        rows = [...weekly(['TU', 'TH'], '18:00', '23:30'), ...weekly(['FR', 'SA'], '22:00', '04:00')];
        break;
    }
    const exceptions: Schedule[] = [];
    if (r.chance(0.35)) {
      const year =
        this.today.getUTCMonth() === 11 && this.today.getUTCDate() > 26
          ? this.today.getUTCFullYear() + 1
          : this.today.getUTCFullYear();
      exceptions.push(
        schedule({
          validFrom: `${year}-12-24`,
          validTo: `${year}-12-26`,
          closed: true,
          description: pack.phrases.holidays,
        }),
      );
    }
    if (status === 'temporarily_closed' || r.chance(0.05)) {
      const from = status === 'temporarily_closed' ? -r.int(1, 20) : r.int(-20, 40);
      const start = new Date(this.today.getTime() + from * DAY_MS);
      const end = new Date(start.getTime() + r.int(7, 45) * DAY_MS);
      exceptions.push(
        schedule({
          validFrom: isoDate(start),
          validTo: isoDate(end),
          closed: true,
          description: pack.phrases.renovation,
        }),
      );
    }
    return [...rows, ...exceptions];
  }

  private contacts(
    owner: Owner,
    country: SampleCountry,
    serviceTypes: ServiceType[],
    people: readonly string[],
    spoken: string[],
  ): ServiceRecord['input']['contacts'] {
    const r = this.random;
    const fitting = CONTACT_FUNCTIONS.filter((f) => !f.types || f.types.some((t) => serviceTypes.includes(t)));
    const chosen = r.sample(
      fitting,
      r.weighted([
        [0, 25],
        [1, 40],
        [2, 25],
        [3, 10],
      ] as const),
    );
    return chosen.map((f) => {
      const phones: Phone[] = [];
      if (f.outOfHours) {
        phones.push({
          number: fictionalNumber(country, r, 'mobile'),
          extension: null,
          type: 'cell',
          description: 'Out-of-hours mobile (fictional number)',
          languages: r.sample(spoken, 2),
        });
      } else if (r.chance(0.4)) {
        phones.push({
          number: fictionalNumber(country, r),
          extension: r.chance(0.3) ? String(r.int(100, 999)) : null,
          type: 'voice',
          description: 'Direct line (fictional number)',
          languages: [],
        });
      }
      return {
        name: r.chance(f.outOfHours ? 0.3 : 0.5) ? r.pick(people) : null,
        title: f.title,
        department: r.chance(0.2) ? r.pick(['Victim support', 'Case management', 'Legal team', 'Outreach team']) : null,
        email: `${f.mailbox}@${owner.domain}`,
        phones,
        role: 'service_provider',
        country: null,
        outOfHours: f.outOfHours ?? false,
      };
    });
  }

  private visibility(isShelter: boolean): FieldVisibility {
    const r = this.random;
    const pick = (weights: readonly (readonly [Visibility, number])[]) => r.weighted(weights);
    return isShelter
      ? {
          location: pick([
            ['members', 70],
            ['restricted', 30],
          ]),
          phones: pick([
            ['public', 70],
            ['members', 30],
          ]),
          email: 'public',
          contacts: pick([
            ['members', 80],
            ['restricted', 20],
          ]),
          capacity: pick([
            ['members', 60],
            ['public', 30],
            ['restricted', 10],
          ]),
        }
      : {
          location: pick([
            ['public', 85],
            ['members', 15],
          ]),
          phones: pick([
            ['public', 90],
            ['members', 10],
          ]),
          email: 'public',
          contacts: pick([
            ['members', 70],
            ['public', 20],
            ['restricted', 10],
          ]),
          capacity: 'members',
        };
  }

  private address(pack: LanguagePack): string {
    const street = this.random.pick(pack.streets);
    const number = String(this.random.int(1, 180));
    return pack.numberFirst ? `${number} ${street}` : `${street} ${number}`;
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The sample directory in batches of about `batchSize` services (an organisation's services stay together), so
 * that 100,000 services never sit in memory at once. The same seed gives the same records whatever the batch size.
 */
export function* generateDirectoryBatches(
  options: GenerateOptions & { batchSize?: number },
): Generator<SampleDirectory> {
  const generator = new SampleDirectoryGenerator(options);
  const batchSize = options.batchSize ?? 1000;
  let produced = 0;
  let batch: SampleDirectory = { organisations: [], services: [] };
  while (produced < options.count) {
    const next = generator.nextOrganisation(options.count - produced);
    batch.organisations.push(next.organisation);
    batch.services.push(...next.services);
    produced += next.services.length;
    if (batch.services.length >= batchSize) {
      yield batch;
      batch = { organisations: [], services: [] };
    }
  }
  if (batch.services.length > 0) {
    yield batch;
  }
}

/** The whole sample directory at once: `count` services and their organisations (for tests, demos, bench/). */
export function generateDirectory(options: GenerateOptions): SampleDirectory {
  const all: SampleDirectory = { organisations: [], services: [] };
  for (const batch of generateDirectoryBatches({ ...options, batchSize: Number.POSITIVE_INFINITY })) {
    all.organisations.push(...batch.organisations);
    all.services.push(...batch.services);
  }
  return all;
}

import { type ContactInput, type ContactRole, EU_MEMBER_STATES, type OrganisationType, type Phone } from '@thb/shared';
import { SAMPLE_CITIES } from './cities';
import { fictionalNumber, SAMPLE_COUNTRIES } from './countries';
import { type SampleOrganisation } from './generator';
import { LANGUAGE_PACKS } from './languages';
import { SeededRandom } from './random';

export type OrganisationContact = Omit<ContactInput, 'phones'> & { phones: Phone[] };

export interface OrganisationWithContacts {
  organisation: SampleOrganisation;
  contacts: OrganisationContact[];
}

interface ContactSpec {
  title: string;
  person: number;
  outOfHours?: boolean;
  phone: number;
  mailbox: string;
}

interface BodySpec {
  kind: string;
  type: OrganisationType;
  role: ContactRole;
  name: (country: string) => string;
  description: string;
  department: string | null;
  contacts: readonly ContactSpec[];
}

/** The professional contacts the 2005 EU Plan and the Strategy ask each Member State to name. */
const BODIES: readonly BodySpec[] = [
  {
    kind: 'rapporteur',
    type: 'national_rapporteur',
    role: 'national_rapporteur',
    name: (c) => `National Rapporteur on Trafficking in Human Beings – ${c} (sample)`,
    description: 'Monitors anti-trafficking policy and reports to the EU Network of National Rapporteurs.',
    department: 'Office of the National Rapporteur',
    contacts: [
      { title: 'National Rapporteur (sample contact)', person: 1, phone: 0.8, mailbox: 'rapporteur' },
      { title: 'Research and data officer (sample contact)', person: 0.5, phone: 0.3, mailbox: 'research' },
    ],
  },
  {
    kind: 'nrm',
    type: 'referral_mechanism',
    role: 'referral_contact_point',
    name: (c) => `National Referral Mechanism – ${c} (sample)`,
    description: 'Coordinates the identification of victims and their referral to assistance and protection.',
    department: null,
    contacts: [
      {
        title: 'Referral contact point, 24/7 (sample contact)',
        person: 0,
        outOfHours: true,
        phone: 1,
        mailbox: 'referral',
      },
      { title: 'National referral coordinator (sample contact)', person: 1, phone: 0.6, mailbox: 'coordination' },
    ],
  },
  {
    kind: 'police',
    type: 'law_enforcement',
    role: 'law_enforcement_unit',
    name: (c) => `Anti-Trafficking Police Unit – ${c} (sample)`,
    description: 'Specialised multidisciplinary law enforcement unit for trafficking in human beings.',
    department: 'Organised crime directorate',
    contacts: [
      {
        title: 'Duty officer, anti-trafficking unit (sample contact)',
        person: 0,
        outOfHours: true,
        phone: 1,
        mailbox: 'duty',
      },
      { title: 'Head of unit (sample contact)', person: 1, phone: 0.2, mailbox: 'head' },
    ],
  },
  {
    kind: 'labour',
    type: 'other',
    role: 'labour_inspectorate',
    name: (c) => `Labour Inspectorate – ${c} (sample)`,
    description: 'Inspects workplaces and refers presumed victims of forced labour.',
    department: 'Forced labour and exploitation cases',
    contacts: [
      {
        title: 'Labour inspector for forced labour cases (sample contact)',
        person: 0.5,
        phone: 0.7,
        mailbox: 'inspection',
      },
    ],
  },
  {
    kind: 'media',
    type: 'other',
    role: 'media',
    name: (c) => `Journalists' network on trafficking – ${c} (sample)`,
    description: 'Journalists who report on trafficking in human beings responsibly.',
    department: null,
    contacts: [{ title: 'Media contact (sample contact)', person: 1, phone: 0.5, mailbox: 'press' }],
  },
];

/**
 * Sample professional contacts for every Member State: national rapporteur, referral mechanism, law enforcement
 * unit, labour inspectorate and media. Each body is a directory-only organisation whose name ends "(sample)"
 * and whose contacts say "(sample contact)"; people's names are fictional and numbers reach nobody.
 */
export function generateSampleContacts(options: { seed?: number } = {}): OrganisationWithContacts[] {
  const r = new SeededRandom((options.seed ?? 1) + 7919);
  return EU_MEMBER_STATES.flatMap((code) => {
    const country = SAMPLE_COUNTRIES[code]!;
    const capital = SAMPLE_CITIES.find((c) => c.country === code)!;
    const pack = LANGUAGE_PACKS[capital.languages.find((l) => LANGUAGE_PACKS[l]) ?? 'en']!;
    return BODIES.map((body): OrganisationWithContacts => {
      const domain = `${body.kind}-${code.toLowerCase()}.sample.example.org`;
      const organisation: SampleOrganisation = {
        id: r.uuid(),
        name: body.name(country.name),
        type: body.type,
        countries: [code],
        website: `https://${domain}`,
        description: { en: `${body.description} Sample data: not a real body.` },
        languages: [...new Set([...capital.languages.filter((l) => LANGUAGE_PACKS[l]), 'en'])],
        services: [],
        contactEmail: `office@${domain}`,
        contactPhone: null,
        sample: true,
      };
      const contacts = body.contacts.map((spec): OrganisationContact => ({
        name: r.chance(spec.person) ? r.pick(pack.people) : null,
        title: spec.title,
        department: body.department,
        email: `${spec.mailbox}@${domain}`,
        phones: r.chance(spec.phone)
          ? [
              {
                number: fictionalNumber(country, r, spec.outOfHours ? 'mobile' : 'fixed'),
                extension: null,
                type: spec.outOfHours ? 'cell' : 'voice',
                description: spec.outOfHours
                  ? 'Around the clock (fictional number)'
                  : 'Office hours (fictional number)',
                languages: [...new Set([capital.languages[0]!, 'en'])],
              },
            ]
          : [],
        role: body.role,
        country: code,
        outOfHours: spec.outOfHours ?? false,
      }));
      return { organisation, contacts };
    });
  });
}

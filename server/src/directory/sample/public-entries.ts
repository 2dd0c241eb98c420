import { type ContactRole, type OrganisationType } from '@thb/shared';

/**
 * Real public bodies listed in every demo directory: the EU Justice and Home Affairs agencies that have an
 * anti-trafficking contact point, the international organisations named in the Strategy, and the office of the
 * EU Anti-Trafficking Coordinator. Only public facts: official name, seat, the centre of the seat's city, the
 * public website. No telephone numbers, no email addresses and no names of people: those change, and a wrong
 * one in a directory of help for victims does harm.
 */
export interface PublicEntry {
  key: string;
  name: string;
  type: OrganisationType;
  role: ContactRole;
  city: string;
  country: string;
  /** Centre of the seat's city (not the building). */
  latitude: number;
  longitude: number;
  website: string;
  description: string;
}

export const PUBLIC_ENTRIES: readonly PublicEntry[] = [
  {
    key: 'cepol',
    name: 'European Union Agency for Law Enforcement Training (CEPOL)',
    type: 'eu_agency',
    role: 'eu_agency',
    city: 'Budapest',
    country: 'HU',
    latitude: 47.4979,
    longitude: 19.0402,
    website: 'https://www.cepol.europa.eu',
    description: 'The EU agency that trains law enforcement officials, including on trafficking in human beings.',
  },
  {
    key: 'euaa',
    name: 'European Union Agency for Asylum (EUAA)',
    type: 'eu_agency',
    role: 'eu_agency',
    city: 'Valletta',
    country: 'MT',
    latitude: 35.8989,
    longitude: 14.5146,
    website: 'https://euaa.europa.eu',
    description:
      'The EU agency for asylum, formerly the European Asylum Support Office (EASO); it supports Member States in identifying victims of trafficking among applicants for international protection.',
  },
  {
    key: 'eige',
    name: 'European Institute for Gender Equality (EIGE)',
    type: 'eu_agency',
    role: 'eu_agency',
    city: 'Vilnius',
    country: 'LT',
    latitude: 54.6872,
    longitude: 25.2797,
    website: 'https://eige.europa.eu',
    description: 'The EU agency for gender equality; it studies the gender dimension of trafficking in human beings.',
  },
  {
    key: 'europol',
    name: 'European Union Agency for Law Enforcement Cooperation (Europol)',
    type: 'eu_agency',
    role: 'eu_agency',
    city: 'The Hague',
    country: 'NL',
    latitude: 52.0705,
    longitude: 4.3007,
    website: 'https://www.europol.europa.eu',
    description:
      'The EU agency for law enforcement cooperation; it supports cross-border investigations into trafficking networks.',
  },
  {
    key: 'eurojust',
    name: 'European Union Agency for Criminal Justice Cooperation (Eurojust)',
    type: 'eu_agency',
    role: 'eu_agency',
    city: 'The Hague',
    country: 'NL',
    latitude: 52.0705,
    longitude: 4.3007,
    website: 'https://www.eurojust.europa.eu',
    description:
      'The EU agency for criminal justice cooperation; it coordinates prosecutions and joint investigation teams.',
  },
  {
    key: 'fra',
    name: 'European Union Agency for Fundamental Rights (FRA)',
    type: 'eu_agency',
    role: 'eu_agency',
    city: 'Vienna',
    country: 'AT',
    latitude: 48.2082,
    longitude: 16.3738,
    website: 'https://fra.europa.eu',
    description: 'The EU agency for fundamental rights; it researches severe labour exploitation and victims’ rights.',
  },
  {
    key: 'frontex',
    name: 'European Border and Coast Guard Agency (Frontex)',
    type: 'eu_agency',
    role: 'eu_agency',
    city: 'Warsaw',
    country: 'PL',
    latitude: 52.2297,
    longitude: 21.0122,
    website: 'https://www.frontex.europa.eu',
    description:
      'The European Border and Coast Guard Agency; it trains border guards to detect possible victims of trafficking.',
  },
  {
    key: 'unodc',
    name: 'United Nations Office on Drugs and Crime (UNODC)',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Vienna',
    country: 'AT',
    latitude: 48.2082,
    longitude: 16.3738,
    website: 'https://www.unodc.org',
    description: 'Guardian of the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons.',
  },
  {
    key: 'greta',
    name: 'Council of Europe – Group of Experts on Action against Trafficking in Human Beings (GRETA)',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Strasbourg',
    country: 'FR',
    latitude: 48.5734,
    longitude: 7.7521,
    website: 'https://www.coe.int/en/web/anti-human-trafficking',
    description:
      'Monitors how the parties implement the Council of Europe Convention on Action against Trafficking in Human Beings.',
  },
  {
    key: 'iom',
    name: 'International Organization for Migration (IOM)',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Geneva',
    country: 'CH',
    latitude: 46.2044,
    longitude: 6.1432,
    website: 'https://www.iom.int',
    description:
      'The UN migration agency; it assists victims of trafficking, including with voluntary return and reintegration.',
  },
  {
    key: 'iom-eu',
    name: 'IOM Regional Office for the European Economic Area, the European Union and NATO',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Brussels',
    country: 'BE',
    latitude: 50.8503,
    longitude: 4.3517,
    website: 'https://eea.iom.int',
    description: 'The IOM office for the EU, the European Economic Area and NATO.',
  },
  {
    key: 'osce',
    name: 'OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Vienna',
    country: 'AT',
    latitude: 48.2082,
    longitude: 16.3738,
    website: 'https://www.osce.org/cthb',
    description: 'Helps the OSCE participating States to develop and implement anti-trafficking policies.',
  },
  {
    key: 'odihr',
    name: 'OSCE Office for Democratic Institutions and Human Rights (ODIHR)',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Warsaw',
    country: 'PL',
    latitude: 52.2297,
    longitude: 21.0122,
    website: 'https://www.osce.org/odihr',
    description:
      'The OSCE office for human rights; it works on national referral mechanisms and the rights of trafficked persons.',
  },
  {
    key: 'ilo',
    name: 'International Labour Organization (ILO)',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Geneva',
    country: 'CH',
    latitude: 46.2044,
    longitude: 6.1432,
    website: 'https://www.ilo.org',
    description: 'The UN agency for the world of work; it sets the standards against forced labour.',
  },
  {
    key: 'who',
    name: 'World Health Organization (WHO)',
    type: 'international_organisation',
    role: 'international_organisation',
    city: 'Geneva',
    country: 'CH',
    latitude: 46.2044,
    longitude: 6.1432,
    website: 'https://www.who.int',
    description: 'The UN agency for health; it publishes guidance on the health care of trafficked people.',
  },
  {
    key: 'eu-atc',
    name: 'European Commission – Office of the EU Anti-Trafficking Coordinator',
    // The Commission is neither an agency nor an international organisation.
    type: 'other',
    role: 'other',
    city: 'Brussels',
    country: 'BE',
    latitude: 50.8503,
    longitude: 4.3517,
    website: 'https://ec.europa.eu/anti-trafficking/eu-anti-trafficking-coordinator_en',
    description:
      'Improves coordination and coherence among EU institutions, EU agencies, Member States and international actors against trafficking in human beings.',
  },
];

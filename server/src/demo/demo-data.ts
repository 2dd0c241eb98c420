import { type OrganisationProfile } from '@thb/shared';

/** Password of every demo account (listed in the README). Demo data only ever goes into an embedded database. */
export const DEMO_PASSWORD = 'demo passphrase 2026';
/** TOTP secret of the demo Coordinator and moderator: add it to an authenticator app, or `oathtool --totp -b`. */
export const DEMO_TOTP_SECRET = 'KRUEELLQNRQXIZTPOJWXGZDFNVXQ';

type DemoOrganisation = OrganisationProfile & { key: string };

const base = { website: null, contactPhone: null, seekingPartners: null } as const;

/** Fictional organisations (names and addresses are made up) covering the kinds of members the platform has. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    ...base,
    key: 'harbour',
    name: 'Harbour Shelter Network',
    type: 'ngo',
    countries: ['BE', 'NL'],
    website: 'https://harbour-shelter.example.org',
    description: {
      en: 'Safe accommodation, psychological support and legal counselling for women and children who have escaped trafficking for sexual exploitation.',
      nl: 'Veilige opvang, psychologische steun en juridisch advies voor vrouwen en kinderen die aan mensenhandel zijn ontsnapt.',
      fr: 'Hébergement sûr, soutien psychologique et conseil juridique pour les femmes et les enfants victimes de la traite.',
    },
    expertise: ['shelter', 'children', 'sexual exploitation'],
    priorities: ['A', 'D'],
    services: ['shelter', 'psychological', 'legal', 'child_protection'],
    languages: ['nl', 'fr', 'en'],
    seekingPartners: 'Shelters in Nigeria and Romania for safe return and post-return assistance.',
    contactEmail: 'contact@harbour-shelter.example.org',
    contactPhone: '+3225550101',
  },
  {
    ...base,
    key: 'liberte',
    name: 'Association Liberté Solidaire',
    type: 'ngo',
    countries: ['FR'],
    description: {
      fr: 'Nous accompagnons les victimes de servitude domestique et de travail forcé : hébergement, accès aux droits, indemnisation.',
      en: 'We support victims of domestic servitude and forced labour: accommodation, access to rights, compensation.',
    },
    expertise: ['domestic servitude', 'forced labour', 'compensation'],
    priorities: ['A', 'C'],
    services: ['shelter', 'legal', 'compensation', 'counselling'],
    languages: ['fr', 'en', 'ar'],
    contactEmail: 'accueil@liberte-solidaire.example.org',
  },
  {
    ...base,
    key: 'netzwerk',
    name: 'Netzwerk gegen Menschenhandel (Demo)',
    type: 'ngo',
    countries: ['DE', 'AT'],
    description: {
      de: 'Bundesweites Netzwerk von Fachberatungsstellen für Betroffene von Menschenhandel und Arbeitsausbeutung.',
      en: 'Nationwide network of specialised counselling centres for people affected by trafficking and labour exploitation.',
    },
    expertise: ['counselling', 'labour exploitation', 'policy'],
    priorities: ['A', 'B', 'E'],
    services: ['counselling', 'interpretation', 'reintegration'],
    languages: ['de', 'en', 'ro', 'bg'],
    seekingPartners: 'Research partners on online recruitment of victims.',
    contactEmail: 'info@netzwerk-mh.example.org',
  },
  {
    ...base,
    key: 'aurora',
    name: 'Casa Aurora',
    type: 'service_provider',
    countries: ['IT'],
    description: {
      it: 'Casa di accoglienza per donne vittime di tratta, con mediazione culturale e percorsi di inserimento lavorativo.',
      en: 'Shelter for women victims of trafficking, with cultural mediation and job placement programmes.',
    },
    expertise: ['shelter', 'reintegration', 'cultural mediation'],
    priorities: ['A'],
    services: ['shelter', 'interpretation', 'reintegration', 'medical'],
    languages: ['it', 'en', 'yo'],
    contactEmail: 'accoglienza@casa-aurora.example.org',
  },
  {
    ...base,
    key: 'nadezhda',
    name: 'Nadezhda Centre',
    type: 'ngo',
    countries: ['BG', 'RO'],
    description: {
      bg: 'Кризисен център и гореща линия за жертви на трафик на хора.',
      en: 'Crisis centre and hotline for victims of trafficking; reintegration support for returnees.',
    },
    expertise: ['hotline', 'safe return', 'Roma communities'],
    priorities: ['A', 'B'],
    services: ['hotline', 'safe_return', 'reintegration', 'identification_referral'],
    languages: ['bg', 'ro', 'en'],
    seekingPartners: 'Partner shelters in Belgium, Germany and Italy for referrals of returning victims.',
    contactEmail: 'help@nadezhda.example.org',
    contactPhone: '+35925550123',
  },
  {
    ...base,
    key: 'labour',
    name: 'Labour Rights Watch Europe',
    type: 'social_partner',
    countries: ['BE', 'PL', 'ES'],
    description: {
      en: 'Trade unions and labour inspectors working together against forced labour in agriculture, construction and care work.',
      pl: 'Związki zawodowe i inspektorzy pracy przeciwko pracy przymusowej.',
      es: 'Sindicatos e inspectores de trabajo contra el trabajo forzoso en la agricultura y la construcción.',
    },
    expertise: ['forced labour', 'labour inspection', 'supply chains'],
    priorities: ['B', 'D'],
    services: ['counselling', 'legal'],
    languages: ['en', 'pl', 'es'],
    contactEmail: 'office@lrwe.example.org',
  },
];

export const DEMO_ACCOUNTS = [
  {
    key: 'coordinator',
    email: 'coordinator@demo.thb-platform.eu',
    displayName: 'Demo Coordinator',
    role: 'coordinator',
    organisation: null,
    twoFactor: true,
  },
  {
    key: 'moderator',
    email: 'moderator@demo.thb-platform.eu',
    displayName: 'Demo Moderator',
    role: 'moderator',
    organisation: 'netzwerk',
    twoFactor: true,
  },
  {
    key: 'member',
    email: 'member@demo.thb-platform.eu',
    displayName: 'Sofie Janssens',
    role: 'member',
    organisation: 'harbour',
    twoFactor: false,
  },
  {
    key: 'memberFr',
    email: 'member.fr@demo.thb-platform.eu',
    displayName: 'Camille Martin',
    role: 'member',
    organisation: 'liberte',
    twoFactor: false,
  },
] as const;

/** An application waiting in the Coordinator's queue. */
export const DEMO_APPLICATION = {
  organisation: {
    ...base,
    name: 'Centrul Speranța',
    type: 'ngo',
    countries: ['RO', 'MD'],
    description: {
      ro: 'Sprijin pentru victimele traficului de persoane la întoarcerea în țară.',
      en: 'Support for victims of trafficking returning home: accommodation, counselling and job training.',
    },
    expertise: ['safe return', 'reintegration'],
    priorities: ['A'],
    services: ['safe_return', 'reintegration', 'counselling'],
    languages: ['ro', 'en', 'ru'],
    seekingPartners: 'Contacts in countries of destination to prepare safe returns.',
    contactEmail: 'office@centrul-speranta.example.org',
  } satisfies OrganisationProfile,
  contactName: 'Ioana Popescu',
  contactEmail: 'ioana@centrul-speranta.example.org',
  contactJobTitle: 'Programme coordinator',
  motivation: 'We receive returning victims from across the EU and need reliable partners in destination countries.',
};

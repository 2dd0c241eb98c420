/**
 * English messages: the complete reference. Every other locale is typed against this shape.
 * vue-i18n message syntax applies: `{name}` interpolates, `|` separates plural forms, `@` starts a linked
 * message, so e-mail addresses and literal braces are passed as parameters, never written in the text.
 */
const en = {
  app: {
    name: 'THB Platform',
    tagline: 'EU Civil Society Platform against trafficking in human beings',
    skipToContent: 'Skip to main content',
    documentTitle: '{page} · THB Platform',
  },
  nav: {
    label: 'Main',
    menu: 'Menu',
    home: 'Home',
    directory: 'Directory',
    partners: 'Partners',
    channels: 'Channels',
    announcements: 'Announcements',
    actions: 'Actions',
  },
  locale: {
    label: 'Language',
    names: {
      en: 'English',
      fr: 'Français',
      de: 'Deutsch',
    },
  },
  connection: {
    label: 'Real-time connection:',
    connected: 'Live',
    connecting: 'Connecting…',
    offline: 'Offline',
  },
  footer: {
    heading: 'About THB Platform',
    about:
      'The shared workspace of the EU Civil Society Platform against trafficking in human beings: organisations and service providers working on victim protection and assistance in the Member States and selected third countries, together with the EU Anti-Trafficking Coordinator.',
    noVictimData: 'The platform holds no data on victims or cases.',
    emergency: 'If someone is in immediate danger, call 112, the European emergency number.',
    linksLabel: 'Legal information',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy notice',
    apiDocs: 'API documentation',
    version: 'Version {version}',
  },
  titles: {
    home: 'Home',
    directory: 'Directory',
    partners: 'Partners',
    channels: 'Channels',
    announcements: 'Announcements',
    actions: 'Actions',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy notice',
    notFound: 'Page not found',
  },
  home: {
    eyebrow: 'Directory · Channels · Announcements',
    title: 'Working together against trafficking in human beings',
    lead: 'THB Platform is the EU’s shared workspace for the organisations that protect and assist victims of trafficking. Find support services and contacts across Europe, discuss with peers, and follow the EU Anti-Trafficking Coordinator’s announcements.',
    ctaDirectory: 'Explore the directory',
    ctaChannels: 'Join the discussion',
    audiences: {
      heading: 'Who the platform is for',
      practitioners: {
        title: 'NGOs and practitioners',
        text: 'Search the EU-wide directory of victim-support services and professional contacts, and refer people to shelter, legal, medical or psychological help wherever they are.',
        link: 'Search the directory',
      },
      members: {
        title: 'Civil Society Platform members',
        text: 'Share observed trends, newly identified vulnerable groups and good practice in channels dedicated to each priority of the EU Strategy.',
        link: 'Open the channels',
      },
      coordinator: {
        title: 'EU Anti-Trafficking Coordinator',
        text: 'Posts announcements to all members and ensures cooperation between the Civil Society Platform, the National Rapporteurs and the EU agencies.',
        link: 'Read the announcements',
      },
    },
    priorities: {
      heading: 'The EU Strategy’s five priorities',
      intro:
        'The EU Strategy towards the Eradication of Trafficking in Human Beings sets out five priorities and the actions to achieve them. The platform’s channels and action tracker are organised around them.',
    },
  },
  strategy: {
    loading: 'Loading the priorities…',
    errorTitle: 'The priorities could not be loaded.',
    empty: 'No priorities have been published yet.',
    period: 'Period: {period}',
    priority: 'Priority {code}',
    actionCount: 'No actions | {n} action | {n} actions',
    showActions: 'Show actions',
    hideActions: 'Hide actions',
    ofPriority: 'of priority {code}',
    responsible: 'Responsible',
    timing: 'Timing',
    officialText: 'Titles of priorities and actions are quoted from the official English text of the Strategy.',
    abbreviations: {
      heading: 'Abbreviations',
      COM: 'European Commission',
      MS: 'Member States',
      EEAS: 'European External Action Service',
      FRA: 'European Union Agency for Fundamental Rights',
      EUROFOUND: 'European Foundation for the Improvement of Living and Working Conditions',
    },
  },
  errors: {
    codes: {
      validation_failed: 'Some of the information sent is not valid.',
      malformed_request: 'The request could not be read by the server.',
      payload_too_large: 'What you sent is too large.',
      unauthenticated: 'Please sign in to continue.',
      invalid_credentials: 'The email address or password is not correct.',
      two_factor_enrolment_required: 'Set up two-factor authentication to continue.',
      invalid_link: 'This link has expired or was already used.',
      forbidden: 'You are not allowed to do this.',
      not_found: 'What you are looking for could not be found.',
      method_not_allowed: 'This operation is not supported.',
      conflict: 'This conflicts with a recent change. Reload and try again.',
      rate_limited: 'Too many requests in a short time. Please wait a moment and try again.',
      origin_not_allowed: 'Requests from this address are not allowed.',
      service_unavailable: 'The service is temporarily unavailable. Please try again in a few minutes.',
      internal_error: 'Something went wrong on the server. Please try again later.',
    },
    network: 'The server could not be reached. Check your internet connection and try again.',
    invalidResponse: 'The server sent an answer the application could not read. Please try again later.',
    unknown: 'Something went wrong. Please try again.',
    reference: 'Reference: {id}',
    retry: 'Try again',
  },
  comingSoon: {
    badge: 'Coming soon',
    offersHeading: 'What you will be able to do here',
    backHome: 'Back to the home page',
    directory: {
      title: 'Directory',
      description:
        'An EU-wide directory of support services for victims of trafficking and of professional contacts, to map the support available in every Member State.',
      points: {
        p1: 'Find services by country, language and need: shelter, medical, psychological and legal assistance, interpretation, reintegration, safe return and 24/7 hotlines.',
        p2: 'Reach professional contacts such as National Rapporteurs, national referral mechanisms and law-enforcement contact points, including out-of-hours contacts.',
        p3: 'Keep your organisation’s services and contact details up to date for everyone who refers victims to you.',
      },
    },
    partners: {
      title: 'Partners',
      description:
        'Find partner organisations among the members of the platform, in the Member States and in selected third countries.',
      points: {
        p1: 'Search member organisations by country, field of work, forms of exploitation addressed and groups served.',
        p2: 'See each organisation’s profile, the services it offers and the languages it works in.',
        p3: 'Get in touch with peers to prepare joint projects, referrals and safe returns.',
      },
    },
    channels: {
      title: 'Channels',
      description:
        'Real-time discussion among members, with one channel for each priority of the EU Strategy, from A to E.',
      points: {
        p1: 'Discuss victim identification and assistance, prevention, prosecution, cooperation and emerging concerns in dedicated channels.',
        p2: 'Share observed trends and newly identified vulnerable groups with the pan-European network of organisations.',
        p3: 'Discussions are confidential to members and never contain data on victims or cases.',
      },
    },
    announcements: {
      title: 'Announcements',
      description: 'Announcements from the EU Anti-Trafficking Coordinator to all members of the platform.',
      points: {
        p1: 'Read news, calls for input and meeting invitations from the Coordinator.',
        p2: 'Be notified in real time when a new announcement is posted.',
        p3: 'Find previous announcements in one place.',
      },
    },
    actions: {
      title: 'Actions',
      description: 'A tracker of the actions of the EU Strategy, showing who is responsible, the timing and progress.',
      points: {
        p1: 'Browse the actions of each priority, with the bodies responsible and their timing.',
        p2: 'Follow progress and contributions from civil society organisations.',
        p3: 'Link discussions and announcements to the actions they concern.',
      },
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has moved. Check the address, or use one of the links below.',
    backHome: 'Go to the home page',
    suggestions: 'Useful pages',
  },
  legal: {
    onThisPage: 'On this page',
    lastUpdated: 'Last updated: {date}',
    email: 'Email: {email}',
  },
  accessibility: {
    title: 'Accessibility statement',
    lead: 'THB Platform is committed to making its website accessible, in accordance with Directive (EU) 2016/2102 on the accessibility of the websites and mobile applications of public sector bodies.',
    scope:
      'This accessibility statement applies to the THB Platform web application: the home page, the directory, the partner search, the discussion channels, the announcements and the action tracker.',
    status: {
      heading: 'Compliance status',
      text: 'This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA and with the European standard EN 301 549 V3.2.1, due to the non-compliances listed below. Our target is full conformance with WCAG 2.1 level AA.',
    },
    measures: {
      heading: 'What we do to make the platform accessible',
      items: {
        keyboard:
          'Every page can be used with a keyboard alone; a “Skip to main content” link is the first item on each page.',
        focus: 'The keyboard focus is always clearly visible.',
        structure:
          'Pages use headings, landmarks and labelled controls, so that screen readers can navigate them, and focus moves to the page heading when you change page.',
        contrast:
          'Text has a contrast ratio of at least 4.5:1, and the layout adapts to small screens and to zoom without horizontal scrolling.',
        language:
          'The language of each page is declared, and text quoted in another language, such as the official English text of the EU Strategy, is marked up as such.',
        status:
          'Status messages, such as loading, errors and the state of the real-time connection, are announced to assistive technologies and never rely on colour alone.',
      },
    },
    limitations: {
      heading: 'Non-accessible content',
      intro: 'The content listed below is not yet fully accessible.',
      items: {
        apiDocs:
          'The API documentation (/api/docs) uses Swagger UI, a third-party component. Some of its controls lack accessible names, some text does not meet the contrast requirements and the state of expandable sections is not always announced. It is a technical reference for developers; contact us if you need this information in another format.',
        officialTexts:
          'The titles of the priorities and actions of the EU Strategy are available in English only, as in the official text quoted.',
        memberContent:
          'Content written by members, such as organisation profiles and messages in channels, may not always meet accessibility requirements. We give members guidance on writing accessible content.',
      },
    },
    preparation: {
      heading: 'Preparation of this statement',
      text: 'This statement was prepared on {date}. It is based on a self-assessment by the development team: automated accessibility tests with axe-core run on every page for each release, and every page is tested manually using a keyboard only and on small screens down to 320 CSS pixels wide.',
    },
    feedback: {
      heading: 'Feedback and contact information',
      text: 'If you find an accessibility problem that is not listed in this statement, or if you need information from the platform in an accessible format, please contact us. We aim to reply within 15 working days.',
    },
    enforcement: {
      heading: 'Enforcement procedure',
      text: 'If you are not satisfied with our reply to your feedback or request, you can contact the body responsible for enforcing the accessibility requirements in your Member State. If your complaint concerns an EU institution, body, office or agency, you can also turn to the European Ombudsman.',
    },
  },
  privacy: {
    title: 'Privacy notice',
    lead: 'This notice explains which personal data THB Platform processes, why, for how long, and what your rights are. Processing follows Regulation (EU) 2018/1725 on the protection of personal data by the Union institutions, bodies, offices and agencies and, where it applies, the General Data Protection Regulation (EU) 2016/679.',
    noVictimData: {
      heading: 'No data on victims or cases',
      text: 'THB Platform holds no data on victims of trafficking or on individual cases. It holds organisations, services, professional contacts, member accounts and discussions among professionals. Never post information that could identify a victim or a person at risk.',
    },
    controller: {
      heading: 'Who is responsible for your data',
      text: 'The controller is the platform operator, acting on behalf of the Office of the EU Anti-Trafficking Coordinator. You can contact the operator and its data protection officer by email.',
    },
    data: {
      heading: 'Which data we process',
      items: {
        account:
          'Account data of members: name, professional email address, organisation, role and preferred language.',
        organisations:
          'Organisation profiles: the services an organisation offers, where and to whom, and the professional contact details it chooses to publish, some of them visible to members only.',
        messages: 'Messages posted in channels and announcements, with their author and the time they were posted.',
        logs: 'Server logs: IP address, date and time, address requested and browser type, used to keep the service secure.',
        language: 'Your language choice, stored only in your browser (localStorage) and never sent to us.',
      },
      noTracking:
        'The platform uses no tracking cookies, no analytics and no third-party services in your browser. Fonts, scripts and styles are served by the platform itself.',
    },
    purposes: {
      heading: 'Why we process it',
      items: {
        directory: 'To run the EU-wide directory of services and professional contacts and the Civil Society Platform.',
        exchange: 'To let members exchange information and receive the Coordinator’s announcements.',
        security: 'To keep the service secure, and to detect and investigate misuse.',
      },
    },
    legalBasis: {
      heading: 'Legal basis',
      text: 'Processing is necessary for the performance of a task carried out in the public interest: supporting the EU’s policy against trafficking in human beings and the coordination of the Civil Society Platform (Article 5(1)(a) of Regulation (EU) 2018/1725). Optional profile information is processed on the basis of your consent, which you can withdraw at any time.',
    },
    retention: {
      heading: 'How long we keep it',
      items: {
        account: 'Account data: as long as your account is active, and deleted within three months after it is closed.',
        messages: 'Messages: as long as the channel exists, unless you delete them earlier.',
        logs: 'Server logs with IP addresses: 30 days, unless they are needed longer to investigate a specific security incident.',
        language: 'Language choice: until you clear your browser’s storage.',
      },
    },
    recipients: {
      heading: 'Who can see it',
      text: 'Authorised staff of the platform operator, on a need-to-know basis; other members, for what you share with them, such as your profile and your messages; and the hosting provider, which processes data on the operator’s behalf within the European Union. Data is not transferred outside the EU and EEA, not sold and not used for advertising.',
    },
    rights: {
      heading: 'Your rights',
      intro: 'You have the right to:',
      items: {
        access: 'access your personal data',
        rectification: 'have inaccurate data rectified',
        erasure: 'have your data erased',
        restriction: 'restrict the processing of your data',
        objection: 'object to the processing of your data',
        portability: 'receive your data in a portable format',
      },
      exercise: 'To exercise these rights, write to the platform operator by email. We reply within one month.',
      complaint:
        'You can also lodge a complaint with the European Data Protection Supervisor (EDPS) or with the data protection supervisory authority of your Member State.',
    },
  },
};

export type MessageSchema = typeof en;

export default en;

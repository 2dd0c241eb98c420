import { type LanguagePack } from './types';

/** English, German, French, Italian, Spanish, Portuguese, Dutch, Irish and Maltese. */
export const WESTERN_PACKS: Record<string, LanguagePack> = {
  en: {
    types: {
      shelter: [
        'Shelter for victims of trafficking',
        'Safe and confidential accommodation for people who have escaped trafficking, with staff on site day and night.',
      ],
      shelter_women: [
        'Safe house for women and children',
        'Protected accommodation for women and their children who have escaped sexual exploitation or forced labour.',
      ],
      material_assistance: [
        'Emergency material assistance',
        'We provide food, clothing, hygiene items and a small allowance to people identified as victims of trafficking.',
      ],
      medical: [
        'Medical care for trafficked persons',
        'Free and confidential medical examinations, treatment and referral to specialist doctors, including sexual and reproductive health.',
      ],
      psychological: [
        'Psychological support and trauma therapy',
        'Trauma-informed counselling and therapy by psychologists experienced in working with survivors of trafficking.',
      ],
      counselling: [
        'Counselling and information centre',
        'Confidential advice on rights, options and next steps for people affected by trafficking and exploitation.',
      ],
      interpretation: [
        'Interpretation and cultural mediation',
        'Interpreters and cultural mediators accompany victims to appointments with the police, doctors and lawyers.',
      ],
      legal: [
        'Legal advice and representation',
        'Lawyers advise victims on criminal proceedings, unpaid wages and residence rights, and represent them in court.',
      ],
      compensation: [
        'Support with compensation claims',
        'We help victims claim compensation from offenders and from the state, and recover unpaid wages.',
      ],
      residence_support: [
        'Reflection period and residence permit support',
        'Help with applying for the recovery and reflection period and for a residence permit for victims of trafficking.',
      ],
      witness_protection: [
        'Support for victims giving evidence',
        'Accompaniment and protection for victims who testify in criminal proceedings against traffickers.',
      ],
      child_protection: [
        'Child protection and guardianship',
        'Specialised care and guardianship for children who are victims of trafficking, including unaccompanied children.',
      ],
      reintegration: [
        'Reintegration, training and employment',
        'Language courses, vocational training and help finding work, so that survivors can rebuild an independent life.',
      ],
      safe_return: [
        'Safe return and post-return assistance',
        'We organise voluntary and safe return to the country of origin together with partner organisations that support people after their arrival.',
      ],
      hotline: [
        'Anti-trafficking helpline',
        'An anonymous telephone helpline for victims, witnesses and professionals who suspect a case of trafficking.',
      ],
      identification_referral: [
        'Identification and referral service',
        'Trained staff identify presumed victims of trafficking and refer them to shelters, medical care and legal aid through the national referral mechanism.',
      ],
    },
    phrases: {
      free: 'All services are free of charge.',
      fees: 'Some services are subject to a fee; ask us about exemptions.',
      interpretation: 'Interpretation is available on request.',
      open247: 'We are reachable 24 hours a day, 7 days a week.',
      selfReferral: 'You can contact us directly, without a referral.',
      referralOnly: 'Admission only on referral by the police, social services or an NGO.',
      holidays: 'Closed for the holidays.',
      renovation: 'Closed for renovation.',
      sample: 'Sample data: this is not a real service.',
    },
    organisationPatterns: ['{word} {city}', '{word} Network {city}', '{word} Trust'],
    organisationWords: ['Safe Harbour', 'New Horizon', 'Open Door', 'Lighthouse', 'Freedom Path', 'Bridge'],
    streets: ['Main Street', 'Church Road', 'Station Road', 'High Street', 'Mill Lane', 'Park Avenue'],
    numberFirst: true,
    people: [
      'Mary Murphy',
      'Aoife Kelly',
      'John Walsh',
      'Sarah Byrne',
      'David Ryan',
      'Grace Brennan',
      "Liam O'Connor",
      'Emma Doyle',
    ],
  },
  de: {
    types: {
      shelter: [
        'Schutzunterkunft für Betroffene von Menschenhandel',
        'Sichere und vertrauliche Unterbringung für Menschen, die dem Menschenhandel entkommen sind, mit Betreuung rund um die Uhr.',
      ],
      shelter_women: [
        'Schutzwohnung für Frauen und Kinder',
        'Geschützte Unterbringung für Frauen und ihre Kinder, die sexueller Ausbeutung oder Zwangsarbeit entkommen sind.',
      ],
      material_assistance: [
        'Materielle Soforthilfe',
        'Wir stellen Lebensmittel, Kleidung, Hygieneartikel und eine kleine finanzielle Unterstützung für Betroffene von Menschenhandel bereit.',
      ],
      medical: [
        'Medizinische Versorgung für Betroffene',
        'Kostenlose und vertrauliche ärztliche Untersuchungen, Behandlung und Vermittlung an Fachärztinnen und Fachärzte, auch zur sexuellen Gesundheit.',
      ],
      psychological: [
        'Psychologische Beratung und Traumatherapie',
        'Traumasensible Beratung und Therapie durch Psychologinnen und Psychologen mit Erfahrung in der Arbeit mit Überlebenden von Menschenhandel.',
      ],
      counselling: [
        'Fachberatungsstelle gegen Menschenhandel',
        'Vertrauliche Beratung zu Rechten, Möglichkeiten und nächsten Schritten für Menschen, die von Menschenhandel und Ausbeutung betroffen sind.',
      ],
      interpretation: [
        'Dolmetschdienst und Sprachmittlung',
        'Dolmetscherinnen und Sprachmittler begleiten Betroffene zu Terminen bei Polizei, Ärzten und Anwälten.',
      ],
      legal: [
        'Rechtsberatung und Prozessbegleitung',
        'Anwältinnen und Anwälte beraten Betroffene zu Strafverfahren, Lohnforderungen und Aufenthaltsrecht und vertreten sie vor Gericht.',
      ],
      compensation: [
        'Unterstützung bei Entschädigungsansprüchen',
        'Wir helfen Betroffenen, Entschädigung von Tätern und vom Staat zu verlangen und vorenthaltenen Lohn einzufordern.',
      ],
      residence_support: [
        'Beratung zu Bedenkzeit und Aufenthaltserlaubnis',
        'Hilfe beim Antrag auf Bedenk- und Stabilisierungsfrist und auf eine Aufenthaltserlaubnis für Opfer von Menschenhandel.',
      ],
      witness_protection: [
        'Begleitung von Zeuginnen und Zeugen',
        'Begleitung und Schutz für Betroffene, die in Strafverfahren gegen Menschenhändler aussagen.',
      ],
      child_protection: [
        'Kinderschutz und Vormundschaft',
        'Spezialisierte Betreuung und Vormundschaft für Kinder, auch unbegleitete Minderjährige, die Opfer von Menschenhandel wurden.',
      ],
      reintegration: [
        'Integration, Ausbildung und Arbeit',
        'Sprachkurse, berufliche Qualifizierung und Hilfe bei der Arbeitssuche für ein selbstbestimmtes Leben nach der Ausbeutung.',
      ],
      safe_return: [
        'Sichere Rückkehr und Nachbetreuung',
        'Wir organisieren die freiwillige und sichere Rückkehr ins Herkunftsland, gemeinsam mit Partnerorganisationen, die nach der Ankunft unterstützen.',
      ],
      hotline: [
        'Hilfetelefon gegen Menschenhandel',
        'Anonyme telefonische Beratung für Betroffene, Zeugen und Fachkräfte, die einen Fall von Menschenhandel vermuten.',
      ],
      identification_referral: [
        'Identifizierung und Weitervermittlung',
        'Geschulte Fachkräfte erkennen mutmaßliche Opfer von Menschenhandel und vermitteln sie über den nationalen Verweismechanismus an Schutzunterkünfte, medizinische Versorgung und Rechtshilfe.',
      ],
    },
    phrases: {
      free: 'Alle Angebote sind kostenlos.',
      fees: 'Für einige Leistungen fallen Gebühren an; fragen Sie nach einer Befreiung.',
      interpretation: 'Dolmetscher stehen auf Anfrage zur Verfügung.',
      open247: 'Wir sind rund um die Uhr, sieben Tage die Woche erreichbar.',
      selfReferral: 'Sie können sich direkt an uns wenden, ohne Überweisung.',
      referralOnly: 'Aufnahme nur auf Vermittlung durch Polizei, Sozialdienste oder Beratungsstellen.',
      holidays: 'Über die Feiertage geschlossen.',
      renovation: 'Wegen Renovierung geschlossen.',
      sample: 'Beispieldaten: Dies ist kein echtes Angebot.',
    },
    organisationPatterns: ['{word} {city} e.V.', 'Verein {word} {city}', 'Fachstelle {word} {city}'],
    organisationWords: ['Lichtblick', 'Neuanfang', 'Zuflucht', 'Brücke', 'Wegweiser', 'Hoffnung'],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Gartenstraße', 'Schillerstraße', 'Lindenweg', 'Kirchgasse'],
    numberFirst: false,
    people: [
      'Anna Müller',
      'Katharina Schmidt',
      'Thomas Weber',
      'Julia Becker',
      'Michael Hoffmann',
      'Lena Wagner',
      'Stefan Krüger',
      'Miriam Braun',
    ],
  },
  fr: {
    types: {
      shelter: [
        'Hébergement pour victimes de la traite',
        'Un hébergement sûr et confidentiel pour les personnes qui ont échappé à la traite, avec une équipe présente jour et nuit.',
      ],
      shelter_women: [
        'Foyer pour femmes et enfants',
        "Un hébergement protégé pour les femmes et leurs enfants qui ont échappé à l'exploitation sexuelle ou au travail forcé.",
      ],
      material_assistance: [
        "Aide matérielle d'urgence",
        "Nous fournissons de la nourriture, des vêtements, des produits d'hygiène et une petite allocation aux victimes de la traite.",
      ],
      medical: [
        'Soins médicaux pour les victimes',
        'Consultations médicales gratuites et confidentielles, traitements et orientation vers des spécialistes, y compris en santé sexuelle.',
      ],
      psychological: [
        'Soutien psychologique et psychotraumatologie',
        'Accompagnement et thérapie adaptés au traumatisme, par des psychologues expérimentés auprès des survivantes et survivants de la traite.',
      ],
      counselling: [
        'Accueil, écoute et information',
        "Des conseils confidentiels sur les droits, les options et les prochaines étapes pour les personnes victimes de traite et d'exploitation.",
      ],
      interpretation: [
        'Interprétariat et médiation culturelle',
        'Des interprètes et des médiateurs culturels accompagnent les victimes lors de leurs rendez-vous avec la police, les médecins et les avocats.',
      ],
      legal: [
        'Conseil juridique et représentation',
        'Des avocats conseillent les victimes sur la procédure pénale, les salaires impayés et le droit au séjour, et les représentent devant les tribunaux.',
      ],
      compensation: [
        "Accompagnement vers l'indemnisation",
        "Nous aidons les victimes à demander réparation aux auteurs et à l'État, et à récupérer les salaires impayés.",
      ],
      residence_support: [
        'Délai de réflexion et titre de séjour',
        'Aide pour demander le délai de rétablissement et de réflexion ainsi qu’un titre de séjour pour les victimes de la traite.',
      ],
      witness_protection: [
        'Accompagnement des victimes témoins',
        'Accompagnement et protection des victimes qui témoignent dans les procédures pénales contre les trafiquants.',
      ],
      child_protection: [
        "Protection de l'enfance et tutelle",
        'Prise en charge spécialisée et tutelle des enfants victimes de la traite, y compris les mineurs non accompagnés.',
      ],
      reintegration: [
        'Insertion, formation et emploi',
        "Cours de langue, formation professionnelle et aide à la recherche d'emploi pour reconstruire une vie autonome.",
      ],
      safe_return: [
        'Retour sécurisé et suivi après le retour',
        "Nous organisons le retour volontaire et sécurisé vers le pays d'origine avec des associations partenaires qui assurent le suivi après l'arrivée.",
      ],
      hotline: [
        "Ligne d'écoute contre la traite",
        'Une ligne téléphonique anonyme pour les victimes, les témoins et les professionnels qui soupçonnent un cas de traite.',
      ],
      identification_referral: [
        'Identification et orientation',
        "Des professionnels formés identifient les victimes présumées de la traite et les orientent vers l'hébergement, les soins et l'aide juridique via le mécanisme national d'orientation.",
      ],
    },
    phrases: {
      free: 'Tous nos services sont gratuits.',
      fees: 'Certaines prestations sont payantes ; des exonérations sont possibles.',
      interpretation: 'Un interprète peut être présent sur demande.',
      open247: 'Nous sommes joignables 24 heures sur 24, 7 jours sur 7.',
      selfReferral: 'Vous pouvez nous contacter directement, sans orientation préalable.',
      referralOnly: "Admission uniquement sur orientation de la police, des services sociaux ou d'une association.",
      holidays: 'Fermé pendant les fêtes.',
      renovation: 'Fermé pour travaux.',
      sample: "Données d'exemple : ce service n'existe pas.",
    },
    organisationPatterns: ['Association {word} {city}', '{word} {city}', 'Collectif {word} {city}'],
    organisationWords: ['Horizon', 'Escale', 'Passerelle', 'Liberté', 'Refuge', 'Aube'],
    streets: [
      'rue de la République',
      'avenue Jean Jaurès',
      'rue Victor Hugo',
      'rue de la Gare',
      'boulevard Pasteur',
      'rue des Écoles',
    ],
    numberFirst: true,
    people: [
      'Camille Martin',
      'Claire Dubois',
      'Julien Moreau',
      'Sophie Laurent',
      'Nicolas Girard',
      'Inès Mercier',
      'Mathieu Fontaine',
      'Nadia Benali',
    ],
  },
  it: {
    types: {
      shelter: [
        'Casa rifugio per vittime di tratta',
        'Accoglienza sicura e riservata per persone uscite da situazioni di tratta, con operatori presenti giorno e notte.',
      ],
      shelter_women: [
        'Casa di accoglienza per donne e bambini',
        'Accoglienza protetta per donne e i loro figli sfuggiti allo sfruttamento sessuale o al lavoro forzato.',
      ],
      material_assistance: [
        'Assistenza materiale di emergenza',
        "Forniamo cibo, vestiti, prodotti per l'igiene e un piccolo sostegno economico alle vittime di tratta.",
      ],
      medical: [
        'Assistenza sanitaria per le vittime',
        'Visite mediche gratuite e riservate, cure e invio a medici specialisti, anche per la salute sessuale e riproduttiva.',
      ],
      psychological: [
        'Supporto psicologico e terapia del trauma',
        'Sostegno e psicoterapia orientati al trauma, offerti da psicologi con esperienza nel lavoro con le sopravvissute alla tratta.',
      ],
      counselling: [
        'Sportello di ascolto e orientamento',
        'Consulenza riservata su diritti, possibilità e prossimi passi per le persone colpite da tratta e sfruttamento.',
      ],
      interpretation: [
        'Mediazione linguistico-culturale',
        'Interpreti e mediatori culturali accompagnano le vittime agli appuntamenti con la polizia, i medici e gli avvocati.',
      ],
      legal: [
        'Consulenza legale e assistenza in giudizio',
        'Avvocati informano le vittime sul procedimento penale, sulle retribuzioni non pagate e sul diritto di soggiorno, e le rappresentano in tribunale.',
      ],
      compensation: [
        'Sostegno per il risarcimento',
        'Aiutiamo le vittime a chiedere il risarcimento agli autori e allo Stato e a recuperare i salari non pagati.',
      ],
      residence_support: [
        'Permesso di soggiorno per protezione sociale',
        'Aiuto nella richiesta del periodo di riflessione e del permesso di soggiorno per le vittime di tratta.',
      ],
      witness_protection: [
        'Accompagnamento delle vittime testimoni',
        'Accompagnamento e protezione per le vittime che testimoniano nei processi penali contro i trafficanti.',
      ],
      child_protection: [
        'Tutela dei minori',
        'Accoglienza specializzata e tutela per i minori vittime di tratta, compresi i minori stranieri non accompagnati.',
      ],
      reintegration: [
        'Inserimento sociale e lavorativo',
        'Corsi di lingua, formazione professionale e aiuto nella ricerca di lavoro per costruire una vita autonoma.',
      ],
      safe_return: [
        'Rimpatrio volontario assistito',
        "Organizziamo il ritorno volontario e sicuro nel paese di origine insieme a organizzazioni partner che seguono la persona dopo l'arrivo.",
      ],
      hotline: [
        'Numero verde antitratta',
        'Una linea telefonica anonima per vittime, testimoni e operatori che sospettano un caso di tratta.',
      ],
      identification_referral: [
        'Identificazione e invio ai servizi',
        "Operatori formati identificano le presunte vittime di tratta e le inviano all'accoglienza, alle cure e all'assistenza legale tramite il meccanismo nazionale di referral.",
      ],
    },
    phrases: {
      free: 'Tutti i servizi sono gratuiti.',
      fees: 'Alcuni servizi sono a pagamento; chiedete delle esenzioni.',
      interpretation: 'Su richiesta è disponibile un interprete.',
      open247: 'Siamo raggiungibili 24 ore su 24, 7 giorni su 7.',
      selfReferral: 'Potete contattarci direttamente, senza invio da parte di altri servizi.',
      referralOnly: "Accesso solo su invio della polizia, dei servizi sociali o di un'associazione.",
      holidays: 'Chiuso durante le festività.',
      renovation: 'Chiuso per lavori di ristrutturazione.',
      sample: 'Dati di esempio: questo servizio non esiste.',
    },
    organisationPatterns: ['Associazione {word} {city}', 'Cooperativa sociale {word}', 'Progetto {word} {city}'],
    organisationWords: ['Aurora', 'Approdo', 'Ponte', 'Speranza', 'Libera', 'Orizzonte'],
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Dante', 'Via Mazzini', 'Piazza della Libertà'],
    numberFirst: false,
    people: [
      'Giulia Rossi',
      'Francesca Russo',
      'Marco Ferrari',
      'Chiara Esposito',
      'Luca Bianchi',
      'Elena Romano',
      'Paolo Colombo',
      'Sara Ricci',
    ],
  },
  es: {
    types: {
      shelter: [
        'Centro de acogida para víctimas de trata',
        'Alojamiento seguro y confidencial para personas que han escapado de la trata, con personal presente día y noche.',
      ],
      shelter_women: [
        'Casa de acogida para mujeres y menores',
        'Alojamiento protegido para mujeres y sus hijos que han escapado de la explotación sexual o del trabajo forzoso.',
      ],
      material_assistance: [
        'Ayuda material de emergencia',
        'Proporcionamos alimentos, ropa, productos de higiene y una pequeña ayuda económica a las víctimas de trata.',
      ],
      medical: [
        'Atención sanitaria para víctimas',
        'Consultas médicas gratuitas y confidenciales, tratamiento y derivación a especialistas, también en salud sexual y reproductiva.',
      ],
      psychological: [
        'Apoyo psicológico y terapia del trauma',
        'Acompañamiento y terapia centrados en el trauma, a cargo de psicólogas con experiencia con supervivientes de trata.',
      ],
      counselling: [
        'Servicio de orientación e información',
        'Asesoramiento confidencial sobre derechos, opciones y próximos pasos para personas afectadas por la trata y la explotación.',
      ],
      interpretation: [
        'Interpretación y mediación intercultural',
        'Intérpretes y mediadores interculturales acompañan a las víctimas a sus citas con la policía, los médicos y los abogados.',
      ],
      legal: [
        'Asesoría jurídica y representación',
        'Abogadas y abogados asesoran a las víctimas sobre el proceso penal, los salarios impagados y la residencia, y las representan ante los tribunales.',
      ],
      compensation: [
        'Apoyo para reclamar indemnizaciones',
        'Ayudamos a las víctimas a reclamar una indemnización a los autores y al Estado, y a recuperar los salarios no pagados.',
      ],
      residence_support: [
        'Periodo de restablecimiento y autorización de residencia',
        'Ayuda para solicitar el periodo de restablecimiento y reflexión y la autorización de residencia para víctimas de trata.',
      ],
      witness_protection: [
        'Acompañamiento a víctimas testigos',
        'Acompañamiento y protección para las víctimas que declaran en procesos penales contra los tratantes.',
      ],
      child_protection: [
        'Protección de la infancia y tutela',
        'Atención especializada y tutela para niños y niñas víctimas de trata, incluidos los menores no acompañados.',
      ],
      reintegration: [
        'Inserción sociolaboral y formación',
        'Clases de idioma, formación profesional y apoyo en la búsqueda de empleo para reconstruir una vida autónoma.',
      ],
      safe_return: [
        'Retorno seguro y seguimiento',
        'Organizamos el retorno voluntario y seguro al país de origen con entidades socias que acompañan a la persona tras su llegada.',
      ],
      hotline: [
        'Línea de ayuda contra la trata',
        'Una línea telefónica anónima para víctimas, testigos y profesionales que sospechan un caso de trata.',
      ],
      identification_referral: [
        'Identificación y derivación',
        'Profesionales formados identifican a las presuntas víctimas de trata y las derivan a recursos de acogida, atención sanitaria y asistencia jurídica.',
      ],
    },
    phrases: {
      free: 'Todos los servicios son gratuitos.',
      fees: 'Algunos servicios tienen coste; consulte las exenciones.',
      interpretation: 'Hay servicio de interpretación bajo petición.',
      open247: 'Atendemos las 24 horas del día, los 7 días de la semana.',
      selfReferral: 'Puede contactarnos directamente, sin derivación.',
      referralOnly: 'Acceso solo por derivación de la policía, los servicios sociales o una ONG.',
      holidays: 'Cerrado durante las fiestas.',
      renovation: 'Cerrado por obras.',
      sample: 'Datos de ejemplo: este servicio no existe.',
    },
    organisationPatterns: ['Asociación {word} {city}', 'Fundación {word}', 'Red {word} {city}'],
    organisationWords: ['Alba', 'Puente', 'Refugio', 'Esperanza', 'Camino', 'Horizonte'],
    streets: [
      'Calle Mayor',
      'Avenida de la Constitución',
      'Calle Real',
      'Calle del Sol',
      'Plaza de España',
      'Calle San Juan',
    ],
    numberFirst: false,
    people: [
      'María García',
      'Lucía Fernández',
      'Javier López',
      'Carmen Martínez',
      'Pablo Sánchez',
      'Elena Pérez',
      'Sergio Gómez',
      'Marta Ruiz',
    ],
  },
  pt: {
    types: {
      shelter: [
        'Casa de abrigo para vítimas de tráfico',
        'Alojamento seguro e confidencial para pessoas que escaparam ao tráfico de seres humanos, com equipa presente dia e noite.',
      ],
      shelter_women: [
        'Casa de acolhimento para mulheres e crianças',
        'Acolhimento protegido para mulheres e os seus filhos que escaparam à exploração sexual ou ao trabalho forçado.',
      ],
      material_assistance: [
        'Apoio material de emergência',
        'Disponibilizamos alimentação, roupa, produtos de higiene e um pequeno apoio financeiro às vítimas de tráfico.',
      ],
      medical: [
        'Cuidados de saúde para vítimas',
        'Consultas médicas gratuitas e confidenciais, tratamento e encaminhamento para especialistas, incluindo saúde sexual e reprodutiva.',
      ],
      psychological: [
        'Apoio psicológico e terapia do trauma',
        'Acompanhamento e terapia centrados no trauma, por psicólogos com experiência no trabalho com sobreviventes de tráfico.',
      ],
      counselling: [
        'Gabinete de atendimento e informação',
        'Aconselhamento confidencial sobre direitos, opções e próximos passos para pessoas afetadas pelo tráfico e pela exploração.',
      ],
      interpretation: [
        'Interpretação e mediação intercultural',
        'Intérpretes e mediadores interculturais acompanham as vítimas às consultas com a polícia, os médicos e os advogados.',
      ],
      legal: [
        'Apoio jurídico e representação',
        'Advogados informam as vítimas sobre o processo penal, salários em atraso e direito de residência, e representam-nas em tribunal.',
      ],
      compensation: [
        'Apoio na obtenção de indemnização',
        'Ajudamos as vítimas a pedir indemnização aos autores e ao Estado e a recuperar salários não pagos.',
      ],
      residence_support: [
        'Período de reflexão e autorização de residência',
        'Ajuda no pedido do período de reflexão e da autorização de residência para vítimas de tráfico.',
      ],
      witness_protection: [
        'Acompanhamento de vítimas testemunhas',
        'Acompanhamento e proteção das vítimas que testemunham em processos penais contra traficantes.',
      ],
      child_protection: [
        'Proteção de crianças e tutela',
        'Acolhimento especializado e tutela para crianças vítimas de tráfico, incluindo menores não acompanhados.',
      ],
      reintegration: [
        'Integração, formação e emprego',
        'Cursos de língua, formação profissional e apoio na procura de emprego para reconstruir uma vida autónoma.',
      ],
      safe_return: [
        'Regresso seguro e acompanhamento',
        'Organizamos o regresso voluntário e seguro ao país de origem com organizações parceiras que acompanham a pessoa após a chegada.',
      ],
      hotline: [
        'Linha de apoio contra o tráfico',
        'Uma linha telefónica anónima para vítimas, testemunhas e profissionais que suspeitam de um caso de tráfico.',
      ],
      identification_referral: [
        'Identificação e encaminhamento',
        'Profissionais formados identificam presumíveis vítimas de tráfico e encaminham-nas para acolhimento, cuidados de saúde e apoio jurídico.',
      ],
    },
    phrases: {
      free: 'Todos os serviços são gratuitos.',
      fees: 'Alguns serviços são pagos; pergunte pelas isenções.',
      interpretation: 'Há interpretação disponível a pedido.',
      open247: 'Estamos disponíveis 24 horas por dia, 7 dias por semana.',
      selfReferral: 'Pode contactar-nos diretamente, sem encaminhamento.',
      referralOnly: 'Admissão apenas por encaminhamento da polícia, dos serviços sociais ou de uma ONG.',
      holidays: 'Encerrado durante as festas.',
      renovation: 'Encerrado para obras.',
      sample: 'Dados de exemplo: este serviço não existe.',
    },
    organisationPatterns: ['Associação {word} {city}', 'Projeto {word}', 'Rede {word} {city}'],
    organisationWords: ['Aurora', 'Ponte', 'Abrigo', 'Esperança', 'Caminho', 'Horizonte'],
    streets: [
      'Rua da Liberdade',
      'Avenida da República',
      'Rua Direita',
      'Rua do Comércio',
      'Largo da Igreja',
      'Rua de Santo António',
    ],
    numberFirst: false,
    people: [
      'Ana Silva',
      'Inês Santos',
      'João Ferreira',
      'Beatriz Pereira',
      'Miguel Oliveira',
      'Catarina Costa',
      'Pedro Martins',
      'Sofia Sousa',
    ],
  },
  nl: {
    types: {
      shelter: [
        'Opvang voor slachtoffers van mensenhandel',
        'Veilige en vertrouwelijke opvang voor mensen die aan mensenhandel zijn ontsnapt, met begeleiders die dag en nacht aanwezig zijn.',
      ],
      shelter_women: [
        'Beschermde opvang voor vrouwen en kinderen',
        'Beschermde woonruimte voor vrouwen en hun kinderen die aan seksuele uitbuiting of dwangarbeid zijn ontsnapt.',
      ],
      material_assistance: [
        'Materiële noodhulp',
        'Wij bieden voedsel, kleding, hygiëneproducten en een kleine financiële bijdrage aan slachtoffers van mensenhandel.',
      ],
      medical: [
        'Medische zorg voor slachtoffers',
        'Gratis en vertrouwelijk medisch onderzoek, behandeling en doorverwijzing naar specialisten, ook voor seksuele gezondheid.',
      ],
      psychological: [
        'Psychologische hulp en traumabehandeling',
        'Traumasensitieve begeleiding en therapie door psychologen met ervaring met overlevenden van mensenhandel.',
      ],
      counselling: [
        'Advies- en informatiepunt',
        'Vertrouwelijk advies over rechten, mogelijkheden en volgende stappen voor mensen die getroffen zijn door mensenhandel en uitbuiting.',
      ],
      interpretation: [
        'Tolken en culturele bemiddeling',
        'Tolken en culturele bemiddelaars begeleiden slachtoffers bij afspraken met politie, artsen en advocaten.',
      ],
      legal: [
        'Juridisch advies en bijstand',
        'Advocaten adviseren slachtoffers over het strafproces, achterstallig loon en verblijfsrecht, en staan hen bij in de rechtszaal.',
      ],
      compensation: [
        'Hulp bij schadevergoeding',
        'Wij helpen slachtoffers schadevergoeding te vorderen van daders en de staat, en achterstallig loon terug te krijgen.',
      ],
      residence_support: [
        'Bedenktijd en verblijfsvergunning',
        'Hulp bij het aanvragen van de bedenktijd en een verblijfsvergunning voor slachtoffers van mensenhandel.',
      ],
      witness_protection: [
        'Begeleiding van getuigen',
        'Begeleiding en bescherming van slachtoffers die verklaren in strafzaken tegen mensenhandelaren.',
      ],
      child_protection: [
        'Kinderbescherming en voogdij',
        'Gespecialiseerde zorg en voogdij voor kinderen die slachtoffer zijn van mensenhandel, ook alleenstaande minderjarigen.',
      ],
      reintegration: [
        'Re-integratie, scholing en werk',
        'Taallessen, beroepsopleiding en hulp bij het vinden van werk, zodat overlevenden een zelfstandig leven kunnen opbouwen.',
      ],
      safe_return: [
        'Veilige terugkeer en nazorg',
        'Wij organiseren een vrijwillige en veilige terugkeer naar het land van herkomst, samen met partnerorganisaties die na aankomst ondersteunen.',
      ],
      hotline: [
        'Hulplijn mensenhandel',
        'Anonieme telefonische hulplijn voor slachtoffers, getuigen en professionals die een geval van mensenhandel vermoeden.',
      ],
      identification_referral: [
        'Signalering en doorverwijzing',
        'Getrainde medewerkers herkennen vermoedelijke slachtoffers van mensenhandel en verwijzen hen door naar opvang, medische zorg en rechtshulp.',
      ],
    },
    phrases: {
      free: 'Alle diensten zijn gratis.',
      fees: 'Voor sommige diensten betaalt u een bijdrage; vraag naar vrijstelling.',
      interpretation: 'Op verzoek is een tolk beschikbaar.',
      open247: 'Wij zijn dag en nacht bereikbaar, zeven dagen per week.',
      selfReferral: 'U kunt rechtstreeks contact met ons opnemen, zonder verwijzing.',
      referralOnly: 'Toegang alleen na verwijzing door politie, sociale diensten of een hulporganisatie.',
      holidays: 'Gesloten tijdens de feestdagen.',
      renovation: 'Gesloten wegens verbouwing.',
      sample: 'Voorbeeldgegevens: dit is geen echte dienst.',
    },
    organisationPatterns: ['Stichting {word} {city}', '{word} {city}', 'Vereniging {word} {city}'],
    organisationWords: ['Vuurtoren', 'Nieuwe Start', 'Veilige Haven', 'De Brug', 'Horizon', 'Open Deur'],
    streets: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenstraat', 'Schoolstraat', 'Nieuwstraat'],
    numberFirst: false,
    people: [
      'Sanne de Jong',
      'Lotte Jansen',
      'Daan de Vries',
      'Eva Peeters',
      'Bram Bakker',
      'Fleur Visser',
      'Jeroen Maes',
      'Anouk Willems',
    ],
  },
  ga: {
    types: {
      shelter: [
        "Tearmann d'íospartaigh gáinneála ar dhaoine",
        "Lóistín sábháilte agus rúnda do dhaoine a d'éalaigh ó gháinneáil ar dhaoine.",
      ],
      shelter_women: [
        'Tearmann do mhná agus do leanaí',
        "Lóistín cosanta do mhná agus dá leanaí a d'éalaigh ó shaothrú gnéasach nó ó obair éigeantach.",
      ],
      material_assistance: [
        'Cúnamh ábhartha práinneach',
        "Cuirimid bia, éadaí agus earraí sláinteachais ar fáil d'íospartaigh gáinneála ar dhaoine.",
      ],
      medical: [
        "Cúram sláinte d'íospartaigh",
        'Scrúduithe leighis agus cóireáil saor in aisce agus faoi rún, agus atreorú chuig dochtúirí speisialta.',
      ],
      psychological: [
        'Tacaíocht shíceolaíoch agus teiripe tráma',
        'Comhairleoireacht agus teiripe ó shíceolaithe a bhfuil taithí acu ar obair le marthanóirí gáinneála.',
      ],
      counselling: [
        'Ionad comhairle agus eolais',
        'Comhairle rúnda faoi chearta, roghanna agus na chéad chéimeanna eile do dhaoine a ndearnadh gáinneáil orthu.',
      ],
      interpretation: [
        'Ateangaireacht agus idirghabháil chultúrtha',
        'Téann ateangairí in éineacht le híospartaigh chuig coinní leis na Gardaí, le dochtúirí agus le dlíodóirí.',
      ],
      legal: [
        'Comhairle agus ionadaíocht dhlíthiúil',
        "Tugann dlíodóirí comhairle d'íospartaigh faoi imeachtaí coiriúla agus faoi chearta cónaithe, agus déanann siad ionadaíocht orthu sa chúirt.",
      ],
      compensation: [
        'Cúnamh le cúiteamh',
        'Cabhraímid le híospartaigh cúiteamh a éileamh ó na ciontóirí agus ón Stát.',
      ],
      residence_support: [
        'Tréimhse machnaimh agus cead cónaithe',
        'Cúnamh le hiarratas ar thréimhse téarnaimh agus machnaimh agus ar chead cónaithe.',
      ],
      witness_protection: [
        "Tacaíocht d'íospartaigh ar finnéithe iad",
        "Tionlacan agus cosaint d'íospartaigh a thugann fianaise i gcásanna coiriúla in aghaidh gáinneálaithe.",
      ],
      child_protection: [
        'Cosaint leanaí agus caomhnóireacht',
        'Cúram speisialta agus caomhnóireacht do leanaí ar íospartaigh gáinneála iad, lena n-áirítear leanaí gan tionlacan.',
      ],
      reintegration: [
        'Athimeascadh, oiliúint agus fostaíocht',
        'Ranganna teanga, oiliúint ghairmiúil agus cúnamh chun obair a fháil.',
      ],
      safe_return: [
        'Filleadh sábháilte agus tacaíocht ina dhiaidh',
        'Eagraímid filleadh deonach sábháilte ar an tír dhúchais i gcomhar le heagraíochtaí comhpháirtíochta.',
      ],
      hotline: [
        'Líne chabhrach in aghaidh na gáinneála',
        "Líne theileafóin gan ainm d'íospartaigh, d'fhinnéithe agus do ghairmithe a bhfuil amhras orthu faoi gháinneáil.",
      ],
      identification_referral: [
        'Aithint agus atreorú',
        'Aithníonn foireann oilte íospartaigh gháinneála agus atreoraíonn siad iad chuig tearmainn, cúram sláinte agus cúnamh dlí.',
      ],
    },
    phrases: {
      free: 'Tá gach seirbhís saor in aisce.',
      fees: 'Tá táille ar roinnt seirbhísí.',
      interpretation: 'Tá ateangaire ar fáil ach é a iarraidh.',
      open247: 'Táimid ar fáil 24 uair an chloig, seacht lá na seachtaine.',
      selfReferral: 'Is féidir teagmháil a dhéanamh linn go díreach.',
      referralOnly: 'Glactar le daoine ar atreorú amháin.',
      holidays: 'Dúnta le linn na laethanta saoire.',
      renovation: 'Dúnta le haghaidh athchóirithe.',
      sample: 'Sonraí samplacha: ní seirbhís fhíor í seo.',
    },
    organisationPatterns: ['{word} {city}'],
    organisationWords: ['Dóchas', 'Droichead', 'Tearmann', 'Solas', 'Tús Nua'],
    streets: ['Main Street', 'Church Road', 'Station Road', 'High Street', 'Mill Lane', 'Park Avenue'],
    numberFirst: true,
    people: [
      'Aoife Ní Bhriain',
      'Siobhán Ní Mhurchú',
      'Seán Ó Briain',
      'Niamh Nic Giolla',
      'Ciarán Ó Súilleabháin',
      'Róisín Ní Dhónaill',
      'Pádraig Ó Ceallaigh',
      'Gráinne Ní Fhloinn',
    ],
  },
  mt: {
    types: {
      shelter: [
        'Kenn għall-vittmi tat-traffikar tal-bnedmin',
        "Akkomodazzjoni sigura u kunfidenzjali għal persuni li ħarbu mit-traffikar tal-bnedmin, b'persunal preżenti lejl u nhar.",
      ],
      shelter_women: [
        'Kenn għan-nisa u t-tfal',
        'Akkomodazzjoni protetta għan-nisa u għal uliedhom li ħarbu mill-isfruttament sesswali jew mix-xogħol furzat.',
      ],
      material_assistance: [
        'Għajnuna materjali urġenti',
        'Nipprovdu ikel, ħwejjeġ, prodotti tal-iġjene u ftit għajnuna finanzjarja lill-vittmi tat-traffikar.',
      ],
      medical: [
        'Kura medika għall-vittmi',
        "Eżamijiet mediċi b'xejn u kunfidenzjali, kura u riferiment għand speċjalisti.",
      ],
      psychological: [
        'Appoġġ psikoloġiku u terapija tat-trawma',
        "Appoġġ u terapija minn psikologi b'esperjenza fix-xogħol ma' superstiti tat-traffikar.",
      ],
      counselling: [
        "Ċentru ta' pariri u informazzjoni",
        'Pariri kunfidenzjali dwar id-drittijiet, l-għażliet u l-passi li jmiss għal persuni milquta mit-traffikar u l-isfruttament.',
      ],
      interpretation: [
        'Interpretazzjoni u medjazzjoni kulturali',
        'Interpreti u medjaturi kulturali jakkumpanjaw lill-vittmi għal laqgħat mal-pulizija, it-tobba u l-avukati.',
      ],
      legal: [
        'Għajnuna legali u rappreżentanza',
        "Avukati jagħtu pariri lill-vittmi dwar il-proċeduri kriminali u d-dritt ta' residenza, u jirrappreżentawhom il-qorti.",
      ],
      compensation: [
        'Għajnuna għall-kumpens',
        'Ngħinu lill-vittmi jitolbu kumpens mingħand il-ħatja u mill-Istat u jirkupraw pagi mhux imħallsa.',
      ],
      residence_support: [
        "Perjodu ta' riflessjoni u permess ta' residenza",
        "Għajnuna biex tapplika għall-perjodu ta' rkupru u riflessjoni u għal permess ta' residenza.",
      ],
      witness_protection: [
        'Appoġġ għall-vittmi xhieda',
        'Akkumpanjament u protezzjoni għall-vittmi li jixhdu fi proċeduri kriminali kontra t-traffikanti.',
      ],
      child_protection: [
        'Protezzjoni tat-tfal u tutela',
        'Kura speċjalizzata u tutela għal tfal vittmi tat-traffikar, inklużi minorenni mhux akkumpanjati.',
      ],
      reintegration: [
        'Integrazzjoni, taħriġ u impjieg',
        'Korsijiet tal-lingwa, taħriġ vokazzjonali u għajnuna biex issib xogħol.',
      ],
      safe_return: [
        'Ritorn sigur u appoġġ wara r-ritorn',
        "Norganizzaw ritorn volontarju u sigur lejn il-pajjiż tal-oriġini flimkien ma' organizzazzjonijiet sħab.",
      ],
      hotline: [
        "Linja ta' għajnuna kontra t-traffikar",
        "Linja telefonika anonima għall-vittmi, ix-xhieda u l-professjonisti li jissuspettaw każ ta' traffikar.",
      ],
      identification_referral: [
        'Identifikazzjoni u riferiment',
        'Professjonisti mħarrġa jidentifikaw vittmi preżunti tat-traffikar u jirreferuhom għal kenn, kura medika u għajnuna legali.',
      ],
    },
    phrases: {
      free: "Is-servizzi kollha huma b'xejn.",
      fees: 'Xi servizzi jitħallsu; staqsi dwar eżenzjonijiet.',
      interpretation: 'Interpretu disponibbli fuq talba.',
      open247: 'Aħna disponibbli 24 siegħa kuljum, sebat ijiem fil-ġimgħa.',
      selfReferral: "Tista' tikkuntattjana direttament, mingħajr riferiment.",
      referralOnly: "Dħul biss b'riferiment mill-pulizija, is-servizzi soċjali jew NGO.",
      holidays: 'Magħluq matul il-festi.',
      renovation: 'Magħluq għal xogħlijiet ta’ rinnovazzjoni.',
      sample: "Data ta' eżempju: dan mhuwiex servizz reali.",
    },
    organisationPatterns: ['Fondazzjoni {word}', 'Għaqda {word} – {city}'],
    organisationWords: ['Tama', 'Pont', 'Kenn', 'Bidu Ġdid', 'Fanal'],
    streets: [
      'Triq il-Kbira',
      'Triq ir-Repubblika',
      'Triq il-Knisja',
      'Triq San Pawl',
      'Triq il-Merkanti',
      'Triq it-Torri',
    ],
    numberFirst: true,
    people: [
      'Maria Borg',
      'Rita Camilleri',
      'Joseph Vella',
      'Carmen Farrugia',
      'Mark Zammit',
      'Anna Galea',
      'Paul Grech',
      'Claire Micallef',
    ],
  },
};

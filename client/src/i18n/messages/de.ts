import { type MessageSchema } from './en';

const de: MessageSchema = {
  app: {
    name: 'THB Platform',
    tagline: 'EU-Plattform der Zivilgesellschaft gegen Menschenhandel',
    skipToContent: 'Zum Hauptinhalt springen',
    documentTitle: '{page} · THB Platform',
  },
  nav: {
    label: 'Hauptmenü',
    menu: 'Menü',
    home: 'Startseite',
    directory: 'Verzeichnis',
    partners: 'Partner',
    channels: 'Kanäle',
    announcements: 'Mitteilungen',
    actions: 'Maßnahmen',
  },
  locale: {
    label: 'Sprache',
    names: {
      en: 'English',
      fr: 'Français',
      de: 'Deutsch',
    },
  },
  connection: {
    label: 'Echtzeitverbindung:',
    connected: 'Verbunden',
    connecting: 'Verbindung wird hergestellt…',
    offline: 'Offline',
  },
  footer: {
    heading: 'Über THB Platform',
    about:
      'Der gemeinsame Arbeitsbereich der EU-Plattform der Zivilgesellschaft gegen Menschenhandel: Organisationen und Dienstleister, die sich in den Mitgliedstaaten und ausgewählten Drittstaaten für den Schutz und die Unterstützung von Opfern einsetzen, gemeinsam mit der bzw. dem EU-Koordinator/in für die Bekämpfung des Menschenhandels.',
    noVictimData: 'Die Plattform enthält keine Daten über Opfer oder Fälle.',
    emergency: 'Wenn jemand in unmittelbarer Gefahr ist, rufen Sie die europäische Notrufnummer 112 an.',
    linksLabel: 'Rechtliche Hinweise',
    accessibility: 'Erklärung zur Barrierefreiheit',
    privacy: 'Datenschutzhinweis',
    apiDocs: 'API-Dokumentation',
    version: 'Version {version}',
  },
  titles: {
    home: 'Startseite',
    directory: 'Verzeichnis',
    partners: 'Partner',
    channels: 'Kanäle',
    announcements: 'Mitteilungen',
    actions: 'Maßnahmen',
    accessibility: 'Erklärung zur Barrierefreiheit',
    privacy: 'Datenschutzhinweis',
    notFound: 'Seite nicht gefunden',
  },
  home: {
    eyebrow: 'Verzeichnis · Kanäle · Mitteilungen',
    title: 'Gemeinsam gegen Menschenhandel',
    lead: 'THB Platform ist der gemeinsame Arbeitsbereich der EU für die Organisationen, die Opfer von Menschenhandel schützen und unterstützen. Finden Sie Hilfsangebote und Kontakte in ganz Europa, tauschen Sie sich mit Fachleuten aus und verfolgen Sie die Mitteilungen des EU-Koordinators für die Bekämpfung des Menschenhandels.',
    ctaDirectory: 'Verzeichnis erkunden',
    ctaChannels: 'An der Diskussion teilnehmen',
    audiences: {
      heading: 'Für wen die Plattform gedacht ist',
      practitioners: {
        title: 'NGOs und Fachkräfte',
        text: 'Durchsuchen Sie das EU-weite Verzeichnis der Hilfsangebote für Opfer und der beruflichen Kontakte, und vermitteln Sie Menschen an Unterkünfte sowie rechtliche, medizinische oder psychologische Hilfe, wo immer sie sich befinden.',
        link: 'Verzeichnis durchsuchen',
      },
      members: {
        title: 'Mitglieder der Plattform der Zivilgesellschaft',
        text: 'Teilen Sie beobachtete Entwicklungen, neu erkannte schutzbedürftige Gruppen und bewährte Verfahren in Kanälen, die jeweils einer Priorität der EU-Strategie gewidmet sind.',
        link: 'Kanäle öffnen',
      },
      coordinator: {
        title: 'EU-Koordinator für die Bekämpfung des Menschenhandels',
        text: 'Veröffentlicht Mitteilungen an alle Mitglieder und sorgt für die Zusammenarbeit zwischen der Plattform der Zivilgesellschaft, den nationalen Berichterstattern und den EU-Agenturen.',
        link: 'Mitteilungen lesen',
      },
    },
    priorities: {
      heading: 'Die fünf Prioritäten der EU-Strategie',
      intro:
        'Die EU-Strategie zur Beseitigung des Menschenhandels legt fünf Prioritäten und die Maßnahmen zu ihrer Umsetzung fest. Die Kanäle und die Maßnahmenübersicht der Plattform sind danach gegliedert.',
    },
  },
  strategy: {
    loading: 'Die Prioritäten werden geladen…',
    errorTitle: 'Die Prioritäten konnten nicht geladen werden.',
    empty: 'Es wurden noch keine Prioritäten veröffentlicht.',
    period: 'Zeitraum: {period}',
    priority: 'Priorität {code}',
    actionCount: 'Keine Maßnahmen | {n} Maßnahme | {n} Maßnahmen',
    showActions: 'Maßnahmen anzeigen',
    hideActions: 'Maßnahmen ausblenden',
    ofPriority: 'der Priorität {code}',
    responsible: 'Zuständig',
    timing: 'Zeitplan',
    officialText:
      'Die Titel der Prioritäten und Maßnahmen werden aus dem offiziellen englischen Text der Strategie zitiert.',
    abbreviations: {
      heading: 'Abkürzungen',
      COM: 'Europäische Kommission',
      MS: 'Mitgliedstaaten',
      EEAS: 'Europäischer Auswärtiger Dienst',
      FRA: 'Agentur der Europäischen Union für Grundrechte',
      EUROFOUND: 'Europäische Stiftung zur Verbesserung der Lebens- und Arbeitsbedingungen',
    },
  },
  errors: {
    codes: {
      validation_failed: 'Einige der gesendeten Angaben sind ungültig.',
      malformed_request: 'Der Server konnte die Anfrage nicht lesen.',
      payload_too_large: 'Die gesendeten Daten sind zu groß.',
      unauthenticated: 'Bitte melden Sie sich an, um fortzufahren.',
      invalid_credentials: 'E-Mail-Adresse oder Passwort ist nicht korrekt.',
      two_factor_enrolment_required: 'Richten Sie die Zwei-Faktor-Authentifizierung ein, um fortzufahren.',
      invalid_link: 'Dieser Link ist abgelaufen oder wurde bereits verwendet.',
      forbidden: 'Sie sind dazu nicht berechtigt.',
      not_found: 'Das Gesuchte wurde nicht gefunden.',
      method_not_allowed: 'Dieser Vorgang wird nicht unterstützt.',
      conflict:
        'Dies steht im Konflikt mit einer kürzlich vorgenommenen Änderung. Laden Sie die Seite neu und versuchen Sie es erneut.',
      rate_limited: 'Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
      origin_not_allowed: 'Anfragen von dieser Adresse sind nicht zulässig.',
      service_unavailable:
        'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.',
      internal_error: 'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    },
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    invalidResponse:
      'Der Server hat eine Antwort gesendet, die die Anwendung nicht lesen konnte. Bitte versuchen Sie es später erneut.',
    unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    reference: 'Referenz: {id}',
    retry: 'Erneut versuchen',
  },
  comingSoon: {
    badge: 'Demnächst verfügbar',
    offersHeading: 'Was Sie hier tun können werden',
    backHome: 'Zurück zur Startseite',
    directory: {
      title: 'Verzeichnis',
      description:
        'Ein EU-weites Verzeichnis der Hilfsangebote für Opfer von Menschenhandel und der beruflichen Kontakte, das die in jedem Mitgliedstaat verfügbare Unterstützung abbildet.',
      points: {
        p1: 'Hilfsangebote nach Land, Sprache und Bedarf finden: Unterkunft, medizinische, psychologische und rechtliche Unterstützung, Dolmetschen, Wiedereingliederung, sichere Rückkehr und Hotlines rund um die Uhr.',
        p2: 'Berufliche Kontakte erreichen, etwa nationale Berichterstatter, nationale Verweismechanismen und Kontaktstellen der Strafverfolgungsbehörden, auch außerhalb der Dienstzeiten.',
        p3: 'Die Angebote und Kontaktdaten Ihrer Organisation für alle aktuell halten, die Opfer an Sie vermitteln.',
      },
    },
    partners: {
      title: 'Partner',
      description:
        'Finden Sie Partnerorganisationen unter den Mitgliedern der Plattform, in den Mitgliedstaaten und in ausgewählten Drittstaaten.',
      points: {
        p1: 'Mitgliedsorganisationen nach Land, Tätigkeitsbereich, behandelten Ausbeutungsformen und Zielgruppen suchen.',
        p2: 'Das Profil jeder Organisation, ihre Angebote und ihre Arbeitssprachen einsehen.',
        p3: 'Mit Fachleuten Kontakt aufnehmen, um gemeinsame Projekte, Vermittlungen und sichere Rückkehr vorzubereiten.',
      },
    },
    channels: {
      title: 'Kanäle',
      description:
        'Diskussionen in Echtzeit zwischen Mitgliedern, mit einem Kanal für jede Priorität der EU-Strategie, von A bis E.',
      points: {
        p1: 'In eigenen Kanälen über Identifizierung und Unterstützung von Opfern, Prävention, Strafverfolgung, Zusammenarbeit und neue Herausforderungen diskutieren.',
        p2: 'Beobachtete Entwicklungen und neu erkannte schutzbedürftige Gruppen mit dem europaweiten Netzwerk der Organisationen teilen.',
        p3: 'Die Diskussionen sind vertraulich, nur für Mitglieder zugänglich und enthalten niemals Daten über Opfer oder Fälle.',
      },
    },
    announcements: {
      title: 'Mitteilungen',
      description: 'Mitteilungen des EU-Koordinators für die Bekämpfung des Menschenhandels an alle Mitglieder.',
      points: {
        p1: 'Neuigkeiten, Aufrufe zur Mitwirkung und Einladungen zu Treffen des Koordinators lesen.',
        p2: 'In Echtzeit benachrichtigt werden, wenn eine neue Mitteilung veröffentlicht wird.',
        p3: 'Frühere Mitteilungen an einem Ort finden.',
      },
    },
    actions: {
      title: 'Maßnahmen',
      description: 'Eine Übersicht über die Maßnahmen der EU-Strategie mit Zuständigkeiten, Zeitplan und Fortschritt.',
      points: {
        p1: 'Die Maßnahmen jeder Priorität mit den zuständigen Stellen und ihrem Zeitplan durchsuchen.',
        p2: 'Fortschritte und Beiträge der Organisationen der Zivilgesellschaft verfolgen.',
        p3: 'Diskussionen und Mitteilungen mit den Maßnahmen verknüpfen, die sie betreffen.',
      },
    },
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Die gesuchte Seite existiert nicht oder wurde verschoben. Prüfen Sie die Adresse oder nutzen Sie einen der folgenden Links.',
    backHome: 'Zur Startseite',
    suggestions: 'Nützliche Seiten',
  },
  legal: {
    onThisPage: 'Auf dieser Seite',
    lastUpdated: 'Zuletzt aktualisiert: {date}',
    email: 'E-Mail: {email}',
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    lead: 'THB Platform ist bemüht, ihre Website im Einklang mit der Richtlinie (EU) 2016/2102 über den barrierefreien Zugang zu den Websites und mobilen Anwendungen öffentlicher Stellen barrierefrei zugänglich zu machen.',
    scope:
      'Diese Erklärung zur Barrierefreiheit gilt für die Webanwendung THB Platform: Startseite, Verzeichnis, Partnersuche, Diskussionskanäle, Mitteilungen und Maßnahmenübersicht.',
    status: {
      heading: 'Stand der Vereinbarkeit mit den Anforderungen',
      text: 'Diese Website ist wegen der unten aufgeführten Unvereinbarkeiten teilweise mit den Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA, und der europäischen Norm EN 301 549 V3.2.1 vereinbar. Unser Ziel ist die vollständige Konformität mit WCAG 2.1, Stufe AA.',
    },
    measures: {
      heading: 'Was wir für die Barrierefreiheit der Plattform tun',
      items: {
        keyboard:
          'Jede Seite ist allein mit der Tastatur bedienbar; ein Link „Zum Hauptinhalt springen“ ist das erste Element jeder Seite.',
        focus: 'Der Tastaturfokus ist immer deutlich sichtbar.',
        structure:
          'Die Seiten verwenden Überschriften, Landmarks und beschriftete Bedienelemente, damit Screenreader darin navigieren können, und beim Seitenwechsel wird der Fokus auf die Seitenüberschrift gesetzt.',
        contrast:
          'Text hat ein Kontrastverhältnis von mindestens 4,5:1, und das Layout passt sich kleinen Bildschirmen und dem Zoomen ohne horizontales Scrollen an.',
        language:
          'Die Sprache jeder Seite ist angegeben, und in einer anderen Sprache zitierter Text, etwa der offizielle englische Text der EU-Strategie, ist entsprechend ausgezeichnet.',
        status:
          'Statusmeldungen wie Ladevorgänge, Fehler und der Zustand der Echtzeitverbindung werden assistiven Technologien mitgeteilt und nie allein durch Farbe vermittelt.',
      },
    },
    limitations: {
      heading: 'Nicht barrierefreie Inhalte',
      intro: 'Die nachstehend aufgeführten Inhalte sind noch nicht vollständig barrierefrei.',
      items: {
        apiDocs:
          'Die API-Dokumentation (/api/docs) verwendet Swagger UI, eine Komponente eines Drittanbieters. Einigen Bedienelementen fehlen zugängliche Namen, manche Texte erfüllen die Kontrastanforderungen nicht, und der Zustand aufklappbarer Abschnitte wird nicht immer angesagt. Sie ist eine technische Referenz für Entwicklerinnen und Entwickler; wenden Sie sich an uns, wenn Sie diese Informationen in einer anderen Form benötigen.',
        officialTexts:
          'Die Titel der Prioritäten und Maßnahmen der EU-Strategie sind, wie im zitierten offiziellen Text, nur auf Englisch verfügbar.',
        memberContent:
          'Von Mitgliedern verfasste Inhalte wie Organisationsprofile und Nachrichten in Kanälen erfüllen möglicherweise nicht immer die Anforderungen an die Barrierefreiheit. Wir geben den Mitgliedern Hinweise zum Verfassen barrierefreier Inhalte.',
      },
    },
    preparation: {
      heading: 'Erstellung dieser Erklärung',
      text: 'Diese Erklärung wurde am {date} erstellt. Sie beruht auf einer Selbstbewertung durch das Entwicklungsteam: Bei jeder Version laufen auf jeder Seite automatisierte Barrierefreiheitstests mit axe-core, und jede Seite wird manuell nur mit der Tastatur und auf kleinen Bildschirmen bis zu einer Breite von 320 CSS-Pixeln getestet.',
    },
    feedback: {
      heading: 'Feedback und Kontaktangaben',
      text: 'Wenn Sie ein Barrierefreiheitsproblem feststellen, das in dieser Erklärung nicht aufgeführt ist, oder Informationen der Plattform in einem barrierefreien Format benötigen, kontaktieren Sie uns bitte. Wir bemühen uns, innerhalb von 15 Arbeitstagen zu antworten.',
    },
    enforcement: {
      heading: 'Durchsetzungsverfahren',
      text: 'Wenn Sie mit unserer Antwort auf Ihr Feedback oder Ihre Anfrage nicht zufrieden sind, können Sie sich an die in Ihrem Mitgliedstaat für die Durchsetzung der Barrierefreiheitsanforderungen zuständige Stelle wenden. Betrifft Ihre Beschwerde ein Organ, eine Einrichtung oder eine sonstige Stelle der EU, können Sie sich auch an die Europäische Bürgerbeauftragte wenden.',
    },
  },
  privacy: {
    title: 'Datenschutzhinweis',
    lead: 'Dieser Hinweis erläutert, welche personenbezogenen Daten THB Platform verarbeitet, warum, wie lange und welche Rechte Sie haben. Die Verarbeitung erfolgt nach der Verordnung (EU) 2018/1725 zum Schutz personenbezogener Daten durch die Organe, Einrichtungen und sonstigen Stellen der Union und, soweit anwendbar, nach der Datenschutz-Grundverordnung (EU) 2016/679.',
    noVictimData: {
      heading: 'Keine Daten über Opfer oder Fälle',
      text: 'THB Platform enthält keine Daten über Opfer von Menschenhandel oder über einzelne Fälle. Sie enthält Organisationen, Hilfsangebote, berufliche Kontakte, Mitgliederkonten und Diskussionen unter Fachleuten. Veröffentlichen Sie niemals Informationen, durch die ein Opfer oder eine gefährdete Person identifiziert werden könnte.',
    },
    controller: {
      heading: 'Wer für Ihre Daten verantwortlich ist',
      text: 'Verantwortlicher ist der Betreiber der Plattform, der im Auftrag des Büros des EU-Koordinators für die Bekämpfung des Menschenhandels handelt. Sie erreichen den Betreiber und seinen Datenschutzbeauftragten per E-Mail.',
    },
    data: {
      heading: 'Welche Daten wir verarbeiten',
      items: {
        account:
          'Kontodaten der Mitglieder: Name, berufliche E-Mail-Adresse, Organisation, Funktion und bevorzugte Sprache.',
        organisations:
          'Organisationsprofile: die Angebote einer Organisation, wo und für wen, sowie die beruflichen Kontaktdaten, die sie veröffentlichen möchte, teilweise nur für Mitglieder sichtbar.',
        messages: 'In Kanälen und Mitteilungen veröffentlichte Nachrichten mit Verfasser und Zeitpunkt.',
        logs: 'Serverprotokolle: IP-Adresse, Datum und Uhrzeit, aufgerufene Adresse und Browsertyp, zur Sicherheit des Dienstes.',
        language:
          'Ihre Sprachwahl, die nur in Ihrem Browser (localStorage) gespeichert und nie an uns übermittelt wird.',
      },
      noTracking:
        'Die Plattform verwendet keine Tracking-Cookies, keine Analysewerkzeuge und keine Dienste Dritter in Ihrem Browser. Schriften, Skripte und Stylesheets werden von der Plattform selbst bereitgestellt.',
    },
    purposes: {
      heading: 'Warum wir sie verarbeiten',
      items: {
        directory:
          'Um das EU-weite Verzeichnis der Hilfsangebote und beruflichen Kontakte sowie die Plattform der Zivilgesellschaft zu betreiben.',
        exchange: 'Damit Mitglieder Informationen austauschen und die Mitteilungen des Koordinators erhalten können.',
        security: 'Um die Sicherheit des Dienstes zu gewährleisten sowie Missbrauch zu erkennen und zu untersuchen.',
      },
    },
    legalBasis: {
      heading: 'Rechtsgrundlage',
      text: 'Die Verarbeitung ist für die Wahrnehmung einer Aufgabe im öffentlichen Interesse erforderlich: die Unterstützung der Politik der EU gegen Menschenhandel und die Koordinierung der Plattform der Zivilgesellschaft (Artikel 5 Absatz 1 Buchstabe a der Verordnung (EU) 2018/1725). Freiwillige Profilangaben werden auf der Grundlage Ihrer Einwilligung verarbeitet, die Sie jederzeit widerrufen können.',
    },
    retention: {
      heading: 'Wie lange wir sie speichern',
      items: {
        account:
          'Kontodaten: solange Ihr Konto aktiv ist; sie werden innerhalb von drei Monaten nach der Schließung gelöscht.',
        messages: 'Nachrichten: solange der Kanal besteht, sofern Sie sie nicht vorher löschen.',
        logs: 'Serverprotokolle mit IP-Adressen: 30 Tage, sofern sie nicht länger zur Untersuchung eines bestimmten Sicherheitsvorfalls benötigt werden.',
        language: 'Sprachwahl: bis Sie den Speicher Ihres Browsers löschen.',
      },
    },
    recipients: {
      heading: 'Wer darauf zugreifen kann',
      text: 'Befugte Mitarbeitende des Plattformbetreibers nach dem Grundsatz „Kenntnis nur, wenn nötig“; andere Mitglieder für das, was Sie mit ihnen teilen, etwa Ihr Profil und Ihre Nachrichten; sowie der Hosting-Anbieter, der die Daten im Auftrag des Betreibers innerhalb der Europäischen Union verarbeitet. Die Daten werden nicht außerhalb der EU und des EWR übermittelt, nicht verkauft und nicht für Werbung verwendet.',
    },
    rights: {
      heading: 'Ihre Rechte',
      intro: 'Sie haben das Recht,',
      items: {
        access: 'Auskunft über Ihre personenbezogenen Daten zu erhalten',
        rectification: 'unrichtige Daten berichtigen zu lassen',
        erasure: 'Ihre Daten löschen zu lassen',
        restriction: 'die Verarbeitung Ihrer Daten einschränken zu lassen',
        objection: 'der Verarbeitung Ihrer Daten zu widersprechen',
        portability: 'Ihre Daten in einem übertragbaren Format zu erhalten',
      },
      exercise:
        'Um diese Rechte auszuüben, schreiben Sie dem Plattformbetreiber eine E-Mail. Wir antworten innerhalb eines Monats.',
      complaint:
        'Sie können außerdem Beschwerde beim Europäischen Datenschutzbeauftragten (EDSB) oder bei der Datenschutzaufsichtsbehörde Ihres Mitgliedstaats einlegen.',
    },
  },
};

export default de;

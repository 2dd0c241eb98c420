import { type MessageSchema } from './en';

const fr: MessageSchema = {
  app: {
    name: 'THB Platform',
    tagline: 'Plateforme de la société civile de l’UE contre la traite des êtres humains',
    skipToContent: 'Aller au contenu principal',
    documentTitle: '{page} · THB Platform',
  },
  nav: {
    label: 'Principale',
    menu: 'Menu',
    home: 'Accueil',
    directory: 'Annuaire',
    partners: 'Partenaires',
    channels: 'Canaux',
    announcements: 'Annonces',
    actions: 'Actions',
  },
  locale: {
    label: 'Langue',
    names: {
      en: 'English',
      fr: 'Français',
      de: 'Deutsch',
    },
  },
  connection: {
    label: 'Connexion en temps réel :',
    connected: 'En ligne',
    connecting: 'Connexion…',
    offline: 'Hors ligne',
  },
  footer: {
    heading: 'À propos de THB Platform',
    about:
      'L’espace de travail partagé de la Plateforme de la société civile de l’UE contre la traite des êtres humains : organisations et prestataires de services œuvrant à la protection et à l’assistance des victimes dans les États membres et dans certains pays tiers, avec la coordinatrice ou le coordinateur de l’UE pour la lutte contre la traite.',
    noVictimData: 'La plateforme ne contient aucune donnée sur les victimes ni sur les dossiers.',
    emergency: 'Si une personne est en danger immédiat, appelez le 112, le numéro d’urgence européen.',
    linksLabel: 'Informations légales',
    accessibility: 'Déclaration d’accessibilité',
    privacy: 'Avis de confidentialité',
    apiDocs: 'Documentation de l’API',
    version: 'Version {version}',
  },
  titles: {
    home: 'Accueil',
    directory: 'Annuaire',
    partners: 'Partenaires',
    channels: 'Canaux',
    announcements: 'Annonces',
    actions: 'Actions',
    accessibility: 'Déclaration d’accessibilité',
    privacy: 'Avis de confidentialité',
    notFound: 'Page introuvable',
  },
  home: {
    eyebrow: 'Annuaire · Canaux · Annonces',
    title: 'Agir ensemble contre la traite des êtres humains',
    lead: 'THB Platform est l’espace de travail partagé de l’UE pour les organisations qui protègent et assistent les victimes de la traite. Trouvez des services d’aide et des contacts dans toute l’Europe, échangez avec vos pairs et suivez les annonces du coordinateur de l’UE pour la lutte contre la traite.',
    ctaDirectory: 'Explorer l’annuaire',
    ctaChannels: 'Rejoindre la discussion',
    audiences: {
      heading: 'À qui s’adresse la plateforme',
      practitioners: {
        title: 'ONG et professionnels',
        text: 'Consultez l’annuaire européen des services d’aide aux victimes et des contacts professionnels, et orientez les personnes vers un hébergement, une aide juridique, médicale ou psychologique, où qu’elles se trouvent.',
        link: 'Consulter l’annuaire',
      },
      members: {
        title: 'Membres de la Plateforme de la société civile',
        text: 'Partagez les tendances observées, les groupes vulnérables nouvellement identifiés et les bonnes pratiques dans des canaux consacrés à chaque priorité de la stratégie de l’UE.',
        link: 'Ouvrir les canaux',
      },
      coordinator: {
        title: 'Coordinateur de l’UE pour la lutte contre la traite',
        text: 'Publie des annonces à l’intention de tous les membres et assure la coopération entre la Plateforme de la société civile, les rapporteurs nationaux et les agences de l’UE.',
        link: 'Lire les annonces',
      },
    },
    priorities: {
      heading: 'Les cinq priorités de la stratégie de l’UE',
      intro:
        'La stratégie de l’UE en vue de l’éradication de la traite des êtres humains fixe cinq priorités et les actions pour les atteindre. Les canaux et le suivi des actions de la plateforme sont organisés autour d’elles.',
    },
  },
  strategy: {
    loading: 'Chargement des priorités…',
    errorTitle: 'Les priorités n’ont pas pu être chargées.',
    empty: 'Aucune priorité n’a encore été publiée.',
    period: 'Période : {period}',
    priority: 'Priorité {code}',
    actionCount: 'Aucune action | {n} action | {n} actions',
    showActions: 'Afficher les actions',
    hideActions: 'Masquer les actions',
    ofPriority: 'de la priorité {code}',
    responsible: 'Responsables',
    timing: 'Calendrier',
    officialText:
      'Les intitulés des priorités et des actions sont cités dans la version anglaise officielle de la stratégie.',
    abbreviations: {
      heading: 'Abréviations',
      COM: 'Commission européenne',
      MS: 'États membres',
      EEAS: 'Service européen pour l’action extérieure',
      FRA: 'Agence des droits fondamentaux de l’Union européenne',
      EUROFOUND: 'Fondation européenne pour l’amélioration des conditions de vie et de travail',
    },
  },
  errors: {
    codes: {
      validation_failed: 'Certaines des informations envoyées ne sont pas valides.',
      malformed_request: 'Le serveur n’a pas pu lire la demande.',
      payload_too_large: 'Les données envoyées sont trop volumineuses.',
      unauthenticated: 'Veuillez vous connecter pour continuer.',
      invalid_credentials: 'L’adresse e-mail ou le mot de passe est incorrect.',
      two_factor_enrolment_required: 'Configurez l’authentification à deux facteurs pour continuer.',
      invalid_link: 'Ce lien a expiré ou a déjà été utilisé.',
      forbidden: 'Vous n’êtes pas autorisé à effectuer cette opération.',
      not_found: 'L’élément recherché est introuvable.',
      method_not_allowed: 'Cette opération n’est pas prise en charge.',
      conflict: 'Cette opération est en conflit avec une modification récente. Rechargez la page et réessayez.',
      rate_limited: 'Trop de demandes en peu de temps. Patientez un instant, puis réessayez.',
      origin_not_allowed: 'Les demandes provenant de cette adresse ne sont pas autorisées.',
      service_unavailable: 'Le service est temporairement indisponible. Réessayez dans quelques minutes.',
      internal_error: 'Une erreur s’est produite sur le serveur. Réessayez plus tard.',
    },
    network: 'Le serveur est injoignable. Vérifiez votre connexion internet et réessayez.',
    invalidResponse: 'Le serveur a envoyé une réponse que l’application n’a pas pu lire. Réessayez plus tard.',
    unknown: 'Une erreur s’est produite. Veuillez réessayer.',
    reference: 'Référence : {id}',
    retry: 'Réessayer',
  },
  comingSoon: {
    badge: 'Bientôt disponible',
    offersHeading: 'Ce que vous pourrez faire ici',
    backHome: 'Retour à la page d’accueil',
    directory: {
      title: 'Annuaire',
      description:
        'Un annuaire européen des services d’aide aux victimes de la traite et des contacts professionnels, pour recenser l’aide disponible dans chaque État membre.',
      points: {
        p1: 'Trouver des services par pays, langue et besoin : hébergement, assistance médicale, psychologique et juridique, interprétation, réinsertion, retour en sécurité et lignes d’écoute 24 h/24.',
        p2: 'Joindre des contacts professionnels tels que les rapporteurs nationaux, les mécanismes nationaux d’orientation et les points de contact des services répressifs, y compris en dehors des heures de bureau.',
        p3: 'Tenir à jour les services et les coordonnées de votre organisation pour tous ceux qui vous orientent des victimes.',
      },
    },
    partners: {
      title: 'Partenaires',
      description:
        'Trouvez des organisations partenaires parmi les membres de la plateforme, dans les États membres et dans certains pays tiers.',
      points: {
        p1: 'Rechercher des organisations membres par pays, domaine d’activité, formes d’exploitation traitées et publics accompagnés.',
        p2: 'Consulter le profil de chaque organisation, les services qu’elle propose et les langues dans lesquelles elle travaille.',
        p3: 'Contacter vos pairs pour préparer des projets communs, des orientations et des retours en sécurité.',
      },
    },
    channels: {
      title: 'Canaux',
      description:
        'Des discussions en temps réel entre membres, avec un canal pour chaque priorité de la stratégie de l’UE, de A à E.',
      points: {
        p1: 'Échanger sur l’identification et l’assistance des victimes, la prévention, les poursuites, la coopération et les nouveaux enjeux dans des canaux dédiés.',
        p2: 'Partager les tendances observées et les groupes vulnérables nouvellement identifiés avec le réseau européen des organisations.',
        p3: 'Les discussions sont confidentielles, réservées aux membres, et ne contiennent jamais de données sur les victimes ou les dossiers.',
      },
    },
    announcements: {
      title: 'Annonces',
      description:
        'Les annonces du coordinateur de l’UE pour la lutte contre la traite à l’intention de tous les membres.',
      points: {
        p1: 'Lire les actualités, les appels à contributions et les invitations aux réunions du coordinateur.',
        p2: 'Être averti en temps réel de la publication d’une nouvelle annonce.',
        p3: 'Retrouver les annonces précédentes au même endroit.',
      },
    },
    actions: {
      title: 'Actions',
      description:
        'Un suivi des actions de la stratégie de l’UE, indiquant les responsables, le calendrier et l’état d’avancement.',
      points: {
        p1: 'Parcourir les actions de chaque priorité, avec les organismes responsables et leur calendrier.',
        p2: 'Suivre l’avancement et les contributions des organisations de la société civile.',
        p3: 'Relier les discussions et les annonces aux actions qu’elles concernent.',
      },
    },
  },
  notFound: {
    title: 'Page introuvable',
    text: 'La page que vous cherchez n’existe pas ou a été déplacée. Vérifiez l’adresse ou utilisez l’un des liens ci-dessous.',
    backHome: 'Aller à la page d’accueil',
    suggestions: 'Pages utiles',
  },
  legal: {
    onThisPage: 'Sur cette page',
    lastUpdated: 'Dernière mise à jour : {date}',
    email: 'Courriel : {email}',
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
    lead: 'THB Platform s’engage à rendre son site web accessible, conformément à la directive (UE) 2016/2102 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public.',
    scope:
      'La présente déclaration d’accessibilité s’applique à l’application web THB Platform : page d’accueil, annuaire, recherche de partenaires, canaux de discussion, annonces et suivi des actions.',
    status: {
      heading: 'État de conformité',
      text: 'Ce site web est partiellement conforme aux règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA, et à la norme européenne EN 301 549 V3.2.1, en raison des non-conformités énumérées ci-dessous. Notre objectif est la pleine conformité au niveau AA des WCAG 2.1.',
    },
    measures: {
      heading: 'Ce que nous faisons pour rendre la plateforme accessible',
      items: {
        keyboard:
          'Chaque page peut être utilisée au clavier seul ; un lien « Aller au contenu principal » est le premier élément de chaque page.',
        focus: 'Le focus du clavier est toujours bien visible.',
        structure:
          'Les pages utilisent des titres, des repères et des contrôles étiquetés, afin que les lecteurs d’écran puissent y naviguer, et le focus est placé sur le titre de la page lorsque vous changez de page.',
        contrast:
          'Le texte présente un rapport de contraste d’au moins 4,5:1, et la mise en page s’adapte aux petits écrans et au zoom sans défilement horizontal.',
        language:
          'La langue de chaque page est déclarée, et les textes cités dans une autre langue, comme la version anglaise officielle de la stratégie de l’UE, sont balisés comme tels.',
        status:
          'Les messages d’état, tels que le chargement, les erreurs et l’état de la connexion en temps réel, sont transmis aux technologies d’assistance et ne reposent jamais sur la seule couleur.',
      },
    },
    limitations: {
      heading: 'Contenus non accessibles',
      intro: 'Les contenus énumérés ci-dessous ne sont pas encore pleinement accessibles.',
      items: {
        apiDocs:
          'La documentation de l’API (/api/docs) utilise Swagger UI, un composant tiers. Certains de ses contrôles n’ont pas de nom accessible, certains textes ne respectent pas les exigences de contraste et l’état des sections dépliables n’est pas toujours annoncé. Il s’agit d’une référence technique destinée aux développeurs ; contactez-nous si vous avez besoin de ces informations sous une autre forme.',
        officialTexts:
          'Les intitulés des priorités et des actions de la stratégie de l’UE ne sont disponibles qu’en anglais, comme dans le texte officiel cité.',
        memberContent:
          'Les contenus rédigés par les membres, tels que les profils d’organisations et les messages dans les canaux, ne respectent pas toujours les exigences d’accessibilité. Nous fournissons aux membres des conseils pour rédiger des contenus accessibles.',
      },
    },
    preparation: {
      heading: 'Établissement de cette déclaration',
      text: 'Cette déclaration a été établie le {date}. Elle repose sur une auto-évaluation de l’équipe de développement : des tests d’accessibilité automatisés avec axe-core sont exécutés sur chaque page à chaque version, et chaque page est testée manuellement au clavier seul et sur de petits écrans, jusqu’à 320 pixels CSS de large.',
    },
    feedback: {
      heading: 'Retour d’information et coordonnées',
      text: 'Si vous constatez un problème d’accessibilité qui ne figure pas dans cette déclaration, ou si vous avez besoin d’informations de la plateforme dans un format accessible, contactez-nous. Nous nous efforçons de répondre dans un délai de 15 jours ouvrables.',
    },
    enforcement: {
      heading: 'Procédure de mise en œuvre',
      text: 'Si notre réponse à votre retour ou à votre demande ne vous satisfait pas, vous pouvez vous adresser à l’organisme chargé de faire respecter les exigences d’accessibilité dans votre État membre. Si votre plainte concerne une institution, un organe ou un organisme de l’UE, vous pouvez également vous adresser au Médiateur européen.',
    },
  },
  privacy: {
    title: 'Avis de confidentialité',
    lead: 'Cet avis explique quelles données à caractère personnel THB Platform traite, pourquoi, pendant combien de temps, et quels sont vos droits. Le traitement respecte le règlement (UE) 2018/1725 relatif à la protection des données à caractère personnel par les institutions, organes et organismes de l’Union et, lorsqu’il s’applique, le règlement général sur la protection des données (UE) 2016/679.',
    noVictimData: {
      heading: 'Aucune donnée sur les victimes ni sur les dossiers',
      text: 'THB Platform ne contient aucune donnée sur les victimes de la traite ni sur des dossiers individuels. Elle contient des organisations, des services, des contacts professionnels, des comptes de membres et des discussions entre professionnels. Ne publiez jamais d’informations permettant d’identifier une victime ou une personne en danger.',
    },
    controller: {
      heading: 'Qui est responsable de vos données',
      text: 'Le responsable du traitement est l’exploitant de la plateforme, agissant pour le compte du bureau du coordinateur de l’UE pour la lutte contre la traite. Vous pouvez contacter l’exploitant et son délégué à la protection des données par courriel.',
    },
    data: {
      heading: 'Quelles données nous traitons',
      items: {
        account:
          'Données de compte des membres : nom, adresse électronique professionnelle, organisation, fonction et langue préférée.',
        organisations:
          'Profils des organisations : les services proposés, où et pour qui, et les coordonnées professionnelles que l’organisation choisit de publier, certaines étant visibles des seuls membres.',
        messages: 'Messages publiés dans les canaux et annonces, avec leur auteur et leur date de publication.',
        logs: 'Journaux du serveur : adresse IP, date et heure, adresse demandée et type de navigateur, utilisés pour assurer la sécurité du service.',
        language:
          'Votre choix de langue, enregistré uniquement dans votre navigateur (localStorage) et jamais transmis à nos serveurs.',
      },
      noTracking:
        'La plateforme n’utilise aucun cookie de suivi, aucun outil d’analyse d’audience et aucun service tiers dans votre navigateur. Les polices, scripts et styles sont fournis par la plateforme elle-même.',
    },
    purposes: {
      heading: 'Pourquoi nous les traitons',
      items: {
        directory:
          'Pour gérer l’annuaire européen des services et des contacts professionnels ainsi que la Plateforme de la société civile.',
        exchange: 'Pour permettre aux membres d’échanger des informations et de recevoir les annonces du coordinateur.',
        security: 'Pour assurer la sécurité du service, et pour détecter et examiner les abus.',
      },
    },
    legalBasis: {
      heading: 'Base juridique',
      text: 'Le traitement est nécessaire à l’exécution d’une mission d’intérêt public : soutenir la politique de l’UE contre la traite des êtres humains et la coordination de la Plateforme de la société civile (article 5, paragraphe 1, point a), du règlement (UE) 2018/1725). Les informations de profil facultatives sont traitées sur la base de votre consentement, que vous pouvez retirer à tout moment.',
    },
    retention: {
      heading: 'Combien de temps nous les conservons',
      items: {
        account:
          'Données de compte : tant que votre compte est actif ; elles sont supprimées dans les trois mois suivant sa fermeture.',
        messages: 'Messages : tant que le canal existe, sauf si vous les supprimez avant.',
        logs: 'Journaux du serveur contenant des adresses IP : 30 jours, sauf s’ils sont nécessaires plus longtemps pour examiner un incident de sécurité précis.',
        language: 'Choix de langue : jusqu’à ce que vous effaciez les données de votre navigateur.',
      },
    },
    recipients: {
      heading: 'Qui peut y accéder',
      text: 'Le personnel autorisé de l’exploitant de la plateforme, selon le principe du besoin d’en connaître ; les autres membres, pour ce que vous partagez avec eux, comme votre profil et vos messages ; et l’hébergeur, qui traite les données pour le compte de l’exploitant au sein de l’Union européenne. Les données ne sont pas transférées hors de l’UE et de l’EEE, ne sont pas vendues et ne sont pas utilisées à des fins publicitaires.',
    },
    rights: {
      heading: 'Vos droits',
      intro: 'Vous avez le droit :',
      items: {
        access: 'd’accéder à vos données à caractère personnel',
        rectification: 'de faire rectifier des données inexactes',
        erasure: 'de faire effacer vos données',
        restriction: 'de limiter le traitement de vos données',
        objection: 'de vous opposer au traitement de vos données',
        portability: 'de recevoir vos données dans un format portable',
      },
      exercise:
        'Pour exercer ces droits, écrivez à l’exploitant de la plateforme par courriel. Nous répondons dans un délai d’un mois.',
      complaint:
        'Vous pouvez également introduire une réclamation auprès du Contrôleur européen de la protection des données (CEPD) ou de l’autorité de contrôle de la protection des données de votre État membre.',
    },
  },
};

export default fr;

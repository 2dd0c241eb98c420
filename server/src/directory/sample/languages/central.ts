import { type LanguagePack } from './types';

/** Polish, Czech, Slovak, Slovenian, Croatian, Hungarian, Romanian, Bulgarian and Greek. */
export const CENTRAL_PACKS: Record<string, LanguagePack> = {
  pl: {
    types: {
      shelter: [
        'Schronienie dla ofiar handlu ludźmi',
        'Bezpieczne i poufne zakwaterowanie dla osób, które wydostały się z handlu ludźmi, z całodobową opieką personelu.',
      ],
      shelter_women: [
        'Hostel dla kobiet i dzieci',
        'Chronione zakwaterowanie dla kobiet i ich dzieci, które uciekły od wykorzystywania seksualnego lub pracy przymusowej.',
      ],
      material_assistance: [
        'Doraźna pomoc materialna',
        'Zapewniamy żywność, odzież, środki higieniczne i niewielkie wsparcie finansowe ofiarom handlu ludźmi.',
      ],
      medical: [
        'Opieka medyczna dla ofiar',
        'Bezpłatne i poufne badania lekarskie, leczenie oraz skierowania do specjalistów, także w zakresie zdrowia seksualnego.',
      ],
      psychological: [
        'Pomoc psychologiczna i terapia traumy',
        'Wsparcie i terapia uwzględniające traumę, prowadzone przez psychologów doświadczonych w pracy z osobami pokrzywdzonymi handlem ludźmi.',
      ],
      counselling: [
        'Punkt konsultacyjno-informacyjny',
        'Poufne porady na temat praw, możliwości i kolejnych kroków dla osób dotkniętych handlem ludźmi i wyzyskiem.',
      ],
      interpretation: [
        'Tłumaczenia i mediacja międzykulturowa',
        'Tłumacze i mediatorzy międzykulturowi towarzyszą ofiarom podczas spotkań z policją, lekarzami i prawnikami.',
      ],
      legal: [
        'Porady prawne i reprezentacja',
        'Prawnicy doradzają ofiarom w sprawach karnych, roszczeń płacowych i prawa pobytu oraz reprezentują je przed sądem.',
      ],
      compensation: [
        'Pomoc w uzyskaniu odszkodowania',
        'Pomagamy ofiarom dochodzić odszkodowania od sprawców i od państwa oraz odzyskać niewypłacone wynagrodzenie.',
      ],
      residence_support: [
        'Okres do namysłu i zezwolenie na pobyt',
        'Pomoc w ubieganiu się o okres do namysłu oraz zezwolenie na pobyt dla ofiar handlu ludźmi.',
      ],
      witness_protection: [
        'Wsparcie dla pokrzywdzonych świadków',
        'Towarzyszenie i ochrona ofiar, które składają zeznania w postępowaniach karnych przeciwko handlarzom ludźmi.',
      ],
      child_protection: [
        'Ochrona dzieci i opieka prawna',
        'Specjalistyczna opieka i opiekun prawny dla dzieci będących ofiarami handlu ludźmi, w tym małoletnich bez opieki.',
      ],
      reintegration: [
        'Reintegracja, szkolenia i praca',
        'Kursy językowe, szkolenia zawodowe i pomoc w znalezieniu pracy, aby odbudować samodzielne życie.',
      ],
      safe_return: [
        'Bezpieczny powrót i pomoc po powrocie',
        'Organizujemy dobrowolny i bezpieczny powrót do kraju pochodzenia wraz z organizacjami partnerskimi, które pomagają po przyjeździe.',
      ],
      hotline: [
        'Telefon zaufania w sprawie handlu ludźmi',
        'Anonimowa linia telefoniczna dla ofiar, świadków i specjalistów, którzy podejrzewają przypadek handlu ludźmi.',
      ],
      identification_referral: [
        'Identyfikacja i kierowanie do pomocy',
        'Przeszkoleni specjaliści rozpoznają domniemane ofiary handlu ludźmi i kierują je do schronień, opieki medycznej i pomocy prawnej.',
      ],
    },
    phrases: {
      free: 'Wszystkie usługi są bezpłatne.',
      fees: 'Niektóre usługi są płatne; zapytaj o zwolnienie z opłat.',
      interpretation: 'Na życzenie zapewniamy tłumacza.',
      open247: 'Jesteśmy dostępni całą dobę, 7 dni w tygodniu.',
      selfReferral: 'Możesz skontaktować się z nami bezpośrednio, bez skierowania.',
      referralOnly: 'Przyjęcie wyłącznie na skierowanie policji, pomocy społecznej lub organizacji pozarządowej.',
      holidays: 'Nieczynne w okresie świątecznym.',
      renovation: 'Nieczynne z powodu remontu.',
      sample: 'Dane przykładowe: ta usługa nie istnieje.',
    },
    organisationPatterns: ['Stowarzyszenie {word} – {city}', 'Fundacja {word}', 'Centrum {word} – {city}'],
    organisationWords: ['Nadzieja', 'Most', 'Przystań', 'Nowy Start', 'Horyzont', 'Latarnia'],
    streets: ['ul. Kościuszki', 'ul. Mickiewicza', 'ul. Polna', 'ul. Długa', 'ul. Słowackiego', 'ul. Kolejowa'],
    numberFirst: false,
    people: [
      'Anna Nowak',
      'Katarzyna Wójcik',
      'Piotr Kowalczyk',
      'Magdalena Woźniak',
      'Tomasz Mazur',
      'Agnieszka Krawczyk',
      'Paweł Kaczmarek',
      'Joanna Zając',
    ],
  },
  cs: {
    types: {
      shelter: [
        'Azylový dům pro oběti obchodování s lidmi',
        'Bezpečné a důvěrné ubytování pro lidi, kteří unikli z obchodování s lidmi, s nepřetržitou přítomností personálu.',
      ],
      shelter_women: [
        'Utajený azylový byt pro ženy a děti',
        'Chráněné ubytování pro ženy a jejich děti, které unikly sexuálnímu vykořisťování nebo nucené práci.',
      ],
      material_assistance: [
        'Okamžitá materiální pomoc',
        'Poskytujeme potraviny, oblečení, hygienické potřeby a malý finanční příspěvek obětem obchodování s lidmi.',
      ],
      medical: [
        'Zdravotní péče pro oběti',
        'Bezplatná a důvěrná lékařská vyšetření, léčba a doporučení k odborným lékařům, včetně sexuálního zdraví.',
      ],
      psychological: [
        'Psychologická pomoc a terapie traumatu',
        'Podpora a terapie zohledňující trauma od psychologů se zkušenostmi s prací s lidmi, kteří přežili obchodování s lidmi.',
      ],
      counselling: [
        'Poradna a informační centrum',
        'Důvěrné poradenství o právech, možnostech a dalších krocích pro lidi zasažené obchodováním s lidmi a vykořisťováním.',
      ],
      interpretation: [
        'Tlumočení a interkulturní mediace',
        'Tlumočníci a interkulturní pracovníci doprovázejí oběti na schůzky s policií, lékaři a právníky.',
      ],
      legal: [
        'Právní poradenství a zastupování',
        'Advokáti radí obětem v trestním řízení, při vymáhání mzdy a v otázkách pobytu a zastupují je u soudu.',
      ],
      compensation: [
        'Pomoc s odškodněním',
        'Pomáháme obětem žádat odškodnění od pachatelů i od státu a vymáhat nevyplacenou mzdu.',
      ],
      residence_support: [
        'Lhůta k rozmyšlenou a povolení k pobytu',
        'Pomoc s žádostí o lhůtu k rozmyšlenou a o povolení k pobytu pro oběti obchodování s lidmi.',
      ],
      witness_protection: [
        'Podpora obětí jako svědků',
        'Doprovod a ochrana obětí, které svědčí v trestních řízeních proti obchodníkům s lidmi.',
      ],
      child_protection: [
        'Ochrana dětí a poručenství',
        'Specializovaná péče a poručenství pro děti, které se staly oběťmi obchodování s lidmi, včetně dětí bez doprovodu.',
      ],
      reintegration: [
        'Sociální začlenění, vzdělávání a práce',
        'Jazykové kurzy, rekvalifikace a pomoc při hledání práce pro samostatný život.',
      ],
      safe_return: [
        'Bezpečný návrat a pomoc po návratu',
        'Organizujeme dobrovolný a bezpečný návrat do země původu spolu s partnerskými organizacemi, které pomáhají po příjezdu.',
      ],
      hotline: [
        'Linka pomoci proti obchodování s lidmi',
        'Anonymní telefonní linka pro oběti, svědky a odborníky, kteří mají podezření na obchodování s lidmi.',
      ],
      identification_referral: [
        'Identifikace a zprostředkování pomoci',
        'Vyškolení pracovníci rozpoznávají pravděpodobné oběti obchodování s lidmi a zprostředkují jim ubytování, zdravotní péči a právní pomoc.',
      ],
    },
    phrases: {
      free: 'Všechny služby jsou zdarma.',
      fees: 'Některé služby jsou placené; zeptejte se na osvobození od poplatků.',
      interpretation: 'Na požádání zajistíme tlumočníka.',
      open247: 'Jsme k dispozici nonstop, 7 dní v týdnu.',
      selfReferral: 'Můžete se na nás obrátit přímo, bez doporučení.',
      referralOnly: 'Přijetí pouze na doporučení policie, sociálních služeb nebo neziskové organizace.',
      holidays: 'Během svátků zavřeno.',
      renovation: 'Zavřeno z důvodu rekonstrukce.',
      sample: 'Ukázková data: tato služba neexistuje.',
    },
    organisationPatterns: ['Spolek {word} – {city}', 'Nadace {word}', 'Centrum {word} – {city}'],
    organisationWords: ['Naděje', 'Most', 'Útočiště', 'Nový začátek', 'Maják', 'Horizont'],
    streets: ['Nádražní', 'Palackého', 'Masarykova', 'Husova', 'Školní', 'Zahradní'],
    numberFirst: false,
    people: [
      'Jana Nováková',
      'Petra Svobodová',
      'Tomáš Dvořák',
      'Lucie Černá',
      'Martin Procházka',
      'Eva Kučerová',
      'Jakub Veselý',
      'Kateřina Horáková',
    ],
  },
  sk: {
    types: {
      shelter: [
        'Útulok pre obete obchodovania s ľuďmi',
        'Bezpečné a dôverné ubytovanie pre ľudí, ktorí unikli z obchodovania s ľuďmi, s nepretržitou prítomnosťou personálu.',
      ],
      shelter_women: [
        'Bezpečný dom pre ženy a deti',
        'Chránené ubytovanie pre ženy a ich deti, ktoré unikli zo sexuálneho vykorisťovania alebo nútenej práce.',
      ],
      material_assistance: [
        'Okamžitá materiálna pomoc',
        'Poskytujeme potraviny, oblečenie, hygienické potreby a malý finančný príspevok obetiam obchodovania s ľuďmi.',
      ],
      medical: [
        'Zdravotná starostlivosť pre obete',
        'Bezplatné a dôverné lekárske vyšetrenia, liečba a odporúčanie k odborným lekárom, vrátane sexuálneho zdravia.',
      ],
      psychological: [
        'Psychologická pomoc a terapia traumy',
        'Podpora a terapia zohľadňujúca traumu od psychológov so skúsenosťami s prácou s ľuďmi, ktorí prežili obchodovanie s ľuďmi.',
      ],
      counselling: [
        'Poradňa a informačné centrum',
        'Dôverné poradenstvo o právach, možnostiach a ďalších krokoch pre ľudí zasiahnutých obchodovaním s ľuďmi a vykorisťovaním.',
      ],
      interpretation: [
        'Tlmočenie a interkultúrna mediácia',
        'Tlmočníci a interkultúrni mediátori sprevádzajú obete na stretnutia s políciou, lekármi a právnikmi.',
      ],
      legal: [
        'Právne poradenstvo a zastupovanie',
        'Advokáti radia obetiam v trestnom konaní, pri vymáhaní mzdy a v otázkach pobytu a zastupujú ich pred súdom.',
      ],
      compensation: [
        'Pomoc s odškodnením',
        'Pomáhame obetiam žiadať odškodnenie od páchateľov aj od štátu a vymáhať nevyplatenú mzdu.',
      ],
      residence_support: [
        'Lehota na zotavenie a povolenie na pobyt',
        'Pomoc so žiadosťou o lehotu na zotavenie a rozhodnutie a o povolenie na pobyt pre obete obchodovania s ľuďmi.',
      ],
      witness_protection: [
        'Podpora obetí ako svedkov',
        'Sprevádzanie a ochrana obetí, ktoré svedčia v trestných konaniach proti obchodníkom s ľuďmi.',
      ],
      child_protection: [
        'Ochrana detí a opatrovníctvo',
        'Špecializovaná starostlivosť a opatrovníctvo pre deti, ktoré sa stali obeťami obchodovania s ľuďmi, vrátane detí bez sprievodu.',
      ],
      reintegration: [
        'Sociálne začlenenie, vzdelávanie a práca',
        'Jazykové kurzy, rekvalifikácia a pomoc pri hľadaní práce pre samostatný život.',
      ],
      safe_return: [
        'Bezpečný návrat a pomoc po návrate',
        'Organizujeme dobrovoľný a bezpečný návrat do krajiny pôvodu spolu s partnerskými organizáciami, ktoré pomáhajú po príchode.',
      ],
      hotline: [
        'Linka pomoci proti obchodovaniu s ľuďmi',
        'Anonymná telefonická linka pre obete, svedkov a odborníkov, ktorí majú podozrenie na obchodovanie s ľuďmi.',
      ],
      identification_referral: [
        'Identifikácia a sprostredkovanie pomoci',
        'Vyškolení pracovníci rozpoznávajú pravdepodobné obete obchodovania s ľuďmi a sprostredkujú im ubytovanie, zdravotnú starostlivosť a právnu pomoc.',
      ],
    },
    phrases: {
      free: 'Všetky služby sú bezplatné.',
      fees: 'Niektoré služby sú spoplatnené; opýtajte sa na oslobodenie od poplatkov.',
      interpretation: 'Na požiadanie zabezpečíme tlmočníka.',
      open247: 'Sme k dispozícii nepretržite, 7 dní v týždni.',
      selfReferral: 'Môžete sa na nás obrátiť priamo, bez odporúčania.',
      referralOnly: 'Prijatie len na odporúčanie polície, sociálnych služieb alebo mimovládnej organizácie.',
      holidays: 'Počas sviatkov zatvorené.',
      renovation: 'Zatvorené z dôvodu rekonštrukcie.',
      sample: 'Ukážkové údaje: táto služba neexistuje.',
    },
    organisationPatterns: ['Občianske združenie {word} – {city}', 'Nadácia {word}', 'Centrum {word} – {city}'],
    organisationWords: ['Nádej', 'Most', 'Útočisko', 'Nový začiatok', 'Maják', 'Obzor'],
    streets: ['Hlavná', 'Štúrova', 'Školská', 'Hviezdoslavova', 'Záhradná', 'Nádražná'],
    numberFirst: false,
    people: [
      'Zuzana Horváthová',
      'Mária Kováčová',
      'Peter Varga',
      'Lucia Tóthová',
      'Martin Nagy',
      'Jana Baláková',
      'Michal Molnár',
      'Katarína Szabóová',
    ],
  },
  sl: {
    types: {
      shelter: [
        'Varna hiša za žrtve trgovine z ljudmi',
        'Varna in zaupna nastanitev za ljudi, ki so ušli trgovini z ljudmi, z osebjem, prisotnim podnevi in ponoči.',
      ],
      shelter_women: [
        'Varna hiša za ženske in otroke',
        'Zaščitena nastanitev za ženske in njihove otroke, ki so ušli spolnemu izkoriščanju ali prisilnemu delu.',
      ],
      material_assistance: [
        'Nujna materialna pomoč',
        'Zagotavljamo hrano, oblačila, higienske pripomočke in manjšo denarno pomoč žrtvam trgovine z ljudmi.',
      ],
      medical: [
        'Zdravstvena oskrba za žrtve',
        'Brezplačni in zaupni zdravniški pregledi, zdravljenje in napotitev k specialistom, tudi za spolno zdravje.',
      ],
      psychological: [
        'Psihološka podpora in terapija travme',
        'Podpora in terapija, ki upoštevata travmo, pri psihologih z izkušnjami pri delu s preživelimi trgovine z ljudmi.',
      ],
      counselling: [
        'Svetovalnica in informacijska točka',
        'Zaupno svetovanje o pravicah, možnostih in naslednjih korakih za ljudi, ki jih je prizadela trgovina z ljudmi in izkoriščanje.',
      ],
      interpretation: [
        'Tolmačenje in medkulturna mediacija',
        'Tolmači in medkulturni mediatorji spremljajo žrtve na srečanja s policijo, zdravniki in odvetniki.',
      ],
      legal: [
        'Pravno svetovanje in zastopanje',
        'Odvetniki svetujejo žrtvam v kazenskem postopku, pri neizplačanih plačah in glede prebivanja ter jih zastopajo na sodišču.',
      ],
      compensation: [
        'Pomoč pri odškodnini',
        'Žrtvam pomagamo zahtevati odškodnino od storilcev in države ter izterjati neizplačane plače.',
      ],
      residence_support: [
        'Obdobje za razmislek in dovoljenje za prebivanje',
        'Pomoč pri vlogi za obdobje za okrevanje in razmislek ter za dovoljenje za prebivanje za žrtve trgovine z ljudmi.',
      ],
      witness_protection: [
        'Podpora žrtvam, ki pričajo',
        'Spremstvo in zaščita žrtev, ki pričajo v kazenskih postopkih proti trgovcem z ljudmi.',
      ],
      child_protection: [
        'Zaščita otrok in skrbništvo',
        'Specializirana oskrba in skrbništvo za otroke, žrtve trgovine z ljudmi, tudi za mladoletnike brez spremstva.',
      ],
      reintegration: [
        'Ponovno vključevanje, usposabljanje in zaposlitev',
        'Tečaji jezika, poklicno usposabljanje in pomoč pri iskanju zaposlitve za samostojno življenje.',
      ],
      safe_return: [
        'Varna vrnitev in pomoč po vrnitvi',
        'Organiziramo prostovoljno in varno vrnitev v izvorno državo skupaj s partnerskimi organizacijami, ki pomagajo po prihodu.',
      ],
      hotline: [
        'Telefon za pomoč žrtvam trgovine z ljudmi',
        'Anonimna telefonska linija za žrtve, priče in strokovnjake, ki sumijo na primer trgovine z ljudmi.',
      ],
      identification_referral: [
        'Prepoznavanje in napotitev',
        'Usposobljeni strokovnjaki prepoznajo domnevne žrtve trgovine z ljudmi in jih napotijo v nastanitev, zdravstveno oskrbo in pravno pomoč.',
      ],
    },
    phrases: {
      free: 'Vse storitve so brezplačne.',
      fees: 'Nekatere storitve so plačljive; vprašajte za oprostitev.',
      interpretation: 'Na željo zagotovimo tolmača.',
      open247: 'Dosegljivi smo 24 ur na dan, 7 dni v tednu.',
      selfReferral: 'Na nas se lahko obrnete neposredno, brez napotnice.',
      referralOnly: 'Sprejem samo na napotitev policije, centra za socialno delo ali nevladne organizacije.',
      holidays: 'Med prazniki zaprto.',
      renovation: 'Zaprto zaradi prenove.',
      sample: 'Vzorčni podatki: ta storitev ne obstaja.',
    },
    organisationPatterns: ['Društvo {word} – {city}', 'Zavod {word}'],
    organisationWords: ['Upanje', 'Most', 'Zavetje', 'Nov začetek', 'Svetilnik', 'Obzorje'],
    streets: [
      'Prešernova cesta',
      'Cankarjeva ulica',
      'Slovenska cesta',
      'Trubarjeva ulica',
      'Kolodvorska ulica',
      'Glavni trg',
    ],
    numberFirst: false,
    people: [
      'Maja Novak',
      'Nina Horvat',
      'Luka Kovačič',
      'Ana Krajnc',
      'Matej Zupančič',
      'Eva Potočnik',
      'Jure Kos',
      'Tina Vidmar',
    ],
  },
  hr: {
    types: {
      shelter: [
        'Sklonište za žrtve trgovanja ljudima',
        'Siguran i povjerljiv smještaj za osobe koje su pobjegle od trgovanja ljudima, uz osoblje prisutno danju i noću.',
      ],
      shelter_women: [
        'Sigurna kuća za žene i djecu',
        'Zaštićeni smještaj za žene i njihovu djecu koje su pobjegle od seksualnog iskorištavanja ili prisilnog rada.',
      ],
      material_assistance: [
        'Hitna materijalna pomoć',
        'Osiguravamo hranu, odjeću, higijenske potrepštine i malu novčanu pomoć žrtvama trgovanja ljudima.',
      ],
      medical: [
        'Zdravstvena skrb za žrtve',
        'Besplatni i povjerljivi liječnički pregledi, liječenje i upućivanje specijalistima, uključujući spolno zdravlje.',
      ],
      psychological: [
        'Psihološka podrška i terapija traume',
        'Podrška i terapija usmjerene na traumu, koje pružaju psiholozi s iskustvom rada s preživjelima trgovanja ljudima.',
      ],
      counselling: [
        'Savjetovalište i informativni centar',
        'Povjerljivo savjetovanje o pravima, mogućnostima i sljedećim koracima za osobe pogođene trgovanjem ljudima i iskorištavanjem.',
      ],
      interpretation: [
        'Prevođenje i kulturna medijacija',
        'Prevoditelji i kulturni medijatori prate žrtve na sastanke s policijom, liječnicima i odvjetnicima.',
      ],
      legal: [
        'Pravno savjetovanje i zastupanje',
        'Odvjetnici savjetuju žrtve o kaznenom postupku, neisplaćenim plaćama i pravu boravka te ih zastupaju pred sudom.',
      ],
      compensation: [
        'Pomoć pri ostvarivanju naknade',
        'Pomažemo žrtvama da zatraže naknadu od počinitelja i države te naplate neisplaćene plaće.',
      ],
      residence_support: [
        'Razdoblje oporavka i dozvola boravka',
        'Pomoć pri podnošenju zahtjeva za razdoblje oporavka i razmišljanja te za dozvolu boravka žrtvama trgovanja ljudima.',
      ],
      witness_protection: [
        'Podrška žrtvama svjedocima',
        'Pratnja i zaštita žrtava koje svjedoče u kaznenim postupcima protiv trgovaca ljudima.',
      ],
      child_protection: [
        'Zaštita djece i skrbništvo',
        'Specijalizirana skrb i skrbništvo za djecu žrtve trgovanja ljudima, uključujući djecu bez pratnje.',
      ],
      reintegration: [
        'Reintegracija, obrazovanje i zapošljavanje',
        'Tečajevi jezika, stručno osposobljavanje i pomoć pri traženju posla za samostalan život.',
      ],
      safe_return: [
        'Siguran povratak i pomoć nakon povratka',
        'Organiziramo dobrovoljan i siguran povratak u zemlju podrijetla zajedno s partnerskim organizacijama koje pomažu nakon dolaska.',
      ],
      hotline: [
        'SOS telefon protiv trgovanja ljudima',
        'Anonimna telefonska linija za žrtve, svjedoke i stručnjake koji sumnjaju na slučaj trgovanja ljudima.',
      ],
      identification_referral: [
        'Identifikacija i upućivanje',
        'Educirani stručnjaci prepoznaju moguće žrtve trgovanja ljudima i upućuju ih u smještaj, zdravstvenu skrb i pravnu pomoć.',
      ],
    },
    phrases: {
      free: 'Sve usluge su besplatne.',
      fees: 'Neke se usluge plaćaju; pitajte za oslobođenje.',
      interpretation: 'Na zahtjev osiguravamo prevoditelja.',
      open247: 'Dostupni smo 24 sata dnevno, 7 dana u tjednu.',
      selfReferral: 'Možete nam se obratiti izravno, bez uputnice.',
      referralOnly: 'Prijem samo na uputnicu policije, centra za socijalnu skrb ili udruge.',
      holidays: 'Zatvoreno za vrijeme blagdana.',
      renovation: 'Zatvoreno zbog obnove.',
      sample: 'Primjer podataka: ova usluga ne postoji.',
    },
    organisationPatterns: ['Udruga {word} – {city}', 'Centar {word}'],
    organisationWords: ['Nada', 'Most', 'Utočište', 'Novi početak', 'Svjetionik', 'Obzor'],
    streets: [
      'Ilica',
      'Ulica kralja Tomislava',
      'Vukovarska ulica',
      'Zagrebačka ulica',
      'Ulica Ljudevita Gaja',
      'Trg slobode',
    ],
    numberFirst: false,
    people: [
      'Ana Horvat',
      'Ivana Kovačević',
      'Marko Babić',
      'Petra Marić',
      'Ivan Jurić',
      'Maja Novak',
      'Tomislav Knežević',
      'Lucija Vuković',
    ],
  },
  hu: {
    types: {
      shelter: [
        'Menedékház az emberkereskedelem áldozatainak',
        'Biztonságos és bizalmas szállás azoknak, akik kiszabadultak az emberkereskedelemből, éjjel-nappal jelen lévő munkatársakkal.',
      ],
      shelter_women: [
        'Védett szállás nőknek és gyermekeknek',
        'Védett elhelyezés nőknek és gyermekeiknek, akik szexuális kizsákmányolásból vagy kényszermunkából menekültek.',
      ],
      material_assistance: [
        'Sürgősségi anyagi segítség',
        'Élelmiszert, ruhát, tisztálkodási szereket és kisebb pénzbeli támogatást nyújtunk az emberkereskedelem áldozatainak.',
      ],
      medical: [
        'Egészségügyi ellátás áldozatoknak',
        'Ingyenes és bizalmas orvosi vizsgálat, kezelés és szakorvoshoz irányítás, a szexuális egészséget is beleértve.',
      ],
      psychological: [
        'Pszichológiai támogatás és traumaterápia',
        'Traumatudatos tanácsadás és terápia olyan pszichológusoktól, akik tapasztaltak az emberkereskedelem túlélőivel végzett munkában.',
      ],
      counselling: [
        'Tanácsadó és információs iroda',
        'Bizalmas tanácsadás jogokról, lehetőségekről és a következő lépésekről az emberkereskedelem és a kizsákmányolás érintettjeinek.',
      ],
      interpretation: [
        'Tolmácsolás és kulturális mediáció',
        'Tolmácsok és kulturális mediátorok kísérik el az áldozatokat a rendőrségre, orvoshoz és ügyvédhez.',
      ],
      legal: [
        'Jogi tanácsadás és képviselet',
        'Ügyvédek tanácsot adnak az áldozatoknak a büntetőeljárásról, az elmaradt bérekről és a tartózkodási jogról, és képviselik őket a bíróságon.',
      ],
      compensation: [
        'Segítség a kártérítéshez',
        'Segítünk az áldozatoknak kártérítést követelni az elkövetőktől és az államtól, és behajtani az elmaradt bért.',
      ],
      residence_support: [
        'Gondolkodási idő és tartózkodási engedély',
        'Segítség a gondolkodási idő és a tartózkodási engedély kérelmezéséhez az emberkereskedelem áldozatai számára.',
      ],
      witness_protection: [
        'Tanúként eljáró áldozatok támogatása',
        'Kíséret és védelem azoknak az áldozatoknak, akik az emberkereskedők elleni büntetőeljárásban tanúskodnak.',
      ],
      child_protection: [
        'Gyermekvédelem és gyámság',
        'Speciális ellátás és gyámság az emberkereskedelem áldozatává vált gyermekeknek, a kísérő nélküli kiskorúakat is beleértve.',
      ],
      reintegration: [
        'Reintegráció, képzés és munka',
        'Nyelvtanfolyamok, szakképzés és segítség a munkakeresésben az önálló élet újrakezdéséhez.',
      ],
      safe_return: [
        'Biztonságos hazatérés és utógondozás',
        'Megszervezzük az önkéntes és biztonságos hazatérést a származási országba, partnerszervezetekkel együtt, amelyek az érkezés után is segítenek.',
      ],
      hotline: [
        'Emberkereskedelem elleni segélyvonal',
        'Névtelen telefonos segélyvonal áldozatoknak, tanúknak és szakembereknek, akik emberkereskedelmet gyanítanak.',
      ],
      identification_referral: [
        'Azonosítás és továbbirányítás',
        'Képzett szakemberek azonosítják az emberkereskedelem feltételezett áldozatait, és menedékházba, egészségügyi ellátásra és jogi segítségre irányítják őket.',
      ],
    },
    phrases: {
      free: 'Minden szolgáltatásunk ingyenes.',
      fees: 'Egyes szolgáltatások díjkötelesek; kérdezzen a mentességről.',
      interpretation: 'Kérésre tolmácsot biztosítunk.',
      open247: 'Éjjel-nappal, a hét minden napján elérhetők vagyunk.',
      selfReferral: 'Közvetlenül, beutaló nélkül is fordulhat hozzánk.',
      referralOnly: 'Felvétel csak a rendőrség, a szociális szolgálat vagy egy civil szervezet beutalásával.',
      holidays: 'Az ünnepek alatt zárva.',
      renovation: 'Felújítás miatt zárva.',
      sample: 'Mintaadat: ez a szolgáltatás nem létezik.',
    },
    organisationPatterns: ['{word} Egyesület – {city}', '{word} Alapítvány'],
    organisationWords: ['Remény', 'Híd', 'Menedék', 'Újrakezdés', 'Világítótorony', 'Horizont'],
    streets: ['Kossuth Lajos utca', 'Petőfi Sándor utca', 'Rákóczi út', 'Széchenyi tér', 'Ady Endre utca', 'Fő utca'],
    numberFirst: false,
    people: [
      'Nagy Anna',
      'Kovács Eszter',
      'Tóth Gábor',
      'Szabó Katalin',
      'Horváth Péter',
      'Varga Zsófia',
      'Kiss László',
      'Molnár Réka',
    ],
  },
  ro: {
    types: {
      shelter: [
        'Adăpost pentru victimele traficului de persoane',
        'Cazare sigură și confidențială pentru persoanele care au scăpat din trafic, cu personal prezent zi și noapte.',
      ],
      shelter_women: [
        'Centru de protecție pentru femei și copii',
        'Cazare protejată pentru femeile și copiii lor care au scăpat de exploatarea sexuală sau de munca forțată.',
      ],
      material_assistance: [
        'Asistență materială de urgență',
        'Oferim alimente, îmbrăcăminte, produse de igienă și un mic sprijin financiar victimelor traficului de persoane.',
      ],
      medical: [
        'Asistență medicală pentru victime',
        'Consultații medicale gratuite și confidențiale, tratament și îndrumare către medici specialiști, inclusiv pentru sănătatea sexuală.',
      ],
      psychological: [
        'Consiliere psihologică și terapia traumei',
        'Sprijin și terapie adaptate traumei, oferite de psihologi cu experiență în lucrul cu supraviețuitorii traficului.',
      ],
      counselling: [
        'Centru de consiliere și informare',
        'Consiliere confidențială despre drepturi, opțiuni și pașii următori pentru persoanele afectate de trafic și exploatare.',
      ],
      interpretation: [
        'Interpretariat și mediere culturală',
        'Interpreți și mediatori culturali însoțesc victimele la întâlnirile cu poliția, medicii și avocații.',
      ],
      legal: [
        'Asistență juridică și reprezentare',
        'Avocați consiliază victimele în procesul penal, în privința salariilor neplătite și a dreptului de ședere și le reprezintă în instanță.',
      ],
      compensation: [
        'Sprijin pentru obținerea despăgubirilor',
        'Ajutăm victimele să ceară despăgubiri de la făptuitori și de la stat și să recupereze salariile neplătite.',
      ],
      residence_support: [
        'Perioada de reflecție și permisul de ședere',
        'Ajutor pentru solicitarea perioadei de recuperare și reflecție și a permisului de ședere pentru victimele traficului.',
      ],
      witness_protection: [
        'Sprijin pentru victimele martori',
        'Însoțire și protecție pentru victimele care depun mărturie în procesele penale împotriva traficanților.',
      ],
      child_protection: [
        'Protecția copilului și tutelă',
        'Îngrijire specializată și tutelă pentru copiii victime ale traficului, inclusiv minorii neînsoțiți.',
      ],
      reintegration: [
        'Reintegrare socială și profesională',
        'Cursuri de limbă, formare profesională și sprijin în găsirea unui loc de muncă pentru o viață independentă.',
      ],
      safe_return: [
        'Întoarcere în siguranță și asistență după revenire',
        'Organizăm întoarcerea voluntară și sigură în țara de origine, împreună cu organizații partenere care oferă sprijin după sosire.',
      ],
      hotline: [
        'Linie de urgență împotriva traficului de persoane',
        'Linie telefonică anonimă pentru victime, martori și profesioniști care suspectează un caz de trafic de persoane.',
      ],
      identification_referral: [
        'Identificare și referire',
        'Specialiști instruiți identifică victimele prezumate ale traficului și le referă către adăposturi, asistență medicală și juridică prin mecanismul național de identificare și referire.',
      ],
    },
    phrases: {
      free: 'Toate serviciile sunt gratuite.',
      fees: 'Unele servicii sunt contra cost; întrebați despre scutiri.',
      interpretation: 'La cerere, asigurăm un interpret.',
      open247: 'Suntem disponibili 24 de ore din 24, 7 zile din 7.',
      selfReferral: 'Ne puteți contacta direct, fără trimitere.',
      referralOnly: 'Admitere doar la trimiterea poliției, a serviciilor sociale sau a unui ONG.',
      holidays: 'Închis în perioada sărbătorilor.',
      renovation: 'Închis pentru renovare.',
      sample: 'Date de exemplu: acest serviciu nu există.',
    },
    organisationPatterns: ['Asociația {word} {city}', 'Fundația {word}', 'Centrul {word} {city}'],
    organisationWords: ['Speranța', 'Punte', 'Refugiu', 'Orizont', 'Lumina', 'Drum Nou'],
    streets: [
      'Strada Mihai Eminescu',
      'Strada Unirii',
      'Bulevardul Independenței',
      'Strada Libertății',
      'Strada Gării',
      'Strada Florilor',
    ],
    numberFirst: false,
    people: [
      'Ioana Popescu',
      'Elena Ionescu',
      'Mihai Popa',
      'Andreea Dumitru',
      'Andrei Stan',
      'Maria Stoica',
      'Alexandru Gheorghe',
      'Cristina Matei',
    ],
  },
  bg: {
    types: {
      shelter: [
        'Убежище за жертви на трафик',
        'Сигурно и поверително настаняване за хора, избягали от трафик на хора, с персонал денонощно.',
      ],
      shelter_women: [
        'Кризисен център за жени и деца',
        'Защитено настаняване за жени и техните деца, избягали от сексуална експлоатация или принудителен труд.',
      ],
      material_assistance: [
        'Спешна материална помощ',
        'Осигуряваме храна, дрехи, хигиенни продукти и малка финансова помощ на жертви на трафик.',
      ],
      medical: [
        'Медицинска помощ за пострадали',
        'Безплатни и поверителни медицински прегледи, лечение и насочване към специалисти, включително за сексуално здраве.',
      ],
      psychological: [
        'Психологическа подкрепа и терапия на травмата',
        'Подкрепа и терапия, съобразени с травмата, от психолози с опит в работата с пострадали от трафик.',
      ],
      counselling: [
        'Консултативен и информационен център',
        'Поверителни консултации за правата, възможностите и следващите стъпки за хора, засегнати от трафик и експлоатация.',
      ],
      interpretation: [
        'Превод и културно посредничество',
        'Преводачи и културни медиатори придружават пострадалите при срещи с полицията, лекари и адвокати.',
      ],
      legal: [
        'Правна помощ и представителство',
        'Адвокати консултират пострадалите за наказателното производство, неизплатените заплати и правото на пребиваване и ги представляват в съда.',
      ],
      compensation: [
        'Подкрепа при искане на обезщетение',
        'Помагаме на пострадалите да поискат обезщетение от извършителите и от държавата и да получат неизплатени заплати.',
      ],
      residence_support: [
        'Период за размисъл и разрешение за пребиваване',
        'Помощ при кандидатстване за период на размисъл и разрешение за пребиваване за жертви на трафик.',
      ],
      witness_protection: [
        'Подкрепа за пострадали свидетели',
        'Придружаване и защита на пострадали, които свидетелстват по наказателни дела срещу трафиканти.',
      ],
      child_protection: [
        'Закрила на детето и настойничество',
        'Специализирани грижи и настойничество за деца, жертви на трафик, включително непридружени деца.',
      ],
      reintegration: [
        'Реинтеграция, обучение и заетост',
        'Езикови курсове, професионално обучение и помощ при търсене на работа за самостоятелен живот.',
      ],
      safe_return: [
        'Безопасно завръщане и подкрепа след завръщането',
        'Организираме доброволно и безопасно завръщане в страната на произход заедно с партньорски организации, които помагат след пристигането.',
      ],
      hotline: [
        'Гореща линия срещу трафика на хора',
        'Анонимна телефонна линия за пострадали, свидетели и специалисти, които подозират случай на трафик.',
      ],
      identification_referral: [
        'Идентификация и насочване',
        'Обучени специалисти идентифицират предполагаеми жертви на трафик и ги насочват към убежища, медицинска и правна помощ чрез Националния механизъм за насочване.',
      ],
    },
    phrases: {
      free: 'Всички услуги са безплатни.',
      fees: 'Някои услуги са платени; попитайте за освобождаване от такса.',
      interpretation: 'При поискване осигуряваме преводач.',
      open247: 'На разположение сме 24 часа в денонощието, 7 дни в седмицата.',
      selfReferral: 'Можете да се свържете с нас директно, без насочване.',
      referralOnly: 'Приемане само по насочване от полицията, социалните служби или неправителствена организация.',
      holidays: 'Затворено по време на празниците.',
      renovation: 'Затворено поради ремонт.',
      sample: 'Примерни данни: тази услуга не съществува.',
    },
    organisationPatterns: ['Сдружение „{word}“ – {city}', 'Фондация „{word}“'],
    organisationWords: ['Надежда', 'Мост', 'Убежище', 'Нов път', 'Хоризонт', 'Светлина'],
    streets: ['ул. Васил Левски', 'бул. България', 'ул. Христо Ботев', 'ул. Иван Вазов', 'ул. Шипка', 'ул. Раковски'],
    numberFirst: false,
    people: [
      'Мария Иванова',
      'Елена Петрова',
      'Георги Димитров',
      'Десислава Стоянова',
      'Николай Георгиев',
      'Петя Колева',
      'Иван Николов',
      'Радостина Илиева',
    ],
  },
  el: {
    types: {
      shelter: [
        'Ξενώνας φιλοξενίας για θύματα εμπορίας ανθρώπων',
        'Ασφαλής και εμπιστευτική φιλοξενία για ανθρώπους που ξέφυγαν από την εμπορία ανθρώπων, με προσωπικό μέρα και νύχτα.',
      ],
      shelter_women: [
        'Ξενώνας για γυναίκες και παιδιά',
        'Προστατευμένη φιλοξενία για γυναίκες και τα παιδιά τους που ξέφυγαν από τη σεξουαλική εκμετάλλευση ή την καταναγκαστική εργασία.',
      ],
      material_assistance: [
        'Επείγουσα υλική βοήθεια',
        'Παρέχουμε τρόφιμα, ρούχα, είδη υγιεινής και μικρή οικονομική ενίσχυση σε θύματα εμπορίας ανθρώπων.',
      ],
      medical: [
        'Ιατρική φροντίδα για θύματα',
        'Δωρεάν και εμπιστευτικές ιατρικές εξετάσεις, θεραπεία και παραπομπή σε ειδικούς γιατρούς, και για τη σεξουαλική υγεία.',
      ],
      psychological: [
        'Ψυχολογική υποστήριξη και θεραπεία τραύματος',
        'Υποστήριξη και θεραπεία με επίγνωση του τραύματος από ψυχολόγους με εμπειρία στην εργασία με επιζώντες εμπορίας ανθρώπων.',
      ],
      counselling: [
        'Κέντρο συμβουλευτικής και ενημέρωσης',
        'Εμπιστευτική συμβουλευτική για δικαιώματα, επιλογές και επόμενα βήματα για όσους επηρεάζονται από την εμπορία και την εκμετάλλευση.',
      ],
      interpretation: [
        'Διερμηνεία και πολιτισμική διαμεσολάβηση',
        'Διερμηνείς και πολιτισμικοί διαμεσολαβητές συνοδεύουν τα θύματα σε ραντεβού με την αστυνομία, γιατρούς και δικηγόρους.',
      ],
      legal: [
        'Νομική συμβουλευτική και εκπροσώπηση',
        'Δικηγόροι συμβουλεύουν τα θύματα για την ποινική διαδικασία, τους απλήρωτους μισθούς και το δικαίωμα διαμονής και τα εκπροσωπούν στο δικαστήριο.',
      ],
      compensation: [
        'Υποστήριξη για αποζημίωση',
        'Βοηθάμε τα θύματα να διεκδικήσουν αποζημίωση από τους δράστες και το κράτος και να ανακτήσουν απλήρωτους μισθούς.',
      ],
      residence_support: [
        'Περίοδος περίσκεψης και άδεια διαμονής',
        'Βοήθεια στην αίτηση για περίοδο περίσκεψης και άδεια διαμονής για θύματα εμπορίας ανθρώπων.',
      ],
      witness_protection: [
        'Υποστήριξη θυμάτων που καταθέτουν',
        'Συνοδεία και προστασία για θύματα που καταθέτουν σε ποινικές δίκες κατά διακινητών.',
      ],
      child_protection: [
        'Προστασία παιδιών και επιτροπεία',
        'Εξειδικευμένη φροντίδα και επιτροπεία για παιδιά θύματα εμπορίας, μεταξύ αυτών και ασυνόδευτα ανήλικα.',
      ],
      reintegration: [
        'Κοινωνική επανένταξη, κατάρτιση και εργασία',
        'Μαθήματα γλώσσας, επαγγελματική κατάρτιση και βοήθεια στην αναζήτηση εργασίας για μια αυτόνομη ζωή.',
      ],
      safe_return: [
        'Ασφαλής επιστροφή και υποστήριξη μετά την επιστροφή',
        'Οργανώνουμε την εθελοντική και ασφαλή επιστροφή στη χώρα καταγωγής μαζί με οργανώσεις-εταίρους που στηρίζουν μετά την άφιξη.',
      ],
      hotline: [
        'Γραμμή βοήθειας κατά της εμπορίας ανθρώπων',
        'Ανώνυμη τηλεφωνική γραμμή για θύματα, μάρτυρες και επαγγελματίες που υποψιάζονται περίπτωση εμπορίας ανθρώπων.',
      ],
      identification_referral: [
        'Αναγνώριση και παραπομπή',
        'Εκπαιδευμένοι επαγγελματίες αναγνωρίζουν πιθανά θύματα εμπορίας και τα παραπέμπουν σε ξενώνες, ιατρική και νομική βοήθεια μέσω του Εθνικού Μηχανισμού Παραπομπής.',
      ],
    },
    phrases: {
      free: 'Όλες οι υπηρεσίες είναι δωρεάν.',
      fees: 'Ορισμένες υπηρεσίες έχουν χρέωση· ρωτήστε για απαλλαγή.',
      interpretation: 'Διερμηνέας διατίθεται κατόπιν αιτήματος.',
      open247: 'Είμαστε διαθέσιμοι όλο το 24ωρο, 7 ημέρες την εβδομάδα.',
      selfReferral: 'Μπορείτε να επικοινωνήσετε απευθείας μαζί μας, χωρίς παραπομπή.',
      referralOnly: 'Εισαγωγή μόνο μετά από παραπομπή της αστυνομίας, των κοινωνικών υπηρεσιών ή μιας ΜΚΟ.',
      holidays: 'Κλειστά κατά τις γιορτές.',
      renovation: 'Κλειστά λόγω ανακαίνισης.',
      sample: 'Δείγμα δεδομένων: η υπηρεσία αυτή δεν υπάρχει.',
    },
    organisationPatterns: ['Σύλλογος «{word}» – {city}', 'Οργάνωση «{word}»'],
    organisationWords: ['Ελπίδα', 'Γέφυρα', 'Καταφύγιο', 'Ορίζοντας', 'Φάρος', 'Νέα Αρχή'],
    streets: [
      'Οδός Ερμού',
      'Λεωφόρος Βασιλίσσης Σοφίας',
      'Οδός Αιόλου',
      'Οδός Ελευθερίας',
      'Οδός Αθηνάς',
      'Οδός Πατησίων',
    ],
    numberFirst: false,
    people: [
      'Μαρία Παπαδοπούλου',
      'Ελένη Γεωργίου',
      'Νίκος Παπαδάκης',
      'Κατερίνα Οικονόμου',
      'Γιώργος Αντωνίου',
      'Σοφία Δημητρίου',
      'Δημήτρης Νικολάου',
      'Άννα Κωνσταντίνου',
    ],
  },
};

import { type LanguagePack } from './types';

/** Swedish, Danish, Finnish, Estonian, Latvian and Lithuanian. */
export const NORTHERN_PACKS: Record<string, LanguagePack> = {
  sv: {
    types: {
      shelter: [
        'Skyddat boende för offer för människohandel',
        'Tryggt och konfidentiellt boende för personer som har tagit sig ur människohandel, med personal dygnet runt.',
      ],
      shelter_women: [
        'Skyddat boende för kvinnor och barn',
        'Skyddat boende för kvinnor och deras barn som har flytt från sexuell exploatering eller tvångsarbete.',
      ],
      material_assistance: [
        'Akut materiellt stöd',
        'Vi ger mat, kläder, hygienartiklar och ett mindre ekonomiskt bidrag till offer för människohandel.',
      ],
      medical: [
        'Hälso- och sjukvård för utsatta',
        'Kostnadsfria och konfidentiella läkarundersökningar, behandling och remiss till specialister, även för sexuell hälsa.',
      ],
      psychological: [
        'Psykologiskt stöd och traumabehandling',
        'Traumamedveten samtalsbehandling och terapi av psykologer med erfarenhet av att arbeta med överlevare av människohandel.',
      ],
      counselling: [
        'Rådgivning och information',
        'Konfidentiell rådgivning om rättigheter, möjligheter och nästa steg för personer som drabbats av människohandel och exploatering.',
      ],
      interpretation: [
        'Tolkning och kulturell medling',
        'Tolkar och kulturella medlare följer med offren till möten med polis, läkare och advokater.',
      ],
      legal: [
        'Juridisk rådgivning och målsägandebiträde',
        'Advokater ger offren råd om brottmålsprocessen, obetalda löner och uppehållsrätt och företräder dem i domstol.',
      ],
      compensation: [
        'Stöd vid skadestånd och ersättning',
        'Vi hjälper offren att kräva skadestånd av gärningspersoner och brottsskadeersättning från staten samt att få ut obetald lön.',
      ],
      residence_support: [
        'Betänketid och uppehållstillstånd',
        'Hjälp att ansöka om betänketid och tidsbegränsat uppehållstillstånd för offer för människohandel.',
      ],
      witness_protection: [
        'Stöd till offer som vittnar',
        'Stöd och skydd för offer som vittnar i brottmål mot människohandlare.',
      ],
      child_protection: [
        'Barnskydd och god man',
        'Specialiserad omsorg och god man för barn som utsatts för människohandel, även ensamkommande barn.',
      ],
      reintegration: [
        'Etablering, utbildning och arbete',
        'Språkkurser, yrkesutbildning och hjälp att hitta arbete så att överlevare kan bygga ett självständigt liv.',
      ],
      safe_return: [
        'Säkert återvändande och stöd efter hemkomsten',
        'Vi ordnar frivilligt och säkert återvändande till ursprungslandet tillsammans med partnerorganisationer som ger stöd efter ankomsten.',
      ],
      hotline: [
        'Stödlinje mot människohandel',
        'Anonym telefonlinje för offer, vittnen och yrkesverksamma som misstänker ett fall av människohandel.',
      ],
      identification_referral: [
        'Identifiering och hänvisning',
        'Utbildad personal identifierar troliga offer för människohandel och hänvisar dem till skyddat boende, vård och rättshjälp.',
      ],
    },
    phrases: {
      free: 'Alla tjänster är kostnadsfria.',
      fees: 'Vissa tjänster är avgiftsbelagda; fråga om befrielse.',
      interpretation: 'Tolk finns på begäran.',
      open247: 'Vi nås dygnet runt, alla dagar i veckan.',
      selfReferral: 'Du kan kontakta oss direkt, utan remiss.',
      referralOnly: 'Intag endast efter hänvisning från polis, socialtjänst eller en frivilligorganisation.',
      holidays: 'Stängt under helgerna.',
      renovation: 'Stängt på grund av renovering.',
      sample: 'Exempeldata: detta är ingen verklig tjänst.',
    },
    organisationPatterns: ['Föreningen {word} {city}', 'Stiftelsen {word}', '{word} {city}'],
    organisationWords: ['Fyren', 'Bron', 'Fristaden', 'Nystart', 'Horisonten', 'Hamnen'],
    streets: ['Storgatan', 'Kyrkogatan', 'Drottninggatan', 'Järnvägsgatan', 'Skolgatan', 'Torggatan'],
    numberFirst: false,
    people: [
      'Anna Andersson',
      'Maria Johansson',
      'Erik Karlsson',
      'Sara Nilsson',
      'Johan Eriksson',
      'Emma Larsson',
      'Lars Olsson',
      'Elin Persson',
    ],
  },
  da: {
    types: {
      shelter: [
        'Krisecenter for ofre for menneskehandel',
        'Sikkert og fortroligt ophold for personer, der er sluppet ud af menneskehandel, med personale døgnet rundt.',
      ],
      shelter_women: [
        'Beskyttet bolig for kvinder og børn',
        'Beskyttet ophold for kvinder og deres børn, der er flygtet fra seksuel udnyttelse eller tvangsarbejde.',
      ],
      material_assistance: [
        'Akut materiel hjælp',
        'Vi giver mad, tøj, hygiejneartikler og en mindre økonomisk støtte til ofre for menneskehandel.',
      ],
      medical: [
        'Lægehjælp til ofre',
        'Gratis og fortrolige lægeundersøgelser, behandling og henvisning til speciallæger, også om seksuel sundhed.',
      ],
      psychological: [
        'Psykologisk støtte og traumebehandling',
        'Traumebevidst rådgivning og terapi ved psykologer med erfaring i arbejdet med overlevende fra menneskehandel.',
      ],
      counselling: [
        'Rådgivning og information',
        'Fortrolig rådgivning om rettigheder, muligheder og næste skridt for personer, der er ramt af menneskehandel og udnyttelse.',
      ],
      interpretation: [
        'Tolkning og kulturformidling',
        'Tolke og kulturformidlere ledsager ofrene til møder med politiet, læger og advokater.',
      ],
      legal: [
        'Juridisk rådgivning og bistand',
        'Advokater rådgiver ofrene om straffesagen, manglende løn og opholdsret og repræsenterer dem i retten.',
      ],
      compensation: [
        'Hjælp til erstatning',
        'Vi hjælper ofrene med at kræve erstatning fra gerningsmændene og staten og med at få udbetalt manglende løn.',
      ],
      residence_support: [
        'Refleksionsperiode og opholdstilladelse',
        'Hjælp til at søge om en refleksionsperiode og opholdstilladelse for ofre for menneskehandel.',
      ],
      witness_protection: [
        'Støtte til ofre, der vidner',
        'Ledsagelse og beskyttelse af ofre, der vidner i straffesager mod menneskehandlere.',
      ],
      child_protection: [
        'Børnebeskyttelse og værgemål',
        'Specialiseret omsorg og værge for børn, der er ofre for menneskehandel, også uledsagede mindreårige.',
      ],
      reintegration: [
        'Integration, uddannelse og beskæftigelse',
        'Sprogundervisning, erhvervsuddannelse og hjælp til at finde arbejde, så overlevende kan opbygge et selvstændigt liv.',
      ],
      safe_return: [
        'Sikker hjemrejse og opfølgning',
        'Vi arrangerer frivillig og sikker hjemrejse til oprindelseslandet sammen med partnerorganisationer, der hjælper efter ankomsten.',
      ],
      hotline: [
        'Hotline mod menneskehandel',
        'Anonym telefonlinje for ofre, vidner og fagfolk, der har mistanke om en sag om menneskehandel.',
      ],
      identification_referral: [
        'Identifikation og henvisning',
        'Uddannede medarbejdere identificerer formodede ofre for menneskehandel og henviser dem til krisecentre, lægehjælp og retshjælp.',
      ],
    },
    phrases: {
      free: 'Alle ydelser er gratis.',
      fees: 'Nogle ydelser koster penge; spørg om fritagelse.',
      interpretation: 'Tolk kan stilles til rådighed efter aftale.',
      open247: 'Vi kan kontaktes døgnet rundt, alle ugens dage.',
      selfReferral: 'Du kan kontakte os direkte uden henvisning.',
      referralOnly: 'Optagelse kun efter henvisning fra politiet, kommunen eller en frivillig organisation.',
      holidays: 'Lukket i helligdagene.',
      renovation: 'Lukket på grund af renovering.',
      sample: 'Eksempeldata: dette er ikke et rigtigt tilbud.',
    },
    organisationPatterns: ['Foreningen {word} {city}', '{word} {city}'],
    organisationWords: ['Fyrtårnet', 'Broen', 'Havnen', 'Nystart', 'Horisonten', 'Lyspunktet'],
    streets: ['Østergade', 'Vestergade', 'Nørregade', 'Søndergade', 'Kirkevej', 'Skolegade'],
    numberFirst: false,
    people: [
      'Mette Nielsen',
      'Anne Jensen',
      'Lars Hansen',
      'Sofie Pedersen',
      'Mads Andersen',
      'Camilla Christensen',
      'Jens Larsen',
      'Ida Sørensen',
    ],
  },
  fi: {
    types: {
      shelter: [
        'Turvakoti ihmiskaupan uhreille',
        'Turvallinen ja luottamuksellinen asumispaikka ihmiskaupasta vapautuneille, henkilökunta paikalla ympäri vuorokauden.',
      ],
      shelter_women: [
        'Turvakoti naisille ja lapsille',
        'Suojattu asuminen naisille ja heidän lapsilleen, jotka ovat paenneet seksuaalista hyväksikäyttöä tai pakkotyötä.',
      ],
      material_assistance: [
        'Kiireellinen aineellinen apu',
        'Annamme ruokaa, vaatteita, hygieniatarvikkeita ja pientä taloudellista tukea ihmiskaupan uhreille.',
      ],
      medical: [
        'Terveydenhuolto uhreille',
        'Maksuttomat ja luottamukselliset lääkärintarkastukset, hoito ja lähete erikoislääkärille, myös seksuaaliterveyteen liittyen.',
      ],
      psychological: [
        'Psykologinen tuki ja traumaterapia',
        'Traumatietoista tukea ja terapiaa psykologeilta, joilla on kokemusta ihmiskaupasta selviytyneiden kanssa työskentelystä.',
      ],
      counselling: [
        'Neuvonta ja tiedotus',
        'Luottamuksellista neuvontaa oikeuksista, vaihtoehdoista ja seuraavista askelista ihmiskaupan ja hyväksikäytön kohteeksi joutuneille.',
      ],
      interpretation: [
        'Tulkkaus ja kulttuuritulkkaus',
        'Tulkit ja kulttuuritulkit saattavat uhreja tapaamisiin poliisin, lääkärien ja asianajajien kanssa.',
      ],
      legal: [
        'Oikeudellinen neuvonta ja avustaminen',
        'Asianajajat neuvovat uhreja rikosprosessissa, maksamattomissa palkoissa ja oleskeluoikeudessa sekä avustavat heitä oikeudessa.',
      ],
      compensation: [
        'Apu vahingonkorvauksissa',
        'Autamme uhreja hakemaan vahingonkorvausta tekijöiltä ja valtiolta sekä perimään maksamattomia palkkoja.',
      ],
      residence_support: [
        'Harkinta-aika ja oleskelulupa',
        'Apua harkinta-ajan ja oleskeluluvan hakemiseen ihmiskaupan uhreille.',
      ],
      witness_protection: [
        'Tuki todistajina toimiville uhreille',
        'Saattaminen ja suojelu uhreille, jotka todistavat ihmiskauppiaita vastaan rikosoikeudenkäynneissä.',
      ],
      child_protection: [
        'Lastensuojelu ja edustaja',
        'Erikoistunutta hoitoa ja edustaja ihmiskaupan uhreiksi joutuneille lapsille, myös ilman huoltajaa tulleille alaikäisille.',
      ],
      reintegration: [
        'Kotoutuminen, koulutus ja työ',
        'Kielikursseja, ammatillista koulutusta ja apua työnhakuun itsenäisen elämän rakentamiseksi.',
      ],
      safe_return: [
        'Turvallinen paluu ja tuki paluun jälkeen',
        'Järjestämme vapaaehtoisen ja turvallisen paluun lähtömaahan yhdessä kumppanijärjestöjen kanssa, jotka tukevat saapumisen jälkeen.',
      ],
      hotline: [
        'Ihmiskaupan vastainen auttava puhelin',
        'Nimetön puhelinpalvelu uhreille, todistajille ja ammattilaisille, jotka epäilevät ihmiskauppaa.',
      ],
      identification_referral: [
        'Tunnistaminen ja ohjaus palveluihin',
        'Koulutetut työntekijät tunnistavat ihmiskaupan todennäköiset uhrit ja ohjaavat heidät turvakotiin, terveydenhuoltoon ja oikeusapuun.',
      ],
    },
    phrases: {
      free: 'Kaikki palvelut ovat maksuttomia.',
      fees: 'Osa palveluista on maksullisia; kysy vapautuksesta.',
      interpretation: 'Tulkki on saatavilla pyynnöstä.',
      open247: 'Olemme tavoitettavissa ympäri vuorokauden, joka päivä.',
      selfReferral: 'Voit ottaa meihin yhteyttä suoraan, ilman lähetettä.',
      referralOnly: 'Vastaanotto vain poliisin, sosiaalitoimen tai järjestön lähetteellä.',
      holidays: 'Suljettu pyhien ajan.',
      renovation: 'Suljettu remontin vuoksi.',
      sample: 'Esimerkkitieto: tämä palvelu ei ole todellinen.',
    },
    organisationPatterns: ['{word} ry – {city}', 'Yhdistys {word} – {city}'],
    organisationWords: ['Majakka', 'Silta', 'Satama', 'Uusi alku', 'Horisontti', 'Valopilkku'],
    streets: ['Kauppakatu', 'Rautatienkatu', 'Koulukatu', 'Puistokatu', 'Kirkkokatu', 'Rantatie'],
    numberFirst: false,
    people: [
      'Anna Korhonen',
      'Laura Virtanen',
      'Mikko Mäkinen',
      'Johanna Nieminen',
      'Juha Mäkelä',
      'Sanna Hämäläinen',
      'Antti Laine',
      'Elina Heikkinen',
    ],
  },
  et: {
    types: {
      shelter: [
        'Varjupaik inimkaubanduse ohvritele',
        'Turvaline ja konfidentsiaalne majutus inimkaubandusest pääsenud inimestele, töötajad kohal ööpäev läbi.',
      ],
      shelter_women: [
        'Turvakodu naistele ja lastele',
        'Kaitstud majutus naistele ja nende lastele, kes on põgenenud seksuaalsest ärakasutamisest või sunnitööst.',
      ],
      material_assistance: [
        'Kiire materiaalne abi',
        'Pakume toitu, riideid, hügieenitarbeid ja väikest rahalist toetust inimkaubanduse ohvritele.',
      ],
      medical: [
        'Tervishoiuteenused ohvritele',
        'Tasuta ja konfidentsiaalsed arstlikud läbivaatused, ravi ja suunamine eriarsti juurde, sealhulgas seksuaaltervise küsimustes.',
      ],
      psychological: [
        'Psühholoogiline abi ja traumateraapia',
        'Traumateadlik nõustamine ja teraapia psühholoogidelt, kellel on kogemus inimkaubanduse ellujäänutega töötamisel.',
      ],
      counselling: [
        'Nõustamis- ja infokeskus',
        'Konfidentsiaalne nõustamine õiguste, võimaluste ja järgmiste sammude kohta inimkaubandusest ja ärakasutamisest mõjutatud inimestele.',
      ],
      interpretation: [
        'Tõlkimine ja kultuuriline vahendus',
        'Tõlgid ja kultuurivahendajad saadavad ohvreid kohtumistel politsei, arstide ja advokaatidega.',
      ],
      legal: [
        'Õigusnõustamine ja esindamine',
        'Advokaadid nõustavad ohvreid kriminaalmenetluses, maksmata palga ja elamisõiguse küsimustes ning esindavad neid kohtus.',
      ],
      compensation: [
        'Abi hüvitise taotlemisel',
        'Aitame ohvritel nõuda hüvitist süüdlastelt ja riigilt ning saada kätte maksmata palk.',
      ],
      residence_support: [
        'Mõtlemisaeg ja elamisluba',
        'Abi mõtlemisaja ja elamisloa taotlemisel inimkaubanduse ohvritele.',
      ],
      witness_protection: [
        'Tunnistajast ohvrite toetamine',
        'Saatmine ja kaitse ohvritele, kes annavad ütlusi kriminaalmenetluses inimkaubitsejate vastu.',
      ],
      child_protection: [
        'Lastekaitse ja eestkoste',
        'Spetsialiseeritud hoolitsus ja eestkoste lastele, kes on inimkaubanduse ohvrid, sealhulgas saatjata alaealistele.',
      ],
      reintegration: [
        'Taasintegreerimine, koolitus ja töö',
        'Keelekursused, kutseõpe ja abi töö leidmisel, et ellujäänud saaksid alustada iseseisvat elu.',
      ],
      safe_return: [
        'Turvaline tagasipöördumine ja järeltugi',
        'Korraldame vabatahtliku ja turvalise tagasipöördumise päritoluriiki koos partnerorganisatsioonidega, kes toetavad pärast saabumist.',
      ],
      hotline: [
        'Inimkaubanduse vastane nõuandetelefon',
        'Anonüümne telefoniliin ohvritele, tunnistajatele ja spetsialistidele, kes kahtlustavad inimkaubandust.',
      ],
      identification_referral: [
        'Tuvastamine ja suunamine',
        'Koolitatud spetsialistid tuvastavad inimkaubanduse võimalikud ohvrid ja suunavad nad varjupaika, tervishoidu ja õigusabi saama.',
      ],
    },
    phrases: {
      free: 'Kõik teenused on tasuta.',
      fees: 'Mõned teenused on tasulised; küsige vabastuse kohta.',
      interpretation: 'Soovi korral on saadaval tõlk.',
      open247: 'Oleme kättesaadavad ööpäev läbi, seitse päeva nädalas.',
      selfReferral: 'Võite meiega otse ühendust võtta, ilma suunamiseta.',
      referralOnly: 'Vastuvõtt ainult politsei, sotsiaaltöötaja või vabaühenduse suunamisel.',
      holidays: 'Pühade ajal suletud.',
      renovation: 'Remondi tõttu suletud.',
      sample: 'Näidisandmed: seda teenust ei ole olemas.',
    },
    organisationPatterns: ['MTÜ {word} – {city}', 'Sihtasutus {word}'],
    organisationWords: ['Majakas', 'Sild', 'Sadam', 'Uus algus', 'Silmapiir', 'Lootus'],
    streets: ['Pikk tänav', 'Vabaduse puiestee', 'Kooli tänav', 'Jaama tänav', 'Aia tänav', 'Tööstuse tänav'],
    numberFirst: false,
    people: [
      'Kadri Tamm',
      'Liis Saar',
      'Andres Sepp',
      'Maarja Mägi',
      'Toomas Kask',
      'Kristiina Kukk',
      'Jaan Rebane',
      'Anu Ilves',
    ],
  },
  lv: {
    types: {
      shelter: [
        'Patversme cilvēku tirdzniecības upuriem',
        'Droša un konfidenciāla dzīvesvieta cilvēkiem, kas izkļuvuši no cilvēku tirdzniecības, ar darbiniekiem visu diennakti.',
      ],
      shelter_women: [
        'Krīzes centrs sievietēm un bērniem',
        'Aizsargāta dzīvesvieta sievietēm un viņu bērniem, kas izbēguši no seksuālas izmantošanas vai piespiedu darba.',
      ],
      material_assistance: [
        'Steidzama materiālā palīdzība',
        'Nodrošinām pārtiku, apģērbu, higiēnas preces un nelielu finansiālu atbalstu cilvēku tirdzniecības upuriem.',
      ],
      medical: [
        'Veselības aprūpe upuriem',
        'Bezmaksas un konfidenciālas ārsta pārbaudes, ārstēšana un nosūtīšana pie speciālistiem, arī seksuālās veselības jautājumos.',
      ],
      psychological: [
        'Psiholoģiskais atbalsts un traumu terapija',
        'Traumu informēts atbalsts un terapija no psihologiem ar pieredzi darbā ar cilvēku tirdzniecībā cietušajiem.',
      ],
      counselling: [
        'Konsultāciju un informācijas centrs',
        'Konfidenciālas konsultācijas par tiesībām, iespējām un nākamajiem soļiem cilvēkiem, kurus skārusi cilvēku tirdzniecība un ekspluatācija.',
      ],
      interpretation: [
        'Tulkošana un kultūras mediācija',
        'Tulki un kultūras mediatori pavada upurus uz tikšanos ar policiju, ārstiem un advokātiem.',
      ],
      legal: [
        'Juridiskās konsultācijas un pārstāvība',
        'Advokāti konsultē upurus par kriminālprocesu, neizmaksātām algām un uzturēšanās tiesībām un pārstāv viņus tiesā.',
      ],
      compensation: [
        'Palīdzība kompensācijas saņemšanā',
        'Palīdzam upuriem pieprasīt kompensāciju no vainīgajiem un valsts un atgūt neizmaksāto algu.',
      ],
      residence_support: [
        'Pārdomu periods un uzturēšanās atļauja',
        'Palīdzība pārdomu perioda un uzturēšanās atļaujas pieprasīšanā cilvēku tirdzniecības upuriem.',
      ],
      witness_protection: [
        'Atbalsts upuriem, kas liecina',
        'Pavadīšana un aizsardzība upuriem, kas liecina kriminālprocesos pret cilvēku tirgotājiem.',
      ],
      child_protection: [
        'Bērnu aizsardzība un aizbildnība',
        'Specializēta aprūpe un aizbildnība bērniem, kas kļuvuši par cilvēku tirdzniecības upuriem, arī nepavadītiem nepilngadīgajiem.',
      ],
      reintegration: [
        'Reintegrācija, apmācība un darbs',
        'Valodas kursi, profesionālā apmācība un palīdzība darba meklēšanā patstāvīgas dzīves veidošanai.',
      ],
      safe_return: [
        'Droša atgriešanās un atbalsts pēc atgriešanās',
        'Organizējam brīvprātīgu un drošu atgriešanos izcelsmes valstī kopā ar partnerorganizācijām, kas palīdz pēc ierašanās.',
      ],
      hotline: [
        'Uzticības tālrunis pret cilvēku tirdzniecību',
        'Anonīms tālrunis upuriem, lieciniekiem un speciālistiem, kuriem ir aizdomas par cilvēku tirdzniecības gadījumu.',
      ],
      identification_referral: [
        'Identificēšana un nosūtīšana',
        'Apmācīti speciālisti identificē iespējamos cilvēku tirdzniecības upurus un nosūta viņus uz patversmi, veselības aprūpi un juridisko palīdzību.',
      ],
    },
    phrases: {
      free: 'Visi pakalpojumi ir bez maksas.',
      fees: 'Daži pakalpojumi ir maksas; jautājiet par atbrīvojumu.',
      interpretation: 'Pēc pieprasījuma nodrošinām tulku.',
      open247: 'Esam sasniedzami visu diennakti, septiņas dienas nedēļā.',
      selfReferral: 'Varat sazināties ar mums tieši, bez nosūtījuma.',
      referralOnly: 'Uzņemšana tikai ar policijas, sociālā dienesta vai nevalstiskās organizācijas nosūtījumu.',
      holidays: 'Svētku laikā slēgts.',
      renovation: 'Slēgts remonta dēļ.',
      sample: 'Parauga dati: šis pakalpojums nepastāv.',
    },
    organisationPatterns: ['Biedrība “{word}” – {city}', 'Nodibinājums “{word}”'],
    organisationWords: ['Cerība', 'Tilts', 'Patvērums', 'Jauns sākums', 'Bāka', 'Apvārsnis'],
    streets: ['Brīvības iela', 'Skolas iela', 'Dzirnavu iela', 'Stacijas iela', 'Baznīcas iela', 'Lāčplēša iela'],
    numberFirst: false,
    people: [
      'Anna Bērziņa',
      'Ilze Kalniņa',
      'Jānis Ozols',
      'Līga Liepiņa',
      'Andris Krūmiņš',
      'Inese Zariņa',
      'Mārtiņš Vītols',
      'Dace Jansone',
    ],
  },
  lt: {
    types: {
      shelter: [
        'Prieglauda prekybos žmonėmis aukoms',
        'Saugus ir konfidencialus apgyvendinimas žmonėms, ištrūkusiems iš prekybos žmonėmis, su darbuotojais visą parą.',
      ],
      shelter_women: [
        'Krizių centras moterims ir vaikams',
        'Apsaugotas apgyvendinimas moterims ir jų vaikams, pabėgusiems nuo seksualinio išnaudojimo ar priverstinio darbo.',
      ],
      material_assistance: [
        'Skubi materialinė pagalba',
        'Teikiame maistą, drabužius, higienos priemones ir nedidelę finansinę paramą prekybos žmonėmis aukoms.',
      ],
      medical: [
        'Sveikatos priežiūra aukoms',
        'Nemokami ir konfidencialūs medicininiai patikrinimai, gydymas ir siuntimas pas specialistus, taip pat dėl seksualinės sveikatos.',
      ],
      psychological: [
        'Psichologinė pagalba ir traumos terapija',
        'Į traumą orientuota pagalba ir terapija, kurią teikia psichologai, turintys patirties dirbant su prekybos žmonėmis aukomis.',
      ],
      counselling: [
        'Konsultavimo ir informavimo centras',
        'Konfidencialios konsultacijos apie teises, galimybes ir tolesnius žingsnius žmonėms, nukentėjusiems nuo prekybos žmonėmis ir išnaudojimo.',
      ],
      interpretation: [
        'Vertimas ir kultūrinė mediacija',
        'Vertėjai ir kultūriniai mediatoriai lydi aukas į susitikimus su policija, gydytojais ir advokatais.',
      ],
      legal: [
        'Teisinės konsultacijos ir atstovavimas',
        'Advokatai konsultuoja aukas dėl baudžiamojo proceso, neišmokėto darbo užmokesčio ir teisės gyventi šalyje bei atstovauja joms teisme.',
      ],
      compensation: [
        'Pagalba siekiant kompensacijos',
        'Padedame aukoms reikalauti žalos atlyginimo iš kaltininkų ir valstybės bei atgauti neišmokėtą atlyginimą.',
      ],
      residence_support: [
        'Apmąstymų laikotarpis ir leidimas gyventi',
        'Pagalba prašant apmąstymų laikotarpio ir leidimo gyventi prekybos žmonėmis aukoms.',
      ],
      witness_protection: [
        'Pagalba liudijančioms aukoms',
        'Lydėjimas ir apsauga aukoms, kurios liudija baudžiamosiose bylose prieš prekeivius žmonėmis.',
      ],
      child_protection: [
        'Vaikų apsauga ir globa',
        'Specializuota priežiūra ir globa vaikams, tapusiems prekybos žmonėmis aukomis, įskaitant nelydimus nepilnamečius.',
      ],
      reintegration: [
        'Reintegracija, mokymai ir darbas',
        'Kalbos kursai, profesinis mokymas ir pagalba ieškant darbo savarankiškam gyvenimui kurti.',
      ],
      safe_return: [
        'Saugus grįžimas ir pagalba grįžus',
        'Organizuojame savanorišką ir saugų grįžimą į kilmės šalį kartu su partnerinėmis organizacijomis, kurios padeda atvykus.',
      ],
      hotline: [
        'Pagalbos linija prieš prekybą žmonėmis',
        'Anoniminė telefono linija aukoms, liudytojams ir specialistams, įtariantiems prekybos žmonėmis atvejį.',
      ],
      identification_referral: [
        'Atpažinimas ir nukreipimas',
        'Apmokyti specialistai atpažįsta galimas prekybos žmonėmis aukas ir nukreipia jas į prieglaudas, sveikatos priežiūros ir teisinės pagalbos įstaigas.',
      ],
    },
    phrases: {
      free: 'Visos paslaugos yra nemokamos.',
      fees: 'Kai kurios paslaugos mokamos; teiraukitės dėl atleidimo.',
      interpretation: 'Paprašius suteikiamas vertėjas.',
      open247: 'Esame pasiekiami visą parą, septynias dienas per savaitę.',
      selfReferral: 'Galite kreiptis tiesiogiai, be siuntimo.',
      referralOnly: 'Priimama tik nukreipus policijai, socialinėms tarnyboms ar nevyriausybinei organizacijai.',
      holidays: 'Švenčių metu nedirbame.',
      renovation: 'Uždaryta dėl remonto.',
      sample: 'Pavyzdiniai duomenys: ši paslauga neegzistuoja.',
    },
    organisationPatterns: ['Asociacija „{word}“ – {city}', 'Labdaros fondas „{word}“'],
    organisationWords: ['Viltis', 'Tiltas', 'Prieglobstis', 'Nauja pradžia', 'Švyturys', 'Horizontas'],
    streets: [
      'Gedimino prospektas',
      'Vilniaus gatvė',
      'Laisvės alėja',
      'Mokyklos gatvė',
      'Stoties gatvė',
      'Sodų gatvė',
    ],
    numberFirst: false,
    people: [
      'Rūta Kazlauskienė',
      'Eglė Jankauskaitė',
      'Tomas Petrauskas',
      'Ieva Stankevičiūtė',
      'Mantas Vasiliauskas',
      'Aistė Žukauskaitė',
      'Darius Butkus',
      'Laura Paulauskienė',
    ],
  },
};

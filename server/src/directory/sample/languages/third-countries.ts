import { type LanguagePack } from './types';

/** Ukrainian, Serbian (Latin script), Albanian, Vietnamese and Arabic, for the third countries. */
export const THIRD_COUNTRY_PACKS: Record<string, LanguagePack> = {
  uk: {
    types: {
      shelter: [
        'Притулок для постраждалих від торгівлі людьми',
        'Безпечне та конфіденційне проживання для людей, які вирвалися з торгівлі людьми, з цілодобовим персоналом.',
      ],
      shelter_women: [
        'Притулок для жінок і дітей',
        'Захищене проживання для жінок та їхніх дітей, які втекли від сексуальної експлуатації або примусової праці.',
      ],
      material_assistance: [
        'Невідкладна матеріальна допомога',
        'Ми надаємо їжу, одяг, засоби гігієни та невелику фінансову підтримку постраждалим від торгівлі людьми.',
      ],
      medical: [
        'Медична допомога постраждалим',
        'Безкоштовні та конфіденційні медичні огляди, лікування та направлення до лікарів-спеціалістів.',
      ],
      psychological: [
        'Психологічна підтримка та терапія травми',
        'Підтримка й терапія з урахуванням травми від психологів, які мають досвід роботи з постраждалими від торгівлі людьми.',
      ],
      counselling: [
        'Консультаційний та інформаційний центр',
        'Конфіденційні консультації щодо прав, можливостей і подальших кроків для людей, які постраждали від торгівлі людьми та експлуатації.',
      ],
      interpretation: [
        'Усний переклад і культурне посередництво',
        'Перекладачі та культурні медіатори супроводжують постраждалих на зустрічі з поліцією, лікарями та адвокатами.',
      ],
      legal: [
        'Правова допомога та представництво',
        'Юристи консультують постраждалих щодо кримінального провадження та невиплаченої заробітної плати і представляють їх у суді.',
      ],
      compensation: [
        'Допомога в отриманні компенсації',
        'Ми допомагаємо постраждалим вимагати відшкодування від кривдників і держави та повернути невиплачену зарплату.',
      ],
      residence_support: [
        'Документи та статус постраждалої особи',
        'Допомога в оформленні документів і встановленні статусу особи, яка постраждала від торгівлі людьми.',
      ],
      witness_protection: [
        'Підтримка постраждалих-свідків',
        'Супровід і захист постраждалих, які дають свідчення у кримінальних справах проти торговців людьми.',
      ],
      child_protection: [
        'Захист дітей та опіка',
        'Спеціалізований догляд і опіка для дітей, які постраждали від торгівлі людьми, зокрема дітей без супроводу.',
      ],
      reintegration: [
        'Реінтеграція, навчання та працевлаштування',
        'Мовні курси, професійне навчання та допомога в пошуку роботи для самостійного життя.',
      ],
      safe_return: [
        'Безпечне повернення та підтримка після повернення',
        'Ми допомагаємо людям, які повертаються з-за кордону, разом з організаціями-партнерами в країнах призначення.',
      ],
      hotline: [
        'Гаряча лінія з протидії торгівлі людьми',
        'Анонімна телефонна лінія для постраждалих, свідків і фахівців, які підозрюють випадок торгівлі людьми.',
      ],
      identification_referral: [
        'Ідентифікація та перенаправлення',
        'Навчені фахівці виявляють імовірних постраждалих від торгівлі людьми та перенаправляють їх до притулків, медичної та правової допомоги.',
      ],
    },
    phrases: {
      free: 'Усі послуги безкоштовні.',
      fees: 'Деякі послуги платні; запитайте про пільги.',
      interpretation: 'За запитом надаємо перекладача.',
      open247: 'Ми доступні цілодобово, сім днів на тиждень.',
      selfReferral: 'Ви можете звернутися до нас напряму, без направлення.',
      referralOnly: 'Прийом лише за направленням поліції, соціальних служб або громадської організації.',
      holidays: 'Не працюємо у святкові дні.',
      renovation: 'Зачинено на ремонт.',
      sample: 'Приклад даних: цієї послуги не існує.',
    },
    organisationPatterns: ['Громадська організація «{word}» – {city}', 'Благодійний фонд «{word}»'],
    organisationWords: ['Надія', 'Міст', 'Прихисток', 'Новий початок', 'Маяк'],
    streets: ['вул. Шевченка', 'вул. Франка', 'просп. Свободи', 'вул. Лесі Українки', 'вул. Садова', 'вул. Гоголя'],
    numberFirst: false,
    people: [
      'Олена Коваленко',
      'Ірина Бондаренко',
      'Андрій Шевченко',
      'Наталія Ткаченко',
      'Олександр Мельник',
      'Марія Кравченко',
      'Дмитро Бойко',
      'Оксана Лисенко',
    ],
  },
  sr: {
    types: {
      shelter: [
        'Sklonište za žrtve trgovine ljudima',
        'Bezbedan i poverljiv smeštaj za osobe koje su se izvukle iz trgovine ljudima, uz osoblje prisutno danju i noću.',
      ],
      shelter_women: [
        'Sigurna kuća za žene i decu',
        'Zaštićeni smeštaj za žene i njihovu decu koje su pobegle od seksualne eksploatacije ili prinudnog rada.',
      ],
      material_assistance: [
        'Hitna materijalna pomoć',
        'Obezbeđujemo hranu, odeću, higijenska sredstva i malu novčanu pomoć žrtvama trgovine ljudima.',
      ],
      medical: [
        'Zdravstvena zaštita za žrtve',
        'Besplatni i poverljivi lekarski pregledi, lečenje i upućivanje lekarima specijalistima.',
      ],
      psychological: [
        'Psihološka podrška i terapija traume',
        'Podrška i terapija usmerene na traumu, od psihologa sa iskustvom u radu sa žrtvama trgovine ljudima.',
      ],
      counselling: [
        'Savetovalište i info centar',
        'Poverljivo savetovanje o pravima, mogućnostima i sledećim koracima za osobe pogođene trgovinom ljudima i eksploatacijom.',
      ],
      interpretation: [
        'Prevođenje i kulturna medijacija',
        'Prevodioci i kulturni medijatori prate žrtve na sastanke sa policijom, lekarima i advokatima.',
      ],
      legal: [
        'Pravno savetovanje i zastupanje',
        'Advokati savetuju žrtve o krivičnom postupku, neisplaćenim zaradama i pravu boravka i zastupaju ih pred sudom.',
      ],
      compensation: [
        'Pomoć u ostvarivanju naknade štete',
        'Pomažemo žrtvama da traže naknadu štete od učinilaca i države i da naplate neisplaćene zarade.',
      ],
      residence_support: [
        'Period oporavka i dozvola boravka',
        'Pomoć pri podnošenju zahteva za period oporavka i privremeni boravak za žrtve trgovine ljudima.',
      ],
      witness_protection: [
        'Podrška žrtvama svedocima',
        'Pratnja i zaštita žrtava koje svedoče u krivičnim postupcima protiv trgovaca ljudima.',
      ],
      child_protection: [
        'Zaštita dece i starateljstvo',
        'Specijalizovana nega i starateljstvo za decu žrtve trgovine ljudima, uključujući decu bez pratnje.',
      ],
      reintegration: [
        'Reintegracija, obuka i zapošljavanje',
        'Kursevi jezika, stručna obuka i pomoć pri traženju posla za samostalan život.',
      ],
      safe_return: [
        'Bezbedan povratak i podrška nakon povratka',
        'Organizujemo dobrovoljan i bezbedan povratak u zemlju porekla zajedno sa partnerskim organizacijama.',
      ],
      hotline: [
        'SOS linija protiv trgovine ljudima',
        'Anonimna telefonska linija za žrtve, svedoke i stručnjake koji sumnjaju na slučaj trgovine ljudima.',
      ],
      identification_referral: [
        'Identifikacija i upućivanje',
        'Obučeni stručnjaci prepoznaju moguće žrtve trgovine ljudima i upućuju ih na smeštaj, zdravstvenu zaštitu i pravnu pomoć.',
      ],
    },
    phrases: {
      free: 'Sve usluge su besplatne.',
      fees: 'Neke usluge se plaćaju; pitajte za oslobađanje.',
      interpretation: 'Na zahtev obezbeđujemo prevodioca.',
      open247: 'Dostupni smo 24 sata dnevno, 7 dana u nedelji.',
      selfReferral: 'Možete nam se obratiti direktno, bez uputa.',
      referralOnly: 'Prijem samo na uput policije, centra za socijalni rad ili udruženja.',
      holidays: 'Zatvoreno tokom praznika.',
      renovation: 'Zatvoreno zbog renoviranja.',
      sample: 'Primer podataka: ova usluga ne postoji.',
    },
    organisationPatterns: ['Udruženje {word} – {city}', 'Centar {word}'],
    organisationWords: ['Nada', 'Most', 'Utočište', 'Novi početak', 'Svetionik'],
    streets: ['Bulevar oslobođenja', 'Kneza Miloša', 'Njegoševa', 'Kralja Petra', 'Cara Dušana', 'Svetog Save'],
    numberFirst: false,
    people: [
      'Milica Jovanović',
      'Jelena Petrović',
      'Marko Nikolić',
      'Ana Marković',
      'Nikola Đorđević',
      'Ivana Stojanović',
      'Stefan Ilić',
      'Marija Pavlović',
    ],
  },
  sq: {
    types: {
      shelter: [
        'Strehë për viktimat e trafikimit',
        'Strehim i sigurt dhe konfidencial për personat që i kanë shpëtuar trafikimit të qenieve njerëzore.',
      ],
      shelter_women: [
        'Strehë për gra dhe fëmijë',
        'Strehim i mbrojtur për gratë dhe fëmijët e tyre që i kanë shpëtuar shfrytëzimit seksual ose punës së detyruar.',
      ],
      material_assistance: [
        'Ndihmë materiale emergjente',
        'Ofrojmë ushqim, veshje dhe produkte higjiene për viktimat e trafikimit.',
      ],
      medical: [
        'Kujdes shëndetësor për viktimat',
        'Kontrolle mjekësore falas dhe konfidenciale, trajtim dhe referim te mjekët specialistë.',
      ],
      psychological: [
        'Mbështetje psikologjike',
        'Këshillim dhe terapi nga psikologë me përvojë në punën me të mbijetuarit e trafikimit.',
      ],
      counselling: [
        'Qendër këshillimi dhe informimi',
        'Këshillim konfidencial për të drejtat dhe hapat e ardhshëm për personat e prekur nga trafikimi.',
      ],
      interpretation: [
        'Përkthim dhe ndërmjetësim kulturor',
        'Përkthyes dhe ndërmjetës kulturorë i shoqërojnë viktimat në takime me policinë, mjekët dhe avokatët.',
      ],
      legal: [
        'Ndihmë juridike dhe përfaqësim',
        'Avokatë i këshillojnë viktimat për procesin penal dhe i përfaqësojnë në gjykatë.',
      ],
      compensation: [
        'Ndihmë për dëmshpërblim',
        'Ndihmojmë viktimat të kërkojnë dëmshpërblim nga autorët dhe nga shteti.',
      ],
      residence_support: [
        'Leje qëndrimi dhe periudhë reflektimi',
        'Ndihmë për aplikimin për periudhën e reflektimit dhe lejen e qëndrimit.',
      ],
      witness_protection: [
        'Mbështetje për viktimat dëshmitare',
        'Shoqërim dhe mbrojtje për viktimat që dëshmojnë në procese penale kundër trafikantëve.',
      ],
      child_protection: [
        'Mbrojtja e fëmijëve',
        'Kujdes i specializuar për fëmijët viktima të trafikimit, përfshirë fëmijët e pashoqëruar.',
      ],
      reintegration: [
        'Riintegrim, trajnim dhe punësim',
        'Kurse gjuhe, formim profesional dhe ndihmë për të gjetur punë.',
      ],
      safe_return: [
        'Kthim i sigurt dhe mbështetje pas kthimit',
        'Mbështesim personat që kthehen nga jashtë së bashku me organizata partnere.',
      ],
      hotline: [
        'Linjë ndihme kundër trafikimit',
        'Linjë telefonike anonime për viktimat, dëshmitarët dhe profesionistët që dyshojnë për një rast trafikimi.',
      ],
      identification_referral: [
        'Identifikim dhe referim',
        'Profesionistë të trajnuar identifikojnë viktimat e mundshme të trafikimit dhe i referojnë te strehëzat, kujdesi shëndetësor dhe ndihma juridike.',
      ],
    },
    phrases: {
      free: 'Të gjitha shërbimet janë falas.',
      fees: 'Disa shërbime janë me pagesë.',
      interpretation: 'Përkthyesi ofrohet me kërkesë.',
      open247: 'Jemi në dispozicion 24 orë në ditë, 7 ditë në javë.',
      selfReferral: 'Mund të na kontaktoni drejtpërdrejt, pa referim.',
      referralOnly: 'Pranimi vetëm me referim nga policia, shërbimet sociale ose një OJF.',
      holidays: 'Mbyllur gjatë festave.',
      renovation: 'Mbyllur për rikonstruksion.',
      sample: 'Të dhëna shembull: ky shërbim nuk ekziston.',
    },
    organisationPatterns: ['Shoqata {word} – {city}', 'Qendra {word}'],
    organisationWords: ['Shpresa', 'Ura', 'Streha', 'Fillim i Ri', 'Fari'],
    streets: [
      'Rruga e Durrësit',
      'Rruga Myslym Shyri',
      'Bulevardi Zogu I',
      'Rruga e Kavajës',
      'Rruga Ismail Qemali',
      'Rruga Skënderbej',
    ],
    numberFirst: false,
    people: [
      'Elira Hoxha',
      'Anila Shehu',
      'Arben Krasniqi',
      'Blerta Gashi',
      'Ardit Leka',
      'Mirela Dervishi',
      'Gentian Çela',
      'Ilda Marku',
    ],
  },
  vi: {
    types: {
      shelter: [
        'Nhà tạm lánh cho nạn nhân mua bán người',
        'Nơi ở an toàn và bảo mật cho những người đã thoát khỏi tình trạng bị mua bán.',
      ],
      shelter_women: [
        'Nhà tạm lánh cho phụ nữ và trẻ em',
        'Nơi ở được bảo vệ cho phụ nữ và con của họ đã thoát khỏi bóc lột tình dục hoặc lao động cưỡng bức.',
      ],
      material_assistance: [
        'Hỗ trợ vật chất khẩn cấp',
        'Chúng tôi cung cấp thực phẩm, quần áo và đồ dùng vệ sinh cho nạn nhân mua bán người.',
      ],
      medical: [
        'Chăm sóc y tế cho nạn nhân',
        'Khám và điều trị miễn phí, bảo mật, và giới thiệu đến bác sĩ chuyên khoa.',
      ],
      psychological: ['Hỗ trợ tâm lý', 'Tư vấn và trị liệu tâm lý cho người sống sót sau mua bán người.'],
      counselling: [
        'Trung tâm tư vấn và thông tin',
        'Tư vấn bảo mật về quyền lợi và các bước tiếp theo cho người bị ảnh hưởng bởi mua bán người.',
      ],
      interpretation: ['Phiên dịch', 'Phiên dịch viên đi cùng nạn nhân khi làm việc với công an, bác sĩ và luật sư.'],
      legal: ['Trợ giúp pháp lý', 'Luật sư tư vấn cho nạn nhân về tố tụng hình sự và đại diện cho họ tại tòa án.'],
      compensation: ['Hỗ trợ đòi bồi thường', 'Chúng tôi giúp nạn nhân yêu cầu bồi thường từ người phạm tội.'],
      residence_support: ['Hỗ trợ giấy tờ tùy thân', 'Giúp nạn nhân làm lại giấy tờ tùy thân và hồ sơ cần thiết.'],
      witness_protection: [
        'Hỗ trợ nạn nhân làm chứng',
        'Đồng hành và bảo vệ nạn nhân khi làm chứng trong các vụ án mua bán người.',
      ],
      child_protection: ['Bảo vệ trẻ em', 'Chăm sóc chuyên biệt cho trẻ em là nạn nhân mua bán người.'],
      reintegration: [
        'Tái hòa nhập cộng đồng, học nghề và việc làm',
        'Học nghề và hỗ trợ tìm việc làm để người sống sót xây dựng cuộc sống tự lập.',
      ],
      safe_return: [
        'Hỗ trợ hồi hương an toàn',
        'Chúng tôi đón và hỗ trợ người trở về từ nước ngoài cùng với các tổ chức đối tác.',
      ],
      hotline: [
        'Đường dây nóng phòng chống mua bán người',
        'Đường dây điện thoại ẩn danh cho nạn nhân, nhân chứng và cán bộ nghi ngờ có vụ mua bán người.',
      ],
      identification_referral: [
        'Xác định và chuyển tuyến',
        'Cán bộ được đào tạo xác định nạn nhân và chuyển họ đến nơi tạm lánh, dịch vụ y tế và trợ giúp pháp lý.',
      ],
    },
    phrases: {
      free: 'Tất cả dịch vụ đều miễn phí.',
      fees: 'Một số dịch vụ có thu phí.',
      interpretation: 'Có phiên dịch theo yêu cầu.',
      open247: 'Chúng tôi hoạt động 24 giờ mỗi ngày, 7 ngày mỗi tuần.',
      selfReferral: 'Bạn có thể liên hệ trực tiếp với chúng tôi.',
      referralOnly: 'Chỉ tiếp nhận khi có giới thiệu của công an hoặc cơ quan xã hội.',
      holidays: 'Nghỉ trong dịp lễ.',
      renovation: 'Tạm đóng cửa để sửa chữa.',
      sample: 'Dữ liệu mẫu: dịch vụ này không có thật.',
    },
    organisationPatterns: ['Trung tâm {word} – {city}', 'Tổ chức {word}'],
    organisationWords: ['Hy Vọng', 'Cầu Nối', 'Bình Minh', 'Ngôi Nhà Bình Yên'],
    streets: ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hàng Bài', 'Hai Bà Trưng', 'Lý Thường Kiệt'],
    numberFirst: true,
    people: [
      'Nguyễn Thị Lan',
      'Trần Thị Mai',
      'Lê Văn Hùng',
      'Phạm Thị Hoa',
      'Hoàng Văn Minh',
      'Vũ Thị Hương',
      'Đặng Văn Nam',
      'Bùi Thị Thu',
    ],
  },
  ar: {
    types: {
      shelter: ['مأوى لضحايا الاتجار بالبشر', 'إيواء آمن وسري للأشخاص الذين نجوا من الاتجار بالبشر.'],
      shelter_women: [
        'مأوى للنساء والأطفال',
        'إيواء محمي للنساء وأطفالهن الناجين من الاستغلال الجنسي أو العمل القسري.',
      ],
      material_assistance: ['مساعدة مادية عاجلة', 'نقدم الطعام والملابس ومواد النظافة لضحايا الاتجار بالبشر.'],
      medical: ['رعاية طبية للضحايا', 'فحوص وعلاج طبي مجاني وسري وإحالة إلى أطباء مختصين.'],
      psychological: ['دعم نفسي', 'إرشاد وعلاج نفسي على يد أخصائيين ذوي خبرة في العمل مع الناجين من الاتجار بالبشر.'],
      counselling: [
        'مركز استماع وتوجيه',
        'استشارات سرية حول الحقوق والخيارات والخطوات التالية للأشخاص المتضررين من الاتجار بالبشر.',
      ],
      interpretation: [
        'ترجمة ووساطة ثقافية',
        'يرافق مترجمون ووسطاء ثقافيون الضحايا في مواعيدهم مع الشرطة والأطباء والمحامين.',
      ],
      legal: ['مساعدة قانونية وتمثيل', 'يقدم محامون المشورة للضحايا بشأن الإجراءات الجنائية ويمثلونهم أمام المحاكم.'],
      compensation: ['دعم في طلب التعويض', 'نساعد الضحايا على المطالبة بالتعويض من الجناة.'],
      residence_support: [
        'دعم في الإقامة والوثائق',
        'مساعدة في الحصول على الوثائق وتسوية وضعية الإقامة لضحايا الاتجار بالبشر.',
      ],
      witness_protection: [
        'دعم الضحايا الشهود',
        'مرافقة وحماية الضحايا الذين يدلون بشهاداتهم في القضايا الجنائية ضد المتاجرين.',
      ],
      child_protection: ['حماية الطفولة', 'رعاية متخصصة للأطفال ضحايا الاتجار بالبشر، بمن فيهم الأطفال غير المصحوبين.'],
      reintegration: ['إعادة الإدماج والتكوين والتشغيل', 'دروس لغة وتكوين مهني ومساعدة في البحث عن عمل.'],
      safe_return: [
        'عودة آمنة ومواكبة بعد العودة',
        'ننظم العودة الطوعية والآمنة مع منظمات شريكة تواكب الأشخاص بعد وصولهم.',
      ],
      hotline: [
        'خط مساعدة لمكافحة الاتجار بالبشر',
        'خط هاتفي مجهول الهوية للضحايا والشهود والمهنيين الذين يشتبهون في حالة اتجار بالبشر.',
      ],
      identification_referral: [
        'تحديد الهوية والإحالة',
        'يتعرف مختصون مدربون على الضحايا المحتملين ويحيلونهم إلى مراكز الإيواء والرعاية الصحية والمساعدة القانونية.',
      ],
    },
    phrases: {
      free: 'جميع الخدمات مجانية.',
      fees: 'بعض الخدمات بمقابل.',
      interpretation: 'تتوفر الترجمة عند الطلب.',
      open247: 'نحن متاحون على مدار الساعة، طوال أيام الأسبوع.',
      selfReferral: 'يمكنكم التواصل معنا مباشرة دون إحالة.',
      referralOnly: 'القبول فقط بإحالة من الشرطة أو المصالح الاجتماعية أو جمعية.',
      holidays: 'مغلق خلال العطل.',
      renovation: 'مغلق للإصلاح.',
      sample: 'بيانات تجريبية: هذه الخدمة غير موجودة.',
    },
    organisationPatterns: ['جمعية {word}'],
    organisationWords: ['الأمل', 'الجسر', 'النور'],
    streets: ['شارع محمد الخامس', 'شارع الحسن الثاني', 'شارع ابن بطوطة'],
    numberFirst: true,
    people: ['فاطمة الزهراء بنعلي', 'خديجة العلوي', 'يوسف الإدريسي', 'سناء التازي'],
  },
};

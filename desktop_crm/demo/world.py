"""Word lists of the demo's world, by country: cities and streets, phone codes, company names,
positions, tags, notes, deals, e-mail subjects and the sales team. People's names are in
`names`."""

from __future__ import annotations

# --- Places: (city, postal code start, landline area code, local number length, group) -------

RU_CITIES = (
    ("Москва", "12", "495", 7, "Москва"),
    ("Москва", "10", "499", 7, "Москва"),
    ("Санкт-Петербург", "19", "812", 7, "Санкт-Петербург"),
    ("Новосибирск", "630", "383", 7, "Регионы"),
    ("Екатеринбург", "620", "343", 7, "Регионы"),
    ("Казань", "420", "843", 7, "Регионы"),
    ("Нижний Новгород", "603", "831", 7, "Регионы"),
    ("Самара", "443", "846", 7, "Регионы"),
    ("Ростов-на-Дону", "344", "863", 7, "Регионы"),
    ("Краснодар", "350", "861", 7, "Регионы"),
    ("Пермь", "614", "342", 7, "Регионы"),
    ("Воронеж", "394", "473", 7, "Регионы"),
    ("Уфа", "450", "347", 7, "Регионы"),
    ("Челябинск", "454", "351", 7, "Регионы"),
    ("Омск", "644", "3812", 6, "Регионы"),
    ("Тюмень", "625", "3452", 6, "Регионы"),
)
RU_STREETS = (
    "ул. Ленина", "ул. Гагарина", "ул. Мира", "ул. Советская", "пр-т Победы", "ул. Садовая",
    "ул. Пушкина", "ул. Лесная", "ул. Школьная", "ул. Молодёжная", "ул. Центральная",
    "ул. Кирова", "ул. Чехова", "ул. Строителей", "ул. Заводская", "Комсомольский пр-т",
    "ул. Октябрьская", "ул. Набережная", "ул. Полевая", "ул. Маяковского", "ул. Горького",
    "ул. Лермонтова", "пер. Почтовый", "ш. Энтузиастов", "б-р Рокоссовского",
)  # fmt: skip

KZ_CITIES = (
    ("Алматы", "050", "727", 7, "Алматы"),
    ("Астана", "010", "7172", 6, "Астана"),
    ("Шымкент", "160", "7252", 6, "Регионы"),
    ("Караганда", "100", "7212", 6, "Регионы"),
    ("Актобе", "030", "7132", 6, "Регионы"),
    ("Павлодар", "140", "7182", 6, "Регионы"),
    ("Усть-Каменогорск", "070", "7232", 6, "Регионы"),
    ("Атырау", "060", "7122", 6, "Регионы"),
)
KZ_STREETS = (
    "пр. Абая", "ул. Толе би", "пр. Достык", "ул. Сатпаева", "ул. Жибек Жолы",
    "пр. Аль-Фараби", "ул. Кабанбай батыра", "ул. Байтурсынова", "ул. Кенесары",
    "пр. Республики", "ул. Ауэзова", "ул. Муканова", "мкр. Самал-2", "ул. Желтоксан",
)  # fmt: skip

PL_CITIES = (
    ("Warszawa", "0", "22", 7, "Polska"),
    ("Kraków", "3", "12", 7, "Polska"),
    ("Łódź", "9", "42", 7, "Polska"),
    ("Wrocław", "5", "71", 7, "Polska"),
    ("Poznań", "6", "61", 7, "Polska"),
    ("Gdańsk", "8", "58", 7, "Polska"),
    ("Szczecin", "7", "91", 7, "Polska"),
    ("Lublin", "2", "81", 7, "Polska"),
)
PL_STREETS = (
    "ul. Marszałkowska", "ul. Mickiewicza", "ul. Słowackiego", "ul. Kościuszki", "ul. Długa",
    "ul. Polna", "ul. Lipowa", "ul. Ogrodowa", "al. Jana Pawła II", "ul. Piłsudskiego",
    "ul. Sienkiewicza", "ul. Leśna", "ul. Kwiatowa", "ul. Szkolna", "ul. Chopina",
    "ul. Kopernika", "ul. Żeromskiego", "ul. Grunwaldzka",
)  # fmt: skip

# (city, postcode area, area code without the trunk 0, local number length, group)
GB_CITIES = (
    ("London", "EC1", "20", 8, "United Kingdom"),
    ("London", "SW1", "20", 8, "United Kingdom"),
    ("London", "N1", "20", 8, "United Kingdom"),
    ("Manchester", "M1", "161", 7, "United Kingdom"),
    ("Birmingham", "B1", "121", 7, "United Kingdom"),
    ("Leeds", "LS1", "113", 7, "United Kingdom"),
    ("Bristol", "BS1", "117", 7, "United Kingdom"),
    ("Liverpool", "L1", "151", 7, "United Kingdom"),
    ("Edinburgh", "EH1", "131", 7, "United Kingdom"),
    ("Glasgow", "G1", "141", 7, "United Kingdom"),
    ("Cardiff", "CF10", "29", 8, "United Kingdom"),
)
GB_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Queen Street",
    "King Street", "Mill Lane", "London Road", "Green Lane", "Baker Street", "Oxford Road",
    "Manor Road", "Albert Street", "New Street", "Castle Street",
)  # fmt: skip

# Group tree of demo clients: country folder -> city folders (see the cities' last field).
GROUPS = {
    "RU": ("Россия", ("Москва", "Санкт-Петербург", "Регионы")),
    "KZ": ("Казахстан", ("Алматы", "Астана", "Регионы")),
    "PL": ("Polska", ()),
    "GB": ("United Kingdom", ()),
}

# --- Mobile prefixes (national significant number starts) -------------------------------------

RU_MOBILE = tuple(
    str(c)
    for c in (*range(900, 907), 908, 909, *range(910, 940), *range(950, 954), *range(960, 970))
) + tuple(str(c) for c in (*range(977, 990), *range(991, 1000)))
KZ_MOBILE = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")
PL_MOBILE = tuple(
    f"{p}{d}"
    for p in ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88")
    for d in range(10)
)
GB_MOBILE = tuple(f"7{d}" for d in range(4, 10))  # 074.. to 079..

# --- Companies -----------------------------------------------------------------------------------

RU_COMPANY_HEADS = (
    "Альфа", "Север", "Юг", "Техно", "Агро", "Энерго", "Мега", "Гранд", "Вектор", "Форвард",
    "Капитал", "Транс", "Урал", "Сибирь", "Волга", "Нева", "Балт", "Стандарт", "Гарант", "Профи",
)  # fmt: skip
RU_COMPANY_TAILS = (
    "Торг", "Сервис", "Строй", "Логистик", "Пром", "Трейд", "Снаб", "Маш", "Комплект", "Систем",
    "Групп", "Мед", "Софт", "Пласт", "Металл", "Инвест",
)  # fmt: skip
RU_COMPANY_FORMS = ("ООО", "ООО", "ООО", "АО", "ПАО")
KZ_COMPANY_HEADS = (
    "Алатау", "Каспий", "Сарыарка", "Жетысу", "Арман", "Достар", "Байтерек", "Нур", "Алтын",
    "Кокше", "Тараз", "Ертіс",
)  # fmt: skip
KZ_COMPANY_TAILS = ("Сервис", "Трейд", "Логистик", "Строй", "Инвест", "Агро", "Групп", "Энерго")
KZ_COMPANY_FORMS = ("ТОО", "ТОО", "ТОО", "АО")
PL_COMPANY_HEADS = (
    "Polbud", "Mazowsze", "Wisła", "Bałtyk", "Tatra", "Orzeł", "Sokół", "Warta", "Odra",
    "Karpaty", "Amber", "Novum", "Jantar", "Pomorze",
)  # fmt: skip
PL_COMPANY_TAILS = ("Logistyka", "Budownictwo", "Serwis", "Trade", "Systemy", "Med", "Energia")
GB_COMPANY_HEADS = (
    "Northgate", "Riverside", "Crown", "Oakwood", "Highland", "Harbour", "Summit", "Kingsway",
    "Albion", "Redbridge", "Silverline", "Greenfield",
)  # fmt: skip
GB_COMPANY_TAILS = ("Solutions", "Logistics", "Trading", "Consulting", "Engineering", "Supplies")

POSITIONS = {
    "RU": (
        "Генеральный директор", "Коммерческий директор", "Главный бухгалтер",
        "Менеджер по закупкам", "Руководитель отдела снабжения", "Офис-менеджер",
        "Юрист", "Инженер", "Начальник отдела продаж",
    ),
    "KZ": (
        "Директор", "Главный бухгалтер", "Менеджер по закупкам", "Руководитель отдела продаж",
        "Офис-менеджер", "Юрист", "Инженер",
    ),
    "PL": (
        "Prezes zarządu", "Dyrektor handlowy", "Główna księgowa", "Specjalista ds. zakupów",
        "Kierownik biura", "Radca prawny", "Inżynier",
    ),
    "GB": (
        "Managing Director", "Sales Director", "Finance Manager", "Procurement Manager",
        "Office Manager", "Legal Counsel", "Engineer",
    ),
}  # fmt: skip

# --- What happens with clients -----------------------------------------------------------------

TAGS = (
    "VIP", "Опт", "Розница", "Постоянный клиент", "Новый", "Партнёр", "Тендер", "Рассылка",
    "Не звонить", "Выставка", "Дилер", "Бюджетник",
)  # fmt: skip

NOTES = {
    "ru": (
        "Звонил, просил перезвонить после 15:00.",
        "Отправили коммерческое предложение, ждём ответа до пятницы.",
        "Клиент интересуется оптовыми ценами, выслать прайс.",
        "Встреча в офисе клиента, обсудили условия доставки.",
        "Попросил скидку 5% при оплате заранее — согласовать с руководителем.",
        "Не дозвонились, оставили сообщение секретарю.",
        "Договор подписан, оригиналы отправлены почтой.",
        "Сменился контактный телефон, новый внесён в карточку.",
        "Клиент доволен поставкой, готов к повторному заказу в следующем квартале.",
        "Уточнить реквизиты для счёта.",
        "Напомнить о продлении договора за месяц до окончания.",
        "Просит выслать образцы продукции.",
    ),
    "pl": (
        "Klient prosi o ofertę na przyszły kwartał.",
        "Wysłano cennik, oddzwonić w poniedziałek.",
        "Spotkanie w biurze klienta, omówiono warunki dostawy.",
        "Nie odbiera telefonu, wysłano e-mail.",
        "Umowa podpisana, faktura wysłana.",
        "Prosi o rabat przy większym zamówieniu.",
    ),
    "en": (
        "Asked us to call back after lunch.",
        "Sent the quote, follow up on Friday.",
        "Meeting at their office, agreed on delivery terms.",
        "No answer, left a voicemail.",
        "Contract signed, invoice sent.",
        "Wants a volume discount on the next order.",
    ),
}

DEAL_TOPICS = {
    "ru": (
        "Поставка оборудования", "Годовой контракт на обслуживание", "Пробная партия",
        "Расширение лицензий", "Поставка расходных материалов", "Монтаж и пусконаладка",
        "Консультационные услуги", "Тендер на поставку",
    ),
    "pl": ("Dostawa sprzętu", "Umowa serwisowa", "Zamówienie próbne", "Rozszerzenie licencji"),
    "en": ("Equipment supply", "Annual service contract", "Trial order", "License expansion"),
}  # fmt: skip
DEAL_STAGES = {
    "open": ("Квалификация", "Предложение", "Переговоры"),
    "won": ("Договор подписан",),
    "lost": ("Отказ",),
}
DEAL_ACTIVITIES = ("Позвонить", "Отправить КП", "Встреча", "Выслать договор", "Демонстрация")
SCENARIO = ("Стандартная продажа", "Квалификация, предложение, переговоры, договор.")

EMAIL_SUBJECTS = {
    "ru": (
        "Коммерческое предложение", "Счёт на оплату", "Re: условия поставки", "Договор",
        "Запрос прайс-листа", "Акт сверки", "Re: сроки доставки",
    ),
    "pl": ("Oferta handlowa", "Faktura", "Re: warunki dostawy", "Umowa", "Zapytanie ofertowe"),
    "en": ("Quotation", "Invoice", "Re: delivery terms", "Contract", "Price list request"),
}  # fmt: skip

# Demo managers: login, full name, country they work with.
MANAGERS = (
    ("a.smirnova", "Смирнова Анна Сергеевна", "RU"),
    ("d.kuznetsov", "Кузнецов Дмитрий Олегович", "RU"),
    ("e.volkova", "Волкова Екатерина Игоревна", "RU"),
    ("m.orlov", "Орлов Максим Андреевич", "RU"),
    ("a.nurlanova", "Нурланова Айгерим Маратовна", "KZ"),
    ("e.sadykov", "Садыков Ержан Болатович", "KZ"),
    ("k.nowak", "Katarzyna Nowak", "PL"),
    ("j.harper", "James Harper", "GB"),
)
SALES_GROUP = "Отдел продаж"

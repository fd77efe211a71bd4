"""Word lists for demo data: names, places, companies, texts, by country.

Russian and Kazakh names follow the Russian document order "Фамилия Имя Отчество" with the
female forms of surnames and patronymics spelled out (no rules guessed at run time); Polish and
English names have no patronymic. Countries are ISO codes: RU, KZ, PL, GB.
"""

from __future__ import annotations

# --- Russian -----------------------------------------------------------------------------------

# male first name -> (patronymic of his son, patronymic of his daughter)
RU_FATHERS: dict[str, tuple[str, str]] = {
    "Александр": ("Александрович", "Александровна"),
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Анатолий": ("Анатольевич", "Анатольевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Антон": ("Антонович", "Антоновна"),
    "Аркадий": ("Аркадьевич", "Аркадьевна"),
    "Артём": ("Артёмович", "Артёмовна"),
    "Борис": ("Борисович", "Борисовна"),
    "Вадим": ("Вадимович", "Вадимовна"),
    "Валерий": ("Валерьевич", "Валерьевна"),
    "Василий": ("Васильевич", "Васильевна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Владимир": ("Владимирович", "Владимировна"),
    "Владислав": ("Владиславович", "Владиславовна"),
    "Вячеслав": ("Вячеславович", "Вячеславовна"),
    "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Георгий": ("Георгиевич", "Георгиевна"),
    "Григорий": ("Григорьевич", "Григорьевна"),
    "Денис": ("Денисович", "Денисовна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Егор": ("Егорович", "Егоровна"),
    "Иван": ("Иванович", "Ивановна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Илья": ("Ильич", "Ильинична"),
    "Кирилл": ("Кириллович", "Кирилловна"),
    "Константин": ("Константинович", "Константиновна"),
    "Лев": ("Львович", "Львовна"),
    "Леонид": ("Леонидович", "Леонидовна"),
    "Максим": ("Максимович", "Максимовна"),
    "Матвей": ("Матвеевич", "Матвеевна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Никита": ("Никитич", "Никитична"),
    "Николай": ("Николаевич", "Николаевна"),
    "Олег": ("Олегович", "Олеговна"),
    "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"),
    "Роман": ("Романович", "Романовна"),
    "Семён": ("Семёнович", "Семёновна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Станислав": ("Станиславович", "Станиславовна"),
    "Степан": ("Степанович", "Степановна"),
    "Тимур": ("Тимурович", "Тимуровна"),
    "Фёдор": ("Фёдорович", "Фёдоровна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Ярослав": ("Ярославович", "Ярославовна"),
}
RU_MALE = tuple(RU_FATHERS)
RU_FEMALE = (
    "Алёна", "Алина", "Анастасия", "Анна", "Арина", "Валентина", "Вера", "Вероника",
    "Виктория", "Галина", "Дарья", "Диана", "Евгения", "Екатерина", "Елена", "Елизавета",
    "Жанна", "Зоя", "Инна", "Ирина", "Кристина", "Ксения", "Лариса", "Любовь", "Людмила",
    "Маргарита", "Марина", "Мария", "Надежда", "Наталья", "Нина", "Оксана", "Ольга", "Полина",
    "Светлана", "Софья", "Тамара", "Татьяна", "Юлия", "Яна",
)  # fmt: skip
RU_SURNAMES = (
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
    "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
    "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
    "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
    "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов",
    "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов",
    "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
    "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Быков",
    "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Голубев",
    "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов",
    "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров",
    "Грачёв", "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев",
    "Панов", "Моисеев", "Румянцев", "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Ерёмин",
    "Галкин", "Лукьянов", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Князев",
    "Цветков", "Левин", "Воронов", "Аксёнов", "Мальцев", "Логинов", "Горшков", "Савин",
    "Краснов", "Майоров", "Демидов", "Рыбаков", "Сафонов", "Плотников", "Хохлов", "Жданов",
    "Успенский", "Покровский", "Троицкий", "Островский", "Садовский", "Вознесенский",
    "Толстой", "Донской", "Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Кравченко",
    "Черных", "Седых", "Ким", "Ковальчук", "Полищук", "Мельник",
)  # fmt: skip

# --- Kazakh (Russian-script forms, as Kazakhstani documents and CRMs usually hold them) --------

# each ends in a consonant, so -ович / -овна is right for all of them
KZ_FATHERS = (
    "Нурлан", "Ерлан", "Серик", "Бауыржан", "Асхат", "Айдар", "Арман", "Ерболат", "Даулет",
    "Марат", "Азамат", "Берик", "Болат", "Габит", "Дархан", "Жандос", "Ержан", "Кайрат", "Мурат",
    "Олжас", "Руслан", "Самат", "Талгат", "Тимур", "Алибек", "Санжар", "Данияр", "Ильяс",
    "Мирас", "Нурбол", "Канат", "Бахыт", "Жомарт",
)  # fmt: skip
KZ_MALE = (*KZ_FATHERS, "Абылай", "Алихан", "Нурсултан")
KZ_FEMALE = (
    "Айгерим", "Айгуль", "Асель", "Гульнара", "Динара", "Жанар", "Жулдыз", "Мадина", "Сауле",
    "Айжан", "Аружан", "Дана", "Камила", "Салтанат", "Алия", "Назым", "Гульмира", "Меруерт",
    "Томирис", "Дильназ", "Малика", "Акмарал", "Ботагоз", "Айнур", "Карина",
)  # fmt: skip
KZ_SURNAMES = (
    "Нурланов", "Ахметов", "Жумабаев", "Касымов", "Сулейменов", "Абдрахманов", "Искаков",
    "Омаров", "Байжанов", "Тулегенов", "Есенов", "Сапаров", "Кенжебеков", "Мусин", "Садыков",
    "Жакупов", "Утегенов", "Нуртазин", "Оспанов", "Ермеков", "Абенов", "Исмаилов", "Бекмуратов",
    "Смагулов", "Калиев", "Мухамеджанов", "Серикбаев", "Аубакиров", "Шаймерденов",
    "Ким", "Цой", "Пак",
)  # fmt: skip

# --- Polish ------------------------------------------------------------------------------------

PL_MALE = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Adam",
    "Łukasz", "Mateusz", "Marek", "Grzegorz", "Jan", "Kamil", "Wojciech", "Maciej", "Rafał",
    "Dariusz", "Robert", "Mariusz", "Zbigniew", "Jerzy", "Stanisław", "Bartosz", "Szymon",
    "Filip", "Dawid", "Sebastian", "Przemysław",
)  # fmt: skip
PL_FEMALE = (
    "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena",
    "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Natalia", "Julia",
    "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Weronika", "Alicja", "Maja",
    "Zuzanna", "Iwona", "Renata", "Halina", "Jadwiga",
)  # fmt: skip
PL_SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając",
    "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski",
    "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek",
    "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora", "Baran", "Rutkowski",
    "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski", "Wróblewski",
    "Zawadzki", "Sadowski", "Bąk", "Chmielewski", "Włodarczyk",
)  # fmt: skip

# --- English -----------------------------------------------------------------------------------

GB_MALE = (
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Paul", "Steven", "Andrew", "George",
    "Edward", "Oliver", "Harry", "Jack", "Samuel", "Benjamin", "Christopher", "Peter", "Simon",
    "Henry", "Alexander", "Luke",
)  # fmt: skip
GB_FEMALE = (
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen",
    "Emily", "Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace", "Hannah", "Lucy",
    "Rachel", "Laura", "Victoria", "Rebecca", "Helen", "Catherine", "Alice", "Megan", "Chloe",
    "Jane", "Claire", "Anna",
)  # fmt: skip
GB_SURNAMES = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
    "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
    "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner",
    "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
    "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
    "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter",
    "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards",
    "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Wilkinson", "Foster",
    "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
    "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler",
    "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
)  # fmt: skip


def ru_female_surname(male: str) -> str:
    """Иванов -> Иванова, Успенский -> Успенская, Толстой -> Толстая; Шевченко, Черных, Ким and
    other surnames without gender stay as they are."""
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return male + "а"
    if male.endswith(("ский", "цкий")):
        return male[:-2] + "ая"
    if male.endswith("ской"):
        return male[:-2] + "ая"
    if male.endswith("ой") and len(male) > 4:
        return male[:-2] + "ая"
    return male


def pl_female_surname(male: str) -> str:
    """Kowalski -> Kowalska, Zawadzki -> Zawadzka; Nowak, Wójcik, Mazur stay as they are."""
    if male.endswith(("ski", "cki", "dzki")):
        return male[:-1] + "a"
    return male


def kz_patronymic(father: str, female: bool) -> str:
    """Russian-style patronymic from a Kazakh first name ending in a consonant."""
    return father + ("овна" if female else "ович")


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

# --- Transliteration for e-mail addresses and web sites ----------------------------------------

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
}  # fmt: skip


def latin(text: str) -> str:
    """Lower-case ASCII letters and digits of `text`: "Пётр" -> "petr", "Łukasz" -> "lukasz"."""
    out = []
    for ch in text.lower():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
    return "".join(out)

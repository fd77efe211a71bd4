"""Word lists of people's names for demo data, by country (places and texts are in `world`).

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

"""The full-name splitter (CTL-6) on a table of real names: Russian, Kazakh and other Turkic,
Polish, English, initials and companies, each with the parts expected and how sure it is."""

from __future__ import annotations

import pytest

from desktop_crm.services.first_names import is_first_name
from desktop_crm.services.name_split import (
    COMPANY,
    DOUBTFUL,
    MIXED,
    SURE,
    patronymic_kind,
    propose_split,
)
from desktop_crm.services.names import split_full_name

S, D = SURE, DOUBTFUL
N = None

TABLE = [
    # Russian: "Фамилия Имя Отчество" and "Имя Отчество Фамилия"
    ("Иванов Иван Иванович", "Иванов", "Иван", "Иванович", S),
    ("Петрова Анна Сергеевна", "Петрова", "Анна", "Сергеевна", S),
    ("Сидоров Пётр Ильич", "Сидоров", "Пётр", "Ильич", S),
    ("Кузнецова Ольга Никитична", "Кузнецова", "Ольга", "Никитична", S),
    ("Смирнова Мария Ильинична", "Смирнова", "Мария", "Ильинична", S),
    ("Иван Иванович Петров", "Петров", "Иван", "Иванович", S),
    ("Анна Павловна Шерер", "Шерер", "Анна", "Павловна", S),
    ("Лев Николаевич Толстой", "Толстой", "Лев", "Николаевич", S),
    ("Шостакович Дмитрий Дмитриевич", "Шостакович", "Дмитрий", "Дмитриевич", S),
    ("Богданович Иван Петрович", "Богданович", "Иван", "Петрович", S),
    ("Иван Петрович Богданович", "Богданович", "Иван", "Петрович", S),
    ("Усольцев Олег Валентинович", "Усольцев", "Олег", "Валентинович", S),
    ("Гагарин Юрий Алексеевич", "Гагарин", "Юрий", "Алексеевич", S),
    ("Королёв Сергей Павлович", "Королёв", "Сергей", "Павлович", S),
    ("Ландау Лев Давидович", "Ландау", "Лев", "Давидович", S),
    ("Никитин Андрей Юрьевич", "Никитин", "Андрей", "Юрьевич", S),
    ("ИВАНОВА ЕЛЕНА ПЕТРОВНА", "ИВАНОВА", "ЕЛЕНА", "ПЕТРОВНА", S),
    ("Римский-Корсаков Николай Андреевич", "Римский-Корсаков", "Николай", "Андреевич", S),
    ("Анна Ильинична", N, "Анна", "Ильинична", S),
    ("Иван Кузьмич", N, "Иван", "Кузьмич", S),
    # Russian two words: the first-name list or a surname's ending says the order
    ("Анна Петрова", "Петрова", "Анна", N, S),
    ("Петрова Анна", "Петрова", "Анна", N, S),
    ("Иван Петров", "Петров", "Иван", N, S),
    ("Петров Иван", "Петров", "Иван", N, S),
    ("Ростислав Калинин", "Калинин", "Ростислав", N, S),
    ("Шевчук Тарас", "Шевчук", "Тарас", N, S),
    ("Иван Мицкевич", "Мицкевич", "Иван", N, D),  # a patronymic's ending, or a surname
    ("Роман Денис", "Роман", "Денис", N, D),  # two first names: which is the surname?
    ("Гоша Куць", "Гоша", "Куць", N, D),  # no hint at all
    ("Артур", N, "Артур", N, D),
    ("Иванов", "Иванов", N, N, D),
    ("Гарсиа Маркес Габриэль", "Гарсиа", "Маркес", "Габриэль", D),
    # Kazakh and other Turkic patronymics, joined or as a second word
    ("Назарбаев Нурсултан Абишевич", "Назарбаев", "Нурсултан", "Абишевич", S),
    ("Нурланов Ерлан Маратулы", "Нурланов", "Ерлан", "Маратулы", S),
    ("Ерлан Маратулы Нурланов", "Нурланов", "Ерлан", "Маратулы", S),
    ("Сапарова Айгерим Маратқызы", "Сапарова", "Айгерим", "Маратқызы", S),
    ("Токаев Касым-Жомарт Кемелулы", "Токаев", "Касым-Жомарт", "Кемелулы", S),
    ("Алиев Рашид Гасан оглы", "Алиев", "Рашид", "Гасан оглы", S),
    ("Рашид Гасан оглы Алиев", "Алиев", "Рашид", "Гасан оглы", S),
    ("Мамедова Лейла Ильхам кызы", "Мамедова", "Лейла", "Ильхам кызы", S),
    ("Нурбек Асан уулу", N, "Нурбек", "Асан уулу", S),
    ("Tokayev Kassym-Jomart Kemeluly", "Tokayev", "Kassym-Jomart", "Kemeluly", S),
    ("Ерлан Маратулы", N, "Ерлан", "Маратулы", D),  # in Kazakhstan often the surname
    ("Ахметов Бауыржан", "Ахметов", "Бауыржан", N, S),
    ("Айгуль Сейткали", "Сейткали", "Айгуль", N, S),
    # Polish
    ("Jan Kowalski", "Kowalski", "Jan", N, S),
    ("Kowalski Jan", "Kowalski", "Jan", N, S),
    ("Anna Nowak-Kowalska", "Nowak-Kowalska", "Anna", N, S),
    ("Małgorzata Wiśniewska", "Wiśniewska", "Małgorzata", N, S),
    ("Grzegorz Brzęczyszczykiewicz", "Brzęczyszczykiewicz", "Grzegorz", N, S),
    ("Jan Maria Rokita", "Rokita", "Jan", "Maria", S),
    ("Zbigniew Wodecki", "Wodecki", "Zbigniew", N, S),
    ("Wojciech Zieliński", "Zieliński", "Wojciech", N, S),
    ("Zenon Kowalczyk", "Kowalczyk", "Zenon", N, S),  # a surname's ending on one word only
    # English
    ("John Paul Smith", "Smith", "John", "Paul", S),
    ("Mary O'Neil", "O'Neil", "Mary", N, S),
    ("Smith, John", "Smith", "John", N, S),
    ("Smith, John Paul", "Smith", "John", "Paul", S),
    ("Robert McDonald", "McDonald", "Robert", N, S),
    ("Ludwig van Beethoven", "van Beethoven", "Ludwig", N, S),
    ("Emily Jane Brontë", "Brontë", "Emily", "Jane", S),
    ("Taylor Morgan", "Morgan", "Taylor", N, D),
    ("James Brown", "Brown", "James", N, S),
    ("Simon Scott", "Scott", "Simon", N, S),
    ("Lucas Scott", "Scott", "Lucas", N, D),  # "Scott" is a first name too, "Lucas" unknown
    ("Anna Lee", "Lee", "Anna", N, S),
    ("Ivan Ivanovich Petrov", "Petrov", "Ivan", "Ivanovich", S),
    ("John Ronald Reuel Tolkien", "Tolkien", "John", "Ronald Reuel", D),
    # initials
    ("Иванов И.И.", "Иванов", "И.", "И.", S),
    ("Иванов И. И.", "Иванов", "И.", "И.", S),
    ("И. И. Иванов", "Иванов", "И.", "И.", S),
    ("И.И. Иванов", "Иванов", "И.", "И.", S),
    ("J. Smith", "Smith", "J.", N, S),
    ("John F. Kennedy", "Kennedy", "John", "F.", S),
    ("Anna K.", "K.", "Anna", N, D),
    # mixed scripts: a Latin "a" inside a Cyrillic name
    ("Ивaнов Иван Иванович", "Ивaнов", "Иван", "Иванович", D),
    ("Anna Петрова", "Петрова", "Anna", N, D),
    # digits and signs: not a plain name
    ("Иванов 2", "Иванов", "2", N, D),
    ("Jan & Anna Kowalski", "Kowalski", "Jan", "& Anna", D),
]

COMPANIES = [
    "ООО Ромашка",
    "ООО «Ромашка»",
    "АО Газпром",
    "ИП Иванов Иван Иванович",
    "ТОО Казахстан Темир Жолы",
    "Acme LLC",
    "Acme Inc.",
    "Nowak Sp. z o.o.",
    "Kowalski i syn sp. z o.o.",
    "ооо Лютик",
    '"Рога и копыта"',
    "«Рога и копыта»",
]


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) + len(COMPANIES) >= 60


@pytest.mark.parametrize(("full", "last", "first", "middle", "confidence"), TABLE)
def test_split(
    full: str, last: str | None, first: str | None, middle: str | None, confidence: str
) -> None:
    split = propose_split(full)
    assert (split.last, split.first, split.middle, split.confidence) == (
        last,
        first,
        middle,
        confidence,
    ), split.reason
    assert split_full_name(full) == (last, first, middle)


@pytest.mark.parametrize("name", COMPANIES)
def test_a_company_is_left_alone(name: str) -> None:
    split = propose_split(name)
    assert split.parts == (None, None, None)
    assert split.sure and split.company and split.reason == COMPANY


def test_blank_and_spaces() -> None:
    assert propose_split("   ").confidence == DOUBTFUL
    assert propose_split("  Иванов   Иван  Иванович ").parts == ("Иванов", "Иван", "Иванович")


def test_mixed_scripts_say_so() -> None:
    assert propose_split("Anna Петрова").reason == MIXED


def test_patronymic_kinds() -> None:
    assert patronymic_kind("Петрович") == "known"
    assert patronymic_kind("Львович") == "known"
    assert patronymic_kind("Юрьевна") == "known"
    assert patronymic_kind("Мицкевич") == "ending"
    assert patronymic_kind("Бич") is None
    assert patronymic_kind("Петров") is None


def test_first_names_fold_case_and_yo() -> None:
    assert is_first_name("ПЁТР") and is_first_name("пётр") and is_first_name("Петр")
    assert is_first_name("Jean-Paul") is False  # "jean" is not on the list
    assert is_first_name("Касым-Жомарт")

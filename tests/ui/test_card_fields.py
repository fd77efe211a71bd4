"""The fields of a client card, driven like a user would: typing, clicking, Ctrl+S, closing."""

from __future__ import annotations

from datetime import date

from card_fixtures import (
    Answers,
    add_custom_fields,
    add_manager,
    make_client,
    open_card,
    stored,
    type_text,
    wait_for,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.card_lookup import search_clients
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.ui.widgets.date_edit import DateLineEdit


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        type_text(qtbot, edit, text)


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_edit_save_and_reopen_shows_the_new_values(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    add_custom_fields(database, admin)
    manager = add_manager(database, admin)
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    assert card.title() == "Фронкин Игорь Михайлович"
    assert not card.save_button.isEnabled()  # nothing to save yet

    fields = card.fields
    retype(qtbot, fields.address, "Москва, Тверская 1")
    qtbot.keyClicks(fields.website, "stomat.com")
    retype(qtbot, fields.birth_date.edit, "07.10.1991")
    pick(fields.group, "Partners/Moscow")
    pick(fields.responsible, "Мария Соколова")
    retype(qtbot, fields.custom_editors["budget"].input, "150 000,50")
    pick(fields.custom_editors["source"].input, "Web")
    retype(qtbot, fields.custom_editors["contract_date"].input.edit, "01.02.2025")
    pick(fields.custom_editors["newsletter"].input, "Yes")
    assert card.title().endswith(" *")
    assert card.save_button.isEnabled()

    with qtbot.waitSignal(card.saved, timeout=3000) as saved:
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [client_id]
    assert not card.is_dirty() and not card.title().endswith("*")
    assert "Saved" in card.message_text()

    data = stored(database, client_id)
    assert data.address == "Москва, Тверская 1"
    assert data.website == "stomat.com"
    assert data.birth_date == date(1991, 10, 7)
    assert data.responsible_id == manager.id
    assert data.group_id is not None
    assert data.custom == {
        "budget": "150000.5",
        "source": "Web",
        "contract_date": "2025-02-01",
        "newsletter": "true",
    }

    card.close()
    again = open_card(qtbot, database, "admin", client_id)
    fields = again.fields
    assert fields.address.text() == "Москва, Тверская 1"
    assert fields.website.text() == "stomat.com"
    assert fields.birth_date.text() == "07.10.1991"
    assert fields.group.currentText() == "Partners/Moscow"
    assert fields.responsible.currentText() == "Мария Соколова"
    assert fields.custom_editors["budget"].input.text() == "150000.5"
    assert fields.custom_editors["source"].input.currentText() == "Web"
    assert fields.custom_editors["contract_date"].input.text() == "01.02.2025"
    assert fields.custom_editors["newsletter"].input.currentText() == "Yes"
    assert isinstance(fields.custom_editors["contract_date"].input, DateLineEdit)
    assert not again.is_dirty()


def test_phones_show_formatted_and_the_primary_switches(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    rows = card.fields.phones.rows()
    assert [r.edit.text() for r in rows] == ["+7 777 785 9954", "+7 912 345-67-89"]
    assert [r.radio.isChecked() for r in rows] == [True, False]

    qtbot.mouseClick(rows[1].radio, Qt.MouseButton.LeftButton)
    assert [r.radio.isChecked() for r in rows] == [False, True]
    # a third phone typed in a local format, shown formatted once the row is left
    qtbot.mouseClick(card.fields.phones.add_button, Qt.MouseButton.LeftButton)
    third = card.fields.phones.rows()[2]
    qtbot.keyClicks(third.edit, "8 (495) 123-45-67")
    qtbot.keyClick(third.edit, Qt.Key.Key_Return)
    assert third.edit.text() == "+7 495 123-45-67"

    qtbot.keyClick(card.fields.address, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: not card.is_dirty())
    data = stored(database, client_id)
    assert [(p.value, p.is_primary) for p in data.phones] == [
        ("+7 777 785 9954", False),
        ("+7 912 345-67-89", True),
        ("+7 495 123-45-67", False),
    ]

    reopened = open_card(qtbot, database, "admin", client_id)
    assert [r.radio.isChecked() for r in reopened.fields.phones.rows()] == [False, True, False]

    # removing the primary phone makes the first remaining one primary
    rows = reopened.fields.phones.rows()
    qtbot.mouseClick(rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert [r.radio.isChecked() for r in reopened.fields.phones.rows()] == [True, False]
    assert reopened.save()
    assert [(p.value, p.is_primary) for p in stored(database, client_id).phones] == [
        ("+7 777 785 9954", True),
        ("+7 495 123-45-67", False),
    ]


def test_tags_are_added_and_removed_as_chips(qtbot: QtBot, database: Database, admin: User) -> None:
    make_client(database, admin, full_name="Other", phones=[], emails=[], tags=["Партнёр"])
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    tags = card.fields.tags
    assert tags.tags() == ["VIP", "Опт"]

    qtbot.mouseClick(tags.chip("Опт").remove_button, Qt.MouseButton.LeftButton)
    assert tags.tags() == ["VIP"]
    type_text(qtbot, tags.add_edit, "Новый клиент")
    qtbot.keyClick(tags.add_edit, Qt.Key.Key_Return)
    assert tags.tags() == ["VIP", "Новый клиент"]
    assert tags.add_edit.text() == ""
    # the same tag in another case is not added twice
    qtbot.keyClicks(tags.add_edit, "vip")
    qtbot.keyClick(tags.add_edit, Qt.Key.Key_Return)
    assert tags.tags() == ["VIP", "Новый клиент"]
    # the completer offers the base's tags; a typed one takes the base's spelling
    type_text(qtbot, tags.add_edit, "партн")
    completions = tags.completer.completionModel()
    wait_for(qtbot, lambda: completions.rowCount() == 1)
    assert completions.index(0, 0).data() == "Партнёр"
    tags.add_edit.clear()
    type_text(qtbot, tags.add_edit, "ПАРТНЁР")
    qtbot.keyClick(tags.add_edit, Qt.Key.Key_Return)
    assert tags.tags() == ["VIP", "Новый клиент", "Партнёр"]

    assert card.save()
    assert sorted(stored(database, client_id).tags) == ["VIP", "Новый клиент", "Партнёр"]


def test_invalid_input_is_marked_and_blocks_saving_with_the_reason(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    fields = card.fields

    qtbot.mouseClick(fields.emails.add_button, Qt.MouseButton.LeftButton)
    bad_email = fields.emails.rows()[-1].edit
    qtbot.keyClicks(bad_email, "ivan@")
    assert bad_email.property("invalid") is True
    assert not card.save_button.isEnabled()
    assert card.save_reason.text() == "“ivan@” is not an email address."
    qtbot.keyClicks(bad_email, "mail.ru")
    assert bad_email.property("invalid") is False
    assert card.save_button.isEnabled()

    retype(qtbot, fields.birth_date.edit, "31.02.1990")
    assert not card.save_button.isEnabled()
    assert "is not a date" in card.save_reason.text()
    retype(qtbot, fields.birth_date.edit, "01.01.2999")
    assert "in the future" in card.save_reason.text()
    retype(qtbot, fields.birth_date.edit, "")

    for edit in (fields.full_name, fields.last_name, fields.first_name, fields.middle_name):
        retype(qtbot, edit, "")
    assert fields.full_name.property("invalid") is True
    assert card.save_reason.text().startswith("A client needs a name")
    # Ctrl+S does not save an invalid card; it says why
    qtbot.keyClick(fields.address, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert card.message_text().startswith("A client needs a name")
    assert stored(database, client_id).full_name == "Фронкин Игорь Михайлович"
    assert stored(database, client_id).emails[-1].value == "fronkin@mail.ru"


def test_unsaved_changes_are_asked_about_on_close(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    answers = Answers(card, choice="cancel")
    closed: list[int] = []
    card.closed.connect(closed.append)

    assert card.maybe_close()  # nothing changed: no question
    assert answers.asked == []
    qtbot.keyClicks(card.fields.website, "example.org")

    assert not card.close()  # Cancel keeps it open
    assert card.isVisible() and closed == []
    assert answers.asked[-1][0] == "Unsaved changes"

    answers.choice = "discard"
    assert card.close()
    assert closed == [client_id]
    assert stored(database, client_id).website is None

    card = open_card(qtbot, database, "admin", client_id)
    answers = Answers(card, choice="save")
    qtbot.keyClicks(card.fields.website, "example.org")
    with qtbot.waitSignal(card.closed):
        assert card.close()
    assert stored(database, client_id).website == "example.org"


def test_a_manager_may_edit_but_not_delete_and_is_told_why(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    add_manager(database, admin)
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "maria", client_id)
    answers = Answers(card, yes=True)

    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in answers.asked[-1][1]
    refusal = "Мария Соколова (maria, role manager) may not delete clients."
    assert card.message_text().startswith(refusal)
    assert answers.errors and answers.errors[-1].startswith(refusal)
    assert card.isVisible()
    assert stored(database, client_id).full_name == "Фронкин Игорь Михайлович"

    qtbot.keyClicks(card.fields.website, "maria.example")
    assert card.save()
    assert stored(database, client_id).website == "maria.example"


def test_admin_deletes_the_client_after_confirming(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    answers = Answers(card, yes=False)
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert stored(database, client_id).full_name  # refused in the confirmation: still there

    answers.yes = True
    with qtbot.waitSignal(card.deleted) as deleted, qtbot.waitSignal(card.closed):
        qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == [client_id]
    with database.session() as session:
        assert search_clients(session, current_user(session, "admin"), "Фронкин") == []


def test_attach_to_a_company_and_see_the_employee_on_its_card(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    with database.transaction() as session:
        company_id = create_client(
            session, admin, ClientData(kind="company", full_name="Стомат +", website="stomat.com")
        ).id
        create_client(session, admin, ClientData(full_name="Стоматолог Пётр"))  # not a company
    client_id = make_client(database, admin, position="Главный врач")
    card = open_card(qtbot, database, "admin", client_id)
    search = card.fields.company_search
    assert "not attached" in card.fields.company_link.text()

    with qtbot.waitSignal(search.searched, timeout=3000) as searched:
        type_text(qtbot, search, "стом")
    assert searched.args == [1]  # companies only
    wait_for(qtbot, search.popup_visible)
    popup = search.completer_.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert "Стомат +" in card.fields.company_link.text()
    assert card.is_dirty()
    assert card.save()
    assert stored(database, client_id).company_id == company_id

    company_card = open_card(qtbot, database, "admin", company_id)
    people_index = company_card.tabs.indexOf(company_card.people_tab)
    assert people_index >= 0
    assert not company_card.fields.last_name.isVisible()  # a company has no name parts
    company_card.tabs.setCurrentIndex(people_index)
    people = company_card.people_tab
    assert [(p.full_name, p.position, p.phone) for p in people.people()] == [
        ("Фронкин Игорь Михайлович", "Главный врач", "+7 777 785 9954")
    ]
    table = people.table
    with qtbot.waitSignal(company_card.openClientRequested) as requested:
        center = table.visualRect(table.model().index(0, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert requested.args == [client_id]

    # detaching
    qtbot.mouseClick(card.fields.detach_button, Qt.MouseButton.LeftButton)
    assert card.save()
    assert stored(database, client_id).company_id is None

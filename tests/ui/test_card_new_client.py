"""The New client dialog warns about existing clients while the user types (same phone in any
format, same email, same name), offers to open them, and still lets the user create."""

from __future__ import annotations

from card_fixtures import make_client, type_text, wait_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import get_client
from desktop_crm.services.matching import clients_by_contact
from desktop_crm.ui.clients.new_client_dialog import NewClientDialog


def open_dialog(qtbot: QtBot, database: Database) -> NewClientDialog:
    dialog = NewClientDialog(database, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_known_phone_typed_in_another_format_shows_the_client(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)  # holds +7 912 345-67-89 (typed "8 912 345 67 89")
    dialog = open_dialog(qtbot, database)
    assert not dialog.duplicates_box.isVisible()

    qtbot.keyClicks(dialog.phone, "8 (912) 345-67-8")
    qtbot.wait(400)
    assert dialog.duplicates == []  # not a whole number yet
    qtbot.keyClicks(dialog.phone, "9")
    wait_for(qtbot, lambda: dialog.duplicates)
    (found,) = dialog.duplicates
    assert (found.client_id, found.matched_on, found.value) == (client_id, "phone", "+79123456789")
    assert dialog.duplicates_box.isVisible()
    assert "same phone +7 912 345-67-89" in dialog.duplicate_rows[0].label.text()

    with qtbot.waitSignal(dialog.openClientRequested) as requested:
        qtbot.mouseClick(dialog.duplicate_rows[0].open_button, Qt.MouseButton.LeftButton)
    assert requested.args == [client_id]
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_email_and_name_matches_and_creating_anyway(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    first = make_client(database, admin)
    dialog = open_dialog(qtbot, database)
    type_text(qtbot, dialog.full_name, "фронкин  игорь михайлович")
    wait_for(qtbot, lambda: dialog.duplicates)
    assert [(d.client_id, d.matched_on) for d in dialog.duplicates] == [(first, "name")]
    qtbot.keyClicks(dialog.email, "ERT@Yandex.ru")
    wait_for(qtbot, lambda: dialog.duplicates and dialog.duplicates[0].matched_on == "email")
    assert len(dialog.duplicates) == 1  # one client, however many ways it matches

    qtbot.keyClicks(dialog.phone, "+7 912 345 67 89")
    assert dialog.create_button.isEnabled()  # a duplicate warns, it does not forbid
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.client_id == created.args[0] != first
    with database.session() as session:
        assert clients_by_contact(session, "phone", ["+79123456789"]) == {
            "+79123456789": [first, dialog.client_id]
        }


def test_bad_input_keeps_create_disabled_with_the_reason(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    dialog = open_dialog(qtbot, database)
    assert not dialog.create_button.isEnabled()
    assert dialog.reason.text() == ""  # no red line before anything is typed
    qtbot.keyClicks(dialog.full_name, "Jan Kowalski")
    qtbot.keyClicks(dialog.email, "jan@")
    assert not dialog.create_button.isEnabled()
    assert dialog.reason.text() == "“jan@” is not an email address."
    assert dialog.email.property("invalid") is True
    qtbot.keyClicks(dialog.email, "wp.pl")
    qtbot.keyClicks(dialog.phone, "12")
    assert dialog.reason.text() == "“12” is not a phone number."
    dialog.phone.clear()
    assert dialog.create_button.isEnabled()
    dialog.stage.setCurrentIndex(dialog.stage.findText("Lead"))
    assert dialog.create()
    with database.session() as session:
        client = get_client(session, dialog.client_id or 0, current_user(session, "admin"))
        assert (client.full_name, client.stage, client.responsible_id) == (
            "Jan Kowalski",
            "lead",
            admin.id,
        )

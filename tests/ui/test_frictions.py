"""Small frictions of day one (issue 15 item 6), each driven through real widgets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from card_fixtures import make_client, open_card, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from test_import_wizard_support import choose_file, make_wizard, to_preview

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client, get_client
from desktop_crm.services.contact_persons import (
    PersonData,
    add_contact_person,
    list_contact_persons,
)
from desktop_crm.ui.clients.highlight import MARKER, match_spans
from desktop_crm.ui.clients.list_widget import ClientListWidget
from desktop_crm.ui.clients.new_client_dialog import NewClientDialog
from desktop_crm.ui.clients.table_model import ID_ROLE
from desktop_crm.ui.importing.failures_model import FIRST_CELL
from desktop_crm.ui.importing.history import COLUMNS, ImportHistoryDialog
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.wizards.importing import (
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
)
from tests.ui.conftest import answer_modals
from tests.ui.test_settings_menu import fill


def test_the_saved_banner_moves_nothing_on_the_card(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    card = open_card(qtbot, database, "admin", make_client(database, admin))
    website = card.fields.website
    before = (card.splitter.geometry(), website.mapTo(card, website.rect().topLeft()))
    type_text(qtbot, website, "stomat.com")
    with qtbot.waitSignal(card.saved, timeout=3000):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert card.message_text() == "Saved."
    banner = card.message
    assert banner.isVisible() and banner.height() > 0
    after = (card.splitter.geometry(), website.mapTo(card, website.rect().topLeft()))
    assert after == before  # nothing under the mouse moved
    assert card.rect().contains(banner.geometry())  # and the banner is on the card
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)  # a click puts it away
    assert not banner.isVisible()


def test_bulk_assign_starts_on_no_choice(
    qtbot: QtBot,
    database: Database,
    admin: User,
    manager: User,
    sample_clients: dict[str, int],
) -> None:
    widget = ClientListWidget(database, admin)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 5)
    widget.select_rows([0])
    seen: dict[str, object] = {}

    def look_then_pick(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.update(index=combo.currentIndex(), text=combo.currentText(), ok=ok.isEnabled())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a hasty Enter does nothing
        seen["still_open"] = dialog.isVisible()
        combo.setCurrentIndex(combo.findText("Maria Manager"))
        seen["ok_after"] = ok.isEnabled()
        ok.click()

    with answer_modals(look_then_pick):
        operation = widget.assign_selected()
    assert seen == {"index": -1, "text": "", "ok": False, "still_open": True, "ok_after": True}
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome == "succeeded", timeout=5000)


def make_list(qtbot: QtBot, database: Database, user: User) -> ClientListWidget:
    widget = ClientListWidget(database, user)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_down_and_enter_in_the_search_box_go_to_the_first_result(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.focus_search()
    type_text(qtbot, widget.search_edit, "иванов")
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Down)  # searches now, moves to the first
    assert widget.table.hasFocus()
    assert widget.selected_ids() == [widget.model.data(widget.model.index(0, 0), ID_ROLE)]
    widget.focus_search()
    qtbot.keyClicks(widget.search_edit, "smith")
    with qtbot.waitSignal(widget.openClientRequested, timeout=1000) as opened:
        qtbot.keyClick(widget.search_edit, Qt.Key.Key_Return)
    assert opened.args == [sample_clients["smith"]]
    assert widget.selected_ids() == [sample_clients["smith"]]


def marker_pixels(widget: ClientListWidget, row: int, key: str) -> int:
    table = widget.table
    rect = table.visualRect(widget.model.index(row, widget.model.column_of(key)))
    image = table.viewport().grab(rect).toImage()
    marker = MARKER.rgb()
    return sum(
        image.pixel(x, y) == marker for x in range(image.width()) for y in range(image.height())
    )


def test_search_matches_are_highlighted_in_name_phone_and_email(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    assert marker_pixels(widget, 0, "name") == 0  # no search, no marker
    for text, key in (("иванов", "name"), ("kowal", "name"), ("601 234", "phone")):
        widget.search_edit.setText(text)
        widget.search_now()
        assert widget.model.rowCount() >= 1, text
        assert marker_pixels(widget, 0, key) > 50, text
        assert widget.highlighter.spans(widget.model.index(0, widget.model.column_of(key)))
    widget.search_edit.setText("jan@wp")
    widget.search_now()
    assert marker_pixels(widget, 0, "email") > 50
    assert marker_pixels(widget, 0, "name") == 0  # the name did not match


def test_match_spans() -> None:
    assert match_spans("name", "Иванов Пётр", "петр") == [(7, 11)]
    assert match_spans("name", "Bałtyk Anna", "BAŁ an") == [(0, 3), (7, 9)]
    assert match_spans("phone", "+7 912 345-67-89", "8 912 345") == [(3, 10)]
    assert match_spans("phone", "+7 912 345-67-89", "12") == []
    assert match_spans("stage", "lead", "lead") == []


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("иванов  пётр сергеевич", ("иванов", "пётр", "сергеевич")),
        ("Jan Maria Kowalski", ("Kowalski", "Jan", "Maria")),
        ("John Smith", ("Smith", "John", None)),
    ],
)
def test_new_client_splits_a_typed_full_name(
    qtbot: QtBot, database: Database, admin: User, typed: str, parts: tuple[str, ...]
) -> None:
    dialog = NewClientDialog(database, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.full_name, typed)
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        client = get_client(session, created.args[0], current_user(session, "admin"))
        assert (client.last_name, client.first_name, client.middle_name) == parts


def test_the_import_history_names_an_unnamed_import_by_file_and_time(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Name,Phone\nBoris,+7 916 000 00 02\n", encoding="utf-8")
    for name in ("", "Autumn list"):
        source = open_source(path)
        with database.transaction() as session:
            mapping, _ = suggest_mapping(source.headers, field_catalog(session))
            actor = current_user(session, "admin")
            run_import(session, actor, source, ImportSettings(name=name), mapping)
    dialog = ImportHistoryDialog(database, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.model.index(r, COLUMNS.index("name")).data() for r in (0, 1)]
    assert names[0] == "Autumn list"
    # the English locale's date and time: 12/3/2026 1:39 PM
    assert re.fullmatch(r"clients\.csv, \d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d\s[AP]M", names[1]), (
        names[1]
    )


def test_undoing_an_import_drops_the_lists_filter_on_it_and_says_so(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    source = open_source(text="Name,Phone\nBoris,+7 916 000 00 02\n")
    with database.transaction() as session:
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        actor = current_user(session, "admin")
        job_id = run_import(session, actor, source, ImportSettings(), mapping).job_id
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.show()
    window.client_list.show_import_job(job_id)
    filter_button = window.client_list.filters.import_button
    assert filter_button.isVisible()
    window.actions["import_history"].trigger()
    dialog = window.findChild(ImportHistoryDialog)
    assert dialog is not None
    dialog.dialogs.confirm = lambda _parent, _title, _text: True
    with qtbot.waitSignal(dialog.undone, timeout=5000):
        qtbot.mouseClick(dialog.results.undo_button, Qt.MouseButton.LeftButton)
    assert window.client_list.filters.import_job_id is None
    assert not filter_button.isVisible()
    message = window.statusBar().currentMessage()
    assert message == f"Import #{job_id} was undone: the list shows all clients again."


def test_cancel_on_the_preview_asks_before_throwing_fixes_away(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "fix.csv"
    path.write_text("Name;Email\nAnna;anna@mail.ru\nBoris;boris@mail\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    to_preview(qtbot, wizard)
    asked: list[str] = []
    answers = [False, True]
    wizard.dialogs.confirm = lambda _parent, _title, text: asked.append(text) or answers.pop(0)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    page, view = wizard.preview_page, wizard.preview_page.view
    bad = page.model.index(0, FIRST_CELL + 1)
    assert bad.data() == "boris@mail"
    view.setFocus()
    view.setCurrentIndex(bad)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "boris@mail.ru")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.entries[0].fixed, timeout=5000)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert asked == ["You fixed 1 row by hand. Close the import and throw the fixes away?"]
    assert wizard.isVisible() and wizard.state.overrides  # "No": the fixes stay
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and not wizard.isVisible()


def person_names(database: Database, company_id: int) -> list[tuple[str, str | None]]:
    with database.session() as session:
        return [(p.full_name, p.position) for p in list_contact_persons(session, company_id)]


def test_contact_persons_are_added_edited_and_removed_on_the_people_tab(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        company_id = create_client(
            session, actor, ClientData(full_name="Acme Ltd", kind="company")
        ).id
        add_contact_person(session, actor, company_id, PersonData(full_name="Олег Петров"))
    card = open_card(qtbot, database, "admin", company_id)
    tab = card.people_tab
    card.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and tab.table.isVisible())
    qtbot.wait(20)
    rect = tab.table.visualItemRect(tab.table.item(0, 0))
    with answer_modals(fill(personName="Петров Олег Иванович", personPosition="Директор")):
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert person_names(database, company_id) == [("Петров Олег Иванович", "Директор")]
    with answer_modals(fill(personName="Anna Nowak", personEmail="anna@acme.pl")):
        qtbot.mouseClick(tab.findChild(QPushButton, "addPersonButton"), Qt.MouseButton.LeftButton)
    assert [n for n, _ in person_names(database, company_id)] == [
        "Anna Nowak", "Петров Олег Иванович",
    ]  # fmt: skip
    assert tab.table.item(0, 4).text() == "anna@acme.pl"
    tab.table.setCurrentCell(0, 0)
    qtbot.mouseClick(tab.findChild(QPushButton, "removePersonButton"), Qt.MouseButton.LeftButton)
    assert [n for n, _ in person_names(database, company_id)] == ["Петров Олег Иванович"]

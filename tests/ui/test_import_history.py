"""The import history (IMP-11): past imports listed, opened, their failed rows saved, undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_import_wizard_support import WAIT_MS, count

from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, update_client
from desktop_crm.ui.importing.history import COLUMNS, ImportHistoryDialog
from desktop_crm.wizards.importing import (
    ImportResult,
    ImportSettings,
    field_catalog,
    open_source,
    run_import,
    suggest_mapping,
)


def import_text(database: Database, text: str, **settings: object) -> ImportResult:
    """An import through the engine, as the wizard or the command line leaves it."""
    source = open_source(text=text)
    with database.transaction() as session:
        mapping, _ = suggest_mapping(source.headers, field_catalog(session))
        return run_import(
            session,
            current_user(session, "admin"),
            source,
            ImportSettings(**settings),  # type: ignore[arg-type]
            mapping,
        )


def make_history(qtbot: QtBot, database: Database, login: str = "admin") -> ImportHistoryDialog:
    dialog = ImportHistoryDialog(database, login)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(dialog: ImportHistoryDialog, row: int, key: str) -> str:
    return dialog.model.index(row, COLUMNS.index(key)).data()


def test_the_history_lists_imports_and_undoes_one(
    qtbot: QtBot, database: Database, admin: User, add_client
) -> None:
    add_client("Anna", ["+7 916 000 00 01"])
    first = import_text(
        database,
        "Name,Phone\nBoris,+7 916 000 00 02\nbad,xyz\n",
        name="Autumn list",
        description="From the fair",
        mode="add",
    )
    second = import_text(
        database,
        "Name,Phone,Address\nAnna,+7 916 000 00 01,Moscow\nVera,+7 916 000 00 03,\n",
        name="Update addresses",
    )
    assert count(database) == 3  # Anna, Boris, Vera
    dialog = make_history(qtbot, database)
    assert dialog.model.rowCount() == 2
    assert [cell(dialog, r, "name") for r in (0, 1)] == ["Update addresses", "Autumn list"]
    assert cell(dialog, 1, "description") == "From the fair"
    assert cell(dialog, 1, "user") == "admin"
    assert cell(dialog, 1, "mode") == "Add"
    assert cell(dialog, 0, "mode") == "Add + Update"
    assert (cell(dialog, 1, "created"), cell(dialog, 1, "failed")) == ("1", "1")
    assert cell(dialog, 0, "status") == "Done"
    assert cell(dialog, 0, "started_at")  # a date is shown

    view = dialog.results
    assert view.outcome is not None and view.outcome.job_id == second.job_id  # newest first
    assert (view.count_labels["created"].text(), view.count_labels["updated"].text()) == ("1", "1")

    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)  # open the older one from the keyboard
    assert view.outcome is not None and view.outcome.job_id == first.job_id
    assert "wrong format" in view.reasons_label.text()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Up)
    assert view.outcome.job_id == second.job_id

    asked: list[str] = []
    dialog.dialogs.confirm = lambda _parent, _title, text: asked.append(text) or True
    with qtbot.waitSignal(dialog.changed, timeout=WAIT_MS):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert "Undo “Update addresses”?" in asked[0]
    assert "1 clients it created will be deleted" in asked[0]
    assert "undone: 1 clients deleted, 1 restored" in view.status_label.text()
    assert cell(dialog, 0, "status") == "Undone"
    assert not view.undo_button.isEnabled()
    with database.session() as session:
        people = {c.full_name: c.address for c in session.scalars(select(Client))}
    assert people == {"Anna": None, "Boris": None}


def test_undo_keeps_a_client_changed_since_and_says_why(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    import_text(database, "Name,Phone\nAnna,+7 916 000 00 01\nBoris,+7 916 000 00 02\n")
    with database.transaction() as session:
        boris = session.scalar(select(Client).where(Client.full_name == "Boris"))
        assert boris is not None
        update_client(
            session,
            current_user(session, "admin"),
            boris.id,
            ClientData(full_name="Boris Godunov"),
            expected_version=boris.version,
        )
    dialog = make_history(qtbot, database)
    view = dialog.results
    dialog.dialogs.confirm = lambda *_args: True
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in view.status_label.text(), timeout=WAIT_MS)
    text = view.status_label.text()
    assert "1 clients deleted, 0 restored, 1 kept" in text
    assert "Boris Godunov (its card was changed after the import)" in text
    assert not view.error_label.isVisible()
    assert count(database) == 1
    assert cell(dialog, 0, "status") == "Undone"


def test_failed_rows_of_a_past_import_are_saved(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    import_text(database, "Name;Email\nAnna;anna@mail.ru\nBoris;boris@\nVera;vera@@x\n")
    dialog = make_history(qtbot, database)
    view = dialog.results
    assert view.save_button.isEnabled()
    out = tmp_path / "failed.csv"
    dialog.dialogs.save_path = lambda *_args: str(out)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 failed rows saved" in view.status_label.text(), timeout=WAIT_MS)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Row,Name,Email,Reason,Detail"
    assert [line.split(",")[:3] for line in lines[1:]] == [
        ["3", "Boris", "boris@"],
        ["4", "Vera", "vera@@x"],
    ]


def test_show_clients_of_a_past_import(
    qtbot: QtBot, database: Database, admin: User, add_client
) -> None:
    add_client("Someone else", ["+7 916 999 99 99"])
    result = import_text(
        database, "Name,Phone,Company\nBoris,+7 916 000 00 02,ООО Ромашка\nVera,+7 916 000 00 03,\n"
    )
    dialog = make_history(qtbot, database)
    with qtbot.waitSignal(dialog.showClientsRequested, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(dialog.results.show_button, Qt.MouseButton.LeftButton)
    assert signal.args == [result.job_id]
    assert not dialog.isVisible()


def test_a_user_without_the_import_permission_sees_the_refusal(
    qtbot: QtBot, database: Database, admin: User, manager: User
) -> None:
    import_text(database, "Name\nBoris\n")
    dialog = make_history(qtbot, database, login="maria")
    assert dialog.error_label.isVisible()
    assert "may not import clients" in dialog.error_label.text()
    assert dialog.model.rowCount() == 0


def test_an_empty_history_says_so(qtbot: QtBot, database: Database, admin: User) -> None:
    dialog = make_history(qtbot, database)
    assert dialog.count_label.text() == "No import has been run yet."
    assert not dialog.results.undo_button.isEnabled()
    assert not dialog.results.save_button.isEnabled()


def test_counts_of_an_import_that_creates_companies_add_up(
    qtbot: QtBot, database: Database, admin: User, add_client
) -> None:
    """People and the companies made for the Company column are counted apart; the base grows
    by their sum; the undo promises what it then does."""
    add_client("Anna", ["+7 916 000 00 01"])
    before = count(database)
    result = import_text(
        database,
        "Name,Phone,Company\n"
        "Ivan,+7 916 000 00 11,Acme\n"
        "Petr,+7 916 000 00 12,Acme\n"
        "Olga,+7 916 000 00 13,Beta\n"
        "Anna,+7 916 000 00 01,Beta\n",
        name="With companies",
    )
    assert (result.created, result.companies_created, result.updated) == (3, 2, 1)
    assert count(database) - before == result.created + result.companies_created == 5
    summary = result.summary()
    assert (summary["created"], summary["companies_created"]) == (3, 2)

    dialog = make_history(qtbot, database)
    view = dialog.results
    shown = {key: label.text() for key, label in view.count_labels.items()}
    assert shown == {
        "created": "3",
        "companies_created": "2",
        "updated": "1",
        "skipped": "0",
        "failed": "0",
    }
    asked: list[str] = []
    dialog.dialogs.confirm = lambda _parent, _title, text: asked.append(text) or True
    with qtbot.waitSignal(dialog.changed, timeout=WAIT_MS):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert "The 3 clients its rows created and the 2 companies it made" in asked[0]
    assert "the 1 clients it updated get their old values back" in asked[0]
    assert (
        "undone: 3 clients and 2 companies of the Company column deleted, 1 restored, 0 kept"
        in (view.status_label.text())
    )
    assert count(database) == before
    # undone, the job no longer knows its companies: a dash, not a zero that would be wrong
    assert view.count_labels["companies_created"].text() == "–"

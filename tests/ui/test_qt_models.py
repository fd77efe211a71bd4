"""Every Qt model of the window passes pytest-qt's model tester (Qt's QAbstractItemModelTester
rules: consistent row and column counts, valid indexes, parents, data of every role), each
filled with real rows by the widget that owns it. The client list's model has its own checks
in test_client_list.py."""

from __future__ import annotations

from pathlib import Path

from card_fixtures import make_showcase, open_card, wait_for
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_import_history import import_text, make_history
from test_import_wizard_support import (
    choose_file,
    make_wizard,
    to_preview,
)

from desktop_crm.db import Database
from desktop_crm.models import User


def checked(qtmodeltester, model: QAbstractItemModel) -> None:
    """Check `model`, then hand it to the application: pytest-qt deletes the test's widgets
    (and the models they own) before the tester's teardown lets go of the last model."""
    qtmodeltester.check(model, force_py=True)
    model.setParent(QApplication.instance())


BAD_ROWS = (
    "Name;Phone;Email\n"
    "Anna;+7 916 000 00 01;anna@mail.ru\n"
    "Boris;+7 916 000 00 02;boris@mail\n"
    ";;\n"
    "Carl;no phone;carl@mail.ru\n"  # no digit at all: still a failed row (a bad number is kept)
)


def test_card_feed_and_history_models(
    qtbot: QtBot, qtmodeltester, database: Database, admin: User
) -> None:
    person, _company = make_showcase(database, admin)
    card = open_card(qtbot, database, "admin", person)
    feed = card.feed_tab.model
    wait_for(qtbot, lambda: feed.rowCount() > 5)
    qtmodeltester.check(feed, force_py=True)
    history = card.history_tab.model
    card.tabs.setCurrentWidget(card.history_tab)
    wait_for(qtbot, lambda: history.rowCount() > 0)
    checked(qtmodeltester, history)


def test_import_history_model(qtbot: QtBot, qtmodeltester, database: Database, admin: User) -> None:
    import_text(database, "Name,Phone\nBoris,+7 916 000 00 02\nbad,xyz\n", name="Autumn list")
    import_text(database, "Name,Email\nVera,vera@mail.ru\n")
    dialog = make_history(qtbot, database)
    assert dialog.model.rowCount() == 2
    checked(qtmodeltester, dialog.model)


def test_source_rows_and_failures_models(
    qtbot: QtBot, qtmodeltester, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    rows = wizard.source_page.preview_model
    assert rows.rowCount() == 4
    qtmodeltester.check(rows, force_py=True)

    to_preview(qtbot, wizard)
    failures = wizard.preview_page.model
    assert failures.rowCount() >= 2
    checked(qtmodeltester, failures)

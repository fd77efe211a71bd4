"""Starting the window: a database that cannot be used is a message box, a sentence on stderr and
exit status 2; a good one runs the window; bugs reach the crash dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.app import run_app
from desktop_crm.ui.errors import CrashDialog, install_excepthook
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import answer_modals, close


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("sqlite:////no/such/folder/crm.sqlite3", "does not exist"),
        ("not a url://", "not a valid URL"),
    ],
)
def test_bad_database_exits_with_2(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], url: str, words: str
) -> None:
    with answer_modals(close()) as log:
        status = run_app(url, "admin")
    assert status == 2
    assert words in log.text  # the message box said it
    err = capsys.readouterr().err
    assert err.startswith("desktop-crm: ") and words in err
    assert "Traceback" not in err


def test_not_a_database_file(qtbot: QtBot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 100, encoding="utf-8")
    with answer_modals(close()) as log:
        assert run_app(f"sqlite:///{path}", "admin") == 2
    assert "is not a desktop_crm database file" in log.text
    assert path.read_text(encoding="utf-8").startswith("shopping list")


def test_an_unknown_user_on_a_shared_base(
    qtbot: QtBot, database: Database, admin: User, database_url: str
) -> None:
    with answer_modals(close()) as log:
        assert run_app(database_url, "stranger") == 2
    assert "There is no user 'stranger'" in log.text


def test_a_good_database_runs_the_window(
    qtbot: QtBot, database: Database, admin: User, database_url: str
) -> None:
    seen: list[MainWindow] = []

    def close_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:  # not up yet (a loaded machine): look again, or the run never ends
            QTimer.singleShot(100, close_window)
            return
        seen.extend(windows)
        for window in windows:
            window.close()

    QTimer.singleShot(300, close_window)
    with answer_modals(close()) as log:  # the first start asks the base's phone country
        assert run_app(database_url, "admin") == 0
    assert log.texts == ["Country of phone numbers"]
    assert seen and seen[0].user.login == "admin"


def test_excepthook_shows_the_crash_dialog(qtbot: QtBot) -> None:
    previous = install_excepthook()
    try:
        shown: list[str] = []

        def read(widget) -> None:  # type: ignore[no-untyped-def]
            assert isinstance(widget, CrashDialog)
            shown.append(widget.details)
            widget.reject()

        with answer_modals(read):
            try:
                raise KeyError("missing piece")
            except KeyError:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        assert "KeyError: 'missing piece'" in shown[0]
    finally:
        sys.excepthook = previous


def test_excepthook_shows_a_user_error_as_a_sentence(qtbot: QtBot) -> None:
    from desktop_crm.errors import Code, ImportFileError

    previous = install_excepthook()
    try:
        with answer_modals(close()) as log:
            try:
                raise ImportFileError(Code.SOURCE_EMPTY, source="clients.csv")
            except ImportFileError:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        assert log.texts == ["clients.csv is empty."]
        assert isinstance(log.widgets[0], QMessageBox)
    finally:
        sys.excepthook = previous


def test_a_base_upgraded_by_a_newer_application_is_a_message_box(
    qtbot: QtBot, database: Database, admin: User, database_url: str, capsys
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from desktop_crm.db import SCHEMA_HEAD

    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    try:
        with answer_modals(close()) as log:
            assert run_app(database_url, "admin") == 2
    finally:
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": SCHEMA_HEAD})
    assert "upgraded by a newer desktop_crm (revision 0099); update the application" in log.text
    assert "Traceback" not in capsys.readouterr().err


def test_no_display_says_why_and_exits_with_2(tmp_path: Path) -> None:
    """Qt without a screen would abort ("reinstalling may fix this"): the reason and the fix."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", DESKTOP_CRM_HOME=str(tmp_path))
    db = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_crm", "--db", db],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "desktop-crm: the window cannot start: no display: set DISPLAY" in done.stderr
    assert "or use the command line" in done.stderr
    assert "Reinstalling" not in done.stderr
    assert "Traceback" not in done.stderr

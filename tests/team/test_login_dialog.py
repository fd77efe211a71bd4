"""The login dialog of a team base on the password-protected cluster: the right password
opens the base as that login (and 'Remember me' puts it in the keyring), a wrong one, a
disabled login and an unreachable server each get their sentence and the dialog stays."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.core
import pytest
from pg_cluster import free_port
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from team_support import TeamBase

from desktop_crm.ui.login import LoginDialog, needs_sign_in

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "env_keyring.FileKeyring")
    monkeypatch.setenv("DESKTOP_CRM_TEST_KEYRING", str(path))
    keyring.core.init_backend()
    yield path
    monkeypatch.undo()
    keyring.core.init_backend()


def no_password_url(team_base: TeamBase, login: str, port: int | None = None) -> str:
    port = port or team_base.cluster.port
    return f"postgresql+psycopg://{login}@127.0.0.1:{port}/{team_base.name}"


def sign_in(qtbot: QtBot, dialog: LoginDialog, password: str) -> None:
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.buttons.isEnabled()  # connecting, on a pool thread
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() or dialog.result() != 0, timeout=15_000)


def test_right_password_opens_the_base_as_that_login(
    qtbot: QtBot, team_base: TeamBase, file_keyring: Path
) -> None:
    url = no_password_url(team_base, team_base.admin)
    assert needs_sign_in(url) and not needs_sign_in("sqlite:///x.sqlite3")
    dialog = LoginDialog(url)
    qtbot.addWidget(dialog)
    assert dialog.login.text() == team_base.admin
    dialog.remember.setChecked(True)
    sign_in(qtbot, dialog, team_base.admin_password)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.database is not None
    with dialog.database.session() as session:
        assert session.scalar(text("SELECT current_user")) == team_base.admin
    dialog.database.dispose()
    assert team_base.admin_password in file_keyring.read_text(encoding="utf-8")
    again = LoginDialog(url)  # remembered: the password is there already
    qtbot.addWidget(again)
    assert again.password.text() == team_base.admin_password and again.remember.isChecked()


def test_a_wrong_password_gets_its_sentence(qtbot: QtBot, team_base: TeamBase) -> None:
    dialog = LoginDialog(no_password_url(team_base, team_base.admin))
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(qtbot, dialog, "not it")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.message.text() == (
        f"The server refused the login '{team_base.admin}': the password is wrong or there is "
        "no such login."
    )
    shots = os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR")
    if shots:  # DESKTOP_CRM_SCREENSHOTS_DIR=docs refreshes docs/login-dialog.png
        app = QApplication.instance()
        assert app is not None
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        assert dialog.grab().save(str(Path(shots) / "login-dialog.png"))


def test_a_disabled_login_gets_its_sentence(qtbot: QtBot, team_base: TeamBase, cli: Cli) -> None:
    login = "dis_" + team_base.name[-8:]
    admin = team_base.admin_url
    assert cli("--db", admin, "users", "add", login, "--name", "D", stdin="pw-D\n")[0] == 0
    assert cli("--db", admin, "users", "disable", login)[0] == 0
    dialog = LoginDialog(no_password_url(team_base, login))
    qtbot.addWidget(dialog)
    sign_in(qtbot, dialog, "pw-D")
    assert dialog.message.text() == (
        f"The login '{login}' is disabled: an administrator can enable it again."
    )


def test_an_unreachable_server_gets_its_sentence(qtbot: QtBot, team_base: TeamBase) -> None:
    port = free_port()  # nothing listens there
    dialog = LoginDialog(no_password_url(team_base, team_base.admin, port))
    qtbot.addWidget(dialog)
    sign_in(qtbot, dialog, team_base.admin_password)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == (
        f"Cannot connect to the database server 127.0.0.1:{port}: check its address and that "
        "it is running."
    )


def test_the_window_opens_as_the_connections_login(qtbot: QtBot, team_base: TeamBase) -> None:
    from desktop_crm.ui.app import open_base
    from desktop_crm.ui.main_window import MainWindow

    opened = open_base(team_base.admin_url)  # a password in the URL: no dialog
    assert opened is not None
    database, login = opened
    try:
        assert login == team_base.admin
        window = MainWindow(database, login)
        qtbot.addWidget(window)
        assert window.actions["users"].isEnabled()  # the first admin of `db init-team`
    finally:
        database.dispose()


def test_the_window_asks_when_the_server_wants_a_password(
    qtbot: QtBot, team_base: TeamBase
) -> None:
    from desktop_crm.ui.app import open_base
    from tests.ui.conftest import answer_modals

    def type_password(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        widget.password.setText(team_base.admin_password)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with answer_modals(type_password):
        opened = open_base(no_password_url(team_base, team_base.admin))
    assert opened is not None and opened[1] == team_base.admin
    opened[0].dispose()

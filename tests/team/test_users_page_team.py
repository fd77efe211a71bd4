"""Settings › Users and roles on a team base: a user added in the window gets a login role
with the typed password; disabling them stops the server from letting them in."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot
from team_support import TeamBase, unique_login

from desktop_crm.db import open_database
from desktop_crm.ui.settings_menu.users_page import UsersPage
from tests.ui.conftest import answer_modals, click
from tests.ui.test_settings_menu import fill, press, select_row


def test_the_window_adds_and_disables_a_login(qtbot: QtBot, team_base: TeamBase) -> None:
    database = open_database(team_base.admin_url)
    try:
        page = UsersPage(database, team_base.admin, lambda: None, None)
        qtbot.addWidget(page)
        login = unique_login("okna")
        with answer_modals(
            fill(loginEdit=login, nameEdit="Окна", passwordEdit="a1", passwordAgainEdit="a2"),
            click(QMessageBox.StandardButton.Ok),
        ) as log:
            press(page, "addUserButton")
        assert "The two passwords differ." in log.text
        with answer_modals(
            fill(loginEdit=login, nameEdit="Окна", passwordEdit="W-pw", passwordAgainEdit="W-pw")
        ):
            press(page, "addUserButton")
        with team_base.connect(login, "W-pw") as conn:
            assert conn.execute("SELECT current_user").fetchone() == (login,)
        select_row(page.findChild(QTableWidget, "usersTable"), login)
        press(page, "toggleUserButton")
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            team_base.connect(login, "W-pw")
    finally:
        database.dispose()

"""The client list in the window sorts names in the base's sort language (issue 15 item 6)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.base_settings import set_sort_language
from tests.ui.test_client_list import make_list, names

POLISH_ORDER = ["Bałtyk", "Bartosz", "Lucyna", "Łukasz", "Marek", "Zofia", "Żaneta"]


def test_the_list_shows_names_in_polish_order(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    with database.transaction() as session:
        set_sort_language(session, session.merge(admin), "pl")
    for name in reversed(POLISH_ORDER):
        add_client(name)
    widget = make_list(qtbot, database, admin)
    widget.model.sort(widget.model.column_of("name"), Qt.SortOrder.AscendingOrder)
    assert names(widget) == POLISH_ORDER
    widget.model.sort(widget.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    assert names(widget) == POLISH_ORDER[::-1]

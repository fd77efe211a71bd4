"""The control wizard's other checks, run to the end on a real base: properties (no field
chosen keeps Next disabled with the reason; then address empty -> results -> tasks to the
managers, the unowned to the admin) and registration (calls and emails with no client ->
tasks to who noted them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import Interaction, InteractionParty, User
from desktop_crm.ui.control.state import PROPERTIES, REGISTRATION
from desktop_crm.ui.control.wizard import CREATED, DISTRIBUTION, RESULTS
from desktop_crm.ui.locale_format import format_datetime
from tests.ui.control_wizard_support import (
    WAIT_MS,
    go_next,
    next_enabled,
    open_wizard,
    small_base,
    tasks_in_base,
)


def _rows(wizard: QWizard) -> list[list[str]]:
    model = wizard.results_page.model  # type: ignore[attr-defined]
    return sorted(
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    )


def _preview(wizard: QWizard) -> list[tuple[str, str]]:
    table = wizard.distribution_page.form.preview  # type: ignore[attr-defined]
    return sorted(
        (table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())
    )


def _run_to_tasks(qtbot: QtBot, wizard: QWizard) -> None:
    go_next(qtbot, wizard)
    assert wizard.currentId() == RESULTS
    qtbot.waitUntil(lambda: wizard.results_page.done, timeout=WAIT_MS)  # type: ignore[attr-defined]


def test_properties_run_results_create(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    ids = small_base(database, add_client)
    _, wizard = open_wizard(qtbot, database, "ctl_properties")
    assert wizard.state.kind == PROPERTIES
    go_next(qtbot, wizard)
    form = wizard.what_page.form
    assert form.chosen() == () and not next_enabled(wizard)
    assert wizard.what_page.reason.text() == "Choose at least one thing to check."
    form.set_chosen(("field:address",))
    _run_to_tasks(qtbot, wizard)
    assert _rows(wizard) == [
        ["Орлова Вера", "", "Address", "Anna"],
        ["Полный Клиент", "", "Address", ""],
    ]
    go_next(qtbot, wizard)
    assert wizard.currentId() == DISTRIBUTION
    qtbot.waitUntil(lambda: len(_preview(wizard)) == 2, timeout=WAIT_MS)
    assert _preview(wizard) == [("Anna", "1"), ("admin", "1")]  # the unowned: to the admin
    form = wizard.distribution_page.form
    form.set_picked((ids["boris"],))  # the unowned to Boris instead
    qtbot.waitUntil(lambda: _preview(wizard) == [("Anna", "1"), ("Boris", "1")], timeout=WAIT_MS)
    go_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == CREATED, timeout=WAIT_MS)
    assert tasks_in_base(database) == [("anna", 1, "Properties"), ("boris", 1, "Properties")]


def test_registration_run_results_create(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    ids = small_base(database, add_client)
    with database.transaction() as session:
        call = Interaction(kind="call", direction="in", occurred_at=datetime(2026, 1, 5, 10, 30),
                           registered_by_id=ids["boris"])  # fmt: skip
        call.parties.append(InteractionParty(role="from", kind="phone", raw="+7 900 111-22-33"))
        mail = Interaction(kind="email", direction="out", occurred_at=datetime(2026, 1, 6, 9, 0),
                           registered_by_id=ids["anna"])  # fmt: skip
        mail.parties.append(InteractionParty(role="to", kind="email", raw="who@example.com"))
        linked = Interaction(kind="call", direction="in", occurred_at=datetime(2026, 1, 7),
                             registered_by_id=ids["anna"], client_id=ids["c0"])  # fmt: skip
        session.add_all([call, mail, linked])
    _, wizard = open_wizard(qtbot, database, "ctl_registration")
    assert wizard.state.kind == REGISTRATION
    go_next(qtbot, wizard)
    _run_to_tasks(qtbot, wizard)
    assert _rows(wizard) == [
        [
            "Incoming call",
            format_datetime(datetime(2026, 1, 5, 10, 30)),
            "+7 900 111-22-33",
            "Boris",
        ],
        ["Outgoing email", format_datetime(datetime(2026, 1, 6, 9, 0)), "who@example.com", "Anna"],
    ]
    go_next(qtbot, wizard)
    assert "noted" in wizard.distribution_page.form.to_managers.text()
    qtbot.waitUntil(lambda: _preview(wizard) == [("Anna", "1"), ("Boris", "1")], timeout=WAIT_MS)
    go_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == CREATED, timeout=WAIT_MS)
    assert tasks_in_base(database) == [("anna", 1, "Registration"), ("boris", 1, "Registration")]

"""Full-name control in the window (CTL-6): the results show the proposed split, sure or
doubtful; "Apply the sure ones" splits them on a worker and says so (undo offered), only the
doubtful ones go on to the tasks; the undo puts the sure ones back in the list."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.ui.control.state import NAMES
from desktop_crm.ui.control.wizard import CREATED, RESULTS
from tests.ui.control_wizard_support import WAIT_MS, go_next, open_wizard, shoot, tasks_in_base


def _rows(wizard) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = wizard.results_page.model
    return sorted(
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    )


def _parts(database: Database, client_id: int) -> tuple[str | None, ...]:
    with database.session() as session:
        client = session.scalars(select(Client).where(Client.id == client_id)).one()
        return client.last_name, client.first_name, client.middle_name


def test_apply_the_sure_ones_then_tasks_for_the_doubtful(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    sure = add_client("Иванов Иван Иванович")
    add_client("Kowalski Jan")
    doubtful = add_client("Ким")
    _, wizard = open_wizard(qtbot, database, "ctl_names")
    assert wizard.state.kind == NAMES
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    assert wizard.currentId() == RESULTS
    page = wizard.results_page
    qtbot.waitUntil(lambda: page.done, timeout=WAIT_MS)
    assert _rows(wizard) == [
        ["Kowalski Jan", "", "Kowalski", "Jan", "", "sure", ""],
        ["Иванов Иван Иванович", "", "Иванов", "Иван", "Иванович", "sure", ""],
        ["Ким", "", "", "Ким", "", "doubtful", ""],
    ]
    panel = page.names
    assert panel.isVisible() and panel.apply_button.isEnabled()
    assert "2 sure splits can be written" in panel.label.text()
    shoot(wizard, "control-names-results.png")

    panel.apply_button.click()
    qtbot.waitUntil(lambda: panel.applied, timeout=WAIT_MS)
    assert "2 names split" in panel.label.text() and "can be undone" in panel.label.text()
    assert _parts(database, sure) == ("Иванов", "Иван", "Иванович")
    assert [row[0] for row in _rows(wizard)] == ["Ким"]
    assert panel.undo_button.isVisible()

    panel.undo_button.click()
    qtbot.waitUntil(lambda: not panel.applied, timeout=WAIT_MS)
    assert _parts(database, sure) == (None, None, None)
    assert len(_rows(wizard)) == 3
    panel.apply_button.click()
    qtbot.waitUntil(lambda: panel.applied, timeout=WAIT_MS)

    go_next(qtbot, wizard)
    go_next(qtbot, wizard)  # to the managers: nobody owns Ким, so the admin
    qtbot.waitUntil(lambda: wizard.currentId() == CREATED, timeout=WAIT_MS)
    assert tasks_in_base(database) == [("admin", 1, "Full-name control")]
    assert doubtful

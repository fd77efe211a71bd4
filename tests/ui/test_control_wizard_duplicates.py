"""Duplicates in the control wizard (CTL-8): the groups listed with what they share and a
"Merge…" button opening the merge dialog on the group; the groups given out as tasks."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.control.state import DUPLICATES
from desktop_crm.ui.control.wizard import CREATED, RESULTS
from desktop_crm.ui.merge.dialog import MergeDialog
from tests.ui.control_wizard_support import WAIT_MS, go_next, open_wizard, shoot, tasks_in_base


def test_groups_merge_button_and_tasks(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    first = add_client("Орлова Вера", ["+7 912 345-67-89"])
    second = add_client("Вера Орлова", ["8 912 345 67 89"], ["v@example.com"])
    add_client("Петров Пётр", ["+7 495 000-00-00"])
    _, wizard = open_wizard(qtbot, database)
    wizard.check_page.choose(DUPLICATES)
    go_next(qtbot, wizard)
    form = wizard.what_page.form
    for box in form.by.values():
        box.setChecked(False)
    assert wizard.what_page.reason.text() == "Choose at least one thing to check."
    form.by["phone"].setChecked(True)
    go_next(qtbot, wizard)
    assert wizard.currentId() == RESULTS
    page = wizard.results_page
    qtbot.waitUntil(lambda: page.done, timeout=WAIT_MS)
    model = page.model
    assert model.rowCount() == 1 and "1 group of duplicates" in page.status.text()
    assert model.index(0, 0).data() == "Орлова Вера / Вера Орлова"
    assert model.index(0, 1).data() == "phone"
    assert len(page.merge_buttons) == 1
    shoot(wizard, "control-duplicates-results.png")
    page.merge_buttons[0].click()
    dialog = wizard.findChild(MergeDialog)
    assert isinstance(dialog, MergeDialog) and dialog.client_ids == [first, second]
    dialog.close()

    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == CREATED, timeout=WAIT_MS)
    assert tasks_in_base(database) == [("admin", 1, "Duplicates in the base")]

"""The control wizard (issue 11, item 5) on a real base, offscreen: the whole contact info
flow (kinds, run, results, even distribution to two users with the preview, create, tasks in
the base), bad input disabling Next with the reason shown, a double-click opening the card,
Cancel on a running check keeping nothing, and a manager's refusal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.control import open_control_wizard
from desktop_crm.ui.control.state import CONTACT_INFO
from desktop_crm.ui.control.wizard import CHECK, CREATED, DISTRIBUTION, RESULTS
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import answer_modals, close
from tests.ui.control_wizard_support import (
    WAIT_MS,
    go_next,
    next_enabled,
    open_wizard,
    shoot,
    small_base,
    tasks_in_base,
)


def _results(wizard: QWizard) -> list[list[str]]:
    model = wizard.results_page.model  # type: ignore[attr-defined]
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_contact_info_from_kinds_to_tasks(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    small_base(database, add_client)
    window, wizard = open_wizard(qtbot, database)
    assert wizard.currentId() == CHECK and wizard.state.kind == CONTACT_INFO
    hint = wizard.minimumSizeHint()  # every page fits a 1024x600 screen with a frame
    assert hint.width() <= 1000 and hint.height() <= 560, hint
    shoot(wizard, "control-1-check.png")
    go_next(qtbot, wizard)
    form = wizard.what_page.form
    form.kinds["email"].setChecked(False)
    form.kinds["phone"].setChecked(False)
    assert not next_enabled(wizard)
    assert wizard.what_page.reason.text() == "Choose at least one thing to check."
    form.kinds["phone"].setChecked(True)
    assert wizard.what_page.reason.text() == "" and next_enabled(wizard)
    shoot(wizard, "control-2-what.png")

    go_next(qtbot, wizard)
    assert wizard.currentId() == RESULTS
    qtbot.waitUntil(lambda: wizard.results_page.done, timeout=WAIT_MS)
    rows = sorted(_results(wizard))
    assert len(rows) == 5 and "5 records found." in wizard.results_page.status.text()
    assert ["Орлова Вера", "", "phone", "Anna"] in rows
    assert ["Орлова Вера", "Сидоров Олег", "phone", "Anna"] in rows
    assert ["Kowalski Jan", "", "phone", ""] in rows
    assert not any(row[0] == "Полный Клиент" for row in rows)
    table = wizard.results_page.table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _results(wizard)[0][0] == "Kowalski Jan"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _results(wizard)[0][0] == "Петров Пётр"
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shoot(wizard, "control-3-results.png")

    go_next(qtbot, wizard)
    assert wizard.currentId() == DISTRIBUTION
    page = wizard.distribution_page
    page.form.evenly.setChecked(True)
    qtbot.waitUntil(lambda: "nobody to give the tasks to" in page.form.reason_label.text())
    assert not next_enabled(wizard)
    page.form.user_group.setCurrentIndex(page.form.user_group.findText("Продажи"))
    qtbot.waitUntil(lambda: page.form.preview.rowCount() == 2, timeout=WAIT_MS)
    counts = sorted(int(page.form.preview.item(r, 1).text()) for r in range(2))
    assert counts == [2, 3]  # Орлова Вера and her person stay together
    assert "5 records in all" in page.form.total.text()
    page.form.due.set_date(date.today() - timedelta(days=1))
    assert "before today" in page.form.reason_label.text() and not next_enabled(wizard)
    page.form.due.set_date(date.today() + timedelta(days=3))
    page.form.project.setEditText("Чистка базы")
    qtbot.waitUntil(lambda: next_enabled(wizard), timeout=WAIT_MS)
    shoot(wizard, "control-4-distribution.png")
    assert tasks_in_base(database) == []

    wizard.next()  # "Create tasks"
    qtbot.waitUntil(lambda: wizard.currentId() == CREATED, timeout=WAIT_MS)
    made = tasks_in_base(database)
    assert sorted(items for _, items, _ in made) == [2, 3]
    assert {login for login, _, _ in made} == {"anna", "boris"}
    assert wizard.created_page.table.rowCount() == 2
    assert "2 tasks created with 5 records" in wizard.created_page.summary.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    shoot(wizard, "control-5-created.png")
    assert wizard.created_page.tasks_button.isVisible()
    wizard.created_page.tasks_button.click()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "My tasks" in titles, titles
    window.close()


def test_double_click_opens_the_card(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    ids = small_base(database, add_client)
    window, wizard = open_wizard(qtbot, database)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.results_page.done, timeout=WAIT_MS)
    table = wizard.results_page.table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitExposed(wizard)
    rect = table.visualRect(table.model().index(0, 0))
    assert rect.isValid(), rect
    with qtbot.waitSignal(wizard.openClientRequested) as requested:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested.args == [ids["c0"]]
    assert ids["c0"] in window.cards  # "Kowalski Jan" sorts first


def test_cancel_keeps_nothing(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    small_base(database, add_client)
    _, wizard = open_wizard(qtbot, database)
    go_next(qtbot, wizard)
    wizard.next()
    page = wizard.results_page
    page.cancel()
    qtbot.waitUntil(lambda: page.operation is not None and not page.operation.running)
    assert "cancelled" in page.status.text()
    assert wizard.state.run is None and page.model.rowCount() == 0
    assert not next_enabled(wizard)
    assert tasks_in_base(database) == []


def test_nothing_found_offers_finish_only(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    add_client("Полный Клиент", ["+7 912 345-67-89"], ["f@example.com"])
    _, wizard = open_wizard(qtbot, database)
    go_next(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.results_page.done, timeout=WAIT_MS)
    assert "Nothing found" in wizard.results_page.status.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    finish.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))  # closed and let go


def test_a_manager_is_refused(qtbot: QtBot, database: Database, admin: User, manager: User) -> None:
    window = MainWindow(database, "maria")
    qtbot.addWidget(window)
    action = window.actions["ctl_contact_info"]
    assert not action.isEnabled()
    assert "may not run control wizards" in action.toolTip()
    with answer_modals(close()) as log:
        assert open_control_wizard(window, CONTACT_INFO) is None
    assert "may not run control wizards" in log.text

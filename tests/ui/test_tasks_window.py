"""Tasks in the window (CTL-3): My tasks with overdue tasks in red and the count on the status
bar; a task's tab with `% done` in its title, done rows green, the not-done filter, a lazy
table, double-click opening the card and closing; manual tasks from the list and from a card,
shown in the card's feed. Real widgets on a real database, offscreen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import ContactPoint, User
from desktop_crm.services.feed import TASK
from desktop_crm.services.tasks import ItemRow, ManualTask, add_manual_task
from desktop_crm.ui.app import install_translations
from desktop_crm.ui.card.client_card import ClientCardWidget
from desktop_crm.ui.card.record_text import feed_title
from desktop_crm.ui.locale_format import format_date
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskTab, feature_of
from desktop_crm.ui.tasks.item_model import DONE_BACKGROUND
from desktop_crm.ui.tasks.list_model import EXECUTOR, OVERDUE, TASK_ROLE
from desktop_crm.ui.tasks.new_task_dialog import ManualTaskDialog
from desktop_crm.ui.tasks.words import missing_text, missing_with_proposal, task_title
from tests.db.tasks_support import contact_task
from tests.ui.conftest import answer_modals, close

TODAY = date.today()


def open_window(qtbot: QtBot, database: Database, login: str) -> MainWindow:
    window = MainWindow(database, login)
    qtbot.addWidget(window)
    window.show()
    return window


def five_item_task(
    database: Database, executor: User, add_client: Callable[..., int], **kwargs: object
) -> tuple[int, list[int]]:
    """A contact-info task of five clients lacking a phone; the first two have one now."""
    clients = [
        add_client(f"Клиент {n}", phones=["+7 912 345-67-8" + str(n)] if n < 2 else [])
        for n in range(5)
    ]
    items = [{"client_id": c, "missing": "phone"} for c in clients]
    return contact_task(database, executor, items, **kwargs), clients  # type: ignore[arg-type]


def open_task(qtbot: QtBot, window: MainWindow, task_id: int) -> TaskTab:
    tab = feature_of(window).open_task(task_id)
    assert tab is not None
    qtbot.waitUntil(lambda: tab.operation is not None and not tab.operation.running)
    qtbot.waitUntil(lambda: not tab.model.reading and tab.model.rowCount() > 0)
    return tab


def test_my_tasks_marks_overdue_and_opens_a_task_on_enter(
    qtbot: QtBot, database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    late, _ = five_item_task(database, manager, add_client, due=TODAY - timedelta(days=1))
    client = add_client("Другой клиент")
    soon = contact_task(
        database, manager, [{"client_id": client, "missing": "email"}], title="Emails",
        due=TODAY + timedelta(days=5),
    )  # fmt: skip
    window = open_window(qtbot, database, "maria")
    assert not window.actions["all_tasks"].isEnabled()  # a manager sees only own tasks
    window.actions["my_tasks"].trigger()
    page = feature_of(window).pages.pages[("list", False)]
    assert window.tabs.currentWidget() is page
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert [model.index(r, 0).data(TASK_ROLE) for r in range(2)] == [late, soon]
    assert [model.index(0, c).data() for c in (0, 1, 3, 4, 5)] == [
        "Contact info",
        "Contact info",
        format_date(TODAY - timedelta(days=1)),
        "5",
        "40%",
    ]  # two of the five clients have a phone now: derived when the list is read
    red = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color() == OVERDUE
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    qtbot.waitUntil(lambda: feature_of(window).count_label.text() == "2 open tasks")

    page.select_row(1)  # type: ignore[attr-defined]
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    tab = window.tabs.currentWidget()
    assert isinstance(tab, TaskTab) and tab.summary.id == soon


def test_task_tab_title_green_rows_and_the_not_done_filter(
    qtbot: QtBot, database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    task, clients = five_item_task(database, manager, add_client)
    window = open_window(qtbot, database, "maria")
    tab = open_task(qtbot, window, task)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Contact info (done 40%)"
    assert tab.progress.text() == "2 of 5 items done"
    model = tab.model
    backgrounds = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(5)]
    assert [b.color() if b is not None else None for b in backgrounds] == [
        DONE_BACKGROUND, DONE_BACKGROUND, None, None, None,
    ]  # fmt: skip
    assert [model.index(r, 1).data() for r in (0, 4)] == ["phone", "phone"]
    assert not tab.close_button.isEnabled()

    tab.not_done.setChecked(True)
    qtbot.waitUntil(lambda: not model.reading and model.rowCount() == 3)
    assert [model.row_at(r).client_id for r in range(3)] == clients[2:]


def test_double_click_opens_the_card(
    qtbot: QtBot, database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    task, clients = five_item_task(database, manager, add_client)
    window = open_window(qtbot, database, "maria")
    tab = open_task(qtbot, window, task)
    view = tab.view
    rect = view.visualRect(tab.model.index(3, 0))
    # a real double-click: a press first, then the double-click event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = window.cards.get(clients[3])
    assert isinstance(card, ClientCardWidget) and window.tabs.currentWidget() is card


def test_refresh_then_close_updates_the_title_and_the_status_bar(
    qtbot: QtBot, database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    task, clients = five_item_task(database, manager, add_client)
    window = open_window(qtbot, database, "maria")
    feature = feature_of(window)
    qtbot.waitUntil(lambda: feature.count_label.text() == "1 open task")
    tab = open_task(qtbot, window, task)
    with database.transaction() as session:
        for n, client_id in enumerate(clients[2:]):
            session.add(
                ContactPoint(client_id=client_id, kind="phone", value=str(n), normalized=f"+7{n}")
            )
    tab.refresh_button.click()
    qtbot.waitUntil(lambda: "(done 100%)" in window.tabs.tabText(window.tabs.indexOf(tab)))
    qtbot.waitUntil(tab.close_button.isEnabled)
    tab.close_button.click()
    qtbot.waitUntil(lambda: tab.summary.status == "done")
    assert not tab.close_button.isEnabled()
    qtbot.waitUntil(lambda: feature.count_label.text() == "0 open tasks")
    # a task given out elsewhere (the command line, another desktop) is counted in a while
    contact_task(database, manager, [{"client_id": clients[0], "missing": "email"}])
    assert feature.recount.isActive()
    feature.recount.timeout.emit()
    qtbot.waitUntil(lambda: feature.count_label.text() == "1 open task")


def test_a_long_task_loads_page_by_page(
    qtbot: QtBot, database: Database, manager: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Один клиент")
    items = [{"client_id": client, "missing": "email"} for _ in range(450)]
    task = contact_task(database, manager, items)
    window = open_window(qtbot, database, "maria")
    tab = open_task(qtbot, window, task)
    model = tab.model
    assert model.rowCount() == 200 and model.canFetchMore()
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore()
    assert [model.row_at(r).id for r in range(450)] == sorted(
        model.row_at(r).id for r in range(450)
    )


def test_manual_task_from_the_card_shows_in_its_feed(
    qtbot: QtBot, database: Database, admin: User, manager: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Кузнецов Олег")
    window = open_window(qtbot, database, "admin")
    card = window.open_client_card(client)
    assert isinstance(card, ClientCardWidget)
    dialog = card.feed_tab.new_task()
    assert dialog.client_edit.text() == "Кузнецов Олег"
    dialog.accept()  # no title yet
    assert dialog.problem.text() == "A task needs a title." and dialog.isVisible()
    dialog.title_edit.setText("Call back about the offer")
    dialog.executor.setCurrentIndex(dialog.executor.findData("maria"))
    dialog.due.set_date(TODAY + timedelta(days=2))
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: any(e.kind == TASK for e in card.feed_tab.entries()))
    [entry] = [e for e in card.feed_tab.entries() if e.kind == TASK]
    assert (entry.subject, entry.status, entry.due, entry.executor) == (
        "Call back about the offer",
        "open",
        TODAY + timedelta(days=2),
        "Maria Manager",
    )
    due = format_date(TODAY + timedelta(days=2))
    assert feed_title(entry) == (
        f"Task: Call back about the offer (open, due {due}) — for Maria Manager"
    )
    feature = feature_of(window)
    qtbot.waitUntil(lambda: feature.count_label.text() == "0 open tasks")  # it is maria's


def test_new_task_from_my_tasks_appears_in_the_list(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Смирнова Ольга")
    window = open_window(qtbot, database, "admin")
    page = feature_of(window).open_list(everyone=False)
    qtbot.waitUntil(lambda: page.reading is not None and not page.reading.running)
    page.new_button.click()
    [dialog] = window.findChildren(ManualTaskDialog)
    dialog.title_edit.setText("Send the contract")
    dialog.client_edit.setText("Смирнова")
    dialog.accept()  # typed, not chosen from the list
    assert "Choose the client from the list" in dialog.problem.text()
    dialog.client_edit.search_now()
    dialog.client_edit.choose_row(0)
    assert dialog.client_id == client
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.tasks()[0].client_id == client
    qtbot.waitUntil(lambda: feature_of(window).count_label.text() == "1 open task")


def test_all_tasks_for_an_admin_shows_each_executor(
    qtbot: QtBot, database: Database, admin: User, manager: User, add_client: Callable[..., int]
) -> None:
    five_item_task(database, manager, add_client)
    window = open_window(qtbot, database, "admin")
    assert window.actions["all_tasks"].isEnabled()
    window.actions["all_tasks"].trigger()
    page = feature_of(window).pages.pages[("list", True)]
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert not page.view.isColumnHidden(EXECUTOR)  # type: ignore[attr-defined]
    assert model.index(0, EXECUTOR).data() == "Maria Manager"
    qtbot.waitUntil(lambda: feature_of(window).count_label.text() == "0 open tasks")  # admin's


def test_a_manager_is_told_why_anothers_task_does_not_open(
    qtbot: QtBot, database: Database, admin: User, manager: User, add_client: Callable[..., int]
) -> None:
    task = contact_task(database, admin, [{"client_id": add_client("X"), "missing": "phone"}])
    window = open_window(qtbot, database, "maria")
    with answer_modals(close()) as log:
        assert feature_of(window).open_task(task) is None
    assert "may see and close only their own tasks" in log.text
    assert window.tabs.count() == 1


def test_a_manual_task_in_its_tab_opens_its_client_and_closes_any_time(
    qtbot: QtBot, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    client = add_client("Кузнецов Олег")
    with database.transaction() as session:
        data = ManualTask("Call back", "About the price list", client, None, TODAY)
        task = add_manual_task(session, session.merge(admin), data).id
    window = open_window(qtbot, database, "admin")
    tab = feature_of(window).open_task(task)
    assert tab is not None
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Call back"  # no percentage
    assert "About the price list" in tab.details.text()
    assert tab.view.isHidden() and tab.refresh_button.isHidden()
    tab.card_button.click()
    assert window.tabs.currentWidget() is window.cards.get(client)
    assert tab.close_button.isEnabled()
    tab.close_button.click()
    qtbot.waitUntil(lambda: tab.summary.status == "done")
    assert "closed" in tab.details.text()


def test_a_checks_title_is_shown_in_the_users_language(qapp: QApplication) -> None:
    before = QLocale()
    installed = install_translations(qapp, "ru")
    try:
        assert task_title("Contact info", "contact_info") == "Контактные данные"
        assert task_title("Full-name control", "names") == "Контроль ФИО"
        assert task_title("Contact info", "manual") == "Contact info"  # a person's own words
        assert missing_text(["phone", "field:address"], {}) == "телефон, Адрес"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_a_full_name_item_shows_the_proposed_split(qtbot: QtBot) -> None:
    row = ItemRow(1, 5, None, None, "Нурланов Ерлан", None, ("names",), False, proposed=("A", "B"))
    assert missing_with_proposal(row, {}) == "last, first and middle name (proposed: A B)"

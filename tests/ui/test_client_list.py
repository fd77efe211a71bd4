"""The client list: search, filters, sort, columns, pages, bulk actions (issue 4 item 1)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select

from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.services.client_rows import COLUMNS
from desktop_crm.services.search import NONE_ID, ClientQuery, ClientSearch
from desktop_crm.ui.clients.lazy_result import ID_BLOCK
from desktop_crm.ui.clients.list_widget import ClientListWidget
from desktop_crm.ui.clients.table_model import ID_ROLE, ClientTableModel
from tests.ui.conftest import answer_modals, choose, click, close


def make_list(qtbot: QtBot, database: Database, user: User) -> ClientListWidget:
    widget = ClientListWidget(database, user)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.activateWindow()  # keyboard shortcuts work in the active window only
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def names(widget: ClientListWidget) -> list[str]:
    model = widget.model
    column = model.column_of("name")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def search(qtbot: QtBot, widget: ClientListWidget, text: str) -> None:
    """Type `text` (QTest types ASCII only: other text is inserted as an input method would)."""
    widget.search_edit.clear()
    if text.isascii():
        qtbot.keyClicks(widget.search_edit, text)
    else:
        widget.search_edit.insert(text)
    qtbot.waitUntil(lambda: widget.model.query.text == text, timeout=3000)


def count_clients(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Client)) or 0)


def test_model_passes_the_model_tester(
    qtmodeltester, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    model = ClientTableModel(database, list(COLUMNS), viewer=admin)
    model.refresh()
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)
    model.set_page_size(2)
    model.set_page(1)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_rows_show_the_clients(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    assert names(widget) == [
        "John Smith",
        "Kowalski Jan",
        "Иванов Пётр Сергеевич",
        "Иванова Анна",
        "ООО Ромашка",
    ]
    model = widget.model
    row = names(widget).index("Иванов Пётр Сергеевич")
    assert model.index(row, model.column_of("phone")).data() == "+7 912 345-67-89"
    assert model.index(row, model.column_of("company")).data() == "ООО Ромашка"
    assert model.index(row, model.column_of("tags")).data() == "VIP"
    assert model.index(row, 0).data(ID_ROLE) == sample_clients["ivanov"]
    assert "5 client" in widget.count_label.text()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("иван", ["Иванов Пётр Сергеевич", "Иванова Анна"]),  # name fragment
        ("ИВАНОВА", ["Иванова Анна"]),  # Cyrillic case folded
        ("8 912 345", ["Иванов Пётр Сергеевич"]),  # phone as typed locally
        ("+48601", ["Kowalski Jan"]),  # phone in international form
        ("example.com", ["Иванова Анна"]),  # email fragment
        ("ромашк", ["Иванов Пётр Сергеевич", "ООО Ромашка"]),  # company and its employee
    ],
)
def test_search_by_each_kind_of_fragment(
    qtbot: QtBot,
    database: Database,
    admin: User,
    sample_clients: dict[str, int],
    typed: str,
    expected: list[str],
) -> None:
    widget = make_list(qtbot, database, admin)
    search(qtbot, widget, typed)
    assert names(widget) == expected
    assert widget.stack.currentWidget() is widget.table
    assert f"Found: {len(expected)}" in widget.count_label.text()


def test_search_with_no_match_says_so(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    search(qtbot, widget, "zzzz")
    assert widget.stack.currentWidget() is widget.no_match
    assert "“zzzz”" in widget.no_match.text.text()
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.search_edit.text() == ""
    assert len(names(widget)) == 5


def test_ctrl_f_and_keys_in_the_search_box(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.table.setFocus()
    widget.focus_search()
    qtbot.waitUntil(widget.search_edit.hasFocus)
    qtbot.keyClicks(widget.search_edit, "smith")
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Return)  # search at once, no waiting
    assert names(widget) == ["John Smith"]


def test_return_and_the_keypads_enter_open_the_card_and_new_client_asks_for_one(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.select_rows([0])
    widget.table.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    first = widget.model.data(widget.model.index(0, 0), ID_ROLE)
    for key, modifier in (
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
    ):
        with qtbot.waitSignal(widget.openClientRequested, timeout=1000) as opened:
            qtbot.keyClick(widget.table, key, modifier)
        assert opened.args == [first]
    with qtbot.waitSignal(widget.newClientRequested, timeout=1000):
        qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)


def wait_for_background_search(qtbot: QtBot, widget: ClientListWidget) -> None:
    qtbot.waitUntil(lambda: widget.model.searching is None, timeout=5000)


def test_typing_searches_on_a_worker_thread_and_shows_only_the_newest_text(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    landed: list[str] = []
    widget.model.searchLanded.connect(lambda: landed.append(widget.model.query.text))
    widget.table.scrollToBottom()
    qtbot.keyClicks(widget.search_edit, "smith")  # five keystrokes, no event loop between
    assert widget.model.searching is not None  # the box did not wait for the database
    wait_for_background_search(qtbot, widget)
    assert names(widget) == ["John Smith"]
    # the first keystroke's search ran and was dropped, the next three never started
    assert landed == ["smith"]
    assert widget.table.verticalScrollBar().value() == 0
    assert "Found: 1" in widget.count_label.text()


def test_enter_and_filters_win_over_a_background_search_still_running(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.search_edit.setText("zzzz")  # typed: a background search starts
    assert widget.model.searching is not None
    widget.search_edit.blockSignals(True)
    widget.search_edit.setText("smith")
    widget.search_edit.blockSignals(False)
    widget.search_now()  # Enter: at once, on this thread
    assert names(widget) == ["John Smith"]
    wait_for_background_search(qtbot, widget)
    assert widget.model.query.text == "smith"  # the late "zzzz" result was dropped
    assert names(widget) == ["John Smith"]

    widget.search_edit.setText("")  # typed away, then a filter changes before it lands
    widget.filters.reset()
    widget.model.set_query(ClientQuery(stage="lead"))
    wait_for_background_search(qtbot, widget)
    assert widget.model.query == ClientQuery(stage="lead")


def test_typing_back_to_what_is_shown_cancels_the_pending_search(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    search(qtbot, widget, "smith")
    widget.search_edit.setText("smithx")
    widget.search_edit.setText("smith")
    wait_for_background_search(qtbot, widget)
    assert widget.model.query.text == "smith"
    assert names(widget) == ["John Smith"]


def test_closing_the_list_while_a_background_search_runs(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = ClientListWidget(database, admin)
    widget.search_edit.setText("smith")
    operation = widget.model.searching
    assert operation is not None
    widget.deleteLater()
    qtbot.waitUntil(lambda: operation.outcome is not None, timeout=5000)
    QApplication.processEvents()  # its callbacks find the list gone and do nothing


def test_a_background_search_that_fails_says_so_and_keeps_the_list(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    shown = names(widget)
    with database.engine.begin() as conn:  # a damaged base: the search cannot read contacts
        conn.exec_driver_sql("ALTER TABLE contact_points RENAME TO contact_points_gone")
    try:
        widget.search_edit.setText("smith")
        wait_for_background_search(qtbot, widget)
    finally:
        with database.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE contact_points_gone RENAME TO contact_points")
    assert widget.count_label.text().startswith("The list could not be read: ")
    assert "contact_points" in widget.count_label.text()
    assert names(widget) == shown  # the rows shown before stay
    widget.search_now()  # the base is whole again: Enter searches at once
    assert names(widget) == ["John Smith"]


def test_the_list_knows_the_base_size_only_when_it_shows_the_whole_base(
    qtbot: QtBot, database: Database, admin: User, manager: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    assert widget.model.base_size == 5 == count_clients(database)
    search(qtbot, widget, "smith")
    assert widget.model.base_size is None  # one found, not the base's size
    widget.model.set_query(ClientQuery(stage="lead"))
    assert widget.model.base_size is None
    # a manager sees the clients of their own queues only: their list is not the base
    assert make_list(qtbot, database, manager).model.base_size is None


def test_filters(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.filters.select(widget.filters.stage, "lead")
    assert names(widget) == ["John Smith", "Kowalski Jan"]
    widget.filters.reset()
    tag_index = widget.filters.tag.findText("VIP")
    widget.filters.tag.setCurrentIndex(tag_index)
    assert names(widget) == ["Иванов Пётр Сергеевич"]
    widget.filters.select(widget.filters.stage, "lead")
    assert widget.stack.currentWidget() is widget.no_match
    assert "filters" in widget.no_match.text.text()
    widget.filters.reset()
    widget.filters.select(widget.filters.responsible, NONE_ID)
    assert len(names(widget)) == 5  # nobody is responsible for them yet
    widget.filters.select(widget.filters.responsible, admin.id)
    assert names(widget) == []


def test_sort_by_clicking_a_header(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    header = widget.table.horizontalHeader()
    name = widget.model.column_of("name")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(name) + 20, header.height() // 2),
    )
    assert widget.model.query.descending
    assert names(widget)[0] == "ООО Ромашка"
    widget.model.sort(widget.model.column_of("phone"), Qt.SortOrder.AscendingOrder)
    assert names(widget) == [
        "Kowalski Jan",  # +48...
        "ООО Ромашка",  # +7 495...
        "Иванов Пётр Сергеевич",  # +7 912...
        "Иванова Анна",  # +7 916...
        "John Smith",  # no phone: last
    ]


def test_columns_are_kept_per_user(
    qtbot: QtBot, database: Database, admin: User, manager: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    header = widget.table.horizontalHeader()
    model = widget.model
    menu = widget.columns.menu(widget)
    by_key = {a.data(): a for a in menu.actions()}
    assert not by_key["name"].isEnabled()  # the name always stays
    by_key["email"].setChecked(False)  # hide Email
    by_key["group"].setChecked(True)  # show Group
    header.moveSection(header.visualIndex(model.column_of("phone")), 0)  # drag Phone first
    header.resizeSection(model.column_of("company"), 333)
    widget.columns.save()
    assert widget.columns.visible_keys()[:2] == ["phone", "name"]
    widget.close()

    again = make_list(qtbot, database, admin)
    keys = again.columns.visible_keys()
    assert keys[:2] == ["phone", "name"]
    assert "email" not in keys and "group" in keys
    assert again.table.horizontalHeader().sectionSize(again.model.column_of("company")) == 333

    other = make_list(qtbot, database, manager)  # another person keeps the defaults
    assert other.columns.visible_keys()[:3] == ["name", "phone", "email"]


def test_pages(qtbot: QtBot, database: Database, admin: User, add_client) -> None:
    for i in range(25):
        add_client(f"Client {i:02d}")
    widget = make_list(qtbot, database, admin)
    assert widget.model.rowCount() == 25  # continuous scrolling by default
    widget.set_page_size(10)
    assert widget.model.rowCount() == 10
    assert widget.page_label.text() == "Page 1 of 3"
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert names(widget)[0] == "Client 10"
    qtbot.mouseClick(widget.last_button, Qt.MouseButton.LeftButton)
    assert names(widget) == [f"Client {i}" for i in range(20, 25)]
    assert not widget.next_button.isEnabled()
    qtbot.mouseClick(widget.prev_button, Qt.MouseButton.LeftButton)
    assert names(widget)[0] == "Client 10"
    qtbot.mouseClick(widget.first_button, Qt.MouseButton.LeftButton)
    assert names(widget)[0] == "Client 00" and not widget.prev_button.isEnabled()
    widget.set_page_size(None)
    assert widget.model.rowCount() == 25 and not widget.page_label.isVisible()


def test_bulk_assign(
    qtbot: QtBot,
    database: Database,
    admin: User,
    manager: User,
    sample_clients: dict[str, int],
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.select_rows([0, 1])  # John Smith, Kowalski Jan
    assert widget.assign_action.isEnabled()
    with answer_modals(choose("Maria Manager")) as log:
        operation = widget.assign_selected()
    assert "2 selected client" in log.text
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome is not None, timeout=5000)
    assert operation.outcome == "succeeded"
    column = widget.model.column_of("responsible")
    shown = {names(widget)[r]: widget.model.index(r, column).data() for r in range(5)}
    assert shown["John Smith"] == shown["Kowalski Jan"] == "Maria Manager"
    assert shown["Иванова Анна"] == ""


def test_bulk_tags(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.select_rows([2, 3])  # the Ivanovs
    with answer_modals(choose("Партнёр")):
        operation = widget.add_tag_selected()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome == "succeeded", timeout=5000)
    column = widget.model.column_of("tags")
    assert widget.model.index(2, column).data() == "VIP, Партнёр"
    assert widget.model.index(3, column).data() == "Партнёр"
    assert widget.filters.tag.findText("Партнёр") >= 0  # the new tag is a filter now
    widget.select_rows([2, 3])
    with answer_modals(choose("VIP")):
        operation = widget.remove_tag_selected()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome == "succeeded", timeout=5000)
    assert widget.model.index(2, column).data() == "Партнёр"


def test_bulk_delete_refused_then_confirmed(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.select_rows([0, 1, 2])
    with answer_modals(click(QMessageBox.StandardButton.Cancel)) as log:
        assert widget.delete_selected() is None
    assert "Delete 3 clients" in log.text and "cannot be undone" in log.text
    assert count_clients(database) == 5

    widget.activateWindow()  # the closed box had taken the focus
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    with answer_modals(click("confirmDeleteButton")) as log:
        qtbot.keyClick(widget.table, Qt.Key.Key_Delete)  # Del on the list deletes
    qtbot.waitUntil(
        lambda: widget.operation is not None and widget.operation.outcome == "succeeded",
        timeout=5000,
    )
    assert count_clients(database) == 2
    print(widget.operation.outcome, widget.operation.error, widget.operation.result)
    assert names(widget) == ["Иванова Анна", "ООО Ромашка"]
    assert "3 clients deleted" in widget.count_label.text()


def test_a_manager_may_not_delete(
    qtbot: QtBot, database: Database, manager: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, manager)
    widget.select_rows([0])
    assert not widget.delete_action.isEnabled()
    assert "may not delete clients" in widget.delete_action.toolTip()
    assert widget.assign_action.isEnabled()  # managers edit clients
    assert not widget.import_button.isEnabled()
    with answer_modals(close()) as log:
        assert widget.delete_selected() is None
    assert "Maria Manager (maria, role manager) may not delete clients" in log.text
    assert count_clients(database) == 5


def test_enter_opens_the_card(
    qtbot: QtBot, database: Database, admin: User, sample_clients: dict[str, int]
) -> None:
    widget = make_list(qtbot, database, admin)
    widget.select_rows([3])
    widget.table.setFocus()
    with qtbot.waitSignal(widget.openClientRequested) as opened:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened.args == [sample_clients["ivanova"]]


def test_empty_base_offers_import_and_demo(qtbot: QtBot, database: Database, admin: User) -> None:
    widget = make_list(qtbot, database, admin)
    assert widget.stack.currentWidget() is widget.empty_base
    with qtbot.waitSignal(widget.demoRequested):
        qtbot.mouseClick(widget.demo_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(widget.importRequested):
        qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)


def test_large_results_are_read_in_windows(
    qtbot: QtBot, qtmodeltester, database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    """Past the read-at-once limit the model reads ids window by window; rows are the same."""
    for i in range(30):
        add_client(f"Петров {i:02d}", [f"+7 912 000 {i:02d} 00"])
    widget = make_list(qtbot, database, admin)
    whole = names(widget)
    model = ClientTableModel(database, list(COLUMNS), viewer=admin, materialize_limit=4)
    model.refresh()
    assert model.reads_in_windows
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == whole
    qtmodeltester.check(model, force_py=True)


def test_a_broad_search_shows_rows_first_and_counts_them_later(
    qtbot: QtBot, qtmodeltester, database: Database, admin: User
) -> None:
    """A large search result is shown before it is counted; scrolling reads further blocks
    and the count arrives from a worker thread."""
    with database.transaction() as session:  # the way an import writes, for speed
        session.execute(
            insert(Client),
            [
                {"full_name": f"Петров {i:03d}", "name_key": f"петров {i:03d}", "kind": "person"}
                for i in range(450)
            ],
        )
    model = ClientTableModel(database, list(COLUMNS), viewer=admin, materialize_limit=10)
    model.set_query(ClientQuery(text="петров"))
    assert model.reads_in_windows
    if not model.counted:  # the count may already be back on a fast machine
        assert model.rowCount() in (ID_BLOCK, 450)
    qtbot.waitUntil(lambda: model.counted, timeout=10_000)
    assert model.total == model.rowCount() == 450
    shown = [model.index(r, 0).data() for r in (0, 199, 200, 449)]
    assert shown == ["Петров 000", "Петров 199", "Петров 200", "Петров 449"]
    qtmodeltester.check(model, force_py=True)


def test_blocks_are_fetched_while_the_count_runs(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    with database.transaction() as session:
        session.execute(
            insert(Client),
            [
                {"full_name": f"Сидоров {i:03d}", "name_key": f"сидоров {i:03d}", "kind": "person"}
                for i in range(450)
            ],
        )
    model = ClientTableModel(database, list(COLUMNS), viewer=admin, materialize_limit=10)
    search = ClientSearch(ClientQuery(text="сидоров"), materialize_limit=10)
    with database.session() as session:
        search.prepare(session, count=False)
    assert search.count is None  # a broad text search is not counted up front
    with database.session() as session:
        assert search.window(session, 400, 100) == search.window(session, 400, 50) + (
            search.window(session, 450, 50)
        )
        assert len(search.window(session, 400, 100)) == 50
        assert search.count_all(session) == 450
    model.set_query(ClientQuery(text="сидоров"))
    if not model.counted:
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.rowCount() == 450

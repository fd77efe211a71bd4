"""The tabs of a client card: Feed (notes with Ctrl+Enter, lazy paging), Files (attach, open,
save as, comment, delete, size limit, drag-and-drop), Deals (create, move to another client)
and History."""

from __future__ import annotations

from pathlib import Path

from card_fixtures import Answers, add_manager, make_client, open_card, type_text, wait_for
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services import attachments, base_settings, deals, notes
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.ui.card.record_text import feed_title


def test_a_note_saved_with_ctrl_enter_appears_on_top_of_the_feed(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    feed = card.feed_tab
    assert [feed_title(e) for e in feed.entries()] == ["Card created"]

    type_text(qtbot, feed.note_edit, "Позвонить в пятницу")
    qtbot.keyClick(feed.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(feed.note_edit, "about the price")
    with qtbot.waitSignal(feed.noteAdded):
        qtbot.keyClick(feed.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    top = feed.entries()[0]
    assert (top.kind, top.text, top.author) == (
        "note",
        "Позвонить в пятницу\nabout the price",
        "admin",
    )
    assert feed.note_edit.toPlainText() == ""
    assert feed.model.index(0, 0).data() == "Note"
    with database.session() as session:
        assert [
            n.text for n in notes.list_notes(session, current_user(session, "admin"), client_id)
        ] == [top.text]

    # a plain Enter only breaks the line; an empty note is not saved
    qtbot.keyClick(feed.note_edit, Qt.Key.Key_Return)
    qtbot.keyClick(feed.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(feed.entries()) == 2
    assert not feed.note_button.isEnabled()


def test_the_feed_loads_older_entries_when_scrolled(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    client_id = make_client(database, admin)
    with database.transaction() as session:
        for n in range(130):
            notes.add_note(session, admin, client_id, f"note {n}")
    card = open_card(qtbot, database, "admin", client_id)
    model = card.feed_tab.model
    assert model.rowCount() == 50  # the first page only
    assert model.index(0, 0).data() == "Note"

    view = card.feed_tab.view
    for _ in range(10):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        qtbot.wait(10)
    wait_for(qtbot, lambda: model.rowCount() == 131)
    texts = [e.text for e in card.feed_tab.entries()]
    assert texts[-1] is None  # "Card created" is the oldest
    assert sorted(t for t in texts if t) == sorted(f"note {n}" for n in range(130))


def test_files_attach_open_save_comment_and_delete(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    answers = Answers(card)
    card.tabs.setCurrentWidget(card.files_tab)
    files = card.files_tab
    assert files.file_names() == []
    assert not files.open_button.isEnabled()

    source = tmp_path / "Договор: версия?2.txt"  # a name Windows would refuse
    source.write_bytes("Договор №7\n".encode())
    answers.files = [str(source)]
    qtbot.mouseClick(files.attach_button, Qt.MouseButton.LeftButton)
    assert files.file_names() == ["Договор: версия?2.txt"]
    assert any(e.kind == "file" for e in card.feed_tab.entries())

    assert files.select_file("Договор: версия?2.txt")
    qtbot.mouseClick(files.open_button, Qt.MouseButton.LeftButton)
    opened = answers.opened[-1]
    assert opened.name == "Договор_ версия_2.txt"
    assert opened.read_bytes() == source.read_bytes()

    answers.save_path = str(tmp_path / "copy.txt")
    qtbot.mouseClick(files.save_as_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "copy.txt").read_bytes() == source.read_bytes()

    answers.text = "подписан 01.02"
    qtbot.mouseClick(files.comment_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: files.table.item(0, 2).text() == "подписан 01.02")
    with database.session() as session:
        me = current_user(session, "admin")
        listed = attachments.list_attachments(session, me, client_id)
        assert [a.comment for a in listed] == ["подписан 01.02"]

    answers.yes = False
    assert files.select_file("Договор: версия?2.txt")
    qtbot.mouseClick(files.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in answers.asked[-1][1]
    assert files.file_names() == ["Договор: версия?2.txt"]
    answers.yes = True
    qtbot.mouseClick(files.delete_button, Qt.MouseButton.LeftButton)
    assert files.file_names() == []
    with database.session() as session:
        assert (
            attachments.list_attachments(session, current_user(session, "admin"), client_id) == []
        )
    assert answers.errors == []


def test_a_file_over_the_limit_is_refused_with_a_clear_message(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    with database.transaction() as session:
        base_settings.set_attachment_limit_mb(session, session.merge(admin), 1)
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    answers = Answers(card)
    files = card.files_tab
    assert "up to 1 MB" in files.hint.text()
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF" + b"0" * (1536 * 1024))
    small = tmp_path / "small.txt"
    small.write_text("ok", encoding="utf-8")
    answers.files = [str(big), str(small)]
    qtbot.mouseClick(files.attach_button, Qt.MouseButton.LeftButton)
    assert answers.errors == [
        "scan.pdf is 1.5 MB; files up to 1 MB can be attached. Attach a smaller file, or ask "
        "an administrator to raise the limit in Settings."
    ]
    assert files.file_names() == ["small.txt"]


def test_files_dropped_on_the_tab_are_attached(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    card.tabs.setCurrentWidget(card.files_tab)
    files = card.files_tab
    dropped = [tmp_path / "a.txt", tmp_path / "b.csv"]
    for path in dropped:
        path.write_text(path.name, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in dropped])
    where = files.table.geometry().center()
    enter = QDragEnterEvent(
        where,  # Qt declares QPoint here and QPointF for the drop
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(files, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(files, drop)
    assert sorted(files.file_names()) == ["a.txt", "b.csv"]


def test_create_a_deal_from_the_card(qtbot: QtBot, database: Database, admin: User) -> None:
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "admin", client_id)
    card.tabs.setCurrentWidget(card.deals_tab)
    tab = card.deals_tab
    assert tab.topics() == []

    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    dialog = tab.deal_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no topic yet
    type_text(qtbot, dialog.topic, "Поставка кресел")
    qtbot.keyClicks(dialog.revenue, "12O")
    assert not dialog.ok_button.isEnabled()
    assert "is not a number" in dialog.reason.text()
    dialog.revenue.clear()
    qtbot.keyClicks(dialog.revenue, "150 000,50")
    qtbot.keyClicks(dialog.date.edit, "01.12.2026")
    qtbot.keyClicks(dialog.activity, "Call back with a price")
    qtbot.keyClicks(dialog.activity_date.edit, "05.12.2026")
    type_text(qtbot, dialog.description, "Три кресла")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert tab.topics() == ["Поставка кресел"]
    assert tab.table.item(0, 3).text() == "150,000.50"  # the English locale's amount
    assert tab.table.item(0, 4).text() == "Call back with a price (12/5/2026)"  # and date
    with database.session() as session:
        (deal,) = deals.list_deals(session, current_user(session, "admin"), client_id)
        assert (deal.topic, str(deal.expected_revenue), deal.description, deal.status) == (
            "Поставка кресел",
            "150000.50",
            "Три кресла",
            "open",
        )
        assert f"{deal.date:%d.%m.%Y} {deal.activity_date:%d.%m.%Y}" == "01.12.2026 05.12.2026"
    assert card.feed_tab.entries()[0].kind == "deal"


def test_move_an_open_deal_to_another_client(qtbot: QtBot, database: Database, admin: User) -> None:
    client_id = make_client(database, admin)
    with database.transaction() as session:
        other_id = create_client(
            session, admin, ClientData(full_name="Acme Ltd", kind="company")
        ).id
        deal_id = deals.create_deal(session, admin, client_id, "Стоматологические кресла").id
        won = deals.create_deal(session, admin, client_id, "Old order")
        deals.close_deal(session, admin, won.id, won=True)
    card = open_card(qtbot, database, "admin", client_id)
    card.tabs.setCurrentWidget(card.deals_tab)
    tab = card.deals_tab
    assert tab.topics() == ["Стоматологические кресла", "Old order"]

    tab.select_deal("Old order")
    assert not tab.change_client_button.isEnabled()  # a finished deal keeps its client
    assert "finished" in tab.change_client_button.toolTip()

    tab.select_deal("Стоматологические кресла")
    qtbot.mouseClick(tab.change_client_button, Qt.MouseButton.LeftButton)
    dialog = tab.change_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.search.searched, timeout=3000) as searched:
        qtbot.keyClicks(dialog.search, "acm")
    assert searched.args == [1]
    wait_for(qtbot, dialog.search.popup_visible)
    popup = dialog.search.completer_.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.chosen_label.text() == "New client: Acme Ltd"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert tab.topics() == ["Old order"]
    with database.session() as session:
        assert [
            d.id for d in deals.list_deals(session, current_user(session, "admin"), other_id)
        ] == [deal_id]
    card.tabs.setCurrentWidget(card.history_tab)
    change = card.history_tab.entries()[0]
    assert (change.field_label, change.new) == (
        "Deal client",
        "Стоматологические кресла — Acme Ltd",
    )


def test_history_shows_who_changed_what(qtbot: QtBot, database: Database, admin: User) -> None:
    add_manager(database, admin)
    client_id = make_client(database, admin)
    card = open_card(qtbot, database, "maria", client_id)
    card.fields.address.clear()
    type_text(qtbot, card.fields.address, "Тверская 1")
    assert card.save()
    card.tabs.setCurrentWidget(card.history_tab)
    model = card.history_tab.model
    cells = [model.index(0, column).data() for column in range(4)]
    assert cells[1:] == ["Мария Соколова", "Address", "Бунина 43Б  →  Тверская 1"]
    assert model.index(model.rowCount() - 1, 3).data() == "Фронкин Игорь Михайлович"
    with database.session() as session:
        assert current_user(session, "maria").full_name == "Мария Соколова"

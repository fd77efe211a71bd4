"""Small frictions of day one (issue 15 item 6), each driven through real widgets."""

from __future__ import annotations

from card_fixtures import make_client, open_card, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.clients.list_widget import ClientListWidget
from tests.ui.conftest import answer_modals


def test_the_saved_banner_moves_nothing_on_the_card(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    card = open_card(qtbot, database, "admin", make_client(database, admin))
    website = card.fields.website
    before = (card.splitter.geometry(), website.mapTo(card, website.rect().topLeft()))
    type_text(qtbot, website, "stomat.com")
    with qtbot.waitSignal(card.saved, timeout=3000):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert card.message_text() == "Saved."
    banner = card.message
    assert banner.isVisible() and banner.height() > 0
    after = (card.splitter.geometry(), website.mapTo(card, website.rect().topLeft()))
    assert after == before  # nothing under the mouse moved
    assert card.rect().contains(banner.geometry())  # and the banner is on the card
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)  # a click puts it away
    assert not banner.isVisible()


def test_bulk_assign_starts_on_no_choice(
    qtbot: QtBot,
    database: Database,
    admin: User,
    manager: User,
    sample_clients: dict[str, int],
) -> None:
    widget = ClientListWidget(database, admin)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 5)
    widget.select_rows([0])
    seen: dict[str, object] = {}

    def look_then_pick(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.update(index=combo.currentIndex(), text=combo.currentText(), ok=ok.isEnabled())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a hasty Enter does nothing
        seen["still_open"] = dialog.isVisible()
        combo.setCurrentIndex(combo.findText("Maria Manager"))
        seen["ok_after"] = ok.isEnabled()
        ok.click()

    with answer_modals(look_then_pick):
        operation = widget.assign_selected()
    assert seen == {"index": -1, "text": "", "ok": False, "still_open": True, "ok_after": True}
    assert operation is not None
    qtbot.waitUntil(lambda: operation.outcome == "succeeded", timeout=5000)

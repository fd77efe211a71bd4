"""The calls and emails journal, the LNK-5 offer (accepted and refused), registering a call from
a card, the menu entries; screenshots of the journal, a card feed with linked calls and emails
and the offer. To refresh docs/interactions-journal.png, docs/card-feed-calls.png and
docs/lnk5-offer.png:

    DESKTOP_CRM_SCREENSHOTS_DIR=docs python -m pytest tests/ui/test_interactions_window.py
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from card_fixtures import make_client, open_card, wait_for
from linking_support import add_interaction, link_of
from PySide6.QtCore import QDate, QEventLoop, Qt, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import get_client
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.linking import LinkResult, link_interactions
from desktop_crm.services.linking_schedule import LinkingSchedule, linking_schedule
from desktop_crm.ui.card.record_text import feed_title
from desktop_crm.ui.interactions import InteractionsFeature
from desktop_crm.ui.interactions.journal import JournalWindow
from desktop_crm.ui.interactions.schedule import LinkScheduler, ScheduleDialog
from desktop_crm.ui.main_window import MainWindow


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = os.environ.get("DESKTOP_CRM_SCREENSHOTS_DIR")
    path = Path(folder) if folder else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def shoot(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    image = widget.grab().toImage()
    assert image.save(str(path)), path
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 8, f"{path} looks blank"


def pick(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def recent(hours: int) -> datetime:
    return datetime.now().replace(microsecond=0) - timedelta(hours=hours)


def a_busy_base(database: Database, admin: User) -> dict[str, int]:
    """Two clients, a linked call and email each way, an ambiguous email, strangers."""

    def person(name: str, phones: list[str], emails: list[str]) -> int:
        last, first = name.split()[:2]
        return make_client(
            database,
            admin,
            full_name=name,
            last_name=last,
            first_name=first,
            middle_name=None,
            phones=[ContactValue(p, i == 0) for i, p in enumerate(phones)],
            emails=[ContactValue(e, i == 0) for i, e in enumerate(emails)],
        )

    anna = person("Петрова Анна", ["+7 916 123-45-67"], ["anna@petrova.ru"])
    oleg = person("Смирнов Олег", [], ["oleg@romashka.ru"])
    person("Смирнов Олег (дубль)", [], ["oleg@romashka.ru"])
    ids = {
        "call": add_interaction(
            database,
            kind="call",
            parties=[("from", "+79161234567"), ("to", "101")],
            subject="Asked for the price list",
            duration_seconds=245,
            at=recent(2),
        ),
        "missed": add_interaction(
            database,
            kind="call",
            parties=[("from", "+79161234567")],
            subject=None,
            missed=True,
            at=recent(3),
        ),
        "email": add_interaction(
            database,
            direction="out",
            parties=[("from", "sales@our.ru"), ("to", "oleg@romashka.ru")],
            subject="Commercial offer",
            body="Good afternoon, Oleg!\n\nThe offer is attached.",
            attachments=[{"name": "offer.pdf", "size": 182_044}],
            at=recent(4),
        ),
        "anna_email": add_interaction(
            database,
            parties=[("from", "anna@petrova.ru"), ("to", "sales@our.ru")],
            subject="Re: Price list",
            body="Thank you! We will order 40 boxes next week.",
            attachments=[{"name": "order.xlsx", "size": 9_830}],
            at=recent(1),
        ),
        "stranger": add_interaction(
            database,
            parties=[("from", "new.person@gmail.com"), ("to", "sales@our.ru")],
            subject="Do you deliver to Kazan?",
            body="Hello! Do you deliver to Kazan?",
            at=recent(5),
        ),
        "stranger_again": add_interaction(
            database,
            parties=[("from", "new.person@gmail.com")],
            subject="Re: Do you deliver to Kazan?",
            at=recent(1),
        ),
        "old_call": add_interaction(
            database,
            kind="call",
            direction="out",
            parties=[("to", "+74951112233")],
            subject=None,
            duration_seconds=30,
            at=recent(24 * 60),
        ),
    }
    with database.transaction() as session:
        link_interactions(session)
    return {"anna": anna, "oleg": oleg, **ids}


def open_journal(qtbot: QtBot, database: Database) -> JournalWindow:
    journal = JournalWindow(database, "admin")
    qtbot.addWidget(journal)
    journal.resize(1366, 640)
    journal.show()
    return journal


def subjects(journal: JournalWindow) -> list[str]:
    return [r.subject or r.counterparts() for r in journal.rows()]


def test_journal_filters(qtbot: QtBot, database: Database, admin: User, shots: Path) -> None:
    a_busy_base(database, admin)
    journal = open_journal(qtbot, database)
    assert len(journal.rows()) == 7
    shoot(journal, shots / "interactions-journal.png")
    pick(journal.link_filter, "unlinked")
    assert subjects(journal) == [
        "Re: Do you deliver to Kazan?",
        "Do you deliver to Kazan?",
        "+7 495 111-22-33",
    ]
    pick(journal.link_filter, "ambiguous")
    assert subjects(journal) == ["Commercial offer"]
    pick(journal.link_filter, "all")
    pick(journal.kind_filter, "call")
    assert subjects(journal) == ["Asked for the price list", "+7 916 123-45-67", "+7 495 111-22-33"]
    pick(journal.direction_filter, "out")
    assert subjects(journal) == ["+7 495 111-22-33"]
    pick(journal.direction_filter, None)
    pick(journal.period_filter, "week")
    assert "+7 495 111-22-33" not in subjects(journal)
    pick(journal.kind_filter, None)
    pick(journal.period_filter, "any")
    journal.search.setText("kazan")
    qtbot.waitUntil(lambda: len(journal.rows()) == 2)
    journal.search.setText("916 123")
    qtbot.waitUntil(lambda: len(journal.rows()) == 2)
    assert "2" in journal.count_label.text()


def days_ago(days: int) -> QDate:
    return QDate.currentDate().addDays(-days)


def test_journal_custom_period(qtbot: QtBot, database: Database, admin: User, shots: Path) -> None:
    a_busy_base(database, admin)
    journal = open_journal(qtbot, database)
    assert not journal.period_from.isVisibleTo(journal)
    pick(journal.period_filter, "custom")
    assert journal.period_from.isVisibleTo(journal) and journal.period_to.isVisibleTo(journal)
    assert journal.period_to.date() == QDate.currentDate()
    assert len(journal.rows()) == 6  # the last 30 days and today: all but the old call
    journal.period_from.setDate(days_ago(61))
    journal.period_to.setDate(days_ago(59))
    assert subjects(journal) == ["+7 495 111-22-33"]  # 60 days ago
    assert journal.count_label.text() == "1 call and email"
    shoot(journal, shots / "interactions-journal-period.png")
    journal.period_to.setDate(days_ago(1))  # yesterday: nothing of today, the old call still
    assert subjects(journal) == ["+7 495 111-22-33"]
    journal.period_from.setDate(QDate.currentDate())  # past the end: the end follows
    assert journal.period_to.date() == QDate.currentDate()
    assert len(journal.rows()) == 6
    pick(journal.period_filter, "any")
    assert not journal.period_from.isVisibleTo(journal)
    assert len(journal.rows()) == 7


def test_set_client_then_lnk5_offer_accepted(
    qtbot: QtBot, database: Database, admin: User, shots: Path
) -> None:
    base = a_busy_base(database, admin)
    journal = open_journal(qtbot, database)
    pick(journal.link_filter, "unlinked")
    journal.view.selectRow(1)  # "Do you deliver to Kazan?"
    offer = journal.link_selected_to(base["anna"])
    assert offer is not None and offer.isVisible()
    assert offer.value.currentText() == "new.person@gmail.com"
    shoot(offer, shots / "lnk5-offer.png")
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)
    assert offer.saved_count == 1  # the other email from that address
    assert link_of(database, base["stranger"]).link_method == "manual"
    again = link_of(database, base["stranger_again"])
    assert (again.client_id, again.link_method) == (base["anna"], "auto")
    with database.session() as session:
        card = get_client(session, base["anna"], current_user(session, "admin"))
        assert "new.person@gmail.com" in {p.normalized for p in card.contact_points}
    assert subjects(journal) == ["+7 495 111-22-33"]


def test_set_client_then_lnk5_offer_refused(qtbot: QtBot, database: Database, admin: User) -> None:
    base = a_busy_base(database, admin)
    journal = open_journal(qtbot, database)
    pick(journal.link_filter, "unlinked")
    journal.view.selectRow(1)
    offer = journal.link_selected_to(base["oleg"])
    assert offer is not None
    qtbot.mouseClick(offer.refuse_button, Qt.MouseButton.LeftButton)
    assert offer.saved_count is None
    assert link_of(database, base["stranger"]).client_id == base["oleg"]
    assert link_of(database, base["stranger_again"]).client_id is None
    with database.session() as session:
        card = get_client(session, base["oleg"], current_user(session, "admin"))
        assert {p.normalized for p in card.contact_points} == {"oleg@romashka.ru"}


def test_no_offer_when_the_card_holds_the_number(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    base = a_busy_base(database, admin)
    journal = open_journal(qtbot, database)
    pick(journal.kind_filter, "call")
    journal.view.selectRow(0)
    assert journal.link_selected_to(base["anna"]) is None


def test_register_a_call_from_the_card_shows_in_its_feed(
    qtbot: QtBot, database: Database, admin: User, shots: Path
) -> None:
    base = a_busy_base(database, admin)
    card = open_card(qtbot, database, "admin", base["anna"])
    feed = card.feed_tab
    wait_for(qtbot, lambda: len(feed.entries()) >= 2)
    titles = [feed_title(e) for e in feed.entries()]
    assert "Incoming call, 4 min 5 s: Asked for the price list" in titles
    assert "Incoming call, missed" in titles
    dialog = feed.register("call")
    pick(dialog.direction, "out")
    dialog.subject.setText("Called back about the delivery")
    dialog.minutes.setValue(3)
    dialog.buttons.accepted.emit()
    wait_for(
        qtbot,
        lambda: (
            "Outgoing call, 3 min 0 s: Called back about the delivery"
            in [feed_title(e) for e in feed.entries()]
        ),
    )
    shoot(card, shots / "card-feed-calls.png")
    reader = feed.open_interaction(base["call"])
    assert "Asked for the price list" in reader.title.text()
    reader.close()


def test_reader_shows_body_and_attachments(qtbot: QtBot, database: Database, admin: User) -> None:
    base = a_busy_base(database, admin)
    journal = open_journal(qtbot, database)
    reader = journal.open_interaction(base["email"])
    qtbot.addWidget(reader)
    assert "Oleg!" in reader.body.toPlainText()
    assert reader.attachments.item(0).text().startswith("offer.pdf")
    assert reader.view is not None and reader.view.link_candidates


def test_menu_entries_work(qtbot: QtBot, database: Database, admin: User) -> None:
    base = a_busy_base(database, admin)
    add_interaction(database, parties=[("from", "oleg@romashka.ru")], subject="Later")
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    window.show()
    for key in ("interactions_journal", "register_call", "link_now", "link_schedule"):
        assert window.actions[key].isEnabled(), key
    window.actions["link_now"].trigger()
    qtbot.waitUntil(lambda: "1 of 4" in window.statusBar().currentMessage(), timeout=5000)
    feature = window.findChild(InteractionsFeature, "interactionsFeature")
    assert feature is not None
    journal = feature.open_journal()
    assert journal.isVisible() and len(journal.rows()) == 8
    assert base["oleg"] in {r.client_id for r in journal.rows() if r.subject == "Later"}
    journal.close()


def test_schedule_dialog_and_timer_run_the_job(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    base = a_busy_base(database, admin)
    later = add_interaction(database, parties=[("from", "oleg@romashka.ru")], subject="Later")
    host = QWidget()
    qtbot.addWidget(host)
    dialog = ScheduleDialog(database, "admin", host)
    dialog.enabled.setChecked(True)
    dialog.every.setChecked(True)
    dialog.minutes.setValue(5)
    dialog.save()
    with database.session() as session:
        assert linking_schedule(session) == LinkingSchedule(enabled=True, every_minutes=5)
    done: list[LinkResult] = []
    scheduler = LinkScheduler(host, database, done.append)
    now = datetime.now()
    assert scheduler.check(now)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0].linked == 1
    assert link_of(database, later).client_id == base["oleg"]
    assert not scheduler.check(now + timedelta(minutes=4))  # not due yet
    dialog = ScheduleDialog(database, "admin", host)
    dialog.daily.setChecked(True)
    dialog.time.setTime(QTime(3, 15))
    dialog.save()
    with database.session() as session:
        assert linking_schedule(session).daily_at == "03:15"

"""The card's words for feed entries and history fields (in English here; test_translations.py
checks Russian and Polish)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pytestqt.qtbot import QtBot

from desktop_crm.services.feed import FeedEntry
from desktop_crm.ui.card.record_text import change_value, feed_text, feed_title
from desktop_crm.ui.locale_format import format_size
from desktop_crm.ui.words import change_field

AT = datetime(2024, 5, 1, 12, 0)


def entry(kind: str, **facts: object) -> FeedEntry:
    return FeedEntry(kind=kind, id=1, at=AT, text=None, author=None, **facts)  # type: ignore[arg-type]


def test_feed_titles_of_every_kind(qtbot: QtBot) -> None:
    assert feed_title(entry("note")) == "Note"
    call = entry("call", direction="in", number=Decimal(125), subject="Prices")
    assert feed_title(call) == "Incoming call, 2 min 5 s: Prices"
    assert feed_title(entry("call", direction="out", number=Decimal(9))) == "Outgoing call, 9 s"
    assert feed_title(entry("email", direction="out", subject="Offer")) == "Outgoing email: Offer"
    assert feed_title(entry("email", direction="in")) == "Incoming email: (no subject)"
    task = entry("task", subject="Call back", status="open", due=date(2024, 5, 3))
    assert feed_title(task) == "Task: Call back (open, due 5/3/2024, overdue)"
    task = entry("task", subject="Call back", status="done", due=date(2024, 5, 3), executor="Maria")
    assert feed_title(task) == "Task: Call back (done, due 5/3/2024) — for Maria"
    task = entry("task", subject="Plan", status="open", due=date(2999, 1, 2))
    assert feed_title(task) == "Task: Plan (open, due 1/2/2999)"
    deal = entry("deal", subject="Paper", status="won", number=Decimal("1500000"))
    assert feed_title(deal) == "Deal: Paper (won, 1,500,000.00)"
    assert feed_title(entry("file", subject="offer.pdf", number=Decimal(2048))) == (
        "File: offer.pdf (2 KB)"
    )
    assert feed_title(entry("change", field="created")) == "Card created"
    assert feed_title(entry("change", field="created", person="Jane Roe")) == (
        "Contact person Jane Roe added"
    )
    assert feed_title(entry("change", field="deleted", person="Jane Roe")) == (
        "Contact person Jane Roe removed"
    )
    assert feed_title(entry("change", field="phones", label="Phones")) == "Phones changed"
    custom = entry("change", field="custom.source", label="Lead source", person="Jane Roe")
    assert feed_title(custom) == "Jane Roe: Lead source changed"


def test_history_field_names(qtbot: QtBot) -> None:
    assert change_field("phones", "Phones") == "Phones"
    assert change_field("custom.source", "Lead source") == "Lead source"  # the admin's own label
    assert change_field("something_new", "Something new") == "Something new"
    assert change_field("responsible", "Main manager") == "Main manager"


def test_change_values_and_sizes(qtbot: QtBot) -> None:
    assert change_value("stage", "lead") == "Lead" and change_value("kind", "company") == "Company"
    assert change_value("custom.vip", "yes") == "yes"
    assert change_value("address", None) == change_value("address", " ") == "—"
    assert change_value("address", "lead") == "lead"  # only the stage's codes are the stage's
    change = entry("change", field="stage", label="Stage", old="lead", new="client")
    assert feed_text(change) == "Lead → Client"
    assert feed_text(entry("note")) is None
    assert [format_size(n) for n in (512, 2048, 26_528_972, 3 * 1024**3)] == [
        "512 bytes",
        "2 KB",
        "25.3 MB",
        "3 GB",
    ]

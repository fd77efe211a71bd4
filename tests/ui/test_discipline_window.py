"""The execution discipline report window (CTL-7): opened from the menu, the chart and the
table show the counts, the export writes the translated table, a manager cannot open it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import Task, User
from desktop_crm.services.users import add_user
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.reports.window import DisciplineWindow

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _given(database: Database, admin: User) -> None:
    """Two executors' tasks given in the last days: some on time, late, overdue and open."""
    today = date.today()
    now = datetime.now()
    with database.transaction() as session:
        actor = session.merge(admin)
        people = [
            add_user(session, actor, login, name)
            for login, name in (("anna", "Анна Петрова"), ("boris", "Борис Орлов"))
        ]
        for person, (on_time, late, overdue, still_open) in zip(
            people, ((6, 1, 2, 3), (2, 3, 1, 1)), strict=True
        ):
            for _ in range(on_time):
                session.add(_task(person, today, now, closed=now))
            for _ in range(late):
                session.add(_task(person, today - timedelta(days=3), now, closed=now))
            for _ in range(overdue):
                session.add(_task(person, today - timedelta(days=1), now))
            for _ in range(still_open):
                session.add(_task(person, today + timedelta(days=5), now))


def _task(person: User, due: date, created: datetime, closed: datetime | None = None) -> Task:
    return Task(
        title="Проверить контакты",
        executor_id=person.id,
        due_date=due,
        created_at=created - timedelta(days=4),
        closed_at=closed,
        status="done" if closed else "open",
    )


def open_report(qtbot: QtBot, database: Database, login: str = "admin") -> MainWindow:
    window = MainWindow(database, login)
    qtbot.addWidget(window)
    window.show()
    return window


def test_report_shows_counts_chart_and_exports(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    _given(database, admin)
    window = open_report(qtbot, database)
    window.actions["ctl_discipline"].trigger()
    report = window.findChild(DisciplineWindow)
    assert isinstance(report, DisciplineWindow)
    qtbot.waitUntil(lambda: report.model.rowCount() == 3, timeout=10_000)
    model = report.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert cells[0][:6] == ["Анна Петрова", "12", "6", "1", "2", "3"]
    assert cells[1][:6] == ["Борис Орлов", "7", "2", "3", "1", "1"]
    assert cells[2][0] == "Total" and cells[2][1] == "19"
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert [bar.values for bar in report.chart.bars] == [(6, 1, 2, 3), (2, 3, 1, 1)]
    assert "19 tasks" in report.status.text()
    DOCS.mkdir(exist_ok=True)
    report.grab().save(str(DOCS / "discipline-report.png"))

    target = tmp_path / "report.xlsx"
    report.export(str(target))
    qtbot.waitUntil(lambda: "Saved" in report.status.text(), timeout=10_000)
    rows = list(load_workbook(target).active.values)
    assert rows[0][:3] == ("Executor", "Login", "Given")
    assert rows[1][:3] == ("Анна Петрова", "anna", 12)


def test_an_empty_period_says_so(qtbot: QtBot, database: Database, admin: User) -> None:
    window = open_report(qtbot, database)
    window.actions["ctl_discipline"].trigger()
    report = window.findChild(DisciplineWindow)
    assert isinstance(report, DisciplineWindow)
    qtbot.waitUntil(lambda: report.show_button.isEnabled(), timeout=10_000)
    assert report.model.rowCount() == 0
    assert report.chart.empty_text == "No tasks were given in this period."
    assert not report.export_button.isEnabled()


def test_a_bad_date_is_said_and_nothing_is_read(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    window = DisciplineWindow(database, "admin")
    qtbot.addWidget(window)
    window.date_from.set_text("31.02.2026")
    window.refresh()
    assert "no such day" in window.status.text()
    assert window.report is None


def test_a_manager_cannot_open_it(qtbot: QtBot, database: Database, admin: User) -> None:
    with database.transaction() as session:
        add_user(session, session.merge(admin), "maria", "Maria Manager", "manager")
    window = open_report(qtbot, database, "maria")
    action = window.actions["ctl_discipline"]
    assert not action.isEnabled()
    assert "may not run control wizards" in action.toolTip()

"""The linking schedule: a small dialog where an admin switches the job on (every N minutes or
daily at a time), and the timer that runs the job on a worker while the window is open."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.services.access import current_user
from desktop_crm.services.linking import LinkResult, link_interactions
from desktop_crm.services.linking_schedule import (
    MAX_EVERY_MINUTES,
    LinkingSchedule,
    linking_schedule,
    set_linking_schedule,
)
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.workers import Operation, run_operation

CHECK_EVERY_MS = 30_000  # how often the timer looks whether the job is due


class ScheduleDialog(QDialog):
    def __init__(self, database: Database, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkScheduleDialog")
        self.setWindowTitle(self.tr("Linking schedule"))
        self.database, self.login = database, login
        with database.session() as session:
            current = linking_schedule(session)
        self.enabled = QCheckBox(
            self.tr("Link calls and emails to clients by themselves while the window is open"),
            self,
        )
        self.enabled.setChecked(current.enabled)
        self.every = QRadioButton(self.tr("Every"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_EVERY_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(current.every_minutes)
        self.daily = QRadioButton(self.tr("Daily at"), self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime.fromString(current.daily_at or "02:00", "HH:mm"))
        (self.daily if current.daily_at else self.every).setChecked(True)
        grid = QGridLayout()
        grid.addWidget(self.every, 0, 0)
        grid.addWidget(self.minutes, 0, 1)
        grid.addWidget(self.daily, 1, 0)
        grid.addWidget(self.time, 1, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def save(self) -> None:
        daily = self.daily.isChecked()
        try:
            with self.database.transaction() as session:
                set_linking_schedule(
                    session,
                    current_user(session, self.login),
                    enabled=self.enabled.isChecked(),
                    every_minutes=None if daily else self.minutes.value(),
                    daily_at=self.time.time().toString("HH:mm") if daily else None,
                )
        except CrmError as exc:
            show_error(self, exc)
            return
        self.accept()


class LinkScheduler(QObject):
    """Runs the linking job on a worker when the schedule says it is due, one run at a time."""

    def __init__(
        self,
        parent: QWidget,
        database: Database,
        on_done: Callable[[LinkResult], None],
    ) -> None:
        super().__init__(parent)
        self.window, self.database, self.on_done = parent, database, on_done
        self.last_run: datetime | None = None
        self.operation: Operation[Any] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        """The timer's look: none from a closed window (its base may be gone with it), and a
        base that cannot be read now (a server away: the window's banner says so) is tried
        again at the next tick, never with an error box."""
        if not self.window.isVisible():
            return
        with contextlib.suppress(CrmError, SQLAlchemyError):
            self.check()

    def schedule(self) -> LinkingSchedule:
        with self.database.session() as session:
            return linking_schedule(session)

    def check(self, now: datetime | None = None) -> bool:
        """Start the job if it is due and none is running; True when started."""
        if self.operation is not None and self.operation.running:
            return False
        now = now or datetime.now()
        due = self.schedule().next_run(self.last_run, now)
        if due is None or due > now:
            return False
        self.last_run = now
        self.operation = run_operation(
            self.window,
            self.database,
            lambda session, _progress, _cancelled: link_interactions(session),
            on_success=self.on_done,
            on_failure=lambda _exc: None,  # a scheduled run never interrupts with a box
        )
        return True

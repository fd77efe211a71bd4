"""The full-name check's extra step on the results page: "Apply the sure ones" writes the sure
splits in one bulk edit on a worker (it can be undone, here or with `desktop-crm bulk-edits
undo`), so that only the doubtful ones go on to the tasks.

Signals: `recordsChanged()` after an apply or its undo changed which records are left."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.ui.control.state import ControlState
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation
from desktop_crm.wizards.control.names_apply import (
    NamesApplied,
    NamesUndone,
    apply_names,
    undo_names,
)
from desktop_crm.wizards.control.names_check import is_sure
from desktop_crm.wizards.control.runner import CheckRun


class NamesPanel(QWidget):
    recordsChanged = Signal()

    def __init__(self, state: ControlState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.found: CheckRun | None = None  # every record the check found
        self.bulk_edit_id: int | None = None
        self.operation: Operation[Any] | None = None
        self.apply_button = QPushButton(self.tr("&Apply the sure ones"), self)
        self.apply_button.setObjectName("applySureNames")
        self.undo_button = QPushButton(self.tr("&Undo the split"), self)
        self.undo_button.setObjectName("undoNames")
        self.label = QLabel(self)
        self.label.setObjectName("namesStatus")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.undo_button)
        self.apply_button.clicked.connect(self.apply)
        self.undo_button.clicked.connect(self.undo)

    @property
    def applied(self) -> bool:
        return self.bulk_edit_id is not None

    def reset(self, run: CheckRun) -> None:
        self.found, self.bulk_edit_id = run, None
        sure = sum(1 for record in run.records if is_sure(record))
        self.label.setText(self.tr("%n sure split(s) can be written at once.", "", sure))
        self.apply_button.setEnabled(sure > 0)
        self.apply_button.show()
        self.undo_button.hide()

    def apply(self) -> None:
        found, login = self.found, self.state.login
        if found is None or self.applied:
            return
        sure = [record for record in found.records if is_sure(record)]

        def work(session: Session, progress: Progress, cancelled: Cancelled) -> NamesApplied:
            progress(0, None)
            return apply_names(session, current_user(session, login), sure)

        def done(applied: NamesApplied) -> None:
            self.bulk_edit_id = applied.bulk_edit_id
            left = [record for record in found.records if not is_sure(record)]
            self.state.run = replace(found, records=left)
            self.label.setText(
                self.tr("%n name(s) split. This can be undone (bulk edit #{0}).", "", applied.split)
                .format(applied.bulk_edit_id)
            )  # fmt: skip
            self.apply_button.hide()
            self.undo_button.show()
            self.recordsChanged.emit()

        self._run(work, done, self.tr("Splitting the names…"))

    def undo(self) -> None:
        found, login, edit = self.found, self.state.login, self.bulk_edit_id
        if found is None or edit is None:
            return

        def work(session: Session, progress: Progress, cancelled: Cancelled) -> NamesUndone:
            return undo_names(session, edit, current_user(session, login))

        def done(undone: NamesUndone) -> None:
            self.reset(found)
            self.state.run = found
            self.label.setText(
                self.tr("Split undone: %n card(s) as they were.", "", undone.restored)
            )
            self.recordsChanged.emit()

        self._run(work, done, self.tr("Undoing the split…"))

    def _run(self, work: Any, done: Any, label: str) -> None:
        self.setEnabled(False)

        def finished() -> None:
            self.setEnabled(True)

        def succeeded(result: Any) -> None:
            finished()
            done(result)

        self.operation = run_operation(
            self,
            self.state.database,
            work,
            on_success=succeeded,
            on_cancelled=finished,
            dialog=ProgressDialog(label, label, cancellable=False),
        )
        self.operation.finished.connect(finished)

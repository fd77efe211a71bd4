"""Execution discipline report window (CTL-7): a period, a bar chart and a table per
executor, and an export to xlsx. The report is read on a worker; the window never waits."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.discipline import DisciplineReport, discipline_report, export_report
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.reports.bar_chart import Bar, Segment, StackedBarChart
from desktop_crm.ui.reports.table_model import (
    COLUMNS,
    NOBODY,
    TOTAL,
    DisciplineModel,
    executor_name,
    tr,
)
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.ui.workers import Operation, run_query, run_task

DEFAULT_DAYS = 30
SEGMENT_COLORS = ("#2e7d32", "#f9a825", "#c62828", "#90a4ae")


class DisciplineWindow(QDialog):
    """Shows the report for the chosen period (the last 30 days at first)."""

    def __init__(self, database: Database, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.login = database, login
        self.report: DisciplineReport | None = None
        self.operation: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Execution discipline"))
        self.resize(820, 560)
        self.date_from, self.date_to = DateLineEdit(self), DateLineEdit(self)
        self.date_from.set_date(date.today() - timedelta(days=DEFAULT_DAYS))
        self.date_to.set_date(date.today())
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.export_button = QPushButton(self.tr("&Export to xlsx…"), self)
        self.export_button.setEnabled(False)
        self.status = QLabel(self)
        self.chart = StackedBarChart(self._segments(), self)
        self.model = DisciplineModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._lay_out()
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.show_button.setDefault(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

    def _segments(self) -> list[Segment]:
        labels = [tr(COLUMNS[i]) for i in (2, 3, 4, 5)]
        return [Segment(t, QColor(c)) for t, c in zip(labels, SEGMENT_COLORS, strict=True)]

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        for label, edit in (
            (self.tr("Tasks given &from"), self.date_from),
            (self.tr("&to"), self.date_to),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(edit.edit)
            period.addWidget(caption)
            period.addWidget(edit)
        period.addWidget(self.show_button)
        period.addStretch(1)
        period.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        problem = self.date_from.problem() or self.date_to.problem()
        if problem:
            self.status.setText(problem)
            return
        start, end, login = self.date_from.date(), self.date_to.date(), self.login
        self.status.setText(self.tr("Counting…"))
        self.show_button.setEnabled(False)

        def read(session: Session, progress: Progress, cancelled: Cancelled) -> DisciplineReport:
            return discipline_report(session, current_user(session, login), start, end)

        self.operation = run_query(
            self, self.database, read, on_success=self._show, on_failure=self._failed
        )

    def _show(self, report: DisciplineReport) -> None:
        self.report = report
        self.show_button.setEnabled(True)
        self.model.set_report(report)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        bars = [Bar(executor_name(r), (r.on_time, r.late, r.overdue, r.open)) for r in report.rows]
        self.chart.set_bars(bars, self.tr("No tasks were given in this period."))
        total = report.total
        given = self.tr("%n task(s) given in this period.", "", total.given)
        self.status.setText(given if report.rows else "")
        self.export_button.setEnabled(bool(report.rows))

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.status.setText("")
        show_exception(self, error)

    def export(self, path: str | None = None) -> None:
        report = self.report
        if report is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the report"),
                "discipline.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
            )
        if not path:
            return
        headers = [tr(c) for c in COLUMNS]
        headers.insert(1, self.tr("Login"))
        target, words = Path(path), (tr(NOBODY), tr(TOTAL))

        def write(progress: Progress, cancelled: Cancelled) -> int:
            return export_report(report, target, headers, words)

        def saved(_: int) -> None:
            self.status.setText(self.tr("Saved to {0}.").format(path))

        self.operation = run_task(self, write, on_success=saved)

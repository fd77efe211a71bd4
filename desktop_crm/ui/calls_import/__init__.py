"""Interactions > Import call log… (issue #12 item 3): the user picks a phone system's log,
its calls go in on a worker (a progress dialog with Cancel for a long one, which keeps
nothing), and a box says what came in. A table whose columns say nothing of calls asks for a
saved matching of call-log columns or a mapping file, as `desktop-crm calls import --preset`
and `--mapping` take. `install(window)` provides the menu entry; the engine is the
command's (`wizards/calls/importer.py`)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, CrmError
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.importing.common import number
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation, run_query
from desktop_crm.wizards.calls.importer import CallImportResult, import_calls
from desktop_crm.wizards.calls.layout import Matching
from desktop_crm.wizards.calls.presets import call_preset_names

SHOWN_FAILURES = 5


class CallLogImport(QObject):
    """The handler of Interactions > Import call log… on the window it is installed in."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window

    def choose(self) -> Operation[CallImportResult] | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import call log"),
            str(Path.home()),
            self.tr("Call logs (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)"),
        )
        return self.start(Path(path)) if path else None

    def start(self, path: Path, matching: Matching | None = None) -> Operation[CallImportResult]:
        window = self.window
        login = window.login

        def op(session: Session, progress: Progress, cancelled: Cancelled) -> CallImportResult:
            user = current_user(session, login)
            return import_calls(
                session, user, path, matching=matching, progress=progress, cancelled=cancelled
            )

        operation = run_operation(
            window,
            window.database,
            op,
            on_success=self._done,
            on_failure=lambda exc: self._failed(path, matching, exc),
            on_cancelled=lambda: window.show_status(self.tr("Call log import cancelled")),
            dialog=ProgressDialog(
                self.tr("Import call log"), self.tr("Reading {0}…").format(path.name)
            ),
        )
        window.operation = operation
        return operation

    def _done(self, result: CallImportResult) -> None:
        lines = [
            self.tr(
                "Calls read: {0}. Imported: {1}, already there: {2}, between extensions: {3}, "
                "failed: {4}. Linked to cards: {5}."
            ).format(*(number(n) for n in (result.read, result.imported, result.duplicates,
                                           result.skipped, result.failed, result.linked)))
        ]  # fmt: skip
        for row, reason in result.failures[:SHOWN_FAILURES]:
            lines.append(self.tr("Row {0}: {1}").format(row, reason))
        self.window.client_list.refresh()
        self.window.show_status(lines[0])
        QMessageBox.information(self.window, self.tr("Call log imported"), "\n".join(lines))

    def _failed(self, path: Path, matching: Matching | None, exc: BaseException) -> None:
        unknown = isinstance(exc, CrmError) and exc.code == Code.CALLS_UNKNOWN_LAYOUT.key
        if not unknown or matching is not None:
            show_exception(self.window, exc)
            return

        def names(session: Session, _progress: Progress, _cancelled: Cancelled) -> list[str]:
            return call_preset_names(session)

        run_query(self.window, self.window.database, names, on_success=partial(self._ask, path))

    def _ask(self, path: Path, presets: list[str]) -> None:
        """Which columns are which: a saved matching, or a mapping file."""
        window = self.window
        unknown = self.tr("{0} is not a call log this program recognizes by its columns.")
        unknown = unknown.format(path.name)
        if presets:
            a_file = self.tr("A mapping file (.json)…")
            chosen, ok = QInputDialog.getItem(
                window,
                self.tr("Import call log"),
                unknown + " " + self.tr("Read its columns as:"),
                [*presets, a_file],
                0,
                False,
            )
            if not ok:
                return
            if chosen != a_file:
                self.start(path, Matching(preset=chosen))
                return
        else:
            question = unknown + " " + self.tr("Choose a mapping file that says which is which?")
            asked = QMessageBox.question(window, self.tr("Import call log"), question)
            if asked != QMessageBox.StandardButton.Yes:
                return
        mapping, _ = QFileDialog.getOpenFileName(
            window, self.tr("Mapping file"), str(path.parent), self.tr("Mapping (*.json)")
        )
        if mapping:
            self.start(path, Matching(mapping_file=Path(mapping)))


def install(window: Shell) -> None:
    """Interactions > Import call log… (the window disables it, with the reason, for a role
    that may not import)."""
    window.provide("calls_import", CallLogImport(window).choose)


__all__ = ["CallLogImport", "install"]

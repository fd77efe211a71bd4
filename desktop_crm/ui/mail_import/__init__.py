"""Interactions > Import mail files… and Import a mail folder… (issue #12 item 1): the user
picks .eml, .msg and .mbox files, or a folder holding them, and their messages go in on a worker
(a progress dialog with Cancel, which keeps nothing) in one transaction, as `desktop-crm mail
import` does (`services/mail/importer.py`); a box says what came in and names the damaged
Outlook messages that were skipped. `install(window)` provides both menu entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy.orm import Session

from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.mail.importer import MailImportResult, import_mail
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.importing.common import number
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation

SHOWN_PROBLEMS = 5


class MailImport(QObject):
    """The handler of Interactions > Import mail files… on the window it is installed in."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window

    def choose_files(self) -> Operation[MailImportResult] | None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import mail files"),
            str(Path.home()),
            self.tr("Mail (*.eml *.msg *.mbox);;All files (*)"),
        )
        return self.start([Path(p) for p in paths]) if paths else None

    def choose_folder(self) -> Operation[MailImportResult] | None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a mail folder"), str(Path.home())
        )
        return self.start([Path(folder)]) if folder else None

    def start(self, paths: list[Path]) -> Operation[MailImportResult]:
        window = self.window
        login = window.login

        def op(session: Session, progress: Progress, cancelled: Cancelled) -> MailImportResult:
            user = current_user(session, login)
            return import_mail(session, user, paths, progress=progress, cancelled=cancelled)

        operation = run_operation(
            window,
            window.database,
            op,
            on_success=self._done,
            on_cancelled=lambda: window.show_status(self.tr("Mail import cancelled")),
            dialog=ProgressDialog(self.tr("Import mail files"), self.tr("Reading mail…")),
        )
        window.operation = operation
        return operation

    def _done(self, result: MailImportResult) -> None:
        lines = [
            self.tr(
                "Messages read: {0}. Imported: {1}, already there: {2}, damaged or without a "
                "date: {3}. Linked to cards: {4}."
            ).format(*(number(n) for n in (result.read, result.imported, result.duplicates,
                                           result.failed, result.linked)))
        ]  # fmt: skip
        lines += [error_message(problem) for problem in result.problems[:SHOWN_PROBLEMS]]
        self.window.client_list.refresh()
        self.window.show_status(lines[0])
        QMessageBox.information(self.window, self.tr("Mail imported"), "\n".join(lines))


def install(window: Shell) -> None:
    """Interactions > Import mail files… and Import a mail folder… (the window disables them,
    with the reason, for a role that may not import)."""
    handler = MailImport(window)
    window.provide("mail_import", handler.choose_files)
    window.provide("mail_import_folder", handler.choose_folder)


__all__ = ["MailImport", "install"]

"""Calls and emails in the window (issue 12): the journal, manual registration, "link now",
the linking schedule and the timer that runs the job while the window is open.
`install(window)` enables the Interactions menu entries it provides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop_crm.services.linking import LinkResult, link_interactions
from desktop_crm.ui.interactions.journal import JournalWindow
from desktop_crm.ui.interactions.register_dialog import RegisterDialog
from desktop_crm.ui.interactions.schedule import LinkScheduler, ScheduleDialog
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.workers import run_operation


def linked_message(result: LinkResult) -> str:
    return (
        QCoreApplication.translate("Interactions", "Calls and emails linked to clients: %1 of %2.")
        .replace("%1", str(result.linked))
        .replace("%2", str(result.examined))
    )


class InteractionsFeature(QObject):
    """The journal (one per window), the dialogs and the scheduled job."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window
        self.journal: JournalWindow | None = None
        self.scheduler = LinkScheduler(window, window.database, self._linked)

    def open_journal(self) -> JournalWindow:
        window = self.window
        if self.journal is None:
            self.journal = JournalWindow(
                window.database, window.login, window, open_card=window.open_client_card
            )
            self.journal.finished.connect(self._journal_closed)
        self.journal.show()
        self.journal.raise_()
        self.journal.activateWindow()
        return self.journal

    def _journal_closed(self) -> None:
        if self.journal is not None:
            self.journal.deleteLater()
            self.journal = None

    def register_call(self) -> RegisterDialog:
        dialog = RegisterDialog(self.window.database, self.window.login, "call", self.window)
        dialog.open()
        return dialog

    def link_now(self) -> None:
        window = self.window
        window.operation = run_operation(
            window,
            window.database,
            lambda session, _progress, _cancelled: link_interactions(session),
            on_success=self._linked,
        )

    def _linked(self, result: LinkResult) -> None:
        self.window.show_status(linked_message(result))
        if self.journal is not None:
            self.journal.reload()

    def open_schedule(self) -> ScheduleDialog:
        dialog = ScheduleDialog(self.window.database, self.window.login, self.window)
        dialog.open()
        return dialog


def install(window: Shell) -> None:
    feature = InteractionsFeature(window)
    feature.setObjectName("interactionsFeature")  # a child of the window: tests find it
    window.provide("interactions_journal", feature.open_journal)
    window.provide("register_call", feature.register_call)
    window.provide("link_now", feature.link_now)
    window.provide("link_schedule", feature.open_schedule)


__all__ = ["InteractionsFeature", "JournalWindow", "install"]

"""Interactions -> Fetch mail (IMAP), plugged into the main window by `install(window)`
(`features.FEATURES`): the mail accounts of this computer (added, or removed with their
password and fetch positions) and a fetch of their new messages on a worker, with progress and
Cancel (what was stored before a cancel stays)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session

from desktop_crm.errors import CrmError
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.imap.accounts import MailAccount, mail_accounts
from desktop_crm.services.imap.fetch import FetchResult, fetch_mail
from desktop_crm.services.imap.removal import remove_account
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.mail_fetch.dialogs import AccountDialog, AccountsDialog
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation, run_task

SUMMED = ("read", "imported", "duplicates", "failed", "linked", "seconds")


class MailFetch(QObject):
    """The handler of Interactions -> Fetch mail on the window it is installed in."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window

    def open(self) -> Operation[FetchResult] | None:
        """The accounts dialog; its Fetch starts the fetch of every account."""
        try:
            dialog = AccountsDialog(self.window, remove=lambda name: self.remove(dialog, name))
        except CrmError as exc:  # settings.json unreadable
            show_error(self.window, exc)
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.start(mail_accounts())

    def remove(self, dialog: AccountsDialog, name: str) -> Operation[int]:
        """Remove the account `name` on a worker; `dialog` lists what is left after."""
        window = self.window
        login = window.login

        def op(session: Session, _progress: Progress, _cancelled: Cancelled) -> int:
            return remove_account(session, current_user(session, login), name)

        def done(_dropped: int) -> None:
            dialog.reload()
            window.show_status(self.tr("Removed the mail account {0}").format(name))

        return run_operation(dialog, window.database, op, on_success=done)

    def start(self, accounts: list[MailAccount]) -> Operation[FetchResult]:
        window = self.window
        database, user = window.database, window.user

        def task(progress: Progress, cancelled: Cancelled) -> FetchResult:
            total = FetchResult()
            for account in accounts:
                result = fetch_mail(database, user, account, progress=progress, cancelled=cancelled)
                for key in SUMMED:
                    setattr(total, key, getattr(total, key) + getattr(result, key))
                if result.cancelled:
                    total.cancelled = True
                    break
            return total

        operation = run_task(
            window,
            task,
            on_success=self.done,
            dialog=ProgressDialog(self.tr("Fetch mail"), self.tr("Fetching mail…")),
        )
        window.operation = operation
        return operation

    def done(self, result: FetchResult) -> None:
        text = self.tr("Fetched %Ln message(s): {0} new, {1} linked to clients", "", result.read)
        text = text.format(result.imported, result.linked)
        if result.cancelled:
            text += self.tr(" (stopped early; the next fetch goes on from there)")
        self.window.show_status(text)


def install(window: Shell) -> None:
    """Interactions -> Fetch mail (IMAP) (the window disables it, with the reason, for a role
    that may not import)."""
    window.provide("mail_fetch", MailFetch(window).open)


__all__ = ["AccountDialog", "AccountsDialog", "MailFetch", "install"]

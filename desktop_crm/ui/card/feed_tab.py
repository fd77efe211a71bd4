"""The Feed tab of a card (CLI-6): a note box (Ctrl+Enter saves) over the client's notes, calls,
emails, tasks, deals, files and field changes, newest first, loaded page by page. A call or an
email opens to be read (double-click); "Register a call / an email" notes one by hand (LNK-2)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.models import Client
from desktop_crm.services import feed as feed_service
from desktop_crm.services.feed import FeedEntry
from desktop_crm.services.notes import add_note
from desktop_crm.ui.card.context import CardContext
from desktop_crm.ui.card.feed_view import FeedDelegate, FeedModel
from desktop_crm.ui.interactions.reader import InteractionDialog
from desktop_crm.ui.interactions.register_dialog import RegisterDialog
from desktop_crm.ui.tasks.new_task_dialog import ManualTaskDialog
from desktop_crm.ui.widgets.paged_model import ROW_ROLE, follow_scrolling
from desktop_crm.ui.widgets.style import muted


class NoteEdit(QPlainTextEdit):
    """A note being written. Signals: `submitted()` on Ctrl+Enter (either Enter key)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FeedTab(QWidget):
    """Signals: `noteAdded(int)` with the new note's id."""

    noteAdded = Signal(int)

    def __init__(self, context: CardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.note_edit = NoteEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter saves)"))
        self.note_edit.setFixedHeight(64)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.submitted.connect(self.save_note)
        self.note_button = QPushButton(self.tr("Add note"), self)
        self.note_button.setToolTip(self.tr("Save the note (Ctrl+Enter)"))
        self.note_button.clicked.connect(self.save_note)
        self.note_edit.textChanged.connect(self._note_changed)
        self._note_changed()
        self.call_button = QPushButton(self.tr("Register a call…"), self)
        self.call_button.setObjectName("registerCallOnCard")
        self.call_button.clicked.connect(lambda: self.register("call"))
        self.email_button = QPushButton(self.tr("Register an email…"), self)
        self.email_button.clicked.connect(lambda: self.register("email"))
        self.reader: InteractionDialog | None = None
        self.task_button = QPushButton(self.tr("New task…"), self)
        self.task_button.setObjectName("newTaskFromCard")
        self.task_button.setToolTip(self.tr("A task about this client, for you or a colleague"))
        self.task_button.clicked.connect(self.new_task)

        self.model = FeedModel(self._page, self)
        self.view = QListView(self)
        self.view.setObjectName("feedView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(FeedDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)
        follow_scrolling(self.view, self.model)
        self.view.doubleClicked.connect(self._open_entry)
        self.empty_label = QLabel(self.tr("Nothing has happened on this card yet."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.empty_label).setContentsMargins(24, 24, 24, 24)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)

        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignBottom)
        actions = QHBoxLayout()  # what else a user notes on the card
        for button in (self.call_button, self.email_button, self.task_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(note_row)
        layout.addLayout(actions)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

    def _page(self, before: FeedEntry | None) -> list[FeedEntry]:
        return self.context.read(
            lambda s: feed_service.feed(
                s, self.context.client_id, before=before, limit=self.model.page_size
            )
        )

    def refresh(self) -> None:
        """Load the newest entries again (after the card or one of its tabs changed)."""
        self.model.reload()

    def entries(self) -> list[FeedEntry]:
        """The entries loaded so far, newest first."""
        return self.model.rows()

    def save_note(self) -> bool:
        text = self.note_edit.toPlainText()
        if not text.strip():
            return False
        ok, result = self.context.attempt(
            self.tr("The note was not saved"),
            lambda s, user: (
                add_note(s, user, self.context.client_id, text),
                user.full_name,
            ),
        )
        if not ok or result is None:
            return False
        note, author = result
        self.model.prepend(
            FeedEntry(
                kind=feed_service.NOTE,
                id=note.id,
                at=note.created_at,
                text=note.text,
                author=author,
            )
        )
        self.view.scrollToTop()
        self.note_edit.clear()
        self.noteAdded.emit(note.id)
        return True

    def register(self, kind: str) -> RegisterDialog:
        """Register a call or an email on this card; the feed shows it once saved."""
        context = self.context
        name = context.read(lambda s: s.get_one(Client, context.client_id).full_name)
        dialog = RegisterDialog(
            context.database,
            context.user_login,
            kind,
            self,
            client_id=context.client_id,
            client_name=name,
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _open_entry(self, index: QModelIndex) -> None:
        entry = self.model.data(index, ROW_ROLE)
        if isinstance(entry, FeedEntry) and entry.kind in (feed_service.CALL, feed_service.EMAIL):
            self.open_interaction(entry.id)

    def open_interaction(self, interaction_id: int) -> InteractionDialog:
        context = self.context
        self.reader = InteractionDialog(context.database, context.user_login, interaction_id, self)
        self.reader.linked.connect(lambda _id: self.refresh())
        self.reader.show()
        return self.reader

    def new_task(self) -> ManualTaskDialog:
        """A manual task about this client; it shows in the feed once written."""
        context = self.context
        dialog = ManualTaskDialog(
            context.database, context.user_login, client_id=context.client_id, parent=self
        )
        dialog.created.connect(lambda _task_id: self.refresh())
        dialog.open()
        return dialog

    def _note_changed(self) -> None:
        self.note_button.setEnabled(bool(self.note_edit.toPlainText().strip()))

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)

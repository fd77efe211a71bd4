"""A manual task (CTL-3): title, description, the client it is about (found as you type), who
does it and by when. From My tasks, and from a card's feed with the card's client filled in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.models import Client
from desktop_crm.services.access import current_user
from desktop_crm.services.tasks import ManualTask, add_manual_task
from desktop_crm.services.users import list_users
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.tasks.events import task_events
from desktop_crm.ui.widgets.client_search import ClientSearchEdit
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.ui.widgets.style import error_text


class ManualTaskDialog(QDialog):
    """Signals: `created(int)` with the new task's id."""

    created = Signal(int)

    def __init__(
        self,
        database: Database,
        login: str,
        *,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manualTaskDialog")
        self.setWindowTitle(self.tr("New task"))
        self.database, self.login = database, login
        self.client_id = client_id
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("taskTitle")
        self.title_edit.setMaxLength(500)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("taskDescription")
        self.description.setFixedHeight(90)
        self.client_edit = ClientSearchEdit(database, login, self)
        self.client_edit.setObjectName("taskClient")
        self.client_edit.clientChosen.connect(self._client_chosen)
        self.client_edit.textEdited.connect(self._client_typed)
        self.executor = QComboBox(self)
        self.executor.setObjectName("taskExecutor")
        self.due = DateLineEdit(self)
        self.due.setObjectName("taskDue")
        self.problem = error_text(QLabel(self))
        self.problem.setObjectName("taskProblem")
        self.problem.setWordWrap(True)
        self._load_choices()
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Client:"), self.client_edit)
        form.addRow(self.tr("&Executor:"), self.executor)
        form.addRow(self.tr("D&ue date:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create task"))
        ok.setObjectName("createTask")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _load_choices(self) -> None:
        """The active users as executors, the acting one first chosen; the client's name."""
        with self.database.session() as session:
            me = current_user(session, self.login).login
            users = [(u.login, u.full_name) for u in list_users(session) if u.is_active]
            name = None
            if self.client_id is not None:
                name = session.scalar(select(Client.full_name).where(Client.id == self.client_id))
        for login, full_name in users:
            self.executor.addItem(f"{full_name} ({login})", login)
        self.executor.setCurrentIndex(max(0, self.executor.findData(me)))
        if name is not None:
            self.client_edit.setText(name)

    def _client_chosen(self, client_id: int, _name: str) -> None:
        self.client_id = client_id

    def _client_typed(self, _text: str) -> None:
        self.client_id = None  # typing again: the client is chosen from the list anew

    def data(self) -> ManualTask:
        return ManualTask(
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            client_id=self.client_id,
            executor=self.executor.currentData(),
            due=self.due.date(),
        )

    def accept(self) -> None:
        """Write the task; a refusal is shown in the dialog, which stays open."""
        if (due_problem := self.due.problem()) is not None:
            self.problem.setText(due_problem)
            return
        if self.client_edit.text().strip() and self.client_id is None:
            self.problem.setText(self.tr("Choose the client from the list, or leave it empty."))
            return
        try:
            with self.database.transaction() as session:
                task_id = add_manual_task(
                    session, current_user(session, self.login), self.data()
                ).id
        except CrmError as exc:
            self.problem.setText(error_message(exc))
            return
        task_events().changed.emit()
        self.created.emit(task_id)
        super().accept()

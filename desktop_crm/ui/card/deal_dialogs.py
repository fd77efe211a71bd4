"""Dialogs of the Deals tab (CLI-8): a new deal (topic, date, expected revenue, description,
planned activity and its date) and moving an unfinished deal to another client, found by
typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.errors import InvalidValue
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.widgets.client_search import ClientSearchEdit
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.ui.widgets.style import error_text
from desktop_crm.ui.widgets.validation import mark_invalid
from desktop_crm.values import parse_money


class DealDialog(QDialog):
    """The fields of a new deal. After `accepted`, `fields()` holds them for `create_deal`."""

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New deal with {0}").format(client_name))
        self.setMinimumWidth(460)
        self.topic = QLineEdit(self)
        self.topic.setObjectName("dealTopic")
        self.topic.setPlaceholderText(self.tr("What the client is interested in"))
        self.date = DateLineEdit(self)
        self.revenue = QLineEdit(self)
        self.revenue.setPlaceholderText(self.tr("e.g. 150 000"))
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(80)
        self.activity = QLineEdit(self)
        self.activity.setPlaceholderText(self.tr("e.g. Call back with a price"))
        self.activity_date = DateLineEdit(self)
        self.reason = QLabel(self)
        self.reason.setObjectName("saveReason")
        error_text(self.reason)
        self.reason.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Topic:"), self.topic)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Expected revenue:"), self.revenue)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Planned activity:"), self.activity)
        form.addRow(self.tr("Activity date:"), self.activity_date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create deal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

        self.topic.textChanged.connect(self._check)
        self.revenue.textChanged.connect(self._check)
        self.date.changed.connect(self._check)
        self.activity_date.changed.connect(self._check)
        self._check()

    def _revenue_problem(self) -> str | None:
        revenue = self.revenue.text().strip()
        if not revenue:
            return None
        try:
            parse_money(revenue)
        except InvalidValue as exc:
            return self.tr("Expected revenue: {0}").format(error_message(exc))
        return None

    def problems(self) -> list[str]:
        """What keeps the deal from being created; empty when nothing."""
        found = []
        if not self.topic.text().strip():
            found.append(self.tr("A deal needs a topic."))
        if revenue := self._revenue_problem():
            found.append(revenue)
        dates = ((self.tr("Date"), self.date), (self.tr("Activity date"), self.activity_date))
        for label, edit in dates:
            if problem := edit.problem():
                found.append(f"{label}: {problem}")
        return found

    def fields(self) -> dict[str, Any]:
        """Keyword arguments of `services.deals.create_deal` (topic included)."""
        return {
            "topic": self.topic.text().strip(),
            "date": self.date.date(),
            "expected_revenue": self.revenue.text().strip() or None,
            "description": self.description.toPlainText().strip() or None,
            "activity": self.activity.text().strip() or None,
            "activity_date": self.activity_date.date(),
        }

    def _check(self) -> None:
        problems = self.problems()
        mark_invalid(self.revenue, self._revenue_problem())
        # a topic not typed yet is not worth a red line; the disabled button says enough
        shown = problems[1:] if not self.topic.text().strip() else problems
        self.reason.setText(shown[0] if shown else "")
        self.ok_button.setEnabled(not problems)


class ChangeClientDialog(QDialog):
    """Choose the client an unfinished deal moves to. After `accepted`, `client_id` is set."""

    def __init__(
        self,
        database: Database,
        login: str,
        deal_topic: str,
        current_client_id: int,
        current_client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the client of a deal"))
        self.setMinimumWidth(480)
        self.client_id: int | None = None
        self.client_name: str | None = None
        intro = QLabel(
            self.tr("The deal “{0}” is now with {1}. Find the client it belongs to:").format(
                deal_topic, current_client_name
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search = ClientSearchEdit(
            database, login, self, exclude_ids=lambda: (current_client_id,)
        )
        self.search.setObjectName("dealClientSearch")
        self.search.clientChosen.connect(self._chosen)
        self.search.textEdited.connect(self._typed)
        self.chosen_label = QLabel(self.tr("No client chosen yet."), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move the deal"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.buttons)

    def _chosen(self, client_id: int, name: str) -> None:
        self.client_id, self.client_name = client_id, name
        self.chosen_label.setText(self.tr("New client: {0}").format(name))
        self.ok_button.setEnabled(True)

    def _typed(self) -> None:
        if self.client_id is not None and self.search.text() != self.client_name:
            self.client_id = self.client_name = None
            self.chosen_label.setText(self.tr("No client chosen yet."))
            self.ok_button.setEnabled(False)

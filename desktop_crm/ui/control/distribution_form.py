"""The distribution page's fields: how to give out the records, to whom, the dates and the
project, and the Preview table of the count per executor.

Signals: `changed()` when any choice changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.errors import CrmError
from desktop_crm.ui.control.state import REGISTRATION, ControlState
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.wizards.control.distribution import EVEN, MANAGERS, Distribution
from desktop_crm.wizards.control.runner import Dates, check_due
from desktop_crm.wizards.control.task_maker import MadeTask

REASON_STYLE = "color: #c62828;"


class DistributionForm(QWidget):
    changed = Signal()

    def __init__(self, state: ControlState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.to_managers = QRadioButton(self.tr("To the &responsible managers"), self)
        self.to_managers.setObjectName("toManagers")
        self.evenly = QRadioButton(self.tr("&Evenly across the users picked"), self)
        self.evenly.setObjectName("evenly")
        self.to_managers.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.to_managers)
        self.mode.addButton(self.evenly)
        self.users_caption = QLabel(self)
        self.users_caption.setWordWrap(True)  # long in Russian: the page must fit 1024 px
        self.users = self._users_list()
        self.users_caption.setBuddy(self.users)
        self.user_group = QComboBox(self)
        self.user_group.setObjectName("userGroup")
        self.user_group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.user_group.setMinimumContentsLength(12)
        self.user_group.addItem(self.tr("(pick users by hand)"), None)
        for name, members in state.choices.user_groups:
            self.user_group.addItem(name, members)
        self.due, self.control = DateLineEdit(self, check=check_due), DateLineEdit(self)
        self.project = QComboBox(self)
        self.project.setObjectName("project")
        self.project.setEditable(True)
        self.project.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.project.setMinimumContentsLength(12)
        self.project.addItem("")
        self.project.addItems(list(state.choices.projects))
        line = self.project.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("none; type a name to add one"))
        self.preview = self._preview_table()
        self.total = QLabel(self)
        self.total.setObjectName("previewTotal")
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("distributionReason")
        self.reason_label.setStyleSheet(REASON_STYLE)
        self.reason_label.setWordWrap(True)
        self._lay_out()
        self._connect()

    def _users_list(self) -> QListWidget:
        users = QListWidget(self)
        users.setObjectName("executors")
        for executor in self.state.choices.executors:
            item = QListWidgetItem(executor.name, users)
            item.setData(Qt.ItemDataRole.UserRole, executor.id)
            item.setToolTip(executor.login)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return users

    def _preview_table(self) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setObjectName("previewTable")
        table.setHorizontalHeaderLabels([self.tr("Executor"), self.tr("Records")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _lay_out(self) -> None:
        who = QGroupBox(self.tr("Executors"), self)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.to_managers)
        who_layout.addWidget(self.evenly)
        who_layout.addWidget(self.users_caption)
        who_layout.addWidget(self.users, 1)
        group_row = QHBoxLayout()
        group_label = QLabel(self.tr("Fill from a user &group:"), who)
        group_label.setBuddy(self.user_group)
        group_row.addWidget(group_label)
        group_row.addWidget(self.user_group, 1)
        who_layout.addLayout(group_row)
        when = QGroupBox(self.tr("Tasks"), self)
        form = QFormLayout(when)
        form.addRow(self._label(self.tr("&Due date:"), self.due), self.due)
        form.addRow(self._label(self.tr("Con&trol date:"), self.control), self.control)
        form.addRow(self.tr("&Project:"), self.project)
        caption = QLabel(self.tr("Pre&view: records per executor"), when)
        caption.setBuddy(self.preview)
        form.addRow(caption)
        form.addRow(self.preview)
        form.addRow(self.total)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(who, 0, 0)
        grid.addWidget(when, 0, 1)
        grid.addWidget(self.reason_label, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)

    def _label(self, text: str, edit: DateLineEdit) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(edit.edit)
        return label

    def _connect(self) -> None:
        self.mode.buttonToggled.connect(self._mode_changed)
        self.users.itemChanged.connect(self.changed)
        self.user_group.currentIndexChanged.connect(self._fill_from_group)
        self.due.changed.connect(self.changed)
        self.control.changed.connect(self.changed)
        self.project.currentTextChanged.connect(self.changed)

    def set_check(self, kind: str) -> None:
        managers = (
            self.tr("To who &noted each call or email")
            if kind == REGISTRATION
            else self.tr("To the &responsible managers")
        )
        self.to_managers.setText(managers)
        self._mode_changed()

    def _mode_changed(self) -> None:
        if self.evenly.isChecked():
            self.users_caption.setText(self.tr("&Users to share the work:"))
        else:
            self.users_caption.setText(
                self.tr("&Users for the records with no one (none picked: you):")
            )
        self.changed.emit()

    def _fill_from_group(self) -> None:
        members = self.user_group.currentData()
        if members is None:
            return
        self.users.blockSignals(True)
        for row in range(self.users.count()):
            item = self.users.item(row)
            picked = item.data(Qt.ItemDataRole.UserRole) in members
            item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
        self.users.blockSignals(False)
        self.changed.emit()

    def picked(self) -> tuple[int, ...]:
        items = (self.users.item(row) for row in range(self.users.count()))
        return tuple(
            int(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        )

    def set_picked(self, user_ids: tuple[int, ...]) -> None:
        for row in range(self.users.count()):
            item = self.users.item(row)
            picked = item.data(Qt.ItemDataRole.UserRole) in user_ids
            item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)

    def distribution(self) -> Distribution:
        mode = EVEN if self.evenly.isChecked() else MANAGERS
        return Distribution(mode, self.picked(), fallback_id=self.state.actor_id)

    def dates(self) -> Dates:
        project = self.project.currentText().strip() or None
        return Dates(self.due.date(), self.control.date(), project)

    def reason(self) -> str | None:
        """Why the tasks cannot be made as chosen, in a sentence; None when they can."""
        problem = self.due.problem() or self.control.problem()
        if problem:
            return problem
        try:
            self.distribution()
        except CrmError as exc:
            return error_message(exc)
        return None

    def show_preview(self, made: list[MadeTask] | None, reason: str | None) -> None:
        self.reason_label.setText(reason or "")
        rows = made or []
        self.preview.setRowCount(len(rows))
        for row, task in enumerate(rows):
            name = self.state.executor_name(task.executor_id, task.executor)
            count = QTableWidgetItem(str(task.items))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.preview.setItem(row, 0, QTableWidgetItem(name))
            self.preview.setItem(row, 1, count)
        if made is None:
            self.total.setText(self.tr("Counting…") if reason is None else "")
        else:
            total = sum(task.items for task in rows)
            self.total.setText(self.tr("%n task(s), ", "", len(rows))
                               + self.tr("%n record(s) in all.", "", total))  # fmt: skip

    def enable(self, enabled: bool) -> None:
        self.setEnabled(enabled)

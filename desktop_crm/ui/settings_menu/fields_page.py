"""Settings › Custom fields: fields every card gets. Add one (its label, type and, for a list,
its choices), rename it, edit a list's choices, move it up or down on the card, delete it
(saying how many clients' values go with it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.fields import CHOICE, CUSTOM_TYPES
from desktop_crm.services.custom_fields import (
    add_field,
    delete_field,
    list_fields,
    move_field,
    update_field,
    value_count,
)
from desktop_crm.ui.settings_menu.page import SettingsPage
from desktop_crm.ui.words import field_type_name


@dataclass(frozen=True)
class FieldRow:
    key: str
    label: str
    type: str
    choices: tuple[str, ...]


class FieldDialog(QDialog):
    """A new field: its label, its type and, for a list, one choice a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newFieldDialog")
        self.setWindowTitle(self.tr("Add a custom field"))
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("labelEdit")
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeCombo")
        for kind in CUSTOM_TYPES:
            self.type_combo.addItem(field_type_name(kind), kind)
        self.choices_edit = QPlainTextEdit(self)
        self.choices_edit.setObjectName("choicesEdit")
        self.choices_edit.setPlaceholderText(self.tr("One choice a line"))
        form = QFormLayout(self)
        form.addRow(self.tr("Label:"), self.label_edit)
        form.addRow(self.tr("Type:"), self.type_combo)
        form.addRow(self.tr("Choices:"), self.choices_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.type_combo.currentIndexChanged.connect(self._type_chosen)
        self._type_chosen()
        self.setMinimumWidth(440)

    def _type_chosen(self) -> None:
        self.choices_edit.setEnabled(self.type_combo.currentData() == CHOICE)

    def choices(self) -> list[str] | None:
        if self.type_combo.currentData() != CHOICE:
            return None
        return [line for line in self.choices_edit.toPlainText().splitlines() if line.strip()]


class FieldsPage(SettingsPage):
    def __init__(
        self, database: Database, login: str, changed: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(database, login, changed, parent)
        self.setObjectName("fieldsPage")
        self.header(
            self.tr("Custom fields"),
            self.tr("Fields every card shows below its own, in this order."),
        )
        self.rows: list[FieldRow] = []
        self.table = self.add_table(
            "fieldsTable",
            [self.tr("Label"), self.tr("Key"), self.tr("Type"), self.tr("Choices")],
            3,
        )
        self.button("addFieldButton", self.tr("Add field…"), self.add)
        self.row_buttons = [
            self.button("renameFieldButton", self.tr("Rename…"), self.rename),
            self.button("choicesButton", self.tr("Choices…"), self.edit_choices),
            self.button("fieldUpButton", self.tr("Move up"), lambda: self.move_field(-1)),
            self.button("fieldDownButton", self.tr("Move down"), lambda: self.move_field(1)),
            self.button("deleteFieldButton", self.tr("Delete…"), self.delete),
        ]
        self.finish_buttons()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        select = select or (f.key if (f := self.current()) else None)
        self.rows = self.read(
            lambda s: [
                FieldRow(f.key, f.label, f.type, tuple(f.choices or ())) for f in list_fields(s)
            ]
        )
        self.table.setRowCount(len(self.rows))
        for row, field in enumerate(self.rows):
            texts = (field.label, field.key, field_type_name(field.type), ", ".join(field.choices))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if field.key == select:
                self.table.selectRow(row)
        self._selection_changed()

    def current(self) -> FieldRow | None:
        selected = self.table.selectionModel().selectedRows() if self.rows else []
        return self.rows[selected[0].row()] if selected else None

    def _selection_changed(self) -> None:
        field = self.current()
        for button in self.row_buttons:
            button.setEnabled(field is not None)
        self.row_buttons[1].setEnabled(field is not None and field.type == CHOICE)

    def add(self) -> None:
        dialog = FieldDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        label, kind = dialog.label_edit.text(), dialog.type_combo.currentData()
        choices = dialog.choices()
        made = self.apply(lambda s, actor: add_field(s, actor, "", label, str(kind), choices).key)
        if made:
            self.reload(select=made)

    def rename(self) -> None:
        field = self.current()
        if field is None:
            return
        label, ok = QInputDialog.getText(
            self, self.tr("Rename field"), self.tr("New label:"), text=field.label
        )
        if ok:
            self.apply(lambda s, actor: update_field(s, actor, field.key, label=label))

    def edit_choices(self) -> None:
        field = self.current()
        if field is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Choices"),
            self.tr("Choices of “{0}”, one a line:").format(field.label),
            "\n".join(field.choices),
        )
        if ok:
            choices = [line for line in text.splitlines() if line.strip()]
            self.apply(lambda s, actor: update_field(s, actor, field.key, choices=choices))

    def move_field(self, offset: int) -> None:
        field = self.current()
        if field is not None:
            self.apply(lambda s, actor: move_field(s, actor, field.key, offset))

    def delete(self) -> None:
        field = self.current()
        if field is None:
            return
        count = self.read(lambda s: value_count(s, field.key))
        answer = QMessageBox.question(
            self,
            self.tr("Delete field"),
            self.tr(
                "Delete the field “{0}” from every card? The values of %n client(s) go with it.",
                "",
                count,
            ).format(field.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(lambda s, actor: delete_field(s, actor, field.key))

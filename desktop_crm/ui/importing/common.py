"""What the pages of the import wizard and the import history share: the wizard's state, the
questions asked through replaceable callables (`Dialogs`, so tests can answer them), and a small
table model of file rows. Their words for codes and fields are in `desktop_crm/ui/words.py`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.fields import CUSTOM_TYPES
from desktop_crm.ui.words import field_type_name
from desktop_crm.wizards.importing import (
    FieldSpec,
    ImportResult,
    ImportSettings,
    Mapping,
    Source,
    Suggestion,
    field_catalog,
    suggest_mapping,
)
from desktop_crm.wizards.importing.preview import cell_text
from desktop_crm.wizards.importing.sources.base import SourceRow

CONTEXT = "ImportWizard"
Index = QModelIndex | QPersistentModelIndex


def translated(text: str) -> str:
    """A string marked elsewhere with QT_TRANSLATE_NOOP("ImportWizard", ...)."""
    return QCoreApplication.translate(CONTEXT, text)


def number(value: int) -> str:
    """A count with the locale's thousands separator."""
    return QLocale().toString(int(value))


# -- the wizard's state ------------------------------------------------------------------------
@dataclass
class ImportState:
    """What the pages have chosen so far; each page reads what the earlier ones left here."""

    database: Database
    login: str
    region: str = "RU"
    refusal: str | None = None  # why this user may not import, in the engine's words
    is_admin: bool = False
    source: Source | None = None
    preview_rows: list[SourceRow] = field(default_factory=list)
    catalog: dict[str, FieldSpec] = field(default_factory=dict)
    mapping: Mapping = field(default_factory=Mapping)
    suggestions: list[Suggestion] = field(default_factory=list)
    mapped_headers: tuple[str, ...] | None = None  # the headers `mapping` was made for
    settings: ImportSettings = field(default_factory=ImportSettings)
    overrides: dict[int, dict[int, str]] = field(default_factory=dict)
    dry_run: ImportResult | None = None
    result: ImportResult | None = None

    @property
    def headers(self) -> list[str]:
        return list(self.source.headers) if self.source is not None else []

    def refresh_catalog(self) -> None:
        """The card fields, custom ones included, as they are in the base now."""
        with self.database.session() as session:
            self.catalog = field_catalog(session)

    def ensure_mapping(self) -> None:
        """The matcher's suggestion for a source whose column names are new to the wizard;
        the user's own matching stays while the column names stay the same."""
        headers = tuple(self.headers)
        if self.mapped_headers == headers:
            return
        if not self.catalog:
            self.refresh_catalog()
        self.mapping, self.suggestions = suggest_mapping(headers, self.catalog)
        self.mapped_headers = headers

    def set_source(self, source: Source | None, preview: list[SourceRow]) -> None:
        if self.source is not None and self.source is not source:
            self.source.close()
        self.source = source
        self.preview_rows = preview
        self.overrides.clear()  # the preview's table holds this very dict
        self.dry_run = None


# -- questions ---------------------------------------------------------------------------------
def _save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def _open_path(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask_text(parent: QWidget, title: str, label: str, default: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    return text if ok else None


def _choose(parent: QWidget, title: str, label: str, items: Sequence[str]) -> str | None:
    item, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
    return item if ok else None


def _inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class CustomFieldDialog(QDialog):
    """Label and type of a new custom field (the key is made from the label)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a custom field"))
        self.label_edit = QLineEdit(label)
        self.label_edit.setObjectName("customFieldLabel")
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("customFieldType")
        for kind in CUSTOM_TYPES:
            self.type_combo.addItem(field_type_name(kind), kind)
        form = QFormLayout(self)
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow(self.tr("&Type:"), self.type_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def _ask_custom_field(parent: QWidget, label: str) -> tuple[str, str] | None:
    dialog = CustomFieldDialog(label, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.label_edit.text(), str(dialog.type_combo.currentData())


class Dialogs:
    """The questions the import windows ask. Each attribute is a plain callable; a test (or an
    embedding window) replaces it to answer without a modal dialog."""

    def __init__(self) -> None:
        self.save_path: Callable[[QWidget, str, str, str], str | None] = _save_path
        self.open_path: Callable[[QWidget, str, str], str | None] = _open_path
        self.confirm: Callable[[QWidget, str, str], bool] = _confirm
        self.ask_text: Callable[[QWidget, str, str, str], str | None] = _ask_text
        self.choose: Callable[[QWidget, str, str, Sequence[str]], str | None] = _choose
        self.ask_custom_field: Callable[[QWidget, str], tuple[str, str] | None] = _ask_custom_field
        self.inform: Callable[[QWidget, str, str], None] = _inform


# -- widgets -----------------------------------------------------------------------------------
def message_label(name: str, *, error: bool = False) -> QLabel:
    """A wrapped label for a sentence in the page (an error in the palette's warning colour)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # engine sentences quote the user's values
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if error:
        label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_message(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class RowsModel(QAbstractTableModel):
    """File rows as a read-only table: the column names on top, the row number at the side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[SourceRow] = []

    def set_rows(self, headers: Sequence[str], rows: Sequence[SourceRow]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        cells = self._rows[index.row()].cells
        return cell_text(cells[index.column()]) if index.column() < len(cells) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return str(self._rows[section].number) if section < len(self._rows) else None

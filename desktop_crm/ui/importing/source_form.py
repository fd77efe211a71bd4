"""The form of the source page (`SourcePage`), built section by section; the page connects its
own slots. Strings are translated in the page's context, spelled out in each call: lupdate would
take the name of a variable (`page.tr`) for the context and lose their translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
    QWizardPage,
)

from desktop_crm.ui.importing.common import RowsModel

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1250", "koi8-r", "iso-8859-2", "cp1252")
DELIMITERS = (",", ";", "tab", "space", "|")


class SourceForm(QWizardPage):
    """The widgets of the source page, made by the builders below; `SourcePage` is this form
    with its behaviour. The path box and the paste box send their drops to the page's
    `eventFilter`."""

    # build_choice
    file_radio: QRadioButton
    paste_radio: QRadioButton
    sample_button: QPushButton
    # build_file_row
    path_edit: QLineEdit
    browse_button: QPushButton
    # build_options, filled by reset_options
    encoding_combo: QComboBox
    delimiter_combo: QComboBox
    sheet_combo: QComboBox
    header_check: QCheckBox


def build_choice(page: SourceForm) -> QWidget:
    """File or pasted table, and the sample file button."""
    page.file_radio = QRadioButton(QCoreApplication.translate("SourcePage", "From a &file"))
    page.file_radio.setObjectName("fromFile")
    page.paste_radio = QRadioButton(
        QCoreApplication.translate("SourcePage", "From a &pasted table")
    )
    page.paste_radio.setObjectName("fromPaste")
    page.file_radio.setChecked(True)
    group = QButtonGroup(page)
    group.addButton(page.file_radio)
    group.addButton(page.paste_radio)
    page.sample_button = QPushButton(QCoreApplication.translate("SourcePage", "Save &sample file…"))
    page.sample_button.setObjectName("saveSample")
    page.sample_button.setToolTip(
        QCoreApplication.translate(
            "SourcePage", "A file with the import's own columns and two example clients (IMP-2)"
        )
    )
    box = QWidget()
    choice = QHBoxLayout(box)
    choice.setContentsMargins(0, 0, 0, 0)
    choice.addWidget(page.file_radio)
    choice.addWidget(page.paste_radio)
    choice.addStretch(1)
    choice.addWidget(page.sample_button)
    return box


def build_file_row(page: SourceForm) -> QWidget:
    """The path box (a file may be dropped on it) and Browse."""
    page.path_edit = QLineEdit()
    page.path_edit.setObjectName("sourcePath")
    page.path_edit.setPlaceholderText(
        QCoreApplication.translate("SourcePage", "Choose a file, type its path or drop it here")
    )
    page.path_edit.setClearButtonEnabled(True)
    page.path_edit.installEventFilter(page)
    page.browse_button = QPushButton(QCoreApplication.translate("SourcePage", "Bro&wse…"))
    page.browse_button.setObjectName("browseFile")
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(page.path_edit, 1)
    row.addWidget(page.browse_button)
    return box


def build_paste_box(page: SourceForm) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName("pasteBox")
    edit.setPlaceholderText(
        QCoreApplication.translate(
            "SourcePage", "Copy the table in Excel or a text editor and paste it here (Ctrl+V)."
        )
    )
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(140)
    edit.viewport().installEventFilter(page)
    return edit


def build_options(page: SourceForm) -> QWidget:
    """Encoding, separator, sheet and the header switch (filled by `reset_options`)."""
    page.encoding_combo = QComboBox()
    page.encoding_combo.setObjectName("encodingCombo")
    page.delimiter_combo = QComboBox()
    page.delimiter_combo.setObjectName("delimiterCombo")
    page.sheet_combo = QComboBox()
    page.sheet_combo.setObjectName("sheetCombo")
    for combo in (page.encoding_combo, page.delimiter_combo, page.sheet_combo):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
    page.header_check = QCheckBox(
        QCoreApplication.translate("SourcePage", "First row holds column na&mes")
    )
    page.header_check.setObjectName("hasHeader")
    page.header_check.setChecked(True)
    box = QWidget()
    options = QHBoxLayout(box)
    options.setContentsMargins(0, 0, 0, 0)
    for text, combo in (
        (QCoreApplication.translate("SourcePage", "&Encoding:"), page.encoding_combo),
        (QCoreApplication.translate("SourcePage", "Sepa&rator:"), page.delimiter_combo),
        (QCoreApplication.translate("SourcePage", "S&heet:"), page.sheet_combo),
    ):
        label = QLabel(text)
        label.setBuddy(combo)
        options.addWidget(label)
        options.addWidget(combo)
        options.addSpacing(8)
    options.addWidget(page.header_check)
    options.addStretch(1)
    return box


def reset_options(page: SourceForm) -> None:
    """Automatic encoding and separator, no sheet (a new file, or the other kind of source)."""
    page.encoding_combo.clear()
    page.encoding_combo.addItem(QCoreApplication.translate("SourcePage", "Automatic"), "auto")
    for name in ENCODINGS:
        page.encoding_combo.addItem(name, name)
    page.delimiter_combo.clear()
    page.delimiter_combo.addItem(QCoreApplication.translate("SourcePage", "Automatic"), "auto")
    names = {
        ",": QCoreApplication.translate("SourcePage", "comma ,"),
        ";": QCoreApplication.translate("SourcePage", "semicolon ;"),
        "tab": QCoreApplication.translate("SourcePage", "tab"),
        "space": QCoreApplication.translate("SourcePage", "space"),
        "|": QCoreApplication.translate("SourcePage", "bar |"),
    }
    for value in DELIMITERS:
        page.delimiter_combo.addItem(names[value], value)
    page.sheet_combo.clear()
    page.sheet_combo.setEnabled(False)


def build_preview(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setObjectName("sourcePreview")
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(140)
    view.verticalHeader().setDefaultSectionSize(22)
    return view

"""Parts of the matching page (`MappingPage`): the row of widgets of one column of the file,
and the buttons that save and load a matching; the page connects its own slots. Strings are
translated in the page's context, spelled out in each call: lupdate would take the name of a
variable (`page.tr`) for the context and lose their translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QPushButton, QSizePolicy, QWizardPage

SUGGESTED_COLOR = "#2e7d32"
PROBLEM_COLOR = "#b00020"
IGNORED_COLOR = "#777777"


class ColumnRow:
    """The widgets of one column of the file."""

    def __init__(self, index: int, header: str, samples: list[str]) -> None:
        self.index = index
        self.header = QLabel(header.replace("&", "&&"))  # a buddy label: & would be a mnemonic
        self.header.setObjectName(f"columnHeader{index}")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setToolTip(header)
        self.header.setMaximumWidth(220)
        shown = " · ".join(samples) if samples else ""
        self.samples = QLabel(shown)
        self.samples.setObjectName(f"columnSamples{index}")
        self.samples.setTextFormat(Qt.TextFormat.PlainText)
        self.samples.setToolTip("\n".join(samples))
        self.samples.setMaximumWidth(300)
        self.samples.setStyleSheet(f"color: {IGNORED_COLOR};")
        self.samples.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.combo = QComboBox()
        self.combo.setObjectName(f"fieldCombo{index}")
        self.combo.setMinimumWidth(230)
        self.header.setBuddy(self.combo)
        self.status = QLabel()
        self.status.setObjectName(f"columnStatus{index}")
        self.add_field = QPushButton()
        self.add_field.setObjectName(f"addField{index}")
        self.add_field.setFlat(True)
        self.add_field.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_field.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.add_field.hide()


class MappingForm(QWizardPage):
    """The buttons of the matching page, made by the builders below; `MappingPage` is this
    form with its behaviour."""

    # build_save_button
    save_button: QPushButton
    save_preset_action: QAction
    save_file_action: QAction
    # build_load_button
    load_button: QPushButton
    load_menu: QMenu
    load_file_action: QAction
    load_preset_action: QAction


def build_save_button(page: MappingForm) -> QPushButton:
    """Save matching as: a named matching in the base, or a file."""
    page.save_button = QPushButton(QCoreApplication.translate("MappingPage", "&Save matching as…"))
    page.save_button.setObjectName("saveMatching")
    save_menu = QMenu(page.save_button)
    page.save_preset_action = QAction(
        QCoreApplication.translate("MappingPage", "A named matching in the base…"), page
    )
    page.save_preset_action.setObjectName("saveMatchingPreset")
    page.save_file_action = QAction(QCoreApplication.translate("MappingPage", "A file…"), page)
    page.save_file_action.setObjectName("saveMatchingFile")
    save_menu.addActions([page.save_preset_action, page.save_file_action])
    page.save_button.setMenu(save_menu)
    return page.save_button


def build_load_button(page: MappingForm) -> QPushButton:
    """Load matching: a named matching from the base, or a file."""
    page.load_button = QPushButton(QCoreApplication.translate("MappingPage", "&Load matching"))
    page.load_button.setObjectName("loadMatching")
    page.load_menu = QMenu(page.load_button)
    page.load_button.setMenu(page.load_menu)
    page.load_file_action = QAction(QCoreApplication.translate("MappingPage", "From a file…"), page)
    page.load_file_action.setObjectName("loadMatchingFile")
    page.load_preset_action = QAction(
        QCoreApplication.translate("MappingPage", "A named matching from the base…"), page
    )
    page.load_preset_action.setObjectName("loadMatchingPreset")
    page.load_menu.addActions([page.load_preset_action, page.load_file_action])
    return page.load_button

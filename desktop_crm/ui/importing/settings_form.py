"""The form of the settings page (`SettingsPage`), built box by box; the page connects its own
slots. Strings are translated in the page's context, spelled out in each call: lupdate would
take the name of a variable (`page.tr`) for the context and lose their translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm.models.clients import CLIENT, LEAD
from desktop_crm.ui.importing.common import message_label
from desktop_crm.ui.words import mode_name, mode_sentence
from desktop_crm.wizards.importing import MODES

REGIONS = ("RU", "KZ", "BY", "UA", "UZ", "PL", "DE", "GB", "US", "FR", "IT", "ES", "TR", "IL")
STEPS = ("phone", "email", "name")


class SettingsForm(QWizardPage):
    """The widgets of the settings page, made by the builders below; `SettingsPage` is this
    form with its behaviour."""

    # build_about
    name_edit: QLineEdit
    description_edit: QPlainTextEdit
    target_combo: QComboBox
    # build_mode: a button per mode, its id the mode's index in MODES
    mode_group: QButtonGroup
    mode_buttons: dict[str, QRadioButton]
    # build_duplicates
    steps_radio: QRadioButton
    unique_radio: QRadioButton
    step_checks: dict[str, QCheckBox]
    unique_combo: QComboBox
    # build_phones
    valid_edit: QLineEdit
    rules_edit: QLineEdit
    region_combo: QComboBox
    require_phone: QCheckBox
    try_edit: QLineEdit
    rule_error: QLabel
    rule_table: QTableWidget
    # build_defaults
    group_combo: QComboBox
    responsible_combo: QComboBox
    queue_combo: QComboBox
    scenario_combo: QComboBox


def build_about(page: SettingsForm) -> QGroupBox:
    box = QGroupBox(QCoreApplication.translate("SettingsPage", "Import"))
    form = QFormLayout(box)
    page.name_edit = QLineEdit()
    page.name_edit.setObjectName("importName")
    page.name_edit.setMaxLength(255)
    page.description_edit = QPlainTextEdit()
    page.description_edit.setObjectName("importDescription")
    page.description_edit.setTabChangesFocus(True)
    page.description_edit.setFixedHeight(48)
    page.description_edit.setPlaceholderText(
        QCoreApplication.translate(
            "SettingsPage", "What this import is, to find it in the history later"
        )
    )
    page.target_combo = QComboBox()
    page.target_combo.setObjectName("targetCombo")
    page.target_combo.addItem(QCoreApplication.translate("SettingsPage", "Clients"), CLIENT)
    page.target_combo.addItem(
        QCoreApplication.translate("SettingsPage", "Leads (potential clients)"), LEAD
    )
    row(form, QCoreApplication.translate("SettingsPage", "Na&me:"), page.name_edit)
    row(form, QCoreApplication.translate("SettingsPage", "D&escription:"), page.description_edit)
    row(form, QCoreApplication.translate("SettingsPage", "&Import as:"), page.target_combo)
    return box


def row(form: QFormLayout, text: str, field: QWidget) -> None:
    """A form row whose label's mnemonic focuses the field."""
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


def build_mode(page: SettingsForm) -> QGroupBox:
    box = QGroupBox(QCoreApplication.translate("SettingsPage", "Mode"))
    layout = QVBoxLayout(box)
    layout.setSpacing(2)
    page.mode_group = QButtonGroup(page)
    page.mode_buttons = {}
    texts = {
        "add": QCoreApplication.translate("SettingsPage", "&Add"),
        "update": QCoreApplication.translate("SettingsPage", "&Update"),
        "add-update": QCoreApplication.translate("SettingsPage", "A&dd + Update"),
    }
    for index, mode in enumerate(MODES):
        button = QRadioButton(texts.get(mode, mode_name(mode)))
        button.setObjectName(f"mode_{mode.replace('-', '_')}")
        page.mode_group.addButton(button, index)
        page.mode_buttons[mode] = button
        help_label = QLabel(mode_sentence(mode))
        help_label.setWordWrap(True)
        help_label.setContentsMargins(22, 0, 0, 4)
        help_label.setStyleSheet("color: #666;")
        layout.addWidget(button)
        layout.addWidget(help_label)
    page.mode_buttons["add-update"].setChecked(True)
    return box


def build_duplicates(page: SettingsForm) -> QGroupBox:
    box = QGroupBox(QCoreApplication.translate("SettingsPage", "Duplicates"))
    layout = QVBoxLayout(box)
    page.steps_radio = QRadioButton(
        QCoreApplication.translate(
            "SettingsPage", "&Look for the client in the base, step by step:"
        )
    )
    page.steps_radio.setObjectName("dedupeSteps")
    page.unique_radio = QRadioButton(
        QCoreApplication.translate("SettingsPage", "Al&ways check one unique field:")
    )
    page.unique_radio.setObjectName("dedupeUnique")
    group = QButtonGroup(page)
    group.addButton(page.steps_radio)
    group.addButton(page.unique_radio)
    page.steps_radio.setChecked(True)
    steps = QHBoxLayout()
    steps.setContentsMargins(22, 0, 0, 0)
    page.step_checks = {}
    texts = {
        "phone": QCoreApplication.translate("SettingsPage", "by phone"),
        "email": QCoreApplication.translate("SettingsPage", "by email"),
        "name": QCoreApplication.translate("SettingsPage", "by name"),
    }
    for step in STEPS:
        check = QCheckBox(texts[step])
        check.setObjectName(f"dedupe_{step}")
        check.setChecked(step != "name")
        page.step_checks[step] = check
        steps.addWidget(check)
    steps.addStretch(1)
    page.unique_combo = QComboBox()
    page.unique_combo.setObjectName("uniqueField")
    unique_row = QHBoxLayout()
    unique_row.setContentsMargins(22, 0, 0, 0)
    unique_row.addWidget(page.unique_combo, 1)
    layout.addWidget(page.steps_radio)
    layout.addLayout(steps)
    layout.addWidget(page.unique_radio)
    layout.addLayout(unique_row)
    return box


def region_combo() -> QComboBox:
    """The country of numbers without a country code: the base's, unless changed here."""
    combo = QComboBox()
    combo.setObjectName("region")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(REGIONS)
    combo.setToolTip(
        QCoreApplication.translate(
            "SettingsPage",
            "Numbers without a country code are read as numbers of this country. It starts as "
            "the base's phone country; a change here is for this import only.",
        )
    )
    return combo


def build_phones(page: SettingsForm) -> QGroupBox:
    box = QGroupBox(QCoreApplication.translate("SettingsPage", "Phones"))
    form = QFormLayout(box)
    page.valid_edit = QLineEdit()
    page.valid_edit.setObjectName("phoneValid")
    page.valid_edit.setPlaceholderText(
        QCoreApplication.translate("SettingsPage", "e.g. [11]: only 11-digit numbers pass")
    )
    page.rules_edit = QLineEdit()
    page.rules_edit.setObjectName("phoneRules")
    page.rules_edit.setPlaceholderText(
        QCoreApplication.translate("SettingsPage", "e.g. [11]/-7+8 [10]/+7")
    )
    page.rules_edit.setToolTip(
        QCoreApplication.translate(
            "SettingsPage",
            "[11]/-7+8 replaces a leading 7 by 8 in 11-digit numbers; [10]/+7 puts 7 in front "
            "of 10-digit numbers; [11]/-8 drops a leading 8. Several rules apply in order.",
        )
    )
    page.region_combo = region_combo()
    page.require_phone = QCheckBox(
        QCoreApplication.translate("SettingsPage", "A row without a phone &fails")
    )
    page.require_phone.setObjectName("requirePhone")
    page.try_edit = QLineEdit()
    page.try_edit.setObjectName("tryNumber")
    page.try_edit.setPlaceholderText(
        QCoreApplication.translate("SettingsPage", "Type a number to see what the rules make of it")
    )
    page.rule_error = message_label("ruleError", error=True)
    page.rule_table = QTableWidget(0, 3)
    page.rule_table.setObjectName("rulePreview")
    page.rule_table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("SettingsPage", "In the file"),
            QCoreApplication.translate("SettingsPage", "After the rules"),
            QCoreApplication.translate("SettingsPage", "Stored as"),
        ]
    )
    page.rule_table.verticalHeader().hide()
    page.rule_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    page.rule_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    page.rule_table.setMinimumHeight(120)
    page.rule_table.setWordWrap(False)
    page.rule_table.verticalHeader().setDefaultSectionSize(22)
    row(form, QCoreApplication.translate("SettingsPage", "&Validation rule:"), page.valid_edit)
    row(form, QCoreApplication.translate("SettingsPage", "&Transformation rules:"), page.rules_edit)
    row(form, QCoreApplication.translate("SettingsPage", "Default &region:"), page.region_combo)
    form.addRow("", page.require_phone)
    form.addRow(page.rule_error)
    row(form, QCoreApplication.translate("SettingsPage", "Tr&y a number:"), page.try_edit)
    form.addRow(page.rule_table)
    return box


def build_defaults(page: SettingsForm) -> QGroupBox:
    box = QGroupBox(QCoreApplication.translate("SettingsPage", "New clients"))
    form = QFormLayout(box)
    page.group_combo = QComboBox()
    page.group_combo.setObjectName("groupCombo")
    page.group_combo.setEditable(True)
    page.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    group_edit = page.group_combo.lineEdit()
    assert group_edit is not None  # an editable combo has one
    group_edit.setPlaceholderText(
        QCoreApplication.translate("SettingsPage", "No group (or type Parent/Child)")
    )
    page.responsible_combo = QComboBox()
    page.responsible_combo.setObjectName("responsibleCombo")
    page.queue_combo = QComboBox()
    page.queue_combo.setObjectName("queueCombo")
    page.scenario_combo = QComboBox()
    page.scenario_combo.setObjectName("scenarioCombo")
    row(form, QCoreApplication.translate("SettingsPage", "&Group:"), page.group_combo)
    row(form, QCoreApplication.translate("SettingsPage", "Resp&onsible:"), page.responsible_combo)
    row(form, QCoreApplication.translate("SettingsPage", "&Queue:"), page.queue_combo)
    row(form, QCoreApplication.translate("SettingsPage", "Sales &scenario:"), page.scenario_combo)
    return box

"""Page 2 of the import wizard: what the import does (IMP-4..IMP-8, IMP-11, IMP-13).

Name and description, leads or clients, the mode with a sentence for each, duplicate search
(phone, email, name in that order, or one unique field), phone rules with a live "before ->
after" on numbers from the file and the rule's error in words, region, and the defaults for new
clients: group, responsible user, queue and sales scenario.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
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
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm.errors import CrmError
from desktop_crm.models.clients import CLIENT, LEAD
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.importing.common import (
    MODE_SENTENCES,
    Dialogs,
    ImportState,
    field_label,
    message_label,
    mode_name,
    show_message,
    translated,
)
from desktop_crm.wizards.importing import MODES, ImportSettings, PhonePolicy
from desktop_crm.wizards.importing.preview import ImportChoices, import_choices, phone_samples

REGIONS = ("RU", "KZ", "BY", "UA", "UZ", "PL", "DE", "GB", "US", "FR", "IT", "ES", "TR", "IL")
STEPS = ("phone", "email", "name")
SAMPLE_ROWS = 8


class SettingsPage(QWizardPage):
    def __init__(self, state: ImportState, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.state = state
        self.dialogs = dialogs
        self.setTitle(self.tr("How to import"))
        self.setSubTitle(
            self.tr(
                "Name the import, choose what it may change and how it recognises clients that "
                "are in the base already."
            )
        )
        self._name_edited = False
        self._named_for: str | None = None
        self._rule_error: str | None = None
        self._settings_error: str | None = None
        self._choices: ImportChoices | None = None
        self._built = False
        self._build()
        self._built = True

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self._build_about())
        left.addWidget(self._build_mode())
        left.addWidget(self._build_duplicates())
        left.addStretch(1)
        right.addWidget(self._build_phones(), 1)
        right.addWidget(self._build_defaults())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.error_label = message_label("settingsError", error=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)

    def _build_about(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("importName")
        self.name_edit.setMaxLength(255)
        self.name_edit.textEdited.connect(self._name_typed)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("importDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(48)
        self.description_edit.setPlaceholderText(
            self.tr("What this import is, to find it in the history later")
        )
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.addItem(self.tr("Clients"), CLIENT)
        self.target_combo.addItem(self.tr("Leads (potential clients)"), LEAD)
        self.description_edit.textChanged.connect(self._changed)
        self.target_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self._row(form, self.tr("Na&me:"), self.name_edit)
        self._row(form, self.tr("D&escription:"), self.description_edit)
        self._row(form, self.tr("&Import as:"), self.target_combo)
        return box

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _build_mode(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mode"))
        layout = QVBoxLayout(box)
        layout.setSpacing(2)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        texts = {
            "add": self.tr("&Add"),
            "update": self.tr("&Update"),
            "add-update": self.tr("A&dd + Update"),
        }
        for index, mode in enumerate(MODES):
            button = QRadioButton(texts.get(mode, mode_name(mode)))
            button.setObjectName(f"mode_{mode.replace('-', '_')}")
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            help_label = QLabel(translated(MODE_SENTENCES[mode]))
            help_label.setWordWrap(True)
            help_label.setContentsMargins(22, 0, 0, 4)
            help_label.setStyleSheet("color: #666;")
            layout.addWidget(button)
            layout.addWidget(help_label)
        self.mode_buttons["add-update"].setChecked(True)
        self.mode_group.idToggled.connect(lambda *_: self._changed())
        return box

    def _build_duplicates(self) -> QGroupBox:
        box = QGroupBox(self.tr("Duplicates"))
        layout = QVBoxLayout(box)
        self.steps_radio = QRadioButton(self.tr("&Look for the client in the base, step by step:"))
        self.steps_radio.setObjectName("dedupeSteps")
        self.unique_radio = QRadioButton(self.tr("Al&ways check one unique field:"))
        self.unique_radio.setObjectName("dedupeUnique")
        group = QButtonGroup(self)
        group.addButton(self.steps_radio)
        group.addButton(self.unique_radio)
        self.steps_radio.setChecked(True)
        steps = QHBoxLayout()
        steps.setContentsMargins(22, 0, 0, 0)
        self.step_checks: dict[str, QCheckBox] = {}
        texts = {
            "phone": self.tr("by phone"),
            "email": self.tr("by email"),
            "name": self.tr("by name"),
        }
        for step in STEPS:
            check = QCheckBox(texts[step])
            check.setObjectName(f"dedupe_{step}")
            check.setChecked(step != "name")
            check.toggled.connect(lambda _on: self._changed())
            self.step_checks[step] = check
            steps.addWidget(check)
        steps.addStretch(1)
        self.unique_combo = QComboBox()
        self.unique_combo.setObjectName("uniqueField")
        unique_row = QHBoxLayout()
        unique_row.setContentsMargins(22, 0, 0, 0)
        unique_row.addWidget(self.unique_combo, 1)
        layout.addWidget(self.steps_radio)
        layout.addLayout(steps)
        layout.addWidget(self.unique_radio)
        layout.addLayout(unique_row)
        self.steps_radio.toggled.connect(self._dedupe_kind_changed)
        self.unique_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self._dedupe_kind_changed(True)
        return box

    def _build_phones(self) -> QGroupBox:
        box = QGroupBox(self.tr("Phones"))
        form = QFormLayout(box)
        self.valid_edit = QLineEdit()
        self.valid_edit.setObjectName("phoneValid")
        self.valid_edit.setPlaceholderText(self.tr("e.g. [11]: only 11-digit numbers pass"))
        self.rules_edit = QLineEdit()
        self.rules_edit.setObjectName("phoneRules")
        self.rules_edit.setPlaceholderText(self.tr("e.g. [11]/-7+8 [10]/+7"))
        self.rules_edit.setToolTip(
            self.tr(
                "[11]/-7+8 replaces a leading 7 by 8 in 11-digit numbers; [10]/+7 puts 7 in front "
                "of 10-digit numbers; [11]/-8 drops a leading 8. Several rules apply in order."
            )
        )
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region")
        self.region_combo.setEditable(True)
        self.region_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region_combo.addItems(REGIONS)
        self.require_phone = QCheckBox(self.tr("A row without a phone &fails"))
        self.require_phone.setObjectName("requirePhone")
        self.try_edit = QLineEdit()
        self.try_edit.setObjectName("tryNumber")
        self.try_edit.setPlaceholderText(self.tr("Type a number to see what the rules make of it"))
        self.rule_error = message_label("ruleError", error=True)
        self.rule_table = QTableWidget(0, 3)
        self.rule_table.setObjectName("rulePreview")
        self.rule_table.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("After the rules"), self.tr("Stored as")]
        )
        self.rule_table.verticalHeader().hide()
        self.rule_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rule_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rule_table.setMinimumHeight(120)
        self.rule_table.setWordWrap(False)
        self.rule_table.verticalHeader().setDefaultSectionSize(22)
        self._row(form, self.tr("&Validation rule:"), self.valid_edit)
        self._row(form, self.tr("&Transformation rules:"), self.rules_edit)
        self._row(form, self.tr("Default &region:"), self.region_combo)
        form.addRow("", self.require_phone)
        form.addRow(self.rule_error)
        self._row(form, self.tr("Tr&y a number:"), self.try_edit)
        form.addRow(self.rule_table)
        for edit in (self.valid_edit, self.rules_edit, self.try_edit):
            edit.textChanged.connect(lambda _t: self._changed())
        self.region_combo.currentTextChanged.connect(lambda _t: self._changed())
        self.require_phone.toggled.connect(lambda _on: self._changed())
        return box

    def _build_defaults(self) -> QGroupBox:
        box = QGroupBox(self.tr("New clients"))
        form = QFormLayout(box)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.setEditable(True)
        self.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group_combo.lineEdit().setPlaceholderText(self.tr("No group (or type Parent/Child)"))
        self.responsible_combo = QComboBox()
        self.responsible_combo.setObjectName("responsibleCombo")
        self.queue_combo = QComboBox()
        self.queue_combo.setObjectName("queueCombo")
        self.scenario_combo = QComboBox()
        self.scenario_combo.setObjectName("scenarioCombo")
        self._row(form, self.tr("&Group:"), self.group_combo)
        self._row(form, self.tr("Resp&onsible:"), self.responsible_combo)
        self._row(form, self.tr("&Queue:"), self.queue_combo)
        self._row(form, self.tr("Sales &scenario:"), self.scenario_combo)
        self.group_combo.currentTextChanged.connect(lambda _t: self._changed())
        for combo in (self.responsible_combo, self.queue_combo, self.scenario_combo):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        return box

    # -- filling ----------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.state.ensure_mapping()
        if self._choices is None:
            self._load_choices()
        source = self.state.source
        if source is not None and not self._name_edited and self._named_for != source.info.name:
            self.name_edit.setText(
                self.tr("Import of {0}, {1}").format(
                    source.info.name, date.today().strftime("%d.%m.%Y")
                )
            )
            self._named_for = source.info.name
        self._fill_unique_fields()
        self._changed()

    def _load_choices(self) -> None:
        try:
            with self.state.database.session() as session:
                choices = import_choices(session)
        except CrmError as exc:
            show_message(self.error_label, error_message(exc))
            return
        self._choices = choices
        index = self.region_combo.findText(self.state.region)
        if index < 0:
            self.region_combo.addItem(self.state.region)
            index = self.region_combo.count() - 1
        self.region_combo.setCurrentIndex(index)
        self.group_combo.clear()
        self.group_combo.addItem("")
        self.group_combo.addItems(list(choices.groups))
        self.responsible_combo.clear()
        for login, full_name in choices.users:
            self.responsible_combo.addItem(f"{full_name} ({login})", login)
        self.responsible_combo.setCurrentIndex(
            max(0, self.responsible_combo.findData(self.state.login))
        )
        self.queue_combo.clear()
        self.queue_combo.addItem(self.tr("No queue: everyone sees them"), None)
        for name in choices.queues:
            self.queue_combo.addItem(name, name)
        self.queue_combo.setEnabled(bool(choices.queues))
        self.scenario_combo.clear()
        self.scenario_combo.addItem(self.tr("None"), None)
        for name in choices.scenarios:
            self.scenario_combo.addItem(name, name)
        self.scenario_combo.setEnabled(bool(choices.scenarios))
        if not choices.scenarios:
            self.scenario_combo.setToolTip(self.tr("The base has no sales scenarios yet."))

    def _fill_unique_fields(self) -> None:
        keys = self._choices.unique_fields if self._choices else ()
        current = self.unique_combo.currentData()
        self.unique_combo.blockSignals(True)
        self.unique_combo.clear()
        for key in keys:
            self.unique_combo.addItem(field_label(key, self.state.catalog), key)
        self.unique_combo.setCurrentIndex(max(0, self.unique_combo.findData(current)))
        self.unique_combo.blockSignals(False)

    # -- reacting ---------------------------------------------------------------------------
    def _name_typed(self, _text: str) -> None:
        self._name_edited = True
        self._changed()

    def _dedupe_kind_changed(self, steps: bool) -> None:
        for check in self.step_checks.values():
            check.setEnabled(steps)
        self.unique_combo.setEnabled(not steps)
        self._changed()

    def _changed(self) -> None:
        if not self._built:
            return
        self._preview_rules()
        try:
            self.state.settings = self.current_settings()
            self._settings_error = None
        except CrmError as exc:
            self._settings_error = error_message(exc)
        show_message(self.error_label, self._settings_error if not self._rule_error else None)
        self.completeChanged.emit()

    def current_settings(self) -> ImportSettings:
        """The settings as the page shows them; `ImportSettingsError` for impossible ones."""
        unique = self.unique_combo.currentData() if self.unique_radio.isChecked() else None
        return ImportSettings(
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip() or None,
            mode=MODES[max(0, self.mode_group.checkedId())],
            dedupe=tuple(s for s in STEPS if self.step_checks[s].isChecked()),
            unique_field=unique,
            phone_valid=tuple(self.valid_edit.text().split()),
            phone_rules=tuple(self.rules_edit.text().split()),
            region=self.region_combo.currentText().strip().upper(),
            require_phone=self.require_phone.isChecked(),
            group=self.group_combo.currentText().strip() or None,
            responsible=self.responsible_combo.currentData(),
            stage=str(self.target_combo.currentData()),
            queue=self.queue_combo.currentData(),
            scenario=self.scenario_combo.currentData(),
        )

    def _preview_rules(self) -> None:
        try:
            policy = PhonePolicy(
                self.region_combo.currentText().strip().upper() or "RU",
                self.rules_edit.text().split(),
                self.valid_edit.text().split(),
            )
        except CrmError as exc:
            self._rule_error = error_message(exc)
            show_message(self.rule_error, error_message(exc))
            self.rule_table.setRowCount(0)
            return
        self._rule_error = None
        show_message(self.rule_error, None)
        numbers = self.sample_numbers()
        self.rule_table.setRowCount(len(numbers))
        for row, raw in enumerate(numbers):
            outcome = policy.normalize(raw)
            after = outcome.value if outcome.error is None else ""
            stored = outcome.e164 or self.tr("refused: {0}").format(outcome.error)
            for column, text in enumerate((raw, after, stored)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and outcome.e164 is None:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.rule_table.setItem(row, column, item)

    def sample_numbers(self) -> list[str]:
        """The typed number, then numbers from the file's phone columns."""
        typed = self.try_edit.text().strip()
        columns = self.state.mapping.columns_of("phones")
        found = phone_samples(self.state.preview_rows, columns, SAMPLE_ROWS)
        return ([typed] if typed else []) + [n for n in found if n != typed]

    # -- QWizardPage --------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self._rule_error is None and self._settings_error is None

    def validatePage(self) -> bool:
        self._changed()  # whatever was touched last is in the settings
        return self.isComplete()

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
    QHBoxLayout,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.errors import CrmError
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.importing.common import Dialogs, ImportState, message_label, show_message
from desktop_crm.ui.importing.settings_form import (
    STEPS,
    SettingsForm,
    build_about,
    build_defaults,
    build_duplicates,
    build_mode,
    build_phones,
)
from desktop_crm.ui.locale_format import format_date
from desktop_crm.ui.words import field_label
from desktop_crm.wizards.importing import MODES, ImportSettings, PhonePolicy
from desktop_crm.wizards.importing.preview import ImportChoices, import_choices, phone_samples

SAMPLE_ROWS = 8


class SettingsPage(SettingsForm):
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
        left.addWidget(build_about(self))
        left.addWidget(build_mode(self))
        left.addWidget(build_duplicates(self))
        left.addStretch(1)
        right.addWidget(build_phones(self), 1)
        right.addWidget(build_defaults(self))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.error_label = message_label("settingsError", error=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        self._connect()

    def _connect(self) -> None:
        self.name_edit.textEdited.connect(self._name_typed)
        self.steps_radio.toggled.connect(self._dedupe_kind_changed)
        self._dedupe_kind_changed(True)
        self.description_edit.textChanged.connect(self._changed)
        self.mode_group.idToggled.connect(lambda *_: self._changed())
        for check in self.step_checks.values():
            check.toggled.connect(lambda _on: self._changed())
        self.require_phone.toggled.connect(lambda _on: self._changed())
        for edit in (self.valid_edit, self.rules_edit, self.try_edit):
            edit.textChanged.connect(lambda _t: self._changed())
        for combo in (self.region_combo, self.group_combo):
            combo.currentTextChanged.connect(lambda _t: self._changed())
        for combo in (
            self.target_combo,
            self.unique_combo,
            self.responsible_combo,
            self.queue_combo,
            self.scenario_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._changed())

    # -- filling ----------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.state.ensure_mapping()
        if self._choices is None:
            self._load_choices()
        source = self.state.source
        if source is not None and not self._name_edited and self._named_for != source.info.name:
            self.name_edit.setText(
                self.tr("Import of {0}, {1}").format(source.info.name, format_date(date.today()))
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

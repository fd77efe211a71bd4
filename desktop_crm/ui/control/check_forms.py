"""What each check looks for, as a form of the wizard's second page. `build()` makes the
engine's check object, or raises the engine's own error (nothing chosen, a reversed period),
which the page shows as its reason for not going on.

Signals (each form): `changed()` when a choice changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.errors import CrmError
from desktop_crm.ui.control.filter_form import FilterForm
from desktop_crm.ui.control.words import CONTACT_KINDS, field_word
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.wizards.control.checks import DuplicatesCheck, NamesCheck
from desktop_crm.wizards.control.choices import WizardChoices
from desktop_crm.wizards.control.contact_info import ContactInfoCheck
from desktop_crm.wizards.control.lacking import ALL, ANY
from desktop_crm.wizards.control.properties import PropertiesCheck
from desktop_crm.wizards.control.registration import RegistrationCheck


class MissingChoice(QWidget):
    """ "Partially" (some chosen one is missing) or "fully" (all are)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.any = QRadioButton(self.tr("Partia&lly: some of them are missing"), self)
        self.all = QRadioButton(self.tr("F&ully: all of them are missing"), self)
        self.any.setChecked(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)  # one under the other: long in Russian and Polish
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.any, self.all):
            self.group.addButton(button)
            layout.addWidget(button)

    def mode(self) -> str:
        return ALL if self.all.isChecked() else ANY


class ContactForm(QWidget):
    changed = Signal()

    def __init__(self, choices: WizardChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QGroupBox(self.tr("Contact info to check"), self)
        self.kinds: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for kind in CONTACT_KINDS:
            check = QCheckBox(self._kind_text(kind), box)
            check.setObjectName(f"kind_{kind}")
            check.setChecked(kind in ("phone", "email"))
            check.toggled.connect(self.changed)
            self.kinds[kind] = check
            row.addWidget(check)
        row.addStretch(1)
        self.missing = MissingChoice(box)
        self.missing.group.buttonToggled.connect(self.changed)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(self.missing)
        self.filter = FilterForm(choices.filters, self)
        self.filter.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.filter)
        layout.addStretch(1)

    def _kind_text(self, kind: str) -> str:
        mnemonics = {
            "phone": self.tr("&Phone"),
            "email": self.tr("&Email"),
            "address": self.tr("A&ddress"),
            "website": self.tr("&Website"),
        }
        return mnemonics[kind]

    def problem(self) -> str | None:
        """A date the filter cannot read, in a sentence."""
        return self.filter.problem()

    def build(self) -> ContactInfoCheck:
        chosen = tuple(kind for kind, box in self.kinds.items() if box.isChecked())
        return ContactInfoCheck(chosen, self.missing.mode(), self.filter.client_filter())


class PropertiesForm(QWidget):
    changed = Signal()

    def __init__(self, choices: WizardChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QGroupBox(self.tr("Fields to check"), self)
        self.fields = QListWidget(box)
        self.fields.setObjectName("fieldList")
        for item in choices.fields:
            entry = QListWidgetItem(field_word(item), self.fields)
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        self.fields.itemChanged.connect(self.changed)
        self.missing = MissingChoice(box)
        self.missing.group.buttonToggled.connect(self.changed)
        caption = QLabel(self.tr("Check these &fields (Space ticks one):"), box)
        caption.setBuddy(self.fields)
        inner = QVBoxLayout(box)
        inner.addWidget(caption)
        inner.addWidget(self.fields, 1)
        inner.addWidget(self.missing)
        self.filter = FilterForm(choices.filters, self)
        self.filter.changed.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        layout.addWidget(self.filter, 1)

    def chosen(self) -> tuple[str, ...]:
        items = (self.fields.item(row) for row in range(self.fields.count()))
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i is not None and i.checkState() == Qt.CheckState.Checked
        )

    def set_chosen(self, keys: tuple[str, ...]) -> None:
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def problem(self) -> str | None:
        return self.filter.problem()

    def build(self) -> PropertiesCheck:
        return PropertiesCheck(self.chosen(), self.missing.mode(), self.filter.client_filter())


class RegistrationForm(QGroupBox):
    changed = Signal()

    def __init__(self, choices: WizardChoices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calls and emails with no client"), parent)
        self.date_from, self.date_to = DateLineEdit(self), DateLineEdit(self)
        self.direction = QComboBox(self)
        self.direction.setObjectName("directionChoice")
        for text, value in (
            (self.tr("Incoming and outgoing"), None),
            (self.tr("Incoming"), "in"),
            (self.tr("Outgoing"), "out"),
        ):
            self.direction.addItem(text, value)
        self.kind = QComboBox(self)
        self.kind.setObjectName("interactionKindChoice")
        for text, value in (
            (self.tr("Calls and emails"), None),
            (self.tr("Calls"), "call"),
            (self.tr("Emails"), "email"),
        ):
            self.kind.addItem(text, value)
        period = QHBoxLayout()
        period.addWidget(self.date_from, 1)
        to_label = QLabel(self.tr("t&o"), self)
        to_label.setBuddy(self.date_to.edit)
        period.addWidget(to_label)
        period.addWidget(self.date_to, 1)
        from_label = QLabel(self.tr("Noted &from:"), self)
        from_label.setBuddy(self.date_from.edit)
        form = QFormLayout(self)
        form.addRow(from_label, period)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&Kind:"), self.kind)
        for edit in (self.date_from, self.date_to):
            edit.changed.connect(self.changed)
        for combo in (self.direction, self.kind):
            combo.currentIndexChanged.connect(self.changed)

    def problem(self) -> str | None:
        return self.date_from.problem() or self.date_to.problem()

    def build(self) -> RegistrationCheck:
        return RegistrationCheck(
            self.date_from.date(),
            self.date_to.date(),
            self.direction.currentData(),
            self.kind.currentData(),
        )


class NamesForm(QWidget):
    changed = Signal()

    def __init__(self, choices: WizardChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        about = QLabel(
            self.tr(
                "Finds the people whose full name is set while the last, first and middle "
                "names are empty, and proposes a split for each: sure or doubtful."
            ),
            self,
        )
        about.setWordWrap(True)
        self.filter = FilterForm(choices.filters, self)
        self.filter.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about)
        layout.addWidget(self.filter)
        layout.addStretch(1)

    def problem(self) -> str | None:
        return self.filter.problem()

    def build(self) -> NamesCheck:
        return NamesCheck(self.filter.client_filter())


class DuplicatesForm(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cards are duplicates when they share"), parent)
        self.by = {
            "phone": QCheckBox(self.tr("a &phone"), self),
            "email": QCheckBox(self.tr("an &email"), self),
            "name": QCheckBox(self.tr("the full na&me"), self),
        }
        self.birth_date = QCheckBox(self.tr("a name only with the same birth &date"), self)
        layout = QVBoxLayout(self)
        for key, box in self.by.items():
            box.setObjectName(f"by_{key}")
            box.setChecked(True)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
        self.birth_date.toggled.connect(self.changed)
        layout.addWidget(self.birth_date)
        layout.addStretch(1)

    def problem(self) -> str | None:
        return None

    def build(self) -> DuplicatesCheck:
        by = tuple(key for key, box in self.by.items() if box.isChecked())
        return DuplicatesCheck(by, self.birth_date.isChecked())


Form = ContactForm | PropertiesForm | RegistrationForm | NamesForm | DuplicatesForm


def form_reason(form: Form) -> str | None:
    """Why the form's check cannot run, in a sentence (the engine's own words); None if it can."""
    problem = form.problem()
    if problem:
        return problem
    try:
        form.build()
    except CrmError as exc:
        return error_message(exc)
    return None

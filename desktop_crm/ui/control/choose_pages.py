"""The wizard's first two pages: which check, then what it looks for and in which clients."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWizardPage,
)

from desktop_crm.ui.control.check_forms import (
    ContactForm,
    DuplicatesForm,
    Form,
    NamesForm,
    PropertiesForm,
    RegistrationForm,
    form_reason,
)
from desktop_crm.ui.control.state import (
    CONTACT_INFO,
    DUPLICATES,
    KINDS,
    NAMES,
    PROPERTIES,
    REGISTRATION,
    ControlState,
)
from desktop_crm.ui.control.words import CHECK_DESCRIPTIONS, check_name, tr

REASON_STYLE = "color: #c62828;"


class CheckPage(QWizardPage):
    """One radio button a check, each with a line saying what it finds."""

    def __init__(self, state: ControlState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Which check"))
        self.setSubTitle(self.tr("Each check looks over the whole base; what it finds "
                                 "becomes tasks for your team."))  # fmt: skip
        self.buttons: dict[str, QRadioButton] = {}
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        mnemonics = dict(zip(KINDS, ("&1 ", "&2 ", "&3 ", "&4 ", "&5 "), strict=True))
        for kind in KINDS:
            button = QRadioButton(mnemonics[kind] + check_name(kind), self)
            button.setObjectName(f"check_{kind}")
            description = QLabel(tr(CHECK_DESCRIPTIONS[kind]), self)
            description.setWordWrap(True)
            description.setIndent(24)
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
            layout.addWidget(description)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def choose(self, kind: str) -> None:
        self.buttons[kind].setChecked(True)
        self.state.kind = kind

    def _toggled(self) -> None:
        for kind, button in self.buttons.items():
            if button.isChecked():
                self.state.kind = kind


class WhatPage(QWizardPage):
    """The chosen check's form; Next stays disabled, with the reason shown, until the form
    makes a check the engine accepts."""

    def __init__(self, state: ControlState) -> None:
        super().__init__()
        self.state = state
        choices = state.choices
        self.forms: dict[str, Form] = {
            CONTACT_INFO: ContactForm(choices),
            PROPERTIES: PropertiesForm(choices),
            REGISTRATION: RegistrationForm(choices),
            NAMES: NamesForm(choices),
            DUPLICATES: DuplicatesForm(),
        }
        self.stack = QStackedWidget(self)
        for form in self.forms.values():
            self.stack.addWidget(form)
            form.changed.connect(self._changed)
        self.reason = QLabel(self)
        self.reason.setObjectName("whatReason")
        self.reason.setStyleSheet(REASON_STYLE)
        self.reason.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.reason)

    @property
    def form(self) -> Form:
        return self.forms[self.state.kind]

    def initializePage(self) -> None:
        self.setTitle(check_name(self.state.kind))
        self.setSubTitle(self.tr("Choose what to look for, then press Next to run the check."))
        self.stack.setCurrentWidget(self.form)
        self._changed()

    def _changed(self) -> None:
        why = form_reason(self.form)
        self.reason.setText(why or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return form_reason(self.form) is None

    def validatePage(self) -> bool:
        self.state.check = self.form.build()
        return True

"""What the control wizard's pages share: the base, who runs it, the choices read when it
opened, the check chosen and what it found, and the tasks made."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.db import Database
from desktop_crm.wizards.control.checks import Check, ResultRow
from desktop_crm.wizards.control.choices import WizardChoices
from desktop_crm.wizards.control.runner import CheckRun
from desktop_crm.wizards.control.task_maker import MadeTask

CONTACT_INFO, PROPERTIES, REGISTRATION, NAMES, DUPLICATES = (
    "contact_info",
    "properties",
    "registration",
    "names",
    "duplicates",
)
KINDS = (CONTACT_INFO, PROPERTIES, REGISTRATION, NAMES, DUPLICATES)


@dataclass
class ControlState:
    database: Database
    login: str
    choices: WizardChoices
    actor_id: int = 0  # who runs the wizard: the records no one owns go to them by default
    kind: str = CONTACT_INFO
    check: Check | None = None  # the check the "what" page built
    run: CheckRun | None = None  # what the check found
    rows: list[ResultRow] = field(default_factory=list)
    made: list[MadeTask] = field(default_factory=list)

    def executor_name(self, user_id: int, login: str = "") -> str:
        for executor in self.choices.executors:
            if executor.id == user_id:
                return executor.name
        return login or f"#{user_id}"

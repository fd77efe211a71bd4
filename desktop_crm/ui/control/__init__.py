"""Control wizards in the window (issue 11, item 5): the Control menu's checks open one
`ControlWizard` on the check chosen. Admins only: the menu entries need the CONTROL
permission, and the wizard and the runner refuse anyone else in the service layer too."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt

from desktop_crm.errors import PermissionDenied
from desktop_crm.ui.control.state import CONTACT_INFO, NAMES, PROPERTIES, REGISTRATION
from desktop_crm.ui.control.wizard import ControlWizard
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.tasks.events import task_events

MENU_KEYS = {
    "ctl_contact_info": CONTACT_INFO,
    "ctl_properties": PROPERTIES,
    "ctl_registration": REGISTRATION,
    "ctl_names": NAMES,
}
MY_TASKS = "my_tasks"


def open_control_wizard(window: Shell, kind: str) -> ControlWizard | None:
    """A new wizard on the check `kind`; a user who may not run checks gets the sentence."""
    try:
        wizard = ControlWizard(
            window.database,
            window.login,
            kind,
            window,
            tasks_available=_tasks_available(window),
        )
    except PermissionDenied as exc:
        show_error(window, exc)
        return None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one a run, gone when closed
    wizard.openClientRequested.connect(window.open_client_card)
    wizard.openTasksRequested.connect(lambda: _open_my_tasks(window))
    # the status bar's count of open tasks and the open task lists read again
    wizard.tasksCreated.connect(task_events().changed)
    wizard.show()
    return wizard


def _tasks_available(window: Shell) -> bool:
    is_provided = getattr(window, "is_provided", None)
    return bool(is_provided and is_provided(MY_TASKS))


def _open_my_tasks(window: Shell) -> None:
    actions = getattr(window, "actions", {})
    action = actions.get(MY_TASKS) if isinstance(actions, dict) else None
    if action is not None and action.isEnabled():
        action.trigger()


def install(window: Shell) -> None:
    for key, kind in MENU_KEYS.items():
        window.provide(key, partial(open_control_wizard, window, kind))

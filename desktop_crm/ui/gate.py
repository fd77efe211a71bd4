"""What a menu entry that opens a window of its own does first and last: ask the services
whether the user may (their refusal shown in its words), and bring the window forward."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_crm.errors import PermissionDenied
from desktop_crm.services.access import Permission, current_user, require
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.shell import Shell


def allowed(window: Shell, permission: Permission) -> bool:
    """Whether the window's user holds `permission`; if not, the refusal is shown."""
    try:
        with window.database.session() as session:
            require(current_user(session, window.login), permission)
    except PermissionDenied as exc:
        show_error(window, exc)
        return False
    return True


def bring_forward(widget: QWidget) -> None:
    widget.show()
    widget.raise_()
    widget.activateWindow()

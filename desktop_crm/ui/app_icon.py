"""The application icon, from the PNG sizes built from resources/icons/desktop-crm.svg."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_crm.resource_files import icon_files


def app_icon() -> QIcon:
    """Every PNG size in one icon (sharp in a title bar, a task switcher and the About box);
    a null icon when the install has none."""
    icon = QIcon()
    for size in icon_files():
        icon.addFile(str(size))
    return icon

"""The Help menu: About (version, where the data lives, the database, the licence) and the
user guide shipped with the application."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_crm.ui.help.about_dialog import AboutDialog
from desktop_crm.ui.help.guide_dialog import GuideDialog
from desktop_crm.ui.shell import Shell


def open_guide(window: Shell) -> GuideDialog:
    """The guide beside the window (not modal); one at a time, brought forward if open."""
    guide = window.findChild(GuideDialog, "guideDialog")
    if guide is None:
        guide = GuideDialog(parent=window)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def open_about(window: Shell) -> AboutDialog:
    about = AboutDialog(window.database, window)
    about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    about.open()
    return about


def install(window: Shell) -> None:
    """Help › User guide and Help › About desktop-crm."""
    window.provide("user_guide", lambda: open_guide(window))
    window.provide("about", lambda: open_about(window))


__all__ = ["AboutDialog", "GuideDialog", "install", "open_about", "open_guide"]

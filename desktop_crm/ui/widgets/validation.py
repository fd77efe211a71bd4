"""Marking a field invalid while the user types: a red frame and the reason as its tooltip.
A widget's `invalid` property tells whether it is marked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

INVALID_STYLE = "border: 1px solid #c62828; border-radius: 2px; background: #fff3f3;"


def mark_invalid(widget: QWidget, problem: str | None) -> None:
    """Show `problem` on the widget (None clears it). The style sheet is set on the invalid
    widget alone: a style sheet on a whole card would restyle (and slow) every child."""
    invalid = problem is not None
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet(INVALID_STYLE if invalid else "")
    widget.setToolTip(problem or "")

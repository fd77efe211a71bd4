"""Colours and fonts of the card's labels, set through palettes and fonts rather than style
sheets: a style sheet makes Qt restyle the widget with a slower style, and a card has many
labels (style sheets are kept for the rare invalid field and the message bar)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

MUTED = "#6b7785"
SECTION = "#44546a"
ERROR = "#8a1c13"
MESSAGE_STYLES = {
    "error": "padding: 6px 8px; border-radius: 3px; background: #fdecea; color: #8a1c13;",
    "info": "padding: 6px 8px; border-radius: 3px; background: #e8f1fb; color: #1a4d80;",
    "warning": "padding: 6px 8px; border-radius: 3px; background: #fff4e0; color: #7a4a00;",
}


def text_colour(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def muted(label: QLabel) -> QLabel:
    """Secondary text: hints, empty states, the card's subtitle."""
    text_colour(label, MUTED)
    return label


def error_text(label: QLabel) -> QLabel:
    """The reason an action is not possible."""
    text_colour(label, ERROR)
    return label


def emphasised(label: QLabel, *, point_delta: float = 0.0, colour: str | None = None) -> QLabel:
    """Bold text, optionally larger and coloured: titles and section headings."""
    font = label.font()
    font.setBold(True)
    if point_delta:
        font.setPointSizeF(font.pointSizeF() + point_delta)
    label.setFont(font)
    if colour:
        text_colour(label, colour)
    return label

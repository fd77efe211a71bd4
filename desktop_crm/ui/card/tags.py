"""Tags of a card as removable chips and an "Add tag" field that completes from the tags of
the base (CLI-4). Chips wrap onto new lines like words in a paragraph."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.errors import ValidationError
from desktop_crm.services.tags import clean_tag_name, tag_key
from desktop_crm.ui.error_words import error_message


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping to the next line when a line is full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def height_for(self, width: int) -> int:
        """The height its items take when laid out in `width`."""
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if (widget := item.widget()) is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class ChipArea(QWidget):
    """Holds the chips in a `FlowLayout` and takes the height its lines need at its width.
    (A minimum height set on resize, rather than height-for-width, which form layouts
    inside scroll areas honour unreliably.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)

    def refit(self) -> None:
        height = self.flow.height_for(max(1, self.width())) if self.flow.count() else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()


class TagChip(QFrame):
    """A tag with an ✕ (`remove_button`)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("tagChip")
        label = QLabel(name, self)
        self.remove_button = QToolButton(self)
        self.remove_button.setAutoRaise(True)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove the tag {0}").format(name))
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 3, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(self.remove_button)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded pill (drawn here: a style sheet would restyle every chip slowly)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#b7c9e2"))
        painter.setBrush(QColor("#e3ecf7"))
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)


class TagChipsEditor(QWidget):
    """Chips of the card's tags and the "Add tag" field. Signals: `changed()`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips: list[TagChip] = []
        self._chip_area = ChipArea(self)
        self._flow = self._chip_area.flow
        self.add_edit = QLineEdit(self)
        self.add_edit.setObjectName("addTag")
        self.add_edit.setPlaceholderText(self.tr("Add tag… (Enter)"))
        self._known = QStringListModel(self)
        self.completer = QCompleter(self._known, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_edit.setCompleter(self.completer)
        self.add_edit.returnPressed.connect(self._add_typed)
        self.completer.activated.connect(self._add_completed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._chip_area)
        layout.addWidget(self.add_edit)

    def set_known_tags(self, names: list[str] | tuple[str, ...]) -> None:
        """The tags of the base, offered while typing."""
        self._known.setStringList(list(names))

    def set_tags(self, names: list[str]) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self._chips = []
        for name in names:
            self._add_chip(name)
        self._chip_area.refit()

    def tags(self) -> list[str]:
        return [chip.name for chip in self._chips]

    def chip(self, name: str) -> TagChip | None:
        """The chip of a tag (any case), e.g. to click its remove button."""
        key = tag_key(name)
        return next((c for c in self._chips if tag_key(c.name) == key), None)

    def add_tag(self, name: str) -> bool:
        """Add a chip unless the card has the tag already (in any case); False if not added."""
        try:
            cleaned = clean_tag_name(name)
        except ValidationError as exc:
            self.add_edit.setToolTip(error_message(exc))
            return False
        if self.chip(cleaned) is not None:
            return False
        known = {tag_key(n): n for n in self._known.stringList()}
        self._add_chip(known.get(tag_key(cleaned), cleaned))  # reuse the base's spelling
        self.changed.emit()
        return True

    def remove_tag(self, name: str) -> None:
        chip = self.chip(name)
        if chip is None:
            return
        self._chips.remove(chip)
        self._flow.removeWidget(chip)
        chip.hide()
        chip.deleteLater()
        self._chip_area.refit()
        self.changed.emit()

    def _add_chip(self, name: str) -> None:
        chip = TagChip(name, self._chip_area)
        chip.remove_button.clicked.connect(lambda: self.remove_tag(chip.name))
        self._flow.addWidget(chip)
        chip.show()
        self._chips.append(chip)
        self._chip_area.refit()

    def _add_typed(self) -> None:
        text = self.add_edit.text()
        if text.strip():
            self.add_tag(text)
        self.add_edit.clear()

    def _add_completed(self, text: str) -> None:
        self.add_tag(text)
        self.add_edit.clear()

"""Search matches highlighted in the client list (issue 15): the part of a name, company, phone
or email that the search box's text matched is painted on a light marker, so a user sees why a
row is in the result.

`match_spans` finds the parts (plain text, no Qt); `MatchDelegate` paints them."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop_crm.services.names import name_key

MARKER = QColor("#ffe27a")  # the highlighter pen
MARKED_TEXT = QColor("#1f1f1f")
TEXT_KEYS = ("name", "company", "email")
PHONE_KEYS = ("phone",)
MIN_DIGITS = 3


def _fold_char(ch: str) -> str:
    folded = ch.casefold()
    return folded if len(folded) == 1 else ch


def _fold(text: str) -> str:
    """Case-folded, ё read as е, one character for one (so positions stay those of `text`)."""
    return "".join(_fold_char(ch) for ch in text).replace("ё", "е")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _search_words(search: str) -> list[str]:
    return list(dict.fromkeys(name_key(search).split()))


def _text_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    folded = _fold(text)
    spans = []
    for word in words:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(word), folded)]
    return spans


def _phone_spans(text: str, search: str) -> list[tuple[int, int]]:
    wanted = re.sub(r"\D", "", search)
    if len(wanted) < MIN_DIGITS:
        return []
    places = [i for i, ch in enumerate(text) if ch.isdigit()]
    shown = "".join(text[i] for i in places)
    found = shown.find(wanted)
    if found < 0 and len(wanted) > MIN_DIGITS:  # 8 912 … typed, +7 912 … shown
        wanted = wanted[1:]
        found = shown.find(wanted)
    if found < 0:
        return []
    return [(places[found], places[found + len(wanted) - 1] + 1)]


def match_spans(
    key: str, text: str, search: str, words: list[str] | None = None
) -> list[tuple[int, int]]:
    """[(start, end)] of `text` (a cell of column `key`) that `search` matched; `words`, the
    search folded (`_search_words`), when the caller keeps it."""
    if not text or not search.strip():
        return []
    if key in PHONE_KEYS:
        return _phone_spans(text, search)
    if key in TEXT_KEYS:
        return _merge(_text_spans(text, _search_words(search) if words is None else words))
    return []


class MatchDelegate(QStyledItemDelegate):
    """Paints the search matches of the name, company, phone and email columns; `key_of`
    gives a logical column's key, `search` is the text searched for now.

    A delegate written in Python costs a call per painted cell, so `attach` gives it only the
    columns it may mark; the others keep Qt's own delegate."""

    def __init__(self, key_of: Callable[[int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key_of = key_of
        self._search = ""
        self._words: list[str] = []

    @property
    def search(self) -> str:
        return self._search

    @search.setter
    def search(self, text: str) -> None:
        self._search, self._words = text, _search_words(text)  # folded once, not per cell

    def attach(self, view: QAbstractItemView, column_count: int) -> None:
        """Paint the markable columns of `view` (call again when its columns change)."""
        for column in range(column_count):
            markable = self.key_of(column) in TEXT_KEYS + PHONE_KEYS
            view.setItemDelegateForColumn(column, self if markable else view.itemDelegate())

    def spans(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[int, int]]:
        """The matched parts of the cell at `index`."""
        key = self.key_of(index.column())
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str):
            return []
        return match_spans(key, text, self._search, self._words)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        spans = self.spans(index) if self.search else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        plain = opt.palette.highlightedText() if selected else opt.palette.text()
        painter.save()
        painter.setClipRect(area)
        painter.setFont(opt.font)
        metrics = opt.fontMetrics
        x, cut = area.left() + margin, 0
        for start, end in [*spans, (len(text), len(text))]:
            for part, marked in ((text[cut:start], False), (text[start:end], True)):
                if not part:
                    continue
                width = metrics.horizontalAdvance(part)
                box = QRect(x, area.top(), width, area.height())
                if marked:
                    painter.fillRect(box.adjusted(0, 3, 0, -3), MARKER)
                painter.setPen(MARKED_TEXT if marked else plain.color())
                painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), part)
                x += width
            cut = end
        painter.restore()

"""The feed list of a card (CLI-6): a paged model over `services.feed.feed` and a delegate that
draws each entry as an icon, a bold title with its time, the author, and the text wrapped."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_crm.services import feed as feed_service
from desktop_crm.services.feed import FeedEntry
from desktop_crm.ui.card.record_text import feed_text, feed_title
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.widgets.paged_model import ROW_ROLE, PagedModel

PAGE = 50
TEXT_LIMIT = 600  # characters of an entry's text drawn in the list; the tooltip has it all
ICON = 28
PAD = 8

# kind -> (badge colour, glyph, fallback letter)
BADGES = {
    feed_service.NOTE: ("#f2b134", "✎", "N"),
    feed_service.CALL: ("#3f9c5a", "☎", "C"),
    feed_service.EMAIL: ("#3b7dd8", "✉", "E"),
    feed_service.TASK: ("#8e5bc8", "✓", "T"),
    feed_service.DEAL: ("#d0683a", "$", "D"),
    feed_service.FILE: ("#5f7d8c", "❏", "F"),
    feed_service.CHANGE: ("#9aa5b1", "↻", "H"),
}


@cache
def feed_icon(kind: str) -> QIcon:
    """A round badge with the kind's glyph (a letter where the font lacks the glyph)."""
    colour, glyph, letter = BADGES.get(kind, ("#9aa5b1", "•", "?"))
    pixmap = QPixmap(ICON * 2, ICON * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(0, 0, ICON, ICON)
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    if not _has_glyph(font, glyph):
        glyph = letter
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, ICON, ICON), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


def _has_glyph(font: QFont, glyph: str) -> bool:
    """True when some installed font draws `glyph` (Qt falls back across fonts)."""
    return any(
        QFontMetrics(QFont(family)).inFontUcs4(ord(glyph[0]))
        for family in ("DejaVu Sans", "Segoe UI Symbol", "Noto Sans Symbols", font.family())
        if family in QFontDatabase.families() or family == font.family()
    )


def shown_text(entry: FeedEntry) -> str:
    text = (feed_text(entry) or "").strip()
    if len(text) > TEXT_LIMIT:
        text = text[:TEXT_LIMIT].rstrip() + "…"
    return text


class FeedModel(PagedModel):
    """The feed of one client, newest first, fetched page by page."""

    headers = ("",)

    def __init__(self, read_page, parent: Any = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(read_page, PAGE, parent)

    def cell(self, row: FeedEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return feed_title(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return feed_icon(row.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return feed_text(row) or feed_title(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{feed_title(row)}. {feed_text(row) or ''}"
        return None


class FeedDelegate(QStyledItemDelegate):
    """Draws a feed entry: icon, title and time, author, text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        # (kind, id, width) -> size: the view asks for every row's size again whenever rows
        # are added, and wrapping an entry's text is the costly part of the answer
        self._sizes: dict[tuple[str, int, int], QSize] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        return title, small, QFont(option.font)

    def _text_width(self) -> int:
        return max(120, self.view.viewport().width() - ICON - PAD * 3)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        entry: FeedEntry = index.data(ROW_ROLE)
        width = self._text_width()
        key = (entry.kind, entry.id, width)
        cached = self._sizes.get(key)
        if cached is not None:
            return cached
        if len(self._sizes) > 5000:
            self._sizes.clear()
        title_font, small_font, body_font = self._fonts(option)
        height = PAD + QFontMetrics(title_font).height() + QFontMetrics(small_font).height()
        text = shown_text(entry)
        if text:
            flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs
            rect = QFontMetrics(body_font).boundingRect(QRect(0, 0, width, 10_000), flags, text)
            height += 4 + rect.height()
        size = QSize(width, max(height + PAD, ICON + PAD * 2))
        self._sizes[key] = size
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry: FeedEntry = index.data(ROW_ROLE)
        painter.save()
        style = option.widget.style() if option.widget else self.view.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        rect = option.rect
        painter.setPen(QColor("#e3e7ec"))
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
        feed_icon(entry.kind).paint(painter, QRect(rect.left() + PAD, rect.top() + PAD, ICON, ICON))

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else QColor("#6b7785")
        title_font, small_font, body_font = self._fonts(option)
        left = rect.left() + ICON + PAD * 2
        width = rect.right() - PAD - left
        y = rect.top() + PAD

        when = local_time(entry.at)
        painter.setFont(small_font)
        small_metrics = QFontMetrics(small_font)
        when_width = small_metrics.horizontalAdvance(when) + PAD
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - PAD - when_width, y, when_width, small_metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = title_metrics.elidedText(
            feed_title(entry), Qt.TextElideMode.ElideRight, max(40, width - when_width)
        )
        painter.drawText(QRect(left, y, width - when_width, title_metrics.height()), 0, title)
        y += title_metrics.height()

        painter.setFont(small_font)
        painter.setPen(muted)
        painter.drawText(QRect(left, y, width, small_metrics.height()), 0, entry.author or "—")
        y += small_metrics.height()

        text = shown_text(entry)
        if text:
            painter.setFont(body_font)
            painter.setPen(text_colour)
            flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs
            painter.drawText(QRect(left, y + 4, width, rect.bottom() - y), int(flags), text)
        painter.restore()

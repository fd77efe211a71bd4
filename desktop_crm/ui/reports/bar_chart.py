"""A stacked horizontal bar chart of the discipline report: one bar per executor, split into
done on time, done late, overdue and open.

Painted with QPainter rather than QtCharts: QtCharts ships in PySide6-Addons, a 175 MB wheel
the installer would carry for this one chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 18
ROW_GAP = 8
LABEL_WIDTH = 160
LEGEND_HEIGHT = 28
MARGIN = 10


@dataclass(frozen=True, slots=True)
class Segment:
    label: str
    color: QColor


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    values: tuple[int, ...]  # one a segment, in the segments' order


class StackedBarChart(QWidget):
    """Bars share one scale: the longest bar fills the width."""

    def __init__(self, segments: Sequence[Segment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments = list(segments)
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[Bar], empty_text: str = "") -> None:
        self.bars = list(bars)
        self.empty_text = empty_text
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(480, LEGEND_HEIGHT + 2 * MARGIN + rows * (BAR_HEIGHT + ROW_GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, LEGEND_HEIGHT + 2 * MARGIN + BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_legend(painter)
        if not self.bars or not any(sum(b.values) for b in self.bars):
            painter.drawText(
                self.rect().adjusted(0, LEGEND_HEIGHT, 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                self.empty_text,
            )
            return
        scale = max(sum(b.values) for b in self.bars)
        width = max(self.width() - LABEL_WIDTH - 3 * MARGIN - 40, 20)
        top = LEGEND_HEIGHT + MARGIN
        for row, bar in enumerate(self.bars):
            y = top + row * (BAR_HEIGHT + ROW_GAP)
            self._paint_bar(painter, bar, y, width / scale)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        x = MARGIN
        metrics = painter.fontMetrics()
        for segment in self.segments:
            painter.fillRect(QRectF(x, MARGIN, 12, 12), segment.color)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(int(x + 16), MARGIN + 11, segment.label)
            x += 16 + metrics.horizontalAdvance(segment.label) + 18

    def _paint_bar(self, painter: QPainter, bar: Bar, y: int, per_task: float) -> None:
        text_color = self.palette().windowText().color()
        painter.setPen(text_color)
        label_rect = QRectF(MARGIN, y, LABEL_WIDTH, BAR_HEIGHT)
        elided = painter.fontMetrics().elidedText(
            bar.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH
        )
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, elided)
        x = float(MARGIN * 2 + LABEL_WIDTH)
        for value, segment in zip(bar.values, self.segments, strict=True):
            length = value * per_task
            if length > 0:
                painter.fillRect(QRectF(x, y, length, BAR_HEIGHT), segment.color)
            x += length
        painter.setPen(text_color)
        total_rect = QRectF(x + 6, y, 60, BAR_HEIGHT)
        painter.drawText(total_rect, Qt.AlignmentFlag.AlignVCenter, str(sum(bar.values)))

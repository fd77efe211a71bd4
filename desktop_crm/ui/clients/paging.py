"""Which rows of a result the client list shows: one page of `size` rows, or (size None, the
continuous mode) every row, read as the user scrolls."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Paging:
    size: int | None = None
    page: int = 0

    @property
    def offset(self) -> int:
        """The result's row shown first."""
        return 0 if self.size is None else self.page * self.size

    def page_count(self, total: int, more_unread: bool) -> int:
        """Pages of a result of `total` rows (while it is counted: those read, and one more)."""
        if self.size is None:
            return 1
        pages = max(1, math.ceil(total / self.size))
        return pages + 1 if more_unread else pages

    def rows_shown(self, total: int) -> int:
        """How many of `total` rows the current page shows."""
        if self.size is None:
            return total
        return max(0, min(self.size, total - self.offset))

    def resize(self, size: int | None) -> None:
        """Another page size, on the page that holds the row shown first now."""
        first = self.offset
        self.size = size
        self.page = first // size if size else 0

"""How the import cuts rows into statements: every row once, in order, in few distinct sizes
(the driver caches one prepared statement per size)."""

from __future__ import annotations

import pytest

from desktop_crm.wizards.importing.bulk import _chunks


@pytest.mark.parametrize("per", [1, 3, 7, 45, 2048])
def test_every_row_once_in_order_in_few_sizes(per: int) -> None:
    sizes: set[int] = set()
    for total in [*range(0, 130), 999, 2000, 2047, 2048, 2049, 5000]:
        rows = list(range(total))
        pieces = list(_chunks(rows, per))
        assert [r for piece in pieces for r in piece] == rows
        for piece in pieces:
            assert 0 < len(piece) <= per
            assert len(piece) == per or len(piece) & (len(piece) - 1) == 0  # a power of two
        sizes |= {len(p) for p in pieces}
    assert len(sizes) <= per.bit_length() + 1

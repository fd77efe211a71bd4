"""A 100,000-row file through the wizard: the import runs on a worker thread and the window keeps
answering events all along (IMP-14). A timer started before the run must keep firing on
schedule; its largest gap is what a user would feel as a freeze."""

from __future__ import annotations

import gc
import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from test_import_wizard_support import (
    choose_file,
    count,
    forward,
    make_wizard,
    wait_checked,
)

from desktop_crm.db import Database
from desktop_crm.services.access import current_user
from desktop_crm.ui.importing.wizard import MAPPING, PREVIEW, RESULTS, RUN, SETTINGS

ROWS = 100_000
TICK_MS = 20
# A gap this long is a visible stutter, far from a freeze. Measured: ~0.5 s before the window's
# objects were frozen out of full garbage collections during the run, ~0.16 s since.
MAX_GAP_S = 0.5
FORMATS = (
    "+7 916 {a:03d}-{b:02d}-{c:02d}",
    "8 (916) {a:03d} {b:02d} {c:02d}",
    "916{a:03d}{b:02d}{c:02d}",
)


def messy_csv(path: Path, rows: int) -> Path:
    """Names, phones in mixed local formats, emails, tags; cp1251 with semicolons."""
    lines = ["ФИО;Телефон;Email;Теги"]
    for i in range(rows):
        a, b, c = i // 10_000, i // 100 % 100, i % 100
        phone = FORMATS[i % 3].format(a=a, b=b, c=c)
        lines.append(f"Клиент Номер {i};{phone};client{i}@example.ru;{'VIP' if i % 7 == 0 else ''}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return path


@pytest.mark.slow
def test_a_100000_row_file_imports_while_the_window_answers(
    qtbot: QtBot, sqlite_database: Database, tmp_path: Path
) -> None:
    database = sqlite_database
    with database.transaction() as session:
        current_user(session, "admin")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, messy_csv(tmp_path / "clients.csv", ROWS))
    assert "about 100,000 rows" in wizard.source_page.info_label.text()
    forward(qtbot, wizard, SETTINGS)
    forward(qtbot, wizard, MAPPING)
    forward(qtbot, wizard, PREVIEW)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.progress.value() > 0, timeout=120_000)
    qtbot.mouseClick(preview.stop_button, Qt.MouseButton.LeftButton)  # seen enough of the check
    wait_checked(qtbot, wizard)
    assert preview.count_labels["failed"].text() == "0"

    # What earlier tests of this process left behind is not what a user's window carries: out
    # of the collector's sight, so its full collections weigh only this window and the run. As
    # the window's own startup freeze, it is never unfrozen (gc_policy.py).
    gc.collect()
    gc.freeze()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    forward(qtbot, wizard, RUN)
    run = wizard.run_page
    texts: set[str] = set()
    qtbot.waitUntil(
        lambda: texts.add(run.progress_label.text()) or wizard.currentId() == RESULTS,
        timeout=1_200_000,
    )
    timer.stop()
    seconds = time.monotonic() - started

    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    largest = max(gaps)
    print(
        f"\n100k import through the wizard: {seconds:.1f} s ({ROWS / seconds:,.0f} rows/s); "
        f"timer ticks {len(ticks)} of {seconds * 1000 / TICK_MS:.0f} expected; "
        f"largest gap {largest * 1000:.0f} ms"
    )
    assert wizard.results_page.view.count_labels["created"].text() == "100,000"
    assert count(database) == ROWS
    assert any("rows/s" in t and "left" in t for t in texts)  # the page showed speed and time
    assert len(ticks) >= seconds * 1000 / TICK_MS / 4
    assert largest < MAX_GAP_S

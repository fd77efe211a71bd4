"""How far a long job of the import wizard is, in words: rows done of the total, rows per
second, the time left."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from desktop_crm.ui.importing.common import number


def duration(seconds: float) -> str:
    """ "12 s", "3 min 20 s", "1 h 5 min"."""
    whole = max(0, round(seconds))
    if whole < 60:
        return QCoreApplication.translate("ImportWizard", "{0} s").format(whole)
    if whole < 3600:
        return QCoreApplication.translate("ImportWizard", "{0} min {1} s").format(
            whole // 60, whole % 60
        )
    return QCoreApplication.translate("ImportWizard", "{0} h {1} min").format(
        whole // 3600, whole % 3600 // 60
    )


class Speed:
    """Rows done, rows per second and the time left, measured from the first report."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def rate(self, done: int) -> float:
        elapsed = time.monotonic() - self.started
        return done / elapsed if elapsed > 0 else 0.0

    def describe(self, done: int, total: int | None) -> str:
        if total:
            parts = [
                QCoreApplication.translate("ImportWizard", "{0} of {1} rows").format(
                    number(done), number(total)
                )
            ]
        else:
            parts = [QCoreApplication.translate("ImportWizard", "{0} rows").format(number(done))]
        rate = self.rate(done)
        if done and time.monotonic() - self.started > 0.3:
            parts.append(
                QCoreApplication.translate("ImportWizard", "{0} rows/s").format(number(round(rate)))
            )
            if total and rate > 0 and done < total:
                parts.append(
                    QCoreApplication.translate("ImportWizard", "about {0} left").format(
                        duration((total - done) / rate)
                    )
                )
        return " · ".join(parts)

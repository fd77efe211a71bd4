"""Reports: the period asked for."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class ReportCodes:
    PERIOD_REVERSED = code(
        "report.period_reversed",
        QT_TRANSLATE_NOOP("Errors", "The period starts on {start} after it ends on {end}."),
    )

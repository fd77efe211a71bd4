"""`desktop-crm calls import`: a call log stored as calls, once each, and linked to the cards
of their numbers, in one transaction (the caller's): a file that proves unreadable half-way
leaves nothing behind. A row that cannot be a call fails with its reason and the rest go on."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.models import User
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import Permission, require
from desktop_crm.services.interactions.linked import link_new
from desktop_crm.services.interactions.store import InteractionData, store_interactions
from desktop_crm.wizards.calls.common import Failed, LogFile, Outcomes, Skipped
from desktop_crm.wizards.calls.layout import AUTO, MAPPED, Matching, open_call_log
from desktop_crm.wizards.calls.presets import save_call_preset

PROGRESS_EVERY = 1000
KEPT_FAILURES = 100  # reasons reported; the count covers them all


@dataclass
class CallImportResult:
    format: str = AUTO
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0  # calls between two extensions
    linked: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    failures: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "read": self.read,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "skipped": self.skipped,
            "linked": self.linked,
            "seconds": round(self.seconds, 3),
            "failures": [{"row": row, "reason": reason} for row, reason in self.failures],
        }


def pbx_zone(name: str | None) -> tzinfo | None:
    """The time zone called `name` ("Europe/Moscow", "UTC"); None for None."""
    if name is None:
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ImportSettingsError(Code.CALLS_TIMEZONE_UNKNOWN, name=name) from None


def _calls(
    outcomes: Outcomes,
    result: CallImportResult,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterator[InteractionData]:
    for seen, outcome in enumerate(outcomes, 1):
        if seen % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                result.cancelled = True
                return
            if progress is not None:
                progress(seen, None)
        if isinstance(outcome, Skipped):
            result.skipped += 1
        elif isinstance(outcome, Failed):
            result.failed += 1
            if len(result.failures) < KEPT_FAILURES:
                result.failures.append((outcome.row, outcome.reason))
        else:
            yield outcome


def import_calls(
    session: Session,
    user: User,
    path: Path,
    *,
    layout: str = AUTO,
    matching: Matching | None = None,
    save_preset: str | None = None,
    timezone: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CallImportResult:
    """Store the calls of the log at `path` once each and link the new ones; `save_preset`
    keeps a matched table's columns under that name; `timezone` is the phone system's clock
    (an IANA name; None: this computer's). On `cancelled` it stops and says so in the result:
    the caller rolls back."""
    started = time.perf_counter()
    require(user, Permission.IMPORT)
    log_file = LogFile(Path(path).name, pbx_zone(timezone))
    log = open_call_log(session, Path(path), layout, matching)
    result = CallImportResult(format=log.format)
    with log.source:
        if save_preset and log.format == MAPPED and log.mapping is not None:
            save_call_preset(session, save_preset, log.mapping, log.source.headers, user)
        calls = _calls(log.outcomes(log_file), result, progress, cancelled)
        stored = store_interactions(session, calls, user)
    result.read = stored.read + result.failed + result.skipped
    result.imported, result.duplicates = stored.imported, stored.duplicates
    if not result.cancelled:
        result.linked = link_new(session, stored.stored_ids)
    result.seconds = time.perf_counter() - started
    return result

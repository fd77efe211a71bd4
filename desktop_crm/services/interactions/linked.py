"""The seam between the sources and the linking job: a source stores its interactions, then
hands the new ids to `link_new`. The linking job (`desktop_crm.services.linking`) is looked up
at call time, so a source works, and reports nothing linked, where the job is not installed."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from sqlalchemy.orm import Session

LINKING_MODULE = "desktop_crm.services.linking"


def link_new(session: Session, ids: Sequence[int]) -> int:
    """Link the interactions `ids` to their cards now; how many got one."""
    if not ids:
        return 0
    try:
        linking = importlib.import_module(LINKING_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != LINKING_MODULE:
            raise
        return 0
    result = linking.link_interactions(session, list(ids))
    return int(getattr(result, "linked", 0))

"""The change-log lines of an import and of its undo, as the card's History reads them.

Each line names the import (`import_job_id`), and holds the text a person reads, the same as a
change made on the card (`services.changelog`): a date as DD.MM.YYYY, the company, group and
main manager by name under the card's field names ("company", "group", "responsible"), not
their ids. A company the same batch creates stands as its `Target` until it has its id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, User
from desktop_crm.services.changelog import CLIENT_ENTITY, display
from desktop_crm.services.groups import group_paths
from desktop_crm.wizards.importing.targets import Target

CHANGE_INSERT = (
    "entity",
    "entity_id",
    "client_id",
    "field",
    "old_value",
    "new_value",
    "user_id",
    "changed_at",
    "import_job_id",
)
# client columns logged under the card's name of the field, with the name of what they refer to
REFERENCES = {"company_id": "company", "group_id": "group", "responsible_id": "responsible"}
HIDDEN = frozenset({"name_key", "sort_key"})  # internal columns the history does not show
# (client, column or field, old value, new value) of a change to a client
LogEntry = tuple[int | Target, str, Any, Any]


def client_id_of(ref: int | Target) -> int:
    if isinstance(ref, Target):
        assert ref.id is not None, "a new client gets its id before its changes are logged"
        return ref.id
    return ref


def change_rows(
    session: Session,
    log: Sequence[LogEntry],
    *,
    user_id: int | None,
    at: Any,
    job_id: int | None,
) -> list[tuple[Any, ...]]:
    """Rows in `CHANGE_INSERT` order for `log`; lines whose shown values are equal are left
    out, and so are internal columns."""
    names = _reference_names(session, log)
    rows = []
    for ref, column, old, new in log:
        if column in HIDDEN:
            continue
        field = REFERENCES.get(column, column)
        if column in REFERENCES:
            old, new = names.get((field, _key(old))), names.get((field, _key(new)))
        old_text, new_text = display(old), display(new)
        if old_text == new_text:
            continue
        client_id = client_id_of(ref)
        rows.append(
            (CLIENT_ENTITY, client_id, client_id, field, old_text, new_text, user_id, at, job_id)
        )
    return rows


def _key(value: Any) -> Any:
    return value.id if isinstance(value, Target) else value


def _reference_names(session: Session, log: Iterable[LogEntry]) -> dict[tuple[str, Any], str]:
    """(field, id) -> the name of the company, group or user a logged reference names."""
    wanted: dict[str, set[int]] = {field: set() for field in REFERENCES.values()}
    names: dict[tuple[str, Any], str] = {}
    for _, column, old, new in log:
        field = REFERENCES.get(column)
        if field is None:
            continue
        for value in (old, new):
            if isinstance(value, Target):  # a company of this batch: its name is at hand
                names[(field, value.id)] = value.values.get("full_name") or ""
            elif value is not None:
                wanted[field].add(value)
    if wanted["company"]:
        found = select(Client.id, Client.full_name).where(Client.id.in_(wanted["company"]))
        names.update({("company", i): n for i, n in session.execute(found).tuples()})
    if wanted["responsible"]:
        found = select(User.id, User.full_name).where(User.id.in_(wanted["responsible"]))
        names.update({("responsible", i): n for i, n in session.execute(found).tuples()})
    if wanted["group"]:
        paths = group_paths(session)
        names.update({("group", i): paths[i] for i in wanted["group"] if i in paths})
    return names

"""The linking job (LNK-3, LNK-4): each unlinked call or email goes to the card whose phones or
emails hold one of its counterparts' normalized values.

Counterparts: the sender of an incoming interaction, the recipients (to and cc) of an outgoing
one — our own side never decides the card. Every phone and email of a card counts, not only the
primary. Priority: a contact person (with its client), then a client in stage client, then a
lead; among cards of one kind the oldest (lowest id). When the matched cards belong to several
clients or several contact persons, the interaction is still linked by that rule and the other
cards are kept in `link_candidates`, so an admin can see the choice.

The work is set-based (the statements are in `linking_sql.py`): per batch of unlinked ids the
database picks the card of every interaction in one GROUP BY pass and writes only the matched
ones, candidates included, so memory stays flat over any number of interactions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime, bindparam, select, text
from sqlalchemy.orm import Session

from desktop_crm.models import Interaction, utcnow
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.models.interactions import InteractionParty
from desktop_crm.services import linking_sql as sql
from desktop_crm.services.linking_sql import GRADES

BATCH = 50_000
IDS_CHUNK = 2_000  # bound parameters per statement when the caller names the ids
AUTO = "auto"
CONTACT_PERSON, CLIENT_CARD, LEAD_CARD = GRADES
LINKABLE_KINDS = (PHONE, EMAIL)

BATCH_POSTGRESQL = 250_000  # hash joins scan the cards once a batch: fewer, larger batches
# memory for the hash joins and the grouping of a batch, for this transaction only
_POSTGRESQL_SETTINGS = {"jit": "off", "work_mem": "64MB"}  # jit: compiling costs more
# The probes of a run hit the cards' pages again and again: a larger page cache, and the file
# mapped into memory, so reading a page costs no system call (40% of a batch on a 1M base).
_SQLITE_TUNING = {"cache_size": -131_072, "mmap_size": 1 << 31}


@dataclass
class LinkResult:
    """What one run did: unlinked interactions examined, how many got a card and of which
    kind, how many had several candidate cards, how many stay unlinked."""

    examined: int = 0
    linked: int = 0
    by: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GRADES, 0))
    ambiguous: int = 0

    @property
    def unlinked(self) -> int:
        return self.examined - self.linked

    def add(self, other: LinkResult) -> None:
        self.examined += other.examined
        self.linked += other.linked
        self.ambiguous += other.ambiguous
        for grade, count in other.by.items():
            self.by[grade] += count

    def as_dict(self) -> dict[str, Any]:
        return {
            "examined": self.examined,
            "linked": self.linked,
            "by": dict(self.by),
            "ambiguous": self.ambiguous,
            "unlinked": self.unlinked,
        }


def link_interactions(session: Session, ids: Iterable[int] | None = None) -> LinkResult:
    """Link the unlinked interactions among `ids` (all of them when None) to their cards, in
    the session's transaction. Already linked ones are left as they are."""
    session.flush()
    dialect = session.get_bind().dialect.name
    if dialect != "postgresql":
        session.execute(text(sql.SQLITE_CREATE_PICKS))
    result = LinkResult()
    with _tuned(session, dialect) if ids is None else nullcontext():
        if ids is None:
            size = BATCH_POSTGRESQL if dialect == "postgresql" else BATCH
            for lo, hi in _unlinked_ranges(session, size):
                scope = "i.id >= :lo AND i.id <= :hi"
                result.add(_link_batch(session, dialect, scope, {"lo": lo, "hi": hi}))
        else:
            wanted = sorted(set(ids))
            for start in range(0, len(wanted), IDS_CHUNK):
                chunk = wanted[start : start + IDS_CHUNK]
                result.add(_link_batch(session, dialect, "i.id IN :ids", {"ids": chunk}))
    return result


@contextmanager
def _tuned(session: Session, dialect: str) -> Iterator[None]:
    """A whole run's own settings on the session's connection, the previous ones back after."""
    execute = session.execute
    if dialect == "postgresql":
        before = {name: execute(text(f"SHOW {name}")).scalar() for name in _POSTGRESQL_SETTINGS}
        for name, setting in _POSTGRESQL_SETTINGS.items():
            execute(text("SELECT set_config(:n, :v, true)"), {"n": name, "v": setting})
        yield
        for name, previous in before.items():
            execute(text("SELECT set_config(:n, :v, true)"), {"n": name, "v": previous})
    elif dialect == "sqlite":
        before = {name: execute(text(f"PRAGMA {name}")).scalar() for name in _SQLITE_TUNING}
        for name, value in _SQLITE_TUNING.items():
            execute(text(f"PRAGMA {name} = {int(value)}"))
        try:
            yield
        finally:
            for name, previous in before.items():
                execute(text(f"PRAGMA {name} = {int(previous or 0)}"))
    else:
        yield


def link_address(session: Session, kind: str, normalized: str) -> LinkResult:
    """Link the unlinked history of one phone or email at once (a card just got it)."""
    return link_addresses(session, [(kind, normalized)])


def link_addresses(session: Session, pairs: Iterable[tuple[str, str | None]]) -> LinkResult:
    """Link the unlinked interactions that have one of these (kind, normalized) values as a
    party. The one hook every path that saves phones or emails calls (the card, a contact
    person, an import, a merge); costs one indexed EXISTS when nothing is unlinked."""
    by_kind: dict[str, set[str]] = defaultdict(set)
    for kind, normalized in pairs:
        if kind in LINKABLE_KINDS and normalized:
            by_kind[kind].add(normalized)
    if not by_kind or not _anything_unlinked(session):
        return LinkResult()
    party = InteractionParty
    ids: set[int] = set()
    for kind, values in by_kind.items():
        ordered = sorted(values)
        for start in range(0, len(ordered), IDS_CHUNK):
            chunk = ordered[start : start + IDS_CHUNK]
            ids.update(
                session.scalars(
                    select(party.interaction_id)
                    .join(Interaction, Interaction.id == party.interaction_id)
                    .where(
                        party.kind == kind,
                        party.normalized.in_(chunk),
                        Interaction.client_id.is_(None),
                        Interaction.contact_person_id.is_(None),
                    )
                )
            )
    return link_interactions(session, ids) if ids else LinkResult()


def _anything_unlinked(session: Session) -> bool:
    return (
        session.scalar(
            select(Interaction.id)
            .where(Interaction.client_id.is_(None), Interaction.contact_person_id.is_(None))
            .limit(1)
        )
        is not None
    )


def _unlinked_ranges(session: Session, size: int) -> Iterable[tuple[int, int]]:
    """Id ranges holding up to `size` unlinked interactions each, walked by keyset over the
    partial index of unlinked ids (the ones a batch leaves unlinked are not met again)."""
    dialect = session.get_bind().dialect.name
    unlinked = f"interactions i {sql.UNLINKED_INDEX.get(dialect, '')} WHERE {sql.UNLINKED}"
    after = 0
    while True:
        first = session.scalar(
            text(f"SELECT MIN(i.id) FROM {unlinked} AND i.id > :a"), {"a": after}
        )
        if first is None:
            return
        last = session.scalar(
            text(f"SELECT i.id FROM {unlinked} AND i.id >= :f ORDER BY i.id LIMIT 1 OFFSET :n"),
            {"f": first, "n": size - 1},
        )
        if last is None:
            last = session.scalar(text(f"SELECT MAX(i.id) FROM {unlinked}"))
        yield int(first), int(last)
        after = int(last)


def _statement(sql_text: str, params: dict[str, Any]) -> Any:
    statement = text(sql_text)
    if "ids" in params:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    if "now" in params:
        statement = statement.bindparams(bindparam("now", type_=DateTime()))
    return statement


def _link_batch(session: Session, dialect: str, scope: str, params: dict[str, Any]) -> LinkResult:
    """Pick and apply the cards of one batch; returns its counts."""
    index = sql.UNLINKED_INDEX.get(dialect, "")
    examined = session.scalar(
        _statement(
            f"SELECT COUNT(*) FROM interactions i {index} WHERE {scope} AND {sql.UNLINKED}", params
        ),
        params,
    )
    result = LinkResult(examined=int(examined or 0))
    if not result.examined:
        return result
    stamp = {"method": AUTO, "now": utcnow()}
    if dialect == "postgresql":
        written = {**params, **stamp}
        counts = session.execute(_statement(sql.postgresql_batch(scope), written), written).all()
    else:
        session.execute(_statement(sql.sqlite_pick(scope), params), params)
        session.execute(text(sql.SQLITE_CANDIDATES))
        session.execute(_statement(sql.SQLITE_APPLY, stamp), stamp)
        counts = session.execute(text(sql.COUNTS.format(source=sql.PICKS))).all()
        session.execute(text(f"DELETE FROM {sql.PICKS}"))
    for grade, count, ambiguous in counts:
        result.by[GRADES[grade]] += int(count)
        result.linked += int(count)
        result.ambiguous += int(ambiguous or 0)
    return result


def is_linked(interaction: Interaction) -> bool:
    return interaction.client_id is not None or interaction.contact_person_id is not None


def counterpart_roles(direction: str) -> Sequence[str]:
    """The party roles that stand for the other side of an interaction."""
    return ("from",) if direction == "in" else ("to", "cc")

"""The linking job (LNK-3, LNK-4): each unlinked call or email goes to the card whose phones or
emails hold one of its counterparts' normalized values.

Counterparts: the sender of an incoming interaction, the recipients (to and cc) of an outgoing
one — our own side never decides the card. Every phone and email of a card counts, not only the
primary. Priority: a contact person (with its client), then a client in stage client, then a
lead; among cards of one kind the oldest (lowest id). When the matched cards belong to several
clients or several contact persons, the interaction is still linked by that rule and the other
cards are kept in `link_candidates`, so an admin can see the choice.

The work is set-based: per batch of unlinked ids one INSERT ... SELECT picks the card of every
interaction with one GROUP BY into a temporary table, and one UPDATE ... FROM applies it.
Python touches only the ambiguous ones (to write their candidates), so memory stays flat over
any number of interactions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime, bindparam, select, text
from sqlalchemy.orm import Session

from desktop_crm.models import Interaction, utcnow
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.models.interactions import InteractionParty

BATCH = 50_000
IDS_CHUNK = 2_000  # bound parameters per statement when the caller names the ids
AUTO = "auto"
CONTACT_PERSON, CLIENT_CARD, LEAD_CARD = "contact_person", "client", "lead"
GRADES = (CONTACT_PERSON, CLIENT_CARD, LEAD_CARD)  # grade 0, 1, 2: lower wins
LINKABLE_KINDS = (PHONE, EMAIL)

_UNLINKED = "i.client_id IS NULL AND i.contact_person_id IS NULL"
_PICKS = "link_picks"
_CREATE_PICKS = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_PICKS} (interaction_id BIGINT PRIMARY KEY, "
    "grade INTEGER NOT NULL, client_id BIGINT NOT NULL, person_id BIGINT, "
    "ambiguous INTEGER NOT NULL, candidates TEXT)"
)
# every (interaction, card) pair the counterparts' addresses match, graded by card kind
_MATCHES = f"""
SELECT ip.interaction_id AS iid,
  CASE WHEN cp.contact_person_id IS NOT NULL THEN 0 WHEN c.stage = 'client' THEN 1 ELSE 2 END
    AS grade,
  COALESCE(cp.contact_person_id, cp.client_id) AS card_id,
  c.id AS client_id,
  cp.contact_person_id AS person_id
FROM interactions i
JOIN interaction_parties ip ON ip.interaction_id = i.id
JOIN contact_points cp ON cp.kind = ip.kind AND cp.normalized = ip.normalized
LEFT JOIN contact_persons p ON p.id = cp.contact_person_id
JOIN clients c ON c.id = COALESCE(cp.client_id, p.client_id)
WHERE {{scope}} AND {_UNLINKED}
  AND ((i.direction = 'in' AND ip.role = 'from')
    OR (i.direction = 'out' AND ip.role IN ('to', 'cc')))
"""
# The winner of each interaction, and whether the matches disagree on client or person. One
# GROUP BY pass (half the cost of window functions): the lowest grade * 2^40 + card id is the
# winner, decoded after; a person's client is read by its primary key.
_CARD_SPACE = 1 << 40
_PICK = f"""
INSERT INTO {_PICKS} (interaction_id, grade, client_id, person_id, ambiguous)
SELECT iid, best / {_CARD_SPACE},
  CASE WHEN best / {_CARD_SPACE} = 0
    THEN (SELECT p.client_id FROM contact_persons p WHERE p.id = best % {_CARD_SPACE})
    ELSE best % {_CARD_SPACE} END,
  CASE WHEN best / {_CARD_SPACE} = 0 THEN best % {_CARD_SPACE} END,
  CASE WHEN lo_client <> hi_client OR lo_person <> hi_person THEN 1 ELSE 0 END
FROM (
  SELECT iid, MIN(grade * {_CARD_SPACE} + card_id) AS best,
    MIN(client_id) AS lo_client, MAX(client_id) AS hi_client,
    MIN(person_id) AS lo_person, MAX(person_id) AS hi_person
  FROM ({{matches}}) m
  GROUP BY iid
) g
"""
# one pass writes the link and the candidates: a second UPDATE would make a second row version
_APPLY = f"""
UPDATE interactions SET client_id = lp.client_id, contact_person_id = lp.person_id,
  link_method = :method, linked_at = :now, link_candidates = {{candidates}}
FROM {_PICKS} lp WHERE interactions.id = lp.interaction_id
"""
# SQLite: walk the picks and look each row up by id (its UPDATE ... FROM scans the table)
_APPLY_SQLITE = f"""
UPDATE interactions SET (client_id, contact_person_id, link_candidates) = (
  SELECT lp.client_id, lp.person_id, lp.candidates FROM {_PICKS} lp
  WHERE lp.interaction_id = interactions.id),
  link_method = :method, linked_at = :now
WHERE interactions.id IN (SELECT interaction_id FROM {_PICKS})
"""
BATCH_POSTGRESQL = 250_000  # hash joins scan the cards once a batch: fewer, larger batches


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
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:  # compiling the plans takes longer than running them
        session.execute(text("SET LOCAL jit = off"))
    session.execute(text(_CREATE_PICKS))
    result = LinkResult()
    if ids is None:
        for lo, hi in _unlinked_ranges(session, BATCH_POSTGRESQL if postgresql else BATCH):
            result.add(_link_batch(session, "i.id >= :lo AND i.id <= :hi", {"lo": lo, "hi": hi}))
    else:
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), IDS_CHUNK):
            chunk = wanted[start : start + IDS_CHUNK]
            result.add(_link_batch(session, "i.id IN :ids", {"ids": chunk}))
    return result


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
    """Id ranges holding up to BATCH unlinked interactions each, walked by keyset over the
    partial index of unlinked ids (the ones a batch leaves unlinked are not met again)."""
    after = 0
    while True:
        first = session.scalar(
            text(f"SELECT MIN(i.id) FROM interactions i WHERE {_UNLINKED} AND i.id > :a"),
            {"a": after},
        )
        if first is None:
            return
        last = session.scalar(
            text(
                f"SELECT i.id FROM interactions i WHERE {_UNLINKED} AND i.id >= :f "
                "ORDER BY i.id LIMIT 1 OFFSET :n"
            ),
            {"f": first, "n": size - 1},
        )
        if last is None:
            last = session.scalar(text(f"SELECT MAX(i.id) FROM interactions i WHERE {_UNLINKED}"))
        yield int(first), int(last)
        after = int(last)


def _statement(sql: str, params: dict[str, Any]) -> Any:
    statement = text(sql)
    if "ids" in params:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    return statement


def _link_batch(session: Session, scope: str, params: dict[str, Any]) -> LinkResult:
    """Pick and apply the cards of one batch; returns its counts."""
    execute = session.execute
    execute(text(f"DELETE FROM {_PICKS}"))
    examined = session.scalar(
        _statement(f"SELECT COUNT(*) FROM interactions i WHERE {scope} AND {_UNLINKED}", params),
        params,
    )
    result = LinkResult(examined=int(examined or 0))
    if not result.examined:
        return result
    matches = _MATCHES.format(scope=scope)
    execute(_statement(_PICK.format(matches=matches), params), params)
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql and "ids" not in params:
        execute(text(f"ANALYZE {_PICKS}"))  # temporary tables are never auto-analyzed
    _store_candidates(session, _candidates(session))
    sql = _APPLY.format(candidates="CAST(lp.candidates AS JSON)") if postgresql else _APPLY_SQLITE
    apply = text(sql).bindparams(bindparam("now", type_=DateTime()))
    execute(apply, {"method": AUTO, "now": utcnow()})
    for grade, count, ambiguous in execute(
        text(f"SELECT grade, COUNT(*), SUM(ambiguous) FROM {_PICKS} GROUP BY grade")
    ):
        result.by[GRADES[grade]] += int(count)
        result.linked += int(count)
        result.ambiguous += int(ambiguous or 0)
    execute(text(f"DELETE FROM {_PICKS}"))
    return result


def _candidates(session: Session) -> dict[int, list[dict[str, Any]]]:
    """For each ambiguous pick (before it is applied): the matched cards other than the
    chosen one, as [{"kind", "id"}] in priority order. Looked up by id: they are few."""
    ambiguous = list(
        session.scalars(text(f"SELECT interaction_id FROM {_PICKS} WHERE ambiguous = 1"))
    )
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for start in range(0, len(ambiguous), IDS_CHUNK):
        params = {"ids": ambiguous[start : start + IDS_CHUNK]}
        matches = _MATCHES.format(scope="i.id IN :ids")
        sql = (
            f"SELECT DISTINCT m.iid, m.grade, m.card_id, lp.grade, "
            f"COALESCE(lp.person_id, lp.client_id) FROM ({matches}) m "
            f"JOIN {_PICKS} lp ON lp.interaction_id = m.iid ORDER BY m.iid, m.grade, m.card_id"
        )
        for iid, grade, card_id, chosen_grade, chosen_id in session.execute(
            _statement(sql, params), params
        ):
            if (grade, card_id) != (chosen_grade, chosen_id):
                found[iid].append({"kind": GRADES[grade], "id": int(card_id)})
    return found


def _store_candidates(session: Session, found: dict[int, list[dict[str, Any]]]) -> None:
    """Into the temporary table (no indexes or foreign keys to keep): the UPDATE takes them."""
    if not found:
        return
    session.execute(
        text(f"UPDATE {_PICKS} SET candidates = :candidates WHERE interaction_id = :iid"),
        [{"iid": iid, "candidates": json.dumps(cards)} for iid, cards in found.items()],
    )


def is_linked(interaction: Interaction) -> bool:
    return interaction.client_id is not None or interaction.contact_person_id is not None


def counterpart_roles(direction: str) -> Sequence[str]:
    """The party roles that stand for the other side of an interaction."""
    return ("from",) if direction == "in" else ("to", "cc")

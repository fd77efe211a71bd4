"""The linking job's other candidate cards (`Interaction.link_candidates`, [{"kind", "id"}])
after a merge: a candidate naming a merged-away card names the survivor instead, and a
candidate goes when it names the card the interaction is linked to now (the merge may have
moved the interaction to the survivor) or one named before it.

A card is a candidate because one of its contact points holds a counterpart's address or
number, and a merge moves every such point to the survivor: so the interactions to look at are
those with a party on one of the survivor's points, found through the parties' (kind,
normalized) index rather than by reading every interaction's candidates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import null, select, tuple_, update
from sqlalchemy.orm import Session

from desktop_crm.models import ContactPoint, Interaction, table_of
from desktop_crm.models.interactions import InteractionParty
from desktop_crm.services.linking import CLIENT_CARD, CONTACT_PERSON, IDS_CHUNK, LEAD_CARD
from desktop_crm.services.merging.references import kept_stamps

POINTS_CHUNK = 500  # (kind, normalized) pairs per statement


def _touched(session: Session, keep_id: int) -> set[int]:
    """Ids of the interactions with candidates and a party on one of the survivor's points."""
    points = table_of(ContactPoint)
    pairs = list(
        session.execute(
            select(points.c.kind, points.c.normalized).where(
                points.c.client_id == keep_id, points.c.normalized.is_not(None)
            )
        ).tuples()
    )
    parties, interactions = table_of(InteractionParty), table_of(Interaction)
    found: set[int] = set()
    for start in range(0, len(pairs), POINTS_CHUNK):
        chunk = pairs[start : start + POINTS_CHUNK]
        query = (
            select(parties.c.interaction_id)
            .join(interactions, interactions.c.id == parties.c.interaction_id)
            .where(
                tuple_(parties.c.kind, parties.c.normalized).in_(chunk),
                interactions.c.link_candidates.is_not(None),
            )
        )
        found.update(session.scalars(query))
    return found


def _key(card: dict[str, Any]) -> tuple[bool, Any]:
    return card.get("kind") == CONTACT_PERSON, card.get("id")


def _rewritten(
    candidates: list[dict[str, Any]],
    survivor: dict[str, Any],
    others: set[int],
    chosen: tuple[bool, Any],
) -> list[dict[str, Any]]:
    kept: list[dict[str, Any]] = []
    for candidate in candidates:
        card = candidate  # a person moves with its card and keeps its id
        if candidate.get("kind") != CONTACT_PERSON and candidate.get("id") in others:
            card = survivor
        if _key(card) != chosen and all(_key(card) != _key(k) for k in kept):
            kept.append(dict(card))
    return kept


def rewrite_candidates(
    session: Session, keep_id: int, others: Sequence[int], survivor_is_lead: bool
) -> list[list[Any]]:
    """Point the candidates that name one of `others` at `keep_id` (after the merge moved the
    points and the interactions); [[interaction id, old candidates]] for the undo."""
    interactions = table_of(Interaction)
    survivor = {"kind": LEAD_CARD if survivor_is_lead else CLIENT_CARD, "id": keep_id}
    merged = set(others)
    ids = sorted(_touched(session, keep_id))
    changed: list[list[Any]] = []
    for start in range(0, len(ids), IDS_CHUNK):
        rows = session.execute(
            select(
                interactions.c.id,
                interactions.c.link_candidates,
                interactions.c.client_id,
                interactions.c.contact_person_id,
            ).where(interactions.c.id.in_(ids[start : start + IDS_CHUNK]))
        ).tuples()
        for iid, candidates, client_id, person_id in rows:
            chosen = (True, person_id) if person_id is not None else (False, client_id)
            new = _rewritten(list(candidates or ()), survivor, merged, chosen)
            if new == candidates:
                continue
            session.execute(
                update(interactions)
                .where(interactions.c.id == iid)
                .values(link_candidates=new or null(), **kept_stamps(interactions))
            )
            changed.append([iid, candidates])
    return changed


def restore_candidates(session: Session, changed: list[list[Any]], numbers: dict[int, int]) -> None:
    """Put back the candidates `rewrite_candidates` changed (a merge's undo); `numbers` maps a
    merged card's old id to the one it came back with, when that id was taken since."""
    interactions = table_of(Interaction)
    for iid, old in changed:
        candidates = [
            card
            if card.get("kind") == CONTACT_PERSON
            else {**card, "id": numbers.get(card.get("id"), card.get("id"))}
            for card in old or ()
        ]
        session.execute(
            update(interactions)
            .where(interactions.c.id == iid)
            .values(link_candidates=candidates, **kept_stamps(interactions))
        )

"""A merge and the linking job's other candidate cards (`link_candidates`), on both backends:
a candidate naming a merged-away card names the survivor, and goes when that is the card the
interaction is linked to or one already named; the undo puts the candidates back."""

from __future__ import annotations

from collections.abc import Callable

from linking_support import add_interaction, link_of

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.interaction_list import AMBIGUOUS, InteractionFilter, list_interactions
from desktop_crm.services.linking import link_interactions
from desktop_crm.services.merging import merge_clients, undo_merge

SHARED = "shared@example.com"


def merge(database: Database, admin: User, keep: int, other: int) -> int:
    with database.transaction() as session:
        return merge_clients(session, session.merge(admin), keep, [other]).bulk_edit_id


def candidates(database: Database, interaction_id: int) -> list[dict[str, object]] | None:
    return link_of(database, interaction_id).link_candidates


def test_candidates_follow_the_merged_cards(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    lead = add_client("A lead", emails=[SHARED], stage="lead")
    first = add_client("First client", emails=[SHARED])
    second = add_client("Second client", emails=["other@example.com", SHARED.upper()])
    mail = add_interaction(database, parties=[("from", SHARED)])
    with database.transaction() as session:
        link_interactions(session)
    assert link_of(database, mail).client_id == first
    assert candidates(database, mail) == [
        {"kind": "client", "id": second},
        {"kind": "lead", "id": lead},
    ]

    # the lead merged into the second client: it names the second client, already named
    edit = merge(database, admin, second, lead)
    assert candidates(database, mail) == [{"kind": "client", "id": second}]
    with database.transaction() as session:
        undo_merge(session, session.merge(admin), edit)
    assert candidates(database, mail) == [
        {"kind": "client", "id": second},
        {"kind": "lead", "id": lead},
    ]

    # the linked card merged into the second: the mail is the second's, no longer a candidate
    merge(database, admin, second, first)
    assert (link_of(database, mail).client_id, candidates(database, mail)) == (
        second,
        [{"kind": "lead", "id": lead}],
    )
    merge(database, admin, second, lead)
    assert candidates(database, mail) is None
    with database.session() as session:
        assert list_interactions(session, InteractionFilter(link=AMBIGUOUS)) == []

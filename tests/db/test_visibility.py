"""Queue visibility (IMP-13) through every service, on both backends: a manager outside the
queue sees nothing of its client and cannot change it; a member can; an admin can. A hidden
client is "not found" in the very sentence a missing id gets."""

from __future__ import annotations

import re
from typing import Any

import pytest
from visibility_world import OPEN, SECRET, World, build

from desktop_crm.db import Database
from desktop_crm.errors import NotFound, PermissionDenied
from desktop_crm.models import Client
from desktop_crm.services import attachments, card_lookup, clients, deals, notes
from desktop_crm.services.access import current_user
from desktop_crm.services.changelog import history
from desktop_crm.services.clients import ClientData
from desktop_crm.services.contact_persons import PersonData, add_contact_person
from desktop_crm.services.export import iter_export_rows
from desktop_crm.services.feed import feed
from desktop_crm.services.interaction_list import InteractionFilter, list_interactions, viewer_of
from desktop_crm.services.interaction_records import (
    ManualInteraction,
    get_interaction,
    register_interaction,
    set_interaction_client,
)
from desktop_crm.services.tasks import item_page
from desktop_crm.services.visibility import require_visible
from desktop_crm.wizards.importing.report import failed_rows_of_job


@pytest.fixture
def world(database: Database) -> World:
    return build(database)


def _sees(database: Database, login: str, w: World) -> dict[str, Any]:
    """What `login` gets from every read path about the VIP client."""
    with database.session() as s:
        me = current_user(s, login)
        found: dict[str, Any] = {}
        reads = {
            "card": lambda: clients.get_client(s, w.hidden, me).full_name,
            "snapshot": lambda: card_lookup.load_card(s, me, w.hidden).data.full_name,
            "notes": lambda: [n.text for n in notes.list_notes(s, me, w.hidden)],
            "deals": lambda: [d.topic for d in deals.list_deals(s, me, w.hidden)],
            "deal rows": lambda: [d.topic for d in card_lookup.deal_rows(s, me, w.hidden)],
            "files": lambda: [a.filename for a in attachments.list_attachments(s, me, w.hidden)],
            "call": lambda: get_interaction(s, me, w.call).subject,
        }
        for name, read in reads.items():
            try:
                found[name] = read()
            except NotFound:
                found[name] = None
        found["name"] = card_lookup.client_name(s, me, w.hidden)
        found["feed"] = [e.kind for e in feed(s, me, w.hidden)]
        found["history"] = [e.field for e in history(s, me, w.hidden)]
        found["picker"] = [h.full_name for h in card_lookup.search_clients(s, me, "тайн")]
        found["picker by phone"] = [h.id for h in card_lookup.search_clients(s, me, "8916111")]
        found["export"] = sorted(r[0] for r in iter_export_rows(s, me))
        calls = list_interactions(s, InteractionFilter(viewer_id=viewer_of(me)))
        found["journal"] = [r.subject for r in calls]
        found["task items"] = [i.client_id for i in item_page(s, me, w.task)]
        found["failed rows"] = [r.raw for r in failed_rows_of_job(s, me, w.job)]
        found["count"] = card_lookup.count_clients(s, me)
    return found


def test_an_outsider_sees_nothing_of_the_queued_client(database: Database, world: World) -> None:
    ivan = _sees(database, "ivan", world)
    assert {
        k: ivan[k] for k in ("card", "snapshot", "notes", "deals", "deal rows")
    } == dict.fromkeys(("card", "snapshot", "notes", "deals", "deal rows"))
    assert (ivan["files"], ivan["call"], ivan["name"]) == (None, None, None)
    assert (ivan["feed"], ivan["history"], ivan["picker"], ivan["picker by phone"]) == (
        [],
        [],
        [],
        [],
    )
    assert ivan["export"] == [OPEN]
    assert ivan["journal"] == []
    assert ivan["task items"] == [world.open]
    assert ivan["failed rows"] == [[OPEN]]
    assert ivan["count"] == 1


@pytest.mark.parametrize("login", ["olga", "admin"])
def test_a_member_and_an_admin_see_it_all(database: Database, world: World, login: str) -> None:
    seen = _sees(database, login, world)
    assert seen["card"] == seen["snapshot"] == seen["name"] == SECRET
    assert (seen["notes"], seen["deals"], seen["files"]) == (
        ["секретная заметка"],
        ["Секретная сделка"],
        ["s.txt"],
    )
    assert seen["call"] == "секретный звонок" and seen["journal"] == ["секретный звонок"]
    assert "note" in seen["feed"] and "created" in seen["history"]
    assert seen["picker"] == [SECRET] and seen["picker by phone"] == [world.hidden]
    assert seen["export"] == sorted([OPEN, SECRET])
    assert sorted(seen["task items"]) == sorted([world.hidden, world.open])
    assert sorted(seen["failed rows"]) == sorted([[SECRET], [OPEN]])
    assert seen["count"] == 2


def test_hidden_reads_as_missing_in_the_same_sentence(database: Database, world: World) -> None:
    with database.session() as s:
        ivan = current_user(s, "ivan")
        with pytest.raises(NotFound) as hidden:
            require_visible(s, ivan, world.hidden)
        with pytest.raises(NotFound) as missing:
            require_visible(s, ivan, 987654)
    numbers = re.compile(r"\d+")
    assert numbers.sub("#", hidden.value.message) == numbers.sub("#", missing.value.message)
    assert "queue" not in hidden.value.message


def _writes(w: World) -> dict[str, Any]:
    """Every write path that reaches the VIP client."""
    call = ManualInteraction(kind="call", direction="out", client_id=w.hidden, occurred_at=_at())
    return {
        "save": lambda s, u: clients.update_client(
            s, u, w.hidden, ClientData(full_name="Взломан", queue_id=None), 1, force=True
        ),
        "note": lambda s, u: notes.add_note(s, u, w.hidden, "x"),
        "edit note": lambda s, u: notes.update_note(s, u, w.note, "x"),
        "deal": lambda s, u: deals.create_deal(s, u, w.hidden, "x"),
        "edit deal": lambda s, u: deals.update_deal(s, u, w.deal, topic="x"),
        "move deal here": lambda s, u: deals.change_deal_client(s, u, w.deal, w.open),
        "file": lambda s, u: attachments.attach_file(s, u, w.hidden, b"x", filename="x.txt"),
        "person": lambda s, u: add_contact_person(s, u, w.hidden, PersonData(full_name="X")),
        "register call": lambda s, u: register_interaction(s, u, call),
        "relink call": lambda s, u: set_interaction_client(s, u, w.call, w.open),
    }


def _at():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime(2026, 1, 6, 9, 0)


def test_an_outsider_cannot_change_it(database: Database, world: World) -> None:
    for name, write in _writes(world).items():
        with pytest.raises(NotFound), database.transaction() as s:
            write(s, current_user(s, "ivan"))
        with database.session() as s:
            client = s.get(Client, world.hidden)
            assert client is not None and client.full_name == SECRET, name
            assert client.queue_id == world.vip and client.version == 1, name
    with database.transaction() as s:
        ivan = current_user(s, "ivan")
        assert clients.assign_responsible(s, ivan, [world.hidden, world.open], ivan.id) == 1
        assert clients.set_stage(s, ivan, [world.hidden], "lead") == 0
    with database.session() as s:
        assert s.get(Client, world.hidden).responsible_id is None  # type: ignore[union-attr]


def test_a_member_changes_it_but_cannot_send_it_to_a_foreign_queue(
    database: Database, world: World
) -> None:
    with database.transaction() as s:
        olga = current_user(s, "olga")
        data = ClientData.from_client(clients.get_client(s, world.hidden, olga))
        data.queue_id = world.other_queue
        with pytest.raises(PermissionDenied, match="into the queue Other: olga is not a member"):
            clients.update_client(s, olga, world.hidden, data, 1)
    with database.transaction() as s:
        olga = current_user(s, "olga")
        data = ClientData.from_client(clients.get_client(s, world.hidden, olga))
        data.address = "Казань"
        clients.update_client(s, olga, world.hidden, data, 1)
        notes.add_note(s, olga, world.hidden, "моя заметка")
        assert clients.assign_responsible(s, olga, [world.hidden], olga.id) == 1
    with database.transaction() as s:  # the admin moves it anywhere
        admin = current_user(s, "admin")
        data = ClientData.from_client(clients.get_client(s, world.hidden, admin))
        data.queue_id = world.other_queue
        clients.update_client(s, admin, world.hidden, data, 3)
    with database.session() as s:
        olga = current_user(s, "olga")
        with pytest.raises(NotFound):
            clients.get_client(s, world.hidden, olga)

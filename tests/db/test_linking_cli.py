"""`desktop-crm link`, `interactions list|register` and `settings linking` in-process: the JSON
contract (last line one object), bad input as one sentence with exit status 2."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from linking_support import add_interaction, link_of

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.linking_schedule import LinkingSchedule, linking_schedule

AddClient = Callable[..., int]


def cli(database: Database, *args: str) -> int:
    url = database.engine.url.render_as_string(hide_password=False)
    return main(["--db", url, "--user", "admin", *args])


def last_json(capsys: pytest.CaptureFixture[str]) -> dict:
    out = capsys.readouterr().out.strip().splitlines()
    return json.loads(out[-1])


def test_link_answers_with_the_counts(
    database: Database, admin: User, add_client: AddClient, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = add_client("Anna", emails=["anna@example.com"])
    mail = add_interaction(database, parties=[("from", "anna@example.com")])
    add_interaction(database, parties=[("from", "stranger@example.com")])
    assert cli(database, "link", "--json") == 0
    answer = last_json(capsys)
    seconds = answer.pop("seconds")
    assert isinstance(seconds, float | int)
    assert answer == {
        "examined": 2,
        "linked": 1,
        "by": {"contact_person": 0, "client": 1, "lead": 0},
        "ambiguous": 0,
        "unlinked": 1,
    }
    assert link_of(database, mail).client_id == anna


def test_interactions_list_filters_and_register(
    database: Database, admin: User, add_client: AddClient, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = add_client("Anna", phones=["+7 916 123-45-67"])
    add_interaction(database, parties=[("from", "stranger@example.com")], subject="Who?")
    assert (
        cli(
            database,
            "interactions",
            "register",
            "--kind",
            "call",
            "--client",
            str(anna),
            "--direction",
            "out",
            "--subject",
            "Agreed on the price",
            "--at",
            "2026-02-03 10:15",
            "--duration",
            "95",
            "--counterpart",
            "8 916 123-45-67",
            "--json",
        )
        == 0
    )
    registered = last_json(capsys)["id"]
    assert cli(database, "interactions", "list", "--json") == 0
    everything = last_json(capsys)["interactions"]
    assert {row["subject"] for row in everything} == {"Who?", "Agreed on the price"}
    assert set(everything[0]) == {
        "id",
        "kind",
        "direction",
        "occurred_at",
        "subject",
        "parties",
        "client_id",
        "contact_person_id",
        "link_method",
    }
    assert cli(database, "interactions", "list", "--client", str(anna), "--json") == 0
    [mine] = last_json(capsys)["interactions"]
    assert (mine["id"], mine["client_id"], mine["link_method"]) == (registered, anna, "manual")
    assert mine["parties"][0]["normalized"] == "+79161234567"
    assert cli(database, "interactions", "list", "--unlinked", "--json") == 0
    assert [r["subject"] for r in last_json(capsys)["interactions"]] == ["Who?"]


def test_bad_input_is_one_sentence_and_status_2(
    database: Database, admin: User, add_client: AddClient, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = add_client("Anna")
    common = ["interactions", "register", "--kind", "call", "--direction", "in"]
    assert cli(database, *common, "--client", str(anna), "--at", "yesterday") == 2
    assert "is not a date and time" in capsys.readouterr().err
    assert cli(database, *common, "--client", "999999") == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
    assert cli(database, *common, "--client", str(anna), "--duration", "-5") == 2
    assert "seconds" in capsys.readouterr().err
    assert cli(database, "settings", "linking", "on", "--daily", "25:99") == 2
    assert "not a time of day" in capsys.readouterr().err
    assert cli(database, "settings", "linking", "on", "--every", "0") == 2
    assert cli(database, "interactions", "list", "--json") == 0
    assert last_json(capsys) == {"interactions": []}


def test_settings_linking_sets_the_schedule(
    database: Database, admin: User, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(database, "settings", "linking", "on", "--every", "10", "--json") == 0
    assert last_json(capsys) == {
        "linking_enabled": True,
        "linking_every_minutes": 10,
        "linking_daily_at": None,
    }
    assert cli(database, "settings", "linking", "on", "--daily", "2:30", "--json") == 0
    assert last_json(capsys)["linking_daily_at"] == "02:30"
    assert cli(database, "settings", "linking", "off") == 0
    with database.session() as session:
        assert linking_schedule(session) == LinkingSchedule(
            enabled=False, every_minutes=10, daily_at="02:30"
        )

"""`control names` (the piece the control command registers) and `desktop-crm bulk-edits
list|undo`: the sure splits applied in one bulk edit and the doubtful records handed on, a dry
run that changes nothing, the undo by its id, and the refusals (exit status 2)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

import pytest

from desktop_crm.cli import main
from desktop_crm.cli.context import CliContext
from desktop_crm.cli.control_names import add_names_command, report_found
from desktop_crm.db import Database
from desktop_crm.errors import PermissionDenied
from desktop_crm.models import Client, User
from desktop_crm.services.users import add_user
from desktop_crm.wizards.control.records import FoundRecord


def url_of(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


def last_json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def control(database: Database, *args: str, login: str = "admin") -> tuple[int, list]:
    """`control names ...` as the control command will run it, with a distribute that keeps
    what it was handed and prints it like `report_found`."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--user")
    handed: list[Any] = []

    def distribute(
        ctx: CliContext, a: argparse.Namespace, check: str, records: list[FoundRecord], extra: dict
    ) -> int:
        handed.append((check, records, extra))
        return report_found(ctx, a, check, records, extra)

    add_names_command(parser.add_subparsers(dest="check_name"), distribute)
    parsed = parser.parse_args(["--db", url_of(database), "--user", login, "names", *args])
    ctx = CliContext(parsed)
    try:
        return parsed.run(ctx), handed
    finally:
        ctx.close()


@pytest.fixture
def names_base(add_client: Callable[..., int]) -> dict[str, int]:
    return {"sure": add_client("Иванов Иван Иванович"), "doubtful": add_client("Гоша Куць")}


def _parts(database: Database, client_id: int) -> tuple:
    with database.session() as session:
        card = session.get(Client, client_id)
        assert card is not None
        return card.last_name, card.first_name, card.middle_name


def test_apply_then_undo_by_id(
    database: Database, names_base: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    status, handed = control(database, "--apply-names", "--json")
    assert status == 0
    payload = last_json(capsys)
    assert (payload["check"], payload["found"], payload["split"]) == ("names", 2, 1)
    assert [r["client_id"] for r in payload["records"]] == [names_base["doubtful"]]
    ((check, records, extra),) = handed
    assert check == "names" and [r.client_id for r in records] == [names_base["doubtful"]]
    assert _parts(database, names_base["sure"]) == ("Иванов", "Иван", "Иванович")
    edit_id = extra["bulk_edit_id"]

    assert main(["--db", url_of(database), "bulk-edits", "list", "--json"]) == 0
    (listed,) = last_json(capsys)["bulk_edits"]
    assert (listed["id"], listed["kind"], listed["summary"]["split"]) == (edit_id, "names", 1)

    assert main(["--db", url_of(database), "bulk-edits", "undo", str(edit_id), "--json"]) == 0
    assert last_json(capsys) | {"kept_cards": []} == {
        "bulk_edit_id": edit_id,
        "restored": 1,
        "kept": 0,
        "kept_cards": [],
    }
    assert _parts(database, names_base["sure"]) == (None, None, None)
    assert main(["--db", url_of(database), "bulk-edits", "undo", str(edit_id)]) == 2
    assert "undone already" in capsys.readouterr().err


def test_without_apply_every_record_goes_on(
    database: Database, names_base: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    status, ((_, records, extra),) = control(database, "--json")
    assert status == 0 and len(records) == 2 and extra["split"] == 0
    assert _parts(database, names_base["sure"]) == (None, None, None)


def test_dry_run_changes_nothing(
    database: Database, names_base: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    status, ((_, records, extra),) = control(database, "--apply-names", "--dry-run", "--json")
    assert status == 0 and extra["split"] == 1 and extra["bulk_edit_id"] is None
    assert len(records) == 1
    assert _parts(database, names_base["sure"]) == (None, None, None)
    assert main(["--db", url_of(database), "bulk-edits", "list", "--json"]) == 0
    assert last_json(capsys) == {"bulk_edits": []}


def test_refusals(
    database: Database, admin: User, names_base: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    with database.transaction() as session:
        add_user(session, session.merge(admin), "maria", "Maria", role="manager")
    assert main(["--db", url_of(database), "bulk-edits", "undo", "7"]) == 2
    assert "no bulk edit #7" in capsys.readouterr().err
    url = url_of(database)
    assert main(["--db", url, "--user", "maria", "bulk-edits", "undo", "7"]) == 2
    assert "may not run control wizards" in capsys.readouterr().err
    assert main(["--db", url, "--user", "maria", "bulk-edits", "list"]) == 2
    with pytest.raises(PermissionDenied, match="may not run control wizards"):
        control(database, "--apply-names", login="maria")
    assert _parts(database, names_base["sure"]) == (None, None, None)


def test_undo_lists_a_card_kept(
    database: Database, names_base: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    _, ((_, _, extra),) = control(database, "--apply-names")
    with database.transaction() as session:  # corrected by hand after the split
        card = session.get(Client, names_base["sure"])
        assert card is not None
        card.first_name = "Ваня"
    capsys.readouterr()
    assert main(["--db", url_of(database), "bulk-edits", "undo", str(extra["bulk_edit_id"])]) == 0
    out = capsys.readouterr().out
    assert "restored 0 cards, kept 1" in out
    assert f"kept client #{names_base['sure']} Иванов Иван Иванович" in out
    assert _parts(database, names_base["sure"]) == ("Иванов", "Ваня", "Иванович")

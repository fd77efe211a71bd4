"""`desktop-crm merge`, `merges list|undo` and `control duplicates` through the real command
line entry (the last is not wired into `control` yet: it is built on a parser of its own)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop_crm.cli import add_common_options, main
from desktop_crm.cli.context import CliContext
from desktop_crm.cli.control import distribute_found
from desktop_crm.cli.control_duplicates import add_duplicates_command
from desktop_crm.cli.control_run import add_assignment_options
from desktop_crm.db import Database
from desktop_crm.models import Client, Task, TaskItem, User


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def last_json(out: str) -> Any:
    return json.loads(out.strip().splitlines()[-1])


def test_merge_list_and_undo(
    database: Database,
    database_url: str,
    admin: User,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    keep = add_client("Иванов Иван", phones=["+79120000001"])
    other = add_client("Иван Иванов", phones=["+79120000001"], address="Тула")
    db = ("--db", database_url)
    status, out, err = run(
        capsys, *db, "merge", str(keep), str(other), "--take", f"full_name={other}", "--json"
    )
    assert (status, err) == (0, "")
    payload = last_json(out)
    assert payload["kept"] == keep and payload["merged"] == [other]
    merge_id = payload["bulk_edit"]
    with database.session() as session:
        card = session.get(Client, keep)
        assert card is not None and (card.full_name, card.address) == ("Иван Иванов", "Тула")

    status, out, _ = run(capsys, *db, "merges", "list", "--json")
    assert status == 0
    merges = last_json(out)["merges"]
    assert [(m["id"], m["kept"], m["merged"], m["undone_at"]) for m in merges] == [
        (merge_id, keep, [other], None)
    ]
    status, out, _ = run(capsys, *db, "merges", "list")
    assert f"#{merge_id}" in out and "Иван Иванов" in out

    status, out, err = run(capsys, *db, "merges", "undo", str(merge_id), "--json")
    assert (status, err) == (0, "")
    assert last_json(out) == {"undone": merge_id, "kept": keep, "restored": [other]}
    with database.session() as session:
        assert session.get(Client, other) is not None

    status, out, err = run(capsys, *db, "merges", "undo", str(merge_id))
    assert (status, out) == (2, "")
    assert err.strip() == f"desktop-crm: Merge #{merge_id} has been undone already."

    # a merge is a bulk edit too: listed and undone by `bulk-edits`
    status, out, _ = run(capsys, *db, "merge", str(keep), str(other), "--json")
    second = last_json(out)["bulk_edit"]
    status, out, _ = run(capsys, *db, "bulk-edits", "list", "--json")
    assert second in [e["id"] for e in last_json(out)["bulk_edits"]]
    status, out, err = run(capsys, *db, "bulk-edits", "undo", str(second), "--json")
    assert (status, err) == (0, "")
    assert last_json(out)["restored_ids"] == [other]


def test_merge_refusals(
    database_url: str, add_client: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    keep = add_client("Один")
    db = ("--db", database_url)
    status, out, err = run(capsys, *db, "merge", str(keep), str(keep))
    assert status == 2 and "cannot be merged into itself" in err
    status, out, err = run(capsys, *db, "merge", str(keep), "424242", "--json")
    assert out == ""
    assert status == 2 and err.count("\n") == 1 and "#424242" in err
    status, _out, err = run(capsys, *db, "users", "add", "m", "--name", "M")
    assert status == 0
    other = add_client("Два")
    status, _, err = run(capsys, *db, "--user", "m", "merge", str(keep), str(other))
    assert status == 2 and "may not delete clients" in err
    with pytest.raises(SystemExit):
        main([*db, "merge", str(keep), str(other), "--take", "full_name"])


def _control(database_url: str, distribute: Callable[..., int] | None, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_common_options(parser)
    control = parser.add_subparsers(dest="command").add_parser("control")
    check = add_duplicates_command(control.add_subparsers(dest="check"), distribute)
    add_assignment_options(check)
    args = parser.parse_args(["--db", database_url, "control", "duplicates", *argv])
    ctx = CliContext(args)
    try:
        return int(args.run(ctx))
    finally:
        ctx.close()


def test_control_duplicates(
    database_url: str, add_client: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    a = add_client("Анна", emails=["a@x.ru"])
    b = add_client("Анна Б.", emails=["A@x.ru"])
    add_client("Борис")
    assert _control(database_url, None, "--json") == 0
    payload = last_json(capsys.readouterr().out)
    assert payload["check"] == "duplicates" and payload["found"] == 1
    assert payload["groups"][0]["client_ids"] == [a, b]
    assert payload["groups"][0]["by"] == ["email"]

    calls: list[tuple[str, list[Any], dict[str, Any]]] = []

    def distribute(ctx: CliContext, args: Any, check: str, records: Any, extra: Any) -> int:
        calls.append((check, records, extra))
        return 0

    assert _control(database_url, distribute, "--by", "name") == 0
    assert [records for _, records, _ in calls] == [[]]  # the engine says "nothing found"
    assert _control(database_url, None, "--dry-run") == 0
    assert len(calls) == 1 and "1 group(s)" in capsys.readouterr().out
    assert _control(database_url, distribute, "--by", "email,phone") == 0
    check, records, extra = calls[-1]
    assert check == "duplicates" and [r.client_id for r in records] == [a]
    assert records[0].details == {"client_ids": [a, b], "by": ["email"]}
    assert extra["groups"][0]["client_ids"] == [a, b]
    with pytest.raises(SystemExit):
        _control(database_url, None, "--by", "colour")


def test_control_duplicates_through_the_control_engine(
    database: Database,
    database_url: str,
    add_client: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Plugged into the engine's own distribution, as the control command will."""
    a = add_client("Анна", phones=["+79120000001"])
    b = add_client("Анна Б.", phones=["+79120000001"])
    assert _control(database_url, distribute_found, "--dry-run", "--json") == 0
    payload = last_json(capsys.readouterr().out)
    assert payload["check"] == "duplicates" and payload["found"] == 1
    assert payload["groups"][0]["client_ids"] == [a, b]
    assert [t["id"] for t in payload["tasks"]] == [None]  # counted, not made
    assert _control(database_url, distribute_found, "--json") == 0
    payload = last_json(capsys.readouterr().out)
    (task,) = payload["tasks"]
    assert task["items"] == 1 and task["id"] is not None
    with database.session() as session:
        item = session.scalars(select(TaskItem).where(TaskItem.task_id == task["id"])).one()
        assert (item.client_id, item.missing) == (a, "duplicate")
        assert item.details == {"client_ids": [a, b], "by": ["phone"]}
        assert session.get(Task, task["id"]).kind == "duplicates"  # type: ignore[union-attr]

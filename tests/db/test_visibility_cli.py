"""Queue visibility through the commands, on both backends: `export`, `interactions list`,
`tasks show` and `imports show --failed-out` run as a manager outside the queue give nothing
of its client; a member and an admin get it. A command with no login to be found is refused
instead of acting as "admin"."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from visibility_world import OPEN, SECRET, World, build

from desktop_crm.cli import main
from desktop_crm.db import Database


def _run(database: Database, login: str, *args: str) -> int:
    url = database.engine.url.render_as_string(hide_password=False)
    return main(["--db", url, "--user", login, *args])


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def _seen(
    database: Database, world: World, login: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, object]:
    exported, failed = tmp_path / f"{login}.csv", tmp_path / f"{login}-failed.csv"
    assert _run(database, login, "export", str(exported)) == 0
    capsys.readouterr()
    assert _run(database, login, "interactions", "list", "--json") == 0
    calls = [c["subject"] for c in _json(capsys)["interactions"]]
    items = None  # the task is ivan's: olga may not open it at all
    if _run(database, login, "tasks", "show", str(world.task), "--json") == 0:
        items = sorted(i["client_id"] for i in _json(capsys)["items"])
    job = str(world.job)
    assert _run(database, login, "imports", "show", job, "--failed-out", str(failed)) == 0
    return {
        "export": exported.read_text(encoding="utf-8-sig"),
        "calls": calls,
        "items": items,
        "failed": failed.read_text(encoding="utf-8-sig"),
    }


def test_commands_of_an_outsider_give_nothing_of_the_queued_client(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = build(database)
    ivan = _seen(database, world, "ivan", tmp_path, capsys)
    assert OPEN in str(ivan["export"]) and SECRET not in str(ivan["export"])
    assert ivan["calls"] == [] and ivan["items"] == [world.open]
    assert OPEN in str(ivan["failed"]) and SECRET not in str(ivan["failed"])
    capsys.readouterr()
    assert _run(database, "ivan", "interactions", "list", "--client", str(world.hidden)) == 2
    assert _run(database, "ivan", "interactions", "list", "--client", "987654") == 2
    hidden, missing = capsys.readouterr().err.strip().splitlines()
    assert hidden.replace(str(world.hidden), "#") == missing.replace("987654", "#")
    adds = ["tasks", "add", "--title", "x", "--client", str(world.hidden)]
    assert _run(database, "ivan", *adds) == 2
    assert _run(database, "olga", *adds) == 0


@pytest.mark.parametrize("login", ["olga", "admin"])
def test_commands_of_a_member_and_an_admin_give_it(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], login: str
) -> None:
    world = build(database)
    seen = _seen(database, world, login, tmp_path, capsys)
    assert OPEN in str(seen["export"]) and SECRET in str(seen["export"])
    assert seen["calls"] == ["секретный звонок"]
    assert seen["items"] == (None if login == "olga" else sorted([world.hidden, world.open]))
    assert SECRET in str(seen["failed"])


def test_no_login_to_be_found_is_refused_not_taken_for_admin(
    database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build(database)
    for var in ("DESKTOP_CRM_USER", "USER", "USERNAME", "LOGNAME"):
        monkeypatch.delenv(var, raising=False)

    def no_terminal() -> str:
        raise OSError("no controlling terminal")

    monkeypatch.setattr(os, "getlogin", no_terminal)
    url = database.engine.url.render_as_string(hide_password=False)
    target = tmp_path / "all.csv"
    capsys.readouterr()
    assert main(["--db", url, "export", str(target)]) == 2
    assert "Nobody is logged in" in capsys.readouterr().err
    assert not target.exists()
    monkeypatch.setenv("DESKTOP_CRM_USER", "ivan")
    assert main(["--db", url, "export", str(target)]) == 0
    assert SECRET not in target.read_text(encoding="utf-8-sig")

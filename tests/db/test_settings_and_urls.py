"""The user's settings file and the `--db` value: a wrong type, a broken file or a path that
names nothing gets one sentence naming the problem (exit status 2), never a traceback and never
a new empty base made by mistake; `postgresql://` without a driver is PostgreSQL (psycopg 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop_crm.cli import main
from desktop_crm.config import Settings
from desktop_crm.db import Database

Capture = pytest.CaptureFixture[str]


def one_sentence(capsys: Capture) -> str:
    err = capsys.readouterr().err
    assert err.startswith("desktop-crm: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.removeprefix("desktop-crm: ").strip()


@pytest.mark.parametrize(
    ("settings", "key", "shown"),
    [
        ({"db_url": 123}, "db_url", "123"),
        ({"language": ["ru", "pl"]}, "language", '["ru", "pl"]'),
        ({"language": 48}, "language", "48"),
        ({"db_url": {"url": "x" * 60}}, "db_url", '{"url": "' + "x" * 28 + "..."),
    ],
)
def test_a_setting_of_the_wrong_type_is_named(
    settings: dict, key: str, shown: str, capsys: Capture
) -> None:
    Settings.path().write_text(json.dumps(settings), encoding="utf-8")
    assert main(["users", "list"]) == 2
    assert one_sentence(capsys) == (
        f'The setting "{key}" in {Settings.path()} must be text in quotes, not {shown}; '
        "correct it, or delete the line to use the default."
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('["db_url", "x"]', "must hold named settings in braces"),
        ('{"db_url": "x",', "is not valid JSON"),
    ],
)
def test_a_settings_file_that_is_not_an_object(text: str, words: str, capsys: Capture) -> None:
    Settings.path().write_text(text, encoding="utf-8")
    assert main(["users", "list"]) == 2
    assert words in one_sentence(capsys)


def test_unknown_settings_are_ignored_and_the_team_limit_is_not_one() -> None:
    assert not hasattr(Settings(), "attachment_limit_mb")  # the base's: services.base_settings
    Settings.path().write_text('{"language": "pl", "attachment_limit_mb": 1}', encoding="utf-8")
    assert Settings.load().language == "pl"
    Settings(language="ru").save()
    assert json.loads(Settings.path().read_text(encoding="utf-8"))["language"] == "ru"
    assert sorted(p.name for p in Settings.path().parent.iterdir()) == ["settings.json"]


@pytest.mark.parametrize("value", ["crm", "clients.csv", "folder", "folder/crm"])
def test_db_that_names_nothing_makes_no_base(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main(["--db", value, "users", "list"]) == 2
    assert one_sentence(capsys).startswith(
        f"{value} is neither a database address nor an existing database file."
    )
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("name", ["new.sqlite", "new.sqlite3", "New.DB"])
def test_db_may_name_a_new_base_file_but_not_a_folder(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", name, "users", "list"]) == 0
    assert (tmp_path / name).is_file()
    assert main(["--db", str(tmp_path / name), "users", "list"]) == 0  # and then reopen it
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "gone" / name), "users", "list"]) == 2
    assert "does not exist" in one_sentence(capsys)
    assert main(["--db", str(tmp_path), "users", "list"]) == 2  # a folder is not a base
    assert "is neither a database address nor an existing database file" in one_sentence(capsys)


def test_postgresql_url_without_a_driver(
    backend: str, database: Database, database_url: str, capsys: Capture
) -> None:
    if backend != "postgresql":
        pytest.skip("a PostgreSQL URL")
    plain = make_url(database_url).set(drivername="postgresql")
    url = plain.render_as_string(hide_password=False)
    assert url.startswith("postgresql://")
    assert main(["--db", url, "--user", "admin", "users", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])[0]["login"] == "admin"

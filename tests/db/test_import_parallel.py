"""Two `desktop-crm import` processes on one PostgreSQL base at the same moment give what one
after the other would give: no client, tag, company or group twice, and no traceback.

To make them really meet, the test holds a lock on import_jobs until both processes wait for it
(each import's first write), then lets them go together."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from files import write_csv
from sqlalchemy import create_engine, func, select, text

from desktop_crm.db import Database
from desktop_crm.models import Client, Group, Tag, User
from desktop_crm.models.clients import COMPANY

HEADER = "ФИО,Телефон,Email,Теги,Компания,Группа\n"


def rows(start: int, count: int, tags: str, company: str, group: str) -> str:
    return "".join(
        f"Клиент {i},+7916{i:07d},c{i}@example.ru,{tags},{company},{group}\n"
        for i in range(start, start + count)
    )


def run_together(url: str, files: list[Path], home: Path) -> list[subprocess.CompletedProcess[str]]:
    """Start one import process per file; release them together once both wait."""
    engine = create_engine(url)
    env = {**os.environ, "DESKTOP_CRM_HOME": str(home), "DESKTOP_CRM_USER": "admin"}
    with engine.connect() as holder, engine.connect() as watcher:
        watcher.execute(text("ANALYZE clients; ANALYZE contact_points"))  # no ANALYZE in them
        watcher.commit()
        holder.execute(text("LOCK TABLE import_jobs IN SHARE ROW EXCLUSIVE MODE"))
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "desktop_crm", "--db", url, "import", str(f), "--json"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for f in files
        ]
        waiting, deadline = 0, time.monotonic() + 90
        while waiting < len(files) and time.monotonic() < deadline:
            if any(p.poll() is not None for p in procs):
                break
            time.sleep(0.1)
            waiting = watcher.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO import_jobs%'"
                )
            ).scalar_one()
            watcher.commit()
        assert waiting == len(files), "the imports did not meet"
        holder.rollback()  # both go now
    engine.dispose()
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        people = select(func.count()).where(Client.kind != COMPANY)
        return {
            "people": session.scalar(people.select_from(Client)) or 0,
            "companies": session.scalar(
                select(func.count()).select_from(Client).where(Client.kind == COMPANY)
            )
            or 0,
            "tags": session.scalar(select(func.count()).select_from(Tag)) or 0,
            "groups": session.scalar(select(func.count()).select_from(Group)) or 0,
        }


def summaries(done: list[subprocess.CompletedProcess[str]]) -> list[dict]:
    for result in done:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    return sorted((json.loads(r.stdout.strip().splitlines()[-1]) for r in done), key=str)


@pytest.fixture
def pg_url(backend: str, database_url: str, admin: User) -> str:
    if backend != "postgresql":
        pytest.skip("SQLite imports take the write lock first (BEGIN IMMEDIATE)")
    return database_url


def test_the_same_file_imported_twice_at_once(
    pg_url: str, database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "same.csv",
        HEADER + rows(0, 400, "VIP; Новые", "ООО Ромашка", "Партнёры/Москва"),
    )
    done = run_together(pg_url, [path, path], tmp_path / "home")
    first, second = sorted(summaries(done), key=lambda s: -s["created"])
    assert (first["created"], first["failed"]) == (400, 0)
    assert second["created"] == 0 and second["updated"] + second["skipped"] == 400
    assert counts(database) == {"people": 400, "companies": 1, "tags": 2, "groups": 2}


def test_files_sharing_new_tags_companies_and_groups(
    pg_url: str, database: Database, tmp_path: Path
) -> None:
    a = write_csv(
        tmp_path / "a.csv", HEADER + rows(0, 300, "общий; только А", "ООО Общая", "Общая/Своя")
    )
    b = write_csv(
        tmp_path / "b.csv",
        HEADER + rows(1000, 300, "Общий; только Б", "ооо общая", "Общая/Своя"),
    )
    done = run_together(pg_url, [a, b], tmp_path / "home")
    assert [s["created"] for s in summaries(done)] == [300, 300]
    assert counts(database) == {"people": 600, "companies": 1, "tags": 3, "groups": 2}

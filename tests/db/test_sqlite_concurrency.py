"""Two OS processes editing one SQLite file at the same time: no "database is locked", no
lost edit. Each process does many short units of work through the client services, the way
two people with the window open do."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from desktop_crm.db import Database
from desktop_crm.models import ChangeLog, Client, User
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.services.users import add_user

EDITOR = """
import json, sys, time
from pathlib import Path
from sqlalchemy import func, select
from desktop_crm.db import open_database
from desktop_crm.models import Client
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client, get_client, update_client
from desktop_crm.services.contact_points import ContactValue

url, login, shared_id, rounds, go = sys.argv[1:6]
shared_id, rounds = int(shared_id), int(rounds)
db = open_database(url)
while not Path(go).exists():
    time.sleep(0.002)
started = time.monotonic()
for i in range(rounds):
    with db.transaction() as s:  # a new card
        me = current_user(s, login)
        phone = ContactValue(f"+7 912 {me.id}{i:06d}", is_primary=True)
        data = ClientData(full_name=f"{login} клиент {i}", phones=[phone])
        create_client(s, me, data)
    with db.transaction() as s:  # an edit of the card both are working on
        me = current_user(s, login)
        card = get_client(s, shared_id, current_user(s, "admin"))
        data = ClientData.from_client(card)
        data.position = str(int(data.position or "0") + 1)
        update_client(s, me, shared_id, data, card.version)
    with db.session() as s:  # and the list refreshes
        s.scalar(select(func.count()).select_from(Client))
print(json.dumps({"seconds": time.monotonic() - started}))
"""

FILLER = """
import sys, time
from pathlib import Path
from desktop_crm.db import open_database
from desktop_crm.demo.fill import fill_demo

url, count, go = sys.argv[1], int(sys.argv[2]), sys.argv[3]
db = open_database(url)
while not Path(go).exists():
    time.sleep(0.002)
print(fill_demo(db, count, batch_size=400, login="admin").clients)
"""


def _start(script: str, args: list[str], tmp_path: Path, name: str) -> subprocess.Popen[str]:
    path = tmp_path / f"{name}.py"
    path.write_text(script, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=300)
    assert "database is locked" not in err
    assert proc.returncode == 0, err
    return out


def _setup(db: Database) -> int:
    """Two users and the card both will edit; the id of that card."""
    with db.transaction() as s:
        admin = current_user(s, "admin")
        add_user(s, admin, "manager", "Менеджер Мария", "admin")
        shared = create_client(s, admin, ClientData(full_name="ООО «Общий клиент»"))
        return shared.id


def test_two_processes_edit_one_file(sqlite_database: Database, tmp_path: Path) -> None:
    shared_id = _setup(sqlite_database)
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    rounds = 120
    editors = [
        _start(EDITOR, [url, login, str(shared_id), str(rounds), str(go)], tmp_path, login)
        for login in ("admin", "manager")
    ]
    time.sleep(1.0)  # both processes have imported everything and wait at the start line
    go.touch()
    results = [json.loads(_finish(p)) for p in editors]
    assert all(r["seconds"] > 0 for r in results)
    with sqlite_database.session() as s:
        names = set(s.scalars(select(Client.full_name).where(Client.id != shared_id)))
        shared = s.get(Client, shared_id)
        assert shared is not None
        logged = s.scalar(
            select(func.count()).where(
                ChangeLog.client_id == shared_id, ChangeLog.field == "position"
            )
        )
        editors_ids = set(s.scalars(select(User.id)))
        authors = set(
            s.scalars(select(ChangeLog.user_id).where(ChangeLog.client_id == shared_id).distinct())
        )
    assert names == {f"{login} клиент {i}" for login in ("admin", "manager") for i in range(rounds)}
    # every increment of the shared card survived: none was lost to the other process
    assert shared.position == str(2 * rounds)
    assert shared.version == 1 + 2 * rounds
    assert logged == 2 * rounds
    assert authors == editors_ids


def test_edits_while_another_process_fills_demo_data(
    sqlite_database: Database, tmp_path: Path
) -> None:
    """A long job commits batch by batch, so a person editing at the same time only waits a
    moment now and then."""
    shared_id = _setup(sqlite_database)
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    filler = _start(FILLER, [url, "4000", str(go)], tmp_path, "filler")
    editor = _start(EDITOR, [url, "manager", str(shared_id), "60", str(go)], tmp_path, "editor")
    time.sleep(1.0)
    go.touch()
    assert _finish(filler).strip() == "4000"
    _finish(editor)
    with sqlite_database.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 1 + 4000 + 60
        shared = s.get(Client, shared_id)
        assert shared is not None and shared.position == "60"

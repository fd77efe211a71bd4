"""A base with one queue for the visibility tests: "olga" is a member of VIP, "ivan" is not.
The VIP client carries something of every kind (note, deal, file, person, call, task items,
failed import row); the open client has no queue and is seen by everybody."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.models import ImportJob, ImportRow, Task, TaskItem
from desktop_crm.models.imports import FAILED
from desktop_crm.services import attachments, contact_persons, deals, notes, queues
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, ContactValue, create_client
from desktop_crm.services.interaction_records import ManualInteraction, register_interaction
from desktop_crm.services.users import add_user

SECRET, OPEN = "Тайнов Секрет", "Открытов Пётр"


@dataclass(frozen=True)
class World:
    hidden: int
    open: int
    vip: int
    other_queue: int
    note: int
    deal: int
    file: int
    person: int
    call: int
    task: int
    job: int


def _client(session: Session, name: str, phone: str, queue_id: int | None) -> int:
    data = ClientData(
        full_name=name,
        phones=[ContactValue(phone, is_primary=True)],
        emails=[ContactValue(f"{phone[-4:]}@example.com", is_primary=True)],
        queue_id=queue_id,
    )
    return create_client(session, current_user(session, "admin"), data).id


def build(database: Database) -> World:
    with database.transaction() as s:
        admin = current_user(s, "admin")
        add_user(s, admin, "olga", "Ольга Член", role="manager")
        add_user(s, admin, "ivan", "Иван Чужой", role="manager")
        vip = queues.add_queue(s, admin, "VIP").id
        other = queues.add_queue(s, admin, "Other").id
        queues.set_member(s, admin, "VIP", "olga", True)
        hidden = _client(s, SECRET, "+7 916 111-22-33", vip)
        opened = _client(s, OPEN, "+7 916 444-55-66", None)
        note = notes.add_note(s, admin, hidden, "секретная заметка").id
        deal = deals.create_deal(s, admin, hidden, "Секретная сделка").id
        file = attachments.attach_file(s, admin, hidden, b"secret", filename="s.txt").id
        person = contact_persons.add_contact_person(
            s, admin, hidden, contact_persons.PersonData(full_name="Тайная Персона")
        ).id
        call = register_interaction(
            s,
            admin,
            ManualInteraction(
                kind="call",
                direction="in",
                client_id=hidden,
                occurred_at=datetime(2026, 1, 5, 10, 0),
                subject="секретный звонок",
                contact_person_id=person,
            ),
        )
        ivan = current_user(s, "ivan")
        task = Task(kind="contact_info", title="Fill in", executor_id=ivan.id, author_id=admin.id)
        s.add(task)
        s.flush()
        s.add_all(
            [
                TaskItem(task_id=task.id, client_id=hidden, missing="phone"),
                TaskItem(task_id=task.id, client_id=opened, missing="phone"),
            ]
        )
        job = ImportJob(name="file", user_id=admin.id, status="done")
        s.add(job)
        s.flush()
        s.add_all(
            [
                ImportRow(
                    job_id=job.id,
                    row_number=2,
                    outcome=FAILED,
                    reason="conflict",
                    raw=[SECRET],
                    client_id=hidden,
                ),
                ImportRow(
                    job_id=job.id, row_number=3, outcome=FAILED, reason="conflict", raw=[OPEN]
                ),
            ]
        )
        s.flush()
        return World(hidden, opened, vip, other, note, deal, file, person, call, task.id, job.id)

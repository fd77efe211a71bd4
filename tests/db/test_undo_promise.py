"""The undo's promise (`undo_preview`, what the history's confirmation shows) is what the undo
then does: the same clients deleted, restored and kept, companies included."""

from __future__ import annotations

from collections.abc import Callable

from import_support import do_import
from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import Client, User
from desktop_crm.services import notes
from desktop_crm.services.access import current_user
from desktop_crm.wizards.importing import undo_import, undo_preview

FILE = (
    "ФИО;Телефон;Компания\n"
    "Старый Клиент;+7 912 000 00 01;ООО Новая\n"
    "Первый Новый;+7 912 000 00 02;ООО Новая\n"
    "Второй Новый;+7 912 000 00 03;ООО Другая\n"
)


def test_the_promise_is_what_the_undo_does(
    database: Database, admin: User, add_client: Callable[..., int]
) -> None:
    add_client("Старый Клиент", ["+7 912 000 00 01"])  # updated by the import, moved to ООО Новая
    job = do_import(database, text=FILE, mode="add-update").job_id
    assert job is not None
    with database.transaction() as session:
        worked_on = session.scalar(select(Client.id).where(Client.full_name == "Второй Новый"))
        assert worked_on is not None
        notes.add_note(session, session.merge(admin), worked_on, "Called, interested")
    with database.session() as session:
        promise = undo_preview(session, job)
    with database.transaction() as session:
        result = undo_import(session, current_user(session, "admin"), job)
    # the old client gets its company back, so ООО Новая goes; ООО Другая stays with the
    # client someone worked on
    assert (promise.deleted, promise.restored, promise.kept) == (2, 1, 2)
    assert promise.companies == 1
    assert (result.deleted, result.restored, len(result.kept)) == (
        promise.deleted,
        promise.restored,
        promise.kept,
    )

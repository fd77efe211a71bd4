"""The card's company picker offers only companies the user may see (IMP-13): a company in a
queue the manager is not a member of is not offered, as if it did not exist."""

from __future__ import annotations

from card_fixtures import open_card, type_text
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services import queues
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.services.users import add_user


def test_the_company_picker_does_not_offer_a_hidden_company(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    with database.transaction() as s:
        add_user(s, admin, "ivan", "Иван Чужой", role="manager")
        add_user(s, admin, "olga", "Ольга Член", role="manager")
        vip = queues.add_queue(s, admin, "VIP").id
        queues.set_member(s, admin, "VIP", "olga", True)
        for name, queue_id in (("Стомат Тайный", vip), ("Стомат Открытый", None)):
            create_client(s, admin, ClientData(kind="company", full_name=name, queue_id=queue_id))
        employee = create_client(s, admin, ClientData(full_name="Работник Пётр")).id
    offered = {}
    for login in ("ivan", "olga", "admin"):
        card = open_card(qtbot, database, login, employee)
        search = card.fields.company_search
        with qtbot.waitSignal(search.searched, timeout=3000):
            type_text(qtbot, search, "стомат")
        offered[login] = sorted(h.full_name for h in search.search_now())
        card.close()
    assert offered["ivan"] == ["Стомат Открытый"]
    assert offered["olga"] == offered["admin"] == ["Стомат Открытый", "Стомат Тайный"]

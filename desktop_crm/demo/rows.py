"""Rows of realistic demo clients, made without touching the database.

`DemoGenerator.batch(n)` returns plain dicts per table, ready for a Core `insert()` executemany.
Foreign keys between rows of one batch (a person's company, a contact point's owner, a party's
interaction) hold the row's index in its batch list; `fill.py` swaps them for real ids once it
has reserved them inside the write transaction. References to rows that exist before the fill
(managers, tags, groups, the sales scenario) are real ids from `DemoReferences`.

Phone `value`s come in the local formats people type; `normalized` is the E.164 form that
`services.phones.normalize_phone(value)` gives (region RU). E-mail addresses live on the
reserved example.com/.org/.net domains, so a mailing tried on demo data never reaches anybody.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_crm.demo import world
from desktop_crm.demo.activity import LANGUAGE, DemoActivity
from desktop_crm.demo.batch import Batch, DemoReferences, Row
from desktop_crm.demo.values import COUNTRIES, COUNTRY_WEIGHTS
from desktop_crm.models.clients import CLIENT, COMPANY, EMAIL, LEAD, PERSON, PHONE
from desktop_crm.services.sort_keys import name_columns

CITIES = {
    "RU": world.RU_CITIES,
    "KZ": world.KZ_CITIES,
    "PL": world.PL_CITIES,
    "GB": world.GB_CITIES,
}
HISTORY_SECONDS = 3 * 365 * 86400
PHONE_COMMENTS = {
    "ru": ("мобильный", "рабочий", "домашний"),
    "pl": ("komórka", "praca", "dom"),
    "en": ("mobile", "work", "home"),
}


class DemoGenerator(DemoActivity):
    """Deterministic for a seed: the same seed gives the same clients."""

    def __init__(
        self, refs: DemoReferences, *, seed: int | str = 0, now: datetime, total: int = 1
    ) -> None:
        super().__init__(seed)
        self.refs = refs
        self.now = now
        # clients are spread over the last three years in id order, as a real base grows
        self.total = max(total, 1)
        self.made = 0
        self.all_managers = tuple(m for ids in refs.managers.values() for m in ids)

    # --- one batch ------------------------------------------------------------------------

    def batch(self, n: int) -> Batch:
        """`n` clients (about a tenth companies) with everything that hangs off them."""
        rng = self.rng
        out = Batch()
        countries = rng.choices(COUNTRIES, COUNTRY_WEIGHTS, k=n)
        is_company = [rng.random() < 0.1 for _ in range(n)]
        if n >= 10 and not any(is_company):
            is_company[0] = True
        companies: list[tuple[int, str, str]] = []  # (index, country, mail domain)
        clients: list[Row | None] = [None] * n
        for i in range(n):
            if is_company[i]:
                row, domain = self._company(i, countries[i], out)
                clients[i] = row
                companies.append((i, countries[i], domain))
        for i in range(n):
            if not is_company[i]:
                employer = None
                if companies and rng.random() < 0.2:
                    employer = rng.choice(companies)
                clients[i] = self._person(i, countries[i], employer, out)
        for i, client in enumerate(clients):
            assert client is not None
            self._activity(i, client, countries[i], out)
            (out.companies if client["kind"] == COMPANY else out.persons).append(client)
        self._unlinked_calls(n, out)
        self.made += n
        return out

    # --- clients --------------------------------------------------------------------------

    def _client_row(self, i: int, country: str) -> Row:
        rng = self.rng
        at = HISTORY_SECONDS * min(self.made + i, self.total) / self.total + rng.randrange(3600)
        created = min(self.now, self.now - timedelta(seconds=HISTORY_SECONDS - at))
        updated = min(self.now, created + timedelta(seconds=rng.randrange(60 * 86400)))
        managers = self.refs.managers.get(country) or self.all_managers
        responsible = rng.choice(managers) if managers and rng.random() < 0.92 else None
        city = rng.choice(CITIES[country])
        group = None
        if rng.random() < 0.9:
            group = self.refs.group_ids.get((country, city[4]))
        return {
            "id": i,  # batch index until write_batch swaps in the reserved id
            "kind": PERSON,
            "stage": LEAD if rng.random() < 0.3 else CLIENT,
            "full_name": "",
            "name_key": "",
            "sort_key": b"",
            "last_name": None,
            "first_name": None,
            "middle_name": None,
            "birth_date": None,
            "address": None,
            "website": None,
            "position": None,
            "group_id": group,
            "responsible_id": responsible,
            "queue_id": None,
            "company_id": None,
            "import_job_id": None,
            "created_at": created,
            "updated_at": updated,
            "created_by_id": self.refs.author_id,
            "updated_by_id": self.refs.author_id,
            "version": 1,
            "_city": city,
        }

    def _company(self, i: int, country: str, out: Batch) -> tuple[Row, str]:
        rng = self.rng
        row = self._client_row(i, country)
        name, slug = self.company_name(country)
        domain = f"{slug}.example.com"
        row.update(kind=COMPANY, full_name=name, **name_columns(name, self.refs.sort_language))
        if rng.random() < 0.8:
            row["website"] = f"https://{domain}"
        row["address"] = self.address(country, row["_city"], office=True)
        points: list[tuple[str, str, str, str | None]] = [
            (PHONE, *self.landline(country, row["_city"]), None)
        ]
        if rng.random() < 0.4:
            points.append((PHONE, *self.mobile(country), None))
        box = {"RU": "info", "KZ": "info", "PL": "biuro", "GB": "office"}[country]
        address = f"{rng.choice((box, 'sales', 'office'))}@{domain}"
        points.append((EMAIL, address, address, None))
        self._points(out, points, client=i)
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2))):
            self._contact_person(i, country, domain, row["created_at"], out)
        return row, domain

    def _person(
        self, i: int, country: str, employer: tuple[int, str, str] | None, out: Batch
    ) -> Row:
        rng = self.rng
        if employer is not None:
            country = employer[1]
        row = self._client_row(i, country)
        female = rng.random() < 0.5
        last, first, middle, full = self.person_name(country, female)
        row.update(full_name=full, **name_columns(full, self.refs.sort_language))
        if rng.random() < 0.95:  # the rest: only the full name, as old bases often hold them
            row.update(last_name=last, first_name=first, middle_name=middle)
        if rng.random() < 0.6:
            row["birth_date"] = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        if rng.random() < 0.5:
            row["address"] = self.address(country, row["_city"])
        points: list[tuple[str, str, str, str | None]] = []
        lang = LANGUAGE[country]
        roll = rng.random()
        if roll < 0.97:
            points.append((PHONE, *self.mobile(country), None))
        if roll < 0.15:
            points.append((PHONE, *self.landline(country, row["_city"]), PHONE_COMMENTS[lang][2]))
        if employer is not None:
            row["company_id"] = employer[0]
            row["position"] = rng.choice(world.POSITIONS[country])
            work = self.email(first, last, employer[2])
            points.append((EMAIL, *work, PHONE_COMMENTS[lang][1]))
        roll = rng.random()
        if roll < 0.7:
            points.append((EMAIL, *self.email(first, last), None))
        if roll < 0.08:
            points.append((EMAIL, *self.email(first, last), None))
        self._points(out, points, client=i)
        return row

    def _contact_person(
        self, client: int, country: str, domain: str, created: datetime, out: Batch
    ) -> None:
        rng = self.rng
        last, first, middle, full = self.person_name(country, rng.random() < 0.5)
        index = len(out.contact_persons)
        out.contact_persons.append(
            {
                "client_id": client,
                "full_name": full,
                "last_name": last,
                "first_name": first,
                "middle_name": middle,
                "position": rng.choice(world.POSITIONS[country]),
                "birth_date": None,
                "note": None,
                "created_at": created,
                "updated_at": created,
                "updated_by_id": None,
                "version": 1,
            }
        )
        points: list[tuple[str, str, str, str | None]] = [(PHONE, *self.mobile(country), None)]
        if rng.random() < 0.8:
            points.append((EMAIL, *self.email(first, last, domain), None))
        self._points(out, points, person=index)

    def _points(
        self,
        out: Batch,
        points: list[tuple[str, str, str, str | None]],
        *,
        client: int | None = None,
        person: int | None = None,
    ) -> None:
        """Contact points of one owner: the first of each kind is the primary one."""
        seen: set[str] = set()
        for position, (kind, value, normalized, comment) in enumerate(points):
            row = {
                "client_id": client,
                "contact_person_id": person,
                "kind": kind,
                "value": value,
                "normalized": normalized,
                "is_primary": kind not in seen,
                "position": position,
                "comment": comment,
            }
            out.contact_points.append(row)
            if kind not in seen and client is not None:
                out.primary.setdefault(client, []).append(row)
            seen.add(kind)

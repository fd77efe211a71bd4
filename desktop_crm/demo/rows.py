"""Rows of realistic demo clients, made without touching the database.

`DemoGenerator.batch(n)` returns plain dicts per table, ready for a Core `insert()` executemany.
Foreign keys between rows of one batch (a person's company, a contact point's owner, a party's
interaction) hold the row's index in its batch list; `demo.py` swaps them for real ids once it
has reserved them inside the write transaction. References to rows that exist before the fill
(managers, tags, groups, the sales scenario) are real ids from `DemoReferences`.

Phone `value`s come in the local formats people type; `normalized` is the E.164 form that
`services.phones.normalize_phone(value)` gives (region RU). E-mail addresses live on the
reserved example.com/.org/.net domains, so a mailing tried on demo data never reaches anybody.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from desktop_crm.demo import names as w
from desktop_crm.models.clients import CLIENT, COMPANY, EMAIL, LEAD, PERSON, PHONE
from desktop_crm.services.names import name_key

Row = dict[str, Any]

COUNTRIES = ("RU", "KZ", "PL", "GB")
COUNTRY_WEIGHTS = (45, 15, 20, 20)
LANGUAGE = {"RU": "ru", "KZ": "ru", "PL": "pl", "GB": "en"}
CITIES = {"RU": w.RU_CITIES, "KZ": w.KZ_CITIES, "PL": w.PL_CITIES, "GB": w.GB_CITIES}
STREETS = {"RU": w.RU_STREETS, "KZ": w.RU_STREETS + w.KZ_STREETS, "PL": w.PL_STREETS}
HISTORY_SECONDS = 3 * 365 * 86400
PERSONAL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com")
PHONE_COMMENTS = {
    "ru": ("мобильный", "рабочий", "домашний"),
    "pl": ("komórka", "praca", "dom"),
    "en": ("mobile", "work", "home"),
}

# Local ways of writing one number. {c}: area/operator code, {a} {b} {d}: parts of the rest.
_RU_FORMATS = (
    "8 ({c}) {a}-{b}-{d}",
    "+7 ({c}) {a}-{b}-{d}",
    "+7 {c} {a}{b}{d}",
    "+7 {c} {a}-{b}-{d}",
    "8{c}{a}{b}{d}",
    "+7{c}{a}{b}{d}",
    "8-{c}-{a}-{b}-{d}",
    "8 {c} {a} {b} {d}",
    "7{c}{a}{b}{d}",
    "({c}) {a}-{b}-{d}",
    "8 ({c}) {a}{b}{d}",
)
_PL_FORMATS = ("+48 {c} {a} {b} {d}", "+48 ({c}) {a}-{b}-{d}", "+48{c}{a}{b}{d}")
_PL_MOBILE_FORMATS = ("+48 {c} {a} {b}", "+48 {c}-{a}-{b}", "+48{c}{a}{b}", "+48 {c}{a}{b}")
_GB_FORMATS = ("+44 {c} {a} {b}", "+44 (0){c} {a} {b}", "+44{c}{a}{b}", "+44 {c} {a}{b}")
T = TypeVar("T")
_UPPER = "ABDEFGHJLNPQRSTUWXYZ"  # letters British postcodes use in the inward code


class _FastRandom(random.Random):
    """`choice`, `randrange` and `randint` from one `random()` call: several times faster than
    the exact versions, and their tiny bias does not matter for demo data."""

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


@dataclass(frozen=True)
class DemoReferences:
    """Ids of the rows demo clients point at, made (or found) before the fill starts."""

    managers: dict[str, tuple[int, ...]]  # country -> manager user ids
    manager_names: dict[int, str]
    tag_ids: tuple[int, ...]
    group_ids: dict[tuple[str, str], int]  # (country, folder name) -> group id
    scenario_id: int
    author_id: int | None = None  # who "created" the demo clients


@dataclass
class Batch:
    """Rows of one batch, by table. See the module docstring for the batch-local keys."""

    companies: list[Row] = field(default_factory=list)
    persons: list[Row] = field(default_factory=list)
    contact_persons: list[Row] = field(default_factory=list)
    contact_points: list[Row] = field(default_factory=list)
    client_tags: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    deals: list[Row] = field(default_factory=list)
    interactions: list[Row] = field(default_factory=list)
    parties: list[Row] = field(default_factory=list)
    change_log: list[Row] = field(default_factory=list)
    # batch index of a client -> its primary contact points (not inserted; for interactions)
    primary: dict[int, list[Row]] = field(default_factory=dict)


class DemoGenerator:
    """Deterministic for a seed: the same seed gives the same clients."""

    def __init__(
        self, refs: DemoReferences, *, seed: int | str = 0, now: datetime, total: int = 1
    ) -> None:
        self.refs = refs
        self.rng = _FastRandom(seed)
        self.now = now
        # clients are spread over the last three years in id order, as a real base grows
        self.total = max(total, 1)
        self.made = 0
        self.all_managers = tuple(m for ids in refs.managers.values() for m in ids)
        self._surnames = {
            "RU": [(s, w.ru_female_surname(s)) for s in w.RU_SURNAMES],
            "KZ": [(s, w.ru_female_surname(s)) for s in w.KZ_SURNAMES],
            "PL": [(s, w.pl_female_surname(s)) for s in w.PL_SURNAMES],
            "GB": [(s, s) for s in w.GB_SURNAMES],
        }

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
        row.update(kind=COMPANY, full_name=name, name_key=name_key(name))
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
        row.update(full_name=full, name_key=name_key(full))
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
            row["position"] = rng.choice(w.POSITIONS[country])
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
                "position": rng.choice(w.POSITIONS[country]),
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

    # --- what happened with a client --------------------------------------------------------

    def _activity(self, i: int, client: Row, country: str, out: Batch) -> None:
        rng = self.rng
        client.pop("_city")
        lang = LANGUAGE[country]
        created: datetime = client["created_at"]
        who = client["responsible_id"]
        roll = rng.random()
        if roll < 0.5:
            for tag in rng.sample(
                self.refs.tag_ids, k=min(len(self.refs.tag_ids), 1 + (roll < 0.15))
            ):
                out.client_tags.append({"client_id": i, "tag_id": tag})
        if rng.random() < 0.2:
            for _ in range(rng.randint(1, 3)):
                out.notes.append(
                    {
                        "client_id": i,
                        "contact_person_id": None,
                        "author_id": who,
                        "created_at": self._office_hours(self._after(created, 300), created),
                        "text": rng.choice(w.NOTES[lang]),
                    }
                )
        if rng.random() < (0.12 if client["stage"] == CLIENT else 0.04):
            out.deals.append(self._deal(i, client, lang))
        if rng.random() < 0.15:
            self._interactions(i, client, lang, out)
        if client["stage"] == CLIENT and rng.random() < 0.1:
            self._log(out, i, "stage", "lead", "client", who, self._after(created, 90))
        if who is not None and rng.random() < 0.03:
            before = rng.choice(self.all_managers)
            if before != who:
                names = self.refs.manager_names
                self._log(
                    out, i, "responsible", names[before], names[who], None, client["updated_at"]
                )

    def _deal(self, i: int, client: Row, lang: str) -> Row:
        rng = self.rng
        status = (
            "open"
            if client["stage"] == LEAD
            else rng.choices(("open", "won", "lost"), (5, 3, 2))[0]
        )
        created = self._after(client["created_at"], 200)
        is_open = status == "open"
        return {
            "client_id": i,
            "topic": rng.choice(w.DEAL_TOPICS[lang]),
            "date": created.date(),
            "expected_revenue": Decimal(rng.randrange(20, 5000) * 1000),
            "description": None,
            "activity": rng.choice(w.DEAL_ACTIVITIES) if is_open else None,
            "activity_date": (self.now + timedelta(days=rng.randrange(1, 30))).date()
            if is_open
            else None,
            "scenario_id": self.refs.scenario_id,
            "stage": rng.choice(w.DEAL_STAGES[status]),
            "status": status,
            "responsible_id": client["responsible_id"],
            "created_by_id": client["responsible_id"],
            "import_job_id": None,
            "created_at": created,
            "closed_at": None if is_open else self._after(created, 120),
        }

    def _interactions(self, i: int, client: Row, lang: str, out: Batch) -> None:
        """Calls and e-mails with this client, linked to its card as the linking job would."""
        rng = self.rng
        mine = out.primary.get(i)
        if not mine:
            return
        for _ in range(rng.randint(1, 3)):
            point = rng.choice(mine)
            at = self._office_hours(self._after(client["created_at"], 400), client["created_at"])
            self._interaction(
                out, point, at, client_index=i, who=client["responsible_id"], lang=lang
            )

    def _unlinked_calls(self, n: int, out: Batch) -> None:
        """Calls nobody tied to a card yet: some from numbers the base knows (work for the
        linking job), some from strangers (work for the registration control)."""
        rng = self.rng
        phones = [p for p in out.contact_points if p["kind"] == PHONE and p["is_primary"]]
        for _ in range(max(1, n // 100) if n >= 20 else 0):
            if phones and rng.random() < 0.6:
                point = rng.choice(phones)
            else:
                value, normalized = self.mobile(rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0])
                point = {"kind": PHONE, "value": value, "normalized": normalized}
            at = self._office_hours(self.now - timedelta(seconds=rng.randrange(30 * 86400)))
            who = rng.choice(self.all_managers) if self.all_managers else None
            self._interaction(out, point, at, client_index=None, who=who, lang="ru")

    def _interaction(
        self,
        out: Batch,
        point: Row,
        at: datetime,
        *,
        client_index: int | None,
        who: int | None,
        lang: str,
    ) -> None:
        rng = self.rng
        incoming = rng.random() < 0.5
        is_call = point["kind"] == PHONE
        linked = client_index is not None
        out.parties.append(
            {
                "interaction_id": len(out.interactions),
                "role": "from" if incoming else "to",
                "kind": point["kind"],
                # phone systems log bare digits; mail headers carry the address as written
                "raw": point["normalized"].lstrip("+") if is_call else point["value"],
                "normalized": point["normalized"],
            }
        )
        out.interactions.append(
            {
                "kind": "call" if is_call else "email",
                "direction": "in" if incoming else "out",
                "occurred_at": at,
                "subject": None if is_call else rng.choice(w.EMAIL_SUBJECTS[lang]),
                "body": None if is_call else rng.choice(w.NOTES[lang]),
                "duration_seconds": rng.randrange(15, 1200) if is_call else None,
                "external_id": None,  # made from the final id: unique across fills
                "source": "call_log" if is_call else "imap",
                "client_id": client_index,
                "contact_person_id": None,
                "registered_by_id": who,
                "link_method": "auto" if linked else None,
                "linked_at": at + timedelta(minutes=rng.randrange(5, 600)) if linked else None,
                "created_at": at,
            }
        )

    def _log(
        self, out: Batch, i: int, field_name: str, old: str, new: str, who: int | None, at: datetime
    ) -> None:
        out.change_log.append(
            {
                "entity": "client",
                "entity_id": i,
                "client_id": i,
                "field": field_name,
                "old_value": old,
                "new_value": new,
                "user_id": who,
                "changed_at": at,
            }
        )

    def _after(self, start: datetime, max_days: int) -> datetime:
        moment = start + timedelta(seconds=self.rng.randrange(max_days * 86400))
        return min(moment, self.now)

    def _office_hours(self, moment: datetime, not_before: datetime | None = None) -> datetime:
        """The same day between 06:00 and 17:00 UTC (9 to 20 o'clock in Moscow): when calls,
        mails and notes happen; never before `not_before` nor after now."""
        rng = self.rng
        hour = rng.randrange(6, 17)
        moment = moment.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
        if not_before is not None:
            moment = max(moment, not_before)
        return min(moment, self.now)

    # --- names, places, numbers, addresses -------------------------------------------------

    def person_name(self, country: str, female: bool) -> tuple[str, str, str | None, str]:
        """(last, first, middle, full name) in the country's usual order."""
        rng = self.rng
        last = rng.choice(self._surnames[country])[1 if female else 0]
        if country == "RU":
            first = rng.choice(w.RU_FEMALE if female else w.RU_MALE)
            middle = w.RU_FATHERS[rng.choice(w.RU_MALE)][1 if female else 0]
            return last, first, middle, f"{last} {first} {middle}"
        if country == "KZ":
            first = rng.choice(w.KZ_FEMALE if female else w.KZ_MALE)
            if rng.random() < 0.15:
                return last, first, None, f"{last} {first}"
            middle = w.kz_patronymic(rng.choice(w.KZ_FATHERS), female)
            return last, first, middle, f"{last} {first} {middle}"
        if country == "PL":
            first = rng.choice(w.PL_FEMALE if female else w.PL_MALE)
        else:
            first = rng.choice(w.GB_FEMALE if female else w.GB_MALE)
        return last, first, None, f"{first} {last}"

    def company_name(self, country: str) -> tuple[str, str]:
        """(name, slug for its web domain)."""
        rng = self.rng
        if country == "RU":
            core = rng.choice(w.RU_COMPANY_HEADS) + rng.choice(w.RU_COMPANY_TAILS)
            core += rng.choice(("", "", "", "", " Плюс", "-М", "-Центр", " Регион", "-2000"))
            return f"{rng.choice(w.RU_COMPANY_FORMS)} «{core}»", _slug(core)
        if country == "KZ":
            core = f"{rng.choice(w.KZ_COMPANY_HEADS)} {rng.choice(w.KZ_COMPANY_TAILS)}"
            core += rng.choice(("", "", "", " KZ", " Плюс", "-Азия"))
            return f"{rng.choice(w.KZ_COMPANY_FORMS)} «{core}»", _slug(core)
        if country == "PL":
            roll = rng.random()
            if roll < 0.25:
                surname = rng.choice(w.PL_SURNAMES)
                return f"PHU {surname}", _slug(f"phu {surname}")
            core = f"{rng.choice(w.PL_COMPANY_HEADS)} {rng.choice(w.PL_COMPANY_TAILS)}"
            return f"{core} {'S.A.' if roll > 0.9 else 'Sp. z o.o.'}", _slug(core)
        roll = rng.random()
        if roll < 0.25:
            a, b = rng.sample(w.GB_SURNAMES, 2)
            return f"{a} & {b} LLP", _slug(f"{a} {b}")
        core = f"{rng.choice(w.GB_COMPANY_HEADS)} {rng.choice(w.GB_COMPANY_TAILS)}"
        return f"{core} {'plc' if roll > 0.9 else 'Ltd'}", _slug(core)

    def address(
        self, country: str, city: tuple[str, str, str, int, str], *, office: bool = False
    ) -> str:
        rng = self.rng
        name, postal = city[0], city[1]
        house = rng.randint(1, 180)
        if country in ("RU", "KZ"):
            index = postal + _digits(rng, 6 - len(postal))
            unit = f"оф. {rng.randint(1, 600)}" if office else f"кв. {rng.randint(1, 300)}"
            return f"{index}, г. {name}, {rng.choice(STREETS[country])}, д. {house}, {unit}"
        if country == "PL":
            digits = postal + _digits(rng, 5 - len(postal))
            flat = "" if office else f"/{rng.randint(1, 120)}"
            return f"{rng.choice(w.PL_STREETS)} {house}{flat}, {digits[:2]}-{digits[2:]} {name}"
        inward = f"{rng.randint(1, 9)}{rng.choice(_UPPER)}{rng.choice(_UPPER)}"
        return f"{house} {rng.choice(w.GB_STREETS)}, {name} {postal} {inward}"

    def mobile(self, country: str) -> tuple[str, str]:
        """(value as typed, E.164) of a mobile number in `country`."""
        rng = self.rng
        if country in ("RU", "KZ"):
            code = rng.choice(w.RU_MOBILE if country == "RU" else w.KZ_MOBILE)
            return self._formatted(rng.choice(_RU_FORMATS), "7", code, 7)
        if country == "PL":
            code = rng.choice(w.PL_MOBILE)
            return self._formatted(rng.choice(_PL_MOBILE_FORMATS), "48", code, 6)
        code = rng.choice(w.GB_MOBILE) + str(rng.randrange(10, 100))
        return self._formatted(rng.choice(_GB_FORMATS), "44", code, 6)

    def landline(self, country: str, city: tuple[str, str, str, int, str]) -> tuple[str, str]:
        """(value as typed, E.164) of a fixed-line number in `city`."""
        formats = {"RU": _RU_FORMATS, "KZ": _RU_FORMATS, "PL": _PL_FORMATS, "GB": _GB_FORMATS}
        prefix = {"RU": "7", "KZ": "7", "PL": "48", "GB": "44"}[country]
        return self._formatted(self.rng.choice(formats[country]), prefix, city[2], city[3])

    def _formatted(
        self, template: str, country_code: str, code: str, length: int
    ) -> tuple[str, str]:
        rng = self.rng
        local = str(rng.randint(2, 8)) + _digits(rng, length - 1)
        if length == 8:
            a, b, d = local[:4], local[4:], ""
        elif length == 6 and country_code in ("48", "44"):
            a, b, d = local[:3], local[3:], ""
        elif length == 6:
            a, b, d = local[:2], local[2:4], local[4:]
        elif country_code == "44":
            a, b, d = local[:3], local[3:], ""
        else:
            a, b, d = local[:3], local[3:5], local[5:]
        value = template.format(c=code, a=a, b=b, d=d).strip()
        return value, f"+{country_code}{code}{local}"

    def email(self, first: str, last: str, domain: str | None = None) -> tuple[str, str]:
        """(value as written, lower-cased) of an address for this person."""
        rng = self.rng
        given, family = _latin(first), _latin(last)
        if domain is not None:  # work addresses follow the company's scheme
            pattern = rng.randrange(3)
        else:
            pattern = rng.randrange(3, 10)
            domain = rng.choice(PERSONAL_DOMAINS)
        year = rng.randrange(60, 100) if rng.random() < 0.5 else rng.randrange(0, 10)
        parts = (
            (given, ".", family),
            (given[0], ".", family),
            (family, ".", given[0]),
            (given, ".", family),
            (given[0], ".", family),
            (family, ".", given),
            (given, family, f"{year:02d}"),
            (family, str(rng.randrange(1, 999))),
            (given, "_", family),
            (given[0], family, f"{year:02d}"),
        )[pattern]
        local = "".join(parts)
        normalized = f"{local}@{domain}"
        if rng.random() < 0.15:
            return f"{local.capitalize()}@{domain.capitalize()}", normalized
        return normalized, normalized


def _digits(rng: random.Random, count: int) -> str:
    """`count` random decimal digits."""
    return f"{rng.randrange(10**count):0{count}d}"


_latin_cache: dict[str, str] = {}


def _latin(text: str) -> str:
    value = _latin_cache.get(text)
    if value is None:
        value = _latin_cache[text] = w.latin(text) or "client"
    return value


def _slug(text: str) -> str:
    return "-".join(filter(None, (w.latin(part) for part in text.replace("-", " ").split())))

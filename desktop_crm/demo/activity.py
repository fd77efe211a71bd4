"""What happened with a demo client: notes, deals, calls and e-mails, and the change log,
spread over its life in office hours."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from desktop_crm.demo import world
from desktop_crm.demo.batch import Batch, DemoReferences, Row
from desktop_crm.demo.values import COUNTRIES, COUNTRY_WEIGHTS, DemoValues
from desktop_crm.models.clients import CLIENT, LEAD, PHONE

LANGUAGE = {"RU": "ru", "KZ": "ru", "PL": "pl", "GB": "en"}


class DemoActivity(DemoValues):
    """The activity half of `DemoGenerator`: it sets `refs`, `now` and `all_managers`."""

    refs: DemoReferences
    now: datetime
    all_managers: tuple[int, ...]

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
                        "text": rng.choice(world.NOTES[lang]),
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
            "topic": rng.choice(world.DEAL_TOPICS[lang]),
            "date": created.date(),
            "expected_revenue": Decimal(rng.randrange(20, 5000) * 1000),
            "description": None,
            "activity": rng.choice(world.DEAL_ACTIVITIES) if is_open else None,
            "activity_date": (self.now + timedelta(days=rng.randrange(1, 30))).date()
            if is_open
            else None,
            "scenario_id": self.refs.scenario_id,
            "stage": rng.choice(world.DEAL_STAGES[status]),
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
                "subject": None if is_call else rng.choice(world.EMAIL_SUBJECTS[lang]),
                "body": None if is_call else rng.choice(world.NOTES[lang]),
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

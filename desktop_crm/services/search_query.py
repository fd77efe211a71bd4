"""What the client list asks for (`ClientQuery`) and its search text taken apart into name
words and contact fragments (`parse_text`); `services/search.py` turns them into SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from desktop_crm.services.names import name_key
from desktop_crm.services.phones import digits
from desktop_crm.text import search_text

# Filter value for "not set": no group, nobody responsible, no queue.
NONE_ID = 0
# Trigram search needs three characters; shorter text looks for names that start with it.
MIN_SUBSTRING = 3
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-]+$")


@dataclass(frozen=True)
class ClientQuery:
    """What the list shows: search text, filters (None: any; `NONE_ID`: not set) and order."""

    text: str = ""
    tag_ids: tuple[int, ...] = ()  # clients that have all of these tags
    group_id: int | None = None  # the group and its subgroups
    responsible_id: int | None = None
    stage: str | None = None
    queue_id: int | None = None
    kind: str | None = None
    import_job_id: int | None = None  # clients an import created or updated
    sort: str = "name"
    descending: bool = False

    @property
    def has_filters(self) -> bool:
        return bool(
            self.tag_ids
            or self.group_id is not None
            or self.responsible_id is not None
            or self.stage
            or self.queue_id is not None
            or self.kind
            or self.import_job_id is not None
        )


@dataclass(frozen=True)
class SearchTerms:
    """The search text taken apart: what to look for in names and in contact points."""

    words: tuple[str, ...] = ()  # folded name words; at least one has MIN_SUBSTRING characters
    prefix: str = ""  # short text: names that start with it
    contacts: tuple[str, ...] = ()  # substrings of contact_points.normalized ("+..." : its start)

    @property
    def empty(self) -> bool:
        return not (self.words or self.prefix or self.contacts)


@lru_cache(maxsize=64)
def _trunk_prefix(region: str) -> tuple[str, str] | None:
    """(national trunk prefix, country code) of a region: ("8", "7") for RU, ("0", "44") for GB."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
    if metadata is None or not metadata.national_prefix:
        return None
    return metadata.national_prefix, str(metadata.country_code)


def parse_text(text: str, region: str = "RU") -> SearchTerms:
    """Split the search box's text into name words and contact fragments. Control characters
    are dropped (`text.search_text`); names fold as stored keys do (`names.name_key`)."""
    text = search_text(text)
    folded = name_key(text)
    if not folded:
        return SearchTerms()
    words = tuple(dict.fromkeys(folded.split()))
    long_words = [w for w in words if len(w) >= MIN_SUBSTRING]
    contacts: list[str] = []
    stripped = text.strip()
    number = digits(stripped)
    if _PHONE_LIKE.match(stripped) and len(number) >= MIN_SUBSTRING:
        # a number: phones only (a walk through a million names for digits finds nothing)
        if stripped.startswith("+"):
            return SearchTerms(contacts=("+" + number,))  # E.164 starts with it
        contacts.append(number)
        trunk = _trunk_prefix(region)
        if trunk and number.startswith(trunk[0]) and len(number) > len(trunk[0]) + 1:
            # 8 912 345 (Russian local format) is +7 912 345 in the stored E.164
            contacts.append("+" + trunk[1] + number[len(trunk[0]) :])
        return SearchTerms(contacts=tuple(contacts))
    if " " not in folded and len(folded) >= MIN_SUBSTRING:
        contacts.append(stripped.lower())  # an email or part of one
    if long_words:
        return SearchTerms(words=words, contacts=tuple(contacts))
    return SearchTerms(prefix=folded, contacts=tuple(contacts))

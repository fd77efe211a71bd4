"""Settings of the whole base, shared by every desktop and set by an admin: the country whose
phone numbers are written without a country code, the largest file a card may hold, the
language whose alphabet orders names (the sort language), and the company's own email addresses
(a message from one of them is outgoing).

A value never set reads as its default; the phone country reads as None until an admin (or the
first start, from the system's locale: `proposed_region`) chooses one. The sort language is
chosen by migration 0007 when the base is made or upgraded (`sort_keys.proposed_sort_language`)
and always read from the base: every stored sort key is in that language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import phonenumbers
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import MAX_ATTACHMENT_BYTES, BaseSetting, User
from desktop_crm.services.access import Permission, has_permission, require
from desktop_crm.services.collation import ENGLISH, SORT_LANGUAGES
from desktop_crm.services.emails import try_normalize_email

if TYPE_CHECKING:
    from desktop_crm.services.sort_keys import Progress

PHONE_REGION = "phone_region"
ATTACHMENT_LIMIT_MB = "attachment_limit_mb"
SORT_LANGUAGE = "sort_language"
OWN_ADDRESSES = "own_addresses"
DEFAULT_REGION = "RU"
DEFAULT_ATTACHMENT_LIMIT_MB = 20
MAX_ATTACHMENT_LIMIT_MB = MAX_ATTACHMENT_BYTES // (1024 * 1024)


def _read(session: Session, key: str) -> str | None:
    setting = session.get(BaseSetting, key)
    return setting.value if setting is not None else None


def _write(session: Session, actor: User, key: str, value: str) -> None:
    require(actor, Permission.ADMIN)
    setting = session.get(BaseSetting, key)
    if setting is None:
        session.add(BaseSetting(key=key, value=value, updated_by_id=actor.id))
    else:
        setting.value, setting.updated_by_id = value, actor.id
    session.flush()


def known_region(region: str) -> str:
    """`region` as phonenumbers knows it ("ru" -> "RU"); `ValidationError` otherwise."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(Code.REGION_UNKNOWN, field="region", value=region, region=region)
    return code


def phone_region(session: Session) -> str | None:
    """The base's phone country, or None when nobody has chosen one yet."""
    return _read(session, PHONE_REGION)


def region_or_default(session: Session) -> str:
    return phone_region(session) or DEFAULT_REGION


def set_phone_region(session: Session, actor: User, region: str) -> str:
    code = known_region(region)
    _write(session, actor, PHONE_REGION, code)
    return code


def region_to_propose(session: Session, user: User, locale_name: str | None) -> str | None:
    """The phone country to propose to `user` at the start of the window: only to an admin
    (who may set it), only while nobody has chosen one; None otherwise."""
    if phone_region(session) is not None or not has_permission(user, Permission.ADMIN):
        return None
    return proposed_region(locale_name)


def proposed_region(locale_name: str | None) -> str:
    """The phone country a locale suggests ("pl_PL" -> "PL", "en_US.UTF-8" -> "US"), for the
    first start to propose; the default when the locale names no known country."""
    territory = (locale_name or "").split(".")[0].replace("-", "_").partition("_")[2]
    territory = territory.upper()
    return territory if territory in phonenumbers.SUPPORTED_REGIONS else DEFAULT_REGION


def attachment_limit_mb(session: Session) -> int:
    stored = _read(session, ATTACHMENT_LIMIT_MB)
    return int(stored) if stored and stored.isdigit() else DEFAULT_ATTACHMENT_LIMIT_MB


def set_attachment_limit_mb(session: Session, actor: User, megabytes: int) -> int:
    if not 1 <= megabytes <= MAX_ATTACHMENT_LIMIT_MB:
        raise ValidationError(
            Code.ATTACHMENT_LIMIT_RANGE,
            field="attachment_limit_mb",
            value=megabytes,
            max_mb=MAX_ATTACHMENT_LIMIT_MB,
        )
    _write(session, actor, ATTACHMENT_LIMIT_MB, str(megabytes))
    return megabytes


def sort_language(session: Session) -> str:
    """The language whose order the client list follows (one of `collation.SORT_LANGUAGES`)."""
    stored = _read(session, SORT_LANGUAGE)
    return stored if stored in SORT_LANGUAGES else ENGLISH


def set_sort_language(
    session: Session, actor: User, language: str, *, progress: Progress | None = None
) -> int:
    """Sort names in `language` from now on: every client's sort key is made anew, in the
    session's transaction (a million clients: see benchmarks/sort_keys.py). Returns how many
    keys were made; none when the language was the base's already."""
    code = language.strip().lower()
    if code not in SORT_LANGUAGES:
        raise ValidationError(
            Code.SORT_LANGUAGE_UNKNOWN,
            field="sort_language",
            value=language,
            language=language,
            known=", ".join(SORT_LANGUAGES),
        )
    if code == _read(session, SORT_LANGUAGE):
        require(actor, Permission.ADMIN)
        return 0
    _write(session, actor, SORT_LANGUAGE, code)
    from desktop_crm.services.sort_keys import rebuild_sort_keys  # the window starts without it

    return rebuild_sort_keys(session.connection(), code, progress=progress)


def own_addresses(session: Session) -> tuple[str, ...]:
    """The company's own addresses and @domains, lower-cased ("a@firm.pl", "@firm.pl")."""
    stored = _read(session, OWN_ADDRESSES) or ""
    return tuple(part for part in stored.split(",") if part)


def set_own_addresses(session: Session, actor: User, values: Iterable[str]) -> tuple[str, ...]:
    """Set the company's own addresses: each an email address or a domain written "@firm.pl"
    (every address at it); `ValidationError` naming the first that is neither. No values clears
    them."""
    checked: list[str] = []
    for raw in values:
        value = raw.strip()
        if not value:
            continue
        address = try_normalize_email(("x" + value) if value.startswith("@") else value)
        if address is None:
            raise ValidationError(Code.MAIL_OWN_ADDRESS_INVALID, field="own_addresses", value=raw)
        own = address[1:] if value.startswith("@") else address
        if own not in checked:
            checked.append(own)
    _write(session, actor, OWN_ADDRESSES, ",".join(checked))
    return tuple(checked)

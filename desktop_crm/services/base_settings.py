"""Settings of the whole base, shared by every desktop and set by an admin: the country whose
phone numbers are written without a country code, and the largest file a card may hold.

A value never set reads as its default; the phone country reads as None until an admin (or the
first start, from the system's locale: `proposed_region`) chooses one.
"""

from __future__ import annotations

import phonenumbers
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import MAX_ATTACHMENT_BYTES, BaseSetting, User
from desktop_crm.services.access import Permission, has_permission, require

PHONE_REGION = "phone_region"
ATTACHMENT_LIMIT_MB = "attachment_limit_mb"
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

"""Email addresses: stored lower-cased, checked for a plausible shape (no network lookups)."""

from __future__ import annotations

import re

from desktop_crm.errors import Code, ValidationError

# One @, something before it, a dotted domain after it, no spaces or angle brackets.
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+$")


def try_normalize_email(raw: str) -> str | None:
    value = raw.strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if not _EMAIL.match(value) or ".." in value:
        return None
    return value.lower()


def normalize_email(raw: str) -> str:
    normalized = try_normalize_email(raw)
    if normalized is None:
        raise ValidationError(Code.EMAIL_INVALID, field="emails", value=raw)
    return normalized

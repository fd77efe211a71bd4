"""Email addresses: stored lower-cased, checked for a plausible shape (no network lookups)."""

from __future__ import annotations

import re

from desktop_crm.errors import Code, ValidationError

# One @, something before it, a dotted domain after it, no spaces or angle brackets.
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+$")


def try_normalize_email(raw: str) -> str | None:
    """The lower-cased address, or None when `raw` is not one. An address holds no control,
    format (zero-width) or space characters of any kind: NUL in an address is not an address."""
    value = raw.strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if not _EMAIL.match(value) or ".." in value or not value.isprintable():
        return None
    return value.lower()


def normalize_email(raw: str) -> str:
    normalized = try_normalize_email(raw)
    if normalized is None:
        raise ValidationError(Code.EMAIL_INVALID, field="emails", value=raw)
    return normalized

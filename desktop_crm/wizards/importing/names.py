"""The name columns of a row (IMP-9): a full name is collapsed and split into its parts when the
file has no part columns, and built from the parts when it has no full-name column. A full name
with a legal form ("ООО Ромашка", "Acme Inc.") is a company's."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from desktop_crm.services.name_split import LEGAL_FORM
from desktop_crm.services.names import join_full_name, split_full_name

# Legal forms that mark a name as a company's: "ООО Ромашка", "Acme Inc.", "Nowak Sp. z o.o."
COMPANY_HINT = LEGAL_FORM
NAMES_REMEMBERED = 20_000  # names repeat in real files; memory stays flat


def _collapsed(full: str) -> tuple[str, bool]:
    collapsed = " ".join(full.split())
    return collapsed, COMPANY_HINT.search(collapsed) is not None


class NameRules:
    """The name rules of one import; each name is worked out once (bounded)."""

    def __init__(self, has_parts: bool) -> None:
        self.has_parts = has_parts  # the file has last / first / middle name columns
        self.collapsed = lru_cache(maxsize=NAMES_REMEMBERED)(_collapsed)
        self.split = lru_cache(maxsize=NAMES_REMEMBERED)(split_full_name)

    def settle(self, values: dict[str, Any], kind: str, kind_given: bool) -> str | None:
        """Fill the name columns of `values` from each other. Returns the row's kind, or None
        when the row names no one."""
        full = values.get("full_name")
        if full:
            full, company_like = self.collapsed(full)
            values["full_name"] = full
            if not kind_given and company_like and not self.has_parts:
                kind = "company"
            if kind == "person" and not self.has_parts:
                values["last_name"], values["first_name"], values["middle_name"] = self.split(full)
            return kind
        last, first, middle = (values.get(k) for k in ("last_name", "first_name", "middle_name"))
        if not (last or first or middle):
            return None
        if last and not first and not middle and len(last.split()) > 1:
            # the whole name in the last-name column ("Усольцев Олег Валентинович")
            last, first, middle = split_full_name(last)
            values["last_name"], values["first_name"], values["middle_name"] = last, first, middle
        values["full_name"] = join_full_name(last, first, middle)
        return kind

"""What a cell means for a choice or a custom field (IMP-9): the words people write for the
values of a choice field (in Russian, English and Polish, folded: case, trailing dots), and the
text a custom field stores for its type."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_crm.wizards.importing.fields import FieldSpec
from desktop_crm.wizards.importing.values import parse_bool, parse_number

CHOICE_WORDS = {
    "kind": {
        **dict.fromkeys(
            (
                "person",
                "individual",
                "физ лицо",
                "физлицо",
                "физическое лицо",
                "человек",
                "частное лицо",
                "osoba",
                "osoba fizyczna",
                "0",
                "false",
                "нет",
                "nie",
            ),
            "person",
        ),
        **dict.fromkeys(
            (
                "company",
                "organization",
                "organisation",
                "компания",
                "организация",
                "юр лицо",
                "юрлицо",
                "юридическое лицо",
                "firma",
                "organizacja",
                "1",
                "true",
                "да",
                "tak",
            ),
            "company",
        ),
    },
    "stage": {
        **dict.fromkeys(
            (
                "lead",
                "лид",
                "потенциальный",
                "потенциальный клиент",
                "potencjalny",
                "potencjalny klient",
                "prospect",
            ),
            "lead",
        ),
        **dict.fromkeys(("client", "клиент", "customer", "klient"), "client"),
    },
}


def custom_text(spec: FieldSpec, text: str, value: Any) -> str:
    """The text custom field `spec` stores for a cell (`text`, and `value` as its kind parsed
    it); `ValueError` with a short reason when the cell does not fit the field's type."""
    if spec.custom_type == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if spec.custom_type == "number":
        return parse_number(text)
    if spec.custom_type == "bool":
        return "true" if parse_bool(text) else "false"
    if spec.custom_type == "choice" and spec.choices:
        folded = {c.casefold(): c for c in spec.choices}
        if text.casefold() not in folded:
            raise ValueError(f"{text!r} is not one of {', '.join(spec.choices)}")
        return folded[text.casefold()]
    return str(value)

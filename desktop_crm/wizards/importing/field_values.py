"""What a cell means for a choice field (IMP-9): the words people write for its values, in
Russian, English and Polish, folded (case, trailing dots). Custom fields are parsed by
`desktop_crm.values.parse_custom`, as on the card."""

from __future__ import annotations

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

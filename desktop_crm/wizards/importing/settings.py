"""What an import is asked to do (IMP-4..IMP-13), as one plain value the dialog fills page by
page and the job records."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import phonenumbers

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.models.clients import CLIENT, LEAD
from desktop_crm.models.imports import ADD, ADD_UPDATE, UPDATE

MODES = (ADD, UPDATE, ADD_UPDATE)
MODE_HELP = {
    ADD: "Only create clients; a row whose client exists already fails as not unique.",
    UPDATE: "Only update clients found by the duplicate search; other rows fail as not found.",
    ADD_UPDATE: "Update the clients that are found and create the others.",
}


@dataclass(frozen=True)
class ImportSettings:
    name: str = ""
    description: str | None = None
    mode: str = ADD_UPDATE
    dedupe: tuple[str, ...] = ("phone", "email")  # in this order; "name" is opt-in
    unique_field: str | None = None  # instead of `dedupe`: one field always checked
    phone_valid: tuple[str, ...] = ()  # "[11]"
    phone_rules: tuple[str, ...] = ()  # "[11]/-7+8", "[10]/+7"
    region: str = "RU"  # for numbers written without a country code
    require_phone: bool = False  # rows without a phone fail as no_phones_column
    group: str | None = None  # folder path of new clients, e.g. "Leads/2024"
    responsible: str | None = None  # login; default: the importing user
    stage: str = CLIENT  # lead | client, for new clients
    queue: str | None = None
    scenario: str | None = None  # sales scenario of created interests
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ImportSettingsError(Code.MODE_UNKNOWN, mode=self.mode)
        if self.stage not in (LEAD, CLIENT):
            raise ImportSettingsError(Code.STAGE_UNKNOWN, stage=self.stage)
        if (self.region or "").upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise ImportSettingsError(Code.REGION_INVALID, region=self.region)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["dedupe"] = list(self.dedupe)
        data["phone_valid"] = list(self.phone_valid)
        data["phone_rules"] = list(self.phone_rules)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImportSettings:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("dedupe", "phone_valid", "phone_rules"):
            if key in known:
                known[key] = tuple(known[key])
        return cls(**known)

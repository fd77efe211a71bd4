"""Validate, then run: an import's settings checked against the base before a row is read,
and resolved once (users, queue, scenario, custom fields) for the run."""

from __future__ import annotations

from collections.abc import Mapping as MappingABC
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError
from desktop_crm.fields import FieldSpec, catalog_from
from desktop_crm.models import CustomField, User
from desktop_crm.models.imports import UPDATE
from desktop_crm.services.access import Permission, require
from desktop_crm.wizards.importing.mapping import Mapping, check_mapping
from desktop_crm.wizards.importing.matching import Matcher
from desktop_crm.wizards.importing.phone_rules import PhonePolicy
from desktop_crm.wizards.importing.references import queue_id, scenario_id, user_by_login
from desktop_crm.wizards.importing.settings import ImportSettings


@dataclass(frozen=True)
class ImportPlan:
    """Settings checked against the base: what `run_import` needs, resolved once."""

    settings: ImportSettings
    mapping: Mapping
    catalog: MappingABC[str, FieldSpec]
    phones: PhonePolicy
    responsible_id: int
    queue_id: int | None
    scenario_id: int | None
    custom_ids: dict[str, int]
    ignored_columns: list[int]


def prepare_import(
    session: Session, user: User, settings: ImportSettings, mapping: Mapping, column_count: int
) -> ImportPlan:
    """Check everything that can be checked before a row is read; raise a `CrmError` with a
    sentence otherwise (PermissionDenied, ImportSettingsError)."""
    require(user, Permission.IMPORT)
    custom = list(session.scalars(select(CustomField)))
    catalog = catalog_from(custom)
    verdict = check_mapping(mapping, column_count, catalog)
    if verdict.problems:
        raise ImportSettingsError(
            Code.MAPPING_UNUSABLE if verdict.reason else Code.MAPPING_UNUSABLE_PLAIN,
            problems=" ".join(verdict.problems),
            reason=verdict.reason,
        )
    mapped = mapping.fields()
    if settings.require_phone and "phones" not in mapped:
        raise ImportSettingsError(Code.PHONES_UNMATCHED)
    if settings.unique_field is None and settings.mode == UPDATE and not settings.dedupe:
        raise ImportSettingsError(Code.UPDATE_NEEDS_SEARCH)
    Matcher(session, settings.mode, settings.dedupe, settings.unique_field, mapped)  # checks it
    phones = PhonePolicy(settings.region, settings.phone_rules, settings.phone_valid)
    responsible = user_by_login(session, settings.responsible) if settings.responsible else user
    return ImportPlan(
        settings=settings,
        mapping=mapping,
        catalog=catalog,
        phones=phones,
        responsible_id=responsible.id,
        queue_id=queue_id(session, settings.queue) if settings.queue else None,
        scenario_id=scenario_id(session, settings.scenario) if settings.scenario else None,
        custom_ids={f.key: f.id for f in custom},
        ignored_columns=verdict.ignored,
    )

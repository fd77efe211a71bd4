"""Call-log column matchings kept for next time: a mapping file (`--mapping FILE.json`, the
client import's form `{"columns": {"<column name or number>": "<call field>"}}`) or a saved
preset of kind 'calls' (`--preset NAME`, `--save-preset NAME`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError, NotFound
from desktop_crm.fields import FieldSpec
from desktop_crm.models import MappingPreset, User
from desktop_crm.wizards.calls.fields import CALL_FIELDS
from desktop_crm.wizards.importing.mapping import Mapping, mapping_from_json

CALLS = "calls"
_CATALOG = {key: FieldSpec(key, key) for key in CALL_FIELDS}


def call_mapping(data: Any, headers: Sequence[str]) -> Mapping:
    """A mapping from its file form, every field a call field."""
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        for key in data["columns"].values():
            if key not in (None, "", "ignore") and key not in _CATALOG:
                known = ", ".join(CALL_FIELDS)
                raise ImportSettingsError(Code.CALLS_MAPPING_FIELD_UNKNOWN, key=key, known=known)
    return mapping_from_json(data, headers, _CATALOG)


def load_call_mapping_file(path: Path, headers: Sequence[str]) -> Mapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ImportSettingsError(Code.MAPPING_FILE_MISSING, path=str(path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportSettingsError(
            Code.MAPPING_FILE_INVALID, path=str(path), detail=str(exc)
        ) from exc
    return call_mapping(data, headers)


def _preset(session: Session, name: str) -> MappingPreset | None:
    return session.scalar(select(MappingPreset).where(MappingPreset.name == name.strip()))


def call_preset_names(session: Session) -> list[str]:
    """The saved call-log matchings, by name."""
    query = select(MappingPreset.name).where(MappingPreset.kind == CALLS)
    return list(session.scalars(query.order_by(MappingPreset.name)))


def load_call_preset(session: Session, name: str, headers: Sequence[str]) -> Mapping:
    preset = _preset(session, name)
    if preset is None or preset.kind != CALLS:
        raise NotFound(Code.CALLS_PRESET_UNKNOWN, name=name)
    return call_mapping(preset.mapping, headers)


def save_call_preset(
    session: Session, name: str, mapping: Mapping, headers: Sequence[str], user: User
) -> MappingPreset:
    """Save (or replace) a call-log matching; a client-list matching of that name stays."""
    name = name.strip()
    if not name:
        raise ImportSettingsError(Code.PRESET_NAME_MISSING)
    preset = _preset(session, name)
    if preset is not None and preset.kind != CALLS:
        raise ImportSettingsError(Code.CALLS_PRESET_TAKEN, name=name)
    if preset is None:
        preset = MappingPreset(name=name, kind=CALLS, created_by_id=user.id)
        session.add(preset)
    preset.mapping = mapping.to_json(headers)
    session.flush()
    return preset

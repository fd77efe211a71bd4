"""Which column feeds which card field (IMP-3): suggestions from column names, mapping files,
saved presets, and the check that the required fields are there."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping as MappingABC
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ImportSettingsError, NotFound
from desktop_crm.fields import CARD_FIELDS, FieldSpec, custom_field_key
from desktop_crm.models import MappingPreset, User
from desktop_crm.wizards.importing.fields import DEAL_FIELDS, IDENTIFYING_FIELDS
from desktop_crm.wizards.importing.header_words import NEVER_MAP, QUALIFIERS
from desktop_crm.wizards.importing.outcomes import MISSING_REQUIRED, NO_FIELDS
from desktop_crm.wizards.importing.synonyms import SYNONYMS

# Below this similarity (0-1, Damerau-Levenshtein) a column name suggests nothing: one typo in
# five letters passes ("Phnoe", "Telefonn"), other words do not. Short names must match exactly.
FUZZY_CUTOFF = 0.79
FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class Mapping:
    """Column index (0-based) -> field key. Several columns may feed a multi-valued field."""

    columns: dict[int, str] = field(default_factory=dict)

    def fields(self) -> set[str]:
        return set(self.columns.values())

    def columns_of(self, key: str) -> list[int]:
        return sorted(i for i, k in self.columns.items() if k == key)

    def to_json(self, headers: Sequence[str] | None = None) -> dict[str, Any]:
        """The mapping-file form: by column name when names are known and unique."""
        use_names = bool(headers) and len(set(headers or ())) == len(headers or ())
        out: dict[str, str] = {}
        for index, key in sorted(self.columns.items()):
            name = headers[index] if use_names and headers and index < len(headers) else None
            out[name if name else str(index)] = key
        return {"columns": out}


@dataclass(frozen=True)
class Suggestion:
    """What the matcher proposes for one column: a field key or None, and how sure it is."""

    column: int
    header: str
    key: str | None
    score: float  # 100 = the name is a known synonym; lower = a fuzzy match


@dataclass(frozen=True)
class MappingCheck:
    """The verdict on a mapping: problems stop the import, ignored columns are only shown."""

    problems: list[str]
    reason: str | None  # no_fields | missing_required | None
    ignored: list[int]


def normalize_header(text: str) -> str:
    """Fold a column name for comparison: case, ё, punctuation, digits, qualifier words."""
    folded = text.casefold().replace("ё", "е")
    folded = re.sub(r"[\W\d_]+", " ", folded).strip()
    words = folded.split()
    kept = [w for w in words if w not in QUALIFIERS]
    return " ".join(kept or words)


@cache
def _synonym_index() -> tuple[dict[str, str], list[str]]:
    index: dict[str, str] = {}
    for key, names in SYNONYMS.items():
        for name in names:
            index.setdefault(normalize_header(name), key)
    for spec in CARD_FIELDS:  # the field's own key and label match too
        index.setdefault(normalize_header(spec.key.replace("deal.", "interest ")), spec.key)
        index.setdefault(normalize_header(spec.label), spec.key)
    return index, list(index)


def match_header(header: str, catalog: MappingABC[str, FieldSpec]) -> tuple[str | None, float]:
    """The field a column name stands for, with a score; (None, 0) when nothing fits."""
    norm = normalize_header(header)
    if not norm or NEVER_MAP & set(norm.split()):
        return None, 0.0
    for spec in catalog.values():  # custom fields by their key or label, exactly
        if spec.is_custom and norm in {
            normalize_header(spec.label),
            normalize_header(custom_field_key(spec.key) or ""),
        }:
            return spec.key, 100.0
    index, names = _synonym_index()
    if norm in index:
        return index[norm], 100.0
    if len(norm) < FUZZY_MIN_LENGTH:
        return None, 0.0
    best = process.extractOne(
        norm, names, scorer=DamerauLevenshtein.normalized_similarity, score_cutoff=FUZZY_CUTOFF
    )
    if best is None:
        return None, 0.0
    return index[best[0]], round(float(best[1]) * 100, 1)


def suggest_mapping(
    headers: Sequence[str], catalog: MappingABC[str, FieldSpec]
) -> tuple[Mapping, list[Suggestion]]:
    """The mapping the matcher proposes for `headers`, and per column what it thought.

    A single-valued field goes to its best-scoring column (the first one on a tie); phones,
    emails and tags take every column that names them. Interest (deal) fields are proposed only
    with a topic column, since an interest without a topic means nothing.
    """
    suggestions = [Suggestion(i, h, *match_header(h, catalog)) for i, h in enumerate(headers)]
    chosen: dict[int, str] = {}
    best_for: dict[str, Suggestion] = {}
    for s in suggestions:
        if s.key is None or s.key not in catalog:
            continue
        if catalog[s.key].multi:
            chosen[s.column] = s.key
        elif s.key not in best_for or s.score > best_for[s.key].score:
            best_for[s.key] = s
    for key, s in best_for.items():
        chosen[s.column] = key
    if "deal.topic" not in chosen.values():
        chosen = {i: k for i, k in chosen.items() if k not in DEAL_FIELDS}
    final = [
        s if chosen.get(s.column) == s.key else Suggestion(s.column, s.header, None, 0.0)
        for s in suggestions
    ]
    return Mapping(dict(sorted(chosen.items()))), final


def check_mapping(
    mapping: Mapping, column_count: int, catalog: MappingABC[str, FieldSpec]
) -> MappingCheck:
    """Problems that stop an import with this mapping, in sentences (empty list = fine)."""
    problems: list[str] = []
    reason: str | None = None
    for index, key in mapping.columns.items():
        if key not in catalog:
            problems.append(f"Column {index + 1} is matched to {key!r}, which is not a card field.")
        if index >= column_count:
            problems.append(
                f"The mapping names column {index + 1}, but the file has only {column_count}."
            )
    counts: dict[str, int] = {}
    for key in mapping.columns.values():
        counts[key] = counts.get(key, 0) + 1
    for key, n in counts.items():
        if key in catalog and not catalog[key].multi and n > 1:
            problems.append(f"{catalog[key].label} is matched to {n} columns; choose one.")
    mapped = mapping.fields()
    if not mapped:
        problems.append("No column is matched to a card field.")
        reason = NO_FIELDS
    elif not mapped & set(IDENTIFYING_FIELDS):
        problems.append(
            "Match a column to a name (full name, last or first name, or company), a phone or "
            "an email: without one there is nothing to recognise a client by."
        )
        reason = MISSING_REQUIRED
    if mapped & set(DEAL_FIELDS) and "deal.topic" not in mapped:
        problems.append("Interest fields are matched but Interest: topic is not; match it too.")
        reason = reason or MISSING_REQUIRED
    ignored = [i for i in range(column_count) if i not in mapping.columns]
    return MappingCheck(problems, reason if problems else None, ignored)


def mapping_from_json(
    data: Any, headers: Sequence[str] | None, catalog: MappingABC[str, FieldSpec]
) -> Mapping:
    """A mapping from the file form `{"columns": {"<header or 0-based index>": "<field key>"}}`.
    Column names are matched exactly first, then ignoring case and spaces."""
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise ImportSettingsError(Code.MAPPING_SHAPE)
    by_name = {h: i for i, h in reversed(list(enumerate(headers or ())))}
    by_folded = {" ".join(h.casefold().split()): i for h, i in by_name.items()}
    columns: dict[int, str] = {}
    for ref, key in data["columns"].items():
        if key in (None, "", "ignore"):
            continue
        if not isinstance(key, str) or key not in catalog:
            known = ", ".join(catalog)
            raise ImportSettingsError(Code.MAPPING_FIELD_UNKNOWN, key=key, known=known)
        ref = str(ref)
        if ref in by_name:
            index = by_name[ref]
        elif " ".join(ref.casefold().split()) in by_folded:
            index = by_folded[" ".join(ref.casefold().split())]
        elif ref.strip().isdigit():
            index = int(ref)
        else:
            raise ImportSettingsError(Code.MAPPING_COLUMN_MISSING, column=ref)
        columns[index] = key
    return Mapping(dict(sorted(columns.items())))


def load_mapping_file(
    path: Path, headers: Sequence[str] | None, catalog: MappingABC[str, FieldSpec]
) -> Mapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ImportSettingsError(Code.MAPPING_FILE_MISSING, path=str(path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportSettingsError(
            Code.MAPPING_FILE_INVALID, path=str(path), detail=str(exc)
        ) from exc
    return mapping_from_json(data, headers, catalog)


def save_mapping_file(path: Path, mapping: Mapping, headers: Sequence[str] | None) -> None:
    Path(path).write_text(
        json.dumps(mapping.to_json(headers), ensure_ascii=False, indent=2), encoding="utf-8"
    )


def save_preset(
    session: Session, name: str, mapping: Mapping, headers: Sequence[str] | None, user: User
) -> MappingPreset:
    """Save (or replace) a named mapping for later imports."""
    name = name.strip()
    if not name:
        raise ImportSettingsError(Code.PRESET_NAME_MISSING)
    preset = session.scalar(select(MappingPreset).where(MappingPreset.name == name))
    if preset is None:
        preset = MappingPreset(name=name, created_by_id=user.id)
        session.add(preset)
    preset.mapping = mapping.to_json(headers)
    session.flush()
    return preset


def list_presets(session: Session) -> list[MappingPreset]:
    return list(session.scalars(select(MappingPreset).order_by(MappingPreset.name)))


def load_preset(
    session: Session, name: str, headers: Sequence[str] | None, catalog: MappingABC[str, FieldSpec]
) -> Mapping:
    preset = session.scalar(select(MappingPreset).where(MappingPreset.name == name))
    if preset is None:
        raise NotFound(Code.PRESET_UNKNOWN, name=name)
    return mapping_from_json(preset.mapping, headers, catalog)

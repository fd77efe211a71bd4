"""The import engine (IMP-1..IMP-14), Qt-free. The data walks one way, in stages:

- `sources/`: the readers; `open_source` tells the kind by the content and gives a `Source`
  (headers, re-readable rows of cells);
- `mapping`: which column feeds which card field (`fields`), suggested from the headers;
- `plan`: the settings checked against the base before a row is read;
- `rows`: one row of cells -> the values a card gets (`RowData`), or a `RowFailure`;
- `matching`: the client each row of a batch belongs to (found, new, or a failure);
- `apply`: the rows put into their clients (`targets`) and written (`writer`, `bulk`);
- `outcomes`: one `RowOutcome` per row, reason codes and job statuses;
- `pipeline`: the batch loop and the transaction; `report`, `undo`: what an import left.

The import dialog and `desktop-crm import` drive it the same way, page by page:

1. `open_source(path | text=... | data=..., options=SourceOptions(...))` -> `Source`
   (`source.info` says what was detected, `source.headers`, `source.preview(20)`);
2. `field_catalog(session)` and `suggest_mapping(source.headers, catalog)` -> (`Mapping`,
   per-column `Suggestion`s); `check_mapping(...)` for the required fields; presets and mapping
   files in `mapping`;
3. `PhonePolicy(region, rules, validation).normalize(raw)` for the rule preview;
4. `run_import(session, user, source, settings, mapping, dry_run=True, progress=..., cancelled=...)`
   for the preview, then the same without `dry_run` for the run -> `ImportResult`;
5. `failed_rows_of(result.failures)` / `failed_rows_of_job(session, job_id)` and
   `write_failed_rows(path, headers, rows)`; `undo_import(session, user, job_id)`, and
   `undo_preview(session, job_id)`: what it will delete and restore, as it counts them.
"""

from desktop_crm.fields import FieldSpec, field_catalog
from desktop_crm.wizards.importing.mapping import (
    Mapping,
    MappingCheck,
    Suggestion,
    check_mapping,
    list_presets,
    load_mapping_file,
    load_preset,
    mapping_from_json,
    save_mapping_file,
    save_preset,
    suggest_mapping,
)
from desktop_crm.wizards.importing.outcomes import REASONS, RowFailure
from desktop_crm.wizards.importing.phone_rules import PhoneOutcome, PhonePolicy
from desktop_crm.wizards.importing.pipeline import ImportResult, run_import
from desktop_crm.wizards.importing.plan import ImportPlan, prepare_import
from desktop_crm.wizards.importing.report import (
    FailedRow,
    JobDetails,
    JobSummary,
    describe_reason,
    failed_rows_of,
    failed_rows_of_job,
    job_details,
    list_jobs,
    write_failed_rows,
)
from desktop_crm.wizards.importing.settings import MODE_HELP, MODES, ImportSettings
from desktop_crm.wizards.importing.sources.base import Source, SourceInfo, SourceOptions
from desktop_crm.wizards.importing.sources.opening import open_source
from desktop_crm.wizards.importing.template import write_template
from desktop_crm.wizards.importing.undo import KeptClient, UndoResult, undo_import
from desktop_crm.wizards.importing.undo_preview import UndoPreview, undo_preview

__all__ = [
    "MODES",
    "MODE_HELP",
    "REASONS",
    "FailedRow",
    "FieldSpec",
    "ImportPlan",
    "ImportResult",
    "ImportSettings",
    "JobDetails",
    "JobSummary",
    "KeptClient",
    "Mapping",
    "MappingCheck",
    "PhoneOutcome",
    "PhonePolicy",
    "RowFailure",
    "Source",
    "SourceInfo",
    "SourceOptions",
    "Suggestion",
    "UndoPreview",
    "UndoResult",
    "check_mapping",
    "describe_reason",
    "failed_rows_of",
    "failed_rows_of_job",
    "field_catalog",
    "job_details",
    "list_jobs",
    "list_presets",
    "load_mapping_file",
    "load_preset",
    "mapping_from_json",
    "open_source",
    "prepare_import",
    "run_import",
    "save_mapping_file",
    "save_preset",
    "suggest_mapping",
    "undo_import",
    "undo_preview",
    "write_failed_rows",
    "write_template",
]

"""`desktop-crm import FILE|-` and `desktop-crm imports list|show|undo` (DESIGN.md contract)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_crm.cli.context import CliContext
from desktop_crm.services.access import Permission, require
from desktop_crm.services.base_settings import region_or_default
from desktop_crm.wizards.importing import (
    ImportResult,
    ImportSettings,
    Mapping,
    Source,
    SourceOptions,
    UndoResult,
    failed_rows_of,
    failed_rows_of_job,
    field_catalog,
    job_details,
    list_jobs,
    load_mapping_file,
    load_preset,
    open_source,
    run_import,
    suggest_mapping,
    undo_import,
    write_failed_rows,
)
from desktop_crm.wizards.importing.matching import parse_steps
from desktop_crm.wizards.importing.outcomes import RowFailure


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _add_import(subparsers)
    _add_imports(subparsers)


def _add_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = subparsers.add_parser(
        "import",
        help="import clients from a file (xlsx, xls, ods, csv, txt, vcf) or standard input",
        description="Import clients headlessly; prints a summary. The whole import is one "
        "transaction: a failure leaves the base unchanged.",
    )
    imp.add_argument("file", metavar="FILE|-", help="the file, or - for standard input")
    imp.add_argument("--mapping", metavar="FILE.json", help="column-to-field mapping file")
    imp.add_argument("--preset", metavar="NAME", help="a saved matching")
    imp.add_argument("--mode", default="add-update", choices=("add", "update", "add-update"))
    imp.add_argument(
        "--dedupe",
        default="phone,email",
        metavar="STEPS",
        help="duplicate search steps: phone,email,name or none (default phone,email)",
    )
    imp.add_argument("--unique-field", metavar="FIELD", help="one field always checked instead")
    imp.add_argument(
        "--phone-valid",
        action="append",
        default=[],
        metavar="RULE",
        help="phone validation rule, e.g. '[11]'",
    )
    imp.add_argument(
        "--phone-rule",
        action="append",
        default=[],
        metavar="RULE",
        help="phone transformation rule, e.g. '[11]/-7+8' (repeatable)",
    )
    imp.add_argument(
        "--require-phone", action="store_true", help="rows without a phone fail (no_phones_column)"
    )
    imp.add_argument(
        "--region",
        help="country of numbers without a country code (default: the base's phone country, "
        "see `desktop-crm settings show`)",
    )
    imp.add_argument("--group", metavar="NAME", help="group (folder) of new clients, e.g. A/B")
    imp.add_argument("--responsible", metavar="LOGIN", help="default responsible user")
    imp.add_argument("--stage", default="client", choices=("lead", "client"))
    imp.add_argument("--queue", metavar="NAME")
    imp.add_argument("--scenario", metavar="NAME", help="sales scenario of created interests")
    imp.add_argument("--sheet", metavar="NAME")
    imp.add_argument("--encoding", default="auto")
    imp.add_argument("--delimiter", default="auto", help="auto , ; tab space")
    imp.add_argument("--no-header", action="store_true", help="the first row is data")
    imp.add_argument("--name", default="", help="name of this import")
    imp.add_argument("--description")
    imp.add_argument("--dry-run", action="store_true", help="do everything, then save nothing")
    imp.add_argument("--failed-out", metavar="FILE", help="save failed rows (.xlsx or .csv)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(run=run_import_command)


def _add_imports(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    jobs = subparsers.add_parser("imports", help="past imports: list, show, undo")
    sub = jobs.add_subparsers(dest="imports_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="list past imports")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)
    show = sub.add_parser("show", help="show one import")
    show.add_argument("id", type=int)
    show.add_argument("--failed-out", metavar="FILE", help="save its failed rows")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    undo = sub.add_parser("undo", help="undo one import")
    undo.add_argument("id", type=int)
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(run=run_undo)


def _progress(enabled: bool) -> Callable[[int, int | None], None] | None:
    def report(done: int, total: int | None) -> None:
        of = f"/{total}" if total else ""
        print(f"\r{done}{of} rows", end="", file=sys.stderr, flush=True)

    return report if enabled else None


def _settings(a: argparse.Namespace, base_region: str) -> ImportSettings:
    return ImportSettings(
        name=a.name,
        description=a.description,
        mode=a.mode,
        dedupe=parse_steps(a.dedupe),
        unique_field=a.unique_field,
        phone_valid=tuple(a.phone_valid),
        phone_rules=tuple(a.phone_rule),
        region=(a.region or base_region).upper(),
        require_phone=a.require_phone,
        group=a.group,
        responsible=a.responsible,
        stage=a.stage,
        queue=a.queue,
        scenario=a.scenario,
    )


def _mapping(session: Session, a: argparse.Namespace, headers: list[str]) -> Mapping:
    """The mapping file, else the saved matching, else the one suggested by the headers."""
    catalog = field_catalog(session)
    if a.mapping:
        return load_mapping_file(Path(a.mapping), headers, catalog)
    if a.preset:
        return load_preset(session, a.preset, headers, catalog)
    return suggest_mapping(headers, catalog)[0]


def run_import_command(ctx: CliContext) -> int:
    a = ctx.args
    options = SourceOptions(
        encoding=a.encoding, delimiter=a.delimiter, sheet=a.sheet, has_header=not a.no_header
    )
    show_progress = sys.stderr.isatty() and not ctx.as_json
    with ctx.database.transaction() as session:
        user = ctx.user(session)
        require(user, Permission.IMPORT)
        settings = _settings(a, region_or_default(session))
        if a.file == "-":
            source = open_source(data=sys.stdin.buffer.read(), options=options)
        else:
            source = open_source(Path(a.file), options=options)
        with source:
            mapping = _mapping(session, a, source.headers)
            result = run_import(
                session,
                user,
                source,
                settings,
                mapping,
                dry_run=a.dry_run,
                progress=_progress(show_progress),
            )
            if show_progress:
                print(file=sys.stderr)
            saved = None
            if a.failed_out:
                rows = (
                    failed_rows_of_job(session, user, result.job_id)
                    if result.job_id is not None
                    else failed_rows_of(sorted(result.failures + result.kept, key=_number))
                )
                saved = write_failed_rows(Path(a.failed_out), source.headers, rows)
    if not ctx.as_json:
        _print_matching(source, mapping, result)
    text = _summary(result, a.dry_run)
    if saved is not None:
        text += f"\nFailed rows saved to {a.failed_out} ({saved})."
    ctx.emit(text, result.summary())
    return 0


def _number(failure: RowFailure) -> int:
    return failure.number


def _print_matching(source: Source, mapping: Mapping, result: ImportResult) -> None:
    headers, info = source.headers, source.info
    if info.header_row is not None and info.header_row > 1:
        where = f" of sheet {info.sheet!r}" if info.sheet else ""
        print(f"Header: row {info.header_row}{where}; the rows above it are skipped")
    matched = ", ".join(f"{headers[i]} -> {k}" for i, k in sorted(mapping.columns.items()))
    print(f"Matched: {matched}")
    if result.ignored_columns:
        print("Ignored columns: " + ", ".join(headers[i] for i in result.ignored_columns))


def _summary(result: ImportResult, dry_run: bool) -> str:
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(result.reasons.items()))
    warned = ", ".join(f"{k} {v}" for k, v in sorted(result.warning_reasons.items()))
    what = "Dry run (nothing saved)" if dry_run else f"Import #{result.job_id}"
    return (
        f"{what}: {result.rows} rows; created {result.created}"
        + (
            f" (and {result.companies_created} companies for the Company column)"
            if result.companies_created
            else ""
        )
        + f", updated {result.updated}, skipped {result.skipped}, failed {result.failed}"
        + (f" ({reasons})" if reasons else "")
        + f" in {result.seconds:.1f} s."
        + (f" Warnings: {warned}." if warned else "")
    )


def run_list(ctx: CliContext) -> int:
    with ctx.database.transaction(write=False) as session:
        ctx.user(session)
        jobs = list_jobs(session)
    lines = [
        f"#{j.id:<5} {j.started_at:%Y-%m-%d %H:%M}  {j.status:<9} {j.mode:<10} "
        f"+{j.created} ~{j.updated} ={j.skipped} !{j.failed}  {j.name}  ({j.user or '-'})"
        for j in jobs
    ]
    ctx.emit("\n".join(lines) or "No imports yet.", [j.as_dict() for j in jobs])
    return 0


def run_show(ctx: CliContext) -> int:
    a = ctx.args
    with ctx.database.transaction(write=False) as session:
        viewer = ctx.user(session)
        details = job_details(session, a.id)
        saved = None
        if a.failed_out:
            saved = write_failed_rows(
                Path(a.failed_out), details.headers, failed_rows_of_job(session, viewer, a.id)
            )
    j = details.job
    lines = [
        f"Import #{j.id}: {j.name}",
        f"  description: {j.description or '-'}",
        f"  source: {j.source or '-'}   mode: {j.mode}   status: {j.status}   by: {j.user or '-'}",
        f"  started: {j.started_at:%Y-%m-%d %H:%M:%S}   finished: "
        f"{j.finished_at or '-'}   undone: {j.undone_at or '-'}",
        f"  created {j.created}, updated {j.updated}, skipped {j.skipped}, failed {j.failed}",
    ]
    if details.reasons:
        lines.append("  reasons: " + ", ".join(f"{k} {v}" for k, v in details.reasons.items()))
    mapping = details.settings.get("mapping", {}).get("columns", {})
    if mapping:
        lines.append("  matching: " + ", ".join(f"{c} -> {k}" for c, k in mapping.items()))
    if saved is not None:
        lines.append(f"Failed rows saved to {a.failed_out} ({saved}).")
    payload = {**j.as_dict(), "reasons": details.reasons, "settings": details.settings}
    ctx.emit("\n".join(lines), payload)
    return 0


def run_undo(ctx: CliContext) -> int:
    with ctx.database.transaction() as session:
        result = undo_import(session, ctx.user(session), ctx.args.id)
    ctx.emit(_undo_text(result), result.summary())
    return 0


def _undo_text(result: UndoResult, shown: int = 50) -> str:
    lines = [
        f"Import #{result.job_id} undone: deleted {result.deleted} clients it had created, "
        f"restored {result.restored} it had updated, kept {len(result.kept)} that someone "
        "worked on since."
    ]
    for kept in result.kept[:shown]:
        lines.append(f"  kept #{kept.id} {kept.name} ({kept.was}): {kept.reason_text()}")
    if len(result.kept) > shown:
        lines.append(f"  ... and {len(result.kept) - shown} more (see --json).")
    return "\n".join(lines)

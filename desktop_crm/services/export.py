"""Export of the client base (PKG-3) as xlsx or csv with the import's own column names, so
that export -> import into an empty base -> export gives the same file.

Companies come first, so that on the way back in the people's "Company" cells find them.
Phones are written in E.164 (primary first), emails as typed, tags and several values joined
with "; ", dates as DD.MM.YYYY (real date cells in xlsx).
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import Row, and_, case, select
from sqlalchemy.orm import Session, aliased

from desktop_crm.errors import Code, ValidationError
from desktop_crm.fields import label
from desktop_crm.models import (
    Client,
    ContactPoint,
    CustomField,
    CustomFieldValue,
    Group,
    Tag,
    User,
    client_tags,
)
from desktop_crm.models.clients import COMPANY, EMAIL, PHONE
from desktop_crm.services.access import Permission, require
from desktop_crm.services.formula_guard import guard
from desktop_crm.services.visibility import visible_clients, visible_queue
from desktop_crm.services.xlsx_cells import text_cell

# The fields in file order; a column's header is the field's label, which the import matches.
EXPORT_KEYS = (
    "full_name",
    "kind",
    "stage",
    "last_name",
    "first_name",
    "middle_name",
    "phones",
    "emails",
    "tags",
    "birth_date",
    "company",
    "position",
    "address",
    "website",
    "group",
    "manager",
)
BATCH = 2000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def export_headers(session: Session) -> tuple[list[str], list[CustomField]]:
    custom = list(
        session.scalars(select(CustomField).order_by(CustomField.position, CustomField.id))
    )
    return [label(key) for key in EXPORT_KEYS] + [f.label for f in custom], custom


def _group_paths(session: Session) -> dict[int, str]:
    groups = {g.id: (g.name, g.parent_id) for g in session.scalars(select(Group))}
    paths: dict[int, str] = {}

    def path(gid: int, depth: int = 0) -> str:
        if gid not in paths:
            name, parent = groups[gid]
            paths[gid] = (
                name if parent is None or depth > 50 else f"{path(parent, depth + 1)}/{name}"
            )
        return paths[gid]

    for gid in groups:
        path(gid)
    return paths


def _clients(session: Session, viewer: User, client_ids: list[int] | None) -> Sequence[Row[Any]]:
    """The clients' own columns and their company's name, companies first, then by id: only
    those `viewer` may see (a company they may not see is left blank too)."""
    company = aliased(Client)
    query = (
        select(
            Client.id,
            Client.full_name,
            Client.kind,
            Client.stage,
            Client.last_name,
            Client.first_name,
            Client.middle_name,
            Client.birth_date,
            company.full_name,
            Client.position,
            Client.address,
            Client.website,
            Client.group_id,
            Client.responsible_id,
        )
        .outerjoin(
            company,
            and_(company.id == Client.company_id, visible_queue(viewer, company.queue_id)),
        )
        .where(visible_clients(viewer))
        .order_by(case((Client.kind == COMPANY, 0), else_=1), Client.id)
    )
    if client_ids is not None:
        query = query.where(Client.id.in_(client_ids))
    return session.execute(query).all()


def _contacts(
    session: Session, ids: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Phones (E.164) and emails (as typed) of the clients, the primary one first."""
    phones: dict[int, list[str]] = defaultdict(list)
    emails: dict[int, list[str]] = defaultdict(list)
    for client_id, kind, value, normalized in session.execute(
        select(
            ContactPoint.client_id,
            ContactPoint.kind,
            ContactPoint.value,
            ContactPoint.normalized,
        )
        .where(ContactPoint.client_id.in_(ids), ContactPoint.kind.in_((PHONE, EMAIL)))
        .order_by(
            ContactPoint.client_id,
            ContactPoint.is_primary.desc(),
            ContactPoint.position,
            ContactPoint.id,
        )
    ):
        (phones if kind == PHONE else emails)[client_id].append(
            normalized if kind == PHONE else value
        )
    return phones, emails


def _tags(session: Session, ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    for client_id, name in session.execute(
        select(client_tags.c.client_id, Tag.name)
        .join(Tag, Tag.id == client_tags.c.tag_id)
        .where(client_tags.c.client_id.in_(ids))
        .order_by(client_tags.c.client_id, Tag.name)
    ):
        tags[client_id].append(name)
    return tags


def _custom_values(
    session: Session, ids: list[int], custom: list[CustomField]
) -> dict[int, list[Any]]:
    """Each client's custom field values in the order of the export's columns."""
    custom_index = {f.id: i for i, f in enumerate(custom)}
    values: dict[int, list[Any]] = defaultdict(lambda: [None] * len(custom))
    if custom:
        for client_id, field_id, value in session.execute(
            select(
                CustomFieldValue.client_id, CustomFieldValue.field_id, CustomFieldValue.value
            ).where(CustomFieldValue.client_id.in_(ids))
        ):
            if field_id in custom_index:
                values[client_id][custom_index[field_id]] = value
    return values


def iter_export_rows(
    session: Session, viewer: User, client_ids: list[int] | None = None
) -> Iterator[list[Any]]:
    """Rows of the export (without the header), companies first, then by id; only the
    clients `viewer` may see."""
    _, custom = export_headers(session)
    groups = _group_paths(session)
    users = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    rows = _clients(session, viewer, client_ids)
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        ids = [r[0] for r in chunk]
        phones, emails = _contacts(session, ids)
        tags = _tags(session, ids)
        values = _custom_values(session, ids, custom)
        for (
            cid,
            full_name,
            kind,
            stage,
            last,
            first,
            middle,
            birth,
            company_name,
            position,
            address,
            website,
            group_id,
            responsible_id,
        ) in chunk:
            yield [
                full_name,
                kind,
                stage,
                last,
                first,
                middle,
                "; ".join(phones.get(cid, ())),
                "; ".join(emails.get(cid, ())),
                "; ".join(tags.get(cid, ())),
                birth,
                company_name,
                position,
                address,
                website,
                groups.get(group_id) if group_id else None,
                users.get(responsible_id) if responsible_id else None,
                *(values[cid] if custom else ()),
            ]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return guard(str(value))  # an import takes the apostrophe off again: formula_guard


def write_table(
    path: Path, headers: list[str], rows: Iterator[list[Any]], sheet_title: str = "Clients"
) -> int:
    """Write a table as .xlsx (string cells never become formulas) or .csv (UTF-8 with BOM,
    so Excel reads Cyrillic). Returns the number of data rows.

    The table is written to a temporary file in the same folder and renamed over `path` when
    complete: a failure (a missing folder, a full disk) leaves no partial file and a file that
    was at `path` before unchanged, and raises one sentence."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".txt"):
        raise ValidationError(Code.EXPORT_FORMAT, suffix=suffix or path.name)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        if suffix == ".xlsx":
            count = _write_xlsx(partial, headers, rows, sheet_title)
        else:
            count = _write_csv(partial, headers, rows)
        with partial.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        _remove(partial)
        raise ValidationError(
            Code.EXPORT_FAILED, path=str(path), reason=exc.strerror or str(exc), errno=exc.errno
        ) from exc
    except BaseException:
        _remove(partial)
        raise
    return count


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _write_xlsx(path: Path, headers: list[str], rows: Iterator[list[Any]], title: str) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    bold = Font(bold=True)
    header = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([_xlsx(sheet, v) for v in row])
        count += 1
    book.save(path)
    return count


def _write_csv(path: Path, headers: list[str], rows: Iterator[list[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_text(v) for v in row])
            count += 1
    return count


def _xlsx(sheet: Any, value: Any) -> Any:
    if value is None or isinstance(value, int | float):
        return value
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet)
        cell.value = value  # what WriteOnlyCell(sheet, value) does; its stub leaves out dates
        cell.number_format = "DD.MM.YYYY"
        return cell
    return text_cell(sheet, str(value))  # never a formula, whatever it starts with


def export_clients(
    session: Session,
    user: User,
    path: Path,
    *,
    client_ids: list[int] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> ExportResult:
    """Export all clients `user` may see (or those of `client_ids`) to `path` (.xlsx or .csv)."""
    require(user, Permission.EXPORT)
    headers, _ = export_headers(session)
    rows = iter_export_rows(session, user, client_ids)
    if progress is not None:
        rows = _counting(rows, progress)
    count = write_table(Path(path), headers, rows)
    return ExportResult(Path(path), count)


def _counting(
    rows: Iterator[list[Any]], progress: Callable[[int, int | None], None]
) -> Iterator[list[Any]]:
    for index, row in enumerate(rows, start=1):
        if index % BATCH == 0:
            progress(index, None)
        yield row

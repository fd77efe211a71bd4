"""Files attached to a client's card (CLI-5). The bytes live in the database so a team on
PostgreSQL shares them; a size limit keeps the base workable.

Every call names the acting user: reading (listing, opening, saving) needs a user who may see
the card (`visibility.require_visible`: queues); attaching and commenting need the right to edit
clients, and deleting a file the right to delete the card itself."""

from __future__ import annotations

import mimetypes
import re
import tempfile
import unicodedata
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import MAX_ATTACHMENT_BYTES, Attachment, User
from desktop_crm.services.access import Permission
from desktop_crm.services.base_settings import attachment_limit_mb
from desktop_crm.services.visibility import require_visible

MAX_FILENAME_LENGTH = 255
# Room left for a temporary folder's path on Windows (MAX_PATH is 260 there).
SAFE_NAME_LENGTH = 150
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
    *(f"COM{d}" for d in "¹²³"),
    *(f"LPT{d}" for d in "¹²³"),
}
_FORBIDDEN = re.compile(r'[<>:"|?*]')


def size_text(size: int) -> str:
    """A size as a person reads it: 512 bytes, 34 KB, 20 MB, 25.3 MB."""
    if size < 1024:
        return f"{size} bytes"
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            value = size / scale
            text = f"{value:.1f}".removesuffix(".0")
            return f"{text} {unit}"
    return f"{size} bytes"  # pragma: no cover - the loop always returns


def attachment_limit(session: Session) -> int:
    """The largest file that may be attached: the base's limit, which an admin sets for the
    whole team (`services.base_settings`), capped by the database's limit. A user's own
    settings cannot raise it."""
    return min(MAX_ATTACHMENT_BYTES, attachment_limit_mb(session) * 1024 * 1024)


def safe_filename(name: str, default: str = "file") -> str:
    """A file name that is safe to create in a folder on Windows and Linux: no folders in it,
    no control or direction-override characters, none of <>:"|?*, no reserved device names
    (CON, NUL, COM1...), no leading or trailing dots and spaces, not too long."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(ch for ch in base if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    base = _FORBIDDEN.sub("_", base)
    base = " ".join(base.split())  # tabs and odd spaces become one plain space
    base = base.strip(" .")
    if not base:
        return default
    if base.split(".", 1)[0].strip().upper() in _WINDOWS_RESERVED:
        base = f"_{base}"  # "con.txt" is a device on Windows, "_con.txt" a file
    if len(base) > SAFE_NAME_LENGTH:
        stem, sep, ext = base.rpartition(".")
        if not sep or not stem or len(ext) > 20:
            stem, ext = base, ""
        keep = SAFE_NAME_LENGTH - (len(ext) + 1 if ext else 0)
        base = stem[:keep].rstrip(" .") + (f".{ext}" if ext else "")
    return base or default


def _display_name(filename: str) -> str:
    """The name shown in the Files tab: the last part of a path, blanks trimmed."""
    name = re.split(r"[\\/]", filename or "")[-1].strip()
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cs"))
    if not name:
        raise ValidationError(Code.FILE_NAME_MISSING, field="filename", value=filename)
    if len(name) > MAX_FILENAME_LENGTH:
        stem, sep, ext = name.rpartition(".")
        if sep and stem and len(ext) <= 20:
            name = stem[: MAX_FILENAME_LENGTH - len(ext) - 1] + "." + ext
        else:
            name = name[:MAX_FILENAME_LENGTH]
    return name


def _too_big(name: str, size: int, limit: int) -> ValidationError:
    shown, allowed = size_text(size), size_text(limit)
    if shown == allowed:  # "1 MB is over 1 MB" would puzzle anyone: give exact bytes
        shown, allowed = (f"{n:,} bytes".replace(",", " ") for n in (size, limit))
    return ValidationError(
        Code.FILE_TOO_BIG,
        field="file",
        value=size,
        name=name,
        size=shown,
        limit=allowed,
        limit_bytes=limit,
    )


def attach_file(
    session: Session,
    actor: User,
    client_id: int,
    path_or_bytes: str | Path | bytes,
    filename: str | None = None,
    comment: str | None = None,
    *,
    limit_bytes: int | None = None,
) -> Attachment:
    """Attach a file (a path on disk, or bytes with their `filename`) to a client's card.
    The limit is `limit_bytes` if given, else the base's limit (`attachment_limit`)."""
    require_visible(session, actor, client_id, Permission.EDIT_CLIENTS)
    limit = min(limit_bytes, MAX_ATTACHMENT_BYTES) if limit_bytes else attachment_limit(session)
    if isinstance(path_or_bytes, bytes | bytearray | memoryview):
        data = bytes(path_or_bytes)
        name = _display_name(filename or "")
        if len(data) > limit:
            raise _too_big(name, len(data), limit)
    else:
        path = Path(path_or_bytes)
        name = _display_name(filename or path.name)
        try:
            if not path.is_file():
                raise ValidationError(
                    Code.NOT_A_FILE, field="file", value=str(path), path=str(path)
                )
            size = path.stat().st_size
            if size > limit:  # refuse before reading a huge file into memory
                raise _too_big(name, size, limit)
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                Code.FILE_UNREADABLE,
                field="file",
                value=str(path),
                path=str(path),
                reason=str(exc.strerror or exc),
                errno=exc.errno,
            ) from exc
        if len(data) > limit:  # the file grew while we looked
            raise _too_big(name, len(data), limit)
    attachment = Attachment(
        client_id=client_id,
        filename=name,
        mime_type=mimetypes.guess_type(name)[0],
        size=len(data),
        data=data,
        comment=_clean_comment(comment),
        uploaded_by_id=actor.id,
    )
    session.add(attachment)
    session.flush()
    return attachment


def _clean_comment(comment: str | None) -> str | None:
    return (comment or "").strip() or None


def list_attachments(session: Session, user: User, client_id: int) -> list[Attachment]:
    """A client's files, newest first; their bytes are not loaded."""
    require_visible(session, user, client_id)
    return list(
        session.scalars(
            select(Attachment)
            .where(Attachment.client_id == client_id)
            .order_by(Attachment.created_at.desc(), Attachment.id.desc())
        )
    )


def _get(
    session: Session, user: User, attachment_id: int, permission: Permission | None = None
) -> Attachment:
    """The file, once `user` may see its card (and holds `permission`)."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(Code.FILE_GONE)
    require_visible(session, user, attachment.client_id, permission)
    return attachment


def read_file_bytes(session: Session, user: User, attachment_id: int) -> bytes:
    _get(session, user, attachment_id)
    data = session.scalar(select(Attachment.data).where(Attachment.id == attachment_id))
    if data is None:
        raise NotFound(Code.FILE_GONE)
    return bytes(data)


def save_to_temp(
    session: Session, user: User, attachment_id: int, folder: Path | None = None
) -> Path:
    """Write a file to a fresh temporary folder under a safe name, for the system viewer.
    Each call gets its own folder, so two files of one name never overwrite each other."""
    attachment = _get(session, user, attachment_id)
    data = read_file_bytes(session, user, attachment_id)
    target_dir = Path(tempfile.mkdtemp(prefix="desktop-crm-", dir=folder))
    target = target_dir / safe_filename(attachment.filename)
    target.write_bytes(data)
    return target


def save_as(session: Session, user: User, attachment_id: int, target: str | Path) -> Path:
    """Write a file where the user chose to save it."""
    target = Path(target)
    data = read_file_bytes(session, user, attachment_id)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise ValidationError(
            Code.FILE_NOT_SAVED,
            field="file",
            path=str(target),
            reason=str(exc.strerror or exc),
            errno=exc.errno,
        ) from exc
    return target


def set_comment(
    session: Session, actor: User, attachment_id: int, comment: str | None
) -> Attachment:
    attachment = _get(session, actor, attachment_id, Permission.EDIT_CLIENTS)
    attachment.comment = _clean_comment(comment)
    session.flush()
    return attachment


def delete_attachment(session: Session, actor: User, attachment_id: int) -> None:
    """Delete a file: only someone who may delete the card itself may (a manager may not)."""
    session.delete(_get(session, actor, attachment_id, Permission.DELETE_CLIENTS))
    session.flush()

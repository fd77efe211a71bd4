"""The stored sort keys of clients' names (`clients.sort_key`, see `services/collation.py`):
the columns every writer of a name sets, the language a new base starts with, and the rebuild of
every key when the base's sort language changes (also the backfill of migration 0007).

Plain SQL on a table clause of the three columns it touches, not the models: migration 0007 runs
this code, and must keep working whatever the models become.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, column, func, select, table
from sqlalchemy.types import Integer, LargeBinary, String

from desktop_crm.services.collation import ENGLISH, POLISH, RUSSIAN, SORT_LANGUAGES, sort_key
from desktop_crm.services.names import name_key

Progress = Callable[[int, int], None]  # (done, total)

REBUILD_BATCH = 5_000
# The phone countries whose people sort names as these languages do.
_REGION_LANGUAGES = {"PL": POLISH, "RU": RUSSIAN, "BY": RUSSIAN, "KZ": RUSSIAN}
# Windows names its locales in English words ("Polish_Poland.1250")
_LOCALE_WORDS = {"polish": POLISH, "russian": RUSSIAN, "english": ENGLISH}

_clients = table(
    "clients",
    column("id", Integer),
    column("full_name", String),
    column("sort_key", LargeBinary),
)


def name_columns(full_name: str, language: str) -> dict[str, object]:
    """The columns derived from a client's name, as every writer of a name stores them: the
    folded key (search, duplicates) and the sort key in the base's language."""
    return {"name_key": name_key(full_name), "sort_key": sort_key(full_name, language)}


def proposed_sort_language(region: str | None, locale_name: str | None) -> str:
    """The sort language a base starts with: the one of its phone country when an admin chose
    one (PL -> Polish), else the system locale's ("ru_RU.UTF-8" -> Russian), else English."""
    if region and region.upper() in _REGION_LANGUAGES:
        return _REGION_LANGUAGES[region.upper()]
    language = (locale_name or "").split(".")[0].replace("-", "_").partition("_")[0].lower()
    language = _LOCALE_WORDS.get(language, language)
    return language if language in SORT_LANGUAGES else ENGLISH


def rebuild_sort_keys(
    connection: Connection,
    language: str,
    *,
    progress: Progress | None = None,
    batch: int = REBUILD_BATCH,
) -> int:
    """Give every client the sort key of its name in `language`, `batch` clients at a time in
    id order (memory stays flat at a million clients), in the caller's transaction. Returns
    how many clients were read; `progress(done, total)` after each batch."""
    c = _clients.c
    total = connection.execute(select(func.count()).select_from(_clients)).scalar_one()
    done, last = 0, 0
    while True:
        rows = connection.execute(
            select(c.id, c.full_name).where(c.id > last).order_by(c.id).limit(batch)
        ).all()
        if not rows:
            break
        _write_keys(connection, [(i, sort_key(name or "", language)) for i, name in rows])
        done, last = done + len(rows), rows[-1][0]
        if progress is not None:
            progress(done, total)
    return done


def _write_keys(connection: Connection, keys: list[tuple[int, bytes]]) -> None:
    """The driver's own statements: SQLAlchemy's handling of each row's parameters cost twice
    the database's work (benchmarks/sort_keys_bench.py)."""
    if connection.dialect.name == "postgresql":  # one statement for the whole batch
        connection.exec_driver_sql(
            "UPDATE clients SET sort_key = k.key FROM unnest(%s::integer[], %s::bytea[])"
            " AS k(id, key) WHERE clients.id = k.id",
            ([i for i, _ in keys], [key for _, key in keys]),
        )
    else:
        connection.exec_driver_sql(
            "UPDATE clients SET sort_key = ? WHERE id = ?", [(key, i) for i, key in keys]
        )

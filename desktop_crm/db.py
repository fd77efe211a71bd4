"""Engine and sessions; SQLite pragmas; Alembic upgrade on start.

SQLite transactions start DEFERRED (readers never wait, WAL lets them read while another
process writes). A session that will write opens with `BEGIN IMMEDIATE` (`write=True`): it takes
the write lock up front and waits for it (busy timeout) instead of failing half-way with
"database is locked" when two processes edit at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    PendingRollbackError,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop_crm.backups import write_backup
from desktop_crm.connection_loss import lost_connection_error
from desktop_crm.dead_peers import CLIENT_DEAD_PEER, watch_client
from desktop_crm.errors import Code, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in migrations/versions (tests/db/test_migrations.py holds it to Alembic's
# own answer). A base already there opens without importing Alembic, whose import (mako and
# pygments with it) was a fifth of the window's cold start.
SCHEMA_HEAD = "0013"

SQLITE_BUSY_TIMEOUT_MS = 15_000
# URLs without a driver name (postgres:// is what many hosting panels print)
PLAIN_POSTGRESQL = ("postgresql", "postgres")


class _SQLiteCompiler(SQLiteCompiler):
    """Writes a table's `with_hint("INDEXED BY ix", dialect_name="sqlite")` after the table, as
    SQLite wants it; SQLAlchemy's own SQLite compiler drops such hints. The client list's index
    walks need it: with a filter (stage = 'lead') the planner would otherwise take the filter's
    index and sort 300,000 rows for each window of 200 (0.3-1.3 s on a million clients)."""

    def get_from_hint_text(self, table: object, text: str | None) -> str | None:
        return text


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite's own is broken).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; a clear `DatabaseError` if the URL is unusable."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(Code.DB_URL_INVALID, url=url) from exc
    if parsed.drivername in PLAIN_POSTGRESQL:  # psycopg 3 is the driver we ship
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs: dict[str, object] = {}
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        if path is not None:
            folder = path.expanduser().resolve().parent
            if folder.exists() and not folder.is_dir():
                raise DatabaseError(Code.DB_FOLDER_IS_FILE, folder=str(folder))
            if not folder.is_dir():
                raise DatabaseError(Code.DB_FOLDER_MISSING, folder=str(folder))
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    elif parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 5, **CLIENT_DEAD_PEER}
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(Code.DB_UNSUPPORTED, url=url) from exc
    if engine.dialect.name == "sqlite":
        engine.dialect.statement_compiler = _SQLiteCompiler
        _install_sqlite_pragmas(engine)
    elif engine.dialect.name == "postgresql":
        event.listen(
            engine, "connect", lambda dbapi_connection, _record: watch_client(dbapi_connection)
        )
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("desktop_crm") / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The base's revision (None: not a migrated base), read as Alembic stores it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars()
        return next(iter(versions), None)


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (plain or a `file:` URI with `?uri=true`); None for an
    in-memory database or another backend."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if str(url.query.get("uri", "")).lower() in ("true", "1") and database.startswith("file:"):
        if "mode=memory" in database:
            return None
        database = database.removeprefix("file:").split("?", 1)[0]
    if not database or database == ":memory:":
        return None
    return Path(database)


def _sqlite_file(engine: Engine) -> Path | None:
    return sqlite_path(engine.url)


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Back up the SQLite file before a migration touches it (vorta's back-up-then-migrate):
    complete, atomic and bounded in number, see `desktop_crm.backups`."""
    path = _sqlite_file(engine)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    raw = engine.raw_connection()
    try:
        return write_backup(raw.driver_connection, path, revision)  # type: ignore[arg-type]
    finally:
        raw.close()


def _known_revisions(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True when something was applied."""
    try:
        current = current_revision(engine)
        if current == SCHEMA_HEAD or current == head_revision(engine):
            return False
        if current is not None and current not in _known_revisions(engine):
            # a colleague's newer application upgraded it: this one must not touch it
            raise DatabaseError(Code.DB_NEWER, revision=current)
        if current is None and inspect(engine).get_table_names():
            raise DatabaseError(
                Code.DB_FOREIGN, url=engine.url.render_as_string(hide_password=True)
            )
        if current is not None:
            backup_sqlite(engine, current)
        from alembic import command

        command.upgrade(alembic_config(engine), "head")
        return True
    except DBAPIError as exc:
        raise _connection_error(engine, exc) from exc


def _connection_error(engine: Engine, exc: DBAPIError) -> DatabaseError:
    """The error for a person about a database the application cannot use."""
    where = engine.url.render_as_string(hide_password=True)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if engine.dialect.name != "sqlite":
        return _server_error(engine.url, detail) or DatabaseError(
            Code.DB_UNREACHABLE, url=where, detail=detail
        )
    path = str(sqlite_path(engine.url) or engine.url.database)
    if "not a database" in detail or "malformed" in detail:
        code = Code.DB_NOT_A_DATABASE
    elif "readonly" in detail or "read-only" in detail:
        code = Code.DB_READ_ONLY
    elif "locked" in detail or "busy" in detail:
        code = Code.DB_LOCKED
    elif "disk" in detail or "full" in detail:
        code = Code.DB_FILE_UNWRITABLE
    else:
        code = Code.DB_FILE_UNOPENABLE
    return DatabaseError(code, path=path, detail=detail)


def _server_error(url: URL, detail: str) -> DatabaseError | None:
    """The sentence for a PostgreSQL server that refused this login or did not answer (a
    server hides on purpose whether a login exists: a wrong password and an unknown login read
    alike)."""
    login, server = url.username or "", f"{url.host or 'localhost'}:{url.port or 5432}"
    if "is not permitted to log in" in detail:
        return DatabaseError(Code.LOGIN_DISABLED, login=login)
    refused = ("password authentication failed", "no password supplied")
    if any(words in detail for words in refused) or (
        "role" in detail and "does not exist" in detail
    ):
        return DatabaseError(Code.LOGIN_REFUSED, login=login)
    silent = ("Connection refused", "timeout expired", "could not translate host", "No route")
    if any(words in detail for words in silent):
        return DatabaseError(Code.SERVER_UNREACHABLE, server=server)
    return None


def _is_reference_gone(exc: IntegrityError) -> bool:
    """A foreign key whose row is missing: PostgreSQL's SQLSTATE 23503, SQLite's message."""
    if getattr(exc.orig, "sqlstate", None) == "23503":
        return True
    return "FOREIGN KEY constraint failed" in str(exc.orig)


def _work_error(engine: Engine, exc: OperationalError) -> DatabaseError:
    """The error for a unit of work the database could not carry out (nothing saved)."""
    if engine.dialect.name == "sqlite":
        return _connection_error(engine, exc)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if "deadlock" in detail or "could not serialize" in detail:
        return DatabaseError(Code.DB_CONCURRENT)
    where = engine.url.render_as_string(hide_password=True)
    return DatabaseError(Code.DB_WORK_FAILED, url=where, detail=detail)


@dataclass
class Database:
    """An open, migrated database: the engine plus session factories."""

    engine: Engine
    _sessions: sessionmaker[Session]
    _write_sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self, *, write: bool = False) -> Session:
        """A new session. `write=True` takes SQLite's write lock at the first statement."""
        return (self._write_sessions if write else self._sessions)()

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        try:
            with self.session(write=write) as session, session.begin():
                yield session
        except IntegrityError as exc:
            # a record this work refers to was deleted by another desktop meanwhile (an
            # import undo, a colleague): a sentence; any other violation is a bug
            if _is_reference_gone(exc):
                raise DatabaseError(Code.RECORD_GONE_MEANWHILE) from exc
            raise
        except (DBAPIError, PendingRollbackError) as exc:
            # the server went away (stopped, restarting, the network down): nothing was saved
            lost = lost_connection_error(exc, self.engine.url)
            if lost is not None:
                raise lost from exc
            if not isinstance(exc, OperationalError):
                raise
            # the environment failed (read-only or locked file, full disk): a sentence for the
            # person, not a traceback
            raise _work_error(self.engine, exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default upgrade) the database at `url`.

    Raises `DatabaseError` with a sentence for a person when it cannot be reached or read.
    """
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        engine.dispose()
        raise _connection_error(engine, exc) from exc
    if migrate:
        try:
            upgrade(engine)
        except Exception:
            engine.dispose()
            raise
    writer = (
        engine.execution_options(sqlite_begin="IMMEDIATE")
        if engine.dialect.name == "sqlite"
        else engine
    )
    return Database(
        engine=engine,
        _sessions=sessionmaker(engine, expire_on_commit=False),
        _write_sessions=sessionmaker(writer, expire_on_commit=False),
    )

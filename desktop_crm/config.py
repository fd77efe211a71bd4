"""Settings and paths.

Paths come from platformdirs. `DESKTOP_CRM_HOME` points both the data and the config directory
at one folder: a development/test switch that keeps a developer's real base untouched.
The database URL is resolved in this order: `--db`, env `DESKTOP_CRM_DB`, settings, default file.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from desktop_crm import APP_NAME
from desktop_crm.errors import Code, DatabaseError, ValidationError

ENV_HOME = "DESKTOP_CRM_HOME"
ENV_DB = "DESKTOP_CRM_DB"
DB_FILENAME = "desktop-crm.sqlite3"
# A path that does not exist yet names a new SQLite base only with one of these suffixes.
NEW_BASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    path = Path(home) if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / DB_FILENAME).as_posix()}"


@dataclass
class Settings:
    """Declared settings of this desktop's user: one typed list with defaults, stored as JSON in
    the config dir. What the whole team shares (the attachment size limit, the phone country)
    belongs to the base: `desktop_crm.services.base_settings`. Every setting is text but the
    mail accounts (a list of objects; their passwords live in the OS keyring, never here);
    unknown keys are ignored (an older or newer application may have written them)."""

    db_url: str = ""  # empty: the default SQLite file
    language: str = ""  # empty: the system language
    # IMAP accounts as `desktop_crm.services.imap.accounts` writes them
    mail_accounts: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """The saved settings (the defaults without a file); a `ValidationError` naming the
        problem when the file is not JSON or a setting has the wrong type."""
        path = cls.path()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return cls()
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise ValidationError(
                Code.SETTINGS_UNREADABLE, path=str(path), detail=str(exc)
            ) from exc
        if not isinstance(raw, dict):
            raise ValidationError(Code.SETTINGS_NOT_OBJECT, path=str(path))
        values = {f.name: raw[f.name] for f in fields(cls) if f.name in raw}
        accounts = values.pop("mail_accounts", [])
        if not isinstance(accounts, list) or not all(isinstance(a, dict) for a in accounts):
            raise ValidationError(
                Code.IMAP_SETTINGS_BROKEN, path=str(path), detail=_shown(accounts)
            )
        for key, value in values.items():
            if not isinstance(value, str):
                raise ValidationError(
                    Code.SETTINGS_NOT_TEXT,
                    key=key,
                    path=str(path),
                    value=_shown(value),
                )
        return cls(**values, mail_accounts=accounts)

    def save(self) -> None:
        """Write the settings (to a temporary file renamed over the old one: never half)."""
        path = self.path()
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(partial, path)


def resolve_db_url(cli_db: str | None = None, settings: Settings | None = None) -> str:
    if cli_db:
        return as_db_url(cli_db)
    if os.environ.get(ENV_DB):
        return as_db_url(os.environ[ENV_DB])
    settings = settings or Settings.load()
    return as_db_url(settings.db_url) if settings.db_url else default_db_url()


def as_db_url(value: str) -> str:
    """A URL as is; the path of an existing file, or of a new file with a base's suffix
    (.sqlite, .sqlite3, .db), becomes a SQLite URL. Anything else (a typo, a folder, a word)
    is a `DatabaseError`, so that a mistake never quietly starts a new empty base."""
    if "://" in value:
        return value
    path = Path(value).expanduser().absolute()
    if path.is_file() or (not path.exists() and path.suffix.lower() in NEW_BASE_SUFFIXES):
        return f"sqlite:///{path.as_posix()}"
    raise DatabaseError(Code.DB_PATH_UNKNOWN, path=value)


def _shown(value: Any) -> str:
    """A wrong setting's value as it stands in the file, shortened."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def os_login() -> str | None:
    """The OS login name: the default `--user`. None when there is none to be found (no login
    variables, no terminal): never a made-up name such as "admin", which would act as one."""
    for var in ("DESKTOP_CRM_USER", "USER", "USERNAME", "LOGNAME"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return os.getlogin() or None
    except OSError:
        return None

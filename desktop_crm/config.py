"""Settings and paths.

Paths come from platformdirs. `DESKTOP_CRM_HOME` points both the data and the config directory
at one folder: a development/test switch that keeps a developer's real base untouched.
The database URL is resolved in this order: `--db`, env `DESKTOP_CRM_DB`, settings, default file.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from desktop_crm import APP_NAME

ENV_HOME = "DESKTOP_CRM_HOME"
ENV_DB = "DESKTOP_CRM_DB"
DB_FILENAME = "desktop-crm.sqlite3"


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
    """Declared settings: one typed list with defaults. Stored as JSON in the config dir."""

    db_url: str = ""  # empty: the default SQLite file
    language: str = ""  # empty: the system language
    attachment_limit_mb: int = 20

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        self.path().write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")


def resolve_db_url(cli_db: str | None = None, settings: Settings | None = None) -> str:
    if cli_db:
        return as_db_url(cli_db)
    if os.environ.get(ENV_DB):
        return as_db_url(os.environ[ENV_DB])
    settings = settings or Settings.load()
    return as_db_url(settings.db_url) if settings.db_url else default_db_url()


def as_db_url(value: str) -> str:
    """A SQLAlchemy URL as is; a plain file path becomes a SQLite URL."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().absolute().as_posix()}"


def os_login() -> str:
    """The OS login name: the default `--user`."""
    for var in ("DESKTOP_CRM_USER", "USER", "USERNAME", "LOGNAME"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return os.getlogin()
    except OSError:
        return "admin"

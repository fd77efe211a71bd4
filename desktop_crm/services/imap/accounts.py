"""Mail accounts of this desktop: kept in its settings (settings.json), one object each, with
no password (that is the OS keyring's: `passwords.py`). Each desktop fetches its own mailboxes
into the shared base."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from desktop_crm.config import Settings
from desktop_crm.errors import Code, NotFound, ValidationError

TLS, STARTTLS, NONE = "tls", "starttls", "none"
SECURITIES = (TLS, STARTTLS, NONE)
DEFAULT_PORTS = {TLS: 993, STARTTLS: 143, NONE: 143}
INBOX, SENT = "INBOX", "Sent"  # "Sent": the server's \Sent folder, whatever its name
DEFAULT_FOLDERS = (INBOX, SENT)
DEFAULT_SINCE_DAYS = 90  # how far back the first fetch of a folder reaches


@dataclass(frozen=True)
class MailAccount:
    name: str
    host: str
    login: str
    port: int = 0  # 0: the security's usual port
    security: str = TLS
    folders: tuple[str, ...] = DEFAULT_FOLDERS
    since_days: int = DEFAULT_SINCE_DAYS
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # keys of newer versions

    @property
    def server_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def mailbox(self) -> str:
        """The mailbox as the shared base knows it (`MailSync.account`): login and server, so
        desktops that name one mailbox differently share its position, and two mailboxes of
        one name on two desktops never mix theirs."""
        return f"{self.login.strip().lower()}@{self.host.strip().lower()}"[:255]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        extra = data.pop("extra")
        data["folders"] = list(self.folders)
        return {**extra, **data}


def _checked(account: MailAccount) -> MailAccount:
    if not (account.name.strip() and account.host.strip() and account.login.strip()):
        raise ValidationError(Code.IMAP_ACCOUNT_INCOMPLETE)
    if account.security not in SECURITIES:
        raise ValidationError(Code.IMAP_SECURITY_INVALID, value=account.security)
    if not 0 <= account.port <= 65535:
        raise ValidationError(Code.IMAP_PORT_INVALID, value=account.port)
    return account


def _from_json(data: dict[str, Any]) -> MailAccount:
    known = {"name", "host", "login", "port", "security", "folders", "since_days"}
    return MailAccount(
        name=str(data.get("name", "")),
        host=str(data.get("host", "")),
        login=str(data.get("login", "")),
        port=int(data.get("port") or 0),
        security=str(data.get("security") or TLS),
        folders=tuple(str(f) for f in data.get("folders") or DEFAULT_FOLDERS),
        since_days=int(data.get("since_days") or DEFAULT_SINCE_DAYS),
        extra={k: v for k, v in data.items() if k not in known},
    )


def mail_accounts(settings: Settings | None = None) -> list[MailAccount]:
    """The accounts of this desktop, in the order they were added."""
    settings = settings or Settings.load()
    return [_from_json(data) for data in settings.mail_accounts]


def find_account(name: str, settings: Settings | None = None) -> MailAccount:
    for account in mail_accounts(settings):
        if account.name == name:
            return account
    raise NotFound(Code.IMAP_ACCOUNT_UNKNOWN, name=name)


def save_account(account: MailAccount) -> bool:
    """Add `account`, or replace the one of the same name; True when it is new."""
    _checked(account)
    settings = Settings.load()
    kept = [a for a in settings.mail_accounts if a.get("name") != account.name]
    is_new = len(kept) == len(settings.mail_accounts)
    settings.mail_accounts = [*kept, account.as_json()]
    settings.save()
    return is_new


def drop_account(name: str) -> MailAccount:
    """Remove the account `name` from this desktop's settings; the account it was."""
    settings = Settings.load()
    account = find_account(name, settings)
    settings.mail_accounts = [a for a in settings.mail_accounts if a.get("name") != name]
    settings.save()
    return account

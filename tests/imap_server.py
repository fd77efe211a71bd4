"""A real IMAP server for the fetch tests and the benchmark: Debian's dovecot, started
unprivileged in a temporary folder (its own config, maildirs, passwd-file and a loopback port;
plain login, no TLS). Tests skip where dovecot is not installed; CI installs it (.ci/run)."""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

PASSWORD = "secret"
UNICODE_LOGIN, UNICODE_PASSWORD = "utf8@firm.test", "Пароль-ü 1"  # beyond IMAP LOGIN's ASCII
USERS = 500  # logins in the passwd-file, one per test
_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot")
    return found or next((p for p in _CANDIDATES if os.access(p, os.X_OK)), None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _mail_owner() -> tuple[int, int, str]:
    """Who owns the maildirs: this user; as root (CI), `nobody`, since dovecot never runs a
    mail process as root, and its login processes as `dovenull` (or `nobody`)."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return me.pw_uid, me.pw_gid, me.pw_name
    nobody = pwd.getpwnam("nobody")
    try:
        login = pwd.getpwnam("dovenull").pw_name
    except KeyError:
        login = nobody.pw_name
    return nobody.pw_uid, nobody.pw_gid, login


def _config(root: Path, port: int) -> str:
    uid, gid, login_user = _mail_owner()
    me = pwd.getpwuid(os.geteuid()).pw_name
    return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {me}
default_login_user = {login_user}
first_valid_uid = {min(uid, 500)}
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""


class Dovecot:
    """The running server; `new_user()` gives each test a mailbox of its own."""

    def __init__(self, binary: str) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="crm-dovecot-"))
        self.root.chmod(0o755)  # the mail processes run as another user under root
        self.port = free_port()
        self.uid, self.gid, _login = _mail_owner()
        for name in ("mail", "home"):
            (self.root / name).mkdir()
            os.chown(self.root / name, self.uid, self.gid)
        # every login written before the start: dovecot reads the passwd-file again at most
        # once a second, so a login added while it runs may be unknown for a moment
        self._logins = [f"u{n:04d}.{uuid.uuid4().hex[:6]}@firm.test" for n in range(USERS)]
        lines = "".join(f"{login}:{{PLAIN}}{PASSWORD}\n" for login in self._logins)
        lines += f"{UNICODE_LOGIN}:{{PLAIN}}{UNICODE_PASSWORD}\n"
        (self.root / "passwd").write_text(lines, encoding="utf-8")
        conf = self.root / "dovecot.conf"
        conf.write_text(_config(self.root, self.port), encoding="utf-8")
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_for_port()

    def _wait_for_port(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"dovecot stopped: {err}{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.port}: {self.log()}")

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def new_user(self) -> str:
        """A login of its own (with an empty mailbox) for a test."""
        return self._logins.pop()

    def client(self, login: str) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port)
        if login == UNICODE_LOGIN:
            plain = f"\0{login}\0{UNICODE_PASSWORD}".encode()
            client.authenticate("PLAIN", lambda _challenge: plain)
        else:
            client.login(login, PASSWORD)
        return client

    def append(
        self, login: str, folder: str, messages: list[bytes], received: datetime | None = None
    ) -> None:
        """Deliver through IMAP APPEND (the server numbers them at once), `received` the
        server's date of arrival (INTERNALDATE; default now)."""
        client = self.client(login)
        stamp = imaplib.Time2Internaldate(received) if received else None
        try:
            for data in messages:
                typ, info = client.append(folder, "", stamp, data)
                assert typ == "OK", info
        finally:
            client.logout()

    def deliver(self, login: str, folder: str, messages: list[bytes]) -> None:
        """Write message files straight into the maildir's new/ (fast, for many messages);
        the server numbers them when the folder is next opened."""
        base = self.root / "mail" / login
        path = base if folder == "INBOX" else base / f".{folder}"
        dirs = [base, path, *(path / d for d in ("cur", "new", "tmp"))]
        for directory in dirs:
            directory.mkdir(exist_ok=True)
            os.chown(directory, self.uid, self.gid)
        stamp = int(time.time())
        for n, data in enumerate(messages):
            target = path / "new" / f"{stamp}.M{n}P{os.getpid()}Q{uuid.uuid4().hex[:8]}.crm"
            target.write_bytes(data.replace(b"\r\n", b"\n"))
            os.chown(target, self.uid, self.gid)

    def stop(self) -> None:
        """Stop the server (its sessions end with it) and remove its folder; again: nothing."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)


def running_dovecot() -> Iterator[Dovecot | None]:
    binary = dovecot_binary()
    if binary is None:
        yield None
        return
    server = Dovecot(binary)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot | None]:
    """One server for the session (each test takes a login of its own: `new_user`)."""
    yield from running_dovecot()


@pytest.fixture
def server(dovecot: Dovecot | None) -> Dovecot:
    if dovecot is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    return dovecot


def message(
    n: int,
    *,
    sender: str = "client@example.org",
    to: str = "sales@firm.test",
    when: datetime | None = None,
    subject: str | None = None,
) -> bytes:
    """A plain message with its own Message-ID."""
    when = when or datetime.now().astimezone()
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject or f'Order {n}'}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: <m{n}.{uuid.uuid4().hex}@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nMessage number {n}.\r\n"
    ).encode()

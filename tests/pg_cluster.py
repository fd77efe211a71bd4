"""A throw-away PostgreSQL cluster with password authentication (scram-sha-256), started by the
tests themselves: the shared test server trusts every login, so it cannot test a password.

PostgreSQL refuses to run as root: as root the cluster runs as the unprivileged `postgres`
system user (through `runuser`); as anyone else, as that user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
RUN_AS = "postgres"  # the system account the cluster runs as when we are root


def find_bin_dir() -> Path | None:
    """The newest PostgreSQL server's bin folder with initdb and pg_ctl; None without one."""
    env = os.environ.get("DESKTOP_CRM_PG_BIN")
    candidates = [env] if env else sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path and shutil.which("pg_ctl") else None


def missing_reason() -> str | None:
    """Why no cluster can be started here, or None when one can."""
    if find_bin_dir() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return "running as root and there is no runuser to start PostgreSQL as another user"
        try:
            import pwd

            pwd.getpwnam(RUN_AS)
        except KeyError:
            return f"running as root and there is no {RUN_AS!r} system user to run PostgreSQL"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PasswordCluster:
    """A running cluster: its folder, port and the superuser's password."""

    folder: Path
    port: int
    password: str
    bin_dir: Path
    listen: str = "127.0.0.1"  # listen_addresses; other networks also need `allow_network`

    def url(self, login: str = SUPERUSER, password: str | None = None, db: str = "postgres") -> str:
        secret = self.password if password is None and login == SUPERUSER else password
        auth = f"{login}:{secret}" if secret is not None else login
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{db}"

    def _run(self, *argv: str) -> None:
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", RUN_AS, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self, network: str | None = None) -> None:
        data = self.folder / "data"
        pwfile = self.folder / "pwfile"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        self._run(
            "initdb", "-D", str(data), "--auth=scram-sha-256", f"--pwfile={pwfile}",
            f"--username={SUPERUSER}", "--encoding=UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        pwfile.unlink()
        if network:
            self.allow_network(network)
        self.serve()

    def serve(self) -> None:
        """Start the server of the cluster made by `start` (again, after `stop`)."""
        options = f"-p {self.port} -k {self.folder} -c listen_addresses={self.listen} -c fsync=off"
        log = self.folder / "server.log"
        data = self.folder / "data"
        self._run("pg_ctl", "-D", str(data), "-l", str(log), "-o", options, "-w", "start")

    def allow_network(self, network: str) -> None:
        """Password logins from `network` (CIDR) too; takes effect at the next `serve`."""
        hba = self.folder / "data" / "pg_hba.conf"
        with hba.open("a", encoding="utf-8") as conf:
            conf.write(f"host all all {network} scram-sha-256\n")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already down
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")


def start_cluster(listen: str = "127.0.0.1", network: str | None = None) -> PasswordCluster:
    """Make and start a fresh cluster in a temporary folder the server's user owns, listening
    on `listen` and taking password logins from `network` (CIDR) besides this host."""
    bin_dir = find_bin_dir()
    assert bin_dir is not None, missing_reason()
    folder = Path(tempfile.mkdtemp(prefix="crm-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, RUN_AS, RUN_AS)
    cluster = PasswordCluster(folder, free_port(), secrets.token_hex(12), bin_dir, listen)
    try:
        cluster.start(network)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the password cluster did not start: {exc.stderr}") from exc
    return cluster


def remove_cluster(cluster: PasswordCluster) -> None:
    cluster.stop()
    shutil.rmtree(cluster.folder, ignore_errors=True)

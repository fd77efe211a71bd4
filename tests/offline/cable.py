"""A network cable the tests can pull (STO-8): a test cluster reached through a network
namespace of the test's own, joined to this host by a veth pair, so "the network dropped" is
real: once the namespace's end of the pair goes down, packets vanish without a reset, as
behind a dead switch or a Wi-Fi that went away, and each side learns of it only from its own
TCP timeouts. (Stopping the server, by contrast, refuses connections at once.)

The cluster listens on the host's end of the pair as well as on 127.0.0.1. Inside the
namespace a small forwarder (`cable_forwarder.py`) accepts connections on the namespace's
address and passes the bytes to the cluster across the pair: both legs of a connection go
through the cable, so the server sees its client vanish too, as it would. Making namespaces
needs root and iproute2; `missing_reason` says why not.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pg_cluster import PasswordCluster, remove_cluster, start_cluster

FORWARDER = Path(__file__).with_name("cable_forwarder.py")
PORT = 5432


def missing_reason() -> str | None:
    if os.geteuid() != 0:
        return "making a network namespace needs root"
    if shutil.which("ip") is None:
        return "iproute2's ip is not installed"
    return None


def _ip(*argv: str, namespace: str | None = None) -> None:
    prefix = ["ip", "netns", "exec", namespace] if namespace else []
    subprocess.run([*prefix, "ip", *argv], check=True, capture_output=True, text=True, timeout=30)


@dataclass
class Cable:
    """The path from this host to its own cluster through namespace `namespace`: `url()` goes
    through it, `pull()` and `plug()` drop and restore it."""

    namespace: str
    host_end: str
    far_end: str
    subnet: str  # the first three parts of the pair's /30
    cluster: PasswordCluster | None = None
    forwarder: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    pulled_at: float | None = None  # time.monotonic() of the last pull

    @property
    def host_address(self) -> str:
        return f"{self.subnet}.1"

    @property
    def far_address(self) -> str:
        return f"{self.subnet}.2"

    def url(self, db: str) -> str:
        """The cluster's database `db`, reached through the cable."""
        assert self.cluster is not None
        secret = self.cluster.password
        return f"postgresql+psycopg://postgres:{secret}@{self.far_address}:{PORT}/{db}"

    def pull(self) -> None:
        """Packets stop both ways; nothing tells either side."""
        _ip("link", "set", self.far_end, "down", namespace=self.namespace)
        self.pulled_at = time.monotonic()

    def plug(self) -> None:
        _ip("link", "set", self.far_end, "up", namespace=self.namespace)


def lay_cable() -> Cable:
    """A namespace, a veth pair with a /30 of its own, a cluster listening on the host's end
    and the forwarder inside, ready."""
    tag = os.getpid() % 60000
    cable = Cable(
        namespace=f"crm-cable-{tag}",
        host_end=f"crmh{tag}",
        far_end=f"crmf{tag}",
        subnet=f"10.{200 + tag // 250 % 50}.{tag % 250}",  # two test runs at once do not meet
    )
    ns = cable.namespace
    _ip("netns", "add", ns)
    try:
        _ip("link", "add", cable.host_end, "type", "veth", "peer", "name", cable.far_end)
        _ip("link", "set", cable.far_end, "netns", ns)
        _ip("addr", "add", f"{cable.host_address}/30", "dev", cable.host_end)
        _ip("link", "set", cable.host_end, "up")
        _ip("addr", "add", f"{cable.far_address}/30", "dev", cable.far_end, namespace=ns)
        _ip("link", "set", cable.far_end, "up", namespace=ns)
        cable.cluster = start_cluster(
            listen=f"127.0.0.1,{cable.host_address}", network=f"{cable.subnet}.0/30"
        )
        target = [cable.host_address, str(cable.cluster.port)]
        command = [sys.executable, str(FORWARDER), cable.far_address, str(PORT), *target]
        cable.forwarder = subprocess.Popen(
            ["ip", "netns", "exec", ns, *command], stdout=subprocess.PIPE
        )
        assert cable.forwarder.stdout is not None
        if cable.forwarder.stdout.readline().strip() != b"listening":  # it says so when ready
            raise RuntimeError("the cable's forwarder did not start")
    except BaseException:
        cut_cable(cable)
        raise
    return cable


def cut_cable(cable: Cable) -> None:
    """Stop the forwarder and the cluster, remove the namespace (the pair goes with it)."""
    if cable.forwarder is not None:
        cable.forwarder.kill()
        cable.forwarder.wait(10)
    if cable.cluster is not None:
        remove_cluster(cable.cluster)
    with contextlib.suppress(subprocess.CalledProcessError):
        _ip("netns", "del", cable.namespace)
    for _ in range(50):  # the host end disappears with its peer, a moment later
        if not Path(f"/sys/class/net/{cable.host_end}").exists():
            return
        time.sleep(0.1)

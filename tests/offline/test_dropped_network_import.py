"""An import whose network drops in the middle (STO-8): the command ends with one sentence,
and the server, which hears nothing either, lets go of the base by itself: the cut-off
import's transaction is rolled back and its import lock freed within seconds, not when the
system's TCP keepalive gives up two hours later, so the next import (or a colleague's save of
a locked client) does not wait behind a desktop that is gone."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from cable import Cable
from offline_support import import_lock_holders, once_the_import_runs, write_people_csv
from test_offline_import import ROWS, counts, run_cli

# the client gives up after 10 s of unanswered data (dead_peers.CLIENT_DEAD_PEER), the server
# after its keepalive probes of the session (dead_peers.watch_client: 10 s idle, 3 probes 3 s
# apart)
CLIENT_GIVES_UP_S = 60
SERVER_LETS_GO_S = 60


@pytest.mark.slow
def test_an_import_cut_off_by_the_network_ends_and_frees_the_base(
    cable: Cable,
    cabled_base: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cable.cluster is not None
    name = cabled_base.rsplit("/", 1)[1]
    direct = cable.cluster.url(db=name)  # over 127.0.0.1: never through the cable
    csv = write_people_csv(tmp_path / "people.csv", ROWS)
    puller = once_the_import_runs(cable.cluster, name, cable.pull)

    started = time.monotonic()
    status, out, err = run_cli(["--db", cabled_base, "import", str(csv)], monkeypatch, capsys)
    puller.join(timeout=60)
    pulled_at = cable.pulled_at
    assert pulled_at is not None, "the import ended before the cable was pulled"
    client_gave_up = time.monotonic() - pulled_at

    assert time.monotonic() - started < CLIENT_GIVES_UP_S
    assert status == 2
    assert out == ""
    assert err == (
        f"desktop-crm: The database server {cable.far_address}:5432 cannot be reached, so "
        "nothing was saved; check that it is running and try again.\n"
    )
    deadline = time.monotonic() + SERVER_LETS_GO_S
    while import_lock_holders(cable.cluster, name) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert import_lock_holders(cable.cluster, name) == 0, "the server still holds the import"
    print(
        f"\nnetwork pulled mid-import: the command gave up after {client_gave_up:.1f} s; "
        f"the server had let go {time.monotonic() - pulled_at:.1f} s after the pull "
        "(first looked at when the command ended)"
    )
    assert counts(direct) == (0, 0)

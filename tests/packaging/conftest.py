"""One PyInstaller build for every packaging test of a run (it takes minutes): the .deb, the
NSIS script and the frozen program's own checks all use `frozen_app`.

DESKTOP_CRM_FROZEN_APP=dist/desktop-crm uses a folder built before instead (when working on
these tests; CI always builds).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.frozen import REPO, FrozenApp


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> FrozenApp:
    given = os.environ.get("DESKTOP_CRM_FROZEN_APP")
    if given:
        return FrozenApp.at(Path(given).resolve())
    pytest.importorskip("PyInstaller")
    tmp = tmp_path_factory.mktemp("pyinstaller")
    dist, work = tmp / "dist", tmp / "build"
    started = time.monotonic()
    build = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(REPO / "build.spec"),
        ],
        capture_output=True, text=True, cwd=tmp, timeout=1800,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-4000:]
    return FrozenApp.at(dist / "desktop-crm", time.monotonic() - started)

"""The PyInstaller build (build.spec) produces a folder whose program runs headless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
IS_WINDOWS = sys.platform == "win32"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Build once for the module; returns the bundle folder dist/TNApp."""
    pytest.importorskip("PyInstaller")
    tmp = tmp_path_factory.mktemp("pyinstaller")
    dist, work = tmp / "dist", tmp / "work"
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-8000:]
    print(f"PyInstaller build took {time.monotonic() - start:.0f} s")
    return dist / "TNApp"


def run(built: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    exe = built / ("tnapp-cli.exe" if IS_WINDOWS else "TNApp")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), LOCALAPPDATA=str(home / "data"),
               PYTHONIOENCODING="utf-8")
    return subprocess.run([str(exe), *args], env=env, capture_output=True, timeout=300)


def test_bundle_layout(built):
    internal = built / "_internal"  # PyInstaller ≥6 puts everything but the programs here
    assert (internal / "resources" / "fonts" / "LiberationSerif-Regular.ttf").is_file()
    assert (internal / "resources" / "fonts" / "LICENSE-LiberationSerif.txt").is_file()
    assert (internal / "db").is_dir()
    assert not list((internal / "db").rglob("__pycache__"))
    programs = {"TNApp.exe", "tnapp-cli.exe"} if IS_WINDOWS else {"TNApp"}
    assert programs <= {p.name for p in built.iterdir()}
    # The unused Qt parts are left out.
    pyside = internal / "PySide6"
    for unused in ("QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore", "QtMultimedia"):
        assert not list(pyside.glob(f"{unused}.*")), unused


def test_version(built, tmp_path):
    proc = run(built, "version", home=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert "TNApp" in proc.stdout.decode()


def test_gui_starts_offscreen(built, tmp_path):
    """No subcommand opens the GUI: it must load Qt and keep running (or close
    cleanly) rather than die on a missing library or plugin."""
    exe = built / ("TNApp.exe" if IS_WINDOWS else "TNApp")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), LOCALAPPDATA=str(tmp_path / "data"))
    proc = subprocess.Popen([str(exe)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=8)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return  # still running: the window is up
    assert proc.returncode == 0, err.decode(errors="replace")[-4000:]


def test_init_demo_and_list_units(built, tmp_path):
    db = tmp_path / "demo.sqlite"
    proc = run(built, "--db", str(db), "init", "--demo", home=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert db.is_file()

    proc = run(built, "--db", str(db), "units", "--json", home=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    units = json.loads(proc.stdout.decode("utf-8"))
    assert isinstance(units, list) and units
    assert all(isinstance(u, dict) and u.get("code") and u.get("name") for u in units)

"""A plain wheel is a working install: ``resources/`` and ``db/`` travel in it as
the packages ``tnapp._resources`` and ``tnapp._db`` (pyproject.toml), and the
installed program initialises a database, lists units and finds its rule sets."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_lists_every_package_of_the_source_tree() -> None:
    """pyproject.toml names the packages (the price of mapping resources/ and db/):
    a new folder under tnapp/ left off the list would be missing from the wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "tnapp").rglob("__init__.py")}
    assert set(config["packages"]) == on_disk | {"tnapp._resources", "tnapp._db"}
    assert config["package-dir"] == {"tnapp._resources": "resources", "tnapp._db": "db"}


@pytest.mark.slow
def test_the_built_wheel_installed_in_a_fresh_venv_works(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    notices = re.findall(r"^WARNING (?!:).*$|^.*[Dd]eprecat.*$", built.stdout + built.stderr, re.MULTILINE)
    assert not notices, f"the build's configuration is outdated: {notices}"
    [wheel] = dist.glob("tnapp-*.whl")
    with zipfile.ZipFile(wheel) as archive:  # the guide and its pictures (tools/guide_pictures.py) ship
        shipped = set(archive.namelist())
    assert {"tnapp/_resources/help/huong-dan.html", "tnapp/_resources/help/guide-en.html",
            "tnapp/_resources/help/img/vi/tong-quan.png", "tnapp/_resources/help/img/en/tong-quan.png"} <= shipped

    # A fresh venv away from the source tree, seeing this venv's dependencies
    # through a .pth line (no network), with tnapp itself from the wheel only.
    venv = tmp_path / "moi truong #1"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, timeout=300)

    work = tmp_path / "noi lam viec"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TNAPP_DB")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", XDG_DATA_HOME=str(work / "data"),
               LOCALAPPDATA=str(work / "data"), APPDATA=str(work / "data"))
    tnapp = venv / ("Scripts/tnapp.exe" if sys.platform == "win32" else "bin/tnapp")
    db = str(work / "Xã #1.sqlite")

    def run(*args: str) -> str:
        done = subprocess.run([str(tnapp), "--db", db, *args], cwd=work, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=300)
        assert done.returncode == 0, (args, done.stderr[-3000:])
        return done.stdout

    where = subprocess.run([str(python), "-c", "import tnapp.paths as p; print(p.resources_dir()); "
                            "print(p.migrations_dir())"], cwd=work, env=env, capture_output=True,
                           text=True, check=True).stdout.splitlines()
    assert all(Path(p).is_relative_to(venv) for p in where), where
    assert "28 đơn vị" in run("init", "--demo")
    units = json.loads(run("units", "--json"))
    assert len(units) == 28 and units[0]["name"] == "Đảng ủy xã Thượng Ninh"
    eligibility = json.loads(run("eligibility", "--year", "2025", "--json"))
    assert eligibility["rule_set"]["id"] == "2025-07-01-nd152"

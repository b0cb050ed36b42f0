"""Shared fixtures: every core test that takes ``ws`` runs on SQLite and on PostgreSQL.

The PostgreSQL lane uses ``TNAPP_TEST_PG_URL`` (``.ci/run`` starts a server and
sets it). Locally it is skipped when no server answers; in CI it fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tnapp import i18n
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.services.workspace import Workspace

DEFAULT_PG_URL = "postgresql+psycopg://tnapp:tnapp@127.0.0.1:5432/tnapp_test"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

OFFICE = Actor("can-bo-vp", Role.OFFICE)


@pytest.fixture(autouse=True)
def _isolated_user_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the real user data folder or a TNAPP_DB of the machine."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home))
    monkeypatch.setenv("LOCALAPPDATA", str(home))
    monkeypatch.delenv("TNAPP_DB", raising=False)


def _fresh_postgres() -> str:
    url = os.environ.get("TNAPP_TEST_PG_URL", DEFAULT_PG_URL)
    try:
        engine = create_engine(make_url(url), connect_args={"connect_timeout": 3})
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server
        message = f"PostgreSQL at {make_url(url).render_as_string(hide_password=True)} unreachable: {exc}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "tnapp.sqlite")
    return _fresh_postgres()


@pytest.fixture
def ws(db_url: str) -> Iterator[Workspace]:
    """A workspace on an empty, initialised database, acting as office staff."""
    workspace = Workspace.open(db_url, OFFICE)
    workspace.seed.ensure_defaults()
    yield workspace
    workspace.close()


@pytest.fixture
def commune_ws(db_url: str) -> Iterator[Workspace]:
    """A commune with the default catalogue and nothing else, acting as office staff."""
    admin = Workspace.open(db_url, Actor("quan-tri", Role.ADMIN))
    admin.commune.create("TN", "Thượng Ninh", "Thanh Hóa")
    admin.seed.ensure_defaults()
    admin.close()
    workspace = Workspace.open(db_url, OFFICE)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(db_url: str) -> Iterator[Workspace]:
    """The demo commune, acting as office staff (loaded by the administrator)."""
    admin = Workspace.open(db_url, Actor("quan-tri", Role.ADMIN))
    admin.seed.load_demo()
    admin.close()
    workspace = Workspace.open(db_url, OFFICE)
    yield workspace
    workspace.close()


@pytest.fixture
def admin_ws(db_url: str) -> Iterator[Workspace]:
    """The demo commune, run by the administrator (who may run the council and issue papers)."""
    admin = Workspace.open(db_url, Actor("quan-tri", Role.ADMIN))
    admin.seed.load_demo()
    yield admin
    admin.close()


@pytest.fixture
def cycle_ws(admin_ws: Workspace) -> Workspace:
    """The demo with 2025's cycle, as ``tnapp init --demo`` loads it, run by the administrator."""
    admin_ws.seed.load_demo_cycle()
    return admin_ws


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo commune in an SQLite file, built once for the session: tests copy it, never change it."""
    path = tmp_path_factory.mktemp("mau") / "demo.sqlite"
    with Workspace.open(path, Actor("quan-tri", Role.ADMIN)) as ws:
        ws.seed.load_demo()
    return path


@pytest.fixture
def sqlite_demo(tmp_path: Path) -> Iterator[Workspace]:
    """The demo commune in an SQLite file (for tests about files)."""
    workspace = Workspace.open(tmp_path / "demo.sqlite", Actor("quan-tri", Role.ADMIN))
    workspace.seed.load_demo()
    yield workspace
    workspace.close()


@pytest.fixture
def english() -> Iterator[None]:
    """The core's messages in English for the test (as the GUI sets them at an English start)."""
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("vi")

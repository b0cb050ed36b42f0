"""Opening databases: SQLite settings, schema upgrades with a backup, refusals
that leave the file untouched (not a database, newer TNApp, foreign, locked,
read-only)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import tnapp.storage.engine as engine_module
import tnapp.storage.migrate as migrate_module
from tnapp.domain.permissions import Permission
from tnapp.errors import DatabaseError
from tnapp.models import Base
from tnapp.paths import migrations_dir
from tnapp.storage import network as network_module
from tnapp.storage.network import DRIVE_REMOTE, network_location
from tnapp.services.units import UnitInput
from tnapp.domain.vocab import UnitKind
from tnapp.services.workspace import Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_is_opened_with_wal_foreign_keys_durable_sync_and_busy_timeout(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "a.sqlite")
    with ws.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == engine_module.BUSY_TIMEOUT_MS
    ws.close()


def test_migrations_build_exactly_the_schema_of_the_models(db_url: str) -> None:
    ws = Workspace.open(db_url)
    with ws.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert ws.schema.created and ws.schema.head == migrate_module.head_revision()
    ws.close()


def test_a_new_database_folder_is_created_in_the_user_data_folder(tmp_path: Path) -> None:
    ws = Workspace.open(None)  # no --db, no TNAPP_DB: the platform's data folder (isolated in tests)
    assert Path(ws.location).name == "tnapp.sqlite" and Path(ws.location).exists()
    ws.close()


def test_tnapp_db_variable_names_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TNAPP_DB", str(tmp_path / "from-env.sqlite"))
    ws = Workspace.open()
    assert ws.location == str(tmp_path / "from-env.sqlite")
    ws.close()


@pytest.mark.parametrize("content", [b"hello, this is a text file", b"PK\x03\x04 a zip file" + b"\0" * 200])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "report.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="không phải là cơ sở dữ liệu TNApp"):
        Workspace.open(path)
    assert path.read_bytes() == content


def test_a_corrupt_database_is_refused_with_guidance(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite"
    Workspace.open(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page behind a valid header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseError, match="bị hỏng|không phải"):
        Workspace.open(path)
    assert digest(path) == before


def test_a_database_of_another_program_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = digest(path)
    with pytest.raises(DatabaseError, match="chương trình khác"):
        Workspace.open(path)
    assert digest(path) == before


def test_a_database_from_a_newer_tnapp_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Workspace.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    with pytest.raises(DatabaseError, match="phiên bản TNApp mới hơn.*9999_future"):
        Workspace.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("folder", ["plain", "Xã #1", "a%20b 50%", "hỏi?"])
def test_an_older_database_is_backed_up_beside_itself_then_upgraded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str) -> None:
    path = tmp_path / folder / "old.sqlite"
    ws = Workspace.open(path)
    ws.seed.load_demo()
    units_before = len(ws.units.list())
    ws.close()
    # A later release: the shipped migrations plus one more revision.
    newer = tmp_path / "newer-db"
    shutil.copytree(migrations_dir(), newer, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate_module.head_revision()
    (newer / "versions" / "9001_add_unit_email.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9001'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n    op.add_column('unit', sa.Column('email', sa.String(100)))\n"
        "def downgrade():\n    op.drop_column('unit', 'email')\n", encoding="utf-8")
    monkeypatch.setattr(migrate_module, "migrations_dir", lambda: newer)

    ws = Workspace.open(path)
    assert (ws.schema.before, ws.schema.head) == (head, "9001") and ws.schema.upgraded
    assert ws.schema.backup is not None and ws.schema.backup.parent == path.parent
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder, "newer-db"]), "no stray file beside it"
    assert "email" in {c["name"] for c in inspect(ws.engine).get_columns("unit")}
    assert len(ws.units.list()) == units_before
    ws.close()
    with sqlite3.connect(ws.schema.backup) as conn:  # the copy is the old database, whole
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert conn.execute("SELECT count(*) FROM unit").fetchone() == (units_before,)


def test_a_locked_database_gives_a_clear_message_and_keeps_its_data(
        sqlite_demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(sqlite_demo.location)
    sqlite_demo.close()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    ws = Workspace.open(path)
    other = sqlite3.connect(path, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseError, match="đang bị khóa"):
            ws.units.create(UnitInput("KHOA", "Đơn vị thử", UnitKind.FRONT))
    finally:
        other.rollback()
        other.close()
    assert "KHOA" not in {u.code for u in ws.units.list()}
    ws.close()


def _deny_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    # CI runs as root, which ignores permission bits: ask the same question the code asks.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))


def test_a_read_only_folder_is_refused_with_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny_writes(monkeypatch)
    with pytest.raises(DatabaseError, match="quyền ghi vào thư mục"):
        Workspace.open(tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()


def test_a_read_only_database_file_is_refused_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sqlite"
    Workspace.open(path).close()
    before = digest(path)
    _deny_writes(monkeypatch)
    with pytest.raises(DatabaseError, match="quyền ghi"):
        Workspace.open(path)
    assert digest(path) == before


def test_writes_need_an_acting_user_recorded_in_the_audit(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "a.sqlite")
    with pytest.raises(RuntimeError, match="acting user"):
        with ws._sessions() as session:  # bypassing Workspace.write is a programming error
            from tnapp.models import Setting
            session.add(Setting(key="x", value=1))
            session.flush()
    with ws.write(Permission.MANAGE_SETTINGS):
        pass
    ws.close()


# --- SQLite on a network share ---------------------------------------------------------------------------------

MOUNTS = ("/dev/sda1 / ext4 rw,relatime 0 0\n"
          "//may-chu/du\\040lieu /mnt/Xã\\040chung cifs rw,vers=3.0 0 0\n"
          "may-chu:/xuat /srv/nfs nfs4 rw 0 0\n"
          "/dev/sdb1 /srv/nfs/o-rieng ext4 rw 0 0\n")


@pytest.mark.parametrize(("path", "windows", "remote_drives", "expected"), [
    (r"\\may-chu\du lieu\Xã #1\tnapp.sqlite", True, "", r"thư mục dùng chung \\may-chu\du lieu"),
    (r"\\?\UNC\may-chu\chung\tnapp.sqlite", True, "", r"thư mục dùng chung \\may-chu\chung"),
    (r"Z:\TNApp\tnapp.sqlite", True, "Z:", "ổ mạng Z:"),
    (r"z:\TNApp\tnapp.sqlite", True, "Z:", "ổ mạng Z:"),
    (r"C:\Users\Hà\tnapp.sqlite", True, "Z:", None),
    (r"\\?\C:\TNApp\tnapp.sqlite", True, "Z:", None),
    ("/mnt/Xã chung/2026/tnapp.sqlite", False, "", "thư mục mạng /mnt/Xã chung (cifs)"),
    ("/srv/nfs/tnapp.sqlite", False, "", "thư mục mạng /srv/nfs (nfs4)"),
    ("/srv/nfs/o-rieng/tnapp.sqlite", False, "", None),
    ("/srv/nfs-khac/tnapp.sqlite", False, "", None),
    ("/home/ha/tnapp.sqlite", False, "", None),
])
def test_network_locations_are_recognised(path: str, windows: bool, remote_drives: str, expected: str | None) -> None:
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root[:2].upper() == remote_drives else 3  # DRIVE_FIXED

    assert network_location(path, windows=windows, drive_type=drive_type, mounts=MOUNTS) == expected


def test_sqlite_on_a_network_share_is_refused_untouched_postgresql_opens(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    existing = tmp_path / "co-san.sqlite"
    Workspace.open(existing).close()
    before = digest(existing)
    monkeypatch.setattr(network_module, "_proc_mounts", lambda: f"//may-chu/chung {tmp_path} cifs rw 0 0\n")
    if "://" in db_url:
        Workspace.open(db_url).close()  # a server is not a file: nothing to refuse
        return
    for path in (existing, tmp_path / "moi" / "tnapp.sqlite"):
        with pytest.raises(DatabaseError, match=f"nằm trên thư mục mạng {tmp_path} \\(cifs\\).*PostgreSQL"):
            Workspace.open(path)
    assert digest(existing) == before and not (tmp_path / "moi").exists()

"""Backups: automatic with rotation, manual, restore only of a checked TNApp
file (the current database copied first), the quick check, the CLI, and the
PostgreSQL message."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role, UnitKind
from tnapp.errors import DatabaseError
from tnapp.services.backup import AUTO_MARK, NotSQLiteError
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace

ADMIN = Actor("quan-tri", Role.ADMIN)


def test_automatic_backups_rotate_keeping_the_last_and_one_per_day(sqlite_demo: Workspace) -> None:
    ws = sqlite_demo
    folder = ws.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(ws.location).stem
    today = dt.datetime.now()
    for days in range(20):  # one a day for 20 days, three on each of the last three days
        for minutes in ((1, 2, 3) if days < 3 else (1,)):
            stamp = today - dt.timedelta(days=days, seconds=minutes)
            (folder / f"{stem}-{AUTO_MARK}-{stamp:%Y%m%d-%H%M%S}-khoi-dong.sqlite").write_bytes(b"x")
    (folder / "tep-khac.sqlite").write_bytes(b"y")
    made = ws.backups.automatic("khởi động")
    kept = ws.backups.list()
    assert kept[0].path == made and made.name.endswith("-khoi-dong.sqlite") and made.stat().st_size > 100_000
    newest = kept[:10]
    daily = {b.taken_at.date() for b in kept[10:]}
    assert len(daily) == len(kept) - 10, "beyond the last 10, one per day"
    assert min(b.taken_at.date() for b in kept) == dt.date.today() - dt.timedelta(days=13)
    assert {b.taken_at.date() for b in kept} == {dt.date.today() - dt.timedelta(days=d) for d in range(14)}
    assert all(b in kept for b in newest) and (folder / "tep-khac.sqlite").exists()
    assert ws.backups.check_file(made) == ws.schema.head


def test_manual_backup_to_a_folder_and_restore_with_a_copy_first(sqlite_demo: Workspace, tmp_path: Path) -> None:
    ws = sqlite_demo
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = ws.backups.create(usb)
    assert copy.parent == usb and not list(usb.glob("*-wal"))
    ws.units.create(UnitInput("SAU-SAO-LUU", "Đơn vị thêm sau khi sao lưu", UnitKind.VILLAGE))
    result = ws.backups.restore(copy)
    assert "SAU-SAO-LUU" not in {u.code for u in ws.units.list()}, "the backup's data is back"
    with Workspace.open(result.previous_copy, ADMIN) as before:
        assert "SAU-SAO-LUU" in {u.code for u in before.units.list()}, "the replaced data was kept"
    assert ws.backups.quick_check() is None


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "corrupt"])
def test_a_bad_file_is_refused_and_left_untouched(sqlite_demo: Workspace, tmp_path: Path, kind: str) -> None:
    ws = sqlite_demo
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    elif kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE khach (id INTEGER)")
        conn.close()
    else:
        ws.backups.create(bad)
        with sqlite3.connect(bad) as conn:
            if kind == "newer":
                conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
        if kind == "corrupt":
            data = bytearray(bad.read_bytes())
            for offset in range(4096 * 3, len(data) - 4096, 4096 * 5):  # scribble over pages, keep the header
                data[offset:offset + 200] = b"\xff" * 200
            bad.write_bytes(bytes(data))
    before = bad.read_bytes()
    units = len(ws.units.list())
    with pytest.raises(DatabaseError, match="Không khôi phục"):
        ws.backups.restore(bad)
    assert bad.read_bytes() == before and len(ws.units.list()) == units
    assert not list(ws.backups.folder.glob("*truoc-khoi-phuc*")), "nothing was replaced, so nothing copied"


def test_only_an_administrator_backs_up_or_restores(sqlite_demo: Workspace, tmp_path: Path) -> None:
    from tnapp.errors import PermissionDenied

    sqlite_demo.sign_in(Actor("can-bo", Role.OFFICE))
    with pytest.raises(PermissionDenied):
        sqlite_demo.backups.create(tmp_path)
    assert sqlite_demo.backups.automatic("thoat") is not None, "the automatic copy runs for everyone"


def test_quick_check_reports_a_damaged_file(sqlite_demo: Workspace) -> None:
    path = Path(sqlite_demo.location)
    sqlite_demo.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[offset + 8:offset + 400] = b"\x13" * 392
    path.write_bytes(bytes(data))
    ws = Workspace(sqlite_demo.engine, sqlite_demo.url, ADMIN, sqlite_demo.schema)
    assert ws.backups.quick_check() is not None


def test_postgresql_says_to_use_the_servers_tools(ws: Workspace, tmp_path: Path) -> None:
    if ws.backups.supported:
        pytest.skip("SQLite lane: covered above")
    ws.sign_in(ADMIN)
    assert ws.backups.automatic("khoi-dong") is None and ws.backups.list() == []
    assert ws.backups.quick_check() is None
    for call in (lambda: ws.backups.create(tmp_path), lambda: ws.backups.restore(tmp_path / "x.sqlite")):
        with pytest.raises(NotSQLiteError, match="pg_dump"):
            call()


def test_cli_backup_and_restore(sqlite_demo: Workspace, tmp_path: Path) -> None:
    db = sqlite_demo.location
    out = tmp_path / "ban-sao.sqlite"

    def tnapp(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tnapp", "--db", db, *args], capture_output=True, text=True,
                              timeout=120)

    made = tnapp("backup", "-o", str(out))
    assert made.returncode == 0 and out.exists(), made.stderr
    restored = tnapp("restore", str(out))
    assert restored.returncode == 0 and "Đã khôi phục" in restored.stdout, restored.stderr
    refused = tnapp("restore", str(tmp_path / "khong-co.sqlite"))
    assert refused.returncode == 2 and "Không khôi phục" in refused.stderr


def test_cli_on_postgresql_names_pg_dump(ws: Workspace) -> None:
    if ws.backups.supported:
        pytest.skip("PostgreSQL lane only")
    url = ws.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-m", "tnapp", "--db", url, "backup", "-o", "x.sqlite"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "pg_dump" in done.stderr

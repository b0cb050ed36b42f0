"""Backups: automatic with rotation, manual, restore only of a checked TNApp
file (the current database copied first), the quick check, the CLI, and the
PostgreSQL message."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role, UnitKind
from tnapp.errors import DatabaseError
from tnapp.paths import user_data_folder
from tnapp.services.backup import AUTO_MARK, NotSQLiteError
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace
from tnapp.storage import backup as storage_backup
from tnapp.storage.backup import connect_readonly, row_counts, verify_copy

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
    sqlite_demo.close()  # the command is the only program using the database (else the restore is refused)
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


# --- folders a Windows user can make (SQLite only: backups are copies of an SQLite file) ----------------------

ODD_FOLDERS = ["Xã #1", "thư mục có dấu cách", "50%", "a%20b", "hỏi?", "Hà Nội #2 %41 ?x=1"]


def _counts(path: Path) -> dict[str, int]:
    conn = connect_readonly(path)
    try:
        return row_counts(conn)
    finally:
        conn.close()


def _odd_database(root: Path, folder: str, demo_file: Path, unc_style: bool = False) -> Path:
    """The demo database in ``root/folder``; with ``unc_style`` addressed as ``//…``
    (a UNC-style double slash, which Linux resolves to the same folder)."""
    (root / folder).mkdir()
    path = root / folder / "tnapp.sqlite"
    shutil.copyfile(demo_file, path)
    return Path("//" + str(path).lstrip("/")) if unc_style else path


@pytest.mark.parametrize("unc_style", [False, True], ids=["local", "unc-style"])
@pytest.mark.parametrize("folder", ODD_FOLDERS)
def test_every_copy_is_whole_whatever_the_folder_is_called(
        tmp_path: Path, demo_file: Path, folder: str, unc_style: bool) -> None:
    path = _odd_database(tmp_path, folder, demo_file, unc_style)
    source = _counts(path)
    assert source["unit"] > 5 and source["person"] > 20
    with Workspace.open(path, ADMIN) as ws:
        automatic = ws.backups.automatic("khởi động")
        usb = tmp_path / f"USB {folder}"
        usb.mkdir()
        manual = ws.backups.create(usb)
        restored = ws.backups.restore(manual)
        assert ws.backups.latest().path == automatic
    for copy in (automatic, manual, restored.previous_copy):
        assert _counts(copy) == source, copy
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder, f"USB {folder}"]), "no stray file"
    assert {p.name for p in (tmp_path / folder).iterdir()} <= {"tnapp.sqlite", "tnapp.sqlite-wal", "tnapp.sqlite-shm"}


@pytest.mark.parametrize("folder", ["Xã #1", "a%20b", "hỏi? 50%"])
def test_cli_backup_into_odd_folders(tmp_path: Path, demo_file: Path, folder: str) -> None:
    path = _odd_database(tmp_path, folder, demo_file)
    out = tmp_path / f"Đích {folder}"
    out.mkdir()
    done = subprocess.run([sys.executable, "-m", "tnapp", "--db", str(path), "backup", "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Đã sao lưu" in done.stdout, done.stderr
    [copy] = out.iterdir()
    assert _counts(copy) == _counts(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder, out.name])


def test_cli_backup_that_fails_says_so_and_exits_2(tmp_path: Path, demo_file: Path) -> None:
    path = _odd_database(tmp_path, "Xã #1", demo_file)
    blocked = tmp_path / "khong-phai-thu-muc"
    blocked.write_text("tệp thường", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tnapp", "--db", str(path), "backup", "-o",
                           str(blocked / "ban-sao.sqlite")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Đã sao lưu" not in done.stdout
    assert "Không sao lưu được" in done.stderr and "Các bản sao lưu trước được giữ nguyên" in done.stderr


def test_a_copy_that_differs_from_its_source_is_caught(tmp_path: Path, demo_file: Path) -> None:
    source = _counts(demo_file)
    short = tmp_path / "thieu.sqlite"
    shutil.copyfile(demo_file, short)
    with sqlite3.connect(short) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    conn.close()
    with pytest.raises(DatabaseError, match="khác bản gốc ở 1 bảng \\(audit_log\\)"):
        verify_copy(short, source)
    empty = tmp_path / "rong.sqlite"  # what the unescaped file: address used to produce
    sqlite3.connect(empty).close()
    with pytest.raises(DatabaseError, match="khác bản gốc"):
        verify_copy(empty, source)


def test_a_failed_automatic_backup_is_reported_and_keeps_the_previous_ones(
        sqlite_demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = sqlite_demo
    first = ws.backups.automatic("khoi-dong")

    def copy_short(copy: Path, expected: dict[str, int]) -> None:  # the copy lost rows on the way (a full disk)
        raise DatabaseError("bản sao khác bản gốc ở 1 bảng (unit)")

    monkeypatch.setattr(storage_backup, "verify_copy", copy_short)
    with pytest.raises(DatabaseError, match="Không sao lưu được.*Các bản sao lưu trước được giữ nguyên"):
        ws.backups.automatic("thoat")
    assert [b.path for b in ws.backups.list()] == [first] and not list(ws.backups.folder.glob("*.partial"))


def test_rotation_keeps_the_newest_restorable_copy_over_newer_empty_ones(sqlite_demo: Workspace) -> None:
    ws = sqlite_demo
    good = ws.backups.automatic("khoi-dong")
    month_ago = dt.datetime.now() - dt.timedelta(days=30)
    old_good = good.with_name(good.name.replace(good.name.split(f"-{AUTO_MARK}-")[1][:15],
                                                f"{month_ago:%Y%m%d-%H%M%S}"))
    good.rename(old_good)
    stem = Path(ws.location).stem
    for minutes in range(1, 13):  # twelve newer copies left empty by an older TNApp
        stamp = dt.datetime.now() - dt.timedelta(minutes=minutes)
        sqlite3.connect(ws.backups.folder / f"{stem}-{AUTO_MARK}-{stamp:%Y%m%d-%H%M%S}-thoat.sqlite").close()
    removed = ws.backups.rotate()
    assert old_good.exists() and old_good not in removed and len(removed) == 2
    assert ws.backups.latest().path == old_good, "the restore offered is one that restores"


# --- restore accepts only a schema of a TNApp revision -------------------------------------------------------

def test_restore_refuses_a_crafted_file_with_a_few_tables_and_a_revision(sqlite_demo: Workspace,
                                                                         tmp_path: Path) -> None:
    ws = sqlite_demo
    crafted = tmp_path / "gia.sqlite"
    with sqlite3.connect(crafted) as conn:
        for table in ("commune", "app_user", "audit_log"):
            conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (ws.schema.head,))
    conn.close()
    before, units = crafted.read_bytes(), len(ws.units.list())
    with pytest.raises(DatabaseError, match=f"cấu trúc dữ liệu không đúng với phiên bản «{ws.schema.head}».*"
                                            "thiếu bảng"):
        ws.backups.restore(crafted)
    assert crafted.read_bytes() == before and len(ws.units.list()) == units
    assert not list(ws.backups.folder.glob("*truoc-khoi-phuc*"))


def test_restore_refuses_a_backup_missing_one_column(sqlite_demo: Workspace, tmp_path: Path) -> None:
    ws = sqlite_demo
    copy = ws.backups.create(tmp_path / "ban-sao.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute("ALTER TABLE unit DROP COLUMN phone")
    conn.close()
    with pytest.raises(DatabaseError, match="thiếu cột unit.phone"):
        ws.backups.check_file(copy)


# --- restore refuses records pointing at nothing and foreign triggers, views and indexes ----------------------

@pytest.mark.parametrize(("change", "said"), [
    ("UPDATE person SET unit_id = 99999 WHERE id = (SELECT min(id) FROM person)",
     "bản ghi trỏ tới bản ghi không tồn tại (person → unit"),
    ("CREATE TRIGGER t AFTER INSERT ON person BEGIN DELETE FROM unit; END", "thừa trigger t (trên bảng person)"),
    ("CREATE VIEW v AS SELECT * FROM person", "thừa view v"),
    ("DROP INDEX uq_setting_key_from", "thiếu chỉ mục uq_setting_key_from"),
    ("CREATE INDEX ix_extra ON unit (name)", "thừa chỉ mục ix_extra (trên bảng unit)"),
], ids=["dangling", "trigger", "view", "dropped-index", "extra-index"])
def test_restore_refuses_what_the_schema_check_alone_missed(sqlite_demo: Workspace, tmp_path: Path, change: str,
                                                            said: str) -> None:
    ws = sqlite_demo
    (tmp_path / "Xã #1 50%").mkdir()
    copy = ws.backups.create(tmp_path / "Xã #1 50%" / "ban sao.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute(change)
    conn.close()
    before, people = copy.read_bytes(), len(ws.people.list())
    with pytest.raises(DatabaseError, match=re.escape(said)) as refused:
        ws.backups.restore(copy)
    assert "Tệp được giữ nguyên" in str(refused.value)
    assert copy.read_bytes() == before and len(ws.people.list()) == people
    assert not list(ws.backups.folder.glob("*truoc-khoi-phuc*"))


# --- backup names never collide, targets say what they are ----------------------------------------------------

def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tnapp", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=120)


def _tree(root: Path) -> dict[str, bytes]:
    """Every file and folder under ``root`` with its bytes, the open database's own files left out."""
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else b"/") for p in sorted(root.rglob("*"))
            if not p.name.startswith("tnapp.sqlite")}


def test_backups_in_the_same_second_never_overwrite_each_other(tmp_path: Path, demo_file: Path) -> None:
    path = _odd_database(tmp_path, "Xã #1", demo_file)
    usb = tmp_path / "USB 50% #2"
    usb.mkdir()
    with Workspace.open(path, ADMIN) as ws:
        frozen = dt.datetime(2026, 12, 6, 9, 30, 0)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("tnapp.services.backup.dt.datetime", type("Frozen", (dt.datetime,), {
                "now": classmethod(lambda cls: frozen)}))
            copies = [ws.backups.create(usb) for _ in range(3)] + [ws.backups.create() for _ in range(2)]
    assert len(set(copies)) == 5 and all(_counts(c) == _counts(path) for c in copies)
    assert [c.name for c in copies[:3]] == ["tnapp-sao-luu-20261206-093000.sqlite",
                                            "tnapp-sao-luu-20261206-093000-2.sqlite",
                                            "tnapp-sao-luu-20261206-093000-3.sqlite"]
    assert copies[3].name != copies[4].name and copies[3].parent == copies[4].parent


def test_automatic_backups_in_the_same_second_are_numbered_like_manual_ones_and_keep_their_reason(
        tmp_path: Path, demo_file: Path) -> None:
    path = _odd_database(tmp_path, "Xã #1", demo_file)
    with Workspace.open(path, ADMIN) as ws:
        frozen = dt.datetime(2026, 12, 6, 9, 30, 0)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("tnapp.services.backup.dt.datetime", type("Frozen", (dt.datetime,), {
                "now": classmethod(lambda cls: frozen)}))
            copies = [ws.backups.automatic("thoát") for _ in range(3)]
        listed = ws.backups.list()
    stem = copies[0].name.split(f"-{AUTO_MARK}-")[0]
    assert [c.name for c in copies] == [f"{stem}-{AUTO_MARK}-20261206-093000-thoat.sqlite",
                                        f"{stem}-{AUTO_MARK}-20261206-093000-2-thoat.sqlite",
                                        f"{stem}-{AUTO_MARK}-20261206-093000-3-thoat.sqlite"]
    assert {b.path for b in listed} == set(copies) and {b.reason for b in listed} == {"thoat"}
    assert all(_counts(c) == _counts(path) for c in copies)


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_after_a_command_the_folder_holds_the_database_file_alone(tmp_path: Path, demo_file: Path,
                                                                   command: str) -> None:
    """No -wal/-shm left beside the file once the command has ended (the command
    was the last to use it): a copy of the folder, or of the file alone, is whole."""
    path = _odd_database(tmp_path, "Xã #1 50%", demo_file)
    args = ["-o", str(tmp_path / "USB #2") + "/"] if command == "backup" else [str(demo_file)]
    done = _cli(path, command, *args)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in path.parent.iterdir()) == ["tnapp.sqlite"]


HOLDER = """
import sqlite3, sys
from pathlib import Path
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.services.workspace import Workspace
if sys.argv[2] == "window":  # another TNApp window left open on the database
    ws = Workspace.open(Path(sys.argv[1]), Actor("quan-tri", Role.ADMIN))
    ws.units.list()
else:  # another PC in the middle of a save
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE unit SET name = name || ' (đang sửa)' WHERE id = 1")
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.mark.parametrize("other", ["window", "saving"])
def test_restore_is_refused_while_another_program_has_the_database_open(tmp_path: Path, demo_file: Path,
                                                                          other: str) -> None:
    path = _odd_database(tmp_path, "Xã #1 50%", demo_file)
    backup = _cli(path, "backup", "-o", str(tmp_path / "USB #2") + "/")
    assert backup.returncode == 0, backup.stderr
    copy = Path(backup.stdout.split("Đã sao lưu vào ", 1)[1].strip())
    with Workspace.open(path, ADMIN) as ws:
        ws.units.create(UnitInput("MOI", "Đơn vị thêm sau bản sao", UnitKind.VILLAGE))
    before = _counts(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), other], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "ready\n"
        refused = _cli(path, "restore", str(copy))
        assert refused.returncode == 2
        assert refused.stderr == (f"Lỗi: Không khôi phục được: cơ sở dữ liệu «{path}» đang được mở ở một cửa sổ "
                                  "TNApp khác hoặc trên máy khác. Hãy đóng TNApp ở đó (hoặc chờ việc đang ghi xong) "
                                  "rồi khôi phục lại. Chưa thay đổi gì.\n")
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert _counts(path) == before and _unit_names(path)[-1] == "Đơn vị thêm sau bản sao", "nothing changed"
    backups = user_data_folder() / "backups"
    assert not list(backups.glob("*truoc-khoi-phuc*")), "no copy made for a restore that did not happen"

    restored = _cli(path, "restore", str(copy))  # the other program closed: the restore goes ahead
    assert restored.returncode == 0, restored.stderr
    assert "Đơn vị thêm sau bản sao" not in _unit_names(path) and len(list(backups.glob("*truoc-khoi-phuc*"))) == 1


def _unit_names(path: Path) -> list[str]:
    conn = connect_readonly(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM unit ORDER BY id")]
    finally:
        conn.close()


def test_two_databases_with_one_name_get_different_names_in_the_shared_folder(tmp_path: Path,
                                                                               demo_file: Path) -> None:
    first, second = _odd_database(tmp_path, "Xã #1", demo_file), _odd_database(tmp_path, "Xã #2", demo_file)
    made = [_cli(db, "backup") for db in (first, second)]
    assert all(m.returncode == 0 and "Đã sao lưu vào" in m.stdout for m in made), made
    names = [Path(m.stdout.split("Đã sao lưu vào ", 1)[1].strip()).name for m in made]
    assert names[0] != names[1] and names[0].split("-sao-luu-")[0] != names[1].split("-sao-luu-")[0]


def test_backup_onto_an_existing_file_is_refused_and_the_file_kept(tmp_path: Path, demo_file: Path) -> None:
    path = _odd_database(tmp_path, "Xã #1 50%", demo_file)
    old = tmp_path / "Xã #1 50%" / "ban sao cũ.sqlite"
    old.write_bytes(b"ban sao quan trong")
    before = _tree(tmp_path)
    done = _cli(path, "backup", "-o", str(old))
    assert done.returncode == 2 and "Đã sao lưu" not in done.stdout
    assert f"Tệp «{old}» đã có: TNApp không ghi đè lên tệp có sẵn" in done.stderr
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("sep", ["/", "\\"])
def test_a_target_ending_with_a_separator_is_a_folder_made_for_it(tmp_path: Path, demo_file: Path,
                                                                   sep: str) -> None:
    path = _odd_database(tmp_path, "Xã #1", demo_file)
    target = tmp_path / "khong co" / "thu muc 50%"
    done = _cli(path, "backup", "-o", str(target) + sep)
    assert done.returncode == 0, done.stderr
    assert target.is_dir()
    [copy] = target.iterdir()
    assert copy.name.startswith("tnapp-sao-luu-") and copy.suffix == ".sqlite" and _counts(copy) == _counts(path)
    assert f"Đã sao lưu vào {copy}" in done.stdout


def test_a_target_that_is_not_sqlite_is_refused(tmp_path: Path, demo_file: Path) -> None:
    path = _odd_database(tmp_path, "Xã #1", demo_file)
    before = _tree(tmp_path)
    done = _cli(path, "backup", "-o", str(tmp_path / "thư mục mới #3" / "x.txt"))
    assert done.returncode == 2 and "Đã sao lưu" not in done.stdout
    assert "Tên tệp sao lưu «x.txt» phải có đuôi .sqlite hoặc .db (ví dụ «x.sqlite»)" in done.stderr
    assert _tree(tmp_path) == before


def test_a_target_that_cannot_be_opened_is_explained_in_vietnamese(tmp_path: Path, demo_file: Path) -> None:
    path = _odd_database(tmp_path, "Xã #1", demo_file)
    locked = tmp_path / "chỉ đọc %41"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        before = _tree(tmp_path)
        done = _cli(path, "backup", "-o", str(locked / "ban-sao.sqlite"))
    finally:
        locked.chmod(0o700)
    assert done.returncode == 2 and "Không sao lưu được" in done.stderr and "không có quyền ghi" in done.stderr
    assert "unable to open" not in done.stderr and "Permission denied" not in done.stderr
    assert _tree(tmp_path) == before


def test_sqlite_errors_reach_the_user_in_vietnamese() -> None:
    reason = storage_backup.reason(sqlite3.OperationalError("unable to open database file"))
    assert reason.startswith("không mở hoặc tạo được tệp") and "unable" not in reason


def test_a_copy_sqlite_cannot_open_is_explained_and_leaves_nothing(sqlite_demo: Workspace, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "USB #1 50%"
    usb.mkdir()
    real = storage_backup.sqlite3.connect

    def refuse_the_copy(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(target).endswith(".partial"):
            raise sqlite3.OperationalError("unable to open database file")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(storage_backup.sqlite3, "connect", refuse_the_copy)
    with pytest.raises(DatabaseError) as failed:
        sqlite_demo.backups.create(usb)
    assert "không mở hoặc tạo được tệp" in str(failed.value) and "unable" not in str(failed.value)
    assert list(usb.iterdir()) == [], "the reserved name is given back"


def test_two_databases_with_one_name_keep_their_own_automatic_backups(tmp_path: Path, demo_file: Path) -> None:
    first, second = _odd_database(tmp_path, "Xã #1", demo_file), _odd_database(tmp_path, "Xã #2 50%", demo_file)
    with Workspace.open(first, ADMIN) as one, Workspace.open(second, ADMIN) as two:
        mine = [one.backups.automatic("khởi động") for _ in range(2)]
        theirs = two.backups.automatic("khởi động")
        for _ in range(12):  # more than keep_last: rotation of the second never deletes the first's copies
            two.backups.automatic("thoát")
        assert {b.path for b in one.backups.list()} == set(mine) and all(p.exists() for p in mine)
        assert theirs not in [b.path for b in one.backups.list()] and len(two.backups.list()) == 10
        assert one.backups.latest().path in mine

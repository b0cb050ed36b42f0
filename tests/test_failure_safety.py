"""Failure safety: a process killed at random moments never leaves a partial
change; a full disk and a read-only database give a clear Vietnamese message
and leave the database intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.errors import DatabaseError
from tnapp.services.people import COLUMNS
from tnapp.services.workspace import Workspace
from tnapp.storage.backup import connect_readonly

ADMIN = Actor("quan-tri", Role.ADMIN)
IMPORT_ROWS = 3

# The child: units, people, an update and a small Excel import in turn, each one
# transaction; a line is printed only after the commit has returned.
CHILD = r'''
import sys
from openpyxl import Workbook
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Gender, Role, UnitKind
from tnapp.services.people import COLUMNS, PersonInput
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace

path, i, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ws = Workspace.open(path, Actor("tien-trinh", Role.ADMIN))
upd = ws.units.by_code("UPD")
unit_id = upd.id
while True:
    op = i % 4
    if op == 0:
        ws.units.create(UnitInput(f"K{i}", f"Đơn vị thử {i}", UnitKind.VILLAGE))
        print(f"unit K{i}", flush=True)
    elif op == 1:
        ws.people.create(PersonInput("Người Thử", Gender.MALE, unit_id, birth_year=1960, position=f"p{i}"))
        print(f"person p{i}", flush=True)
    elif op == 2:
        current = ws.units.get(unit_id)
        ws.units.update(unit_id, UnitInput("UPD", f"Tên {i}", current.kind))
        print(f"update {i}", flush=True)
    else:
        book = Workbook()
        sheet = book.active
        sheet.title = "Danh sách"
        sheet.append(list(COLUMNS))
        for k in range({rows}):
            letters = "".join(chr(65 + int(d)) for d in str(i))  # names have no digits
            sheet.append([f"Người Nhập {letters}", "Nữ", 1970 + k, f"imp{i}-{k}", "UPD", None, None, None, None])
        file = f"{folder}/nhap-{i}.xlsx"
        book.save(file)
        done = ws.people.apply_import(ws.people.preview_import(__import__("pathlib").Path(file)))
        print(f"import imp{i} {done}", flush=True)
    i += 1
'''.replace("{rows}", str(IMPORT_ROWS))


def _check(path: Path, reported: list[str]) -> None:
    conn = connect_readonly(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        units = {code for (code,) in conn.execute("SELECT code FROM unit")}
        people = dict(conn.execute("SELECT id, position FROM person WHERE position IS NOT NULL"))
        audited = {(e, i) for e, i in conn.execute("SELECT entity, entity_id FROM audit_log WHERE action = 'insert'")}
        name = conn.execute("SELECT name FROM unit WHERE code = 'UPD'").fetchone()[0]
    finally:
        conn.close()
    positions = set(people.values())
    for line in reported:
        kind, key, *_ = line.split()
        if kind == "import":
            assert int(_[0]) == IMPORT_ROWS, line
        if kind == "unit":
            assert key in units, line
        elif kind == "person":
            assert key in positions, line
        elif kind == "import":
            assert sum(p.startswith(f"{key}-") for p in positions) == IMPORT_ROWS, line
    last_update = max((int(line.split()[1]) for line in reported if line.startswith("update")), default=-1)
    if last_update >= 0:
        assert int(name.split()[1]) >= last_update, "a committed update was lost"
    for person_id in people:  # every row has its audit row: no change without its trail
        assert ("person", person_id) in audited
    imports: dict[str, int] = {}
    for position in positions:
        if position.startswith("imp"):
            imports[position.split("-")[0]] = imports.get(position.split("-")[0], 0) + 1
    assert all(n == IMPORT_ROWS for n in imports.values()), f"half an import: {imports}"


@pytest.mark.slow
def test_killed_at_random_moments_nothing_committed_is_lost_nothing_is_half_done(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite"
    with Workspace.open(path, ADMIN) as ws:
        ws.commune.create("16075", "Thượng Ninh", "Thanh Hóa")
        from tnapp.domain.vocab import UnitKind
        from tnapp.services.units import UnitInput
        ws.units.create(UnitInput("UPD", "Tên -1", UnitKind.VILLAGE))
    rng = random.Random(20261126)
    reported: list[str] = []
    kills, start, deadline = 0, 0, time.monotonic() + 55
    while (len(reported) < 150 or kills < 25) and time.monotonic() < deadline:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(start), str(tmp_path)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.8, 1.8))  # start-up is ~0.6 s; then it commits every few ms
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        lines = out.splitlines()
        assert child.returncode == -signal.SIGKILL, err[-2000:]
        reported += lines
        kills += 1
        start += max(len(lines), 0) + 1000  # fresh keys: a killed, unreported commit never collides
        _check(path, reported)
    assert kills >= 25 and len(reported) >= 100, (kills, len(reported))
    print(f"{kills} kills, {len(reported)} committed import/save cycles checked")


def test_a_full_disk_is_a_clear_message_and_nothing_is_half_saved(sqlite_demo: Workspace, tmp_path: Path) -> None:
    ws = sqlite_demo
    before = len(ws.people.list())
    big = tmp_path / "nhieu.xlsx"
    from openpyxl import Workbook
    book = Workbook()
    book.active.title = "Danh sách"
    book.active.append(list(COLUMNS))
    for k in range(3000):
        book.active.append([f"Người Số {chr(65 + k % 26)}{chr(65 + k // 26 % 26)}", "Nam", 1980, f"vị trí {k}" * 5,
                            ws.units.list()[0].code, None, None, None, "ghi chú dài " * 20])
    book.save(big)
    preview = ws.people.preview_import(big)
    with ws.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    ws.engine.dispose()
    event.listen(ws.engine, "connect", lambda dbapi, _: dbapi.execute(f"PRAGMA max_page_count = {pages + 5}"))
    with pytest.raises(DatabaseError, match="Ổ đĩa .* đã đầy.*chưa được lưu"):
        ws.people.apply_import(preview)
    assert len(ws.people.list()) == before
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_read_only_database_is_a_clear_message(sqlite_demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from tnapp.domain.vocab import UnitKind
    from tnapp.services.units import UnitInput

    ws = sqlite_demo
    units = len(ws.units.list())
    ws.engine.dispose()
    event.listen(ws.engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA query_only = ON"))
    with pytest.raises(DatabaseError, match="chỉ đọc"):
        ws.units.create(UnitInput("MOI", "Đơn vị mới", UnitKind.VILLAGE))
    assert len(ws.units.list()) == units
    # A read-only folder (tests run as root, who may write anywhere: the check is simulated)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    with pytest.raises(DatabaseError, match="Không có quyền ghi"):
        Workspace.open(ws.location, ADMIN)

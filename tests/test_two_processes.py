"""Two (or more) PCs on one database, each a separate process with its own
connections (SQLite and PostgreSQL):

- both open a unit's report before anything is entered and type into the same
  empty cell (or the narrative) at once: one is saved, the other is told who
  saved first and when — never two "saved" with the second silently winning;
- several take document numbers inside another save at once: every save
  succeeds, with distinct consecutive numbers.
"""

from __future__ import annotations

import multiprocessing as mp
import re
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.vocab import DocumentKind, Role
from tnapp.errors import ConflictError, TNAppError
from tnapp.models import AuditEntry, DocumentNumber
from tnapp.models.base import UNSAVED
from tnapp.services.audit import record_action
from tnapp.services.documents import reserve_in
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace

SPAWN = mp.get_context("spawn")  # a fresh interpreter per PC, as on two machines
WAIT = 300  # seconds a PC may take at most: a hang fails the test instead of blocking it
SAVED_BY = re.compile(r"vừa được «(?P<who>[^»]+)» lưu trên máy khác lúc \d\d:\d\d ngày \d\d/\d\d/\d{4}")


def _pc(job: Callable, db_url: str, username: str, args: tuple, barrier, results) -> None:
    """One PC: open the database, wait for the others, run ``job``; report
    what the user would see (the result, or the error's message)."""
    ws = Workspace.open(db_url, Actor(username, Role.OFFICE))
    try:
        results.put((username, "ok", job(ws, barrier, *args)))
    except TNAppError as exc:
        results.put((username, type(exc).__name__, str(exc)))
    finally:
        ws.close()


def _run(job: Callable, db_url: str, usernames: list[str], *args: object) -> dict[str, tuple[str, object]]:
    barrier, results = SPAWN.Barrier(len(usernames)), SPAWN.Queue()
    pcs = [SPAWN.Process(target=_pc, args=(job, db_url, name, args, barrier, results)) for name in usernames]
    for pc in pcs:
        pc.start()
    outcome = {}
    for _ in pcs:
        name, kind, value = results.get(timeout=WAIT)
        outcome[name] = (kind, value)
    for pc in pcs:
        pc.join(timeout=WAIT)
        assert pc.exitcode == 0
    return outcome


def _type_into_empty_cell(ws: Workspace, barrier, unit_id: int, period: str, code: str) -> float:
    sheet = ws.unit_reports.open(unit_id, period)
    line = sheet.line(code)
    assert line.value is None and line.version == UNSAVED  # both PCs see the cell empty
    barrier.wait()  # both have the report open; now both press Enter
    mine = 100 + len(ws.actor.username)
    ws.unit_reports.save_value(sheet.key, line.indicator_id, mine, expected_version=line.version)
    return mine


def _type_narrative(ws: Workspace, barrier, unit_id: int, period: str) -> str:
    sheet = ws.unit_reports.open(unit_id, period)
    barrier.wait()
    text = f"Kết quả do {ws.actor.username} nhập"
    ws.unit_reports.save_narrative(sheet.key, text, None, None, expected_version=sheet.version)
    return text


def _take_numbers_inside_a_save(ws: Workspace, barrier, count: int) -> list[int]:
    """Like submitting a proposal: one transaction saves a record and takes
    the Tờ trình's number; ``count`` of them in a row, as fast as possible."""
    commune_id = ws.commune.current().id
    barrier.wait()
    taken = []
    for i in range(count):
        with ws.write(Permission.ISSUE_DOCUMENTS) as session:
            number = reserve_in(session, commune_id=commune_id, year=2026, kind=DocumentKind.SUBMISSION,
                                symbol="TTr-UBND", summary=f"Tờ trình {i} của {ws.actor.username}",
                                reserved_by=ws.actor.username)
            record_action(session, "submit", number, details={"lần": i})  # the rest of the save
            taken.append(number.seq)
    return taken


def _empty_report(ws: Workspace) -> ReportKey:
    """A unit's quarter report nobody has opened for entry yet."""
    for unit in ws.units.list():
        for period in ("2026-Q4", "2027-Q1"):
            sheet = ws.unit_reports.open(unit.id, period)
            if sheet.report_id is None and sheet.editable and sheet.lines:
                return sheet.key
    raise AssertionError("the demo has no empty report")


def _one_saved_one_told(outcome: dict[str, tuple[str, object]]) -> tuple[str, str]:
    kinds = sorted(kind for kind, _ in outcome.values())
    assert kinds == ["ConflictError", "ok"], outcome
    winner = next(name for name, (kind, _) in outcome.items() if kind == "ok")
    loser = next(name for name, (kind, _) in outcome.items() if kind != "ok")
    told = SAVED_BY.search(outcome[loser][1])
    assert told and told["who"] == winner, outcome[loser][1]
    return winner, loser


def test_two_pcs_typing_into_the_same_empty_cell_one_is_told_who_saved_first(demo_ws: Workspace,
                                                                             db_url: str) -> None:
    key = _empty_report(demo_ws)
    code = demo_ws.unit_reports.open(key.unit_id, key.period).lines[0].code
    outcome = _run(_type_into_empty_cell, db_url, ["may-mot", "may-hai-ba"], key.unit_id, key.period, code)
    winner, _ = _one_saved_one_told(outcome)
    assert demo_ws.unit_reports.open(key.unit_id, key.period).line(code).value == outcome[winner][1]


def test_two_pcs_writing_the_first_narrative_one_is_told_who_saved_first(demo_ws: Workspace,
                                                                         db_url: str) -> None:
    key = _empty_report(demo_ws)
    outcome = _run(_type_narrative, db_url, ["may-mot", "may-hai-ba"], key.unit_id, key.period)
    winner, _ = _one_saved_one_told(outcome)
    assert demo_ws.unit_reports.open(key.unit_id, key.period).results_text == outcome[winner][1]


def test_a_cell_saved_by_another_pc_after_opening_is_not_overwritten(demo_ws: Workspace, db_url: str) -> None:
    """The silent lost update: the second PC saves after the first, from a form showing the cell empty."""
    key = _empty_report(demo_ws)
    line = demo_ws.unit_reports.open(key.unit_id, key.period).lines[0]
    with Workspace.open(db_url, Actor("may-hai", Role.OFFICE)) as other:
        other.unit_reports.save_value(key, line.indicator_id, 7, expected_version=UNSAVED)
    with pytest.raises(ConflictError, match="«may-hai» lưu trên máy khác lúc"):
        demo_ws.unit_reports.save_value(key, line.indicator_id, 8, expected_version=line.version)
    assert demo_ws.unit_reports.open(key.unit_id, key.period).line(line.code).value == 7


PCS, EACH = 4, 10


def test_numbers_taken_inside_other_saves_by_several_pcs_are_distinct_and_consecutive(
        demo_ws: Workspace, db_url: str) -> None:
    series = (DocumentNumber.year == 2026, DocumentNumber.symbol == "TTr-UBND")
    with demo_ws.read() as session:
        last = session.scalar(select(func.max(DocumentNumber.seq)).where(*series)) or 0
    outcome = _run(_take_numbers_inside_a_save, db_url, [f"may-{i}" for i in range(PCS)], EACH)
    assert all(kind == "ok" for kind, _ in outcome.values()), outcome  # no save failed, no database text
    every = sorted(seq for _, taken in outcome.values() for seq in taken)
    assert every == list(range(last + 1, last + PCS * EACH + 1))
    with demo_ws.read() as session:
        numbers = session.scalars(select(DocumentNumber).where(*series, DocumentNumber.seq > last)).all()
        submitted = session.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action == "submit", AuditEntry.entity == DocumentNumber.__tablename__)).all()
    assert sorted(n.seq for n in numbers) == every
    assert sorted(submitted) == sorted(n.id for n in numbers)  # each number saved with the rest of its save

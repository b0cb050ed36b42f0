"""What a write changed is announced once it is committed (the views refresh
from it): the kinds of data it touched, nothing for a write that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.vocab import Role
from tnapp.errors import TNAppError
from tnapp.models import Base, UnitReport
from tnapp.services.changes import KIND_OF_TABLE, Data
from tnapp.services.workspace import Workspace


def test_every_table_holds_a_kind_of_data() -> None:
    assert set(Base.metadata.tables) == set(KIND_OF_TABLE)


def test_a_committed_write_announces_the_kinds_it_touched(demo_ws: Workspace) -> None:
    heard: list[frozenset[Data]] = []
    demo_ws.changes.subscribe(heard.append)
    report = next(s for s in demo_ws.reporting.status("2026-Q3") if s.state and s.state.value == "submitted")
    demo_ws.unit_reports.accept(report.report_id)
    assert heard == [{Data.REPORTS}]

    admin = Workspace.open(demo_ws.url, Actor("quan-tri", Role.ADMIN))
    admin.changes.subscribe(heard.append)
    admin.settings.set("base_salary", 2_340_000, dt.date(2026, 1, 1), basis="Nghị định 73/2024/NĐ-CP")
    admin.close()
    assert heard[-1] == {Data.SETTINGS}


def test_a_bulk_statement_is_announced_and_a_failed_write_is_not(demo_ws: Workspace) -> None:
    from sqlalchemy import update

    heard: list[frozenset[Data]] = []
    unsubscribe = demo_ws.changes.subscribe(heard.append)
    with pytest.raises(TNAppError), demo_ws.write(Permission.ACCEPT_REPORTS) as session:
        session.execute(update(UnitReport).values(results_text="x"))
        raise TNAppError("stop")  # rolled back: nothing changed, nothing said
    assert heard == []
    with demo_ws.write(Permission.ACCEPT_REPORTS) as session:
        session.execute(update(UnitReport).where(UnitReport.id == -1).values(results_text="x"))
    assert heard == [{Data.REPORTS}]
    unsubscribe()
    with demo_ws.write(Permission.ACCEPT_REPORTS) as session:
        session.execute(update(UnitReport).where(UnitReport.id == -1).values(results_text="y"))
    assert len(heard) == 1

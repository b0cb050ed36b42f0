"""What the overview asks the office to look at (ws.attention), on SQLite and PostgreSQL:
the overdue reports by period with the days late, the year's dossier deadline, and
the first year's checklist ticked from the data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from council_fixtures import ADMIN, submit_proposals
from tnapp.domain.periods import Period
from tnapp.services.attention import Step
from tnapp.services.workspace import Workspace

TODAY = dt.date(2026, 12, 6)


def test_overdue_reports_name_the_period_the_units_and_the_days_late(demo_ws: Workspace) -> None:
    overdue = demo_ws.attention.overdue_reports(TODAY)
    # the demo's quarters begin in 2025, its half-year and year reports in 2026: 2025's yearly report was not asked
    assert [(o.label, o.deadline, o.days_late, len(o.units)) for o in overdue] == [
        ("Quý III/2026", dt.date(2026, 10, 10), 57, 8), ("6 tháng đầu năm 2026", dt.date(2026, 7, 10), 149, 1)]
    assert "Phòng Kinh tế" in overdue[0].units and overdue[1].units == ("Trạm y tế xã Thượng Ninh",)
    sheet = demo_ws.unit_reports.open(demo_ws.units.by_code("PKT").id, "2026-Q3")
    demo_ws.unit_reports.submit(sheet.key)
    assert "Phòng Kinh tế" not in demo_ws.attention.overdue_reports(TODAY)[0].units
    assert len(demo_ws.attention.overdue_reports(TODAY)[0].units) == 7
    on_the_day = demo_ws.attention.overdue_reports(dt.date(2026, 10, 10))  # Quý III due today: not late yet
    assert [(o.period, o.days_late) for o in on_the_day] == [("2026-H1", 92)]


def test_the_overdue_list_reads_each_periods_deadline_in_force_at_its_end(admin_ws: Workspace) -> None:
    """The deadlines, read at once for every period, still follow the dated setting: 20 days for the
    quarters ending from 01/07/2026 on, the 10 days before it for Quý II."""
    admin_ws.settings.set("report_deadline_days.quarter", 20, dt.date(2026, 7, 1), basis="Công văn của UBND xã")
    assert admin_ws.reporting.deadline(Period.parse("2026-Q3")) == dt.date(2026, 10, 20)
    assert admin_ws.reporting.deadline(Period.parse("2026-Q2")) == dt.date(2026, 7, 10)
    overdue = {o.period: o for o in admin_ws.attention.overdue_reports(TODAY)}
    assert overdue["2026-Q3"].deadline == dt.date(2026, 10, 20) and overdue["2026-Q3"].days_late == 47
    assert "2026-Q3" not in {o.period for o in admin_ws.attention.overdue_reports(dt.date(2026, 10, 15))}


def test_the_dossier_deadline_shows_from_two_months_before_and_while_proposals_are_unfinished(
        demo_ws: Workspace, db_url: str) -> None:
    dossier = demo_ws.attention.dossier_deadline(TODAY)
    assert (dossier.year, dossier.deadline, dossier.days_left, dossier.proposals) == (2026, dt.date(2026, 12, 10), 4, 0)
    assert "UBND tỉnh" in dossier.basis
    assert demo_ws.attention.dossier_deadline(dt.date(2026, 9, 1)) is None  # too early to matter
    assert demo_ws.attention.dossier_deadline(dt.date(2026, 12, 20)) is None  # passed, nothing left to do
    submit_proposals(demo_ws, 2026, {"LDTT": ["Lê Văn An"]})
    late = demo_ws.attention.dossier_deadline(dt.date(2026, 12, 20))
    assert (late.days_left, late.proposals, late.unfinished) == (-10, 1, 1)
    with Workspace.open(db_url, ADMIN) as admin:  # the province moved the day
        admin.settings.set("year_end_dossier_deadline", "11-30", dt.date(2026, 1, 1), basis="Công văn của tỉnh")
    assert demo_ws.attention.dossier_deadline(TODAY).deadline == dt.date(2026, 11, 30)


def test_the_first_years_checklist_is_ticked_from_the_data(ws: Workspace, db_url: str) -> None:
    with Workspace.open(db_url, ADMIN) as admin:
        admin.commune.create("99999", "Xã Mới Lập", "Tỉnh Thử")
    checklist = ws.attention.checklist(TODAY)
    assert checklist.first_year and checklist.shown
    assert [s.step for s in checklist.steps if s.done] == [Step.COMMUNE]
    assert checklist.next_step is Step.UNITS


def forget_reports_before(ws: Workspace, year: int) -> None:
    """The demo as a commune whose first reports are of ``year`` (its earlier quarters were typed in as history)."""
    with ws.engine.begin() as connection:
        connection.execute(text("DELETE FROM unit_report WHERE year < :year"), {"year": year})


def test_the_demo_has_one_step_left_and_the_checklist_goes_once_done(demo_ws: Workspace) -> None:
    assert not demo_ws.attention.checklist(TODAY).shown  # the demo holds 2025's reports: not its first year
    forget_reports_before(demo_ws, 2026)
    checklist = demo_ws.attention.checklist(TODAY)
    assert checklist.first_year and checklist.shown and checklist.next_step is Step.REVIEW
    assert next(s for s in checklist.steps if s.step is Step.UNITS).count == 28
    submit_proposals(demo_ws, 2026, {"LDTT": ["Lê Văn An"]})
    assert not demo_ws.attention.checklist(TODAY).shown
    assert not demo_ws.attention.checklist(dt.date(2027, 3, 1)).first_year  # 2026 reports: not the first year

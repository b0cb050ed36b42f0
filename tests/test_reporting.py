"""Who must report which period, by when, and who is overdue."""

from __future__ import annotations

import datetime as dt

from tnapp.domain.periods import Period, due_text
from tnapp.domain.vocab import ReportState
from tnapp.services.workspace import Workspace


def test_deadlines_follow_the_setting_per_period_kind(demo_ws: Workspace) -> None:
    assert demo_ws.reporting.deadline(Period.parse("2026-Q3")) == dt.date(2026, 10, 10)
    assert demo_ws.reporting.deadline(Period.parse("2026-M03")) == dt.date(2026, 4, 5)
    assert demo_ws.reporting.deadline(Period.parse("2026")) == dt.date(2027, 1, 15)


def test_due_text_counts_days_left_or_overdue() -> None:
    deadline = dt.date(2026, 10, 10)
    assert due_text(deadline, dt.date(2026, 10, 7)) == "còn 3 ngày"
    assert due_text(deadline, deadline) == "hôm nay là hạn"
    assert due_text(deadline, dt.date(2026, 11, 26)) == "quá hạn 47 ngày"


def test_expected_units_and_overdue_reports_for_a_quarter(demo_ws: Workspace) -> None:
    rows = {r.unit_code: r for r in demo_ws.reporting.status("2026-Q3", today=dt.date(2026, 11, 26))}
    assert "VP" not in rows  # responsible for no quarterly indicator
    assert rows["T04"].state is None and rows["T04"].overdue and rows["T04"].due == "quá hạn 47 ngày"
    assert rows["T01"].state is ReportState.SUBMITTED and not rows["T01"].overdue and rows["T01"].due == ""
    early = {r.unit_code: r for r in demo_ws.reporting.status("2026-Q3", today=dt.date(2026, 10, 1))}
    assert not early["T04"].overdue and early["T04"].due == "còn 9 ngày"


def test_a_village_formed_mid_year_is_expected_only_from_then_on(demo_ws: Workspace) -> None:
    assert "T10" not in {r.unit_code for r in demo_ws.reporting.status("2026-Q2")}
    assert "T10" in {r.unit_code for r in demo_ws.reporting.status("2026-Q3")}

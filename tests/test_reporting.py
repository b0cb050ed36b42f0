"""Who must report which period, by when, and who is overdue."""

from __future__ import annotations

import datetime as dt

from tnapp.domain.periods import Period, due_text, periods_in_year
from tnapp.domain.vocab import PeriodKind, ReportState
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


def test_the_timeliness_tile_and_the_report_matrix_count_the_same_reports_split_by_deadline(
        demo_ws: Workspace) -> None:
    """Issue 16: the dashboard's "37/47 báo cáo năm 2026 gửi đúng hạn" and the report matrix's totals differ
    because the tile counts every kind of period, only those due before the day, while the matrix shows one
    kind at a time, every period of the year: the tile says so, and its figures are the matrix's due cells."""
    day = dt.date(2026, 11, 26)
    found = demo_ws.reporting.year_timeliness(2026, day)
    assert (found.on_time, found.expected, found.sent) == (37, 47, 38)
    assert dict(found.due) == {PeriodKind.QUARTER: 46, PeriodKind.HALF_YEAR: 1}
    assert dict(found.not_due) == {PeriodKind.QUARTER: 16, PeriodKind.HALF_YEAR: 1, PeriodKind.YEAR: 18}
    for kind in PeriodKind:
        matrix = demo_ws.unit_reports.overview([p.code for p in periods_in_year(2026, kind)], day)
        cells = [c for row in matrix.rows for c in row.cells if c is not None]
        assert sum(c.deadline < day for c in cells) == dict(found.due).get(kind, 0), kind
        assert sum(c.deadline >= day for c in cells) == dict(found.not_due).get(kind, 0), kind
    assert found.scope == ("Tính các báo cáo của năm 2026 đã đến hạn nộp trước ngày 26/11/2026: 46 báo cáo quý, "
                           "1 báo cáo 6 tháng. Chưa tính 16 báo cáo quý, 1 báo cáo 6 tháng, 18 báo cáo năm chưa "
                           "đến hạn; bảng tổng hợp báo cáo đơn vị có cả các kỳ này, mỗi lần một loại kỳ.")
    assert demo_ws.reporting.timeliness(2026, day) == list(found.units)
    early = demo_ws.reporting.year_timeliness(2026, dt.date(2026, 3, 1))
    assert early.scope.startswith("Chưa có báo cáo nào của năm 2026 đến hạn nộp trước ngày 01/03/2026.")

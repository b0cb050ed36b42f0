"""Data quality beyond the blocking checks: values far from the unit's own history
(warnings), follow-up marks the office clears with a reason, each value's
history from the audit trail, the changes since a reopen, and each unit's
reports sent and sent on time in a year."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tnapp.domain.outliers import expected_range, judge
from tnapp.domain.periods import Period
from tnapp.errors import ValidationError
from tnapp.models import AuditEntry
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace

Q3 = Period.parse("2026-Q3")


def unit(ws: Workspace, code: str) -> int:
    return ws.units.by_code(code).id


def indicator(ws: Workspace, code: str) -> int:
    return next(i.id for i in ws.indicators.list() if i.code == code)


def by_period(values: dict[str, float]) -> dict[Period, float]:
    return {Period.parse(code): value for code, value in values.items()}


def test_the_rule_flags_a_value_far_from_the_history_and_not_a_normal_one() -> None:
    history = {"2025-Q3": 14.0, "2025-Q4": 13.0, "2026-Q1": 13.0, "2026-Q2": 12.0}
    flagged = judge(Q3, by_period({**history, "2026-Q3": 36.0}), False, 3, 4, whole=True)
    assert flagged is not None and flagged.message.startswith("36 gấp 3 lần quý trước (12)")
    assert judge(Q3, by_period({**history, "2026-Q3": 11.0}), False, 3, 4, whole=True) is None
    low = judge(Q3, by_period({**history, "2026-Q3": 2.0}), False, 3, 4, whole=True)
    assert low is not None and low.message.startswith("2 chỉ bằng 17 % quý trước (12)")
    # Three past values when four are needed: not judged, however odd.
    assert judge(Q3, by_period({"2025-Q4": 13.0, "2026-Q1": 13.0, "2026-Q2": 12.0, "2026-Q3": 360.0}), False, 3, 4) is None
    assert expected_range([1.0, 2.0, 3.0], 3, 4) is None


def test_a_cumulative_indicator_is_judged_on_each_periods_own_figure() -> None:
    # Year-to-date grain: Q4 doubles the year-to-date, but its own harvest is like the earlier harvests.
    values = {"2025-Q1": 0.0, "2025-Q2": 500.0, "2025-Q3": 540.0, "2025-Q4": 1010.0, "2026-Q1": 0.0,
              "2026-Q2": 520.0, "2026-Q3": 560.0}
    assert judge(Q3, by_period(values), True, 3, 4) is None
    odd = judge(Q3, by_period({**values, "2026-Q3": 5200.0}), True, 3, 4)
    assert odd is not None and odd.figure == 4680.0 and odd.message.startswith("số phát sinh trong kỳ 4.680")


def test_the_demo_period_lists_its_odd_values_only(demo_ws: Workspace) -> None:
    rows = demo_ws.data_quality.outliers("2026-Q3")
    assert [(r.unit_code, r.indicator_code, r.value) for r in rows] == [("TTHCC", "VH10", 21.0), ("T02", "VH02", 36.0)]
    assert rows[1].message == "36 hộ gấp 2,8 lần quý trước (13 hộ); thường từ 9 hộ đến 22 hộ (theo 6 kỳ trước)"
    assert rows[0].message.startswith("21 % thấp hơn nhiều so với quý trước (68 %); thường từ 34,04 % đến")
    assert demo_ws.data_quality.outliers(["2026-Q1", "2026-Q2"]) == []


def test_the_latest_period_with_values_is_the_last_quarter_entered_not_the_one_due(demo_ws: Workspace) -> None:
    quality = demo_ws.data_quality
    assert quality.periods_with_values()[-3:] == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert quality.latest_period_with_values() == "2026-Q3"  # Quý IV is due in December, with nothing in it yet
    key = ReportKey(unit(demo_ws, "T01"), "2026-Q4")
    demo_ws.unit_reports.save_value(key, indicator(demo_ws, "VH02"), None, comment="Thôn chưa rà soát xong")  # no value
    assert quality.latest_period_with_values() == "2026-Q3"
    demo_ws.unit_reports.save_value(key, indicator(demo_ws, "VH02"), 12)
    assert quality.latest_period_with_values() == "2026-Q4"


def test_a_commune_with_no_values_has_no_latest_period(commune_ws: Workspace) -> None:
    assert commune_ws.data_quality.periods_with_values() == []
    assert commune_ws.data_quality.latest_period_with_values() is None


def test_a_short_history_is_not_judged_and_a_long_one_is(demo_ws: Workspace) -> None:
    poor = indicator(demo_ws, "VH02")
    for code in ("T01", "T10"):  # T01 reports since 2025; Tân Tiến joined in July 2026 (one quarter)
        demo_ws.unit_reports.save_value(ReportKey(unit(demo_ws, code), "2026-Q4"), poor, 60)
    flagged = [(r.unit_code, r.indicator_code) for r in demo_ws.data_quality.outliers("2026-Q4")]
    assert flagged == [("T01", "VH02")]


def test_a_follow_up_mark_is_listed_then_cleared_with_a_reason(demo_ws: Workspace) -> None:
    quality = demo_ws.data_quality
    assert [(m.unit_name, m.indicator_code, m.value) for m in quality.follow_ups("2026-Q3")] == [
        ("Thôn Tây Sơn", "VH02", 36.0)]  # the demo's own mark
    report = demo_ws.unit_reports.get(ReportKey(unit(demo_ws, "T01"), "2026-Q3"))
    with pytest.raises(ValidationError, match="Hãy ghi nội dung cần kiểm tra"):
        quality.mark(report.id, indicator(demo_ws, "VH03"), "  ")
    mark = quality.mark(report.id, indicator(demo_ws, "VH03"), "Số hộ tăng, đề nghị thôn gửi danh sách")
    assert (mark.marked_by, mark.value, mark.cleared_at) == ("can-bo-vp", 353.0, None)
    with pytest.raises(ValidationError, match="đã được đánh dấu cần kiểm tra"):
        quality.mark(report.id, indicator(demo_ws, "VH03"), "lần nữa")
    assert [m.id for m in quality.follow_ups()][-1] == mark.id
    with pytest.raises(ValidationError, match="Hãy ghi lý do bỏ đánh dấu"):
        quality.clear(mark.id, "")
    assert mark.id in [m.id for m in quality.follow_ups()]  # a refused clear changes nothing
    cleared = quality.clear(mark.id, "Thôn đã gửi danh sách, số đúng", expected_version=mark.version)
    assert cleared.clear_reason == "Thôn đã gửi danh sách, số đúng" and cleared.cleared_by == "can-bo-vp"
    assert mark.id not in [m.id for m in quality.follow_ups()]
    assert mark.id in [m.id for m in quality.follow_ups("2026-Q3", include_cleared=True)]
    with demo_ws.read() as session:
        trail = session.scalars(select(AuditEntry).where(AuditEntry.entity == "value_followup",
                                                         AuditEntry.entity_id == mark.id)
                                .order_by(AuditEntry.id)).all()
    assert [(e.action, e.reason) for e in trail] == [("insert", None), ("update", "Thôn đã gửi danh sách, số đúng")]
    assert trail[1].after["clear_reason"] == "Thôn đã gửi danh sách, số đúng"
    assert trail[0].unit_id == unit(demo_ws, "T01")


def test_a_values_history_after_two_edits(demo_ws: Workspace) -> None:
    key = ReportKey(unit(demo_ws, "T06"), "2026-Q3")  # a draft
    grain = indicator(demo_ws, "KT03")
    demo_ws.unit_reports.save_value(key, grain, 570)
    demo_ws.unit_reports.save_value(key, indicator(demo_ws, "VH02"), 8)  # another value: not in this history
    saved = demo_ws.unit_reports.save_value(key, grain, 575.5)
    history = demo_ws.data_quality.value_history(saved.report.id, grain)
    assert [(h.action, h.before, h.after) for h in history] == [
        ("insert", None, 567.6), ("update", 567.6, 570.0), ("update", 570.0, 575.5)]
    assert history[-1].username == "can-bo-vp" and history[-1].at.date() == dt.date.today()


def test_a_reopened_report_counts_the_values_changed_since_acceptance(demo_ws: Workspace) -> None:
    key = ReportKey(unit(demo_ws, "T01"), "2026-Q2")
    report = demo_ws.unit_reports.get(key)
    assert demo_ws.data_quality.changes_since_acceptance(report.id) is None
    demo_ws.unit_reports.reopen(key, "Thôn báo số hộ nghèo chưa đúng")
    assert demo_ws.data_quality.changes_since_acceptance(report.id) == 0
    demo_ws.unit_reports.save_value(key, indicator(demo_ws, "VH02"), 15)
    demo_ws.unit_reports.save_value(key, indicator(demo_ws, "VH03"), 355)
    demo_ws.unit_reports.save_value(key, indicator(demo_ws, "VH02"), 16)
    assert demo_ws.data_quality.changes_since_acceptance(report.id) == 2


def test_each_units_reports_due_sent_and_on_time_in_the_demo(demo_ws: Workspace) -> None:
    rows = {r.unit_name: (r.expected, r.sent, r.on_time)
            for r in demo_ws.reporting.timeliness(2026, dt.date(2026, 12, 6))}
    # By hand from db/seed/demo/reports.json: three quarters due; Tây Sơn's Q3 is a draft, Bắc Ninh sent none,
    # Nam Thượng sent Q2 twelve days after the quarter (the deadline is ten days), Tân Tiến joined in July,
    # the health station also owes its first half-year (nutrition figures).
    assert rows["Thôn Đông Hòa"] == (3, 3, 3)
    assert rows["Thôn Tây Sơn"] == (3, 2, 2)
    assert rows["Thôn Bắc Ninh"] == (3, 2, 2)
    assert rows["Thôn Nam Thượng"] == (3, 3, 2)
    assert rows["Thôn Tân Tiến"] == (1, 1, 1)
    assert rows["Trạm y tế xã Thượng Ninh"] == (4, 3, 3)
    assert "Ban Chỉ huy Quân sự xã" not in rows  # yearly only: the year's report is not due yet
    assert demo_ws.reporting.timeliness(2026, dt.date(2026, 4, 10)) == []  # Q1's deadline is that day


def test_the_cli_lists_the_periods_outliers_and_marks(sqlite_demo: Workspace,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from tnapp.cli import main

    assert main(["--db", sqlite_demo.location, "outliers", "2026-Q3"]) == 0
    out = capsys.readouterr().out
    assert "Số liệu bất thường Quý III/2026 (so với các kỳ trước của chính đơn vị; chỉ cảnh báo): 2" in out
    assert "36 hộ gấp 2,8 lần quý trước (13 hộ)" in out and "21 % thấp hơn nhiều so với quý trước (68 %)" in out
    assert "Số liệu đang chờ kiểm tra Quý III/2026: 1" in out and "rà soát lại danh sách hộ nghèo" in out

"""Entering a unit's report cell by cell: the lines a unit must fill, one small
audited transaction per saved cell, the narrative, the rules that block
submission, and a unit reporter kept to their own unit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import ReportState, Role
from tnapp.errors import ConflictError, PermissionDenied, ValidationError
from tnapp.models import AuditEntry
from tnapp.models.base import UNSAVED
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace


def unit(ws: Workspace, code: str) -> int:
    return ws.units.by_code(code).id


def audit_entries(ws: Workspace) -> list[AuditEntry]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_open_lists_the_lines_with_target_previous_year_to_date_and_value(demo_ws: Workspace) -> None:
    sheet = demo_ws.unit_reports.open(unit(demo_ws, "T06"), "2026-q3")
    assert sheet.key.period == "2026-Q3" and sheet.period_label == "Quý III/2026"
    assert sheet.state is ReportState.DRAFT and sheet.editable and sheet.unit_code == "T06"
    assert [line.code for line in sheet.lines] == ["KT03", "VH02", "VH03"]
    grain = sheet.line("KT03")
    assert (grain.target, grain.previous, grain.value, grain.year_to_date) == (9850, 518.0, 567.6, 567.6)
    assert grain.cumulative and grain.version == 1 and grain.warnings == ()
    assert sheet.results_text.startswith("Thôn hoàn thành")


def test_commune_only_indicators_go_to_their_lead_unit_and_the_baseline_is_last_year(demo_ws: Workspace) -> None:
    yearly = demo_ws.unit_reports.open(unit(demo_ws, "PKT"), "2026")
    growth = yearly.line("KT01")
    assert (growth.target, growth.previous, growth.value) == (12.0, 10.5, None)  # TH 2025 as the previous year
    assert yearly.state is None and yearly.report_id is None and yearly.editable
    assert "KT03" not in {line.code for line in yearly.lines}  # quarterly, and reported by the villages
    assert [line.code for line in demo_ws.unit_reports.open(unit(demo_ws, "PKT"), "2026-Q3").lines] == ["KT04", "KT09"]


def test_a_unit_target_wins_over_the_commune_target(demo_ws: Workspace) -> None:
    units = {u.code: u.id for u in demo_ws.units.list()}
    grain = demo_ws.indicators.by_code("KT03")
    demo_ws.indicators.update(grain.id, replace(grain.as_input(units), unit_targets={units["T06"]: {2026: 1100}}))
    assert demo_ws.unit_reports.open(units["T06"], "2026-Q3").line("KT03").target == 1100
    assert demo_ws.unit_reports.open(units["T05"], "2026-Q3").line("KT03").target == 9850


def test_the_first_value_makes_the_draft_and_each_cell_is_one_audited_transaction(demo_ws: Workspace) -> None:
    t04 = unit(demo_ws, "T04")
    sheet = demo_ws.unit_reports.open(t04, "2026-Q3")
    assert sheet.report_id is None
    before = len(audit_entries(demo_ws))
    saved = demo_ws.unit_reports.save_value(sheet, sheet.line("VH03").indicator_id, 455, "tăng 2 hộ")
    assert saved.changed and saved.report.state is ReportState.DRAFT
    assert (saved.line.value, saved.line.comment, saved.line.version) == (455, "tăng 2 hộ", 1)
    entries = audit_entries(demo_ws)[before:]
    assert [(e.action, e.entity) for e in entries] == [("insert", "unit_report"), ("insert", "report_value")]

    again = demo_ws.unit_reports.save_value(ReportKey(t04, "2026-Q3"), saved.line.indicator_id, 455, "tăng 2 hộ")
    assert not again.changed and len(audit_entries(demo_ws)) == before + 2
    third = demo_ws.unit_reports.save_value(sheet, saved.line.indicator_id, 456, "tăng 2 hộ",
                                            expected_version=saved.line.version)
    assert third.line.version == 2 and audit_entries(demo_ws)[-1].before == {"value": 455.0}
    assert demo_ws.unit_reports.values(t04, "2026-Q3") == {"VH03": 456}


def test_a_stale_cell_is_refused_and_an_empty_cell_is_cleared(demo_ws: Workspace) -> None:
    sheet = demo_ws.unit_reports.open(unit(demo_ws, "T06"), "2026-Q3")
    poor = sheet.line("VH02")
    demo_ws.unit_reports.save_value(sheet, poor.indicator_id, 6, expected_version=poor.version)
    with pytest.raises(ConflictError, match="vừa được"):
        demo_ws.unit_reports.save_value(sheet, poor.indicator_id, 5, expected_version=poor.version)
    cleared = demo_ws.unit_reports.save_value(sheet, poor.indicator_id, None)
    assert cleared.changed and cleared.line.value is None and cleared.line.version == UNSAVED
    assert "VH02" not in demo_ws.unit_reports.values(unit(demo_ws, "T06"), "2026-Q3")


def test_impossible_values_are_kept_in_the_draft_with_warnings(demo_ws: Workspace) -> None:
    sheet = demo_ws.unit_reports.open(unit(demo_ws, "T06"), "2026-Q3")
    checked = demo_ws.unit_reports.check_value(sheet.line("VH02"), "-2")
    assert checked.ok and checked.value == -2 and checked.impossible
    saved = demo_ws.unit_reports.save_value(sheet, sheet.line("VH02").indicator_id, checked.value)
    assert saved.line.value == -2 and saved.line.warnings == ("số đếm không thể âm (-2)",)
    assert demo_ws.unit_reports.submission_problems(sheet) == ["VH02: số đếm không thể âm (-2)"]
    with pytest.raises(ValidationError, match="số đếm không thể âm"):
        demo_ws.unit_reports.submit(sheet)
    by_id = demo_ws.unit_reports.check_value(sheet.line("VH02").indicator_id, "abc")
    assert by_id.error == "«abc» không phải là số"


def test_rule_violations_block_submission(demo_ws: Workspace) -> None:
    sheet = demo_ws.unit_reports.open(unit(demo_ws, "T06"), "2026-Q3")
    demo_ws.unit_reports.save_value(sheet, sheet.line("VH02").indicator_id, 400)
    violations = demo_ws.unit_reports.rule_violations(sheet)
    assert [str(v) for v in violations] == [
        "Số hộ nghèo không thể lớn hơn tổng số hộ (VH02 = 400 phải ≤ VH03 = 380)"]
    with pytest.raises(ValidationError, match="Chưa gửi được báo cáo 2026-Q3 của «Thôn Phú Lộc»"):
        demo_ws.unit_reports.submit(sheet)
    assert demo_ws.unit_reports.get(sheet).state is ReportState.DRAFT
    demo_ws.unit_reports.save_value(sheet, sheet.line("VH02").indicator_id, 7)
    assert demo_ws.unit_reports.rule_violations(sheet) == []
    assert demo_ws.unit_reports.submit(sheet).state is ReportState.SUBMITTED


def test_the_narrative_is_saved_with_its_version(demo_ws: Workspace) -> None:
    t04 = unit(demo_ws, "T04")
    info = demo_ws.unit_reports.save_narrative(ReportKey(t04, "2026-Q3"), "Thu hoạch xong vụ mùa.", None, "  ")
    sheet = demo_ws.unit_reports.open(t04, "2026-Q3")
    assert (sheet.results_text, sheet.difficulties_text, sheet.proposals_text) == ("Thu hoạch xong vụ mùa.", None,
                                                                                   None)
    demo_ws.unit_reports.save_narrative(sheet, "Khác", None, None, expected_version=info.version)
    with pytest.raises(ConflictError):
        demo_ws.unit_reports.save_narrative(sheet, "Cũ", None, None, expected_version=info.version)


def test_values_of_a_submitted_or_accepted_report_cannot_be_edited(demo_ws: Workspace) -> None:
    submitted = demo_ws.unit_reports.open(unit(demo_ws, "T01"), "2026-Q3")
    accepted = demo_ws.unit_reports.open(unit(demo_ws, "T01"), "2026-Q2")
    assert not submitted.editable and not accepted.editable
    with pytest.raises(ValidationError, match="«Đã gửi», không sửa được"):
        demo_ws.unit_reports.save_value(submitted, submitted.line("VH02").indicator_id, 1)
    with pytest.raises(ValidationError, match="«Đã duyệt», không sửa được"):
        demo_ws.unit_reports.save_narrative(accepted, "sửa", None, None)


def test_an_indicator_outside_the_report_and_a_unit_not_yet_formed_are_refused(demo_ws: Workspace) -> None:
    sheet = demo_ws.unit_reports.open(unit(demo_ws, "T06"), "2026-Q3")
    with pytest.raises(ValidationError, match="không thuộc báo cáo"):
        demo_ws.unit_reports.save_value(sheet, demo_ws.indicators.by_code("KT01").id, 12)
    t10 = unit(demo_ws, "T10")
    with pytest.raises(ValidationError, match="không hoạt động trong Quý II/2026"):
        demo_ws.unit_reports.save_value(ReportKey(t10, "2026-Q2"), demo_ws.indicators.by_code("VH02").id, 3)


def test_a_unit_reporter_enters_only_their_own_unit(demo_ws: Workspace, db_url: str) -> None:
    t06, t05 = unit(demo_ws, "T06"), unit(demo_ws, "T05")
    poor = demo_ws.indicators.by_code("VH02").id
    reporter = Workspace.open(db_url, Actor("thon-phu-loc", Role.UNIT_REPORTER, t06))
    try:
        assert reporter.unit_reports.save_value(ReportKey(t06, "2026-Q3"), poor, 6).changed
        before = demo_ws.unit_reports.values(t05, "2026-Q3")
        with pytest.raises(PermissionDenied, match="chỉ được nhập báo cáo của đơn vị mình"):
            reporter.unit_reports.save_value(ReportKey(t05, "2026-Q4"), poor, 6)
        with pytest.raises(PermissionDenied):
            reporter.unit_reports.save_narrative(ReportKey(t05, "2026-Q3"), "x", None, None)
        assert demo_ws.unit_reports.values(t05, "2026-Q3") == before
        assert audit_entries(demo_ws)[-1].username == "thon-phu-loc"
    finally:
        reporter.close()


def test_a_cumulative_value_lower_than_the_previous_quarter_is_flagged_and_still_saved(demo_ws: Workspace) -> None:
    t04 = unit(demo_ws, "T04")
    sheet = demo_ws.unit_reports.open(t04, "2026-Q3")
    grain = sheet.line("KT03")  # lũy kế: Q2 reported 484,5 so far this year
    assert grain.cumulative and grain.earlier_in_year == 484.5
    typed = demo_ws.unit_reports.check_value(grain, "5")
    assert typed.ok and [w.code for w in typed.warnings] == ["below_year_to_date"]
    saved = demo_ws.unit_reports.save_value(ReportKey(t04, "2026-Q3"), grain.indicator_id, 5.0)
    assert saved.line.value == 5.0 and saved.line.year_to_date == 5.0  # kept: a warning, not a block
    assert "thấp hơn số lũy kế kỳ trước (484,5" in saved.line.below_year_to_date
    assert any("lũy kế" in w for w in saved.line.warnings)
    assert demo_ws.unit_reports.submission_problems(ReportKey(t04, "2026-Q3")) == []
    assert demo_ws.unit_reports.check_value(grain, "500").warnings == ()
    q1 = demo_ws.unit_reports.open(t04, "2026-Q1").line("KT03")
    assert q1.earlier_in_year is None  # the year's first quarter starts the count again

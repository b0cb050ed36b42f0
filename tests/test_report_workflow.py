"""The report's life: draft → submitted → accepted (locked) or returned with a
reason; returned → submitted again; accepted → reopened only by someone allowed
to accept reports, the reason audited. And the units × periods overview."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tnapp.domain import report_workflow as workflow
from tnapp.domain.permissions import Actor
from tnapp.domain.report_workflow import Transition
from tnapp.domain.vocab import ReportState, Role
from tnapp.errors import ConflictError, PermissionDenied, ValidationError
from tnapp.models import AuditEntry
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace

DRAFT, SUBMITTED, ACCEPTED, RETURNED = (ReportState.DRAFT, ReportState.SUBMITTED, ReportState.ACCEPTED,
                                        ReportState.RETURNED)


@pytest.mark.parametrize(("state", "transition", "target"), [
    (DRAFT, Transition.SUBMIT, SUBMITTED),
    (RETURNED, Transition.SUBMIT, SUBMITTED),
    (SUBMITTED, Transition.ACCEPT, ACCEPTED),
    (SUBMITTED, Transition.RETURN, RETURNED),
    (ACCEPTED, Transition.REOPEN, RETURNED),
])
def test_allowed_transitions(state: ReportState, transition: Transition, target: ReportState) -> None:
    assert workflow.next_state(state, transition, "lý do") is target
    assert transition in workflow.available(state)


@pytest.mark.parametrize(("state", "transition"), [
    (None, Transition.SUBMIT), (DRAFT, Transition.ACCEPT), (DRAFT, Transition.RETURN), (SUBMITTED, Transition.SUBMIT),
    (ACCEPTED, Transition.SUBMIT), (ACCEPTED, Transition.RETURN), (RETURNED, Transition.ACCEPT),
    (SUBMITTED, Transition.REOPEN),
])
def test_refused_transitions_say_why(state: ReportState | None, transition: Transition) -> None:
    with pytest.raises(ValidationError, match=f"Không thể {transition.label.lower()}"):
        workflow.next_state(state, transition, "lý do")


def test_returning_and_reopening_need_a_reason_and_only_drafts_are_editable() -> None:
    for transition in (Transition.RETURN, Transition.REOPEN):
        source = next(iter(workflow.STEPS[transition].source))
        with pytest.raises(ValidationError, match="Hãy ghi lý do"):
            workflow.next_state(source, transition, "  ")
    assert [s for s in ReportState if workflow.can_edit(s)] == [DRAFT, RETURNED] and workflow.can_edit(None)


def open_as(db_url: str, role: Role, unit_id: int | None = None, name: str = "nguoi-dung") -> Workspace:
    return Workspace.open(db_url, Actor(name, role, unit_id))


def test_the_whole_cycle_with_roles_and_the_reopen_reason_audited(demo_ws: Workspace, db_url: str) -> None:
    t06 = demo_ws.units.by_code("T06").id
    key = ReportKey(t06, "2026-Q3")
    reporter = open_as(db_url, Role.UNIT_REPORTER, t06, "thon-phu-loc")
    other_reporter = open_as(db_url, Role.UNIT_REPORTER, demo_ws.units.by_code("T05").id)
    leader = open_as(db_url, Role.LEADERSHIP, name="chu-tich")
    try:
        with pytest.raises(PermissionDenied, match="đơn vị mình"):
            other_reporter.unit_reports.submit(key)
        submitted = reporter.unit_reports.submit(key)
        assert (submitted.state, submitted.submitted_by) == (SUBMITTED, "thon-phu-loc")
        with pytest.raises(PermissionDenied):
            reporter.unit_reports.accept(key)

        returned = demo_ws.unit_reports.return_report(submitted.id, "Số hộ nghèo chưa khớp danh sách")
        assert returned.state is RETURNED and returned.return_reason == "Số hộ nghèo chưa khớp danh sách"
        sheet = reporter.unit_reports.open(t06, "2026-Q3")
        assert sheet.editable and sheet.return_reason == "Số hộ nghèo chưa khớp danh sách"
        reporter.unit_reports.save_value(sheet, sheet.line("VH02").indicator_id, 6)
        again = reporter.unit_reports.submit(sheet)
        assert again.state is SUBMITTED and again.return_reason is None

        accepted = leader.unit_reports.accept(key, expected_version=again.version)
        assert (accepted.state, accepted.accepted_by) == (ACCEPTED, "chu-tich")
        with pytest.raises(ValidationError, match="không sửa được"):
            reporter.unit_reports.save_value(key, sheet.line("VH02").indicator_id, 5)
        with pytest.raises(PermissionDenied):
            reporter.unit_reports.reopen(key, "muốn sửa")
        with pytest.raises(ValidationError, match="Hãy ghi lý do"):
            leader.unit_reports.reopen(key, "")

        reopened = leader.unit_reports.reopen(key, "Thôn báo nhầm số hộ nghèo, cần sửa")
        assert reopened.state is RETURNED and reopened.accepted_by is None
        with demo_ws.read() as session:
            action = session.scalars(select(AuditEntry).where(AuditEntry.action == "reopen")).one()
        assert (action.username, action.reason, action.entity_id) == (
            "chu-tich", "Thôn báo nhầm số hộ nghèo, cần sửa", reopened.id)
        assert reporter.unit_reports.save_value(key, sheet.line("VH02").indicator_id, 5).changed
    finally:
        for ws in (reporter, other_reporter, leader):
            ws.close()


def test_a_stale_transition_and_one_without_a_report_are_refused(demo_ws: Workspace) -> None:
    t06 = demo_ws.units.by_code("T06").id
    info = demo_ws.unit_reports.get(ReportKey(t06, "2026-Q3"))
    demo_ws.unit_reports.save_narrative(ReportKey(t06, "2026-Q3"), "mới", None, None)
    with pytest.raises(ConflictError):
        demo_ws.unit_reports.submit(info.id, expected_version=info.version)
    with pytest.raises(ValidationError, match="chưa nhập báo cáo này"):
        demo_ws.unit_reports.submit(ReportKey(demo_ws.units.by_code("T04").id, "2026-Q3"))


def test_the_overview_matrix_shows_state_and_overdue_per_unit_and_period(demo_ws: Workspace) -> None:
    matrix = demo_ws.unit_reports.overview(["2026-Q1", "2026-Q2", "2026-Q3"], today=dt.date(2026, 11, 26))
    assert matrix.periods == ("2026-Q1", "2026-Q2", "2026-Q3")
    rows = {row.unit.code: row.cells for row in matrix.rows}
    assert "VP" not in rows  # reports nothing quarterly
    assert [c.state for c in rows["T01"]] == [ACCEPTED, ACCEPTED, SUBMITTED]
    t04 = rows["T04"][2]
    assert t04.state is None and t04.overdue and t04.due == "quá hạn 47 ngày"
    assert rows["T10"][0] is None and rows["T10"][2].state is SUBMITTED  # the village formed in Q3
    assert [r.unit.code for r in matrix.rows][:3] == ["DU", "PKT", "PVHXH"]

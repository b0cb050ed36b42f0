"""The change log is readable and append-only (SQLite and PostgreSQL): after a
full demo workflow every entry names its fields in Vietnamese, a related
record by its name and number, years as years and dates as dd/mm/yyyy —
never an object's text or a raw field name; on PostgreSQL the database
itself refuses to change or delete an entry."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from council_fixtures import ADMIN, SECRETARY, add_council, open_meeting, submit_proposals
from test_proposals_service import pick, walk_to_dossier
from tnapp.domain.eligibility import VerdictKind
from tnapp.domain.emulation_rules import NomineeType
from tnapp.domain.vocab import DocumentKind
from tnapp import i18n
from tnapp.models import AuditEntry, Base
from tnapp.models.base import Audited
from tnapp.models.labels import field_label, is_year
from tnapp.services.audit_log import AuditFilters, describe_change, entity_labels, field_changes
from tnapp.services.council import TallyInput
from tnapp.services.unit_reports import ReportKey
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace

OBJECT_TEXT = re.compile(r"object at 0x|<[\w.]+ object")
RAW_NAME = re.compile(r"^[a-z]+(_[a-z]+)+$|^[a-z]+$")  # item_id, agree, wizard_step
BOOKKEEPING = {"id", "version", "created_at", "updated_at", "updated_by"}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif value is not None:
        yield str(value)


def test_every_audited_column_has_a_vietnamese_label() -> None:
    unlabelled = [f"{m.local_table.name}.{c.key}" for m in Base.registry.mappers if issubclass(m.class_, Audited)
                  for c in m.local_table.columns
                  if c.key not in BOOKKEEPING and field_label(m.local_table.name, c.key) == c.key]
    assert unlabelled == []


def _workflow(ws: Workspace, db_url: str) -> None:
    """Create and submit a proposal, vote on one at a council meeting, edit records."""
    people = pick(ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 1)
    state = walk_to_dossier(ws, people)
    ws.proposals.submit(state.proposal_id, state.version)
    with Workspace.open(db_url, SECRETARY) as sec:
        submit_proposals(sec, 2026, {"LDTT": ["Lê Văn An"]})
        meeting = open_meeting(sec, add_council(sec, 5))
        sec.council.record_tally(sec.council.agenda(meeting)[0].id, TallyInput(4, 1))
    unit = ws.units.list()[0]
    ws.units.update(unit.id, UnitInput(unit.code, unit.name + " (sửa)", unit.kind, unit.parent_id, unit.short_name,
                                       unit.sort_order, active_from=dt.date(2026, 1, 15)))
    sheet = ws.unit_reports.open(ws.units.by_code("T06").id, "2026-Q3")
    ws.unit_reports.save_value(ReportKey(sheet.key.unit_id, "2026-Q3"), sheet.lines[0].indicator_id, 1234.5)
    number = ws.documents.reserve(DocumentKind.NOTICE, "Thông báo thử", year=2026)
    ws.documents.cancel(number.id, "Lấy nhầm số")


def test_a_full_workflow_logs_only_readable_labels_and_values(demo_ws: Workspace, db_url: str) -> None:
    _workflow(demo_ws, db_url)
    with demo_ws.read() as session:
        stored = session.query(AuditEntry).all()
    assert len(stored) > 100
    for entry in stored:  # what the log keeps, as a raw dump would show it
        for value in (entry.label, *_strings(entry.before), *_strings(entry.after)):
            assert not OBJECT_TEXT.search(value), (entry.entity, entry.action, value)
    with Workspace.open(db_url, ADMIN) as admin:
        rows = admin.audit.search(AuditFilters(limit=100_000))
    assert len(rows) == len(stored)
    for row in rows:  # what the viewer and the Excel export show
        assert not OBJECT_TEXT.search(row.label or "") and not OBJECT_TEXT.search(row.diff_text), row
        for change in row.changes:
            assert not RAW_NAME.match(change.label), (row.entity, change.field, change.label)
        assert not re.search(r"\d{4}-\d\d-\d\d", row.diff_text), row.diff_text  # dates are dd/mm/yyyy
        for change in row.changes:
            if is_year(change.field):
                assert re.search(rf"{change.label}: [^;]*\b\d{{4}}\b", row.diff_text), row.diff_text  # never 2.026
    proposal = next(r for r in rows if r.entity == "proposal" and r.action == "insert" and r.username == "can-bo-vp")
    assert proposal.label == "Lao động tiên tiến"
    assert re.search(r"Danh hiệu, hình thức khen: «Lao động tiên tiến \(#\d+\)»", proposal.diff_text)
    assert re.search(r"Năm: 2025\b", proposal.diff_text)
    assert "Bước đang làm: «Hồ sơ đề nghị» → «Đã trình Hội đồng»" in {r.diff_text for r in rows}
    tally = next(r for r in rows if r.entity == "tally")
    assert tally.label == "Vòng 1 · Mục 1: Lê Văn An"
    assert "Số phiếu đồng ý: 4" in tally.diff_text and "Nội dung phiên họp: «Mục 1: Lê Văn An (#" in tally.diff_text
    edited = next(r for r in rows if r.entity == "unit" and r.action == "update")
    assert "Hoạt động từ: ∅ → 15/01/2026" in edited.diff_text


def test_postgresql_refuses_to_change_or_delete_an_audit_entry(demo_ws: Workspace, db_url: str) -> None:
    if db_url.endswith(".sqlite"):
        pytest.skip("the trigger is PostgreSQL's (migration 0009); an SQLite file is its holder's to change")
    engine = create_engine(db_url)
    try:
        count_all = text("SELECT count(*) FROM audit_log")
        with engine.connect() as conn:
            count = conn.execute(count_all).scalar_one()
        for statement in ("UPDATE audit_log SET username = 'ke-gian'", "DELETE FROM audit_log WHERE id > 0",
                          "TRUNCATE audit_log"):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
        with engine.connect() as conn:
            assert conn.execute(count_all).scalar_one() == count
            assert conn.execute(text("SELECT count(*) FROM audit_log WHERE username = 'ke-gian'")).scalar_one() == 0
    finally:
        engine.dispose()
    demo_ws.units.update(demo_ws.units.list()[0].id, UnitInput("X1", "Vẫn ghi được", demo_ws.units.list()[0].kind))
    with demo_ws.read() as session:
        assert session.query(AuditEntry).count() > count  # inserting still works


def test_in_english_the_log_names_fields_actions_and_coded_values_in_english(demo_ws: Workspace, db_url: str,
                                                                            english: None) -> None:
    """What changed reads in English (the names and titles that are data stay as they were written)."""
    unit = demo_ws.units.list()[0]
    demo_ws.units.update(unit.id, UnitInput(unit.code, unit.name + " (sửa)", unit.kind, unit.parent_id,
                                            unit.short_name, unit.sort_order, active_from=dt.date(2026, 1, 15)))
    admin = Workspace.open(db_url, ADMIN)
    edited = admin.audit.search(AuditFilters(entity="unit", entity_id=unit.id, limit=1))[0]
    assert (edited.action_label, edited.entity_label) == ("Edited", "Unit")
    assert "Active from: ∅ → 15/01/2026" in edited.diff_text
    assert f"Name: «{unit.name}» → «{unit.name} (sửa)»" in edited.diff_text
    step = "; ".join(describe_change(c, "update") for c in field_changes(
        "proposal", {"wizard_step": "dossier", "draft": "(bản trước)"}, {"wizard_step": "submitted",
                                                                         "draft": "(bản mới)"}))
    assert step == ("Current step: «Proposal dossier» → «Submitted to Council»; "
                    "Proposal draft: (earlier version) → (new version)")
    rule = "; ".join(describe_change(c, "insert") for c in field_changes(
        "tally", None, {"threshold_base": "present", "approved": True}))
    assert rule == "Percentage base: «members present»; Approved: yes"
    assert entity_labels()["award_record"] == "Award"
    i18n.set_language("vi")
    assert admin.audit.search(AuditFilters(entity="unit", entity_id=unit.id, limit=1))[0].diff_text.startswith(
        "Tên: «")
    admin.close()

"""The document register: numbers per kind and year, never reused, never
duplicated — also with two PCs (here two threads, each with its own
connection pool) taking numbers at the same time, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import DocumentKind, NumberState, Role
from tnapp.errors import PermissionDenied, ValidationError
from tnapp.models import AuditEntry
from tnapp.services.workspace import Workspace

PER_PC = 50


@pytest.fixture
def office(db_url: str) -> Iterator[Workspace]:
    """A commune with nothing else, acting as office staff."""
    admin = Workspace.open(db_url, Actor("quan-tri", Role.ADMIN))
    admin.commune.create("TN", "Thượng Ninh", "Thanh Hóa")
    admin.close()
    ws = Workspace.open(db_url, Actor("can-bo-vp", Role.OFFICE))
    yield ws
    ws.close()


def test_numbers_follow_each_other_per_kind_and_year(office: Workspace) -> None:
    docs = office.documents
    a = docs.reserve(DocumentKind.SUBMISSION, "Tờ trình đề nghị khen thưởng", year=2026)
    b = docs.reserve(DocumentKind.SUBMISSION, "Tờ trình thứ hai", year=2026)
    c = docs.reserve(DocumentKind.DECISION, "Quyết định khen thưởng", year=2026)
    d = docs.reserve(DocumentKind.SUBMISSION, "Tờ trình năm sau", year=2027)
    m = docs.reserve(DocumentKind.MINUTES, "Biên bản họp Hội đồng", year=2026, council=True)
    assert (a.seq, b.seq, c.seq, d.seq, m.seq) == (1, 2, 1, 1, 1)
    assert (a.number, c.number, m.number) == ("01/TTr-UBND", "01/QĐ-UBND", "01/BB-HĐTĐKT")
    assert docs.reserve(DocumentKind.REPORT, "Báo cáo", year=2026).symbol == "BC-UBND"
    assert [(r.kind, r.seq) for r in docs.register(2026)] == [
        (DocumentKind.SUBMISSION, 1), (DocumentKind.SUBMISSION, 2), (DocumentKind.REPORT, 1),
        (DocumentKind.MINUTES, 1), (DocumentKind.DECISION, 1)]
    assert [r.seq for r in docs.register(2026, DocumentKind.SUBMISSION)] == [1, 2]
    assert all(r.reserved_by == "can-bo-vp" for r in docs.register(2026))


def test_cancelled_numbers_stay_cancelled_and_are_not_reused(office: Workspace) -> None:
    docs = office.documents
    first = docs.reserve(DocumentKind.DECISION, "Quyết định bị hủy", year=2026)
    with pytest.raises(ValidationError, match="lý do"):
        docs.cancel(first.id, "  ")
    cancelled = docs.cancel(first.id, "Soạn sai nội dung")
    assert cancelled.state is NumberState.CANCELLED
    assert docs.reserve(DocumentKind.DECISION, "Quyết định mới", year=2026).seq == 2
    listed = docs.register(2026)
    assert [(r.seq, r.state, r.note) for r in listed] == [
        (1, NumberState.CANCELLED, "Soạn sai nội dung"), (2, NumberState.RESERVED, None)]
    with pytest.raises(ValidationError, match="đã bị hủy"):
        docs.mark_issued(first.id)
    with pytest.raises(ValidationError, match="đã bị hủy trước đó"):
        docs.cancel(first.id, "lần nữa")


def test_a_used_number_is_refused_with_a_clear_message(office: Workspace) -> None:
    docs = office.documents
    docs.record(DocumentKind.SUBMISSION, 12, "Tờ trình ghi tay trong sổ", year=2026)
    with pytest.raises(ValidationError) as refused:
        docs.record(DocumentKind.SUBMISSION, 12, "Tờ trình khác", year=2026)
    message = str(refused.value)
    assert "Số 12/TTr-UBND năm 2026 đã được dùng" in message and "Tờ trình ghi tay trong sổ" in message
    cancelled = docs.record(DocumentKind.SUBMISSION, 3, "Số bị hủy", year=2026)
    docs.cancel(cancelled.id, "Nhầm số")
    with pytest.raises(ValidationError, match="số đã hủy cũng không dùng lại"):
        docs.record(DocumentKind.SUBMISSION, 3, "Dùng lại số đã hủy", year=2026)
    assert docs.reserve(DocumentKind.SUBMISSION, "Tiếp theo", year=2026).seq == 13


def test_issue_once_and_not_after_issue_cancel(office: Workspace) -> None:
    import datetime as dt
    docs = office.documents
    number = docs.reserve(DocumentKind.REPORT, "Báo cáo sơ kết", year=2026)
    issued = docs.mark_issued(number.id, dt.date(2026, 7, 15))
    assert issued.state is NumberState.ISSUED and issued.issued_on == dt.date(2026, 7, 15)
    with pytest.raises(ValidationError, match="đã được ghi là ban hành ngày 15/07/2026"):
        docs.mark_issued(number.id)
    with pytest.raises(ValidationError, match="đã ban hành, không hủy được"):
        docs.cancel(number.id, "muộn")


def test_every_register_write_is_audited_and_needs_the_permission(office: Workspace, db_url: str) -> None:
    number = office.documents.reserve(DocumentKind.NOTICE, "Thông báo", year=2026)
    office.documents.cancel(number.id, "Không ban hành nữa")
    with office.read() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.username, AuditEntry.reason).where(
            AuditEntry.entity == "document_number").order_by(AuditEntry.id)).all()
    assert [tuple(r) for r in rows] == [("insert", "can-bo-vp", None), ("update", "can-bo-vp", "Không ban hành nữa")]
    reporter = Workspace.open(db_url, Actor("bao-cao-thon", Role.UNIT_REPORTER))
    try:
        with pytest.raises(PermissionDenied, match="lấy số văn bản"):
            reporter.documents.reserve(DocumentKind.NOTICE, "Không được lấy số", year=2026)
    finally:
        reporter.close()


def test_summary_is_required_and_bounded(office: Workspace) -> None:
    with pytest.raises(ValidationError, match="Trích yếu"):
        office.documents.reserve(DocumentKind.PLAN, "   ")
    with pytest.raises(ValidationError, match="400"):
        office.documents.reserve(DocumentKind.PLAN, "x" * 401)


def test_two_pcs_reserving_at_once_never_get_the_same_number(office: Workspace, db_url: str) -> None:
    """Two workspaces (two PCs' connection pools) take 50 numbers each at the same moment."""
    start = threading.Barrier(2)
    taken: dict[str, list[int]] = {}
    errors: list[BaseException] = []

    def pc(name: str) -> None:
        ws = Workspace.open(db_url, Actor(name, Role.OFFICE))
        try:
            start.wait()
            taken[name] = [ws.documents.reserve(DocumentKind.SUBMISSION, f"Tờ trình của {name} số {i}",
                                                year=2026).seq for i in range(PER_PC)]
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            ws.close()

    threads = [threading.Thread(target=pc, args=(name,)) for name in ("may-1", "may-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    every = taken["may-1"] + taken["may-2"]
    assert len(every) == 2 * PER_PC and sorted(every) == list(range(1, 2 * PER_PC + 1))  # distinct, no gap
    assert taken["may-1"] == sorted(taken["may-1"]) and taken["may-2"] == sorted(taken["may-2"])
    register = office.documents.register(2026, DocumentKind.SUBMISSION)
    assert [r.seq for r in register] == list(range(1, 2 * PER_PC + 1))
    with office.read() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "document_number", AuditEntry.action == "insert"))
    assert audited == 2 * PER_PC

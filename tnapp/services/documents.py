"""The document register (sổ đăng ký văn bản đi): numbers per commune, kind
and year, taken when a draft is finalised, never reused.

Two PCs on one database may reserve at the same moment, alone or inside
another save (a proposal's Tờ trình, a council decision): the series is held
(:func:`tnapp.storage.locks.exclusive`) from reading its last number until the
transaction ends, so the second PC waits and takes the number after; the
unique key (commune, year, kind, symbol, seq) of ``document_number`` stays as
the last guard.
Cancelled numbers stay in the register as cancelled: numbers follow each
other through the year from 01 and are unique within it (NĐ 30/2020/NĐ-CP,
Điều 15). Each issuing body has its own series: the council's minutes
(``BB-HĐTĐKT``) are numbered apart from the committee's (``BB-UBND``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnapp.documents.model import default_symbol
from tnapp.domain.formatting import document_number
from tnapp.domain.permissions import Permission
from tnapp.domain.text import nfc
from tnapp.domain.vocab import DocumentKind, NumberState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import AuditEntry, DocumentNumber
from tnapp.models.base import utcnow
from tnapp.services.base import Service
from tnapp.storage.locks import exclusive


@dataclass(frozen=True)
class NumberRow:
    id: int
    year: int
    kind: DocumentKind
    seq: int
    symbol: str
    summary: str
    state: NumberState
    issued_on: dt.date | None
    reserved_at: dt.datetime
    reserved_by: str
    note: str | None  # why it was cancelled
    version: int

    @property
    def number(self) -> str:
        """As printed after "Số:" (``05/TTr-UBND``)."""
        return document_number(self.seq, self.symbol)


def _row(n: DocumentNumber, note: str | None = None) -> NumberRow:
    return NumberRow(n.id, n.year, n.kind, n.seq, n.symbol, n.summary, n.state, n.issued_on, n.reserved_at,
                     n.reserved_by, note, n.version)


def reserve_in(session: Session, *, commune_id: int, year: int, kind: DocumentKind, symbol: str, summary: str,
               reserved_by: str, seq: int | None = None) -> DocumentNumber:
    """Reserve a number in the caller's transaction (so a decision and its
    number are saved together or not at all): the next of its series
    (commune, year, kind, symbol), or ``seq`` — refused when that number was
    ever used, even cancelled. The series stays held until the caller's
    transaction ends: another PC taking a number of it waits, then takes the next."""
    exclusive(session, DocumentNumber.__tablename__, commune_id, year, kind.value, symbol)
    if seq is None:
        taken = session.scalar(select(func.max(DocumentNumber.seq)).where(
            DocumentNumber.commune_id == commune_id, DocumentNumber.year == year,
            DocumentNumber.kind == kind, DocumentNumber.symbol == symbol))
        seq = (taken or 0) + 1
    else:
        used = session.scalars(select(DocumentNumber).where(
            DocumentNumber.commune_id == commune_id, DocumentNumber.year == year, DocumentNumber.kind == kind,
            DocumentNumber.symbol == symbol, DocumentNumber.seq == seq)).first()
        if used is not None:
            raise ValidationError(_used_message(kind, used), field="seq")
    number = DocumentNumber(commune_id=commune_id, year=year, kind=kind, seq=seq, symbol=symbol, summary=summary,
                            state=NumberState.RESERVED, reserved_at=utcnow(), reserved_by=reserved_by)
    session.add(number)
    session.flush()
    return number


def _used_message(kind: DocumentKind, used: DocumentNumber) -> str:
    return (f"Số {used.display_number} năm {used.year} đã được dùng ({used.state.label.lower()}: "
            f"«{used.summary}»). Mỗi số {kind.label.lower()} chỉ dùng "
            "một lần, số đã hủy cũng không dùng lại; hãy lấy số tiếp theo.")


class DocumentService(Service):
    def reserve(self, kind: DocumentKind, summary: str, *, year: int | None = None, council: bool = False,
                symbol: str | None = None) -> NumberRow:
        """Take the next number of ``kind`` for ``year`` (this year by default)."""
        return self._insert(kind, summary, year or dt.date.today().year, None, council, symbol)

    def record(self, kind: DocumentKind, seq: int, summary: str, *, year: int | None = None,
               council: bool = False, symbol: str | None = None) -> NumberRow:
        """Enter a number already taken by hand (the paper register); refused
        if that number exists, even cancelled."""
        if seq < 1:
            raise ValidationError(_("Số văn bản phải từ 1 trở lên."), field="seq")
        return self._insert(kind, summary, year or dt.date.today().year, seq, council, symbol)

    def register(self, year: int, kind: DocumentKind | None = None) -> list[NumberRow]:
        """The register of ``year``: by kind, then number; cancelled ones with their reason."""
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            query = select(DocumentNumber).where(DocumentNumber.commune_id == commune.id,
                                                 DocumentNumber.year == year)
            if kind is not None:
                query = query.where(DocumentNumber.kind == kind)
            numbers = session.scalars(query).all()
            cancelled = [n.id for n in numbers if n.state is NumberState.CANCELLED]
            reasons = dict(session.execute(
                select(AuditEntry.entity_id, AuditEntry.reason).where(
                    AuditEntry.entity == DocumentNumber.__tablename__, AuditEntry.entity_id.in_(cancelled),
                    AuditEntry.reason.is_not(None)).order_by(AuditEntry.id)).all()) if cancelled else {}
        order = {k: i for i, k in enumerate(DocumentKind)}
        return [_row(n, reasons.get(n.id)) for n in sorted(numbers, key=lambda n: (order[n.kind], n.seq))]

    def get(self, number_id: int) -> NumberRow:
        with self.ws.read() as session:
            return _row(self._load(session, number_id))

    def cancel(self, number_id: int, reason: str) -> NumberRow:
        """Cancel a reserved number; it stays in the register and is never reused."""
        reason = nfc(reason or "")
        if not reason:
            raise ValidationError(_("Hãy ghi lý do hủy số văn bản."), field="reason")
        with self.ws.write(Permission.ISSUE_DOCUMENTS, reason=reason) as session:
            number = self._load(session, number_id)
            if number.state is NumberState.ISSUED:
                raise ValidationError(
                    _("Số {seq} đã ban hành, không hủy được; muốn bỏ văn bản đã ban hành phải ban hành văn bản thu "
                      "hồi hoặc thay thế.", seq=document_number(number.seq, number.symbol)))
            if number.state is NumberState.CANCELLED:
                raise ValidationError(_("Số {seq} đã bị hủy trước đó.", seq=document_number(number.seq, number.symbol)))
            number.state = NumberState.CANCELLED
        return self.get(number_id)

    def mark_issued(self, number_id: int, issued_on: dt.date | None = None) -> NumberRow:
        """The document with this number was signed and sent out."""
        with self.ws.write(Permission.ISSUE_DOCUMENTS) as session:
            number = self._load(session, number_id)
            label = document_number(number.seq, number.symbol)
            if number.state is NumberState.CANCELLED:
                raise ValidationError(_("Số {label} đã bị hủy, không dùng để ban hành được. Hãy lấy số mới.",
                                        label=label))
            if number.state is NumberState.ISSUED:
                raise ValidationError(_("Số {label} đã được ghi là ban hành ngày {issued_on:%d/%m/%Y}.",
                                        label=label, issued_on=number.issued_on))
            number.state = NumberState.ISSUED
            number.issued_on = issued_on or dt.date.today()
        return self.get(number_id)

    # --- helpers ------------------------------------------------------------------------

    def _insert(self, kind: DocumentKind, summary: str, year: int, seq: int | None, council: bool,
                symbol: str | None) -> NumberRow:
        summary = nfc(summary or "")
        if not summary:
            raise ValidationError(_("Trích yếu nội dung văn bản không được để trống."), field="summary")
        if len(summary) > 400:
            raise ValidationError(_("Trích yếu tối đa 400 ký tự."), field="summary")
        symbol = nfc(symbol or "") or default_symbol(kind, council)
        commune = self.ws.commune.current()
        with self.ws.write(Permission.ISSUE_DOCUMENTS) as session:
            return _row(reserve_in(session, commune_id=commune.id, year=year, kind=kind, symbol=symbol,
                                   summary=summary, reserved_by=self.ws.actor.username, seq=seq))

    @staticmethod
    def _load(session: object, number_id: int) -> DocumentNumber:
        number = session.get(DocumentNumber, number_id)
        if number is None:
            raise NotFoundError(_("Không tìm thấy số văn bản #{number_id} trong sổ.", number_id=number_id))
        return number

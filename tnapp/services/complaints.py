"""Complaints and petitions about emulation and commendation: received date,
from whom, subject, handler, the legal due date (setting
``complaint_due_days``, 30 days — Luật Khiếu nại 2011, Điều 28) and state.
``overdue_complaints(today)`` is what the dashboard asks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain.emulation_rules import DEFAULT_COMPLAINT_DAYS, OPEN_COMPLAINT_STATES, complaint_due, is_overdue
from tnapp.domain.permissions import Permission
from tnapp.domain.names import name_key
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import ComplaintState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import Complaint
from tnapp.services.base import Service
from tnapp.services.emulation_excel import (
    ImportPreview, RowReader, build_preview, export_table, import_reason, iter_rows, save_items, validation_problem,
)

SHEET = "Khiếu nại"
RECEIVED, SENDER, SUBJECT, HANDLER, DUE, STATE, OVERDUE, RESOLVED, RESULT = (
    "Ngày nhận", "Người gửi", "Nội dung", "Người xử lý", "Hạn giải quyết", "Trạng thái", "Quá hạn", "Ngày giải quyết",
    "Kết quả")
COLUMNS = (RECEIVED, SENDER, SUBJECT, HANDLER, DUE, STATE, OVERDUE, RESOLVED, RESULT)  # «Quá hạn» is not imported
REQUIRED = (RECEIVED, SENDER, SUBJECT)


@dataclass(frozen=True)
class ComplaintInput:
    received_on: dt.date
    sender: str
    subject: str
    handler: str | None = None
    due_on: dt.date | None = None  # None: the legal due date from ``received_on``
    state: ComplaintState = ComplaintState.RECEIVED
    resolved_on: dt.date | None = None
    result: str | None = None


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    received_on: dt.date
    sender: str
    subject: str
    handler: str | None
    due_on: dt.date
    state: ComplaintState
    resolved_on: dt.date | None
    result: str | None
    overdue: bool  # today
    version: int


def _clean(text: str | None) -> str | None:
    return nfc(text or "") or None


class ComplaintService(Service):
    def due_days(self, on: dt.date) -> int:
        try:
            return int(self.ws.settings.value("complaint_due_days", on=on))
        except NotFoundError:
            return DEFAULT_COMPLAINT_DAYS

    def list(self, state: ComplaintState | None = None, year: int | None = None, overdue_only: bool = False,
             search: str | None = None, today: dt.date | None = None) -> list[ComplaintRow]:
        day = today or dt.date.today()
        with self.ws.read() as session:
            query = select(Complaint)
            if state is not None:
                query = query.where(Complaint.state == state)
            rows = [self._row(c, day) for c in session.scalars(query)]
        if year is not None:
            rows = [r for r in rows if r.received_on.year == year]
        if overdue_only:
            rows = [r for r in rows if r.overdue]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.sender} {r.subject} {r.handler or ''}")]
        return sorted(rows, key=lambda r: (r.received_on, r.id), reverse=True)

    def overdue_complaints(self, today: dt.date) -> list[ComplaintRow]:
        """Open complaints (received, being handled) past their due date on ``today``, oldest due first."""
        with self.ws.read() as session:
            query = select(Complaint).where(Complaint.state.in_(OPEN_COMPLAINT_STATES), Complaint.due_on < today)
            return sorted((self._row(c, today) for c in session.scalars(query)), key=lambda r: (r.due_on, r.id))

    def get(self, complaint_id: int) -> ComplaintRow:
        with self.ws.read() as session:
            return self._row(self._load(session, complaint_id), dt.date.today())

    def create(self, data: ComplaintInput) -> ComplaintRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = Complaint()
            self._apply(record, data)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(self, complaint_id: int, data: ComplaintInput, expected_version: int | None = None) -> ComplaintRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, complaint_id)
            self.ws.check_version(record, expected_version)
            self._apply(record, data)
        return self.get(complaint_id)

    def delete(self, complaint_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, complaint_id)
            self.ws.check_version(record, expected_version)
            session.delete(record)

    # --- Excel ---------------------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[ComplaintRow] | None = None) -> Path:
        rows = self.list() if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [
            (r.received_on, r.sender, r.subject, r.handler, r.due_on, r.state.label, "x" if r.overdue else None,
             r.resolved_on, r.result) for r in rows], (12, 24, 50, 20, 14, 16, 9, 14, 40))

    def preview_import(self, path: Path) -> ImportPreview[ComplaintInput]:
        """Rows matched on received date + sender + subject; an empty due date is the legal one."""
        preview: ImportPreview[ComplaintInput] = ImportPreview(path, "khiếu nại, kiến nghị")
        with self.ws.read() as session:
            existing = {(c.received_on, name_key(c.sender), fold(c.subject)):
                        (c.id, (c.handler, c.due_on, c.state, c.resolved_on, c.result))
                        for c in session.scalars(select(Complaint))}

        def parse(reader: RowReader):
            received, sender, subject = reader.date(RECEIVED, True), reader.text(SENDER, True), reader.text(SUBJECT, True)
            handler, due, resolved, result = reader.text(HANDLER), reader.date(DUE), reader.date(RESOLVED), reader.text(RESULT)
            state = reader.member(ComplaintState, STATE, ComplaintState.RECEIVED)
            if received is None or sender is None or subject is None or not reader.ok:
                return None
            try:
                data = self._clean(ComplaintInput(received, sender, subject, handler, due, state, resolved, result))
            except ValidationError as exc:
                validation_problem(reader, exc, {"due_on": DUE, "resolved_on": RESOLVED, "sender": SENDER,
                                                 "subject": SUBJECT})
                return None
            return (received, name_key(data.sender), fold(data.subject)), data, f"{data.sender} – {data.subject[:60]}"

        return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse, existing,
                             lambda d: (d.handler, d.due_on, d.state, d.resolved_on, d.result))

    def apply_import(self, preview: ImportPreview[ComplaintInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_EMULATION, reason=import_reason(preview)) as session:
            return save_items(session, preview, Complaint, self._load, self._apply)

    def _clean(self, data: ComplaintInput) -> ComplaintInput:
        data = replace(data, state=ComplaintState(data.state))
        if data.received_on is None:
            raise ValidationError(_("Hãy nhập ngày nhận."), field="received_on")
        sender, subject = nfc(data.sender or ""), nfc(data.subject or "")
        if not sender:
            raise ValidationError(_("Hãy ghi người gửi."), field="sender")
        if not subject:
            raise ValidationError(_("Hãy ghi nội dung khiếu nại, kiến nghị."), field="subject")
        due = data.due_on or complaint_due(data.received_on, self.due_days(data.received_on))
        if due < data.received_on:
            raise ValidationError(_("Hạn giải quyết phải sau ngày nhận."), field="due_on")
        resolved = data.resolved_on
        if data.state is ComplaintState.RESOLVED and resolved is None:
            raise ValidationError(_("Hãy nhập ngày giải quyết."), field="resolved_on")
        if resolved is not None and resolved < data.received_on:
            raise ValidationError(_("Ngày giải quyết phải sau ngày nhận."), field="resolved_on")
        if data.state in OPEN_COMPLAINT_STATES:
            resolved = None
        return ComplaintInput(data.received_on, sender, subject, _clean(data.handler), due, data.state, resolved,
                              _clean(data.result))

    @staticmethod
    def _apply(record: Complaint, data: ComplaintInput) -> None:
        record.received_on, record.sender, record.subject = data.received_on, data.sender, data.subject
        record.handler, record.due_on, record.state = data.handler, data.due_on, data.state
        record.resolved_on, record.result = data.resolved_on, data.result

    @staticmethod
    def _load(session: Session, complaint_id: int) -> Complaint:
        record = session.get(Complaint, complaint_id)
        if record is None:
            raise NotFoundError(_("Không tìm thấy khiếu nại #{complaint_id} (có thể đã bị xóa).",
                                  complaint_id=complaint_id))
        return record

    @staticmethod
    def _row(c: Complaint, day: dt.date) -> ComplaintRow:
        return ComplaintRow(c.id, c.received_on, c.sender, c.subject, c.handler, c.due_on, c.state, c.resolved_on,
                            c.result, is_overdue(c.state, c.due_on, day), c.version)

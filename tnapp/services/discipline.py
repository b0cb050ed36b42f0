"""Discipline and pending matters (inspection, investigation, complaint) per
person and collective, with dates. ``pending_matters`` is what the award
engine asks: no award while a matter is pending (NĐ 152/2025, Điều 4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain.emulation_rules import AWARD_BAR_BASIS, Nominee, NomineeType, is_pending
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import DisciplineForm, MatterKind
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import DisciplineRecord
from tnapp.services.base import Service
from tnapp.services.emulation_excel import (
    HOUSEHOLD_CODE, NOMINEE_COLUMNS, NOMINEE_WIDTHS, UNIT_CODE, ImportPreview, Lookups, NomineeInfo, RowReader,
    build_preview, export_table, import_reason, iter_rows, load_nominee, nominee_filter, nominee_info, nominee_options,
    save_items, validation_problem,
)

SHEET = "Kỷ luật"
MATTER, FORM, OPENED, RESOLVED, NUMBER, NOTE = ("Việc", "Hình thức", "Từ ngày", "Kết thúc", "Số quyết định",
                                                "Ghi chú")
DECIDED = "Ngày quyết định kỷ luật"
COLUMNS = (*NOMINEE_COLUMNS, MATTER, FORM, OPENED, RESOLVED, NUMBER, NOTE, DECIDED)
REQUIRED = (UNIT_CODE, MATTER, OPENED)


@dataclass(frozen=True)
class DisciplineInput:
    nominee: Nominee
    matter: MatterKind
    opened_on: dt.date
    form: DisciplineForm | None = None
    resolved_on: dt.date | None = None
    decision_number: str | None = None
    note: str | None = None
    decided_on: dt.date | None = None  # a discipline's decision date: it counts in that year


@dataclass(frozen=True)
class DisciplineRow:
    id: int
    nominee: NomineeInfo
    matter: MatterKind
    form: DisciplineForm | None
    opened_on: dt.date
    resolved_on: dt.date | None
    decision_number: str | None
    note: str | None
    pending: bool  # today
    version: int
    decided_on: dt.date | None = None


@dataclass(frozen=True)
class PendingMatter:
    """A matter that bars an award on a given day."""

    id: int
    matter: MatterKind
    opened_on: dt.date
    note: str | None

    @property
    def message(self) -> str:
        return (f"{self.matter.label} từ {self.opened_on:%d/%m/%Y}, chưa kết thúc: chưa xét khen thưởng "
                f"({AWARD_BAR_BASIS}).")


def _clean(text: str | None) -> str | None:
    return nfc(text or "") or None


class DisciplineService(Service):
    def list(self, search: str | None = None, matter: MatterKind | None = None, pending_only: bool = False,
             unit_id: int | None = None, nominee: Nominee | None = None,
             today: dt.date | None = None) -> list[DisciplineRow]:
        day = today or dt.date.today()
        with self.ws.read() as session:
            query = select(DisciplineRecord).options(*nominee_options(DisciplineRecord))
            if matter is not None:
                query = query.where(DisciplineRecord.matter == matter)
            if nominee is not None:
                query = query.where(nominee_filter(DisciplineRecord, nominee))
            rows = [self._row(r, day) for r in session.scalars(query)]
        if pending_only:
            rows = [r for r in rows if r.pending]
        if unit_id is not None:
            rows = [r for r in rows if r.nominee.unit_id == unit_id]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.nominee.name} {r.nominee.unit_name} {r.note or ''} "
                                                      f"{r.decision_number or ''}")]
        return sorted(rows, key=lambda r: (r.opened_on, r.id), reverse=True)

    def get(self, record_id: int) -> DisciplineRow:
        with self.ws.read() as session:
            return self._row(self._load(session, record_id), dt.date.today())

    def pending_matters(self, nominee: Nominee, on_date: dt.date) -> list[PendingMatter]:
        """The discipline, inspection, investigation or complaint matters of
        ``nominee`` pending on ``on_date`` (opened on or before it, not resolved
        by then). Non-empty: no award (NĐ 152/2025, Điều 4). A discipline
        counts while its term runs (until ``resolved_on``)."""
        with self.ws.read() as session:
            records = session.scalars(select(DisciplineRecord).where(
                nominee_filter(DisciplineRecord, nominee), DisciplineRecord.opened_on <= on_date)).all()
            return [PendingMatter(r.id, r.matter, r.opened_on, r.note) for r in sorted(records, key=lambda r: r.opened_on)
                    if is_pending(r.opened_on, r.resolved_on, on_date)]

    def create(self, data: DisciplineInput) -> DisciplineRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            load_nominee(session, data.nominee)
            record = DisciplineRecord()
            self._apply(record, data)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(self, record_id: int, data: DisciplineInput, expected_version: int | None = None) -> DisciplineRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, record_id)
            self.ws.check_version(record, expected_version)
            load_nominee(session, data.nominee)
            self._apply(record, data)
        return self.get(record_id)

    def delete(self, record_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, record_id)
            self.ws.check_version(record, expected_version)
            session.delete(record)

    # --- Excel ---------------------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[DisciplineRow] | None = None) -> Path:
        rows = self.list() if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [
            (*r.nominee.cells(), r.matter.label, r.form.label if r.form else None, r.opened_on, r.resolved_on,
             r.decision_number, r.note, r.decided_on) for r in rows], (*NOMINEE_WIDTHS, 22, 16, 12, 12, 16, 40, 14))

    def preview_import(self, path: Path) -> ImportPreview[DisciplineInput]:
        """Rows matched on nominee + matter + opening date."""
        preview: ImportPreview[DisciplineInput] = ImportPreview(path, "kỷ luật, việc đang xử lý")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            existing = {(Nominee.of(r), r.matter, r.opened_on): (r.id, (r.form, r.resolved_on, r.decision_number,
                                                                        r.note, r.decided_on))
                        for r in session.scalars(select(DisciplineRecord))}

            def parse(reader: RowReader):
                found = reader.nominee(lk)
                matter = reader.member(MatterKind, MATTER)
                form = reader.member(DisciplineForm, FORM) if reader.text(FORM) else None
                opened, resolved = reader.date(OPENED, required=True), reader.date(RESOLVED)
                number, note, decided = reader.text(NUMBER), reader.text(NOTE), reader.date(DECIDED)
                if found is None or matter is None or opened is None or not reader.ok:
                    return None
                nominee, unit = found
                try:
                    data = self._clean(DisciplineInput(nominee, matter, opened, form, resolved, number, note,
                                                       decided))
                except ValidationError as exc:
                    validation_problem(reader, exc, {"nominee": HOUSEHOLD_CODE, "opened_on": OPENED,
                                                     "resolved_on": RESOLVED, "form": FORM, "decided_on": DECIDED})
                    return None
                who = reader.text("Họ và tên") or unit.name
                return (nominee, matter, opened), data, f"{who} – {matter.label} từ {opened:%d/%m/%Y}"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse,
                                 existing, lambda d: (d.form, d.resolved_on, d.decision_number, d.note, d.decided_on))

    def apply_import(self, preview: ImportPreview[DisciplineInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_EMULATION, reason=import_reason(preview)) as session:
            return save_items(session, preview, DisciplineRecord, self._load, self._apply)

    @staticmethod
    def _clean(data: DisciplineInput) -> DisciplineInput:
        if data.nominee.type is NomineeType.HOUSEHOLD:
            raise ValidationError(_("Kỷ luật, thanh tra chỉ ghi cho cá nhân hoặc tập thể."), field="nominee")
        if data.opened_on is None:
            raise ValidationError(_("Hãy nhập ngày bắt đầu."), field="opened_on")
        if data.resolved_on is not None and data.resolved_on < data.opened_on:
            raise ValidationError(_("Ngày kết thúc phải sau ngày bắt đầu."), field="resolved_on")
        data = replace(data, matter=MatterKind(data.matter), form=DisciplineForm(data.form) if data.form else None)
        if data.matter is MatterKind.DISCIPLINE and data.form is None:
            raise ValidationError(_("Hãy chọn hình thức kỷ luật."), field="form")
        form = data.form if data.matter is MatterKind.DISCIPLINE else None
        if data.decided_on is not None and form is None:
            raise ValidationError(_("Ngày quyết định chỉ ghi cho một quyết định kỷ luật."), field="decided_on")
        if data.decided_on is not None and data.decided_on < data.opened_on:
            raise ValidationError(_("Ngày quyết định kỷ luật không được trước ngày bắt đầu xem xét."),
                                  field="decided_on")
        return DisciplineInput(data.nominee, data.matter, data.opened_on, form, data.resolved_on,
                               _clean(data.decision_number), _clean(data.note), data.decided_on)

    @staticmethod
    def _apply(record: DisciplineRecord, data: DisciplineInput) -> None:
        record.matter = data.matter
        record.form = data.form
        record.opened_on = data.opened_on
        record.resolved_on = data.resolved_on
        record.decision_number = data.decision_number
        record.note = data.note
        record.decided_on = data.decided_on
        for column, value in data.nominee.columns.items():
            setattr(record, column, value)

    @staticmethod
    def _load(session: Session, record_id: int) -> DisciplineRecord:
        record = session.get(DisciplineRecord, record_id)
        if record is None:
            raise NotFoundError(_("Không tìm thấy hồ sơ kỷ luật #{record_id} (có thể đã bị xóa).", record_id=record_id))
        return record

    @staticmethod
    def _row(r: DisciplineRecord, day: dt.date) -> DisciplineRow:
        return DisciplineRow(r.id, nominee_info(r), r.matter, r.form, r.opened_on, r.resolved_on, r.decision_number,
                             r.note, is_pending(r.opened_on, r.resolved_on, day), r.version, r.decided_on)

"""Award history: every award received by people, collectives, households and
villages at any level (commune, province, central), typed in or imported from
Excel, and a timeline per nominee (grouped by year, newest first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.emulation_rules import Nominee, NomineeType, check_title_fits
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import AwardLevel
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import AwardRecord, AwardTitle
from tnapp.services.base import Service
from tnapp.services.person_units import UnitPeriod, unit_history
from tnapp.services.emulation_excel import (
    NOMINEE_COLUMNS, NOMINEE_WIDTHS, UNIT_CODE, ImportPreview, Lookups, NomineeInfo, RowReader, TitleInfo, build_preview,
    export_table, import_reason, iter_rows, load_nominee, nominee_filter, nominee_info, nominee_options, save_items,
    validation_problem,
)

SHEET = "Lịch sử khen thưởng"
YEAR, TITLE, NUMBER, DATE, ISSUER, AMOUNT, NOTE = ("Năm", "Danh hiệu", "Số quyết định", "Ngày quyết định",
                                                   "Cơ quan quyết định", "Số tiền", "Ghi chú")
COLUMNS = (*NOMINEE_COLUMNS, YEAR, TITLE, NUMBER, DATE, ISSUER, AMOUNT, NOTE)
REQUIRED = (UNIT_CODE, YEAR, TITLE)


@dataclass(frozen=True)
class AwardInput:
    nominee: Nominee
    title_id: int
    year: int
    decision_number: str | None = None
    decision_date: dt.date | None = None
    issuer: str | None = None
    amount: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class AwardRow:
    id: int
    nominee: NomineeInfo
    title_id: int
    title_code: str
    title_name: str
    level: AwardLevel
    year: int
    decision_number: str | None
    decision_date: dt.date | None
    issuer: str | None
    amount: int | None
    note: str | None
    from_decision: bool  # made by a decision in TNApp
    version: int

    @property
    def sort_key(self) -> tuple:
        return (-self.year, self.nominee.sort_key, self.title_code, self.id)


@dataclass(frozen=True)
class TimelineYear:
    year: int
    awards: tuple[AwardRow, ...]


class AwardHistoryService(Service):
    def list(self, year: int | None = None, title_id: int | None = None, level: AwardLevel | None = None,
             unit_id: int | None = None, search: str | None = None,
             nominee: Nominee | None = None) -> list[AwardRow]:
        with self.ws.read() as session:
            query = select(AwardRecord).options(selectinload(AwardRecord.title), *nominee_options(AwardRecord))
            if year is not None:
                query = query.where(AwardRecord.year == year)
            if title_id is not None:
                query = query.where(AwardRecord.title_id == title_id)
            if nominee is not None:
                query = query.where(nominee_filter(AwardRecord, nominee))
            rows = [self._row(r) for r in session.scalars(query)]
        if level is not None:
            rows = [r for r in rows if r.level == level]
        if unit_id is not None:
            rows = [r for r in rows if r.nominee.unit_id == unit_id]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.nominee.name} {r.nominee.unit_name} {r.title_name} "
                                                      f"{r.title_code} {r.decision_number or ''}")]
        return sorted(rows, key=lambda r: r.sort_key)

    def titles(self, active_only: bool = True) -> list[TitleInfo]:
        """The catalogue of titles and forms of commendation, in its order."""
        with self.ws.read() as session:
            query = select(AwardTitle).order_by(AwardTitle.sort_order, AwardTitle.code)
            if active_only:
                query = query.where(AwardTitle.active.is_(True))
            return [TitleInfo(t.id, t.code, t.name, t.nominee_kind, t.level) for t in session.scalars(query)]

    def title_by_code(self, code: str) -> TitleInfo:
        for title in self.titles(active_only=False):
            if title.code.casefold() == code.strip().casefold():
                return title
        raise NotFoundError(_("Không có danh hiệu mã «{code}» trong danh mục.", code=code))

    def get(self, award_id: int) -> AwardRow:
        with self.ws.read() as session:
            return self._row(self._load(session, award_id))

    def timeline(self, nominee: Nominee) -> list[TimelineYear]:
        """The nominee's awards grouped by year, newest first; within a year,
        higher levels first, then by decision date."""
        level_rank = {AwardLevel.CENTRAL: 0, AwardLevel.PROVINCE: 1, AwardLevel.COMMUNE: 2}
        rows = sorted(self.list(nominee=nominee), key=lambda r: (-r.year, level_rank[r.level],
                                                                  r.decision_date or dt.date.min, r.title_code))
        return [TimelineYear(year, tuple(items)) for year, items in groupby(rows, key=lambda r: r.year)]

    def unit_history(self, nominee: Nominee) -> list[UnitPeriod]:
        """The units a person belonged to, oldest first (empty for a collective or household)."""
        if nominee.type is not NomineeType.PERSON:
            return []
        with self.ws.read() as session:
            person, _ = load_nominee(session, nominee)
            return unit_history(session, person)

    def create(self, data: AwardInput) -> AwardRow:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            data = self._validate(session, data)
            record = AwardRecord()
            self._apply(record, data)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(self, award_id: int, data: AwardInput, expected_version: int | None = None) -> AwardRow:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, award_id)
            self.ws.check_version(record, expected_version)
            if record.decision_id is not None:
                raise ValidationError(_("Khen thưởng này do quyết định lập trong TNApp ghi lại; hãy sửa quyết định."),
                                      field="title_id")
            data = self._validate(session, data)
            self._apply(record, data)
        return self.get(award_id)

    def delete(self, award_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, award_id)
            self.ws.check_version(record, expected_version)
            if record.decision_id is not None:
                raise ValidationError(_("Khen thưởng này do quyết định lập trong TNApp ghi lại; không xóa ở đây."))
            session.delete(record)

    # --- Excel -----------------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[AwardRow] | None = None, year: int | None = None) -> Path:
        rows = self.list(year=year) if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [
            (*r.nominee.cells(), r.year, r.title_code, r.decision_number, r.decision_date, r.issuer, r.amount, r.note)
            for r in rows], (*NOMINEE_WIDTHS, 7, 10, 16, 14, 26, 12, 24))

    def preview_import(self, path: Path) -> ImportPreview[AwardInput]:
        preview: ImportPreview[AwardInput] = ImportPreview(path, "khen thưởng")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            existing = {(Nominee.of(r), r.title_id, r.year, r.decision_number or ""):
                        (r.id, (r.decision_date, r.issuer, r.amount, r.note))
                        for r in session.scalars(select(AwardRecord))}

            def parse(reader: RowReader):
                found = reader.nominee(lk)
                year = reader.integer(YEAR, required=True, low=1945, high=2100)
                title = reader.title(lk, TITLE)
                number, date, issuer = reader.text(NUMBER), reader.date(DATE), reader.text(ISSUER)
                amount = reader.integer(AMOUNT, low=0)
                note = reader.text(NOTE)
                if found is None or year is None or title is None or not reader.ok:
                    return None
                nominee, unit = found
                data = AwardInput(nominee, title.id, year, number, date, issuer, amount, note)
                try:
                    data = self._validate(session, data)
                except ValidationError as exc:
                    validation_problem(reader, exc, {"title_id": TITLE, "decision_date": DATE, "year": YEAR})
                    return None
                who = reader.text("Họ và tên") or unit.name
                return (nominee, title.id, year, number or ""), data, f"{who} – {title.code} {year}"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse,
                                 existing, lambda d: (d.decision_date, d.issuer, d.amount, d.note))

    def apply_import(self, preview: ImportPreview[AwardInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_EMULATION, reason=import_reason(preview)) as session:
            return save_items(session, preview, AwardRecord, self._load, self._apply)

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _validate(session: Session, data: AwardInput) -> AwardInput:
        if not 1945 <= data.year <= 2100:
            raise ValidationError(_("Năm {year} không hợp lệ.", year=data.year), field="year")
        title = session.get(AwardTitle, data.title_id)
        if title is None:
            raise ValidationError(_("Hãy chọn danh hiệu, hình thức khen thưởng."), field="title_id")
        _nominee, unit_kind = load_nominee(session, data.nominee)
        check_title_fits(title.name, title.nominee_kind, data.nominee.type, unit_kind)
        if data.decision_date is not None and abs(data.decision_date.year - data.year) > 1:
            raise ValidationError(_("Ngày quyết định {decision_date:%d/%m/%Y} không khớp với năm {year}.",
                                    decision_date=data.decision_date, year=data.year),
                                  field="decision_date")
        if data.amount is not None and data.amount < 0:
            raise ValidationError(_("Số tiền không được âm."), field="amount")

        def clean(text: str | None) -> str | None:
            return nfc(text or "") or None
        return AwardInput(data.nominee, data.title_id, data.year, clean(data.decision_number), data.decision_date,
                          clean(data.issuer), data.amount, clean(data.note))

    @staticmethod
    def _apply(record: AwardRecord, data: AwardInput) -> None:
        record.title_id = data.title_id
        record.year = data.year
        record.decision_number = data.decision_number
        record.decision_date = data.decision_date
        record.issuer = data.issuer
        record.amount = data.amount
        record.note = data.note
        for column, value in data.nominee.columns.items():
            setattr(record, column, value)

    @staticmethod
    def _load(session: Session, award_id: int | None) -> AwardRecord:
        record = session.get(AwardRecord, award_id)
        if record is None:
            raise NotFoundError(_("Không tìm thấy khen thưởng #{award_id} (có thể đã bị xóa).", award_id=award_id))
        return record

    @staticmethod
    def _row(r: AwardRecord) -> AwardRow:
        t = r.title
        return AwardRow(r.id, nominee_info(r), r.title_id, t.code, t.name, t.level, r.year, r.decision_number,
                        r.decision_date, r.issuer, r.amount, r.note, r.decision_id is not None, r.version)

"""Yearly task-completion ratings (HTXS / HTT / HT / KHT) of people and collectives.

Officials (cán bộ, công chức, viên chức) are rated by points under NĐ
335/2025: a level that does not match the points is refused (except KHT for
someone disciplined that year), and the 20 % cap on HTXS is checked per
rating unit and year and reported as a warning, never a block.
A person is rated in their own unit; a rating naming another unit, or a unit
not active that year, is refused with a clear message.

Workers and farmers (not officials) have no task rating to speak of: their
year is what the village or unit confirms (Luật TĐKT 2022, Điều 24 — productive
work, exemplary compliance, part in the movement), recorded on the same row
(``work_confirmed``, ``confirmed_by``), with or without a level. A household
is never rated: its row holds only the village meeting's result for the year
(bình xét «Gia đình văn hóa», NĐ 86/2023/NĐ-CP), which the commune chairman's
decision then follows.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from tnapp.domain.eligibility import Outcome
from tnapp.domain.emulation_rules import (
    DEFAULT_BANDS, HTXS_CAP_SHARE, RATING_BASIS, CapCheck, Nominee, NomineeType, check_points, htxs_cap,
    is_official,
)
from tnapp.domain.names import vietnamese_key
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import MatterKind, RatingLevel, StaffCategory
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _, label
from tnapp.models import DisciplineRecord, Person, TaskRating, Unit
from tnapp.services.base import Service
from tnapp.services.person_units import units_in_year
from tnapp.services.emulation_excel import (
    NOMINEE_COLUMNS, NOMINEE_WIDTHS, UNIT_CODE, ImportPreview, Lookups, NomineeInfo, RowReader, build_preview,
    export_table, import_reason, iter_rows, load_nominee, nominee_info, nominee_options, save_items, validation_problem,
)

SHEET = "Đánh giá xếp loại"
YEAR, LEVEL, POINTS, NOTE = "Năm", "Mức xếp loại", "Điểm", "Ghi chú"
CONFIRMED, CONFIRMED_BY = "Thôn, đơn vị xác nhận (lao động, nông dân)", "Nơi xác nhận"
COLUMNS = (YEAR, *NOMINEE_COLUMNS, LEVEL, POINTS, NOTE, CONFIRMED, CONFIRMED_BY)
REQUIRED = (YEAR, UNIT_CODE)
CONFIRMATION = {True: Outcome.MET, False: Outcome.NOT_MET}  # a worker's year, as confirmed
CONFIRMATION_TEXT = {value: outcome.label for value, outcome in CONFIRMATION.items()}


@dataclass(frozen=True)
class RatingInput:
    year: int
    nominee: Nominee
    level: RatingLevel | None
    points: float | None = None
    unit_id: int | None = None  # for a person: the rating unit (their unit that year)
    note: str | None = None
    work_confirmed: bool | None = None  # a worker's or farmer's year, as the village or unit confirms it
    confirmed_by: str | None = None     # who confirmed (the village or unit); its name by default


@dataclass(frozen=True)
class RatingRow:
    id: int
    year: int
    nominee: NomineeInfo
    level: RatingLevel | None
    points: float | None
    unit_id: int  # the rating unit (a collective's own unit)
    unit_name: str
    official: bool
    note: str | None
    version: int
    work_confirmed: bool | None = None
    confirmed_by: str | None = None

    @property
    def result(self) -> str:
        """The year's result as a person reads it: the level, or the confirmation of a worker's year."""
        parts = [label(self.level)] if self.level else []
        if self.work_confirmed is not None:
            parts.append(_("{result} (xác nhận của {by})", result=label(CONFIRMATION[self.work_confirmed]),
                           by=self.confirmed_by or self.unit_name))
        return "; ".join(parts)

    @property
    def sort_key(self) -> tuple:
        return (-self.year, vietnamese_key(self.unit_name), self.nominee.sort_key, self.id)


@dataclass(frozen=True)
class RatingWarning:
    year: int
    unit_id: int | None
    message: str
    cap: CapCheck | None = None


class RatingService(Service):
    def list(self, year: int | None = None, unit_id: int | None = None, level: RatingLevel | None = None,
             search: str | None = None, nominee: Nominee | None = None) -> list[RatingRow]:
        with self.ws.read() as session:
            query = select(TaskRating).options(*nominee_options(TaskRating))
            if year is not None:
                query = query.where(TaskRating.year == year)
            if level is not None:
                query = query.where(TaskRating.level == level)
            if nominee is not None:
                query = query.where(getattr(TaskRating, f"{nominee.type.value}_id") == nominee.id)
            units = self._unit_names(session)
            rows = [self._row(r, units) for r in session.scalars(query)]
        if unit_id is not None:
            rows = [r for r in rows if r.unit_id == unit_id]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.nominee.name} {r.unit_name} {r.note or ''}")]
        return sorted(rows, key=lambda r: r.sort_key)

    def get(self, rating_id: int) -> RatingRow:
        with self.ws.read() as session:
            return self._row(self._load(session, rating_id), self._unit_names(session))

    def create(self, data: RatingInput) -> RatingRow:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            data = self._validate(session, data)
            record = TaskRating()
            self._apply(record, data)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(self, rating_id: int, data: RatingInput, expected_version: int | None = None) -> RatingRow:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, rating_id)
            self.ws.check_version(record, expected_version)
            data = self._validate(session, data, rating_id)
            self._apply(record, data)
        return self.get(rating_id)

    def delete(self, rating_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, rating_id)
            self.ws.check_version(record, expected_version)
            session.delete(record)

    # --- the rules of NĐ 335/2025 -------------------------------------------------------------

    def cap_share(self, year: int) -> float:
        return float(self._setting("rating.htxs_cap_share", year, HTXS_CAP_SHARE))

    def bands(self, year: int) -> dict[str, float]:
        return dict(self._setting("rating.point_bands", year, DEFAULT_BANDS))

    def cap_checks(self, year: int, unit_id: int | None = None) -> dict[int, CapCheck]:
        """The HTXS cap (``htxs_cap``) of each rating unit in ``year``, over its officials."""
        share = self.cap_share(year)
        with self.ws.read() as session:
            query = (select(TaskRating.rated_in_unit_id, TaskRating.level)
                     .join(Person, Person.id == TaskRating.person_id)
                     .where(TaskRating.year == year, Person.category.in_(
                         [c for c in StaffCategory if is_official(c)])))
            if unit_id is not None:
                query = query.where(TaskRating.rated_in_unit_id == unit_id)
            counts: dict[int, Counter] = {}
            for unit, level in session.execute(query):
                counts.setdefault(unit, Counter())[level] += 1
        return {unit: htxs_cap(c[RatingLevel.EXCELLENT], c[RatingLevel.GOOD], share) for unit, c in counts.items()}

    def warnings(self, year: int, unit_id: int | None = None) -> list[RatingWarning]:
        """What to tell the user about ``year``'s ratings: units over the HTXS
        cap, and disciplined people not rated KHT. Warnings only."""
        found = []
        with self.ws.read() as session:
            names = {u.id: u.name for u in session.scalars(select(Unit))}
        for unit, cap in sorted(self.cap_checks(year, unit_id).items(), key=lambda kv: vietnamese_key(names[kv[0]])):
            if cap.exceeded:
                found.append(RatingWarning(year, unit, _(
                    "{unit}: {excellent} người xếp loại HTXS, vượt tỷ lệ {share} số người xếp loại HTT ({good} người "
                    "→ tối đa {allowed} HTXS) theo {basis}.", unit=names[unit], excellent=cap.excellent,
                    share=f"{cap.share:.0%}", good=cap.good, allowed=cap.allowed, basis=RATING_BASIS), cap))
        with self.ws.read() as session:
            disciplined = self._disciplined(session, year)
            query = select(TaskRating).options(*nominee_options(TaskRating)).where(
                TaskRating.year == year, TaskRating.person_id.in_(disciplined or [-1]),
                TaskRating.level != RatingLevel.NOT_DONE)
            for r in session.scalars(query):
                if unit_id is None or r.rated_in_unit_id == unit_id:
                    found.append(RatingWarning(year, r.rated_in_unit_id, _(
                        "{name} bị kỷ luật trong năm {year} nhưng xếp loại «{level}»; theo {basis} người bị kỷ luật "
                        "xếp loại KHT.", name=r.person.full_name, year=year, level=label(r.level),
                        basis=RATING_BASIS)))
        return found

    # --- Excel ---------------------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[RatingRow] | None = None, year: int | None = None) -> Path:
        rows = self.list(year=year) if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [
            (r.year, *r.nominee.cells(), r.level.value if r.level else None, r.points, r.note,
             CONFIRMATION_TEXT.get(r.work_confirmed), r.confirmed_by) for r in rows],
            (7, *NOMINEE_WIDTHS, 13, 8, 30, 16, 24))

    def preview_import(self, path: Path) -> ImportPreview[RatingInput]:
        preview: ImportPreview[RatingInput] = ImportPreview(path, "kết quả đánh giá")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            existing = {(r.year, Nominee.of(r)): (r.id, (r.level, r.points, r.rated_in_unit_id, r.note,
                                                         r.work_confirmed, r.confirmed_by))
                        for r in session.scalars(select(TaskRating))}

            def parse(reader: RowReader):
                year = reader.integer(YEAR, required=True, low=2000, high=2100)
                found = reader.nominee(lk)
                level = reader.member(RatingLevel, LEVEL) if reader.text(LEVEL) else None
                points = reader.number(POINTS)
                note = reader.text(NOTE)
                confirmed = _confirmation(reader)
                if year is None or found is None or not reader.ok:
                    return None
                nominee, unit = found
                data = RatingInput(year, nominee, level, points,
                                   unit.id if nominee.type is NomineeType.PERSON else None, note, confirmed,
                                   reader.text(CONFIRMED_BY))
                try:
                    data = self._validate(session, data, check_twin=False)
                except ValidationError as exc:
                    validation_problem(reader, exc, {"level": LEVEL, "points": POINTS, "unit_id": UNIT_CODE,
                                                     "nominee": UNIT_CODE, "work_confirmed": CONFIRMED})
                    return None
                who = reader.text("Họ và tên") or unit.name
                what = data.level.value if data.level else f"{CONFIRMED_BY.lower()}: {CONFIRMATION_TEXT[confirmed]}"
                return (year, nominee), data, f"{who} – {what} {year}"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse,
                                 existing, lambda d: (d.level, d.points, d.unit_id, d.note, d.work_confirmed,
                                                      d.confirmed_by))

    def apply_import(self, preview: ImportPreview[RatingInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_EMULATION, reason=import_reason(preview)) as session:
            return save_items(session, preview, TaskRating, self._load, self._apply)

    # --- helpers -----------------------------------------------------------------------------

    def _setting(self, key: str, year: int, default: object) -> object:
        try:
            return self.ws.settings.value(key, on=dt.date(year, 12, 31))
        except NotFoundError:
            return default

    @staticmethod
    def _disciplined(session: Session, year: int) -> list[int]:
        """People disciplined in ``year``: a discipline counts in the year of its decision."""
        return list(session.scalars(select(DisciplineRecord.person_id).where(
            DisciplineRecord.matter == MatterKind.DISCIPLINE, DisciplineRecord.person_id.is_not(None),
            DisciplineRecord.form.is_not(None),
            extract("year", func.coalesce(DisciplineRecord.decided_on, DisciplineRecord.opened_on)) == year)))

    def _validate(self, session: Session, data: RatingInput, rating_id: int | None = None,
                  check_twin: bool = True) -> RatingInput:
        """The cleaned input, or a ValidationError naming the field."""
        if not 2000 <= data.year <= 2100:
            raise ValidationError(_("Năm {year} không hợp lệ.", year=data.year), field="year")
        household = data.nominee.type is NomineeType.HOUSEHOLD
        if household and (data.level is not None or data.work_confirmed is None):
            raise ValidationError(_("Hộ gia đình không được xếp loại; chỉ ghi kết quả họp bình xét của thôn (đạt hoặc "
                                    "không đạt «Gia đình văn hóa», Nghị định 86/2023/NĐ-CP)."), field="work_confirmed")
        nominee, _kind = load_nominee(session, data.nominee)
        data = replace(data, level=RatingLevel(data.level) if data.level is not None else None)
        note = nfc(data.note or "") or None
        worker = isinstance(nominee, Person) and not is_official(nominee.category)
        if data.work_confirmed is not None and not (worker or household):
            raise ValidationError(_("Xác nhận của thôn, đơn vị chỉ dùng cho công nhân, nông dân, người lao động "
                                    "(Luật Thi đua, khen thưởng 2022, Điều 24) và cho kết quả bình xét hộ gia đình của "
                                    "thôn; cán bộ, công chức, viên chức và tập thể được xếp loại."), field="work_confirmed")
        if data.level is None and data.work_confirmed is None:
            raise ValidationError(_("Hãy chọn mức xếp loại hoặc xác nhận của thôn, đơn vị.") if worker
                                  else _("Hãy chọn mức xếp loại."), field="level")
        if isinstance(nominee, Person):
            units = units_in_year(session, nominee, data.year)  # their unit(s) that year, not today's
            unit_id = data.unit_id if data.unit_id is not None else (units[-1].unit_id if units else nominee.unit_id)
            unit = session.get(Unit, unit_id)
            if unit is None:
                raise ValidationError(_("Hãy chọn đơn vị đánh giá."), field="unit_id")
            if unit_id not in {u.unit_id for u in units}:
                where = (f"năm đó ở {', '.join(f'«{u.unit_name}»' for u in units)}" if units
                         else f"chưa thuộc đơn vị nào của xã năm đó; nay ở «{nominee.unit.name}»")
                raise ValidationError(
                    _("«{full_name}» không thuộc «{unit}» năm {year} ({where}); chỉ đơn vị của người đó trong năm "
                      "mới đánh giá được.",
                      full_name=nominee.full_name, unit=unit.name, year=data.year, where=where), field="unit_id")
            self._check_active(unit, data.year)
            if is_official(nominee.category) and data.level is not None:
                disciplined = nominee.id in self._disciplined(session, data.year)
                check_points(data.level, data.points, disciplined, self.bands(data.year))
            elif data.points is not None and not 0 <= data.points <= 100:
                raise ValidationError(_("Điểm {points:g} không hợp lệ (từ 0 đến 100).",
                                        points=data.points), field="points")
        elif household:
            unit_id = None
            self._check_active(nominee.village, data.year)
        else:
            unit_id = None
            self._check_active(nominee, data.year)
            if data.points is not None and not 0 <= data.points <= 100:
                raise ValidationError(_("Điểm {points:g} không hợp lệ (từ 0 đến 100).",
                                        points=data.points), field="points")
        if check_twin:
            column = getattr(TaskRating, f"{data.nominee.type.value}_id")
            twin = session.scalar(select(TaskRating.id).where(TaskRating.year == data.year, column == data.nominee.id,
                                                              TaskRating.id != (rating_id or -1)))
            if twin is not None:
                raise ValidationError(_("Đã có kết quả đánh giá năm {year} của đối tượng này; hãy sửa kết quả đó.",
                                        year=data.year),
                                      field="year")
        own = session.get(Unit, unit_id).name if unit_id else nominee.village.name if household else None
        confirmed_by = nfc(data.confirmed_by or "") or own if data.work_confirmed is not None else None
        return RatingInput(data.year, data.nominee, data.level, data.points, unit_id, note, data.work_confirmed,
                           confirmed_by)

    @staticmethod
    def _check_active(unit: Unit, year: int) -> None:
        if (unit.active_from and unit.active_from.year > year) or (unit.active_to and unit.active_to.year < year):
            raise ValidationError(_("«{unit}» không hoạt động trong năm {year}.",
                                    unit=unit.name, year=year), field="unit_id")

    @staticmethod
    def _apply(record: TaskRating, data: RatingInput) -> None:
        record.year = data.year
        record.level = data.level
        record.points = data.points
        record.rated_in_unit_id = data.unit_id
        record.note = data.note
        record.work_confirmed = data.work_confirmed
        record.confirmed_by = data.confirmed_by
        for column, value in data.nominee.columns.items():
            setattr(record, column, value)

    @staticmethod
    def _load(session: Session, rating_id: int | None) -> TaskRating:
        record = session.get(TaskRating, rating_id)
        if record is None:
            raise NotFoundError(_("Không tìm thấy kết quả đánh giá #{rating_id} (có thể đã bị xóa).",
                                  rating_id=rating_id))
        return record

    @staticmethod
    def _unit_names(session: Session) -> dict[int, str]:
        return dict(session.execute(select(Unit.id, Unit.name)).all())

    @staticmethod
    def _row(r: TaskRating, units: dict[int, str]) -> RatingRow:
        info = nominee_info(r)
        if r.person is not None:
            unit_id = r.rated_in_unit_id or r.person.unit_id
            unit_name = units.get(unit_id, "")
            official = is_official(r.person.category)
        else:
            unit_id, unit_name, official = info.unit_id, info.unit_name, False
        return RatingRow(r.id, r.year, info, r.level, r.points, unit_id, unit_name, official, r.note, r.version,
                         r.work_confirmed, r.confirmed_by)



def _confirmation(reader: RowReader) -> bool | None:
    """The "Đạt" / "Không đạt" of a worker's year in the import, or None when the cell is empty."""
    text = reader.text(CONFIRMED)
    if text is None:
        return None
    found = {fold(v): k for k, v in CONFIRMATION_TEXT.items()}.get(fold(text))
    if found is None:
        reader.problem(CONFIRMED, f"«{text}» không hợp lệ; dùng «Đạt» hoặc «Không đạt»")
    return found

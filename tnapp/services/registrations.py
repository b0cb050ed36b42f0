"""Đăng ký thi đua: at the start of the year each unit registers itself and
its people for titles; the office approves or rejects (with a reason).

Registering after the deadline (setting ``registration_deadline``, "MM-DD")
is allowed but flagged (``late``). The combined list exports to Excel (the
import layout) and prints through the document engine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.emulation_rules import (
    REGISTRATION_EDITABLE, Nominee, NomineeType, check_registration_step, check_title_fits, is_late,
    registration_deadline,
)
from tnapp.domain.names import vietnamese_key
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold
from tnapp.domain.vocab import RegistrationState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _, label
from tnapp.models import AwardTitle, Movement, Registration, Unit
from tnapp.models.base import utcnow
from tnapp.services.base import Service
from tnapp.services.emulation_excel import (
    NOMINEE_COLUMNS, NOMINEE_WIDTHS, UNIT_CODE, ImportPreview, Lookups, NomineeInfo, RowReader, build_preview,
    export_table, iter_rows, load_nominee, nominee_filter, nominee_info, nominee_options, validation_problem,
)

DEFAULT_DEADLINE = "03-31"
SHEET = "Đăng ký thi đua"
YEAR, TITLE, REG_UNIT, STATE = "Năm", "Danh hiệu", "Đơn vị đăng ký", "Trạng thái"
COLUMNS = (YEAR, *NOMINEE_COLUMNS, TITLE, REG_UNIT, STATE)
REQUIRED = (YEAR, UNIT_CODE, TITLE)


@dataclass(frozen=True)
class RegistrationInput:
    year: int
    unit_id: int  # the registering unit
    nominee: Nominee
    title_id: int
    movement_id: int | None = None


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    year: int
    unit_id: int
    unit_code: str
    unit_name: str
    nominee: NomineeInfo
    title_id: int
    title_code: str
    title_name: str
    movement_id: int | None
    state: RegistrationState
    sent_at: dt.datetime | None
    decided_at: dt.datetime | None
    reject_reason: str | None
    registered_on: dt.date  # sent on, or created on while not sent
    deadline: dt.date
    late: bool
    version: int

    @property
    def nominee_name(self) -> str:
        return self.nominee.name

    @property
    def sort_key(self) -> tuple:
        return (self.year, vietnamese_key(self.unit_name), self.nominee.sort_key, self.id)


class RegistrationService(Service):
    # --- reading ---------------------------------------------------------------------

    def deadline(self, year: int) -> dt.date:
        """The registration deadline of ``year`` (setting ``registration_deadline``)."""
        try:
            value = self.ws.settings.value("registration_deadline", on=dt.date(year, 1, 1))
        except NotFoundError:
            value = DEFAULT_DEADLINE
        return registration_deadline(year, str(value))

    def list(self, year: int | None = None, unit_id: int | None = None, state: RegistrationState | None = None,
             search: str | None = None) -> list[RegistrationRow]:
        with self.ws.read() as session:
            query = select(Registration).options(selectinload(Registration.title), *nominee_options(Registration))
            if year is not None:
                query = query.where(Registration.year == year)
            if unit_id is not None:
                query = query.where(Registration.unit_id == unit_id)
            if state is not None:
                query = query.where(Registration.state == state)
            records = session.scalars(query).all()
            units = {u.id: u for u in session.scalars(select(Unit))}
            deadlines = {y: self.deadline(y) for y in {r.year for r in records}}
            rows = [self._row(r, units[r.unit_id], deadlines[r.year]) for r in records]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.nominee.name} {r.unit_name} {r.title_name} {r.title_code}")]
        return sorted(rows, key=lambda r: r.sort_key)

    def get(self, registration_id: int) -> RegistrationRow:
        with self.ws.read() as session:
            record = self._load(session, registration_id)
            return self._row(record, session.get(Unit, record.unit_id), self.deadline(record.year))

    # --- writing ---------------------------------------------------------------------

    def create(self, data: RegistrationInput) -> RegistrationRow:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            self._validate(session, data)
            record = Registration(state=RegistrationState.NOT_SENT)
            self._apply(record, data)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(self, registration_id: int, data: RegistrationInput,
               expected_version: int | None = None) -> RegistrationRow:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, registration_id)
            self.ws.check_version(record, expected_version)
            if record.state not in REGISTRATION_EDITABLE:
                raise ValidationError(_("Đăng ký đang «{state}» nên không sửa được; hãy rút về «Chưa gửi» trước.",
                                        state=label(record.state)), field="state")
            self._validate(session, data, registration_id)
            self._apply(record, data)
        return self.get(registration_id)

    def delete(self, registration_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, registration_id)
            self.ws.check_version(record, expected_version)
            if record.state is RegistrationState.APPROVED:
                raise ValidationError(_("Đăng ký đã được duyệt nên không xóa được."), field="state")
            session.delete(record)

    def send(self, registration_id: int, expected_version: int | None = None) -> RegistrationRow:
        """Chưa gửi / Từ chối → Chờ duyệt; ``late`` on the result tells whether it came after the deadline."""
        return self._move(registration_id, RegistrationState.PENDING, None, expected_version)

    def approve(self, registration_id: int, expected_version: int | None = None) -> RegistrationRow:
        return self._move(registration_id, RegistrationState.APPROVED, None, expected_version)

    def reject(self, registration_id: int, reason: str, expected_version: int | None = None) -> RegistrationRow:
        return self._move(registration_id, RegistrationState.REJECTED, reason, expected_version)

    def recall(self, registration_id: int, reason: str | None = None,
               expected_version: int | None = None) -> RegistrationRow:
        """Back to the previous state: Chờ duyệt → Chưa gửi, Đã duyệt → Chờ duyệt (with a reason)."""
        current = self.get(registration_id).state
        target = RegistrationState.PENDING if current is RegistrationState.APPROVED else RegistrationState.NOT_SENT
        return self._move(registration_id, target, reason, expected_version)

    def _move(self, registration_id: int, target: RegistrationState, reason: str | None,
              expected_version: int | None) -> RegistrationRow:
        with self.ws.write(Permission.EDIT_EMULATION, reason=reason) as session:
            record = self._load(session, registration_id)
            self.ws.check_version(record, expected_version)
            check_registration_step(record.state, target, reason)
            now = utcnow()
            if target is RegistrationState.PENDING and record.state is not RegistrationState.APPROVED:
                record.sent_at = now
            if target in (RegistrationState.APPROVED, RegistrationState.REJECTED):
                record.decided_at = now
            if target is RegistrationState.NOT_SENT:
                record.sent_at = None
            if target is not RegistrationState.REJECTED and target is not RegistrationState.APPROVED:
                record.decided_at = None
            record.reject_reason = reason.strip() if target is RegistrationState.REJECTED and reason else None
            record.state = target
        return self.get(registration_id)

    # --- Excel and the printed list ------------------------------------------------------

    def export_excel(self, path: Path, rows: list[RegistrationRow] | None = None,
                     year: int | None = None) -> Path:
        rows = self.list(year=year) if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [
            (r.year, *r.nominee.cells(), r.title_name, r.unit_code, r.state.label) for r in rows],
            (7, *NOMINEE_WIDTHS, 30, 14, 14))  # the title by its name (the import takes a name or a code)

    def preview_import(self, path: Path) -> ImportPreview[RegistrationInput]:
        """New registrations (Chưa gửi), and changes of the registering unit;
        the state column is shown, not imported (it moves by approval)."""
        preview: ImportPreview[RegistrationInput] = ImportPreview(path, "đăng ký thi đua")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            existing = {(r.year, Nominee.of(r), r.title_id): (r.id, r.unit_id)
                        for r in session.scalars(select(Registration))}

            def parse(reader: RowReader):
                year = reader.integer(YEAR, required=True, low=2000, high=2100)
                found = reader.nominee(lk)
                title = reader.title(lk, TITLE)
                reg_unit = reader.unit(lk, REG_UNIT, required=False)
                if year is None or found is None or title is None or not reader.ok:
                    return None
                nominee, unit = found
                data = RegistrationInput(year, (reg_unit or unit).id, nominee, title.id)
                try:
                    self._validate(session, data, check_twin=False)
                except ValidationError as exc:
                    validation_problem(reader, exc, {"title_id": TITLE, "unit_id": REG_UNIT})
                    return None
                return (year, nominee, title.id), data, f"{reader.text('Họ và tên') or unit.name} – {title.code} {year}"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse,
                                 existing, lambda d: d.unit_id)

    def apply_import(self, preview: ImportPreview[RegistrationInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_EMULATION, reason=f"Nhập từ tệp {preview.path.name}") as session:
            for item in preview.new:
                record = Registration(state=RegistrationState.NOT_SENT)
                self._apply(record, item.data)
                session.add(record)
            for item in preview.changed:
                self._load(session, item.existing_id).unit_id = item.data.unit_id
        return len(preview.new) + len(preview.changed)

    def document(self, year: int, on: dt.date | None = None):
        """The report of ``year``'s registrations received by the commune, as an official document
        (NĐ 30/2020: a Báo cáo, numbered /BC). A registration not yet sent, or refused, is not the
        commune's to report, and how far a registration has got in the office is no part of a signed paper."""
        from tnapp.documents.model import Column, Heading, Para, Table
        from tnapp.domain.vocab import DocumentKind
        from tnapp.reports.base import ReportParams, commune_document

        received = (RegistrationState.PENDING, RegistrationState.APPROVED)
        rows = [r for r in self.list(year=year) if r.state in received]
        body = [Para.of(f"Hạn đăng ký: {self.deadline(year):%d/%m/%Y}. Ủy ban nhân dân xã đã nhận {len(rows):02d} "
                        "bản đăng ký thi đua của các tập thể, cá nhân, hộ gia đình như sau:", indent=False)]
        for heading, wanted in (("I. TẬP THỂ", NomineeType.COLLECTIVE), ("II. CÁ NHÂN", NomineeType.PERSON),
                                ("III. HỘ GIA ĐÌNH", NomineeType.HOUSEHOLD)):
            part = [r for r in rows if r.nominee.type is wanted]
            if not part:
                continue
            body.append(Heading(heading, 1))
            body.append(Table(
                (Column("STT", 0.5, "center"), Column("Tập thể / Họ và tên", 2.8), Column("Đơn vị", 2.8),
                 Column("Danh hiệu đăng ký", 2.8)),
                tuple((i, r.nominee.name, r.unit_name, r.title_name) for i, r in enumerate(part, 1)),
                sheet=heading.split(". ")[1].title()))
        return commune_document(self.ws, ReportParams(year, on=on), kind=DocumentKind.REPORT,
                                summary=f"Tổng hợp đăng ký thi đua năm {year}", body=body, title="BÁO CÁO")

    def print_list(self, year: int, path: str | Path, on: dt.date | None = None) -> Path:
        """Save the combined list as .pdf, .docx or .xlsx (by the extension)."""
        from tnapp.documents.output import save
        return save(self.document(year, on), path)

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _validate(session: Session, data: RegistrationInput, registration_id: int | None = None,
                  check_twin: bool = True) -> None:
        if not 2000 <= data.year <= 2100:
            raise ValidationError(_("Năm {year} không hợp lệ.", year=data.year), field="year")
        if session.get(Unit, data.unit_id) is None:
            raise ValidationError(_("Hãy chọn đơn vị đăng ký."), field="unit_id")
        title = session.get(AwardTitle, data.title_id)
        if title is None:
            raise ValidationError(_("Hãy chọn danh hiệu."), field="title_id")
        _nominee, unit_kind = load_nominee(session, data.nominee)
        check_title_fits(title.name, title.nominee_kind, data.nominee.type, unit_kind)
        if data.movement_id is not None and session.get(Movement, data.movement_id) is None:
            raise ValidationError(_("Phong trào không tồn tại."), field="movement_id")
        if not check_twin:  # an import matches existing rows on the same key instead
            return
        twin = session.scalar(select(Registration.id).where(
            Registration.year == data.year, Registration.title_id == data.title_id,
            nominee_filter(Registration, data.nominee), Registration.id != (registration_id or -1)))
        if twin is not None:
            raise ValidationError(_("Đối tượng này đã đăng ký «{title}» năm {year}.",
                                    title=title.name, year=data.year), field="title_id")

    @staticmethod
    def _apply(record: Registration, data: RegistrationInput) -> None:
        record.year = data.year
        record.unit_id = data.unit_id
        record.title_id = data.title_id
        record.movement_id = data.movement_id
        for column, value in data.nominee.columns.items():
            setattr(record, column, value)

    @staticmethod
    def _load(session: Session, registration_id: int | None) -> Registration:
        record = session.get(Registration, registration_id)
        if record is None:
            raise NotFoundError(_("Không tìm thấy đăng ký thi đua #{registration_id} (có thể đã bị xóa).",
                                  registration_id=registration_id))
        return record

    @staticmethod
    def _row(r: Registration, unit: Unit, deadline: dt.date) -> RegistrationRow:
        registered_on = (r.sent_at or r.created_at or utcnow()).date()
        return RegistrationRow(r.id, r.year, r.unit_id, unit.code, unit.name, nominee_info(r), r.title_id,
                               r.title.code, r.title.name, r.movement_id, r.state, r.sent_at, r.decided_at,
                               r.reject_reason, registered_on, deadline, is_late(registered_on, deadline), r.version)

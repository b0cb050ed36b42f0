"""People: officials, employees and residents, with an Excel import that
checks every row before anything is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.names import person_sort_key
from tnapp.domain.permissions import Permission
from tnapp.domain.names import LEGACY_MESSAGE, legacy_encoding, name_key, unit_key
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import Gender, PersonStatus, StaffCategory
from tnapp.errors import NotFoundError, TNAppError, ValidationError
from tnapp.i18n import N_, _
from tnapp.models import (
    AwardRecord, CouncilMember, DisciplineRecord, Exemplar, Person, ProposalNominee, Registration, TaskRating,
    Unit,
)
from tnapp.models.emulation import initiative_author
from tnapp.services.base import Service, delete_unless_used
from tnapp.services.excel import (
    CellProblem, Formula, header_positions, open_workbook, read_rows,
)
from tnapp.documents.xlsx import new_book, save_workbook, write_table
from tnapp.services.person_units import UnitPeriod, record_move, units_in_year

MIN_BIRTH_YEAR, MAX_BIRTH_YEAR = 1900, 2100


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    gender: Gender
    unit_id: int
    birth_year: int | None = None
    position: str | None = None
    category: StaffCategory = StaffCategory.CIVIL_SERVANT
    status: PersonStatus = PersonStatus.ACTIVE
    phone: str | None = None
    note: str | None = None
    hometown: str | None = None  # quê quán
    residence: str | None = None  # nơi thường trú
    qualification: str | None = None  # trình độ chuyên môn, nghiệp vụ
    political_theory: str | None = None  # trình độ lý luận chính trị


# The profile fields the Báo cáo thành tích asks (column, label, longest), beside the name and the birth year.
PROFILE_FIELDS = (("hometown", "Quê quán", 200), ("residence", "Nơi thường trú", 200),
                  ("qualification", "Trình độ chuyên môn", 150), ("political_theory", "Lý luận chính trị", 60))


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    gender: Gender
    birth_year: int | None
    position: str | None
    unit_id: int
    unit_code: str
    unit_name: str
    category: StaffCategory
    status: PersonStatus
    phone: str | None
    note: str | None
    version: int
    hometown: str | None = None
    residence: str | None = None
    qualification: str | None = None
    political_theory: str | None = None


def _row(p: Person) -> PersonRow:
    return PersonRow(p.id, p.full_name, p.gender, p.birth_year, p.position, p.unit_id, p.unit.code, p.unit.name,
                     p.category, p.status, p.phone, p.note, p.version,
                     **{name: getattr(p, name) for name, _, _ in PROFILE_FIELDS})


def _clean(text: str | None) -> str | None:
    text = nfc(text or "")
    return text or None


def validate_person(data: PersonInput) -> PersonInput:
    """The rules for a person's fields; returns the cleaned input."""
    name = nfc(data.full_name)
    if not name:
        raise ValidationError(_("Họ và tên không được để trống."), field="full_name")
    if len(name) > 100:
        raise ValidationError(_("Họ và tên tối đa 100 ký tự."), field="full_name")
    if any(ch.isdigit() for ch in name):
        raise ValidationError(_("Họ và tên «{name}» có chữ số.", name=name), field="full_name")
    if data.birth_year is not None and not MIN_BIRTH_YEAR <= data.birth_year <= MAX_BIRTH_YEAR:
        raise ValidationError(_("Năm sinh {birth_year} không hợp lệ (từ {MIN_BIRTH_YEAR} đến {MAX_BIRTH_YEAR}).",
                                birth_year=data.birth_year, MIN_BIRTH_YEAR=MIN_BIRTH_YEAR,
                                MAX_BIRTH_YEAR=MAX_BIRTH_YEAR),
                              field="birth_year")
    profile = {column: _clean(getattr(data, column)) for column, _, _ in PROFILE_FIELDS}
    for column, label, longest in PROFILE_FIELDS:
        if len(profile[column] or "") > longest:
            raise ValidationError(_("{label} tối đa {longest} ký tự.", label=label, longest=longest), field=column)
    return replace(data, full_name=name, position=_clean(data.position), phone=_clean(data.phone),
                   note=_clean(data.note), **profile)


# --- Excel layout -----------------------------------------------------------------

COLUMNS = ("Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Đơn vị", "Đối tượng", "Tình trạng", "Điện thoại",
           "Ghi chú", *(label for _, label, _ in PROFILE_FIELDS))
REQUIRED = ("Họ và tên", "Giới tính", "Đơn vị")
TEXT_COLUMNS = frozenset({"Đơn vị", "Điện thoại"})  # a unit's code, a phone number: text, leading zeros kept
# Other headers offices give the profile columns (compared as ``name_key``: case, NFD, stray spaces).
SYNONYMS = {"Quê quán": ("Quê", "Nguyên quán"),
            "Nơi thường trú": ("Thường trú", "Trú quán", "Nơi ở", "Nơi ở hiện nay", "Địa chỉ thường trú"),
            "Trình độ chuyên môn": ("Trình độ chuyên môn, nghiệp vụ", "Chuyên môn", "Chuyên môn, nghiệp vụ",
                                    "Trình độ CMNV"),
            "Lý luận chính trị": ("Trình độ lý luận chính trị", "Trình độ LLCT", "LLCT")}
SHEET_TITLE = "Danh sách"
MAX_ROWS = 20_000  # a commune's catalogue of people is far shorter; a longer sheet is refused unread


@dataclass(frozen=True)
class ImportRow:
    row: int
    data: PersonInput


@dataclass(frozen=True)
class Duplicate:
    row: int
    full_name: str
    birth_year: int | None
    unit_name: str
    existing_id: int | None  # None: repeated inside the same file
    existing_name: str  # as the catalogue (or the earlier row) writes it, shown when it differs


@dataclass
class PeopleImportPreview:
    """What an import would do; nothing is saved until ``apply``."""

    path: Path
    new_rows: list[ImportRow] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def can_apply(self) -> bool:
        return not self.problems and bool(self.new_rows)


# Records that keep a person from being deleted.
_REFERENCES = (
    (TaskRating.person_id, N_("kết quả đánh giá")),
    (AwardRecord.person_id, N_("khen thưởng")),
    (Registration.person_id, N_("đăng ký thi đua")),
    (DisciplineRecord.person_id, N_("kỷ luật")),
    (Exemplar.person_id, N_("điển hình")),
    (ProposalNominee.person_id, N_("đề nghị khen thưởng")),
    (CouncilMember.person_id, N_("thành viên Hội đồng")),
    (initiative_author.c.person_id, N_("sáng kiến")),
)


class PersonService(Service):
    def list(self, search: str | None = None, unit_id: int | None = None,
             status: PersonStatus | None = None) -> list[PersonRow]:
        """People sorted the Vietnamese way (given name first); ``search``
        matches name, position or unit, with or without diacritics."""
        with self.ws.read() as session:
            query = select(Person).options(selectinload(Person.unit))
            if unit_id is not None:
                query = query.where(Person.unit_id == unit_id)
            if status is not None:
                query = query.where(Person.status == status)
            rows = [_row(p) for p in session.scalars(query)]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.full_name} {r.position or ''} {r.unit_name}")]
        return sorted(rows, key=lambda r: (person_sort_key(r.full_name), r.birth_year or 0, r.id))

    def get(self, person_id: int) -> PersonRow:
        with self.ws.read() as session:
            return _row(self._load(session, person_id))

    def units_in_year(self, person_id: int, year: int) -> list[UnitPeriod]:
        """The units the person belonged to in ``year``, oldest first (two in the year of a move)."""
        with self.ws.read() as session:
            return units_in_year(session, self._load(session, person_id), year)

    def create(self, data: PersonInput) -> PersonRow:
        data = validate_person(data)
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            self._check_unit(session, data.unit_id)
            person = Person()
            self._apply(person, data)
            session.add(person)
            session.flush()
            person_id = person.id
        return self.get(person_id)

    def update(self, person_id: int, data: PersonInput, expected_version: int | None = None,
               moved_on: dt.date | None = None) -> PersonRow:
        """A change of unit is kept in the person's unit history, from ``moved_on`` (today by default)."""
        data = validate_person(data)
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            person = self._load(session, person_id)
            self.ws.check_version(person, expected_version)
            self._check_unit(session, data.unit_id)
            record_move(person, data.unit_id, moved_on or dt.date.today())
            self._apply(person, data)
        return self.get(person_id)

    def delete(self, person_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            person = self._load(session, person_id)
            self.ws.check_version(person, expected_version)
            # Loaded, the unit history is deleted by the ORM with the person, so each row is audited
            # (left unloaded, the database cascade would remove it unseen by the audit log).
            person.unit_periods  # load it
            delete_unless_used(session, person, _REFERENCES, _("Không xóa được «{full_name}»", full_name=person.full_name),
                               _("Hãy đổi tình trạng (chuyển công tác, nghỉ hưu) thay vì xóa."))

    # --- Excel ---------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[PersonRow] | None = None) -> Path:
        """The list in the import layout, so an exported file can be edited and imported back."""
        rows = self.list() if rows is None else rows
        book = new_book()
        write_table(book.create_sheet(SHEET_TITLE), COLUMNS, (
            (r.full_name, r.gender.label, r.birth_year, r.position, r.unit_code, r.category.label, r.status.label,
             r.phone, r.note, *(getattr(r, name) for name, _, _ in PROFILE_FIELDS)) for r in rows),
            widths=(28, 10, 10, 30, 14, 16, 18, 14, 30, 30, 30, 26, 16), text_columns=TEXT_COLUMNS)
        return save_workbook(book, path)

    def preview_import(self, path: Path) -> PeopleImportPreview:
        """Read and check every row; report problems with sheet, row and column."""
        preview = PeopleImportPreview(path)
        book = open_workbook(path, max_rows=MAX_ROWS)
        try:
            sheet = book[SHEET_TITLE] if SHEET_TITLE in book.sheetnames else book.worksheets[0]
            header_row, columns = header_positions(sheet, COLUMNS, SYNONYMS)
            missing = [c for c in REQUIRED if c not in columns]
            if missing:
                raise TNAppError(_("Trang «{title}», dòng {row}: thiếu cột {columns}.", title=sheet.title,
                                   row=header_row, columns=", ".join(f"«{c}»" for c in missing)))
            with self.ws.read() as session:
                units = {u.code.casefold(): u for u in session.scalars(select(Unit))}
                units_by_name = {unit_key(u.name): u for u in units.values()}
                # names compared as Vietnamese: «Phạm Thị Hạ» is not a duplicate of «Phạm Thị Hà»
                people = list(session.scalars(select(Person)))
                existing = {(name_key(p.full_name), p.birth_year, p.unit_id): (p.id, p.full_name) for p in people}
                # a name typed without any diacritics cannot say which of Hà, Hạ, Hả it is
                unmarked = {(fold(p.full_name), p.birth_year, p.unit_id): p.full_name for p in people}
            seen: dict[tuple, int] = {}
            rows = read_rows(sheet, MAX_ROWS, _("danh sách"))
            for row_number, cells in enumerate(rows[header_row:], start=header_row + 1):
                values = {name: (cells[col - 1] if col - 1 < len(cells) else None)
                          for name, col in columns.items()}
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
                    continue
                before = len(preview.problems)
                data = self._read_row(sheet.title, row_number, columns, values, units, units_by_name,
                                      preview.problems)
                if data is None or len(preview.problems) > before:
                    continue
                key = (name_key(data.full_name), data.birth_year, data.unit_id)
                guess = unmarked.get((fold(data.full_name), data.birth_year, data.unit_id))
                if key not in existing and guess and name_key(data.full_name) == fold(data.full_name):
                    preview.problems.append(CellProblem(
                        sheet.title, row_number, columns["Họ và tên"], "Họ và tên",
                        _("«{name}» viết không dấu, giống «{guess}» đã có; hãy ghi họ tên có dấu", name=data.full_name,
                          guess=guess)))
                    continue
                unit = next(u for u in units.values() if u.id == data.unit_id)
                if key in existing or key in seen:
                    existing_id, existing_name = existing.get(key) or (None, seen[key][1])
                    preview.duplicates.append(Duplicate(row_number, data.full_name, data.birth_year, unit.name,
                                                        existing_id, existing_name))
                    continue
                seen[key] = (row_number, data.full_name)
                preview.new_rows.append(ImportRow(row_number, data))
        finally:
            book.close()
        return preview

    def apply_import(self, preview: PeopleImportPreview) -> int:
        """Save the new rows of a clean preview in one transaction; returns how many."""
        if preview.problems:
            raise TNAppError(_("Tệp «{path}» còn {n} lỗi; chưa nhập gì. Hãy sửa tệp rồi nhập lại.",
                               path=preview.path.name, n=len(preview.problems)))
        with self.ws.write(Permission.EDIT_CATALOGUE, reason=f"Nhập từ tệp {preview.path.name}") as session:
            for item in preview.new_rows:
                person = Person()
                self._apply(person, item.data)
                session.add(person)
        return len(preview.new_rows)

    # --- helpers ---------------------------------------------------------------------

    @staticmethod
    def _read_row(sheet: str, row: int, columns: dict[str, int], values: dict[str, object],
                  units: dict[str, Unit], units_by_name: dict[str, Unit],
                  problems: list[CellProblem]) -> PersonInput | None:
        def problem(name: str, message: str) -> None:
            problems.append(CellProblem(sheet, row, columns.get(name), name, message))

        def is_formula(name: str) -> bool:
            value = values.get(name)
            return isinstance(value, Formula)

        def text(name: str) -> str | None:
            """The cell as text; a formula is reported once and read as empty."""
            value = values.get(name)
            if value is None:
                return None
            if is_formula(name):
                problem(name, _("ô chứa công thức; hãy nhập giá trị"))
                return None
            cleaned = nfc(str(value))
            if legacy_encoding(cleaned):
                problem(name, _(LEGACY_MESSAGE, text=cleaned))
                return None
            return cleaned or None

        def required(name: str) -> str | None:
            value = text(name)
            if value is None and not is_formula(name) and not legacy_encoding(nfc(str(values.get(name) or ""))):
                problem(name, _("không được để trống"))
            return value

        def member(enum_cls, name: str, default=None):
            raw = required(name) if default is None else text(name)
            if raw is None:
                return default
            try:
                return enum_cls.parse(raw)
            except ValueError:
                problem(name, _("«{raw}» không hợp lệ; dùng một trong: {allowed}", raw=raw,
                                allowed=", ".join(m.label for m in enum_cls)))
                return default

        full_name = required("Họ và tên")
        gender = member(Gender, "Giới tính")
        category = member(StaffCategory, "Đối tượng", StaffCategory.CIVIL_SERVANT)
        status = member(PersonStatus, "Tình trạng", PersonStatus.ACTIVE)
        birth_year = None
        raw_year = values.get("Năm sinh")
        if raw_year not in (None, ""):
            if isinstance(raw_year, bool) or not isinstance(raw_year, (int, float, str)):
                problem("Năm sinh", _("«{value}» không phải năm (ví dụ 1985)", value=raw_year))
            else:
                try:
                    birth_year = int(float(str(raw_year).strip()))
                    if birth_year != float(str(raw_year).strip()):
                        raise ValueError
                except ValueError:
                    problem("Năm sinh", _("«{value}» không phải năm (ví dụ 1985)", value=raw_year))
                    birth_year = None
        unit_text = required("Đơn vị")
        unit = None
        if unit_text is not None:
            unit = units.get(unit_text.casefold()) or units_by_name.get(unit_key(unit_text))
            if unit is None:
                problem("Đơn vị", _("không có đơn vị mã hoặc tên «{unit}» trong danh mục", unit=unit_text))
        if not (full_name and gender and unit):
            return None
        data = PersonInput(full_name, gender, unit.id, birth_year, text("Chức vụ"), category, status,
                           text("Điện thoại"), text("Ghi chú"),
                           **{name: text(label) for name, label, _ in PROFILE_FIELDS})
        try:
            return validate_person(data)
        except ValidationError as exc:
            labels = {"full_name": "Họ và tên", "birth_year": "Năm sinh",
                      **{name: label for name, label, _ in PROFILE_FIELDS}}
            problem(labels.get(exc.field or "", "Họ và tên"), str(exc))
            return None

    @staticmethod
    def _load(session: Session, person_id: int) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(_("Không tìm thấy người #{person_id} (có thể đã bị xóa).", person_id=person_id))
        return person

    @staticmethod
    def _check_unit(session: Session, unit_id: int) -> None:
        if session.get(Unit, unit_id) is None:
            raise ValidationError(_("Đơn vị không tồn tại."), field="unit_id")

    @staticmethod
    def _apply(person: Person, data: PersonInput) -> None:
        person.full_name = data.full_name
        person.gender = data.gender
        person.unit_id = data.unit_id
        person.birth_year = data.birth_year
        person.position = data.position
        person.category = data.category
        person.status = data.status
        person.phone = data.phone
        person.note = data.note
        for name, _label, _limit in PROFILE_FIELDS:
            setattr(person, name, getattr(data, name))

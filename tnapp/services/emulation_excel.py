"""Excel import and export shared by the emulation records (registrations,
ratings, award history, households…), built on ``tnapp.services.excel``.

An import is read whole and checked first (``preview``): each row becomes a
new record, a change to an existing one (matched on the record's natural
key), or nothing (already there, identical); every problem names its sheet,
row and column. ``apply`` then saves all of it in one transaction, or nothing
when a single row has a problem — a file is never half-imported. So an
exported file imported back changes nothing.

Who a row is about is read from the same columns everywhere: a person by
name + birth year + unit code (an unknown or ambiguous person is a row error,
never guessed), a collective by its unit code, a household by its code and
its village's code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.formatting import format_number, parse_date, parse_number
from tnapp.domain.labels import LabelledEnum
from tnapp.domain.names import LEGACY_MESSAGE, legacy_encoding, name_key, person_sort_key, vietnamese_key
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import AwardLevel, NomineeKind, UnitKind
from tnapp.errors import TNAppError, ValidationError
from tnapp.i18n import _
from tnapp.models import AwardTitle, Household, Person, Unit
from tnapp.services.excel import (
    CellProblem, Formula, header_positions, open_workbook, read_rows,
)
from tnapp.documents.xlsx import new_book, save_workbook, write_table
from tnapp.services.person_units import past_units

T = TypeVar("T")
MAX_ROWS = 20_000

# The nominee columns, the same in every file.
NAME, BIRTH_YEAR, UNIT_CODE, UNIT_NAME, HOUSEHOLD_CODE = "Họ và tên", "Năm sinh", "Mã đơn vị", "Tên đơn vị", "Mã hộ"
NOMINEE_COLUMNS = (NAME, BIRTH_YEAR, UNIT_CODE, UNIT_NAME, HOUSEHOLD_CODE)
NOMINEE_WIDTHS = (26, 9, 11, 30, 11)
# Codes and document numbers: text in the file (Text format), whatever digits they hold.
TEXT_COLUMNS = frozenset({UNIT_CODE, HOUSEHOLD_CODE, "Mã", "Mã thôn", "Số quyết định", "Số văn bản phát động"})


@dataclass(frozen=True)
class UnitInfo:
    id: int
    code: str
    name: str
    kind: UnitKind


@dataclass(frozen=True)
class TitleInfo:
    id: int
    code: str
    name: str
    nominee_kind: NomineeKind
    level: AwardLevel


@dataclass(frozen=True)
class PersonInfo:
    id: int
    full_name: str
    birth_year: int | None
    unit_code: str


@dataclass
class Lookups:
    """The catalogue an import checks its rows against, read once."""

    units: dict[str, UnitInfo] = field(default_factory=dict)  # by code, casefolded
    units_by_id: dict[int, UnitInfo] = field(default_factory=dict)
    titles: dict[str, TitleInfo] = field(default_factory=dict)  # by code and folded name
    # by (name_key, unit code): names compared as Vietnamese, tone marks significant
    people: dict[tuple[str, str], list[PersonInfo]] = field(default_factory=lambda: defaultdict(list))
    people_by_name: dict[str, list[PersonInfo]] = field(default_factory=lambda: defaultdict(list))
    # the same names without any diacritics: only to say who an unknown name resembles, never to match
    people_unmarked: dict[str, list[PersonInfo]] = field(default_factory=lambda: defaultdict(list))
    households: dict[tuple[str, str], int] = field(default_factory=dict)  # (village code, code)

    @classmethod
    def load(cls, session: Session) -> Lookups:
        lk = cls()
        for u in session.scalars(select(Unit)):
            info = UnitInfo(u.id, u.code, u.name, u.kind)
            lk.units[u.code.casefold()] = info
            lk.units_by_id[u.id] = info
        for t in session.scalars(select(AwardTitle)):
            info = TitleInfo(t.id, t.code, t.name, t.nominee_kind, t.level)
            lk.titles[t.code.casefold()] = info
            lk.titles.setdefault(fold(t.name), info)
        before = past_units(session)
        for p in session.scalars(select(Person)):
            code = lk.units_by_id[p.unit_id].code
            info = PersonInfo(p.id, p.full_name, p.birth_year, code)
            # found under the units they belonged to before too; the record's own rule checks the year
            for unit_id in {p.unit_id} | before.get(p.id, set()):
                lk.people[(name_key(p.full_name), lk.units_by_id[unit_id].code.casefold())].append(info)
            lk.people_by_name[name_key(p.full_name)].append(info)
            lk.people_unmarked[fold(p.full_name)].append(info)
        for h in session.scalars(select(Household)):
            lk.households[(lk.units_by_id[h.village_id].code.casefold(), h.code.casefold())] = h.id
        return lk


class RowReader:
    """The cells of one row, read by header; every problem is recorded with its place."""

    def __init__(self, sheet: str, row: int, columns: dict[str, int], values: dict[str, object],
                 problems: list[CellProblem]) -> None:
        self.sheet, self.row, self.columns, self.values, self.problems = sheet, row, columns, values, problems
        self._start = len(problems)
        # How the row was read where the file and the catalogue differ («Pham thi ha» is «Phạm Thị Hà»,
        # «0.125» is 0,125): shown beside the row in the preview.
        self.notes: list[str] = []

    @property
    def ok(self) -> bool:
        return len(self.problems) == self._start

    def problem(self, name: str | None, message: str) -> None:
        self.problems.append(CellProblem(self.sheet, self.row, self.columns.get(name or ""), name, message))

    def text(self, name: str, required: bool = False, keep_lines: bool = False) -> str | None:
        """The cell's text, spaces tidied (and its line breaks kept with ``keep_lines``)."""
        value = self.values.get(name)
        if isinstance(value, Formula):
            self.problem(name, _("ô chứa công thức; hãy nhập giá trị"))
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        lines = str(value).splitlines() if value is not None else []
        text = "\n".join(nfc(line) for line in lines).strip() if keep_lines else nfc(" ".join(lines))
        if legacy_encoding(text):
            self.problem(name, _(LEGACY_MESSAGE, text=text))
            return None
        if not text:
            if required:
                self.problem(name, _("không được để trống"))
            return None
        return text

    def integer(self, name: str, required: bool = False, low: int | None = None,
                high: int | None = None) -> int | None:
        raw = self.values.get(name)
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer():
            number = int(raw)
        else:
            text = self.text(name, required)
            if text is None:
                return None
            try:
                number = int(text)
            except ValueError:
                self.problem(name, _("«{text}» không phải số nguyên", text=text))
                return None
        if (low is not None and number < low) or (high is not None and number > high):
            self.problem(name, _("{number} nằm ngoài khoảng cho phép ({low}–{high})", number=number, low=low,
                                   high=high))
            return None
        return number

    def number(self, name: str, required: bool = False) -> float | None:
        raw = self.values.get(name)
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return float(raw)
        text = self.text(name, required)
        if text is None:
            return None
        try:
            number = parse_number(text, name)
        except ValidationError as exc:
            self.problem(name, str(exc))
            return None
        if format_number(number) != text:
            self.notes.append(_("{column} «{text}» đọc là {number}", column=name, text=text,
                                 number=format_number(number)))
        return number

    def date(self, name: str, required: bool = False) -> dt.date | None:
        raw = self.values.get(name)
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        text = self.text(name, required)
        if text is None:
            return None
        try:
            return parse_date(text, name)
        except ValidationError as exc:
            self.problem(name, str(exc))
            return None

    def member(self, enum_cls: type[LabelledEnum], name: str, default: LabelledEnum | None = None):
        text = self.text(name, required=default is None)
        if text is None:
            return default
        try:
            return enum_cls.parse(text)
        except ValueError:
            self.problem(name, _("«{raw}» không hợp lệ; dùng một trong: {allowed}", raw=text,
                                 allowed=", ".join(m.label for m in enum_cls)))
            return default

    def unit(self, lk: Lookups, name: str, required: bool = True) -> UnitInfo | None:
        code = self.text(name, required)
        if code is None:
            return None
        unit = lk.units.get(code.casefold())
        if unit is None:
            self.problem(name, _("không có đơn vị mã «{code}» trong danh mục", code=code))
        return unit

    def title(self, lk: Lookups, name: str) -> TitleInfo | None:
        text = self.text(name, required=True)
        if text is None:
            return None
        title = lk.titles.get(text.casefold()) or lk.titles.get(fold(text))
        if title is None:
            self.problem(name, _("không có danh hiệu, hình thức khen thưởng «{text}» trong danh mục "
                                 "(dùng mã như CSTDCS, LDTT, GK hoặc tên đầy đủ)", text=text))
        return title

    def nominee(self, lk: Lookups) -> tuple[Nominee, UnitInfo] | None:
        """Who the row is about (see the module's docstring), with the unit named by «Mã đơn vị»."""
        unit = self.unit(lk, UNIT_CODE)
        full_name = self.text(NAME)
        household = self.text(HOUSEHOLD_CODE)
        birth_year = self.integer(BIRTH_YEAR, low=1900, high=2100) if full_name else None
        if unit is None or not self.ok:
            return None
        if household is not None:
            found = lk.households.get((unit.code.casefold(), household.casefold()))
            if found is None:
                self.problem(HOUSEHOLD_CODE, _("không có hộ mã «{household}» ở «{unit}»", household=household,
                                                 unit=unit.name))
                return None
            return Nominee.household(found), unit
        if full_name is None:
            return Nominee.collective(unit.id), unit
        person = self._person(lk, full_name, birth_year, unit)
        if person is not None and person.full_name != str(self.values.get(NAME)):
            self.notes.append(_("«{written}» trong tệp là «{name}» trong danh mục", written=self.values.get(NAME),
                                 name=person.full_name))
        return (Nominee.person(person.id), unit) if person else None

    def people(self, lk: Lookups, name: str, required: bool = False) -> list[PersonInfo] | None:
        """The people a cell lists as ``person_refs`` writes them: «Họ tên (năm sinh, mã đơn vị)»
        separated by «;»; each must be one known person (the unit code is required)."""
        text = self.text(name, required)
        if text is None:
            return None if required else []
        found: list[PersonInfo] = []
        for part in (p.strip() for p in text.split(";")):
            match = _PERSON_REF.fullmatch(part)
            if not part:
                continue
            if match is None:
                self.problem(name, _("«{part}» phải ghi dạng «Họ và tên (năm sinh, mã đơn vị)»", part=part))
                continue
            full_name, birth_year, code = match.group(1).strip(), match.group(2), match.group(3).strip()
            unit = lk.units.get(code.casefold())
            if unit is None:
                self.problem(name, _("không có đơn vị mã «{code}» (của «{name}») trong danh mục", code=code,
                                     name=full_name))
                continue
            person = self._person(lk, full_name, int(birth_year) if birth_year else None, unit, name)
            if person is not None:
                found.append(person)
                if person.full_name != full_name:
                    self.notes.append(_("«{written}» trong tệp là «{name}» trong danh mục", written=full_name,
                                         name=person.full_name))
        if required and not found and self.ok:
            self.problem(name, _("không được để trống"))
        return found if self.ok else None

    def _person(self, lk: Lookups, full_name: str, birth_year: int | None, unit: UnitInfo,
                column: str = NAME) -> PersonInfo | None:
        who = _("«{name}» (sinh {year})", name=full_name, year=birth_year) if birth_year else f"«{full_name}»"
        candidates = [p for p in lk.people.get((name_key(full_name), unit.code.casefold()), [])
                      if birth_year is None or p.birth_year == birth_year]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            self.problem(column, _("có {n} người {who} ở đơn vị «{unit}»; không biết là ai. Hãy ghi năm sinh, hoặc "
                                   "gộp người trùng trong Danh mục → Người", n=len(candidates), who=who, unit=unit.code))
            return None
        elsewhere = sorted({p.unit_code for p in lk.people_by_name.get(name_key(full_name), [])
                            if birth_year is None or p.birth_year == birth_year})
        if elsewhere:
            self.problem(column, _("{who} không thuộc đơn vị «{unit}» (đang ở: {units})", who=who, unit=unit.code,
                                   units=", ".join(elsewhere)))
        else:
            alike = sorted({p.full_name for p in lk.people_unmarked.get(fold(full_name), [])})
            hint = _("; danh mục có {names} (dấu thanh khác là người khác: hãy ghi đúng họ tên như trong danh mục)",
                     names=", ".join(f"«{n}»" for n in alike)) if alike else ""
            self.problem(column, _("không có người {who} ở đơn vị «{unit}» trong danh mục{hint}", who=who,
                                   unit=unit.code, hint=hint))
        return None


# One person in a cell listing several (the authors of an initiative).
_PERSON_REF = re.compile(r"(.+?)\s*\(\s*(?:(\d{4})\s*,\s*)?([^(),]+?)\s*\)")


def person_refs(people: Sequence[tuple[str, int | None, str]]) -> str:
    """(name, birth year, unit code) of each person, as ``RowReader.people`` reads them back."""
    return "; ".join(f"{name} ({birth_year}, {code})" if birth_year else f"{name} ({code})"
                     for name, birth_year, code in people)


@dataclass(frozen=True)
class NomineeInfo:
    """A record's nominee as the lists and files show it."""

    nominee: Nominee
    name: str  # the person's name, the unit's name, "Hộ <head>"
    birth_year: int | None
    unit_id: int  # the person's unit, the collective itself, the household's village
    unit_code: str
    unit_name: str
    household_code: str | None = None

    @property
    def type(self) -> NomineeType:
        return self.nominee.type

    @property
    def sort_key(self) -> tuple:
        """Collectives, then people (by given name), then households; Vietnamese order."""
        rank = (NomineeType.COLLECTIVE, NomineeType.PERSON, NomineeType.HOUSEHOLD).index(self.type)
        name = person_sort_key(self.name) if self.type is NomineeType.PERSON else (vietnamese_key(self.name), ())
        return rank, name

    def cells(self) -> tuple:
        """The values of NOMINEE_COLUMNS."""
        if self.type is NomineeType.PERSON:
            return self.name, self.birth_year, self.unit_code, self.unit_name, None
        return None, None, self.unit_code, self.unit_name, self.household_code


def nominee_info(record: object) -> NomineeInfo:
    """The nominee of a NomineeRef row whose person (with unit), collective and household (with village) are loaded."""
    nominee = Nominee.of(record)
    if nominee.type is NomineeType.PERSON:
        p = record.person  # type: ignore[attr-defined]
        return NomineeInfo(nominee, p.full_name, p.birth_year, p.unit_id, p.unit.code, p.unit.name)
    if nominee.type is NomineeType.COLLECTIVE:
        u = record.collective  # type: ignore[attr-defined]
        return NomineeInfo(nominee, u.name, None, u.id, u.code, u.name)
    h = record.household  # type: ignore[attr-defined]
    return NomineeInfo(nominee, f"Hộ {h.head_name}", None, h.village_id, h.village.code, h.village.name, h.code)


def nominee_options(model: type) -> list:
    """Loader options that make ``nominee_info`` free of extra queries."""
    return [selectinload(model.person).selectinload(Person.unit), selectinload(model.collective),
            selectinload(model.household).selectinload(Household.village)]


def nominee_filter(model: type, nominee: Nominee):
    """The WHERE clause selecting ``nominee``'s rows of a NomineeRef model."""
    return getattr(model, f"{nominee.type.value}_id") == nominee.id


def load_nominee(session: Session, nominee: Nominee, field: str = "nominee") -> tuple[object, UnitKind | None]:
    """The nominee's row (refused when missing, naming ``field``), and the unit kind for a collective."""
    model = {NomineeType.PERSON: Person, NomineeType.COLLECTIVE: Unit, NomineeType.HOUSEHOLD: Household}[nominee.type]
    row = session.get(model, nominee.id)
    if row is None:
        what = {NomineeType.PERSON: _("người"), NomineeType.COLLECTIVE: _("đơn vị"), NomineeType.HOUSEHOLD: _("hộ")}
        raise ValidationError(_("Không tìm thấy {what} #{id} (có thể đã bị xóa).",
                                what=what[nominee.type], id=nominee.id),
                              field=field)
    return row, (row.kind if isinstance(row, Unit) else None)


# --- reading and previewing -------------------------------------------------------------------

def iter_rows(path: Path, sheet_title: str, columns: Sequence[str], required: Sequence[str],
              problems: list[CellProblem]) -> Iterator[RowReader]:
    """A reader for each non-empty row of the sheet ``sheet_title`` (the first
    sheet when there is none of that name); missing required columns are refused."""
    book = open_workbook(path, max_rows=MAX_ROWS)
    try:
        sheet = book[sheet_title] if sheet_title in book.sheetnames else book.worksheets[0]
        header_row, found = header_positions(sheet, columns)
        missing = [c for c in required if c not in found]
        if missing:
            raise TNAppError(_("Trang «{title}», dòng {row}: thiếu cột {columns}.", title=sheet.title,
                               row=header_row, columns=", ".join(f"«{c}»" for c in missing)))
        rows = read_rows(sheet, MAX_ROWS, _("danh sách"))
        title = sheet.title
    finally:
        book.close()
    for number, cells in enumerate(rows[header_row:], start=header_row + 1):
        values = {name: (cells[col - 1] if col - 1 < len(cells) else None) for name, col in found.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue
        yield RowReader(title, number, found, values, problems)


@dataclass(frozen=True)
class ImportItem(Generic[T]):
    row: int
    data: T
    summary: str  # one line for the preview ("Nguyễn Văn Hùng – CSTDCS 2025")
    existing_id: int | None = None


@dataclass
class ImportPreview(Generic[T]):
    """What an import would do; nothing is saved until ``apply``."""

    path: Path
    what: str  # "đăng ký thi đua"
    new: list[ImportItem[T]] = field(default_factory=list)
    changed: list[ImportItem[T]] = field(default_factory=list)
    unchanged: int = 0
    problems: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)

    @property
    def can_apply(self) -> bool:
        return not self.problems and bool(self.new or self.changed)

    def check_applicable(self) -> None:
        if self.problems:
            raise TNAppError(_("Tệp «{path}» còn {n} lỗi; chưa nhập gì. Hãy sửa tệp rồi nhập lại.",
                               path=self.path.name, n=len(self.problems)))


def build_preview(preview: ImportPreview[T], readers: Iterator[RowReader],
                  parse: Callable[[RowReader], tuple[object, T, str] | None],
                  existing: dict[object, tuple[int, object]], comparable: Callable[[T], object]) -> ImportPreview[T]:
    """Sort each parsed row into new / changed / unchanged by its key;
    ``existing`` maps key → (id, comparable value); a key twice in the file is an error."""
    seen: dict[object, int] = {}
    for reader in readers:
        parsed = parse(reader)
        if parsed is None or not reader.ok:
            continue
        key, data, summary = parsed
        summary = " – ".join((summary, *reader.notes))
        if key in seen:
            reader.problem(None, _("trùng với dòng {row} ({summary})", row=seen[key], summary=summary))
            continue
        seen[key] = reader.row
        if key in existing:
            record_id, current = existing[key]
            if current == comparable(data):
                preview.unchanged += 1
            else:
                preview.changed.append(ImportItem(reader.row, data, summary, record_id))
        else:
            preview.new.append(ImportItem(reader.row, data, summary))
    return preview


def validation_problem(reader: RowReader, exc: ValidationError, fields: dict[str, str]) -> None:
    """A service's refusal of a row, placed in the column of the field it names."""
    reader.problem(fields.get(exc.field or ""), str(exc))


def save_items(session: Session, preview: ImportPreview[T], model: type,
               load: Callable[[Session, int | None], object], apply: Callable[[object, T], None]) -> int:
    """Write a checked preview inside the caller's ``ws.write``: a new ``model``
    row per new item, ``apply`` on the loaded record for each change."""
    for item in preview.new:
        record = model()
        apply(record, item.data)
        session.add(record)
    for item in preview.changed:
        apply(load(session, item.existing_id), item.data)
    session.flush()
    return len(preview.new) + len(preview.changed)


def import_reason(preview: ImportPreview) -> str:
    return f"Nhập từ tệp {preview.path.name}"


# --- writing ---------------------------------------------------------------------------------

def export_table(path: Path, sheet_title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                 widths: Sequence[int]) -> Path:
    """One sheet in the import layout, so an exported file can be edited and imported back."""
    book = new_book()
    write_table(book.create_sheet(sheet_title), headers, rows, widths=widths, text_columns=TEXT_COLUMNS)
    return save_workbook(book, path)

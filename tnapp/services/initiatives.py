"""Sáng kiến and research topics: title, authors (people), unit, who
recognised it and when, the scope of its effect, the decision number.
The award rules read them (CSTĐCS needs one recognised at grassroots level,
Chiến sĩ thi đua cấp tỉnh one of province-wide effect)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.names import person_sort_key, vietnamese_key
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import EffectScope, InitiativeKind
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import Initiative, Person, Unit
from tnapp.services.base import Service
from tnapp.services.emulation_excel import (
    UNIT_CODE, UNIT_NAME, ImportPreview, Lookups, RowReader, build_preview, export_table, import_reason, iter_rows,
    person_refs, save_items, validation_problem,
)

SHEET = "Sáng kiến"
YEAR, KIND, TITLE, AUTHORS, BY, ON, SCOPE, NUMBER = (
    "Năm", "Loại", "Tên sáng kiến, đề tài", "Tác giả", "Cơ quan công nhận", "Ngày công nhận", "Phạm vi ảnh hưởng",
    "Số quyết định")
# «Tác giả»: "Họ tên (năm sinh, mã đơn vị); …", read back by RowReader.people.
COLUMNS = (YEAR, KIND, TITLE, AUTHORS, UNIT_CODE, UNIT_NAME, BY, ON, SCOPE, NUMBER)
REQUIRED = (YEAR, TITLE, AUTHORS)


@dataclass(frozen=True)
class InitiativeInput:
    title: str
    year: int
    author_ids: tuple[int, ...]
    kind: InitiativeKind = InitiativeKind.INITIATIVE
    unit_id: int | None = None
    recognised_by: str | None = None
    recognised_on: dt.date | None = None
    scope: EffectScope = EffectScope.GRASSROOTS
    decision_number: str | None = None


@dataclass(frozen=True)
class InitiativeRow:
    id: int
    kind: InitiativeKind
    title: str
    year: int
    author_ids: tuple[int, ...]
    authors: tuple[str, ...]
    unit_id: int | None
    unit_name: str | None
    recognised_by: str | None
    recognised_on: dt.date | None
    scope: EffectScope
    decision_number: str | None
    version: int

    @property
    def authors_text(self) -> str:
        return ", ".join(self.authors)


def _clean(text: str | None) -> str | None:
    return nfc(text or "") or None


class InitiativeService(Service):
    def list(self, year: int | None = None, scope: EffectScope | None = None, unit_id: int | None = None,
             search: str | None = None, author_id: int | None = None) -> list[InitiativeRow]:
        with self.ws.read() as session:
            query = select(Initiative).options(selectinload(Initiative.authors))
            if year is not None:
                query = query.where(Initiative.year == year)
            if scope is not None:
                query = query.where(Initiative.scope == scope)
            if unit_id is not None:
                query = query.where(Initiative.unit_id == unit_id)
            units = dict(session.execute(select(Unit.id, Unit.name)).all())
            rows = [self._row(i, units) for i in session.scalars(query)]
        if author_id is not None:
            rows = [r for r in rows if author_id in r.author_ids]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.title} {r.authors_text} {r.unit_name or ''} "
                                                      f"{r.decision_number or ''}")]
        return sorted(rows, key=lambda r: (-r.year, vietnamese_key(r.title), r.id))

    def get(self, initiative_id: int) -> InitiativeRow:
        with self.ws.read() as session:
            units = dict(session.execute(select(Unit.id, Unit.name)).all())
            return self._row(self._load(session, initiative_id), units)

    def create(self, data: InitiativeInput) -> InitiativeRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = Initiative()
            self._apply(session, record, data)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(self, initiative_id: int, data: InitiativeInput, expected_version: int | None = None) -> InitiativeRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, initiative_id)
            self.ws.check_version(record, expected_version)
            self._apply(session, record, data)
        return self.get(initiative_id)

    def delete(self, initiative_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, initiative_id)
            self.ws.check_version(record, expected_version)
            session.delete(record)

    # --- Excel ---------------------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[InitiativeRow] | None = None) -> Path:
        rows = self.list() if rows is None else rows
        people = {p.id: (p.full_name, p.birth_year, p.unit_code) for p in self.ws.people.list()}
        with self.ws.read() as session:
            codes = dict(session.execute(select(Unit.id, Unit.code)).all())
        return export_table(path, SHEET, COLUMNS, [
            (r.year, r.kind.label, r.title, person_refs([people[i] for i in r.author_ids]), codes.get(r.unit_id),
             r.unit_name, r.recognised_by, r.recognised_on, r.scope.label, r.decision_number) for r in rows],
            (7, 14, 50, 40, 11, 26, 24, 14, 14, 16))

    def preview_import(self, path: Path) -> ImportPreview[InitiativeInput]:
        """Rows matched on year + title; authors named as the export writes them."""
        preview: ImportPreview[InitiativeInput] = ImportPreview(path, "sáng kiến, đề tài")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            existing = {(i.year, fold(i.title)): (i.id, self._comparable(self._row(i, {})))
                        for i in session.scalars(select(Initiative).options(selectinload(Initiative.authors)))}

            def parse(reader: RowReader):
                year = reader.integer(YEAR, required=True, low=2000, high=2100)
                kind = reader.member(InitiativeKind, KIND, InitiativeKind.INITIATIVE)
                title = reader.text(TITLE, required=True)
                authors = reader.people(lk, AUTHORS, required=True)
                unit = reader.unit(lk, UNIT_CODE, required=False)
                by, on, number = reader.text(BY), reader.date(ON), reader.text(NUMBER)
                scope = reader.member(EffectScope, SCOPE, EffectScope.GRASSROOTS)
                if year is None or title is None or not authors or not reader.ok:
                    return None
                try:
                    data = self._clean(InitiativeInput(title, year, tuple(a.id for a in authors), kind,
                                                       unit.id if unit else None, by, on, scope, number))
                except ValidationError as exc:
                    validation_problem(reader, exc, {"title": TITLE, "year": YEAR, "author_ids": AUTHORS,
                                                     "recognised_on": ON})
                    return None
                return (year, fold(data.title)), data, f"{data.title} ({year})"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse,
                                 existing, self._comparable)

    def apply_import(self, preview: ImportPreview[InitiativeInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_EMULATION, reason=import_reason(preview)) as session:
            return save_items(session, preview, Initiative, self._load,
                              lambda record, data: self._apply(session, record, data))

    @staticmethod
    def _comparable(r: InitiativeInput | InitiativeRow) -> tuple:
        return (r.kind, r.title, frozenset(r.author_ids), r.unit_id, r.recognised_by, r.recognised_on, r.scope,
                r.decision_number)

    @staticmethod
    def _clean(data: InitiativeInput) -> InitiativeInput:
        title = nfc(data.title)
        if not title:
            raise ValidationError(_("Tên sáng kiến, đề tài không được để trống."), field="title")
        if not 2000 <= data.year <= 2100:
            raise ValidationError(_("Năm {year} không hợp lệ.", year=data.year), field="year")
        if not data.author_ids:
            raise ValidationError(_("Hãy chọn ít nhất một tác giả."), field="author_ids")
        if data.recognised_on is not None and abs(data.recognised_on.year - data.year) > 1:
            raise ValidationError(_("Ngày công nhận {recognised_on:%d/%m/%Y} không khớp với năm {year}.",
                                    recognised_on=data.recognised_on, year=data.year),
                                  field="recognised_on")
        return InitiativeInput(title, data.year, tuple(dict.fromkeys(data.author_ids)), InitiativeKind(data.kind),
                               data.unit_id, _clean(data.recognised_by), data.recognised_on, EffectScope(data.scope),
                               _clean(data.decision_number))

    @staticmethod
    def _apply(session: Session, record: Initiative, data: InitiativeInput) -> None:
        authors = [session.get(Person, i) for i in data.author_ids]
        if None in authors:
            raise ValidationError(_("Tác giả đã chọn không còn trong danh mục."), field="author_ids")
        if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
            raise ValidationError(_("Đơn vị không tồn tại."), field="unit_id")
        record.kind, record.title, record.year, record.unit_id = data.kind, data.title, data.year, data.unit_id
        record.recognised_by, record.recognised_on = data.recognised_by, data.recognised_on
        record.scope, record.decision_number = data.scope, data.decision_number
        record.authors = authors

    @staticmethod
    def _load(session: Session, initiative_id: int) -> Initiative:
        record = session.get(Initiative, initiative_id)
        if record is None:
            raise NotFoundError(_("Không tìm thấy sáng kiến #{initiative_id} (có thể đã bị xóa).",
                                  initiative_id=initiative_id))
        return record

    @staticmethod
    def _row(i: Initiative, units: dict[int, str]) -> InitiativeRow:
        authors = sorted(i.authors, key=lambda p: person_sort_key(p.full_name))
        return InitiativeRow(i.id, i.kind, i.title, i.year, tuple(p.id for p in authors),
                             tuple(p.full_name for p in authors), i.unit_id, units.get(i.unit_id),
                             i.recognised_by, i.recognised_on, i.scope, i.decision_number, i.version)

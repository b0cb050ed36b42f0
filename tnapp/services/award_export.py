"""People's awards from the award history in the fields of the national database of
cadres, civil servants and public employees (chức vụ, chức danh and đơn vị at the time
of the award; số, ngày quyết định, năm, cơ quan ban hành, cấp, loại, danh hiệu or hình
thức, hình thức nhận, thành tích, số tháng nâng lương trước hạn), as Excel or JSON, for a
year or for one person. How the app's data map onto the database's lists (cấp, loại…)
is data: ``resources/award_export/national-cadre-db.json``.

    ws.award_export.rows(year=2025)
    ws.award_export.export("khen-thuong.xlsx", year=2025)   # or .json; person_id=…
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tnapp.documents.model import Column, Document, Issuer, Table
from tnapp.documents.output import save, write_atomically
from tnapp.domain.text import fold
from tnapp.domain.vocab import DocumentKind, ProposalState, StaffCategory
from tnapp.errors import TNAppError, ValidationError
from tnapp.i18n import _
from tnapp.models import AwardRecord, Person, Proposal, ProposalNominee
from tnapp.paths import resources_dir
from tnapp.reports.base import printed_name
from tnapp.services.base import Service
from tnapp.services.person_units import UnitPeriod, unit_history


def mapping_file() -> Path:
    return resources_dir() / "award_export" / "national-cadre-db.json"


@dataclass(frozen=True)
class NationalMapping:
    """How the award history's values become the national database's (the data file, read)."""

    name: str
    sheet: str
    columns: tuple[tuple[str, str, int], ...]  # key, header, width
    categories: frozenset[StaffCategory]
    levels: tuple[Mapping[str, Any], ...]
    kinds: tuple[Mapping[str, Any], ...]
    default_kind: str
    award_forms: Mapping[str, str]
    receipt: Mapping[str, Any]
    unconfirmed: tuple[str, ...]

    @classmethod
    def load(cls, path: Path) -> NationalMapping:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["name"], data["sheet"], tuple((k, h, w) for k, h, w in data["columns"]),
                   frozenset(StaffCategory(c) for c in data["categories"]), tuple(data["levels"]),
                   tuple(data["kinds"]), data["default_kind"], data["award_forms"], data["receipt"],
                   tuple(data.get("unconfirmed", ())))

    @staticmethod
    def _says(issuer: str, words: Sequence[str]) -> bool:
        folded = fold(issuer)
        return any(fold(w) in folded for w in words)

    def level(self, level: str, issuer: str) -> str:
        for rule in self.levels:
            if level in rule["level"] and (not rule.get("issuer_contains")
                                           or self._says(issuer, rule["issuer_contains"])):
                return rule["value"]
        return ""

    def kind(self, issuer: str) -> str:
        return next((r["value"] for r in self.kinds if self._says(issuer, r["issuer_contains"])), self.default_kind)

    def receipt_of(self, note: str | None) -> str:
        for words, value in self.receipt.get("note_contains", {}).items():
            if note and self._says(note, [words]):
                return value
        return self.receipt["default"]


@dataclass(frozen=True)
class NationalAwardRow:
    full_name: str
    birth_year: int | None
    position: str | None  # only when the award falls in the person's current post
    job_title: str | None  # not kept by TNApp
    unit: str
    decision_number: str | None
    decision_date: dt.date | None
    year: int
    issuer: str
    level: str
    kind: str
    award: str
    award_form: str
    receipt: str
    achievement: str | None
    early_raise_months: int | None  # decided by the managing body, never derived
    position_note: bool = False  # a bracketed remark was left out of the post (not a column)

    def value(self, key: str) -> Any:
        return getattr(self, key)


_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def post_title(position: str | None) -> str | None:
    """The post as the national database's «Chức vụ» field takes it. An official post's name
    (NĐ 33/2023 for the commune's cadres and civil servants) carries no brackets: a trailing
    "(…)" is the office's own remark — a side duty such as "(Thường trực HĐ TĐKT)", a note —
    and is left out of a record another body keeps."""
    if position is None:
        return None
    text = position
    while _REMARK.search(text):
        text = _REMARK.sub("", text)
    return " ".join(text.split()) or None


@dataclass(frozen=True)
class AwardExport:
    """What an export wrote, and what the person exporting must know of it (said on screen)."""

    path: Path
    rows: int
    without_achievement: int  # awards not proposed through TNApp: thành tích left empty
    trimmed_positions: int  # posts whose bracketed remark was left out
    collectives: int  # nominees of the year outside the cadre database, not exported
    households: int
    others: int  # people who are not cadres, civil servants or public employees

    def notes(self) -> list[str]:
        out = []
        if self.without_achievement:
            out.append(_("{n} dòng không có «Thành tích» (khen thưởng không đề nghị qua TNApp): hãy điền trước khi "
                         "gửi.", n=self.without_achievement))
        if self.trimmed_positions:
            out.append(_("{n} dòng: «Chức vụ» đã bỏ phần ghi chú trong ngoặc (không phải tên chức vụ).",
                         n=self.trimmed_positions))
        if self.collectives or self.households:
            out.append(_("{collectives} tập thể, {households} hộ gia đình không thuộc cơ sở dữ liệu cán bộ, công "
                         "chức, viên chức: không xuất.", collectives=self.collectives, households=self.households))
        if self.others:
            out.append(_("{n} người không phải cán bộ, công chức, viên chức: không xuất.", n=self.others))
        return out


def unit_at(periods: Sequence[UnitPeriod], year: int, day: dt.date | None) -> UnitPeriod | None:
    """The unit the person belonged to on the decision's day (else the last one of the year)."""
    if day is not None:
        for p in periods:
            if (p.from_date is None or p.from_date <= day) and (p.to_date is None or day <= p.to_date):
                return p
    in_year = [p for p in periods if p.covers(year)]
    return in_year[-1] if in_year else None


class AwardExportService(Service):
    @cached_property
    def mapping(self) -> NationalMapping:
        return NationalMapping.load(mapping_file())

    def latest_year(self) -> int | None:
        """The latest year with an award of a cadre, civil servant or public employee (what a year's export holds)."""
        with self.ws.read() as session:
            return session.scalar(select(func.max(AwardRecord.year)).join(Person, AwardRecord.person_id == Person.id)
                                  .where(Person.category.in_(self.mapping.categories)))

    def rows(self, year: int | None = None, person_id: int | None = None) -> list[NationalAwardRow]:
        """People's awards: of ``year`` (the cadres, civil servants and public employees), or all of one person."""
        if year is None and person_id is None:
            raise ValidationError(_("Hãy chọn năm hoặc một người để xuất khen thưởng."), field="year")
        m = self.mapping
        with self.ws.read() as session:
            query = (select(AwardRecord).where(AwardRecord.person_id.is_not(None))
                     .options(selectinload(AwardRecord.title),
                              selectinload(AwardRecord.person).selectinload(Person.unit),
                              selectinload(AwardRecord.person).selectinload(Person.unit_periods)))
            if year is not None:
                query = query.where(AwardRecord.year == year)
            if person_id is not None:
                if session.get(Person, person_id) is None:
                    raise ValidationError(_("Không tìm thấy người #{person_id}.", person_id=person_id), field="person")
                query = query.where(AwardRecord.person_id == person_id)
            records = [r for r in session.scalars(query)
                       if person_id is not None or r.person.category in m.categories]
            achievements = self._achievements(session, records)
            out = []
            for r in records:
                person, title = r.person, r.title
                periods = unit_history(session, person)
                unit = unit_at(periods, r.year, r.decision_date)
                current = periods[-1]
                in_current_post = unit is not None and unit == current and current.to_date is None
                issuer = r.issuer or title.authority
                post = person.position if in_current_post else None
                out.append(NationalAwardRow(
                    person.full_name, person.birth_year, post_title(post), None,
                    unit.unit_name if unit else "", r.decision_number, r.decision_date, r.year, issuer,
                    m.level(title.level.value, issuer), m.kind(issuer), printed_name(title.name),
                    m.award_forms[title.form.value], m.receipt_of(r.note),
                    achievements.get((r.person_id, r.title_id, r.year)), None,
                    post is not None and post_title(post) != " ".join(post.split())))
        return sorted(out, key=lambda row: (row.year, row.decision_date or dt.date.min, fold(row.full_name)))

    @staticmethod
    def _achievements(session, records: Sequence[AwardRecord]) -> dict[tuple[int, int, int], str]:
        """Thành tích as written when the person was proposed for that title that year."""
        if not records:
            return {}
        rows = session.execute(
            select(ProposalNominee.person_id, Proposal.title_id, Proposal.year, ProposalNominee.achievements)
            .join(Proposal, ProposalNominee.proposal_id == Proposal.id)
            .where(ProposalNominee.person_id.in_({r.person_id for r in records}),
                   Proposal.state != ProposalState.DRAFT, ProposalNominee.achievements.is_not(None)))
        return {(p, t, y): text for p, t, y, text in rows if text and text.strip()}

    def document(self, rows: Sequence[NationalAwardRow], caption: str) -> Document:
        """The rows as a table in a document: the Excel copy goes through the same save path as every paper."""
        m = self.mapping
        table = Table(tuple(Column(header, width / 10, "right" if key in ("birth_year", "year",
                                                                         "early_raise_months") else "left")
                            for key, header, width in m.columns),
                      tuple(tuple(row.value(key) for key, _, _ in m.columns) for row in rows),
                      caption=caption, sheet=m.sheet, landscape=True)
        commune = self.ws.commune.current()
        return Document(kind=DocumentKind.REPORT, issuer=Issuer.commune(commune.name), summary=caption,
                        place=commune.place_name, date=dt.date.today(), body=(table,), numbered=False,
                        meta={"title": caption})

    def left_out(self, year: int) -> tuple[int, int, int]:
        """The year's nominees the national cadre database does not hold: collectives, households, and
        people who are not cadres, civil servants or public employees (each counted once)."""
        with self.ws.read() as session:
            records = session.execute(
                select(AwardRecord.collective_id, AwardRecord.household_id, Person.id, Person.category)
                .outerjoin(Person, Person.id == AwardRecord.person_id).where(AwardRecord.year == year)).all()
        return (len({c for c, _h, _p, _k in records if c is not None}),
                len({h for _c, h, _p, _k in records if h is not None}),
                len({p for _c, _h, p, k in records if p is not None and k not in self.mapping.categories}))

    def export(self, path: str | os.PathLike, year: int | None = None, person_id: int | None = None) -> AwardExport:
        """Write the rows to ``path``: .xlsx (one sheet, numbers and dates as such) or .json; say what
        the file lacks or leaves out."""
        target = Path(path).expanduser()
        suffix = target.suffix.lower()
        if suffix not in (".xlsx", ".json"):
            raise TNAppError(_("Tệp «{name}» phải có đuôi .xlsx hoặc .json.", name=target.name))
        rows = self.rows(year, person_id)
        who = f"của {rows[0].full_name}" if person_id is not None and rows else ""
        caption = " ".join(filter(None, (self.mapping.name, f"năm {year}" if year is not None else "", who)))
        if suffix == ".xlsx":
            saved = save(self.document(rows, caption), target)
        else:
            data = {"name": caption, "columns": {k: h for k, h, _ in self.mapping.columns},
                    "rows": [{k: _json(row.value(k)) for k, _, _ in self.mapping.columns} for row in rows]}
            text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
            saved = write_atomically(target, lambda stream: stream.write(text))
        collectives, households, others = self.left_out(year) if person_id is None and year is not None else (0, 0, 0)
        trimmed = sum(1 for row in rows if row.position_note)
        return AwardExport(saved, len(rows), sum(1 for row in rows if not row.achievement), trimmed,
                           collectives, households, others)


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value

"""The Bộ Nội vụ statistics forms of emulation and commendation (Biểu 0601.N/BNV-TĐKT…)
as dated data (``resources/stat_forms/``), and how their cells are counted.

A form file holds the form's code, title, circular and validity, the texts of its
header, its rows (with their codes) and columns (A, B, C, 1…n), and for each row
and each numeric column a small rule: the facts it counts (``where``: every named
field must take one of the listed values), a sum of other columns (``sum``), or
``not_counted`` with the reason — such a row or column is printed empty, never
guessed. A fact is a plain mapping of field → value: a movement launched by the
commune, or an award of the award history (see tnapp/services/stat_forms.py).

The file also says who issues the form (``reported_by``): a form that ministries and
provinces report (0604, 0605) is never produced as the commune's paper — the commune
neither issues nor signs it, and has none of its figures.

A new circular is a new file with a later ``valid_from``: the form of a year is the
one in force on the year's reporting day (``report_day``, 15/12 under Thông tư
02/2023/TT-BNV).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tnapp.domain.text import fold
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import N_, _

Fact = Mapping[str, str]
Where = Mapping[str, tuple[str, ...]]

# Who issues a form (``reported_by`` of its file): the levels whose head signs it as their report.
ISSUERS = {"ministry": N_("các bộ, ban, ngành, đoàn thể trung ương"),
           "province": N_("Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"),
           "commune": N_("Ủy ban nhân dân xã")}
COMMUNE = "commune"


def _where(data: Mapping[str, Any] | None) -> Where | None:
    if data is None:
        return None
    return {key: tuple(str(v) for v in values) for key, values in data.items()}


def matches(fact: Fact, where: Where) -> bool:
    return all(fact.get(key) in values for key, values in where.items())


@dataclass(frozen=True)
class StatColumn:
    key: str
    header: str
    number: str  # what the numbering row prints: "A", "B", "1=(2+3+4)", "2"
    text: str | None = None  # "label", "code" or "unit" for the text columns A, B, C
    where: Where | None = None
    sum: tuple[str, ...] = ()
    not_counted: str | None = None
    width: float = 1.0

    @property
    def numeric(self) -> bool:
        return self.text is None


@dataclass(frozen=True)
class StatRow:
    label: str
    code: str = ""
    unit: str = ""
    heading: bool = False  # "1. Chia theo …": a group title, no figures
    bold: bool = False
    where: Where | None = None
    not_counted: str | None = None


@dataclass(frozen=True)
class TitleGroup:
    """Which award titles a column means: by level, and by code or by the start of the name."""

    key: str
    levels: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    name_prefixes: tuple[str, ...] = ()

    def takes(self, level: str, code: str, name: str) -> bool:
        if self.levels and level not in self.levels:
            return False
        if not self.codes and not self.name_prefixes:
            return True
        folded = fold(name)
        return code in self.codes or any(folded.startswith(fold(p)) for p in self.name_prefixes)


@dataclass(frozen=True)
class TablePart:
    """The numeric columns printed in one table (a wide form is printed in several, each
    repeating the text columns), with the line over it."""

    caption: str | None
    columns: tuple[str, ...]
    label_width: float | None = None  # the label column's share in this part (few numeric columns: wider)


@dataclass(frozen=True)
class Signer:
    who: str  # "preparer" (người lập biểu) or "head" (thủ trưởng đơn vị)
    title: str
    note: str = ""


@dataclass(frozen=True)
class StatForm:
    id: str  # the file's name: "2023-tt02-0601"
    form: str  # "0601"
    code: str  # "0601.N/BNV-TĐKT"
    title: str  # as the form prints it, in capitals
    name: str  # as lists show it ("Số phong trào thi đua")
    circular: str
    valid_from: dt.date
    valid_to: dt.date | None
    report_day: tuple[int, int]  # month, day
    header: Mapping[str, str | None]
    facts: str  # "movements", "awards" or "none"
    columns: tuple[StatColumn, ...]
    rows: tuple[StatRow, ...]
    signers: tuple[Signer, ...]
    scope: Where = field(default_factory=dict)
    title_groups: tuple[TitleGroup, ...] = ()
    durations: tuple[tuple[str, int | None], ...] = ()  # (key, below so many months)
    parts: tuple[TablePart, ...] = ()
    unconfirmed: tuple[str, ...] = ()  # shown on screen, never printed
    layout_notes: tuple[str, ...] = ()  # where the layout departs from its source, on screen
    layout_source: str = ""
    facts_note: str = ""
    reported_by: tuple[str, ...] = (COMMUNE,)  # keys of ISSUERS: who issues and signs the form

    @property
    def commune_issues(self) -> bool:
        """Whether the commune issues this form as its own signed paper (else it is the report of
        ministries and provinces, which the commune never prints or signs)."""
        return COMMUNE in self.reported_by

    def issuers_text(self) -> str:
        """Who issues the form, as a sentence names them ("… và Ủy ban nhân dân tỉnh, …")."""
        names = [_(ISSUERS[key]) for key in self.reported_by]
        if len(names) == 1:
            return names[0]
        return _("{first} và {last}", first=", ".join(names[:-1]), last=names[-1])

    def reporting_day(self, year: int) -> dt.date:
        return dt.date(year, *self.report_day)

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def title_group(self, level: str, code: str, name: str) -> str:
        """The first group of the form that takes the title ("" when none does)."""
        return next((g.key for g in self.title_groups if g.takes(level, code, name)), "")

    def duration(self, start: dt.date | None, end: dt.date | None) -> str:
        """The duration class of a movement from its first to its last day ("unknown" without both)."""
        if start is None or end is None or end < start:
            return "unknown"
        months = ((end - start).days + 1) / (365.25 / 12)
        for key, below in self.durations:
            if below is None or round(months) < below:
                return key
        return "unknown"

    @property
    def numeric_columns(self) -> tuple[StatColumn, ...]:
        return tuple(c for c in self.columns if c.numeric)

    def tables(self) -> tuple[tuple[str | None, tuple[StatColumn, ...]], ...]:
        """Each printed table: its caption and columns (the text columns, then its numeric ones)."""
        by_key = {c.key: c for c in self.columns}
        parts = self.parts or (TablePart(None, tuple(c.key for c in self.numeric_columns)),)
        out = []
        for p in parts:
            texts = tuple(replace(c, width=p.label_width) if c.text == "label" and p.label_width else c
                          for c in self.columns if not c.numeric)
            out.append((p.caption, texts + tuple(by_key[k] for k in p.columns)))
        return tuple(out)


def _form(data: Mapping[str, Any], source: str) -> StatForm:
    try:
        columns = tuple(StatColumn(
            key=c["key"], header=c["header"], number=c["number"], text=c.get("text"), where=_where(c.get("where")),
            sum=tuple(c.get("sum", ())), not_counted=c.get("not_counted"), width=c.get("width", 1.0))
            for c in data["columns"])
        rows = tuple(StatRow(
            label=r["label"], code=r.get("code", ""), unit=r.get("unit", ""), heading=r.get("heading", False),
            bold=r.get("bold", False), where=_where(r.get("where")), not_counted=r.get("not_counted"))
            for r in data["rows"])
        groups = tuple(TitleGroup(g["key"], tuple(g.get("level", ())), tuple(g.get("codes", ())),
                                  tuple(g.get("name_prefixes", ())))
                       for g in data.get("title_groups", {}).get("order", ()))
        month, day = (int(p) for p in data["report_day"].split("-"))
        form = StatForm(
            id=data["id"], form=data["form"], code=data["code"], title=data["title"], name=data["name"], circular=data["circular"],
            valid_from=dt.date.fromisoformat(data["valid_from"]),
            valid_to=dt.date.fromisoformat(data["valid_to"]) if data.get("valid_to") else None,
            report_day=(month, day), header=dict(data["header"]), facts=data["facts"], columns=columns, rows=rows,
            signers=tuple(Signer(s["who"], s["title"], s.get("note", "")) for s in data["signers"]),
            scope=_where(data.get("scope")) or {}, title_groups=groups,
            durations=tuple((d["key"], d.get("below_months")) for d in data.get("durations", ())),
            unconfirmed=tuple(data.get("unconfirmed", ())),
            layout_notes=tuple(data.get("layout_notes", ())), layout_source=data.get("layout_source", ""),
            facts_note=data.get("facts_note", ""), reported_by=tuple(data["reported_by"]),
            parts=tuple(TablePart(p.get("caption"), tuple(p["columns"]), p.get("label_width"))
                        for p in data.get("parts", ())))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(_("Tệp biểu thống kê «{source}» không đúng cấu trúc: {exc!r}.", source=source, exc=exc)) from exc
    _check(form, source)
    return form


def _check(form: StatForm, source: str) -> None:
    if not form.reported_by or not set(form.reported_by) <= ISSUERS.keys():
        raise ValidationError(_("Tệp biểu thống kê «{source}»: «reported_by» phải kê những cấp lập biểu trong số "
                                "{levels}.", source=source, levels=", ".join(ISSUERS)))
    keys = [c.key for c in form.columns]
    if len(set(keys)) != len(keys):
        raise ValidationError(_("Tệp biểu thống kê «{source}»: trùng mã cột.", source=source))
    numeric = {c.key for c in form.numeric_columns}
    for column in form.numeric_columns:
        if sum(x is not None for x in (column.where, column.not_counted)) + bool(column.sum) > 1:
            raise ValidationError(_("Tệp biểu thống kê «{source}», cột {key}: chỉ một cách tính.", source=source, key=column.key))
        if not set(column.sum) <= numeric - {column.key}:
            raise ValidationError(_("Tệp biểu thống kê «{source}», cột {key}: cộng cột không có trong biểu.", source=source, key=column.key))
    if form.parts and sorted(k for p in form.parts for k in p.columns) != sorted(numeric):
        raise ValidationError(_("Tệp biểu thống kê «{source}»: mỗi cột số phải thuộc đúng một phần của biểu.", source=source))
    for row in form.rows:
        if not row.heading and (row.where is None) == (row.not_counted is None):
            raise ValidationError(_("Tệp biểu thống kê «{source}», dòng «{label}»: cần «where» hoặc «not_counted» (một trong hai).", source=source, label=row.label))


def load_forms(folder: Path) -> list[StatForm]:
    """Every form file of ``folder``, oldest first."""
    forms = []
    for path in sorted(folder.glob("*.json")):
        with path.open(encoding="utf-8") as stream:
            forms.append(_form(json.load(stream), path.name))
    return sorted(forms, key=lambda f: (f.form, f.valid_from))


def form_in_force(forms: Iterable[StatForm], form: str, year: int) -> StatForm:
    """The form ``form`` ("0601") in force on ``year``'s reporting day; the latest if several are."""
    mine = [f for f in forms if f.form == form]
    if not mine:
        raise NotFoundError(_("Không có biểu thống kê «{form}».", form=form))
    ready = [f for f in mine if f.in_force(f.reporting_day(year))]
    if not ready:
        first = min(mine, key=lambda f: f.valid_from)
        raise ValidationError(_("Năm {year} không có biểu {code} nào còn hiệu lực (biểu có từ {valid_from:%d/%m/%Y}).", year=year, code=first.code, valid_from=first.valid_from), field="year")
    return max(ready, key=lambda f: f.valid_from)


Cell = int | None


@dataclass(frozen=True)
class CountedRow:
    row: StatRow
    cells: Mapping[str, Cell]  # numeric column key → count, None: printed empty


@dataclass(frozen=True)
class StatResult:
    form: StatForm
    year: int
    rows: tuple[CountedRow, ...]
    outside: tuple[str, ...] = ()  # facts in the form's scope that no column takes, as named on screen
    unplaced: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (a section, the counted facts none of its rows takes)

    def cell(self, code: str, column: str) -> Cell:
        for counted in self.rows:
            if counted.row.code == code:
                return counted.cells[column]
        raise KeyError(code)


def count(form: StatForm, facts: Sequence[Fact], year: int, names: Sequence[str] = ()) -> StatResult:
    """Each cell of the form from ``facts`` (``names``: how each fact is named on screen)."""
    in_scope = [i for i, f in enumerate(facts) if matches(f, form.scope)]
    counted = []
    for row in form.rows:
        cells: dict[str, Cell] = {}
        for column in form.numeric_columns:
            if row.heading or row.not_counted or column.not_counted or column.where is None:
                cells[column.key] = None
            else:
                cells[column.key] = sum(1 for i in in_scope
                                        if matches(facts[i], row.where or {}) and matches(facts[i], column.where))
        for column in form.numeric_columns:  # sums once every count of the row is known
            if column.sum and not (row.heading or row.not_counted or column.not_counted):
                parts = [cells[k] for k in column.sum]
                cells[column.key] = None if all(p is None for p in parts) else sum(p or 0 for p in parts)
        counted.append(CountedRow(row, cells))
    takers = [c.where for c in form.numeric_columns if c.where is not None and not c.not_counted]
    outside = tuple(names[i] if i < len(names) else str(dict(facts[i])) for i in in_scope
                    if not any(matches(facts[i], w) for w in takers))
    return StatResult(form, year, tuple(counted), outside, _unplaced(form, facts, names, in_scope, takers))


def _unplaced(form: StatForm, facts: Sequence[Fact], names: Sequence[str], in_scope: Sequence[int],
              takers: Sequence[Where]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each section ("2. Chia theo thời hạn thi đua") whose rows are all counted, the facts of the
    total that none of its rows takes (a movement without dates has no duration)."""
    counted = [i for i in in_scope if any(matches(facts[i], w) for w in takers)]
    sections: list[tuple[str, list[StatRow]]] = []
    for row in form.rows:
        if row.heading:
            sections.append((row.label, []))
        elif sections:
            sections[-1][1].append(row)
    out = []
    for label, rows in sections:
        if not rows or any(r.where is None for r in rows):
            continue
        missing = tuple(names[i] if i < len(names) else str(dict(facts[i])) for i in counted
                        if not any(matches(facts[i], r.where) for r in rows if r.where is not None))
        if missing:
            out.append((label, missing))
    return tuple(out)


def header_text(form: StatForm, key: str, **values: object) -> str:
    """A header text of the form with the commune's values filled in ("" when the form has none)."""
    template = form.header.get(key)
    return template.format(**values) if template else ""

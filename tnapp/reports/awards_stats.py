"""``awards-stats``: awards recorded in the award history, counted by title,
by unit, by gender and over five years."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tnapp.documents.model import BarChart, Column, Document, Heading, Para, Series, Table
from tnapp.domain.formatting import format_money
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.vocab import Gender
from tnapp.models import AwardRecord, AwardTitle, Household, Person
from tnapp.reports.base import ReportDef, ReportParams, commune_document, percent

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

YEARS_SHOWN = 5
KINDS = ("Cá nhân", "Tập thể", "Hộ gia đình")


@dataclass(frozen=True)
class AwardFact:
    year: int
    title: str
    title_order: tuple[int, str]
    kind: str  # one of KINDS
    unit: str  # the person's unit, the collective itself, the household's village
    unit_order: tuple[int, str]
    gender: Gender | None
    amount: int


def award_facts(ws: Workspace, first_year: int, last_year: int) -> list[AwardFact]:
    with ws.read() as session:
        records = session.scalars(
            select(AwardRecord).where(AwardRecord.year.between(first_year, last_year)).options(
                selectinload(AwardRecord.title),
                selectinload(AwardRecord.person).selectinload(Person.unit),
                selectinload(AwardRecord.collective),
                selectinload(AwardRecord.household).selectinload(Household.village))).all()
        facts = []
        for r in records:
            title: AwardTitle = r.title
            if r.person is not None:
                kind, unit, gender = KINDS[0], r.person.unit, r.person.gender
            elif r.collective is not None:
                kind, unit, gender = KINDS[1], r.collective, None
            else:
                kind, unit, gender = KINDS[2], r.household.village, None
            facts.append(AwardFact(r.year, title.name, (title.sort_order, title.code), kind, unit.name,
                                   (unit.sort_order, unit.code), gender, r.amount or 0))
    return facts


def _by_title(facts: list[AwardFact]) -> Table:
    groups: dict[str, list[AwardFact]] = defaultdict(list)
    for f in sorted(facts, key=lambda f: f.title_order):
        groups[f.title].append(f)
    rows = []
    for i, (title, items) in enumerate(groups.items(), start=1):
        kinds = Counter(f.kind for f in items)
        rows.append((i, title, *(kinds[k] for k in KINDS), len(items), sum(f.amount for f in items)))
    total = Counter(f.kind for f in facts)
    rows.append(("", "Tổng cộng", *(total[k] for k in KINDS), len(facts), sum(f.amount for f in facts)))
    return Table((Column("STT", 0.6, "center"), Column("Danh hiệu, hình thức khen thưởng", 3.2),
                  *(Column(k, 1.0, "right") for k in KINDS), Column("Tổng số", 0.9, "right"),
                  Column("Tiền thưởng (đồng)", 1.6, "right")),
                 tuple(rows), caption="Biểu 1. Theo danh hiệu, hình thức khen thưởng", sheet="Theo danh hiệu",
                 total_rows=1)


def _by_unit(facts: list[AwardFact]) -> Table:
    groups: dict[str, list[AwardFact]] = defaultdict(list)
    for f in sorted(facts, key=lambda f: f.unit_order):
        groups[f.unit].append(f)
    rows = [(i, unit, *(Counter(f.kind for f in items)[k] for k in KINDS), len(items))
            for i, (unit, items) in enumerate(groups.items(), start=1)]
    total = Counter(f.kind for f in facts)
    rows.append(("", "Tổng cộng", *(total[k] for k in KINDS), len(facts)))
    return Table((Column("STT", 0.6, "center"), Column("Đơn vị", 3.6), *(Column(k, 1.0, "right") for k in KINDS),
                  Column("Tổng số", 0.9, "right")),
                 tuple(rows), caption="Biểu 2. Theo đơn vị", sheet="Theo đơn vị", total_rows=1)


def _by_gender(facts: list[AwardFact]) -> Table:
    people = [f for f in facts if f.kind == KINDS[0]]
    groups: dict[str, list[AwardFact]] = defaultdict(list)
    for f in sorted(people, key=lambda f: f.title_order):
        groups[f.title].append(f)
    rows = []
    for i, (title, items) in enumerate(groups.items(), start=1):
        women = sum(1 for f in items if f.gender is Gender.FEMALE)
        rows.append((i, title, len(items) - women, women, len(items), percent(women, len(items))))
    women = sum(1 for f in people if f.gender is Gender.FEMALE)
    rows.append(("", "Tổng cộng", len(people) - women, women, len(people), percent(women, len(people))))
    return Table((Column("STT", 0.6, "center"), Column("Danh hiệu, hình thức (cá nhân)", 3.4),
                  Column("Nam", 0.9, "right"), Column("Nữ", 0.9, "right"), Column("Tổng số", 0.9, "right"),
                  Column("Tỷ lệ nữ", 1.0, "right")),
                 tuple(rows), caption="Biểu 3. Khen thưởng cá nhân theo giới tính", sheet="Theo giới tính",
                 total_rows=1)


def _by_year(facts: list[AwardFact], years: list[int]) -> tuple[Table, BarChart]:
    counts = {y: Counter(f.kind for f in facts if f.year == y) for y in years}
    rows = tuple((str(y), *(counts[y][k] for k in KINDS), sum(counts[y].values()),
                  sum(f.amount for f in facts if f.year == y)) for y in years)
    table = Table((Column("Năm", 0.8, "center", text=True), *(Column(k, 1.0, "right") for k in KINDS),
                   Column("Tổng số", 0.9, "right"), Column("Tiền thưởng (đồng)", 1.6, "right")),
                  rows, caption=f"Biểu 4. Số lượt khen thưởng {years[0]}–{years[-1]}", sheet="Theo năm")
    chart = BarChart(f"Số lượt khen thưởng {years[0]}–{years[-1]}", tuple(str(y) for y in years),
                     tuple(Series(k, tuple(float(counts[y][k]) for y in years)) for k in KINDS),
                     category_label="Năm", value_label="lượt", sheet="Biểu đồ")
    return table, chart


def build(ws: Workspace, params: ReportParams) -> Document:
    years = list(range(params.year - YEARS_SHOWN + 1, params.year + 1))
    history = award_facts(ws, years[0], years[-1])
    facts = [f for f in history if f.year == params.year]
    if facts:
        total = Counter(f.kind for f in facts)
        intro = (f"Năm {params.year}, toàn xã có {len(facts)} lượt khen thưởng được ghi nhận: "
                 f"{total[KINDS[0]]} lượt cá nhân, {total[KINDS[1]]} lượt tập thể, {total[KINDS[2]]} lượt hộ gia "
                 f"đình; tổng tiền thưởng {format_money(sum(f.amount for f in facts))}.")
    else:
        intro = (f"Năm {params.year}, chưa có lượt khen thưởng nào được ghi nhận trong sổ theo dõi khen thưởng "
                 "của xã. Các biểu dưới đây sẽ có số liệu khi kết quả khen thưởng được cập nhật.")
    by_year, chart = _by_year(history, years)
    body = [Heading(f"I. KẾT QUẢ KHEN THƯỞNG NĂM {params.year}"), Para.of(intro), _by_title(facts),
            _by_unit(facts), _by_gender(facts),
            Heading(f"II. SO SÁNH {YEARS_SHOWN} NĂM"), by_year, chart]
    return commune_document(ws, params, body=body,
                            summary=f"Thống kê kết quả khen thưởng năm {params.year}")


REPORT = ReportDef(
    code="awards-stats", file_name=_N("ReportFile", "thống kê khen thưởng"),
    title="Thống kê khen thưởng",
    description="Số lượt khen thưởng theo danh hiệu, đơn vị, giới tính và qua các năm.",
    build_document=build)

"""``so-ket`` (6-month review) and ``tong-ket`` (year-end review) of the
emulation movement: the indicators' figures (``ws.progress``, the one progress model)
and the units' own words (results, difficulties, proposals) in one report."""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tnapp.documents.model import Annex, Block, Column, Document, Heading, Items, Para, Run, Table
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.periods import Period
from tnapp.domain.vocab import IndicatorArea, MovementKind, ValueType
from tnapp.models import Movement, UnitReport
from tnapp.reports.base import ReportDef, ReportParams, commune_document, percent_text
from tnapp.services.progress import IndicatorProgress
from tnapp.services.reporting import DONE_STATES, reported_within

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

_ROMAN = ("A", "B", "C", "D", "E", "G")
NO_DATA = "Chưa có số liệu"


@dataclass(frozen=True)
class Narrative:
    unit_name: str
    source: Period  # the report's own period (the review period, or the latest inside it)
    results: str | None
    difficulties: str | None
    proposals: str | None


def unit_narratives(ws: Workspace, period: Period) -> list[Narrative]:
    """Per unit (catalogue order), the narrative of its report for the period
    or, failing that, of its latest report sent inside the period."""
    with ws.read() as session:
        reports = session.scalars(select(UnitReport).options(selectinload(UnitReport.unit)).where(
            UnitReport.year == period.year, UnitReport.state.in_(DONE_STATES))).all()
        best: dict[int, tuple[tuple, UnitReport]] = {}
        for report in reports:
            if not reported_within(report.period, period):
                continue
            own = Period.parse(report.period)
            rank = (own == period, own.end, own.end - own.start)
            if report.unit_id not in best or rank > best[report.unit_id][0]:
                best[report.unit_id] = (rank, report)
        chosen = sorted((r for _, r in best.values()), key=lambda r: (r.unit.sort_order, r.unit.code))
        return [Narrative(r.unit.name, Period.parse(r.period), r.results_text, r.difficulties_text,
                          r.proposals_text) for r in chosen]


def value_cell(figure: IndicatorProgress, value: float | None) -> float | str | None:
    """A figure as a table cell: the number to 2 decimals (printed 9.800, a number in Excel), "Đạt" for a yes/no."""
    if value is None:
        return None
    if figure.value_type is ValueType.YES_NO:
        return "Đạt" if value >= 1 else "Không đạt"
    return round(value, 2)


def figures_table(figures: list[IndicatorProgress], period: Period) -> Table:
    rows: list[tuple] = []
    bold: set[int] = set()
    for letter, area in zip(_ROMAN, IndicatorArea):
        items = [f for f in figures if f.area is area]
        if not items:
            continue
        bold.add(len(rows))
        rows.append((letter, area.label.upper(), None, None, None, None, None))
        for i, f in enumerate(items, start=1):
            note = (f"Đến {f.as_of.label}; {f.reported}/{f.expected} đơn vị" if f.as_of is not None else NO_DATA)
            rows.append((i, f.name, f.unit_of_measure, value_cell(f, f.baseline), value_cell(f, f.target),
                         value_cell(f, f.actual), note))
    baseline_years = sorted({f.baseline_year for f in figures}) or [period.year - 1]
    return Table(
        (Column("STT", 0.5, "center"), Column("Chỉ tiêu", 4.0), Column("Đơn vị tính", 1.5, "center"),
         Column(f"Thực hiện năm {baseline_years[-1]}", 1.2, "right"),
         Column(f"Kế hoạch năm {period.year}", 1.2, "right"), Column(f"Thực hiện {period.label}", 1.3, "right"),
         Column("Ghi chú", 2.2)),
        tuple(rows), caption=f"Biểu 1. Kết quả thực hiện các chỉ tiêu chủ yếu {period.label}",
        sheet="Chỉ tiêu", bold_rows=frozenset(bold))  # portrait: it opens the annex, under its title


def narrative_blocks(narratives: list[Narrative], period: Period) -> list[Block]:
    blocks: list[Block] = []
    for i, n in enumerate(narratives, start=1):
        source = "" if n.source == period else f" (theo báo cáo {n.source.label})"
        blocks.append(Heading(f"{i}. {n.unit_name}{source}", level=2))
        for label, text in (("Kết quả đạt được", n.results), ("Khó khăn, vướng mắc", n.difficulties),
                            ("Đề xuất, kiến nghị", n.proposals)):
            if text and text.strip():
                blocks.append(Para((Run(f"{label}: ", italic=True, bold=True), Run(text.strip()))))
    if not blocks:
        blocks.append(Para.of(f"Chưa có đơn vị nào gửi báo cáo trong {period.label.lower()}."))
    return blocks


def movement_name(ws: Workspace, year: int) -> str:
    """The year's movement as it reads inside a sentence: a lower-case initial
    and no trailing "năm YYYY" (the sentences name the period themselves)."""
    commune = ws.commune.current()
    with ws.read() as session:
        name = session.scalar(select(Movement.name).where(
            Movement.commune_id == commune.id, Movement.year == year, Movement.kind == MovementKind.YEARLY))
    if not name:
        return "phong trào thi đua yêu nước"
    return re.sub(rf"\s+năm\s+{year}$", "", name[0].lower() + name[1:])


def _build(ws: Workspace, params: ReportParams, year_end: bool) -> Document:
    period = Period.parse(params.period or (str(params.year) if year_end else f"{params.year}-H1"))
    figures = list(ws.progress.compute(period.year, period.code).indicators)
    with_data = [f for f in figures if f.actual is not None]
    coverage = ws.reporting.coverage(period.code)
    share = percent_text(len(coverage.sent), len(coverage.expected)) or "0%"
    movement = movement_name(ws, params.year)
    what = "Tổng kết" if year_end else "Sơ kết"
    ahead = f"năm {params.year + 1}" if year_end else f"6 tháng cuối năm {params.year}"
    body: list[Block] = [
        Para.of(f"Thực hiện Luật Thi đua, khen thưởng năm 2022 và kế hoạch phát động {movement} năm "
                f"{params.year}, Ủy ban nhân dân xã báo cáo {what.lower()} {period.label.lower()} như sau:"),
        Heading(f"I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU {period.label.upper()}"),
        Para.of(f"Trong {len(figures)} chỉ tiêu chủ yếu, {len(with_data)} chỉ tiêu đã có số liệu tổng hợp từ "
                f"báo cáo của các đơn vị; số liệu được cộng hoặc lấy bình quân theo cách tổng hợp của từng chỉ "
                "tiêu, tính theo kỳ báo cáo gần nhất đã có (chi tiết tại Biểu 1 kèm theo)."),
        Heading("II. KẾT QUẢ CỦA CÁC CƠ QUAN, ĐƠN VỊ, THÔN"),
        *narrative_blocks(unit_narratives(ws, period), period),
        Heading("III. VIỆC THỰC HIỆN CHẾ ĐỘ BÁO CÁO"),
        Para.of(f"Trong {period.label.lower()} có {len(coverage.expected)} đơn vị phải báo cáo các chỉ tiêu; "
                f"{len(coverage.sent)} đơn vị đã gửi báo cáo ({share}), là các báo cáo được tổng hợp tại mục I và "
                "mục II." + (f" Chưa gửi: {', '.join(coverage.missing)}." if coverage.missing else "")),
        Heading(f"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {ahead.upper()}"),
        Items((f"Tiếp tục đẩy mạnh {movement}, gắn với thực hiện các chỉ tiêu phát triển kinh tế – xã hội "
               f"{ahead}.",
               "Các đơn vị rà soát chỉ tiêu chưa có số liệu hoặc chưa đạt, có giải pháp cụ thể và báo cáo "
               "đúng hạn.",
               "Phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến; khen thưởng kịp thời, đúng người, "
               "đúng thành tích."), numbered=True),
    ]
    tables: list[Block] = [figures_table(figures, period)]
    if year_end:
        upcoming = [f for f in ws.progress.compute(params.year + 1).indicators if f.target is not None]
        if upcoming:
            body.append(Para.of(f"Các chỉ tiêu chủ yếu năm {params.year + 1} tại Biểu 2 kèm theo."))
            tables.append(Table(
                (Column("STT", 0.5, "center"), Column("Chỉ tiêu", 4.0), Column("Đơn vị tính", 1.5, "center"),
                 Column(f"Kế hoạch năm {params.year + 1}", 1.3, "right")),
                tuple((i, f.name, f.unit_of_measure, value_cell(f, f.target))
                      for i, f in enumerate(upcoming, start=1)),
                caption=f"Biểu 2. Chỉ tiêu chủ yếu năm {params.year + 1}", sheet="Kế hoạch năm sau"))
    # The tables go with the report as its annex: page 1 carries the text (not a page break before a wide
    # table) and the signature closes the text.
    return commune_document(ws, params, body=body,
                            summary=f"{what} {movement} {period.label.lower()}, phương hướng nhiệm vụ {ahead}",
                            annexes=(Annex("Biểu số liệu", f"(Kèm theo Báo cáo {what.lower()} "
                                                            f"{period.label.lower()})", tuple(tables)),))


def build_so_ket(ws: Workspace, params: ReportParams) -> Document:
    return _build(ws, params, year_end=False)


def build_tong_ket(ws: Workspace, params: ReportParams) -> Document:
    return _build(ws, params, year_end=True)


SO_KET = ReportDef(
    code="so-ket", file_name=_N("ReportFile", "sơ kết"),
    title="Sơ kết 6 tháng phong trào thi đua",
    description="Chỉ tiêu 6 tháng đầu năm (kế hoạch, năm gốc, số báo cáo) và báo cáo của các đơn vị.",
    build_document=build_so_ket, fixed_period=lambda year: f"{year}-H1")

TONG_KET = ReportDef(
    code="tong-ket", file_name=_N("ReportFile", "tổng kết"),
    title="Tổng kết năm phong trào thi đua",
    description="Chỉ tiêu cả năm (kế hoạch, năm gốc, số báo cáo), báo cáo của các đơn vị, kế hoạch năm sau.",
    build_document=build_tong_ket, fixed_period=lambda year: str(year))

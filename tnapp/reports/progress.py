"""``progress``: the leadership's summary of the indicators' progress — one
page of headline figures and a chart, then the detailed tables (the year as of
a period, and the road from the baseline to 2030). Every number comes from
``ws.progress`` through ``IndicatorProgress.record()``, the same figures as
the dashboard and ``tnapp progress --json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tnapp.documents.model import BarChart, Block, Column, Document, Heading, Items, Para, Series, Table
from tnapp.domain.formatting import format_number
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.periods import Period
from tnapp.domain.progress import ProgressStatus
from tnapp.domain.vocab import IndicatorArea, PeriodKind, ValueType
from tnapp.reports.base import ReportDef, ReportParams, commune_document
from tnapp.services.progress import HORIZON, IndicatorProgress, Outlook, YearProgress, percent, rounded

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

_LETTERS = ("A", "B", "C", "D", "E", "G")


def _value(row: IndicatorProgress | Outlook, value: float | None) -> float | str | None:
    if value is not None and row.value_type is ValueType.YES_NO:
        return "Đạt" if value >= 0.5 else "Không đạt"
    return rounded(value)


def _note(row: IndicatorProgress) -> str:
    if row.as_of is None:
        return "Chưa có số liệu"
    note = f"Đến {row.as_of.label}; {row.reported}/{row.expected} đơn vị"
    if row.partial is not None:
        note += f"; {row.partial.period.label}: {row.partial.reported}/{row.partial_expected} đơn vị đã gửi"
    return note


def headline(result: YearProgress, sent: int, expected: int) -> list[Block]:
    counts = result.counts()
    assessed = sum(n for s, n in counts.items() if s is not ProgressStatus.NO_DATA)
    lines = [f"{s.label}: {counts[s]} chỉ tiêu" for s in ProgressStatus]
    lines.append(f"Đơn vị đã gửi báo cáo trong kỳ: {sent}/{expected}")
    behind = [r for r in result.indicators if r.status in (ProgressStatus.BEHIND, ProgressStatus.AT_RISK)]
    blocks: list[Block] = [
        Heading("I. KẾT QUẢ CHUNG"),
        Para.of(f"Năm {result.year} có {len(result.indicators)} chỉ tiêu chủ yếu; tính đến {result.as_of.label}, "
                f"{assessed} chỉ tiêu đã đánh giá được tiến độ so với kế hoạch năm:"),
        Items(tuple(lines), numbered=False),
        BarChart(f"Số chỉ tiêu theo mức độ thực hiện – {result.as_of.label}",
                 tuple(s.label for s in ProgressStatus), (Series("Số chỉ tiêu", tuple(counts.values())),),
                 category_label="Mức độ", value_label="chỉ tiêu", sheet="Biểu đồ"),
    ]
    if behind:
        blocks += [Para.of("Các chỉ tiêu cần tập trung chỉ đạo:"),
                   Items(tuple(f"{r.name}: đạt {format_number(percent(r.percent))}% kế hoạch năm "
                               f"({r.status.label.lower()})" for r in behind), numbered=False)]
    return blocks


def progress_table(result: YearProgress) -> Table:
    rows: list[tuple] = []
    bold: set[int] = set()
    for letter, area in zip(_LETTERS, IndicatorArea):
        items = [r for r in result.indicators if r.area is area]
        if not items:
            continue
        bold.add(len(rows))
        rows.append((letter, area.label.upper(), None, None, None, None, None, None, None))
        for i, r in enumerate(items, start=1):
            rec = r.record()
            rows.append((i, r.name, r.unit_of_measure, _value(r, r.target), _value(r, r.actual),
                         rec["percent"], r.status.label, _value(r, r.forecast), _note(r)))
    return Table(
        (Column("STT", 0.5, "center"), Column("Chỉ tiêu", 3.6), Column("Đơn vị tính", 1.3, "center"),
         Column(f"Kế hoạch năm {result.year}", 1.1, "right"), Column("Thực hiện", 1.1, "right"),
         Column("% kế hoạch", 0.9, "right"), Column("Tiến độ", 1.3), Column("Dự báo cả năm", 1.1, "right"),
         Column("Ghi chú", 2.2)),
        tuple(rows), caption=f"Biểu 1. Tiến độ thực hiện các chỉ tiêu năm {result.year} (đến {result.as_of.label})",
        sheet="Tiến độ", landscape=True, bold_rows=frozenset(bold))


def outlook_table(outlook: list[Outlook], year: int) -> Table:
    years = list(range(min(o.baseline_year for o in outlook) + 1, year + 1)) if outlook else [year]
    rows = []
    for i, o in enumerate(outlook, start=1):
        rows.append((i, o.name, o.unit_of_measure, _value(o, o.baseline),
                     *(_value(o, o.results.get(y)) for y in years), _value(o, o.targets.get(HORIZON)),
                     _value(o, o.forecast_2030), percent(o.percent_2030)))
    return Table(
        (Column("STT", 0.5, "center"), Column("Chỉ tiêu", 3.2), Column("Đơn vị tính", 1.2, "center"),
         Column("Năm gốc", 1.0, "right"), *(Column(f"Năm {y}", 1.0, "right") for y in years),
         Column(f"Mục tiêu {HORIZON}", 1.0, "right"), Column(f"Dự báo {HORIZON}", 1.0, "right"),
         Column(f"% mục tiêu {HORIZON}", 1.0, "right")),
        tuple(rows), caption=f"Biểu 2. Kết quả từng năm so với năm gốc và mục tiêu năm {HORIZON}",
        sheet=f"Đến {HORIZON}", landscape=True)


def outlook_summary(outlook: list[Outlook]) -> Para:
    forecast = [o for o in outlook if o.percent_2030 is not None]
    reached = sum(1 for o in forecast if o.percent_2030 >= 1)
    return Para.of(f"Theo dự báo đường thẳng qua năm gốc và kết quả từng năm, {reached}/{len(forecast)} chỉ tiêu "
                   f"có dự báo sẽ đạt mục tiêu năm {HORIZON} (Biểu 2); {len(outlook) - len(forecast)} chỉ tiêu "
                   "chưa đủ số liệu để dự báo.")


def build(ws: Workspace, params: ReportParams) -> Document:
    period = Period.parse(params.period or str(params.year))
    result = ws.progress.compute(params.year, period.code)
    coverage = ws.reporting.coverage(period.code)  # the reports the figures used: those within the period
    outlook = ws.progress.outlook(params.year)
    body: list[Block] = [
        *headline(result, len(coverage.sent), len(coverage.expected)),
        progress_table(result),
        outlook_table(outlook, params.year),
        Heading(f"II. LỘ TRÌNH ĐẾN NĂM {HORIZON}"),
        outlook_summary(outlook),
        Heading("III. CÁCH TÍNH CÁC SỐ LIỆU"),
        Para.of("Số liệu tổng hợp từ báo cáo đã gửi hoặc đã duyệt của các đơn vị, theo cách tổng hợp của từng "
                "chỉ tiêu; mỗi chỉ tiêu lấy kỳ gần nhất mà mọi đơn vị phải báo cáo đã gửi. % kế hoạch tính theo "
                "chiều đánh giá (chỉ tiêu càng thấp càng tốt: kế hoạch chia thực hiện); tiến độ so với phần "
                "năm đã qua; dự báo cả năm theo đường thẳng hoặc theo mùa vụ năm trước. Biểu 2 so sánh kết "
                f"quả từng năm với năm gốc và mục tiêu năm {HORIZON}, dự báo theo đường thẳng."),
    ]
    return commune_document(ws, params, body=body,
                            summary=f"Tiến độ thực hiện các chỉ tiêu chủ yếu năm {params.year} "
                                    f"(đến {period.label})")


REPORT = ReportDef(
    code="progress", file_name=_N("ReportFile", "tiến độ"),
    title="Tiến độ thực hiện chỉ tiêu",
    description="Tóm tắt cho lãnh đạo: số chỉ tiêu đạt, đúng tiến độ, có nguy cơ, chậm; chi tiết và lộ trình đến 2030.",
    build_document=build,
    period_kinds=(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR,
                  PeriodKind.MONTH))

"""``completeness``: which units have sent their report for a period, which are
late, and each unit's year so far: reports due, sent, sent on time. Who must
report is decided by ``ws.reporting.status`` alone, who reported within the
year by ``ws.reporting.coverage``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tnapp.documents.model import BarChart, Column, Document, Heading, Items, Para, Series, Table
from tnapp.domain.formatting import format_date
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.periods import Period
from tnapp.domain.vocab import PeriodKind, ReportState
from tnapp.reports.base import ReportDef, ReportParams, commune_document, percent, percent_text
from tnapp.services.reporting import DONE_STATES

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

NOT_ENTERED = "Chưa nhập"
_ORDER = (ReportState.ACCEPTED, ReportState.SUBMITTED, ReportState.DRAFT, ReportState.RETURNED, None)


def _state_text(state: ReportState | None) -> str:
    return state.label if state is not None else NOT_ENTERED


def build(ws: Workspace, params: ReportParams) -> Document:
    period = Period.parse(params.period or str(params.year))
    rows = ws.reporting.status(period.code, today=params.day)
    sent = [r for r in rows if r.state in DONE_STATES]
    late = [r for r in rows if r.overdue]
    deadline = ws.reporting.deadline(period)
    if rows:
        intro = (f"Kỳ báo cáo {period.label} (hạn nộp {format_date(deadline)}) có {len(rows)} đơn vị phải báo "
                 f"cáo. Đến ngày {format_date(params.day)}, đã có {len(sent)} đơn vị gửi báo cáo "
                 f"({percent_text(len(sent), len(rows))}); còn {len(rows) - len(sent)} đơn vị chưa gửi, trong đó "
                 f"{len(late)} đơn vị đã quá hạn.")
    else:
        intro = f"Kỳ báo cáo {period.label} không có đơn vị nào phải báo cáo (không có chỉ tiêu báo cáo theo kỳ này)."
    table = Table(
        (Column("STT", 0.6, "center"), Column("Đơn vị", 3.4), Column("Tình trạng", 1.5),
         Column("Hạn nộp", 1.2, "center"), Column("Ghi chú", 1.6)),
        tuple((i, r.unit_name, _state_text(r.state), r.deadline, r.due)
              for i, r in enumerate(rows, start=1)),
        caption=f"Biểu 1. Tình hình gửi báo cáo {period.label}", sheet="Tình hình báo cáo")
    counts = [sum(1 for r in rows if r.state is state) for state in _ORDER]
    chart = BarChart(f"Số đơn vị theo tình trạng báo cáo {period.label}",
                     tuple(_state_text(s) for s in _ORDER), (Series("Số đơn vị", tuple(counts)),),
                     category_label="Tình trạng", value_label="đơn vị", sheet="Biểu đồ")
    body = [Heading("I. TÌNH HÌNH GỬI BÁO CÁO"), Para.of(intro), table, chart]
    if late:
        body += [Heading("II. CÁC ĐƠN VỊ QUÁ HẠN"),
                 Para.of("Đề nghị các đơn vị sau khẩn trương hoàn thành và gửi báo cáo:"),
                 Items(tuple(f"{r.unit_name}: {r.due}" for r in late), numbered=False)]
    body += _year_part(ws, period.year, params, "III" if late else "II")
    return commune_document(ws, params, body=body,
                            summary=f"Tình hình thực hiện chế độ báo cáo {period.label} của các đơn vị")


def _year_part(ws: Workspace, year: int, params: ReportParams, number: str) -> list:
    """Completeness and timeliness of each unit's reports of the year, those due by the report's day."""
    units = ws.reporting.timeliness(year, params.day)
    coverage = ws.reporting.coverage(str(year))
    heading = Heading(f"{number}. TÍNH ĐẦY ĐỦ VÀ ĐÚNG HẠN CỦA BÁO CÁO NĂM {year}")
    if not units:
        return [heading, Para.of(f"Đến ngày {format_date(params.day)}, chưa có kỳ báo cáo nào của năm {year} "
                                 f"đến hạn nộp.")]
    expected, sent, on_time = (sum(getattr(u, f) for u in units) for f in ("expected", "sent", "on_time"))
    intro = (f"Đến ngày {format_date(params.day)}, các đơn vị phải gửi {expected} báo cáo của năm {year} đã đến "
             f"hạn; đã gửi {sent} báo cáo ({percent_text(sent, expected)}), trong đó {on_time} báo cáo gửi đúng hạn "
             f"({percent_text(on_time, expected)}). {len(coverage.sent)}/{len(coverage.expected)} đơn vị đã gửi ít nhất "
             f"một báo cáo trong năm.")
    listed = {u.unit_name for u in units}
    nothing_due = [name for name in coverage.expected if name not in listed]
    if nothing_due:
        intro += f" {len(nothing_due)} đơn vị chưa có kỳ báo cáo nào đến hạn ({', '.join(nothing_due)})."
    table = Table(
        (Column("STT", 0.6, "center"), Column("Đơn vị", 3.4), Column("Phải gửi", 1.1, "right"),
         Column("Đã gửi", 1.1, "right"), Column("Đúng hạn", 1.1, "right"), Column("Tỷ lệ đúng hạn", 1.3, "right")),
        tuple((i, u.unit_name, u.expected, u.sent, u.on_time, percent(u.on_time, u.expected))
              for i, u in enumerate(units, start=1))
        + (("", "Cộng", expected, sent, on_time, percent(on_time, expected)),),
        caption=f"Biểu 2. Báo cáo đã đến hạn của năm {year}: số phải gửi, đã gửi, gửi đúng hạn",
        sheet="Đúng hạn cả năm", total_rows=1)
    return [heading, Para.of(intro), table]


REPORT = ReportDef(
    code="completeness", file_name=_N("ReportFile", "tình hình gửi báo cáo"),
    title="Tình hình gửi báo cáo theo kỳ",
    description="Đơn vị nào đã gửi, chưa gửi, quá hạn báo cáo của một kỳ; số báo cáo đã gửi, gửi đúng hạn cả năm.",
    build_document=build,
    period_kinds=(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR,
                  PeriodKind.MONTH))

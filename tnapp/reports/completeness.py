"""``completeness``: which units have sent their report for a period, which are
late. Who must report is decided by ``ws.reporting.status`` alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tnapp.documents.model import BarChart, Column, Document, Heading, Items, Para, Series, Table
from tnapp.domain.formatting import format_date
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.periods import Period
from tnapp.domain.vocab import PeriodKind, ReportState
from tnapp.reports.base import ReportDef, ReportParams, commune_document, percent_text
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
    return commune_document(ws, params, body=body,
                            summary=f"Tình hình thực hiện chế độ báo cáo {period.label} của các đơn vị")


REPORT = ReportDef(
    code="completeness", file_name=_N("ReportFile", "tình hình gửi báo cáo"),
    title="Tình hình gửi báo cáo theo kỳ",
    description="Đơn vị nào đã gửi, chưa gửi, quá hạn báo cáo của một kỳ.",
    build_document=build,
    period_kinds=(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR,
                  PeriodKind.MONTH))

"""Báo cáo đơn vị: the units' periodic reports (screens come in a later version)."""

from __future__ import annotations

from tnapp.domain.vocab import ReportState
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.base import AreaPage


class ReportsPage(AreaPage):
    area_key = "reports"

    def features(self) -> list[str]:
        return [
            self.tr("Báo cáo tháng, quý, 6 tháng, 9 tháng và năm của từng đơn vị, kèm số liệu các chỉ tiêu "
                    "đơn vị phụ trách."),
            self.tr("Theo dõi hạn nộp: đơn vị nào đã gửi, đơn vị nào còn thiếu."),
            self.tr("Văn phòng kiểm tra số liệu, duyệt hoặc trả lại báo cáo kèm lý do."),
        ]

    def count_rows(self) -> list[tuple[str, int]]:
        counts = self.ws.stats.counts()
        rows = [(self.tr("Đơn vị"), counts.units), (self.tr("Báo cáo đã có"), counts.reports)]
        rows += [(tr_label(state), counts.reports_by_state.get(state, 0)) for state in ReportState]
        return rows

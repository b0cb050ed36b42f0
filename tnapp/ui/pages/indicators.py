"""Chỉ tiêu: the commune's socio-economic indicators (screens come in a later version)."""

from __future__ import annotations

from tnapp.ui.pages.base import AreaPage


class IndicatorsPage(AreaPage):
    area_key = "indicators"

    def features(self) -> list[str]:
        return [
            self.tr("Danh mục chỉ tiêu theo lĩnh vực, đơn vị tính, chiều đánh giá (càng cao càng tốt, càng thấp "
                    "càng tốt, đạt giá trị)."),
            self.tr("Chỉ tiêu giao cho từng năm, đơn vị chủ trì và đơn vị phối hợp."),
            self.tr("Tổng hợp số liệu từ báo cáo của các đơn vị và so sánh với chỉ tiêu năm."),
        ]

    def count_rows(self) -> list[tuple[str, int]]:
        counts = self.ws.stats.counts()
        return [(self.tr("Chỉ tiêu"), counts.indicators), (self.tr("Báo cáo có số liệu"), counts.reports)]

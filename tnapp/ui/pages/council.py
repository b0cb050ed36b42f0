"""Hội đồng: the Emulation and Commendation Council (screens come in a later version)."""

from __future__ import annotations

from tnapp.ui.pages.base import AreaPage


class CouncilPage(AreaPage):
    area_key = "council"

    def features(self) -> list[str]:
        return [
            self.tr("Thành phần Hội đồng theo nhiệm kỳ: Chủ tịch, Phó Chủ tịch, ủy viên, thư ký."),
            self.tr("Phiên họp: điểm danh, nội dung xét, kiểm phiếu theo tỷ lệ quy định."),
            self.tr("Biên bản họp và dự thảo quyết định khen thưởng."),
        ]

    def count_rows(self) -> list[tuple[str, int]]:
        counts = self.ws.stats.counts()
        return [(self.tr("Hội đồng"), counts.councils), (self.tr("Thành viên"), counts.council_members),
                (self.tr("Phiên họp"), counts.meetings), (self.tr("Quyết định"), counts.decisions)]

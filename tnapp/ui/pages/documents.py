"""Văn bản – Báo cáo: the document register and printed documents (later version)."""

from __future__ import annotations

from tnapp.ui.pages.base import AreaPage


class DocumentsPage(AreaPage):
    area_key = "documents"

    def features(self) -> list[str]:
        return [
            self.tr("Sổ đăng ký số văn bản theo loại (KH, TTr, BC, BB, QĐ, TB, CV); số đã hủy không dùng lại."),
            self.tr("In kế hoạch, tờ trình, biên bản, quyết định, báo cáo theo thể thức Nghị định 30/2020."),
            self.tr("Xuất PDF và Word để trình ký."),
        ]

    def count_rows(self) -> list[tuple[str, int]]:
        counts = self.ws.stats.counts()
        return [(self.tr("Số văn bản đã lấy"), counts.document_numbers),
                (self.tr("Quyết định"), counts.decisions), (self.tr("Báo cáo đơn vị"), counts.reports)]

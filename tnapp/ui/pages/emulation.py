"""Thi đua: movements, registrations, ratings (screens come in a later version)."""

from __future__ import annotations

from tnapp.ui.pages.base import AreaPage


class EmulationPage(AreaPage):
    area_key = "emulation"

    def features(self) -> list[str]:
        return [
            self.tr("Phong trào thi đua thường xuyên và chuyên đề, theo các bước tổ chức phong trào."),
            self.tr("Đăng ký thi đua của tập thể và cá nhân, duyệt đăng ký."),
            self.tr("Đánh giá, xếp loại mức độ hoàn thành nhiệm vụ; sáng kiến; điển hình tiên tiến; kỷ luật."),
            self.tr("Lịch sử khen thưởng của từng người, từng tập thể."),
        ]

    def count_rows(self) -> list[tuple[str, int]]:
        counts = self.ws.stats.counts()
        return [(self.tr("Phong trào"), counts.movements), (self.tr("Đăng ký thi đua"), counts.registrations),
                (self.tr("Kết quả đánh giá"), counts.ratings), (self.tr("Sáng kiến"), counts.initiatives),
                (self.tr("Khen thưởng đã ghi nhận"), counts.award_records),
                (self.tr("Danh hiệu, hình thức khen thưởng"), counts.award_titles)]

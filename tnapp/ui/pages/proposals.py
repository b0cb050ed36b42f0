"""Đề nghị khen thưởng: award proposals (the wizard comes in a later version)."""

from __future__ import annotations

from tnapp.ui.labels import tr_label
from tnapp.ui.pages.base import AreaPage


class ProposalsPage(AreaPage):
    area_key = "proposals"

    def features(self) -> list[str]:
        return [
            self.tr("Lập đề nghị từng bước: chọn danh hiệu, người hoặc tập thể được đề nghị, thành tích."),
            self.tr("Kiểm tra điều kiện: kết quả đánh giá các năm, kỷ luật, việc đang bị xem xét."),
            self.tr("Bản nháp được lưu ở mỗi bước; đóng chương trình vẫn không mất."),
            self.tr("Trình Hội đồng, theo dõi kết quả và quyết định khen thưởng."),
        ]

    def count_rows(self) -> list[tuple[str, int]]:
        counts = self.ws.stats.counts()
        rows = [(self.tr("Đề nghị"), counts.proposals),
                (self.tr("Danh hiệu, hình thức khen thưởng"), counts.award_titles)]
        rows += [(tr_label(state), n) for state, n in counts.proposals_by_state.items()]
        return rows

"""The work areas, in the order of the navigation: where each page lives,
its icon and what it is for (shown on the overview)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # Vietnamese source text; show through .tr_title()
    summary: str
    module: str  # under tnapp.ui.pages
    page_class: str

    def tr_title(self) -> str:
        return QCoreApplication.translate("Areas", self.title)

    def tr_summary(self) -> str:
        return QCoreApplication.translate("Areas", self.summary)


AREAS: tuple[Area, ...] = (
    Area("overview", QT_TRANSLATE_NOOP("Areas", "Tổng quan"),
         QT_TRANSLATE_NOOP("Areas", "Tình hình chung của xã: danh mục, báo cáo, chỉ tiêu và việc cần làm."),
         "overview", "OverviewPage"),
    Area("reports", QT_TRANSLATE_NOOP("Areas", "Báo cáo đơn vị"),
         QT_TRANSLATE_NOOP("Areas", "Các đơn vị nhập báo cáo định kỳ kèm số liệu chỉ tiêu; văn phòng kiểm tra, "
                                    "duyệt hoặc trả lại."),
         "reports", "ReportsPage"),
    Area("indicators", QT_TRANSLATE_NOOP("Areas", "Chỉ tiêu"),
         QT_TRANSLATE_NOOP("Areas", "Chỉ tiêu kinh tế – xã hội của xã, giao cho đơn vị, tổng hợp và theo dõi "
                                    "tiến độ."),
         "indicators", "IndicatorsPage"),
    Area("emulation", QT_TRANSLATE_NOOP("Areas", "Thi đua"),
         QT_TRANSLATE_NOOP("Areas", "Phong trào, đăng ký thi đua, đánh giá hoàn thành nhiệm vụ, sáng kiến, "
                                    "điển hình."),
         "emulation", "EmulationPage"),
    Area("proposals", QT_TRANSLATE_NOOP("Areas", "Đề nghị khen thưởng"),
         QT_TRANSLATE_NOOP("Areas", "Lập hồ sơ đề nghị khen thưởng từng bước, kiểm tra điều kiện theo quy định."),
         "proposals", "ProposalsPage"),
    Area("council", QT_TRANSLATE_NOOP("Areas", "Hội đồng"),
         QT_TRANSLATE_NOOP("Areas", "Hội đồng Thi đua – Khen thưởng: thành viên, phiên họp, biểu quyết, "
                                    "biên bản."),
         "council", "CouncilPage"),
    Area("documents", QT_TRANSLATE_NOOP("Areas", "Văn bản – Báo cáo"),
         QT_TRANSLATE_NOOP("Areas", "Sổ văn bản; kế hoạch, tờ trình, quyết định, báo cáo theo đúng thể thức."),
         "documents", "DocumentsPage"),
    Area("catalogue", QT_TRANSLATE_NOOP("Areas", "Danh mục"),
         QT_TRANSLATE_NOOP("Areas", "Đơn vị và người của xã; nhập, xuất danh sách bằng Excel."),
         "catalogue", "CataloguePage"),
    Area("admin", QT_TRANSLATE_NOOP("Areas", "Quản trị"),
         QT_TRANSLATE_NOOP("Areas", "Cơ sở dữ liệu, người dùng, thiết lập có hiệu lực theo ngày."),
         "admin", "AdminPage"),
)


def area(key: str) -> Area:
    return next(a for a in AREAS if a.key == key)

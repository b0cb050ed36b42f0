"""Tổng quan: the commune at a glance and the way to each work area."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from tnapp.domain.formatting import format_number
from tnapp.domain.vocab import ReportState
from tnapp.services.changes import Data
from tnapp.services.workspace import Workspace
from tnapp.ui.changes import follow
from tnapp.ui.areas import AREAS
from tnapp.ui.pages.base import CountsGrid, Page, bullet_list, bullets_html, demo_banner, heading, paragraph


class OverviewPage(Page):
    area_requested = Signal(str)  # an area key, from the links below
    follows_changes = True

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = heading("")
        layout.addWidget(self.title)
        self.banner = demo_banner(self.tr("DỮ LIỆU MẪU – đây là dữ liệu giả lập của xã Thượng Ninh để làm quen "
                                          "với chương trình; không dùng cho hồ sơ thật."))
        layout.addWidget(self.banner)
        layout.addWidget(heading(self.tr("Số liệu hiện có"), level=2))
        self.counts = CountsGrid(columns=3)
        layout.addWidget(self.counts)
        layout.addWidget(heading(self.tr("Cần chú ý"), level=2))
        self.attention = bullet_list([])
        layout.addWidget(self.attention)
        layout.addWidget(heading(self.tr("Các khu vực làm việc"), level=2))
        layout.addLayout(self._area_links())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        follow(self, ws, (Data.COMMUNE, Data.PEOPLE, Data.INDICATORS, Data.REPORTS, Data.AWARDS, Data.SETTINGS),
               self.refresh)
        self.refresh()

    def _area_links(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(2, 1)
        for row, item in enumerate(AREAS):
            link = QLabel(f"<a href='{item.key}'>{item.tr_title()}</a>")
            link.setObjectName(f"link_{item.key}")
            link.linkActivated.connect(self.area_requested)
            grid.addWidget(link, row, 0)
            grid.addWidget(QLabel(f"Ctrl+{row + 1}"), row, 1)
            grid.addWidget(paragraph(item.tr_summary()), row, 2)
        return grid

    def refresh(self) -> None:
        commune = self.ws.commune.current()
        self.title.setText(self.tr("Xã {name}, tỉnh {province}").format(name=commune.name,
                                                                        province=commune.province))
        self.banner.setVisible(commune.is_demo)
        counts = self.ws.stats.counts()
        self.counts.set_counts([
            (self.tr("Đơn vị"), counts.units), (self.tr("Người"), counts.people),
            (self.tr("Hộ gia đình"), counts.households), (self.tr("Chỉ tiêu"), counts.indicators),
            (self.tr("Báo cáo đơn vị"), counts.reports),
            (self.tr("Danh hiệu, hình thức khen thưởng"), counts.award_titles),
        ])
        notes = []
        waiting = counts.reports_by_state.get(ReportState.SUBMITTED, 0)
        if waiting:
            notes.append(self.tr("{n} báo cáo đơn vị đã gửi, đang chờ duyệt.").format(n=format_number(waiting)))
        unconfirmed = sum(1 for s in self.ws.settings.list() if s.unconfirmed)
        if unconfirmed:
            notes.append(self.tr("{n} thiết lập chưa xác nhận căn cứ pháp lý (xem Quản trị).")
                         .format(n=format_number(unconfirmed)))
        if counts.units == 0:
            notes.append(self.tr("Chưa có đơn vị nào: hãy khai báo ở Danh mục → Đơn vị."))
        if not notes:
            notes.append(self.tr("Không có việc nào đang chờ."))
        self.attention.setText(bullets_html(notes))

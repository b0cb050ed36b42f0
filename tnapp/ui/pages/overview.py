"""Tổng quan: the commune at a glance and the way to each work area."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from tnapp.domain.formatting import format_date, format_number
from tnapp.domain.vocab import ReportState
from tnapp.services.attention import Checklist, DossierDeadline, OverdueReports, Step
from tnapp.services.changes import Data
from tnapp.services.workspace import Workspace
from tnapp.ui.changes import follow
from tnapp.ui.areas import AREAS
from tnapp.ui.pages.base import CountsGrid, Page, demo_banner, heading, html_bullets, paragraph

# Where each step of the first year is done: (area, the part of its page).
STEP_PLACES = {
    Step.COMMUNE: ("catalogue", "units"), Step.UNITS: ("catalogue", "units"), Step.PEOPLE: ("catalogue", "people"),
    Step.INDICATORS: ("indicators", "catalogue"), Step.MOVEMENTS: ("emulation", "movements"),
    Step.REGISTRATIONS: ("emulation", "registrations"), Step.COUNCIL: ("council", "members"),
    Step.REPORTS: ("reports", ""), Step.REVIEW: ("proposals", "review"),
}
UNITS_NAMED = 4  # an overdue period names this many units, then counts the others


def _link(area: str, place: str, text: str) -> str:
    return f"<a href='{area}|{place}'>{html.escape(text)}</a>"


class OverviewPage(Page):
    area_requested = Signal(str)  # an area key, from the links below
    place_requested = Signal(str, str)  # an area key and the part of its page (a tab, a period…)
    follows_changes = True

    def __init__(self, ws: Workspace, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(ws, parent)
        self.today = today
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
        self.checklist_heading = heading(self.tr("Năm đầu tiên: các việc cần làm"), level=2)
        self.checklist = self._rich_label("checklist")
        layout.addWidget(self.checklist_heading)
        layout.addWidget(self.checklist)
        layout.addWidget(heading(self.tr("Cần chú ý"), level=2))
        self.attention = self._rich_label("attention")
        layout.addWidget(self.attention)
        layout.addWidget(heading(self.tr("Các khu vực làm việc"), level=2))
        layout.addLayout(self._area_links())
        layout.addStretch(1)
        self.scroll_body(body)
        follow(self, ws, (Data.COMMUNE, Data.PEOPLE, Data.INDICATORS, Data.REPORTS, Data.AWARDS, Data.SETTINGS,
                          Data.EMULATION, Data.COUNCIL, Data.PROPOSALS), self.refresh)
        self.refresh()

    def _rich_label(self, name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.linkActivated.connect(self._open)
        return label

    def _open(self, target: str) -> None:
        area, _, place = target.partition("|")
        self.place_requested.emit(area, place)

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
        today = self.today or dt.date.today()
        self._show_checklist(self.ws.attention.checklist(today))
        notes = [self._overdue_html(o) for o in self.ws.attention.overdue_reports(today)]
        dossier = self.ws.attention.dossier_deadline(today)
        if dossier is not None:
            notes.append(self._dossier_html(dossier))
        waiting = counts.reports_by_state.get(ReportState.SUBMITTED, 0)
        if waiting:
            notes.append(_link("reports", "", self.tr("{n} báo cáo đơn vị đã gửi, đang chờ duyệt.", "", waiting).format(
                n=format_number(waiting))))
        unconfirmed = sum(1 for s in self.ws.settings.list() if s.unconfirmed)
        if unconfirmed:
            notes.append(_link("admin", "", self.tr("{n} thiết lập chưa xác nhận căn cứ pháp lý (xem Quản trị).", "",
                                       unconfirmed)
                               .format(n=format_number(unconfirmed))))
        if counts.units == 0:
            notes.append(_link("catalogue", "units", self.tr("Chưa có đơn vị nào: hãy khai báo ở Danh mục → Đơn vị.")))
        if not notes:
            notes.append(html.escape(self.tr("Không có việc nào đang chờ.")))
        self.attention.setText(html_bullets(notes))

    def _overdue_html(self, overdue: OverdueReports) -> str:
        """"Quý III/2026 – 8 đơn vị quá hạn 57 ngày (hạn 10/10/2026): A, B, C, D và 4 đơn vị khác."."""
        names = ", ".join(overdue.units[:UNITS_NAMED])
        if len(overdue.units) > UNITS_NAMED:
            others = len(overdue.units) - UNITS_NAMED
            names = self.tr("{names} và {n} đơn vị khác", "", others).format(names=names, n=others)
        text = self.tr("{n} đơn vị chưa gửi báo cáo, quá hạn {days} ngày (hạn {deadline}): {names}.", "",
                       len(overdue.units)).format(
            n=len(overdue.units), days=format_number(overdue.days_late), deadline=format_date(overdue.deadline),
            names=names)
        return f"{_link('reports', overdue.period, overdue.label)} – {html.escape(text)}"

    def _dossier_html(self, dossier: DossierDeadline) -> str:
        title = self.tr("Hạn nộp hồ sơ đề nghị khen thưởng năm {year}: {date}").format(
            year=dossier.year, date=format_date(dossier.deadline))
        if dossier.days_left > 0:
            when = self.tr("còn {n} ngày", "", dossier.days_left).format(n=dossier.days_left)
        elif dossier.days_left == 0:
            when = self.tr("hôm nay là hạn")
        else:
            when = self.tr("đã quá hạn {n} ngày", "", -dossier.days_left).format(n=-dossier.days_left)
        if not dossier.proposals:
            state = self.tr("chưa lập đề nghị nào")
        elif dossier.unfinished:
            state = self.tr("{n}/{total} đề nghị chưa qua Hội đồng", "", dossier.proposals).format(n=dossier.unfinished,
                                                                            total=dossier.proposals)
        else:
            state = self.tr("{n} đề nghị đã qua Hội đồng", "", dossier.proposals).format(n=dossier.proposals)
        basis = self.tr("Căn cứ: {basis}").format(basis=dossier.basis) if dossier.basis else ""
        return (f"{_link('proposals', 'review', title)} ({html.escape(when)}; {html.escape(state)})"
                + (f"<br><small>{html.escape(basis)}</small>" if basis else ""))

    def step_text(self, step: Step, year: int) -> str:
        return {
            Step.COMMUNE: self.tr("Khai báo xã"),
            Step.UNITS: self.tr("Khai báo các đơn vị: phòng, ban, trường, thôn…"),
            Step.PEOPLE: self.tr("Nhập danh sách cán bộ, công chức, người lao động"),
            Step.INDICATORS: self.tr("Nhập chỉ tiêu và kế hoạch năm {year} từ phụ lục kế hoạch").format(year=year),
            Step.MOVEMENTS: self.tr("Phát động các phong trào thi đua năm {year}").format(year=year),
            Step.REGISTRATIONS: self.tr("Ghi đăng ký thi đua của các đơn vị, cá nhân"),
            Step.COUNCIL: self.tr("Khai báo Hội đồng Thi đua – Khen thưởng và các thành viên"),
            Step.REPORTS: self.tr("Nhận báo cáo kỳ đầu tiên của các đơn vị"),
            Step.REVIEW: self.tr("Bình xét cuối năm và lập đề nghị khen thưởng"),
        }[step]

    def _show_checklist(self, checklist: Checklist) -> None:
        self.checklist_heading.setVisible(checklist.shown)
        self.checklist.setVisible(checklist.shown)
        if not checklist.shown:
            return
        rows = []
        for number, item in enumerate(checklist.steps, 1):
            area, place = STEP_PLACES[item.step]
            link = _link(area, place, self.step_text(item.step, checklist.year))
            if item.done:
                rows.append(f"<p style='margin:3px 0; color:#1b7f3b'>✔&nbsp;{number}. {link}</p>")
            elif item.step is checklist.next_step:
                rows.append(f"<p style='margin:3px 0'><b>➜&nbsp;{number}. {link}</b> – "
                            + html.escape(self.tr("việc tiếp theo")) + "</p>")
            else:
                rows.append(f"<p style='margin:3px 0; color:#555'>☐&nbsp;{number}. {link}</p>")
        self.checklist.setText("".join(rows))

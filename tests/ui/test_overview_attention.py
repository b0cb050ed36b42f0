"""The overview's "Cần chú ý" and first-year checklist on the demo: what is late or due,
each item a link to the page where it is done."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtWidgets import QLabel

from council_fixtures import ADMIN, submit_proposals
from test_attention import forget_reports_before
from tnapp.domain.vocab import PeriodKind
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.overview import OverviewPage

pytestmark = pytest.mark.gui


@pytest.fixture
def overview(qtbot, window: MainWindow) -> OverviewPage:
    page = window.show_area("overview")
    page.today = dt.date(2026, 12, 6)
    page.refresh()
    return page


def links(label: QLabel) -> dict[str, str]:
    """The links of a label: their text → their target."""
    return {re.sub("<[^>]+>", "", text).replace("&amp;", "&"): href
            for href, text in re.findall(r"<a href='([^']*)'>(.*?)</a>", label.text())}


def test_overdue_reports_and_the_dossier_deadline_are_listed(overview: OverviewPage) -> None:
    text = overview.attention.text()
    assert "8 đơn vị chưa gửi báo cáo, quá hạn 57 ngày (hạn 10/10/2026): Phòng Kinh tế" in text
    assert "và 4 đơn vị khác" in text and "1 đơn vị chưa gửi báo cáo, quá hạn 149 ngày" in text
    assert "Hạn nộp hồ sơ đề nghị khen thưởng năm 2026: 10/12/2026" in text and "còn 4 ngày" in text
    assert "chưa lập đề nghị nào" in text


def test_clicking_an_overdue_period_opens_the_matrix_on_it(qtbot, overview: OverviewPage,
                                                          window: MainWindow) -> None:
    overview.attention.linkActivated.emit(links(overview.attention)["6 tháng đầu năm 2026"])
    page = window.current_page()
    assert page is window.page("reports") and page.tabs.currentWidget() is page.matrix
    assert page.matrix.year.value() == 2026 and page.matrix.kind.currentData() == PeriodKind.HALF_YEAR
    assert page.matrix.period.currentData() == "2026-H1"
    assert page.matrix.table.currentIndex().column() == 1
    overview = window.show_area("overview")
    overview.attention.linkActivated.emit(next(v for k, v in links(overview.attention).items()
                                               if k.startswith("Hạn nộp hồ sơ")))
    page = window.current_page()
    assert page is window.page("proposals") and page.tabs.currentWidget() is page.review


def test_the_checklist_ticks_what_is_done_leads_to_the_next_step_and_goes_when_done(
        qtbot, overview: OverviewPage, window: MainWindow, gui_ws: Workspace) -> None:
    assert not overview.checklist.isVisible()  # the demo holds 2025's reports: not its first year
    forget_reports_before(gui_ws, 2026)
    overview.refresh()
    assert overview.checklist.isVisible()
    text = overview.checklist.text()
    assert text.count("✔") == 8 and "➜&nbsp;9." in text and "việc tiếp theo" in text
    steps = links(overview.checklist)
    overview.checklist.linkActivated.emit(steps["Ghi đăng ký thi đua của các đơn vị, cá nhân"])
    page = window.current_page()
    assert page is window.page("emulation") and page.tabs.currentWidget().objectName() == "registrations"
    window.show_area("overview")
    overview.checklist.linkActivated.emit(steps["Nhập danh sách cán bộ, công chức, người lao động"])
    assert window.current_page().tabs.currentWidget() is window.page("catalogue").people
    window.show_area("overview")
    gui_ws.sign_in(ADMIN)
    submit_proposals(gui_ws, 2026, {"LDTT": ["Lê Văn An"]})  # the last step, done elsewhere
    qtbot.waitUntil(lambda: not overview.checklist.isVisible())
    assert not overview.checklist_heading.isVisible()
    assert "1/1 đề nghị chưa qua Hội đồng" in overview.attention.text()

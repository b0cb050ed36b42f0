"""Báo cáo đơn vị: the matrix's flags (⚠ values far from the unit's history, ⚑ marked for checking),
the Kiểm tra số liệu tab where the office marks and clears values, and a value's history under the grid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tnapp.domain.report_workflow import Transition
from tnapp.domain.vocab import PeriodKind
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.report_entry import VALUE
from tnapp.ui.pages.report_import import ReasonDialog
from tnapp.ui.pages.reports import ReportsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window: MainWindow) -> ReportsPage:
    page = window.show_area("reports")
    page.matrix.year.setValue(2026)
    page.matrix.kind.setCurrentIndex(page.matrix.kind.findData(PeriodKind.QUARTER))
    page.quality.show_period("2026-Q3")
    return page


def test_the_matrix_marks_odd_and_marked_values_and_says_why(page: ReportsPage) -> None:
    odd = page.matrix.cell("T02", "2026-Q3")
    assert odd.data().startswith("Đang nhập ⚠1 ⚑1")
    tip = odd.data(Qt.ItemDataRole.ToolTipRole)
    assert "VH02 – Số hộ nghèo: 36 hộ gấp 2,8 lần quý trước (13 hộ)" in tip and "rà soát lại danh sách hộ nghèo" in tip
    assert page.matrix.cell("TTHCC", "2026-Q3").data().startswith("Đang nhập ⚠1\n")
    assert page.matrix.cell("T01", "2026-Q3").data() == "Đã gửi"


def test_the_office_marks_an_odd_value_and_clears_it_with_a_reason(qtbot, page: ReportsPage, gui_ws: Workspace,
                                                                   modal, messages) -> None:
    view = page.quality
    page.tabs.setCurrentWidget(view)
    rows = view.outlier_model.rows()
    assert [(r.unit_code, r.indicator_code) for r in rows] == [("TTHCC", "VH10"), ("T02", "VH02")]
    assert view.outlier_model.index(1, 3).data() == "cần kiểm tra"  # the demo's mark
    assert view.outlier_model.index(0, 3).data() == ""
    view.outliers.selectRow(0)

    def write(text: str):
        def fill(dialog: ReasonDialog) -> None:
            dialog.reason.setPlainText(text)
            dialog.accept()
        return fill

    modal(ReasonDialog, write("Tỷ lệ hồ sơ trực tuyến giảm mạnh, đề nghị Trung tâm giải trình"))
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    assert view.outlier_model.index(0, 3).data() == "cần kiểm tra"
    assert [m.indicator_code for m in view.mark_model.rows()] == ["VH02", "VH10"]
    assert view.mark_title.text().endswith(": 2")

    view.marks.selectRow(1)
    modal(ReasonDialog, write("   "))
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert messages and "Hãy ghi lý do bỏ đánh dấu" in messages[-1].text
    assert len(view.mark_model.rows()) == 2, "a refused clear keeps the mark"
    view.marks.selectRow(1)
    modal(ReasonDialog, write("Trung tâm xác nhận: hệ thống dịch vụ công gián đoạn tháng 8"))
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert [m.indicator_code for m in view.mark_model.rows()] == ["VH02"]
    cleared = [m for m in gui_ws.data_quality.follow_ups("2026-Q3", include_cleared=True) if m.cleared_at]
    assert [m.clear_reason for m in cleared] == ["Trung tâm xác nhận: hệ thống dịch vụ công gián đoạn tháng 8"]
    assert page.matrix.cell("TTHCC", "2026-Q3").data().startswith("Đang nhập ⚠1\n")


def test_the_grid_shows_a_values_history_and_the_changes_since_a_reopen(qtbot, page: ReportsPage,
                                                                       gui_ws: Workspace, modal) -> None:
    t01 = gui_ws.units.by_code("T01").id
    page.open_report(t01, "2026-Q2")
    entry = page.entry
    assert "Đã duyệt" in entry.state.text() and "mở lại" not in entry.state.text()

    def reason(dialog: ReasonDialog) -> None:
        dialog.reason.setPlainText("Thôn báo lại số hộ")
        dialog.accept()

    modal(ReasonDialog, reason)
    qtbot.mouseClick(entry.buttons[Transition.REOPEN], Qt.MouseButton.LeftButton)
    assert "0 số liệu đã thay đổi từ khi mở lại" in entry.state.text()
    row = [line.code for line in entry.model.lines].index("VH03")
    assert entry.model.setData(entry.model.index(row, VALUE), "355")
    assert entry.model.setData(entry.model.index(row, VALUE), "356")
    entry.grid.setCurrentIndex(entry.model.index(row, VALUE))
    history = entry.history.text()
    assert "Lịch sử số liệu «VH03 – Tổng số hộ dân cư»" in history
    assert " nhập 352<br>" in history and "sửa 352 → 355" in history and "sửa 355 → 356" in history
    assert "1 số liệu đã thay đổi từ khi mở lại" in entry.state.text()
    assert gui_ws.unit_reports.values(t01, "2026-Q2")["VH03"] == 356
    assert gui_ws.unit_reports.get(ReportKey(t01, "2026-Q2")).state.value == "returned"

"""Báo cáo đơn vị → Tổng hợp: the units × periods matrix, and the whole path of
a report as users take it: open from the matrix, type, paste, submit, accept;
the matrix's flags (⚠ values far from the unit's history, ⚑ marked for
checking), the Kiểm tra số liệu tab, and a value's history under the grid."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QTableView

from tnapp.domain.permissions import Actor
from tnapp.domain.report_workflow import Transition
from tnapp.domain.vocab import PeriodKind, ReportState, Role
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.report_entry import COMMENT, VALUE
from tnapp.ui.pages.report_matrix import OVERDUE
from tnapp.ui.pages.report_import import ReasonDialog
from tnapp.ui.pages.reports import ReportsPage

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/shots")


@pytest.fixture
def page(window: MainWindow) -> ReportsPage:
    page = window.show_area("reports")
    page.matrix.year.setValue(2026)
    page.matrix.kind.setCurrentIndex(page.matrix.kind.findData(PeriodKind.QUARTER))
    return page


def seen_in_matrix(qtbot, page: ReportsPage, unit: str, period: str):
    """The matrix's cell as the user sees it on going back to the matrix tab (then back to the form)."""
    was = page.tabs.currentWidget()
    page.tabs.setCurrentWidget(page.matrix)
    qtbot.wait(1)  # the matrix re-reads what changed while it was hidden
    cell = page.matrix.cell(unit, period)
    page.tabs.setCurrentWidget(was)
    return cell


def test_the_matrix_shows_each_units_report_state_and_deadline(page: ReportsPage, gui_ws: Workspace) -> None:
    model = page.matrix.model
    assert model.columnCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Đơn vị", "Quý I", "Quý II", "Quý III", "Quý IV"]
    assert model.rowCount() == 16, "every unit reporting some quarter of the year"
    assert page.matrix.cell("DU", "2026-Q1").data() == "Đã duyệt"
    assert page.matrix.cell("DU", "2026-Q3").data() == "Đã gửi"
    overdue = page.matrix.cell("T04", "2026-Q3")
    assert overdue.data().startswith("Chưa nhập\nquá hạn ")
    assert overdue.data(Qt.ItemDataRole.BackgroundRole).name() == OVERDUE[0]
    assert page.matrix.cell("PKT", "2026-Q3").data().startswith("Đang nhập\nquá hạn ")
    assert page.matrix.cell("T10", "2026-Q1").data() == "–", "the hamlet did not exist yet"
    cells = [c for row in model.matrix.rows for c in row.cells if c is not None]
    not_due = sum(c.deadline >= dt.date.today() for c in cells)  # Quý IV/2026 until 10/01/2027
    overdue_count = sum(c.overdue for c in cells)
    assert page.matrix.summary.text() == (
        f"38/62 báo cáo đã gửi (trong đó {not_due} báo cáo chưa đến hạn); {overdue_count} quá hạn" if not_due
        else f"38/62 báo cáo đã gửi; {overdue_count} quá hạn")
    page.matrix.kind.setCurrentIndex(page.matrix.kind.findData(PeriodKind.HALF_YEAR))
    assert model.columnCount() == 3 and model.rowCount() == 1  # only the health station, for VH09
    page.matrix.kind.setCurrentIndex(page.matrix.kind.findData(PeriodKind.MONTH))
    assert model.rowCount() == 0 and page.matrix.summary.text() == "Không đơn vị nào phải báo cáo theo kỳ này."


def test_from_the_matrix_to_an_accepted_report(qtbot, page: ReportsPage, gui_ws: Workspace, typist) -> None:
    t04 = gui_ws.units.by_code("T04").id
    gui_ws.sign_in(Actor("thon-bac-ninh", Role.UNIT_REPORTER, unit_id=t04))
    table: QTableView = page.matrix.table
    index = page.matrix.cell("T04", "2026-Q3")
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    entry = page.entry
    assert page.tabs.currentWidget() is entry
    assert entry.sheet.unit_code == "T04" and entry.sheet.key.period == "2026-Q3"
    assert entry.grid.currentIndex().column() == VALUE and entry.grid.currentIndex().row() == 0

    entry.grid.setFocus()
    typist(entry.grid, "9")  # the first key opens the editor over the cell
    typist(entry.grid.focusWidget(), "85,5")
    qtbot.keyClick(entry.grid.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: entry.grid.state() != QAbstractItemView.State.EditingState)
    assert entry.grid.currentIndex().column() == COMMENT
    assert gui_ws.unit_reports.values(t04, "2026-Q3") == {"KT03": 985.5}
    assert seen_in_matrix(qtbot, page, "T04", "2026-Q3").data().startswith("Đang nhập\nquá hạn "), "it follows"

    entry.grid.setCurrentIndex(entry.model.index(1, VALUE))
    QGuiApplication.clipboard().setText("38\n412\n")  # two cells copied from a Word table
    qtbot.keyClick(entry.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert gui_ws.unit_reports.values(t04, "2026-Q3") == {"KT03": 985.5, "VH02": 38, "VH03": 412}
    qtbot.mouseClick(entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    # 501 tonnes of grain this quarter and 38 poor households are far from Bắc Ninh's own history: flagged, not blocked
    assert seen_in_matrix(qtbot, page, "T04", "2026-Q3").data() == "Đã gửi ⚠2"
    assert not entry.buttons[Transition.ACCEPT].isEnabled()

    gui_ws.sign_in(Actor("can-bo-vp", Role.OFFICE))
    page.open_report(t04, "2026-Q3")
    assert entry.buttons[Transition.ACCEPT].isEnabled()
    qtbot.mouseClick(entry.buttons[Transition.ACCEPT], Qt.MouseButton.LeftButton)
    assert "Đã duyệt" in entry.state.text() and entry.buttons[Transition.REOPEN].isEnabled()
    accepted = seen_in_matrix(qtbot, page, "T04", "2026-Q3")
    assert accepted.data() == "Đã duyệt ⚠2" and accepted.data(Qt.ItemDataRole.BackgroundRole).name() == "#d4edda"
    assert next(s for s in gui_ws.reporting.status("2026-Q3") if s.unit_code == "T04").state is ReportState.ACCEPTED


def test_the_office_sends_every_unit_its_form_and_imports_the_filled_ones(qtbot, page: ReportsPage, gui_ws: Workspace,
                                                                         tmp_path, modal, messages) -> None:
    from openpyxl import load_workbook

    from tnapp.services.report_layout import CODE_COL, HEADER_ROW, VALUE_COL
    from tnapp.ui.pages.report_import import ReportImportDialog

    matrix = page.matrix
    matrix.period.setCurrentIndex(matrix.period.findData("2026-Q4"))
    path = tmp_path / "bao-cao-quy-4.xlsx"
    matrix.export_to(path, matrix.period.currentData())
    assert "Quý IV/2026" in messages[-1].text
    book = load_workbook(path)
    assert "T04" in book.sheetnames and "DU" in book.sheetnames
    sheet = book["T04"]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        if sheet.cell(row, CODE_COL).value == "VH03":
            sheet.cell(row, VALUE_COL).value = 420
    book.save(path)

    modal(ReportImportDialog, lambda dialog: dialog.import_button.click())
    matrix.import_paths([path])
    assert gui_ws.unit_reports.values(gui_ws.units.by_code("T04").id, "2026-Q4") == {"VH03": 420}
    qtbot.waitUntil(lambda: matrix.cell("T04", "2026-Q4").data().startswith("Đang nhập"))  # no "Làm mới"


# --- data quality: ⚠ values far from the unit's history, ⚑ marks, a value's history ---------------------------

def test_the_matrix_marks_odd_and_marked_values_and_says_why(page: ReportsPage) -> None:
    odd = page.matrix.cell("T02", "2026-Q3")
    assert odd.data().startswith("Đang nhập ⚠1 ⚑1")
    tip = odd.data(Qt.ItemDataRole.ToolTipRole)
    assert "VH02 – Số hộ nghèo: 36 hộ gấp 2,8 lần quý trước (13 hộ)" in tip and "rà soát lại danh sách hộ nghèo" in tip
    assert page.matrix.cell("TTHCC", "2026-Q3").data().startswith("Đang nhập ⚠1\n")
    assert page.matrix.cell("T01", "2026-Q3").data() == "Đã gửi"
    page.open_report(page.matrix.model.status(odd).unit_id, "2026-Q3")
    entry = page.entry
    entry.grid.setCurrentIndex(entry.model.index([line.code for line in entry.model.lines].index("VH02"), VALUE))
    seen = entry.history.text()  # what the hamlet's reporter sees under the grid
    assert "⚑ Văn phòng đề nghị kiểm tra</b> (du-lieu-mau): Số hộ nghèo tăng gần gấp 3 lần quý trước" in seen
    assert "⚠ Khác xa các kỳ trước của đơn vị</b> (cần xem lại, vẫn gửi được): 36 hộ gấp 2,8 lần" in seen


def test_the_office_marks_an_odd_value_and_clears_it_with_a_reason(qtbot, page: ReportsPage, gui_ws: Workspace,
                                                                   modal, messages) -> None:
    view = page.quality
    page.tabs.setCurrentWidget(view)
    view.show_period("2026-Q3")
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
    refused: list[tuple[bool, bool, str]] = []

    def empty_then_a_reason(dialog: ReasonDialog) -> None:
        dialog.reason.setPlainText("   ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        refused.append((dialog.isVisible(), dialog.error.isVisible(), dialog.error.text()))
        assert len(view.mark_model.rows()) == 2, "a refused clear keeps the mark"
        dialog.reason.setPlainText("Trung tâm xác nhận: hệ thống dịch vụ công gián đoạn tháng 8")
        assert not dialog.error.isVisible(), "the message goes once the text changes"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    modal(ReasonDialog, empty_then_a_reason)
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    (still_open, shown, said), = refused
    assert still_open and shown and "Hãy ghi lý do bỏ đánh dấu" in said, "the dialog stays, the reason beside"
    assert not messages
    assert [m.indicator_code for m in view.mark_model.rows()] == ["VH02"]
    cleared = [m for m in gui_ws.data_quality.follow_ups("2026-Q3", include_cleared=True) if m.cleared_at]
    assert [m.clear_reason for m in cleared] == ["Trung tâm xác nhận: hệ thống dịch vụ công gián đoạn tháng 8"]
    assert page.matrix.cell("TTHCC", "2026-Q3").data().startswith("Đang nhập ⚠1\n")


def test_a_refused_mark_keeps_its_dialog_and_the_text_typed(qtbot, page: ReportsPage, gui_ws: Workspace, modal,
                                                            messages) -> None:
    view = page.quality
    page.tabs.setCurrentWidget(view)
    view.show_period("2026-Q3")
    view.outliers.selectRow(1)  # Tây Sơn's poor households: the demo has marked them already
    typed = "Số hộ nghèo tăng từ 13 lên 36 hộ – đề nghị thôn gửi biên bản rà soát"
    seen: list[tuple[bool, str, str]] = []

    def refused_then_cancelled(dialog: ReasonDialog) -> None:
        dialog.reason.setPlainText(typed)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.error.text(), dialog.reason.toPlainText()))
        dialog.resize(560, dialog.sizeHint().height())
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "quality-mark-refused.png"))
        dialog.reject()

    modal(ReasonDialog, refused_then_cancelled)
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    (still_open, said, kept), = seen
    assert still_open and kept == typed, "what was typed is still there"
    assert "đã được đánh dấu cần kiểm tra" in said and not messages
    assert [m.comment for m in gui_ws.data_quality.follow_ups("2026-Q3")] == [
        m.comment for m in view.mark_model.rows()], "nothing saved"

    view.outliers.selectRow(0)
    answers: list[tuple[bool, str]] = []

    def empty_then_written(dialog: ReasonDialog) -> None:
        dialog.reason.setPlainText("  \n ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        answers.append((dialog.isVisible(), dialog.error.text()))
        dialog.reason.setPlainText("Đề nghị Trung tâm giải trình tỷ lệ hồ sơ trực tuyến")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    modal(ReasonDialog, empty_then_written)
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    assert answers == [(True, "Hãy ghi nội dung cần kiểm tra của số liệu.")]
    assert view.outlier_model.index(0, 3).data() == "cần kiểm tra"


def test_the_check_tab_opens_on_the_latest_period_with_values(qtbot, page: ReportsPage, gui_ws: Workspace) -> None:
    view = page.quality  # in December the quarter due, Quý IV, has no values yet
    assert view.period.currentData() == "2026-Q3" and view.year.value() == 2026
    assert [r.unit_code for r in view.outlier_model.rows()] == ["TTHCC", "T02"]
    view.period.setCurrentIndex(view.period.findData("2026-Q4"))
    title = view.outlier_title.text()
    assert "Quý IV/2026" in title and "chưa đơn vị nào nhập số liệu của kỳ này" in title
    assert '<a href="2026-Q3">Quý III/2026</a>' in title and view.outlier_model.rowCount() == 0
    view.outlier_title.linkActivated.emit("2026-Q3")  # the link to the latest period with values
    assert view.period.currentData() == "2026-Q3" and view.outlier_model.rowCount() == 2
    view.show_period("2026-Q2")
    assert "không có giá trị nào khác xa" in view.outlier_title.text(), "a period with values, none odd"


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
    entry.grid.setCurrentIndex(entry.model.index(row, VALUE))
    assert entry.model.setData(entry.model.index(row, VALUE), "354")  # 347…351 households over five quarters
    assert "⚠ Khác xa các kỳ trước của đơn vị</b> (cần xem lại, vẫn gửi được): 354 hộ cao hơn nhiều so với các kỳ " \
           "trước: thường từ 345 hộ đến 353 hộ (theo 5 kỳ trước)" in entry.history.text()
    assert entry.model.setData(entry.model.index(row, VALUE), "353")
    history = entry.history.text()
    assert "Lịch sử số liệu «VH03 – Tổng số hộ dân cư»" in history and "⚠" not in history
    assert " nhập 352<br>" in history and "sửa 352 → 354" in history and "sửa 354 → 353" in history
    assert "1 số liệu đã thay đổi từ khi mở lại" in entry.state.text()
    assert gui_ws.unit_reports.values(t01, "2026-Q2")["VH03"] == 353
    assert gui_ws.unit_reports.get(ReportKey(t01, "2026-Q2")).state.value == "returned"

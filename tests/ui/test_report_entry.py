"""Báo cáo đơn vị → Nhập báo cáo: the keyboard-first grid, checks as typed,
saving at once, pasting a block, the narrative, the workflow buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from tnapp.domain.permissions import Actor
from tnapp.domain.report_workflow import Transition
from tnapp.domain.vocab import ReportState, Role
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.report_entry import COMMENT, VALUE, ReportEntryView
from tnapp.ui.pages.report_import import ReasonDialog
from tnapp.ui.pages.reports import ReportsPage

pytestmark = pytest.mark.gui

PERIOD = "2026-Q3"


@pytest.fixture
def page(window: MainWindow) -> ReportsPage:
    return window.show_area("reports")


@pytest.fixture
def t04(gui_ws: Workspace) -> int:
    return gui_ws.units.by_code("T04").id


def as_reporter(ws: Workspace, unit_id: int) -> None:
    ws.sign_in(Actor("thon-bac-ninh", Role.UNIT_REPORTER, unit_id=unit_id))


def as_office(ws: Workspace) -> None:
    ws.sign_in(Actor("can-bo-vp", Role.OFFICE))


def row_of(entry: ReportEntryView, code: str) -> int:
    return next(i for i, line in enumerate(entry.model.lines) if line.code == code)


def type_in(qtbot, typist, entry: ReportEntryView, code: str, text: str, key=Qt.Key.Key_Return) -> None:
    """Go to the code's Thực hiện cell, type over it, press Enter (or Tab)."""
    entry.grid.setCurrentIndex(entry.model.index(row_of(entry, code), VALUE))
    entry.grid.setFocus()
    qtbot.keyClick(entry.grid, Qt.Key.Key_F2)  # open the editor as a typed key would
    editor = entry.grid.focusWidget()
    editor.selectAll()
    typist(editor, text)
    finish(qtbot, entry, editor, key)


def finish(qtbot, entry: ReportEntryView, editor, key=Qt.Key.Key_Return) -> None:
    """Enter or Tab in the editor: the delegate commits and closes it on the next turn of the event loop."""
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: entry.grid.state() != QAbstractItemView.State.EditingState)


def enabled(entry: ReportEntryView) -> set[str]:
    return {t.value for t, button in entry.buttons.items() if button.isEnabled()}


def cell(entry: ReportEntryView, code: str, column: int = VALUE) -> str:
    return entry.model.index(row_of(entry, code), column).data()


def test_typing_replaces_a_cell_accepts_the_vietnamese_comma_and_saves_at_once(qtbot, typist, page, gui_ws, t04):
    as_reporter(gui_ws, t04)
    page.open_report(t04, PERIOD)
    entry = page.entry
    assert page.tabs.currentWidget() is entry
    assert entry.model.sheet.state is None and "Chưa nhập" in entry.state.text()
    assert [entry.model.titles[c] for c in (VALUE, COMMENT)] == ["Thực hiện", "Ghi chú"]
    entry.grid.setCurrentIndex(entry.model.index(row_of(entry, "KT03"), VALUE))
    entry.grid.setFocus()
    qtbot.keyClicks(entry.grid, "1")  # a typed key opens the editor, replacing the cell
    editor = entry.grid.focusWidget()
    assert editor is not entry.grid and editor.text() == "1"
    qtbot.keyClicks(editor, ".234,5")
    finish(qtbot, entry, editor)
    assert gui_ws.unit_reports.values(t04, PERIOD)["KT03"] == 1234.5
    assert cell(entry, "KT03") == "1.234,5"
    assert entry.grid.currentIndex().row() == row_of(entry, "KT03") + 1, "Enter goes down"
    assert "Đang nhập" in entry.state.text(), "the first value makes the draft"
    type_in(qtbot, typist, entry, "KT03", "1300.25", key=Qt.Key.Key_Tab)
    assert gui_ws.unit_reports.values(t04, PERIOD)["KT03"] == 1300.25
    assert entry.grid.currentIndex().column() == COMMENT, "Tab goes to the next editable cell"
    typist(entry.grid, "Ư")  # the first letter opens the editor, the others go to it
    typist(entry.grid.focusWidget(), "ớc tính")
    finish(qtbot, entry, entry.grid.focusWidget())
    assert gui_ws.unit_reports.open(t04, PERIOD).line("KT03").comment == "Ước tính"


def test_an_unreadable_value_is_red_and_not_saved_an_odd_one_is_yellow(qtbot, typist, page, gui_ws, t04):
    as_reporter(gui_ws, t04)
    page.open_report(t04, PERIOD)
    entry = page.entry
    type_in(qtbot, typist, entry, "VH03", "mười")
    index = entry.model.index(row_of(entry, "VH03"), VALUE)
    assert index.data() == "mười" and index.data(Qt.ItemDataRole.BackgroundRole).name() == "#f8d7da"
    assert "số" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "VH03" not in gui_ws.unit_reports.values(t04, PERIOD)
    type_in(qtbot, typist, entry, "VH03", "25000")  # above the catalogue's 20.000 households
    index = entry.model.index(row_of(entry, "VH03"), VALUE)
    assert index.data() == "25.000" and index.data(Qt.ItemDataRole.BackgroundRole).name() == "#fff3c4"
    assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert gui_ws.unit_reports.values(t04, PERIOD)["VH03"] == 25000


def test_a_block_pasted_from_excel_fills_down_and_across(qtbot, page, gui_ws, t04):
    as_reporter(gui_ws, t04)
    page.open_report(t04, PERIOD)
    entry = page.entry
    codes = [line.code for line in entry.model.lines]
    assert codes == ["KT03", "VH02", "VH03"]
    entry.grid.setCurrentIndex(entry.model.index(0, VALUE))
    entry.grid.setFocus()
    QGuiApplication.clipboard().setText("1.500,5\tvụ mùa\r\n42\t\r\n1.200\t\r\n")
    qtbot.keyClick(entry.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert gui_ws.unit_reports.values(t04, PERIOD) == {"KT03": 1500.5, "VH02": 42, "VH03": 1200}
    assert cell(entry, "KT03", COMMENT) == "vụ mùa" and cell(entry, "VH03") == "1.200"


def test_the_narrative_is_saved_when_the_cursor_leaves_it(qtbot, typist, page, gui_ws, t04):
    as_reporter(gui_ws, t04)
    page.open_report(t04, PERIOD)
    entry = page.entry
    entry.narrative["results"].setFocus()
    typist(entry.narrative["results"], "Thu hoạch xong vụ mùa")
    entry.narrative["results"].document().setModified(True)
    entry.grid.setFocus()
    qtbot.waitUntil(lambda: gui_ws.unit_reports.open(t04, PERIOD).results_text == "Thu hoạch xong vụ mùa")


def test_a_broken_rule_blocks_submission_with_the_list(qtbot, page, gui_ws, t04, messages):
    as_reporter(gui_ws, t04)
    page.open_report(t04, PERIOD)
    entry = page.entry
    entry.model.paste(entry.model.index(0, VALUE), "1000\n500\n400")  # 500 poor households of 400
    assert enabled(entry) == {"submit"}
    qtbot.mouseClick(entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    assert messages[-1].kind == "warning" and "VH02" in messages[-1].text and "VH03" in messages[-1].text
    assert gui_ws.unit_reports.get(ReportKey(t04, PERIOD)).state is ReportState.DRAFT


def test_an_invalid_cell_blocks_submission_naming_it_and_the_old_value_is_never_sent(
        qtbot, typist, page, gui_ws, t04, messages, tmp_path):
    as_reporter(gui_ws, t04)
    page.open_report(t04, PERIOD)
    entry = page.entry
    entry.model.paste(entry.model.index(0, VALUE), "1000\n40\n400")
    type_in(qtbot, typist, entry, "VH02", "abc")
    index = entry.model.index(row_of(entry, "VH02"), VALUE)
    assert index.data() == "abc" and index.data(Qt.ItemDataRole.BackgroundRole).name() == "#f8d7da"
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#a4161a"
    entry.grab().save(str(tmp_path / "invalid-cell.png"))
    qtbot.mouseClick(entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    said = messages[-1].text
    assert messages[-1].kind == "warning" and "VH02" in said and "Thực hiện" in said and "VH03" not in said
    assert gui_ws.unit_reports.get(ReportKey(t04, PERIOD)).state is ReportState.DRAFT, "never sent with the old 40"
    assert entry.grid.currentIndex() == index and index.data() == "abc", "the typed text stays, the cursor on it"
    type_in(qtbot, typist, entry, "VH02", "41")
    qtbot.mouseClick(entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    assert gui_ws.unit_reports.get(ReportKey(t04, PERIOD)).state is ReportState.SUBMITTED
    assert gui_ws.unit_reports.values(t04, PERIOD)["VH02"] == 41


def test_submit_then_return_with_a_reason(qtbot, page, gui_ws, t04, modal, messages):
    as_reporter(gui_ws, t04)
    page.open_report(t04, PERIOD)
    entry = page.entry
    entry.model.paste(entry.model.index(0, VALUE), "1000\n40\n400")
    qtbot.mouseClick(entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    assert "Đã gửi" in entry.state.text() and enabled(entry) == set(), "a reporter may not accept"
    assert not entry.model.flags(entry.model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable
    as_office(gui_ws)
    entry.reload()
    assert enabled(entry) == {"accept", "return"}

    refused: list[tuple[bool, str, ReportState]] = []

    def empty_then_a_reason(dialog: ReasonDialog) -> None:
        dialog.reason.setPlainText(" ")
        dialog.accept()
        refused.append((dialog.isVisible(), dialog.error.text(), gui_ws.unit_reports.get(ReportKey(t04, PERIOD)).state))
        dialog.reason.setPlainText("Số hộ chưa khớp với thống kê")
        dialog.accept()

    modal(ReasonDialog, empty_then_a_reason)
    qtbot.mouseClick(entry.buttons[Transition.RETURN], Qt.MouseButton.LeftButton)
    assert refused == [(True, "Hãy ghi lý do khi trả lại báo cáo.", ReportState.SUBMITTED)], "it waits for a reason"
    assert gui_ws.unit_reports.get(ReportKey(t04, PERIOD)).state is ReportState.RETURNED and not messages
    assert "Số hộ chưa khớp" in entry.state.text()


def test_an_excel_form_exported_filled_and_imported_back_through_the_preview(page, gui_ws, t04, tmp_path, modal,
                                                                              messages):
    from openpyxl import load_workbook

    from tnapp.services.report_layout import CODE_COL, HEADER_ROW, VALUE_COL
    from tnapp.ui.pages.report_import import ReportImportDialog

    page.open_report(t04, PERIOD)
    entry = page.entry
    path = tmp_path / "Báo cáo #3" / "bao-cao-T04.xlsx"
    entry.export_to(path)
    assert path.exists() and "bao-cao-T04.xlsx" in messages[-1].text
    book = load_workbook(path)
    sheet = book["T04"]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        code = sheet.cell(row, CODE_COL).value
        if code in ("KT03", "VH02", "VH03"):
            sheet.cell(row, VALUE_COL).value = {"KT03": 1210.5, "VH02": 37, "VH03": 415}[code]
    book.save(path)
    seen: dict[str, object] = {}

    def look_and_import(dialog: ReportImportDialog) -> None:
        seen["changes"] = dialog.texts(dialog.changes)
        seen["problems"] = dialog.texts(dialog.problems)
        seen["enabled"] = dialog.import_button.isEnabled()
        dialog.import_button.click()

    modal(ReportImportDialog, look_and_import)
    entry.import_paths([path.parent])  # a folder: its .xlsx files
    assert seen["enabled"] and not seen["problems"]
    assert any("KT03" in c and "1.210,5" in c for c in seen["changes"]) and len(seen["changes"]) == 3
    assert gui_ws.unit_reports.values(t04, PERIOD) == {"KT03": 1210.5, "VH02": 37, "VH03": 415}
    assert entry.model.index(0, VALUE).data() == "1.210,5", "the form shows what was imported"
    assert "1 tệp, 3 giá trị" in messages[-1].text


def test_a_cumulative_row_says_year_to_date_and_a_drop_is_yellow_and_named_on_gui(
        qtbot, typist, page, gui_ws, t04, answers, window):
    from PySide6.QtWidgets import QMessageBox

    as_reporter(gui_ws, t04)
    window.resize(1366, 768)
    page.open_report(t04, PERIOD)
    entry = page.entry
    header = entry.model.headerData(VALUE, Qt.Orientation.Horizontal)
    assert "lũy kế" in header and "từ đầu năm" in header  # KT03 is lũy kế: the column is the year so far
    assert "lũy kế từ đầu năm" in cell(entry, "KT03", 1) and "lũy kế" not in cell(entry, "VH03", 1)
    index = entry.model.index(row_of(entry, "KT03"), VALUE)
    assert "từ đầu năm" in index.data(Qt.ItemDataRole.ToolTipRole)
    type_in(qtbot, typist, entry, "KT03", "5")  # this quarter's own 5, where Q2's year so far was 484,5
    index = entry.model.index(row_of(entry, "KT03"), VALUE)
    assert gui_ws.unit_reports.values(t04, PERIOD)["KT03"] == 5  # kept: a warning, not a block
    assert index.data(Qt.ItemDataRole.BackgroundRole).name() == "#fff3c4"
    assert "thấp hơn số lũy kế kỳ trước (484,5" in index.data(Qt.ItemDataRole.ToolTipRole)
    if __import__("os").path.isdir("/tmp/fixgui"):
        window.grab().save("/tmp/fixgui/entry.png")
    entry.model.paste(entry.model.index(row_of(entry, "VH02"), VALUE), "10\n400")
    answers.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    assert "KT03" in answers.asked[-1] and "lũy kế" in answers.asked[-1] and "VH02" not in answers.asked[-1]
    assert gui_ws.unit_reports.get(ReportKey(t04, PERIOD)).state is ReportState.DRAFT  # "No": not sent
    answers.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    assert gui_ws.unit_reports.get(ReportKey(t04, PERIOD)).state is ReportState.SUBMITTED  # sent when confirmed

"""Projector-ready: F5 starts the council's presentation from anywhere in the
window (also after "Ghi kết quả" disabled itself and took the focus away),
PgDn/PgUp step it from the control window, a single screen keeps a visible way
back; the dashboard's large text fits 1366×768 and 1024×768 without cutting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel

from tests.council_fixtures import open_meeting, submit_proposals
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.council_presentation import Role
from tnapp.ui.pages.dashboard import DashboardView

pytestmark = pytest.mark.gui
YEAR = 2026


@pytest.fixture
def meeting(window: MainWindow, gui_ws: Workspace, qtbot):
    submit_proposals(gui_ws, YEAR, {"CSTDCS": ["Lê Văn An", "Đặng Thị Ánh"], "LDTT": ["Nguyễn Văn Bình"]})
    page = window.show_area("council")
    view = page.open_meeting(open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR))
    view.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return view


def test_f5_after_ghi_ket_qua_disabled_itself_starts_the_show(qtbot, meeting, window: MainWindow) -> None:
    view = meeting
    view.tally.inputs["agree"].setValue(9)
    view.tally.save_button.setFocus()
    qtbot.mouseClick(view.tally.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.tally.save_button.isEnabled() or view.tally.save_button.text() != "Ghi kết quả")
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_F5)
    assert view.presentation is not None, "F5 reached the meeting from wherever the focus went"
    show = view.presentation
    start = view.deck.index
    window.activateWindow()  # back on the control window: the keys still step the show
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown)
    assert view.deck.index == start + 1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp)
    assert view.deck.index == start
    show.stop()
    assert view.presentation is None and not view.keys.step_keys[0].isEnabled(), "PgDn back to the tables"


def test_one_screen_keeps_a_visible_way_back(qtbot, meeting) -> None:
    view = meeting
    show = view.start_presentation(full_screen=False)
    single = show.window(Role.SINGLE)
    single.resize(1366, 768)
    qtbot.waitExposed(single)
    corner = single.way_back
    assert corner.isVisible() and "P" in corner.controls.text() and "Esc" in corner.leave.text()
    assert single.rect().contains(corner.geometry()) and corner.geometry().top() < 40, "top corner, on screen"
    qtbot.mouseClick(corner.controls, Qt.MouseButton.LeftButton)
    assert single.showing_presenter() and not corner.isVisible()  # the panel has its own buttons
    qtbot.keyClick(single, Qt.Key.Key_P)
    assert not single.showing_presenter() and corner.isVisible()
    qtbot.mouseClick(corner.leave, Qt.MouseButton.LeftButton)
    assert view.presentation is None


def cut_off(widget) -> list[str]:
    """The labels, boxes and checkboxes of ``widget`` whose text does not fit their width."""
    cut = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QCheckBox) + widget.findChildren(QComboBox):
        if not child.isVisible() or (isinstance(child, QLabel) and child.wordWrap()):
            continue
        text = child.currentText() if isinstance(child, QComboBox) else child.text()
        room = child.width() - (28 if isinstance(child, QComboBox) else 22 if isinstance(child, QCheckBox) else 0)
        if text and child.fontMetrics().horizontalAdvance(text) > room:
            cut.append(text)
    return cut


@pytest.mark.parametrize("width", [1366, 1024])
def test_the_dashboard_in_large_text_cuts_nothing(qtbot, gui_ws: Workspace, width: int) -> None:
    view = DashboardView(gui_ws)
    qtbot.addWidget(view)
    view.resize(width - 240, 700)  # beside the navigation of a window as wide as the screen
    view.show()
    qtbot.waitExposed(view)
    view.year.setCurrentIndex(view.year.findData(2026))
    view.large.setChecked(True)
    view.show_indicator("KT04")
    qtbot.wait(1)
    assert cut_off(view) == []
    assert view.year.width() >= view.year.fontMetrics().horizontalAdvance("2026") + 20
    legend = view.trend.chart().legend()
    assert [m.label() for m in legend.markers()] == ["Kế hoạch", "Thực hiện", "Dự báo"]


def test_the_slide_counter_stands_beside_the_corner_control_and_the_footer_breaks_between_phrases(
        qtbot, meeting, gui_ws: Workspace) -> None:
    from PySide6.QtGui import QTextDocument

    from tnapp.services.council import TallyInput
    from tnapp.ui.table_model import accent_overhang

    view = meeting
    for item in gui_ws.council.agenda(view.meeting_id):
        gui_ws.council.record_tally(item.id, TallyInput(9, 0))
    view.refresh()
    show = view.start_presentation(full_screen=False)
    single = show.window(Role.SINGLE)
    audience = single.audience
    for width in (1366, 820):
        single.resize(width, 768)
        qtbot.waitExposed(single)
        show.deck.go(len(show.deck.slides) - 1)  # the last proposal, with its result in the footer
        qtbot.wait(20)
        if width == 1366:
            single.grab().save("/tmp/fixgui/slide.png") if __import__("os").path.isdir("/tmp/fixgui") else None
        counter = audience.position
        box = counter.geometry().translated(counter.parentWidget().mapTo(single, counter.parentWidget().rect().topLeft()))
        text_box = box.adjusted(box.width() - counter.fontMetrics().horizontalAdvance(counter.text()), 0, 0, 0)
        assert counter.text() and counter.isVisible()
        assert not text_box.intersects(single.way_back.geometry()), (width, text_box, single.way_back.geometry())
        # the footer wraps (if at all) between "Đề nghị: …", "Tiền thưởng: …", "Kết quả: …", never inside one
        footer = audience.footer
        assert "Kết quả: Thông qua" in footer.text()
        document = QTextDocument()
        document.setDefaultFont(footer.font())
        document.setDocumentMargin(0)
        document.setHtml(footer.text())
        document.setTextWidth(footer.contentsRect().width())
        plain = document.toPlainText()
        block = document.firstBlock()
        starts = [block.layout().lineAt(i).textStart() for i in range(block.layout().lineCount())]
        assert all(s == 0 or plain[:s].rstrip().endswith("·") for s in starts), (width, plain, starts)
        # the name's accents over capitals are drawn whole
        headline = audience.headline
        assert headline.contentsMargins().top() >= accent_overhang(headline.fontMetrics()) > 0
    show.stop()


@pytest.mark.parametrize("width", [1366, 1024])
def test_large_text_keeps_rows_in_the_tables_and_the_trend_legend_on_screen(qtbot, gui_ws: Workspace,
                                                                            width: int) -> None:
    """Issue 16: in the window at 1366×768 and 1024×768, "Chữ lớn" leaves the indicator table
    several rows and the trend chart, its legend included, inside the window."""
    window = MainWindow(gui_ws)
    qtbot.addWidget(window)
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.show_area("indicators").dashboard
    view.large.setChecked(True)
    view.show_indicator("KT04")
    qtbot.wait(1)
    for table in (view.table, view.units_table):
        assert table.viewport().height() >= 4 * table.rowHeight(0), table.objectName()
    chart = view.trend
    bottom = chart.mapTo(window, chart.rect().bottomLeft()).y()
    assert chart.height() >= chart.minimumHeight() and bottom <= window.centralWidget().geometry().bottom()
    legend = chart.chart().legend()
    assert legend.isVisible() and legend.geometry().bottom() <= chart.height()
    assert legend.geometry().left() > chart.chart().plotArea().right()  # beside the lines, not below them
    view.large.setChecked(False)  # back to the normal layout: the indicators over the detail again
    assert view.right.isVisible() and view.right.indexOf(view.table) == 0


def test_a_criterion_that_does_not_block_is_a_note_on_the_slide_never_a_cross_beside_eligible(meeting) -> None:
    from dataclasses import replace

    from tnapp.services.council_views import EligibilityLine
    from tnapp.ui.pages.council_presentation import DeckSlide, audience_text
    view = meeting
    slide = view.ws.council.slides(view.meeting_id)[0]
    note = EligibilityLine("Đã đăng ký thi đua đầu năm", "Không đạt", False, "", "", blocking=False)
    shown = replace(slide, eligibility=replace(slide.eligibility, eligible=True, lines=(note,)))
    body = audience_text(DeckSlide(None, shown, 1))[3]
    assert "✗" not in body and "⚠" in body and "chỉ lưu ý, không bắt buộc" in body
    blocking = replace(shown, eligibility=replace(shown.eligibility, lines=(replace(note, blocking=True),)))
    assert "✗" in audience_text(DeckSlide(None, blocking, 1))[3]

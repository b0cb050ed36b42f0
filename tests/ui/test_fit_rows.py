"""Rows fit the font: Vietnamese accents stacked over capitals ("Ánh", "Ấn") are drawn whole in every
grid and tree, and the meeting's agenda fits 1366×768 without scrolling sideways."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView, QTreeView

from tests.council_fixtures import open_meeting, submit_proposals
from tnapp.services.council import TallyInput
from tnapp.ui.table_model import row_height

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/fixgui")


def ink_fits(view, text: str, height: int) -> bool:
    """The text's ink (accents over capitals included) fits a row of ``height`` pixels, centred."""
    metrics = view.fontMetrics()
    ink = metrics.tightBoundingRect(text)
    top = (height - metrics.height()) // 2  # the line box, centred in the row
    return top + metrics.ascent() + ink.top() >= 0 and top + metrics.ascent() + ink.bottom() <= height


def test_the_agenda_shows_accented_names_whole_and_fits_the_screen(window, gui_ws, qtbot) -> None:
    window.resize(1366, 768)
    submit_proposals(gui_ws, 2026, {"CSTDCS": ["Lê Văn An", "Đặng Thị Ánh"],
                                    "LDTT": ["Nguyễn Văn Bình", "Lê Thị Dung"]})
    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, 2026, present=9)
    for item in gui_ws.council.agenda(meeting_id):
        gui_ws.council.record_tally(item.id, TallyInput(9, 0))
    page = window.show_area("council")
    view = page.open_meeting(meeting_id)
    view.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    agenda = view.agenda
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "agenda.png"))
    ann = next(agenda.topLevelItem(i).child(j) for i in range(agenda.topLevelItemCount())
               for j in range(agenda.topLevelItem(i).childCount())
               if "Đặng Thị Ánh" in agenda.topLevelItem(i).child(j).text(0))
    rect = agenda.visualItemRect(ann)
    assert ink_fits(agenda, "Đặng Thị Ánh Hoàng Thị Ấn", rect.height())
    assert not agenda.horizontalScrollBar().isVisible()  # the "Phiếu" column is not cut
    votes = agenda.header().sectionViewportPosition(3) + agenda.header().sectionSize(3)
    assert votes <= agenda.viewport().width()
    # every grid and tree of the window, set up in one place, has rows that fit the accents
    for grid in window.findChildren(QTableView):
        assert ink_fits(grid, "Ấn Ánh Ỗ", grid.verticalHeader().defaultSectionSize()), grid.objectName()
    assert row_height(agenda) >= agenda.fontMetrics().height()
    assert all(isinstance(t, QTreeView) for t in window.findChildren(QTreeView))

"""The council meeting at 1366×768 and 1024×768, in Vietnamese and English: the projector's box
stays whole beside the meeting's buttons, F5 starts the slides from the papers tab (the tab
that scrolls at 1024), the single screen's corner control and the presenter panel fit the
screen, and the keys step and leave the show. (Every tab's layout: tests/ui/test_large_text.py.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox

from tests.council_fixtures import open_meeting, submit_proposals
from tests.ui.test_large_text import cut_boxes, cut_widgets, shown_window
from tnapp.services.workspace import Workspace
from tnapp.ui.pages.council_presentation import Role

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_presentation_starts_steps_and_fits_at_1366_and_1024(qtbot, qapp, gui_ws: Workspace,
                                                                 language: str) -> None:
    from tnapp.ui.i18n import install_translators, remove_translators

    submit_proposals(gui_ws, 2026, {"CSTDCS": ["Lê Văn An", "Đặng Thị Ánh"], "LDTT": ["Nguyễn Văn Bình"]})
    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, 2026, present=7)
    shots = Path(os.environ["TNAPP_SHOTS"]) if os.environ.get("TNAPP_SHOTS") else None
    translators = install_translators(qapp, language)
    try:
        for width in (1366, 1024):
            window = shown_window(qtbot, gui_ws, (width, 768), language)
            view = window.show_area("council").open_meeting(meeting_id)
            view.tabs.setCurrentIndex(1)
            qtbot.wait(1)
            agenda = view.agenda  # the names whole (at 1024 they read "1. Hoàng Thị …"): the unit gives way
            names = [agenda.topLevelItem(i).child(j).text(0) for i in range(agenda.topLevelItemCount())
                     for j in range(agenda.topLevelItem(i).childCount())]
            margins = agenda.indentation() + 2 * agenda.fontMetrics().averageCharWidth()  # the cell's padding
            assert names and all(agenda.fontMetrics().horizontalAdvance(name) + margins
                                 <= agenda.header().sectionSize(0) for name in names), width
            view.tabs.setCurrentIndex(2)  # the papers, the focus in their scrolling list
            qtbot.wait(1)
            projector = view.findChild(QGroupBox, "projector")
            assert projector.isVisible() and cut_widgets(projector) == [] and cut_boxes(projector) == [], width
            assert view.present_button.isEnabled()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            view.output_buttons["ballots"].setFocus()
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
            assert view.presentation is not None, ("F5 from the papers tab", width)
            view.presentation.stop()
            assert view.presentation is None

            show = view.start_presentation(full_screen=False)  # one screen, as wide as the laptop's
            single = show.window(Role.SINGLE)
            single.resize(width, 768)
            qtbot.waitExposed(single)
            show.deck.go(1)  # the first proposal
            qtbot.wait(10)
            corner = single.way_back
            assert corner.isVisible() and single.rect().contains(corner.geometry()), width
            assert cut_widgets(corner) == [], width
            assert view.tr("Trình chiếu (F5)") == view.present_button.text()
            if shots:
                single.grab().save(str(shots / f"{language}_{width}_slide.png"))
            qtbot.keyClick(single, Qt.Key.Key_PageDown)
            assert show.deck.index == 2
            qtbot.mouseClick(corner.controls, Qt.MouseButton.LeftButton)
            assert single.showing_presenter()
            qtbot.wait(10)
            assert cut_widgets(single) == [], (width, "the presenter panel")
            if shots:
                single.grab().save(str(shots / f"{language}_{width}_presenter.png"))
            qtbot.keyClick(single, Qt.Key.Key_P)
            assert not single.showing_presenter() and corner.isVisible()
            show.deck.go(1)
            shown = show.deck.current.item.item_id
            qtbot.keyClick(single, Qt.Key.Key_Escape)
            assert view.presentation is None
            assert view.tabs.currentIndex() == 1 and view.current_slide().item_id == shown, "back on the agenda"
            window.close()
    finally:
        remove_translators(qapp, translators)

"""Trợ giúp: F1 opens the offline Vietnamese guide at the section of the screen in view."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt

from tnapp.paths import resources_dir
from tnapp.ui.areas import AREAS
from tnapp.ui.help import guide_url
from tnapp.ui.i18n import install_translators, remove_translators
from tnapp.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("name", ["huong-dan.html", "guide-en.html"])
def test_every_area_has_its_section_in_the_guide(name: str) -> None:
    guide = (resources_dir() / "help" / name).read_text(encoding="utf-8")
    assert {a.key for a in AREAS} <= set(re.findall(r'<a name="(\w+)">', guide))


def test_the_guide_is_in_the_interfaces_language(qapp) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert guide_url("council").fileName() == "guide-en.html"
    finally:
        remove_translators(qapp, translators)
    assert guide_url("council").fileName() == "huong-dan.html"


def test_f1_opens_the_guide_at_the_screen_in_view(qtbot, window: MainWindow) -> None:
    window.show_area("council")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    browser = dialog.browser
    assert browser.source().fragment() == "council"
    text = browser.toPlainText()
    assert "Hướng dẫn sử dụng TNApp" in text and "F5" in text and "Ghi kết quả" in text
    seen = {browser.cursorForPosition(QPoint(10, y)).block().text() for y in range(0, 150, 5)}
    assert "Hội đồng" in seen and browser.verticalScrollBar().value() > 0, "scrolled to the council's section"

    window.show_area("reports")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_F1)
    assert dialog.browser.source().fragment() == "reports"

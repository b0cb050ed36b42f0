"""Trợ giúp: F1 opens the offline Vietnamese guide at the section of the screen in view."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from tnapp.paths import resources_dir
from tnapp.ui.areas import AREAS
from tnapp.ui.help import HelpDialog
from tnapp.ui.help import guide_url
from tnapp.ui.i18n import install_translators, remove_translators
from tnapp.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


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


def _guide_tool():
    spec = importlib.util.spec_from_file_location("guide_pictures", ROOT / "tools" / "guide_pictures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_guide_shows_the_pictures_the_tool_takes_small_and_shipped_with_it(qtbot) -> None:
    """Issue 16: every screen the tool grabs is in the guide, each file small, and the help
    browser shows them (they live under resources/, which the wheel and build.spec carry)."""
    help_dir = resources_dir() / "help"
    guide = (help_dir / "huong-dan.html").read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="img/([\w-]+)\.png"', guide)
    assert pictures == list(_guide_tool().SHOTS)
    for name in pictures:
        path = help_dir / "img" / f"{name}.png"
        assert path.is_file() and path.stat().st_size < 80_000, path
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show_section("overview")
    image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                               QUrl("img/tong-quan.png"))
    assert image is not None and not image.isNull() and image.width() == _guide_tool().WIDTH


def test_the_tool_grabs_a_screen_of_the_demo_small(tmp_path) -> None:
    tool = _guide_tool()
    [path] = tool.take(tmp_path / "ảnh #1", ["tong-quan"])
    image = QImage(str(path))
    assert image.width() == tool.WIDTH and image.format() == QImage.Format.Format_Indexed8
    assert path.stat().st_size < 80_000

"""Trợ giúp: F1 opens the offline Vietnamese guide at the section of the screen in view."""

from __future__ import annotations

import html
import importlib
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


GUIDES = {"vi": "huong-dan.html", "en": "guide-en.html"}
# Words with Vietnamese letters the English guide may hold: none so far (names are written
# without accents there, the screens' English names are quoted); add sparingly, with a reason.
VIETNAMESE_ALLOWED_IN_ENGLISH: frozenset[str] = frozenset()


def guide_text(language: str) -> str:
    return (resources_dir() / "help" / GUIDES[language]).read_text(encoding="utf-8")


def anchors(guide: str) -> list[str]:
    return re.findall(r'<a name="([\w-]+)">', guide)


def pictures(guide: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', guide)


def vietnamese_words(guide: str) -> set[str]:
    """The words of the guide's text and picture descriptions written with Vietnamese letters
    (đ, ơ, ư, tones…): a heuristic for a sentence left untranslated."""
    text = re.sub(r"<[^>]+>", " ", guide) + " ".join(re.findall(r'alt="([^"]*)"', guide))
    return {w for w in re.findall(r"\w+", html.unescape(text)) if not w.isascii()} - VIETNAMESE_ALLOWED_IN_ENGLISH


def f1_sections() -> set[str]:
    """Every anchor F1 can open: each area's, and each tab with a section of its own."""
    sections = set()
    for item in AREAS:
        page_class = getattr(importlib.import_module(f"tnapp.ui.pages.{item.module}"), item.page_class)
        sections |= {item.key} | {f"{item.key}-{place}" for place in page_class.help_places}
    return sections


@pytest.mark.parametrize("language", GUIDES)
def test_every_section_f1_opens_is_in_the_guide_once(language: str) -> None:
    found = anchors(guide_text(language))
    assert f1_sections() <= set(found)
    assert len(found) == len(set(found))


def test_the_two_guides_have_the_same_sections_in_the_same_order() -> None:
    assert anchors(guide_text("en")) == anchors(guide_text("vi"))
    links = {language: re.findall(r'<a href="#([\w-]+)">', guide_text(language)) for language in GUIDES}
    assert links["en"] == links["vi"] and set(links["vi"]) <= set(anchors(guide_text("vi")))


def test_the_english_guide_is_english_and_the_check_would_see_vietnamese() -> None:
    assert vietnamese_words(guide_text("en")) == set()
    assert {"Bình", "Hội", "đồng"} <= vietnamese_words(guide_text("vi"))  # the heuristic sees Vietnamese


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
    assert "7. Họp Hội đồng" in seen and browser.verticalScrollBar().value() > 0, "scrolled to the council's section"

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


@pytest.mark.parametrize("language", GUIDES)
def test_each_guide_shows_every_picture_the_tool_takes_in_its_language(qtbot, language: str) -> None:
    """Issue 16: every screen the tool grabs is in each guide, in that guide's language, each
    file there and small, and the help browser shows them (they live under resources/, which
    the wheel and build.spec carry)."""
    help_dir = resources_dir() / "help"
    shown = pictures(guide_text(language))
    assert shown == [f"img/{language}/{name}.png" for name in _guide_tool().SHOTS]
    for picture in shown:
        path = help_dir / picture
        assert path.is_file() and path.stat().st_size < 80_000, path
    assert sum(p.stat().st_size for p in (help_dir / "img").rglob("*")) < 1_000_000
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show_section("overview")
    image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                               QUrl(f"img/{language}/tong-quan.png"))
    assert image is not None and not image.isNull() and image.width() == _guide_tool().WIDTH


def test_the_tool_grabs_a_screen_of_the_demo_small_in_each_language(tmp_path) -> None:
    tool = _guide_tool()
    written = tool.take(tmp_path / "ảnh #1", ["kiem-tra-so-lieu"])
    assert written == [tmp_path / "ảnh #1" / language / "kiem-tra-so-lieu.png" for language in ("vi", "en")]
    vietnamese, english = (QImage(str(path)) for path in written)
    for image, path in zip((vietnamese, english), written):
        assert image.width() == tool.WIDTH and image.format() == QImage.Format.Format_Indexed8
        assert path.stat().st_size < 80_000
    assert vietnamese != english  # the English picture shows the English interface


def test_f1_on_a_tab_with_its_own_section_opens_that_section(qtbot, window: MainWindow) -> None:
    page = window.show_area("reports")
    page.tabs.setCurrentWidget(page.quality)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_F1)
    browser = window.help_dialog.browser
    assert browser.source().fragment() == "reports-quality"
    assert "Kiểm tra số liệu" in browser.toPlainText() and "Đánh dấu cần kiểm tra…" in browser.toPlainText()
    window.show_place("emulation", "awards")
    qtbot.keyClick(window.current_page(), Qt.Key.Key_F1)
    assert browser.source().fragment() == "emulation-awards"
    window.show_place("emulation", "movements")
    qtbot.keyClick(window.current_page(), Qt.Key.Key_F1)
    assert browser.source().fragment() == "emulation"

"""Defaults that fit the day: the report due now preselected, file names in
the user's words without diacritics, save dialogs that remember the folder
(Documents at first), buttons that stay put, a window that remembers its size
and the database worked in last."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog

from tnapp.services.workspace import Workspace
from tnapp.ui import app as app_module
from tnapp.ui.files import LAST_FOLDER_KEY
from tnapp.ui.i18n import settings
from tnapp.ui.main_window import GEOMETRY_KEY, MainWindow
from tnapp.ui.pages.documents_view import DocumentsView
from tnapp.ui.pages.reports import ReportsPage

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _nothing_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user: no folder, size or database kept; a home with a Documents folder."""
    for key in (LAST_FOLDER_KEY, GEOMETRY_KEY, app_module.LAST_DATABASE_KEY):
        settings().remove(key)
    home = tmp_path / "nhà của tôi"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.mark.parametrize(("today", "period", "label"), [
    (dt.date(2026, 12, 6), "2026-Q4", "Quý IV/2026"),  # December: the quarter under way, not Quý I
    (dt.date(2026, 10, 5), "2026-Q3", "Quý III/2026"),  # before Quý III's deadline: still Quý III
    (dt.date(2027, 1, 5), "2026-Q4", "Quý IV/2026"),  # January: last year's Quý IV is what is due
])
def test_report_entry_opens_on_the_period_due(qtbot, gui_ws: Workspace, today: dt.date, period: str,
                                              label: str) -> None:
    page = ReportsPage(gui_ws, today=today)
    qtbot.addWidget(page)
    entry = page.entry
    assert entry.period.currentData() == period and entry.period.currentText() == label
    assert entry.year.value() == int(period[:4]) and entry.sheet.key.period == period


def saving_to(monkeypatch: pytest.MonkeyPatch, target: Path, asked: list[str]) -> None:
    def choose(parent, caption, suggested, filters, *args, **kwargs):
        asked.append(suggested)
        return str(target), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


def test_documents_are_saved_under_vietnamese_names_in_the_folder_used_last(
        qtbot, gui_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        _nothing_remembered: Path) -> None:
    view = DocumentsView(gui_ws)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.year.setValue(2026)
    view.select_report("progress")
    view.period.setCurrentIndex(view.period.findData("2026-Q3"))
    asked: list[str] = []
    folder = tmp_path / "Báo cáo #3 100%"
    folder.mkdir()
    saving_to(monkeypatch, folder / "tien-do-2026-Q3.pdf", asked)
    view.pdf_button.click()
    assert Path(asked[0]) == _nothing_remembered / "Documents" / "tien-do-2026-Q3.pdf", "Documents at first"
    assert (folder / "tien-do-2026-Q3.pdf").exists()

    view.select_report("tong-ket")
    view.word_button.click()
    assert Path(asked[1]) == folder / "tong-ket-2026.docx", "the folder chosen last time"


def test_the_document_buttons_stay_put_after_preview_and_save(
        qtbot, gui_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = DocumentsView(gui_ws)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    view.select_report("completeness")
    buttons = (view.preview_button, view.pdf_button, view.word_button, view.open_button)

    def places() -> list[QPoint]:
        return [b.mapTo(view, QPoint(0, 0)) for b in buttons]

    before, list_size = places(), view.reports.size()
    view.preview_button.click()
    qtbot.wait(1)
    assert "trang" in view.status.text() and places() == before
    deep = tmp_path.joinpath(*["thư mục rất dài của văn phòng UBND xã"] * 4)
    deep.mkdir(parents=True)
    saving_to(monkeypatch, deep / "tinh-hinh-gui-bao-cao.pdf", [])
    view.pdf_button.click()
    qtbot.wait(1)
    assert "Đã lưu" in view.status.text() and places() == before
    assert view.status.toolTip() == str(deep / "tinh-hinh-gui-bao-cao.pdf")
    for code in ("progress", "units-people", "bnv-0605", "completeness"):  # three lines, two, twelve, two
        view.select_report(code)
        qtbot.wait(1)
        assert places() == before and view.reports.size() == list_size, code
    view.select_report("bnv-0605")
    qtbot.wait(1)
    shown = view.description.text()
    assert "Đơn vị nhận báo cáo" in shown and view.description.toolTip() == shown, "the whole text, scrolled or hovered"
    assert view.description_box.verticalScrollBar().maximum() > 0
    width = view.reports.viewport().width()  # the forms' long titles wrap: nothing hidden sideways
    assert all(view.reports.visualItemRect(view.reports.item(i)).right() <= width for i in range(view.reports.count()))
    assert not view.reports.horizontalScrollBar().isVisible()


def test_the_window_comes_back_at_its_last_size(qtbot, gui_ws: Workspace) -> None:
    first = MainWindow(gui_ws)
    qtbot.addWidget(first)
    assert not first.restore_geometry(), "nothing kept yet: the start maximises on a laptop"
    for height in (640, 720):  # the offscreen screen is 800 px high (and narrower than the window's minimum)
        first.resize(960, height)
        first.show()
        first.close()
        again = MainWindow(gui_ws)
        qtbot.addWidget(again)
        assert again.restore_geometry() and (again.width(), again.height()) == (960, height)


def test_the_database_worked_in_last_opens_next_time(gui_ws: Workspace, demo_db: Path, monkeypatch) -> None:
    assert app_module.starting_database(None, demo=False) is None  # the default file
    app_module.remember_database(gui_ws)
    assert app_module.starting_database(None, demo=False) == str(demo_db)
    assert app_module.starting_database("/khac/tnapp.sqlite", demo=False) == "/khac/tnapp.sqlite"
    assert app_module.starting_database(None, demo=True) is None, "--demo opens the demo"
    monkeypatch.setenv("TNAPP_DB", "/srv/tnapp.sqlite")
    assert app_module.starting_database(None, demo=False) is None, "TNAPP_DB is obeyed"
    monkeypatch.delenv("TNAPP_DB")
    gui_ws.close()
    demo_db.unlink()
    assert app_module.starting_database(None, demo=False) is None, "a file since removed: the default"

"""The statistics forms in Văn bản – Báo cáo (what is unconfirmed on screen, never on the
paper) and the national database export from the award history page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.documents_view import DocumentsView
from test_documents_view import answer_save_dialog

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/shots")


def test_a_form_shows_what_is_unconfirmed_and_prints_without_it(qtbot, gui_ws: Workspace, monkeypatch,
                                                                 tmp_path: Path) -> None:
    view = DocumentsView(gui_ws)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.year.setValue(2024)
    view.select_report("bnv-0603")
    shown = view.description.text()
    assert "0603.N/BNV-TĐKT" in shown and "CHƯA XÁC NHẬN" in shown and "18/2025/TT-BNV" in shown
    assert not view.period.isEnabled() and view.period.currentText() == "Năm 2024", "the year said, not a blank box"
    target = tmp_path / "Biểu 0603 #1 %.pdf"
    asked: list[str] = []
    answer_save_dialog(monkeypatch, target, asked)
    assert view.save_as(".pdf") == target
    assert asked[0].endswith("2024.pdf") and "0603" in asked[0]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Biểu số: 0603.N/BNV-TĐKT" in text and "THỦ TRƯỞNG ĐƠN VỊ" in text and "NGƯỜI LẬP BIỂU" in text
    assert "XÁC NHẬN" not in text.upper() and "18/2025" not in text
    view.preview()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "stat_form_0603.png"))


def test_the_award_page_exports_a_year_and_a_person(window: MainWindow, gui_ws: Workspace, monkeypatch,
                                                    messages, tmp_path: Path) -> None:
    page = window.show_area("emulation").show_tab("awards")
    page.year.setCurrentIndex(page.year.findData(2024))
    page.national_button.menu().aboutToShow.emit()
    assert page.national_year.isEnabled()
    target = tmp_path / "Khen thưởng #2024 %.xlsx"
    answer_save_dialog(monkeypatch, target, [])
    page.national_year.trigger()
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in values if r[0] == "Họ và tên")
    rows = values[values.index(header) + 1:]
    assert len(rows) == len(gui_ws.award_export.rows(year=2024)) > 0
    assert all(isinstance(r[header.index("Năm")], int) for r in rows)
    assert "Chưa xác nhận" in messages[-1].text and target.name in messages[-1].text
    # what the file lacks and leaves out is said, not left for the province to find
    shown = messages[-1].text
    assert "Cần biết:" in shown and "không có «Thành tích»" in shown
    assert "tập thể" in shown and "hộ gia đình không thuộc cơ sở dữ liệu cán bộ" in shown

    page.year.setCurrentIndex(page.year.findData(None))
    an = next(r for r in page.shown_rows() if r.nominee.name == "Trần Văn Ân")
    page.select(an.id)
    page.national_button.menu().aboutToShow.emit()
    assert page.national_person.isEnabled() and page.national_person.text() == "Khen thưởng của Trần Văn Ân…"
    assert page.national_year.isEnabled(), "all years shown: the latest year with awards, said so"
    assert page.national_year.text() == "Khen thưởng của năm 2025 (năm gần nhất có khen thưởng)…"
    target = tmp_path / "Trần Văn Ân.json"
    answer_save_dialog(monkeypatch, target, [])
    page.national_person.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert {r["full_name"] for r in data["rows"]} == {"Trần Văn Ân"}
    assert [r["year"] for r in data["rows"]] == sorted(r.year for r in gui_ws.award_history.list()
                                                       if r.nominee.name == "Trần Văn Ân")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "award_national_export.png"))


def test_the_award_export_says_what_it_exports_or_what_to_choose(window: MainWindow, gui_ws: Workspace,
                                                                  monkeypatch, messages, tmp_path: Path) -> None:
    """On opening the page (all years, nothing chosen) the year's export is usable at once; the person's says
    what to choose, also when a collective is chosen."""
    page = window.show_area("emulation").show_tab("awards")
    assert page.year.currentData() is None and page.selected() is None
    menu = page.national_button.menu()
    menu.aboutToShow.emit()
    assert page.national_year.isEnabled() and "2025" in page.national_year.text()
    assert "hãy chọn năm đó ở ô «Năm»" in page.national_year.toolTip()
    assert not page.national_person.isEnabled()
    assert page.national_person.text() == "Khen thưởng của một người (chọn người đó trong danh sách)"
    assert "khen thưởng tập thể" in page.national_person.toolTip() and menu.toolTipsVisible()
    target = tmp_path / "năm gần nhất.xlsx"
    asked: list[str] = []
    answer_save_dialog(monkeypatch, target, asked)
    page.national_year.trigger()
    assert "2025" in Path(asked[0]).name
    values = list(load_workbook(target).active.iter_rows(values_only=True))
    header = next(r for r in values if r[0] == "Họ và tên")
    rows = values[values.index(header) + 1:]
    assert {r[header.index("Năm")] for r in rows} == {2025} and len(rows) == len(gui_ws.award_export.rows(year=2025))
    collective = next(r for r in page.shown_rows() if r.nominee.name == "Thôn Tây Sơn")
    page.select(collective.id)
    menu.aboutToShow.emit()
    assert not page.national_person.isEnabled() and "chọn người đó" in page.national_person.text()
    page.year.setCurrentIndex(page.year.findData(2023))
    menu.aboutToShow.emit()
    assert page.national_year.text() == "Khen thưởng của năm 2023…" and "năm khác" not in page.national_year.toolTip()

"""Danh mục → Người: search, order, add/edit/delete, Excel import and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.names import person_sort_key
from tnapp.domain.text import fold
from tnapp.domain.vocab import Gender, PersonStatus, RatingLevel
from tnapp.services.people import COLUMNS, PersonInput
from tnapp.services.ratings import RatingInput
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.people_import import ImportPreviewDialog
from tnapp.ui.pages.people_page import PeoplePage, PersonDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window: MainWindow) -> PeoplePage:
    catalogue = window.show_area("catalogue")
    catalogue.tabs.setCurrentWidget(catalogue.people)
    return catalogue.people


def names(page: PeoplePage) -> list[str]:
    return [p.full_name for p in page.shown_rows()]


def select_name(page: PeoplePage, name: str) -> None:
    page.select(next(p.id for p in page.model.rows() if p.full_name == name))
    assert page.selected().full_name == name


def test_people_keep_the_services_vietnamese_order(page: PeoplePage, gui_ws: Workspace) -> None:
    assert [p.id for p in page.shown_rows()] == [p.id for p in gui_ws.people.list()]
    assert page.status.text() == "40 người"


def test_sorting_by_name_uses_the_vietnamese_rule(page: PeoplePage) -> None:
    expected = sorted(names(page), key=person_sort_key)
    assert expected != sorted(names(page)), "the demo data tells the two rules apart"
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page) == expected[::-1]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(page) == expected
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    years = [p.birth_year or 0 for p in page.shown_rows()]
    assert years == sorted(years)


def test_search_without_diacritics_finds_hung(qtbot, page: PeoplePage) -> None:
    qtbot.keyClicks(page.search, "hung")
    found = names(page)
    assert "Nguyễn Văn Hùng" in found
    assert 0 < len(found) < 40
    assert all("hung" in fold(f"{p.full_name} {p.position or ''} {p.unit_name}") for p in page.shown_rows())
    assert page.status.text().startswith(f"{len(found)} / 40")


def test_unit_filter_shows_only_that_unit(page: PeoplePage, gui_ws: Workspace) -> None:
    office = gui_ws.units.by_code("VP")
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(office.id))
    assert page.shown_rows() and {p.unit_id for p in page.shown_rows()} == {office.id}
    assert len(page.shown_rows()) == office.people_count
    page.unit_filter.setCurrentIndex(0)
    assert len(page.shown_rows()) == 40


def test_add_a_person(qtbot, typist, page: PeoplePage, gui_ws: Workspace, modal) -> None:
    school = gui_ws.units.list()[-1]

    def fill(dialog: PersonDialog) -> None:
        typist(dialog.full_name, "Trần Thị Mai")
        dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE))
        qtbot.keyClicks(dialog.birth_year, "1990")
        typist(dialog.position, "Giáo viên")
        dialog.unit.setCurrentIndex(dialog.unit.findData(school.id))
        dialog.save_button.click()

    driver = modal(PersonDialog, fill)
    page.add_button.click()
    assert driver.done
    added = [p for p in gui_ws.people.list(search="Trần Thị Mai")]
    assert len(added) == 1 and (added[0].gender, added[0].birth_year, added[0].unit_id, added[0].position) == (
        Gender.FEMALE, 1990, school.id, "Giáo viên")
    assert page.selected().id == added[0].id and len(page.shown_rows()) == 41


def test_the_profile_the_achievement_report_asks_is_typed_in_the_dialog(qtbot, typist, page: PeoplePage,
                                                                       gui_ws: Workspace, modal) -> None:
    select_name(page, "Nguyễn Văn Hùng")
    person = page.selected()
    assert person.hometown  # the demo fills it

    def change(dialog: PersonDialog) -> None:
        assert dialog.hometown.text() == person.hometown
        for field, text in ((dialog.hometown, "Xã Hoằng Hóa, tỉnh Thanh Hóa"), (dialog.qualification, "Cử nhân Luật"),
                            (dialog.political_theory, "Cao cấp")):
            field.clear()
            typist(field, text)
        dialog.residence.clear()
        dialog.save_button.click()

    driver = modal(PersonDialog, change)
    page.edit_button.click()
    assert driver.done
    saved = gui_ws.people.get(person.id)
    assert (saved.hometown, saved.residence, saved.qualification, saved.political_theory) == (
        "Xã Hoằng Hóa, tỉnh Thanh Hóa", None, "Cử nhân Luật", "Cao cấp")
    shot = Path("/tmp/shots")
    if shot.is_dir():
        dialog = PersonDialog(gui_ws, page.units, saved, parent=page)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.grab().save(str(shot / "people_profile_dialog.png"))


def test_a_bad_birth_year_is_refused_in_its_field(qtbot, typist, page: PeoplePage, gui_ws: Workspace,
                                                  messages) -> None:
    dialog = PersonDialog(gui_ws, page.units, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    typist(dialog.full_name, "Lê Văn Tám")
    qtbot.keyClicks(dialog.birth_year, "1800")
    dialog.save_button.click()
    assert "Năm sinh 1800" in messages[-1].text
    assert dialog.focusWidget() is dialog.birth_year and dialog.saved is None
    assert not gui_ws.people.list(search="Lê Văn Tám")


def test_edit_a_person(qtbot, typist, page: PeoplePage, gui_ws: Workspace, modal) -> None:
    select_name(page, "Nguyễn Văn Hùng")
    person = page.selected()

    def change(dialog: PersonDialog) -> None:
        assert dialog.full_name.text() == "Nguyễn Văn Hùng" and dialog.unit.currentData() == person.unit_id
        dialog.position.clear()
        typist(dialog.position, "Bí thư Đảng ủy xã")
        dialog.status.setCurrentIndex(dialog.status.findData(PersonStatus.RETIRED))
        dialog.save_button.click()

    driver = modal(PersonDialog, change)
    page.edit_button.click()
    assert driver.done
    saved = gui_ws.people.get(person.id)
    assert (saved.position, saved.status, saved.version) == ("Bí thư Đảng ủy xã", PersonStatus.RETIRED,
                                                             person.version + 1)
    row = names(page).index("Nguyễn Văn Hùng")
    assert page.proxy.index(row, 6).data() == "Đã nghỉ hưu"


def test_delete_a_person_after_confirmation(page: PeoplePage, gui_ws: Workspace, answers) -> None:
    unit = gui_ws.units.by_code("VP")
    person = gui_ws.people.create(PersonInput("Phan Văn Tạm", Gender.MALE, unit.id, 1980))
    page.refresh(select_id=person.id)
    page.delete_button.click()
    assert "Phan Văn Tạm" in answers.asked[0]
    assert "Phan Văn Tạm" not in names(page)
    assert not gui_ws.people.list(search="Phan Văn Tạm")


def write_book(path: Path, rows: list[tuple]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def test_import_with_bad_rows_lists_the_problems_and_cannot_be_applied(page: PeoplePage, gui_ws: Workspace,
                                                                      tmp_path: Path, monkeypatch, modal) -> None:
    path = write_book(tmp_path / "co-loi.xlsx", [
        ("Đỗ Thị Lan", "Nữ", 1992, "Kế toán", "VP"),
        ("Vũ Văn Nam", "Khác", 1988, "Văn thư", "VP"),  # row 3: bad gender (column B)
        ("Hà Văn Sơn", "Nam", "năm tám mươi", None, "VP"),  # row 4: bad year (column C)
        ("Mai Thị Hoa", "Nữ", 1995, None, "KHONGCO"),  # row 5: unknown unit (column E)
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = {}

    def inspect(dialog: ImportPreviewDialog) -> None:
        seen["problems"] = dialog.problem_texts()
        seen["can_import"] = dialog.import_button.isEnabled()
        seen["new"] = dialog.new_table.model().rowCount()
        dialog.reject()

    driver = modal(ImportPreviewDialog, inspect)
    page.import_button.click()
    assert driver.done
    problems = seen["problems"]
    assert len(problems) == 3 and seen["can_import"] is False and seen["new"] == 1
    assert any("dòng 3" in p and "cột B" in p and "Khác" in p for p in problems)
    assert any("dòng 4" in p and "cột C" in p for p in problems)
    assert any("dòng 5" in p and "cột E" in p and "KHONGCO" in p for p in problems)
    assert len(gui_ws.people.list()) == 40 and len(page.shown_rows()) == 40


def test_a_clean_import_adds_the_new_people_and_leaves_duplicates(page: PeoplePage, gui_ws: Workspace,
                                                                  tmp_path: Path, monkeypatch, modal,
                                                                  messages) -> None:
    hung = next(p for p in gui_ws.people.list() if p.full_name == "Nguyễn Văn Hùng")
    path = write_book(tmp_path / "sach.xlsx", [
        ("Đỗ Thị Lan", "Nữ", 1992, "Kế toán", "VP"),
        ("Hà Văn Sơn", "Nam", 1985, None, "UBND"),
        ("Nguyễn Văn Hùng", "Nam", hung.birth_year, hung.position, hung.unit_code),  # already there
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = {}

    def apply(dialog: ImportPreviewDialog) -> None:
        seen["duplicates"] = dialog.duplicate_table.model().rowCount()
        seen["can_import"] = dialog.import_button.isEnabled()
        dialog.import_button.click()

    driver = modal(ImportPreviewDialog, apply)
    page.import_button.click()
    assert driver.done and seen == {"duplicates": 1, "can_import": True}
    assert "Đã nhập 2 người" in messages[-1].text
    assert len(gui_ws.people.list()) == 42 and len(page.shown_rows()) == 42
    assert len(gui_ws.people.list(search="Nguyễn Văn Hùng")) == 1, "a duplicate is never merged or added"


def test_export_writes_the_people_shown(qtbot, page: PeoplePage, tmp_path: Path, monkeypatch, messages) -> None:
    target = tmp_path / "danh-sach"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClicks(page.search, "hung")
    shown = names(page)
    page.export_button.click()
    book = load_workbook(tmp_path / "danh-sach.xlsx")
    sheet = book.active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == shown
    assert f"Đã xuất {len(shown)} người" in messages[-1].text


def test_moving_a_person_asks_the_date_and_keeps_the_old_unit_for_past_years(
        qtbot, typist, page: PeoplePage, gui_ws: Workspace, modal, messages) -> None:
    vp, pkt = gui_ws.units.by_code("VP"), gui_ws.units.by_code("PKT")
    select_name(page, "Phạm Thị Hằng")
    hang = page.selected()
    assert hang.unit_id == vp.id and page.unit_history.text() == f"Quá trình công tác của «Phạm Thị Hằng»: {vp.name}"

    def move(dialog: PersonDialog) -> None:
        assert dialog.moved_on.isHidden()  # same unit: no date asked
        dialog.unit.setCurrentIndex(dialog.unit.findData(pkt.id))
        assert dialog.moved_on.isVisible() and dialog.moved_on.text() == dt.date.today().strftime("%d/%m/%Y")
        dialog.moved_on.clear()
        dialog.save_button.click()  # the date is required when the unit changes
        assert "ngày chuyển đơn vị" in messages[-1].text and dialog.focusWidget() is dialog.moved_on
        typist(dialog.moved_on, "01/03/2025")
        dialog.save_button.click()

    driver = modal(PersonDialog, move)
    page.edit_button.click()
    assert driver.done
    assert gui_ws.people.get(hang.id).unit_id == pkt.id
    assert page.selected().id == hang.id and page.unit_history.text() == (
        f"Quá trình công tác của «Phạm Thị Hằng»: {vp.name} (đến 28/02/2025) → {pkt.name} (từ 01/03/2025)")

    for r in gui_ws.ratings.list(year=2024, nominee=Nominee.person(hang.id)):
        gui_ws.ratings.delete(r.id)
    rating = RatingInput(2024, Nominee.person(hang.id), RatingLevel.GOOD, 82, unit_id=vp.id)
    assert gui_ws.ratings.create(rating).unit_name == vp.name  # her unit in 2024, though she is in PKT now

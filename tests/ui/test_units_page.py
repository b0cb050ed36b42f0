"""Danh mục → Đơn vị: list, search, add, edit, delete through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tnapp.domain.vocab import UnitKind
from tnapp.errors import NotFoundError
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.units_page import UnitDialog, UnitsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window: MainWindow) -> UnitsPage:
    return window.show_area("catalogue").units


def shown_codes(page: UnitsPage) -> list[str]:
    return [page.proxy.row_at(r).code for r in range(page.proxy.rowCount())]


def select_code(page: UnitsPage, code: str) -> None:
    page.select(next(u.id for u in page.model.rows() if u.code == code))
    assert page.selected().code == code


def test_units_are_listed_in_catalogue_order_with_translated_kinds(page: UnitsPage, gui_ws: Workspace) -> None:
    units = gui_ws.units.list()
    assert shown_codes(page) == [u.code for u in units]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == ["Mã", "Tên đơn vị", "Loại", "Đơn vị cấp trên", "Số người", "Người đứng đầu"]
    row = shown_codes(page).index("VP")
    assert [page.proxy.index(row, c).data() for c in (2, 3)] == ["Cơ quan chính quyền",
                                                                  "Ủy ban nhân dân xã Thượng Ninh"]
    assert "28 đơn vị" == page.status.text()


def test_search_ignores_diacritics(qtbot, typist, page: UnitsPage) -> None:
    typist(page.search, "truong")
    codes = shown_codes(page)
    assert codes and all(page.proxy.row_at(r).kind is UnitKind.SCHOOL for r in range(len(codes)))
    assert "khớp tìm kiếm" in page.status.text()
    page.search.clear()
    assert len(shown_codes(page)) == 28


def test_add_a_unit_through_the_dialog(qtbot, typist, page: UnitsPage, gui_ws: Workspace, modal) -> None:
    def fill(dialog: UnitDialog) -> None:
        typist(dialog.code, "TDP1")
        typist(dialog.name, "Tổ dân phố Đông Hưng")
        dialog.kind.setCurrentIndex(dialog.kind.findData(UnitKind.VILLAGE))
        dialog.parent_unit.setCurrentIndex(dialog.parent_unit.findText("UBND", flags=Qt.MatchFlag.MatchStartsWith))
        typist(dialog.active_from, "01/01/2026")
        typist(dialog.head_name, "Lê Văn Bình")
        typist(dialog.symbol, "TDPĐH")
        dialog.save_button.click()

    driver = modal(UnitDialog, fill)
    page.add_button.click()
    assert driver.done
    saved = gui_ws.units.by_code("TDP1")
    assert (saved.name, saved.kind, saved.parent_name, saved.head_name, saved.symbol) == (
        "Tổ dân phố Đông Hưng", UnitKind.VILLAGE, "Ủy ban nhân dân xã Thượng Ninh", "Lê Văn Bình", "TDPĐH")
    assert saved.active_from.isoformat() == "2026-01-01"
    assert "TDP1" in shown_codes(page) and page.selected().code == "TDP1"


def test_a_duplicate_code_is_refused_and_nothing_is_saved(qtbot, typist, page: UnitsPage, gui_ws: Workspace,
                                                          messages) -> None:
    before = len(gui_ws.units.list())
    dialog = UnitDialog(gui_ws, page.model.rows(), parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    typist(dialog.code, "du")
    typist(dialog.name, "Đơn vị trùng mã")
    dialog.save_button.click()
    assert messages and "đã dùng cho đơn vị «Đảng ủy xã Thượng Ninh»" in messages[-1].text
    assert dialog.isVisible() and dialog.result() == 0 and dialog.saved is None
    assert dialog.focusWidget() is dialog.code
    assert len(gui_ws.units.list()) == before


@pytest.mark.parametrize(("field", "text", "said"), [
    ("active_to", "31/02/2026", "31/02/2026"),  # a date that does not exist
    ("symbol", "Tr THCS/X", "Ký hiệu «Tr THCS/X»"),  # a symbol with a space or a slash
], ids=["bad-date", "symbol-with-space-or-slash"])
def test_a_bad_value_is_refused_in_its_field(qtbot, typist, page: UnitsPage, gui_ws: Workspace, messages,
                                             field: str, text: str, said: str) -> None:
    dialog = UnitDialog(gui_ws, page.model.rows(), parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    typist(dialog.code, "X1")
    typist(dialog.name, "Đơn vị X")
    typist(getattr(dialog, field), text)
    dialog.save_button.click()
    assert said in messages[-1].text and dialog.focusWidget() is getattr(dialog, field)
    with pytest.raises(NotFoundError):
        gui_ws.units.by_code("X1")


def test_edit_a_unit(qtbot, typist, page: UnitsPage, gui_ws: Workspace, modal) -> None:
    select_code(page, "VP")
    version = page.selected().version

    def rename(dialog: UnitDialog) -> None:
        assert dialog.code.text() == "VP" and dialog.parent_unit.currentData() == gui_ws.units.by_code("UBND").id
        dialog.name.clear()
        typist(dialog.name, "Văn phòng HĐND và UBND")
        dialog.save_button.click()

    driver = modal(UnitDialog, rename)
    page.edit_button.click()
    assert driver.done
    unit = gui_ws.units.by_code("VP")
    assert unit.name == "Văn phòng HĐND và UBND" and unit.version == version + 1
    row = shown_codes(page).index("VP")
    assert page.proxy.index(row, 1).data() == "Văn phòng HĐND và UBND"


def test_a_stale_edit_is_refused(qtbot, page: UnitsPage, gui_ws: Workspace, messages) -> None:
    select_code(page, "VP")
    dialog = UnitDialog(gui_ws, page.model.rows(), page.selected(), parent=page)
    qtbot.addWidget(dialog)
    other = gui_ws.units.by_code("VP")
    gui_ws.units.update(other.id, UnitInput(other.code, "Tên do máy khác sửa", other.kind, other.parent_id))
    dialog.name.setText("Tên của tôi")
    dialog.save_button.click()
    assert "vừa được" in messages[-1].text and dialog.saved is None
    assert gui_ws.units.by_code("VP").name == "Tên do máy khác sửa"


def test_delete_asks_naming_the_unit_then_deletes(page: UnitsPage, gui_ws: Workspace, answers) -> None:
    unit = gui_ws.units.create(UnitInput("TAM", "Đơn vị tạm", UnitKind.VILLAGE))
    page.refresh(select_id=unit.id)
    page.delete_button.click()
    assert answers.asked and "Đơn vị tạm" in answers.asked[0]
    assert "TAM" not in shown_codes(page)
    with pytest.raises(NotFoundError):
        gui_ws.units.by_code("TAM")


def test_delete_can_be_called_off(page: UnitsPage, gui_ws: Workspace, answers) -> None:
    answers.reply = QMessageBox.StandardButton.No
    unit = gui_ws.units.create(UnitInput("TAM", "Đơn vị tạm", UnitKind.VILLAGE))
    page.refresh(select_id=unit.id)
    page.delete_button.click()
    assert "TAM" in shown_codes(page) and gui_ws.units.by_code("TAM")


def test_a_unit_with_people_is_not_deleted_and_the_row_stays(page: UnitsPage, gui_ws: Workspace, answers,
                                                             messages) -> None:
    select_code(page, "VP")
    page.delete_button.click()
    assert messages and "Không xóa được đơn vị «Văn phòng HĐND và UBND xã»" in messages[-1].text
    assert "người" in messages[-1].text
    assert "VP" in shown_codes(page) and gui_ws.units.by_code("VP")


def test_double_click_opens_the_editor(qtbot, page: UnitsPage, modal) -> None:
    row = shown_codes(page).index("PKT")
    rect = page.table.visualRect(page.proxy.index(row, 1))
    seen = []
    driver = modal(UnitDialog, lambda dialog: (seen.append(dialog.code.text()), dialog.reject()))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert driver.done and seen == ["PKT"]


def test_edit_and_delete_need_a_selection(page: UnitsPage) -> None:
    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    select_code(page, "DU")
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()

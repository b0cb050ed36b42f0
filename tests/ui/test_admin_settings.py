"""Quản trị → dated settings in the GUI: the administrator adds a new value
from a date (history kept) through the dialog; a bad share is refused naming
the field; unconfirmed rows stand out with their basis; office staff only read."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tnapp.domain.vocab import Role
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.admin_settings import UNCONFIRMED_BACKGROUND, SettingDialog, SettingsPanel

from test_admin_pages import admin_window  # noqa: F401 - the fixture: the main window signed in as administrator

pytestmark = pytest.mark.gui
CSTDCS = "council.threshold.CSTDCS"
CSTDCS_NAME = "Tỷ lệ phiếu để đề nghị – Chiến sĩ thi đua cơ sở"


@pytest.fixture
def panel(admin_window: MainWindow) -> SettingsPanel:  # noqa: F811 - the imported fixture
    return admin_window.show_area("admin").settings_panel


def shown(panel: SettingsPanel) -> list[list[str]]:
    proxy = panel.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_a_new_share_from_a_date_is_listed_and_a_bad_share_is_refused(qtbot, typist, modal, messages,
                                                                       panel: SettingsPanel,
                                                                       gui_ws: Workspace) -> None:
    typist(panel.search, "threshold.cstdcs")
    assert [r[0] for r in shown(panel)] == [CSTDCS_NAME]
    panel.table.selectRow(0)
    stayed_open: list[bool] = []

    def fill(dialog: SettingDialog) -> None:
        assert dialog.fields["key"].isReadOnly() and dialog.fields["key"].text() == CSTDCS_NAME
        assert CSTDCS_NAME in dialog.windowTitle()
        assert dialog.fields["value.base"].currentData() == "all_members"
        share = dialog.fields["value.share"]
        assert share.text() == "0,8"
        share.setText("75")  # a percent where a share is asked
        typist(dialog.effective_from, "01/01/2027")
        dialog.basis.setText("Nghị định 152/2025/NĐ-CP, Điều 30")
        dialog.save_button.click()
        stayed_open.append(dialog.isVisible())
        share.setText("0,75")
        dialog.save_button.click()

    driver = modal(SettingDialog, fill)
    panel.add_button.click()
    assert driver.done and stayed_open == [True]
    assert len(messages) == 1 and "tỷ lệ (share)" in messages[0].text and "không được lớn hơn 1" in messages[0].text
    rows = shown(panel)
    assert [r[3] for r in rows] == ["từ đầu", "01/01/2027"]  # the old value is kept for earlier dates
    assert rows[1][2] == "tỷ lệ: 75 %; cơ sở tính: tổng số thành viên"
    assert gui_ws.settings.value(CSTDCS, dt.date(2027, 1, 1)) == {"share": 0.75, "base": "all_members"}
    assert gui_ws.settings.value(CSTDCS, dt.date(2026, 12, 31)) == {"share": 0.8, "base": "all_members"}
    assert panel.selected().effective_from == dt.date(2027, 1, 1)


def test_unconfirmed_rows_are_amber_with_their_basis_and_a_correction_confirms_one(
        qtbot, typist, modal, panel: SettingsPanel, gui_ws: Workspace) -> None:
    typist(panel.search, "prize_multiplier.GK_TT")
    index = panel.proxy.index(0, 2)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == UNCONFIRMED_BACKGROUND
    assert "NĐ 98/2023/NĐ-CP" in index.data(Qt.ItemDataRole.ToolTipRole)
    panel.table.selectRow(0)

    def fill(dialog: SettingDialog) -> None:
        assert dialog.fields["effective_from"].text() == "01/07/2025"
        dialog.unconfirmed.setChecked(False)
        dialog.basis.setText("NĐ 152/2025/NĐ-CP, Điều 50 (đã đối chiếu)")
        dialog.save_button.click()

    driver = modal(SettingDialog, fill)
    panel.edit_button.click()
    assert driver.done
    assert shown(panel)[0][4:] == ["NĐ 152/2025/NĐ-CP, Điều 50 (đã đối chiếu)", ""]
    assert panel.proxy.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert len([r for r in gui_ws.settings.list() if r.key == "prize_multiplier.GK_TT"]) == 1  # corrected in place


def test_office_staff_see_the_settings_without_the_edit_buttons(qtbot, gui_ws: Workspace, sign_in_as) -> None:
    sign_in_as(gui_ws, "van.phong", Role.OFFICE)
    panel = SettingsPanel(gui_ws)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.model.rowCount() > 0
    assert panel.add_button.isHidden() and panel.edit_button.isHidden()


def test_each_setting_reads_by_its_name_meaning_and_unit(panel: SettingsPanel) -> None:
    rows = {r[0]: r for r in shown(panel)}
    assert not [name for name in rows if "." in name or "_" in name], "no raw keys such as prize_multiplier.BKT"
    assert all(r[1] for r in rows.values()), "every setting says what it does"
    assert "01/01/1900" not in {r[3] for r in rows.values()} and rows["Cho bỏ phiếu vòng 2"][3] == "từ đầu"
    bkt = rows["Hệ số tiền thưởng – Bằng khen của Chủ tịch UBND tỉnh"]
    assert bkt[2] == "1 × lương cơ sở" and bkt[5] == "chưa xác nhận" and "NĐ 98/2023" in bkt[4]
    assert rows["Số thành viên Hội đồng cần có mặt"][2] == "66,67 %"
    assert rows["Hạn gửi báo cáo – quý"][2] == "10 ngày"
    assert rows["Hạn nộp hồ sơ khen thưởng cuối năm"][2] == "10/12 hằng năm"
    assert rows["Thời gian khóa tài khoản"][2] == "15 phút"
    assert rows["Cho bỏ phiếu vòng 2"][2] == "có"
    assert rows["Điểm của các mức xếp loại"][2] == "HTXS từ 90 điểm; HTT từ 70 điểm; HT từ 50 điểm"
    assert "lương cơ sở" in rows["Hệ số tiền thưởng – Lao động tiên tiến"][1]
    tip = panel.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Căn cứ:" in tip and "Mã thiết lập: backup.keep_daily" in tip  # the key only for who looks for it

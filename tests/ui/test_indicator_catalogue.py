"""Chỉ tiêu → Danh mục: search, add/edit/delete through the dialog, rules,
the appendix in Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tnapp.domain.vocab import Aggregation, IndicatorArea, PeriodKind, ValueType
from tnapp.services.workspace import Workspace
from tnapp.ui.pages.indicator_catalogue import IndicatorCatalogueView
from tnapp.ui.pages.indicator_dialog import AppendixPreviewDialog, IndicatorDialog, RuleDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, gui_ws: Workspace) -> IndicatorCatalogueView:
    widget = IndicatorCatalogueView(gui_ws)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def codes(view: IndicatorCatalogueView) -> list[str]:
    return [r.code for r in view.shown_rows()]


def test_the_catalogue_lists_every_indicator_with_its_plan(view: IndicatorCatalogueView) -> None:
    assert view.model.rowCount() == 27 and view.status.text() == "27 chỉ tiêu"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers[:8] == ["Mã", "Chỉ tiêu", "Lĩnh vực", "ĐVT", "Chiều", "Cách tổng hợp", "Kỳ", "TH 2025"]
    assert headers[8:] == ["KH 2026", "KH 2027", "KH 2028", "KH 2029", "KH 2030"]
    assert view.rules.count() == 1 and "VH02 ≤ VH03" in view.rules.item(0).text()


def test_add_find_edit_and_delete_an_indicator(qtbot, typist, view: IndicatorCatalogueView, gui_ws: Workspace,
                                               modal, answers, messages) -> None:
    office = gui_ws.units.by_code("VP")

    def fill(dialog: IndicatorDialog) -> None:
        typist(dialog.code, "VH11")
        typist(dialog.name, "Tỷ lệ người cao tuổi được chăm sóc sức khỏe")
        dialog.area.setCurrentIndex(dialog.area.findData(IndicatorArea.CULTURE_SOCIETY))
        typist(dialog.uom, "%")
        dialog.lead.setCurrentIndex(dialog.lead.findData(office.id))
        dialog.value_type.setCurrentIndex(dialog.value_type.findData(ValueType.PERCENT))
        dialog.frequency.setCurrentIndex(dialog.frequency.findData(PeriodKind.YEAR))
        typist(dialog.targets[2026], "85,5")
        typist(dialog.targets[2030], "95")
        dialog.accept()

    driver = modal(IndicatorDialog, fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert driver.done and not messages
    added = gui_ws.indicators.by_code("VH11")
    assert added.targets == {2026: 85.5, 2030: 95} and added.aggregation is Aggregation.COMMUNE_ONLY
    assert view.selected().code == "VH11" and view.model.rowCount() == 28

    qtbot.keyClicks(view.search, "nguoi cao tuoi")
    assert codes(view) == ["VH11"] and view.status.text() == "1 / 28 chỉ tiêu khớp tìm kiếm"
    view.select(added.id)

    def edit(dialog: IndicatorDialog) -> None:
        dialog.max_value.setText("100")
        dialog.targets[2027].setText("88")
        dialog.accept()

    modal(IndicatorDialog, edit)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    edited = gui_ws.indicators.by_code("VH11")
    assert edited.targets == {2026: 85.5, 2027: 88, 2030: 95} and edited.max_value == 100
    row = view.proxy.mapFromSource(view.model.index(view.model.rows().index(view.selected()), 9))
    assert row.data() == "88"

    view.select(added.id)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "VH11" in answers.asked[-1]
    assert "VH11" not in [r.code for r in gui_ws.indicators.list()] and codes(view) == []


def test_a_refused_indicator_keeps_the_dialog_open_on_the_field(qtbot, typist, view, modal, messages) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: IndicatorDialog) -> None:
        typist(dialog.code, "KT01")  # already used
        typist(dialog.name, "Trùng mã")
        typist(dialog.uom, "%")
        dialog.lead.setCurrentIndex(1)
        dialog.accept()
        seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget().objectName()
        dialog.reject()

    modal(IndicatorDialog, fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert seen["open"] and "KT01" in messages[-1].text
    assert seen["focus"] == "code"


def test_add_and_delete_a_rule(qtbot, view: IndicatorCatalogueView, gui_ws: Workspace, modal, answers) -> None:
    rows = {r.code: r.id for r in view.model.rows()}

    def fill(dialog: RuleDialog) -> None:
        dialog.left.setCurrentIndex(dialog.left.findData(rows["VH02"]))
        dialog.operator.setCurrentIndex(dialog.operator.findData("<="))
        dialog.right.setCurrentIndex(dialog.right.findData(rows["VH03"]))
        dialog.message.setText("Hộ nghèo thuộc tổng số hộ")
        dialog.accept()

    modal(RuleDialog, fill)
    qtbot.mouseClick(view.add_rule_button, Qt.MouseButton.LeftButton)
    assert view.rules.count() == 2 and len(gui_ws.indicators.rules()) == 2
    view.rules.setCurrentRow(1)
    qtbot.mouseClick(view.delete_rule_button, Qt.MouseButton.LeftButton)
    assert view.rules.count() == 1 and len(gui_ws.indicators.rules()) == 1


def test_the_appendix_exported_and_imported_back_changes_nothing(view, gui_ws, tmp_path: Path, monkeypatch,
                                                                 modal, messages) -> None:
    target = tmp_path / "phu-luc.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_appendix()
    assert target.exists() and "phu-luc.xlsx" in messages[-1].text
    seen: dict[str, object] = {}

    def look(dialog: AppendixPreviewDialog) -> None:
        seen["enabled"], seen["changes"] = dialog.import_button.isEnabled(), dialog.changes.count()
        dialog.reject()

    modal(AppendixPreviewDialog, look)
    view.import_from(target)
    assert seen == {"enabled": False, "changes": 0}


def test_a_plan_with_a_unit_the_catalogue_lacks_is_imported_after_the_user_confirms_it(
        view, gui_ws, tmp_path: Path, monkeypatch, modal, messages) -> None:
    from tests.test_indicators_appendix_layouts import BODY, plan_docx

    BODY.append([2, "Số câu lạc bộ dưỡng sinh", "câu lạc bộ", 2, 3, 4, 5, 6, 7, "Hội Người cao tuổi xã"])
    try:
        path = plan_docx(tmp_path / "Kế hoạch #2 (100%).docx")
    finally:
        BODY.pop()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict[str, object] = {}

    def decide(dialog: AppendixPreviewDialog) -> None:
        seen["before"] = (dialog.import_button.isEnabled(), list(dialog.choices))
        dialog.grab().save(str(tmp_path / "appendix-preview-unknown-unit.png"))
        combo = dialog.choices["Hội Người cao tuổi xã"]
        combo.setCurrentIndex(combo.findData(None))  # «Thêm đơn vị mới»
        dialog.reread_button.click()
        seen["after"] = (dialog.import_button.isEnabled(), dialog.units.count(), dialog.columns.count())
        for name in ("changes", "columns", "units"):
            dialog.tabs.setCurrentWidget(getattr(dialog, name))
            dialog.grab().save(str(tmp_path / f"appendix-preview-{name}.png"))  # looked at by hand
        dialog.import_button.click()

    modal(AppendixPreviewDialog, decide)
    view.import_appendix()
    assert seen["before"] == (False, ["Hội Người cao tuổi xã"])
    assert seen["after"][0] and seen["after"][1] >= 4 and seen["after"][2] == 10
    assert "Đã nhập 5 chỉ tiêu" in messages[-1].text  # KT02, VH01, VH04 changed; two new
    club = next(r for r in gui_ws.indicators.list() if r.name == "Số câu lạc bộ dưỡng sinh")
    assert (club.lead_unit.name, club.targets[2030]) == ("Hội Người cao tuổi xã", 7)


def test_a_name_near_a_catalogue_indicator_is_asked_about_before_the_import(
        view, gui_ws, tmp_path: Path, monkeypatch, modal, messages) -> None:
    from tests.test_indicators_appendix_layouts import SHORT_HEADER, _tone_typo, save

    toned = next(r for r in gui_ws.indicators.list() if r.unit_of_measure == "%" and len(r.name) > 10)
    typo = _tone_typo(toned.name)
    path = save(tmp_path / "gan-giong.xlsx", [SHORT_HEADER, ["I", "KINH TẾ"],
                                              [1, typo, "%", 50, 51, 52, 53, 54, 55, "Phòng Kinh tế"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    count = len(gui_ws.indicators.list())
    seen: dict[str, object] = {}

    def decide(dialog: AppendixPreviewDialog) -> None:
        seen["before"] = (dialog.import_button.isEnabled(), list(dialog.indicator_choices))
        seen["problem"] = dialog.problems.item(0).text()
        dialog.grab().save(str(tmp_path / "appendix-preview-near-indicator.png"))
        combo = dialog.indicator_choices[typo]
        combo.setCurrentIndex(combo.findData(toned.id))  # «Là chỉ tiêu … (mã …)»
        dialog.reread_button.click()
        seen["after"] = dialog.import_button.isEnabled()
        dialog.import_button.click()

    modal(AppendixPreviewDialog, decide)
    view.import_appendix()
    assert seen["before"] == (False, [typo])
    assert f"gần giống chỉ tiêu «{toned.name}» (mã {toned.code})" in str(seen["problem"])
    assert seen["after"] and len(gui_ws.indicators.list()) == count
    assert gui_ws.indicators.by_code(toned.code).targets[2030] == 55

"""The year-end review widget on its own, over a copy of the demo commune."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import select_data
from tnapp.ui.pages.proposals_review import ReviewWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def review(qtbot, gui_ws: Workspace) -> ReviewWidget:
    widget = ReviewWidget(gui_ws)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    select_data(widget.year, 2025)
    return widget


def _names(widget: ReviewWidget) -> list[str]:
    return [widget.proxy.row_at(r).name for r in range(widget.proxy.rowCount())]


def _select(widget: ReviewWidget, *names: str) -> None:
    selection = widget.view.selectionModel()
    selection.clearSelection()
    for r in range(widget.proxy.rowCount()):
        if widget.proxy.row_at(r).name in names:
            selection.select(widget.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)


def test_the_rule_set_in_force_and_its_unconfirmed_parameters_are_shown(review: ReviewWidget) -> None:
    text = review.rules_label.text()
    assert "Nghị định 152/2025/NĐ-CP" in text and "01/07/2025" in text
    assert "70 %" in text
    assert "chưa đối chiếu" in review.rules_label.toolTip()


def test_selecting_a_nominee_explains_each_criterion_with_its_basis(review: ReviewWidget) -> None:
    _select(review, "Trần Văn Ân")
    row = review.selected_rows()[0]
    assert "CSTDT" in row.qualifies
    shown = review.detail.toPlainText()
    assert "Chiến sĩ thi đua cấp tỉnh (CSTDT): Đủ điều kiện" in shown
    assert "Ba lần liên tục đạt «Chiến sĩ thi đua cơ sở»" in shown
    assert "Căn cứ: Luật Thi đua, khen thưởng 2022, Điều 22" in shown
    assert "#1b7f3b" in review.detail.toHtml()  # met, in green


def test_a_pending_discipline_is_explained_in_red(review: ReviewWidget) -> None:
    review.search.setText("thi anh")
    assert "Đặng Thị Ánh" in _names(review) and "Trần Văn Ân" not in _names(review)
    _select(review, "Đặng Thị Ánh")
    shown = review.detail.toPlainText()
    assert "Kỷ luật từ 15/10/2025, chưa kết thúc" in shown and "Nghị định 152/2025/NĐ-CP, Điều 4" in shown
    assert "#b3261e" in review.detail.toHtml()
    assert review.selected_rows()[0].qualifies == ()


def test_filters_by_type_title_unit_and_eligibility(review: ReviewWidget) -> None:
    select_data(review.kind, NomineeType.HOUSEHOLD)
    assert _names(review) and all(n.startswith("Hộ ") for n in _names(review))
    select_data(review.kind, None)
    select_data(review.title, "LDTT")
    assert all([v.title_code for v in r.verdicts] == ["LDTT"] for r in review.model.rows())
    total = len(review.model.rows())
    review.eligible_only.setChecked(True)
    eligible = review.model.rows()
    assert 0 < len(eligible) < total and all("LDTT" in r.qualifies for r in eligible)
    assert "Đặng Thị Ánh" not in _names(review)
    select_data(review.unit, review.ws.units.by_code("PVHXH").id)
    assert set(_names(review)) == {"Trần Văn Ân", "Hoàng Thị Lan", "Mai Thị Ơn"}
    assert review.propose_title.currentData() == "LDTT"


def test_propose_emits_the_selected_nominees_title_and_year(qtbot, review: ReviewWidget) -> None:
    select_data(review.kind, NomineeType.PERSON)
    assert not review.propose.isEnabled()
    _select(review, "Trần Văn Ân", "Nguyễn Văn Hùng")
    select_data(review.propose_title, "CSTDCS")
    assert review.propose.isEnabled()
    with qtbot.waitSignal(review.propose_requested) as signal:
        review.propose.click()
    nominees, code, year = signal.args
    assert code == "CSTDCS" and year == 2025
    assert {review.ws.people.get(n.id).full_name for n in nominees} == {"Trần Văn Ân", "Nguyễn Văn Hùng"}
    assert all(isinstance(n, Nominee) and n.type is NomineeType.PERSON for n in nominees)


def test_propose_a_title_that_does_not_fit_is_refused(qtbot, review: ReviewWidget, messages) -> None:
    select_data(review.kind, NomineeType.HOUSEHOLD)
    _select(review, _names(review)[0])
    select_data(review.propose_title, "LDTT")
    emitted = []
    review.propose_requested.connect(lambda *args: emitted.append(args))
    review.propose.click()
    assert emitted == []
    assert messages and "LDTT" in messages[-1].text and _names(review)[0] in messages[-1].text

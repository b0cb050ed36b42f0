"""The year-end review widget on its own, over a copy of the demo commune."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import select_data
from tnapp.ui.main_window import MainWindow
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
    assert "Nghị định 152/2025/NĐ-CP" in text and "01/07/2025" in text and "2025-07-01-nd152" not in text
    assert "7 con số chưa xác nhận" in text
    assert "70 %" in review.rules_label.toolTip() and "chưa đối chiếu" in review.rules_label.toolTip()


def test_selecting_a_nominee_explains_each_criterion_with_its_basis(review: ReviewWidget) -> None:
    _select(review, "Trần Văn Ân")
    row = review.selected_rows()[0]
    assert "CSTDT" in row.qualifies
    shown = review.detail.toPlainText()
    assert "Chiến sĩ thi đua cấp tỉnh: Đủ điều kiện" in shown
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


def test_the_titles_offered_are_those_the_selected_nominee_fits_reached_first_with_why_not(
        review: ReviewWidget) -> None:
    """Issue 16: "Đề nghị danh hiệu" follows the selection: a household is offered household titles
    only; a person the titles they reach first, the others marked and explained."""
    def offered() -> list[str]:
        return [review.propose_title.itemData(i) for i in range(review.propose_title.count())]

    select_data(review.kind, NomineeType.HOUSEHOLD)
    _select(review, _names(review)[0])
    household = review.selected_rows()[0]
    assert offered() == [v.title_code for v in household.verdicts] and "LDTT" not in offered()
    select_data(review.kind, NomineeType.PERSON)
    mixed = next(r for r in review.model.rows() if r.qualifies and r.titles_not_reached)
    _select(review, mixed.name)
    row = review.selected_rows()[0]
    reached = list(row.qualifies)
    assert reached and offered()[:len(reached)] == reached
    assert review.propose_title.currentData() == reached[0] and not review.propose_why.isVisible()
    missed = next(v for v in row.verdicts if v.title_code not in reached)
    index = review.propose_title.findData(missed.title_code)
    assert review.propose_title.itemText(index) == f"{missed.title} (chưa đạt)"
    failure = (missed.failures or missed.unknowns)[0].text
    assert failure in review.propose_title.itemData(index, Qt.ItemDataRole.ToolTipRole)
    review.propose_title.setCurrentIndex(index)
    assert review.propose_why.isVisible() and f"Chưa đạt «{missed.title}»" in review.propose_why.text()
    assert failure in review.propose_why.text() and review.propose.isEnabled()  # a proposal with a reason stays possible
    _select(review, "Đặng Thị Ánh")  # a pending discipline: nothing reached, every title says why
    assert review.selected_rows()[0].qualifies == ()
    assert all(review.propose_title.itemText(i).endswith("(chưa đạt)") for i in range(review.propose_title.count()))
    assert "Đặng Thị Ánh: Không đang bị xem xét kỷ luật" in review.propose_why.text()


CODES = re.compile(r"\b(LDTT|CSTDCS|TTLDTT|TTLDXS|GK|GK_TT|GK_HGD|GDVH|TVH|BKT|BKT_TT|CSTDT|HTXS|HTT)\b")


def _no_developer_text(text: str) -> None:
    assert "{" not in text and "}" not in text, text
    assert not CODES.search(text), CODES.search(text)
    assert "2025-07-01-nd152" not in text and "True" not in text and "False" not in text


def test_the_review_speaks_vietnamese_no_json_no_title_codes(review: ReviewWidget) -> None:
    """Issue 16: the grid and the explanation of a person, a collective, a household and a village
    hold title names and sentences, never JSON or codes; the unconfirmed figures are each named."""
    model = review.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            _no_developer_text(model.index(r, c).data() or "")
    for name in ("Trần Văn Ân", "Đặng Thị Ánh", "Phòng Văn hóa – Xã hội", "Thôn Nam Thượng",
                 _names(review)[-1]):
        _select(review, name)
        shown = review.detail.toPlainText()
        assert shown.startswith(name)
        _no_developer_text(shown)
    _select(review, "Trần Văn Ân")
    shown = review.detail.toPlainText()
    assert "Đã đạt «Chiến sĩ thi đua cơ sở» 3 năm liền: 2023, 2024, 2025" in shown
    assert "Xét theo: Tiêu chí theo Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP, áp dụng từ 01/07/2025" in shown
    assert "Lao động tiên tiến, Chiến sĩ thi đua cơ sở" in review.model.index(
        review.model.rows().index(review.selected_rows()[0]), 2).data()
    review.rules_label.linkActivated.emit("#unconfirmed")
    shown = review.detail.toPlainText()
    assert ("Tỷ lệ thành viên đạt «Lao động tiên tiến» để xét «Tập thể lao động tiên tiến»: 70 %\n"
            "Căn cứ: Quy định của tỉnh theo Nghị định 152/2025/NĐ-CP") in shown
    _no_developer_text(shown)
    titles = [review.propose_title.itemText(i) for i in range(review.propose_title.count())]
    assert "Bằng khen của Chủ tịch UBND tỉnh" in titles and not any(CODES.search(t) for t in titles)


def test_the_review_grid_fits_1366x768_without_scrolling_sideways(qtbot, window: MainWindow) -> None:
    page = window.show_area("proposals")
    page.tabs.setCurrentWidget(page.review)
    select_data(page.review.year, 2025)
    qtbot.waitUntil(lambda: page.review.model.rowCount() > 0)
    view = page.review.view
    assert view.horizontalScrollBar().maximum() == 0
    assert view.horizontalHeader().length() <= view.viewport().width()
    for column in range(view.model().columnCount()):
        assert view.columnWidth(column) >= 60, column

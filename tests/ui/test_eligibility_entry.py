"""Entering the facts the eligibility engine needs (issue 13 item 7), through the real dialogs:
a farmer's year confirmed by the village (Luật TĐKT 2022, Điều 24) and a discipline's decision
date, and what the year-end review then says."""

from __future__ import annotations

import datetime as dt

import pytest

from tnapp.domain.eligibility import VerdictKind
from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.vocab import DisciplineForm, Gender, MatterKind, PersonStatus, StaffCategory
from tnapp.services.people import PersonInput
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import select_data
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.emulation_ratings import RatingDialog
from tnapp.ui.pages.emulation_records import DisciplineDialog

pytestmark = pytest.mark.gui


def _accept(dialog) -> None:
    dialog.accept()
    if dialog.isVisible():  # refused: close, so the test fails instead of hanging
        dialog.reject()


def test_a_farmers_year_is_confirmed_in_the_rating_dialog(window: MainWindow, gui_ws: Workspace, modal,
                                                          messages) -> None:
    village = gui_ws.units.by_code("T01")
    farmer = gui_ws.people.create(PersonInput("Phạm Văn Nông", Gender.MALE, village.id, 1970, None,
                                              StaffCategory.CITIZEN, PersonStatus.RESIDENT))
    page = window.show_area("emulation").show_tab("ratings")

    def fill(d: RatingDialog) -> None:
        d.year.setText("2025")
        d.nominee.set_nominee(Nominee.person(farmer.id))
        select_data(d.level, None)
        assert d.level.currentText() == "(không xếp loại)"
        d.accept()  # neither a level nor a confirmation: refused, the dialog stays open
        select_data(d.confirmed, True)
        d.confirmed_by.setText("Hội nghị thôn Nam Thượng")
        _accept(d)

    driver = modal(RatingDialog, fill)
    page.add_button.click()
    assert driver.done
    assert messages and "Hãy chọn mức xếp loại hoặc xác nhận của thôn, đơn vị" in messages[0].text
    row = gui_ws.ratings.list(year=2025, nominee=Nominee.person(farmer.id))[0]
    assert (row.level, row.work_confirmed, row.confirmed_by) == (None, True, "Hội nghị thôn Nam Thượng")
    shown = [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    assert "Đạt (xác nhận của Hội nghị thôn Nam Thượng)" in shown
    assert gui_ws.eligibility.judge(Nominee.person(farmer.id), "LDTT", 2025).verdict is VerdictKind.ELIGIBLE


def test_a_discipline_decision_date_is_entered_and_counts_in_its_year(window: MainWindow, gui_ws: Workspace,
                                                                      modal) -> None:
    on = next(p for p in gui_ws.people.list() if p.full_name == "Mai Thị Ơn")
    page = window.show_area("emulation").show_tab("discipline")

    def fill(d: DisciplineDialog) -> None:
        d.nominee.set_nominee(Nominee.person(on.id))
        select_data(d.matter, MatterKind.DISCIPLINE)
        select_data(d.discipline_form, DisciplineForm.WARNING)
        d.opened.setText("01/11/2025")
        d.decided.setText("15/02/2026")
        _accept(d)

    driver = modal(DisciplineDialog, fill)
    page.add_button.click()
    assert driver.done
    row = next(r for r in gui_ws.discipline.list() if r.nominee.name == "Mai Thị Ơn"
               and r.opened_on == dt.date(2025, 11, 1))
    assert row.decided_on == dt.date(2026, 2, 15)
    team = Nominee.collective(gui_ws.units.by_code("PVHXH").id)
    verdict = gui_ws.eligibility.judge(team, "TTLDTT", 2026)
    assert verdict.verdict is VerdictKind.NOT_ELIGIBLE
    assert any("quyết định ngày 15/02/2026" in c.explanation for c in verdict.criteria)

"""The proposal wizard, walked as a user would: an individual, and a batch of
collectives from the year-end review; closing mid-way and resuming the draft
from a new Workspace and a new window on the same database file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWizard

from tnapp.domain.eligibility import VerdictKind
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.proposal_wizard import Step
from tnapp.domain.vocab import ProposalState
from tnapp.services.workspace import Workspace
from tnapp.ui.pages.proposals import ProposalsPage

YEAR = 2025
SCREEN = (1366, 768)
SHOTS = Path("/tmp/shots")


def chosen(ws: Workspace, code: str, kind: VerdictKind, nominee_type: NomineeType, n: int) -> list[Nominee]:
    rows = ws.eligibility.review(YEAR, nominee_types={nominee_type}, title_codes={code})
    found = [r.nominee for r in rows if r.verdict(code) and r.verdict(code).verdict is kind]
    assert len(found) >= n
    return found[:n]


def open_page(qtbot, ws: Workspace) -> ProposalsPage:
    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    page.proposals.year.setValue(YEAR)
    return page


def shot(widget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"B_ui_{name}.png"))


def test_an_individual_walk_closed_mid_way_and_resumed_in_a_new_window(qtbot, demo_db: Path, messages,
                                                                       monkeypatch) -> None:
    ws = Workspace.open(demo_db)
    good = chosen(ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 1)[0]
    bad = chosen(ws, "LDTT", VerdictKind.NOT_ELIGIBLE, NomineeType.PERSON, 1)[0]
    page = open_page(qtbot, ws)
    page.proposals.new_button.click()
    wizard = page.proposals.wizard
    wizard.resize(*SCREEN)
    first = wizard.pages[0]
    first.field_year.setValue(YEAR)
    first.field_title_code.setCurrentIndex(first.field_title_code.findData("LDTT"))
    wizard.next()
    assert wizard.currentId() == 1 and wizard.state is not None  # the draft exists from the first step
    nominees = wizard.pages[1]
    for who in (good, bad):
        nominees.picker.choice.setCurrentIndex(nominees.picker.choice.findData(who.id))
        nominees.add_button.click()
    assert nominees.field_nominees.count() == 2
    wizard.next()
    assert wizard.currentId() == 2
    tree = wizard.pages[2].tree
    failing = tree.topLevelItem(1)
    assert failing.text(1) == "Không đủ điều kiện"
    assert failing.foreground(1).color().name() == "#b3261e"  # red
    assert tree.topLevelItem(0).foreground(1).color().name() == "#1e7b34"  # green
    assert failing.childCount() >= 2 and any("Nghị định" in failing.child(i).text(2) or "Luật" in
                                             failing.child(i).text(2) for i in range(failing.childCount()))
    shot(wizard, "eligibility")

    wizard.next()  # no reason for the refused nominee: the page stays, the message names the field
    assert wizard.currentId() == 2
    assert "Lý do vẫn đề nghị" in messages[-1].text
    wizard.pages[2].select_nominee(1)
    assert wizard.pages[2].field_override_reason.isEnabled()
    wizard.pages[2].field_override_reason.setText("Cứu người trong lũ tháng 9/2025, được tỉnh biểu dương")
    wizard.pages[2]._remember()
    wizard.next()
    assert wizard.currentId() == 3

    wizard.back()  # going back saves the draft at the step before
    assert ws.proposals.resume(wizard.state.proposal_id).step is Step.ELIGIBILITY
    wizard.next()
    achievements = wizard.pages[3]
    achievements.people.setCurrentRow(0)
    achievements.field_achievements.setPlainText("Hoàn thành tốt nhiệm vụ được giao năm 2025.")
    proposal_id = wizard.state.proposal_id
    wizard.reject()  # closed mid-way: the draft is kept with what was typed
    page.close()
    ws.close()

    again = Workspace.open(demo_db)  # the app reopened on the same file
    try:
        page = open_page(qtbot, again)
        row = next(r for r in page.proposals.shown_rows() if r.id == proposal_id)
        assert row.state is ProposalState.DRAFT and row.step is Step.ACHIEVEMENTS
        page.proposals.select(proposal_id)
        page.proposals.edit_button.click()
        wizard = page.proposals.wizard
        wizard.resize(*SCREEN)
        assert wizard.currentId() == 3
        achievements = wizard.pages[3]
        achievements.people.setCurrentRow(0)
        assert achievements.field_achievements.toPlainText() == "Hoàn thành tốt nhiệm vụ được giao năm 2025."
        achievements.people.setCurrentRow(1)
        achievements.field_achievements.setPlainText("Có thành tích đột xuất trong phòng chống lũ.")
        wizard.next()
        assert wizard.currentId() == 4
        dossier = wizard.pages[4]
        assert dossier.total.text() == "Tổng tiền thưởng: 1.420.000 đồng"  # 2 × 710.000
        assert dossier.documents.count() == 4
        shot(wizard, "dossier")
        opened: list[str] = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
        dossier.preview_button.click()
        assert opened and opened[0].endswith("01-to-trinh.pdf") and Path(opened[0]).stat().st_size > 1000
        wizard.button(QWizard.WizardButton.FinishButton).click()  # Trình Hội đồng
        assert wizard.submitted
        qtbot.waitUntil(lambda: not wizard.isVisible())
        submitted = again.proposals.get(proposal_id)
        assert submitted.state is ProposalState.SUBMITTED and submitted.submission_number.endswith("/TTr-UBND")
        assert [n.override_reason for n in submitted.nominees][1].startswith("Cứu người")
        page.proposals.refresh()
        assert "Đã trình Hội đồng" in [page.proposals.model.index(r, 4).data()
                                       for r in range(page.proposals.model.rowCount())]
        page.proposals.select(proposal_id)
        folder = demo_db.parent / "ho-so"
        folder.mkdir()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
        page.proposals.dossier_button.click()
        written = sorted(p.name for p in next(folder.iterdir()).iterdir())
        assert len(written) == 8 and "01-to-trinh.pdf" in written and "02-danh-sach.docx" in written
        assert "Đã ghi 8 tệp" in messages[-1].text
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bổ sung hồ sơ", True))
        page.proposals.withdraw_button.click()
        assert again.proposals.get(proposal_id).state is ProposalState.WITHDRAWN
    finally:
        again.close()


def test_a_batch_of_collectives_from_the_review_with_a_wrong_title_and_a_resume(qtbot, demo_db: Path,
                                                                                messages) -> None:
    ws = Workspace.open(demo_db)
    eligible = chosen(ws, "TTLDTT", VerdictKind.ELIGIBLE, NomineeType.COLLECTIVE, 2)
    unknown = chosen(ws, "TTLDTT", VerdictKind.UNKNOWN, NomineeType.COLLECTIVE, 1)
    page = open_page(qtbot, ws)
    page.review.propose_requested.emit(eligible + unknown, "TTLDTT", YEAR)  # the review's «Đề nghị»
    wizard = page.proposals.wizard
    wizard.resize(*SCREEN)
    assert page.tabs.currentWidget() is page.proposals
    assert wizard.currentId() == 1 and wizard.pages[1].field_nominees.count() == 3

    wizard.back()  # a person's title for collectives: the core sends the wizard back to the title
    first = wizard.pages[0]
    first.field_title_code.setCurrentIndex(first.field_title_code.findData("LDTT"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 0)
    assert "Lao động tiên tiến" in messages[-1].text
    first.field_title_code.setCurrentIndex(first.field_title_code.findData("TTLDTT"))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == 2
    eligibility = wizard.pages[2]
    assert eligibility.tree.topLevelItem(2).text(1) == "Chưa đủ thông tin để kết luận"
    eligibility.select_nominee(2)
    eligibility.field_excluded.setChecked(True)  # the unknown one is taken out
    wizard.next()
    assert wizard.currentId() == 3 and wizard.pages[3].people.count() == 2
    wizard.pages[3].people.setCurrentRow(0)
    wizard.pages[3].field_achievements.setPlainText("Tập thể đoàn kết, hoàn thành tốt nhiệm vụ.")
    proposal_id = wizard.state.proposal_id
    wizard.close()  # the window's close button
    page.close()
    ws.close()

    again = Workspace.open(demo_db)
    try:
        page = open_page(qtbot, again)
        page.proposals.select(proposal_id)
        page.proposals.open_selected()
        wizard = page.proposals.wizard
        wizard.resize(*SCREEN)
        assert wizard.currentId() == 3
        shot(wizard, "achievements_batch")
        achievements = wizard.pages[3]
        achievements.people.setCurrentRow(1)
        achievements.field_achievements.setPlainText("Dẫn đầu phong trào xây dựng nông thôn mới.")
        achievements.indicators.item(0).setCheckState(Qt.CheckState.Checked)
        wizard.next()
        assert wizard.currentId() == 4
        assert wizard.pages[4].prizes.rowCount() == 2
        assert wizard.pages[4].total.text() == "Tổng tiền thưởng: 3.760.000 đồng"  # 2 × 0,8 × 2.340.000 ↑
        wizard.button(QWizard.WizardButton.FinishButton).click()
        row = again.proposals.get(proposal_id)
        assert row.state is ProposalState.SUBMITTED
        assert [n.nominee for n in row.nominees] == eligible and row.total_prize == 3_760_000
    finally:
        again.close()



def test_the_units_own_number_and_date_are_typed_at_the_dossier_step(qtbot, demo_db: Path, messages) -> None:
    from tests.test_proposals_service import walk_to_dossier
    ws = Workspace.open(demo_db)
    nominee = chosen(ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 1)[0]
    state = walk_to_dossier(ws, [nominee])  # proposed by the nominee's own unit
    unit = ws.units.get(state.draft.proposing_unit_id)
    page = open_page(qtbot, ws)
    page.proposals.select(state.proposal_id)
    page.proposals.edit_button.click()
    wizard = page.proposals.wizard
    wizard.resize(*SCREEN)
    assert wizard.currentId() == 4
    dossier = wizard.pages[4]
    assert dossier.paper.isVisible() and dossier.unit_symbol.text() == f"/TTr-{unit.symbol}"
    qtbot.keyClicks(dossier.field_unit_number, "3")
    qtbot.keyClicks(dossier.field_unit_date, "31/02/2026")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "31/02/2026" in messages[-1].text and not wizard.submitted  # refused, in its field
    assert dossier.focusWidget() is dossier.field_unit_date
    dossier.field_unit_date.clear()
    qtbot.keyClicks(dossier.field_unit_date, "09/01/2026")
    shot(wizard, "dossier_unit_number")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.submitted
    assert ws.proposals.get(state.proposal_id).submission_number == f"03/TTr-{unit.symbol}"
    page.close()
    ws.close()

"""Hội đồng: the members tab, and a whole council meeting walked through the
real widgets — attendance by keys and by the combo, presentation mode through
the agenda with the keys, tallies (and a refused one), the papers, and the
signed decision writing the award history."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel

from tests.council_fixtures import submit_proposals
from tnapp.domain.vocab import Attendance, CouncilRole, MeetingState
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.council import CouncilPage
from tnapp.ui.pages.council_attendance import AttendanceModel
from tnapp.ui.pages.council_meeting import MeetingView, SignedDecisionDialog
from tnapp.ui.pages.council_meetings import MeetingDialog
from tnapp.ui.pages.council_members import MemberDialog
from tnapp.ui.pages.council_presentation import Role

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/shots")
YEAR = 2026
PROPOSED = {"CSTDCS": ["Lê Văn An", "Đặng Thị Ánh"], "LDTT": ["Nguyễn Văn Bình", "Lê Thị Dung"]}


def shoot(widget, name: str, prefix: str = "D") -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{prefix}_{name}.png"))


def accept_or_close(dialog) -> None:
    """Save; a refused save closes the dialog anyway so the test fails instead of hanging."""
    dialog.accept()
    if dialog.isVisible():
        dialog.reject()


@pytest.fixture
def council(window: MainWindow, gui_ws: Workspace) -> CouncilPage:
    submit_proposals(gui_ws, YEAR, PROPOSED)
    return window.show_area("council")


def plan_meeting(page: CouncilPage, modal, typist) -> MeetingView:
    """Lên lịch a meeting through its form; the new meeting opens."""
    page.tabs.setCurrentWidget(page.meeting_stack)

    def fill(d: MeetingDialog) -> None:
        d.day.setText("15/12/2026")
        d.place.clear()
        typist(d.place, "Hội trường UBND xã")
        d.year.setText(str(YEAR))

    driver = modal(MeetingDialog, lambda d: (fill(d), accept_or_close(d)))
    page.meetings.add_button.click()
    assert driver.done
    assert page.meeting_stack.currentWidget() is page.meeting
    return page.meeting


def mark_attendance(view: MeetingView, qtbot, keys: list[Qt.Key]) -> None:
    grid = view.attendance_view
    grid.setFocus()
    grid.setCurrentIndex(view.attendance.index(0, AttendanceModel.STATUS))
    for key in keys:
        qtbot.keyClick(grid, key)


def counts(view_form, **values: int) -> None:
    for name, box in view_form.inputs.items():
        box.setValue(values.get(name, 0))


def test_members_tab_adds_edits_and_removes_a_member(council, gui_ws, modal, typist, answers) -> None:
    page = council.members
    assert page.current_council().term == "2026-2031"
    assert page.model.rowCount() == 9
    assert "9 thành viên" in page.status.text()
    shoot(council, "members")

    def fill(d: MemberDialog) -> None:
        typist(d.full_name, "Phan Thị Mai")
        d.role.setCurrentIndex(d.role.findData(CouncilRole.MEMBER))
        typist(d.position, "Chủ tịch Hội Phụ nữ xã")

    driver = modal(MemberDialog, lambda d: (fill(d), accept_or_close(d)))
    page.add_button.click()
    assert driver.done
    added = next(m for m in gui_ws.council.members(page.current_council().id) if m.full_name == "Phan Thị Mai")
    assert page.selected().id == added.id and page.model.rowCount() == 10

    driver = modal(MemberDialog, lambda d: (d.position.setText("Ủy viên Ban Thường trực"), accept_or_close(d)))
    page.edit_button.click()
    assert driver.done
    assert next(m for m in gui_ws.council.members(added.council_id) if m.id == added.id).position == \
        "Ủy viên Ban Thường trực"

    page.select(added.id)
    page.delete_button.click()
    assert "Phan Thị Mai" in answers.asked[-1]
    assert all(m.id != added.id for m in gui_ws.council.members(added.council_id))
    assert page.model.rowCount() == 9


def test_a_whole_meeting(council, gui_ws, modal, typist, answers, messages, qtbot, tmp_path, monkeypatch) -> None:
    view = plan_meeting(council, modal, typist)
    meeting_id = view.meeting_id
    assert view.overview.meeting.state is MeetingState.PLANNED
    view.agenda_button.click()
    items = [s for g in view.overview.groups for s in g.slides]
    assert [g.title_code for g in view.overview.groups] == ["LDTT", "CSTDCS"]  # the titles' catalogue order
    assert [s.nominee_name for s in items] == ["Nguyễn Văn Bình", "Lê Thị Dung", "Lê Văn An", "Đặng Thị Ánh"]
    item = {s.nominee_name: s for s in items}

    # attendance: 6 present by key 1, one through the combo, one absent with a written opinion, one absent
    mark_attendance(view, qtbot, [Qt.Key.Key_1] * 6 + [Qt.Key.Key_Down, Qt.Key.Key_2, Qt.Key.Key_3])
    assert "Còn 1 người chưa điểm danh" in view.quorum.text()
    grid = view.attendance_view
    index = view.attendance.index(6, AttendanceModel.STATUS)
    grid.setCurrentIndex(index)
    grid.edit(index)
    combo = grid.findChild(QComboBox, "attendanceEditor")
    combo.setCurrentIndex(combo.findData(Attendance.PRESENT))
    combo.activated.emit(combo.currentIndex())
    quorum = gui_ws.council.quorum(meeting_id)
    assert (quorum.present, quorum.absent_with_opinion, quorum.absent, quorum.unmarked) == (7, 1, 1, 0)
    assert quorum.met and "đủ số lượng" in view.quorum.text()
    assert view.attendance.row_at(6).status is Attendance.PRESENT
    # the Ban kiểm phiếu, elected among those present: a head and two members
    assert "Chưa ghi Ban kiểm phiếu" in view.board_label.text()
    present = [r.full_name for r in gui_ws.council.attendance(meeting_id) if r.status is Attendance.PRESENT]
    assert [view.board_head.itemText(i) for i in range(view.board_head.count())] == present
    view.board_head.setCurrentIndex(3)
    for row in (4, 5):
        view.board_members.item(row).setCheckState(Qt.CheckState.Checked)
    view.board_button.click()
    board = gui_ws.council.counters(meeting_id)
    assert [(c.full_name, c.is_head) for c in board] == [(present[3], True), (present[4], False), (present[5], False)]
    assert f"{present[3]} – trưởng ban" in view.board_label.text()
    shoot(view, "meeting_attendance")
    view.start_button.click()
    assert view.overview.meeting.state is MeetingState.IN_PROGRESS
    view.tabs.setCurrentIndex(1)

    # presentation mode: F5, through the agenda with the keys, a tally from the presenter view, Esc
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    show = view.presentation
    assert show is not None
    window = show.window(Role.SINGLE)  # the offscreen platform has one screen
    audience = show.audience_views[0]
    assert audience.headline.text() == "Lao động tiên tiến"  # the divider of the first group
    seen = []
    for _ in range(len(view.deck.slides) + 2):  # past the end stays on the last
        seen.append(audience.headline.text())
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert seen[:6] == ["Lao động tiên tiến", "Nguyễn Văn Bình", "Lê Thị Dung", "Chiến sĩ thi đua cơ sở",
                        "Lê Văn An", "Đặng Thị Ánh"]
    assert view.deck.index == len(view.deck.slides) - 1
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert view.deck.index == 0
    for key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left,
                Qt.Key.Key_PageUp, Qt.Key.Key_Right, Qt.Key.Key_Right):  # 1 2 3 4 3 2 3 4
        qtbot.keyClick(window, key)
    assert audience.headline.text() == "Lê Văn An"
    # judged on the meeting's day: 2026 is not rated yet in the demo
    assert "Chưa đủ thông tin để kết luận" in audience.body.text() and "xét đến ngày 15/12/2026" in audience.body.text()
    assert "Thành tích nổi bật của Lê Văn An" in audience.body.text()
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert window.showing_presenter()
    form = view._presenter_forms[0]
    assert "80 %" in form.threshold.text() and "tổng số thành viên" in form.threshold.text()
    counts(form, agree=7, written_agree=1)  # 7 + 1 written = 8 of 9 members: exactly 80 %
    form.save_button.click()
    assert gui_ws.council.slide(item["Lê Văn An"].item_id).result == "approved"
    assert "Thông qua" in audience.footer.text()  # the audience slide follows the tally
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    assert not window.showing_presenter()
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert audience.headline.text() == "Đặng Thị Ánh"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert view.presentation is None and not window.isVisible()
    assert view.current_slide().nominee_name == "Đặng Thị Ánh"  # back where the presentation ended

    # tallies in the meeting view; more ballots than members present is refused at its field
    counts(view.tally, agree=8, disagree=1, written_disagree=1)
    view.tally.save_button.click()
    assert view.tally.error.isVisible() and "nhiều hơn số thành viên có mặt" in view.tally.error.text()
    counts(view.tally)  # no ballot at all
    view.tally.save_button.click()
    assert "Chưa có phiếu bầu nào" in view.tally.error.text()
    counts(view.tally, agree=5, disagree=2)  # the absent member's written opinion left out
    view.tally.save_button.click()
    assert "mới ghi 0" in view.tally.error.text()
    assert gui_ws.council.slide(item["Đặng Thị Ánh"].item_id).tallies == ()
    counts(view.tally, agree=5, disagree=2, written_disagree=1)  # 5 + 0 written < 80 % of 9 members
    view.tally.save_button.click()
    assert gui_ws.council.slide(item["Đặng Thị Ánh"].item_id).result == "rejected"
    assert "Không thông qua" in view.tally.result.text()
    assert view.overview.second_round_allowed and view.tally.second_button.isVisible()  # the demo's rules allow it
    view.tally.second_button.click()
    assert view.tally.title() == "Kiểm phiếu – vòng 2" and view.tally.counts().agree == 0
    counts(view.tally, agree=6, disagree=1, written_disagree=1)  # 6 < 8: still not approved
    view.tally.save_button.click()
    rounds = gui_ws.council.slide(item["Đặng Thị Ánh"].item_id).tallies
    assert [(t.round, t.agree, t.approved) for t in rounds] == [(1, 5, False), (2, 6, False)]
    assert not view.tally.second_button.isVisible()  # never a third round
    for name in ("Nguyễn Văn Bình", "Lê Thị Dung"):
        view.select_item(item[name].item_id)
        counts(view.tally, agree=6, disagree=1, written_agree=1)  # 6 of 7 present: more than half
        view.tally.save_button.click()
    assert [r.result for r in gui_ws.council.agenda(meeting_id)] == ["approved", "approved", "approved", "rejected"]
    view.select_item(item["Đặng Thị Ánh"].item_id)
    shoot(view, "meeting_tallies")
    view.close_button.click()
    assert view.overview.meeting.state is MeetingState.CLOSED
    view.back_button.click()  # the list follows the changes: fresh once shown
    qtbot.waitUntil(lambda: "Đã kết thúc" in council.meetings.model.data(council.meetings.model.index(0, 3)))
    assert council.meetings.model.rowCount() == 1 and "Đã kết thúc" in council.meetings.model.data(
        council.meetings.model.index(0, 3))
    shoot(council, "meetings")
    council.meetings.select(meeting_id)
    council.meetings.open_button.click()
    assert council.meeting_stack.currentWidget() is view

    # the papers
    view.tabs.setCurrentIndex(2)
    targets = iter([tmp_path / "phieu-bau.pdf", tmp_path / "bien-ban-kiem-phieu.pdf", tmp_path / "bien-ban-hop.docx",
                    tmp_path / "bien-ban-hop.pdf", tmp_path / "quyet-dinh.pdf", tmp_path / "quyet-dinh.docx",
                    tmp_path / "giay-khen.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    for key in ("ballots", "count", "minutes", "minutes", "decision", "decision", "certificates"):
        assert view.write_output(key) is not None, [m.text for m in messages]
    for name in ("phieu-bau.pdf", "bien-ban-kiem-phieu.pdf", "bien-ban-hop.docx", "bien-ban-hop.pdf",
                 "quyet-dinh.pdf", "quyet-dinh.docx", "giay-khen.pdf"):
        assert (tmp_path / name).stat().st_size > 1000, name
    assert view.pdf.pageCount() >= 1  # the last PDF is previewed
    decision = gui_ws.council.decision(meeting_id)
    assert len(decision.awardees) == 3 and decision.number in view.decision_label.text()
    # what the papers rest on that is not confirmed is on screen (the quorum's 2/3), never on the paper
    assert view.checklist.isVisible() and "Số thành viên Hội đồng cần có mặt" in view.checklist.text()
    assert "council." not in view.checklist.text()  # the settings by their Vietnamese names, never a key
    assert "Quản trị → Thiết lập" in view.checklist.text()

    # the signed decision: the award history gets a row per awardee at once
    before = len(gui_ws.award_history.list(year=YEAR))

    def sign(d: SignedDecisionDialog) -> None:
        assert not d.warnings.isVisibleTo(d)  # one award per person in this decision
        assert "Nghị định số 152/2025/NĐ-CP" in d.checklist.text()  # its date is from press reports
        d.signed_on.setText("20/12/2026")
        accept_or_close(d)

    driver = modal(SignedDecisionDialog, sign)
    view.sign_button.click()
    assert driver.done
    rows = [r for r in gui_ws.award_history.list(year=YEAR) if r.decision_number == decision.number]
    assert len(rows) == 3 and len(gui_ws.award_history.list(year=YEAR)) == before + 3
    assert {r.nominee.name for r in rows} == {"Lê Văn An", "Nguyễn Văn Bình", "Lê Thị Dung"}
    assert all(r.decision_date == dt.date(2026, 12, 20) for r in rows)
    assert "đã ghi 3 dòng vào lịch sử khen thưởng" in view.decision_label.text()
    assert "3 dòng" in messages[-1].text
    assert not view.sign_button.isEnabled()
    numbers = gui_ws.council.get_meeting(meeting_id)  # taken when the meeting closed, shown in the papers' list
    assert f"✓ Biên bản kiểm phiếu số {numbers.count_number.text}" in view.plan_label.text()
    assert f"✓ Biên bản họp Hội đồng số {numbers.minutes_number.text}" in view.plan_label.text()
    shoot(view, "meeting_outputs")
    awards = council.window().show_area("emulation").show_tab("awards")
    awards.search.setText(decision.number)
    assert awards.proxy.rowCount() == 3


def test_more_ballots_than_members_shows_the_message_and_saves_nothing(council, gui_ws, qtbot) -> None:
    from tests.council_fixtures import open_meeting

    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR, present=7, with_opinion=1)
    view = council.open_meeting(meeting_id)
    view.tabs.setCurrentIndex(1)
    assert view.current_slide() is not None
    counts(view.tally, agree=6, disagree=2)  # 8 ballots, 7 members present
    view.tally.save_button.click()
    assert "nhiều hơn số thành viên có mặt (7)" in view.tally.error.text()
    assert view.tally.inputs["agree"].styleSheet()  # the field named is marked
    counts(view.tally, agree=6, written_agree=2)  # two written opinions, one member absent with one
    view.tally.save_button.click()
    assert "ý kiến bằng văn bản" in view.tally.error.text()
    assert view.tally.inputs["written_agree"].hasFocus() or view.tally.inputs["written_agree"].styleSheet()
    assert all(item.tallies == () for item in gui_ws.council.agenda(meeting_id))
    assert view.current_slide().result_label == "Chưa biểu quyết"


def test_leadership_reads_the_meeting_but_cannot_run_it(council, gui_ws, sign_in_as, qtbot) -> None:
    from tests.council_fixtures import open_meeting
    from tnapp.domain.vocab import Role as UserRole

    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR, present=7)
    sign_in_as(gui_ws, "lanh.dao", UserRole.LEADERSHIP)
    view = council.open_meeting(meeting_id)
    assert not view.close_button.isEnabled() and not view.start_button.isEnabled()
    view.tabs.setCurrentIndex(1)
    assert not view.tally.save_button.isEnabled() and "chỉ xem" in view.tally.note.text()
    view.tabs.setCurrentIndex(0)
    view.attendance_view.setFocus()
    view.attendance_view.setCurrentIndex(view.attendance.index(8, AttendanceModel.STATUS))
    qtbot.keyClick(view.attendance_view, Qt.Key.Key_1)
    assert gui_ws.council.quorum(meeting_id).present == 7  # nothing changed


TWO_SCREENS = """
import sys
from PySide6.QtWidgets import QApplication
from tnapp.services.workspace import Workspace
from tnapp.ui.pages.council_meeting import MeetingView
from tnapp.ui.pages.council_presentation import Role
app = QApplication([])
ws = Workspace.open(sys.argv[1])
view = MeetingView(ws)
view.resize(1366, 768)
view.open(int(sys.argv[2]))
show = view.start_presentation()
audience, presenter = show.window(Role.AUDIENCE), show.window(Role.PRESENTER)
show.deck.next()
app.processEvents()
for window in (audience, presenter):
    window.grab().save(sys.argv[3] + window.role.value + ".png")
print(audience.screen().name(), audience.geometry().width(), audience.geometry().height(),
      presenter.screen().name(), presenter.geometry().width(), show.window(Role.SINGLE) is None,
      show.audience_views[0].headline.text())
show.deck.next()
print(presenter.findChild(object, "presenterCurrent").text())
show.stop()
print(len(show.windows))
"""


def test_two_screens_put_the_audience_on_the_projector_and_the_presenter_on_the_laptop(
        gui_ws, tmp_path, demo_db) -> None:
    from tests.council_fixtures import open_meeting

    submit_proposals(gui_ws, YEAR, PROPOSED)
    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR)
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]}))
    prefix = str(SHOTS / "D_two_screens_") if SHOTS.is_dir() else str(tmp_path / "shot_")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", TWO_SCREENS, str(demo_db), str(meeting_id), prefix],
                          env=env, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    first, current, left = done.stdout.strip().splitlines()[-3:]
    assert first.split()[:6] == ["projector", "1920", "1080", "laptop", "1366", "True"]
    assert first.endswith("Nguyễn Văn Bình")
    assert "Lê Thị Dung" in current
    assert left == "0"
    assert Path(prefix + "audience.png").exists() and Path(prefix + "presenter.png").exists()


def test_a_wrongly_entered_tally_is_cancelled_with_a_reason_and_entered_again(council, gui_ws, modal, typist,
                                                                               qtbot) -> None:
    from tests.council_fixtures import open_meeting
    from tnapp.services.audit_log import AuditFilters
    from tnapp.ui.pages.council_tally import CancelTallyDialog

    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR, present=9)
    view = council.open_meeting(meeting_id)
    view.tabs.setCurrentIndex(1)
    item_id = view.current_slide().item_id
    assert not view.tally.cancel_button.isVisible()  # nothing to cancel yet
    counts(view.tally, agree=2, disagree=7)  # the secretary swapped the two numbers
    view.tally.save_button.click()
    assert "Không thông qua" in view.tally.result.text() and view.tally.inputs["agree"].isReadOnly()
    assert view.tally.cancel_button.isVisible()
    shoot(view, "tally_with_cancel", "J")

    def empty_then_reason(d: CancelTallyDialog) -> None:
        assert "vòng 1" in d.findChild(QLabel, "cancelWarning").text()
        d.accept()  # no reason: refused in the dialog, which stays open
        assert d.error.isVisible() and "lý do" in d.error.text() and d.isVisible()
        shoot(d, "cancel_tally_refused", "J")
        typist(d.reason, "Nhập nhầm: đảo số phiếu đồng ý và không đồng ý")
        shoot(d, "cancel_tally_dialog", "J")
        d.accept()

    driver = modal(CancelTallyDialog, empty_then_reason)
    view.tally.cancel_button.click()
    assert driver.done
    assert gui_ws.council.slide(item_id).tallies == ()
    assert view.tally.result.text() == "" and not view.tally.inputs["agree"].isReadOnly()
    assert view.tally.save_button.isEnabled() and not view.tally.cancel_button.isVisible()
    log = gui_ws.audit.search(AuditFilters(entity="tally"))
    assert any(r.action == "delete" and r.reason == "Nhập nhầm: đảo số phiếu đồng ý và không đồng ý" for r in log), \
        [(r.action, r.reason) for r in log]
    counts(view.tally, agree=8, disagree=1)
    view.tally.save_button.click()
    assert gui_ws.council.slide(item_id).result == "approved" and "Thông qua" in view.tally.result.text()
    shoot(view, "after_cancel", "J")


def test_cancelling_is_refused_in_the_dialog_when_the_meeting_was_closed_meanwhile(council, gui_ws, modal,
                                                                                   typist) -> None:
    from tests.council_fixtures import open_meeting
    from tnapp.services.council import TallyInput
    from tnapp.ui.pages.council_tally import CancelTallyDialog

    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR, present=9)
    for item in gui_ws.council.agenda(meeting_id):
        gui_ws.council.record_tally(item.id, TallyInput(9, 0))
    view = council.open_meeting(meeting_id)
    view.tabs.setCurrentIndex(1)
    gui_ws.council.close_meeting(meeting_id, expected_version=gui_ws.council.get_meeting(meeting_id).version)
    seen = []

    def refused(d: CancelTallyDialog) -> None:
        typist(d.reason, "nhầm")
        d.accept()
        seen.append(d.error.text())
        d.reject()

    driver = modal(CancelTallyDialog, refused)
    view.tally.cancel_button.click()  # the view still shows the meeting in progress
    assert driver.done
    assert "đang diễn ra" in seen[0]
    assert all(item.tallies for item in gui_ws.council.agenda(meeting_id))


def linked_cell(page) -> str:
    """The "Danh mục cán bộ" cell of the selected member."""
    return page.proxy.index(page.table.selectionModel().selectedRows()[0].row(), 3).data()


def test_a_member_is_linked_to_a_person_of_the_catalogue(council, gui_ws, modal, typist, qtbot) -> None:
    page = council.members
    person = next(p for p in gui_ws.people.list() if p.position and p.full_name not in
                  {m.full_name for m in gui_ws.council.members(page.current_council().id)})
    given = person.full_name.split()[-1]
    found = []

    def choose(d: MemberDialog) -> None:
        assert d.person.currentData() is None and d.person.currentIndex() == 0  # "not in the catalogue" first
        d.person.lineEdit().selectAll()  # as tabbing into the field does
        typist(d.person.lineEdit(), f"{given} – {person.unit_name[:6]}")
        completer = d.person.completer()
        found.extend(completer.completionModel().index(i, 0).data()
                     for i in range(completer.completionModel().rowCount()))
        d.person.setCurrentIndex(d.person.findData(person.id))  # what picking the line in the popup does
        assert d.full_name.text() == person.full_name and d.position.text() == person.position
        d.position.setText(f"{person.position}, Ủy viên")  # still editable
        shoot(d, "member_person", "J")
        accept_or_close(d)

    driver = modal(MemberDialog, choose)
    page.add_button.click()
    assert driver.done
    assert f"{person.full_name} – {person.unit_name}" in found
    added = next(m for m in gui_ws.council.members(page.current_council().id) if m.person_id == person.id)
    assert added.full_name == person.full_name and added.position == f"{person.position}, Ủy viên"
    link = linked_cell(page)
    assert link == person.unit_name
    shoot(page, "members_linked", "J")

    def unlink(d: MemberDialog) -> None:
        assert d.person.currentData() == person.id  # the link is shown again when editing
        d.person.setCurrentIndex(0)
        assert d.full_name.text() == person.full_name  # the name stays
        accept_or_close(d)

    driver = modal(MemberDialog, unlink)
    page.edit_button.click()
    assert driver.done
    assert next(m for m in gui_ws.council.members(added.council_id) if m.id == added.id).person_id is None
    assert linked_cell(page) == "(ngoài danh mục)"


def test_each_paper_is_printed_from_the_papers_tab(council, gui_ws, tmp_path) -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from tests.council_fixtures import open_meeting
    from tnapp.reports import council_docs
    from tnapp.services.council import TallyInput

    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR, present=9)
    for item in gui_ws.council.agenda(meeting_id):
        gui_ws.council.record_tally(item.id, TallyInput(9, 0))
    view = council.open_meeting(meeting_id)
    view.tabs.setCurrentIndex(2)
    shoot(view, "papers_print", "J")
    assert view.print_buttons["count"].isEnabled() and not view.print_buttons["certificates"].isEnabled()
    # the tab says which papers can be made now and why the others cannot (the meeting is still running)
    plan = view.plan_label.text()
    assert "✓ Biên bản họp Hội đồng (chưa có số: số của Hội đồng được lấy khi kết thúc phiên họp)" in plan
    assert "✗ Quyết định khen thưởng: phiên họp chưa kết thúc" in plan
    assert "✗ Giấy công nhận «Gia đình văn hóa», «Thôn văn hóa»: không có đề nghị nào" in plan
    assert not view.output_buttons["recognitions"].isEnabled()
    targets, asked = iter([tmp_path / "in-kiem-phieu.pdf", tmp_path / "in-phieu-bau.pdf"]), []

    def to_file(parent, printer: QPrinter, pages: int) -> bool:  # the user picks "print to file" in the dialog
        asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(next(targets)))
        return True

    view.ask_printer = to_file

    def pages(path: Path) -> int:
        document = QPdfDocument()
        document.load(str(path))
        return document.pageCount()

    expected = pages(council_docs.write_count_record(gui_ws, meeting_id, tmp_path / "kiem-phieu.pdf"))
    view.print_buttons["count"].click()
    assert pages(tmp_path / "in-kiem-phieu.pdf") == expected == asked[0]
    assert f"Đã gửi {expected} trang" in view.output_status.text()
    view.copies.setValue(3)
    view.print_buttons["ballots"].click()
    assert pages(tmp_path / "in-phieu-bau.pdf") == asked[1] >= 3  # one sheet (or more) per copy
    view.ask_printer = lambda *a: False  # cancelled in the dialog: nothing printed, nothing said
    assert view.print_output("count") is None
    assert f"{asked[1]} trang" in view.output_status.text()


def test_several_awards_to_one_person_are_shown_before_signing_and_the_end_time_is_kept(
        council, gui_ws, modal, typist, tmp_path, monkeypatch) -> None:
    from tests.council_fixtures import open_meeting
    from tnapp.services.council import TallyInput

    submit_proposals(gui_ws, YEAR, {"GK": ["Lê Văn An"]})  # Lê Văn An is also proposed for CSTĐCS
    meeting_id = open_meeting(gui_ws, gui_ws.council.current_council().id, YEAR, present=9)
    for item in gui_ws.council.agenda(meeting_id):
        gui_ws.council.record_tally(item.id, TallyInput(9, 0))
    gui_ws.council.close_meeting(meeting_id)
    # the end time is written in afterwards through the meeting's form; the minutes print it
    council.tabs.setCurrentWidget(council.meeting_stack)
    council.meetings.refresh()
    council.meetings.select(meeting_id)

    def end(d: MeetingDialog) -> None:
        d.end.setText("10:45")
        accept_or_close(d)

    driver = modal(MeetingDialog, end)
    council.meetings.edit_button.click()
    assert driver.done and gui_ws.council.get_meeting(meeting_id).ended_at == dt.datetime(YEAR, 12, 15, 10, 45)
    view = council.open_meeting(meeting_id)
    view.tabs.setCurrentIndex(2)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "qd.pdf"), ""))
    assert view.write_output("decision") is not None
    assert "⚠ «Lê Văn An» nhận 2 danh hiệu" in view.decision_label.text()
    seen = []

    def look(d: SignedDecisionDialog) -> None:
        seen.append((d.warnings.isVisibleTo(d), d.warnings.text()))
        shoot(d, "signed_decision_warning", "K")
        d.reject()

    driver = modal(SignedDecisionDialog, look)
    view.sign_button.click()
    assert driver.done and seen[0][0] and "Chiến sĩ thi đua cơ sở, Giấy khen" in seen[0][1]
    assert gui_ws.council.decision(meeting_id).award_records == 0  # nothing signed by looking

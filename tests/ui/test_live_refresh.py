"""Views refresh themselves: a report accepted in Báo cáo đơn vị shows at once
on the dashboard, the overview and the matrix, with no "Làm mới"; a view whose
data did not change is not re-read."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.permissions import Actor
from tnapp.domain.report_workflow import Transition
from tnapp.domain.vocab import CouncilRole, MatterKind, Role
from tnapp.services.council import MeetingInput, MemberInput
from tnapp.services.discipline import DisciplineInput
from tnapp.services.movements import MovementInput
from tnapp.services.workspace import Workspace
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.dashboard import DashboardView

from test_dashboard import view  # noqa: F401 - the fixture: the dashboard in a window of its own (a projector)

pytestmark = pytest.mark.gui


def kt04(view: DashboardView) -> str:
    return next(view.model.index(r, 2).data() for r in range(view.model.rowCount())
                if view.model.row_at(r).code == "KT04")


def test_a_report_sent_in_the_form_shows_on_the_open_dashboard(
        qtbot, window: MainWindow, view: DashboardView, gui_ws: Workspace) -> None:  # noqa: F811
    assert view.tiles["reports"].number.text() == "8/16" and kt04(view) == "7.773,2"
    overdue = int(view.tiles["overdue"].number.text())
    gui_ws.sign_in(Actor("can-bo-vp", Role.OFFICE))
    page = window.show_area("reports")
    page.open_report(gui_ws.units.by_code("PKT").id, "2026-Q3")  # the economy office's late Quý III report
    qtbot.mouseClick(page.entry.buttons[Transition.SUBMIT], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.tiles["reports"].number.text() == "9/16")  # no click on the dashboard
    assert "đơn vị đã gửi báo cáo Quý III/2026" in view.tiles["reports"].caption.text()
    assert kt04(view) == "13.223,8"
    assert view.tiles["overdue"].number.text() == str(overdue - 1)


def test_a_hidden_page_is_fresh_when_shown_again_and_others_are_not_re_read(
        qtbot, window: MainWindow, gui_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    dashboard = window.show_area("indicators").dashboard
    overview = window.show_area("overview")
    waiting = overview.counts.values["Báo cáo đơn vị"]
    reads: list[int] = []
    compute = gui_ws.progress.compute
    monkeypatch.setattr(gui_ws.progress, "compute", lambda *a, **k: reads.append(1) or compute(*a, **k))

    gui_ws.settings.set("base_salary", 2_340_000, dt.date(2026, 1, 1), basis="Nghị định 73/2024/NĐ-CP")
    qtbot.wait(1)
    window.show_area("indicators")
    qtbot.wait(1)
    assert reads == [], "a setting the dashboard does not show: nothing re-read"

    window.show_area("overview")
    gui_ws.sign_in(Actor("can-bo-vp", Role.OFFICE))
    t04 = gui_ws.units.by_code("T04").id
    sheet = gui_ws.unit_reports.open(t04, "2026-Q4")
    gui_ws.unit_reports.save_value(sheet.key, sheet.lines[0].indicator_id, 12)  # a new draft
    qtbot.waitUntil(lambda: overview.counts.values["Báo cáo đơn vị"] == waiting + 1)  # on screen: at once
    assert reads == [], "the dashboard is hidden: it waits until it is shown"
    window.show_area("indicators")
    qtbot.waitUntil(lambda: len(reads) == 1)
    assert dashboard.isVisible()


def _names(page, column: int = 0) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_emulation_tabs_follow_writes_made_elsewhere(qtbot, window: MainWindow, gui_ws: Workspace) -> None:
    """Issue 16: a record written through a service shows on the open Thi đua tab, and on a
    hidden tab once it is shown, with no "Làm mới"."""
    page = window.show_area("emulation")
    discipline = page.show_tab("discipline")
    before = discipline.model.rowCount()
    person = next(p for p in gui_ws.people.list() if p.full_name == "Lê Văn An")
    gui_ws.discipline.create(DisciplineInput(Nominee(NomineeType.PERSON, person.id), MatterKind.INSPECTION,
                                             dt.date(2026, 11, 2)))
    qtbot.waitUntil(lambda: discipline.model.rowCount() == before + 1)
    movements = page.page("movements")
    gui_ws.movements.create(MovementInput("PT-MOI", "Phong trào thi đua mới nổi", 2026))
    qtbot.wait(1)
    assert not movements.isVisible()
    page.show_tab("movements")
    qtbot.waitUntil(lambda: any("Phong trào thi đua mới nổi" in (n or "") for c in (0, 1) for n in _names(movements, c)))


def test_council_members_and_meetings_follow_writes_made_elsewhere(qtbot, window: MainWindow,
                                                                    gui_ws: Workspace) -> None:
    page = window.show_area("council")
    council_id = page.members.current_council().id
    gui_ws.council.add_member(council_id, MemberInput("Vũ Thị Mới Vào", CouncilRole.MEMBER, "Ủy viên"))
    qtbot.waitUntil(lambda: "Vũ Thị Mới Vào" in _names(page.members))
    meetings = page.meetings.model.rowCount()
    gui_ws.council.create_meeting(MeetingInput(council_id, dt.datetime(2026, 12, 18, 8, 0), "Hội trường", 2026,
                                               "Thành viên A"))
    page.tabs.setCurrentWidget(page.meeting_stack)
    qtbot.waitUntil(lambda: page.meetings.model.rowCount() == meetings + 1)


def test_admin_settings_and_accounts_follow_writes_made_elsewhere(qtbot, window: MainWindow,
                                                                  gui_ws: Workspace) -> None:
    page = window.show_area("admin")
    settings = page.settings_panel.model.rowCount()
    gui_ws.settings.set("base_salary", 2_340_000, dt.date(2027, 1, 1), basis="Nghị định 73/2024/NĐ-CP")
    qtbot.waitUntil(lambda: page.settings_panel.model.rowCount() == settings + 1)
    gui_ws.accounts.create_user("thu.ky.moi", "Thư ký Mới", Role.SECRETARY, "Mat-khau-2026!")
    page.show_tab(page.users_tab)
    qtbot.waitUntil(lambda: any("thu.ky.moi" in (n or "") for n in _names(page.users_tab)))

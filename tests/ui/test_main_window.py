"""The main window: navigation, lazy pages, shortcuts, status bar, language, startup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView

from tnapp.errors import DatabaseError
from tnapp.services.workspace import Workspace
from tnapp.ui import app as app_module
from tnapp.ui.areas import AREAS
from tnapp.ui.first_run import FirstRunDialog
from tnapp.ui.i18n import remove_translators, save_language, saved_language
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.base import AreaPage

pytestmark = pytest.mark.gui


def click_nav(qtbot, window: MainWindow, row: int) -> None:
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_pages_are_built_on_first_show_only(window: MainWindow) -> None:
    assert window.page("overview") is not None
    assert all(window.page(a.key) is None for a in AREAS[1:])
    assert window.stack.count() == 1


@pytest.mark.parametrize("row", range(len(AREAS)))
def test_every_navigation_item_opens_its_page_with_content(qtbot, window: MainWindow, gui_ws: Workspace,
                                                           row: int) -> None:
    area = AREAS[row]
    click_nav(qtbot, window, row)
    page = window.stack.currentWidget()
    assert page.objectName() == f"page_{area.key}"
    assert window.nav.currentRow() == row
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    if isinstance(page, AreaPage):
        assert area.title in texts and area.summary in texts
        assert page.counts.values, "an area page shows what the database holds"
    elif area.key == "overview":
        assert "Thượng Ninh" in page.title.text()
        assert page.counts.values["Đơn vị"] == len(gui_ws.units.list())
        assert page.counts.values["Người"] == len(gui_ws.people.list())
    elif area.key == "catalogue":
        tables = {t.objectName(): t for t in page.findChildren(QTableView)}
        assert tables["unitsTable"].model().rowCount() == len(gui_ws.units.list())
        assert tables["peopleTable"].model().rowCount() == len(gui_ws.people.list())
    elif area.key == "indicators":
        assert page.tabs.tabText(0) == "Tiến độ"
        assert page.findChild(QTableView, "indicatorTable").model().rowCount() == 27
    elif area.key == "emulation":
        assert page.tabs.count() == 9
        assert page.findChild(QTableView, "movementsTable").model().rowCount() == len(gui_ws.movements.list()) > 0
    elif area.key == "reports":
        assert page.tabs.tabText(0) == "Tổng hợp theo kỳ" and page.tabs.tabText(1) == "Nhập báo cáo"
        matrix = page.findChild(QTableView, "reportMatrix").model()
        assert matrix.rowCount() == len(gui_ws.unit_reports.overview(page.matrix.periods()).rows) > 0
        assert page.findChild(QTableView, "entryGrid") is not None
    elif area.key == "documents":
        assert page.view.reports.count() == len(gui_ws.reports.list()) >= 5
    elif area.key == "proposals":
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Bình xét cuối năm", "Đề nghị"]
        assert page.findChild(QTableView, "proposalsTable").model().rowCount() == len(
            gui_ws.proposals.list(year=page.proposals.year.value()))
    elif area.key == "council":
        assert page.tabs.tabText(0) == "Thành viên Hội đồng" and page.tabs.tabText(1) == "Phiên họp"
        council = gui_ws.council.current_council()
        assert page.findChild(QTableView, "councilMembersTable").model().rowCount() == council.member_count > 0
    elif area.key == "admin":
        assert gui_ws.location in texts and gui_ws.schema.head in texts and gui_ws.actor.username in texts
        table = page.findChild(QTableView, "settingsTable")
        assert table.model().rowCount() == len(gui_ws.settings.list()) > 0
    else:
        pytest.fail(f"no content check for {area.key}")


def test_area_pages_show_real_counts(window: MainWindow, gui_ws: Workspace) -> None:
    counts = gui_ws.stats.counts()
    reports = window.show_area("reports")
    cells = [c for r in reports.matrix.model.matrix.rows for c in r.cells if c and c.report_id]
    assert len(cells) <= counts.reports == 103
    assert sum(c.state == "submitted" for c in cells) <= counts.reports_by_state.get("submitted")
    assert window.show_area("indicators").dashboard.model.rowCount() == counts.indicators == 27


def test_admin_settings_show_dates_the_vietnamese_way_and_unconfirmed_rows(window: MainWindow) -> None:
    page = window.show_area("admin")
    model = page.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    salary = [r for r in rows if r[0] == "Lương cơ sở"]
    assert ["2.340.000 đồng", "01/07/2024"] == salary[-1][2:4]
    assert any(r[5] == "chưa xác nhận" for r in rows) and any(r[5] == "" for r in rows)


def test_overview_links_open_their_area(qtbot, window: MainWindow) -> None:
    overview = window.page("overview")
    overview.area_requested.emit("council")
    assert window.stack.currentWidget().objectName() == "page_council"
    assert window.nav.currentRow() == [a.key for a in AREAS].index("council")


def test_a_database_error_keeps_the_current_page_and_says_why(window: MainWindow, gui_ws: Workspace, monkeypatch,
                                                             messages) -> None:
    def locked():
        raise DatabaseError("Cơ sở dữ liệu «demo.sqlite» đang bị khóa bởi một chương trình khác.")

    monkeypatch.setattr(gui_ws.unit_reports, "overview", lambda *args, **kwargs: locked())
    window.show_area("reports")
    assert messages[-1].kind == "critical" and "đang bị khóa" in messages[-1].text
    assert window.stack.currentWidget().objectName() == "page_overview" and window.nav.currentRow() == 0
    assert window.page("reports") is None


def test_ctrl_number_switches_area(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().objectName() == "page_indicators"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().objectName() == "page_admin"
    assert [a.shortcut().toString() for a in window.area_actions] == [f"Ctrl+{i}" for i in range(1, 10)]


def test_status_bar_names_database_demo_and_user(window: MainWindow, demo_db: Path, gui_ws: Workspace) -> None:
    assert str(demo_db) in window.database_label.text()
    assert window.demo_label.text() == "DỮ LIỆU MẪU" and window.demo_label.isVisible()
    assert gui_ws.actor.username in window.user_label.text()
    assert "Quản trị hệ thống" in window.user_label.text()
    assert window.windowTitle() == "TNApp – xã Thượng Ninh"


def test_real_commune_has_no_demo_tag(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "real.sqlite")
    ws.commune.create("16075", "Thượng Ninh", "Thanh Hóa")
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    assert not win.demo_label.isVisible()
    assert not win.page("overview").banner.isVisible()
    ws.close()


def test_language_choice_is_saved_and_applies_next_start(window: MainWindow, messages) -> None:
    # someone who reads no Vietnamese finds the menu and understands the answer
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and window.language_actions["en"]
                in a.menu().actions() + [x for m in a.menu().actions() if m.menu() for x in m.menu().actions()])
    titles = [a.text() for a in menu.actions() if a.menu()]
    assert any("Language" in t for t in titles), titles
    assert window.language_actions["en"].text() == "English" and window.language_actions["vi"].text() == "Tiếng Việt"
    window.language_actions["en"].trigger()
    assert saved_language() == "en"
    assert messages and "next time TNApp opens" in messages[-1].text
    assert window.nav.item(0).text() == "Tổng quan"  # unchanged until the next start


def test_english_start_translates_navigation_and_labels(qtbot, gui_ws: Workspace) -> None:
    save_language("en")
    app = app_module.create_application()
    try:
        win = MainWindow(gui_ws, "en")
        qtbot.addWidget(win)
        labels = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert labels[0] == "Overview" and labels[-1] == "Administration"
        assert win.demo_label.text() == "DEMO DATA"
        units = win.show_area("catalogue").units
        kinds = {units.model.index(r, 2).data() for r in range(units.model.rowCount())}
        assert "School" in kinds and "Trường học" not in kinds
    finally:
        remove_translators(app, app.tnapp_translators)
        save_language("vi")


def test_a_file_that_is_not_a_database_is_refused_with_status_2(tmp_path: Path, messages) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert app_module.run(db=str(bad), demo=False) == app_module.EXIT_ERROR
    assert messages and messages[0].kind == "critical" and "notes.sqlite" in messages[0].text
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "loginDialog" and w.isVisible()]


def test_first_run_declares_the_commune(qtbot, typist, tmp_path: Path, modal, messages) -> None:
    def fill(dialog: FirstRunDialog) -> None:
        dialog.commune_button.click()  # empty: refused, focus on the code
        assert "Mã xã" in messages[-1].text
        typist(dialog.code, "16075")
        typist(dialog.name, "Thượng Ninh")
        dialog.commune_button.click()

    driver = modal(FirstRunDialog, fill)
    ws = app_module.open_workspace(str(tmp_path / "new.sqlite"), demo=False)
    assert driver.done and ws is not None
    commune = ws.commune.current()
    assert (commune.code, commune.name, commune.province, commune.is_demo) == ("16075", "Thượng Ninh", "Thanh Hóa",
                                                                               False)
    assert ws.settings.list(), "the default settings are added"
    ws.close()


def test_first_run_can_load_the_demo(tmp_path: Path, modal) -> None:
    driver = modal(FirstRunDialog, lambda dialog: dialog.demo_button.click())
    ws = app_module.open_workspace(str(tmp_path / "new.sqlite"), demo=False)
    assert driver.done and ws is not None and ws.commune.current().is_demo
    assert len(ws.units.list()) == 28
    ws.close()


def test_leaving_the_first_run_dialog_opens_nothing(tmp_path: Path, modal) -> None:
    driver = modal(FirstRunDialog, lambda dialog: dialog.reject())
    assert app_module.open_workspace(str(tmp_path / "new.sqlite"), demo=False) is None
    assert driver.done


def test_demo_flag_fills_an_empty_database(tmp_path: Path) -> None:
    ws = app_module.open_workspace(str(tmp_path / "demo.sqlite"), demo=True)
    assert ws is not None and ws.commune.current().is_demo
    ws.close()


def test_opening_another_database_swaps_the_window(qtbot, gui_ws: Workspace, tmp_path: Path,
                                                   demo_template: Path, modal) -> None:
    from tnapp.ui.accounts_dialogs import FirstAdminDialog

    other = tmp_path / "other.sqlite"
    other_ws = Workspace.open(other)
    other_ws.commune.create("99999", "Xã Khác", "Thanh Hóa")
    other_ws.close()
    session = app_module.Session(gui_ws)
    first = session.window
    first.show()

    def first_admin(dialog: FirstAdminDialog) -> None:  # the other database has no accounts yet
        for edit, text in ((dialog.username, "quantri"), (dialog.full_name, "Quản trị"),
                           (dialog.password, "Mật-khẩu-dài-2026"), (dialog.confirm, "Mật-khẩu-dài-2026")):
            edit.setText(text)
        dialog.accept()

    driver = modal(FirstAdminDialog, first_admin)
    first.database_chosen.emit(str(other))
    assert driver.done
    assert session.window is not first and session.ws.location == str(other)
    qtbot.addWidget(session.window)
    assert session.window.windowTitle() == "TNApp – xã Xã Khác"
    assert not session.window.demo_label.isVisible()
    session.close()


def test_search_fields_have_placeholders_in_vietnamese(window: MainWindow) -> None:
    catalogue = window.show_area("catalogue")
    edits = [e for e in catalogue.findChildren(QLineEdit) if e.objectName() in ("unitSearch", "peopleSearch")]
    assert len(edits) == 2 and all("không dấu" in e.placeholderText() for e in edits)


def test_window_fits_a_small_laptop_screen(window: MainWindow) -> None:
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768
    assert window.minimumSize().width() <= 1366
    window.resize(1366, 768)
    nav = window.nav
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    assert nav.viewport().rect().contains(last.bottomLeft() - QPoint(0, 1)), "all areas visible without scrolling"

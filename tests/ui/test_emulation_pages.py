"""Thi đua: each tab creates, edits and finds a record through the real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.vocab import (
    ComplaintState, ExemplarKind, MatterKind, MovementStage, RatingLevel, RegistrationState,
)
from tnapp.services.people import PersonInput
from tnapp.services.registrations import RegistrationInput
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import select_data
from tnapp.ui.main_window import MainWindow
from tnapp.ui.pages.emulation import EmulationPage
from tnapp.ui.pages.emulation_awards import AwardDialog
from tnapp.ui.pages.emulation_common import ImportDialog
from tnapp.ui.pages.emulation_exemplars import ExemplarDialog
from tnapp.ui.pages.emulation_households import HouseholdDialog
from tnapp.ui.pages.emulation_movements import MovementDialog
from tnapp.ui.pages.emulation_ratings import RatingDialog
from tnapp.ui.pages.emulation_records import ComplaintDialog, DisciplineDialog, InitiativeDialog
from tnapp.ui.pages.emulation_registrations import RegistrationDialog

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/shots")


@pytest.fixture
def emulation(window: MainWindow) -> EmulationPage:
    return window.show_area("emulation")


def person_id(ws: Workspace, name: str) -> int:
    return next(p.id for p in ws.people.list() if p.full_name == name)


def accept_or_close(dialog) -> None:
    """Save; a refused save closes the dialog anyway so the test fails instead of hanging."""
    dialog.accept()
    if dialog.isVisible():
        dialog.reject()


def add(page, cls, fill, modal) -> None:
    driver = modal(cls, lambda dialog: (fill(dialog), accept_or_close(dialog)))
    page.add_button.click()
    assert driver.done


def edit(page, record_id: int, cls, change, modal) -> None:
    page.select(record_id)
    driver = modal(cls, lambda dialog: (change(dialog), accept_or_close(dialog)))
    page.edit_button.click()
    assert driver.done


def test_movements_create_advance_step_back_and_find(emulation, gui_ws, modal, typist, monkeypatch) -> None:
    page = emulation.show_tab("movements")

    def fill(d: MovementDialog) -> None:
        d.code.setText("VSMT-2026")
        typist(d.name, "Thi đua giữ gìn vệ sinh môi trường")
        d.year.setText("2026")

    add(page, MovementDialog, fill, modal)
    row = next(r for r in gui_ws.movements.list() if r.code == "VSMT-2026")
    assert page.selected().id == row.id
    page.advance_button.click()
    assert gui_ws.movements.get(row.id).stage is MovementStage.LAUNCHED
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Phát động lại", True))
    page.back_button.click()
    assert gui_ws.movements.get(row.id).stage is MovementStage.GOALS_SET
    edit(page, row.id, MovementDialog, lambda d: d.slogan.setText("Xanh - Sạch - Đẹp"), modal)
    assert gui_ws.movements.get(row.id).slogan == "Xanh - Sạch - Đẹp"
    typist(page.search, "ve sinh")
    assert [r.code for r in page.shown_rows()] == ["VSMT-2026"]


def test_registrations_create_send_approve_edit_and_find(emulation, gui_ws, modal, messages) -> None:
    page = emulation.show_tab("registrations")
    assert len(page.shown_rows()) == len(gui_ws.registrations.list(year=dt.date.today().year))
    dung = person_id(gui_ws, "Lê Văn Dũng")

    def fill(d: RegistrationDialog) -> None:
        d.year.setText("2099")
        select_data(d.unit, gui_ws.units.by_code("CA").id)
        d.nominee.set_nominee(Nominee.person(dung))
        select_data(d.title, gui_ws.award_history.title_by_code("LDTT").id)

    page.year.setCurrentIndex(0)  # all years
    add(page, RegistrationDialog, fill, modal)
    row = gui_ws.registrations.list(year=2099)[0]
    assert row.nominee.name == "Lê Văn Dũng" and row.state is RegistrationState.NOT_SENT
    page.select(row.id)
    page.send_button.click()
    page.approve_button.click()
    assert gui_ws.registrations.get(row.id).state is RegistrationState.APPROVED
    page.search.setText("Le Van Dung")
    assert [r.id for r in page.shown_rows()] == [row.id]

    police = gui_ws.units.by_code("CA").id
    other = gui_ws.registrations.create(RegistrationInput(2099, police, Nominee.collective(police),
                                                          gui_ws.award_history.title_by_code("TTLDTT").id))
    page.search.clear()
    page.refresh()
    edit(page, other.id, RegistrationDialog,
         lambda d: select_data(d.title, gui_ws.award_history.title_by_code("GK_TT").id), modal)
    assert gui_ws.registrations.get(other.id).title_code == "GK_TT"


def test_registrations_screenshot(emulation, window) -> None:
    page = emulation.show_tab("registrations")
    page.year.setCurrentIndex(page.year.findData(2026))
    assert page.model.rowCount() == 12 and page.warning.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "h6_registrations.png"))


def test_ratings_create_edit_find_and_warn(emulation, gui_ws, modal, messages) -> None:
    page = emulation.show_tab("ratings")
    hang = person_id(gui_ws, "Phạm Thị Hằng")

    def fill(d: RatingDialog) -> None:
        d.year.setText("2026")
        d.nominee.set_nominee(Nominee.person(hang))
        select_data(d.level, RatingLevel.EXCELLENT)
        d.points.setText("85")  # refused: 85 points is HTT

    driver = modal(RatingDialog, lambda d: (fill(d), d.accept(), d.points.setText("92"), accept_or_close(d)))
    page.add_button.click()
    assert driver.done
    assert messages and "không khớp" in messages[0].text
    row = gui_ws.ratings.list(year=2026)[0]
    assert (row.level, row.points) == (RatingLevel.EXCELLENT, 92)
    edit(page, row.id, RatingDialog, lambda d: (select_data(d.level, RatingLevel.GOOD), d.points.setText("80")),
         modal)
    assert gui_ws.ratings.get(row.id).level is RatingLevel.GOOD
    page.year.setCurrentIndex(page.year.findData(2025))
    assert "20%" in page.warning.text() and page.warning.isVisible()
    page.search.setText("Mai Thi On van hoa")
    assert {r.nominee.name for r in page.shown_rows()} == {"Mai Thị Ơn"}


def test_initiatives_create_edit_find(emulation, gui_ws, modal) -> None:
    page = emulation.show_tab("initiatives")

    def fill(d: InitiativeDialog) -> None:
        d.title.setText("Sổ tay điện tử cho trưởng thôn")
        d.year.setText("2026")
        d.author_filter.setText("Le Van Hai")
        for i in range(d.authors.count()):
            if not d.authors.item(i).isHidden():
                d.authors.item(i).setCheckState(d.authors.item(i).checkState().Checked)

    add(page, InitiativeDialog, fill, modal)
    row = next(r for r in gui_ws.initiatives.list() if r.title == "Sổ tay điện tử cho trưởng thôn")
    assert row.authors == ("Lê Văn Hải",)
    edit(page, row.id, InitiativeDialog, lambda d: d.number.setText("21/QĐ-UBND"), modal)
    assert gui_ws.initiatives.get(row.id).decision_number == "21/QĐ-UBND"
    page.search.setText("so tay")
    assert [r.id for r in page.shown_rows()] == [row.id]


def test_exemplars_create_edit_find_photo_and_news(emulation, gui_ws, modal, tmp_path, monkeypatch,
                                                   messages) -> None:
    page = emulation.show_tab("exemplars")

    def fill(d: ExemplarDialog) -> None:
        select_data(d.kind, ExemplarKind.GOOD_DEED)
        d.nominee.set_nominee(Nominee.person(person_id(gui_ws, "Mai Thị Hương")))
        d.title.setText("Cứu người đuối nước")
        d.story.setPlainText("Chiều 12/6, chị Hương đã cứu một em nhỏ.")

    add(page, ExemplarDialog, fill, modal)
    row = next(r for r in gui_ws.exemplars.list() if r.title == "Cứu người đuối nước")
    edit(page, row.id, ExemplarDialog, lambda d: d.happened.setText("12/06/2026"), modal)
    assert gui_ws.exemplars.get(row.id).happened_on == dt.date(2026, 6, 12)
    photo = tmp_path / "anh.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    page.select(row.id)
    page.photo_strip.add_button.click()
    assert gui_ws.exemplars.get(row.id).photos == 1
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "tin"))
    monkeypatch.setattr("tnapp.ui.pages.emulation_exemplars.QDesktopServices.openUrl", lambda url: True)
    page.news_button.click()
    assert list((tmp_path / "tin").glob("*/index.html")) and "index.html" in messages[-1].text
    page.search.setText("duoi nuoc")
    assert [r.id for r in page.shown_rows()] == [row.id]


def test_discipline_create_edit_find(emulation, gui_ws, modal) -> None:
    page = emulation.show_tab("discipline")
    assert page.warning.isVisible()  # the demo's pending discipline

    def fill(d: DisciplineDialog) -> None:
        d.nominee.set_nominee(Nominee.person(person_id(gui_ws, "Lê Văn Sơn")))
        select_data(d.matter, MatterKind.INSPECTION)
        d.opened.setText("01/09/2026")

    add(page, DisciplineDialog, fill, modal)
    row = next(r for r in gui_ws.discipline.list() if r.nominee.name == "Lê Văn Sơn")
    assert row.pending
    edit(page, row.id, DisciplineDialog, lambda d: d.resolved.setText("01/10/2026"), modal)
    assert not gui_ws.discipline.get(row.id).pending
    page.search.setText("le van son")
    assert [r.id for r in page.shown_rows()] == [row.id]


def test_award_history_create_edit_find_and_timeline(emulation, gui_ws, modal, window) -> None:
    page = emulation.show_tab("awards")
    an = person_id(gui_ws, "Trần Văn Ân")

    def fill(d: AwardDialog) -> None:
        d.nominee.set_nominee(Nominee.person(an))
        select_data(d.title, gui_ws.award_history.title_by_code("LDTT").id)
        d.year.setText("2021")
        d.number.setText("88/QĐ-UBND")

    add(page, AwardDialog, fill, modal)
    row = next(r for r in gui_ws.award_history.list(year=2021))
    edit(page, row.id, AwardDialog, lambda d: d.date.setText("20/12/2021"), modal)
    assert gui_ws.award_history.get(row.id).decision_date == dt.date(2021, 12, 20)
    page.search.setText("Tran Van An CSTDCS")
    assert {r.year for r in page.shown_rows()} == {2023, 2024, 2025}
    page.select(page.shown_rows()[0].id)
    lines = page.timeline.texts()
    assert lines[0] == "2025" and lines[-2] == "2021"
    assert [line for line in lines if line.isdigit()] == ["2025", "2024", "2023", "2022", "2021"]
    assert "Chiến sĩ thi đua cơ sở – Cấp xã | 12/QĐ-UBND · 22/12/2025" in lines[1]
    assert "Trần Văn Ân" in page.timeline.title.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "h6_award_timeline.png"))


def test_households_create_edit_find_and_culture(emulation, gui_ws, modal, monkeypatch) -> None:
    page = emulation.show_tab("households")

    def fill(d: HouseholdDialog) -> None:
        select_data(d.village, gui_ws.units.by_code("T07").id)
        d.code.setText("T07-900")
        d.head.setText("Lê Thị Thu")
        d.members.setText("4")

    add(page, HouseholdDialog, fill, modal)
    row = next(r for r in gui_ws.households.list() if r.code == "T07-900")
    edit(page, row.id, HouseholdDialog, lambda d: d.address.setText("Xóm 9"), modal)
    assert gui_ws.households.get(row.id).address == "Xóm 9"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    page.select(row.id)
    page.culture_button.click()
    assert gui_ws.households.get(row.id).culture_years == (2026,)
    page.search.setText("le thi thu")
    assert [r.id for r in page.shown_rows()] == [row.id]


def test_complaints_create_edit_find_and_overdue(emulation, gui_ws, modal) -> None:
    page = emulation.show_tab("complaints")
    assert "quá hạn" in page.warning.text()

    def fill(d: ComplaintDialog) -> None:
        d.received.setText("02/11/2026")
        d.sender.setText("Ông Đỗ Văn Tám")
        d.subject.setPlainText("Kiến nghị công khai danh sách khen thưởng")

    add(page, ComplaintDialog, fill, modal)
    row = next(r for r in gui_ws.complaints.list() if r.sender == "Ông Đỗ Văn Tám")
    assert row.due_on == dt.date(2026, 12, 2)
    edit(page, row.id, ComplaintDialog, lambda d: (select_data(d.state, ComplaintState.RESOLVED),
                                                   d.resolved.setText("20/11/2026")), modal)
    assert gui_ws.complaints.get(row.id).state is ComplaintState.RESOLVED
    page.overdue.setChecked(True)
    assert all(r.overdue for r in page.shown_rows()) and page.shown_rows()
    page.overdue.setChecked(False)
    page.search.setText("cong khai")
    assert [r.id for r in page.shown_rows()] == [row.id]


def test_a_rating_import_with_errors_is_previewed_and_not_applied(emulation, gui_ws, tmp_path, monkeypatch,
                                                                 modal) -> None:
    from openpyxl import Workbook

    from tnapp.services import ratings
    page = emulation.show_tab("ratings")
    book = Workbook()
    sheet = book.active
    sheet.title = ratings.SHEET
    sheet.append(list(ratings.COLUMNS))
    sheet.append([2026, "Phạm Thị Hằng", 1985, "PKT", None, None, "HTT", 80, None])
    book.save(tmp_path / "xl.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "xl.xlsx"), ""))
    seen = {}
    driver = modal(ImportDialog, lambda d: (seen.update(problems=d.problem_texts(),
                                                       can=d.import_button.isEnabled()), d.reject()))
    page.import_button.click()
    assert driver.done and not seen["can"] and "không thuộc đơn vị «PKT»" in seen["problems"][0]
    assert gui_ws.ratings.list(year=2026) == []


def _png(path: Path, color: str, size: tuple[int, int] = (160, 120)) -> Path:
    from PySide6.QtGui import QColor, QImage
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


def test_exemplar_photos_show_as_thumbnails_and_are_removed_after_confirmation(emulation, gui_ws, tmp_path,
                                                                              monkeypatch, messages) -> None:
    from PySide6.QtWidgets import QMessageBox
    page = emulation.show_tab("exemplars")
    page.year.setCurrentIndex(0)  # all years
    row = gui_ws.exemplars.list()[0]
    page.select(row.id)
    strip = page.photo_strip
    assert strip.list.count() == row.photos and not strip.remove_button.isEnabled()
    files = [_png(tmp_path / "le-trao-thuong.png", "#c0392b"), _png(tmp_path / "mo-hinh.png", "#2e86c1", (90, 160))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))
    strip.add_button.click()
    assert [strip.list.item(i).text() for i in range(strip.list.count())][-2:] == ["le-trao-thuong.png", "mo-hinh.png"]
    assert not strip.list.item(strip.list.count() - 1).icon().isNull()  # a real thumbnail
    assert page.selected().photos == row.photos + 2  # the list's count follows

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "F_exemplar_photos.png"))

    strip.list.setCurrentRow(strip.list.count() - 1)
    assert strip.remove_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    strip.remove_button.click()
    assert "mo-hinh.png" in asked[0] and gui_ws.exemplars.get(row.id).photos == row.photos + 2  # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    strip.remove_button.click()
    assert [p.filename for p in gui_ws.exemplars.photos(row.id)][-1] == "le-trao-thuong.png"
    assert strip.list.count() == row.photos + 1
    from tnapp.services.audit_log import AuditFilters
    assert any(e.action == "delete" for e in gui_ws.audit.search(AuditFilters(entity="attachment")))


def test_a_complaints_file_is_imported_through_the_preview(emulation, gui_ws, tmp_path, monkeypatch, modal,
                                                          messages) -> None:
    from openpyxl import Workbook

    from tnapp.services import complaints
    page = emulation.show_tab("complaints")
    assert page.import_button.isVisible()
    book = Workbook()
    sheet = book.active
    sheet.title = complaints.SHEET
    sheet.append(list(complaints.COLUMNS))
    sheet.append(["05/03/2026", "Bà Đỗ Thị Lan", "Đề nghị xem xét lại kết quả bình xét Gia đình văn hóa"])
    sheet.append(["06/03/2026", "Ông Vũ Văn Tư", "Kiến nghị công khai danh sách khen thưởng", None, None,
                  "Đang giải quyết"])
    book.save(tmp_path / "kn.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "kn.xlsx"), ""))
    seen = {}
    driver = modal(ImportDialog, lambda d: (seen.update(can=d.import_button.isEnabled(), summary=d.summary.text()),
                                            d.accept()))
    page.import_button.click()
    assert driver.done and seen["can"] and "2 dòng mới" in seen["summary"]
    assert "Đã nhập 2 dòng" in messages[-1].text
    assert {"Bà Đỗ Thị Lan", "Ông Vũ Văn Tư"} <= {r.sender for r in page.shown_rows()}
    tu = next(r for r in gui_ws.complaints.list() if r.sender == "Ông Vũ Văn Tư")
    assert tu.state is ComplaintState.HANDLING and tu.due_on == dt.date(2026, 4, 5)


def test_a_moved_persons_timeline_shows_their_units_and_screenshots(emulation, gui_ws, window) -> None:
    from tnapp.services.people import PersonInput
    an = next(p for p in gui_ws.people.list() if p.full_name == "Trần Văn Ân")
    old_unit = an.unit_name
    gui_ws.people.update(an.id, PersonInput(an.full_name, an.gender, gui_ws.units.by_code("VP").id, an.birth_year,
                                            an.position, an.category, an.status, an.phone, an.note),
                         expected_version=an.version, moved_on=dt.date(2026, 7, 1))
    page = emulation.show_tab("awards")
    page.search.setText("Tran Van An")
    page.select(page.shown_rows()[0].id)
    label = page.timeline.units
    assert label.isVisible() and label.text() == (
        f"Đơn vị công tác: {old_unit} (đến 30/06/2026) → {gui_ws.units.by_code('VP').name} (từ 01/07/2026)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "F_award_timeline.png"))
    police = next(r for r in gui_ws.award_history.list() if r.nominee.type.value == "collective")
    page.search.setText("")
    page.select(police.id)
    assert not label.isVisible()  # a collective has no unit history

    page = emulation.show_tab("registrations")
    page.year.setCurrentIndex(page.year.findData(2026))
    assert page.model.rowCount() > 0
    window.grab().save(str(SHOTS / "F_registrations.png"))


def test_a_rating_of_a_past_year_preselects_the_unit_of_that_year(emulation, gui_ws, modal) -> None:
    hang = gui_ws.people.get(person_id(gui_ws, "Phạm Thị Hằng"))
    vp, pkt = gui_ws.units.by_code("VP"), gui_ws.units.by_code("PKT")
    data = PersonInput(hang.full_name, hang.gender, pkt.id, hang.birth_year, hang.position, hang.category,
                       hang.status, hang.phone, hang.note)
    gui_ws.people.update(hang.id, data, expected_version=hang.version, moved_on=dt.date(2025, 3, 1))
    for r in gui_ws.ratings.list(year=2024, nominee=Nominee.person(hang.id)):
        gui_ws.ratings.delete(r.id)
    page = emulation.show_tab("ratings")
    seen: dict[str, tuple] = {}

    def fill(d: RatingDialog) -> None:
        d.year.setText("2024")
        d.nominee.set_nominee(Nominee.person(hang.id))
        for year in ("2026", "2025", "2024"):  # today's unit, both in the year of the move, the old unit
            d.year.setText(year)
            seen[year] = (d.unit.currentData(), [d.unit.itemData(i) for i in range(d.unit.count())])
        d.points.setText("82")

    add(page, RatingDialog, fill, modal)
    assert seen == {"2026": (pkt.id, [pkt.id]), "2025": (pkt.id, [vp.id, pkt.id]), "2024": (vp.id, [vp.id])}
    saved = gui_ws.ratings.list(year=2024, nominee=Nominee.person(hang.id))
    assert [r.unit_id for r in saved] == [vp.id]  # rated by the unit she belonged to in 2024

    dialog = RatingDialog(gui_ws, None, 2024, page)  # a collective is rated as itself: no unit to choose
    dialog.nominee.set_nominee(Nominee.collective(pkt.id))
    assert dialog.unit.count() == 0 and not dialog.unit.isEnabled()
    dialog.deleteLater()

"""Excel round trips of registrations, ratings and award history (export →
import changes nothing; a filled file imports exactly), and bad rows: each
named with its place, and a file with one bad row imports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.vocab import Gender, RatingLevel, RegistrationState
from tnapp.errors import TNAppError
from tnapp.services import award_history, households, ratings, registrations
from tnapp.services.people import PersonInput
from tnapp.services.workspace import Workspace


def write_book(path: Path, sheet: str, columns: tuple[str, ...], rows: list[dict]) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(list(columns))
    for row in rows:
        ws.append([row.get(c) for c in columns])
    book.save(path)
    return path


@pytest.mark.parametrize("service_name", ["registrations", "ratings", "award_history"])
def test_export_then_import_changes_nothing(demo_ws: Workspace, tmp_path: Path, service_name: str) -> None:
    service = getattr(demo_ws, service_name)
    before = service.list()
    assert before, "the demo has rows to export"
    path = service.export_excel(tmp_path / f"{service_name}.xlsx")
    preview = service.preview_import(path)
    assert preview.problems == [] and preview.new == [] and preview.changed == []
    assert preview.unchanged == len(before) and not preview.can_apply
    assert service.apply_import(preview) == 0
    assert service.list() == before


def test_the_registrations_file_names_each_title_never_its_code(demo_ws: Workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    rows = demo_ws.registrations.list()
    book = load_workbook(demo_ws.registrations.export_excel(tmp_path / "Đăng ký #1 %.xlsx"))
    values = [[c.value for c in row] for row in book[registrations.SHEET].iter_rows()]
    header = next(r for r in values if registrations.TITLE in r)
    titles = {r[header.index(registrations.TITLE)] for r in values[values.index(header) + 1:]}
    assert titles == {r.title_name for r in rows} and not titles & {r.title_code for r in rows}
    assert "Lao động tiên tiến" in titles


def test_a_filled_registration_file_imports_exactly(demo_ws: Workspace, tmp_path: Path) -> None:
    path = write_book(tmp_path / "dk.xlsx", registrations.SHEET, registrations.COLUMNS, [
        {"Năm": 2027, "Mã đơn vị": "TYT", "Danh hiệu": "TTLDTT"},
        {"Năm": 2027, "Họ và tên": "Nguyễn Thị Hoa", "Năm sinh": 1980, "Mã đơn vị": "TYT", "Danh hiệu": "CSTDCS"},
        {"Năm": 2027, "Họ và tên": "TRẦN  VĂN\u200b TÂM", "Mã đơn vị": "tyt", "Danh hiệu": "Lao động tiên tiến"},
        {"Năm": 2027, "Mã đơn vị": "T01", "Mã hộ": "T01-003", "Danh hiệu": "GDVH", "Đơn vị đăng ký": "T01"},
    ])
    preview = demo_ws.registrations.preview_import(path)
    assert preview.problems == [] and len(preview.new) == 4 and preview.can_apply
    assert demo_ws.registrations.apply_import(preview) == 4
    rows = demo_ws.registrations.list(year=2027)
    assert sorted((r.nominee.name, r.title_code) for r in rows) == [
        ("Hộ Vũ Văn Lợi", "GDVH"), ("Nguyễn Thị Hoa", "CSTDCS"), ("Trạm y tế xã Thượng Ninh", "TTLDTT"),
        ("Trần Văn Tâm", "LDTT")]
    assert {r.state for r in rows} == {RegistrationState.NOT_SENT}
    again = demo_ws.registrations.preview_import(path)
    assert again.unchanged == 4 and not again.new


def test_a_filled_rating_file_imports_and_updates_exactly(demo_ws: Workspace, tmp_path: Path) -> None:
    path = write_book(tmp_path / "xl.xlsx", ratings.SHEET, ratings.COLUMNS, [
        {"Năm": 2026, "Họ và tên": "Phạm Thị Hằng", "Năm sinh": 1985, "Mã đơn vị": "VP", "Mức xếp loại": "HTT",
         "Điểm": 82},
        {"Năm": 2026, "Mã đơn vị": "VP", "Mức xếp loại": "Hoàn thành xuất sắc nhiệm vụ"},
        {"Năm": 2025, "Họ và tên": "Lê Văn An", "Năm sinh": 1990, "Mã đơn vị": "VP", "Mức xếp loại": "HTXS",
         "Điểm": "91,5", "Ghi chú": "Sửa theo kết quả phúc tra"},
    ])
    preview = demo_ws.ratings.preview_import(path)
    assert preview.problems == [] and len(preview.new) == 2 and len(preview.changed) == 1
    demo_ws.ratings.apply_import(preview)
    an = next(p for p in demo_ws.people.list() if p.full_name == "Lê Văn An")
    row = demo_ws.ratings.list(year=2025, nominee=Nominee.person(an.id))[0]
    assert (row.level, row.points, row.note) == (RatingLevel.EXCELLENT, 91.5, "Sửa theo kết quả phúc tra")
    assert len(demo_ws.ratings.list(year=2026)) == 2


def test_a_rating_for_ha_is_never_attached_to_ha_with_another_tone(demo_ws: Workspace, tmp_path: Path) -> None:
    """Issue 15: «Phạm Thị Hạ» (not in the catalogue) was attached to «Phạm Thị Hà» and the preview showed
    the file's name. Tone marks are letters; the preview shows the catalogue's name beside the file's."""
    vp = demo_ws.units.by_code("VP")
    demo_ws.people.create(PersonInput("Phạm Thị Hà", Gender.FEMALE, vp.id, 1990))
    before = len(demo_ws.ratings.list())
    rows = [{"Năm": 2026, "Họ và tên": "Phạm Thị Hạ", "Năm sinh": 1990, "Mã đơn vị": "VP", "Mức xếp loại": "HTT"},
            {"Năm": 2026, "Họ và tên": "Pham Thi Ha", "Năm sinh": 1990, "Mã đơn vị": "VP", "Mức xếp loại": "HTT"},
            {"Năm": 2026, "Họ và tên": "NguyÔn V¨n B×nh", "Mã đơn vị": "VP", "Mức xếp loại": "HTT"}]
    preview = demo_ws.ratings.preview_import(write_book(tmp_path / "ha.xlsx", ratings.SHEET, ratings.COLUMNS, rows))
    messages = [str(p) for p in preview.problems]
    assert messages[0].startswith("Trang «Đánh giá xếp loại», dòng 2, cột B (Họ và tên): không có người «Phạm Thị Hạ» "
                                  "(sinh 1990) ở đơn vị «VP» trong danh mục; danh mục có «Phạm Thị Hà»"), messages
    assert "dòng 3, cột B (Họ và tên): không có người «Pham Thi Ha»" in messages[1]
    assert "dòng 4, cột B (Họ và tên): «NguyÔn V¨n B×nh» được gõ bằng bảng mã cũ (TCVN3/VNI)" in messages[2]
    assert not preview.can_apply and len(demo_ws.ratings.list()) == before

    typed = "PHẠM\u200b THỊ  HA\u0300"  # the same Hà: case, a zero-width space, spacing, decomposed
    rows = [{"Năm": 2026, "Họ và tên": typed, "Năm sinh": 1990, "Mã đơn vị": "VP", "Mức xếp loại": "HTT",
             "Điểm": "80.5"}]
    preview = demo_ws.ratings.preview_import(write_book(tmp_path / "ha2.xlsx", ratings.SHEET, ratings.COLUMNS, rows))
    assert preview.problems == [] and len(preview.new) == 1
    assert f"«{typed}» trong tệp là «Phạm Thị Hà» trong danh mục" in preview.new[0].summary
    assert "Điểm «80.5» đọc là 80,5" in preview.new[0].summary
    people = len(demo_ws.people.list())
    demo_ws.ratings.apply_import(preview)
    assert len(demo_ws.people.list()) == people and len(demo_ws.ratings.list()) == before + 1


def test_bad_rating_rows_are_named_and_nothing_is_imported(demo_ws: Workspace, tmp_path: Path) -> None:
    vp = demo_ws.units.by_code("VP")
    demo_ws.people.create(PersonInput("Lê Văn An", Gender.MALE, vp.id, None))  # a second Lê Văn An in VP
    before = len(demo_ws.ratings.list())
    path = write_book(tmp_path / "loi.xlsx", ratings.SHEET, ratings.COLUMNS, [
        {"Năm": 2026, "Họ và tên": "Trần Văn Ân", "Năm sinh": 1987, "Mã đơn vị": "PVHXH", "Mức xếp loại": "HTT",
         "Điểm": 80},  # row 2: fine
        {"Năm": 2026, "Họ và tên": "Phạm Thị Hằng", "Năm sinh": 1985, "Mã đơn vị": "PKT", "Mức xếp loại": "HTT",
         "Điểm": 80},  # row 3: not in that unit
        {"Năm": 2026, "Họ và tên": "Người Lạ", "Năm sinh": 1990, "Mã đơn vị": "VP", "Mức xếp loại": "HTT"},  # 4
        {"Năm": 2026, "Họ và tên": "Lê Văn An", "Mã đơn vị": "VP", "Mức xếp loại": "HTT", "Điểm": 80},  # 5
        {"Năm": 2026, "Họ và tên": "Mai Thị Ơn", "Năm sinh": 1993, "Mã đơn vị": "PVHXH", "Mức xếp loại": "HTXS",
         "Điểm": 80},  # row 6: level above the points
        {"Năm": 2026, "Họ và tên": "Trần Văn Ân", "Năm sinh": 1987, "Mã đơn vị": "PVHXH", "Mức xếp loại": "HTT",
         "Điểm": 80},  # row 7: the same as row 2
        {"Năm": 2026, "Mã đơn vị": "VP", "Mức xếp loại": "Giỏi"},  # row 8: unknown level
    ])
    preview = demo_ws.ratings.preview_import(path)
    messages = [str(p) for p in preview.problems]
    assert any("dòng 3, cột B (Họ và tên): «Phạm Thị Hằng» (sinh 1985) không thuộc đơn vị «PKT» (đang ở: VP)" in m
               for m in messages), messages
    assert any("dòng 4" in m and "không có người «Người Lạ»" in m for m in messages)
    assert any("dòng 5" in m and "có 2 người «Lê Văn An»" in m for m in messages)
    assert any("dòng 6" in m and "80 điểm tương ứng" in m for m in messages)
    assert any("dòng 7" in m and "trùng với dòng 2" in m for m in messages)
    assert any("dòng 8" in m and "«Giỏi» không hợp lệ" in m for m in messages)
    assert not preview.can_apply
    with pytest.raises(TNAppError, match="chưa nhập gì"):
        demo_ws.ratings.apply_import(preview)
    assert len(demo_ws.ratings.list()) == before


def test_an_award_row_naming_an_unknown_title_is_an_error(demo_ws: Workspace, tmp_path: Path) -> None:
    before = len(demo_ws.award_history.list())
    path = write_book(tmp_path / "kt.xlsx", award_history.SHEET, award_history.COLUMNS, [
        {"Họ và tên": "Trần Văn Ân", "Năm sinh": 1987, "Mã đơn vị": "PVHXH", "Năm": 2021, "Danh hiệu": "LDTT",
         "Số quyết định": "99/QĐ-UBND", "Ngày quyết định": "20/12/2021"},
        {"Họ và tên": "Trần Văn Ân", "Năm sinh": 1987, "Mã đơn vị": "PVHXH", "Năm": 2020,
         "Danh hiệu": "Huân chương Mặt Trời"},
        {"Mã đơn vị": "VP", "Năm": 2021, "Danh hiệu": "CSTDCS"},  # an individual title for a collective
    ])
    preview = demo_ws.award_history.preview_import(path)
    messages = [str(p) for p in preview.problems]
    assert any("dòng 3" in m and "không có danh hiệu, hình thức khen thưởng «Huân chương Mặt Trời»" in m
               for m in messages), messages
    assert any("dòng 4" in m and "(Danh hiệu)" in m and "Chiến sĩ thi đua cơ sở" in m for m in messages)
    assert len(preview.new) == 1 and not preview.can_apply
    assert len(demo_ws.award_history.list()) == before

    fixed = write_book(tmp_path / "kt2.xlsx", award_history.SHEET, award_history.COLUMNS, [
        {"Họ và tên": "Trần Văn Ân", "Năm sinh": 1987, "Mã đơn vị": "PVHXH", "Năm": 2021, "Danh hiệu": "LDTT",
         "Số quyết định": "99/QĐ-UBND", "Ngày quyết định": "20/12/2021", "Số tiền": 540000},
        {"Mã đơn vị": "T03", "Năm": 2025, "Danh hiệu": "TVH", "Cơ quan quyết định": "Chủ tịch UBND xã"},
    ])
    preview = demo_ws.award_history.preview_import(fixed)
    assert preview.problems == [] and demo_ws.award_history.apply_import(preview) == 2
    an = next(p for p in demo_ws.people.list() if p.full_name == "Trần Văn Ân")
    timeline = demo_ws.award_history.timeline(Nominee.person(an.id))
    assert [t.year for t in timeline] == [2025, 2024, 2023, 2022, 2021]
    assert timeline[-1].awards[0].amount == 540000 and timeline[-1].awards[0].decision_number == "99/QĐ-UBND"


def test_households_import_per_village(demo_ws: Workspace, tmp_path: Path) -> None:
    path = write_book(tmp_path / "ho.xlsx", households.SHEET, households.COLUMNS, [
        {"Mã thôn": "T05", "Mã hộ": "T05-101", "Chủ hộ": "Lê Thị Mơ", "Địa chỉ": "Xóm 4", "Số nhân khẩu": 4},
        {"Mã thôn": "T05", "Mã hộ": "T05-102", "Chủ hộ": "Phạm Văn Tư", "Số nhân khẩu": 3},
    ])
    preview = demo_ws.households.preview_import(path)
    assert preview.problems == [] and demo_ws.households.apply_import(preview) == 2
    assert {h.head_name for h in demo_ws.households.list(village_id=demo_ws.units.by_code("T05").id)} >= {
        "Lê Thị Mơ", "Phạm Văn Tư"}
    exported = demo_ws.households.export_excel(tmp_path / "all.xlsx")
    assert demo_ws.households.preview_import(exported).unchanged == len(demo_ws.households.list())
    bad = write_book(tmp_path / "ho-loi.xlsx", households.SHEET, households.COLUMNS, [
        {"Mã thôn": "VP", "Mã hộ": "X1", "Chủ hộ": "Lê Văn Một"}])
    assert "không phải là thôn" in str(demo_ws.households.preview_import(bad).problems[0])


def test_the_exported_file_is_in_the_import_layout(demo_ws: Workspace, tmp_path: Path) -> None:
    path = demo_ws.award_history.export_excel(tmp_path / "kt.xlsx", year=2025)
    sheet = load_workbook(path).active
    assert sheet.title == award_history.SHEET
    assert tuple(c.value for c in sheet[1]) == award_history.COLUMNS
    people = [r for r in demo_ws.award_history.list(year=2025) if r.nominee.type is NomineeType.PERSON]
    assert sheet.max_row == 1 + len(demo_ws.award_history.list(year=2025)) and people

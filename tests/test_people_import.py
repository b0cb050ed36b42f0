"""Importing people from Excel: a preview first, every problem named by sheet,
row and column, duplicates shown (never merged), and a file is all or nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tnapp.errors import TNAppError
from tnapp.services.people import COLUMNS
from tnapp.services.workspace import Workspace


def workbook(path: Path, rows: list[tuple], headers: tuple = COLUMNS, title_rows: int = 2) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2026"])
    for _ in range(title_rows - 1):
        sheet.append([])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


GOOD = [
    ("Lê Thị Nhàn", "Nữ", 1992, "Công chức Tư pháp – Hộ tịch", "VP", "Công chức", None, "0912 345 678", None),
    ("Đỗ Văn Khải", "nam", "1987", "Phó Chỉ huy trưởng", "Ban Chỉ huy Quân sự xã", None, None, None, None),
]


def test_a_clean_file_is_previewed_then_imported_in_one_go(demo_ws: Workspace, tmp_path: Path) -> None:
    before = len(demo_ws.people.list())
    preview = demo_ws.people.preview_import(workbook(tmp_path / "ok.xlsx", GOOD))
    assert preview.can_apply and not preview.problems and [r.row for r in preview.new_rows] == [4, 5]
    assert len(demo_ws.people.list()) == before  # a preview saves nothing
    assert demo_ws.people.apply_import(preview) == 2
    khai = demo_ws.people.list(search="Đỗ Văn Khải")[0]
    assert (khai.unit_code, khai.birth_year, khai.category.value) == ("QS", 1987, "civil_servant")
    assert demo_ws.people.list(search="Lê Thị Nhàn")[0].phone == "0912 345 678"


def test_every_bad_row_is_named_and_nothing_is_imported(demo_ws: Workspace, tmp_path: Path) -> None:
    rows = GOOD + [
        (None, "Nam", 1990, None, "VP", None, None, None, None),
        ("Trần Văn Lộc", "Khác", 1990, None, "VP", None, None, None, None),
        ("Trần Văn Phú", "Nam", "năm 90", None, "VP", None, None, None, None),
        ("Trần Văn Quý", "Nam", 1990, None, "KHONGCO", None, None, None, None),
        ("Trần Văn Sang", "Nam", 1850, None, "VP", None, None, None, None),
        ("=CONCATENATE(\"Lê\",\" An\")", "Nam", 1990, None, "VP", None, None, None, None),
        ("Trần Văn Tài", "Nam", 1990, None, "VP", "Bộ đội", None, None, None),
    ]
    before = len(demo_ws.people.list())
    preview = demo_ws.people.preview_import(workbook(tmp_path / "bad.xlsx", rows))
    messages = [str(p) for p in preview.problems]
    assert not preview.can_apply
    assert messages == [
        "Trang «Danh sách», dòng 6, cột A (Họ và tên): không được để trống",
        "Trang «Danh sách», dòng 7, cột B (Giới tính): «Khác» không hợp lệ; dùng một trong: Nam, Nữ",
        "Trang «Danh sách», dòng 8, cột C (Năm sinh): «năm 90» không phải năm (ví dụ 1985)",
        "Trang «Danh sách», dòng 9, cột E (Đơn vị): không có đơn vị mã hoặc tên «KHONGCO» trong danh mục",
        "Trang «Danh sách», dòng 10, cột C (Năm sinh): Năm sinh 1850 không hợp lệ (từ 1900 đến 2100).",
        "Trang «Danh sách», dòng 11, cột A (Họ và tên): ô chứa công thức; hãy nhập giá trị",
        "Trang «Danh sách», dòng 12, cột F (Đối tượng): «Bộ đội» không hợp lệ; dùng một trong: Cán bộ, "
        "Công chức, Viên chức, Người lao động, Nhân dân",
    ]
    with pytest.raises(TNAppError, match="còn 7 lỗi; chưa nhập gì"):
        demo_ws.people.apply_import(preview)
    assert len(demo_ws.people.list()) == before


def test_people_already_listed_or_repeated_are_shown_as_duplicates_not_merged(
        demo_ws: Workspace, tmp_path: Path) -> None:
    rows = [("Lê Đức Tuấn", "Nam", 1972, "Chủ tịch", "UBND", None, None, None, None),
            ("le duc tuan", "Nam", 1972, None, "UBND", None, None, None, None),  # same person, no diacritics
            GOOD[0], GOOD[0]]
    rows[1] = ("LÊ  ĐỨC\u200b TUẤN", *rows[1][1:])  # same person: case, spacing and a zero-width space
    preview = demo_ws.people.preview_import(workbook(tmp_path / "dup.xlsx", rows))
    assert [(d.row, d.existing_id is not None) for d in preview.duplicates] == [(4, True), (5, True), (7, False)]
    assert preview.duplicates[1].existing_name == "Lê Đức Tuấn"  # the catalogue's spelling beside the file's
    assert [r.data.full_name for r in preview.new_rows] == ["Lê Thị Nhàn"]
    assert demo_ws.people.apply_import(preview) == 1
    assert len(demo_ws.people.list(search="Lê Đức Tuấn")) == 1


def test_tone_marks_make_a_different_person_and_unmarked_names_are_not_guessed(
        demo_ws: Workspace, tmp_path: Path) -> None:
    demo_ws.people.apply_import(demo_ws.people.preview_import(workbook(
        tmp_path / "ha.xlsx", [("Phạm Thị Hà", "Nữ", 1990, None, "UBND", None, None, None, None)])))
    rows = [("Phạm Thị Hạ", "Nữ", 1990, None, "UBND", None, None, None, None),  # Hạ is not Hà (issue 15)
            ("Pha\u0323m Thi\u0323 Ha\u0300", "Nữ", 1990, None, "UBND", None, None, None, None)]  # Hà typed NFD
    preview = demo_ws.people.preview_import(workbook(tmp_path / "ha-hạ.xlsx", rows))
    assert [r.data.full_name for r in preview.new_rows] == ["Phạm Thị Hạ"]
    assert [(d.row, d.existing_name) for d in preview.duplicates] == [(5, "Phạm Thị Hà")]
    unmarked = demo_ws.people.preview_import(workbook(
        tmp_path / "ha2.xlsx", [("Pham Thi Ha", "Nữ", 1990, None, "UBND", None, None, None, None)]))
    assert [str(p) for p in unmarked.problems] == [
        "Trang «Danh sách», dòng 4, cột A (Họ và tên): «Pham Thi Ha» viết không dấu, giống «Phạm Thị Hà» đã có; "
        "hãy ghi họ tên có dấu"]


def test_legacy_encoded_names_are_refused_naming_row_and_column(demo_ws: Workspace, tmp_path: Path) -> None:
    before = len(demo_ws.people.list())
    rows = [("NguyÔn V¨n B×nh", "Nam", 1980, None, "UBND", None, None, None, None),
            ("Nguyeãn Vaên Bình", "Nam", 1981, None, "UBND", None, None, None, None)]
    preview = demo_ws.people.preview_import(workbook(tmp_path / "tcvn3.xlsx", rows))
    assert [(p.row, p.field) for p in preview.problems] == [(4, "Họ và tên"), (5, "Họ và tên")]
    assert "bảng mã cũ (TCVN3/VNI)" in preview.problems[0].message
    assert not preview.can_apply and len(demo_ws.people.list()) == before


def test_export_then_import_round_trips_to_nothing_new(demo_ws: Workspace, tmp_path: Path) -> None:
    path = demo_ws.people.export_excel(tmp_path / "danh-sach.xlsx")
    preview = demo_ws.people.preview_import(path)
    assert not preview.problems and not preview.new_rows and len(preview.duplicates) == 40


def test_missing_required_columns_are_named(demo_ws: Workspace, tmp_path: Path) -> None:
    path = workbook(tmp_path / "cols.xlsx", [("Lê Văn A", 1990)], headers=("Họ và tên", "Năm sinh"))
    with pytest.raises(TNAppError, match="dòng 3: thiếu cột «Giới tính», «Đơn vị»"):
        demo_ws.people.preview_import(path)


def test_a_sheet_without_the_header_is_refused(demo_ws: Workspace, tmp_path: Path) -> None:
    path = workbook(tmp_path / "nohead.xlsx", [("x",)], headers=("Tên", "Tuổi"))
    with pytest.raises(TNAppError, match="không tìm thấy dòng tiêu đề có cột «Họ và tên»"):
        demo_ws.people.preview_import(path)


def test_files_that_are_not_readable_workbooks_are_refused_with_the_reason(
        demo_ws: Workspace, tmp_path: Path) -> None:
    text_file = tmp_path / "danh-sach.xlsx"
    text_file.write_text("Họ và tên;Giới tính\n", encoding="utf-8")
    with pytest.raises(TNAppError, match="không phải là tệp Excel"):
        demo_ws.people.preview_import(text_file)

    good = workbook(tmp_path / "full.xlsx", GOOD)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(TNAppError, match="hỏng|không phải là tệp Excel"):
        demo_ws.people.preview_import(truncated)

    protected = tmp_path / "protected.xlsx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)  # how Excel stores encrypted files
    with pytest.raises(TNAppError, match="mật khẩu"):
        demo_ws.people.preview_import(protected)

    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(TNAppError, match="hỏng"):
        demo_ws.people.preview_import(broken)

    with pytest.raises(TNAppError, match="Không tìm thấy tệp"):
        demo_ws.people.preview_import(tmp_path / "missing.xlsx")


def test_headers_typed_decomposed_or_with_odd_spaces_are_recognised(demo_ws: Workspace, tmp_path: Path) -> None:
    import unicodedata

    headers = tuple(unicodedata.normalize("NFD", h) + "\u00a0" for h in COLUMNS)  # as a Mac keyboard sends them
    preview = demo_ws.people.preview_import(workbook(tmp_path / "nfd.xlsx", [GOOD[0]], headers=headers))
    assert not preview.problems and [r.data.full_name for r in preview.new_rows] == [GOOD[0][0]]


def test_in_english_the_preview_speaks_english_and_quotes_the_files_vietnamese_columns(
        demo_ws: Workspace, tmp_path: Path, english: None) -> None:
    rows = GOOD + [(None, "Nam", 1990, None, "VP", None, None, None, None),
                   ("Trần Văn Lộc", "Khác", 1990, None, "VP", None, None, None, None),
                   ("Trần Văn Quý", "Nam", 1990, None, "KHONGCO", None, None, None, None)]
    preview = demo_ws.people.preview_import(workbook(tmp_path / "bad.xlsx", rows))
    assert [str(p) for p in preview.problems] == [
        "Sheet «Danh sách», row 6, column A (column «Họ và tên»): must not be empty",
        "Sheet «Danh sách», row 7, column B (column «Giới tính»): «Khác» is not valid; use one of: Nam, Nữ",
        "Sheet «Danh sách», row 8, column E (column «Đơn vị»): no unit with the code or name «KHONGCO» "
        "in the catalogue"]
    with pytest.raises(TNAppError, match="still has 3 errors; nothing was imported"):
        demo_ws.people.apply_import(preview)
    ods = tmp_path / "danh sách.ods"
    ods.write_bytes(b"PK\x03\x04")
    with pytest.raises(TNAppError, match=r"is a LibreOffice spreadsheet \(\.ods\): open it in LibreOffice"):
        demo_ws.people.preview_import(ods)


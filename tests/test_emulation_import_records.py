"""Excel import of initiatives (with authors), exemplars, discipline and
pending matters, and complaints: an exported file imported into an emptied
table gives back the same rows; a bad row (unknown unit or person, bad date,
unknown kind) is named with its sheet, row and column and nothing is imported."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from test_emulation_excel import write_book  # tests/ is on sys.path (pytest's default import mode)

from tnapp.errors import TNAppError
from tnapp.services import complaints, discipline, exemplars, initiatives
from tnapp.services.workspace import Workspace

SERVICES = ["initiatives", "exemplars", "discipline", "complaints"]


def comparable(rows: list) -> list:
    """The rows without what a new database gives anew (ids, versions) or an import leaves out (photos)."""
    cleaned = []
    for r in rows:
        fields = {f.name: getattr(r, f.name) for f in dataclasses.fields(r)}
        for name in ("id", "version", "photos"):
            fields.pop(name, None)
        cleaned.append(repr(sorted(fields.items())))
    return sorted(cleaned)


@pytest.mark.parametrize("service_name", SERVICES)
def test_export_then_import_into_an_empty_table_gives_the_same_rows(demo_ws: Workspace, tmp_path: Path,
                                                                     service_name: str) -> None:
    service = getattr(demo_ws, service_name)
    before = service.list()
    assert before, "the demo has rows to export"
    path = service.export_excel(tmp_path / f"{service_name}.xlsx")

    again = service.preview_import(path)
    assert again.problems == [] and again.new == [] and again.changed == [] and again.unchanged == len(before)

    for row in before:
        service.delete(row.id, expected_version=row.version)
    assert service.list() == []
    preview = service.preview_import(path)
    assert preview.problems == [] and len(preview.new) == len(before) and preview.can_apply
    assert service.apply_import(preview) == len(before)
    assert comparable(service.list()) == comparable(before)


def test_initiative_authors_are_read_by_name_birth_year_and_unit(demo_ws: Workspace, tmp_path: Path) -> None:
    path = write_book(tmp_path / "sk.xlsx", initiatives.SHEET, initiatives.COLUMNS, [
        {"Năm": 2026, "Tên sáng kiến, đề tài": "Số hóa hồ sơ thi đua",
         "Tác giả": "Lê Văn An (1990, VP); Phạm Thị Hằng (VP)", "Mã đơn vị": "VP",
         "Ngày công nhận": "15/11/2026", "Phạm vi ảnh hưởng": "Cơ sở"},
    ])
    preview = demo_ws.initiatives.preview_import(path)
    assert preview.problems == [], [str(p) for p in preview.problems]
    assert demo_ws.initiatives.apply_import(preview) == 1
    row = next(r for r in demo_ws.initiatives.list(year=2026) if r.title == "Số hóa hồ sơ thi đua")
    assert set(row.authors) == {"Lê Văn An", "Phạm Thị Hằng"} and row.unit_name == demo_ws.units.by_code("VP").name


def test_bad_initiative_rows_are_named_and_nothing_is_imported(demo_ws: Workspace, tmp_path: Path) -> None:
    before = demo_ws.initiatives.list()
    path = write_book(tmp_path / "sk-loi.xlsx", initiatives.SHEET, initiatives.COLUMNS, [
        {"Năm": 2026, "Tên sáng kiến, đề tài": "Đúng", "Tác giả": "Lê Văn An (1990, VP)"},  # row 2: fine
        {"Năm": 2026, "Tên sáng kiến, đề tài": "Người lạ", "Tác giả": "Người Lạ (1990, VP)"},  # 3
        {"Năm": 2026, "Tên sáng kiến, đề tài": "Đơn vị lạ", "Tác giả": "Lê Văn An (1990, XYZ)"},  # 4
        {"Năm": 2026, "Tên sáng kiến, đề tài": "Ngày sai", "Tác giả": "Lê Văn An (VP)",
         "Ngày công nhận": "31/02/2026"},  # 5
        {"Năm": 2026, "Tên sáng kiến, đề tài": "Loại lạ", "Tác giả": "Lê Văn An (VP)", "Loại": "Phát minh"},  # 6
        {"Năm": 2026, "Tên sáng kiến, đề tài": "Không ghi đơn vị", "Tác giả": "Lê Văn An"},  # 7
    ])
    preview = demo_ws.initiatives.preview_import(path)
    messages = [str(p) for p in preview.problems]
    assert any("«Sáng kiến», dòng 3, cột D (Tác giả)" in m and "không có người «Người Lạ»" in m
               for m in messages), messages
    assert any("dòng 4" in m and "không có đơn vị mã «XYZ»" in m for m in messages), messages
    assert any("dòng 5" in m and "(Ngày công nhận)" in m for m in messages), messages
    assert any("dòng 6" in m and "(Loại)" in m and "«Phát minh» không hợp lệ" in m for m in messages), messages
    assert any("dòng 7" in m and "Họ và tên (năm sinh, mã đơn vị)" in m for m in messages), messages
    assert len(preview.new) == 1 and not preview.can_apply
    with pytest.raises(TNAppError, match="chưa nhập gì"):
        demo_ws.initiatives.apply_import(preview)
    assert demo_ws.initiatives.list() == before


def test_bad_exemplar_rows_are_named(demo_ws: Workspace, tmp_path: Path) -> None:
    before = demo_ws.exemplars.list()
    path = write_book(tmp_path / "dh-loi.xlsx", exemplars.SHEET, exemplars.COLUMNS, [
        {"Năm": 2026, "Loại": "Người tốt, việc tốt", "Tiêu đề": "Nhặt được của rơi", "Họ và tên": "Lê Văn An",
         "Năm sinh": 1990, "Mã đơn vị": "VP"},  # row 2: fine
        {"Năm": 2026, "Loại": "Người tốt, việc tốt", "Tiêu đề": "Đơn vị lạ", "Mã đơn vị": "KHONGCO"},  # 3
        {"Năm": 2026, "Loại": "Anh hùng", "Tiêu đề": "Loại lạ", "Mã đơn vị": "VP"},  # 4
        {"Năm": 2026, "Loại": "Người tốt, việc tốt", "Tiêu đề": "Ngày sai", "Mã đơn vị": "VP", "Ngày": "hôm qua"},
    ])
    preview = demo_ws.exemplars.preview_import(path)
    messages = [str(p) for p in preview.problems]
    assert any("«Điển hình», dòng 3" in m and "(Mã đơn vị)" in m and "«KHONGCO»" in m for m in messages), messages
    assert any("dòng 4" in m and "(Loại)" in m and "«Anh hùng» không hợp lệ" in m for m in messages), messages
    assert any("dòng 5" in m and "(Ngày)" in m for m in messages), messages
    assert not preview.can_apply and demo_ws.exemplars.list() == before


def test_bad_discipline_rows_are_named(demo_ws: Workspace, tmp_path: Path) -> None:
    before = demo_ws.discipline.list()
    path = write_book(tmp_path / "kl-loi.xlsx", discipline.SHEET, discipline.COLUMNS, [
        {"Họ và tên": "Lê Văn An", "Năm sinh": 1990, "Mã đơn vị": "VP", "Việc": "Đang thanh tra, kiểm tra",
         "Từ ngày": "01/03/2026"},  # row 2: fine
        {"Họ và tên": "Phạm Thị Hằng", "Năm sinh": 1985, "Mã đơn vị": "PKT", "Việc": "Đang thanh tra, kiểm tra",
         "Từ ngày": "01/03/2026"},  # 3: not in that unit
        {"Mã đơn vị": "VP", "Việc": "Bị phạt", "Từ ngày": "01/03/2026"},  # 4: unknown matter
        {"Mã đơn vị": "VP", "Việc": "Đang thanh tra, kiểm tra", "Từ ngày": "2026-13-01"},  # 5: bad date
        {"Mã đơn vị": "VP", "Việc": "Đang thanh tra, kiểm tra", "Từ ngày": "01/03/2026", "Kết thúc": "01/01/2026"},  # 6
        {"Mã đơn vị": "T01", "Mã hộ": "T01-003", "Việc": "Đang thanh tra, kiểm tra", "Từ ngày": "01/03/2026"},  # 7: a household
    ])
    preview = demo_ws.discipline.preview_import(path)
    messages = [str(p) for p in preview.problems]
    assert any("«Kỷ luật», dòng 3, cột A (Họ và tên)" in m and "không thuộc đơn vị «PKT»" in m
               for m in messages), messages
    assert any("dòng 4" in m and "(Việc)" in m and "«Bị phạt» không hợp lệ" in m for m in messages), messages
    assert any("dòng 5" in m and "(Từ ngày)" in m for m in messages), messages
    assert any("dòng 6" in m and "(Kết thúc)" in m and "phải sau ngày bắt đầu" in m for m in messages), messages
    assert any("dòng 7" in m and "chỉ ghi cho cá nhân hoặc tập thể" in m for m in messages), messages
    assert len(preview.new) == 1 and not preview.can_apply
    assert demo_ws.discipline.list() == before


def test_complaints_import_with_the_legal_due_date_and_bad_rows(demo_ws: Workspace, tmp_path: Path) -> None:
    before = demo_ws.complaints.list()
    bad = write_book(tmp_path / "kn-loi.xlsx", complaints.SHEET, complaints.COLUMNS, [
        {"Ngày nhận": "02/03/2026", "Người gửi": "Ông Lê Văn Bình", "Nội dung": "Kiến nghị xét lại danh hiệu"},
        {"Ngày nhận": "30/02/2026", "Người gửi": "Bà Hoa", "Nội dung": "Ngày sai"},  # 3
        {"Ngày nhận": "02/03/2026", "Người gửi": "Bà Hoa", "Nội dung": "Trạng thái lạ", "Trạng thái": "Treo"},  # 4
        {"Ngày nhận": "02/03/2026", "Nội dung": "Thiếu người gửi"},  # 5
    ])
    preview = demo_ws.complaints.preview_import(bad)
    messages = [str(p) for p in preview.problems]
    assert any("«Khiếu nại», dòng 3, cột A (Ngày nhận)" in m for m in messages), messages
    assert any("dòng 4" in m and "(Trạng thái)" in m and "«Treo» không hợp lệ" in m for m in messages), messages
    assert any("dòng 5" in m and "(Người gửi)" in m and "không được để trống" in m for m in messages), messages
    assert not preview.can_apply and demo_ws.complaints.list() == before

    good = write_book(tmp_path / "kn.xlsx", complaints.SHEET, complaints.COLUMNS, [
        {"Ngày nhận": "02/03/2026", "Người gửi": "Ông Lê Văn Bình", "Nội dung": "Kiến nghị xét lại danh hiệu"}])
    preview = demo_ws.complaints.preview_import(good)
    assert preview.problems == [] and demo_ws.complaints.apply_import(preview) == 1
    row = next(r for r in demo_ws.complaints.list() if r.sender == "Ông Lê Văn Bình")
    assert row.due_on.isoformat() == "2026-04-01"  # 30 days (Luật Khiếu nại 2011, Điều 28)

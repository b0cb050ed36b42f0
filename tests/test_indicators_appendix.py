"""The plan's appendix of indicators in Excel: TNApp's export imports back
unchanged, a province appendix with only the plan's columns imports with its
defaults reported, bad rows are named by place, and a file is all or nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from tnapp.cli import main
from tnapp.domain.vocab import IndicatorArea, ValueType
from tnapp.errors import TNAppError
from tnapp.models import AuditEntry
from tnapp.services.workspace import Workspace

PLAN_HEADERS = ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", "KH 2027", "KH 2028", "KH 2029", "KH 2030",
                "Đơn vị chủ trì"]


def audit_rows(ws: Workspace) -> int:
    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def province_appendix(path: Path, rows: list[list], headers: list[str] = PLAN_HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    sheet.append(["PHỤ LỤC"])
    sheet.append(["CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2026-2030"])
    sheet.append([])
    sheet.append(headers)
    sheet.append([f"({i})" for i in range(1, len(headers) + 1)])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


PROVINCE_ROWS = [
    ["I. KINH TẾ"],
    [1, "Tốc độ tăng giá trị sản xuất", "%", 10.5, 12, 12, 12.5, 12.5, 13, "Phòng Kinh tế"],
    [2, "Tỷ lệ hộ sử dụng điện an toàn", "%", 70, 72, 74, 76, 78, 80, "Phòng Văn hóa – Xã hội"],
    ["II", "VĂN HÓA - XÃ HỘI"],
    [1, "Số thôn đạt chuẩn văn hóa", "thôn", 6, 7, 8, 9, "1.000", 10, "PVHXH"],
]


def test_an_export_imports_back_without_changing_anything(demo_ws: Workspace, tmp_path: Path) -> None:
    path = demo_ws.indicator_appendix.export(tmp_path / "phu-luc.xlsx")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[3]][:10] == PLAN_HEADERS
    assert [sheet["A4"].value, sheet["B4"].value] == ["I", "KINH TẾ"]
    before_rows, before_audit = demo_ws.indicators.list(), audit_rows(demo_ws)
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert not preview.problems and not preview.warnings
    assert len(preview.rows) == 27 and {r.action for r in preview.rows} == {"unchanged"}
    assert not preview.can_apply and demo_ws.indicator_appendix.apply_import(preview) == 0
    assert demo_ws.indicators.list() == before_rows and audit_rows(demo_ws) == before_audit


def test_edits_in_the_exported_file_are_previewed_then_saved_and_a_second_import_changes_nothing(
        demo_ws: Workspace, tmp_path: Path) -> None:
    t01 = demo_ws.units.by_code("T01").id
    units = {u.code: u.id for u in demo_ws.units.list()}
    grain = demo_ws.indicators.by_code("KT03")
    demo_ws.indicators.update(grain.id, replace(grain.as_input(units), unit_targets={t01: {2026: 990, 2027: 1000}}))
    path = demo_ws.indicator_appendix.export(tmp_path / "phu-luc.xlsx")
    book = load_workbook(path)
    sheet = book.active
    row = next(r for r in sheet.iter_rows(min_row=4) if r[10].value == "KT02")
    row[5].value = 80  # KH 2027 of KT02
    row[14].value = "Cộng"  # Cách tổng hợp
    row[17].value = "T01, T02"  # Đơn vị thực hiện
    units_sheet = book["Giao chỉ tiêu đơn vị"]
    assert [c.value for c in units_sheet[4]][:5] == ["KT03", grain.name, "T01", 990, 1000]
    units_sheet["D4"] = 995
    book.save(path)

    preview = demo_ws.indicator_appendix.preview_import(path)
    changed = {r.code: r for r in preview.rows if r.action != "unchanged"}
    assert not preview.problems and set(changed) == {"KT02", "KT03"}
    assert set(changed["KT02"].changed) == {"Cách tổng hợp", "Đơn vị thực hiện", "KH"}
    assert changed["KT03"].changed == ("Giao đơn vị",)
    assert demo_ws.indicator_appendix.apply_import(preview) == 2
    kt02 = demo_ws.indicators.by_code("KT02")
    assert kt02.targets[2027] == 80 and [u.code for u in kt02.responsible_units] == ["T01", "T02"]
    assert demo_ws.indicators.by_code("KT03").unit_targets == {"T01": {2026: 995, 2027: 1000}}

    audit = audit_rows(demo_ws)
    again = demo_ws.indicator_appendix.preview_import(path)
    assert {r.action for r in again.rows} == {"unchanged"} and audit_rows(demo_ws) == audit


def test_a_province_appendix_with_the_plan_columns_only_imports_with_defaults_as_warnings(
        demo_ws: Workspace, tmp_path: Path) -> None:
    path = province_appendix(tmp_path / "tinh.xlsx", PROVINCE_ROWS)
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert not preview.problems, [str(p) for p in preview.problems]
    actions = {r.name: (r.code, r.action) for r in preview.rows}
    assert actions == {"Tốc độ tăng giá trị sản xuất": ("KT01", "unchanged"),
                       "Tỷ lệ hộ sử dụng điện an toàn": ("KT10", "new"),
                       "Số thôn đạt chuẩn văn hóa": ("VH11", "new")}
    warnings = [str(w) for w in preview.warnings]
    assert "Trang «Phụ lục», dòng 4: không có cột «Loại giá trị»: chỉ tiêu mới lấy «Tỷ lệ %» nếu ĐVT là %, " \
           "còn lại «Số»" in warnings
    assert "Trang «Phụ lục», dòng 8, cột B (Chỉ tiêu): chỉ tiêu mới chưa có mã; TNApp đặt mã «KT10»" in warnings
    assert len([w for w in warnings if "không có cột" in w]) == 12

    assert demo_ws.indicator_appendix.apply_import(preview) == 2
    labour, villages = demo_ws.indicators.by_code("KT10"), demo_ws.indicators.by_code("VH11")
    assert (labour.area, labour.value_type, labour.lead_unit.code) == (
        IndicatorArea.ECONOMY, ValueType.PERCENT, "PVHXH")
    assert labour.baseline_value == 70 and labour.targets == {2026: 72, 2027: 74, 2028: 76, 2029: 78, 2030: 80}
    assert (villages.area, villages.value_type, villages.targets[2029]) == (
        IndicatorArea.CULTURE_SOCIETY, ValueType.NUMBER, 1000)
    assert [u.code for u in villages.responsible_units] == ["PVHXH"]

    audit = audit_rows(demo_ws)
    again = demo_ws.indicator_appendix.preview_import(path)
    assert {r.action for r in again.rows} == {"unchanged"} and not again.can_apply
    assert audit_rows(demo_ws) == audit


def test_a_two_row_header_with_years_under_ke_hoach_is_understood(demo_ws: Workspace, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Kế hoạch", None, None, None, None, "Đơn vị chủ trì"])
    sheet.append([None, None, None, None, 2026, 2027, 2028, 2029, 2030])
    sheet.merge_cells("E1:I1")
    sheet.append(["I", "KINH TẾ"])
    sheet.append([1, "Thu nhập bình quân đầu người", "triệu đồng/người/năm", 62, 68, 75, 83, 95, 110, "PKT"])
    book.save(tmp_path / "hai-dong.xlsx")
    preview = demo_ws.indicator_appendix.preview_import(tmp_path / "hai-dong.xlsx")
    assert not preview.problems
    assert [(r.code, r.action, r.changed) for r in preview.rows] == [("KT02", "update", ("KH",))]


def test_every_row_not_understood_is_named_and_nothing_is_saved(demo_ws: Workspace, tmp_path: Path) -> None:
    rows = PROVINCE_ROWS + [
        ["III", "HỢP TÁC QUỐC TẾ"],
        [1, "Chỉ tiêu không có đơn vị tính", None, 1, 2, 3, 4, 5, 6, "PKT"],
        [2, "Tỷ lệ che phủ rừng", "%", 30, "khoảng ba mươi", 31, 32, 33, 34, "PKT"],
        [3, "Số hợp tác xã", "HTX", 4, 5, 5, 6, 6, 7, "Phòng Không Có"],
        [4, "Tỷ lệ hộ nghèo đa chiều", "%", 3, 120, 2, 1.5, 1, 0.5, "PVHXH"],
    ]
    path = province_appendix(tmp_path / "loi.xlsx", rows)
    before, audit = demo_ws.indicators.list(), audit_rows(demo_ws)
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert [str(p) for p in preview.problems] == [
        "Trang «Phụ lục», dòng 11, cột B (Chỉ tiêu): không nhận ra lĩnh vực của mục «HỢP TÁC QUỐC TẾ» (Kinh tế, "
        "Văn hóa – Xã hội, Môi trường, Quốc phòng – An ninh, Xây dựng Đảng…)",
        "Trang «Phụ lục», dòng 12, cột C (ĐVT): dòng không hiểu được: thiếu đơn vị tính",
        "Trang «Phụ lục», dòng 13, cột E (KH 2026): «khoảng ba mươi» không đọc được thành chỉ tiêu (viết như: 85; "
        "≥ 85; Trên 90; Dưới 5; Giảm 0,9; Giảm 0,9 %/năm; Tăng 5; 100%; Đạt chuẩn; Chưa đạt; Duy trì; Duy trì 100%)",
        "Trang «Phụ lục», dòng 14, cột J (Đơn vị chủ trì): «Phòng Không Có» không có trong danh mục đơn vị; "
        "hãy chọn đơn vị có sẵn hoặc xác nhận thêm đơn vị mới",
        "Trang «Phụ lục», dòng 15, cột B (Chỉ tiêu): chưa rõ lĩnh vực: hãy đặt dòng dưới một mục (I. KINH TẾ…) "
        "hoặc điền cột «Lĩnh vực»",
    ]
    with pytest.raises(TNAppError, match="còn 5 lỗi; chưa nhập gì"):
        demo_ws.indicator_appendix.apply_import(preview)
    assert demo_ws.indicators.list() == before and audit_rows(demo_ws) == audit


def test_a_target_impossible_for_its_type_is_refused(demo_ws: Workspace, tmp_path: Path) -> None:
    rows = [["I. KINH TẾ"], [1, "Tỷ lệ hộ nghèo đa chiều", "%", 3, 120, 2, 1.5, 1, 0.5, "PVHXH"]]
    preview = demo_ws.indicator_appendix.preview_import(province_appendix(tmp_path / "pt.xlsx", rows))
    assert [str(p) for p in preview.problems] == [
        "Trang «Phụ lục», dòng 7, cột E (KH 2026): Kế hoạch năm 2026: tỷ lệ 120 % nằm ngoài khoảng 0–100 %."]


def test_cli_exports_and_imports_the_appendix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    main(["--db", db, "init", "--demo"])
    assert main(["--db", db, "indicators", "export", "-o", str(tmp_path / "pl.xlsx")]) == 0
    assert main(["--db", db, "indicators", "import", str(tmp_path / "pl.xlsx")]) == 0
    assert "0 chỉ tiêu mới hoặc thay đổi, 27 không đổi" in capsys.readouterr().out
    province_appendix(tmp_path / "tinh.xlsx", PROVINCE_ROWS)
    assert main(["--db", db, "indicators", "import", str(tmp_path / "tinh.xlsx"), "--dry-run"]) == 0
    assert "Xem trước: 2 chỉ tiêu mới" in capsys.readouterr().out
    assert main(["--db", db, "indicators", "import", str(tmp_path / "tinh.xlsx")]) == 0
    assert "Đã nhập 2 chỉ tiêu" in capsys.readouterr().out
    province_appendix(tmp_path / "loi.xlsx", [["I. KINH TẾ"], [1, "Không ĐVT", None, 1, 2, 3, 4, 5, 6, "PKT"]])
    assert main(["--db", db, "indicators", "import", str(tmp_path / "loi.xlsx")]) == 2
    assert "dòng 7, cột C (ĐVT): dòng không hiểu được" in capsys.readouterr().err

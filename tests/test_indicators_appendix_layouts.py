"""The plan's appendix as communes really lay it out (issue 14): title rows,
merged two- and three-row headers, the year written in many ways, no STT
column, targets written as words, lettered sub-items, lead units in the
office's own words, the appendix table of the plan's Word file, and a file
saved by LibreOffice. Each is built here at run time and imported to the
expected catalogue; one unreadable target refuses the file whole."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook
from sqlalchemy import func, select

from tnapp.domain.vocab import Direction, IndicatorArea, UnitKind, ValueType
from tnapp.errors import TNAppError
from tnapp.models import AuditEntry
from tnapp.services.workspace import Workspace

YEARS = [2026, 2027, 2028, 2029, 2030]


def audit_rows(ws: Workspace) -> int:
    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def save(path: Path, rows: list[list], merges: list[str] = (), title_rows: int = 0) -> Path:  # type: ignore[assignment]
    book = Workbook()
    sheet = book.active
    sheet.title = "PL chỉ tiêu"
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    book.save(path)
    return path


TITLE = [["PHỤ LỤC"], ["CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2026 - 2030"],
         ["(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2026 của UBND xã Thượng Ninh)"], []]
# The rows of a real appendix: Roman groups, targets as words, the office's own unit names.
BODY = [
    ["I", "KINH TẾ"],
    [1, "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", 62, 68, 75, 83, 95, 110, "Phòng Kinh tế"],
    ["II", "VĂN HÓA - XÃ HỘI"],
    [1, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "3,5", "Giảm 0,4", "Giảm 0,4 %/năm", "Giảm 0,4",
     "Giảm 0,4", "Giảm 0,4", "Phòng Văn hóa - Xã hội"],
    [2, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 94, "≥ 95", "≥ 96", "Trên 97", "98", "100%",
     "Trạm Y tế xã Thượng Ninh"],
    ["III", "QUỐC PHÒNG - AN NINH"],
    [1, "Hoàn thành chỉ tiêu giao quân", "Có/Không", "Đạt", "Đạt", "Duy trì", "Duy trì", "Đạt chuẩn", "Duy trì",
     "BCH Quân sự xã"],
    ["IV", "XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ"],
    [1, "Tỷ lệ đoàn viên, hội viên được tập hợp", "%", 80, 82, 83, 84, 85, 86, "Ủy ban MTTQ xã"],
]


def merged_two_row_header(path: Path) -> Path:
    """The most common layout: title rows, then «Chỉ tiêu phấn đấu» merged over «Năm 2026 … Năm 2030»,
    the other headers merged down over both rows."""
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước TH 2025", "Chỉ tiêu phấn đấu", None, None, None, None,
              "Đơn vị chủ trì"]
    years = [None, None, None, None, *(f"Năm {y}" for y in YEARS)]
    merges = ["A1:J1", "A2:J2", "A3:J3", "E5:I5", *(f"{c}5:{c}6" for c in "ABCDJ")]
    return save(path, [*TITLE, header, years, *BODY], merges)


def check_imported(ws: Workspace) -> None:
    poverty = ws.indicators.by_code("VH01")
    assert poverty.targets == {2026: 3.1, 2027: 2.7, 2028: 2.3, 2029: 1.9, 2030: 1.5}
    assert (poverty.baseline_year, poverty.baseline_value, poverty.direction) == (2025, 3.5, Direction.LOWER_BETTER)
    insurance = ws.indicators.by_code("VH04")
    assert insurance.targets == {2026: 95, 2027: 96, 2028: 97, 2029: 98, 2030: 100}
    assert insurance.direction is Direction.HIGHER_BETTER
    army = ws.indicators.by_code("AN01")
    assert (army.value_type, army.targets) == (ValueType.YES_NO, dict.fromkeys(YEARS, 1.0))
    assert ws.indicators.by_code("KT02").targets[2030] == 110
    front = next(r for r in ws.indicators.list() if r.name == "Tỷ lệ đoàn viên, hội viên được tập hợp")
    assert (front.area, front.lead_unit.code, front.targets[2030]) == (IndicatorArea.PARTY_BUILDING, "MTTQ", 86)


def test_merged_two_row_header_with_words_imports_to_the_expected_catalogue(
        demo_ws: Workspace, tmp_path: Path) -> None:
    path = merged_two_row_header(tmp_path / "phụ lục #1 (bản 100%).xlsx")
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert not preview.problems, [str(p) for p in preview.problems]
    # the preview says which column was read as what…
    assert "PL chỉ tiêu: cột E «Chỉ tiêu phấn đấu / Năm 2026»: kế hoạch năm 2026" in preview.columns
    assert "PL chỉ tiêu: cột D «Ước TH 2025»: thực hiện năm 2025 (số gốc)" in preview.columns
    assert "PL chỉ tiêu: cột C «Đơn vị tính»: ĐVT" in preview.columns
    # …each target written as words, as interpreted…
    poverty = next(r for r in preview.rows if r.code == "VH01")
    assert "KH 2026 «Giảm 0,4» → giảm 0,4 điểm % so với TH 2025 → 3,1" in poverty.readings
    assert "KH 2027 «Giảm 0,4 %/năm» → giảm 0,4 điểm % so với KH 2026 → 2,7" in poverty.readings
    insurance = next(r for r in preview.rows if r.code == "VH04")
    assert "KH 2028 «Trên 97» → 97 (mốc phải vượt), càng cao càng tốt" in insurance.readings
    assert "ĐVT «Triệu đồng/người/năm» → «triệu đồng/người/năm» như trong danh mục" in \
        next(r for r in preview.rows if r.code == "KT02").readings
    # …and each unit matched in other words, never silently
    assert "«Phòng Văn hóa - Xã hội» → Phòng Văn hóa – Xã hội (PVHXH)" in preview.unit_matches
    assert "«Ủy ban MTTQ xã» → Ủy ban Mặt trận Tổ quốc Việt Nam xã (MTTQ)" in preview.unit_matches
    assert "«BCH Quân sự xã» → Ban Chỉ huy Quân sự xã (QS)" in preview.unit_matches
    demo_ws.indicator_appendix.apply_import(preview)
    check_imported(demo_ws)

    audit = audit_rows(demo_ws)
    again = demo_ws.indicator_appendix.preview_import(path)
    assert {r.action for r in again.rows} == {"unchanged"} and not again.can_apply
    assert audit_rows(demo_ws) == audit


@pytest.mark.parametrize(("headers", "stt"), [
    (["KH 2026", "KH 2027", "KH 2028", "KH 2029", "KH 2030"], True),
    (["Kế hoạch 2026", "Kế hoạch 2027", "Kế hoạch 2028", "Kế hoạch 2029", "Kế hoạch 2030"], True),
    (["Chỉ tiêu năm 2026", "Chỉ tiêu năm 2027", "Chỉ tiêu năm 2028", "Chỉ tiêu năm 2029", "Chỉ tiêu năm 2030"], False),
    (["2026", "2027", "2028", "2029", "2030"], False),
])
def test_single_row_headers_with_the_year_in_the_column_with_or_without_stt(
        demo_ws: Workspace, tmp_path: Path, headers: list[str], stt: bool) -> None:
    baseline = "Thực hiện năm 2025" if stt else "TH 2025"
    header = ["STT", "Chỉ tiêu", "ĐVT", baseline, *headers, "Cơ quan chủ trì"]
    body = [list(r) for r in BODY]
    if not stt:  # the numbering leads the name: "I. KINH TẾ", "1. Thu nhập…"
        header = header[1:]
        body = [[f"{r[0]}. {r[1]}", *r[2:]] for r in body]
    path = save(tmp_path / "mot-dong.xlsx", [*TITLE, header, *body])
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert not preview.problems, [str(p) for p in preview.problems]
    assert {r.name for r in preview.rows} >= {"Thu nhập bình quân đầu người", "Hoàn thành chỉ tiêu giao quân"}
    demo_ws.indicator_appendix.apply_import(preview)
    check_imported(demo_ws)


def test_decomposed_headers_are_recognised_and_legacy_encoded_rows_refused(demo_ws: Workspace, tmp_path: Path) -> None:
    import unicodedata

    header = [unicodedata.normalize("NFD", h) for h in
              ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", *(f"Kế hoạch {y}" for y in YEARS),
               "Đơn vị chủ trì"]]
    body = [*BODY, [2, "Tû lÖ hé nghÌo", "%", 3, 2, 2, 2, 2, 2, "PVHXH"]]  # TCVN3 pasted into the file
    preview = demo_ws.indicator_appendix.preview_import(save(tmp_path / "nfd.xlsx", [header, *body]))
    assert [str(p) for p in preview.problems] == [
        "Trang «PL chỉ tiêu», dòng 11, cột B (Chỉ tiêu): «Tû lÖ hé nghÌo» được gõ bằng bảng mã cũ (TCVN3/VNI), "
        "không phải Unicode; hãy chuyển mã tệp sang Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi nhập lại"]
    assert len(preview.rows) == 5  # every other row read through the decomposed headers


def test_three_header_rows_are_read_top_to_bottom(demo_ws: Workspace, tmp_path: Path) -> None:
    rows = [["BIỂU CHỈ TIÊU"], [],
            ["TT", "Nội dung chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch giai đoạn 2026 - 2030", None, None,
             None, None, "Đơn vị chủ trì"],
            [None, None, None, None, "Chỉ tiêu phấn đấu"],
            [None, None, None, None, 2026, 2027, 2028, 2029, 2030],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"], *BODY]
    merges = ["E3:I3", "E4:I4", *(f"{c}3:{c}5" for c in "ABCDJ")]
    preview = demo_ws.indicator_appendix.preview_import(save(tmp_path / "ba-dong.xlsx", rows, merges))
    assert not preview.problems, [str(p) for p in preview.problems]
    assert "PL chỉ tiêu: cột I «Kế hoạch giai đoạn 2026 - 2030 / Chỉ tiêu phấn đấu / 2030»: kế hoạch năm 2030" \
        in preview.columns
    demo_ws.indicator_appendix.apply_import(preview)
    check_imported(demo_ws)


def test_lettered_and_dashed_sub_items_stay_items_under_their_parent(demo_ws: Workspace, tmp_path: Path) -> None:
    header = ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", *(f"KH {y}" for y in YEARS), "Đơn vị chủ trì"]
    rows = [header, ["A", "VĂN HÓA - XÃ HỘI"],
            [1, "Tỷ lệ trẻ em được tiêm chủng đầy đủ:"],  # a heading without figures
            ["a)", "Trẻ dưới 1 tuổi", "%", 96, 97, 97, 98, 98, 99, "TYT"],
            ["b)", "Trẻ dưới 5 tuổi", "%", 93, 94, 95, 96, 97, 98, "TYT"],
            [2, "Số hộ nghèo", "hộ", 120, 93, 77, 61, 49, 41, "PVHXH"],  # an item with its own figures…
            ["2.1", "Số hộ nghèo là hộ người cao tuổi", "hộ", 30, 25, 20, 15, 12, 10, "PVHXH"],  # …and its sub-items
            ["-", "Số hộ nghèo có người khuyết tật", "hộ", 20, 18, 16, 14, 12, 10, "PVHXH"],
            [3, "3 loại vắc xin tiêm đủ cho trẻ", "%", 90, 91, 92, 93, 94, 95, "TYT"]]  # a name starting with a figure
    preview = demo_ws.indicator_appendix.preview_import(save(tmp_path / "muc-con.xlsx", rows))
    assert not preview.problems, [str(p) for p in preview.problems]
    by_name = {r.name: r for r in preview.rows}
    assert set(by_name) == {"Tỷ lệ trẻ em được tiêm chủng đầy đủ: Trẻ dưới 1 tuổi",
                            "Tỷ lệ trẻ em được tiêm chủng đầy đủ: Trẻ dưới 5 tuổi", "Số hộ nghèo",
                            "Số hộ nghèo là hộ người cao tuổi", "Số hộ nghèo có người khuyết tật",
                            "3 loại vắc xin tiêm đủ cho trẻ"}
    assert "mục con của dòng 6" in by_name["Số hộ nghèo có người khuyết tật"].readings
    assert by_name["Số hộ nghèo"].code == "VH02"  # the parent is the catalogue's own
    demo_ws.indicator_appendix.apply_import(preview)
    child = next(r for r in demo_ws.indicators.list() if r.name.endswith("Trẻ dưới 1 tuổi"))
    assert (child.area, child.targets[2030], child.lead_unit.code) == (IndicatorArea.CULTURE_SOCIETY, 99, "TYT")


def plan_docx(path: Path) -> Path:
    """A plan as communes receive it: text, the appendix table (merged two-row header), a signature table."""
    document = Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN XÃ THƯỢNG NINH")
    document.add_paragraph("KẾ HOẠCH Phát động phong trào thi đua giai đoạn 2026 - 2030")
    document.add_paragraph("PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU")
    table = document.add_table(rows=2, cols=10)
    top = ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "Kế hoạch", "", "", "", "", "Đơn vị chủ trì"]
    for col, text in enumerate(top):
        table.cell(0, col).text = text
    for col, year in enumerate(YEARS, start=4):
        table.cell(1, col).text = f"Năm {year}"
    table.cell(0, 4).merge(table.cell(0, 8)).text = "Kế hoạch"
    for col in (0, 1, 2, 3, 9):
        table.cell(0, col).merge(table.cell(1, col))
    for values in BODY:
        cells = table.add_row().cells
        if len(values) == 2:  # a group row merged across the table
            cells[0].text = str(values[0])
            cells[1].merge(cells[9]).text = values[1]
            continue
        for col, value in enumerate(values):
            cells[col].text = str(value)
    signatures = document.add_table(rows=1, cols=2)
    signatures.cell(0, 0).text = "Nơi nhận: - Như trên;"
    signatures.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    document.save(str(path))
    return path


def test_the_appendix_table_of_a_word_plan_imports_like_a_workbook(demo_ws: Workspace, tmp_path: Path) -> None:
    path = plan_docx(tmp_path / "Kế hoạch thi đua 2026-2030.docx")
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert not preview.problems, [str(p) for p in preview.problems]
    assert "Bảng 1: cột E «Kế hoạch / Năm 2026»: kế hoạch năm 2026" in preview.columns
    assert {r.sheet for r in preview.rows} == {"Bảng 1"}
    assert "Bảng 2, dòng 1: không phải bảng chỉ tiêu (không có cột «Chỉ tiêu» và kế hoạch theo năm), bỏ qua" \
        in [str(w) for w in preview.warnings]  # the signature table, skipped aloud
    demo_ws.indicator_appendix.apply_import(preview)
    check_imported(demo_ws)
    again = demo_ws.indicator_appendix.preview_import(path)
    assert {r.action for r in again.rows} == {"unchanged"}


def test_an_unreadable_target_is_named_and_nothing_is_saved(demo_ws: Workspace, tmp_path: Path) -> None:
    path = merged_two_row_header(tmp_path / "loi.xlsx")
    from openpyxl import load_workbook
    book = load_workbook(path)
    book.active["G10"] = "phấn đấu cao hơn"  # the insurance target of 2028: words that say no figure
    book.save(path)
    before, audit = demo_ws.indicators.list(), audit_rows(demo_ws)
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert [str(p) for p in preview.problems] == [
        "Trang «PL chỉ tiêu», dòng 10, cột G (KH 2028): «phấn đấu cao hơn» không đọc được thành chỉ tiêu (viết như: "
        "85; ≥ 85; Trên 90; Dưới 5; Giảm 0,9; Giảm 0,9 %/năm; Tăng 5; 100%; Đạt chuẩn; Chưa đạt; Duy trì; Duy trì 100%)"]
    assert not preview.can_apply
    with pytest.raises(TNAppError, match="còn 1 lỗi; chưa nhập gì"):
        demo_ws.indicator_appendix.apply_import(preview)
    assert demo_ws.indicators.list() == before and audit_rows(demo_ws) == audit


def test_a_unit_the_catalogue_lacks_waits_for_the_user_to_pick_or_confirm_it(
        demo_ws: Workspace, tmp_path: Path) -> None:
    header = ["STT", "Chỉ tiêu", "ĐVT", *(f"KH {y}" for y in YEARS), "Đơn vị chủ trì"]
    rows = [header, ["I", "VĂN HÓA - XÃ HỘI"],
            [1, "Tỷ lệ người cao tuổi được chúc thọ", "%", 100, 100, 100, 100, 100, "Hội Người cao tuổi xã"],
            [2, "Số câu lạc bộ dưỡng sinh", "câu lạc bộ", 3, 4, 5, 6, 7, "Hội Người cao tuổi xã"]]
    path = save(tmp_path / "don-vi-moi.xlsx", rows)
    units = len(demo_ws.units.list())
    preview = demo_ws.indicator_appendix.preview_import(path)
    assert preview.unknown_units == {"Hội Người cao tuổi xã": [3, 4]} and not preview.can_apply
    assert "hãy chọn đơn vị có sẵn hoặc xác nhận thêm đơn vị mới" in str(preview.problems[0])

    picked = demo_ws.indicator_appendix.preview_import(path, {"Hội Người cao tuổi xã": demo_ws.units.by_code("MTTQ").id})
    assert not picked.problems and {r.data.lead_unit_id for r in picked.rows} == {demo_ws.units.by_code("MTTQ").id}

    confirmed = demo_ws.indicator_appendix.preview_import(path, {"Hội Người cao tuổi xã": None})
    assert not confirmed.problems
    assert [(u.text, u.code, u.kind) for u in confirmed.new_units] == [
        ("Hội Người cao tuổi xã", "HNCTX", UnitKind.FRONT)]
    assert demo_ws.indicator_appendix.apply_import(confirmed) == 2
    assert len(demo_ws.units.list()) == units + 1
    assert {r.lead_unit.code for r in demo_ws.indicators.list()
            if r.name in ("Tỷ lệ người cao tuổi được chúc thọ", "Số câu lạc bộ dưỡng sinh")} == {"HNCTX"}
    again = demo_ws.indicator_appendix.preview_import(path)
    assert not again.problems and {r.action for r in again.rows} == {"unchanged"}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_an_appendix_saved_by_libreoffice_imports_the_same(demo_ws: Workspace, tmp_path: Path) -> None:
    source = merged_two_row_header(tmp_path / "goc.xlsx")
    profile = tmp_path / "lo profile"
    for target, frm in (("ods", source), ("xlsx", tmp_path / "goc.ods")):
        out = tmp_path / target
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                        target, "--outdir", str(out), str(frm)], check=True, capture_output=True, timeout=180)
        shutil.copy(out / f"goc.{target}", tmp_path / f"goc.{target}")
    saved = tmp_path / "xlsx" / "goc.xlsx"
    preview = demo_ws.indicator_appendix.preview_import(saved)
    assert not preview.problems, [str(p) for p in preview.problems]
    demo_ws.indicator_appendix.apply_import(preview)
    check_imported(demo_ws)


def test_cli_imports_a_word_plan_once_its_new_unit_is_confirmed(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from tnapp.cli import main

    db = str(tmp_path / "xã #1" / "demo.sqlite")
    Path(db).parent.mkdir()
    main(["--db", db, "init", "--demo"])
    capsys.readouterr()
    BODY.append([2, "Số câu lạc bộ dưỡng sinh", "câu lạc bộ", 2, 3, 4, 5, 6, 7, "Hội Người cao tuổi xã"])
    try:
        path = str(plan_docx(tmp_path / "Kế hoạch 2026 (bản 100%).docx"))
    finally:
        BODY.pop()
    assert main(["--db", db, "indicators", "import", path]) == 2
    err = capsys.readouterr().err
    assert "Bảng 1, dòng 12, cột 10 (Đơn vị chủ trì): «Hội Người cao tuổi xã» không có trong danh mục" in err
    assert '--unit "TÊN=MÃ"' in err
    assert main(["--db", db, "indicators", "import", path, "--unit", "=MTTQ"]) == 2
    assert "--unit «=MTTQ»: hãy viết TÊN=MÃ" in capsys.readouterr().err
    assert main(["--db", db, "indicators", "import", path, "--new-unit", "Hội Người cao tuổi xã"]) == 0
    out = capsys.readouterr().out
    assert "Bảng 1: cột E «Kế hoạch / Năm 2026»: kế hoạch năm 2026" in out
    assert "Đơn vị: «Ủy ban MTTQ xã» → Ủy ban Mặt trận Tổ quốc Việt Nam xã (MTTQ)" in out
    assert "Đơn vị mới: «Hội Người cao tuổi xã» (mã HNCTX, Mặt trận Tổ quốc và đoàn thể)" in out
    assert "KH 2026 «Giảm 0,4» → giảm 0,4 điểm % so với TH 2025 → 3,1" in out
    assert "Đã nhập 5 chỉ tiêu" in out
    assert main(["--db", db, "indicators", "import", path]) == 0
    assert "0 chỉ tiêu mới hoặc thay đổi" in capsys.readouterr().out


SHORT_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", *(f"KH {y}" for y in YEARS), "Đơn vị chủ trì"]


def test_an_update_line_shows_each_changed_field_old_to_new(demo_ws: Workspace, tmp_path: Path) -> None:
    existing = next(r for r in demo_ws.indicators.list() if r.unit_of_measure == "%" and r.targets)
    other = next(u for u in demo_ws.units.list() if existing.lead_unit is None or u.id != existing.lead_unit.id)
    rows = [SHORT_HEADER, ["I", "KINH TẾ"],
            [1, existing.name, "%", 1, 2, 3, 4, 5, 6, other.name]]
    preview = demo_ws.indicator_appendix.preview_import(save(tmp_path / "cap-nhat.xlsx", rows))
    assert not preview.problems, [str(p) for p in preview.problems]
    line = str(preview.rows[0])
    assert preview.rows[0].action == "update"
    assert f"→ {other.name} ({other.code})" in line, line
    assert "KH: " in line and "→ 2026: 2; 2027: 3; 2028: 4; 2029: 5; 2030: 6" in line, line
    assert "TH: " in line and "→ 1" in line, line


def test_every_dotted_figure_is_shown_as_read_and_mixed_points_or_negatives_are_warned(
        demo_ws: Workspace, tmp_path: Path) -> None:
    rows = [SHORT_HEADER, ["I", "KINH TẾ"],
            [1, "Diện tích lúa", "ha", "1.300", "1.234,5", "3.600", 1400, 1400, 1400, "Phòng Kinh tế"],
            [2, "Sản lượng cá", "tấn", "0.125", "0,5", "12.5", 1, 1, 1, "Phòng Kinh tế"],
            [3, "Số hộ vay vốn", "hộ", 10, -5, 10, 10, 10, 10, "Phòng Kinh tế"]]
    before = audit_rows(demo_ws)
    preview = demo_ws.indicator_appendix.preview_import(save(tmp_path / "cham.xlsx", rows))
    assert not preview.problems, [str(p) for p in preview.problems]
    text = "\n".join(str(r) for r in preview.rows)
    assert "TH 2025 «1.300» → 1.300 (dấu chấm phân cách hàng nghìn)" in text, text
    assert "KH 2026 «1.234,5» → 1.234,5" in text and "KH 2027 «3.600» → 3.600" in text, text
    assert "TH 2025 «0.125» → 0,125 (dấu chấm là dấu thập phân)" in text, text
    assert "KH 2026 «0,5» → 0,5" in text, text
    warnings = [str(w) for w in preview.warnings]
    assert any("dấu chấm đọc hai cách" in w and "«1.300» (dòng 3)" in w and "«0.125» (dòng 4)" in w
               for w in warnings), warnings
    assert any("dấu chấm đọc hai cách" in w and "«3.600»" in w and "«12.5»" in w for w in warnings), warnings
    assert any("số âm (-5)" in w and "không thể âm" in w for w in warnings), warnings
    assert audit_rows(demo_ws) == before


def test_qualitative_baselines_and_targets_and_an_empty_unit_of_measure_for_a_yes_no_row(
        demo_ws: Workspace, tmp_path: Path) -> None:
    rows = [SHORT_HEADER, ["II", "VĂN HÓA - XÃ HỘI"],
            [1, "Trường tiểu học đạt chuẩn quốc gia mức 2", "Có/Không", "Chưa đạt", "Đạt", "Duy trì", "Duy trì",
             "Duy trì", "Duy trì", "Phòng Văn hóa - Xã hội"],
            [2, "Thôn đạt chuẩn văn hóa kiểu mẫu", None, "Không đạt", "Không đạt", "Đạt chuẩn", "Duy trì", "Duy trì",
             "Duy trì", "Phòng Văn hóa - Xã hội"],
            [3, "Tỷ lệ trẻ em đi học đúng độ tuổi", "%", 100, "Duy trì 100%", "Duy trì 100%", "Duy trì 100%",
             "Duy trì 100%", "Duy trì 100%", "Phòng Văn hóa - Xã hội"]]
    preview = demo_ws.indicator_appendix.preview_import(save(tmp_path / "dinh-tinh.xlsx", rows))
    assert not preview.problems, [str(p) for p in preview.problems]
    school, village, children = preview.rows
    assert school.data.value_type is ValueType.YES_NO and school.data.baseline_value == 0
    assert school.data.targets == {2026: 1, 2027: 1, 2028: 1, 2029: 1, 2030: 1}
    assert "TH 2025 «Chưa đạt» → chưa đạt (có/không: không)" in str(school), str(school)
    assert village.data.value_type is ValueType.YES_NO and village.data.unit_of_measure == "Có/Không"
    assert village.data.targets[2026] == 0 and village.data.targets[2027] == 1
    assert "ĐVT trống" in str(village), str(village)
    assert children.data.targets[2030] == 100 and children.data.direction is Direction.HIGHER_BETTER
    assert "«Duy trì 100%» → duy trì ≥ 100%" in str(children), str(children)
    demo_ws.indicator_appendix.apply_import(preview)
    assert next(r for r in demo_ws.indicators.list() if r.name.startswith("Thôn đạt chuẩn văn hóa kiểu mẫu")
                ).value_type is ValueType.YES_NO


def test_messages_about_a_word_table_name_the_table_not_a_sheet(demo_ws: Workspace, tmp_path: Path) -> None:
    document = Document()
    table = document.add_table(rows=3, cols=len(SHORT_HEADER))
    for row, values in zip(table.rows, [SHORT_HEADER, ["I", "KINH TẾ"],
                                        [1, "Thu nhập bình quân", "Triệu đồng", 60, "Tăng nhiều", 70, 75, 80, 90,
                                         "Phòng Kinh tế"]]):
        for cell, value in zip(row.cells, values):
            cell.text = "" if value is None else str(value)
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    before = audit_rows(demo_ws)
    preview = demo_ws.indicator_appendix.preview_import(path)
    messages = [str(p) for p in preview.problems]
    assert messages and all(m.startswith("Bảng 1, dòng 3, cột 5") for m in messages), messages
    assert not any("Trang" in m for m in messages)
    with pytest.raises(TNAppError):
        demo_ws.indicator_appendix.apply_import(preview)
    assert audit_rows(demo_ws) == before


def _tone_typo(name: str) -> str:
    """The name with its first marked letter typed without the mark («nghèo» → «nghẹo» is one; «ngheo» here)."""
    from tnapp.domain.text import fold
    i = next(i for i, ch in enumerate(name) if fold(ch) != ch.casefold())
    return name[:i] + fold(name[i]) + name[i + 1:]


def test_a_name_near_a_catalogue_indicator_or_unit_waits_for_the_users_choice(
        demo_ws: Workspace, tmp_path: Path) -> None:
    toned, lettered = [r for r in demo_ws.indicators.list() if r.unit_of_measure == "%" and len(r.name) > 10][:2]
    tone_typo, letter_typo = _tone_typo(toned.name), lettered.name[:-1] + ("x" if lettered.name[-1] != "x" else "y")
    rows = [SHORT_HEADER, ["I", "KINH TẾ"],
            [1, tone_typo, "%", 50, 51, 52, 53, 54, 55, "Phòng Kinh tế"],
            [2, letter_typo, "%", 50, 51, 52, 53, 54, 55, "Phòng Kinh tê"]]
    path = save(tmp_path / "gan-giong.xlsx", rows)
    before = audit_rows(demo_ws)
    count = len(demo_ws.indicators.list())
    preview = demo_ws.indicator_appendix.preview_import(path)
    messages = [str(p) for p in preview.problems]
    assert any(f"«{tone_typo}» gần giống chỉ tiêu «{toned.name}» (mã {toned.code}) trong danh mục" in m
               for m in messages), messages
    assert any(f"gần giống chỉ tiêu «{lettered.name}» (mã {lettered.code})" in m for m in messages), messages
    assert any("«Phòng Kinh tê» không có trong danh mục đơn vị; gần giống đơn vị «Phòng Kinh tế»" in m
               for m in messages), messages
    assert set(preview.near_indicators) == {tone_typo, letter_typo} and not preview.can_apply
    with pytest.raises(TNAppError):
        demo_ws.indicator_appendix.apply_import(preview)
    assert audit_rows(demo_ws) == before and len(demo_ws.indicators.list()) == count
    economy = demo_ws.units.list()
    kinh_te = next(u for u in economy if u.name == "Phòng Kinh tế")
    preview = demo_ws.indicator_appendix.preview_import(path, {"Phòng Kinh tê": kinh_te.id},
                                                        {tone_typo: toned.id, letter_typo: None})
    assert not preview.problems, [str(p) for p in preview.problems]
    same, new = preview.rows
    assert (same.action, same.code, same.name) == ("update", toned.code, toned.name)
    assert new.action == "new" and new.name == letter_typo
    demo_ws.indicator_appendix.apply_import(preview)
    assert len(demo_ws.indicators.list()) == count + 1
    assert demo_ws.indicators.by_code(toned.code).targets[2030] == 55


def test_cli_asks_which_indicator_a_near_name_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tnapp.cli import main

    db = str(tmp_path / "demo.sqlite")
    main(["--db", db, "init", "--demo"])
    capsys.readouterr()
    from tnapp.services.workspace import Workspace as W
    from tests.conftest import OFFICE
    ws = W.open(f"sqlite:///{db}", OFFICE)
    toned = next(r for r in ws.indicators.list() if r.unit_of_measure == "%" and len(r.name) > 10)
    ws.close()
    typo = _tone_typo(toned.name)
    path = str(save(tmp_path / "gan-giong.xlsx", [SHORT_HEADER, ["I", "KINH TẾ"],
                                                 [1, typo, "%", 50, 51, 52, 53, 54, 55, "Phòng Kinh tế"]]))
    assert main(["--db", db, "indicators", "import", path]) == 2
    err = capsys.readouterr().err
    assert f"gần giống chỉ tiêu «{toned.name}» (mã {toned.code})" in err and "--same-indicator" in err
    assert main(["--db", db, "indicators", "import", path, "--same-indicator", f"={toned.code}"]) == 2
    assert f"--same-indicator «={toned.code}»: hãy viết TÊN=MÃ" in capsys.readouterr().err
    assert main(["--db", db, "indicators", "import", path, "--same-indicator", f"{typo}={toned.code}"]) == 0
    assert "Đã nhập 1 chỉ tiêu" in capsys.readouterr().out

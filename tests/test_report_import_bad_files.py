"""A corpus of bad report files, generated here, each refused with a Vietnamese
message naming the place, and the database unchanged (every table compared
before and after)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from tnapp.cli import main
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.models import Base
from tnapp.services.report_layout import META_SHEET
from tnapp.services.workspace import Workspace

Edit = Callable[[Workbook], None]


def dump(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with ws.engine.connect() as conn:
        return {table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables}


def template(ws: Workspace, unit: str, period: str, folder: Path) -> Path:
    return ws.report_templates.template(ws.units.by_code(unit).id, period, folder / f"mau-{unit}-{period}.xlsx")


def edited(source: Path, out: Path, edit: Edit) -> Path:
    book = load_workbook(source)
    edit(book)
    book.save(out)
    return out


def setter(sheet: str, **cells: object) -> Edit:
    def edit(book: Workbook) -> None:
        for ref, value in cells.items():
            book[sheet][ref] = value
    return edit


def swap_rows(book: Workbook) -> None:
    sheet = book["T06"]
    for col in range(1, 9):
        upper, lower = sheet.cell(9, col), sheet.cell(10, col)
        upper.value, lower.value = lower.value, upper.value


def swap_columns(book: Workbook) -> None:
    sheet = book["T06"]
    for row in range(8, 12):
        left, right = sheet.cell(row, 7), sheet.cell(row, 8)
        left.value, right.value = right.value, left.value


def insert_row(book: Workbook) -> None:
    book["T06"].insert_rows(10)
    book["T06"]["C10"] = "Số hộ cận nghèo"
    book["T06"]["G10"] = 12


def with_rows(source: Path, out: Path, rows: int, declare: bool) -> Path:
    """The template with ``rows`` more rows on the unit's sheet, written straight
    into the file (openpyxl would take long); ``declare``: state the size."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet2.xml":
                text = data.decode()
                extra = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(30, rows + 30))
                text = text.replace("</sheetData>", extra + "</sheetData>")
                text = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:H{rows + 29}"/>' if declare else "",
                              text)
                data = text.encode()
            dst.writestr(info, data)
    return out


def corpus(ws: Workspace, folder: Path) -> list[tuple[str, Path, str, dict]]:
    """(name, file, what the refusal must say, what the import expects)."""
    t06 = template(ws, "T06", "2026-Q3", folder)
    pvhxh = template(ws, "PVHXH", "2026-Q3", folder)
    qs = template(ws, "QS", "2026", folder)
    t01 = template(ws, "T01", "2026-Q3", folder)
    expect_t06 = {"expect_unit_id": ws.units.by_code("T06").id, "expect_period": "2026-Q3"}
    bad = folder / "bad"
    bad.mkdir()
    cases: list[tuple[str, Path, str, dict]] = []

    def case(name: str, path: Path, message: str, expect: dict | None = None) -> None:
        cases.append((name, path, message, expect or {}))

    def edit(name: str, source: Path, change: Edit, message: str) -> None:
        case(name, edited(source, bad / f"{name}.xlsx", change), message)

    case("another-unit", edited(template(ws, "T05", "2026-Q3", folder), bad / "another-unit.xlsx",
                                setter("T05", G11=400)),
         "Trang «T05», dòng 6, cột A (Đơn vị): đây là mẫu của «Thôn Trung Thành», không phải của đơn vị đang nhập",
         expect_t06)
    case("another-period", edited(template(ws, "T06", "2026-Q2", folder), bad / "another-period.xlsx",
                                  setter("T06", G11=400)),
         "là mẫu của kỳ Quý II/2026, không phải kỳ Quý III/2026 đang nhập", expect_t06)
    edit("text-in-number", t06, setter("T06", G9="khoảng 600"),
         "Trang «T06», dòng 9, cột G (Thực hiện kỳ này): «khoảng 600» không phải là số")
    edit("negative-count", t06, setter("T06", G10=-4),
         "Trang «T06», dòng 10, cột G (Thực hiện kỳ này): số đếm không thể âm (-4)")
    edit("fraction-count", t06, setter("T06", G10=6.5), "dòng 10, cột G (Thực hiện kỳ này): số đếm phải là số nguyên")
    edit("percent-over-100", pvhxh, setter("PVHXH", G9=120),
         "Trang «PVHXH», dòng 9, cột G (Thực hiện kỳ này): tỷ lệ 120 % nằm ngoài khoảng 0–100 %")
    edit("yes-no-2", qs, setter("QS", G9=2), "chỉ tiêu Có/Không chỉ nhận 1 (Có) hoặc 0 (Không), không nhận 2")
    edit("formula", t06, setter("T06", G9="=500+67"), "dòng 9, cột G (Thực hiện kỳ này): ô chứa công thức")
    edit("formula-comment", t06, setter("T06", H9='=CONCAT("a","b")'), "dòng 9, cột H (Ghi chú): ô chứa công thức")
    edit("date", t06, setter("T06", G9=dt.date(2026, 9, 30)), "dòng 9, cột G (Thực hiện kỳ này): ô chứa ngày tháng")
    edit("deleted-row", t06, lambda b: b["T06"].delete_rows(10),
         "Trang «T06», dòng 10, cột B (Mã): mong đợi chỉ tiêu «VH02», thấy «VH03»")
    edit("moved-rows", t06, swap_rows, "dòng 9, cột B (Mã): mong đợi chỉ tiêu «KT03», thấy «VH02»")
    edit("added-row", t06, insert_row, "dòng 10, cột B (Mã): mong đợi chỉ tiêu «VH02», thấy «»")
    edit("deleted-column", t06, lambda b: b["T06"].delete_cols(6),
         "dòng 8, cột F (Kỳ trước): tiêu đề cột phải là «Kỳ trước», thấy «Thực hiện kỳ này»")
    edit("moved-columns", t06, swap_columns,
         "dòng 8, cột G (Thực hiện kỳ này): tiêu đề cột phải là «Thực hiện kỳ này», thấy «Ghi chú»")
    edit("added-column", t06, setter("T06", I8="Ghi chú thêm", I9="x"),
         "Trang «T06», dòng 8, cột I: cột này không có trong mẫu (đã thêm cột)")
    edit("added-sheet", t06, lambda b: b.create_sheet("Ghi chép"),
         "Trang «Ghi chép», dòng 1: trang này không thuộc mẫu (đã thêm vào)")
    edit("merged-cells", t06, lambda b: b["T06"].merge_cells("G9:H9"),
         "Trang «T06», dòng 9, cột G: ô gộp G9:H9 không có trong mẫu")
    edit("old-version", t06, setter("_tnapp", B1=0), "là mẫu cũ (phiên bản 0; TNApp này dùng phiên bản 1)")
    edit("other-commune", t06, setter("_tnapp", D1="XA-KHAC"), "là mẫu của xã khác (mã XA-KHAC)")
    edit("hidden-codes-edited", t06, setter("_tnapp", D2="VH02"),
         "dòng 9, cột B (Mã): mong đợi chỉ tiêu «VH02», thấy «KT03»")
    edit("title-edited", t06, setter("T06", A5="Kỳ báo cáo: Quý IV/2026 (mã kỳ 2026-Q4)"),
         "dòng 5, cột A (Kỳ báo cáo): dòng kỳ báo cáo đã bị sửa")
    edit("submitted-report", t01, setter("T01", G10=9), "báo cáo Quý III/2026 của «Thôn Đông Hòa» đang «Đã gửi»")

    Workbook().save(bad / "empty.xlsx")
    case("empty-workbook", bad / "empty.xlsx", "Tệp «empty.xlsx» trống, không có dữ liệu.")
    plain = Workbook()
    plain.active.append(["Mã", "Giá trị"])
    plain.active.append(["KT03", 600])
    plain.save(bad / "plain.xlsx")
    case("not-a-template", bad / "plain.xlsx", "không phải mẫu báo cáo của TNApp")
    (bad / "not-excel.xlsx").write_text("Báo cáo quý III: 600 tấn", encoding="utf-8")
    case("not-excel", bad / "not-excel.xlsx", "không phải là tệp Excel (.xlsx) hoặc đã bị hỏng")
    full = t06.read_bytes()
    (bad / "truncated.xlsx").write_bytes(full[: len(full) // 2])
    case("truncated", bad / "truncated.xlsx", "không phải là tệp Excel (.xlsx) hoặc đã bị hỏng, ghi dở")
    (bad / "password.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    case("password", bad / "password.xlsx", "được đặt mật khẩu hoặc là định dạng Excel cũ")
    case("5000-rows", with_rows(t06, bad / "long.xlsx", 5_000, declare=True),
         "Trang «T06» có 5.029 dòng, quá lớn so với mẫu (tối đa 1.000 dòng).")
    case("5000-rows-undeclared", with_rows(t06, bad / "long-undeclared.xlsx", 5_000, declare=False),
         "Trang «T06» có hơn 1.000 dòng, quá lớn so với mẫu.")
    case("100000-rows", with_rows(t06, bad / "huge.xlsx", 100_000, declare=False),
         "Tệp «huge.xlsx» có trang dài hơn 10.000 dòng.")
    return cases


def test_every_bad_file_is_refused_naming_the_place_and_the_database_is_unchanged(
        demo_ws: Workspace, tmp_path: Path) -> None:
    cases = corpus(demo_ws, tmp_path)
    assert len(cases) >= 20
    before = dump(demo_ws)
    failures = []
    for name, path, message, expect in cases:
        preview = demo_ws.report_templates.preview_import([path], **expect)
        (item,) = preview.files
        said = "\n".join(item.messages())
        result = demo_ws.report_templates.apply_import(preview)
        if item.ok or message not in said or result.applied:
            failures.append(f"{name}: ok={item.ok} applied={result.applied}\n  want: {message}\n"
                            f"  got:  {said}")
        if dump(demo_ws) != before:
            failures.append(f"{name}: the database changed")
            break
    assert not failures, "\n".join(failures)


def test_a_batch_saves_the_good_files_and_refuses_the_bad_ones_whole(demo_ws: Workspace, tmp_path: Path) -> None:
    good = edited(template(demo_ws, "T04", "2026-Q3", tmp_path), tmp_path / "good.xlsx", setter("T04", G11=455))
    half = edited(template(demo_ws, "T06", "2026-Q3", tmp_path), tmp_path / "half.xlsx",
                  setter("T06", G9=600, G10=-1))  # one good value, one impossible: nothing from this file
    twice = edited(good, tmp_path / "twice.xlsx", setter("T04", G11=456))
    t06_before = demo_ws.unit_reports.values(demo_ws.units.by_code("T06").id, "2026-Q3")
    preview = demo_ws.report_templates.preview_import([good, half, twice])
    assert [f.ok for f in preview.files] == [True, False, False]
    assert "đã có trong tệp «good.xlsx» của lần nhập này" in preview.files[2].messages()[0]
    result = demo_ws.report_templates.apply_import(preview)
    assert result.applied == [good] and [p for p, _ in result.refused] == [half, twice]
    assert demo_ws.unit_reports.values(demo_ws.units.by_code("T04").id, "2026-Q3") == {"VH03": 455}
    assert demo_ws.unit_reports.values(demo_ws.units.by_code("T06").id, "2026-Q3") == t06_before


def test_a_unit_reporter_cannot_import_another_units_file(demo_ws: Workspace, db_url: str, tmp_path: Path) -> None:
    path = edited(template(demo_ws, "T06", "2026-Q3", tmp_path), tmp_path / "t06.xlsx", setter("T06", G11=390))
    reporter = Workspace.open(db_url, Actor("thon-dong-hoa", Role.UNIT_REPORTER, demo_ws.units.by_code("T05").id))
    try:
        before = dump(demo_ws)
        preview = reporter.report_templates.preview_import([path])
        assert "chỉ được nhập báo cáo của đơn vị mình" in preview.files[0].messages()[0]
        assert not reporter.report_templates.apply_import(preview).applied and dump(demo_ws) == before
    finally:
        reporter.close()


def test_cli_import_exits_non_zero_and_prints_each_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    main(["--db", str(db), "init", "--demo"])
    with Workspace.open(db) as ws:
        cases = corpus(ws, tmp_path)
        before = dump(ws)
    folder = tmp_path / "bad"
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(folder)]) == 2
    err = capsys.readouterr().err
    for name, path, message, expect in cases:
        if not expect and path.parent == folder:
            assert f"✗ {path.name}: bị từ chối, không nhập gì." in err and message in err, name
    with Workspace.open(db) as ws:
        assert dump(ws) == before


def test_a_cleared_cell_of_the_hidden_sheet_is_refused_not_a_crash(demo_ws: Workspace, tmp_path: Path) -> None:
    """Found by the fuzz run: one emptied identity cell used to end in an IndexError."""
    path = demo_ws.report_templates.template(demo_ws.units.by_code("T04").id, "2026-Q3", tmp_path / "T04.xlsx")
    book = load_workbook(path)
    book[META_SHEET].cell(row=2, column=4).value = None
    book.save(path)
    preview = demo_ws.report_templates.preview_import([path])
    assert [f.refusal for f in preview.files] == ["Tệp «T04.xlsx»: trang ẩn của mẫu bị sửa hoặc hỏng; hãy tải mẫu mới."]


def test_decomposed_headers_are_the_template_s_and_legacy_encoded_comments_are_refused(
        demo_ws: Workspace, tmp_path: Path) -> None:
    import unicodedata

    source = template(demo_ws, "T04", "2026-Q3", tmp_path)
    headers = {f"{chr(64 + c)}8": unicodedata.normalize("NFD", h) for c, h in enumerate(
        ("STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Kỳ trước", "Thực hiện kỳ này", "Ghi chú"), 1)}
    nfd = edited(source, tmp_path / "nfd.xlsx", setter("T04", G11="455", **headers))
    preview = demo_ws.report_templates.preview_import([nfd])
    assert preview.files[0].ok, preview.files[0].messages()
    legacy = edited(nfd, tmp_path / "tcvn3.xlsx", setter("T04", H11="Sè liÖu ­íc tÝnh"))
    item = demo_ws.report_templates.preview_import([legacy]).files[0]
    assert not item.ok
    assert "dòng 11, cột H (Ghi chú): «Sè liÖu ­íc tÝnh» được gõ bằng bảng mã cũ (TCVN3/VNI)" in item.messages()[0]

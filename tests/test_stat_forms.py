"""The Bộ Nội vụ statistics forms (Biểu 0601–0605.N/BNV-TĐKT): counted from a small known
history, rows the commune cannot count left empty, the form chosen by date, the paper."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_cli import run

from tnapp.documents.model import Table
from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.stat_forms import form_in_force, load_forms
from tnapp.domain.vocab import AwardForm, AwardLevel, Gender, MovementKind, NomineeKind, Role, UnitKind
from tnapp.errors import ValidationError
from tnapp.models import AwardTitle
from tnapp.services.award_history import AwardInput
from tnapp.services.households import HouseholdInput
from tnapp.services.movements import MovementInput
from tnapp.services.people import PersonInput
from tnapp.services.stat_forms import forms_dir
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace

YEAR = 2025


@pytest.fixture
def history(commune_ws: Workspace) -> Workspace:
    """A commune with a small award history and four movements in 2025 (and one of each in 2024)."""
    ws = commune_ws
    with ws.write(Permission.EDIT_EMULATION) as session:  # central titles are not in the default catalogue
        session.add_all([
            AwardTitle(code="HCLD3", name="Huân chương Lao động hạng Ba", nominee_kind=NomineeKind.INDIVIDUAL,
                       level=AwardLevel.CENTRAL, form=AwardForm.COMMENDATION, authority="Chủ tịch nước"),
            AwardTitle(code="BKTTG_TT", name="Bằng khen của Thủ tướng Chính phủ (tập thể)",
                       nominee_kind=NomineeKind.COLLECTIVE, level=AwardLevel.CENTRAL,
                       form=AwardForm.COMMENDATION, authority="Thủ tướng Chính phủ"),
            AwardTitle(code="KNC", name="Kỷ niệm chương Vì sự nghiệp xây dựng tỉnh",
                       nominee_kind=NomineeKind.INDIVIDUAL, level=AwardLevel.PROVINCE,
                       form=AwardForm.COMMENDATION, authority="Chủ tịch UBND tỉnh")])
    ubnd = ws.units.create(UnitInput("UBND", "Ủy ban nhân dân xã", UnitKind.GOVERNMENT, head_name="Lê Văn Chủ"))
    htx = ws.units.create(UnitInput("HTX", "Hợp tác xã Nông nghiệp Thượng Ninh", UnitKind.ENTERPRISE))
    village = ws.units.create(UnitInput("T01", "Thôn 1", UnitKind.VILLAGE))
    an = ws.people.create(PersonInput("Trần Văn An", Gender.MALE, ubnd.id, 1980))
    binh = ws.people.create(PersonInput("Nguyễn Thị Bình", Gender.FEMALE, ubnd.id, 1990))
    home = ws.households.create(HouseholdInput(village.id, "H01", "Lê Văn Hộ"))

    def award(nominee: Nominee, code: str, year: int = YEAR) -> None:
        ws.award_history.create(AwardInput(nominee, ws.award_history.title_by_code(code).id, year))

    award(Nominee.person(an.id), "BKT")  # 0603: Bằng khen, cá nhân
    award(Nominee.person(binh.id), "CSTDT")  # 0603: Chiến sĩ thi đua cấp tỉnh, cá nhân
    award(Nominee.person(binh.id), "KNC")  # 0603: Kỷ niệm chương, cá nhân
    award(Nominee.collective(htx.id), "BKT_TT")  # 0603: Bằng khen, tập thể, doanh nghiệp
    award(Nominee.collective(ubnd.id), "CTD_T")  # 0603: Cờ thi đua, tập thể
    award(Nominee.collective(ubnd.id), "TTLDXS")  # province title in no column of 0603
    award(Nominee.person(an.id), "HCLD3")  # 0602: huân chương, cá nhân
    award(Nominee.collective(htx.id), "BKTTG_TT")  # 0602: Bằng khen Thủ tướng, tập thể, doanh nghiệp
    award(Nominee.household(home.id), "GK_HGD")  # commune level: in neither form
    award(Nominee.person(binh.id), "BKT", YEAR - 1)  # another year

    def movement(code: str, kind: MovementKind, start: dt.date | None, end: dt.date | None,
                 year: int = YEAR) -> None:
        ws.movements.create(MovementInput(code, f"Phong trào {code}", year, kind, start_date=start, end_date=end))

    movement("PT-NAM", MovementKind.YEARLY, dt.date(2025, 1, 1), dt.date(2025, 12, 31))  # 1 năm
    movement("PT-HE", MovementKind.THEMATIC, dt.date(2025, 3, 1), dt.date(2025, 6, 30))  # dưới 1 năm
    movement("PT-NTM", MovementKind.THEMATIC, dt.date(2025, 1, 1), dt.date(2027, 6, 30))  # 1 đến dưới 3 năm
    movement("PT-KHAC", MovementKind.THEMATIC, None, None)  # no dates: in no row of duration
    movement("PT-CU", MovementKind.YEARLY, dt.date(2024, 1, 1), dt.date(2024, 12, 31), YEAR - 1)
    return ws


def by_hand(ws: Workspace, level: AwardLevel, codes: set[str], kind: str | None = None) -> int:
    """The year's awards of the history at ``level`` whose title is one of ``codes`` (of one nominee kind)."""
    return sum(1 for r in ws.award_history.list(year=YEAR, level=level)
               if r.title_code in codes and (kind is None or r.nominee.type.value == kind))


def test_0603_counts_the_province_awards_of_the_history(history: Workspace) -> None:
    result = history.stat_forms.compute("0603", YEAR)
    merit, emulator, flag, badge = {"BKT", "BKT_TT"}, {"CSTDT"}, {"CTD_T"}, {"KNC"}
    province = AwardLevel.PROVINCE
    assert [result.cell("01", c) for c in "12345"] == [4 + 1, 2, 1, 1, 1]
    assert result.cell("01", "2") == by_hand(history, province, merit)
    assert result.cell("01", "3") == by_hand(history, province, emulator)
    assert result.cell("01", "4") == by_hand(history, province, flag)
    assert result.cell("01", "5") == by_hand(history, province, badge)
    assert result.cell("01", "1") == by_hand(history, province, merit | emulator | flag | badge)
    # by nominee: collectives (of which an enterprise), households, people
    assert [result.cell("02", c) for c in "12345"] == [2, 1, 0, 1, 0]
    assert [result.cell("03", c) for c in "12345"] == [1, 1, 0, 0, 0]
    assert [result.cell("04", c) for c in "12345"] == [0, 0, 0, 0, 0]
    assert [result.cell("05", c) for c in "12345"] == [3, 1, 1, 0, 1]
    assert result.cell("05", "1") == by_hand(history, province, merit | emulator | flag | badge, "person")
    # rows the commune cannot fill stay empty
    for code in ("06", "07", "08", "09", "10", *(f"{n:02d}" for n in range(11, 18))):
        assert [result.cell(code, c) for c in "12345"] == [None] * 5, code
    # the province title no column takes is named on screen
    assert result.outside == ("Tập thể lao động xuất sắc – Ủy ban nhân dân xã",)
    assert result.unplaced == ()


def test_0602_counts_the_state_awards_of_the_history(history: Workspace) -> None:
    result = history.stat_forms.compute("0602", YEAR)
    central = AwardLevel.CENTRAL
    assert result.cell("01", "1") == 2 == by_hand(history, central, {"HCLD3", "BKTTG_TT"})
    assert (result.cell("01", "2C"), result.cell("01", "7T")) == (1, 1)
    assert result.cell("01", "2T") == result.cell("01", "7C") == result.cell("01", "8") == 0
    assert (result.cell("06", "1"), result.cell("06", "7T"), result.cell("07", "7T")) == (1, 1, 1)
    assert (result.cell("09", "1"), result.cell("09", "2C"), result.cell("09", "7T")) == (1, 1, 0)
    assert result.cell("08", "1") == 0  # the household's award is the commune's own
    for code in ("02", "03", "10", "14", "15", "21"):
        assert result.cell(code, "1") is None and result.cell(code, "2C") is None, code
    assert result.outside == ()


def test_0601_counts_the_movements_of_the_year(history: Workspace) -> None:
    result = history.stat_forms.compute("0601", YEAR)
    assert [result.cell("01", c) for c in "1234"] == [4, 0, 0, 4]
    assert result.cell("01", "1") == len([m for m in history.movements.list() if m.year == YEAR])
    assert [result.cell("05", "4"), result.cell("02", "4"), result.cell("03", "4")] == [4, 0, 0]
    assert [result.cell(code, "1") for code in ("06", "07", "08", "09", "10")] == [1, 1, 1, 0, 0]
    assert (result.cell("11", "1"), result.cell("12", "1")) == (3, 1)
    assert [result.cell("04", c) for c in "1234"] == [None] * 4  # cụm, khối: not counted
    # the movement without dates is in the total but in no row of duration: named on screen
    assert result.unplaced == (("2. Chia theo thời hạn thi đua", ("PT-KHAC – Phong trào PT-KHAC",)),)


def test_forms_of_ministries_and_provinces_are_never_the_communes_paper(history: Workspace, tmp_path: Path) -> None:
    forms = {f.form: f for f in history.stat_forms.forms()}
    assert [k for k, f in sorted(forms.items()) if f.commune_issues] == ["0601", "0602", "0603"]
    folder = tmp_path / "Biểu #1 %"
    folder.mkdir()
    for key in ("0604", "0605"):
        assert forms[key].reported_by == ("ministry", "province")  # the data says who issues it
        with pytest.raises(ValidationError, match=f"Biểu số {key}.N/BNV-TĐKT do các bộ, ban, ngành, đoàn thể trung "
                                                  "ương và Ủy ban nhân dân tỉnh.*Ủy ban nhân dân xã không lập biểu này"):
            history.reports.export(f"bnv-{key}", folder / f"{key}.pdf", YEAR)
        assert "xã không lập biểu này" in history.reports.get(f"bnv-{key}").description
    assert not list(folder.iterdir())  # nothing written


def test_the_date_is_printed_once_and_the_preparer_is_the_signed_in_user(db_url: str, history: Workspace,
                                                                        tmp_path: Path) -> None:
    day = dt.date(2026, 1, 10)
    history.close()
    with Workspace.open(db_url, Actor("quan-tri", Role.ADMIN)) as admin:
        admin.accounts.create_user("lap.bieu", "  Phạm Thị   Lập ", Role.OFFICE, "Đồng-lúa-Thượng-Ninh-2026")
    texts = {}
    for who in ("lap.bieu", "can-bo-vp"):  # the office's account; an operator without an account
        with Workspace.open(db_url, Actor(who, Role.OFFICE)) as ws:
            pdf = ws.reports.export("bnv-0603", tmp_path / f"{who}.pdf", YEAR, on=day)
        texts[who] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                    check=True).stdout
    for text in texts.values():
        assert text.count("ngày 10 tháng 01 năm 2026") == 1  # once, under the national motto (NĐ 30/2020, ô 4)
        assert "10/01/2026" not in text
    assert "Phạm Thị Lập" in texts["lap.bieu"]
    assert "Phạm Thị Lập" not in texts["can-bo-vp"] and "…………………………" in texts["can-bo-vp"]


def test_the_form_in_force_is_chosen_by_the_reporting_day(tmp_path: Path) -> None:
    old = json.loads((forms_dir() / "2023-tt02-0601.json").read_text(encoding="utf-8"))
    old["valid_to"] = "2025-12-31"
    new = dict(old, id="2026-tt18-0601", valid_from="2026-01-01", valid_to=None,
               circular="Thông tư số 18/2025/TT-BNV ngày 08/10/2025", title="SỐ PHONG TRÀO THI ĐUA (MẪU MỚI)")
    for data in (old, new):
        (tmp_path / f"{data['id']}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    forms = load_forms(tmp_path)
    assert form_in_force(forms, "0601", 2025).id == "2023-tt02-0601"
    assert form_in_force(forms, "0601", 2026).id == "2026-tt18-0601"
    assert form_in_force(forms, "0601", 2030).circular.startswith("Thông tư số 18/2025")
    with pytest.raises(ValidationError, match="Năm 2022 không có biểu 0601.N/BNV-TĐKT"):
        form_in_force(forms, "0601", 2022)
    # the shipped forms: Thông tư 02/2023 from its signing
    shipped = load_forms(forms_dir())
    assert {f.form for f in shipped} == {"0601", "0602", "0603", "0604", "0605"}
    assert all(form_in_force(shipped, f.form, 2026).circular.startswith("Thông tư số 02/2023/TT-BNV")
               for f in shipped)


def test_a_form_file_that_counts_a_row_two_ways_is_refused(tmp_path: Path) -> None:
    data = json.loads((forms_dir() / "2023-tt02-0603.json").read_text(encoding="utf-8"))
    data["rows"][2]["not_counted"] = "không rõ"  # "- Tập thể" also has its rule
    (tmp_path / "hong.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="«hong.json», dòng «- Tập thể»"):
        load_forms(tmp_path)


def test_the_paper_carries_the_form_and_its_signers_and_nothing_unconfirmed(history: Workspace,
                                                                           tmp_path: Path) -> None:
    doc = history.reports.build("bnv-0603", YEAR, on=dt.date(2026, 1, 10))
    assert doc.form == "Biểu số: 0603.N/BNV-TĐKT" and not doc.numbered
    assert [s.lines[0] for s in doc.signers] == ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"]
    assert doc.signature.name == "Lê Văn Chủ"
    table = next(b for b in doc.body if isinstance(b, Table))
    assert table.numbering[:5] == ("A", "B", "C", "1", "2")  # a header row, repeated on every page
    rows = {row[1]: row for row in table.rows if row[1]}
    assert rows["01"][3:] == (5, 2, 1, 1, 1)
    assert rows["06"][3:] == (None,) * 5
    folder = tmp_path / "Biểu #1 %"
    folder.mkdir()
    pdf = history.reports.export("bnv-0603", folder / "bieu 0603.pdf", YEAR, on=dt.date(2026, 1, 10))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "0603.N/BNV-TĐKT" in text and "Ban hành theo Thông tư số 02/2023/TT-BNV" in text
    assert "THỦ TRƯỞNG ĐƠN VỊ" in text and "Sở Nội vụ tỉnh Thanh Hóa" in text
    assert "xác nhận" not in text.lower() and "18/2025" not in text
    book = load_workbook(history.reports.export("bnv-0603", folder / "bieu 0603.xlsx", YEAR))
    sheet = book.active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    total = next(r for r in values if r[1] == "01")
    assert total[3:8] == [5, 2, 1, 1, 1]  # numbers, not text
    leaders = next(r for r in values if r[1] == "06")
    assert leaders[3:8] == [None] * 5


def test_the_demo_prints_every_form(demo_ws: Workspace, tmp_path: Path) -> None:
    for key in ("0601", "0602", "0603"):
        path = demo_ws.reports.export(f"bnv-{key}", tmp_path / f"{key}.docx", 2024)
        assert path.stat().st_size > 0
    result = demo_ws.stat_forms.compute("0603", 2024)
    assert result.cell("05", "2") == sum(1 for r in demo_ws.award_history.list(year=2024)
                                         if r.title_code == "BKT")
    assert dataclasses.is_dataclass(result)


def test_the_command_shows_a_form_with_what_is_empty_and_unconfirmed(demo_file: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    code, out, _ = run(capsys, "--db", str(db), "stat-form")
    assert code == 0 and all(f"{key}.N/BNV-TĐKT" in out for key in ("0601", "0602", "0603", "0604", "0605"))
    target = tmp_path / "Biểu 0603 #2024.xlsx"
    code, out, _ = run(capsys, "--db", str(db), "stat-form", "0603", "--year", "2024", "-o", str(target))
    assert code == 0 and target.exists()
    lines = out.splitlines()
    assert next(line for line in lines if line.startswith("05 ")).split()[-5:] == ["1", "1", "0", "0", "0"]
    assert next(line for line in lines if line.startswith("06 ")).endswith("tương đương trở lên")
    assert "TNApp không phân loại cá nhân theo chức vụ lãnh đạo" in out
    assert "Chưa xác nhận:" in out and "18/2025/TT-BNV" in out and "lifephongphanmem" in out
    code, out, err = run(capsys, "--db", str(db), "stat-form", "0605", "--year", "2024", "-o",
                         str(tmp_path / "0605.pdf"))
    assert code == 2 and "Ủy ban nhân dân xã không lập biểu này" in err and not (tmp_path / "0605.pdf").exists()

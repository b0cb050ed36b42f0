"""Award records in the national cadre database's fields: a known award's fields, the
unit and post at the time of the award, a year or a person, Excel and JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_cli import run

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Gender, Role, StaffCategory, UnitKind
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.award_history import AwardInput
from tnapp.services.households import HouseholdInput
from tnapp.services.people import PersonInput
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace


def award(ws: Workspace, person_id: int, code: str, year: int, number: str | None = None,
          day: dt.date | None = None, issuer: str | None = None, note: str | None = None) -> None:
    ws.award_history.create(AwardInput(Nominee.person(person_id), ws.award_history.title_by_code(code).id, year,
                                       number, day, issuer, note=note))


def test_a_known_award_in_the_national_fields(commune_ws: Workspace, tmp_path: Path) -> None:
    vp = commune_ws.units.create(UnitInput("VP", "Văn phòng HĐND và UBND xã", UnitKind.GOVERNMENT))
    kt = commune_ws.units.create(UnitInput("PKT", "Phòng Kinh tế", UnitKind.GOVERNMENT))
    hoa = commune_ws.people.create(PersonInput("Nguyễn Thị Hoa", Gender.FEMALE, vp.id, 1985,
                                           "Chánh Văn phòng", StaffCategory.CIVIL_SERVANT))
    citizen = commune_ws.people.create(PersonInput("Lê Văn Dân", Gender.MALE, vp.id, 1970,
                                               category=StaffCategory.CITIZEN))
    assert commune_ws.award_export.latest_year() is None
    award(commune_ws, hoa.id, "BKT", 2024, "1234/QĐ-UBND", dt.date(2024, 12, 20), "Chủ tịch UBND tỉnh Thanh Hóa")
    # she moves to the economy commune_ws in 2025 and is awarded there
    row = commune_ws.people.get(hoa.id)
    commune_ws.people.update(hoa.id, PersonInput(row.full_name, row.gender, kt.id, row.birth_year, "Trưởng phòng Kinh tế",
                                             row.category), expected_version=row.version,
                         moved_on=dt.date(2025, 3, 1))
    award(commune_ws, hoa.id, "LDTT", 2025, "13/QĐ-UBND", dt.date(2025, 12, 22), note="Truy tặng")
    assert commune_ws.award_export.latest_year() == 2025
    award(commune_ws, citizen.id, "GK", 2025)  # a citizen: not in the cadre database
    award(commune_ws, citizen.id, "GK", 2026)
    assert commune_ws.award_export.latest_year() == 2025, "the latest year the cadre database would hold"

    (bkt,) = commune_ws.award_export.rows(year=2024)
    assert (bkt.full_name, bkt.birth_year, bkt.unit) == ("Nguyễn Thị Hoa", 1985, "Văn phòng HĐND và UBND xã")
    assert bkt.position is None  # her post then is not known: never today's post
    assert (bkt.decision_number, bkt.decision_date, bkt.year) == ("1234/QĐ-UBND", dt.date(2024, 12, 20), 2024)
    assert (bkt.issuer, bkt.level, bkt.kind) == ("Chủ tịch UBND tỉnh Thanh Hóa", "Tỉnh", "Chính quyền")
    assert (bkt.award, bkt.award_form, bkt.receipt) == ("Bằng khen của Chủ tịch UBND tỉnh", "Hình thức khen thưởng",
                                                         "Tặng")
    assert bkt.early_raise_months is None and bkt.job_title is None

    (ldtt,) = commune_ws.award_export.rows(year=2025)  # the citizen's award is left out
    assert (ldtt.unit, ldtt.position, ldtt.level, ldtt.receipt) == ("Phòng Kinh tế", "Trưởng phòng Kinh tế",
                                                                    "Cơ sở", "Truy tặng")
    assert ldtt.issuer == "Chủ tịch UBND xã"  # no issuer typed: who decides the title
    assert ldtt.award_form == "Danh hiệu thi đua"
    assert [r.year for r in commune_ws.award_export.rows(person_id=hoa.id)] == [2024, 2025]
    assert len(commune_ws.award_export.rows(person_id=citizen.id)) == 2  # asked for by name: all of theirs

    folder = tmp_path / "Xuất #1 % Hòa"
    folder.mkdir()
    book = load_workbook(commune_ws.award_export.export(folder / "khen thưởng.xlsx", year=2024).path)
    values = [[c.value for c in row] for row in book.active.iter_rows()]
    header = next(r for r in values if r[0] == "Họ và tên")
    assert "Số tháng nâng lương trước hạn" in header and "Cấp khen thưởng" in header
    data_row = values[values.index(header) + 1]
    assert data_row[header.index("Năm sinh")] == 1985 and data_row[header.index("Năm")] == 2024
    assert data_row[header.index("Ngày quyết định")].date() == dt.date(2024, 12, 20)
    data = json.loads(commune_ws.award_export.export(folder / "khen thưởng.json", person_id=hoa.id)
                      .path.read_text(encoding="utf-8"))
    assert data["columns"]["unit"] == "Đơn vị tại thời điểm khen thưởng"
    assert [(r["year"], r["unit"], r["decision_date"]) for r in data["rows"]] == [
        (2024, "Văn phòng HĐND và UBND xã", "2024-12-20"), (2025, "Phòng Kinh tế", "2025-12-22")]


def test_the_export_says_what_it_lacks_and_leaves_out(commune_ws: Workspace, tmp_path: Path) -> None:
    vp = commune_ws.units.create(UnitInput("VP", "Văn phòng HĐND và UBND xã", UnitKind.GOVERNMENT))
    village = commune_ws.units.create(UnitInput("T01", "Thôn 1", UnitKind.VILLAGE))
    an = commune_ws.people.create(PersonInput("Trần Văn Ân", Gender.MALE, vp.id, 1982,
                                              "Công chức Văn hóa – Xã hội  (Thường trực HĐ TĐKT)",
                                              StaffCategory.CIVIL_SERVANT))
    citizen = commune_ws.people.create(PersonInput("Lê Văn Dân", Gender.MALE, vp.id, 1970,
                                                   category=StaffCategory.CITIZEN))
    homes = [commune_ws.households.create(HouseholdInput(village.id, f"H0{i}", head))
             for i, head in enumerate(("Lê Văn Một", "Lê Văn Hai"))]
    award(commune_ws, an.id, "LDTT", 2025, "13/QĐ-UBND", dt.date(2025, 12, 22))  # typed in: no thành tích
    award(commune_ws, citizen.id, "GK", 2025)
    for nominee, code in ((Nominee.collective(vp.id), "TTLDTT"), (Nominee.collective(village.id), "TVH"),
                          (Nominee.household(homes[0].id), "GDVH"), (Nominee.household(homes[1].id), "GDVH")):
        commune_ws.award_history.create(AwardInput(nominee, commune_ws.award_history.title_by_code(code).id, 2025))
    (row,) = commune_ws.award_export.rows(year=2025)
    assert row.position == "Công chức Văn hóa – Xã hội"  # the office's remark is not a post's name
    result = commune_ws.award_export.export(tmp_path / "Hồ sơ #2 %.json", year=2025)
    assert (result.rows, result.without_achievement, result.trimmed_positions) == (1, 1, 1)
    assert (result.collectives, result.households, result.others) == (2, 2, 1)
    assert result.notes() == [
        "1 dòng không có «Thành tích» (khen thưởng không đề nghị qua TNApp): hãy điền trước khi gửi.",
        "1 dòng: «Chức vụ» đã bỏ phần ghi chú trong ngoặc (không phải tên chức vụ).",
        "2 tập thể, 2 hộ gia đình không thuộc cơ sở dữ liệu cán bộ, công chức, viên chức: không xuất.",
        "1 người không phải cán bộ, công chức, viên chức: không xuất."]


def test_the_export_asks_for_a_year_or_a_person_and_a_known_format(commune_ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Hãy chọn năm hoặc một người"):
        commune_ws.award_export.rows()
    folder = tmp_path / "xuất"
    folder.mkdir()
    with pytest.raises(TNAppError, match="phải có đuôi .xlsx hoặc .json"):
        commune_ws.award_export.export(folder / "kt.csv", year=2025)
    with pytest.raises(ValidationError, match="Không tìm thấy người #999"):
        commune_ws.award_export.rows(person_id=999)
    assert not list(folder.iterdir())


def test_the_command_exports_a_persons_awards_with_their_achievements(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert run(capsys, "--db", str(db), "init", "--demo")[0] == 0  # with the demo's decided proposals
    target = tmp_path / "Nguyễn Văn Đức #1.json"
    code, out, _ = run(capsys, "--db", str(db), "award-records", "--person", "Nguyễn Văn Đức", "-o", str(target))
    assert code == 0 and "Đã ghi" in out
    rows = json.loads(target.read_text(encoding="utf-8"))["rows"]
    (cstdcs,) = [r for r in rows if r["year"] == 2025 and r["award"] == "Chiến sĩ thi đua cơ sở"]
    # thành tích: as written in the commune's proposal of him for that title
    assert cstdcs["achievement"].startswith("Hoàn thành xuất sắc nhiệm vụ được giao năm 2025")
    assert cstdcs["level"] == "Cơ sở" and cstdcs["kind"] == "Chính quyền"
    # the year's file: the demo's position notes are gone, and the screen says what the file lacks or leaves out
    code, out, _ = run(capsys, "--db", str(db), "award-records", "--year", "2025", "-o", str(tmp_path / "2025.json"))
    rows = json.loads((tmp_path / "2025.json").read_text(encoding="utf-8"))["rows"]
    assert code == 0 and not any("(" in (r["position"] or "") for r in rows)
    missing = sum(1 for r in rows if not r["achievement"])
    assert missing and f"{missing} dòng không có «Thành tích»" in out
    with Workspace.open(db, Actor("can-bo-vp", Role.OFFICE)) as ws:
        kinds = {r.nominee.nominee for r in ws.award_history.list(year=2025)}
    collectives = sum(1 for n in kinds if n.type is NomineeType.COLLECTIVE)
    households = sum(1 for n in kinds if n.type is NomineeType.HOUSEHOLD)
    assert collectives and households
    assert (f"{collectives} tập thể, {households} hộ gia đình không thuộc cơ sở dữ liệu cán bộ, công chức, viên "
            "chức: không xuất.") in out
    code, _, err = run(capsys, "--db", str(db), "award-records", "-o", str(tmp_path / "x.xlsx"))
    assert code == 2 and "Hãy cho --year NĂM hoặc --person NGƯỜI" in err

"""``ws.eligibility`` on the demo commune, on SQLite and PostgreSQL: the facts
gathered from the records, the year-end review and its filters, settings
overriding unconfirmed parameters, and the CLI's JSON."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from tnapp.cli import main
from tnapp.domain.eligibility import Outcome, VerdictKind
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import DisciplineForm, Gender, MatterKind, PersonStatus, RatingLevel, Role, StaffCategory
from tnapp.errors import ValidationError
from tnapp.models import AwardTitle
from tnapp.services.discipline import DisciplineInput
from tnapp.services.people import PersonInput
from tnapp.services.eligibility import EligibilityService, rules_folder
from tnapp.services import ratings
from tnapp.services.ratings import RatingInput
from tnapp.services.registrations import RegistrationInput
from tnapp.services.workspace import Workspace

Y = 2025


def _person(ws: Workspace, name: str) -> Nominee:
    row = next(r for r in ws.eligibility.review(Y, nominee_types={NomineeType.PERSON}) if r.name == name)
    return row.nominee


def _criterion(verdict, code):
    return next(c for c in verdict.criteria if c.code == code)


def test_facts_are_gathered_from_award_history_and_ratings(demo_ws: Workspace) -> None:
    """Trần Văn Ân: CSTĐCS 2023–2025 in the award history and HTXS: Chiến sĩ thi đua cấp tỉnh
    needs a province-wide initiative (Luật TĐKT 2022, Điều 22), which the verdict names."""
    an = _person(demo_ws, "Trần Văn Ân")
    facts = demo_ws.eligibility.facts(an, Y)
    assert {y for y, codes in facts.titles.items() if "CSTDCS" in codes} >= {2023, 2024, 2025}
    v = demo_ws.eligibility.judge(an, "CSTDT", Y)
    assert _criterion(v, "cstdcs_three").facts["years"] == [2023, 2024, 2025]
    assert v.rule_set == "2025-07-01-nd152"
    assert _criterion(v, "cstdcs_three").basis == "Luật Thi đua, khen thưởng 2022, Điều 22"


def test_a_demo_discipline_still_running_blocks_every_title(demo_ws: Workspace) -> None:
    """NĐ 152/2025 Điều 4: Đặng Thị Ánh's reprimand (not yet ended) bars her from every title; the
    review warns about it."""
    row = next(r for r in demo_ws.eligibility.review(Y, search="Đặng Thị Ánh"))
    assert row.qualifies == () and row.pending
    assert all(v.verdict is VerdictKind.NOT_ELIGIBLE for v in row.verdicts)
    assert any("Kỷ luật từ 15/10/2025" in w for w in row.warnings)


def test_a_new_pending_inspection_blocks_and_a_resolved_one_does_not(demo_ws: Workspace) -> None:
    """NĐ 152/2025 Điều 4, judged on 31/12 of the year."""
    hung = _person(demo_ws, "Nguyễn Văn Hùng")
    assert demo_ws.eligibility.judge(hung, "LDTT", Y).verdict is VerdictKind.ELIGIBLE
    record = demo_ws.discipline.create(DisciplineInput(hung, MatterKind.INSPECTION, dt.date(Y, 11, 2)))
    v = demo_ws.eligibility.judge(hung, "LDTT", Y)
    assert v.verdict is VerdictKind.NOT_ELIGIBLE
    assert _criterion(v, "no_pending_matters").facts["pending"][0]["id"] == record.id
    demo_ws.discipline.update(record.id, DisciplineInput(hung, MatterKind.INSPECTION, dt.date(Y, 11, 2),
                                                         resolved_on=dt.date(Y, 12, 1)), record.version)
    assert demo_ws.eligibility.judge(hung, "LDTT", Y).verdict is VerdictKind.ELIGIBLE


def test_maternity_leave_in_the_rating_note_does_not_count_against(demo_ws: Workspace) -> None:
    """NĐ 152/2025 Điều 4: a rating noted "nghỉ thai sản 7 tháng" still gives LĐTT; "nghỉ không
    lương 4 tháng" does not."""
    rating = next(r for r in demo_ws.ratings.list(year=Y, search="Hoàng Thị Lan"))
    lan = rating.nominee.nominee
    demo_ws.ratings.update(rating.id, RatingInput(Y, lan, rating.level, rating.points, rating.unit_id,
                                                  "Nghỉ thai sản 7 tháng"), rating.version)
    v = demo_ws.eligibility.judge(lan, "LDTT", Y)
    assert v.verdict is VerdictKind.ELIGIBLE
    assert _criterion(v, "worked_months").facts["maternity_months"] == 7
    rating = demo_ws.ratings.get(rating.id)
    demo_ws.ratings.update(rating.id, RatingInput(Y, lan, rating.level, rating.points, rating.unit_id,
                                                  "Nghỉ không lương 4 tháng"), rating.version)
    assert demo_ws.eligibility.judge(lan, "LDTT", Y).verdict is VerdictKind.NOT_ELIGIBLE


def test_no_rating_for_the_year_gives_unknown(demo_ws: Workspace) -> None:
    """Luật TĐKT 2022 Điều 24: 2026 has no ratings yet: LĐTT is "unknown", not refused."""
    hung = _person(demo_ws, "Nguyễn Văn Hùng")
    v = demo_ws.eligibility.judge(hung, "LDTT", 2026)
    assert v.verdict is VerdictKind.UNKNOWN
    assert _criterion(v, "rating_htt").outcome is Outcome.UNKNOWN


def test_review_filters(demo_ws: Workspace) -> None:
    ws = demo_ws
    everyone = ws.eligibility.review(Y)
    kinds = {r.nominee.type for r in everyone}
    assert kinds == {NomineeType.PERSON, NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD}
    people = ws.eligibility.review(Y, nominee_types={NomineeType.PERSON})
    assert people and all(r.nominee.type is NomineeType.PERSON for r in people)
    assert all(v.title_code in {"LDTT", "CSTDCS", "GK", "BKT", "CSTDT"} for r in people for v in r.verdicts)
    ldtt = ws.eligibility.review(Y, title_codes={"LDTT"})
    assert ldtt and all([v.title_code for v in r.verdicts] == ["LDTT"] for r in ldtt)
    unit = ws.units.by_code("PVHXH")
    in_unit = ws.eligibility.review(Y, unit_id=unit.id, nominee_types={NomineeType.PERSON})
    assert {r.name for r in in_unit} >= {"Trần Văn Ân"} and all(r.unit_name == unit.name for r in in_unit)
    found = ws.eligibility.review(Y, search="tran van an")
    assert [r.name for r in found] == ["Trần Văn Ân"]
    villages = [r for r in everyone if any(v.title_code == "TVH" for v in r.verdicts)]
    assert villages and all(r.name.startswith("Thôn") for r in villages)
    households = [r for r in everyone if r.nominee.type is NomineeType.HOUSEHOLD]
    assert all({v.title_code for v in r.verdicts} == {"GK_HGD", "GDVH"} for r in households)


def test_review_warns_about_the_htxs_cap_and_a_missing_registration(demo_ws: Workspace) -> None:
    """NĐ 335/2025 (HTXS cap) and the year's registration: warnings, never blocks."""
    ws = demo_ws
    hung = next(r for r in ws.eligibility.review(Y, search="Nguyễn Văn Hùng"))
    assert "CSTDCS" in hung.qualifies
    assert any("«Hoàn thành xuất sắc nhiệm vụ», vượt mức tối đa" in w and "Nghị định 335/2025" in w
               for w in hung.warnings)
    assert ("Đã đăng ký thi đua đầu năm — không đạt: «Lao động tiên tiến», «Chiến sĩ thi đua cơ sở»."
            in hung.warnings)
    title_id = _title_id(ws, "LDTT")
    person = ws.people.get(hung.nominee.id)
    ws.registrations.create(RegistrationInput(Y, person.unit_id, hung.nominee, title_id))
    hung = next(r for r in ws.eligibility.review(Y, search="Nguyễn Văn Hùng"))
    assert "Đã đăng ký thi đua đầu năm — không đạt: «Chiến sĩ thi đua cơ sở»." in hung.warnings


def _title_id(ws: Workspace, code: str) -> int:
    with ws.read() as session:
        return session.scalar(select(AwardTitle.id).where(AwardTitle.code == code))


def test_a_setting_overrides_an_unconfirmed_parameter(demo_ws: Workspace) -> None:
    """The TTLĐTT 70 % (unconfirmed) is a setting: with one of three members of Phòng Văn hóa – Xã
    hội rated only HT (2/3 = 67 %) the collective fails; with the setting lowered to 60 % it passes."""
    ws = demo_ws
    info = ws.eligibility.rule_set_for(Y)
    share = next(p for p in info.unconfirmed if p.name == "ttldtt_member_share")
    assert share.value == 0.7 and "chưa đối chiếu" in share.basis
    rating = next(r for r in ws.ratings.list(year=Y, search="Hoàng Thị Lan"))
    ws.ratings.update(rating.id, RatingInput(Y, rating.nominee.nominee, RatingLevel.DONE, 60, rating.unit_id),
                      rating.version)
    team = Nominee.collective(ws.units.by_code("PVHXH").id)
    v = ws.eligibility.judge(team, "TTLDTT", Y)
    members = _criterion(v, "members_ldtt")
    assert (members.facts["met"], members.facts["members"], v.verdict) == (2, 3, VerdictKind.NOT_ELIGIBLE)
    ws.sign_in(Actor("quan-tri", Role.ADMIN))  # settings are the administrator's
    ws.settings.set("eligibility.ttldtt_member_share", 0.6, dt.date(Y, 8, 1), basis="Quyết định của tỉnh")
    assert next(p for p in ws.eligibility.rule_set_for(Y).parameters if p.name == "ttldtt_member_share").value == 0.6
    assert ws.eligibility.judge(team, "TTLDTT", Y).verdict is VerdictKind.ELIGIBLE


def test_judge_refuses_a_title_that_does_not_fit(demo_ws: Workspace) -> None:
    hung = _person(demo_ws, "Nguyễn Văn Hùng")
    with pytest.raises(ValidationError, match="Tập thể"):
        demo_ws.eligibility.judge(hung, "TTLDTT", Y)
    with pytest.raises(ValidationError, match="XYZ"):
        demo_ws.eligibility.judge(hung, "XYZ", Y)


def test_the_rules_folder_is_a_parameter_and_a_later_rule_set_judges_its_year(demo_ws: Workspace,
                                                                              tmp_path: Path) -> None:
    """A new rule set file (no code) judges the years from its date: HTXS alone gives CSTĐCS in
    2025, not under the amended rule in force from 2025-12-01 when it is no longer a draft."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_folder(), folder)
    draft = folder / "2026-07-01-draft-amendment.json"
    data = json.loads(draft.read_text(encoding="utf-8"))
    data.update(draft=False, effective_from="2025-12-01", id="2025-12-01-amended")
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    hung = _person(demo_ws, "Nguyễn Văn Hùng")  # HTXS in 2025, no initiative
    assert demo_ws.eligibility.judge(hung, "CSTDCS", Y).verdict is VerdictKind.ELIGIBLE
    amended = EligibilityService(demo_ws, rules_dir=folder)
    assert amended.rule_set_for(Y).id == "2025-12-01-amended"
    assert amended.judge(hung, "CSTDCS", Y).verdict is VerdictKind.NOT_ELIGIBLE


def test_cli_eligibility_json(demo_ws: Workspace, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    hung = _person(demo_ws, "Nguyễn Văn Hùng")
    assert main(["--db", db_url, "eligibility", "--year", "2025", "--nominee", str(hung.id),
                 "--type", "person", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2025 and data["rule_set"]["id"] == "2025-07-01-nd152"
    assert {p["name"] for p in data["rule_set"]["parameters"] if p["unconfirmed"]} >= {"ttldtt_member_share"}
    by_title = {v["title"]: v for v in data["verdicts"]}
    assert set(by_title) == {"LDTT", "CSTDCS", "GK", "BKT", "CSTDT"}
    assert by_title["CSTDCS"]["verdict"] == "eligible"
    first = by_title["LDTT"]["criteria"][0]
    assert set(first) >= {"code", "text", "outcome", "basis", "facts", "blocking", "explanation"}
    assert data["warnings"][f"person:{hung.id}"]

    assert main(["--db", db_url, "eligibility", "--year", "2025", "--title", "TTLDTT", "--type", "collective",
                 "--eligible", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdicts"] and all(v["title"] == "TTLDTT" and v["verdict"] == "eligible" for v in data["verdicts"])

    assert main(["--db", db_url, "eligibility", "--year", "2025", "--title", "NOPE"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi:") and "NOPE" in err


def test_cli_rules_lists_the_draft_marked(db_url: str, demo_ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "rules", "--json"]) == 0
    sets = json.loads(capsys.readouterr().out)
    assert [(s["id"], s["draft"]) for s in sets] == [("2025-07-01-nd152", False),
                                                     ("2026-07-01-draft-amendment", True)]


def test_judge_many_gives_the_same_verdicts_as_judge(demo_ws: Workspace) -> None:
    """A batch of collectives for TTLĐTT (Luật TĐKT 2022, Điều 28), facts loaded once."""
    teams = [r.nominee for r in demo_ws.eligibility.review(Y, nominee_types={NomineeType.COLLECTIVE},
                                                           title_codes={"TTLDTT"})][:5]
    many = demo_ws.eligibility.judge_many(teams, "TTLDTT", Y)
    assert [v.nominee for v in many] == teams
    assert many == [demo_ws.eligibility.judge(t, "TTLDTT", Y) for t in teams]


def test_a_collectives_members_are_the_people_it_rated_that_year(demo_ws: Workspace) -> None:
    """Luật TĐKT 2022 Điều 28: the 70 % is over the collective's members in the year judged — Hoàng
    Thị Lan, rated by Phòng Văn hóa – Xã hội in 2025 and retired since, still counts there and is
    still reviewed for 2025, but not for 2026."""
    ws = demo_ws
    team = Nominee.collective(ws.units.by_code("PVHXH").id)
    assert _criterion(ws.eligibility.judge(team, "TTLDTT", Y), "members_ldtt").facts["members"] == 3
    lan = _person(ws, "Hoàng Thị Lan")
    row = ws.people.get(lan.id)
    ws.people.update(lan.id, PersonInput(row.full_name, row.gender, row.unit_id, row.birth_year, row.position,
                                         row.category, PersonStatus.RETIRED), row.version)
    assert _criterion(ws.eligibility.judge(team, "TTLDTT", Y), "members_ldtt").facts["members"] == 3
    assert "Hoàng Thị Lan" in {r.name for r in ws.eligibility.review(Y, nominee_types={NomineeType.PERSON})}
    assert "Hoàng Thị Lan" not in {r.name for r in ws.eligibility.review(2026, nominee_types={NomineeType.PERSON})}


# --- issue 13 item 7 on both backends -------------------------------------------------------------

def test_a_discipline_counts_in_the_year_of_its_decision(demo_ws: Workspace) -> None:
    """Mai Thị Ơn warned on 15/02/2026 in a case opened 01/11/2025: Phòng Văn hóa – Xã hội's TTLĐTT
    2026 is blocked (Luật TĐKT 2022, Điều 28); its 2025 is not blocked by a discipline (the case was
    then pending, which bars only her own titles — NĐ 152/2025, Điều 4)."""
    ws = demo_ws
    on = _person(ws, "Mai Thị Ơn")
    ws.discipline.create(DisciplineInput(on, MatterKind.DISCIPLINE, dt.date(2025, 11, 1), DisciplineForm.WARNING,
                                         decision_number="05/QĐ-UBND", decided_on=dt.date(2026, 2, 15)))
    team = Nominee.collective(ws.units.by_code("PVHXH").id)
    v2026 = ws.eligibility.judge(team, "TTLDTT", 2026)
    c = _criterion(v2026, "members_discipline")
    assert v2026.verdict is VerdictKind.NOT_ELIGIBLE and c.outcome is Outcome.NOT_MET
    assert c.explanation == "Mai Thị Ơn bị kỷ luật «Cảnh cáo» (quyết định ngày 15/02/2026)."
    assert _criterion(ws.eligibility.judge(team, "TTLDTT", Y), "members_discipline").outcome is Outcome.MET
    assert _criterion(ws.eligibility.judge(on, "LDTT", Y), "no_pending_matters").outcome is Outcome.NOT_MET


def _farmer(ws: Workspace) -> Nominee:
    village = ws.units.by_code("T01")
    row = ws.people.create(PersonInput("Phạm Văn Nông", Gender.MALE, village.id, 1970, None, StaffCategory.CITIZEN,
                                       PersonStatus.RESIDENT))
    return Nominee.person(row.id)


def test_a_farmer_reaches_ldtt_by_the_villages_confirmation(demo_ws: Workspace) -> None:
    """Luật TĐKT 2022 Điều 24: a farmer has no task rating; the village's confirmation, entered on
    the rating row, decides LĐTT — unknown before it, eligible after."""
    ws = demo_ws
    farmer = _farmer(ws)
    v = ws.eligibility.judge(farmer, "LDTT", Y)
    assert v.verdict is VerdictKind.UNKNOWN
    assert _criterion(v, "work_confirmed").explanation == "Chưa có xác nhận của thôn, đơn vị về năm 2025."
    row = ws.ratings.create(RatingInput(Y, farmer, None, work_confirmed=True))
    assert row.level is None and row.confirmed_by == ws.units.by_code("T01").name
    v = ws.eligibility.judge(farmer, "LDTT", Y)
    assert v.verdict is VerdictKind.ELIGIBLE
    assert "rating_htt" not in [c.code for c in v.criteria]
    assert f"({row.confirmed_by}) xác nhận năm 2025" in _criterion(v, "work_confirmed").explanation
    ws.ratings.update(row.id, RatingInput(Y, farmer, None, work_confirmed=False, confirmed_by="Thôn 1"), row.version)
    assert ws.eligibility.judge(farmer, "LDTT", Y).verdict is VerdictKind.NOT_ELIGIBLE


def test_a_confirmation_is_refused_for_an_official_and_an_empty_row_is_refused(demo_ws: Workspace) -> None:
    ws = demo_ws
    hung = _person(ws, "Nguyễn Văn Hùng")
    before = ws.ratings.list(nominee=hung)
    with pytest.raises(ValidationError, match="chỉ dùng cho công nhân, nông dân") as err:
        ws.ratings.create(RatingInput(2026, hung, RatingLevel.GOOD, 80, work_confirmed=True))
    assert err.value.field == "work_confirmed"
    with pytest.raises(ValidationError, match="Hãy chọn mức xếp loại hoặc xác nhận"):
        ws.ratings.create(RatingInput(2026, _farmer(ws), None))
    assert ws.ratings.list(nominee=hung) == before


def test_a_households_village_meeting_result_is_recorded_and_decides_gdvh(demo_ws: Workspace) -> None:
    """NĐ 86/2023: the village's bình xét of a household comes before the chairman's decision; it is
    recorded on the household's row (never a rating level) and makes it eligible for «Gia đình văn hóa»."""
    ws = demo_ws
    home = next(h for h in ws.households.list() if h.code == "T03-002")
    nominee = Nominee.household(home.id)
    assert ws.eligibility.judge(nominee, "GDVH", Y).verdict is VerdictKind.UNKNOWN
    with pytest.raises(ValidationError, match="Hộ gia đình không được xếp loại") as err:
        ws.ratings.create(RatingInput(Y, nominee, RatingLevel.GOOD, work_confirmed=True))
    assert err.value.field == "work_confirmed" and ws.ratings.list(nominee=nominee) == []
    row = ws.ratings.create(RatingInput(Y, nominee, None, work_confirmed=True))
    assert row.confirmed_by == ws.units.by_code("T03").name and row.result.startswith("Đạt")
    assert ws.eligibility.judge(nominee, "GDVH", Y).verdict is VerdictKind.ELIGIBLE


def test_the_confirmation_is_an_import_column(demo_ws: Workspace, tmp_path: Path) -> None:
    """A village sends its farmers' confirmations in the ratings workbook; a bad value is named."""
    ws = demo_ws
    _farmer(ws)
    book = Workbook()
    sheet = book.active
    sheet.title = ratings.SHEET
    sheet.append(list(ratings.COLUMNS))
    cells = {"Năm": Y, "Họ và tên": "Phạm Văn Nông", "Năm sinh": 1970, "Mã đơn vị": "T01",
             ratings.CONFIRMED: "đạt", ratings.CONFIRMED_BY: "Hội nghị thôn Đông Hòa"}
    sheet.append([cells.get(c) for c in ratings.COLUMNS])
    sheet.append([{**cells, ratings.CONFIRMED: "Có"}.get(c) for c in ratings.COLUMNS])
    path = tmp_path / "xác nhận # 100%.xlsx"
    book.save(path)
    preview = ws.ratings.preview_import(path)
    assert any("dòng 3" in str(p) and "«Có» không hợp lệ" in str(p) for p in preview.problems)
    sheet.delete_rows(3)
    book.save(path)
    preview = ws.ratings.preview_import(path)
    assert preview.problems == [] and len(preview.new) == 1
    ws.ratings.apply_import(preview)
    row = next(r for r in ws.ratings.list(year=Y) if r.nominee.name == "Phạm Văn Nông")
    assert (row.level, row.work_confirmed, row.confirmed_by) == (None, True, "Hội nghị thôn Đông Hòa")
    assert row.result == "Đạt (xác nhận của Hội nghị thôn Đông Hòa)"


def test_cli_text_gives_the_same_sentences_as_the_review(demo_ws: Workspace, db_url: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    an = _person(demo_ws, "Trần Văn Ân")
    assert main(["--db", db_url, "eligibility", "--year", "2025", "--nominee", str(an.id), "--title", "CSTDT"]) == 0
    out = capsys.readouterr().out
    assert "Trần Văn Ân — Chiến sĩ thi đua cấp tỉnh: Đủ điều kiện" in out
    assert "Đã đạt «Chiến sĩ thi đua cơ sở» 3 năm liền: 2023, 2024, 2025." in out
    assert "Con số chưa xác nhận: Tỷ lệ thành viên đạt «Lao động tiên tiến» để xét «Tập thể lao động tiên tiến»: 70 %" in out
    assert "{" not in out and "2025-07-01-nd152" not in out

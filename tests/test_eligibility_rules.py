"""The eligibility engine on plain facts: every rule names its article.

Pure tests (no database): the shipped rule set ``resources/rules`` judges
hand-built ``Facts``; a second rule set in a temporary folder shows a year is
judged by the rule set in force for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from tnapp.domain.eligibility import Outcome, Verdict, VerdictKind
from tnapp.domain.eligibility_rules import (
    Facts, InitiativeFact, Leave, MatterFact, RuleSet, WorkConfirmation, judge, leave_from_note, load_rule_sets, review_date,
    rule_set_in_force,
)
from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.vocab import DisciplineForm, EffectScope, InitiativeKind, MatterKind, RatingLevel as L
from tnapp.errors import ValidationError
from tnapp.paths import resources_dir

Y = 2025
RULES_DIR = resources_dir() / "rules"
ELIGIBLE, NOT, UNKNOWN = VerdictKind.ELIGIBLE, VerdictKind.NOT_ELIGIBLE, VerdictKind.UNKNOWN
_ids = iter(range(1, 100_000))


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return rule_set_in_force(load_rule_sets(RULES_DIR), Y)


def person(ratings: dict[int, L] | None = None, titles: dict[int, set[str]] | None = None, *,
           initiatives: tuple[InitiativeFact, ...] = (), matters: tuple[MatterFact, ...] = (),
           exemplars: tuple[int, ...] = (), leave: dict[int, Leave] | None = None,
           registered: tuple[tuple[int, str], ...] = (), name: str = "Nguyễn Văn An") -> Facts:
    return Facts(Nominee.person(next(_ids)), name, ratings if ratings is not None else {Y: L.GOOD},
                 {y: frozenset(c) for y, c in (titles or {}).items()}, initiatives, matters, frozenset(exemplars),
                 frozenset(registered), leave or {})


def collective(level: L | None, members: list[Facts], *, matters: tuple[MatterFact, ...] = (),
               exemplars: tuple[int, ...] = (), ratings: dict[int, L] | None = None) -> Facts:
    return Facts(Nominee.collective(next(_ids)), "Phòng Văn hóa – Xã hội",
                 ratings if ratings is not None else ({Y: level} if level else {}), {}, (), matters,
                 frozenset(exemplars), members=tuple(members))


def household(gdvh_years: tuple[int, ...] = (), exemplars: tuple[int, ...] = (),
              matters: tuple[MatterFact, ...] = ()) -> Facts:
    return Facts(Nominee.household(next(_ids)), "Hộ Trần Văn Bình", {}, {y: frozenset({"GDVH"}) for y in gdvh_years},
                 (), matters, frozenset(exemplars))


def village(households: list[Facts], level: L | None = L.GOOD) -> Facts:
    return Facts(Nominee.collective(next(_ids)), "Thôn Đông Hòa", {Y: level} if level else {}, households=tuple(households))


def initiative(year: int = Y, kind: InitiativeKind = InitiativeKind.INITIATIVE,
               scope: EffectScope = EffectScope.GRASSROOTS, recognised: bool = True) -> InitiativeFact:
    return InitiativeFact(next(_ids), "Số hóa hồ sơ một cửa", year, kind, scope, recognised)


def discipline(form: DisciplineForm, opened: dt.date = dt.date(Y, 3, 1),
               resolved: dt.date | None = dt.date(Y, 4, 1)) -> MatterFact:
    return MatterFact(next(_ids), MatterKind.DISCIPLINE, opened, resolved, form)


def pending(kind: MatterKind = MatterKind.DISCIPLINE, opened: dt.date = dt.date(Y, 10, 1)) -> MatterFact:
    return MatterFact(next(_ids), kind, opened, None, DisciplineForm.REPRIMAND if kind is MatterKind.DISCIPLINE else None)


def criterion(verdict: Verdict, code: str):
    return next(c for c in verdict.criteria if c.code == code)


# --- Lao động tiên tiến: Luật TĐKT 2022, Điều 24, khoản 1 -----------------------------------------

def test_ldtt_rated_good_is_eligible_dieu_24_1(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 24.1: "Hoàn thành tốt nhiệm vụ" gives LĐTT."""
    v = judge(person({Y: L.GOOD}), "LDTT", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "rating_htt").basis == "Luật Thi đua, khen thưởng 2022, Điều 24, khoản 1"


def test_ldtt_rated_excellent_is_eligible_dieu_24_1(rules: RuleSet) -> None:
    assert judge(person({Y: L.EXCELLENT}), "LDTT", Y, rules).verdict is ELIGIBLE


def test_ldtt_rated_only_done_is_refused_dieu_24_1(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 24.1: "Hoàn thành nhiệm vụ" is below the bar."""
    v = judge(person({Y: L.DONE}), "LDTT", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "rating_htt").outcome is Outcome.NOT_MET
    assert "Hoàn thành nhiệm vụ" in criterion(v, "rating_htt").explanation


def test_ldtt_not_done_is_refused_dieu_24_1(rules: RuleSet) -> None:
    assert judge(person({Y: L.NOT_DONE}), "LDTT", Y, rules).verdict is NOT


def test_ldtt_missing_rating_is_unknown_not_refused_dieu_24_1(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 24.1: without the year's rating the answer is "unknown", never "no"."""
    v = judge(person({Y - 1: L.GOOD}), "LDTT", Y, rules)
    assert v.verdict is UNKNOWN
    assert criterion(v, "rating_htt").outcome is Outcome.UNKNOWN
    assert v.failures == ()


def test_ldtt_maternity_leave_does_not_count_against_nd152_dieu_4(rules: RuleSet) -> None:
    """NĐ 152/2025 Điều 4: six months of maternity leave still count as time worked."""
    v = judge(person({Y: L.GOOD}, leave={Y: Leave(maternity_months=6)}), "LDTT", Y, rules)
    assert v.verdict is ELIGIBLE
    c = criterion(v, "worked_months")
    assert c.outcome is Outcome.MET and c.facts["maternity_months"] == 6
    assert "thai sản" in c.explanation


def test_ldtt_long_unpaid_leave_is_refused_nd152_dieu_4(rules: RuleSet) -> None:
    """NĐ 152/2025 Điều 4: other leave is not time worked; 8 months < 10."""
    v = judge(person({Y: L.GOOD}, leave={Y: Leave(other_months=4)}), "LDTT", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "worked_months").outcome is Outcome.NOT_MET


def test_leave_is_read_from_the_rating_note_nd152_dieu_4() -> None:
    """NĐ 152/2025 Điều 4: the note "nghỉ thai sản" is maternity leave, whatever the accents."""
    assert leave_from_note("Nghỉ thai sản 6 tháng") == Leave(6, 0)
    assert leave_from_note("nghi thai san tu thang 3") == Leave(6, 0)
    assert leave_from_note("Nghỉ không lương 4 tháng") == Leave(0, 4)
    assert leave_from_note("Bị kỷ luật khiển trách tháng 10/2025") == Leave(0, 0)
    assert leave_from_note(None) == Leave()


def test_ldtt_registration_missing_is_a_warning_only_luat_tdkt_dieu_24(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 24: not registering does not bar the title; it is shown as a warning."""
    v = judge(person({Y: L.GOOD}), "LDTT", Y, rules)
    assert v.verdict is ELIGIBLE
    assert [c.code for c in v.warnings] == ["registered"]
    v = judge(person({Y: L.GOOD}, registered=((Y, "LDTT"),)), "LDTT", Y, rules)
    assert v.warnings == ()


# --- Chiến sĩ thi đua cơ sở: Luật TĐKT 2022, Điều 23 --------------------------------------------

def test_cstdcs_by_excellent_rating_dieu_23(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 23: LĐTT and "Hoàn thành xuất sắc nhiệm vụ"."""
    v = judge(person({Y: L.EXCELLENT}), "CSTDCS", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "excellence_route").facts["route_htxs"]["outcome"] == "met"


def test_cstdcs_by_grassroots_initiative_dieu_23(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 23: LĐTT and an initiative recognised at grassroots level."""
    v = judge(person({Y: L.GOOD}, initiatives=(initiative(),)), "CSTDCS", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "excellence_route").facts["route_initiative"]["outcome"] == "met"


def test_cstdcs_by_research_topic_dieu_23(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 23: LĐTT and an accepted research topic."""
    v = judge(person({Y: L.GOOD}, initiatives=(initiative(kind=InitiativeKind.RESEARCH),)), "CSTDCS", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "excellence_route").facts["route_research"]["outcome"] == "met"


def test_cstdcs_refused_without_any_route_dieu_23(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 23: HTT alone, no initiative, no topic: refused, naming the three routes."""
    v = judge(person({Y: L.GOOD}), "CSTDCS", Y, rules)
    assert v.verdict is NOT
    route = criterion(v, "excellence_route")
    assert route.outcome is Outcome.NOT_MET
    assert [p.outcome for p in route.parts] == [Outcome.NOT_MET] * 3
    assert route.explanation.startswith("Chưa đạt điều kiện nào: Xếp loại «Hoàn thành xuất sắc nhiệm vụ»")


def test_cstdcs_needs_ldtt_first_dieu_23(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 23: HTXS but eight months worked: not LĐTT, so not CSTĐCS."""
    v = judge(person({Y: L.EXCELLENT}, leave={Y: Leave(other_months=4)}), "CSTDCS", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "meets_ldtt").outcome is Outcome.NOT_MET


def test_cstdcs_unrecognised_initiative_does_not_count_dieu_23(rules: RuleSet) -> None:
    v = judge(person({Y: L.GOOD}, initiatives=(initiative(recognised=False),)), "CSTDCS", Y, rules)
    assert v.verdict is NOT


def test_cstdcs_last_years_initiative_does_not_count_dieu_23(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 23: the initiative belongs to the year judged."""
    v = judge(person({Y: L.GOOD}, initiatives=(initiative(year=Y - 1),)), "CSTDCS", Y, rules)
    assert v.verdict is NOT


def test_cstdcs_without_rating_is_unknown_dieu_23(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 23: an initiative but no rating yet: LĐTT unknown, so the verdict is unknown."""
    v = judge(person({}, initiatives=(initiative(),)), "CSTDCS", Y, rules)
    assert v.verdict is UNKNOWN
    assert criterion(v, "meets_ldtt").outcome is Outcome.UNKNOWN


# --- Tập thể lao động tiên tiến: Luật TĐKT 2022, Điều 28 -----------------------------------------

def _team(good: int, done: int, unknown: int = 0, **kw) -> list[Facts]:
    return ([person({Y: L.GOOD}, **kw) for _ in range(good)] + [person({Y: L.DONE}) for _ in range(done)]
            + [person({}) for _ in range(unknown)])


def test_ttldtt_exactly_70_percent_ldtt_passes_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28 (70 % of members LĐTT): 7 of 10 is enough."""
    v = judge(collective(L.GOOD, _team(7, 3)), "TTLDTT", Y, rules)
    assert v.verdict is ELIGIBLE
    c = criterion(v, "members_ldtt")
    assert (c.facts["met"], c.facts["members"]) == (7, 10)
    assert "70 %" in c.explanation


def test_ttldtt_below_70_percent_fails_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: 6 of 10 (60 %) is not enough."""
    v = judge(collective(L.GOOD, _team(6, 4)), "TTLDTT", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "members_ldtt").outcome is Outcome.NOT_MET


def test_ttldtt_members_without_rating_leave_the_share_unknown_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: 6 LĐTT, 2 not yet rated, 2 HT: could still reach 70 %: unknown."""
    v = judge(collective(L.GOOD, _team(6, 2, unknown=2)), "TTLDTT", Y, rules)
    assert v.verdict is UNKNOWN
    assert criterion(v, "members_ldtt").facts["unknown"] == 2


def test_ttldtt_member_warned_bars_the_collective_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: a member disciplined "cảnh cáo" bars the collective."""
    members = _team(9, 0) + [person({Y: L.DONE}, matters=(discipline(DisciplineForm.WARNING),), name="Lê Văn Bảo")]
    v = judge(collective(L.GOOD, members), "TTLDTT", Y, rules)
    assert v.verdict is NOT
    c = criterion(v, "members_discipline")
    assert c.outcome is Outcome.NOT_MET and "Lê Văn Bảo" in c.explanation and "Cảnh cáo" in c.explanation


def test_ttldtt_member_reprimanded_does_not_bar_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: "khiển trách" is below "cảnh cáo": no bar."""
    members = _team(9, 0) + [person({Y: L.DONE}, matters=(discipline(DisciplineForm.REPRIMAND),))]
    v = judge(collective(L.GOOD, members), "TTLDTT", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "members_discipline").outcome is Outcome.MET


def test_ttldtt_member_dismissed_from_post_bars_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: "cách chức" is above "cảnh cáo": barred."""
    members = _team(9, 0) + [person({Y: L.DONE}, matters=(discipline(DisciplineForm.DISMISSAL_FROM_POST),))]
    assert judge(collective(L.GOOD, members), "TTLDTT", Y, rules).verdict is NOT


def test_ttldtt_last_years_warning_does_not_bar_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: the bar looks at the year judged."""
    old = discipline(DisciplineForm.WARNING, dt.date(Y - 1, 2, 1), dt.date(Y - 1, 6, 1))
    members = _team(9, 0) + [person({Y: L.GOOD}, matters=(old,))]
    assert judge(collective(L.GOOD, members), "TTLDTT", Y, rules).verdict is ELIGIBLE


def test_ttldtt_collective_rated_done_is_refused_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: the collective itself must be rated HTT or better."""
    assert judge(collective(L.DONE, _team(10, 0)), "TTLDTT", Y, rules).verdict is NOT


def test_ttldtt_share_is_a_parameter_the_setting_overrides_dieu_28(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 28: the 70 % is an unconfirmed parameter; set to 80 %, 7 of 10 fails."""
    param = rules.parameters["ttldtt_member_share"]
    assert param.unconfirmed and param.basis and param.setting == "eligibility.ttldtt_member_share"
    stricter = rules.with_values({"ttldtt_member_share": 0.8})
    assert judge(collective(L.GOOD, _team(7, 3)), "TTLDTT", Y, stricter).verdict is NOT


# --- Tập thể lao động xuất sắc: Luật TĐKT 2022, Điều 27 ------------------------------------------

def test_ttldxs_eligible_dieu_27(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 27: HTXS, all members done, ≥ 70 % LĐTT, one CSTĐCS."""
    members = [person({Y: L.EXCELLENT})] + _team(6, 3)
    v = judge(collective(L.EXCELLENT, members), "TTLDXS", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "members_cstdcs").outcome is Outcome.MET


def test_ttldxs_without_a_cstdcs_member_is_refused_dieu_27(rules: RuleSet) -> None:
    v = judge(collective(L.EXCELLENT, _team(8, 2)), "TTLDXS", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "members_cstdcs").outcome is Outcome.NOT_MET


def test_ttldxs_one_member_not_done_is_refused_dieu_27(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 27: 100 % of members must complete their tasks."""
    members = [person({Y: L.EXCELLENT})] + _team(8, 0) + [person({Y: L.NOT_DONE})]
    v = judge(collective(L.EXCELLENT, members), "TTLDXS", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "members_done").outcome is Outcome.NOT_MET


def test_ttldxs_collective_rated_good_is_refused_dieu_27(rules: RuleSet) -> None:
    members = [person({Y: L.EXCELLENT})] + _team(9, 0)
    assert judge(collective(L.GOOD, members), "TTLDXS", Y, rules).verdict is NOT


# --- Chiến sĩ thi đua cấp tỉnh: Luật TĐKT 2022, Điều 22 ------------------------------------------

def test_cstd_province_three_consecutive_cstdcs_and_province_initiative_dieu_22(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 22: CSTĐCS 2023, 2024, 2025 and a province-wide initiative."""
    p = person({Y: L.EXCELLENT}, {2023: {"CSTDCS"}, 2024: {"CSTDCS"}, 2025: {"CSTDCS"}},
               initiatives=(initiative(2024, scope=EffectScope.PROVINCE),))
    v = judge(p, "CSTDT", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "cstdcs_three").facts["years"] == [2023, 2024, 2025]


def test_cstd_province_gap_year_breaks_the_chain_dieu_22(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 22: CSTĐCS 2022, 2023 and 2025 (none in 2024) is not three in a row."""
    p = person({Y: L.EXCELLENT}, {2022: {"CSTDCS"}, 2023: {"CSTDCS"}, 2025: {"CSTDCS"}},
               initiatives=(initiative(2025, scope=EffectScope.PROVINCE),))
    v = judge(p, "CSTDT", Y, rules)
    assert v.verdict is NOT
    c = criterion(v, "cstdcs_three")
    assert c.outcome is Outcome.NOT_MET and c.facts["years"] == [2025]


def test_cstd_province_needs_province_wide_initiative_dieu_22(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 22: a grassroots initiative is not enough."""
    p = person({Y: L.EXCELLENT}, {2023: {"CSTDCS"}, 2024: {"CSTDCS"}, 2025: {"CSTDCS"}},
               initiatives=(initiative(2025),))
    v = judge(p, "CSTDT", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "province_initiative").outcome is Outcome.NOT_MET


def test_cstd_province_chain_ending_last_year_counts_before_this_years_award_dieu_22(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 22: at the review this year's CSTĐCS is not yet decided; 2022–2024 count."""
    p = person({Y: L.EXCELLENT}, {2022: {"CSTDCS"}, 2023: {"CSTDCS"}, 2024: {"CSTDCS"}},
               initiatives=(initiative(2024, scope=EffectScope.NATIONAL),))
    assert judge(p, "CSTDT", Y, rules).verdict is ELIGIBLE


# --- Bằng khen của Chủ tịch UBND tỉnh: Luật TĐKT 2022, Điều 72 ------------------------------------

def test_bang_khen_by_two_consecutive_cstdcs_dieu_72(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 72: CSTĐCS two times in a row."""
    p = person({Y: L.GOOD}, {2024: {"CSTDCS"}, 2025: {"CSTDCS"}})
    assert judge(p, "BKT", Y, rules).verdict is ELIGIBLE


def test_bang_khen_by_two_htxs_years_and_two_initiatives_dieu_72(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 72: two years HTXS with two initiatives applied at grassroots level."""
    p = person({2024: L.EXCELLENT, 2025: L.EXCELLENT}, initiatives=(initiative(2024), initiative(2025)))
    v = judge(p, "BKT", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "route").facts["htxs_and_initiatives"]["outcome"] == "met"


def test_bang_khen_refused_with_one_initiative_dieu_72(rules: RuleSet) -> None:
    p = person({2024: L.EXCELLENT, 2025: L.EXCELLENT}, initiatives=(initiative(2025),))
    assert judge(p, "BKT", Y, rules).verdict is NOT


def test_bang_khen_refused_when_htxs_years_are_not_consecutive_dieu_72(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 72: HTXS in 2023 and 2025 with HTT in 2024 is not two years in a row."""
    p = person({2023: L.EXCELLENT, 2024: L.GOOD, 2025: L.EXCELLENT}, initiatives=(initiative(2024), initiative(2025)))
    assert judge(p, "BKT", Y, rules).verdict is NOT


def test_bang_khen_collective_two_htxs_years_dieu_72(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 72, khoản 2: a collective two years HTXS."""
    team = collective(None, _team(3, 0), ratings={2024: L.EXCELLENT, 2025: L.EXCELLENT})
    assert judge(team, "BKT_TT", Y, rules).verdict is ELIGIBLE
    team = collective(None, _team(3, 0), ratings={2025: L.EXCELLENT})
    assert judge(team, "BKT_TT", Y, rules).verdict is UNKNOWN  # 2024 not rated: unknown, not no


# --- Giấy khen: Luật TĐKT 2022, Điều 75 -------------------------------------------------------

def test_giay_khen_with_an_achievement_dieu_75(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 75: tasks completed well and an achievement recorded in the movement."""
    assert judge(person({Y: L.GOOD}, exemplars=(Y,)), "GK", Y, rules).verdict is ELIGIBLE


def test_giay_khen_without_achievement_is_refused_dieu_75(rules: RuleSet) -> None:
    v = judge(person({Y: L.GOOD}, exemplars=(Y - 1,)), "GK", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "achievement_route").outcome is Outcome.NOT_MET


def test_giay_khen_household_after_three_gdvh_years_nd86(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 75.3; NĐ 86/2023: a household "Gia đình văn hóa" three years running."""
    assert judge(household((2023, 2024, 2025)), "GK_HGD", Y, rules).verdict is ELIGIBLE
    assert judge(household((2022, 2024, 2025)), "GK_HGD", Y, rules).verdict is NOT


# --- Gia đình văn hóa, Thôn văn hóa: NĐ 86/2023 ---------------------------------------------------

def test_gdvh_with_the_village_result_is_eligible_nd86_dieu_6(rules: RuleSet) -> None:
    """NĐ 86/2023 Điều 6: the village meeting's result recorded: eligible."""
    assert judge(household((Y,)), "GDVH", Y, rules).verdict is ELIGIBLE


def test_gdvh_without_the_village_result_is_unknown_nd86_dieu_6(rules: RuleSet) -> None:
    """NĐ 86/2023 Điều 6: no result yet: unknown, not refused."""
    v = judge(household((Y - 1,)), "GDVH", Y, rules)
    assert v.verdict is UNKNOWN
    assert criterion(v, "village_result").outcome is Outcome.UNKNOWN


def test_gdvh_rests_on_the_village_meeting_recorded_before_the_chairmans_decision_nd86(rules: RuleSet) -> None:
    """NĐ 86/2023: the village meets first, the commune chairman then decides: the village's result
    recorded for the household (not yet a GĐVH decision) makes it eligible; a "không đạt" refuses it."""
    by = "Thôn Bắc Ninh, biên bản họp ngày 05/12/2025"
    met = dataclasses.replace(household(), work_confirmations={Y: WorkConfirmation(True, by)})
    v = judge(met, "GDVH", Y, rules)
    assert v.verdict is ELIGIBLE and by in criterion(v, "village_result").explanation
    refused = dataclasses.replace(household(), work_confirmations={Y: WorkConfirmation(False, by)})
    assert criterion(judge(refused, "GDVH", Y, rules), "village_result").outcome is Outcome.NOT_MET
    assert judge(refused, "GDVH", Y, rules).verdict is not ELIGIBLE
    # and a village whose households the meeting passed reaches the share for «Thôn văn hóa»
    assert judge(village([met] * 7 + [refused] * 3), "TVH", Y, rules).verdict is ELIGIBLE


def test_tvh_with_70_percent_gdvh_households_nd86_dieu_7(rules: RuleSet) -> None:
    """NĐ 86/2023 Điều 7: 7 of 10 households "Gia đình văn hóa"."""
    homes = [household((Y,)) for _ in range(7)] + [household((Y - 1,)) for _ in range(3)]
    v = judge(village(homes), "TVH", Y, rules)
    # households without this year's result are "unknown", so 7 met of 10 reaches 70 % already
    assert v.verdict is ELIGIBLE


def test_tvh_with_too_few_gdvh_households_nd86_dieu_7(rules: RuleSet) -> None:
    """NĐ 86/2023 Điều 7: 5 of 10, the other five refused (a pending matter): not eligible."""
    homes = ([household((Y,)) for _ in range(5)]
             + [household((Y - 1,), matters=(pending(MatterKind.COMPLAINT),)) for _ in range(5)])
    v = judge(village(homes), "TVH", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "households_gdvh").facts["met"] == 5


# --- Pending matters: NĐ 152/2025, Điều 4 -------------------------------------------------------

ALL_TITLES = ("LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "GK", "GK_TT", "GK_HGD", "GDVH", "TVH", "BKT", "BKT_TT", "CSTDT")


def _best(code: str, matters: tuple[MatterFact, ...]) -> Facts:
    """A nominee meeting every criterion of ``code``, with ``matters``."""
    star = {2023: {"CSTDCS"}, 2024: {"CSTDCS"}, 2025: {"CSTDCS"}}
    if code in ("GK_HGD", "GDVH"):
        return household((2023, 2024, 2025), exemplars=(Y,), matters=matters)
    if code == "TVH":
        return Facts(Nominee.collective(next(_ids)), "Thôn Đông Hòa", {Y: L.GOOD}, matters=matters,
                     households=tuple(household((Y,)) for _ in range(5)))
    if code in ("TTLDTT", "TTLDXS", "GK_TT", "BKT_TT"):
        return collective(None, [person({Y: L.EXCELLENT})] + _team(4, 0), matters=matters, exemplars=(Y,),
                          ratings={2024: L.EXCELLENT, 2025: L.EXCELLENT})
    return person({2024: L.EXCELLENT, 2025: L.EXCELLENT}, star, exemplars=(Y,), matters=matters,
                  initiatives=(initiative(2024, scope=EffectScope.PROVINCE), initiative(2025)))


@pytest.mark.parametrize("code", ALL_TITLES)
def test_a_pending_discipline_blocks_every_title_nd152_dieu_4(rules: RuleSet, code: str) -> None:
    """NĐ 152/2025 Điều 4: no award while a discipline is pending — whatever the title."""
    assert judge(_best(code, ()), code, Y, rules).verdict is ELIGIBLE
    v = judge(_best(code, (pending(),)), code, Y, rules)
    assert v.verdict is NOT
    c = criterion(v, "no_pending_matters")
    assert c.basis == "Nghị định 152/2025/NĐ-CP, Điều 4" and c.outcome is Outcome.NOT_MET


def test_a_pending_inspection_blocks_and_is_named_nd152_dieu_4(rules: RuleSet) -> None:
    """NĐ 152/2025 Điều 4: an inspection still running on 31/12 bars LĐTT, with its date."""
    v = judge(person({Y: L.GOOD}, matters=(pending(MatterKind.INSPECTION, dt.date(Y, 11, 5)),)), "LDTT", Y, rules)
    assert v.verdict is NOT
    assert "05/11/2025" in criterion(v, "no_pending_matters").explanation


def test_a_matter_resolved_before_the_review_date_does_not_block_nd152_dieu_4(rules: RuleSet) -> None:
    closed = MatterFact(1, MatterKind.COMPLAINT, dt.date(Y, 5, 1), dt.date(Y, 6, 1))
    assert judge(person({Y: L.GOOD}, matters=(closed,)), "LDTT", Y, rules).verdict is ELIGIBLE


def test_a_matter_opened_after_the_review_date_does_not_block_nd152_dieu_4(rules: RuleSet) -> None:
    """NĐ 152/2025 Điều 4: the year-end review of a past year looks at its last day (31/12)."""
    later = pending(MatterKind.INVESTIGATION, dt.date(Y + 1, 2, 1))
    on = review_date(Y, dt.date(Y + 1, 3, 1))
    assert judge(person({Y: L.GOOD}, matters=(later,)), "LDTT", Y, rules, on=on).verdict is ELIGIBLE
    assert judge(person({Y: L.GOOD}, matters=(later,)), "LDTT", Y, rules).verdict is ELIGIBLE  # the default


def test_a_meeting_after_the_years_end_judges_its_results_with_the_matters_of_its_own_day_nd152_dieu_4(
        rules: RuleSet) -> None:
    """NĐ 152/2025 Điều 4: a council meeting on 20/01 judges the past year's results, with the matters
    pending on 20/01: one opened on 10/01 bars, one settled on 15/01 no longer does; the year's
    rating still counts, and the judging day is named."""
    meeting = dt.date(Y + 1, 1, 20)
    opened = pending(MatterKind.INVESTIGATION, dt.date(Y + 1, 1, 10))
    settled = MatterFact(next(_ids), MatterKind.INSPECTION, dt.date(Y, 11, 5), dt.date(Y + 1, 1, 15))
    v = judge(person({Y: L.GOOD}, matters=(opened,)), "LDTT", Y, rules, on=meeting)
    assert v.verdict is NOT and "10/01/2026" in criterion(v, "no_pending_matters").explanation
    assert "20/01/2026" in criterion(v, "no_pending_matters").explanation
    assert judge(person({Y: L.GOOD}, matters=(settled,)), "LDTT", Y, rules, on=meeting).verdict is ELIGIBLE
    assert judge(person({Y: L.GOOD}, matters=(settled,)), "LDTT", Y, rules).verdict is NOT  # at 31/12 it was pending
    unrated = judge(person({Y + 1: L.GOOD}, matters=(settled,)), "LDTT", Y, rules, on=meeting)
    assert unrated.verdict is UNKNOWN  # the results are still the judged year's, not the meeting's year


def test_review_date_is_year_end_or_today_nd152_dieu_4() -> None:
    assert review_date(2025, dt.date(2026, 1, 10)) == dt.date(2025, 12, 31)
    assert review_date(2026, dt.date(2026, 11, 26)) == dt.date(2026, 11, 26)


# --- rule sets as data ---------------------------------------------------------------------------

def _write_rule_sets(folder: Path) -> None:
    """Two rule sets: the shipped one in force from 2025-07-01, and a newer one
    (from 2026-01-01) whose CSTĐCS needs HTXS AND an initiative."""
    shipped = json.loads((RULES_DIR / "2025-07-01-nd152.json").read_text(encoding="utf-8"))
    (folder / "old.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    draft = json.loads((RULES_DIR / "2026-07-01-draft-amendment.json").read_text(encoding="utf-8"))
    draft.update(id="2026-01-01-new", name="Luật sửa đổi (giả định)", effective_from="2026-01-01", draft=False)
    (folder / "new.json").write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")


def test_a_year_is_judged_by_the_rule_set_in_force_for_it_luat_tdkt_dieu_23(tmp_path: Path) -> None:
    """Luật TĐKT 2022 Điều 23 vs its amendment: HTXS without an initiative is CSTĐCS in 2025
    (the rule set in force then) but not in 2026 (the newer rule set)."""
    _write_rule_sets(tmp_path)
    sets = load_rule_sets(tmp_path)
    assert [s.id for s in sets] == ["2025-07-01-nd152", "2026-01-01-new"]
    r2025, r2026 = rule_set_in_force(sets, 2025), rule_set_in_force(sets, 2026)
    assert (r2025.id, r2026.id) == ("2025-07-01-nd152", "2026-01-01-new")
    p = person({2025: L.EXCELLENT, 2026: L.EXCELLENT})
    v2025, v2026 = judge(p, "CSTDCS", 2025, r2025), judge(p, "CSTDCS", 2026, r2026)
    assert (v2025.verdict, v2025.rule_set) == (ELIGIBLE, "2025-07-01-nd152")
    assert (v2026.verdict, v2026.rule_set) == (NOT, "2026-01-01-new")
    assert criterion(v2026, "htxs_and_initiative").basis.startswith("Dự thảo Luật sửa đổi")


def test_the_shipped_draft_is_never_in_force_unless_asked_luat_tdkt_dieu_23() -> None:
    """Luật TĐKT 2022 Điều 23 stays in force: the Dec-2025 draft is shipped, marked, and not used."""
    sets = load_rule_sets(RULES_DIR)
    draft = next(s for s in sets if s.draft)
    assert "DỰ THẢO" in draft.name
    assert rule_set_in_force(sets, 2030).id == "2025-07-01-nd152"
    assert rule_set_in_force(sets, 2030, include_drafts=True).id == draft.id
    p = person({2030: L.EXCELLENT})
    assert judge(p, "CSTDCS", 2030, rule_set_in_force(sets, 2030)).verdict is ELIGIBLE
    assert judge(p, "CSTDCS", 2030, draft).verdict is NOT


def test_no_rule_set_before_the_law_is_refused_luat_tdkt_2022() -> None:
    """Luật TĐKT 2022 in force 01/01/2024: nothing ships for 2020; the message names the year."""
    with pytest.raises(ValidationError, match="2020"):
        rule_set_in_force(load_rule_sets(RULES_DIR), 2020)


def test_a_rule_set_with_an_unknown_check_is_refused_naming_it(tmp_path: Path) -> None:
    data = {"id": "x", "name": "X", "effective_from": "2025-01-01", "titles": {"LDTT": {"name": "LĐTT", "criteria": [
        {"id": "a", "check": "is_nice", "text": "Tốt", "basis": "Luật TĐKT 2022, Điều 24"}]}}}
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError, match="is_nice"):
        load_rule_sets(tmp_path)


def test_every_shipped_criterion_cites_its_basis() -> None:
    """Each rule from the law cites its basis (article + decree)."""
    for rules in load_rule_sets(RULES_DIR):
        assert set(ALL_TITLES) <= set(rules.titles)
        stack = [c for t in rules.titles.values() for c in t.criteria]
        while stack:
            c = stack.pop()
            assert any(k in c.basis for k in ("Điều", "Kế hoạch", "Quy định")), (rules.id, c.id)
            stack.extend(c.parts)


def test_verdict_survives_json_round_trip_luat_tdkt_dieu_84(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 84 (dossier): the verdict stored with the proposal reads back the same."""
    v = judge(person({Y: L.EXCELLENT}, matters=(pending(),)), "CSTDCS", Y, rules)
    again = Verdict.from_json(json.loads(json.dumps(v.to_json())))
    assert again == v


# --- issue 13 item 7: discipline by decision date, streaks, workers, unconfirmed figures ------------

def test_a_discipline_counts_in_the_year_of_its_decision_not_of_its_case_dieu_28(rules: RuleSet) -> None:
    """A member warned on 15/02/2026 in a case opened 01/11/2025 blocks the unit's TTLĐTT 2026
    (Luật TĐKT 2022 Điều 28), not 2025 (the case was then pending: the member's own title waits)."""
    warned = MatterFact(next(_ids), MatterKind.DISCIPLINE, dt.date(2025, 11, 1), None, DisciplineForm.WARNING,
                        decided_on=dt.date(2026, 2, 15))
    for year in (2025, 2026):
        members = [person({year: L.GOOD}, matters=(warned,), name="Lê Văn Cảnh")] + [
            person({year: L.GOOD}) for _ in range(9)]
        team = collective(None, members, ratings={year: L.GOOD})
        v = judge(team, "TTLDTT", year, rule_set_in_force(load_rule_sets(RULES_DIR), year))
        c = criterion(v, "members_discipline")
        if year == 2026:
            assert v.verdict is NOT and c.outcome is Outcome.NOT_MET
            assert c.explanation == "Lê Văn Cảnh bị kỷ luật «Cảnh cáo» (quyết định ngày 15/02/2026)."
        else:
            assert c.outcome is Outcome.MET and v.verdict is ELIGIBLE


def test_a_discipline_without_a_decision_date_counts_from_its_start_dieu_28(rules: RuleSet) -> None:
    """Records kept before the decision date was recorded count in the year they start."""
    old = MatterFact(next(_ids), MatterKind.DISCIPLINE, dt.date(Y, 3, 1), dt.date(Y, 9, 1), DisciplineForm.WARNING)
    c = criterion(judge(collective(L.GOOD, [person(matters=(old,), name="Lê Văn Cũ")]), "TTLDTT", Y, rules),
                  "members_discipline")
    assert c.outcome is Outcome.NOT_MET and c.explanation == "Lê Văn Cũ bị kỷ luật «Cảnh cáo» (quyết định ngày 01/03/2025)."


def test_a_cstdcs_streak_ending_last_year_does_not_qualify_a_year_rated_ht_dieu_72(rules: RuleSet) -> None:
    """CSTĐCS 2023 and 2024, but 2025 rated HT: the run does not reach 2025, so no Bằng khen in 2025."""
    p = person({Y: L.DONE}, {2023: {"CSTDCS"}, 2024: {"CSTDCS"}})
    v = judge(p, "BKT", Y, rules)
    assert v.verdict is NOT
    c = criterion(v, "route").parts[0]
    assert c.outcome is Outcome.NOT_MET and c.facts["years"] == []
    assert "năm 2025 không đạt «Chiến sĩ thi đua cơ sở» (chuỗi trước đó: 2023, 2024)" in c.explanation
    assert "Luật Thi đua, khen thưởng 2022, Điều 22" in c.unconfirmed[0]  # the window is an unconfirmed figure


def test_a_streak_reaching_the_judged_year_by_its_criteria_qualifies_dieu_72(rules: RuleSet) -> None:
    """CSTĐCS 2024 recorded, 2025 rated HTXS (CSTĐCS by its criteria, not yet decided): two in a row."""
    v = judge(person({Y: L.EXCELLENT}, {2024: {"CSTDCS"}}), "BKT", Y, rules)
    assert v.verdict is ELIGIBLE
    c = criterion(v, "route").parts[0]
    assert c.explanation == ("Đã đạt «Chiến sĩ thi đua cơ sở» 2 năm liền: 2024, 2025 "
                             "(năm 2025 đủ tiêu chí, chưa có quyết định).")


def test_the_same_streak_does_not_qualify_two_years_running_luat_tdkt_dieu_5(rules: RuleSet) -> None:
    """CSTĐCS 2023–2025 earned the Bằng khen of 2024 (from 2023–2024); in 2025 the years up to 2024
    are spent, so 2025 alone is not two in a row — unless the rule data lets a run be reused."""
    p = person({Y: L.GOOD}, {2023: {"CSTDCS"}, 2024: {"CSTDCS", "BKT"}, 2025: {"CSTDCS"}})
    v = judge(p, "BKT", Y, rules)
    assert v.verdict is NOT
    c = criterion(v, "route").parts[0]
    assert c.facts["years"] == [2025] and c.facts["spent_years"] == [2023, 2024]
    assert "các năm 2023, 2024 đã được tính khi khen «Bằng khen của Chủ tịch UBND tỉnh» năm 2024" in c.explanation
    assert judge(p, "BKT", Y, rules.with_values({"streak_reuse": True})).verdict is ELIGIBLE


def test_the_streak_window_is_rule_data_dieu_22(rules: RuleSet) -> None:
    """With ``streak_through_judged_year`` off, a run ending the year before counts (the old reading)."""
    p = person({Y: L.DONE}, {2023: {"CSTDCS"}, 2024: {"CSTDCS"}})
    assert judge(p, "BKT", Y, rules.with_values({"streak_through_judged_year": False})).verdict is ELIGIBLE


def test_two_htxs_years_already_used_do_not_qualify_again_dieu_72(rules: RuleSet) -> None:
    p = person({2024: L.EXCELLENT, Y: L.EXCELLENT}, {2024: {"BKT"}},
               initiatives=(initiative(2024), initiative(2025)))
    c = criterion(judge(p, "BKT", Y, rules), "route").parts[1].parts[0]
    assert c.outcome is Outcome.NOT_MET and "đã được tính khi khen" in c.explanation


def _worker(confirmation: WorkConfirmation | None) -> Facts:
    return dataclasses.replace(person({}, name="Phạm Văn Nông"), worker=True,
                               work_confirmations={Y: confirmation} if confirmation else {})


def test_ldtt_for_a_farmer_by_the_villages_confirmation_dieu_24(rules: RuleSet) -> None:
    """Luật TĐKT 2022 Điều 24: a farmer has no task rating; the village confirms the year."""
    v = judge(_worker(WorkConfirmation(True, "Thôn Đông Hòa")), "LDTT", Y, rules)
    assert v.verdict is ELIGIBLE
    codes = [c.code for c in v.criteria]
    assert "work_confirmed" in codes and "rating_htt" not in codes and "worked_months" not in codes
    c = criterion(v, "work_confirmed")
    assert c.basis == "Luật Thi đua, khen thưởng 2022, Điều 24" and "Thôn Đông Hòa" in c.explanation


def test_ldtt_for_a_farmer_without_confirmation_is_unknown_and_a_refusal_is_refused_dieu_24(rules: RuleSet) -> None:
    unknown = judge(_worker(None), "LDTT", Y, rules)
    assert unknown.verdict is UNKNOWN
    assert criterion(unknown, "work_confirmed").explanation == "Chưa có xác nhận của thôn, đơn vị về năm 2025."
    assert judge(_worker(WorkConfirmation(False, "Thôn Đông Hòa")), "LDTT", Y, rules).verdict is NOT


def test_an_official_is_not_judged_by_a_village_confirmation_dieu_24(rules: RuleSet) -> None:
    v = judge(person({Y: L.GOOD}), "LDTT", Y, rules)
    assert "work_confirmed" not in [c.code for c in v.criteria]


def test_each_result_says_which_unconfirmed_figure_it_rests_on_and_cites_the_real_basis(rules: RuleSet) -> None:
    """The TTLĐTT 70 % is a provincial rule, unconfirmed: not "Luật 2022 Điều 28 khoản 3"."""
    v = judge(collective(L.GOOD, _team(7, 3)), "TTLDTT", Y, rules)
    share = criterion(v, "members_ldtt")
    assert "khoản 3" not in share.basis and "UBND tỉnh" in share.basis
    assert share.unconfirmed == ("Tỷ lệ thành viên đạt «Lao động tiên tiến» để xét «Tập thể lao động tiên tiến»: 70 % "
                                 "(căn cứ: Quy định của tỉnh theo Nghị định 152/2025/NĐ-CP (chưa đối chiếu văn bản gốc))",)
    assert criterion(v, "rating_htt").unconfirmed == ()
    assert share.explanation == "7/10 (70 %) đạt «Lao động tiên tiến»; cần từ 70 %."


def test_a_worker_rated_by_their_unit_without_a_confirmation_is_judged_by_the_rating_dieu_24(
        rules: RuleSet) -> None:
    """A village head (người lao động) rated HTT by the village: LĐTT by the rating."""
    v = judge(dataclasses.replace(person({Y: L.GOOD}), worker=True), "LDTT", Y, rules)
    assert v.verdict is ELIGIBLE
    assert criterion(v, "work_confirmed").explanation == "Năm 2025 xếp loại «Hoàn thành tốt nhiệm vụ»."


def test_a_confirmed_farmer_without_initiative_is_refused_cstdcs_not_left_unknown_dieu_23(rules: RuleSet) -> None:
    """A farmer is not rated: with the village's confirmation the HTXS route is simply not open."""
    v = judge(_worker(WorkConfirmation(True, "Thôn Đông Hòa")), "CSTDCS", Y, rules)
    assert v.verdict is NOT
    assert criterion(v, "excellence_route").parts[0].explanation.startswith("Năm 2025 không xếp loại")
    farmer = dataclasses.replace(_worker(WorkConfirmation(True)), initiatives=(initiative(),))
    assert judge(farmer, "CSTDCS", Y, rules).verdict is ELIGIBLE

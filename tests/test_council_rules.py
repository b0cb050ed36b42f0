"""The council's voting rules, pure: quorum, checking counts, thresholds of
all members vs of those present, written opinions, exactly on the threshold,
a second round."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tnapp.domain.council_rules import (
    Counts, ThresholdBase, ThresholdRule, above_commune_message, apply_threshold, check_quorum,
    commune_chairman_may_decide, exact_share, next_round_problem, percent_text, tally_problems,
)
from tnapp.domain.vocab import AwardLevel

CSTDCS = ThresholdRule.from_setting({"share": 0.8, "base": "all_members"}, "NĐ 98/2023/NĐ-CP, Điều 30.7", True)
MAJORITY = ThresholdRule.from_setting({"share": 0.5, "base": "present", "strict": True}, "Quy chế", True)


def test_settings_decimals_become_exact_fractions() -> None:
    assert exact_share(0.8) == Fraction(4, 5)
    assert exact_share(0.6667) == Fraction(2, 3)
    assert percent_text(Fraction(4, 5)) == "80 %"
    assert percent_text(Fraction(2, 3)) == "2/3"


def test_quorum_two_thirds_of_all_members() -> None:
    assert check_quorum(9, 6, exact_share(0.6667)).met  # 6/9 is exactly 2/3, not below 0.6667
    assert not check_quorum(9, 5, exact_share(0.6667)).met
    low = check_quorum(10, 6, exact_share(0.6667))
    assert (low.required, low.met) == (7, False)
    assert "không đủ" in low.text and "6/10" in low.text


def test_all_members_base_exactly_on_the_threshold_passes() -> None:
    outcome = apply_threshold(Counts(8, 2), CSTDCS, members_total=10, present=10)
    assert (outcome.votes_for, outcome.needed, outcome.approved) == (8, 8, True)
    assert not apply_threshold(Counts(7, 3), CSTDCS, 10, 10).approved


def test_all_members_vs_present_base() -> None:
    """7 of 8 present agree in a council of 10: 87,5 % of those present, but
    only 70 % of all members — not enough for CSTĐCS, plenty for a majority."""
    counts = Counts(7, 1)
    assert not apply_threshold(counts, CSTDCS, members_total=10, present=8).approved
    assert apply_threshold(counts, MAJORITY, members_total=10, present=8).approved


def test_written_opinions_count_for_the_all_members_base_only() -> None:
    counts = Counts(7, 1, written_agree=1)
    assert apply_threshold(counts, CSTDCS, 10, 8).approved  # 7 + 1 written = 8 of 10
    assert apply_threshold(counts, CSTDCS, 10, 8).votes_for == 8
    assert apply_threshold(counts, MAJORITY, 10, 8).votes_for == 7  # not present: not counted
    ignoring = ThresholdRule.from_setting({"share": 0.8, "base": "all_members", "count_written": False}, "", False)
    assert not apply_threshold(counts, ignoring, 10, 8).approved


def test_strict_majority_of_those_present() -> None:
    assert not apply_threshold(Counts(4, 4), MAJORITY, 10, 8).approved  # half is not "quá nửa"
    assert apply_threshold(Counts(5, 3), MAJORITY, 10, 8).approved
    at_least_half = ThresholdRule.from_setting({"share": 0.5, "base": "present"}, "", False)
    assert apply_threshold(Counts(4, 4), at_least_half, 10, 8).approved
    assert MAJORITY.text == "quá nửa số thành viên có mặt"
    assert CSTDCS.text == "≥ 80 % tổng số thành viên Hội đồng"


def test_more_ballots_than_members_present_refused() -> None:
    problems = tally_problems(Counts(7, 2, 1), members_total=10, present=9, absent_with_opinion=0)
    assert [field for field, _ in problems] == ["agree"]
    assert "10" in problems[0][1] and "(9)" in problems[0][1]
    assert tally_problems(Counts(7, 1, 1, written_agree=1), 10, 9, 1) == []


def test_a_tally_without_ballots_is_refused_even_with_written_opinions() -> None:
    for counts in (Counts(0, 0), Counts(0, 0, 0, written_agree=1)):
        problems = tally_problems(counts, members_total=9, present=8, absent_with_opinion=counts.written)
        assert [field for field, _ in problems] == ["agree"] and "Chưa có phiếu bầu nào" in problems[0][1]


def test_each_absent_member_with_a_written_opinion_is_counted_never_left_as_none() -> None:
    problems = tally_problems(Counts(6, 1), members_total=9, present=7, absent_with_opinion=1)
    assert [field for field, _ in problems] == ["written_agree"] and "mới ghi 0" in problems[0][1]
    assert tally_problems(Counts(6, 1, written_disagree=1), 9, 7, 1) == []


def test_only_commune_titles_are_the_commune_chairmans_to_decide() -> None:
    assert commune_chairman_may_decide(AwardLevel.COMMUNE)
    assert not commune_chairman_may_decide(AwardLevel.PROVINCE)
    assert not commune_chairman_may_decide("central")
    message = above_commune_message("Mục 3 (Lê Văn An – Bằng khen của Chủ tịch UBND tỉnh)", AwardLevel.PROVINCE)
    assert "cấp tỉnh" in message and "Nghị định 129/2025/NĐ-CP, Điều 59" in message


def test_written_opinions_only_from_members_absent_with_one() -> None:
    problems = tally_problems(Counts(7, 1, written_agree=2), members_total=10, present=8, absent_with_opinion=1)
    assert [field for field, _ in problems] == ["written_agree"]


def test_negative_counts_refused_naming_the_field() -> None:
    problems = tally_problems(Counts(7, -1), 10, 8, 0)
    assert problems == [("disagree", "Số phiếu không đồng ý không được âm.")]


def test_second_round_only_after_a_failed_first_and_when_allowed() -> None:
    assert next_round_problem([], second_round_allowed=False) is None
    assert next_round_problem([False], second_round_allowed=True) is None
    assert "vòng 2" in next_round_problem([False], second_round_allowed=False)
    assert "thông qua" in next_round_problem([True], second_round_allowed=True)
    assert "2 vòng" in next_round_problem([False, False], second_round_allowed=True)


def test_bad_threshold_setting_named() -> None:
    with pytest.raises(Exception, match="council.threshold.X"):
        ThresholdRule.from_setting({"share": 0.5, "base": "everyone"}, "", False, "council.threshold.X")
    assert ThresholdRule.from_setting({"share": 1, "base": "present"}, "", False).base is ThresholdBase.PRESENT

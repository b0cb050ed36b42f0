"""The council's voting rules, pure: quorum, checking counts, thresholds of
all members vs of those present, written opinions, exactly on the threshold,
a second round."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tnapp.domain.council_rules import (
    Counts, ThresholdBase, ThresholdRule, apply_threshold, check_quorum, exact_share, next_round_problem,
    percent_text, tally_problems,
)

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
    problems = tally_problems(Counts(7, 2, 1), members_total=10, present=9, absent_with_opinion=1)
    assert [field for field, _ in problems] == ["agree"]
    assert "10" in problems[0][1] and "(9)" in problems[0][1]
    assert tally_problems(Counts(7, 1, 1), 10, 9, 1) == []


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

"""The proposal wizard's state machine (tnapp/domain/proposal_wizard.py):
steps, checks naming the field, transitions, going back, resuming."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tnapp.domain.eligibility import CriterionResult, Outcome, Verdict, VerdictKind
from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.proposal_wizard import (
    Draft, DraftNominee, Step, TitleFacts, advance, back, check_step, resume_step, set_nominees, set_year_title,
)
from tnapp.domain.vocab import NomineeKind, UnitKind
from tnapp.errors import ValidationError

TITLES = {"LDTT": TitleFacts("LDTT", "Lao động tiên tiến", NomineeKind.INDIVIDUAL),
          "TTLDTT": TitleFacts("TTLDTT", "Tập thể lao động tiên tiến", NomineeKind.COLLECTIVE),
          "TVH": TitleFacts("TVH", "Thôn văn hóa", NomineeKind.VILLAGE)}
AN = DraftNominee(Nominee.person(1), "Nguyễn Văn An", "Văn phòng UBND")
BINH = DraftNominee(Nominee.person(2), "Trần Thị Bình", "Văn phòng UBND")
THON = DraftNominee(Nominee.collective(7), "Thôn Đông", "", UnitKind.VILLAGE)
DAY = dt.date(2026, 12, 20)


def verdict(n: DraftNominee, kind: VerdictKind, title: str = "LDTT") -> Verdict:
    outcome = {VerdictKind.ELIGIBLE: Outcome.MET, VerdictKind.NOT_ELIGIBLE: Outcome.NOT_MET,
               VerdictKind.UNKNOWN: Outcome.UNKNOWN}[kind]
    return Verdict(n.nominee, n.name, title, 2026, "2025-07-01-nd152", "NĐ 152/2025/NĐ-CP", kind,
                   (CriterionResult("rating", "Hoàn thành tốt nhiệm vụ trở lên", outcome,
                                    "Luật TĐKT 2022, Điều 24, khoản 1"),))


def draft(*nominees: DraftNominee, title: str = "LDTT") -> Draft:
    return Draft(2026, None, title, DAY, tuple(nominees))


def field_of(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.field


def test_the_steps_in_order() -> None:
    assert [s.value for s in Step] == ["year_title", "nominees", "eligibility", "achievements", "dossier",
                                       "submitted"]


def test_year_title_step_names_the_missing_field() -> None:
    assert field_of(lambda: advance(Step.YEAR_TITLE, Draft(None, None, "LDTT", DAY), TITLES)) == "year"
    assert field_of(lambda: advance(Step.YEAR_TITLE, Draft(1999, None, "LDTT", DAY), TITLES)) == "year"
    assert field_of(lambda: advance(Step.YEAR_TITLE, Draft(2026, None, None, DAY), TITLES)) == "title_code"
    assert field_of(lambda: advance(Step.YEAR_TITLE, Draft(2026, None, "XX", DAY), TITLES)) == "title_code"
    assert field_of(lambda: advance(Step.YEAR_TITLE, Draft(2026, None, "LDTT", None), TITLES)) == "decision_date"
    assert field_of(lambda: advance(Step.YEAR_TITLE, Draft(2026, None, "LDTT", dt.date(2030, 1, 1)),
                                    TITLES)) == "decision_date"
    assert advance(Step.YEAR_TITLE, draft(), TITLES).step is Step.NOMINEES


def test_nominees_step_needs_one_and_refuses_twins_and_unfit_ones() -> None:
    with pytest.raises(ValidationError, match="ít nhất một đối tượng"):
        advance(Step.NOMINEES, draft(), TITLES)
    with pytest.raises(ValidationError, match="hai lần"):
        advance(Step.NOMINEES, draft(AN, AN), TITLES)
    with pytest.raises(ValidationError, match="«Thôn Đông» \\(tập thể\\)") as caught:
        advance(Step.NOMINEES, draft(AN, THON), TITLES)
    assert caught.value.field == "nominees"
    assert advance(Step.NOMINEES, draft(AN, BINH), TITLES).step is Step.ELIGIBILITY


def test_a_title_that_fits_none_of_the_nominees_goes_back_to_the_title() -> None:
    moved = advance(Step.NOMINEES, draft(THON), TITLES)  # a village for a person's title
    assert moved.step is Step.YEAR_TITLE
    assert "Lao động tiên tiến" in moved.notice and "tập thể" in moved.notice
    assert advance(Step.NOMINEES, draft(THON, title="TVH"), TITLES).step is Step.ELIGIBILITY
    school = replace(THON, unit_kind=UnitKind.SCHOOL)  # a school is no village
    assert advance(Step.NOMINEES, draft(school, title="TVH"), TITLES).step is Step.YEAR_TITLE
    assert advance(Step.NOMINEES, draft(school, title="TTLDTT"), TITLES).step is Step.ELIGIBILITY


def test_eligibility_blocking_failure_needs_a_written_reason_or_exclusion() -> None:
    ok = replace(AN, verdict=verdict(AN, VerdictKind.ELIGIBLE))
    failing = replace(BINH, verdict=verdict(BINH, VerdictKind.NOT_ELIGIBLE))
    assert field_of(lambda: advance(Step.ELIGIBILITY, draft(AN), TITLES)) == "eligibility"  # not judged yet
    with pytest.raises(ValidationError, match="Trần Thị Bình.*không đạt") as caught:
        advance(Step.ELIGIBILITY, draft(ok, failing), TITLES)
    assert caught.value.field == "override_reason"
    too_short = replace(failing, override_reason="vì tốt")
    assert field_of(lambda: advance(Step.ELIGIBILITY, draft(ok, too_short), TITLES)) == "override_reason"
    reasoned = replace(failing, override_reason="Có thành tích đột xuất cứu người trong lũ tháng 9")
    assert reasoned.overridden
    assert advance(Step.ELIGIBILITY, draft(ok, reasoned), TITLES).step is Step.ACHIEVEMENTS
    excluded = replace(failing, excluded=True)
    assert advance(Step.ELIGIBILITY, draft(ok, excluded), TITLES).step is Step.ACHIEVEMENTS


def test_an_unknown_verdict_also_needs_a_reason() -> None:
    unknown = replace(AN, verdict=verdict(AN, VerdictKind.UNKNOWN))
    with pytest.raises(ValidationError, match="chưa đủ thông tin"):
        advance(Step.ELIGIBILITY, draft(unknown), TITLES)


def test_all_nominees_refused_cannot_proceed() -> None:
    out = replace(AN, verdict=verdict(AN, VerdictKind.NOT_ELIGIBLE), excluded=True)
    with pytest.raises(ValidationError, match="Tất cả đối tượng đều đã bị loại") as caught:
        advance(Step.ELIGIBILITY, draft(out), TITLES)
    assert caught.value.field == "excluded"


def test_achievements_per_active_nominee_then_dossier() -> None:
    a = replace(AN, verdict=verdict(AN, VerdictKind.ELIGIBLE), achievements="Hoàn thành xuất sắc nhiệm vụ")
    b = replace(BINH, verdict=verdict(BINH, VerdictKind.ELIGIBLE))
    with pytest.raises(ValidationError, match="thành tích của «Trần Thị Bình»") as caught:
        advance(Step.ACHIEVEMENTS, draft(a, b), TITLES)
    assert caught.value.field == "achievements"
    assert advance(Step.ACHIEVEMENTS, draft(a, replace(b, excluded=True)), TITLES).step is Step.DOSSIER
    assert advance(Step.DOSSIER, draft(a, replace(b, excluded=True)), TITLES).step is Step.SUBMITTED


def test_going_back_and_nothing_after_submission() -> None:
    assert back(Step.ELIGIBILITY) is Step.NOMINEES
    assert back(Step.YEAR_TITLE) is Step.YEAR_TITLE
    with pytest.raises(ValidationError):
        back(Step.SUBMITTED)
    with pytest.raises(ValidationError):
        advance(Step.SUBMITTED, draft(AN), TITLES)


def test_new_title_or_new_nominees_clear_the_verdicts_but_keep_what_was_typed() -> None:
    judged = replace(AN, verdict=verdict(AN, VerdictKind.ELIGIBLE), achievements="Thành tích A")
    d = draft(judged)
    assert set_year_title(d, 2026, "LDTT", None, DAY).nominees[0].verdict is not None  # unchanged
    assert set_year_title(d, 2026, "CSTDCS", None, DAY).nominees[0].verdict is None
    again = set_nominees(d, [AN, BINH])
    assert [n.name for n in again.nominees] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert again.nominees[0].achievements == "Thành tích A" and again.nominees[0].verdict is None


def test_resume_goes_back_to_the_first_step_whose_data_no_longer_holds() -> None:
    a = replace(AN, verdict=verdict(AN, VerdictKind.ELIGIBLE), achievements="Thành tích A")
    assert resume_step(Step.DOSSIER, draft(a), TITLES) is Step.DOSSIER
    assert resume_step(Step.DOSSIER, draft(replace(a, verdict=None)), TITLES) is Step.ELIGIBILITY
    assert resume_step(Step.ACHIEVEMENTS, draft(a, title="GONE"), TITLES) is Step.YEAR_TITLE


def test_the_draft_survives_json() -> None:
    a = replace(AN, verdict=verdict(AN, VerdictKind.NOT_ELIGIBLE), override_reason="Lý do đủ dài để ghi",
                achievements="Dòng 1\nDòng 2", initiative_ids=(3,), exemplar_ids=(4, 5))
    d = draft(a, THON)
    assert Draft.from_json(d.to_json()) == d
    check_step(Step.YEAR_TITLE, Draft.from_json(d.to_json()), TITLES)

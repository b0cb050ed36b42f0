"""The achievements step offers the nominee's own records from the years its
criteria looked at (never other people's), with the initiatives they counted checked."""

from __future__ import annotations

from tnapp.domain.eligibility import CriterionResult, Outcome, Verdict, VerdictKind
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.proposal_wizard import DraftNominee
from tnapp.models import Proposal
from tnapp.services.workspace import Workspace


def _person(ws: Workspace, name: str) -> Nominee:
    return Nominee(NomineeType.PERSON, next(p.id for p in ws.people.list() if p.full_name == name))


def test_the_achievements_step_offers_the_nominees_own_records_from_the_criteria_years(demo_ws: Workspace) -> None:
    an = _person(demo_ws, "Trần Văn Ân")
    older = next(i for i in demo_ws.initiatives.list() if i.year == 2023 and an.id in i.author_ids)
    streak = CriterionResult("streak", "CSTĐCS 3 năm liên tục", Outcome.MET, "Luật TĐKT 2022", facts={
        "years": [2023, 2024, 2025],
        "initiatives": [{"id": older.id, "title": older.title, "year": 2023}]})
    verdict = Verdict(an, "Trần Văn Ân", "CSTDT", 2025, "r", "b", VerdictKind.ELIGIBLE, (streak,))

    judged = demo_ws.proposals.achievement_options(DraftNominee(an, "Trần Văn Ân", verdict=verdict), 2025)
    assert list(judged.years) == [2023, 2024, 2025]
    assert older.id in {i.id for i in judged.initiatives}  # a 2023 initiative the streak relied on
    assert judged.counted == (older.id,)
    assert all(an.id in i.author_ids for i in judged.initiatives)  # never other people's
    assert judged.exemplars and all(e.nominee.nominee == an for e in judged.exemplars)

    plain = demo_ws.proposals.achievement_options(DraftNominee(an, "Trần Văn Ân"), 2025)
    assert list(plain.years) == [2025] and older.id not in {i.id for i in plain.initiatives}


def test_a_draft_from_the_review_is_proposed_by_the_nominees_own_unit(demo_ws: Workspace) -> None:
    people = demo_ws.people.list()
    unit = people[0].unit_id
    same = [Nominee(NomineeType.PERSON, p.id) for p in people if p.unit_id == unit][:2]
    other = next(Nominee(NomineeType.PERSON, p.id) for p in people if p.unit_id != unit)
    assert demo_ws.proposals.start_draft(2025, "LDTT", nominees=same).draft.proposing_unit_id == unit
    assert demo_ws.proposals.start_draft(2025, "LDTT", nominees=[*same, other]).draft.proposing_unit_id is None
    state = demo_ws.proposals.start_draft(2025, "LDTT", nominees=same)
    with demo_ws.read() as session:  # kept on the proposal, where the council's slides read it
        assert session.get(Proposal, state.proposal_id).proposing_unit_id == unit

"""The year's award work across the services, on the demo commune: the review
finds who qualifies, the wizard's service proposes and submits them, the
council meets and votes, and the signed decision writes the award history.

The council's own tests build submitted proposals with the ORM; this one
checks that what the proposal service submits is what the council reads
(the verdict the engine gave, the prize in force on the decision date)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tnapp.domain.permissions import Actor
from tnapp.domain.proposal_wizard import Step
from tnapp.domain.vocab import Attendance, DecisionState, ProposalState, Role
from tnapp.services.council import MeetingInput, TallyInput
from tnapp.services.workspace import Workspace

YEAR = 2025


def propose(ws: Workspace, code: str, nominees: list) -> int:
    """Walk the wizard's steps for ``nominees`` and submit; the proposal id."""
    state = ws.proposals.start_draft(YEAR, code, nominees=nominees)
    while state.step is not Step.DOSSIER:
        draft = dataclasses.replace(state.draft, nominees=tuple(
            dataclasses.replace(n, achievements=n.achievements or "Hoàn thành xuất sắc nhiệm vụ được giao.")
            for n in state.draft.nominees))
        state = ws.proposals.save_step(state.proposal_id, state.step, draft)
    return ws.proposals.submit(state.proposal_id).id


def test_from_the_review_to_the_award_history(demo_ws: Workspace, db_url: str) -> None:
    review = demo_ws.eligibility.review(YEAR)
    ldtt = [r.nominee for r in review if "LDTT" in r.qualifies][:2]
    cstdcs = [r.nominee for r in review if "CSTDCS" in r.qualifies][:2]
    assert len(ldtt) == 2 and len(cstdcs) == 2
    proposals = [propose(demo_ws, "LDTT", ldtt), propose(demo_ws, "CSTDCS", cstdcs)]
    history_before = len(demo_ws.award_history.list(year=YEAR))

    secretary = Workspace.open(db_url, Actor("thu-ky", Role.SECRETARY))
    try:
        council = secretary.council.current_council()
        members = secretary.council.members(council.id)
        assert len(members) == 9
        meeting = secretary.council.create_meeting(MeetingInput(
            council.id, dt.datetime(YEAR + 1, 1, 10, 8), "Hội trường UBND xã", YEAR, "Lê Đức Tuấn"))
        secretary.council.set_attendance_many(meeting.id, {m.id: Attendance.PRESENT for m in members})
        secretary.council.set_counters(meeting.id, members[3].id, [members[4].id, members[5].id])
        agenda = secretary.council.build_agenda(meeting.id)
        # LĐTT before CSTĐCS (the titles' order), two nominees each: exactly what was submitted.
        assert [i.title_code for i in agenda] == ["LDTT", "LDTT", "CSTDCS", "CSTDCS"]
        slide = secretary.council.slide(agenda[2].id)
        assert slide.eligibility is not None and slide.eligibility.eligible  # the engine's verdict, as submitted
        secretary.council.start_meeting(meeting.id)
        # LĐTT: more than half of those present (9) → 5 suffice; CSTĐCS: 80 % of all 9 members → 8 needed.
        votes = {agenda[0].id: (5, 4), agenda[1].id: (6, 3), agenda[2].id: (7, 2), agenda[3].id: (8, 1)}
        approved = {item: secretary.council.record_tally(item, TallyInput(*counts)).approved
                    for item, counts in votes.items()}
        assert approved == {agenda[0].id: True, agenda[1].id: True, agenda[2].id: False, agenda[3].id: True}
        secretary.council.close_meeting(meeting.id)

        draft = secretary.council.draft_decision(meeting.id, on_date=dt.date(YEAR + 1, 1, 12))
        # Prize: multiplier × 2.340.000 đ in force on 12/01/2026, rounded up to 10.000 đ.
        assert sorted(a.amount for a in draft.awardees) == [710_000, 710_000, 2_340_000]
        assert draft.total_amount == 3_760_000
        signed = secretary.council.sign_decision(draft.id, dt.date(YEAR + 1, 1, 15))
    finally:
        secretary.close()

    assert signed.state is DecisionState.SIGNED and signed.award_records == 3
    new_rows = [r for r in demo_ws.award_history.list(year=YEAR) if r.decision_number == signed.number]
    assert len(demo_ws.award_history.list(year=YEAR)) == history_before + 3
    assert sorted(r.amount for r in new_rows) == [710_000, 710_000, 2_340_000]
    assert {r.decision_date for r in new_rows} == {dt.date(YEAR + 1, 1, 15)}
    states = {demo_ws.proposals.get(p).state for p in proposals}
    assert states == {ProposalState.DECIDED}

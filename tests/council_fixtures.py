"""Helpers of the council tests: a council of N members and SUBMITTED
proposals created directly with the ORM (independent of the proposal wizard)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.vocab import Attendance, CouncilRole, ProposalState, Role
from tnapp.models import AwardTitle, Person, Unit
from tnapp.models.awards import Proposal, ProposalNominee
from tnapp.services.council import CouncilInput, MeetingInput, MemberInput
from tnapp.services.workspace import Workspace

SECRETARY = Actor("thu-ky", Role.SECRETARY)
ADMIN = Actor("quan-tri", Role.ADMIN)

VERDICT = {
    "nominee": {"type": "person", "id": 0, "name": ""}, "title": "CSTDCS", "year": 2026,
    "rule_set": "2025-07-01-nd152", "rule_set_basis": "Luật TĐKT 2022; NĐ 152/2025/NĐ-CP",
    "verdict": "eligible",
    "criteria": [{"code": "rating", "text": "Hoàn thành xuất sắc nhiệm vụ năm 2026", "outcome": "met",
                  "basis": "Luật TĐKT 2022, Điều 23", "facts": {}, "blocking": True,
                  "explanation": "Xếp loại HTXS năm 2026"}],
}


def add_council(ws: Workspace, members: int, term: str = "T-2026") -> int:
    """A council of ``members`` people: a chair, a secretary, the rest members."""
    council = ws.council.create_council(CouncilInput(term, start_date=dt.date(2026, 1, 1)))
    for i in range(members):
        role = CouncilRole.CHAIR if i == 0 else CouncilRole.SECRETARY if i == members - 1 else CouncilRole.MEMBER
        ws.council.add_member(council.id, MemberInput(f"Thành viên {chr(65 + i)}", role, "Ủy viên", sort_order=i))
    return council.id


def submit_proposals(ws: Workspace, year: int, spec: dict[str, list[str]]) -> list[int]:
    """SUBMITTED proposals of ``year``: title code → names of demo people
    (one proposal per title, one nominee per person). Returns the nominee ids."""
    ids = []
    with ws.write(Permission.EDIT_PROPOSALS, actor=ADMIN) as session:
        people = {p.full_name: p for p in session.scalars(select(Person))}
        unit = session.scalars(select(Unit).where(Unit.code == "VP")).one()
        for code, names in spec.items():
            title = session.scalars(select(AwardTitle).where(AwardTitle.code == code)).one()
            proposal = Proposal(year=year, title_id=title.id, proposing_unit_id=unit.id,
                                state=ProposalState.SUBMITTED)
            for order, name in enumerate(names):
                person = people[name]
                verdict = {**VERDICT, "title": code, "nominee": {"type": "person", "id": person.id, "name": name}}
                proposal.nominees.append(ProposalNominee(person_id=person.id, sort_order=order, eligibility=verdict,
                                                         achievements=f"Thành tích nổi bật của {name} năm {year}."))
            session.add(proposal)
            session.flush()
            ids.extend(n.id for n in proposal.nominees)
    return ids


def open_meeting(ws: Workspace, council_id: int, year: int = 2026, *, present: int | None = None,
                 with_opinion: int = 0, start: bool = True, held_at: dt.datetime | None = None) -> int:
    """A meeting of ``year`` (held on 15/12 of that year unless ``held_at``)
    with its agenda built; the first ``present`` members present (all by
    default), the next ``with_opinion`` absent with a written opinion, the
    others absent; the first present member heads the Ban kiểm phiếu with
    the next two; started when ``start``."""
    meeting = ws.council.create_meeting(MeetingInput(council_id, held_at or dt.datetime(year, 12, 15, 8, 0),
                                                     "Hội trường UBND xã", year, "Thành viên A"))
    members = ws.council.members(council_id)
    present = len(members) if present is None else present
    statuses = {}
    for i, member in enumerate(members):
        statuses[member.id] = (Attendance.PRESENT if i < present else Attendance.ABSENT_WITH_OPINION
                               if i < present + with_opinion else Attendance.ABSENT)
    ws.council.set_attendance_many(meeting.id, statuses)
    if present:
        head, *others = [m.id for m in members[:min(present, 3)]]
        ws.council.set_counters(meeting.id, head, others)
    ws.council.build_agenda(meeting.id)
    if start:
        ws.council.start_meeting(meeting.id)
    return meeting.id


def matrix_facts(ws: Workspace) -> dict[str, int]:
    """What tests/test_role_matrix.py needs for the council's write methods, on
    the demo (``ws`` acts as an administrator): a free member, a planned
    meeting with its agenda, a running one (one item voted, one not), a
    running one ready to close, a closed one with a drafted decision."""
    from tnapp.services.council import TallyInput

    council_id = ws.council.councils()[0].id
    unused = ws.council.create_council(CouncilInput("2036-2041"))
    # Meetings of the demo council's term (from 05/01/2026), each reviewing an earlier year.
    submit_proposals(ws, 2021, {"LDTT": ["Lê Văn An"]})
    planned = open_meeting(ws, council_id, 2021, start=False, held_at=dt.datetime(2026, 12, 10, 8))
    submit_proposals(ws, 2022, {"LDTT": ["Lê Văn An"]})
    closable = open_meeting(ws, council_id, 2022, held_at=dt.datetime(2026, 12, 11, 8))
    ws.council.record_tally(ws.council.agenda(closable)[0].id, TallyInput(8, 1))
    submit_proposals(ws, 2023, {"LDTT": ["Lê Văn An"]})
    closed = open_meeting(ws, council_id, 2023, held_at=dt.datetime(2026, 12, 12, 8))
    ws.council.record_tally(ws.council.agenda(closed)[0].id, TallyInput(8, 1))
    ws.council.close_meeting(closed)
    decision = ws.council.draft_decision(closed, on_date=dt.date(2026, 12, 20))
    submit_proposals(ws, 2024, {"LDTT": ["Lê Văn An", "Đặng Thị Ánh"]})
    running = open_meeting(ws, council_id, 2024, held_at=dt.datetime(2026, 12, 13, 8))
    voted, open_item = ws.council.agenda(running)
    tally = ws.council.record_tally(voted.id, TallyInput(8, 1))
    free = ws.council.add_member(council_id, MemberInput("Thành viên Dự Khuyết", CouncilRole.MEMBER))
    return {"council_id": council_id, "free_member_id": free.id, "free_council_id": unused.id,
            "member_id": ws.council.members(council_id)[0].id, "planned_meeting_id": planned,
            "closable_meeting_id": closable, "closed_meeting_id": closed, "decision_id": decision.id,
            "running_meeting_id": running, "open_item_id": open_item.id, "tally_id": tally.id}

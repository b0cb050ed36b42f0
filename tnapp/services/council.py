"""The Emulation–Commendation Council (Hội đồng Thi đua – Khen thưởng xã):
its members per term, its meetings (attendance, quorum, the agenda built from
the proposals submitted to it), the secret-ballot tallies with the legal
thresholds, and the decision on awards (Quyết định khen thưởng) whose signing
writes every awardee's award history at once.

Permissions: the council's membership, meetings, attendance, agenda and
tallies need ``RUN_COUNCIL`` (the council secretary; the membership is the
council's own business, kept by its secretary, not a catalogue of the office);
the decision takes a number from the register and needs ``ISSUE_DOCUMENTS``.
Only counts are stored, never who voted how.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tnapp.documents.model import default_symbol
from tnapp.domain.council_rules import (
    BASE_LABELS, Counts, QuorumCheck, ThresholdBase, ThresholdRule, apply_threshold, check_quorum, exact_share,
    next_round_problem, percent_text, tally_problems,
)
from tnapp.domain import legal_bases
from tnapp.domain.eligibility import Verdict
from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.formatting import format_number
from tnapp.domain.permissions import Permission
from tnapp.domain.recognition_papers import decision_bases, recognition_paper
from tnapp.domain.setting_rules import setting_name
from tnapp.domain.text import nfc
from tnapp.domain.vocab import Attendance, CouncilRole, DocumentKind, MeetingState, ProposalState
from tnapp.errors import NotFoundError, TNAppError, ValidationError
from tnapp.i18n import N_, _, label
from tnapp.models import Commune, DocumentNumber, Person, Unit
from tnapp.models.awards import Proposal, ProposalNominee
from tnapp.models.emulation import AwardTitle
from tnapp.models.council import AgendaItem, Council, CouncilMember, Meeting, MeetingAttendance, Tally, VoteCounter
from tnapp.services.base import Service, delete_unless_used
from tnapp.services.council_decisions import CouncilDecisions
from tnapp.services.council_views import (
    AgendaGroup, AgendaItemRow, AttendanceRow, Awardee, CouncilInput, CouncilRow, CounterRow, DecisionRow,
    EligibilityLine, EligibilitySummary, ItemOutcome, ItemResult, LegalCheck, MeetingInput, MeetingOverview,
    MeetingRow, MemberInput, MemberRow, PaperChecklist, PaperNumber, ProvinceItem, QuorumStatus, SettingCheck, Slide,
    TallyInput, TallyRow, ThresholdInfo,
)
from tnapp.services.emulation_excel import nominee_info, nominee_options
from tnapp.services.documents import reserve_in
from tnapp.services.prize import prize_quote
from tnapp.services.settings import setting_in_force, setting_value

QUORUM_KEY = "council.quorum"
THRESHOLD_KEY = "council.threshold.{code}"
DEFAULT_THRESHOLD_KEY = "council.threshold.default"
SECOND_ROUND_KEY = "council.second_round_allowed"
PRIZE_KEYS = ("prize_multiplier.{code}", "base_salary", "prize_rounding_step")

# The council's papers, and the kind of paper each is in the legal-bases catalogue.
PAPERS = {"decision": legal_bases.COMMUNE_AWARD_DECISION, "minutes": legal_bases.COUNCIL_MINUTES,
          "count_record": legal_bases.BALLOT_COUNT_RECORD, "ballots": None, "certificates": None,
          "recognitions": None}


# --- the service ------------------------------------------------------------------------

class CouncilService(CouncilDecisions, Service):
    # --- councils and members ----------------------------------------------------------

    def councils(self) -> list[CouncilRow]:
        """Every council (term) of the commune, newest term first."""
        with self.ws.read() as session:
            councils = session.scalars(select(Council).options(selectinload(Council.members))
                                       .order_by(Council.term.desc())).all()
            return [self._council_row(c) for c in councils]

    def get_council(self, council_id: int) -> CouncilRow:
        with self.ws.read() as session:
            return self._council_row(self._load(session, Council, council_id, "Hội đồng"))

    def current_council(self, on: dt.date | None = None) -> CouncilRow | None:
        """The council in office on ``on`` (today), else the newest one."""
        day = on or dt.date.today()
        rows = self.councils()
        for row in rows:
            if (row.start_date is None or row.start_date <= day) and (row.end_date is None or day <= row.end_date):
                return row
        return rows[0] if rows else None

    def create_council(self, data: CouncilInput) -> CouncilRow:
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            data = self._check_council(data)
            council = Council(commune_id=self.ws.commune.current().id)
            self._apply_council(council, data)
            session.add(council)
            session.flush()
            council_id = council.id
        return self.get_council(council_id)

    def update_council(self, council_id: int, data: CouncilInput, expected_version: int | None = None) -> CouncilRow:
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            council = self._load(session, Council, council_id, "Hội đồng")
            self.ws.check_version(council, expected_version)
            self._apply_council(council, self._check_council(data))
        return self.get_council(council_id)

    def delete_council(self, council_id: int, expected_version: int | None = None) -> None:
        """Only a council that never met can be deleted (its members go with it)."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            council = self._load(session, Council, council_id, "Hội đồng")
            self.ws.check_version(council, expected_version)
            delete_unless_used(session, council, [(Meeting.council_id, N_("phiên họp"))],
                               _("Không xóa được Hội đồng nhiệm kỳ {term}", term=council.term),
                               _("Hội đồng đã họp được giữ lại trong hồ sơ."))

    def members(self, council_id: int) -> list[MemberRow]:
        """The members in order: chair, vice-chairs, members, secretary, then ``sort_order``."""
        with self.ws.read() as session:
            self._load(session, Council, council_id, "Hội đồng")
            members = session.scalars(select(CouncilMember).where(CouncilMember.council_id == council_id)).all()
            return sorted((self._member_row(m) for m in members), key=_member_key)

    def add_member(self, council_id: int, data: MemberInput) -> MemberRow:
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            self._load(session, Council, council_id, "Hội đồng")
            member = CouncilMember(council_id=council_id)
            self._apply_member(session, member, data)
            session.add(member)
            session.flush()
            return self._member_row(member)

    def update_member(self, member_id: int, data: MemberInput, expected_version: int | None = None) -> MemberRow:
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            member = self._load(session, CouncilMember, member_id, "thành viên Hội đồng")
            self.ws.check_version(member, expected_version)
            self._apply_member(session, member, data)
            session.flush()
            return self._member_row(member)

    def remove_member(self, member_id: int, expected_version: int | None = None) -> None:
        """Refused once the member's attendance was recorded at a meeting."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            member = self._load(session, CouncilMember, member_id, "thành viên Hội đồng")
            self.ws.check_version(member, expected_version)
            delete_unless_used(session, member, [(MeetingAttendance.member_id, N_("lượt điểm danh ở phiên họp"))],
                               _("Không xóa được «{full_name}»", full_name=member.full_name),
                               _("Hãy lập Hội đồng nhiệm kỳ mới nếu thành phần thay đổi."))

    # --- meetings ---------------------------------------------------------------------------------

    def meetings(self, year: int | None = None, council_id: int | None = None) -> list[MeetingRow]:
        """Meetings, newest first."""
        with self.ws.read() as session:
            query = select(Meeting).options(selectinload(Meeting.attendance), selectinload(Meeting.agenda))
            if year is not None:
                query = query.where(Meeting.year == year)
            if council_id is not None:
                query = query.where(Meeting.council_id == council_id)
            meetings = session.scalars(query.order_by(Meeting.held_at.desc(), Meeting.id.desc())).all()
            return [self._meeting_row(session, m) for m in meetings]

    def get_meeting(self, meeting_id: int) -> MeetingRow:
        with self.ws.read() as session:
            return self._meeting_row(session, self._meeting(session, meeting_id))

    def create_meeting(self, data: MeetingInput) -> MeetingRow:
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = Meeting(state=MeetingState.PLANNED)
            self._apply_meeting(session, meeting, data)
            session.add(meeting)
            session.flush()
            meeting_id = meeting.id
        return self.get_meeting(meeting_id)

    def update_meeting(self, meeting_id: int, data: MeetingInput, expected_version: int | None = None) -> MeetingRow:
        """Date, place, chair, end time and note; the council and the year only
        while planned; once closed, only the end time and the note (the
        minutes print the end time)."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = self._meeting(session, meeting_id)
            self.ws.check_version(meeting, expected_version)
            if meeting.state is MeetingState.CLOSED:
                if (data.council_id, data.held_at, nfc(data.place or ""), data.year, nfc(data.chaired_by or "") or None
                        ) != (meeting.council_id, meeting.held_at, meeting.place, meeting.year, meeting.chaired_by):
                    raise ValidationError(_("Phiên họp ngày {held_at:%d/%m/%Y} đã kết thúc: chỉ sửa được giờ kết "
                                            "thúc và ghi chú.", held_at=meeting.held_at))
                meeting.ended_at = _checked_end(meeting.held_at, data.ended_at) if data.ended_at else None
                meeting.note = nfc(data.note or "") or None
            else:
                if meeting.state is not MeetingState.PLANNED and (data.council_id != meeting.council_id
                                                                  or data.year != meeting.year):
                    raise ValidationError(_("Phiên họp đã bắt đầu: không đổi Hội đồng hay năm xét được."), field="year")
                self._apply_meeting(session, meeting, data)
        return self.get_meeting(meeting_id)

    def delete_meeting(self, meeting_id: int, expected_version: int | None = None) -> None:
        """Only a planned meeting (its attendance and agenda go with it)."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = self._meeting(session, meeting_id)
            self.ws.check_version(meeting, expected_version)
            if meeting.state is not MeetingState.PLANNED:
                raise ValidationError(_("Phiên họp ngày {held_at:%d/%m/%Y} đã bắt đầu; chỉ xóa được phiên chưa họp.",
                                        held_at=meeting.held_at))
            session.delete(meeting)

    def start_meeting(self, meeting_id: int, expected_version: int | None = None) -> MeetingRow:
        """Planned → in progress; refused without agenda or without quorum."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = self._meeting(session, meeting_id)
            self.ws.check_version(meeting, expected_version)
            if meeting.state is not MeetingState.PLANNED:
                raise ValidationError(_("Phiên họp đang ở trạng thái «{state}», không bắt đầu lại được.",
                                        state=label(meeting.state)))
            if not meeting.agenda:
                raise ValidationError(_("Phiên họp chưa có chương trình (chưa có đề nghị nào). Hãy lập chương trình "
                                        "trước khi bắt đầu."))
            quorum = self._quorum(session, meeting)
            if not quorum.met:
                raise ValidationError(_("Chưa đủ số lượng để họp. {text}", text=quorum.text))
            meeting.state = MeetingState.IN_PROGRESS
        return self.get_meeting(meeting_id)

    def close_meeting(self, meeting_id: int, expected_version: int | None = None,
                      ended_at: dt.datetime | None = None) -> MeetingRow:
        """In progress → closed, at ``ended_at`` when given (the minutes print
        it). Every item must have a result; each proposal becomes APPROVED
        when one of its nominees passed, REJECTED otherwise."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = self._meeting(session, meeting_id)
            self.ws.check_version(meeting, expected_version)
            if meeting.state is not MeetingState.IN_PROGRESS:
                raise ValidationError(_("Phiên họp đang ở trạng thái «{state}»; chỉ kết thúc được phiên đang họp.",
                                        state=label(meeting.state)))
            if ended_at is not None:
                meeting.ended_at = _checked_end(meeting.held_at, ended_at)
            approved_by_proposal: dict[int, bool] = {}
            for item in meeting.agenda:
                if not item.tallies:
                    nominee = session.get(ProposalNominee, item.nominee_id)
                    raise ValidationError(_("Mục {position} ({nominee_name}) chưa có kết quả biểu quyết; hãy ghi "
                                            "kết quả trước khi kết thúc phiên họp.",
                                            position=item.position, nominee_name=nominee.nominee_name))
                nominee = session.get(ProposalNominee, item.nominee_id)
                approved_by_proposal[nominee.proposal_id] = (approved_by_proposal.get(nominee.proposal_id, False)
                                                             or item.tallies[-1].approved)
            for proposal_id, approved in approved_by_proposal.items():
                proposal = session.get(Proposal, proposal_id)
                if proposal.state is ProposalState.SUBMITTED:
                    proposal.state = ProposalState.APPROVED if approved else ProposalState.REJECTED
            meeting.state = MeetingState.CLOSED
            self._number_minutes(session, meeting)
        return self.get_meeting(meeting_id)

    def _number_minutes(self, session: Session, meeting: Meeting) -> None:
        """The count record and the minutes take the next numbers of the
        council's own series (NĐ 30/2020, Điều 15: each issuing body numbers
        its documents through the year), in the order they were made; kept on
        the meeting, so every reprint shows the same number."""
        symbol = default_symbol(DocumentKind.MINUTES, council=True)
        for column, summary in (("count_number_id", f"Biên bản kiểm phiếu xét khen thưởng năm {meeting.year}"),
                                ("minutes_number_id", "Biên bản họp Hội đồng Thi đua – Khen thưởng xét khen "
                                                      f"thưởng năm {meeting.year}")):
            if getattr(meeting, column) is None:
                number = reserve_in(session, commune_id=self.ws.commune.current().id, year=meeting.held_at.year,
                                    kind=DocumentKind.MINUTES, symbol=symbol, summary=summary,
                                    reserved_by=self.ws.actor.username)
                setattr(meeting, column, number.id)

    # --- attendance -------------------------------------------------------------------------------

    def attendance(self, meeting_id: int) -> list[AttendanceRow]:
        """Every member of the meeting's council with their status (None: not marked)."""
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            marks = {a.member_id: a for a in meeting.attendance}
            members = sorted(session.scalars(select(CouncilMember).where(
                CouncilMember.council_id == meeting.council_id)).all(), key=lambda m: _member_key(m))
            return [AttendanceRow(m.id, m.full_name, m.role, m.position,
                                  marks[m.id].status if m.id in marks else None,
                                  marks[m.id].version if m.id in marks else None) for m in members]

    def set_attendance(self, meeting_id: int, member_id: int, status: Attendance) -> AttendanceRow:
        """Mark one member; a member has one status per meeting (present OR absent)."""
        return self.set_attendance_many(meeting_id, {member_id: status})[0]

    def set_attendance_many(self, meeting_id: int, statuses: dict[int, Attendance]) -> list[AttendanceRow]:
        """Mark several members in one transaction; returns their rows. Refused
        (nothing changed) once the meeting is closed, or for a member of
        another council."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = self._meeting(session, meeting_id)
            if meeting.state is MeetingState.CLOSED:
                raise ValidationError(_("Phiên họp đã kết thúc, không sửa điểm danh được."))
            marks = {a.member_id: a for a in meeting.attendance}
            counters = {c.member_id for c in meeting.counters}
            for member_id, status in statuses.items():
                member = session.get(CouncilMember, member_id)
                if member is None or member.council_id != meeting.council_id:
                    raise ValidationError(_("Thành viên #{member_id} không thuộc Hội đồng của phiên họp này.",
                                            member_id=member_id),
                                          field="member_id")
                status = Attendance(status)
                if member_id in counters and status is not Attendance.PRESENT:
                    raise ValidationError(_("«{full_name}» ở trong Ban kiểm phiếu nên phải có mặt; hãy đổi Ban kiểm "
                                            "phiếu trước khi ghi vắng mặt.",
                                            full_name=member.full_name), field="member_id")
                if member_id in marks:
                    marks[member_id].status = status
                else:
                    mark = MeetingAttendance(member_id=member_id, status=status)
                    meeting.attendance.append(mark)
                    marks[member_id] = mark
            _refuse_present_and_absent(session, meeting.council_id, marks)
        wanted = set(statuses)
        return [row for row in self.attendance(meeting_id) if row.member_id in wanted]

    def quorum(self, meeting_id: int) -> QuorumStatus:
        with self.ws.read() as session:
            return self._quorum(session, self._meeting(session, meeting_id))

    # --- the vote-counting board (Ban kiểm phiếu) -------------------------------------------------

    def counters(self, meeting_id: int) -> list[CounterRow]:
        """The meeting's Ban kiểm phiếu: its head first, then its members."""
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            rows = [(c, session.get(CouncilMember, c.member_id)) for c in meeting.counters]
            return [CounterRow(m.id, m.full_name, m.position, c.is_head)
                    for c, m in sorted(rows, key=lambda cm: (not cm[0].is_head, cm[0].sort_order))]

    def set_counters(self, meeting_id: int, head_id: int, member_ids: list[int] | tuple[int, ...] = ()
                     ) -> list[CounterRow]:
        """Record the Ban kiểm phiếu the meeting elected: its head and members,
        council members present at the meeting; they count the secret ballots
        and sign the count record. Replaces the board recorded before; refused
        (nothing changed) once the meeting is closed or once a ballot was counted."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = self._meeting(session, meeting_id)
            if meeting.state is MeetingState.CLOSED:
                raise ValidationError(_("Phiên họp đã kết thúc, không đổi Ban kiểm phiếu được."))
            if any(item.tallies for item in meeting.agenda):
                raise ValidationError(_("Ban kiểm phiếu đã kiểm phiếu (đã có kết quả biểu quyết); không đổi được."))
            ids = [head_id, *(m for m in member_ids if m != head_id)]
            if len(set(ids)) != len(ids):
                raise ValidationError(_("Một người chỉ ghi một lần trong Ban kiểm phiếu."), field="member_ids")
            status = {a.member_id: a.status for a in meeting.attendance}
            for member_id in ids:
                member = session.get(CouncilMember, member_id)
                if member is None or member.council_id != meeting.council_id:
                    raise ValidationError(_("Thành viên #{member_id} không thuộc Hội đồng của phiên họp này.",
                                            member_id=member_id),
                                          field="member_ids")
                if status.get(member_id) is not Attendance.PRESENT:
                    raise ValidationError(_("«{full_name}» chưa được điểm danh có mặt; Ban kiểm phiếu gồm các thành "
                                            "viên có mặt.", full_name=member.full_name), field="member_ids")
            meeting.counters.clear()
            session.flush()
            for order, member_id in enumerate(ids):
                meeting.counters.append(VoteCounter(member_id=member_id, is_head=order == 0, sort_order=order))
        return self.counters(meeting_id)

    # --- agenda and presentation ------------------------------------------------------------------

    def agenda(self, meeting_id: int) -> list[AgendaItemRow]:
        """The agenda in order, each item with its tallies and result."""
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            return [self._item_row(session, meeting, item) for item in self._items(session, meeting)]

    def build_agenda(self, meeting_id: int) -> list[AgendaItemRow]:
        """(Re)build the agenda from the SUBMITTED proposals of the meeting's
        year, grouped by title (the catalogue's order), then nominees in
        Vietnamese name order. Only while the meeting is planned; nominees on
        another meeting's agenda are left out."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            meeting = self._meeting(session, meeting_id)
            if meeting.state is not MeetingState.PLANNED:
                raise ValidationError(_("Chỉ lập lại chương trình được khi phiên họp chưa bắt đầu."))
            meeting.agenda.clear()
            session.flush()
            elsewhere = set(session.scalars(select(AgendaItem.nominee_id).where(AgendaItem.meeting_id != meeting.id)))
            nominees = session.scalars(
                select(ProposalNominee).join(Proposal).where(Proposal.year == meeting.year,
                                                             Proposal.state == ProposalState.SUBMITTED)
                .options(selectinload(ProposalNominee.proposal).selectinload(Proposal.title),
                         *nominee_options(ProposalNominee))).all()
            chosen = [n for n in nominees if n.id not in elsewhere]
            chosen.sort(key=lambda n: (n.proposal.title.sort_order, n.proposal.title.code,
                                       nominee_info(n).sort_key, n.id))
            for position, nominee in enumerate(chosen, start=1):
                meeting.agenda.append(AgendaItem(nominee_id=nominee.id, position=position))
        return self.agenda(meeting_id)

    def set_presenter_note(self, item_id: int, note: str | None, expected_version: int | None = None
                           ) -> AgendaItemRow:
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            item = self._load(session, AgendaItem, item_id, "mục chương trình")
            self.ws.check_version(item, expected_version)
            item.presenter_note = nfc(note or "") or None
        return self._agenda_item(item_id)

    def slides(self, meeting_id: int) -> list[Slide]:
        """The presentation: one slide per agenda item, in order."""
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            rows = [self._item_row(session, meeting, item) for item in self._items(session, meeting)]
            verdicts = self._verdicts_on_meeting_day(session, meeting, rows)
            return [self._slide(session, meeting, rows, i, verdicts) for i in range(len(rows))]

    def overview(self, meeting_id: int) -> MeetingOverview:
        """The meeting, its quorum, attendance and the agenda grouped by title (slides)."""
        slides = self.slides(meeting_id)
        groups: list[AgendaGroup] = []
        for slide in slides:
            if not groups or groups[-1].title_code != slide.title_code:
                groups.append(AgendaGroup(slide.title_code, slide.title_name, slide.threshold, ()))
            groups[-1] = AgendaGroup(groups[-1].title_code, groups[-1].title_name, groups[-1].threshold,
                                     (*groups[-1].slides, slide))
        meeting = self.get_meeting(meeting_id)
        with self.ws.read() as session:
            second = bool(_value(session, SECOND_ROUND_KEY, meeting.held_at.date(), False))
        return MeetingOverview(meeting, self.quorum(meeting_id), tuple(self.attendance(meeting_id)), tuple(groups),
                               second)

    def slide(self, item_id: int) -> Slide:
        """One item's slide (refreshed after a tally)."""
        with self.ws.read() as session:
            item = self._load(session, AgendaItem, item_id, "mục chương trình")
            meeting = self._meeting(session, item.meeting_id)
            items = self._items(session, meeting)
            index = [i.id for i in items].index(item_id)
            rows = [self._item_row(session, meeting, i) for i in items[index:index + 2]]  # it and the next one
            verdicts = self._verdicts_on_meeting_day(session, meeting, rows[:1])
            return self._slide(session, meeting, rows, 0, verdicts, first_index=index, count=len(items))

    # --- thresholds and tallies -------------------------------------------------------------------

    def threshold(self, title_code: str, on: dt.date | None = None) -> ThresholdInfo:
        """The threshold of ``title_code`` in force on ``on``: its own setting,
        else ``council.threshold.default``."""
        with self.ws.read() as session:
            return _threshold_info(title_code, _threshold_rule(session, title_code, on or dt.date.today()))

    def record_tally(self, item_id: int, counts: TallyInput, round: int | None = None) -> TallyRow:
        """Record the counts of the next round of ``item_id`` (``round``, when
        given, must be that next round). Refused, nothing changed, when the
        meeting is not in progress, the quorum is not met, the counts do not
        add up (more ballots than members present, more written opinions than
        members absent with one), or that round's result is already recorded."""
        with self.ws.write(Permission.RUN_COUNCIL) as session:
            item = self._load(session, AgendaItem, item_id, "mục chương trình")
            meeting = self._meeting(session, item.meeting_id)
            label = f"Mục {item.position}"
            if meeting.state is MeetingState.PLANNED:
                raise ValidationError(_("{label}: phiên họp chưa bắt đầu; hãy bắt đầu phiên họp rồi ghi kết quả.",
                                        label=label))
            if meeting.state is MeetingState.CLOSED:
                raise ValidationError(_("{label}: phiên họp đã kết thúc, không ghi thêm kết quả được.", label=label))
            done = [t.approved for t in item.tallies]
            next_round = len(done) + 1
            if round is not None and round != next_round:
                if round <= len(done):
                    raise ValidationError(_("{label}: kết quả vòng {round} đã được ghi; không ghi lại lần hai.",
                                            label=label, round=round),
                                          field="round")
                raise ValidationError(_("{label}: chưa có kết quả vòng {next_round}.",
                                        label=label, next_round=next_round), field="round")
            problem = next_round_problem(done, bool(_value(session, SECOND_ROUND_KEY, meeting.held_at.date(),
                                                           False)))
            if problem:
                raise ValidationError(_("{label}: {problem}", label=label, problem=problem), field="round")
            quorum = self._quorum(session, meeting)
            if not quorum.met:
                raise ValidationError(_("{label}: không đủ số lượng để biểu quyết. {text}",
                                        label=label, text=quorum.text))
            if not meeting.counters:
                raise ValidationError(_("{label}: chưa ghi Ban kiểm phiếu của phiên họp; hãy ghi Trưởng ban và các "
                                        "thành viên Ban kiểm phiếu trước khi ghi kết quả kiểm phiếu.", label=label))
            data = Counts(counts.agree, counts.disagree, counts.invalid, counts.written_agree,
                          counts.written_disagree)
            problems = tally_problems(data, quorum.members_total, quorum.present, quorum.absent_with_opinion)
            if problems:
                raise ValidationError(_("{label}: {problem}", label=label, problem=" ".join(t for _c, t in problems)),
                                      field=problems[0][0])
            nominee = session.get(ProposalNominee, item.nominee_id)
            rule = _threshold_rule(session, nominee.proposal.title.code, meeting.held_at.date())
            outcome = apply_threshold(data, rule, quorum.members_total, quorum.present)
            tally = Tally(round=next_round, agree=data.agree, disagree=data.disagree, invalid=data.invalid,
                          written_agree=data.written_agree, written_disagree=data.written_disagree,
                          members_total=quorum.members_total, members_present=quorum.present,
                          threshold_share=float(rule.share), threshold_base=rule.base.value,
                          threshold_basis=_basis_text(rule)[:300], approved=outcome.approved)
            item.tallies.append(tally)
            session.flush()
            return _tally_row(tally, rule)

    def cancel_tally(self, tally_id: int, reason: str, expected_version: int | None = None) -> None:
        """Remove the LAST round of an item typed in wrongly, while the meeting
        is in progress; the reason goes to the change log."""
        reason = nfc(reason or "")
        if not reason:
            raise ValidationError(_("Hãy ghi lý do hủy kết quả biểu quyết."), field="reason")
        with self.ws.write(Permission.RUN_COUNCIL, reason=reason) as session:
            tally = self._load(session, Tally, tally_id, "kết quả biểu quyết")
            self.ws.check_version(tally, expected_version)
            item = tally.item
            meeting = self._meeting(session, item.meeting_id)
            if meeting.state is not MeetingState.IN_PROGRESS:
                raise ValidationError(_("Chỉ hủy được kết quả khi phiên họp đang diễn ra."))
            if item.tallies[-1].id != tally.id:
                raise ValidationError(_("Mục {position}: chỉ hủy được kết quả vòng cuối.", position=item.position))
            item.tallies.remove(tally)
            session.delete(tally)

    def results(self, meeting_id: int) -> list[ItemOutcome]:
        """Per item: counts of the last round, threshold, base, basis, result."""
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            return [self._outcome(session, meeting, item) for item in self._items(session, meeting)]

    # --- before printing or signing --------------------------------------------------------------

    def paper_checklist(self, meeting_id: int, paper: str) -> PaperChecklist:
        """What ``paper`` (one of ``PAPERS``) of the meeting rests on that is
        not confirmed yet: the settings behind its figures (quorum, thresholds,
        prizes) and the legal bases it cites whose number or date was not
        checked. Shown on screen before printing or signing; the paper itself
        prints none of it."""
        if paper not in PAPERS:
            raise ValidationError(_("Không có giấy tờ «{paper}» của phiên họp.", paper=paper), field="paper")
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            held = meeting.held_at.date()
            keys: list[tuple[str, dt.date]] = []
            codes: dict[str, None] = {}
            if paper in ("minutes", "count_record", "ballots"):
                if paper == "minutes":
                    keys.append((QUORUM_KEY, held))
                codes = dict.fromkeys(session.get(ProposalNominee, i.nominee_id).proposal.title.code
                                      for i in self._items(session, meeting))
                keys += [(_threshold_rule(session, code, held).setting_key, held) for code in codes]
                if paper != "ballots" and any(len(i.tallies) > 1 for i in self._items(session, meeting)):
                    keys.append((SECOND_ROUND_KEY, held))
            day = held
            if paper in ("decision", "certificates", "recognitions"):
                decision = self.decision(meeting_id)
                day = (decision.signed_on if decision else None) or dt.date.today()
                codes = dict.fromkeys(a.title_code for a in (decision.awardees if decision else ()))
                if paper != "recognitions":
                    keys += [(key.format(code=code), day) for code in codes for key in PRIZE_KEYS]
            settings = []
            titles = {t.code: t.name for t in session.scalars(select(AwardTitle))}
            for key, on in dict.fromkeys(keys):
                try:
                    row = setting_in_force(session, key, on)
                except NotFoundError:
                    continue
                if row.unconfirmed:
                    name = setting_name(key, titles, row.note or "")
                    settings.append(SettingCheck(key, name, _setting_text(key, row.value), row.basis or ""))
        kind = PAPERS[paper]
        legal = tuple(LegalCheck(legal_bases.citation(d), d.note)
                      for d in (legal_bases.unconfirmed(kind, day) if kind else ()))
        if paper == "decision":  # what it cites for the titles it holds (NĐ 86/2023 for GĐVH, TVH)
            cited = {c.citation for c in legal}
            legal += tuple(check for d in decision_bases(codes, day) if not d.confirmed
                           and (check := LegalCheck(legal_bases.citation(d), d.note)).citation not in cited)
        if paper == "recognitions":  # who signs the Giấy công nhận, where that rests on an unchecked text
            papers = [(titles[code], found) for code in codes
                      if (found := recognition_paper(code)) is not None and not found.confirmed]
            legal += tuple(LegalCheck(f"Giấy công nhận «{name}» do {found.issuer} ký – {found.basis}", found.note)
                           for name, found in papers)
        return PaperChecklist(paper, tuple(dict.fromkeys(settings)), legal)

    # --- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, model: type, row_id: int, what: str):  # noqa: ANN205
        row = session.get(model, row_id)
        if row is None:
            raise NotFoundError(_("Không tìm thấy {what} #{row_id}.", what=what, row_id=row_id))
        return row

    def _meeting(self, session: Session, meeting_id: int | None) -> Meeting:
        return self._load(session, Meeting, meeting_id, "phiên họp")

    @staticmethod
    def _council_row(c: Council) -> CouncilRow:
        return CouncilRow(c.id, c.term, c.established_by, c.start_date, c.end_date, len(c.members), c.version)

    @staticmethod
    def _member_row(m: CouncilMember) -> MemberRow:
        return MemberRow(m.id, m.council_id, m.full_name, m.position, m.role, m.person_id, m.sort_order, m.version)

    @staticmethod
    def _check_council(data: CouncilInput) -> CouncilInput:
        term = nfc(data.term or "")
        if not term:
            raise ValidationError(_("Nhiệm kỳ không được để trống (ví dụ 2026-2031)."), field="term")
        if data.start_date and data.end_date and data.end_date < data.start_date:
            raise ValidationError(_("Ngày kết thúc nhiệm kỳ trước ngày bắt đầu."), field="end_date")
        return CouncilInput(term, nfc(data.established_by or "") or None, data.start_date, data.end_date)

    @staticmethod
    def _apply_council(council: Council, data: CouncilInput) -> None:
        council.term, council.established_by = data.term, data.established_by
        council.start_date, council.end_date = data.start_date, data.end_date

    @staticmethod
    def _apply_member(session: Session, member: CouncilMember, data: MemberInput) -> None:
        name = nfc(data.full_name or "")
        if not name:
            raise ValidationError(_("Họ và tên thành viên không được để trống."), field="full_name")
        try:
            role = CouncilRole(data.role)
        except ValueError as exc:
            raise ValidationError(_("Vai trò «{role}» không hợp lệ.", role=data.role), field="role") from exc
        if role in (CouncilRole.CHAIR, CouncilRole.SECRETARY):
            other = session.scalars(select(CouncilMember).where(
                CouncilMember.council_id == member.council_id, CouncilMember.role == role,
                CouncilMember.id != (member.id or 0))).first()
            if other is not None:
                raise ValidationError(_("Hội đồng đã có {role} là «{full_name}»; mỗi Hội đồng chỉ có một.",
                                        role=label(role), full_name=other.full_name), field="role")
        member.full_name, member.role = name, role
        member.position = nfc(data.position or "") or None
        member.person_id, member.sort_order = data.person_id, data.sort_order

    def _meeting_row(self, session: Session, m: Meeting) -> MeetingRow:
        council = session.get(Council, m.council_id)
        total = session.scalar(select(func.count()).where(CouncilMember.council_id == m.council_id)) or 0
        present = sum(1 for a in m.attendance if a.status is Attendance.PRESENT)
        return MeetingRow(m.id, m.council_id, council.term, m.held_at, m.place, m.year, m.state, m.chaired_by,
                          m.note, total, present, len(m.agenda), m.version, m.ended_at,
                          _paper_number(session, m.count_number_id), _paper_number(session, m.minutes_number_id))

    @staticmethod
    def _apply_meeting(session: Session, meeting: Meeting, data: MeetingInput) -> None:
        council = session.get(Council, data.council_id)
        if council is None:
            raise ValidationError(_("Không tìm thấy Hội đồng #{council_id}.",
                                    council_id=data.council_id), field="council_id")
        place = nfc(data.place or "")
        if not place:
            raise ValidationError(_("Địa điểm họp không được để trống."), field="place")
        if not 2000 <= data.year <= 2100:
            raise ValidationError(_("Năm xét khen thưởng {year} không hợp lệ.", year=data.year), field="year")
        if data.held_at is None:
            raise ValidationError(_("Hãy nhập ngày giờ họp."), field="held_at")
        day = data.held_at.date()
        if (council.start_date and day < council.start_date) or (council.end_date and day > council.end_date):
            term = " – ".join(f"{d:%d/%m/%Y}" if d else "…" for d in (council.start_date, council.end_date))
            raise ValidationError(_("Ngày họp {day:%d/%m/%Y} nằm ngoài nhiệm kỳ của Hội đồng {term} ({term2}); hãy "
                                    "chọn Hội đồng của nhiệm kỳ đó hoặc sửa ngày họp.",
                                    day=day, term=council.term, term2=term), field="held_at")
        meeting.ended_at = _checked_end(data.held_at, data.ended_at) if data.ended_at else None
        meeting.council_id, meeting.held_at, meeting.place, meeting.year = (data.council_id, data.held_at, place,
                                                                            data.year)
        meeting.chaired_by = nfc(data.chaired_by or "") or None
        meeting.note = nfc(data.note or "") or None

    def _quorum(self, session: Session, meeting: Meeting) -> QuorumStatus:
        total = session.scalar(select(func.count()).where(CouncilMember.council_id == meeting.council_id)) or 0
        counts = {status: 0 for status in Attendance}
        for mark in meeting.attendance:
            counts[mark.status] += 1
        setting = setting_in_force(session, QUORUM_KEY, meeting.held_at.date())
        check: QuorumCheck = check_quorum(total, counts[Attendance.PRESENT], exact_share(setting.value),
                                          setting.basis or "", setting.unconfirmed)
        return QuorumStatus(total, counts[Attendance.PRESENT], counts[Attendance.ABSENT_WITH_OPINION],
                            counts[Attendance.ABSENT], total - sum(counts.values()), check.required, check.met,
                            percent_text(check.share), check.basis, check.unconfirmed, check.text)

    @staticmethod
    def _items(session: Session, meeting: Meeting) -> list[AgendaItem]:
        return session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                               .options(selectinload(AgendaItem.tallies)).order_by(AgendaItem.position)).all()

    def _agenda_item(self, item_id: int) -> AgendaItemRow:
        with self.ws.read() as session:
            item = self._load(session, AgendaItem, item_id, "mục chương trình")
            return self._item_row(session, self._meeting(session, item.meeting_id), item)

    def _item_row(self, session: Session, meeting: Meeting, item: AgendaItem) -> AgendaItemRow:
        nominee = session.get(ProposalNominee, item.nominee_id)
        proposal = nominee.proposal
        info = nominee_info(nominee)
        rule = _threshold_rule(session, proposal.title.code, meeting.held_at.date())
        tallies = tuple(_tally_row(t, rule) for t in item.tallies)
        result = _result(tallies)
        proposer = session.get(Unit, proposal.proposing_unit_id).name if proposal.proposing_unit_id else ""
        allowed = meeting.state is not MeetingState.CLOSED and next_round_problem(
            [t.approved for t in tallies], bool(_value(session, SECOND_ROUND_KEY, meeting.held_at.date(), False))
        ) is None
        return AgendaItemRow(item.id, meeting.id, item.position, nominee.id, proposal.id, info, info.name,
                             info.unit_name, nominee.person.position if nominee.person else None, proposal.title_id,
                             proposal.title.code, proposal.title.name, proposer,
                             _threshold_info(proposal.title.code, rule), tallies, result,
                             _(ItemResult.LABELS[result]), allowed, item.presenter_note, item.version)

    def _verdicts_on_meeting_day(self, session: Session, meeting: Meeting, rows: list[AgendaItemRow]
                                 ) -> dict[int, Verdict]:
        """Each item's verdict on the results of its proposal's year, pending matters as they
        stand on the meeting's day, even after that year's end (a matter opened or settled
        since the proposal counts, NĐ 152/2025 Điều 4), by item id; the items of a year the
        rule set can no longer judge keep the verdicts given when they were proposed."""
        years: dict[int, list[tuple[int, Nominee, str]]] = {}
        for row in rows:
            proposed = session.get(ProposalNominee, row.nominee_id)
            years.setdefault(proposed.proposal.year, []).append((row.id, Nominee.of(proposed), row.title_code))
        verdicts: dict[int, Verdict] = {}
        for year, items in years.items():
            try:
                judged = self.ws.eligibility.judge_pairs([(n, code) for _, n, code in items], year,
                                                         on=meeting.held_at.date())
            except ValidationError:
                continue
            verdicts.update(zip((item_id for item_id, _, _ in items), judged))
        return verdicts

    def _slide(self, session: Session, meeting: Meeting, rows: list[AgendaItemRow], index: int,
               verdicts: dict[int, Verdict], first_index: int = 0, count: int | None = None) -> Slide:
        """The slide of ``rows[index]`` (the following row names the next
        item); ``first_index``/``count`` place it when ``rows`` is a part of the agenda;
        ``verdicts``: the items' verdicts on the meeting's day."""
        row = rows[index]
        nominee = session.get(ProposalNominee, row.nominee_id)
        day = meeting.held_at.date()
        try:
            quote = prize_quote(session, row.title_code, day)
            prize, prize_basis = quote.amount, quote.basis + (_(" (chưa xác nhận)") if quote.unconfirmed else "")
        except NotFoundError as exc:
            prize, prize_basis = None, str(exc)
        following = rows[index + 1] if index + 1 < len(rows) else None
        next_item = f"{following.nominee_name} – {following.title_name}" if following else None
        return Slide(row.id, first_index + index + 1, count or len(rows), row.title_name, row.nominee_name,
                     row.unit_name, row.job_title, row.title_name, row.title_code, _eligibility(nominee, verdicts.get(row.id), day),
                     nominee.achievements, row.proposer, prize, prize_basis, row.threshold, row.tallies, row.result,
                     row.result_label, row.next_round_allowed, row.presenter_note, next_item, row.version)

    def _outcome(self, session: Session, meeting: Meeting, item: AgendaItem) -> ItemOutcome:
        row = self._item_row(session, meeting, item)
        last = row.last_tally
        rule = row.threshold
        if last is not None:  # the share and base applied when it was recorded
            applied = ThresholdRule(last.threshold_share, last.threshold_base, rule.strict, rule.count_written,
                                    last.threshold_basis or "", rule.unconfirmed)
            share, base, text, basis = (percent_text(applied.share), applied.base.value, applied.text,
                                        last.threshold_basis or "")
        else:
            share, base, text, basis = rule.share_text, rule.base.value, rule.text, rule.basis

        def count(name: str) -> int | None:
            return getattr(last, name) if last is not None else None

        return ItemOutcome(
            row.id, row.position, row.nominee_name, row.unit_name, row.title_code, row.title_name, count("round"),
            count("agree"), count("disagree"), count("invalid"), count("written_agree"), count("written_disagree"),
            count("members_total"), count("members_present"), share, base, text, basis, rule.unconfirmed,
            count("votes_for"), count("needed"), row.result, row.result_label, rule.count_written)

# --- demo data ------------------------------------------------------------------------------

def load_demo_council(session: Session, folder: Path) -> int:
    """The demo commune's council (``council.json``: term, members with their
    role); called by the demo seeding inside its one transaction. Returns the
    number of members."""
    path = folder / "council.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TNAppError(_("Không đọc được tệp dữ liệu mẫu «{path}»: {exc}.", path=path, exc=exc)) from exc
    units = {u.code: u.id for u in session.scalars(select(Unit))}
    people = {(p.full_name, p.birth_year, p.unit_id): p for p in session.scalars(select(Person))}
    council = Council(commune_id=session.scalar(select(Commune.id)), term=data["term"],
                      established_by=data.get("established_by"),
                      start_date=dt.date.fromisoformat(data["start_date"]) if data.get("start_date") else None,
                      end_date=dt.date.fromisoformat(data["end_date"]) if data.get("end_date") else None)
    for order, item in enumerate(data["members"], start=1):
        person = people.get((item["person"], item["birth_year"], units.get(item["unit"])))
        if person is None:
            raise TNAppError(_("Tệp dữ liệu mẫu «{path}»: không có người «{person}» ({birth_year}, {unit}).",
                               path=path.name, person=item['person'], birth_year=item['birth_year'], unit=item['unit']))
        council.members.append(CouncilMember(person_id=person.id, full_name=person.full_name,
                                             position=item.get("position") or person.position,
                                             role=CouncilRole(item["role"]), sort_order=order))
    session.add(council)
    session.flush()
    return len(council.members)


# --- module helpers ------------------------------------------------------------------------

def _setting_text(key: str, value: object) -> str:
    """A setting's value as the checklist shows it (vi_VN numbers, shares as the minutes print them)."""
    if isinstance(value, bool):
        return _("có") if value else _("không")
    if isinstance(value, dict) and "share" in value:
        return ThresholdRule.from_setting(value, "", False, key).text
    if key == QUORUM_KEY:
        return _("{share} tổng số thành viên", share=percent_text(exact_share(value)))
    if isinstance(value, (int, float)):
        return format_number(value)
    return str(value)


def _paper_number(session: Session, number_id: int | None) -> PaperNumber | None:
    number = session.get(DocumentNumber, number_id) if number_id else None
    return PaperNumber(number.seq, number.symbol, number.display_number) if number else None


def _checked_end(held_at: dt.datetime, ended_at: dt.datetime) -> dt.datetime:
    if ended_at <= held_at:
        raise ValidationError(_("Giờ kết thúc {ended_at:%H:%M %d/%m/%Y} phải sau giờ bắt đầu họp {held_at:%H:%M "
                                "%d/%m/%Y}.", ended_at=ended_at, held_at=held_at), field="ended_at")
    return ended_at


def _refuse_present_and_absent(session: Session, council_id: int, marks: dict[int, MeetingAttendance]) -> None:
    """One person entered twice in the council (same person, or the same name)
    cannot be both present and absent at one meeting."""
    seen: dict[tuple, bool] = {}  # the same person (by person record or by name) → present
    for member in session.scalars(select(CouncilMember).where(CouncilMember.council_id == council_id)):
        if member.id not in marks:
            continue
        present = marks[member.id].status is Attendance.PRESENT
        keys = [("name", nfc(member.full_name).casefold())] + ([("person", member.person_id)] if member.person_id
                                                               else [])
        if any(key in seen and seen[key] != present for key in keys):
            raise ValidationError(_("«{full_name}» được ghi hai lần trong Hội đồng, một lần có mặt và một lần vắng "
                                    "mặt; một người chỉ có một trạng thái ở mỗi phiên họp.",
                                    full_name=member.full_name), field="member_id")
        seen.update(dict.fromkeys(keys, present))


_ROLE_ORDER = {CouncilRole.CHAIR: 0, CouncilRole.VICE_CHAIR: 1, CouncilRole.MEMBER: 2, CouncilRole.SECRETARY: 3}


def _member_key(m: MemberRow | CouncilMember) -> tuple:
    return (_ROLE_ORDER[m.role], m.sort_order, m.id)


def _value(session: Session, key: str, on: dt.date, default: object) -> object:
    try:
        return setting_value(session, key, on)
    except NotFoundError:
        return default


def _threshold_rule(session: Session, title_code: str, on: dt.date) -> ThresholdRule:
    key = THRESHOLD_KEY.format(code=title_code)
    try:
        setting = setting_in_force(session, key, on)
    except NotFoundError:
        key = DEFAULT_THRESHOLD_KEY
        setting = setting_in_force(session, key, on)
    return ThresholdRule.from_setting(dict(setting.value), setting.basis, setting.unconfirmed, key)


def _threshold_info(title_code: str, rule: ThresholdRule) -> ThresholdInfo:
    return ThresholdInfo(title_code, rule.share, percent_text(rule.share), rule.base, _(BASE_LABELS[rule.base]),
                         rule.strict, rule.count_written, rule.text, rule.basis, rule.unconfirmed, rule.setting_key)


def _basis_text(rule: ThresholdRule) -> str:
    flag = _(" (chưa xác nhận)") if rule.unconfirmed and "chưa xác nhận" not in rule.basis else ""
    return f"{rule.text}; {rule.basis}{flag}"


def _tally_row(t: Tally, rule: ThresholdRule) -> TallyRow:
    """A stored tally, re-explained with the share and base stored with it."""
    stored = ThresholdRule(exact_share(t.threshold_share), ThresholdBase(t.threshold_base),
                           rule.strict, rule.count_written, t.threshold_basis or "", rule.unconfirmed)
    outcome = apply_threshold(Counts(t.agree, t.disagree, t.invalid, t.written_agree, t.written_disagree), stored,
                              t.members_total, t.members_present)
    return TallyRow(t.id, t.item_id, t.round, t.agree, t.disagree, t.invalid, t.written_agree, t.written_disagree,
                    t.members_total, t.members_present, stored.share, stored.base, t.threshold_basis, t.approved,
                    outcome.votes_for, outcome.needed, outcome.explanation, t.version)


def _result(tallies: tuple[TallyRow, ...]) -> str:
    if not tallies:
        return ItemResult.PENDING
    return ItemResult.APPROVED if tallies[-1].approved else ItemResult.REJECTED


def _eligibility(nominee: ProposalNominee, judged: Verdict | None, day: dt.date) -> EligibilitySummary | None:
    """The summary of ``judged`` (the verdict with pending matters as they stand on the meeting's
    ``day``), else of the verdict stored when proposed."""
    if judged is None and not nominee.eligibility:
        return None
    verdict = judged or Verdict.from_json(nominee.eligibility)
    lines = tuple(EligibilityLine(c.text, c.outcome.label, {"met": True, "not_met": False}.get(c.outcome.value),
                                  c.basis, c.explanation, c.blocking) for c in verdict.criteria)
    eligible = {"eligible": True, "not_eligible": False}.get(verdict.verdict.value)
    return EligibilitySummary(label(verdict.verdict), eligible, verdict.rule_set_basis, lines, nominee.override_reason,
                              day if judged is not None else None)



__all__ = [
    "AgendaGroup", "AgendaItemRow", "AttendanceRow", "Awardee", "CouncilInput", "CouncilRow", "CouncilService",
    "CounterRow", "DecisionRow", "EligibilityLine", "EligibilitySummary", "ItemOutcome", "ItemResult", "LegalCheck",
    "MeetingInput", "MeetingOverview", "MeetingRow", "MemberInput", "MemberRow", "PaperChecklist", "PaperNumber",
    "ProvinceItem",
    "QuorumStatus", "SettingCheck", "Slide", "TallyInput", "TallyRow", "ThresholdInfo", "load_demo_council",
]

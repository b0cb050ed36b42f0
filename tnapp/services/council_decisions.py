"""The council's decision on awards (Quyết định khen thưởng): the approved
nominees with their prize on the decision date, the draft with a QĐ number
reserved in the register, and the signed decision whose recording writes
every awardee's award history at once. Needs ``ISSUE_DOCUMENTS``.

A part of ``CouncilService`` (``ws.council``), kept apart because it is about
the register and the award history rather than the meeting itself; it uses
the service's ``_load``, ``_meeting`` and ``_items``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnapp.documents.model import default_symbol
from tnapp.domain.permissions import Permission
from tnapp.domain.text import nfc
from tnapp.domain.vocab import DecisionState, DocumentKind, MeetingState, NumberState, ProposalState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.models import AwardRecord, DocumentNumber
from tnapp.models.awards import ProposalNominee
from tnapp.models.council import Decision, Meeting
from tnapp.services.council_views import Awardee, DecisionRow
from tnapp.services.documents import reserve_in
from tnapp.services.emulation_excel import nominee_info
from tnapp.services.prize import prize_quote


class CouncilDecisions:
    """The decision methods of ``CouncilService``."""

    def awardees(self, meeting_id: int, on_date: dt.date | None = None) -> list[Awardee]:
        """The approved nominees with their prize on ``on_date`` (the decision
        date; today by default), in agenda order."""
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            return self._awardees(session, meeting, on_date or dt.date.today())

    def decision(self, meeting_id: int) -> DecisionRow | None:
        """The meeting's decision (draft or signed), if one was drafted."""
        with self.ws.read() as session:
            self._meeting(session, meeting_id)
            decision = session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)
                                       .order_by(Decision.id.desc())).first()
            return self._decision_row(session, decision) if decision else None

    def get_decision(self, decision_id: int) -> DecisionRow:
        with self.ws.read() as session:
            return self._decision_row(session, self._load(session, Decision, decision_id, "quyết định"))

    def draft_decision(self, meeting_id: int, *, on_date: dt.date | None = None, signer_name: str | None = None,
                       signer_title: str | None = None) -> DecisionRow:
        """Draft the decision on awards for the approved nominees of a closed
        meeting, with the next QĐ number reserved in the register and the total
        prize on ``on_date`` (the planned signing date; today by default).
        One draft per meeting: a second call returns the existing one updated."""
        day = on_date or dt.date.today()
        with self.ws.write(Permission.ISSUE_DOCUMENTS) as session:
            meeting = self._meeting(session, meeting_id)
            if meeting.state is not MeetingState.CLOSED:
                raise ValidationError("Hãy kết thúc phiên họp trước khi lập dự thảo quyết định khen thưởng.")
            awardees = self._awardees(session, meeting, day)
            if not awardees:
                raise ValidationError("Phiên họp không có đề nghị nào được thông qua; không có gì để quyết định.")
            decision = session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)).first()
            if decision is not None and decision.state is DecisionState.SIGNED:
                raise ValidationError("Quyết định của phiên họp này đã ký ban hành; không lập lại dự thảo.")
            summary = f"Về việc khen thưởng thành tích năm {meeting.year}"
            if decision is None:
                number = self._take_number(session, day.year, summary)
                decision = Decision(meeting_id=meeting_id, number_id=number.id, summary=summary,
                                    state=DecisionState.DRAFT)
                session.add(decision)
            decision.signer_name = nfc(signer_name or "") or decision.signer_name or meeting.chaired_by
            decision.signer_title = nfc(signer_title or "") or decision.signer_title or "Chủ tịch"
            decision.total_amount = _total(awardees)
            session.flush()
            return self._decision_row(session, decision)

    def sign_decision(self, decision_id: int, signed_on: dt.date, *, seq: int | None = None,
                      signer_name: str | None = None, signer_title: str | None = None,
                      expected_version: int | None = None) -> DecisionRow:
        """Record the SIGNED decision: its number (``seq`` of the QĐ series of
        ``signed_on``'s year; None keeps the reserved one) and date. In ONE
        transaction the number is marked issued, every awardee's award history
        row is written (number, date, issuer, prize on the decision date), and
        the proposals become DECIDED. A number already used by another
        document is refused and nothing changes; signing twice is refused."""
        with self.ws.write(Permission.ISSUE_DOCUMENTS) as session:
            decision = self._load(session, Decision, decision_id, "quyết định")
            self.ws.check_version(decision, expected_version)
            if decision.state is DecisionState.SIGNED:
                number = session.get(DocumentNumber, decision.number_id) if decision.number_id else None
                raise ValidationError(f"Quyết định {number.display_number if number else ''} đã được ghi là ký "
                                      f"ngày {decision.signed_on:%d/%m/%Y}; không ghi lại lần hai.")
            meeting = self._meeting(session, decision.meeting_id)
            if signed_on < meeting.held_at.date():
                raise ValidationError(f"Ngày ký {signed_on:%d/%m/%Y} trước ngày họp Hội đồng "
                                      f"({meeting.held_at:%d/%m/%Y}).", field="signed_on")
            number = self._signed_number(session, decision, signed_on, seq)
            number.state = NumberState.ISSUED
            number.issued_on = signed_on
            decision.number_id = number.id
            decision.state = DecisionState.SIGNED
            decision.signed_on = signed_on
            decision.signer_name = nfc(signer_name or "") or decision.signer_name
            decision.signer_title = nfc(signer_title or "") or decision.signer_title
            awardees = self._awardees(session, meeting, signed_on)
            decision.total_amount = _total(awardees)
            issuer = self._issuer(session)
            session.flush()
            for awardee in awardees:
                nominee = session.get(ProposalNominee, awardee.nominee_id)
                session.add(AwardRecord(
                    person_id=nominee.person_id, collective_id=nominee.collective_id,
                    household_id=nominee.household_id, title_id=awardee.title_id, year=meeting.year,
                    decision_number=number.display_number, decision_date=signed_on, issuer=issuer,
                    amount=awardee.amount, decision_id=decision.id))
                if nominee.proposal.state in (ProposalState.APPROVED, ProposalState.SUBMITTED):
                    nominee.proposal.state = ProposalState.DECIDED
            session.flush()
            return self._decision_row(session, decision)

    # --- helpers ----------------------------------------------------------------------

    def _awardees(self, session: Session, meeting: Meeting, day: dt.date) -> list[Awardee]:
        awardees = []
        amounts: dict[str, int | None] = {}  # one prize per title on that day
        for item in self._items(session, meeting):
            if not item.tallies or not item.tallies[-1].approved:
                continue
            nominee = session.get(ProposalNominee, item.nominee_id)
            title = nominee.proposal.title
            info = nominee_info(nominee)
            if title.code not in amounts:
                try:
                    amounts[title.code] = prize_quote(session, title.code, day).amount
                except NotFoundError:
                    amounts[title.code] = None
            amount = amounts[title.code]
            position = nominee.person.position if nominee.person else None
            job_unit = ", ".join(p for p in (position, info.unit_name if info.unit_name != info.name else None) if p)
            awardees.append(Awardee(item.id, nominee.id, info, info.name, job_unit, title.id, title.code,
                                    title.name, amount))
        return awardees

    def _decision_row(self, session: Session, decision: Decision) -> DecisionRow:
        number = session.get(DocumentNumber, decision.number_id) if decision.number_id else None
        meeting = self._meeting(session, decision.meeting_id) if decision.meeting_id else None
        day = decision.signed_on or dt.date.today()
        awardees = tuple(self._awardees(session, meeting, day)) if meeting else ()
        return DecisionRow(decision.id, decision.meeting_id, decision.number_id,
                           number.display_number if number else None, number.seq if number else None,
                           number.year if number else None, decision.summary, decision.state, decision.signed_on,
                           decision.signer_name, decision.signer_title, decision.total_amount, awardees,
                           session.scalar(select(func.count()).where(AwardRecord.decision_id == decision.id)) or 0,
                           decision.version)

    def _take_number(self, session: Session, year: int, summary: str) -> DocumentNumber:
        """The next QĐ number of ``year``, reserved in this transaction (the
        register's unique key refuses a racing duplicate: the write fails and
        the user tries again)."""
        return reserve_in(session, commune_id=self.ws.commune.current().id, year=year, kind=DocumentKind.DECISION,
                          symbol=default_symbol(DocumentKind.DECISION), summary=summary,
                          reserved_by=self.ws.actor.username)

    def _signed_number(self, session: Session, decision: Decision, signed_on: dt.date,
                       seq: int | None) -> DocumentNumber:
        """The register row of the signed number: the reserved one, or the
        number typed (refused when used by another document, even cancelled)."""
        reserved = session.get(DocumentNumber, decision.number_id) if decision.number_id else None
        if seq is None:
            if reserved is None:
                raise ValidationError("Hãy nhập số quyết định đã ký.", field="seq")
            if reserved.state is NumberState.CANCELLED:
                raise ValidationError(f"Số {reserved.display_number} đã bị hủy; hãy nhập số quyết định đã ký.",
                                      field="seq")
            if reserved.year != signed_on.year:
                raise ValidationError(f"Số {reserved.display_number} thuộc sổ năm {reserved.year} nhưng quyết định "
                                      f"ký năm {signed_on.year}; hãy nhập số của năm {signed_on.year}.", field="seq")
            return reserved
        if seq < 1:
            raise ValidationError("Số quyết định phải từ 1 trở lên.", field="seq")
        if reserved is not None and reserved.seq == seq and reserved.year == signed_on.year:
            return reserved
        number = reserve_in(session, commune_id=reserved.commune_id if reserved else self.ws.commune.current().id,
                            year=signed_on.year, kind=DocumentKind.DECISION,
                            symbol=reserved.symbol if reserved else default_symbol(DocumentKind.DECISION),
                            summary=decision.summary, reserved_by=self.ws.actor.username, seq=seq)
        if reserved is not None and reserved.state is NumberState.RESERVED:
            reserved.state = NumberState.CANCELLED  # replaced by the number actually signed
        return number

    def _issuer(self, session: Session) -> str:
        commune = self.ws.commune.current()
        return f"Chủ tịch UBND xã {commune.name}"



def _total(awardees: list[Awardee] | tuple[Awardee, ...]) -> int:
    return sum(a.amount or 0 for a in awardees)


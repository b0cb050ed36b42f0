"""The commune's decision on awards (Quyết định khen thưởng of the Chủ tịch
UBND xã): the approved nominees of commune titles with their prize on the
decision date, the draft with a QĐ number reserved in the register, and the
signed decision whose recording writes every awardee's award history at once.
What the council passed for titles above the commune is not the commune's to
decide (``commune_chairman_may_decide``): it is listed for the province route
(``passed_for_province``). Needs ``ISSUE_DOCUMENTS``.

A part of ``CouncilService`` (``ws.council``), kept apart because it is about
the register and the award history rather than the meeting itself; it uses
the service's ``_load``, ``_meeting`` and ``_items``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnapp.documents.model import default_symbol
from tnapp.domain.council_rules import above_commune_message, commune_chairman_may_decide
from tnapp.domain.permissions import Permission
from tnapp.domain.text import nfc, position_and_unit
from tnapp.domain.vocab import DecisionState, DocumentKind, MeetingState, NumberState, ProposalState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import AwardRecord, DocumentNumber
from tnapp.models.awards import ProposalNominee
from tnapp.models.council import AgendaItem, Decision, Meeting
from tnapp.services.council_views import Awardee, DecisionRow, ProvinceItem
from tnapp.services.documents import reserve_in
from tnapp.services.emulation_excel import nominee_info
from tnapp.services.prize import prize_quote


class CouncilDecisions:
    """The decision methods of ``CouncilService``."""

    def awardees(self, meeting_id: int, on_date: dt.date | None = None) -> list[Awardee]:
        """The approved nominees of commune titles with their prize on
        ``on_date`` (the decision date; today by default), in agenda order:
        what a commune decision of the meeting holds."""
        with self.ws.read() as session:
            meeting = self._meeting(session, meeting_id)
            items = [i for i in self._approved(session, meeting) if _commune_level(session, i)]
            return self._awardees(session, items, on_date or dt.date.today())

    def passed_for_province(self, year: int) -> list[ProvinceItem]:
        """What the council passed at the closed meetings reviewing ``year``
        for titles above the commune, with the vote: the province route
        proposes them to the province (Tờ trình with the minutes extract)."""
        with self.ws.read() as session:
            meetings = session.scalars(select(Meeting).where(Meeting.year == year,
                                                             Meeting.state == MeetingState.CLOSED)
                                       .order_by(Meeting.held_at, Meeting.id)).all()
            found = []
            for meeting in meetings:
                for item in self._approved(session, meeting):
                    if _commune_level(session, item):
                        continue
                    o, last = self._outcome(session, meeting, item), item.tallies[-1]
                    nominee = session.get(ProposalNominee, item.nominee_id)
                    title = nominee.proposal.title
                    found.append(ProvinceItem(
                        item.id, meeting.id, meeting.held_at.date(), item.position, nominee.id, nominee.proposal_id,
                        o.nominee, o.unit, title.id, title.code, title.name, title.level.value, last.agree,
                        last.disagree, last.invalid, last.written_agree, last.written_disagree, last.members_total,
                        last.members_present, o.votes_for, o.needed, o.threshold))
            return found

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
                       signer_title: str | None = None, item_ids: Sequence[int] | None = None) -> DecisionRow:
        """Draft the commune decision on awards of a closed meeting: the
        approved items ``item_ids`` (every approved item of a commune title by
        default), with the next QĐ number reserved in the register and the
        total prize on ``on_date`` (the planned signing date; today by
        default). An item of a title above the commune, or not approved, is
        refused and nothing is saved. One draft per meeting: a second call
        returns the existing one updated."""
        day = on_date or dt.date.today()
        with self.ws.write(Permission.ISSUE_DOCUMENTS) as session:
            meeting = self._meeting(session, meeting_id)
            if meeting.state is not MeetingState.CLOSED:
                raise ValidationError(_("Hãy kết thúc phiên họp trước khi lập dự thảo quyết định khen thưởng."))
            items = self._decision_items(session, meeting, item_ids)
            if not items:
                raise ValidationError(_("Phiên họp không có đề nghị cấp xã nào được thông qua; không có gì để Chủ "
                                        "tịch UBND xã quyết định."))
            decision = session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)).first()
            if decision is not None and decision.state is DecisionState.SIGNED:
                raise ValidationError(_("Quyết định của phiên họp này đã ký ban hành; không lập lại dự thảo."))
            summary = f"Về việc khen thưởng thành tích năm {meeting.year}"
            if decision is None:
                number = self._take_number(session, day.year, summary)
                decision = Decision(meeting_id=meeting_id, number_id=number.id, summary=summary,
                                    state=DecisionState.DRAFT)
                session.add(decision)
                session.flush()
            for item in meeting.agenda:
                if item.decision_id == decision.id:
                    item.decision_id = None
            for item in items:
                item.decision_id = decision.id
            awardees = self._awardees(session, items, day)
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
                raise ValidationError(_("Quyết định {value} đã được ghi là ký ngày {signed_on:%d/%m/%Y}; không ghi "
                                        "lại lần hai.",
                                        value=number.display_number if number else '', signed_on=decision.signed_on))
            meeting = self._meeting(session, decision.meeting_id)
            if signed_on < meeting.held_at.date():
                raise ValidationError(_("Ngày ký {signed_on:%d/%m/%Y} trước ngày họp Hội đồng ({held_at:%d/%m/%Y}).",
                                        signed_on=signed_on, held_at=meeting.held_at), field="signed_on")
            items = self._held_items(session, decision)
            _refuse_above_commune(session, items)  # a title's level may have changed since the draft
            number = self._signed_number(session, decision, signed_on, seq)
            number.state = NumberState.ISSUED
            number.issued_on = signed_on
            decision.number_id = number.id
            decision.state = DecisionState.SIGNED
            decision.signed_on = signed_on
            decision.signer_name = nfc(signer_name or "") or decision.signer_name
            decision.signer_title = nfc(signer_title or "") or decision.signer_title
            awardees = self._awardees(session, items, signed_on)
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

    def _approved(self, session: Session, meeting: Meeting) -> list[AgendaItem]:
        return [i for i in self._items(session, meeting) if i.tallies and i.tallies[-1].approved]

    def _decision_items(self, session: Session, meeting: Meeting, item_ids: Sequence[int] | None
                        ) -> list[AgendaItem]:
        """The items a commune decision of ``meeting`` is to hold, each checked:
        approved, of this meeting, within the commune chairman's authority."""
        approved = self._approved(session, meeting)
        if item_ids is None:
            return [i for i in approved if _commune_level(session, i)]
        by_id = {i.id: i for i in self._items(session, meeting)}
        passed = {i.id for i in approved}
        chosen = []
        for item_id in dict.fromkeys(item_ids):
            item = by_id.get(item_id)
            if item is None:
                raise ValidationError(_("Mục #{item_id} không thuộc chương trình phiên họp này.",
                                        item_id=item_id), field="item_ids")
            if item.id not in passed:
                raise ValidationError(_("{session}: Hội đồng chưa thông qua; không đưa vào quyết định được.",
                                        session=_item_label(session, item)), field="item_ids")
            chosen.append(item)
        _refuse_above_commune(session, chosen)
        return sorted(chosen, key=lambda i: i.position)

    def _held_items(self, session: Session, decision: Decision) -> list[AgendaItem]:
        return session.scalars(select(AgendaItem).where(AgendaItem.decision_id == decision.id)
                               .order_by(AgendaItem.position)).all()

    def _awardees(self, session: Session, items: Sequence[AgendaItem], day: dt.date) -> list[Awardee]:
        awardees = []
        amounts: dict[str, int | None] = {}  # one prize per title on that day
        for item in items:
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
            job_unit = position_and_unit(position, info.unit_name, info.name)
            awardees.append(Awardee(item.id, nominee.id, info, info.name, job_unit, title.id, title.code,
                                    title.name, amount))
        return awardees

    def _decision_row(self, session: Session, decision: Decision) -> DecisionRow:
        number = session.get(DocumentNumber, decision.number_id) if decision.number_id else None
        day = decision.signed_on or dt.date.today()
        awardees = tuple(self._awardees(session, self._held_items(session, decision), day))
        return DecisionRow(decision.id, decision.meeting_id, decision.number_id,
                           number.display_number if number else None, number.seq if number else None,
                           number.year if number else None, decision.summary, decision.state, decision.signed_on,
                           decision.signer_name, decision.signer_title, decision.total_amount, awardees,
                           session.scalar(select(func.count()).where(AwardRecord.decision_id == decision.id)) or 0,
                           decision.version, _several_awards(awardees))

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
                raise ValidationError(_("Hãy nhập số quyết định đã ký."), field="seq")
            if reserved.state is NumberState.CANCELLED:
                raise ValidationError(_("Số {display_number} đã bị hủy; hãy nhập số quyết định đã ký.",
                                        display_number=reserved.display_number),
                                      field="seq")
            if reserved.year != signed_on.year:
                raise ValidationError(_("Số {display_number} thuộc sổ năm {year} nhưng quyết định ký năm {year2}; "
                                        "hãy nhập số của năm {year2}.",
                                        display_number=reserved.display_number, year=reserved.year,
                                        year2=signed_on.year), field="seq")
            return reserved
        if seq < 1:
            raise ValidationError(_("Số quyết định phải từ 1 trở lên."), field="seq")
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


def _commune_level(session: Session, item: AgendaItem) -> bool:
    return commune_chairman_may_decide(session.get(ProposalNominee, item.nominee_id).proposal.title.level)


def _item_label(session: Session, item: AgendaItem) -> str:
    nominee = session.get(ProposalNominee, item.nominee_id)
    return f"Mục {item.position} ({nominee_info(nominee).name} – {nominee.proposal.title.name})"


def _refuse_above_commune(session: Session, items: Sequence[AgendaItem]) -> None:
    for item in items:
        if not _commune_level(session, item):
            level = session.get(ProposalNominee, item.nominee_id).proposal.title.level
            raise ValidationError(above_commune_message(_item_label(session, item), level), field="item_ids")


def _several_awards(awardees: Sequence[Awardee]) -> tuple[str, ...]:
    """A warning per nominee receiving more than one award in the decision
    (allowed, but worth a second look before signing)."""
    by_nominee: dict[object, list[Awardee]] = {}
    for a in awardees:
        by_nominee.setdefault(a.nominee.nominee, []).append(a)
    return tuple(f"«{group[0].name}» nhận {len(group)} danh hiệu, hình thức trong cùng quyết định: "
                 f"{', '.join(a.title_name for a in group)}. Hãy kiểm tra trước khi ký."
                 for group in by_nominee.values() if len(group) > 1)


"""The Emulation–Commendation Council, its meetings, tallies and decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tnapp.domain.vocab import Attendance, CouncilRole, DecisionState, MeetingState
from tnapp.models.base import Audited, Base, Versioned


class Council(Audited, Versioned, Base):
    __tablename__ = "council"
    __table_args__ = (UniqueConstraint("commune_id", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id", ondelete="RESTRICT"))
    term: Mapped[str] = mapped_column(String(20))  # "2026-2031"
    established_by: Mapped[str | None] = mapped_column(String(100))  # decision number
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]

    members: Mapped[list[CouncilMember]] = relationship(back_populates="council",
                                                        order_by="CouncilMember.sort_order")

    @property
    def audit_label(self) -> str:
        return f"Hội đồng nhiệm kỳ {self.term}"


class CouncilMember(Audited, Versioned, Base):
    __tablename__ = "council_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    full_name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str | None] = mapped_column(String(150))
    role: Mapped[CouncilRole]
    sort_order: Mapped[int] = mapped_column(default=0)

    council: Mapped[Council] = relationship(back_populates="members")


class Meeting(Audited, Versioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="RESTRICT"), index=True)
    held_at: Mapped[dt.datetime]
    place: Mapped[str] = mapped_column(String(200))
    year: Mapped[int]  # the year whose proposals it reviews
    state: Mapped[MeetingState] = mapped_column(default=MeetingState.PLANNED)
    chaired_by: Mapped[str | None] = mapped_column(String(100))
    ended_at: Mapped[dt.datetime | None]  # when the meeting closed (the minutes give start and end)
    note: Mapped[str | None] = mapped_column(Text)
    # The council's own numbers (series BB-HĐTĐKT) of its count record and its minutes, taken when the meeting
    # closes: every reprint shows the same number.
    count_number_id: Mapped[int | None] = mapped_column(ForeignKey("document_number.id", ondelete="RESTRICT"),
                                                        unique=True)
    minutes_number_id: Mapped[int | None] = mapped_column(ForeignKey("document_number.id", ondelete="RESTRICT"),
                                                          unique=True)

    attendance: Mapped[list[MeetingAttendance]] = relationship(back_populates="meeting",
                                                               cascade="all, delete-orphan")
    agenda: Mapped[list[AgendaItem]] = relationship(back_populates="meeting", cascade="all, delete-orphan",
                                                    order_by="AgendaItem.position")
    counters: Mapped[list[VoteCounter]] = relationship(back_populates="meeting", cascade="all, delete-orphan",
                                                       order_by="VoteCounter.sort_order")

    @property
    def audit_label(self) -> str:
        return f"Phiên họp ngày {self.held_at:%d/%m/%Y}"


class VoteCounter(Audited, Versioned, Base):
    """A member of the meeting's vote-counting board (Ban kiểm phiếu): its head
    or a member. The board counts the secret ballots and signs the count record."""

    __tablename__ = "vote_counter"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id", ondelete="RESTRICT"))
    is_head: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="counters")

    @property
    def audit_label(self) -> str:
        return self.label_of("member_id") or f"#{self.member_id}"


class MeetingAttendance(Audited, Versioned, Base):
    """One member's attendance: the unique key makes "present and absent" impossible."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id", ondelete="RESTRICT"))
    status: Mapped[Attendance]

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")

    @property
    def audit_label(self) -> str:
        return self.label_of("member_id") or f"#{self.member_id}"


class AgendaItem(Audited, Versioned, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "nominee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    nominee_id: Mapped[int] = mapped_column(ForeignKey("proposal_nominee.id", ondelete="RESTRICT"))
    position: Mapped[int]
    # The commune decision holding this item once drafted (commune titles only).
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"))
    presenter_note: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    tallies: Mapped[list[Tally]] = relationship(back_populates="item", order_by="Tally.round")

    @property
    def audit_label(self) -> str:
        return f"Mục {self.position}: {self.label_of('nominee_id') or f'#{self.nominee_id}'}"


class Tally(Audited, Versioned, Base):
    """The counts of one secret-ballot round; never who voted how."""

    __tablename__ = "tally"
    __table_args__ = (
        UniqueConstraint("item_id", "round"),
        CheckConstraint("agree >= 0 AND disagree >= 0 AND invalid >= 0"
                        " AND written_agree >= 0 AND written_disagree >= 0", name="non_negative"),
        CheckConstraint("threshold_base IN ('all_members', 'present')", name="threshold_base"),
        CheckConstraint("round >= 1", name="round_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(default=1)
    agree: Mapped[int]
    disagree: Mapped[int]
    invalid: Mapped[int] = mapped_column(default=0)
    written_agree: Mapped[int] = mapped_column(default=0)  # written opinions of absent members
    written_disagree: Mapped[int] = mapped_column(default=0)
    members_total: Mapped[int]
    members_present: Mapped[int]
    threshold_share: Mapped[float] = mapped_column(Float)
    threshold_base: Mapped[str] = mapped_column(String(12))
    threshold_basis: Mapped[str | None] = mapped_column(String(300))
    approved: Mapped[bool]

    item: Mapped[AgendaItem] = relationship(back_populates="tallies")

    @property
    def audit_label(self) -> str:
        return f"Vòng {self.round} · {self.label_of('item_id') or f'#{self.item_id}'}"


class Decision(Audited, Versioned, Base):
    """A decision on awards (Quyết định khen thưởng)."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    number_id: Mapped[int | None] = mapped_column(ForeignKey("document_number.id", ondelete="RESTRICT"),
                                                  unique=True)
    summary: Mapped[str] = mapped_column(String(400))
    state: Mapped[DecisionState] = mapped_column(default=DecisionState.DRAFT)
    signed_on: Mapped[dt.date | None]
    signer_name: Mapped[str | None] = mapped_column(String(100))
    signer_title: Mapped[str | None] = mapped_column(String(100))
    total_amount: Mapped[int | None]  # đồng

"""Award proposals (đề nghị khen thưởng) and their nominees."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tnapp.domain.vocab import ProposalState
from tnapp.models.base import Audited, Base, Versioned
from tnapp.models.emulation import AwardTitle, NomineeRef


class Proposal(Audited, Versioned, Base):
    """A proposal for one title, with one or several nominees.

    ``wizard_step`` and ``draft`` hold the wizard's saved state, so a
    half-finished proposal survives closing the app.
    """

    __tablename__ = "proposal"
    __table_args__ = (Index("ix_proposal_year_state", "year", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id", ondelete="SET NULL"))
    title_id: Mapped[int] = mapped_column(ForeignKey("award_title.id", ondelete="RESTRICT"))
    proposing_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    state: Mapped[ProposalState] = mapped_column(default=ProposalState.DRAFT)
    wizard_step: Mapped[str | None] = mapped_column(String(40))
    draft: Mapped[dict | None]
    submission_number_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_number.id", ondelete="RESTRICT"))
    submitted_at: Mapped[dt.datetime | None]
    # A title above the commune the council passed: the Tờ trình of UBND xã to the province
    # (its number in the register) and, when it comes back, the province's decision.
    province_number_id: Mapped[int | None] = mapped_column(ForeignKey("document_number.id", ondelete="RESTRICT"))
    province_decision_number: Mapped[str | None] = mapped_column(String(50))
    province_decision_date: Mapped[dt.date | None]
    province_decision_issuer: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)

    title: Mapped[AwardTitle] = relationship()
    nominees: Mapped[list[ProposalNominee]] = relationship(back_populates="proposal",
                                                           cascade="all, delete-orphan",
                                                           order_by="ProposalNominee.sort_order")

    @property
    def audit_unit_id(self) -> int | None:
        return self.proposing_unit_id


class ProposalNominee(NomineeRef, Audited, Versioned, Base):
    __tablename__ = "proposal_nominee"
    __table_args__ = (NomineeRef.one_nominee_check(),)

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    achievements: Mapped[str | None] = mapped_column(Text)
    # The eligibility verdict as shown when proposed (criteria, facts, bases).
    eligibility: Mapped[dict | None]
    override_reason: Mapped[str | None] = mapped_column(Text)
    prize_amount: Mapped[int | None]  # đồng

    proposal: Mapped[Proposal] = relationship(back_populates="nominees")

    @property
    def audit_label(self) -> str:
        """The person, unit or household proposed."""
        return next(filter(None, map(self.label_of, ("person_id", "collective_id", "household_id"))),
                    f"#{self.id}")

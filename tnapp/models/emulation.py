"""Emulation records gathered through the year: the ground of every award."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint, Column, Float, ForeignKey, Index, LargeBinary, String, Table, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from tnapp.domain.vocab import (
    AwardForm, AwardLevel, ComplaintState, DisciplineForm, EffectScope, ExemplarKind, InitiativeKind,
    MatterKind, MovementKind, MovementStage, NomineeKind, RatingLevel, RegistrationState,
)
from tnapp.models.base import Audited, Base, Versioned
from tnapp.models.org import Household, Person, Unit

if TYPE_CHECKING:
    from tnapp.models.indicators import Indicator

_ONE_NOMINEE = (
    "(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END"
    " + CASE WHEN collective_id IS NULL THEN 0 ELSE 1 END"
    " + CASE WHEN household_id IS NULL THEN 0 ELSE 1 END) = 1"
)


class NomineeRef:
    """Who a record is about: exactly one of a person, a collective (a unit or a
    village) or a household — enforced by a CHECK constraint."""

    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    collective_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id", ondelete="RESTRICT"),
                                                     index=True)

    @declared_attr
    def person(cls) -> Mapped[Person | None]:
        return relationship(Person, foreign_keys=[cls.person_id])

    @declared_attr
    def collective(cls) -> Mapped[Unit | None]:
        return relationship(Unit, foreign_keys=[cls.collective_id])

    @declared_attr
    def household(cls) -> Mapped[Household | None]:
        return relationship(Household, foreign_keys=[cls.household_id])

    @staticmethod
    def one_nominee_check() -> CheckConstraint:
        return CheckConstraint(_ONE_NOMINEE, name="one_nominee")

    @property
    def nominee_name(self) -> str:
        if self.person is not None:
            return self.person.full_name
        if self.collective is not None:
            return self.collective.name
        if self.household is not None:
            return f"Hộ {self.household.head_name}"
        return ""

    @property
    def audit_unit_id(self) -> int | None:
        if self.collective_id is not None:
            return self.collective_id
        if self.person is not None:
            return self.person.unit_id
        if self.household is not None:
            return self.household.village_id
        return None


movement_indicator = Table(
    "movement_indicator",
    Base.metadata,
    Column("movement_id", ForeignKey("movement.id", ondelete="CASCADE"), primary_key=True),
    Column("indicator_id", ForeignKey("indicator.id", ondelete="RESTRICT"), primary_key=True),
)

movement_unit = Table(
    "movement_unit",
    Base.metadata,
    Column("movement_id", ForeignKey("movement.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True),
)


class Movement(Audited, Versioned, Base):
    """A phong trào thi đua: the yearly one launched by the plan, or a thematic one."""

    __tablename__ = "movement"
    __table_args__ = (UniqueConstraint("commune_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id", ondelete="RESTRICT"))
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(400))
    kind: Mapped[MovementKind]
    year: Mapped[int]
    slogan: Mapped[str | None] = mapped_column(String(300))
    launch_doc_number: Mapped[str | None] = mapped_column(String(50))
    launch_date: Mapped[dt.date | None]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    stage: Mapped[MovementStage] = mapped_column(default=MovementStage.GOALS_SET)
    content: Mapped[str | None] = mapped_column(Text)

    indicators: Mapped[list[Indicator]] = relationship("Indicator", secondary=movement_indicator)
    units: Mapped[list[Unit]] = relationship(secondary=movement_unit)


class AwardTitle(Audited, Versioned, Base):
    """The catalogue of titles and forms of commendation (LĐTT, CSTĐCS, Giấy khen…)."""

    __tablename__ = "award_title"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    nominee_kind: Mapped[NomineeKind]
    level: Mapped[AwardLevel]
    form: Mapped[AwardForm]
    authority: Mapped[str] = mapped_column(String(200))  # who decides it
    basis: Mapped[str | None] = mapped_column(String(300))  # legal basis
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Registration(NomineeRef, Audited, Versioned, Base):
    """Đăng ký thi đua: a unit registers itself or its people for a title."""

    __tablename__ = "registration"
    __table_args__ = (
        NomineeRef.one_nominee_check(),
        Index("ix_registration_year_unit", "year", "unit_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))  # registering unit
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id", ondelete="SET NULL"))
    title_id: Mapped[int] = mapped_column(ForeignKey("award_title.id", ondelete="RESTRICT"))
    state: Mapped[RegistrationState] = mapped_column(default=RegistrationState.NOT_SENT)
    sent_at: Mapped[dt.datetime | None]
    decided_at: Mapped[dt.datetime | None]
    reject_reason: Mapped[str | None] = mapped_column(Text)

    title: Mapped[AwardTitle] = relationship()


class TaskRating(NomineeRef, Audited, Versioned, Base):
    """Yearly task-completion rating of a person or a collective (NĐ 335/2025),
    or, for a worker or farmer (Luật TĐKT 2022, Điều 24), the village's or
    unit's confirmation of the year (``work_confirmed``, ``confirmed_by``):
    productive work, exemplary compliance and part in the movement. A row
    holds a level, a confirmation, or both."""

    __tablename__ = "task_rating"
    __table_args__ = (
        NomineeRef.one_nominee_check(),
        CheckConstraint("points IS NULL OR (points >= 0 AND points <= 100)", name="points_range"),
        CheckConstraint("level IS NOT NULL OR work_confirmed IS NOT NULL", name="level_or_confirmation"),
        Index("uq_task_rating_person", "year", "person_id", unique=True,
              sqlite_where=Column("person_id").isnot(None), postgresql_where=Column("person_id").isnot(None)),
        Index("uq_task_rating_collective", "year", "collective_id", unique=True,
              sqlite_where=Column("collective_id").isnot(None),
              postgresql_where=Column("collective_id").isnot(None)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    level: Mapped[RatingLevel | None]
    points: Mapped[float | None] = mapped_column(Float)
    # For a person: the unit that rated them that year.
    rated_in_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)
    work_confirmed: Mapped[bool | None]
    confirmed_by: Mapped[str | None] = mapped_column(String(200))


initiative_author = Table(
    "initiative_author",
    Base.metadata,
    Column("initiative_id", ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True),
)


class Initiative(Audited, Versioned, Base):
    """A recognised initiative (sáng kiến) or research topic (đề tài)."""

    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[InitiativeKind]
    title: Mapped[str] = mapped_column(String(400))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    year: Mapped[int]
    recognised_by: Mapped[str | None] = mapped_column(String(200))
    recognised_on: Mapped[dt.date | None]
    scope: Mapped[EffectScope] = mapped_column(default=EffectScope.GRASSROOTS)
    decision_number: Mapped[str | None] = mapped_column(String(50))

    authors: Mapped[list[Person]] = relationship(secondary=initiative_author)


class Exemplar(NomineeRef, Audited, Versioned, Base):
    """Điển hình tiên tiến, người tốt việc tốt, mô hình mới."""

    __tablename__ = "exemplar"
    __table_args__ = (NomineeRef.one_nominee_check(),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ExemplarKind]
    title: Mapped[str] = mapped_column(String(300))
    happened_on: Mapped[dt.date | None]
    year: Mapped[int]
    story: Mapped[str | None] = mapped_column(Text)


class Attachment(Audited, Base):
    """A file kept with a record (exemplar photos, dossier attachments), with its checksum."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_type: Mapped[str] = mapped_column(String(40))  # table name of the owner
    owner_id: Mapped[int]
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]


class DisciplineRecord(NomineeRef, Audited, Versioned, Base):
    """A discipline, or a pending inspection, investigation or complaint.

    No award may be given while a matter is pending (NĐ 152/2025, Điều 4).
    A discipline counts in the year of its decision (``decided_on``, with its
    form and number), whenever its case was opened; records without a decision
    date count from ``opened_on``.
    """

    __tablename__ = "discipline_record"
    __table_args__ = (
        NomineeRef.one_nominee_check(),
        CheckConstraint("resolved_on IS NULL OR resolved_on >= opened_on", name="dates_order"),
        CheckConstraint("decided_on IS NULL OR decided_on >= opened_on", name="decided_after_opened"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    matter: Mapped[MatterKind]
    form: Mapped[DisciplineForm | None]  # for a discipline
    opened_on: Mapped[dt.date]
    resolved_on: Mapped[dt.date | None]
    decision_number: Mapped[str | None] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date | None]  # the discipline decision's date


class AwardRecord(NomineeRef, Audited, Versioned, Base):
    """Award history: every award received, at any level."""

    __tablename__ = "award_record"
    __table_args__ = (
        NomineeRef.one_nominee_check(),
        Index("ix_award_record_year_title", "year", "title_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("award_title.id", ondelete="RESTRICT"))
    year: Mapped[int]
    decision_number: Mapped[str | None] = mapped_column(String(50))
    decision_date: Mapped[dt.date | None]
    issuer: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[int | None]  # prize money in đồng
    # Set when the award comes from a decision made in TNApp.
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)

    title: Mapped[AwardTitle] = relationship()


class Complaint(Audited, Versioned, Base):
    """A complaint or petition about emulation and commendation."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date]
    sender: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(Text)
    handler: Mapped[str | None] = mapped_column(String(100))
    due_on: Mapped[dt.date]
    state: Mapped[ComplaintState] = mapped_column(default=ComplaintState.RECEIVED)
    resolved_on: Mapped[dt.date | None]
    result: Mapped[str | None] = mapped_column(Text)

"""The commune, its organisation tree, people and households."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tnapp.domain.vocab import Gender, PersonStatus, StaffCategory, UnitKind
from tnapp.models.base import Audited, Base, Versioned


class Commune(Audited, Versioned, Base):
    __tablename__ = "commune"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))  # "Thượng Ninh"
    province: Mapped[str] = mapped_column(String(100))  # "Thanh Hóa"
    # Place name of the date line ("Thượng Ninh, ngày 26 tháng 11 năm 2026").
    place_name: Mapped[str] = mapped_column(String(100))
    is_demo: Mapped[bool] = mapped_column(default=False)

    units: Mapped[list[Unit]] = relationship(back_populates="commune")

    @property
    def display_name(self) -> str:
        return f"xã {self.name}"


class Unit(Audited, Versioned, Base):
    """An agency, organisation, school, the health station or a village (thôn)."""

    __tablename__ = "unit"
    __table_args__ = (
        UniqueConstraint("commune_id", "code"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        CheckConstraint("active_to IS NULL OR active_from IS NULL OR active_to >= active_from",
                        name="active_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id", ondelete="RESTRICT"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(60))
    # The abbreviation of the unit's name in its own papers' numbers ("TrTHCS" in "12/TTr-TrTHCS"; NĐ 30/2020,
    # Phụ lục III): a unit numbers its papers from its own register, never from UBND xã's.
    symbol: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[UnitKind]
    sort_order: Mapped[int] = mapped_column(default=0)
    # A unit may join or leave during a year (mergers, new villages).
    active_from: Mapped[dt.date | None]
    active_to: Mapped[dt.date | None]
    head_name: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)

    commune: Mapped[Commune] = relationship(back_populates="units")
    parent: Mapped[Unit | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")
    people: Mapped[list[Person]] = relationship(back_populates="unit")

    @property
    def audit_unit_id(self) -> int | None:
        return self.id


class Person(Audited, Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)",
                        name="birth_year_range"),
        Index("ix_person_identity", "full_name", "birth_year", "unit_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    full_name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[Gender]
    birth_year: Mapped[int | None]
    position: Mapped[str | None] = mapped_column(String(150))  # chức vụ
    # What the Báo cáo thành tích of an individual asks (sơ lược lý lịch).
    hometown: Mapped[str | None] = mapped_column(String(200))  # quê quán
    residence: Mapped[str | None] = mapped_column(String(200))  # nơi thường trú
    qualification: Mapped[str | None] = mapped_column(String(150))  # trình độ chuyên môn, nghiệp vụ
    political_theory: Mapped[str | None] = mapped_column(String(60))  # trình độ lý luận chính trị
    category: Mapped[StaffCategory] = mapped_column(default=StaffCategory.CIVIL_SERVANT)
    status: Mapped[PersonStatus] = mapped_column(default=PersonStatus.ACTIVE)
    phone: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[Unit] = relationship(back_populates="people")
    # Where the person worked before (rows only once they have moved; see tnapp/services/person_units.py).
    unit_periods: Mapped[list[PersonUnitPeriod]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True,
        order_by="PersonUnitPeriod.id")


class PersonUnitPeriod(Audited, Base):
    """A stretch of time a person belonged to a unit (both dates included;
    ``from_date`` None: since before TNApp knew, ``to_date`` None: still there)."""

    __tablename__ = "person_unit_period"
    __table_args__ = (
        CheckConstraint("to_date IS NULL OR from_date IS NULL OR to_date >= from_date", name="date_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    from_date: Mapped[dt.date | None]
    to_date: Mapped[dt.date | None]

    person: Mapped[Person] = relationship(back_populates="unit_periods")
    unit: Mapped[Unit] = relationship()

    @property
    def audit_label(self) -> str:
        return f"Quá trình công tác #{self.person_id}"


class Household(Audited, Versioned, Base):
    __tablename__ = "household"
    __table_args__ = (UniqueConstraint("village_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    head_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(200))
    members: Mapped[int | None]

    village: Mapped[Unit] = relationship()

    @property
    def audit_unit_id(self) -> int | None:
        return self.village_id

    @property
    def audit_label(self) -> str:
        return f"Hộ {self.head_name}"

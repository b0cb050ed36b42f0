"""Socio-economic indicators (chỉ tiêu), their targets, and the units' reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, Float, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, ReportState, ValueType
from tnapp.models.base import Audited, Base, Versioned
from tnapp.models.org import Unit

indicator_responsible_unit = Table(
    "indicator_responsible_unit",
    Base.metadata,
    Column("indicator_id", ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True),
)


class Indicator(Audited, Versioned, Base):
    __tablename__ = "indicator"
    __table_args__ = (
        UniqueConstraint("commune_id", "code"),
        CheckConstraint("min_value IS NULL OR max_value IS NULL OR min_value <= max_value",
                        name="bounds_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(300))
    area: Mapped[IndicatorArea]
    unit_of_measure: Mapped[str] = mapped_column(String(50))
    value_type: Mapped[ValueType]
    direction: Mapped[Direction]
    aggregation: Mapped[Aggregation]
    # For a weighted average: the indicator whose values weigh each unit's value.
    weight_indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id", ondelete="SET NULL"))
    frequency: Mapped[PeriodKind]
    cumulative: Mapped[bool] = mapped_column(default=False)  # year-to-date vs point-in-time
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    baseline_year: Mapped[int] = mapped_column(default=2025)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    min_value: Mapped[float | None] = mapped_column(Float)  # plausibility bounds (warn)
    max_value: Mapped[float | None] = mapped_column(Float)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str | None] = mapped_column(Text)

    lead_unit: Mapped[Unit | None] = relationship(foreign_keys=[lead_unit_id])
    responsible_units: Mapped[list[Unit]] = relationship(secondary=indicator_responsible_unit)
    targets: Mapped[list[IndicatorTarget]] = relationship(back_populates="indicator",
                                                          cascade="all, delete-orphan")


class IndicatorTarget(Audited, Versioned, Base):
    """A yearly target: for the commune (``unit_id`` empty) or for one unit."""

    __tablename__ = "indicator_target"
    __table_args__ = (
        Index("uq_indicator_target_commune", "indicator_id", "year", unique=True,
              sqlite_where=Column("unit_id").is_(None), postgresql_where=Column("unit_id").is_(None)),
        Index("uq_indicator_target_unit", "indicator_id", "year", "unit_id", unique=True,
              sqlite_where=Column("unit_id").isnot(None), postgresql_where=Column("unit_id").isnot(None)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    year: Mapped[int]
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)

    indicator: Mapped[Indicator] = relationship(back_populates="targets")


class IndicatorRule(Audited, Versioned, Base):
    """A rule between two indicators in the same report, e.g. poor households ≤ households."""

    __tablename__ = "indicator_rule"
    __table_args__ = (
        CheckConstraint("operator IN ('<=', '<', '>=', '>', '=')", name="operator"),
        CheckConstraint("left_indicator_id <> right_indicator_id", name="distinct_sides"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    left_indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    operator: Mapped[str] = mapped_column(String(2))
    right_indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    message: Mapped[str | None] = mapped_column(String(300))

    left: Mapped[Indicator] = relationship(foreign_keys=[left_indicator_id])
    right: Mapped[Indicator] = relationship(foreign_keys=[right_indicator_id])


class UnitReport(Audited, Versioned, Base):
    """One unit's report for one period (``2026-Q1``…), with its narrative parts."""

    __tablename__ = "unit_report"
    __table_args__ = (
        UniqueConstraint("unit_id", "period"),
        Index("ix_unit_report_year_state", "year", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    period: Mapped[str] = mapped_column(String(10))  # canonical code, see tnapp.domain.periods
    year: Mapped[int]
    period_kind: Mapped[PeriodKind]
    state: Mapped[ReportState] = mapped_column(default=ReportState.DRAFT)
    results_text: Mapped[str | None] = mapped_column(Text)  # kết quả đạt được
    difficulties_text: Mapped[str | None] = mapped_column(Text)  # khó khăn, vướng mắc
    proposals_text: Mapped[str | None] = mapped_column(Text)  # đề xuất, kiến nghị
    submitted_at: Mapped[dt.datetime | None]
    submitted_by: Mapped[str | None] = mapped_column(String(64))
    accepted_at: Mapped[dt.datetime | None]
    accepted_by: Mapped[str | None] = mapped_column(String(64))
    return_reason: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[Unit] = relationship()
    values: Mapped[list[ReportValue]] = relationship(back_populates="report", cascade="all, delete-orphan")

    @property
    def audit_label(self) -> str:
        return f"Báo cáo {self.period}"


class _OfReportValue:
    """A row about one value of a unit's report: it belongs to the report's unit in the audit trail."""

    report: Mapped[UnitReport]

    @property
    def audit_unit_id(self) -> int | None:
        return self.report.unit_id if self.report is not None else None


class ReportValue(_OfReportValue, Audited, Versioned, Base):
    __tablename__ = "report_value"
    __table_args__ = (
        UniqueConstraint("report_id", "indicator_id"),
        # Covering index of the progress figures (tnapp.services.progress): the values of the few indicators
        # that need more than a sum (latest, commune only, weighted averages and their weights), by indicator.
        Index("ix_report_value_indicator_report_value", "indicator_id", "report_id", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("unit_report.id", ondelete="CASCADE"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    value: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)

    report: Mapped[UnitReport] = relationship(back_populates="values")
    indicator: Mapped[Indicator] = relationship()

    @property
    def audit_label(self) -> str:
        return f"Giá trị «{self.label_of('indicator_id') or self.indicator_id}»"


class ValueFollowUp(_OfReportValue, Audited, Versioned, Base):
    """A value of a unit's report marked for checking (đánh dấu cần kiểm tra), with the office's comment,
    until it is cleared with a reason. At most one open mark per value."""

    __tablename__ = "value_followup"
    __table_args__ = (
        Index("uq_value_followup_open", "report_id", "indicator_id", unique=True,
              sqlite_where=Column("cleared_at").is_(None), postgresql_where=Column("cleared_at").is_(None)),
        CheckConstraint("cleared_at IS NULL OR clear_reason IS NOT NULL", name="cleared_with_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("unit_report.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    comment: Mapped[str] = mapped_column(Text)
    marked_by: Mapped[str] = mapped_column(String(64))
    marked_at: Mapped[dt.datetime]
    cleared_by: Mapped[str | None] = mapped_column(String(64))
    cleared_at: Mapped[dt.datetime | None]
    clear_reason: Mapped[str | None] = mapped_column(Text)

    report: Mapped[UnitReport] = relationship()
    indicator: Mapped[Indicator] = relationship()

    @property
    def audit_label(self) -> str:
        return f"Kiểm tra «{self.label_of('indicator_id') or self.indicator_id}»"

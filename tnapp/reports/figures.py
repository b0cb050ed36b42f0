"""The commune's figure for each indicator over a review period (sơ kết,
tổng kết): target, baseline and what the units reported.

This is deliberately small; a full progress model (assessment against the
target, trends, bands) will replace it. The rules, in one place:

- Only reports sent or accepted count (drafts and returned reports do not).
- An indicator is read at its own frequency: the sub-periods of its kind
  that lie inside the review period (quarters inside H1…). Its values are
  year-to-date (``cumulative``) or point-in-time, so the figure is the one
  of the **latest** such sub-period that has any value; ``as_of`` names it
  (a year-end review before Q4 is in reads "đến Quý III").
- Units' values of that sub-period combine by the indicator's aggregation:
  sum, average, weighted average (weights: the weight indicator's value in
  the same report), latest (the report sent last), commune only (the lead
  unit's value, else the single one reported).
- An indicator reported less often than the period (a yearly one in a
  6-month review) has no figure.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tnapp.domain.periods import Period, periods_in_year
from tnapp.domain.vocab import Aggregation, IndicatorArea, ValueType
from tnapp.models import Indicator, ReportValue, UnitReport
from tnapp.services.reporting import DONE_STATES, unit_active_during

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


@dataclass(frozen=True)
class IndicatorFigure:
    code: str
    name: str
    area: IndicatorArea
    unit_of_measure: str
    value_type: ValueType
    aggregation: Aggregation
    baseline_year: int
    baseline: float | None
    target: float | None  # the commune's target for the year (unit_id empty)
    value: float | None  # the commune's figure; None: nothing reported yet
    as_of: Period | None  # the sub-period the figure comes from
    reported: int  # units whose value went into the figure
    expected: int  # units responsible for the indicator during that sub-period


@dataclass(frozen=True)
class _Reported:
    unit_id: int
    value: float
    weight: float | None
    sent_at: object


def combine(aggregation: Aggregation, values: list[_Reported], lead_unit_id: int | None) -> float | None:
    """The units' values as one commune figure, per the indicator's aggregation."""
    if not values:
        return None
    numbers = [v.value for v in values]
    if aggregation is Aggregation.SUM:
        return sum(numbers)
    if aggregation is Aggregation.AVERAGE:
        return sum(numbers) / len(numbers)
    if aggregation is Aggregation.WEIGHTED_AVERAGE:
        weighted = [v for v in values if v.weight]
        total = sum(v.weight for v in weighted)
        return sum(v.value * v.weight for v in weighted) / total if total else sum(numbers) / len(numbers)
    if aggregation is Aggregation.LATEST:
        return max(values, key=lambda v: (v.sent_at is not None, v.sent_at or 0)).value
    lead = [v.value for v in values if v.unit_id == lead_unit_id]  # commune only
    return lead[0] if lead else numbers[0]


def compile_period_figures(ws: Workspace, period_code: str) -> list[IndicatorFigure]:
    """Each active indicator's commune figure for the review period, in catalogue order."""
    period = Period.parse(period_code)
    commune = ws.commune.current()
    with ws.read() as session:
        indicators = session.scalars(
            select(Indicator).options(selectinload(Indicator.responsible_units), selectinload(Indicator.targets))
            .where(Indicator.commune_id == commune.id, Indicator.active)
            .order_by(Indicator.sort_order, Indicator.code)).all()
        rows = session.execute(
            select(ReportValue.indicator_id, ReportValue.value, UnitReport.unit_id, UnitReport.period,
                   UnitReport.submitted_at)
            .join(UnitReport, ReportValue.report_id == UnitReport.id)
            .where(UnitReport.year == period.year, UnitReport.state.in_(DONE_STATES),
                   ReportValue.value.is_not(None))).all()
    # (indicator, sub-period) → {unit: (value, sent)}
    reported: dict[tuple[int, str], dict[int, tuple[float, object]]] = defaultdict(dict)
    for indicator_id, value, unit_id, code, sent_at in rows:
        reported[(indicator_id, code)][unit_id] = (value, sent_at)

    figures = []
    for ind in indicators:
        inside = [p for p in periods_in_year(period.year, ind.frequency)
                  if period.start <= p.start and p.end <= period.end]
        as_of = next((p for p in reversed(inside) if reported.get((ind.id, p.code))), None)
        values: list[_Reported] = []
        expected = 0
        if as_of is not None:
            weights = reported.get((ind.weight_indicator_id, as_of.code), {}) if ind.weight_indicator_id else {}
            values = [_Reported(unit_id, value, weights.get(unit_id, (None,))[0], sent)
                      for unit_id, (value, sent) in sorted(reported[(ind.id, as_of.code)].items())]
            expected = sum(1 for u in ind.responsible_units if unit_active_during(u, as_of))
        target = next((t.value for t in ind.targets if t.unit_id is None and t.year == period.year), None)
        figures.append(IndicatorFigure(
            ind.code, ind.name, ind.area, ind.unit_of_measure, ind.value_type, ind.aggregation,
            ind.baseline_year, ind.baseline_value, target, combine(ind.aggregation, values, ind.lead_unit_id),
            as_of, len(values), expected))
    return figures

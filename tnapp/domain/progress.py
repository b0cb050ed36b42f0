"""The rules of indicator progress (no database, no Qt): the one place that
turns what the units reported into the commune's figure, the percent of the
target, the pace, the status and the forecasts. The dashboard, the PDF, the
Excel workbook and ``tnapp progress`` all read ``tnapp.services.progress``,
which calls these functions and nothing else.

**Combining units** (``combine``): sum, average, weighted average (weights:
the weight indicator's value in the same report; no weight at all: the plain
average), latest (the report sent last), commune only (the lead unit's value,
else the first one reported).

**Percent of the target** (``score``), always "1.0 = the target is met":

- higher is better: ``actual / target``; a target of 0 is met by any actual ≥ 0;
- lower is better: ``target / actual`` (the ceiling over the value), so 100
  poor households against a target of 93 is 93 %; an actual of 0 meets any
  target ≥ 0, and a target of 0 with an actual above it scores 0;
- reach a value: closeness ``1 − |actual − target| / |target|`` (never below
  0); a target of 0 is met only by 0;
- yes/no: 1 when the answer (≥ 0.5 is "yes") is the one targeted, else 0.

**Pace**: the same ``score`` against what should be reached by now
(``expected_by``): a year-to-date (cumulative) indicator should have the
share of the year elapsed of its target (Q3: 9/12); a point-in-time one
should have moved that share of the way from its baseline to the target
(no baseline: the target itself). Yes/no indicators are compared with the
target.

**Status** (``judge``): ``achieved`` when the percent reaches 1 (for a
year-to-date lower-is-better indicator only once the year is over, as the
count can still grow); otherwise ``on_track`` / ``at_risk`` / ``behind`` by
the pace against the bands of the setting ``progress.bands`` (on_track 1.0,
at_risk 0.8); ``no_data`` with no value or no target.

**Forecast to year end** (``forecast_year_end``): once the year's last
period is in, the actual itself; before that, none until two periods have data.
Seasonal where the previous year has both the same period and the year end
(year-to-date: scaled by last year's ratio; point-in-time: last year's change
added); else a straight line: year-to-date divided by the share elapsed, or
the least-squares line through the point-in-time values.

**Forecast to 2030** (``forecast_line``): the least-squares line through the
baseline and each year's result (or year-end forecast), not below 0 when
none of them is. Both forecasts stay inside the indicator's plausibility
bounds (``within``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.labels import LabelledEnum
from tnapp.domain.periods import Period
from tnapp.domain.vocab import Aggregation, Direction, PeriodKind, ValueType


class ProgressStatus(LabelledEnum):
    ACHIEVED = "achieved", _N("ProgressStatus", "Đã đạt")
    ON_TRACK = "on_track", _N("ProgressStatus", "Đúng tiến độ")
    AT_RISK = "at_risk", _N("ProgressStatus", "Có nguy cơ")
    BEHIND = "behind", _N("ProgressStatus", "Chậm tiến độ")
    NO_DATA = "no_data", _N("ProgressStatus", "Chưa có số liệu")


STATUS_COLOURS = {ProgressStatus.ACHIEVED: "#2e7d32", ProgressStatus.ON_TRACK: "#1565c0",
                  ProgressStatus.AT_RISK: "#ef8f00", ProgressStatus.BEHIND: "#c62828",
                  ProgressStatus.NO_DATA: "#757575"}


def as_of_choices(year: int) -> list[Period]:
    """The points a year's progress is read at, in calendar order: each quarter,
    and the reviews' half year (6 tháng đầu năm, with Q2) and nine months (9 tháng,
    with Q3)."""
    extra = [Period(year, PeriodKind.HALF_YEAR, 1), Period(year, PeriodKind.NINE_MONTHS)]
    return sorted(Period(year, PeriodKind.QUARTER).periods_of_kind_in_year() + extra,
                  key=lambda p: (p.end, p.kind is not PeriodKind.QUARTER))


@dataclass(frozen=True)
class Bands:
    on_track: float = 1.0
    at_risk: float = 0.8

    @classmethod
    def from_setting(cls, value: object) -> Bands:
        data = value if isinstance(value, dict) else {}
        return cls(float(data.get("on_track", 1.0)), float(data.get("at_risk", 0.8)))


@dataclass(frozen=True)
class UnitValue:
    """One unit's value for one period, as it goes into the commune figure."""

    unit_id: int
    value: float
    weight: float | None = None
    sent_at: dt.datetime | None = None


def combine(aggregation: Aggregation, values: Sequence[UnitValue], lead_unit_id: int | None = None) -> float | None:
    """The units' values as one commune figure, by the indicator's aggregation."""
    if not values:
        return None
    if aggregation in TOTALLED:
        return from_totals(aggregation, Totals(len(values), sum(v.value for v in values),
                                               sum(v.value * v.weight for v in values if v.weight),
                                               sum(v.weight for v in values if v.weight)))
    if aggregation is Aggregation.LATEST:
        return max(values, key=lambda v: (v.sent_at is not None, v.sent_at or dt.datetime.min)).value
    lead = [v.value for v in values if v.unit_id == lead_unit_id]  # commune only
    return lead[0] if lead else values[0].value


# Aggregations the database can total (GROUP BY) without reading each unit's row.
TOTALLED = (Aggregation.SUM, Aggregation.AVERAGE, Aggregation.WEIGHTED_AVERAGE)


@dataclass(frozen=True)
class Totals:
    """What ``GROUP BY indicator, period`` gives: count, sum, Σ value×weight, Σ weight."""

    count: int
    total: float
    weighted: float = 0.0
    weights: float = 0.0


def from_totals(aggregation: Aggregation, totals: Totals) -> float | None:
    """Sum, average or weighted average from the totals (no weight at all: the plain average)."""
    if not totals.count:
        return None
    if aggregation is Aggregation.SUM:
        return totals.total
    if aggregation is Aggregation.WEIGHTED_AVERAGE and totals.weights:
        return totals.weighted / totals.weights
    return totals.total / totals.count


def score(actual: float, target: float, direction: Direction, value_type: ValueType = ValueType.NUMBER) -> float:
    """How far ``actual`` meets ``target``; 1.0 = met (see the module's rules)."""
    if value_type is ValueType.YES_NO:
        return 1.0 if (actual >= 0.5) == (target >= 0.5) else 0.0
    if direction is Direction.LOWER_BETTER:
        if actual <= 0:
            return 1.0 if target >= actual else 0.0
        return max(target, 0.0) / actual
    if direction is Direction.REACH_VALUE:
        if target == 0:
            return 1.0 if actual == 0 else 0.0
        return max(0.0, 1 - abs(actual - target) / abs(target))
    if target <= 0:
        return 1.0 if actual >= target else 0.0
    return actual / target


def elapsed_share(period: Period) -> float:
    """The share of the year a period's data covers: Q3 → 0.75."""
    return period.last_month / 12


def expected_by(target: float, share: float, cumulative: bool, baseline: float | None,
                value_type: ValueType = ValueType.NUMBER) -> float:
    """What should be reached once ``share`` of the year has passed."""
    if value_type is ValueType.YES_NO:
        return target
    if cumulative:
        return target * share
    if baseline is None:
        return target
    return baseline + share * (target - baseline)


def judge(percent: float | None, pace: float | None, bands: Bands, *, year_over: bool,
           cumulative: bool, direction: Direction) -> ProgressStatus:
    if percent is None or pace is None:
        return ProgressStatus.NO_DATA
    may_still_change = cumulative and direction is Direction.LOWER_BETTER and not year_over
    if percent >= 1 and not may_still_change:
        return ProgressStatus.ACHIEVED
    if pace >= bands.on_track:
        return ProgressStatus.ON_TRACK
    if pace >= bands.at_risk:
        return ProgressStatus.AT_RISK
    return ProgressStatus.BEHIND


def _line_at(points: Sequence[tuple[float, float]], x: float) -> float:
    """The least-squares straight line through ``points``, read at ``x``."""
    n = len(points)
    mean_x = sum(p[0] for p in points) / n
    mean_y = sum(p[1] for p in points) / n
    spread = sum((p[0] - mean_x) ** 2 for p in points)
    slope = sum((p[0] - mean_x) * (p[1] - mean_y) for p in points) / spread if spread else 0.0
    return mean_y + slope * (x - mean_x)


def forecast_year_end(series: Sequence[tuple[Period, float]], cumulative: bool,
                      previous: dict[int, float] | None = None) -> tuple[float | None, str | None]:
    """``(value, method)`` at year end from this year's ``(period, value)``
    series in order; ``previous``: last year's values by period index.
    Methods: ``actual``, ``seasonal``, ``linear``; ``(None, None)`` when too early."""
    if not series:
        return None, None
    last, value = series[-1]
    periods = last.periods_of_kind_in_year()
    if last == periods[-1]:
        return value, "actual"
    if len(series) < 2:
        return None, None
    previous = previous or {}
    then, end = previous.get(last.index), previous.get(periods[-1].index)
    if then is not None and end is not None and (not cumulative or then):
        return (value * end / then if cumulative else value + end - then), "seasonal"
    if cumulative:
        return value / elapsed_share(last), "linear"
    points = [(elapsed_share(p), v) for p, v in series]
    return _line_at(points, 1.0), "linear"


def forecast_line(points: Sequence[tuple[int, float]], year: int) -> float | None:
    """The straight-line value in ``year`` through ``(year, value)`` points (two at least)."""
    if len({p[0] for p in points}) < 2:
        return None
    value = _line_at([(float(x), y) for x, y in points], float(year))
    return max(value, 0.0) if all(y >= 0 for _, y in points) else value  # counts and rates do not go negative


@dataclass(frozen=True)
class Assessment:
    percent: float | None  # of the year's target, 1.0 = met
    expected_now: float | None  # what should be reached by the data's period
    pace: float | None  # score against expected_now
    status: ProgressStatus
    forecast: float | None  # year end
    forecast_method: str | None
    forecast_percent: float | None


def within(value: float | None, low: float | None, high: float | None) -> float | None:
    """A forecast kept inside the indicator's plausibility bounds (a rate stays ≤ 100 %)."""
    if value is None:
        return None
    if low is not None:
        value = max(value, low)
    return min(value, high) if high is not None else value


def assess(series: Sequence[tuple[Period, float]], target: float | None, *, direction: Direction,
           value_type: ValueType, cumulative: bool, baseline: float | None, bands: Bands,
           previous: dict[int, float] | None = None,
           bounds: tuple[float | None, float | None] = (None, None)) -> Assessment:
    """Percent, pace, status and year-end forecast of one indicator from its
    values of the year so far, in period order (the last one is the actual)."""
    forecast, method = forecast_year_end(series, cumulative, previous)
    forecast = within(forecast, *bounds)
    if not series or target is None:
        return Assessment(None, None, None, ProgressStatus.NO_DATA, forecast, method, None)
    period, actual = series[-1]
    share = elapsed_share(period)
    percent = score(actual, target, direction, value_type)
    expected = expected_by(target, share, cumulative, baseline, value_type)
    pace = score(actual, expected, direction, value_type)
    year_over = period == period.periods_of_kind_in_year()[-1]
    return Assessment(percent, expected, pace,
                      judge(percent, pace, bands, year_over=year_over, cumulative=cumulative, direction=direction),
                      forecast, method, None if forecast is None else score(forecast, target, direction, value_type))

"""Whether a unit's value is far from its own history: the expected range and
the plain sentence that explains a value outside it.

The range is centred on the median of the unit's past figures (one odd past
value cannot move it, as it moves a mean) and reaches k times the larger of
two spreads: the median absolute deviation scaled to a standard deviation
(1,4826 × MAD, so that k reads like DHIS2's "standard deviation factor") and
the standard deviation itself (DHIS2's z-score rule, the reference). A value
is flagged only when it is far by both measures: a seasonal history (no
harvest in Q1, the harvest in Q2) has a small MAD but a large deviation, and
the harvest quarter is not an outlier.

A cumulative (lũy kế) indicator is reported year-to-date, so its own figures
are the increments of each period (the first period of a year is its own
increment); comparing year-to-date values would flag every Q4 as "high".
Like periods (the same quarter of earlier years) are compared when the
history holds enough of them, else every earlier period of the same kind.

``k`` (``outliers.factor``) and the shortest history judged
(``outliers.min_history``) are settings; a flag is a warning, never a block.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tnapp.domain.formatting import format_number
from tnapp.domain.periods import Period
from tnapp.domain.vocab import PeriodKind
from tnapp.i18n import N_, _

MAD_TO_SIGMA = 1.4826  # MAD × this = σ for normally distributed figures
_PREVIOUS = {PeriodKind.MONTH: N_("tháng trước"), PeriodKind.QUARTER: N_("quý trước"), PeriodKind.YEAR: N_("năm trước")}
_RELATIVE_FLOOR = 0.1  # a constant history still allows ±10 % (or ±1 for whole numbers) before flagging


@dataclass(frozen=True)
class ExpectedRange:
    low: float
    high: float
    centre: float  # the median of the history
    count: int  # how many past figures it rests on


@dataclass(frozen=True)
class Outlier:
    period: str
    figure: float  # the period's own figure (its increment for a cumulative indicator)
    range: ExpectedRange
    previous: float | None  # the previous period's own figure, if known
    message: str


def _deviation(history: Sequence[float]) -> float:
    """The sample standard deviation (``statistics.stdev`` without its exact fractions: a scan judges thousands)."""
    mean = math.fsum(history) / len(history)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in history) / (len(history) - 1))


def expected_range(history: Sequence[float], factor: float, min_history: int,
                   whole: bool = False) -> ExpectedRange | None:
    """The range the next figure is expected in; ``None`` when the history is too short to judge."""
    if len(history) < max(min_history, 2):
        return None
    centre = statistics.median(history)
    spread = max(MAD_TO_SIGMA * statistics.median(abs(v - centre) for v in history),
                 _deviation(history))  # DHIS2's standard-deviation rule
    if spread == 0:
        spread = max(abs(centre) * _RELATIVE_FLOOR, 1.0 if whole else 0.0) / factor
    if spread == 0:
        return None
    return ExpectedRange(centre - factor * spread, centre + factor * spread, centre, len(history))


def own_figures(values: Mapping[Period, float], cumulative: bool) -> dict[Period, float]:
    """Period → the period's own figure: the value itself, or for a cumulative indicator its
    increment over the year's earlier period (a period whose predecessor in the year is missing has none)."""
    if not cumulative:
        return dict(values)
    figures = {}
    for period, value in values.items():
        if period.index == 1:
            figures[period] = value
            continue
        before = values.get(Period(period.year, period.kind, period.index - 1))
        if before is not None:
            figures[period] = value - before
    return figures


def history_for(period: Period, figures: Mapping[Period, float], min_history: int) -> list[float]:
    """The earlier figures to compare ``period``'s with: the same period of earlier years when there
    are enough of them (seasons), else every earlier period of its kind."""
    earlier = sorted((p, v) for p, v in figures.items() if p < period)
    alike = [v for p, v in earlier if p.index == period.index]
    return alike if len(alike) >= min_history else [v for _p, v in earlier]


def _times(ratio: float) -> str:
    return format_number(round(ratio, 1))


def explain(period: Period, figure: float, found: ExpectedRange, previous: float | None,
            cumulative: bool, whole: bool = False, unit: str = "") -> str:
    """``36 gấp 2,8 lần quý trước (13)`` / ``21 % thấp hơn nhiều so với quý trước (68 %)`` / ``… so với các kỳ
    trước``, then the usual range — what a reader checks."""
    digits = 0 if whole else 2

    def number(value: float) -> str:
        return format_number(round(value, digits) if value != figure else value) + (f" {unit}" if unit else "")

    low = max(found.low, 0.0) if figure >= 0 else found.low  # a count's range does not go below 0
    high = found.high
    if whole:  # the whole numbers inside the range: a flagged 354 never reads "usually up to 354"
        low, high = math.ceil(low), math.floor(high)
    shown = _("số phát sinh trong kỳ {figure}", figure=number(figure)) if cumulative else number(figure)
    usual = _("thường từ {low} đến {high} (theo {count} kỳ trước)", low=number(low), high=number(high),
              count=found.count)
    before = _(_PREVIOUS.get(period.kind, N_("kỳ trước")))
    if previous is not None and previous > 0 and figure >= 2 * previous:
        return _("{figure} gấp {times} lần {before} ({previous}); {usual}", figure=shown,
                 times=_times(figure / previous), before=before, previous=number(previous), usual=usual)
    if previous is not None and previous > 0 and 0 <= figure <= previous / 2:
        if unit == "%":  # "chỉ bằng 31 % quý trước" would read as a rate
            return _("{figure} thấp hơn nhiều so với {before} ({previous}); {usual}", figure=shown, before=before,
                     previous=number(previous), usual=usual)
        share = format_number(round(100 * figure / previous))
        return _("{figure} chỉ bằng {share} % {before} ({previous}); {usual}", figure=shown, share=share,
                 before=before, previous=number(previous), usual=usual)
    if figure > found.high:
        return _("{figure} cao hơn nhiều so với các kỳ trước: {usual}", figure=shown, usual=usual)
    return _("{figure} thấp hơn nhiều so với các kỳ trước: {usual}", figure=shown, usual=usual)


def judge(period: Period, values: Mapping[Period, float], cumulative: bool, factor: float, min_history: int,
          whole: bool = False, unit: str = "") -> Outlier | None:
    """Whether the unit's value of ``period`` (in ``values``, period → value, with its history) is an
    outlier from its own history; ``None`` when it is not, or cannot be judged."""
    figures = own_figures(values, cumulative)
    figure = figures.get(period)
    if figure is None or math.isnan(figure):
        return None
    found = expected_range(history_for(period, figures, min_history), factor, min_history, whole)
    if found is None or found.low <= figure <= found.high:
        return None
    earlier = [p for p in figures if p < period]
    previous = figures[max(earlier)] if earlier else None
    return Outlier(period.code, figure, found, previous, explain(period, figure, found, previous, cumulative, whole,
                                                                      unit))

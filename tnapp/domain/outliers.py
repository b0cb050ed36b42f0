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

MAD_TO_SIGMA = 1.4826  # MAD × this = σ for normally distributed figures
_PREVIOUS = {PeriodKind.MONTH: "tháng trước", PeriodKind.QUARTER: "quý trước", PeriodKind.YEAR: "năm trước"}
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

    @property
    def high(self) -> bool:
        return self.figure > self.range.high


def expected_range(history: Sequence[float], factor: float, min_history: int,
                   whole: bool = False) -> ExpectedRange | None:
    """The range the next figure is expected in; ``None`` when the history is too short to judge."""
    if len(history) < max(min_history, 2):
        return None
    centre = statistics.median(history)
    spread = max(MAD_TO_SIGMA * statistics.median(abs(v - centre) for v in history),
                 statistics.stdev(history))  # DHIS2's standard-deviation rule
    if spread == 0:
        spread = max(abs(centre) * _RELATIVE_FLOOR, 1.0 if whole else 0.0) / factor
    if spread == 0:
        return None
    return ExpectedRange(centre - factor * spread, centre + factor * spread, centre, len(history))


def own_figures(values: Mapping[str, float], cumulative: bool) -> dict[str, float]:
    """Period code → the period's own figure: the value itself, or for a cumulative indicator its
    increment over the year's earlier period (a period whose predecessor in the year is missing has none)."""
    if not cumulative:
        return dict(values)
    figures = {}
    for code, value in values.items():
        period = Period.parse(code)
        if period.index == 1:
            figures[code] = value
            continue
        before = Period(period.year, period.kind, period.index - 1).code
        if before in values:
            figures[code] = value - values[before]
    return figures


def history_for(period: Period, figures: Mapping[str, float], min_history: int) -> list[float]:
    """The earlier figures to compare ``period``'s with: the same period of earlier years when there
    are enough of them (seasons), else every earlier period of its kind."""
    earlier = {Period.parse(c): v for c, v in figures.items() if Period.parse(c) < period}
    alike = [v for p, v in sorted(earlier.items()) if p.index == period.index]
    return alike if len(alike) >= min_history else [v for _, v in sorted(earlier.items())]


def _times(ratio: float) -> str:
    return format_number(round(ratio, 1))


def explain(period: Period, figure: float, found: ExpectedRange, previous: float | None,
            cumulative: bool, whole: bool = False) -> str:
    """``gấp 3 lần quý trước`` / ``thấp hơn nhiều so với các kỳ trước: …`` — what a reader checks."""
    own = "số phát sinh trong kỳ " if cumulative else ""
    low = max(found.low, 0.0) if figure >= 0 else found.low  # a count's range does not go below 0
    digits = 0 if whole else 2
    usual = f"thường từ {format_number(round(low, digits))} đến {format_number(round(found.high, digits))} " \
            f"(theo {found.count} kỳ trước)"
    before = _PREVIOUS.get(period.kind, "kỳ trước")
    if figure > found.high:
        if previous is not None and previous > 0 and figure >= 2 * previous:
            return f"{own}{format_number(figure)} gấp {_times(figure / previous)} lần {before} " \
                   f"({format_number(previous)}); {usual}"
        return f"{own}{format_number(figure)} cao hơn nhiều so với các kỳ trước: {usual}"
    if previous is not None and figure >= 0 and previous > 0 and figure <= previous / 2:
        share = format_number(round(100 * figure / previous))
        return f"{own}{format_number(figure)} chỉ bằng {share} % {before} ({format_number(previous)}); {usual}"
    return f"{own}{format_number(figure)} thấp hơn nhiều so với các kỳ trước: {usual}"


def judge(period: Period, values: Mapping[str, float], cumulative: bool, factor: float, min_history: int,
          whole: bool = False) -> Outlier | None:
    """Whether the unit's value of ``period`` (in ``values``, period code → value, with its history) is an
    outlier from its own history; ``None`` when it is not, or cannot be judged."""
    figures = own_figures(values, cumulative)
    figure = figures.get(period.code)
    if figure is None or math.isnan(figure):
        return None
    found = expected_range(history_for(period, figures, min_history), factor, min_history, whole)
    if found is None or found.low <= figure <= found.high:
        return None
    earlier = [p for p in map(Period.parse, figures) if p < period]
    previous = figures[max(earlier).code] if earlier else None
    return Outlier(period.code, figure, found, previous, explain(period, figure, found, previous, cumulative, whole))

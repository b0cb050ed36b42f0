"""The pure rules of indicator progress: percent by direction and value type,
a target of 0, pace, status bands, combining units, and the forecasts."""

from __future__ import annotations

import datetime as dt

import pytest

from tnapp.domain.periods import Period
from tnapp.domain.progress import (
    Bands, ProgressStatus, Totals, UnitValue, as_of_choices, assess, combine, expected_by, forecast_line, forecast_year_end,
    from_totals, judge, score, within,
)
from tnapp.domain.vocab import Aggregation, Direction, ValueType

HIGH, LOW, REACH = Direction.HIGHER_BETTER, Direction.LOWER_BETTER, Direction.REACH_VALUE
Q = [Period.parse(f"2026-Q{i}") for i in range(1, 5)]


def test_percent_respects_the_direction() -> None:
    assert score(90, 100, HIGH) == pytest.approx(0.9)
    assert score(100, 93, LOW) == pytest.approx(0.93)  # 100 poor households against 93: the ceiling over the value
    assert score(80, 93, LOW) > 1
    assert score(31.0, 31.5, REACH) == pytest.approx(1 - 0.5 / 31.5)
    assert score(32.0, 31.5, REACH) == score(31.0, 31.5, REACH)  # closeness, either side
    assert score(100, 31.5, REACH) == 0.0  # never below 0


def test_a_target_of_zero_in_every_direction() -> None:
    assert score(0, 0, HIGH) == 1.0 and score(5, 0, HIGH) == 1.0
    assert score(0, 0, LOW) == 1.0 and score(2, 0, LOW) == 0.0  # no crime at all is the target
    assert score(0, 0, REACH) == 1.0 and score(0.1, 0, REACH) == 0.0
    assert score(0, 5, LOW) == 1.0  # nothing happened: the ceiling is kept


def test_yes_no_indicators_are_met_or_not() -> None:
    for direction in Direction:
        assert score(1, 1, direction, ValueType.YES_NO) == 1.0
        assert score(0, 1, direction, ValueType.YES_NO) == 0.0
        assert score(0, 0, direction, ValueType.YES_NO) == 1.0


def test_expected_by_now_paces_cumulative_and_point_in_time_indicators() -> None:
    assert expected_by(100, 0.75, cumulative=True, baseline=None) == 75
    assert expected_by(93, 0.5, cumulative=False, baseline=112) == pytest.approx(102.5)  # half way down
    assert expected_by(93, 0.5, cumulative=False, baseline=None) == 93
    assert expected_by(1, 0.25, cumulative=False, baseline=0, value_type=ValueType.YES_NO) == 1


def test_status_bands_from_the_setting() -> None:
    bands = Bands.from_setting({"on_track": 1.0, "at_risk": 0.8})
    common = {"year_over": False, "cumulative": True, "direction": HIGH}
    assert judge(1.0, 1.3, bands, **common) is ProgressStatus.ACHIEVED
    assert judge(0.7, 1.0, bands, **common) is ProgressStatus.ON_TRACK
    assert judge(0.7, 0.85, bands, **common) is ProgressStatus.AT_RISK
    assert judge(0.5, 0.6, bands, **common) is ProgressStatus.BEHIND
    assert judge(None, None, bands, **common) is ProgressStatus.NO_DATA
    strict = Bands.from_setting({"on_track": 1.1, "at_risk": 0.95})
    assert judge(0.7, 1.0, strict, **common) is ProgressStatus.AT_RISK
    # a year-to-date count to keep low can still grow: under the ceiling is not "achieved" before the year ends
    low = {"cumulative": True, "direction": LOW}
    assert judge(2.0, 2.0, bands, year_over=False, **low) is ProgressStatus.ON_TRACK
    assert judge(2.0, 2.0, bands, year_over=True, **low) is ProgressStatus.ACHIEVED


def test_combining_units_by_each_aggregation() -> None:
    sent = dt.datetime(2026, 7, 1)
    values = [UnitValue(1, 10.0, 100, sent), UnitValue(2, 30.0, 300, sent + dt.timedelta(days=2)),
              UnitValue(3, 20.0, None, None)]
    assert combine(Aggregation.SUM, values) == 60
    assert combine(Aggregation.AVERAGE, values) == 20
    assert combine(Aggregation.WEIGHTED_AVERAGE, values) == pytest.approx((10 * 100 + 30 * 300) / 400)
    assert combine(Aggregation.LATEST, values) == 30  # sent last
    assert combine(Aggregation.COMMUNE_ONLY, values, lead_unit_id=3) == 20
    assert combine(Aggregation.COMMUNE_ONLY, values, lead_unit_id=9) == 10
    assert combine(Aggregation.SUM, []) is None
    assert combine(Aggregation.WEIGHTED_AVERAGE, [UnitValue(1, 4.0), UnitValue(2, 8.0)]) == 6  # no weights
    assert from_totals(Aggregation.WEIGHTED_AVERAGE, Totals(2, 12.0, 0.0, 0.0)) == 6
    assert from_totals(Aggregation.SUM, Totals(0, 0.0)) is None


def test_year_end_forecast_needs_two_periods() -> None:
    assert forecast_year_end([(Q[0], 10.0)], cumulative=True) == (None, None)
    assert forecast_year_end([(Q[0], 10.0), (Q[1], 25.0)], cumulative=True) == (50.0, "linear")
    value, method = forecast_year_end([(Q[0], 112.0), (Q[1], 104.0), (Q[2], 98.0)], cumulative=False)
    assert method == "linear" and value == pytest.approx(104 + 2 / 3 - 28 * 0.5)  # least squares: -28 a year
    assert forecast_year_end([(Q[2], 7.0), (Q[3], 9.0)], cumulative=False) == (9.0, "actual")
    assert forecast_year_end([(Period.parse("2026"), 9.0)], cumulative=False) == (9.0, "actual")


def test_seasonal_forecast_follows_last_years_shape() -> None:
    last_year = {1: 100.0, 2: 400.0, 3: 500.0, 4: 1000.0}  # a harvest in Q2 and Q4
    assert forecast_year_end([(Q[0], 120.0), (Q[1], 480.0)], True, last_year) == (1200.0, "seasonal")
    assert forecast_year_end([(Q[0], 50.0), (Q[1], 60.0)], False, {2: 70.0, 4: 65.0}) == (55.0, "seasonal")


def test_forecast_to_2030_and_bounds() -> None:
    assert forecast_line([(2025, 10.0), (2026, 12.0)], 2030) == pytest.approx(20.0)
    assert forecast_line([(2025, 10.0)], 2030) is None
    assert forecast_line([(2025, 9.0), (2026, 6.0)], 2030) == 0.0  # counts do not go negative
    assert within(104.0, 0, 100) == 100 and within(-3, 0, None) == 0 and within(None, 0, 1) is None


def test_assess_puts_it_together() -> None:
    result = assess([(Q[0], 2000.0), (Q[1], 4500.0)], 9850, direction=HIGH, value_type=ValueType.NUMBER,
                    cumulative=True, baseline=9800, bands=Bands())
    assert result.percent == pytest.approx(4500 / 9850) and result.expected_now == pytest.approx(4925)
    assert result.pace == pytest.approx(4500 / 4925) and result.status is ProgressStatus.AT_RISK
    assert result.forecast == 9000 and result.forecast_method == "linear"
    empty = assess([], 10, direction=HIGH, value_type=ValueType.NUMBER, cumulative=False, baseline=None,
                   bands=Bands())
    assert empty.status is ProgressStatus.NO_DATA and empty.percent is None
    untargeted = assess([(Q[0], 1.0)], None, direction=HIGH, value_type=ValueType.NUMBER, cumulative=False,
                        baseline=None, bands=Bands())
    assert untargeted.status is ProgressStatus.NO_DATA


def test_as_of_choices_add_the_half_year_and_nine_months_in_calendar_order() -> None:
    assert [p.code for p in as_of_choices(2026)] == ["2026-Q1", "2026-Q2", "2026-H1", "2026-Q3", "2026-9M", "2026-Q4"]

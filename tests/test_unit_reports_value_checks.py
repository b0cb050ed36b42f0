"""Reading and checking one typed cell: errors (nothing saved), impossible values
(kept in a draft, block submission, refuse a file) and unusual ones (a warning)."""

from __future__ import annotations

import datetime as dt

import pytest

from tnapp.domain.value_checks import ValueSpec, check_value, describe_range, year_to_date
from tnapp.domain.vocab import ValueType

COUNT = ValueSpec(ValueType.COUNT, 0, 5000, "hộ")
PERCENT = ValueSpec(ValueType.PERCENT, 0, 100, "%")
GROWTH = ValueSpec(ValueType.PERCENT, -20, 40, "%")
YES_NO = ValueSpec(ValueType.YES_NO, 0, 1, "Có/Không")
TONNES = ValueSpec(ValueType.NUMBER, 0, 20000, "tấn")


@pytest.mark.parametrize(("spec", "text", "value"), [
    (TONNES, "1.234,5", 1234.5), (TONNES, "1234.5", 1234.5), (TONNES, "1234,5", 1234.5), (TONNES, 12, 12.0),
    (PERCENT, "95,5%", 95.5), (YES_NO, "Có", 1.0), (YES_NO, "khong", 0.0), (YES_NO, True, 1.0),
    (TONNES, "  ", None), (TONNES, None, None),
])
def test_typed_text_is_read_the_vietnamese_way(spec: ValueSpec, text: object, value: float | None) -> None:
    checked = check_value(spec, text)
    assert checked.ok and checked.value == value and not checked.warnings


@pytest.mark.parametrize(("raw", "message"), [
    ("khoảng 500", "«khoảng 500» không phải là số"),
    ("=A1+1", "ô chứa công thức; hãy nhập giá trị (số)"),
    (dt.datetime(2026, 9, 30), "ô chứa ngày tháng, không phải số; hãy nhập số"),
    ("1e400", "«1e400» không phải là số"),
])
def test_what_is_not_a_number_is_an_error(raw: object, message: str) -> None:
    checked = check_value(TONNES, raw)
    assert not checked.ok and checked.value is None and checked.error == message


@pytest.mark.parametrize(("spec", "text", "code", "impossible"), [
    (COUNT, "-3", "negative", True),
    (COUNT, "2,5", "not_whole", True),
    (PERCENT, "120", "percent_range", True),
    (YES_NO, "2", "yes_no", True),
    (TONNES, "25.000", "above_max", False),
    (GROWTH, "-25", "below_min", False),  # growth may be negative, below its usual bound
    (GROWTH, "-120", "percent_range", True),
    (GROWTH, "55", "above_max", False),  # a rate above its usual bound, still a possible percentage
])
def test_impossible_and_unusual_values_are_warnings_with_a_kind(spec: ValueSpec, text: str, code: str,
                                                                 impossible: bool) -> None:
    checked = check_value(spec, text)
    assert checked.ok and checked.value is not None
    assert [w.code for w in checked.warnings] == [code] and checked.impossible is impossible


def test_the_bounds_of_a_percentage_widen_with_the_catalogue() -> None:
    assert GROWTH.hard_range == (-100, 100) and PERCENT.hard_range == (0, 100)
    assert ValueSpec(ValueType.PERCENT, 0, 150).hard_range == (0, None)
    assert COUNT.hard_range == (0, None) and TONNES.hard_range == (None, None)
    assert describe_range(COUNT) == "số nguyên không âm (thường 0 – 5.000)"
    assert describe_range(YES_NO) == "số nguyên từ 0 đến 1 (thường 0 – 1)"


def test_the_year_so_far_is_the_latest_value() -> None:
    assert year_to_date([3719.1, 7773.2, None]) == 7773.2
    assert year_to_date([None, None]) is None


def test_a_cumulative_value_below_the_years_figure_so_far_is_a_warning_not_an_error() -> None:
    from tnapp.domain.value_checks import cumulative_findings

    (warning,) = cumulative_findings(TONNES, True, 5.0, 23.0)  # this quarter's 5 typed where Q2's lũy kế was 23
    assert warning.code == "below_year_to_date" and not warning.impossible
    assert "lũy kế" in warning.message and "23 tấn" in warning.message and "5 tấn" in warning.message
    assert cumulative_findings(TONNES, True, 23.0, 23.0) == () and cumulative_findings(TONNES, True, 30.0, 23.0) == ()
    assert cumulative_findings(TONNES, False, 5.0, 23.0) == ()  # a point-in-time figure may fall
    assert cumulative_findings(TONNES, True, 5.0, None) == ()  # the year's first period: nothing before it

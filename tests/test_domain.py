"""Domain rules that need no database: periods, vi_VN formats, Vietnamese name order."""

from __future__ import annotations

import datetime as dt

import pytest

from tnapp.domain.names import legacy_encoding, same_name, unit_key
from tnapp.domain.formatting import date_line, format_date, format_money, format_number, parse_number
from tnapp.domain.names import person_sort_key
from tnapp.domain.periods import Period
from tnapp.domain.text import fold, position_and_unit
from tnapp.domain.vocab import PeriodKind, UnitKind
from tnapp.errors import ValidationError


@pytest.mark.parametrize(("code", "start", "end", "label"), [
    ("2026-M03", dt.date(2026, 3, 1), dt.date(2026, 3, 31), "Tháng 3/2026"),
    ("2026-M02", dt.date(2026, 2, 1), dt.date(2026, 2, 28), "Tháng 2/2026"),
    ("2028-M02", dt.date(2028, 2, 1), dt.date(2028, 2, 29), "Tháng 2/2028"),
    ("2026-Q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31), "Quý I/2026"),
    ("2026-Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31), "Quý IV/2026"),
    ("2026-H1", dt.date(2026, 1, 1), dt.date(2026, 6, 30), "6 tháng đầu năm 2026"),
    ("2026-H2", dt.date(2026, 7, 1), dt.date(2026, 12, 31), "6 tháng cuối năm 2026"),
    ("2026-9M", dt.date(2026, 1, 1), dt.date(2026, 9, 30), "9 tháng năm 2026"),
    ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "Năm 2026"),
])
def test_period_codes_give_their_dates_and_names(code: str, start: dt.date, end: dt.date, label: str) -> None:
    period = Period.parse(code)
    assert (period.start, period.end, period.label, period.code) == (start, end, label, code)


def test_period_codes_are_read_case_insensitively_and_written_canonically() -> None:
    assert Period.parse(" 2026-q2 ").code == "2026-Q2"
    assert Period.parse("2026-9m").kind is PeriodKind.NINE_MONTHS


@pytest.mark.parametrize("bad", ["", "2026-M13", "2026-M00", "2026-Q5", "2026-H3", "26-Q1", "2026Q1", "quý 1"])
def test_bad_period_codes_are_refused_naming_the_code(bad: str) -> None:
    with pytest.raises(ValidationError, match=f"Kỳ báo cáo «{bad}»") as caught:
        Period.parse(bad)
    assert caught.value.field == "period"


@pytest.mark.parametrize(("text", "value"), [
    ("1.234,5", 1234.5), ("1234.5", 1234.5), ("1234,5", 1234.5), ("1,234.5", 1234.5),
    ("1.234", 1234.0), ("1.234.567", 1234567.0), ("-3,5", -3.5), ("0", 0.0), (" 12 ", 12.0),
    # a point where grouping cannot apply is a decimal point (issue 15: "0.125" was read as 125)
    ("0.125", 0.125), ("-0.500", -0.5), ("12.5", 12.5), ("0,125", 0.125), ("1,234", 1.234),
    ("1\u00a0234,5", 1234.5), ("\u22123,5", -3.5), ("1,234,567", 1234567.0),
])
def test_numbers_are_read_in_vietnamese_and_plain_forms(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_the_entry_grid_and_imports_read_values_with_the_same_rule() -> None:
    from tnapp.domain.value_checks import ValueSpec, parse_value
    from tnapp.domain.vocab import ValueType

    assert parse_value(ValueSpec(ValueType.NUMBER), "0.125") == 0.125
    assert parse_value(ValueSpec(ValueType.NUMBER), "-0.500") == -0.5
    assert parse_value(ValueSpec(ValueType.NUMBER), "1.234") == 1234


@pytest.mark.parametrize("bad", ["abc", "1,2,3", "1.2.3,4,5", "12a", ""])
def test_malformed_numbers_are_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(ValidationError, match="Năm sinh"):
        parse_number(bad, field="Năm sinh")


def test_names_are_compared_as_vietnamese_with_tone_marks_significant() -> None:
    assert not same_name("Phạm Thị Hà", "Phạm Thị Hạ") and not same_name("Hà", "Hả")
    for typed in ("PHẠM  THỊ HÀ", "Pha\u0323m Thi\u0323 Ha\u0300", "Phạm\u200b Thị\u00a0Hà", " phạm thị hà "):
        assert same_name(typed, "Phạm Thị Hà"), typed
    assert same_name("Phòng Văn hóa - Xã hội", "Phòng Văn hoá – Xã hội")  # dash and tone placement
    assert unit_key("Ủy ban MTTQ xã") == unit_key("Ủy ban Mặt trận Tổ quốc Việt Nam xã")
    assert unit_key("HTX Nông nghiệp") == unit_key("Hợp tác xã nông nghiệp")


@pytest.mark.parametrize(("text", "legacy"), [
    ("NguyÔn V¨n B×nh", True), ("Nguyeãn Vaên Bình", True), ("Phaïm Thò Haø", True),
    ("Nguyễn Văn Bình", False), ("Hoà Thuý Quân Huế Khuê Tiến", False), ("Ủy ban MTTQ xã", False),
    ("NGUYỄN VĂN ÂN", False), ("Danh hiệu «Gia đình văn hóa»", False), ("Diện tích 25 m², 30°C", False),
    ("Phạm Thị Hạ", False), ("Ph¹m ThÞ H¹", True), ("Sè liÖu ­íc tÝnh", True),
])
def test_text_in_tcvn3_or_vni_is_recognised(text: str, legacy: bool) -> None:
    assert legacy_encoding(text) is legacy


def test_numbers_dates_and_money_are_shown_the_vietnamese_way() -> None:
    assert format_number(1234.5) == "1.234,5"
    assert format_number(1234567) == "1.234.567"
    assert format_number(3.14159, 2) == "3,14"
    assert format_money(2340000) == "2.340.000 đ"
    assert format_date(dt.date(2026, 11, 26)) == "26/11/2026"


def test_date_line_follows_the_decree_with_leading_zeros() -> None:
    assert date_line("Thượng Ninh", dt.date(2026, 11, 26)) == "Thượng Ninh, ngày 26 tháng 11 năm 2026"
    assert date_line("Thượng Ninh", dt.date(2026, 2, 5)) == "Thượng Ninh, ngày 05 tháng 02 năm 2026"


def test_people_are_ordered_by_given_name_then_family_name_in_vietnamese_letter_order() -> None:
    names = ["Lê Văn Đức", "Trần Thị Dung", "Nguyễn Văn Ân", "Phạm Thị Ăn", "Lê Văn An", "Mai Văn Bình",
             "Vũ Thị Hạ", "Đỗ Văn Hà", "Bùi Thị Hà", "Lê Thị Hả"]
    assert sorted(names, key=person_sort_key) == [
        "Lê Văn An", "Phạm Thị Ăn", "Nguyễn Văn Ân", "Mai Văn Bình", "Trần Thị Dung", "Lê Văn Đức",
        "Bùi Thị Hà", "Đỗ Văn Hà", "Lê Thị Hả", "Vũ Thị Hạ"]


def test_search_folding_ignores_diacritics_and_case() -> None:
    assert fold("Nguyễn Văn HÙNG  Đức") == "nguyen van hung duc"


def test_labels_are_vietnamese_and_values_are_stable_codes() -> None:
    assert UnitKind.SCHOOL.value == "school"
    assert UnitKind.SCHOOL.label == "Trường học"
    assert UnitKind.parse("trường học") is UnitKind.SCHOOL


@pytest.mark.parametrize(("position", "unit", "printed"), [
    ("Giám đốc Trung tâm", "Trung tâm Phục vụ hành chính công xã", "Giám đốc Trung tâm Phục vụ hành chính công xã"),
    ("Trưởng phòng Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội", "Trưởng phòng Văn hóa – Xã hội"),
    ("Trưởng Công an xã", "Công an xã Thượng Ninh", "Trưởng Công an xã Thượng Ninh"),
    ("Trưởng thôn", "Thôn Bắc Ninh", "Trưởng thôn Bắc Ninh"),
    ("Chuyên viên", "Văn phòng HĐND và UBND", "Chuyên viên, Văn phòng HĐND và UBND"),
    ("", "Trường THCS Thượng Ninh", "Trường THCS Thượng Ninh"),
    ("Trung tâm", "Trung tâm", "Trung tâm"),
])
def test_a_position_and_its_unit_read_as_one_title_without_repeating_a_word(position, unit, printed) -> None:
    assert position_and_unit(position, unit) == printed

"""The core's messages follow the chosen language; papers stay Vietnamese whatever it is."""

from __future__ import annotations

import pytest

from tnapp import i18n
from tnapp.domain.periods import Period
from tnapp.errors import ValidationError


def test_a_service_message_follows_the_language(english: None) -> None:
    with pytest.raises(ValidationError, match=r"The reporting period «2026-Q9» is not valid"):
        Period.parse("2026-Q9")
    i18n.set_language("vi")
    with pytest.raises(ValidationError, match=r"Kỳ báo cáo «2026-Q9» không hợp lệ"):
        Period.parse("2026-Q9")


def test_a_paper_built_in_english_mode_stays_vietnamese(demo_ws, english: None) -> None:
    assert Period.parse("2026-Q3").label == "Q3 2026"  # on screen
    doc = demo_ws.reports.build("progress", 2026, "2026-Q3")
    text = repr(doc)
    assert "Quý III/2026" in text and "Q3 2026" not in text


@pytest.mark.parametrize(("code", "name", "short", "vietnamese"), [
    ("2026-Q3", "Q3 2026", "Q3", "Quý III/2026"), ("2026-M11", "November 2026", "Nov", "Tháng 11/2026"),
    ("2026-M01", "January 2026", "Jan", "Tháng 1/2026"), ("2026-H1", "First half of 2026", "H1", "6 tháng đầu năm 2026"),
    ("2026-9M", "9 months of 2026", "9 months", "9 tháng năm 2026"), ("2026", "Year 2026", "Year 2026", "Năm 2026")])
def test_period_names_are_idiomatic_english(english: None, code: str, name: str, short: str, vietnamese: str) -> None:
    period = Period.parse(code)
    assert (period.label, period.short_label) == (name, short)
    i18n.set_language("vi")
    assert period.label == vietnamese


def test_an_import_previews_readings_and_value_warnings_follow_the_language(english: None) -> None:
    """How a plan's words were read and what looks wrong in a figure: English on an English screen (the
    file's own abbreviations, "TH 2025", stay as the file writes them)."""
    from tnapp.domain.plan_targets import read_plan_target
    from tnapp.domain.value_checks import ValueSpec, check_value
    from tnapp.domain.vocab import ValueType

    assert read_plan_target("Giảm 0,9").explain(2.6, "TH 2025", percent_unit=True) == \
        "down 0,9 percentage points on TH 2025 → 2,6"
    assert read_plan_target("Trên 90").explain(90, "", True) == "90 (must be exceeded), the higher the better"
    assert [w.message for w in check_value(ValueSpec(ValueType.COUNT), "2,5").warnings] == [
        "a count must be a whole number, not 2,5"]
    i18n.set_language("vi")
    assert read_plan_target("Trên 90").explain(90, "", True) == "90 (mốc phải vượt), càng cao càng tốt"


def test_a_council_threshold_reads_as_english(english: None) -> None:
    from fractions import Fraction

    from tnapp.domain.council_rules import ThresholdBase, ThresholdRule
    rule = ThresholdRule(Fraction(4, 5), ThresholdBase.ALL_MEMBERS, False, False, "", False)
    assert rule.text == "≥ 80 % of all council members"
    i18n.set_language("vi")
    assert rule.text == "≥ 80 % tổng số thành viên Hội đồng"

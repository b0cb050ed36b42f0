"""Targets as communes write them in the plan's appendix, read into the
catalogue's model (value, direction, yes/no) — or refused, never guessed."""

from __future__ import annotations

import pytest

from tnapp.domain.plan_targets import read_plan_target
from tnapp.domain.vocab import Direction
from tnapp.errors import ValidationError

HIGHER, LOWER = Direction.HIGHER_BETTER, Direction.LOWER_BETTER


@pytest.mark.parametrize(("text", "previous", "percent", "value", "direction"), [
    (85, None, True, 85, None),
    ("85", None, True, 85, None),
    ("100%", None, True, 100, None),
    ("≥ 85", None, True, 85, HIGHER),
    (">=85", None, True, 85, HIGHER),
    ("Trên 90", None, True, 90, HIGHER),
    ("Từ 90 trở lên", None, True, 90, HIGHER),
    ("Tối thiểu 1.000", None, False, 1000, HIGHER),
    ("Dưới 5", None, True, 5, LOWER),
    ("Không quá 3", None, False, 3, LOWER),
    ("Giảm 0,9", 3.5, True, 2.6, LOWER),  # points of a % indicator
    ("Giảm 0,9 %/năm", 3.5, True, 2.6, LOWER),
    ("GIẢM  0,9%/năm", 3.5, True, 2.6, LOWER),
    ("Tăng 10%", 200, False, 220, HIGHER),  # a share of the previous value for other units
    ("Tăng 5", 200, False, 205, HIGHER),
    ("Duy trì", 31.5, True, 31.5, None),
    ("Đạt chuẩn", None, False, 1, None),
])
def test_targets_written_as_words_are_read_into_value_and_direction(
        text: object, previous: float | None, percent: bool, value: float, direction: Direction | None) -> None:
    target = read_plan_target(text)
    assert target.value(previous, percent, yes_no=False) == pytest.approx(value)
    assert target.direction is direction


def test_keeping_a_yes_no_target_is_yes_and_a_change_needs_the_year_before() -> None:
    assert read_plan_target("Duy trì").value(None, percent_unit=False, yes_no=True) == 1
    with pytest.raises(ValidationError, match="không có số năm trước hay số thực hiện"):
        read_plan_target("Giảm 0,9").value(None, percent_unit=True, yes_no=False)


def test_how_a_target_was_read_is_said_in_words() -> None:
    target = read_plan_target("Giảm 0,9")
    assert target.explain(2.6, "TH 2025", percent_unit=True) == "giảm 0,9 điểm % so với TH 2025 → 2,6"
    assert read_plan_target("Trên 90").explain(90, "", True) == "90 (mốc phải vượt), càng cao càng tốt"


@pytest.mark.parametrize("text", ["khoảng ba mươi", "phấn đấu cao hơn", "85-90", "Đạt chuẩn NTM", "Giảm", "x%"])
def test_anything_else_is_refused_naming_what_was_written(text: str) -> None:
    with pytest.raises(ValidationError, match=f"«{text}» không đọc được thành chỉ tiêu"):
        read_plan_target(text)


@pytest.mark.parametrize(("text", "value", "point"), [
    ("1.300", 1300, "thousands"), ("1.234,5", 1234.5, "thousands"), ("0.125", 0.125, "decimal"),
    ("12.5", 12.5, "decimal"), ("Giảm 1.300", 1300, "thousands"), ("≥ 0.5", 0.5, "decimal"), ("12,5", 12.5, None)])
def test_how_the_point_of_a_figure_was_read_is_kept(text: str, value: float, point: str | None) -> None:
    target = read_plan_target(text)
    assert (target.amount, target.point) == (value, point)


def test_not_reached_is_no_and_maintained_with_a_figure_is_at_least_it() -> None:
    for text in ("Chưa đạt", "Không đạt", "chưa hoàn thành"):
        target = read_plan_target(text)
        assert target.kind == "no" and target.value(None, False, True) == 0
        assert "không" in target.explain(0, "TH 2025", False)
    kept = read_plan_target("Duy trì 100%")
    assert (kept.value(None, True, False), kept.direction, kept.kept) == (100, HIGHER, True)
    assert kept.explain(100, "TH 2025", True) == "duy trì ≥ 100%, càng cao càng tốt"


def test_near_names_are_a_tone_mark_or_one_letter_apart_and_never_the_same_name() -> None:
    from tnapp.domain.names import near_name

    assert near_name("Tổng sản lượng lương thực có hát", "Tổng sản lượng lương thực có hạt")
    assert near_name("Số hộ nghéo", "Số hộ nghèo") and near_name("Phòng Kinh tê", "Phòng Kinh tế")
    assert near_name("Số hộ nghèox", "Số hộ nghèo")  # one letter more, once the marks are dropped
    assert not near_name("SỐ HỘ NGHÈO", "Số hộ nghèo")  # the same name: matched, not asked about
    assert not near_name("Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo")

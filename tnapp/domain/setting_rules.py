"""What a value of each dated setting may be: ONE table keyed by the
setting's key (an entry ending in "." covers every key starting with it).

``check(key, value)`` returns the value to store (a whole number stays an
``int`` where the setting counts things) or raises a ValidationError whose
message names the setting and the part of the value at fault; ``field`` is
``"value"`` or ``"value.<part>"`` for a part of a dict value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.errors import ValidationError

_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")

Check = Callable[[str, object, str], object]  # (setting key, value, field) -> value to store


# The parts of the dict values as people call them (the dialog's labels too).
PART_LABELS = {
    "share": _N("SettingPart", "tỷ lệ"), "base": _N("SettingPart", "cơ sở tính"),
    "strict": _N("SettingPart", "vượt hẳn tỷ lệ (>)"),
    "count_written": _N("SettingPart", "tính cả phiếu gửi bằng văn bản"),
    "x": _N("SettingPart", "dịch ngang x (mm)"), "y": _N("SettingPart", "dịch dọc y (mm)"),
    "on_track": _N("SettingPart", "mức đúng tiến độ"), "at_risk": _N("SettingPart", "mức có nguy cơ"),
}
BASE_LABELS = {"all_members": _N("SettingPart", "tổng số thành viên"),
               "present": _N("SettingPart", "số thành viên có mặt")}


def part_label(part: str) -> str:
    return PART_LABELS.get(part, part)


def _refuse(key: str, field: str, what: str) -> ValidationError:
    part = field.partition(".")[2]
    where = f"Giá trị – {part_label(part)} ({part})" if part else "Giá trị"
    return ValidationError(f"Thiết lập «{key}»: {where} {what}.", field=field)


def _number(key: str, value: object, field: str, low: float | None = None, high: float | None = None,
            low_open: bool = False, whole: bool = False) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _refuse(key, field, "phải là một số")
    if whole:
        if value != int(value):
            raise _refuse(key, field, "phải là số nguyên")
        value = int(value)
    if low is not None and (value <= low if low_open else value < low):
        raise _refuse(key, field, f"phải lớn hơn {low:g}" if low_open else f"không được nhỏ hơn {low:g}")
    if high is not None and value > high:
        raise _refuse(key, field, f"không được lớn hơn {high:g}")
    return value


def share(key: str, value: object, field: str = "value") -> object:
    """A share of a whole: 0 to 1 (0,7 = 70 %)."""
    return _number(key, value, field, 0, 1)


def non_negative(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0)


def positive(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, low_open=True)


def count(key: str, value: object, field: str = "value") -> object:
    """A whole number of days, times, copies… at least 1."""
    return _number(key, value, field, 1, whole=True)


def days(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, whole=True)


def months_in_year(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, 12, whole=True)


def month_day(key: str, value: object, field: str = "value") -> object:
    """A day of every year as "MM-DD" (03-31)."""
    match = _MONTH_DAY.match(value) if isinstance(value, str) else None
    try:
        dt.date(2024, int(match.group(1)), int(match.group(2))) if match else None  # 2024: 29/02 allowed
    except ValueError:
        match = None
    if match is None:
        raise _refuse(key, field, "phải là ngày dạng tháng-ngày «MM-DD», ví dụ 03-31")
    return value


def boolean(key: str, value: object, field: str = "value") -> object:
    if not isinstance(value, bool):
        raise _refuse(key, field, "phải là có/không (true/false)")
    return value


def record(parts: dict[str, Check], required: tuple[str, ...] = ()) -> Check:
    """A dict value whose parts each have their own check; no other parts."""

    def check(key: str, value: object, field: str = "value") -> object:
        if not isinstance(value, dict):
            raise _refuse(key, field, f"phải có các phần {', '.join(parts)}")
        unknown = [p for p in value if p not in parts]
        if unknown:
            raise _refuse(key, field, f"có phần không được dùng: {', '.join(unknown)}")
        missing = [p for p in required if p not in value]
        if missing:
            raise _refuse(key, f"{field}.{missing[0]}", "còn thiếu")
        return {p: parts[p](key, v, f"{field}.{p}") for p, v in value.items()}

    return check


def text(key: str, value: object, field: str = "value") -> object:
    if not isinstance(value, str) or not value.strip():
        raise _refuse(key, field, "phải là một đoạn chữ, không để trống")
    return value.strip()


def threshold_base(key: str, value: object, field: str = "value") -> object:
    if value not in BASE_LABELS:  # see tnapp.domain.council_rules.ThresholdBase
        raise _refuse(key, field, "phải là all_members (tổng số thành viên) hoặc present (số thành viên có mặt)")
    return value


def percent_points(key: str, value: object, field: str = "value") -> object:
    return _number(key, value, field, 0, 100)


# key (or key prefix ending in ".") -> its check. The legal figures among them
# (NĐ 152/2025/NĐ-CP, Điều 50: multipliers × base salary) are edited, not coded.
RULES: dict[str, Check] = {
    "base_salary": positive,
    "prize_multiplier.": non_negative,
    "prize_rounding_step": positive,
    "eligibility.ttldtt_member_share": share,
    "eligibility.ldtt_worked_months": months_in_year,
    "eligibility.streak_through_judged_year": boolean,
    "eligibility.streak_reuse": boolean,
    "council.threshold.": record({"share": share, "base": threshold_base, "strict": boolean,
                                  "count_written": boolean}, required=("share", "base")),
    "council.quorum": share,
    "council.second_round_allowed": boolean,
    "council.certificate_offset_mm": record({"x": _number, "y": _number}, required=("x", "y")),
    "report_deadline_days.": days,
    "year_end_dossier_deadline": month_day,
    "registration_deadline": month_day,
    "login.": count,
    "backup.": count,
    "complaint_due_days": count,
    "rating.point_bands": record({"HTXS": percent_points, "HTT": percent_points, "HT": percent_points},
                                 required=("HTXS", "HTT", "HT")),
    "rating.htxs_cap_share": share,
    "province.submission_route": record({"addressee": text, "via": text}, required=("addressee", "via")),
    "progress.bands": record({"on_track": non_negative, "at_risk": non_negative},
                             required=("on_track", "at_risk")),
}


def rule_for(key: str) -> Check | None:
    """The check of ``key``: its own entry, else the longest prefix entry."""
    if key in RULES:
        return RULES[key]
    prefixes = [k for k in RULES if k.endswith(".") and key.startswith(k)]
    return RULES[max(prefixes, key=len)] if prefixes else None


def check(key: str, value: object) -> object:
    """The value to store for ``key``, or a ValidationError naming the part at fault.
    A key without an entry takes any JSON value."""
    rule = rule_for(key)
    if value is None:
        raise ValidationError(f"Thiết lập «{key}»: Giá trị không được để trống.", field="value")
    return rule(key, value, "value") if rule else value

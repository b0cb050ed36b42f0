"""What an indicator's value may be: reading a typed or imported cell, the
checks per value type and plausibility bounds, and what a year's values add up to.

One place for these rules, so the entry grid, the Excel template's data
validation and the Excel import agree:

* a value that cannot be read as a number (text, a date, a formula) is an
  **error**: nothing is saved;
* a value that cannot be true for its type (a negative or fractional count, a
  yes/no other than 0/1, a percentage outside 0–100 unless the catalogue's
  bounds widen it) is **impossible**: the entry grid keeps it in the draft with
  a warning (nothing typed is lost), but it blocks submission, and an Excel
  file holding one is refused (a file has nobody to confirm it);
* a value outside the catalogue's plausibility bounds is **unusual**: a
  warning only;
* a cumulative (lũy kế) value lower than the year's figure already reported
  for an earlier period of the same year is **probably this period's own
  figure** typed instead of the year-to-date one: a warning only.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from tnapp.domain.formatting import format_number, parse_number
from tnapp.domain.text import fold
from tnapp.domain.vocab import ValueType
from tnapp.errors import ValidationError
from tnapp.i18n import _

# Words accepted for a yes/no value (compared without diacritics).
YES_WORDS = frozenset({"1", "co", "dat", "x", "yes", "true", "roi", "da dat"})
NO_WORDS = frozenset({"0", "khong", "chua", "chua dat", "khong dat", "no", "false"})

PERCENT_RANGE = (0.0, 100.0)
_LARGEST = 1e15  # larger magnitudes are typing accidents, not figures


@dataclass(frozen=True)
class ValueSpec:
    """What the checks need to know about an indicator."""

    value_type: ValueType
    min_value: float | None = None  # plausibility bounds from the catalogue
    max_value: float | None = None
    unit_of_measure: str = ""

    @property
    def whole(self) -> bool:
        return self.value_type in (ValueType.COUNT, ValueType.YES_NO)

    @property
    def hard_range(self) -> tuple[float | None, float | None]:
        """The range a value of this type can possibly have (Excel's data
        validation stops anything outside it)."""
        match self.value_type:
            case ValueType.YES_NO:
                return 0.0, 1.0
            case ValueType.COUNT:
                return 0.0, None
            case ValueType.PERCENT:
                # A share is 0–100 %. A rate the catalogue lets go below 0 (growth)
                # can fall to −100 %; one it lets exceed 100 (plan ratio) has no ceiling.
                negative = self.min_value is not None and self.min_value < 0
                beyond = self.max_value is not None and self.max_value > PERCENT_RANGE[1]
                return (-PERCENT_RANGE[1] if negative else PERCENT_RANGE[0]), (None if beyond else PERCENT_RANGE[1])
            case _:
                return None, None


@dataclass(frozen=True)
class ValueWarning:
    code: str  # not_whole, negative, yes_no, percent_range, below_min, above_max, below_year_to_date
    message: str
    impossible: bool  # True: blocks submission and refuses an Excel file


@dataclass(frozen=True)
class CheckedValue:
    """A cell read and checked: ``error`` set means nothing can be saved."""

    value: float | None
    warnings: tuple[ValueWarning, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def impossible(self) -> bool:
        return any(w.impossible for w in self.warnings)

    @property
    def messages(self) -> list[str]:
        return [self.error] if self.error else [w.message for w in self.warnings]


def may_be_negative(spec: ValueSpec) -> bool:
    """A value below 0 is possible only where the type allows it and the catalogue says so
    (a growth rate with a negative lower bound); anything else read negative is a slip."""
    low = spec.hard_range[0]
    return (low is None or low < 0) and spec.min_value is not None and spec.min_value < 0


def parse_value(spec: ValueSpec, raw: object) -> float | None:
    """A typed text or a cell's content as a number; ``None`` for an empty one.

    Refused (``ValidationError``): text that is no number, a formula, a date
    or time, a number too large to be a figure.
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        return 1.0 if raw else 0.0
    if isinstance(raw, (dt.date, dt.time, dt.datetime, dt.timedelta)):
        raise ValidationError(_("ô chứa ngày tháng, không phải số; hãy nhập số"), field="value")
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = str(raw).strip()
        if not text:
            return None
        if text.startswith("="):
            raise ValidationError(_("ô chứa công thức; hãy nhập giá trị (số)"), field="value")
        if spec.value_type is ValueType.YES_NO and fold(text) in YES_WORDS | NO_WORDS:
            return 1.0 if fold(text) in YES_WORDS else 0.0
        if spec.value_type is ValueType.PERCENT and text.endswith("%"):
            text = text[:-1]
        try:
            value = parse_number(text)
        except ValidationError:
            hint = " (Có/Không hoặc 1/0)" if spec.value_type is ValueType.YES_NO else ""
            raise ValidationError(_("«{raw}» không phải là số{hint}", raw=raw, hint=hint), field="value") from None
    if math.isnan(value) or math.isinf(value) or abs(value) >= _LARGEST:
        raise ValidationError(_("«{raw}» không phải là số hợp lệ", raw=raw), field="value")
    return value


def findings(spec: ValueSpec, value: float | None) -> tuple[ValueWarning, ...]:
    """What is wrong or unusual about ``value`` for this indicator."""
    if value is None:
        return ()
    found: list[ValueWarning] = []
    unit = f" {spec.unit_of_measure}" if spec.unit_of_measure and spec.unit_of_measure != "%" else ""
    match spec.value_type:
        case ValueType.YES_NO:
            if value not in (0.0, 1.0):
                found.append(ValueWarning("yes_no", _("chỉ tiêu Có/Không chỉ nhận 1 (Có) hoặc 0 (Không), không nhận "
                                                      "{value}", value=format_number(value)), True))
        case ValueType.COUNT:
            if value < 0:
                found.append(ValueWarning("negative", _("số đếm không thể âm ({value})", value=format_number(value)),
                                          True))
            if value != int(value):
                found.append(ValueWarning("not_whole", _("số đếm phải là số nguyên, không nhận {value}",
                                                         value=format_number(value)), True))
        case ValueType.PERCENT:
            low, high = spec.hard_range
            if (low is not None and value < low) or (high is not None and value > high):
                where = _("khoảng {low}–{high} %", low=format_number(low), high=format_number(high)) \
                    if high is not None else _("khoảng từ {low} % trở lên", low=format_number(low))
                found.append(ValueWarning("percent_range", _("tỷ lệ {value} % nằm ngoài {where}",
                                                             value=format_number(value), where=where), True))
    if not any(w.impossible for w in found):
        if spec.min_value is not None and value < spec.min_value:
            found.append(ValueWarning("below_min", _("{value} thấp bất thường (thường không dưới {low})",
                                                     value=format_number(value) + unit,
                                                     low=format_number(spec.min_value) + unit), False))
        if spec.max_value is not None and value > spec.max_value:
            found.append(ValueWarning("above_max", _("{value} cao bất thường (thường không quá {high})",
                                                     value=format_number(value) + unit,
                                                     high=format_number(spec.max_value) + unit), False))
    return tuple(found)


def check_value(spec: ValueSpec, raw: object) -> CheckedValue:
    """Read and check one cell; never raises (the error is in the result)."""
    try:
        value = parse_value(spec, raw)
    except ValidationError as exc:
        return CheckedValue(None, error=str(exc))
    return CheckedValue(value, findings(spec, value))


def year_to_date(values: Sequence[float | None]) -> float | None:
    """The year's figure so far for one unit, given its values of the periods
    of one kind from the year's first period up to the current one.

    A cumulative indicator is reported year-to-date (lũy kế: revenue collected
    since January), a point-in-time one as it stands (poor households, a
    coverage rate): either way the figure so far is the latest value entered,
    which is also how the review figures read them (``tnapp.reports.figures``).
    """
    return next((v for v in reversed(values) if v is not None), None)


def cumulative_findings(spec: ValueSpec, cumulative: bool, value: float | None,
                        earlier: float | None) -> tuple[ValueWarning, ...]:
    """A cumulative indicator's value is the year's figure so far (lũy kế từ đầu năm), so it cannot fall
    below ``earlier``, the year-to-date figure of the periods before it in the same year: a lower one is
    most likely this period's own figure typed instead, and would silently lower the year's total.
    A warning, not a block (a correction of an earlier figure is possible)."""
    if not cumulative or value is None or earlier is None or value >= earlier:
        return ()
    unit = f" {spec.unit_of_measure}" if spec.unit_of_measure and spec.unit_of_measure != "%" else ""
    return (ValueWarning("below_year_to_date", _("chỉ tiêu lũy kế: {value} thấp hơn số lũy kế kỳ trước ({earlier}); "
                                                 "hãy nhập số lũy kế từ đầu năm, không phải số của riêng kỳ này",
                                                 value=format_number(value) + unit,
                                                 earlier=format_number(earlier) + unit), False),)


def describe_range(spec: ValueSpec) -> str:
    """``số nguyên từ 0 đến 1`` — the text of the template's input prompt."""
    low, high = spec.hard_range
    kind = "số nguyên" if spec.whole else "số"
    parts = [kind]
    if low is not None and high is not None:
        parts.append(f"từ {format_number(low)} đến {format_number(high)}")
    elif low is not None:
        parts.append("không âm" if low == 0 else f"từ {format_number(low)}")
    if spec.min_value is not None or spec.max_value is not None:
        usual = " – ".join(format_number(v) if v is not None else "…" for v in (spec.min_value, spec.max_value))
        parts.append(f"(thường {usual})")
    return " ".join(parts)


"""A plan's target as communes write it in the appendix, read into the
catalogue's model: one value a year, a direction (higher or lower is better)
and the yes/no type.

Written forms understood (compared in Vietnamese, case and spacing forgiven):

* a number: ``85``, ``85%``, ``1.234,5`` (the one number rule, ``parse_number``);
* with a comparator: ``≥ 85``, ``>= 85``, ``Trên 90``, ``Từ 90 trở lên``,
  ``Tối thiểu 90``, ``Không dưới 90`` (higher is better); ``≤ 5``, ``Dưới 5``,
  ``Không quá 5``, ``Tối đa 5`` (lower is better) — the catalogue keeps the
  value and the direction (it has no strict "more than": «Trên 90» is 90,
  higher better, and the preview says so);
* a change from the year before: ``Giảm 0,9``, ``Giảm 0,9 %/năm``,
  ``Tăng 5`` — counted from the previous year's target, or from the baseline
  (TH) for the first year. For an indicator measured in % the amount is in
  percentage points («Giảm 0,9» of a 3,5 % poverty rate → 2,6 %); for any other
  unit a trailing % is a share of the previous value («Tăng 10%» of 200 → 220);
* ``Đạt chuẩn``, ``Đạt``, ``Hoàn thành``, ``Có``: a yes/no indicator, target 1 (yes);
* ``Chưa đạt``, ``Không đạt``, ``Chưa hoàn thành``: a yes/no indicator, value 0
  (no) — as a baseline (TH) most of all;
* ``Duy trì``, ``Giữ vững``, ``Duy trì đạt chuẩn``: the previous value kept
  (1 for a yes/no indicator);
* ``Duy trì 100%``, ``Giữ vững 95``: that value kept, read as at least it
  (≥ 100, higher is better).

Anything else is refused: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tnapp.domain.formatting import format_number, parse_number, point_reading
from tnapp.domain.names import name_key
from tnapp.domain.vocab import Direction
from tnapp.errors import ValidationError
from tnapp.i18n import _

EXAMPLES = "85; ≥ 85; Trên 90; Dưới 5; Giảm 0,9; Giảm 0,9 %/năm; Tăng 5; 100%; Đạt chuẩn; Chưa đạt; Duy trì; Duy trì 100%"

_HIGHER = ("≥", ">=", ">", "trên", "hơn", "từ", "tối thiểu", "ít nhất", "không dưới", "không thấp hơn", "đạt trên",
           "đạt từ", "đạt tối thiểu", "phấn đấu trên")
_LOWER = ("≤", "<=", "<", "dưới", "không quá", "tối đa", "không vượt quá", "không cao hơn", "còn dưới", "còn")
_EQUAL = ("=", "đạt", "khoảng", "~", "bằng")
_REDUCE = ("giảm", "giảm thêm", "giảm từ", "giảm ít nhất", "giảm bình quân")
_INCREASE = ("tăng", "tăng thêm", "tăng từ", "tăng ít nhất", "tăng bình quân")
_YES = ("đạt chuẩn", "đạt", "hoàn thành", "có", "x", "đạt chuẩn nông thôn mới", "giữ vững chuẩn")
_NO = ("chưa đạt", "không đạt", "chưa đạt chuẩn", "không đạt chuẩn", "chưa hoàn thành", "không hoàn thành",
       "chưa có", "không có", "không")
_KEEP = ("duy trì", "giữ vững", "duy trì đạt chuẩn", "duy trì kết quả", "giữ ổn định", "ổn định")
# compared in the form the text is put in (tone marks at the end of each syllable)
_HIGHER, _LOWER, _EQUAL, _REDUCE, _INCREASE, _YES, _NO, _KEEP = (
    tuple(name_key(w) for w in words) for words in (_HIGHER, _LOWER, _EQUAL, _REDUCE, _INCREASE, _YES, _NO, _KEEP))
_STRICT = tuple(name_key(w) for w in ("trên", "hơn", "dưới", "đạt trên", "phấn đấu trên", "còn dưới"))
_TAIL = re.compile(r"\s*(?:(%)\s*)?(?:/\s*" + "|".join(map(name_key, ("năm", "mỗi năm", "hằng năm", "hàng năm")))
                   + r")?\s*(?:" + name_key("trở lên") + r")?\s*$")


@dataclass(frozen=True)
class PlanTarget:
    """One cell read: how to get the year's value from the previous one."""

    kind: str  # "value", "reduce", "increase", "yes", "no", "keep"
    amount: float | None = None
    share: bool = False  # a trailing % on a change: a share of the previous value, unless the unit is %
    direction: Direction | None = None  # what the comparator or the change says, None: not said
    strict: bool = False  # "Trên 90": more than, kept as 90
    kept: bool = False  # "Duy trì 100%": the value kept, at least it
    point: str | None = None  # how a point in the number was read: "thousands", "decimal" (``point_reading``)

    @property
    def needs_previous(self) -> bool:
        return self.kind in ("reduce", "increase", "keep")

    def value(self, previous: float | None, percent_unit: bool, yes_no: bool) -> float:
        """The year's target; ``previous`` is last year's target or the baseline."""
        if self.kind == "yes" or (self.kind == "keep" and yes_no):
            return 1.0
        if self.kind == "no":
            return 0.0
        if self.kind == "value":
            assert self.amount is not None
            return self.amount
        if previous is None:
            raise ValidationError(_("không có số năm trước hay số thực hiện (TH) để tính"), field="previous")
        if self.kind == "keep":
            return previous
        assert self.amount is not None
        step = previous * self.amount / 100 if self.share and not percent_unit else self.amount
        return round(previous - step if self.kind == "reduce" else previous + step, 6)

    def explain(self, value: float, previous_label: str, percent_unit: bool) -> str:
        """How the cell was read, for the preview ("giảm 0,9 điểm % so với TH 2025 → 2,6")."""
        shown = format_number(value)
        if self.kind == "yes":
            return _("đạt (có/không: có)")
        if self.kind == "no":
            return _("chưa đạt (có/không: không)")
        if self.kind == "keep":
            return _("giữ như {previous} → {shown}", previous=previous_label, shown=shown)
        if self.kind == "value":
            said = {Direction.HIGHER_BETTER: _("càng cao càng tốt"), Direction.LOWER_BETTER: _("càng thấp càng tốt")}
            extra = f", {said[self.direction]}" if self.direction in said else ""
            strict = _(" (mốc phải vượt)") if self.strict else ""
            if self.kept:
                return _("duy trì ≥ {shown}", shown=shown + ("%" if percent_unit else "")) + extra
            return f"{shown}{strict}{extra}"
        assert self.amount is not None
        unit = "%" if self.share and not percent_unit else _(" điểm %") if percent_unit else ""
        amount = format_number(self.amount) + unit
        if self.kind == "reduce":
            return _("giảm {amount} so với {previous} → {shown}", amount=amount, previous=previous_label, shown=shown)
        return _("tăng {amount} so với {previous} → {shown}", amount=amount, previous=previous_label, shown=shown)


def _after(text: str, words: tuple[str, ...]) -> str | None:
    """The rest of ``text`` after the longest of ``words`` it starts with."""
    for word in sorted(words, key=len, reverse=True):
        if text == word or text.startswith(word + " ") or (not word[0].isalpha() and text.startswith(word)):
            return text[len(word):].strip()
    return None


def _amount(text: str) -> tuple[float, bool, str | None] | None:
    """A number with an optional trailing %, "/năm", "trở lên"; (value, %, how its point was read)."""
    tail = _TAIL.search(text)
    core = text[:tail.start()] if tail else text
    if not core:
        return None
    try:
        return parse_number(core), bool(tail and tail.group(1)), point_reading(core)
    except ValidationError:
        return None


def read_plan_target(raw: object) -> PlanTarget:
    """The cell as a target; raises ValidationError (field "target") when it says something else."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return PlanTarget("value", float(raw))
    text = name_key(str(raw)).replace("≥", "≥ ").replace("≤", "≤ ")
    text = " ".join(text.split())
    if text in _KEEP:
        return PlanTarget("keep")
    if text in _YES:
        return PlanTarget("yes")
    if text in _NO:
        return PlanTarget("no")
    rest = _after(text, _KEEP)
    found = _amount(rest) if rest else None
    if found is not None:  # "Duy trì 100%": at least that, kept
        return PlanTarget("value", found[0], direction=Direction.HIGHER_BETTER, kept=True, point=found[2])
    found = _amount(text)
    if found is not None:
        return PlanTarget("value", found[0], point=found[2])
    for words, kind in ((_REDUCE, "reduce"), (_INCREASE, "increase")):
        rest = _after(text, words)
        found = _amount(rest) if rest is not None else None
        if found is not None:
            direction = Direction.LOWER_BETTER if kind == "reduce" else Direction.HIGHER_BETTER
            return PlanTarget(kind, found[0], found[1], direction, point=found[2])
    for words, direction in ((_HIGHER, Direction.HIGHER_BETTER), (_LOWER, Direction.LOWER_BETTER),
                             (_EQUAL, None)):
        rest = _after(text, words)
        found = _amount(rest) if rest is not None else None
        if found is not None:
            strict = (text[:1] in "<>" and text[1:2] != "=") or _after(text, _STRICT) is not None
            return PlanTarget("value", found[0], direction=direction, strict=strict, point=found[2])
    raise ValidationError(_("«{raw}» không đọc được thành chỉ tiêu (viết như: {EXAMPLES})",
                            raw=' '.join(str(raw).split()), EXAMPLES=EXAMPLES),
                          field="target")

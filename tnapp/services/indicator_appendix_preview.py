"""What an appendix import shows before anything is saved: each row's action and
the fields it changes (old → new), how its words were read, the units the
catalogue lacks, and what TNApp takes for the columns the file does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from tnapp.domain.formatting import format_number
from tnapp.domain.plan_targets import PlanTarget
from tnapp.domain.text import nfc
from tnapp.domain.vocab import Aggregation, Direction, PeriodKind, UnitKind, ValueType
from tnapp.i18n import N_, _
from tnapp.i18n import label as vocab_label
from tnapp.services.excel import CellProblem
from tnapp.services.indicator_appendix_layout import LEAD, SHEET
from tnapp.services.indicators import IndicatorInput, IndicatorRow, validate_indicator

LABELS = {"code": "Mã", "name": "Chỉ tiêu", "area": "Lĩnh vực", "unit_of_measure": "ĐVT", "lead_unit_id": LEAD,
          "value_type": "Loại giá trị", "direction": "Chiều", "aggregation": "Cách tổng hợp",
          "frequency": "Kỳ báo cáo", "cumulative": "Lũy kế", "responsible_unit_ids": "Đơn vị thực hiện",
          "weight_indicator_id": "Trọng số theo", "baseline_year": "TH", "baseline_value": "TH",
          "min_value": "Cận dưới", "max_value": "Cận trên", "targets": "KH", "unit_targets": "Giao đơn vị",
          "active": "Đang dùng", "note": "Ghi chú"}
# What TNApp takes when an optional column is missing (``{label}``: the vocabulary label it takes).
DEFAULT_TEXT = {
    "Mã": (N_("chỉ tiêu đã có được nhận theo tên; chỉ tiêu mới được đặt mã theo lĩnh vực (KT, VH, MT, AN, XD)"),
           None),
    "Lĩnh vực": (N_("lấy theo mục (I. KINH TẾ…) chứa dòng"), None),
    "Loại giá trị": (N_("chỉ tiêu mới lấy «{label}» nếu ĐVT là %, còn lại «{other}»"), None),
    "Chiều": (N_("chỉ tiêu mới lấy «{label}»"), Direction.HIGHER_BETTER),
    "Cách tổng hợp": (N_("chỉ tiêu mới lấy «{label}» (đơn vị chủ trì báo cáo)"), Aggregation.COMMUNE_ONLY),
    "Kỳ báo cáo": (N_("chỉ tiêu mới báo cáo theo «{label}»"), PeriodKind.YEAR),
    "Lũy kế": (N_("chỉ tiêu mới không lũy kế"), None),
    "Đơn vị thực hiện": (N_("chỉ tiêu mới do đơn vị chủ trì thực hiện"), None),
    "Cận dưới": (N_("chỉ tiêu mới không có cận dưới"), None), "Cận trên": (N_("chỉ tiêu mới không có cận trên"), None),
    "Trọng số theo": (N_("không dùng trọng số"), None), "Ghi chú": (N_("không có ghi chú"), None),
}


def default_text(header: str) -> str:
    """What TNApp takes for a missing optional column ``header``, in the interface's language."""
    text, member = DEFAULT_TEXT[header]
    if header == "Loại giá trị":
        return _(text, label=vocab_label(ValueType.PERCENT), other=vocab_label(ValueType.NUMBER))
    return _(text, label=vocab_label(member)) if member is not None else _(text)


@dataclass(frozen=True)
class AppendixRow:
    row: int
    code: str
    name: str
    action: str  # "new", "update" or "unchanged"
    changed: tuple[str, ...]  # the columns that change
    existing_id: int | None
    data: IndicatorInput
    weight_code: str | None
    readings: tuple[str, ...] = ()  # how the row's words were read ("KH 2026 «Giảm 0,9» → …")
    sheet: str = SHEET
    details: tuple[str, ...] = ()  # each changed field, old → new ("Lĩnh vực: Kinh tế → Văn hóa – Xã hội")

    def __str__(self) -> str:
        what = {"new": _("thêm mới"), "unchanged": _("không đổi"),
                "update": _("cập nhật {columns}", columns=", ".join(f"«{c}»" for c in self.changed))}
        read = "".join(f"\n    {r}" for r in (*self.details, *self.readings))
        return _("Dòng {row}: {code} – {name}: {what}", row=self.row, code=self.code, name=self.name,
                 what=what[self.action]) + read


@dataclass(frozen=True)
class NewUnit:
    """A unit the file names and the catalogue lacks, added on the user's word."""

    text: str  # as the file writes it
    code: str
    kind: UnitKind


@dataclass
class AppendixPreview:
    path: Path
    rows: list[AppendixRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # which column was read as what
    unit_matches: list[str] = field(default_factory=list)  # «file text» → catalogue unit, when they differ
    unknown_units: dict[str, list[int]] = field(default_factory=dict)  # file text → rows, until the user decides
    new_units: list[NewUnit] = field(default_factory=list)  # confirmed by the user
    choices: dict[str, int | None] = field(default_factory=dict)  # unit_key(text) → unit id, None: a new unit
    # an indicator name close to one in the catalogue («có hát» / «có hạt»), until the user decides:
    # file text → (id, code, name) of the catalogue's; decided in indicator_choices
    near_indicators: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    indicator_choices: dict[str, int | None] = field(default_factory=dict)  # name_key(text) → indicator id, None: new

    @property
    def can_apply(self) -> bool:
        return not self.problems and (bool(self.new_units) or any(r.action != "unchanged" for r in self.rows))


POINT_MEANING = {"thousands": N_(" (dấu chấm phân cách hàng nghìn)"), "decimal": N_(" (dấu chấm là dấu thập phân)")}


def point_text(point: str | None) -> str:
    """How a dot in the cell was read, said after the reading ("" when it had none)."""
    return _(POINT_MEANING[point]) if point in POINT_MEANING else ""


def worth_showing(raw: object, target: PlanTarget, value: float) -> bool:
    """A cell is shown as read unless it is the plain figure itself: a word, a comparator,
    a text that reads otherwise, and any figure written with a point or a comma."""
    if isinstance(raw, (int, float)):
        return target.kind != "value" or bool(target.direction)
    text = nfc(str(raw))
    return target.kind != "value" or bool(target.direction) or format_number(value) != text \
        or "." in text or "," in text


def _shown(name: str, value: object, unit_names: dict[int, str]) -> str:
    """One field's value as the preview shows it."""
    if value is None or value == () or value == {}:
        return "(trống)"
    if name in ("lead_unit_id",):
        return unit_names.get(value, str(value))  # type: ignore[arg-type]
    if name == "responsible_unit_ids":
        return ", ".join(unit_names.get(u, str(u)) for u in value)  # type: ignore[union-attr]
    if name == "targets":
        return "; ".join(f"{y}: {format_number(v)}" for y, v in sorted(value.items()))  # type: ignore[union-attr]
    if name == "unit_targets":
        return "; ".join(f"{unit_names.get(u, u)}: " + ", ".join(f"{y}: {format_number(v)}" for y, v in sorted(t.items()))
                         for u, t in value.items())  # type: ignore[union-attr]
    if isinstance(value, bool):
        return _("có") if value else _("không")
    if isinstance(value, (int, float)):
        return format_number(value) if name != "baseline_year" else str(value)
    return vocab_label(value) if hasattr(value, "label") else str(value)


def differences(existing: IndicatorRow, new: IndicatorInput, weight_code: str | None,
                unit_codes: dict[str, int], unit_names: dict[int, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The labels of the changed columns, and each changed field as «label: old → new»."""
    old = replace(validate_indicator(existing.as_input(unit_codes)), weight_indicator_id=None)
    changed, details = [], []
    for f in fields(IndicatorInput):
        if f.name in ("sort_order", "weight_indicator_id") or getattr(old, f.name) == getattr(new, f.name):
            continue
        changed.append(LABELS[f.name])
        label = "Năm TH" if f.name == "baseline_year" else LABELS[f.name]
        details.append(f"{label}: {_shown(f.name, getattr(old, f.name), unit_names)} → "
                       f"{_shown(f.name, getattr(new, f.name), unit_names)}")
    if (existing.weight_indicator_code or None) != weight_code:
        changed.append(LABELS["weight_indicator_id"])
        details.append(f"{LABELS['weight_indicator_id']}: {existing.weight_indicator_code or _('(trống)')} → "
                       f"{weight_code or _('(trống)')}")
    return tuple(dict.fromkeys(changed)), tuple(details)

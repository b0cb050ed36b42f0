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
from tnapp.domain.vocab import Aggregation, Direction, PeriodKind, UnitKind
from tnapp.services.excel import CellProblem
from tnapp.services.indicator_appendix_layout import LEAD, SHEET
from tnapp.services.indicators import IndicatorInput, IndicatorRow, validate_indicator

LABELS = {"code": "Mã", "name": "Chỉ tiêu", "area": "Lĩnh vực", "unit_of_measure": "ĐVT", "lead_unit_id": LEAD,
          "value_type": "Loại giá trị", "direction": "Chiều", "aggregation": "Cách tổng hợp",
          "frequency": "Kỳ báo cáo", "cumulative": "Lũy kế", "responsible_unit_ids": "Đơn vị thực hiện",
          "weight_indicator_id": "Trọng số theo", "baseline_year": "TH", "baseline_value": "TH",
          "min_value": "Cận dưới", "max_value": "Cận trên", "targets": "KH", "unit_targets": "Giao đơn vị",
          "active": "Đang dùng", "note": "Ghi chú"}
DEFAULT_TEXT = {
    "Mã": "chỉ tiêu đã có được nhận theo tên; chỉ tiêu mới được đặt mã theo lĩnh vực (KT, VH, MT, AN, XD)",
    "Lĩnh vực": "lấy theo mục (I. KINH TẾ…) chứa dòng",
    "Loại giá trị": "chỉ tiêu mới lấy «Tỷ lệ %» nếu ĐVT là %, còn lại «Số»",
    "Chiều": f"chỉ tiêu mới lấy «{Direction.HIGHER_BETTER.label}»",
    "Cách tổng hợp": f"chỉ tiêu mới lấy «{Aggregation.COMMUNE_ONLY.label}» (đơn vị chủ trì báo cáo)",
    "Kỳ báo cáo": f"chỉ tiêu mới báo cáo theo «{PeriodKind.YEAR.label}»",
    "Lũy kế": "chỉ tiêu mới không lũy kế",
    "Đơn vị thực hiện": "chỉ tiêu mới do đơn vị chủ trì thực hiện",
    "Cận dưới": "chỉ tiêu mới không có cận dưới", "Cận trên": "chỉ tiêu mới không có cận trên",
    "Trọng số theo": "không dùng trọng số", "Ghi chú": "không có ghi chú",
}


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
        what = {"new": "thêm mới", "update": "cập nhật " + ", ".join(self.changed), "unchanged": "không đổi"}
        read = "".join(f"\n    {r}" for r in (*self.details, *self.readings))
        return f"Dòng {self.row}: {self.code} – {self.name}: {what[self.action]}{read}"


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


POINT_MEANING = {"thousands": " (dấu chấm phân cách hàng nghìn)", "decimal": " (dấu chấm là dấu thập phân)"}


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
        return "có" if value else "không"
    if isinstance(value, (int, float)):
        return format_number(value) if name != "baseline_year" else str(value)
    return str(getattr(value, "label", value))


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
        details.append(f"{LABELS['weight_indicator_id']}: {existing.weight_indicator_code or '(trống)'} → "
                       f"{weight_code or '(trống)'}")
    return tuple(dict.fromkeys(changed)), tuple(details)

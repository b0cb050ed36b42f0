"""An appendix's rows read against the catalogue into a preview: indicators
matched by code or name (a name close to one asks the user), units matched by
``tnapp.domain.names.unit_key`` (one the catalogue lacks stops the import
until the user picks an existing unit or confirms a new one), targets written
as words ("≥ 85", "Giảm 0,9") read as ``tnapp.domain.plan_targets`` says.
New indicators take defaults, each reported as a warning; existing ones keep
what the file does not say. Every row not understood is named by sheet, row
and column.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from tnapp.domain.formatting import format_number
from tnapp.domain.names import LEGACY_MESSAGE, legacy_encoding, name_key, near_name, unit_key
from tnapp.domain.plan_targets import PlanTarget, read_plan_target
from tnapp.domain.text import fold, nfc
from tnapp.domain.value_checks import ValueSpec, may_be_negative, parse_value
from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, UnitKind, ValueType
from tnapp.errors import ValidationError
from tnapp.i18n import _
from tnapp.i18n import label as vocab_label
from tnapp.services.excel import CellProblem
from tnapp.services.indicator_appendix_layout import EXTRA, LEAD, AppendixSheet, area_of, numbering
from tnapp.services.indicator_appendix_preview import (
    LABELS, AppendixPreview, AppendixRow, NewUnit, default_text, differences, point_text, worth_showing,
)
from tnapp.services.indicators import IndicatorInput, IndicatorRow, validate_indicator

K = TypeVar("K")
ENUMS = {"Lĩnh vực": ("area", IndicatorArea), "Loại giá trị": ("value_type", ValueType),
         "Chiều": ("direction", Direction), "Cách tổng hợp": ("aggregation", Aggregation),
         "Kỳ báo cáo": ("frequency", PeriodKind)}
CODE_PREFIX = {IndicatorArea.ECONOMY: "KT", IndicatorArea.CULTURE_SOCIETY: "VH", IndicatorArea.ENVIRONMENT: "MT",
               IndicatorArea.DEFENCE_SECURITY: "AN", IndicatorArea.PARTY_BUILDING: "XD"}
# The kind of a unit the catalogue lacks, by words of its name (the user confirms it).
UNIT_KIND_WORDS = ((UnitKind.PARTY, ("Đảng",)), (UnitKind.PEOPLES_COUNCIL, ("Hội đồng nhân dân",)),
                   (UnitKind.POLICE, ("Công an",)), (UnitKind.MILITARY, ("Quân sự", "Ban Chỉ huy")),
                   (UnitKind.SCHOOL, ("Trường", "Mầm non", "Tiểu học", "THCS")), (UnitKind.HEALTH, ("Y tế",)),
                   (UnitKind.VILLAGE, ("Thôn", "Bản", "Tổ dân phố")),
                   (UnitKind.ENTERPRISE, ("Hợp tác xã", "Công ty", "Doanh nghiệp")),
                   (UnitKind.FRONT, ("Mặt trận", "Hội ", "Đoàn ", "Công đoàn")))


def _number(raw: object) -> float | None:
    """A plain figure (bounds, the units' own targets): one number, nothing else."""
    try:
        return parse_value(ValueSpec(ValueType.NUMBER), raw)
    except ValidationError:
        raise ValidationError(_("«{raw}» không phải là số", raw=str(raw).strip()), field="value") from None


def _unreadable(value: object) -> bool:
    try:
        read_plan_target(value)
    except ValidationError:
        return True
    return False


class AppendixImport:
    """Reads an appendix's rows into a preview, against the catalogue."""

    def __init__(self, ws, preview: AppendixPreview, sheets: list[AppendixSheet],  # noqa: ANN001
                 unit_sheet: AppendixSheet | None) -> None:
        self.preview, self.sheets, self.unit_sheet = preview, sheets, unit_sheet
        self.sheet = sheets[0]
        existing = ws.indicators.list()
        self.catalogue = existing
        self.by_id = {r.id: r for r in existing}
        self.by_code = {r.code.casefold(): r for r in existing}
        self.by_name = {name_key(r.name): r for r in existing}
        self.measures = {name_key(r.unit_of_measure): r.unit_of_measure for r in existing}
        self.unit_codes: dict[str, int] = {}
        self.unit_names: dict[int, str] = {}
        self.unit_keys: dict[str, set[int]] = {}
        self.units = ws.units.list()
        for unit in self.units:
            self.unit_codes[unit.code] = unit.id
            self.unit_names[unit.id] = f"{unit.name} ({unit.code})"
            for key in (unit.code.casefold(), unit_key(unit.name), unit_key(unit.short_name or "")):
                self.unit_keys.setdefault(key, set()).add(unit.id)
        self.codes_in_file: dict[str, int] = {}
        self.weights: list[tuple[int, str]] = []
        self.new_units: dict[str, int] = {}  # unit_key → placeholder id (negative) of a confirmed new unit
        self.points: dict[int, dict[str, list[tuple[int, str, float]]]] = {}  # column → how its dotted figures were read

    def problem(self, row: int, column: str | int | None, message: str, warn: bool = False,
                sheet: AppendixSheet | None = None) -> None:
        sheet = sheet or self.sheet
        col = sheet.columns.get(column) if isinstance(column, str) else column
        name = column if isinstance(column, str) else sheet.labels.get(col) if col else None
        (self.preview.warnings if warn else self.preview.problems).append(
            CellProblem(sheet.title, row, col, name, message, sheet.table))

    def run(self) -> None:
        for sheet in self.sheets:
            self.sheet = sheet
            self._run_sheet(sheet)
        for row, code in self.weights:
            if code.casefold() not in self.codes_in_file and code.casefold() not in self.by_code:
                self.problem(row, "Trọng số theo", _("không có chỉ tiêu mã «{code}» trong tệp hay danh mục", code=code))

    def _run_sheet(self, s: AppendixSheet) -> None:
        self.points = {}
        self._read_sheet(s)
        for col, found in self.points.items():
            if len(found) > 1:
                (t_row, t_text, t_value), (d_row, d_text, d_value) = found["thousands"][0], found["decimal"][0]
                self.problem(d_row, col, _("cùng cột mà dấu chấm đọc hai cách: «{t_text}» (dòng {t_row}) đọc là "
                                           "{t_value} (dấu chấm phân cách hàng nghìn), «{d_text}» (dòng {d_row}) đọc "
                                           "là {d_value} (dấu chấm thập phân); hãy kiểm tra lại", t_text=t_text,
                                           t_row=t_row, t_value=format_number(t_value), d_text=d_text, d_row=d_row,
                                           d_value=format_number(d_value)), warn=True)

    def _read_sheet(self, s: AppendixSheet) -> None:
        before = len(self.preview.problems)
        for name in ("ĐVT", LEAD):
            if name not in s.columns:
                self.problem(s.header_row, None, _("thiếu cột «{name}»", name=name))
        if len(self.preview.problems) > before:
            return
        if s is self.sheets[0]:
            for header in EXTRA:
                if header not in s.columns:
                    self.problem(s.header_row, None, _("không có cột «{header}»: {default}", header=header,
                                                       default=default_text(header)), warn=True)
        unit_targets = self._unit_targets() if self.unit_sheet else None
        area: IndicatorArea | None = None
        parent: tuple[int, str, bool] | None = None  # (row, name, a heading without figures) of the last item
        for row in range(s.data_row, len(s.rows) + 1):
            cells = [v for v in s.rows[row - 1] if v is not None and str(v).strip()]
            if not cells or all(re.fullmatch(r"\(?\d+\)?", str(v).strip()) for v in cells):
                continue  # empty, or the column numbering row "(1) (2) (3)…"
            for col, value in enumerate(s.rows[row - 1], 1):
                if isinstance(value, str) and legacy_encoding(value):
                    self.problem(row, col, _(LEGACY_MESSAGE, text=nfc(value)))
                    break
            else:
                kind, name = self._numbered(row)
                figures = s.text(row, "ĐVT") is not None or any(
                    s.cell(row, c) is not None for c in [*s.targets.values(), *([s.baseline[1]] if s.baseline else [])])
                if not figures and kind == "group" or (kind is None and not figures and area_of(name or "")
                                                       and name == (name or "").upper()):
                    area, parent = area_of(name or ""), None
                    if area is None:
                        self.problem(row, "Chỉ tiêu", _("không nhận ra lĩnh vực của mục «{name}» (Kinh tế, Văn hóa – "
                                                        "Xã hội, Môi trường, Quốc phòng – An ninh, Xây dựng Đảng…)",
                                                        name=name))
                    continue
                if not figures and kind != "sub" and name:
                    parent = (row, name, True)  # a heading over its sub-items ("1. Tỷ lệ tiêm chủng:")
                    continue
                under = parent if kind == "sub" else None
                if kind != "sub":
                    parent = (row, name or "", False)
                self._indicator(row, area, unit_targets, name, under)

    def _numbered(self, row: int) -> tuple[str | None, str | None]:
        """The row's numbering kind (STT, or leading the name) and its name without the numbering."""
        s = self.sheet
        name = s.text(row, "Chỉ tiêu")
        kind, rest = numbering(name)
        stt = s.text(row, "STT") if "STT" in s.columns else None
        if stt is None:
            return kind, rest if kind else name
        stt_kind, stt_rest = numbering(stt)
        if name is None:  # "I. KINH TẾ" written in the STT column
            return stt_kind, stt_rest or None
        # the name may repeat the numbering ("1. Thu nhập…"); a capital and a point alone stay in it
        return stt_kind or kind, rest if kind and (kind != "group" or stt_kind == "group") else name

    def _unit(self, text: str, row: int, column: str, sheet: AppendixSheet | None = None) -> int | None:
        key = unit_key(text)
        ids = self.unit_keys.get(text.casefold()) or self.unit_keys.get(key) or set()
        if key in self.preview.choices:
            chosen = self.preview.choices[key]
            if chosen is None:
                return self._new_unit(text, key)
            ids = {chosen}
        if len(ids) > 1:
            self.problem(row, column, _("«{text}» trùng tên nhiều đơn vị; hãy ghi mã đơn vị", text=text), sheet=sheet)
            return None
        if not ids:
            self.preview.unknown_units.setdefault(text, []).append(row)
            near = [u for u in self.units if near_name(u.name, text) or (u.short_name and near_name(u.short_name, text))]
            hint = "".join(_("; gần giống đơn vị «{name}» (mã {code}) trong danh mục", name=u.name, code=u.code)
                           for u in near[:3])
            self.problem(row, column, _("«{text}» không có trong danh mục đơn vị{hint}; hãy chọn đơn vị có sẵn hoặc "
                                        "xác nhận thêm đơn vị mới", text=text, hint=hint), sheet=sheet)
            return None
        unit_id = next(iter(ids))
        shown = self.unit_names[unit_id]
        match = f"«{text}» → {shown}"
        if text not in shown and match not in self.preview.unit_matches:
            self.preview.unit_matches.append(match)
        return unit_id

    def _new_unit(self, text: str, key: str) -> int:
        if key not in self.new_units:
            words = [w for w in fold(unit_key(text)).upper().split() if w.isalnum()]
            base = "".join(w[0] for w in words)[:10] or "DV"
            code, number = base, 1
            while code.casefold() in self.unit_keys or any(u.code == code for u in self.preview.new_units):
                number += 1
                code = f"{base}{number}"
            expanded = nfc(text) + " " + " ".join(unit_key(text).split())
            kind = next((k for k, words in UNIT_KIND_WORDS if any(name_key(w).strip() in name_key(expanded)
                                                                  for w in words)), UnitKind.GOVERNMENT)
            self.preview.new_units.append(NewUnit(nfc(text), code, kind))
            self.new_units[key] = -len(self.preview.new_units)
            self.unit_names[self.new_units[key]] = _("{name} ({code}, đơn vị mới)", name=nfc(text), code=code)
        return self.new_units[key]

    def _unit_targets(self) -> dict[str, dict[int, dict[int, float]]]:
        us = self.unit_sheet
        assert us is not None
        result: dict[str, dict[int, dict[int, float]]] = {}
        for row in range(us.data_row, len(us.rows) + 1):
            code, unit_text = us.text(row, "Mã"), us.text(row, "Đơn vị")
            if code is None and unit_text is None:
                continue
            if code is None or unit_text is None:
                self.problem(row, "Mã" if code is None else "Đơn vị", _("thiếu mã chỉ tiêu hoặc đơn vị"), sheet=us)
                continue
            unit_id = self._unit(unit_text, row, "Đơn vị", us)
            numbers = self._numbers(us, row, us.targets)
            if unit_id is not None and numbers is not None:
                result.setdefault(code.casefold(), {})[unit_id] = {y: v for y, v in numbers.items() if v is not None}
        return result

    def _numbers(self, sheet: AppendixSheet, row: int, columns: dict[K, int]) -> dict[K, float | None] | None:
        found: dict[K, float | None] = {}
        for key, col in columns.items():
            try:
                found[key] = _number(sheet.cell(row, col))
            except ValidationError as exc:
                self.problem(row, col, str(exc), sheet=sheet)
                return None
        return found

    def _targets(self, row: int, base: IndicatorInput, uom: str, yes_no: bool | None,
                 readings: list[str]) -> tuple[dict[int, float], float | None, Direction | None, bool] | None:
        """The row's targets read as ``tnapp.domain.plan_targets`` says, each year's change counted
        from the year before (or the baseline); (targets, baseline, direction said, yes/no said)."""
        s = self.sheet
        read: dict[int, PlanTarget] = {}
        raw_baseline: PlanTarget | None = None
        cells = {y: s.cell(row, c) for y, c in s.targets.items()}
        try:
            for year, value in sorted(cells.items()):
                if value is not None:
                    read[year] = read_plan_target(value)
            base_cell = s.cell(row, s.baseline[1]) if s.baseline else None
            if base_cell is not None:
                raw_baseline = read_plan_target(base_cell)
                self._point(row, s.baseline[1], base_cell, raw_baseline)
                if raw_baseline.needs_previous:
                    raise ValidationError(_("«{base_cell}» không phải là số thực hiện",
                                            base_cell=base_cell), field="baseline")
        except ValidationError as exc:
            bad = next((c for c in (*s.targets.values(), s.baseline[1] if s.baseline else 0)
                        if s.cell(row, c) is not None and _unreadable(s.cell(row, c))), None)
            self.problem(row, bad, str(exc))
            return None
        said_yes = any(t.kind in ("yes", "no") for t in [*read.values(), *([raw_baseline] if raw_baseline else [])])
        yes_no = said_yes if yes_no is None else yes_no
        percent = uom == "%"
        baseline = raw_baseline.value(None, percent, yes_no) if raw_baseline else \
            (None if s.baseline else base.baseline_value)
        if raw_baseline and s.baseline and baseline is not None and worth_showing(base_cell, raw_baseline, baseline):
            readings.append(f"{s.labels[s.baseline[1]]} «{nfc(str(base_cell))}» → "
                            f"{raw_baseline.explain(baseline, '', percent)}{point_text(raw_baseline.point)}")
        previous, label = baseline, f"TH {s.baseline[0] if s.baseline else base.baseline_year}"
        directions = {t.direction for t in read.values() if t.direction}
        if len(directions) > 1:
            self.problem(row, "Chỉ tiêu", _("các năm ghi chỉ tiêu ngược chiều nhau (vừa tăng/trên, vừa giảm/dưới)"))
            return None
        targets: dict[int, float] = {}
        for year, target in read.items():
            try:
                value = target.value(previous, percent, yes_no)
            except ValidationError as exc:
                self.problem(row, s.targets[year], f"«{nfc(str(cells[year]))}»: {exc}")
                return None
            raw = cells[year]
            self._point(row, s.targets[year], raw, target)
            if worth_showing(raw, target, value):
                readings.append(f"{s.labels[s.targets[year]]} «{nfc(str(raw))}» → "
                                f"{target.explain(value, label, percent)}{point_text(target.point)}")
            targets[year] = value
            previous, label = value, f"KH {year}"
        return targets, baseline, next(iter(directions), None), said_yes

    def _near_indicator(self, row: int, name: str) -> IndicatorRow | None:
        """A name close to a catalogue indicator's: the user's choice (that one, or a new one),
        else a problem that holds the import until the user decides."""
        key = name_key(name)
        if key in self.preview.indicator_choices:
            chosen = self.preview.indicator_choices[key]
            return self.by_id.get(chosen) if chosen is not None else None
        near = next((r for r in self.catalogue if near_name(r.name, name)), None)
        if near is not None:
            self.preview.near_indicators[name] = (near.id, near.code, near.name)
            self.problem(row, "Chỉ tiêu", _("«{name}» gần giống chỉ tiêu «{near}» (mã {code}) trong danh mục; hãy chọn "
                                            "là chỉ tiêu đó hay là chỉ tiêu mới", name=name, near=near.name,
                                            code=near.code))
        return None

    def _says_yes_no(self, row: int) -> bool:
        """Every figure of the row is a word of a yes/no target («Đạt chuẩn», «Chưa đạt», «Duy trì»),
        at least one «đạt» or «chưa đạt»."""
        s = self.sheet
        cells = [s.cell(row, c) for c in [*s.targets.values(), *([s.baseline[1]] if s.baseline else [])]]
        try:
            kinds = {read_plan_target(c).kind for c in cells if c is not None}
        except ValidationError:
            return False
        return bool(kinds & {"yes", "no"}) and kinds <= {"yes", "no", "keep"}

    def _point(self, row: int, col: int, raw: object, target: PlanTarget) -> None:
        if target.point and isinstance(raw, str):
            self.points.setdefault(col, {}).setdefault(target.point, []).append((row, nfc(raw), target.amount or 0))

    def _indicator(self, row: int, area: IndicatorArea | None,
                   unit_targets: dict[str, dict[int, dict[int, float]]] | None,
                   name: str | None, parent: tuple[int, str, bool] | None) -> None:
        s, before = self.sheet, len(self.preview.problems)
        uom, code = s.text(row, "ĐVT"), s.text(row, "Mã")
        readings: list[str] = []
        if name and parent:
            if parent[2]:  # under a heading without figures: the heading says what the item is
                name = f"{parent[1].rstrip(':')}: {name}"
            readings.append(_("mục con của dòng {row}", row=parent[0]))
        if uom is None and name is not None and self._says_yes_no(row):
            uom = ValueType.YES_NO.label
            readings.append(_("ĐVT trống, kế hoạch ghi đạt/chưa đạt → chỉ tiêu {kind}",
                              kind=vocab_label(ValueType.YES_NO)))
        if name is None or uom is None:
            missing = "Chỉ tiêu" if name is None else "ĐVT"
            self.problem(row, missing, _("dòng không hiểu được: thiếu tên chỉ tiêu") if name is None
                         else _("dòng không hiểu được: thiếu đơn vị tính"))
            return
        known_uom = self.measures.get(name_key(uom))
        if known_uom and known_uom != uom:
            readings.append(_("ĐVT «{uom}» → «{known}» như trong danh mục", uom=uom, known=known_uom))
            uom = known_uom
        found: dict[str, object] = {}
        for header, (attr, enum) in ENUMS.items():
            text = s.text(row, header)
            if text is not None:
                try:
                    found[attr] = enum.parse(text)
                except ValueError:
                    self.problem(row, header, _("«{raw}» không hợp lệ; dùng một trong: {allowed}", raw=text,
                                                allowed=", ".join(m.label for m in enum)))
        if "Lũy kế" in s.columns:
            found["cumulative"] = fold(s.text(row, "Lũy kế") or "") in {"x", "co", "1", "true", "luy ke"}
        bounds = self._numbers(s, row, {h: s.columns[h] for h in ("Cận dưới", "Cận trên") if h in s.columns})
        lead_text = s.text(row, LEAD)
        lead = self._unit(lead_text, row, LEAD) if lead_text else None
        if lead_text is None:
            self.problem(row, LEAD, _("thiếu đơn vị chủ trì"))
        responsible_text = s.text(row, "Đơn vị thực hiện")
        responsible = tuple(self._unit(t.strip(), row, "Đơn vị thực hiện")
                            for t in re.split(r"[,;]", responsible_text) if t.strip()) if responsible_text else None
        existing = self.by_code.get(code.casefold()) if code else self.by_name.get(name_key(name))
        if existing is None and code is None:
            existing = self._near_indicator(row, name)
            if existing is not None:
                readings.append(_("«{name}» là chỉ tiêu «{existing}» (mã {code}) như đã chọn", name=name,
                                  existing=existing.name, code=existing.code))
                name = existing.name
        base = existing.as_input(self.unit_codes) if existing else IndicatorInput(
            code or "", name, area or IndicatorArea.ECONOMY, uom, lead,
            ValueType.PERCENT if uom == "%" else ValueType.NUMBER)
        value_type = found.get("value_type")
        read = self._targets(row, base, uom, None if value_type is None else value_type is ValueType.YES_NO,
                             readings)
        if len(self.preview.problems) > before or read is None or bounds is None:
            return
        numbers, baseline, direction, said_yes = read
        area = found.pop("area", None) or area or (existing.area if existing else None)
        if area is None:
            self.problem(row, "Chỉ tiêu", _("chưa rõ lĩnh vực: hãy đặt dòng dưới một mục (I. KINH TẾ…) hoặc điền cột "
                                            "«Lĩnh vực»"))
            return
        if code is None:
            code = existing.code if existing else self._new_code(area)
            if existing is None:
                self.problem(row, "Chỉ tiêu", _("chỉ tiêu mới chưa có mã; TNApp đặt mã «{code}»", code=code), warn=True)
        if code.casefold() in self.codes_in_file:
            self.problem(row, "Mã", _("trùng mã «{code}» với dòng {row}", code=code,
                                      row=self.codes_in_file[code.casefold()]))
            return
        self.codes_in_file[code.casefold()] = row
        if direction is not None and "direction" not in found:
            found["direction"] = direction
        if said_yes and "value_type" not in found:
            found["value_type"] = ValueType.YES_NO
        aggregation = found.get("aggregation", base.aggregation)
        if responsible is None:
            keep = existing is not None and aggregation is not Aggregation.COMMUNE_ONLY and base.responsible_unit_ids
            responsible = base.responsible_unit_ids if keep else (lead,)
        targets = {y: v for y, v in base.targets.items() if y not in s.targets}
        targets.update(numbers)
        data = replace(base, code=code, name=name, area=area, unit_of_measure=uom, lead_unit_id=lead,
                       responsible_unit_ids=responsible, targets=targets, **found,  # type: ignore[arg-type]
                       unit_targets=unit_targets.get(code.casefold(), {}) if unit_targets is not None
                       else base.unit_targets)
        if s.baseline:
            data = replace(data, baseline_year=s.baseline[0], baseline_value=baseline)
        if bounds:
            data = replace(data, min_value=bounds.get("Cận dưới", data.min_value),
                           max_value=bounds.get("Cận trên", data.max_value))
        if "Ghi chú" in s.columns:
            data = replace(data, note=s.text(row, "Ghi chú"))
        weight_code = existing.weight_indicator_code if existing else None
        if "Trọng số theo" in s.columns:
            weight_code = s.text(row, "Trọng số theo")
            if weight_code:
                self.weights.append((row, weight_code))
        try:
            clean = validate_indicator(replace(data, weight_indicator_id=0 if weight_code else None))
        except ValidationError as exc:
            where, _dot, year = (exc.field or "").partition(".")
            column = s.targets.get(int(year)) if where == "targets" and year else \
                s.baseline[1] if where == "baseline_value" and s.baseline else LABELS.get(where, "Chỉ tiêu")
            self.problem(row, column, str(exc))
            return
        spec = ValueSpec(clean.value_type, clean.min_value, clean.max_value, clean.unit_of_measure)
        if not may_be_negative(spec):
            below = [(s.baseline[1] if s.baseline else None, clean.baseline_value)] if s.baseline else []
            below += [(s.targets.get(y), v) for y, v in sorted(clean.targets.items()) if y in s.targets]
            for col, value in below:
                if value is not None and value < 0:
                    self.problem(row, col, _("số âm ({value}) ở chỉ tiêu không thể âm (ĐVT {uom}); hãy kiểm tra lại",
                                             value=format_number(value), uom=clean.unit_of_measure), warn=True)
        weight_code = weight_code if clean.weight_indicator_id is not None else None
        clean = replace(clean, weight_indicator_id=None)
        changed, details = differences(existing, clean, weight_code, self.unit_codes, self.unit_names) \
            if existing else (("mới",), ())
        action = "new" if existing is None else "update" if changed else "unchanged"
        self.preview.rows.append(AppendixRow(row, code, name, action, changed, existing.id if existing else None,
                                             clean, weight_code, tuple(readings), s.title, details))

    def _new_code(self, area: IndicatorArea) -> str:
        prefix = CODE_PREFIX[area]
        taken = set(self.by_code) | set(self.codes_in_file)
        number = 1
        while f"{prefix}{number:02d}".casefold() in taken:
            number += 1
        return f"{prefix}{number:02d}"

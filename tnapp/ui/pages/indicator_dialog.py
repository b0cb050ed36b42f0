"""The dialogs of the indicator catalogue: an indicator with all its fields
(targets per plan year, the units reporting it, plausibility bounds), a rule
between two indicators, and the preview of an appendix import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_number
from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, ValueType
from tnapp.errors import TNAppError
from tnapp.services.indicator_appendix_preview import AppendixPreview
from tnapp.services.indicators import PLAN_YEARS, RULE_OPERATORS, IndicatorInput, IndicatorRow, RuleRow
from tnapp.services.units import UnitRow
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import FormDialog, clean, enum_combo, float_or_none, select_data
from tnapp.ui.messages import show_error
from tnapp.ui.tasks import run_task


def number_edit(value: float | None) -> QLineEdit:
    edit = QLineEdit(format_number(value))
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMinimumWidth(84)
    edit.setMaximumWidth(110)
    return edit


class IndicatorDialog(FormDialog):
    """Add (``indicator=None``) or edit an indicator; ``accept()`` saves through the service."""

    def __init__(self, ws: Workspace, units: list[UnitRow], indicators: list[IndicatorRow],
                 indicator: IndicatorRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Sửa chỉ tiêu «{code}»").format(code=indicator.code) if indicator
                            else self.tr("Thêm chỉ tiêu"))
        self.ws, self.indicator, self.units = ws, indicator, units
        self.saved: IndicatorRow | None = None
        i = indicator
        self.code = self.add_field("code", self.tr("Mã:"), QLineEdit(i.code if i else ""))
        self.name = self.add_field("name", self.tr("Tên chỉ tiêu:"), QLineEdit(i.name if i else ""))
        self.area = self.add_field("area", self.tr("Lĩnh vực:"), enum_combo(IndicatorArea, i.area if i else None))
        self.uom = self.add_field("unit_of_measure", self.tr("Đơn vị tính:"), QLineEdit(i.unit_of_measure if i else ""))
        self.lead = self.add_field("lead_unit_id", self.tr("Đơn vị chủ trì:"), QComboBox())
        self.lead.addItem(self.tr("(chọn đơn vị)"), None)
        for unit in units:
            self.lead.addItem(f"{unit.code} – {unit.name}", unit.id)
        select_data(self.lead, i.lead_unit.id if i and i.lead_unit else None)
        kinds = QHBoxLayout()
        self.value_type = enum_combo(ValueType, i.value_type if i else ValueType.NUMBER)
        self.direction = enum_combo(Direction, i.direction if i else Direction.HIGHER_BETTER)
        self.fields.update(value_type=self.value_type, direction=self.direction)
        kinds.addWidget(self.value_type)
        kinds.addWidget(self.direction)
        self.form.addRow(self.tr("Loại giá trị, chiều:"), kinds)
        how = QHBoxLayout()
        self.aggregation = enum_combo(Aggregation, i.aggregation if i else Aggregation.COMMUNE_ONLY)
        self.frequency = enum_combo(PeriodKind, i.frequency if i else PeriodKind.YEAR)
        self.cumulative = QCheckBox(self.tr("Lũy kế"))
        self.cumulative.setChecked(bool(i and i.cumulative))
        self.fields.update(aggregation=self.aggregation, frequency=self.frequency)
        for widget in (self.aggregation, self.frequency, self.cumulative):
            how.addWidget(widget)
        self.form.addRow(self.tr("Tổng hợp, kỳ báo cáo:"), how)
        self.weight = self.add_field("weight_indicator_id", self.tr("Trọng số theo:"), QComboBox())
        self.weight.addItem(self.tr("(không)"), None)
        for other in indicators:
            if not i or other.id != i.id:
                self.weight.addItem(f"{other.code} – {other.name}", other.id)
        select_data(self.weight, i.weight_indicator_id if i else None)
        self.responsible = self.add_field("responsible_unit_ids", self.tr("Đơn vị thực hiện:"), QListWidget())
        chosen = {u.id for u in i.responsible_units} if i else set()
        for unit in units:
            item = QListWidgetItem(f"{unit.code} – {unit.name}")
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setCheckState(Qt.CheckState.Checked if unit.id in chosen else Qt.CheckState.Unchecked)
            self.responsible.addItem(item)
        self.responsible.setMaximumHeight(110)
        bounds = QHBoxLayout()
        self.min_value = number_edit(i.min_value if i else None)
        self.max_value = number_edit(i.max_value if i else None)
        self.fields.update(min_value=self.min_value, max_value=self.max_value)
        for label, widget in ((self.tr("từ"), self.min_value), (self.tr("đến"), self.max_value)):
            bounds.addWidget(QLabel(label))
            bounds.addWidget(widget)
        bounds.addStretch(1)
        self.form.addRow(self.tr("Giá trị hợp lý:"), bounds)
        plan = QHBoxLayout()
        self.baseline_year = QSpinBox()
        self.baseline_year.setRange(2000, 2100)
        self.baseline_year.setValue(i.baseline_year if i else PLAN_YEARS[0] - 1)
        self.baseline_value = number_edit(i.baseline_value if i else None)
        self.fields.update(baseline_year=self.baseline_year, baseline_value=self.baseline_value)
        plan.addWidget(QLabel(self.tr("TH")))
        plan.addWidget(self.baseline_year)
        plan.addWidget(self.baseline_value)
        self.targets: dict[int, QLineEdit] = {}
        for year in PLAN_YEARS:
            edit = number_edit(i.targets.get(year) if i else None)
            edit.setObjectName(f"target{year}")
            self.targets[year] = self.fields[f"targets.{year}"] = edit
            plan.addWidget(QLabel(f"KH {year}"))
            plan.addWidget(edit)
        self.form.addRow(self.tr("Thực hiện, kế hoạch:"), plan)
        self.active = QCheckBox(self.tr("Đang dùng"))
        self.active.setChecked(i.active if i else True)
        self.form.addRow("", self.active)
        self.note = self.add_field("note", self.tr("Ghi chú:"), QLineEdit(i.note or "" if i else ""))
        self.setMinimumWidth(980)

    def save(self) -> None:
        responsible = tuple(self.responsible.item(r).data(Qt.ItemDataRole.UserRole)
                            for r in range(self.responsible.count())
                            if self.responsible.item(r).checkState() == Qt.CheckState.Checked)
        targets = {year: value for year, edit in self.targets.items()
                   if (value := float_or_none(edit.text(), f"targets.{year}")) is not None}
        by_code = {u.code: u.id for u in self.units}
        data = IndicatorInput(
            code=self.code.text(), name=self.name.text(), area=IndicatorArea(self.area.currentData()),
            unit_of_measure=self.uom.text(), lead_unit_id=self.lead.currentData(),
            value_type=ValueType(self.value_type.currentData()), direction=Direction(self.direction.currentData()),
            aggregation=Aggregation(self.aggregation.currentData()), frequency=PeriodKind(self.frequency.currentData()),
            cumulative=self.cumulative.isChecked(), responsible_unit_ids=responsible,
            weight_indicator_id=self.weight.currentData(), baseline_year=self.baseline_year.value(),
            baseline_value=float_or_none(self.baseline_value.text(), "baseline_value"),
            min_value=float_or_none(self.min_value.text(), "min_value"),
            max_value=float_or_none(self.max_value.text(), "max_value"),
            targets=targets, active=self.active.isChecked(), note=clean(self.note.text()),
            unit_targets=self.indicator.as_input(by_code).unit_targets if self.indicator else {},
            sort_order=self.indicator.sort_order if self.indicator else None)
        if self.indicator is None:
            self.saved = self.ws.indicators.create(data)
        else:
            self.saved = self.ws.indicators.update(self.indicator.id, data, expected_version=self.indicator.version)


class RuleDialog(FormDialog):
    """A rule between two indicators of one report: left operator right."""

    def __init__(self, ws: Workspace, indicators: list[IndicatorRow], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thêm quy tắc kiểm tra"), parent)
        self.ws = ws
        self.saved: RuleRow | None = None
        self.left = self.add_field("left_id", self.tr("Chỉ tiêu:"), QComboBox())
        self.operator = self.add_field("operator", self.tr("phải:"), QComboBox())
        self.right = self.add_field("right_id", self.tr("so với chỉ tiêu:"), QComboBox())
        for combo in (self.left, self.right):
            for indicator in indicators:
                combo.addItem(f"{indicator.code} – {indicator.name}", indicator.id)
        for operator, sign in RULE_OPERATORS.items():
            self.operator.addItem(sign, operator)
        self.message = self.add_field("message", self.tr("Thông báo khi sai:"), QLineEdit())

    def save(self) -> None:
        self.saved = self.ws.indicators.add_rule(self.left.currentData(), self.operator.currentData(),
                                                 self.right.currentData(), clean(self.message.text()))


class AppendixPreviewDialog(QDialog):
    """What an appendix import would add or change, how each column, unit and
    target was read, and its problems; a unit the catalogue lacks gets a choice
    (an existing unit, or add it) and the file is read again; "Nhập" only for a
    clean file."""

    def __init__(self, ws: Workspace, preview: AppendixPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.preview, self.imported = ws, preview, 0
        self.setWindowTitle(self.tr("Nhập phụ lục chỉ tiêu – {file}").format(file=preview.path.name))
        self.resize(960, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes, self.problems, self.warnings = QListWidget(), QListWidget(), QListWidget()
        self.columns, self.units = QListWidget(), QListWidget()
        self.tabs = QTabWidget()
        self.choices: dict[str, QComboBox] = {}
        self.indicator_choices: dict[str, QComboBox] = {}
        self.choice_box = QWidget()
        self.choice_form = QVBoxLayout(self.choice_box)
        self.choice_form.setContentsMargins(0, 0, 0, 0)
        buttons = QDialogButtonBox()
        self.reread_button = buttons.addButton(self.tr("Đọc lại với lựa chọn đã chọn"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.reread_button.clicked.connect(self.reread)
        self.import_button = buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.show_preview(preview)

    def show_preview(self, preview: AppendixPreview) -> None:
        self.preview = preview
        todo = [str(r) for r in preview.rows if r.action != "unchanged"]
        self.summary.setText(self.tr("{changes} chỉ tiêu thêm mới hoặc thay đổi, {same} không đổi, {bad} lỗi.").format(
            changes=len(todo), same=len(preview.rows) - len(todo), bad=len(preview.problems)))
        units = list(preview.unit_matches) + [
            self.tr("«{text}» → đơn vị mới, mã {code} ({kind})").format(text=u.text, code=u.code, kind=u.kind.label)
            for u in preview.new_units]
        self.tabs.clear()
        for widget, items, title in ((self.changes, todo, self.tr("Thay đổi ({n})")),
                                     (self.problems, [str(p) for p in preview.problems], self.tr("Lỗi ({n})")),
                                     (self.warnings, [str(w) for w in preview.warnings], self.tr("Lưu ý ({n})")),
                                     (self.columns, preview.columns, self.tr("Các cột đã đọc ({n})")),
                                     (self.units, units, self.tr("Đơn vị ({n})"))):
            widget.clear()
            widget.setWordWrap(True)
            widget.addItems(items)
            self.tabs.addTab(widget, title.format(n=len(items)))
        self.tabs.setCurrentWidget(self.problems if preview.problems else self.changes)
        while self.choice_form.count():
            item = self.choice_form.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.choices.clear()
        if preview.unknown_units:
            label = QLabel(self.tr("Các đơn vị sau chưa có trong danh mục. Chọn đơn vị có sẵn, hoặc xác nhận thêm "
                                   "đơn vị mới, rồi bấm «Đọc lại với lựa chọn đã chọn»:"))
            label.setWordWrap(True)
            self.choice_form.addWidget(label)
            for text, rows in preview.unknown_units.items():
                combo = QComboBox()
                combo.addItem(self.tr("— chọn —"), "")
                combo.addItem(self.tr("Thêm đơn vị mới «{text}»").format(text=text), None)
                for unit in self.ws.units.list():
                    combo.addItem(f"{unit.name} ({unit.code})", unit.id)
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(QLabel(self.tr("«{text}» (dòng {rows}):").format(
                    text=text, rows=", ".join(map(str, rows)))), 1)
                line.addWidget(combo, 1)
                self.choice_form.addWidget(row)
                self.choices[text] = combo
        self.indicator_choices.clear()
        if preview.near_indicators:
            label = QLabel(self.tr("Các chỉ tiêu sau gần giống chỉ tiêu trong danh mục (khác dấu hoặc một chữ). "
                                   "Chọn là chỉ tiêu đó hay chỉ tiêu mới, rồi bấm «Đọc lại với lựa chọn đã chọn»:"))
            label.setWordWrap(True)
            self.choice_form.addWidget(label)
            for text, (indicator_id, code, name) in preview.near_indicators.items():
                combo = QComboBox()
                combo.addItem(self.tr("— chọn —"), "")
                combo.addItem(self.tr("Là chỉ tiêu «{name}» (mã {code})").format(name=name, code=code), indicator_id)
                combo.addItem(self.tr("Là chỉ tiêu mới «{text}»").format(text=text), None)
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(QLabel(self.tr("«{text}»:").format(text=text)), 1)
                line.addWidget(combo, 1)
                self.choice_form.addWidget(row)
                self.indicator_choices[text] = combo
        asking = bool(preview.unknown_units or preview.near_indicators)
        self.choice_box.setVisible(asking)
        self.reread_button.setVisible(asking)
        self.import_button.setEnabled(preview.can_apply)
        self.close_button.setText(self.tr("Hủy") if preview.can_apply else self.tr("Đóng"))

    def reread(self) -> None:
        """Read the file again with the units chosen so far (and those chosen before)."""
        chosen = dict(self.preview.choices)
        chosen.update({text: combo.currentData() for text, combo in self.choices.items()
                       if combo.currentData() != ""})
        indicators = dict(self.preview.indicator_choices)
        indicators.update({text: combo.currentData() for text, combo in self.indicator_choices.items()
                           if combo.currentData() != ""})
        try:
            preview = run_task(self, self.tr("Đang đọc tệp…"), lambda: self.ws.indicator_appendix.preview_import(
                self.preview.path, chosen, indicators))
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.show_preview(preview)

    def accept(self) -> None:
        if not self.preview.can_apply:
            return
        try:
            self.imported = run_task(self, self.tr("Đang nhập…"),
                                     lambda: self.ws.indicator_appendix.apply_import(self.preview))
        except TNAppError as exc:
            show_error(self, exc)
            return
        super().accept()

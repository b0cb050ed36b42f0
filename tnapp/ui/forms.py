"""Building blocks of the edit dialogs: a form whose ``accept()`` saves
through a service and, on a refusal, shows the message and puts the cursor
in the field it names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, parse_date, parse_number
from tnapp.domain.labels import LabelledEnum
from tnapp.errors import TNAppError, ValidationError
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error


class DateEdit(QLineEdit):
    """An optional date typed as dd/mm/yyyy (empty means none)."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(format_date(value), parent)
        self.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 26/11/2026"))

    def date(self, field: str) -> dt.date | None:
        """The date, or None when empty; a ValidationError naming ``field`` otherwise."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValidationError as exc:
            raise ValidationError(str(exc), field=field) from exc


def enum_combo(members: Iterable[LabelledEnum], current: LabelledEnum | None = None) -> QComboBox:
    """A combo of the members' translated labels; ``currentData()`` is the member."""
    combo = QComboBox()
    for member in members:
        combo.addItem(tr_label(member), member)
        if member == current:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def clean(text: str) -> str | None:
    text = text.strip()
    return text or None


def float_or_none(text: str, field: str) -> float | None:
    """A number typed the Vietnamese way (1.234,5), or None when empty; a ValidationError naming ``field`` otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_number(text, field)
    except ValidationError as exc:
        raise ValidationError(str(exc), field=field) from exc


class FormDialog(QDialog):
    """A dialog with a form and Lưu/Hủy buttons. Subclasses fill ``self.form``,
    register their inputs in ``self.fields`` under the services' field names
    and implement ``save()``; ``accept()`` closes only when it succeeds."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        self.fields[name] = widget
        self.form.addRow(label, widget)
        return widget

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            show_error(self, exc)
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return
        except TNAppError as exc:
            show_error(self, exc)
            return
        super().accept()

"""The proposal wizard's first step: the year, the movement, the title or form of award,
the proposing unit and the expected date of the decision."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox

from tnapp.domain.formatting import format_date
from tnapp.domain.proposal_wizard import Draft, Step, default_decision_date, set_year_title
from tnapp.ui.forms import DateEdit, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.proposal_step import StepPage

if TYPE_CHECKING:
    from tnapp.ui.pages.proposal_wizard import ProposalWizard


class YearTitlePage(StepPage):
    step = Step.YEAR_TITLE

    def __init__(self, wizard: ProposalWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(self.tr("Chọn năm thi đua, phong trào và danh hiệu hoặc hình thức khen thưởng."))
        self.field_year = QSpinBox()
        self.field_year.setObjectName("year")
        self.field_year.setRange(2000, 2100)
        self.field_movement = QComboBox()
        self.field_movement.setObjectName("movement")
        self.field_title_code = QComboBox()
        self.field_title_code.setObjectName("title")
        for title in self.ws.proposals.titles().values():
            self.field_title_code.addItem(f"{title.name} ({title.code}) – {tr_label(title.nominee_kind)}", title.code)
        self.field_decision_date = DateEdit()
        self.field_decision_date.setObjectName("decisionDate")
        self.field_proposing_unit = QComboBox()
        self.field_proposing_unit.setObjectName("proposingUnit")
        self.field_proposing_unit.addItem(self.tr("(chưa chọn đơn vị đề nghị)"), None)  # never a silent default
        for unit in self.ws.units.list():
            self.field_proposing_unit.addItem(unit.name, unit.id)
        self.field_year.valueChanged.connect(self._fill_movements)
        form = QFormLayout(self)
        form.addRow(self.tr("Năm thi đua:"), self.field_year)
        form.addRow(self.tr("Phong trào:"), self.field_movement)
        form.addRow(self.tr("Danh hiệu, hình thức:"), self.field_title_code)
        form.addRow(self.tr("Đơn vị đề nghị:"), self.field_proposing_unit)
        form.addRow(self.tr("Ngày dự kiến quyết định:"), self.field_decision_date)
        form.addRow("", QLabel(self.tr("Tiền thưởng tính theo hệ số và mức lương cơ sở có hiệu lực vào ngày này.")))

    def _fill_movements(self, year: int) -> None:
        current = self.field_movement.currentData()
        self.field_movement.clear()
        self.field_movement.addItem(self.tr("(không gắn phong trào)"), None)
        for m in self.ws.movements.list(year=year):
            self.field_movement.addItem(f"{m.code} – {m.name}", m.id)
        select_data(self.field_movement, current)

    def load(self, draft: Draft) -> None:
        self.field_year.setValue(draft.year or dt.date.today().year)
        self._fill_movements(self.field_year.value())
        select_data(self.field_movement, draft.movement_id)
        if draft.title_code:
            select_data(self.field_title_code, draft.title_code)
        self.field_decision_date.setText(format_date(draft.decision_date or
                                                     default_decision_date(self.field_year.value())))
        self.field_proposing_unit.setCurrentIndex(max(self.field_proposing_unit.findData(draft.proposing_unit_id), 0))

    def collect(self, draft: Draft) -> Draft:
        return set_year_title(draft, self.field_year.value(), self.field_title_code.currentData(),
                              self.field_movement.currentData(), self.field_decision_date.date("decision_date"),
                              self.field_proposing_unit.currentData())

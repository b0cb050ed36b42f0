"""The proposal wizard's eligibility step: each criterion of the rules in force for each
nominee, and the choice to leave one out or to propose it anyway with a reason."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from tnapp.domain.eligibility import Outcome, VerdictKind
from tnapp.domain.proposal_wizard import Draft, DraftNominee, Step
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.proposal_step import StepPage
from tnapp.ui.table_model import fit_rows

if TYPE_CHECKING:
    from tnapp.ui.pages.proposal_wizard import ProposalWizard

OUTCOME_COLOURS = {Outcome.MET: "#1e7b34", Outcome.NOT_MET: "#b3261e", Outcome.UNKNOWN: "#9a6700"}
VERDICT_COLOURS = {VerdictKind.ELIGIBLE: "#1e7b34", VerdictKind.NOT_ELIGIBLE: "#b3261e",
                   VerdictKind.UNKNOWN: "#9a6700"}


class EligibilityPage(StepPage):
    step = Step.ELIGIBILITY

    def __init__(self, wizard: ProposalWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(self.tr("Từng tiêu chí theo quy định đang có hiệu lực cho năm đề nghị. Đối tượng chưa đạt "
                                 "hoặc chưa đủ thông tin chỉ được đề nghị tiếp khi ghi rõ lý do (được lưu vết)."))
        self.tree = QTreeWidget()
        self.tree.setObjectName("criteria")
        fit_rows(self.tree)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Đối tượng / tiêu chí"), self.tr("Kết quả"), self.tr("Căn cứ"),
                                   self.tr("Giải thích")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 430)
        self.tree.setColumnWidth(1, 140)
        self.tree.setColumnWidth(2, 260)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._show_choice)
        self.chosen_label = QLabel()
        self.field_excluded = QCheckBox(self.tr("Loại khỏi đề nghị"))
        self.field_excluded.setObjectName("excluded")
        self.field_override_reason = QLineEdit()
        self.field_override_reason.setObjectName("overrideReason")
        self.field_override_reason.setPlaceholderText(self.tr("Lý do vẫn đề nghị (bắt buộc khi chưa đạt hoặc chưa "
                                                              "đủ thông tin)"))
        self.field_excluded.toggled.connect(self._remember)
        self.field_override_reason.textEdited.connect(self._remember)
        choice = QGroupBox(self.tr("Quyết định cho đối tượng đang chọn"))
        form = QFormLayout(choice)
        form.addRow(self.chosen_label)
        form.addRow(self.field_excluded)
        form.addRow(self.tr("Lý do vẫn đề nghị:"), self.field_override_reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(choice)
        self._choices: dict = {}  # nominee → (excluded, reason)
        self._current = None
        self._loading = False

    def load(self, draft: Draft) -> None:
        self._choices = {n.nominee: (n.excluded, n.override_reason) for n in draft.nominees}
        self.tree.clear()
        for n in draft.nominees:
            top = QTreeWidgetItem([n.name, "", "", n.unit_name])
            top.setData(0, Qt.ItemDataRole.UserRole, n)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if n.verdict is not None:
                top.setText(1, tr_label(n.verdict.verdict))
                top.setForeground(1, QBrush(QColor(VERDICT_COLOURS[n.verdict.verdict])))
                top.setText(2, n.verdict.rule_set_basis)
                for c in n.verdict.criteria:
                    kind = "" if c.blocking else self.tr(" (cảnh báo)")
                    child = QTreeWidgetItem([c.text + kind, tr_label(c.outcome), c.basis, c.explanation])
                    colour = OUTCOME_COLOURS[c.outcome if c.blocking or c.outcome is Outcome.MET else Outcome.UNKNOWN]
                    child.setForeground(1, QBrush(QColor(colour)))  # a warning never shows as a failure
                    child.setToolTip(2, c.basis)
                    child.setToolTip(3, c.explanation)
                    child.setToolTip(0, c.text)
                    top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _nominee_of(self, item: QTreeWidgetItem | None) -> DraftNominee | None:
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_choice(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        n = self._nominee_of(item)
        self._current = n.nominee if n else None
        self._loading = True
        if n is None:
            self.chosen_label.setText("")
        else:
            excluded, reason = self._choices[n.nominee]
            needs = n.needs_override
            self.chosen_label.setText(self.tr("«{name}»: {verdict}").format(
                name=n.name, verdict=tr_label(n.verdict.verdict) if n.verdict else self.tr("chưa xét")))
            self.field_excluded.setChecked(excluded)
            self.field_override_reason.setText(reason)
            self.field_override_reason.setEnabled(needs)
        self._loading = False

    def select_nominee(self, index: int) -> None:
        self.tree.setCurrentItem(self.tree.topLevelItem(index))

    def _remember(self, *_args) -> None:
        if self._current is not None and not self._loading:
            self._choices[self._current] = (self.field_excluded.isChecked(), self.field_override_reason.text())

    def collect(self, draft: Draft) -> Draft:
        nominees = []
        for n in draft.nominees:
            excluded, reason = self._choices.get(n.nominee, (n.excluded, n.override_reason))
            nominees.append(replace(n, excluded=excluded, override_reason=reason))
        return replace(draft, nominees=tuple(nominees))

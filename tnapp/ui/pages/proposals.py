"""Đề nghị khen thưởng: the year-end review (bình xét, helper widget of the
eligibility engine) and the proposals with their wizard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_datetime, format_number
from tnapp.domain.vocab import ProposalState
from tnapp.errors import TNAppError
from tnapp.services.changes import Data
from tnapp.services.proposals import ProposalRow
from tnapp.ui.changes import follow
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.proposal_step_dossier import write_dossier
from tnapp.ui.pages.proposal_view import ProposalView
from tnapp.ui.pages.proposal_wizard import ProposalWizard
from tnapp.ui.pages.proposals_province import record_province_decision, send_to_province
from tnapp.ui.pages.proposals_review import ReviewWidget
from tnapp.ui.record_list import RecordListMixin
from tnapp.ui.table_model import Column, RowTableModel, SearchProxy, fit_columns, table_view


class ProposalList(RecordListMixin, QWidget):
    """The proposals of a year: filters, state and step, open/resume, new, withdraw, delete, dossier."""

    def __init__(self, ws, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.wizard: ProposalWizard | None = None
        self.view: ProposalView | None = None
        self.model: RowTableModel[ProposalRow] = RowTableModel([
            Column(self.tr("Số"), lambda r: str(r.id), lambda r: r.id, align_right=True),
            Column(self.tr("Năm"), lambda r: str(r.year)),
            Column(self.tr("Danh hiệu, hình thức"), lambda r: r.title_name),
            Column(self.tr("Đối tượng"), lambda r: ", ".join(n.name for n in r.nominees),
                   tooltip=lambda r: "\n".join(f"{n.name} – {n.unit_name}" for n in r.nominees)),
            # One status: the wizard's step only while a draft (a submitted proposal's step says nothing more).
            Column(self.tr("Trạng thái"), self._status),
            # What the commune pays: not a nominee the council rejected, not a title the province pays.
            Column(self.tr("Tiền thưởng xã chi (đồng)"), lambda r: format_number(r.payable_prize) if r.commune_pays
                   else self.tr("cấp trên chi"), lambda r: r.payable_prize, align_right=True),
            Column(self.tr("Tờ trình"), lambda r: r.submission_number or "", secondary=True),
            Column(self.tr("Ngày trình"), lambda r: format_datetime(r.submitted_at), secondary=True),
        ], search_text=lambda r: f"{r.title_name} {r.title_code} " + " ".join(n.name for n in r.nominees), parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.year = QSpinBox()
        self.year.setObjectName("proposalYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.state = QComboBox()
        self.state.setObjectName("proposalState")
        self.state.addItem(self.tr("Mọi trạng thái"), None)
        for state in ProposalState:
            self.state.addItem(tr_label(state), state)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm (gõ có dấu hoặc không dấu)"))
        self.search.textChanged.connect(self._search_changed)
        self.year.valueChanged.connect(lambda _: self.refresh())
        self.state.currentIndexChanged.connect(lambda _: self.refresh())
        self.new_button = QPushButton(self.tr("Đề nghị mới…"))
        self.new_button.setObjectName("newProposal")
        self.edit_button = QPushButton(self.tr("Mở / tiếp tục…"))
        self.edit_button.setObjectName("openProposal")
        self.withdraw_button = QPushButton(self.tr("Rút đề nghị…"))
        self.delete_button = QPushButton(self.tr("Xóa bản nháp"))
        self.dossier_button = QPushButton(self.tr("Ghi hồ sơ…"))
        self.province_send_button = QPushButton(self.tr("Trình tỉnh…"))
        self.province_send_button.setObjectName("sendToProvince")
        self.province_decision_button = QPushButton(self.tr("Ghi quyết định của tỉnh…"))
        self.province_decision_button.setObjectName("provinceDecision")
        self.province_ids: set[int] = set()  # proposals on the province route (titles above the commune)
        self.new_button.clicked.connect(lambda: self.open_wizard(None))
        self.edit_button.clicked.connect(self.open_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.dossier_button.clicked.connect(self.write_dossier)
        self.province_send_button.clicked.connect(lambda: self._province(send_to_province))
        self.province_decision_button.clicked.connect(lambda: self._province(record_province_decision))
        self.table = table_view(self.proxy, "proposalsTable", sortable=True)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel()
        self.totals = QLabel()
        self.totals.setObjectName("proposalTotals")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Năm:")))
        filters.addWidget(self.year)
        filters.addWidget(self.state)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.withdraw_button, self.delete_button,
                       self.dossier_button):
            actions.addWidget(button)
        actions.addStretch(1)
        bottom = QHBoxLayout()  # the province's route at the bottom: seven buttons in a row were cut at 1024 px
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.totals)
        bottom.addWidget(self.province_send_button)
        bottom.addWidget(self.province_decision_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{shown}/{total} đề nghị", "", total).format(shown=shown, total=total)

    def refresh(self) -> None:
        chosen = self.selected()
        rows = self.ws.proposals.list(year=self.year.value(), state=self.state.currentData())
        self.model.set_rows(rows)
        self.province_ids = {r.proposal_id for r in self.ws.province.list(year=self.year.value())}
        totals = self.ws.proposals.totals(rows)
        self.totals.setText(self.tr("Xã chi thưởng: {n} đối tượng, {amount} đồng", "", totals.nominees).format(
            n=totals.nominees, amount=format_number(totals.prize)))
        left_out = []
        if totals.rejected:
            left_out.append(self.tr("{n} đối tượng Hội đồng không thông qua", "", totals.rejected).format(
                n=totals.rejected))
        if totals.province:
            left_out.append(self.tr("{n} đối tượng khen thưởng cấp trên do cấp trên chi thưởng", "",
                                            totals.province).format(
                n=totals.province))
        self.totals.setToolTip(self.tr("Không tính: {what}").format(what="; ".join(left_out)) if left_out else "")
        fit_columns(self.table, 3)  # the nominees take the rest
        self.select(chosen.id if chosen else None)
        self._update_status()

    def _status(self, r: ProposalRow) -> str:
        if r.state is ProposalState.DRAFT:
            return self.tr("{state} – bước «{step}»").format(state=tr_label(r.state), step=tr_label(r.step))
        if r.rejected:  # the state alone hides a nominee the council did not pass
            return self.tr("{state} ({passed} thông qua, {rejected} không thông qua)").format(
                state=tr_label(r.state), passed=len(r.nominees) - r.rejected, rejected=r.rejected)
        return tr_label(r.state)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.state is ProposalState.DRAFT)
        self.withdraw_button.setEnabled(row is not None and row.state is ProposalState.SUBMITTED)
        self.dossier_button.setEnabled(row is not None)
        province = row is not None and row.id in self.province_ids
        self.province_send_button.setEnabled(province and row.state is ProposalState.APPROVED)
        self.province_decision_button.setEnabled(province and row.state is ProposalState.SENT_TO_PROVINCE)

    # --- actions ------------------------------------------------------------------------------

    def open_wizard(self, proposal_id: int | None) -> ProposalWizard | None:
        """The wizard (non-modal, so the review stays readable); the list refreshes when it closes."""
        try:
            self.wizard = ProposalWizard(self.ws, proposal_id, year=self.year.value(), parent=self)
        except TNAppError as exc:
            show_error(self, exc)
            return None
        self.wizard.finished.connect(lambda _: self._wizard_closed())
        self.wizard.show()
        return self.wizard

    def _wizard_closed(self) -> None:
        proposal_id = self.wizard.state.proposal_id if self.wizard and self.wizard.state else None
        self.refresh()
        self.select(proposal_id)

    def open_selected(self) -> None:
        """A draft opens in the wizard; a submitted or decided proposal in a read-only view of its nominees."""
        row = self.selected()
        if row is None:
            return
        if row.state is ProposalState.DRAFT:
            self.open_wizard(row.id)
        else:
            self.view = ProposalView(row, self)
            self.view.show()

    def propose(self, nominees: list, title_code: str, year: int) -> ProposalWizard | None:
        """From the review: a draft with these nominees, opened in the wizard at its nominees step."""
        try:
            state = self.ws.proposals.start_draft(year, title_code, nominees=nominees)
        except TNAppError as exc:
            show_error(self, exc)
            return None
        self.year.setValue(year)
        return self.open_wizard(state.proposal_id)

    def withdraw_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Rút đề nghị"), self.tr("Lý do rút đề nghị:"))
        if not ok:
            return
        try:
            self.ws.proposals.withdraw(row.id, reason, row.version)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not confirm(self, self.tr("Xóa bản nháp"), self.tr(
                "Xóa bản nháp đề nghị «{title}» và các tệp kèm theo? Việc xóa không hoàn tác được.").format(
                title=row.title_name)):
            return
        try:
            self.ws.proposals.delete_draft(row.id, row.version)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()

    def _province(self, action) -> None:
        row = self.selected()
        if row is not None and action(self, self.ws, row.id):
            self.refresh()

    def write_dossier(self) -> None:
        row = self.selected()
        if row is not None:
            write_dossier(self, self.ws, row.id)


class ProposalsPage(Page):
    """Two tabs: the year-end review, whose chosen nominees start a proposal, and the proposals."""

    follows_changes = True
    help_places = ("proposals",)

    def __init__(self, ws, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("proposalTabs")
        self.review = ReviewWidget(ws, self)
        self.review.propose_requested.connect(self.propose)
        self.proposals = ProposalList(ws)
        follow(self.review, ws, (Data.COMMUNE, Data.PEOPLE, Data.EMULATION, Data.AWARDS, Data.SETTINGS,
                                 Data.PROPOSALS), self.review.refresh)
        follow(self.proposals, ws, (Data.PROPOSALS, Data.COUNCIL, Data.PEOPLE, Data.COMMUNE), self.proposals.refresh)
        self.tabs.addTab(self.review, self.tr("Bình xét cuối năm"))
        self.tabs.addTab(self.proposals, self.tr("Đề nghị"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def propose(self, nominees: list, title_code: str, year: int) -> None:
        self.tabs.setCurrentWidget(self.proposals)
        self.proposals.propose(nominees, title_code, year)

    def refresh(self) -> None:
        self.proposals.refresh()
        if self.tabs.currentWidget() is self.review:  # the review judges everyone: only when in sight
            self.review.refresh()

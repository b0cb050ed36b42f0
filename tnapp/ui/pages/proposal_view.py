"""A submitted or decided proposal, read-only: its nominees, their verdicts,
the council's result and the prize the commune pays (the wizard edits drafts only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from tnapp.domain.formatting import format_datetime, format_number
from tnapp.i18n import _
from tnapp.services.council_views import ItemResult
from tnapp.services.proposals import ProposalRow
from tnapp.ui.labels import tr_label
from tnapp.ui.table_model import fit_columns


class ProposalView(QDialog):
    def __init__(self, row: ProposalRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalView")
        self.setWindowTitle(self.tr("Đề nghị #{id}: {title}").format(id=row.id, title=row.title_name))
        results = {**{code: _(text) for code, text in ItemResult.LABELS.items()},
                   None: self.tr("Chưa đưa ra Hội đồng")}
        head = self.tr("Năm {year} – {state}").format(year=row.year, state=tr_label(row.state))
        if row.submission_number:
            head += self.tr(" – Tờ trình {number} ({when})").format(number=row.submission_number,
                                                                     when=format_datetime(row.submitted_at))
        self.table = QTableWidget(len(row.nominees), 5)
        self.table.setObjectName("proposalViewNominees")
        self.table.setHorizontalHeaderLabels([self.tr("Đối tượng"), self.tr("Đơn vị"), self.tr("Điều kiện"),
                                              self.tr("Hội đồng"), self.tr("Tiền thưởng xã chi (đồng)")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        paid = {id(n) for n in row.payable}
        for i, n in enumerate(row.nominees):
            prize = format_number(n.prize_amount) if id(n) in paid else (
                self.tr("cấp trên chi") if not row.commune_pays else "—")
            verdict = tr_label(n.verdict) if n.verdict else ""
            if n.override_reason:
                verdict += self.tr(" (đề nghị kèm giải trình)")
            for j, text in enumerate((n.name, n.unit_name, verdict, results.get(n.council_result, ""), prize)):
                item = QTableWidgetItem(text)
                if j == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        fit_columns(self.table, 1)
        total = QLabel(self.tr("Xã chi thưởng: {n} đối tượng, {amount} đồng", "", len(row.payable)).format(
            n=len(row.payable), amount=format_number(row.payable_prize)))
        total.setObjectName("proposalViewTotal")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(head))
        layout.addWidget(self.table, 1)
        layout.addWidget(total)
        layout.addWidget(buttons)
        self.resize(820, 320)

"""The proposal wizard's last step, the dossier: the unit's Tờ trình number and date, the
papers and the prizes; and writing a dossier's papers to a folder off the UI thread."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIntValidator
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from tnapp.domain.emulation_rules import NomineeType
from tnapp.domain.formatting import format_date, format_number
from tnapp.domain.proposal_wizard import Draft, Step
from tnapp.errors import TNAppError
from tnapp.ui.files import choose_folder
from tnapp.ui.forms import DateEdit
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.proposal_step import StepPage
from tnapp.ui.table_model import fit_rows
from tnapp.ui.tasks import run_task

if TYPE_CHECKING:
    from tnapp.ui.pages.proposal_wizard import ProposalWizard


class DossierPage(StepPage):
    step = Step.DOSSIER

    def __init__(self, wizard: ProposalWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(self.tr("Xem lại hồ sơ trước khi trình Hội đồng Thi đua – Khen thưởng."))
        self.documents = QListWidget()
        self.documents.setObjectName("dossierDocuments")
        self.documents.setMaximumHeight(110)
        self.prizes = QTableWidget(0, 2)
        self.prizes.setObjectName("prizes")
        self.prizes.setHorizontalHeaderLabels([self.tr("Đối tượng"), self.tr("Tiền thưởng (đồng)")])
        self.prizes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.prizes.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.prizes.verticalHeader().hide()
        fit_rows(self.prizes)
        self.prizes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.total = QLabel()
        self.total.setObjectName("prizeTotal")
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Xem Tờ trình (PDF)"))
        self.preview_button.setObjectName("preview")
        self.save_button = QPushButton(self.tr("Ghi hồ sơ ra thư mục…"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_to_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        # The unit numbers and dates its Tờ trình in its own register; left empty, the paper leaves them to write.
        self.paper = QGroupBox(self.tr("Tờ trình của đơn vị đề nghị (số, ngày theo sổ văn bản của đơn vị)"))
        self.field_unit_number = QLineEdit()
        self.field_unit_number.setObjectName("unitNumber")
        self.field_unit_number.setValidator(QIntValidator(1, 99_999, self.field_unit_number))
        self.field_unit_number.setPlaceholderText(self.tr("để trống: đơn vị ghi tay"))
        self.unit_symbol = QLabel()
        self.unit_symbol.setObjectName("unitSymbol")
        self.field_unit_date = DateEdit()
        self.field_unit_date.setObjectName("unitDate")
        self.field_unit_date.setMaximumWidth(320)
        self.field_unit_number.setMaximumWidth(120)
        number = QHBoxLayout()
        number.addWidget(self.field_unit_number)
        number.addWidget(self.unit_symbol, 1)
        paper = QFormLayout(self.paper)
        paper.addRow(self.tr("Số:"), number)
        paper.addRow(self.tr("Ngày:"), self.field_unit_date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.paper)
        layout.addWidget(QLabel(self.tr("Các văn bản của hồ sơ (PDF và Word):")))
        layout.addWidget(self.documents)
        layout.addWidget(self.prizes, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.basis)
        layout.addLayout(buttons)

    def load(self, draft: Draft) -> None:
        unit = self.ws.units.get(draft.proposing_unit_id) if draft.proposing_unit_id else None
        self.paper.setVisible(unit is not None)  # without a unit, UBND xã's register numbers it when submitted
        self.field_unit_number.setText(str(draft.unit_number or ""))
        self.field_unit_date.setText(format_date(draft.unit_date))
        self.unit_symbol.setText(f"/TTr-{unit.symbol}" if unit and unit.symbol else
                                 self.tr("/TTr-… (đơn vị «{name}» chưa có ký hiệu viết tắt trong danh mục)")
                                 .format(name=unit.name) if unit else "")
        self.documents.clear()
        self.documents.addItem(self.tr("Tờ trình đề nghị khen thưởng (Mẫu số 01)"))
        self.documents.addItem(self.tr("Danh sách đề nghị khen thưởng, kèm số tiền thưởng"))
        for n in draft.active:
            form = self.tr("Mẫu số 05") if n.nominee.type is NomineeType.PERSON else self.tr("mẫu tập thể")
            self.documents.addItem(self.tr("Báo cáo thành tích của {name} ({form})").format(name=n.name, form=form))
        summary = self.ws.proposals.prizes(self.wiz.state.proposal_id)
        self.prizes.setRowCount(len(summary.lines))
        for row, line in enumerate(summary.lines):
            self.prizes.setItem(row, 0, QTableWidgetItem(line.name))
            amount = QTableWidgetItem(format_number(line.amount) if line.amount is not None else self.tr("chưa có"))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.prizes.setItem(row, 1, amount)
        self.total.setText(self.tr("Tổng tiền thưởng: {total} đồng").format(total=format_number(summary.total)))
        if summary.quote is None:
            self.basis.setText(summary.problem)
        else:
            q = summary.quote
            text = self.tr("Hệ số {m} × lương cơ sở {salary} đồng (ngày {day}), làm tròn lên. Căn cứ: {basis}.").format(
                m=format_number(q.multiplier), salary=format_number(q.base_salary), day=format_date(q.on_date),
                basis=q.basis)
            if q.unconfirmed:
                text += " " + self.tr("Có thiết lập chưa được xác nhận với văn bản gốc: hãy kiểm tra trước khi trình.")
            self.basis.setText(text)

    def collect(self, draft: Draft) -> Draft:
        if draft.proposing_unit_id is None:
            return draft
        number = self.field_unit_number.text().strip()
        return replace(draft, unit_number=int(number) if number else None,
                       unit_date=self.field_unit_date.date("unit_date"))

    def preview(self) -> None:
        if self.wiz.keep(self):
            files = write_dossier(self, self.ws, self.wiz.state.proposal_id,
                                  Path(tempfile.mkdtemp(prefix="tnapp-ho-so-")))
            if files:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(files[0])))

    def save_to_folder(self) -> None:
        if self.wiz.keep(self):
            write_dossier(self, self.ws, self.wiz.state.proposal_id)


def write_dossier(parent: QWidget, ws, proposal_id: int, folder: Path | None = None) -> list[Path]:
    """The dossier written off the UI thread into ``folder`` — asked for (and
    the files written told) when None. [] when cancelled or refused."""
    return write_files(parent, lambda target: ws.proposals.write_dossier(proposal_id, target), folder)


def write_files(parent: QWidget, write, folder: Path | None = None) -> list[Path]:
    """``write(folder)`` off the UI thread (a dossier's papers) — the folder asked
    for (and the files written told) when None. [] when cancelled or refused."""
    asked = folder is None
    if asked:
        chosen = choose_folder(parent, QCoreApplication.translate("ProposalDossier", "Chọn thư mục ghi hồ sơ"))
        if not chosen:
            return []
        folder = Path(chosen)
    try:
        files = run_task(parent, QCoreApplication.translate("ProposalDossier", "Đang ghi hồ sơ…"),
                         lambda: write(folder))
    except TNAppError as exc:
        show_error(parent, exc)
        return []
    if asked:
        show_info(parent, QCoreApplication.translate("ProposalDossier", "Đã ghi {n} tệp vào thư mục «{folder}».", "",
                                                     len(files))
                  .format(n=len(files), folder=files[0].parent))
    return files

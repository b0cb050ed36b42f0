"""The meeting view's papers ("Văn bản và quyết định"): each paper's button, its print
button and what it is; which papers can be made now and why not the others; the decision's
state; the checks not confirmed; writing a paper off the UI thread, previewing and printing it.

A part of ``MeetingView`` (``tnapp.ui.pages.council_meeting``), which reads the meeting
(``self.overview``, ``self.decision``) and calls ``_show_decision`` at each refresh."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QSplitter,
    QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, format_money
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import MeetingState
from tnapp.errors import TNAppError
from tnapp.reports import certificates, council_docs
from tnapp.services import council_papers
from tnapp.services.council import PaperChecklist
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error
from tnapp.ui.pages.base import heading
from tnapp.ui.printing import print_pdf
from tnapp.ui.tasks import run_task

PDF, WORD = "PDF (*.pdf)", "Word (*.docx)"
CHECK_STYLE = "color: #6d4c00;"
# The buttons' papers as the service names them.
PAPERS = {"ballots": "ballots", "count": "count_record", "minutes": "minutes", "decision": "decision",
          "certificates": "certificates", "recognitions": "recognitions"}


def checklist_text(checklist: PaperChecklist) -> str:
    """The lines of a paper's checklist, one per line ("" when nothing is unconfirmed)."""
    return "\n".join(f"• {line}" for line in checklist.lines())


def side_by_side(left: QWidget, right: QWidget, stretch: tuple[int, int]) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for index, widget in enumerate((left, right)):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch[index])
    return splitter


class MeetingPapers:
    """The papers tab of ``MeetingView``."""

    def _outputs_tab(self) -> QWidget:
        self.copies = QSpinBox()
        self.copies.setObjectName("ballotCopies")
        self.copies.setRange(1, 200)
        self.output_buttons: dict[str, QPushButton] = {}
        self.print_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        rows = (
            ("ballots", self.tr("Phiếu bầu…"), self.tr("Mỗi thành viên một tờ, liệt kê các đề nghị với ô "
                                                          "Đồng ý / Không đồng ý.")),
            ("count", self.tr("Biên bản kiểm phiếu…"), self.tr("Số phiếu của từng đề nghị, ngưỡng và kết quả.")),
            ("minutes", self.tr("Biên bản họp…"), self.tr("Thành phần, số lượng, từng nội dung và kết quả (PDF "
                                                          "hoặc Word).")),
            ("decision", self.tr("Dự thảo quyết định…"), self.tr("Lấy số trong sổ văn bản; danh sách và tiền "
                                                                 "thưởng (PDF hoặc Word). Cần kết thúc phiên họp.")),
            ("certificates", self.tr("Giấy khen, giấy chứng nhận…"), self.tr("In hàng loạt trên khổ A4 theo "
                                                                            "mẫu, theo quyết định.")),
            ("recognitions", self.tr("Giấy công nhận…"), self.tr("«Gia đình văn hóa», «Thôn văn hóa»: khổ A4 "
                                                                "ngang, theo quyết định.")),
        )
        for row, (key, text, description) in enumerate(rows):
            button = QPushButton(text)
            button.setObjectName(f"output_{key}")
            button.clicked.connect(lambda _=False, k=key: self.write_output(k))
            self.output_buttons[key] = button
            grid.addWidget(button, row, 0)
            printer = QPushButton(self.tr("In…"))
            printer.setObjectName(f"print_{key}")
            printer.setToolTip(self.tr("Lập văn bản (PDF) và in ngay trên máy in chọn trong hộp thoại in."))
            printer.clicked.connect(lambda _=False, k=key: self.print_output(k))
            self.print_buttons[key] = printer
            grid.addWidget(printer, row, 1)
            label = QLabel(description)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if key == "ballots":  # the number of ballots before what they are, in the description's cell
                cell = QHBoxLayout()
                cell.addWidget(QLabel(self.tr("Số tờ:")), 0, Qt.AlignmentFlag.AlignTop)
                cell.addWidget(self.copies, 0, Qt.AlignmentFlag.AlignTop)
                cell.addWidget(label, 1)
                grid.addLayout(cell, row, 2)
            else:
                grid.addWidget(label, row, 2)
        grid.setColumnStretch(2, 1)
        self.sign_button = QPushButton(self.tr("Ghi quyết định đã ký…"))
        self.sign_button.setObjectName("signDecision")
        self.sign_button.clicked.connect(self.record_signed_decision)
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decisionStatus")
        self.decision_label.setWordWrap(True)
        self.decision_label.setMinimumHeight(self.decision_label.fontMetrics().lineSpacing() * 3)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("paperPlan")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist = QLabel()
        self.checklist.setObjectName("paperChecklist")
        self.checklist.setWordWrap(True)
        self.checklist.setStyleSheet(CHECK_STYLE)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.output_status = QLabel()
        self.output_status.setObjectName("outputStatus")
        self.output_status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Mở bằng ứng dụng khác"))
        self.open_button.clicked.connect(self.open_output)
        self.open_button.setEnabled(False)
        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("outputPreview")
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addLayout(grid)
        column.addWidget(heading(self.tr("Giấy tờ của phiên họp"), level=2))
        column.addWidget(self.plan_label)
        column.addWidget(heading(self.tr("Quyết định khen thưởng"), level=2))
        column.addWidget(self.decision_label)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_button)
        sign_row.addStretch(1)
        column.addLayout(sign_row)
        column.addWidget(self.checklist)
        column.addWidget(self.output_status)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        column.addLayout(open_row)
        column.addStretch(1)
        # at 1024×768 the papers, their plan and the checks are taller than the tab: they scroll as one,
        # each line at its full height, rather than squeeze the descriptions over each other
        scroll = QScrollArea()
        scroll.setObjectName("papersArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side)
        return side_by_side(scroll, self.preview, (3, 2))

    def _show_decision(self) -> None:
        decision, state = self.decision, self.overview.meeting.state
        plan = council_papers.paper_plan(self.ws, self.meeting_id)
        for paper in plan:
            if paper.key != "decision":  # the decision's button drafts it: enabled once the meeting is closed
                self.output_buttons[paper.key].setEnabled(paper.written)
        self._show_plan(plan)
        issues = self.ws.actor.can(Permission.ISSUE_DOCUMENTS)
        self.output_buttons["decision"].setEnabled(state is MeetingState.CLOSED and issues)
        self.sign_button.setEnabled(decision is not None and decision.signed_on is None and issues)
        for key, button in self.print_buttons.items():
            button.setEnabled(self.output_buttons[key].isEnabled())
        self._show_checklist()
        if decision is None:
            self.decision_label.setText(self.tr("Chưa lập dự thảo quyết định. Sau khi kết thúc phiên họp, bấm "
                                                "«Dự thảo quyết định…»."))
            return
        text = self.tr("Quyết định số {number} – {state}: {n} người, tập thể; tổng tiền thưởng {total}.", "",
                       len(decision.awardees)).format(
            number=decision.number or "–", state=tr_label(decision.state), n=len(decision.awardees),
            total=format_money(decision.total_amount or 0))
        if decision.signed_on is not None:
            text += " " + self.tr("Ký ngày {day}; đã ghi {n} dòng vào lịch sử khen thưởng.", "",
                                  decision.award_records).format(
                day=format_date(decision.signed_on), n=decision.award_records)
        elif decision.warnings:
            text += "\n" + "\n".join(f"⚠ {w}" for w in decision.warnings)
        self.decision_label.setText(text)

    def _show_plan(self, plan: list[council_papers.PaperPlan]) -> None:
        """Which papers can be made now, with their numbers, and which not, and why."""
        made = [f"✓ {p.line}" for p in plan if p.written]
        left = [f"✗ {p.line}" for p in plan if not p.written]
        text = self.tr("Lập được:") + "\n" + "\n".join(made) if made else ""
        if left:
            text += ("\n" if text else "") + self.tr("Chưa lập được:") + "\n" + "\n".join(left)
        self.plan_label.setText(text)

    def _show_checklist(self) -> None:
        """What the papers that can be made now rest on that is not confirmed (never printed on them):
        each check once, with the papers it concerns."""
        papers: dict[str, list[str]] = {}
        for key, paper in PAPERS.items():
            if not self.output_buttons[key].isEnabled() or (paper == "decision" and self.decision is None):
                continue
            for line in self.ws.council.paper_checklist(self.meeting_id, paper).lines():
                papers.setdefault(line, []).append(self.output_buttons[key].text().rstrip("…"))
        lines = [f"• {line} [{', '.join(names)}]" for line, names in papers.items()]
        self.checklist.setText(self.tr("Chưa xác nhận – hãy đối chiếu trước khi in, ký:") + "\n" + "\n".join(lines)
                               if lines else "")
        self.checklist.setVisible(bool(lines))

    def _suggested(self, key: str) -> tuple[str, str]:
        year = self.overview.meeting.year
        names = {"ballots": (f"phieu-bau-{year}.pdf", PDF), "count": (f"bien-ban-kiem-phieu-{year}.pdf", PDF),
                 "minutes": (f"bien-ban-hop-hoi-dong-{year}.pdf", f"{PDF};;{WORD}"),
                 "decision": (f"du-thao-quyet-dinh-khen-thuong-{year}.pdf", f"{PDF};;{WORD}"),
                 "certificates": (f"giay-khen-{year}.pdf", PDF),
                 "recognitions": (f"giay-cong-nhan-{year}.pdf", PDF)}
        return names[key]

    def _writer(self, key: str) -> Callable[[Path], Path]:
        ws, meeting_id, copies = self.ws, self.meeting_id, self.copies.value()

        def decision(path: Path) -> Path:
            ws.council.draft_decision(meeting_id)  # the same draft again, its totals up to date
            return council_docs.write_decision(ws, meeting_id, path)

        return {"ballots": lambda p: council_docs.write_ballots(ws, meeting_id, p, copies),
                "count": lambda p: council_docs.write_count_record(ws, meeting_id, p),
                "minutes": lambda p: council_docs.write_minutes(ws, meeting_id, p),
                "decision": decision,
                "certificates": lambda p: certificates.write_certificates(ws, meeting_id, p),
                "recognitions": lambda p: certificates.write_recognitions(ws, meeting_id, p)}[key]

    def write_output(self, key: str) -> Path | None:
        """Ask where, write the paper off the UI thread, preview it (a PDF)."""
        suggested, filters = self._suggested(key)
        chosen, chosen_filter = QFileDialog.getSaveFileName(self, self.tr("Lưu văn bản"), suggested, filters)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_name(target.name + (".docx" if chosen_filter == WORD else ".pdf"))
        write = self._writer(key)
        try:
            written = run_task(self, self.tr("Đang lập văn bản…"), lambda: write(target))
        except TNAppError as exc:
            show_error(self, exc)
            self.refresh()
            return None
        self.last_output = written
        self.output_status.setText(self.tr("Đã lưu: {path}").format(path=str(written)))
        self.open_button.setEnabled(True)
        self._preview(written)
        self.refresh()
        return written

    def print_output(self, key: str) -> int | None:
        """Write the paper to a temporary PDF off the UI thread and print it; the pages printed."""
        write = self._writer(key)
        with tempfile.TemporaryDirectory(prefix="tnapp-in-") as folder:
            target = Path(folder) / self._suggested(key)[0]
            try:
                written = run_task(self, self.tr("Đang lập văn bản…"), lambda: write(target))
                pages = print_pdf(self, written, ask=self.ask_printer)
            except TNAppError as exc:
                show_error(self, exc)
                self.refresh()
                return None
        if pages:
            self.output_status.setText(self.tr("Đã gửi {n} trang «{name}» tới máy in.", "", pages).format(
                n=pages, name=target.name))
        self.refresh()
        return pages

    def _preview(self, path: Path) -> None:
        self.pdf.close()
        if path.suffix.lower() == ".pdf":
            self.pdf.load(str(path))

    def open_output(self) -> None:
        if self.last_output is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output))):
            show_error(self, self.tr("Máy này chưa có chương trình mở tệp này."))

"""The award-proposal wizard (QWizard). Its pages only show and collect: the
next step is decided by the core's state machine (``ws.proposals.save_step``
→ ``tnapp.domain.proposal_wizard.advance``), every page change saves the
draft, closing keeps it, and reopening resumes at the saved step."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from tnapp.domain.eligibility import Outcome, VerdictKind
from tnapp.domain.emulation_rules import NomineeType
from tnapp.domain.formatting import format_date, format_number
from tnapp.domain.proposal_wizard import (
    STEPS, Draft, DraftNominee, Step, default_decision_date, set_nominees, set_year_title,
)
from tnapp.domain.vocab import NomineeKind
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.proposals import DraftState
from tnapp.ui.files import choose_folder, open_files
from tnapp.ui.forms import DateEdit, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.emulation_common import NomineePicker
from tnapp.ui.table_model import fit_rows
from tnapp.ui.tasks import run_task

PAGES = STEPS[:-1]  # the page ids: year_title 0 … dossier 4; "submitted" is no page
OUTCOME_COLOURS = {Outcome.MET: "#1e7b34", Outcome.NOT_MET: "#b3261e", Outcome.UNKNOWN: "#9a6700"}
VERDICT_COLOURS = {VerdictKind.ELIGIBLE: "#1e7b34", VerdictKind.NOT_ELIGIBLE: "#b3261e",
                   VerdictKind.UNKNOWN: "#9a6700"}
KINDS_FOR = {NomineeKind.INDIVIDUAL: (NomineeType.PERSON,), NomineeKind.COLLECTIVE: (NomineeType.COLLECTIVE,),
             NomineeKind.VILLAGE: (NomineeType.COLLECTIVE,), NomineeKind.HOUSEHOLD: (NomineeType.HOUSEHOLD,)}


class StepPage(QWizardPage):
    """A page of one step: ``load`` shows the draft, ``collect`` returns it with what the page holds."""

    step: Step

    def __init__(self, wizard: ProposalWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.ws = wizard.ws
        self.setTitle(tr_label(self.step))

    def load(self, draft: Draft) -> None:
        raise NotImplementedError

    def collect(self, draft: Draft) -> Draft:
        raise NotImplementedError

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.load(self.wiz.draft)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.wiz.leave_forward(self)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return self.wiz.next_page_id(self)

    def focus_field(self, field: str | None) -> None:
        """Put the cursor where the refusal points (the page's own field names)."""
        widget = getattr(self, f"field_{field}", None) if field else None
        if isinstance(widget, QWidget):
            widget.setFocus()


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


class NomineesPage(StepPage):
    step = Step.NOMINEES

    def __init__(self, wizard: ProposalWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(self.tr("Một hoặc nhiều đối tượng cùng được đề nghị danh hiệu này."))
        self.picker: NomineePicker | None = None
        self.picker_box = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm vào danh sách"))
        self.add_button.setObjectName("addNominee")
        self.remove_button = QPushButton(self.tr("Bỏ khỏi danh sách"))
        self.remove_button.setObjectName("removeNominee")
        self.field_nominees = QListWidget()
        self.field_nominees.setObjectName("nominees")
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.picker_box)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Đối tượng được đề nghị:")))
        layout.addWidget(self.field_nominees, 1)
        self._picker_kinds: tuple[NomineeType, ...] = ()

    def load(self, draft: Draft) -> None:
        title = self.ws.proposals.titles().get(draft.title_code or "")
        kinds = KINDS_FOR[title.nominee_kind] if title else tuple(NomineeType)
        if kinds != self._picker_kinds:  # the title says whom it is for
            if self.picker is not None:
                self.picker.deleteLater()
            self.picker = NomineePicker(self.ws, kinds)
            self.picker_box.addWidget(self.picker, 1)
            self._picker_kinds = kinds
        self.field_nominees.clear()
        for n in draft.nominees:
            self._add_item(n)

    def _add_item(self, n: DraftNominee) -> None:
        text = f"{n.name} – {n.unit_name}" if n.unit_name else n.name
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, n)
        self.field_nominees.addItem(item)

    def nominees(self) -> list[DraftNominee]:
        return [self.field_nominees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.field_nominees.count())]

    def add_chosen(self) -> None:
        try:
            nominee = self.picker.nominee()
        except ValidationError as exc:
            show_error(self, exc)
            return
        if any(n.nominee == nominee for n in self.nominees()):
            return
        self._add_item(DraftNominee(nominee, self.picker.choice.currentText()))

    def remove_selected(self) -> None:
        for item in self.field_nominees.selectedItems():
            self.field_nominees.takeItem(self.field_nominees.row(item))

    def collect(self, draft: Draft) -> Draft:
        return set_nominees(draft, self.nominees())


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


class AchievementsPage(StepPage):
    step = Step.ACHIEVEMENTS

    def __init__(self, wizard: ProposalWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(self.tr("Tóm tắt thành tích của từng đối tượng, các kết quả, sáng kiến, điển hình liên quan "
                                 "và giấy tờ kèm theo."))
        self.people = QListWidget()
        self.people.setObjectName("achievementNominees")
        self.people.currentRowChanged.connect(self._show)
        self.field_achievements = QPlainTextEdit()
        self.field_achievements.setObjectName("achievements")
        self.field_achievements.textChanged.connect(self._remember)
        self.initiatives = self._checklist("initiatives")
        self.exemplars = self._checklist("exemplars")
        self.indicators = self._checklist("indicators")
        self.files = QListWidget()
        self.files.setObjectName("attachments")
        self.files.setMaximumHeight(90)
        attach = QPushButton(self.tr("Thêm tệp…"))
        attach.setObjectName("attach")
        remove = QPushButton(self.tr("Xóa tệp"))
        attach.clicked.connect(self.add_files)
        remove.clicked.connect(self.remove_file)
        right = QWidget()
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Thành tích:"), self.field_achievements)
        form.addRow(self.tr("Sáng kiến, đề tài:"), self.initiatives)
        form.addRow(self.tr("Điển hình, việc tốt:"), self.exemplars)
        form.addRow(self.tr("Chỉ tiêu liên quan:"), self.indicators)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(attach)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        files = QVBoxLayout()
        files.addWidget(self.files)
        files.addLayout(file_buttons)
        form.addRow(self.tr("Tệp kèm theo\n(cả đề nghị):"), files)
        split = QSplitter()
        split.addWidget(self.people)
        split.addWidget(right)
        split.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._entries: dict = {}
        self._options: dict = {}
        self._active: list[DraftNominee] = []
        self._loading = False

    def _checklist(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setMaximumHeight(82)
        widget.itemChanged.connect(self._remember)
        return widget

    def _fill(self, widget: QListWidget, items: list[tuple[int, str]]) -> None:
        widget.clear()
        for value, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[int, ...]:
        return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                     if widget.item(i).checkState() == Qt.CheckState.Checked)

    @staticmethod
    def _check(widget: QListWidget, values: tuple[int, ...]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in values
                               else Qt.CheckState.Unchecked)

    def load(self, draft: Draft) -> None:
        self._loading = True
        self._fill(self.indicators, [(i.id, f"{i.code} – {i.name}") for i in self.ws.indicators.list(False)])
        self._active = list(draft.active)
        # Each nominee's own initiatives and exemplars, from the years its criteria looked at.
        self._options = {n.nominee: self.ws.proposals.achievement_options(n, draft.year) for n in self._active}
        self._entries = {n.nominee: (n.achievements, n.initiative_ids or self._options[n.nominee].counted,
                                     n.exemplar_ids, n.indicator_ids) for n in self._active}
        self.people.clear()
        for n in self._active:
            self.people.addItem(n.name)
        self._loading = False
        self.people.setCurrentRow(0 if self._active else -1)
        self._show_files()

    def _show(self, row: int) -> None:
        self._loading = True
        nominee = self._active[row].nominee if 0 <= row < len(self._active) else None
        entry = self._entries.get(nominee) if nominee else None
        options = self._options.get(nominee) if nominee else None
        self._fill(self.initiatives, [(i.id, f"{i.title} ({i.year})") for i in options.initiatives]
                   if options else [])
        self._fill(self.exemplars, [(e.id, f"{e.title} ({e.year})") for e in options.exemplars] if options else [])
        self.field_achievements.setPlainText(entry[0] if entry else "")
        for widget, values in zip((self.initiatives, self.exemplars, self.indicators), entry[1:] if entry else ((),) * 3):
            self._check(widget, values)
        self._loading = False

    def _remember(self, *_args) -> None:
        row = self.people.currentRow()
        if self._loading or not 0 <= row < len(self._active):
            return
        self._entries[self._active[row].nominee] = (
            self.field_achievements.toPlainText(), self._checked(self.initiatives), self._checked(self.exemplars),
            self._checked(self.indicators))

    def _show_files(self) -> None:
        self.files.clear()
        if self.wiz.state is None:
            return
        for a in self.ws.proposals.attachments(self.wiz.state.proposal_id):
            item = QListWidgetItem(f"{a.filename} ({max(a.size // 1024, 1)} KB, SHA-256 {a.sha256[:12]}…)")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.files.addItem(item)

    def add_files(self) -> None:
        paths = open_files(self, self.tr("Thêm tệp kèm theo (tối đa 20 MB mỗi tệp)"))
        for path in paths:
            try:
                self.ws.proposals.attach(self.wiz.state.proposal_id, Path(path))
            except TNAppError as exc:
                show_error(self, exc)
        self._show_files()

    def remove_file(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        try:
            self.ws.proposals.remove_attachment(item.data(Qt.ItemDataRole.UserRole))
        except TNAppError as exc:
            show_error(self, exc)
        self._show_files()

    def collect(self, draft: Draft) -> Draft:
        nominees = []
        for n in draft.nominees:
            if n.nominee in self._entries:
                text, initiatives, exemplars, indicators = self._entries[n.nominee]
                n = replace(n, achievements=text, initiative_ids=initiatives, exemplar_ids=exemplars,
                            indicator_ids=indicators)
            nominees.append(n)
        return replace(draft, nominees=tuple(nominees))


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


class ProposalWizard(QWizard):
    """Lập đề nghị khen thưởng. ``proposal_id``: resume that draft; else a new
    one (optionally with ``year``, ``title_code`` and nominees from the review,
    already saved as a draft by the caller)."""

    def __init__(self, ws, proposal_id: int | None = None, year: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("proposalWizard")
        self.setWindowTitle(self.tr("Lập đề nghị khen thưởng"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Trình Hội đồng"))
        self.resize(1100, 680)
        self.state: DraftState | None = ws.proposals.resume(proposal_id) if proposal_id else None
        self.draft = self.state.draft if self.state else Draft(year or dt.date.today().year)
        self.pages: list[StepPage] = [cls(self) for cls in (YearTitlePage, NomineesPage, EligibilityPage,
                                                             AchievementsPage, DossierPage)]
        for index, page in enumerate(self.pages):
            self.setPage(index, page)
        self._replaying = False
        self._shown = 0
        self.submitted = False
        self.currentIdChanged.connect(self._page_changed)
        if self.state is not None:
            self.resume_at(self.state.step)

    # --- moving between pages -------------------------------------------------------------------

    def page_id(self, step: Step) -> int:
        return PAGES.index(step)

    def resume_at(self, step: Step) -> None:
        """Show the pages before ``step`` (so that Back works) without saving, and stop at it."""
        self._replaying = True
        try:
            self.restart()
            while self.currentId() < self.page_id(step):
                self.next()
        finally:
            self._replaying = False

    def next_page_id(self, page: StepPage) -> int:
        if self.state is not None and page.step is not Step.DOSSIER and self.state.step is not page.step \
                and not self._replaying and self.currentPage() is page:
            return self.page_id(self.state.step) if self.state.step in PAGES else -1
        index = PAGES.index(page.step)
        return index + 1 if index + 1 < len(PAGES) else -1

    def leave_forward(self, page: StepPage) -> bool:
        """Next (or Trình Hội đồng): collect, let the core decide, save; False keeps the page."""
        if self._replaying:
            return True
        try:
            self.draft = page.collect(self.draft)
            if page.step is Step.DOSSIER:
                kept = self.ws.proposals.save_step(self.state.proposal_id, page.step, self.draft,
                                                   self.state.version, direction="stay")
                self.state, self.draft = kept, kept.draft
                self.ws.proposals.submit(self.state.proposal_id, self.state.version)
                self.submitted = True
                return True
            if self.state is None:
                self.state = self.ws.proposals.start_draft(self.draft.year, self.draft.title_code or "",
                                                           self.draft.movement_id, self.draft.decision_date)
            moved = self.ws.proposals.save_step(self.state.proposal_id, page.step, self.draft, self.state.version)
        except TNAppError as exc:
            show_error(self, exc)
            page.focus_field(getattr(exc, "field", None))
            return False
        self.state, self.draft = moved, moved.draft
        if PAGES.index(moved.step) <= PAGES.index(page.step):  # the core sent the wizard back
            if moved.notice:
                show_info(self, moved.notice)
            QTimer.singleShot(0, lambda: self._back_to(moved.step))
            return False
        return True

    def keep(self, page: StepPage) -> bool:
        """Save what ``page`` shows without moving (before its papers are written); False when refused."""
        try:
            kept = self.ws.proposals.save_step(self.state.proposal_id, page.step, page.collect(self.draft),
                                               self.state.version, direction="stay")
        except TNAppError as exc:
            show_error(self, exc)
            page.focus_field(getattr(exc, "field", None))
            return False
        self.state, self.draft = kept, kept.draft
        return True

    def _back_to(self, step: Step) -> None:
        self._replaying = True
        try:
            while self.currentId() > self.page_id(step):
                self.back()
        finally:
            self._replaying = False
        self.currentPage().load(self.draft)

    def _page_changed(self, page_id: int) -> None:
        """Back pressed: save the page left, and go on showing the draft."""
        left, self._shown = self._shown, page_id
        if self._replaying or page_id < 0 or page_id >= left or self.state is None:
            return
        page = self.pages[left]
        try:
            self.draft = page.collect(self.draft)
            self.state = self.ws.proposals.save_step(self.state.proposal_id, page.step, self.draft,
                                                     self.state.version, direction="back")
            self.draft = self.state.draft
        except TNAppError as exc:
            show_error(self, exc)
        self.currentPage().load(self.draft)

    # --- closing keeps the draft ----------------------------------------------------------------

    def keep_draft(self) -> None:
        """Save what the current page holds, at its step, without checking it."""
        if self.state is None or self.submitted or self.currentId() < 0:
            return
        page = self.pages[self.currentId()]
        try:
            self.draft = page.collect(self.draft)
            self.state = self.ws.proposals.save_step(self.state.proposal_id, page.step, self.draft,
                                                     self.state.version, direction="stay")
        except TNAppError as exc:
            show_error(self, exc)

    def reject(self) -> None:
        self.keep_draft()
        super().reject()

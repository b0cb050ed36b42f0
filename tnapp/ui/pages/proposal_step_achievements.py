"""The proposal wizard's achievements step: each nominee's summary, its initiatives,
exemplars and indicators, and the files attached to the proposal."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)

from tnapp.domain.proposal_wizard import Draft, DraftNominee, Step
from tnapp.errors import TNAppError
from tnapp.ui.files import open_files
from tnapp.ui.messages import show_error
from tnapp.ui.pages.proposal_step import StepPage

if TYPE_CHECKING:
    from tnapp.ui.pages.proposal_wizard import ProposalWizard


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

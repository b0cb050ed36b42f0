"""The proposal wizard's step of whom to propose: one or more nominees of the kind the title is for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from tnapp.domain.emulation_rules import NomineeType
from tnapp.domain.proposal_wizard import Draft, DraftNominee, Step, set_nominees
from tnapp.domain.vocab import NomineeKind
from tnapp.errors import ValidationError
from tnapp.ui.messages import show_error
from tnapp.ui.pages.emulation_common import NomineePicker
from tnapp.ui.pages.proposal_step import StepPage

if TYPE_CHECKING:
    from tnapp.ui.pages.proposal_wizard import ProposalWizard

KINDS_FOR = {NomineeKind.INDIVIDUAL: (NomineeType.PERSON,), NomineeKind.COLLECTIVE: (NomineeType.COLLECTIVE,),
             NomineeKind.VILLAGE: (NomineeType.COLLECTIVE,), NomineeKind.HOUSEHOLD: (NomineeType.HOUSEHOLD,)}



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

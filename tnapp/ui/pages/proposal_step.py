"""A page of the proposal wizard: it shows the draft (``load``) and returns it with what
the page holds (``collect``); the wizard decides where Next goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizardPage

from tnapp.domain.proposal_wizard import Draft, Step
from tnapp.ui.labels import tr_label

if TYPE_CHECKING:
    from tnapp.ui.pages.proposal_wizard import ProposalWizard


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

"""The award-proposal wizard (QWizard). Its pages only show and collect: the
next step is decided by the core's state machine (``ws.proposals.save_step``
→ ``tnapp.domain.proposal_wizard.advance``), every page change saves the
draft, closing keeps it, and reopening resumes at the saved step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWizard

from tnapp.domain.proposal_wizard import STEPS, Draft, Step
from tnapp.errors import TNAppError
from tnapp.services.proposals import DraftState
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.proposal_step import StepPage
from tnapp.ui.pages.proposal_step_achievements import AchievementsPage
from tnapp.ui.pages.proposal_step_dossier import DossierPage
from tnapp.ui.pages.proposal_step_eligibility import EligibilityPage
from tnapp.ui.pages.proposal_step_nominees import NomineesPage
from tnapp.ui.pages.proposal_step_year_title import YearTitlePage

PAGES = STEPS[:-1]  # the page ids: year_title 0 … dossier 4; "submitted" is no page


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

"""Văn bản – Báo cáo: the reports for leadership in the official format
(preview, print, PDF, Word, Excel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tnapp.ui.areas import area
from tnapp.ui.pages.base import Page, heading
from tnapp.ui.pages.documents_view import DocumentsView

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


class DocumentsPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(area("documents").tr_title()))
        self.view = DocumentsView(ws)
        layout.addWidget(self.view, 1)

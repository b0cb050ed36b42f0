"""What the pages share: the page base class and a few plain building blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from tnapp.domain.formatting import format_number
from tnapp.ui.areas import area as find_area

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


class Page(QWidget):
    """A work area. ``refresh()`` reads fresh data; the main window calls it
    each time the page is shown again, unless the page's views follow the
    workspace's changes (``follows_changes``: they re-read what a write
    changed, and only that)."""

    follows_changes = False
    help_places: tuple[str, ...] = ()  # the tabs (attribute or object names) with a section of their own in the guide

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws

    def refresh(self) -> None:
        """Re-read what the page shows (nothing by default)."""

    def scroll_body(self, body: QWidget) -> None:
        """Fill the page with ``body``, scrolling when it is taller than the window, without a frame."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_place(self, place: str) -> None:
        """Bring the part ``place`` of the page into view (a link from the overview): by
        default the tab held in the attribute of that name."""
        tabs, part = getattr(self, "tabs", None), getattr(self, place, None) if place else None
        if isinstance(tabs, QTabWidget) and isinstance(part, QWidget) and tabs.indexOf(part) >= 0:
            tabs.setCurrentWidget(part)

    def help_section(self, area_key: str) -> str:
        """The guide's anchor for what is in view (F1): ``area-place`` when the tab in view is
        one of ``help_places``, else the area's own."""
        tabs = getattr(self, "tabs", None)
        current = tabs.currentWidget() if isinstance(tabs, QTabWidget) else None
        for place in self.help_places if current is not None else ():
            if getattr(self, place, None) is current or current.objectName() == place:
                return f"{area_key}-{place}"
        return area_key


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.45 if level == 1 else 1.15))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    if level > 1:
        label.setContentsMargins(0, 10, 0, 2)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def demo_banner(text: str) -> QLabel:
    """The unmistakable mark of the demo data."""
    label = QLabel(text)
    label.setObjectName("demoBanner")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#demoBanner { background: #fdecea; color: #8a1c12; border: 1px solid #d9534f;"
                        " border-radius: 4px; padding: 8px 12px; font-weight: bold; }")
    return label


def bullets_html(items: Sequence[str]) -> str:
    return html_bullets([_escape(i) for i in items])


def html_bullets(items: Sequence[str]) -> str:
    """Bullets of items already in HTML (links…)."""
    return "".join(f"<p style='margin:2px 0'>•&nbsp;{i}</p>" for i in items)


def bullet_list(items: Sequence[str]) -> QLabel:
    label = QLabel(bullets_html(items))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class CountsGrid(QFrame):
    """Labelled numbers in columns: "Đơn vị 28", "Người 40"…"""

    def __init__(self, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._columns = columns
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(24)
        self.values: dict[str, int] = {}

    def set_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.values = dict(counts)
        for i, (label, value) in enumerate(counts):
            row, col = divmod(i, self._columns)
            number = QLabel(format_number(value))
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            number.setFont(font)
            self._grid.addWidget(number, row * 2, col)
            self._grid.addWidget(QLabel(label), row * 2 + 1, col)


class AreaPage(Page):
    """The page of an area whose screens come in a later version: what the
    area is for, what it will hold, and what the database already has."""

    area_key = ""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        area = find_area(self.area_key)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(area.tr_title()))
        layout.addWidget(paragraph(area.tr_summary()))
        layout.addWidget(heading(self.tr("Khu vực này sẽ gồm"), level=2))
        layout.addWidget(bullet_list(self.features()))
        layout.addWidget(heading(self.tr("Dữ liệu hiện có"), level=2))
        self.counts = CountsGrid()
        layout.addWidget(self.counts)
        layout.addWidget(paragraph(self.tr("Các màn hình nhập liệu của khu vực này có trong phiên bản sau; "
                                           "dữ liệu đã có trong cơ sở dữ liệu được giữ nguyên.")))
        layout.addStretch(1)
        self.scroll_body(body)
        self.refresh()

    def features(self) -> list[str]:
        """What the area will hold, one line each."""
        return []

    def count_rows(self) -> list[tuple[str, int]]:
        """The (label, number) pairs this area shows; subclasses read them from the services."""
        return []

    def refresh(self) -> None:
        self.counts.set_counts(self.count_rows())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

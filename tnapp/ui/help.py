"""Trợ giúp: the offline user guide (resources/help/huong-dan.html, in English
guide-en.html), opened by F1 at the section of the area in view."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from tnapp.i18n import language
from tnapp.paths import resources_dir

GUIDES = {"vi": "huong-dan.html", "en": "guide-en.html"}


def guide_url(section: str | None = None) -> QUrl:
    """The guide in the interface's language, at ``section`` (an area's key)."""
    url = QUrl.fromLocalFile(str(resources_dir() / "help" / GUIDES.get(language(), GUIDES["vi"])))
    if section:
        url.setFragment(section)
    return url


class HelpDialog(QDialog):
    """The guide in a browser of its own, beside the window (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng TNApp"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def show_section(self, section: str | None) -> None:
        """Open the guide at ``section`` (an area's key), or at its start."""
        self.show()  # laid out first: the anchor is then scrolled to the top
        self.raise_()
        self.activateWindow()
        self.browser.setSource(guide_url(section))
        if section:
            self.browser.scrollToAnchor(section)

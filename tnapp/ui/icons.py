"""TNApp's own icons (SVG files in resources/icons)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from tnapp.paths import resources_dir


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` (``nav/overview`` for a navigation icon)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def app_icon() -> QIcon:
    folder = resources_dir() / "icons"
    result = QIcon(str(folder / "tnapp.svg"))
    result.addFile(str(folder / "tnapp.png"))
    return result

"""Choosing files the way the office expects: the dialogs open in the folder
used last (the user's Documents folder at first, kept in QSettings), and a
suggested name is in the user's language without diacritics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from tnapp.domain.text import file_stem
from tnapp.ui.i18n import settings

LAST_FOLDER_KEY = "files/last_folder"


def last_folder() -> Path:
    """Where the next file dialog opens."""
    saved = settings().value(LAST_FOLDER_KEY, "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(path: str | Path) -> None:
    chosen = Path(path)
    settings().setValue(LAST_FOLDER_KEY, str(chosen if chosen.is_dir() else chosen.parent))


def suggested_name(*parts: object, suffix: str) -> str:
    """``suggested_name(tr("tiến độ"), "2026-Q3", suffix=".pdf")`` → ``tien-do-2026-Q3.pdf``."""
    return file_stem(*parts) + suffix


def save_file(parent: QWidget | None, title: str, name: str, filters: str) -> tuple[str, str]:
    """Ask where to save ``name``; returns (path, chosen filter), path empty when cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(last_folder() / name), filters)
    if path:
        remember_folder(path)
    return path, chosen


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    if path:
        remember_folder(path)
    return path


def open_files(parent: QWidget | None, title: str, filters: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(last_folder()), filters)
    if paths:
        remember_folder(paths[0])
    return paths


def choose_folder(parent: QWidget | None, title: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, str(last_folder()))
    if folder:
        remember_folder(folder)
    return folder

"""The core's Vietnamese labels, shown through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tnapp.domain.labels import LabelledEnum


def tr_label(member: LabelledEnum) -> str:
    """``UnitKind.SCHOOL`` → "Trường học", or its translation in the chosen
    language (the context is the enum's class name, as marked in ``vocab.py``)."""
    return QCoreApplication.translate(type(member).__name__, member.label)

"""The core's Vietnamese labels, shown through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tnapp.domain.labels import LabelledEnum


def tr_label(member: LabelledEnum) -> str:
    """``UnitKind.SCHOOL`` → "Trường học", or its translation in the chosen
    language (the context is the enum's class name, as marked in ``vocab.py``)."""
    return QCoreApplication.translate(type(member).__name__, member.label)


def tr_setting_part(part: str) -> str:
    """A part of a dict setting value (``share`` → "tỷ lệ"), translated
    (context ``SettingPart``, marked in ``tnapp/domain/setting_rules.py``)."""
    from tnapp.domain.setting_rules import part_label

    return QCoreApplication.translate("SettingPart", part_label(part))


def tr_threshold_base(code: str) -> str:
    """``all_members`` → "tổng số thành viên", translated."""
    from tnapp.domain.setting_rules import BASE_LABELS

    return QCoreApplication.translate("SettingPart", BASE_LABELS.get(code, code))

"""The core's Vietnamese labels, shown through Qt's translation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tnapp.domain.labels import LabelledEnum

if TYPE_CHECKING:
    from tnapp.domain.setting_rules import SettingMeaning
    from tnapp.reports import ReportDef


def tr_label(member: LabelledEnum) -> str:
    """``UnitKind.SCHOOL`` → "Trường học", or its translation in the chosen
    language (the context is the enum's class name, as marked in ``vocab.py``)."""
    return QCoreApplication.translate(type(member).__name__, member.label)


def tr_rule_text(text: str) -> str:
    """A text of an award rule set (a criterion, a parameter, the set's name), translated
    (context ``RuleSet``, collected from ``resources/rules`` by tools/update_translations.py)."""
    return QCoreApplication.translate("RuleSet", text)


def tr_setting_part(part: str) -> str:
    """A part of a dict setting value (``share`` → "tỷ lệ"), translated
    (context ``SettingPart``, marked in ``tnapp/domain/setting_rules.py``)."""
    from tnapp.domain.setting_rules import part_label

    return QCoreApplication.translate("SettingPart", part_label(part))


def tr_threshold_base(code: str) -> str:
    """``all_members`` → "tổng số thành viên", translated."""
    from tnapp.domain.setting_rules import BASE_LABELS

    return QCoreApplication.translate("SettingPart", BASE_LABELS.get(code, code))


def tr_file_name(report: ReportDef) -> str:
    """A leadership report's file name before its period (``tiến độ``), translated
    (context ``ReportFile``, marked in ``tnapp/reports``)."""
    return QCoreApplication.translate("ReportFile", report.file_name)


def tr_report_text(text: str) -> str:
    """A leadership report's title or description as the catalogue lists it, translated
    (context ``ReportName``, collected from ``tnapp.reports.CATALOGUE``); the paper itself stays Vietnamese."""
    return QCoreApplication.translate("ReportName", text)


def tr_setting_meaning(meaning: SettingMeaning) -> str:
    """What a setting means, translated (context ``SettingMeaning``, marked in ``setting_rules.py``);
    its name comes from ``setting_rules.setting_name``."""
    return QCoreApplication.translate("SettingMeaning", meaning.meaning)

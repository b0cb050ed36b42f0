"""Vietnamese labels for the domain's vocabularies, marked for Qt translation.

The core may not import Qt, yet the GUI shows these labels through Qt's
translation. ``QT_TRANSLATE_NOOP`` is the standard Qt marker: it returns the
text unchanged and lets ``pyside6-lupdate`` collect it into the ``.ts`` files
under the given context. The GUI translates with
``QCoreApplication.translate(context, label)`` (see ``tnapp.ui.labels``); the
CLI and the documents use the Vietnamese text as is.
"""

from __future__ import annotations

from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, which lupdate looks for
    return text


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Vietnamese label.

    Members are declared as ``CODE = "value", QT_TRANSLATE_NOOP("Class", "Nhãn")``;
    the value is what the database and the JSON output store, the label is
    what people read. The translation context is the class name.
    """

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """The member whose value or Vietnamese label is ``text`` (case-insensitive)."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        raise ValueError(text)

"""The core's messages in the user's language, without Qt.

The core (services, domain rules) writes what a user reads in Vietnamese and
marks it::

    raise ValidationError(_("Kỳ báo cáo «{code}» không hợp lệ.", code=code))
    TITLE = N_("Năm")          # a constant: marked here, translated where shown with _(TITLE)

``_()`` returns the text in the language of the process, its named ``{fields}``
filled (named, so a translation may put them in another order). The language
is Vietnamese unless the GUI chooses English at start (:func:`set_language`);
the CLI stays Vietnamese. The English lives in ``resources/i18n/tnapp_en.ts``,
context ``core``, beside the GUI's: ``tools/update_translations.py`` collects
every ``_("…")``/``N_("…")`` of the core into it and translators fill it there.

Papers (``tnapp.reports``, ``tnapp.documents``) are legal documents and stay
Vietnamese whatever the language: any ``_()`` evaluated while one of their
functions is running returns the Vietnamese, so a period name or a tally
sentence they borrow from the domain cannot come out in English.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from functools import cache

from tnapp.paths import resources_dir

CONTEXT = "core"
LANGUAGES = ("vi", "en")
PAPER_PACKAGES = ("tnapp.reports", "tnapp.documents")

_language = "vi"


def set_language(language: str) -> None:
    """The language of the core's messages in this process ("vi" or "en")."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(language)
    _language = language


def language() -> str:
    return _language


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, Vietnamese) → ``language``, from ``resources/i18n/tnapp_<language>.ts``."""
    path = resources_dir() / "i18n" / f"tnapp_{language}.ts"
    if not path.is_file():
        return {}
    return {(context.findtext("name"), message.findtext("source")): message.findtext("translation")
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message") if (message.findtext("translation") or "").strip()}


def in_paper() -> bool:
    """Whether a paper's builder (``tnapp.reports``, ``tnapp.documents``) is running."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith(PAPER_PACKAGES):
            return True
        frame = frame.f_back
    return False


def translate(context: str, text: str) -> str:
    """``text`` of the .ts context ``context`` (a label marked with ``QT_TRANSLATE_NOOP``
    in the core, e.g. ``SettingName``) in the process's language."""
    if _language != "vi" and not in_paper():
        return catalogue(_language).get((context, text), text)
    return text


def _(text: str, /, **fields: object) -> str:
    """``text`` in the process's language, its ``{fields}`` filled."""
    if _language != "vi" and not in_paper():
        text = catalogue(_language).get((CONTEXT, text), text)
    return text.format(**fields) if fields else text


def N_(text: str, /) -> str:  # noqa: N802 - the usual gettext name
    """Marks a constant for translation; it is translated where shown, by ``_(constant)``."""
    return text


def label(member: object) -> str:
    """A vocabulary member's label (``ReportState.ACCEPTED`` → "Đã duyệt"), in the process's
    language: its .ts context is the enum's class name (``tnapp.domain.labels``)."""
    return translate(type(member).__name__, member.label)  # type: ignore[attr-defined]

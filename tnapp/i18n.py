"""The core's messages in the user's language, without Qt.

The core (services, domain rules) writes what a user reads in Vietnamese and
marks it::

    raise ValidationError(_("Kỳ báo cáo «{code}» không hợp lệ.", code=code))
    TITLE = N_("Năm")          # a constant: marked here, translated where shown with _(TITLE)

``_()`` returns the text in the language of the process, its named ``{fields}``
filled (named, so a translation may put them in another order). A count is
passed as ``n``: ``_("{n} người", n=count)`` — Vietnamese has one form, English
two ("1 person", "2 people"), kept as the message's numerus forms in the .ts
exactly as Qt keeps those of ``tr("{n} người", "", n)`` in the GUI. The language
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


# Which of a message's numerus forms a count takes, per language (Qt's order: singular, plural).
PLURAL_FORM = {"en": lambda n: 0 if n == 1 else 1}


def _translation(message: ET.Element) -> str | tuple[str, ...] | None:
    """A message's translation: its text, or its numerus forms (a message with a count)."""
    translation = message.find("translation")
    if translation is None:
        return None
    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
    if forms:
        return forms if all(form.strip() for form in forms) else None
    return translation.text if (translation.text or "").strip() else None


@cache
def catalogue(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, Vietnamese) → ``language`` (numerus forms for a message with a count), from
    ``resources/i18n/tnapp_<language>.ts``."""
    path = resources_dir() / "i18n" / f"tnapp_{language}.ts"
    if not path.is_file():
        return {}
    return {(context.findtext("name"), message.findtext("source")): found
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message") if (found := _translation(message))}


def in_paper() -> bool:
    """Whether a paper's builder (``tnapp.reports``, ``tnapp.documents``) is running."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith(PAPER_PACKAGES):
            return True
        frame = frame.f_back
    return False


def translate(context: str, text: str, n: int | None = None) -> str:
    """``text`` of the .ts context ``context`` (a label marked with ``QT_TRANSLATE_NOOP``
    in the core, e.g. ``SettingName``) in the process's language; ``n`` chooses the form
    of a message with a count."""
    if _language == "vi" or in_paper():
        return text
    found = catalogue(_language).get((context, text), text)
    if isinstance(found, tuple):
        return found[PLURAL_FORM[_language](n) if n is not None else -1]
    return found


def _(text: str, /, **fields: object) -> str:
    """``text`` in the process's language, its ``{fields}`` filled; a count named ``n``
    chooses between singular and plural where the language has them."""
    count = fields.get("n")
    text = translate(CONTEXT, text, count if isinstance(count, int) else None)
    return text.format(**fields) if fields else text


def N_(text: str, /) -> str:  # noqa: N802 - the usual gettext name
    """Marks a constant for translation; it is translated where shown, by ``_(constant)``."""
    return text


def label(member: object) -> str:
    """A vocabulary member's label (``ReportState.ACCEPTED`` → "Đã duyệt"), in the process's
    language: its .ts context is the enum's class name (``tnapp.domain.labels``)."""
    return translate(type(member).__name__, member.label)  # type: ignore[attr-defined]

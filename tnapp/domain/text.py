"""Text matching that forgives missing Vietnamese diacritics."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``"Nguyễn Đức"`` → ``"nguyen duc"``: for searching, never for display."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


# Characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def nfc(text: str) -> str:
    """Vietnamese text is stored composed (NFC), whatever the keyboard sent,
    without invisible characters and with single spaces."""
    return unicodedata.normalize("NFC", " ".join(text.translate(_INVISIBLE).split()))

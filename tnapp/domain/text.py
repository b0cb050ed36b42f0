"""Text matching that forgives missing Vietnamese diacritics."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``"Nguyễn Đức"`` → ``"nguyen duc"``: for searching, never for display."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def nfc(text: str) -> str:
    """Vietnamese text is stored composed (NFC), whatever the keyboard sent."""
    return unicodedata.normalize("NFC", " ".join(text.split()))

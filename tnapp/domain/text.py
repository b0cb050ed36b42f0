"""Text matching that forgives missing Vietnamese diacritics."""

from __future__ import annotations

import re
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


def file_stem(*parts: object) -> str:
    """A file name's stem without diacritics, in the words given: ``("tiến độ",
    "2026-Q3")`` → ``"tien-do-2026-Q3"`` (any computer, mail or USB stick takes it)."""
    text = " ".join(str(p) for p in parts if p not in (None, "")).replace("đ", "d").replace("Đ", "D")
    plain = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")


def position_and_unit(position: str | None, unit_name: str | None, own_name: str = "") -> str:
    """"Chức vụ, đơn vị" as a paper prints it: the position, then the unit unless
    it is the nominee itself (a collective) or the position already names it
    ("Trưởng phòng Văn hóa – Xã hội" of "Phòng Văn hóa – Xã hội"); a position ending with
    the unit's first words runs on into its name ("Giám đốc Trung tâm" of "Trung tâm Phục vụ
    hành chính công xã" → "Giám đốc Trung tâm Phục vụ hành chính công xã")."""
    position = position or ""
    if not unit_name or unit_name == own_name or unit_name.casefold() in position.casefold():
        return position
    if not position:
        return unit_name
    post, unit = position.split(), unit_name.split()
    for shared in range(min(len(post), len(unit) - 1), 0, -1):
        if [w.casefold() for w in post[-shared:]] == [w.casefold() for w in unit[:shared]]:
            return " ".join(post + unit[shared:])
    return f"{position}, {unit_name}"

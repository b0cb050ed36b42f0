"""Sorting people the Vietnamese way.

Lists of people are sorted by given name (the last word of the full name),
then by the rest (family and middle names), each in Vietnamese letter order
``a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y`` with tones
ordered ngang, huyền, hỏi, ngã, sắc, nặng.

Hand-written because the system's collation (locale ``vi_VN``) is missing on
most Windows/Linux installs and ICU bindings are a heavy native dependency for
one comparison; the rule is small and tested.
"""

from __future__ import annotations

import re
import unicodedata

from tnapp.domain.text import fold, nfc
from tnapp.i18n import N_

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
# Combining marks that make a distinct letter (breve, circumflex, horn)…
_LETTER_MARKS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}
# …and the five tone marks, in dictionary order after the level tone (0).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letter_keys(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(letters, tones) keys for one word; letters compare first, tones break ties."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch in _TONES:
            if tones:
                tones[-1] = _TONES[ch]
            continue
        if ch in _LETTER_MARKS and letters:
            base = _ALPHABET[letters[-1]] if letters[-1] < len(_ALPHABET) else ""
            marked = {"a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô",
                      "o\u031b": "ơ", "u\u031b": "ư"}.get(base + ch)
            if marked:
                letters[-1] = _RANK[marked]
            continue
        if ch == "đ":
            letters.append(_RANK["đ"])
        elif ch in _RANK:
            letters.append(_RANK[ch])
        elif ch.isalnum():
            letters.append(len(_ALPHABET) + ord(ch))  # foreign letters and digits after y
        else:
            continue
        tones.append(0)
    return tuple(letters), tuple(tones)


def vietnamese_key(text: str) -> tuple:
    """Sort key for any Vietnamese text in dictionary order, word by word."""
    words = text.split()
    return tuple(_letter_keys(w)[0] for w in words), tuple(_letter_keys(w)[1] for w in words)


def person_sort_key(full_name: str) -> tuple:
    """Given name first (the last word), then family and middle names."""
    words = full_name.split()
    if not words:
        return ((), ())
    return vietnamese_key(words[-1]), vietnamese_key(" ".join(words[:-1]))


# --- comparing names ---------------------------------------------------------------------------
#
# Names are compared as Vietnamese: the tone marks are letters (Hà, Hạ, Hả are
# three names), but how the text was typed is not — composed or decomposed
# (NFC/NFD), invisible characters (a zero-width space pasted from the web),
# odd or repeated spaces, the kind of dash, the case, and where the tone mark
# sits in a syllable (old "hóa, Thủy" and new "hoá, Thuỷ" placement). One
# rule for every import that matches a person, a unit or a column header.

_TONE_MARKS = frozenset(_TONES)
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")


def name_key(text: str) -> str:
    """The form two names are compared in: ``"Phạm  Thị Hà"``, ``"PHẠM THỊ HÀ"``
    and ``"Phạm Thị Ha\u0300"`` give one key, ``"Phạm Thị Hạ"`` another."""
    text = nfc(text).translate(_DASHES).replace("-", " - ").casefold()
    words = []
    for word in text.split():
        letters, tone = [], ""
        for ch in unicodedata.normalize("NFD", word):
            if ch in _TONE_MARKS:
                tone = ch  # one tone per syllable, wherever it was typed
            else:
                letters.append(ch)
        words.append(unicodedata.normalize("NFC", "".join(letters) + tone))
    return " ".join(words)


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def near_name(a: str, b: str) -> bool:
    """Two different names that are probably one mistyped: the same letters without tone
    marks or diacritics («có hát» / «có hạt», «nghéo» / «nghèo»), or one letter apart
    once those are dropped. Never merged silently (Hà ≠ Hạ): the user is asked."""
    if same_name(a, b):
        return False
    fa, fb = fold(a), fold(b)
    return fa == fb or (min(len(fa), len(fb)) >= 5 and _within_one_edit(fa, fb))


# Abbreviations in units' names, written out before comparing (case-sensitive:
# they are written in capitals), and the country's name the Front's title may omit.
UNIT_ABBREVIATIONS = {"MTTQVN": "Mặt trận Tổ quốc", "MTTQ": "Mặt trận Tổ quốc", "HĐND": "Hội đồng nhân dân",
                      "UBND": "Ủy ban nhân dân", "HTX": "Hợp tác xã", "CCB": "Cựu chiến binh",
                      "TNCS": "Thanh niên Cộng sản", "LHPN": "Liên hiệp Phụ nữ", "BCH": "Ban Chỉ huy"}
_ABBREVIATION = re.compile(r"(?<!\w)(" + "|".join(sorted(UNIT_ABBREVIATIONS, key=len, reverse=True))
                                         + r")(?!\w)")


def unit_key(text: str) -> str:
    """``name_key`` of a unit's name with its abbreviations written out:
    «Ủy ban MTTQ xã» and «Ủy ban Mặt trận Tổ quốc Việt Nam xã» give one key."""
    expanded = _ABBREVIATION.sub(lambda m: UNIT_ABBREVIATIONS[m.group(1)], nfc(text))
    return name_key(expanded).replace(name_key("Mặt trận Tổ quốc Việt Nam"), name_key("Mặt trận Tổ quốc"))


# --- text typed in a legacy encoding ----------------------------------------------------------
#
# Before Unicode, Vietnamese was typed with TCVN3 (ABC, fonts .VnTime) or VNI
# fonts; such text pasted into a Unicode file reads «NguyÔn V¨n B×nh» (TCVN3) or
# «Nguyeãn Vaên Bình» (VNI). Stored as it is, it becomes a new person nobody can
# find. It is recognised by what Vietnamese never contains: Latin-1 signs and
# letters outside the alphabet inside a word, a capital vowel inside a lower-case
# word (TCVN3), a mark byte after a, e, â, ê, ô (VNI).

_NOT_VIETNAMESE = "¡¢£¤¥¦§¨ª¬¯´¶¸º¼½¾¿÷ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ"
# Signs real text also writes after a word («…», 30°, m², ®, ×, µg): legacy only between two letters.
_BETWEEN_LETTERS = "«»°²³¹®©·×µ±"
_LEGACY = re.compile(
    rf"\w[{_NOT_VIETNAMESE}]|[{_NOT_VIETNAMESE}]\w|[^\W\d_][{_BETWEEN_LETTERS}][^\W\d_]"  # a foreign sign in a word
    r"|[a-zàáâãèéêìíòóôõùúý][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]"  # TCVN3: a capital vowel inside a lower-case word
    r"|[aeâêôAEÂÊÔ][àáâãèéêìíòóôõùúý]")  # VNI: a mark after the vowel it belongs to


def legacy_encoding(text: str) -> bool:
    """True when ``text`` looks typed in TCVN3 or VNI rather than Unicode."""
    return bool(_LEGACY.search(text))


LEGACY_MESSAGE = N_("«{text}» được gõ bằng bảng mã cũ (TCVN3/VNI), không phải Unicode; hãy chuyển mã tệp sang "
                    "Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi nhập lại")  # shown with _(LEGACY_MESSAGE, text=…)

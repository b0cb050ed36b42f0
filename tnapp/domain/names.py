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

import unicodedata

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

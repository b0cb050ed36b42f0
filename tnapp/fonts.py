"""The serif font used in documents (Decisions, lists, certificates).

Administrative documents in Vietnam are set in Times New Roman. Where the
system has it (Windows always does) TNApp uses it; otherwise it falls back to
the bundled Liberation Serif, which has the same metrics (so line breaks and
page counts match) and covers every Vietnamese letter.

No Qt here: the GUI loads :attr:`FontChoice.paths` into its own font database,
and the PDF exporters call :func:`register_reportlab_fonts`.
"""

from __future__ import annotations

import logging
import os
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tnapp.errors import TNAppError
from tnapp.paths import resources_dir

log = logging.getLogger("tnapp.fonts")

TIMES_FAMILY = "Times New Roman"
BUNDLED_FAMILY = "Liberation Serif"

FALLBACK_MESSAGE = (
    "Không tìm thấy phông Times New Roman; dùng phông Liberation Serif đi kèm "
    "(tương thích kích thước)."
)

# File names of the four faces (regular, bold, italic, bold italic) as each
# platform installs Times New Roman.
_TIMES_FILE_SETS: tuple[tuple[str, str, str, str], ...] = (
    # Windows, and the lower-case links of Debian's ttf-mscorefonts-installer.
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    # Debian/Ubuntu ttf-mscorefonts-installer.
    (
        "Times_New_Roman.ttf",
        "Times_New_Roman_Bold.ttf",
        "Times_New_Roman_Italic.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
    ),
    # macOS.
    (
        "Times New Roman.ttf",
        "Times New Roman Bold.ttf",
        "Times New Roman Italic.ttf",
        "Times New Roman Bold Italic.ttf",
    ),
)

_BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


def _vietnamese_letters() -> str:
    """Every precomposed Vietnamese letter: the 12 vowels with each of the
    five tone marks, the toneless ones, and đ/Đ (both cases)."""
    vowels = "aăâeêioôơuưy"
    letters = set(vowels + vowels.upper() + "đĐ")
    for v in vowels + vowels.upper():
        for tone in "\u0300\u0301\u0309\u0303\u0323":  # huyền sắc hỏi ngã nặng
            letters.add(unicodedata.normalize("NFC", v + tone))
    return "".join(sorted(letters))


VIETNAMESE_LETTERS = _vietnamese_letters()


@dataclass(frozen=True)
class FontChoice:
    """The document font: its family name and the files of its four faces."""

    family: str
    regular: Path
    bold: Path
    italic: Path
    bolditalic: Path
    bundled: bool
    message: str | None = None  # Vietnamese, set when falling back

    @property
    def paths(self) -> tuple[Path, Path, Path, Path]:
        return (self.regular, self.bold, self.italic, self.bolditalic)


def candidate_dirs() -> list[Path]:
    """Folders where a system Times New Roman may be, most likely first."""
    home = Path.home()
    if sys.platform == "win32":
        dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:  # fonts installed for the current user only
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    return [
        Path("/usr/share/fonts/truetype/msttcorefonts"),
        Path("/usr/share/fonts/truetype/ms-fonts"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/msttcore"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]


def bundled_dir() -> Path:
    return resources_dir() / "fonts"


@lru_cache(maxsize=None)
def _covers_vietnamese(path: str) -> bool:
    """True if the TrueType file parses and has a glyph for every Vietnamese
    letter (old Times New Roman releases lack the U+1EA0 block)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        cmap = TTFontFile(path).charToGlyph
    except Exception:  # unreadable or not a TrueType font
        return False
    return all(ord(c) in cmap for c in VIETNAMESE_LETTERS)


def _system_times() -> tuple[Path, Path, Path, Path] | None:
    for folder in candidate_dirs():
        for names in _TIMES_FILE_SETS:
            files = tuple(folder / n for n in names)
            if all(f.is_file() for f in files) and all(
                _covers_vietnamese(str(f)) for f in files
            ):
                return files  # type: ignore[return-value]
    return None


def _check_bundled(path: Path) -> None:
    """Raise a TNAppError unless ``path`` is a readable TrueType file."""
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise TNAppError(
            f"Thiếu hoặc không đọc được tệp phông đi kèm: {path} ({exc.strerror or exc}). "
            "Hãy cài đặt lại TNApp."
        ) from exc
    if magic not in (b"\x00\x01\x00\x00", b"true"):
        raise TNAppError(
            f"Tệp phông đi kèm bị hỏng (không phải phông TrueType): {path}. "
            "Hãy cài đặt lại TNApp."
        )


_warned = False


def document_font() -> FontChoice:
    """Times New Roman if the system has it, else the bundled Liberation Serif.

    The fallback is logged once per process as a warning; the returned choice
    carries the same Vietnamese message for the GUI to show.
    """
    global _warned
    system = _system_times()
    if system is not None:
        return FontChoice(TIMES_FAMILY, *system, bundled=False)

    folder = bundled_dir()
    files = tuple(folder / n for n in _BUNDLED_FILES)
    for f in files:
        _check_bundled(f)
    if not _warned:
        _warned = True
        log.warning(FALLBACK_MESSAGE)
    return FontChoice(BUNDLED_FAMILY, *files, bundled=True, message=FALLBACK_MESSAGE)


def register_reportlab_fonts(choice: FontChoice | None = None) -> str:
    """Register the document font's four faces with reportlab (once) and
    return the family name to use as ``fontName``: e.g. ``"TimesNewRoman"``
    with faces ``"TimesNewRoman-Bold"``, ``-Italic`` and ``-BoldItalic``;
    ``<b>``/``<i>`` in Paragraph markup pick the right face."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    choice = choice or document_font()
    family = choice.family.replace(" ", "")
    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    if all(n in pdfmetrics.getRegisteredFontNames() for n in names):
        return family
    for name, path in zip(names, choice.paths):
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise TNAppError(f"Không nạp được tệp phông {path}: {exc}") from exc
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    return family

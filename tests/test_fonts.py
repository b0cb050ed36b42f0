"""The document font: Times New Roman when present, bundled Liberation Serif otherwise."""

from __future__ import annotations

import logging
import shutil
import unicodedata
from pathlib import Path

import pytest

from tnapp import fonts
from tnapp.errors import TNAppError

SAMPLE = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Ủy ban nhân dân xã Thượng Ninh, huyện Như Xuân, tỉnh Thanh Hóa",
    "Quyết định khen thưởng: Lao động tiên tiến, Chiến sĩ thi đua cơ sở",
    "ăâđêôơư ĂÂĐÊÔƠƯ ỳýỷỹỵ ỲÝỶỸỴ",
]


@pytest.fixture
def no_system_times(monkeypatch, tmp_path):
    """No Times New Roman anywhere, and the once-per-process warning not yet said."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setattr(fonts, "candidate_dirs", lambda: [empty])
    monkeypatch.setattr(fonts, "_warned", False)


def test_vietnamese_letters_cover_the_unicode_block():
    block = {chr(c) for c in range(0x1EA0, 0x1EFA)}  # Ạ … ỹ
    assert block <= set(fonts.VIETNAMESE_LETTERS)
    assert set("àáảãạăâđêôơưĂÂĐÊÔƠƯ") <= set(fonts.VIETNAMESE_LETTERS)
    assert len(fonts.VIETNAMESE_LETTERS) == 12 * 2 * 6 + 2


@pytest.mark.parametrize("name", fonts._BUNDLED_FILES)
def test_bundled_faces_cover_vietnamese(name):
    from reportlab.pdfbase.ttfonts import TTFontFile

    cmap = TTFontFile(str(fonts.bundled_dir() / name)).charToGlyph
    missing = [c for c in fonts.VIETNAMESE_LETTERS if ord(c) not in cmap]
    assert missing == []
    assert (fonts.bundled_dir() / "LICENSE-LiberationSerif.txt").is_file()


def test_fallback_when_times_absent_warns_once(no_system_times, caplog):
    caplog.set_level(logging.WARNING, logger="tnapp.fonts")
    first = fonts.document_font()
    second = fonts.document_font()

    assert first == second
    assert first.bundled and first.family == "Liberation Serif"
    assert first.message and "Times New Roman" in first.message
    assert all(p.is_file() for p in first.paths)
    warnings = [r for r in caplog.records if r.name == "tnapp.fonts"]
    assert [r.getMessage() for r in warnings] == [fonts.FALLBACK_MESSAGE]


def test_system_times_preferred(monkeypatch, tmp_path):
    # Liberation Serif copied under the Windows file names stands in for Times.
    for src, dst in zip(fonts._BUNDLED_FILES, fonts._TIMES_FILE_SETS[0]):
        shutil.copy(fonts.bundled_dir() / src, tmp_path / dst)
    monkeypatch.setattr(fonts, "candidate_dirs", lambda: [tmp_path / "missing", tmp_path])

    choice = fonts.document_font()
    assert choice.family == "Times New Roman"
    assert not choice.bundled and choice.message is None
    assert choice.bold == tmp_path / "timesbd.ttf"


def test_unusable_system_times_is_skipped(monkeypatch, tmp_path, no_system_times):
    # A broken (or Vietnamese-less) Times must not be picked.
    for name in fonts._TIMES_FILE_SETS[1]:
        (tmp_path / name).write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "candidate_dirs", lambda: [tmp_path])
    assert fonts.document_font().bundled


def test_vietnamese_round_trips_through_pdf(no_system_times, tmp_path):
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    family = fonts.register_reportlab_fonts()
    assert fonts.register_reportlab_fonts() == family  # idempotent
    faces = [family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic"]
    assert set(faces) <= set(pdfmetrics.getRegisteredFontNames())

    out = tmp_path / "vi.pdf"
    pdf = canvas.Canvas(str(out), pagesize=A4)
    y = 800
    for i, line in enumerate(SAMPLE):
        pdf.setFont(faces[i % 4], 13)
        pdf.drawString(60, y, line)
        y -= 24
    pdf.save()

    text = PdfReader(str(out)).pages[0].extract_text()
    got = [unicodedata.normalize("NFC", s).strip() for s in text.splitlines() if s.strip()]
    assert got == [unicodedata.normalize("NFC", s) for s in SAMPLE]
    assert b"LiberationSerif" in out.read_bytes()  # embedded, not a base-14 font


def test_missing_bundled_file_is_a_tnapp_error(no_system_times, monkeypatch, tmp_path):
    partial = tmp_path / "fonts"
    partial.mkdir()
    shutil.copy(fonts.bundled_dir() / "LiberationSerif-Regular.ttf", partial)
    monkeypatch.setattr(fonts, "bundled_dir", lambda: partial)

    with pytest.raises(TNAppError) as err:
        fonts.document_font()
    assert "LiberationSerif-Bold.ttf" in str(err.value)
    assert "phông" in str(err.value)


def test_corrupt_bundled_file_is_a_tnapp_error(no_system_times, monkeypatch, tmp_path):
    broken = tmp_path / "fonts"
    shutil.copytree(fonts.bundled_dir(), broken)
    (broken / "LiberationSerif-Italic.ttf").write_bytes(b"<html>oops</html>")
    monkeypatch.setattr(fonts, "bundled_dir", lambda: broken)

    with pytest.raises(TNAppError, match="LiberationSerif-Italic.ttf"):
        fonts.document_font()


def test_no_qt_import():
    import subprocess
    import sys

    code = "import sys, tnapp.fonts; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent).returncode == 0

"""Take the user guide's pictures from the app itself, so they stay current.

    python tools/guide_pictures.py            # into resources/help/img/vi/ and img/en/
    python tools/guide_pictures.py --out DIR  # elsewhere (to look at them first)

Starts TNApp offscreen on a fresh copy of the demo (the commune and last
year's award cycle, as ``tnapp --demo`` opens it), once in each interface
language, opens each screen the guides (resources/help/huong-dan.html and
guide-en.html) describe in a 1366×768 window, and saves it as a small PNG
(scaled to the guides' width, 256 colours, highest compression) under
``img/LANGUAGE/NAME.png``. The first-year checklist is taken on a new database
as the first-run dialog makes it (its commune and the default titles). The
wheel and the PyInstaller build ship everything under resources/.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tnapp.domain.emulation_rules import NomineeType  # noqa: E402
from tnapp.domain.permissions import Actor  # noqa: E402
from tnapp.domain.vocab import Role  # noqa: E402
from tnapp.services.workspace import Workspace  # noqa: E402
from tnapp.ui.i18n import install_translators, remove_translators, use_vietnamese_locale  # noqa: E402
from tnapp.ui.main_window import MainWindow  # noqa: E402

WINDOW = (1366, 768)
WIDTH = 900  # the pictures' width in pixels: the guide's column, readable when enlarged
LANGUAGES = ("vi", "en")
OUT = ROOT / "resources" / "help" / "img"
SETTLE_MS = 300
ADMIN = Actor("quan-tri", Role.ADMIN)


def _select_row(view, proxy, wanted: Callable[[object], bool]) -> None:
    for row in range(proxy.rowCount()):
        if wanted(proxy.row_at(row)):
            view.selectionModel().select(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
            view.setCurrentIndex(proxy.index(row, 0))
            return


def _review(window: MainWindow) -> None:
    page = window.show_place("proposals", "review")
    review = page.review
    review.year.setCurrentIndex(review.year.findData(2025))
    review.kind.setCurrentIndex(review.kind.findData(NomineeType.PERSON))
    _select_row(review.view, review.proxy, lambda r: r.name == "Trần Văn Ân")


def _dashboard(window: MainWindow) -> None:
    window.show_place("indicators", "dashboard").dashboard.show_indicator("KT04")


def _entry(window: MainWindow) -> None:
    """A value the office marked for checking, far from the unit's past: ⚑, ⚠ and its history below."""
    page = window.show_area("reports")
    page.open_report(window.ws.units.by_code("T02").id, "2026-Q3")
    entry = page.entry
    row = next(i for i, line in enumerate(entry.model.lines) if line.code == "VH02")
    entry.grid.setCurrentIndex(entry.model.index(row, 0))


def _checks(window: MainWindow) -> None:
    page = window.show_area("reports")
    page.tabs.setCurrentWidget(page.quality)
    page.quality.show_period("2026-Q3")


def _awards(window: MainWindow) -> None:
    """The award history, a person chosen: their awards over the years beside the list."""
    awards = window.show_place("emulation", "awards").page("awards")
    _select_row(awards.table, awards.proxy, lambda r: r.nominee.name == "Trần Văn Ân")


def _proposals(window: MainWindow) -> None:
    """Last year's proposals (the demo's award cycle), each with its status."""
    window.show_place("proposals", "proposals").proposals.year.setValue(2025)


def _meeting(window: MainWindow) -> None:
    """Last year's meeting, closed and decided (the demo's award cycle): its papers and its decision."""
    council = window.show_area("council")
    [meeting] = window.ws.council.meetings(year=2025)
    view = council.open_meeting(meeting.id)
    view.tabs.setCurrentIndex(view.tabs.count() - 1)


def _document(code: str, year: int) -> Callable[[MainWindow], None]:
    def show(window: MainWindow) -> None:
        view = window.show_area("documents").view
        view.select_report(code)
        view.year.setValue(year)
        view.preview()
    return show


# name → how to bring its screen into view; the guides show them in this order
SHOTS: dict[str, Callable[[MainWindow], object]] = {
    "tong-quan": lambda w: w.show_area("overview"),
    "tong-quan-nam-dau": lambda w: w.show_area("overview"),  # on a new database (FIRST_YEAR)
    "danh-muc": lambda w: w.show_place("catalogue", "units"),
    "danh-muc-chi-tieu": lambda w: w.show_place("indicators", "catalogue"),
    "thi-dua": lambda w: w.show_place("emulation", "registrations"),
    "bao-cao-tong-hop": lambda w: w.show_place("reports", ""),
    "nhap-bao-cao": _entry,
    "tien-do": _dashboard,
    "kiem-tra-so-lieu": _checks,
    "binh-xet": _review,
    "de-nghi": _proposals,
    "hoi-dong": lambda w: w.show_place("council", "members"),
    "quyet-dinh": _meeting,
    "lich-su-khen-thuong": _awards,
    "van-ban": _document("progress", 2026),  # the year under way: the demo's 2025 holds no indicator figures
    "bieu-thong-ke": _document("bnv-0601", 2025),  # last year's movements
    "quan-tri": lambda w: w.show_area("admin"),
}
FIRST_YEAR = {"tong-quan-nam-dau"}


def save_small(image: QImage, path: Path) -> None:
    """``image`` at the guide's width, in 256 colours, compressed as far as PNG goes."""
    small = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    if not small.save(str(path), "PNG", 0):
        raise OSError(f"Không ghi được {path}")


def _open(path: Path, demo: bool) -> Workspace:
    ws = Workspace.open(path, ADMIN)
    if demo:  # as `tnapp --demo` opens it: the commune and last year's award cycle
        ws.seed.load_demo()
        ws.seed.load_demo_cycle()
    else:  # a commune's first day, as the first-run dialog leaves it: the commune and the default titles
        ws.commune.create("MOI", "Hòa Bình", "Ninh Bình")
        ws.seed.ensure_defaults()
    return ws


def _grab(app: QApplication, ws: Workspace, shots: list[str], out: Path) -> list[Path]:
    window = MainWindow(ws)
    window.resize(*WINDOW)
    window.show()
    written = []
    try:
        for name in shots:
            SHOTS[name](window)
            QTest.qWait(SETTLE_MS)  # the pages re-read, the PDF preview draws its pages
            path = out / f"{name}.png"
            save_small(window.grab().toImage(), path)
            written.append(path)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return written


def take(out: Path, names: list[str] | None = None, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Grab the screens ``names`` (all by default) in each language into ``out/LANGUAGE/``;
    returns the files written."""
    app = QApplication.instance() or QApplication(sys.argv)
    use_vietnamese_locale()
    names = names or list(SHOTS)
    written: list[Path] = []
    for language in languages:
        translators = install_translators(app, language)
        try:
            folder = out / language
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory() as temp:
                for demo, shots in ((True, [n for n in names if n not in FIRST_YEAR]),
                                    (False, [n for n in names if n in FIRST_YEAR])):
                    if shots:
                        ws = _open(Path(temp) / f"{'demo' if demo else 'moi'}.sqlite", demo)
                        try:
                            written += _grab(app, ws, shots, folder)
                        finally:
                            ws.close()
        finally:
            remove_translators(app, translators)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="thư mục ghi ảnh (mặc định resources/help/img)")
    args = parser.parse_args(argv)
    total = 0
    for path in take(args.out):
        size = path.stat().st_size
        total += size
        print(f"{path} ({size // 1024} KB)")
    print(f"Tổng cộng {total // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

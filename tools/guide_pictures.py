"""Take the user guide's pictures from the app itself, so they stay current.

    python tools/guide_pictures.py            # into resources/help/img/
    python tools/guide_pictures.py --out DIR  # elsewhere (to look at them first)

Starts TNApp offscreen on a fresh copy of the demo commune, opens each screen
the guide (resources/help/huong-dan.html) describes in a 1366×768 window, and
saves it as a small PNG (scaled to the guide's width, 256 colours, highest
compression). The guide refers to them as ``img/NAME.png``; the wheel and the
PyInstaller build ship everything under resources/.
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
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tnapp.domain.emulation_rules import NomineeType  # noqa: E402
from tnapp.domain.permissions import Actor  # noqa: E402
from tnapp.domain.vocab import Role  # noqa: E402
from tnapp.services.workspace import Workspace  # noqa: E402
from tnapp.ui.main_window import MainWindow  # noqa: E402

WINDOW = (1366, 768)
WIDTH = 900  # the pictures' width in pixels: the guide's column, readable when enlarged
OUT = ROOT / "resources" / "help" / "img"


def _review(window: MainWindow) -> None:
    page = window.show_area("proposals")
    page.show_place("review")
    review = page.review
    review.year.setCurrentIndex(review.year.findData(2025))
    review.kind.setCurrentIndex(review.kind.findData(NomineeType.PERSON))
    view = review.view
    for row in range(review.proxy.rowCount()):
        if review.proxy.row_at(row).name == "Trần Văn Ân":
            view.selectionModel().select(review.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
            break


def _dashboard(window: MainWindow) -> None:
    window.show_area("indicators").dashboard.show_indicator("KT04")


def _entry(window: MainWindow) -> None:
    page = window.show_area("reports")
    page.open_report(window.ws.units.by_code("PKT").id, "2026-Q3")


# name → how to bring its screen into view; the guide shows them in this order
SHOTS: dict[str, Callable[[MainWindow], object]] = {
    "tong-quan": lambda w: w.show_area("overview"),
    "bao-cao-tong-hop": lambda w: w.show_place("reports", ""),
    "nhap-bao-cao": _entry,
    "tien-do": _dashboard,
    "thi-dua": lambda w: w.show_place("emulation", "registrations"),
    "binh-xet": _review,
    "hoi-dong": lambda w: w.show_place("council", "members"),
    "van-ban": lambda w: w.show_area("documents"),
    "danh-muc": lambda w: w.show_place("catalogue", "units"),
    "quan-tri": lambda w: w.show_area("admin"),
}


def save_small(image: QImage, path: Path) -> None:
    """``image`` at the guide's width, in 256 colours, compressed as far as PNG goes."""
    small = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    if not small.save(str(path), "PNG", 0):
        raise OSError(f"Không ghi được {path}")


def take(out: Path, names: list[str] | None = None) -> list[Path]:
    """Grab the screens ``names`` (all by default) into ``out``; returns the files written."""
    app = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "demo.sqlite", Actor("quan-tri", Role.ADMIN))
        ws.seed.load_demo()
        window = MainWindow(ws)
        window.resize(*WINDOW)
        window.show()
        for name in names or list(SHOTS):
            SHOTS[name](window)
            for _ in range(3):  # the pages re-read after a change on the next turns of the loop
                app.processEvents()
            path = out / f"{name}.png"
            save_small(window.grab().toImage(), path)
            written.append(path)
        window.close()
        ws.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="thư mục ghi ảnh (mặc định resources/help/img)")
    args = parser.parse_args(argv)
    for path in take(args.out):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Startup benchmark: TNApp's first interactive window against a bare PySide6 window.

    python bench/startup.py [--runs 7] [--platform offscreen|xcb] [--json]

Each run is a fresh Python process (so imports count), timed by this script
from the start of the process until the first paint of the first window the
user can act in (for TNApp: the login dialog, or the main window where the
database has no accounts):

(a) bare:  PySide6 alone, an empty QMainWindow;
(b) tnapp: ``tnapp.ui.app.run()``, as ``tnapp --demo --db FILE`` starts:
    QApplication with icon, locale and translators, then the login dialog,
    ready for typing while the demo database (created beforehand with an
    administrator account, so seeding is not timed) is opened, quick-checked
    and backed up in a worker thread, which starts once the dialog is painted.

Prints both medians and the ratio tnapp/bare (the goal is at most 1.5), and
for TNApp when, inside the process, QApplication was up and the window first
painted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PRELUDE = """
import json, os, sys, time
T0 = time.perf_counter()
MARKS = {}
def mark(name):
    MARKS.setdefault(name, time.perf_counter() - T0)
"""

BARE = _PRELUDE + """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
mark("imports")


class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            print("PAINTED", flush=True)
            mark("window painted")
            print("MARKS " + json.dumps(MARKS), flush=True)
            os._exit(0)
        return False


app = QApplication(sys.argv[:1])
mark("qapplication")
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 720)
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""

# TNApp exactly as ``tnapp --demo --db FILE`` starts it (tnapp.ui.app.run); an
# application-wide filter notes the first paint of the login dialog (or main window).
TNAPP = _PRELUDE + """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            if type(obj.window()).__name__ == "MainWindow":  # no accounts: no login dialog
                done("window painted")
            if type(obj.window()).__name__ == "LoginDialog" and "window painted" not in MARKS:
                print("PAINTED", flush=True)
                mark("window painted")
        return False


def done(name):
    if "window painted" not in MARKS:
        print("PAINTED", flush=True)
    mark(name)
    print("MARKS " + json.dumps(MARKS), flush=True)
    os._exit(0)


app = QApplication(sys.argv[:1])  # run() reuses it
painted = Painted()
app.installEventFilter(painted)
mark("qapplication")
from tnapp.ui.app import run
from tnapp.ui.login import LoginDialog
LoginDialog.set_workspace = lambda dialog, ws: done("database ready")  # when signing in can go on
run(db=sys.argv[1], demo=True)
"""


def run_once(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Seconds from the start of the child to its window's first paint, and
    the child's own marks (TNApp's last: the database open behind the dialog)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    marks: dict[str, float] | None = None
    elapsed = 0.0
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - start
        if line.startswith("MARKS "):
            marks = json.loads(line[6:])
            break
    proc.wait(timeout=60)
    if marks is None:
        raise SystemExit(f"the child never painted its window:\n{proc.stderr.read() if proc.stderr else ''}")
    return elapsed, marks


def prepare_demo(folder: Path, env: dict[str, str]) -> Path:
    path = folder / "demo.sqlite"
    subprocess.run([sys.executable, "-c", "import sys; from tnapp.services.workspace import Workspace; "
                    "ws = Workspace.open(sys.argv[1]); ws.seed.load_demo(); "
                    "ws.accounts.create_first_admin('quantri', 'Quản trị', 'Mật-khẩu-đo-thời-gian-2026'); ws.close()",
                    str(path)],
                   env=env, check=True, cwd=ROOT)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (after one warm-up)")
    parser.add_argument("--platform", default=None,
                        help="Qt platform plugin (default: QT_QPA_PLATFORM, else xcb with a DISPLAY, else offscreen)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    platform = args.platform or os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY")
                                                                       else "offscreen")
    with tempfile.TemporaryDirectory(prefix="tnapp-bench-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM=platform, XDG_CONFIG_HOME=str(folder / "config"),
                   XDG_DATA_HOME=str(folder / "data"), APPDATA=str(folder / "config"),
                   LOCALAPPDATA=str(folder / "data"))
        env.pop("TNAPP_DB", None)
        demo = prepare_demo(folder, env)
        run_once(BARE, [], env)  # warm-up: file cache, bytecode
        run_once(TNAPP, [str(demo)], env)
        bare, tnapp, phases = [], [], []
        for _ in range(args.runs):  # interleaved, so drift affects both alike
            bare.append(run_once(BARE, [], env)[0])
            elapsed, marks = run_once(TNAPP, [str(demo)], env)
            tnapp.append(elapsed)
            phases.append(marks)
    result = {
        "platform": platform,
        "runs": args.runs,
        "bare_median_s": statistics.median(bare),
        "tnapp_median_s": statistics.median(tnapp),
        "ratio": statistics.median(tnapp) / statistics.median(bare),
        "tnapp_phases_median_s": _phase_medians(phases),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"platform {platform}, {args.runs} runs each, process start → first paint of the first interactive "
          "window (TNApp: the login dialog)")
    print(f"  bare PySide6 window : median {result['bare_median_s'] * 1000:7.0f} ms  "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"  TNApp login dialog  : median {result['tnapp_median_s'] * 1000:7.0f} ms  "
          f"(min {min(tnapp) * 1000:.0f}, max {max(tnapp) * 1000:.0f})")
    print(f"  ratio TNApp / bare  : {result['ratio']:.2f}  (goal ≤ 1.5)")
    print("  TNApp inside the process (median, ms after the child's first line):")
    previous = 0.0
    for name, at in result["tnapp_phases_median_s"].items():
        print(f"    {name:<13} +{(at - previous) * 1000:6.0f}  (at {at * 1000:.0f})")
        previous = at
    return 0


def _phase_medians(phases: list[dict[str, float]]) -> dict[str, float]:
    return {name: statistics.median(p[name] for p in phases) for name in phases[0]}


if __name__ == "__main__":
    sys.exit(main())

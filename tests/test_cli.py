"""The headless ``tnapp`` command: same services as the GUI, one-line Vietnamese
errors with exit status 2, and no Qt needed."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tnapp import __version__
from tnapp.cli import main
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.services.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "version") == (0, f"TNApp {__version__}\n", "")


def test_init_demo_then_units_and_people_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    code, out, _ = run(capsys, "--db", db, "init", "--demo")
    assert code == 0 and "Đã tạo cơ sở dữ liệu mới" in out and "28 đơn vị, 40 người, 27 chỉ tiêu" in out
    code, out, _ = run(capsys, "--db", db, "init", "--demo")
    assert code == 0 and "đã có sẵn" in out

    code, out, _ = run(capsys, "--db", db, "units", "--json")
    units = json.loads(out)
    assert code == 0 and len(units) == 28
    assert {"code": "UBND", "name": "Ủy ban nhân dân xã Thượng Ninh", "kind": "government"}.items() <= units[2].items()

    code, out, _ = run(capsys, "--db", db, "people", "--json", "--unit", "UBND")
    people = json.loads(out)
    assert [p["full_name"] for p in people] == ["Trịnh Văn Hòa", "Nguyễn Thị Thanh", "Lê Đức Tuấn"]
    assert people[0]["gender"] == "male" and people[0]["unit_code"] == "UBND"


def test_text_output_is_a_readable_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    run(capsys, "--db", db, "init", "--demo")
    code, out, _ = run(capsys, "--db", db, "people", "--search", "hung")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Họ và tên") and any("Nguyễn Văn Hùng" in line for line in lines)


def test_demo_flag_creates_the_demo_database_in_the_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--demo", "units", "--json")
    assert code == 0 and len(json.loads(out)) == 28


ARGPARSE_ENGLISH = re.compile(r"usage|error|argument|invalid|required|choose|unrecognized|expected|options|"
                              r"positional|show this help|ambiguous", re.IGNORECASE)


@pytest.mark.parametrize("argv, said", [
    (["--bogus"], "Lỗi: tham số không hợp lệ: --bogus. Xem «tnapp --help».\n"),
    (["units", "--jsn"], "Lỗi: tham số không hợp lệ: --jsn. Xem «tnapp --help».\n"),
    (["frobnicate"], "Lỗi: LỆNH: không có lựa chọn 'frobnicate' (chọn một trong: 'version', 'init', "),
    (["dossier"], "Lỗi: thiếu tham số bắt buộc: SỐ_ĐỀ_NGHỊ, -o/--output. Xem «tnapp dossier --help».\n"),
    (["user"], "Lỗi: thiếu tham số bắt buộc: VIỆC. Xem «tnapp user --help».\n"),
    (["user", "add", "van.thu", "--role", "sếp"], "Lỗi: --role: không có lựa chọn 'sếp' (chọn một trong: 'admin', "),
    (["proposals", "--year", "hai nghìn"],
     "Lỗi: --year: giá trị 'hai nghìn' không hợp lệ. Xem «tnapp proposals --help».\n"),
    (["--db"], "Lỗi: --db: cần một giá trị đi kèm. Xem «tnapp --help».\n"),
])
def test_bad_arguments_give_one_vietnamese_line_and_status_2(
        argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    err = capsys.readouterr().err
    assert caught.value.code == 2 and err.startswith(said) and err.count("\n") == 1
    assert not ARGPARSE_ENGLISH.search(err), err


@pytest.mark.parametrize("argv", [["--help"], ["dossier", "--help"], ["user", "-h"], ["indicators", "import", "-h"]])
def test_help_is_vietnamese(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    out = capsys.readouterr().out
    assert caught.value.code == 0 and out.startswith("Cách dùng: tnapp") and "-h, --help  " in out
    assert "in hướng dẫn này rồi thoát" in out and "tùy chọn:" in out
    assert not ARGPARSE_ENGLISH.search(out), ARGPARSE_ENGLISH.findall(out)


def test_argparse_speaks_english_again_outside_tnapp(capsys: pytest.CaptureFixture[str]) -> None:
    """Only TNApp's own parsers are Vietnamese: another parser in the process keeps argparse's words."""
    import argparse
    with pytest.raises(SystemExit):
        main(["frobnicate"])
    assert argparse.ArgumentParser(prog="khac").format_usage() == "usage: khac [-h]\n"


def test_a_non_database_file_gives_one_line_status_2_and_stays_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("ghi chú cuộc họp", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, out, err = run(capsys, "--db", str(path), "units", "--json")
    assert code == 2 and out == "" and err.count("\n") == 1 and "không phải là cơ sở dữ liệu TNApp" in err
    assert "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_unknown_unit_code_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    run(capsys, "--db", db, "init", "--demo")
    code, _, err = run(capsys, "--db", db, "people", "--unit", "KHONGCO")
    assert code == 2 and err == "Lỗi: Không có đơn vị mã «KHONGCO».\n"


def test_an_empty_database_says_how_to_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(tmp_path / "new.sqlite"), "init")[0] == 0
    code, _, err = run(capsys, "--db", str(tmp_path / "new.sqlite"), "units")
    assert code == 2 and "tnapp init --demo" in err


@pytest.mark.parametrize("typo", ["typo.sqlite", "Xã #1 50%/db.sqlite", "khong co/thu muc/db.sqlite"])
@pytest.mark.parametrize("command", [["units"], ["people"], ["backup"], ["restore", "x.sqlite"], ["user", "list"]])
def test_a_mistyped_database_path_is_refused_and_nothing_is_created(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], typo: str, command: list[str]) -> None:
    path = tmp_path / typo
    code, out, err = run(capsys, "--db", str(path), *command)
    assert code == 2 and out == ""
    assert err == (f"Lỗi: Không tìm thấy cơ sở dữ liệu «{path}». Kiểm tra lại đường dẫn, hoặc dùng "
                   f"«tnapp --db \"{path}\" init» để tạo mới.\n")
    assert list(tmp_path.iterdir()) == [], "nothing created"
    code, out, _ = run(capsys, "--db", str(path), "init")  # init still creates it
    assert code == 0 and "Đã tạo cơ sở dữ liệu mới" in out and path.is_file()


@pytest.fixture(scope="module")
def cycle_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo commune with its award cycle (meeting, proposals, decisions), as ``init --demo`` makes it."""
    path = tmp_path_factory.mktemp("chu ky #1") / "demo.sqlite"
    with Workspace.open(path, Actor("quan-tri", Role.ADMIN)) as ws:
        ws.seed.load_demo()
        ws.seed.load_demo_cycle()
    return str(path)


@pytest.mark.parametrize("command", [["tally", "1"], ["proposals"], ["award-history"], ["registrations"]])
def test_listings_name_the_award_titles_and_keep_the_codes_for_json(
        cycle_db: str, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, "--db", cycle_db, *command)
    _, as_json, _ = run(capsys, "--db", cycle_db, *command, "--json")
    data = json.loads(as_json)
    rows = data["proposals"] if isinstance(data, dict) else data
    codes = {r["title_code"] for r in rows}
    names = {r.get("title_name") or r["title"] for r in rows}
    assert code == 0 and codes and names
    assert not codes & set(out.split()), f"codes printed: {sorted(codes & set(out.split()))}"
    assert all(name in out for name in names)


def test_registrations_export_says_where_it_wrote_how_many(
        cycle_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "Đăng ký #1 50%.xlsx"
    code, out, err = run(capsys, "--db", cycle_db, "registrations", "--year", "2026", "--export", str(target))
    rows = out.splitlines()[2:]  # after the confirmation and the table's header
    assert code == 0 and err == "" and target.is_file() and rows
    assert out.splitlines()[0] == f"Đã ghi {len(rows)} đăng ký thi đua vào {target}"

    target.unlink()
    code, out, err = run(capsys, "--db", cycle_db, "registrations", "--year", "2026", "--export", str(target),
                         "--json")
    assert code == 0 and target.is_file() and len(json.loads(out)) == len(rows), "standard output stays JSON"
    assert err == f"Đã ghi {len(rows)} đăng ký thi đua vào {target}\n"


BLOCK_QT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not installed here')
sys.meta_path.insert(0, BlockQt())
from tnapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_headless_commands_work_where_qt_cannot_be_imported(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    init = subprocess.run([sys.executable, "-c", BLOCK_QT, "--db", db, "init", "--demo"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert init.returncode == 0, init.stderr
    units = subprocess.run([sys.executable, "-c", BLOCK_QT, "--db", db, "units", "--json"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert units.returncode == 0 and len(json.loads(units.stdout)) == 28
    gui = subprocess.run([sys.executable, "-c", BLOCK_QT, "--db", db],
                         capture_output=True, text=True, env=env, timeout=120)
    assert gui.returncode == 2 and gui.stderr.startswith("Lỗi: Không mở được giao diện vì thiếu thư viện Qt")


def test_the_core_imports_no_qt() -> None:
    """Every module outside tnapp.ui imports without pulling in Qt."""
    code = (
        "import pkgutil, importlib, sys, tnapp\n"
        "for m in pkgutil.walk_packages(tnapp.__path__, 'tnapp.'):\n"
        "    if m.name.startswith('tnapp.ui') or m.name == 'tnapp.__main__': continue\n"
        "    importlib.import_module(m.name)\n"
        "qt = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("code_page", ["cp1258", "cp1252"])
def test_the_output_is_utf8_whatever_the_console_code_page(tmp_path: Path, code_page: str) -> None:
    """A Windows console in cp1258/cp1252: ``units --json > f`` still writes
    every Vietnamese letter (cp1252 has no «ư», «ạ»…), as UTF-8, with status 0;
    an error line is UTF-8 too; a password piped as UTF-8 is read as UTF-8."""
    db = str(tmp_path / "Xã #1" / "demo.sqlite")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "PYTHONIOENCODING": code_page}
    env.pop("PYTHONUTF8", None)

    def tnapp(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tnapp", "--db", db, *args], input=stdin,
                              capture_output=True, env=env, timeout=120)

    (tmp_path / "Xã #1").mkdir()
    assert tnapp("init", "--demo").returncode == 0
    out_file = tmp_path / "units.json"
    with out_file.open("wb") as handle:
        units = subprocess.run([sys.executable, "-m", "tnapp", "--db", db, "units", "--json"], stdout=handle,
                               stderr=subprocess.PIPE, env=env, timeout=120)
    assert units.returncode == 0, units.stderr.decode("utf-8", "replace")
    names = [u["name"] for u in json.loads(out_file.read_bytes().decode("utf-8"))]
    assert len(names) == 28 and "Ủy ban nhân dân xã Thượng Ninh" in names
    wrong = tnapp("people", "--unit", "KHÔNGCÓ")
    assert wrong.returncode == 2 and wrong.stderr.decode("utf-8") == "Lỗi: Không có đơn vị mã «KHÔNGCÓ».\n"

    password = "Mật-khẩu-Thượng-Ninh-2026"
    added = tnapp("user", "add", "van.thu", "--role", "office", "--name", "Văn Thư",
                  stdin=password.encode("utf-8") + b"\r\n")
    assert added.returncode == 0, added.stderr.decode("utf-8")
    from tnapp.domain.permissions import Actor
    from tnapp.domain.vocab import Role
    from tnapp.services.workspace import Workspace
    with Workspace.open(Path(db), Actor("quan-tri", Role.ADMIN)) as ws:
        assert ws.accounts.authenticate("van.thu", password).username == "van.thu"
    garbled = tnapp("user", "reset", "van.thu", stdin="Mât-khâu-2026-ANSI\n".encode(code_page))
    assert garbled.returncode == 2 and "UTF-8" in garbled.stderr.decode("utf-8")


def test_eligibility_names_each_title_and_keeps_codes_for_json(cycle_db: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", cycle_db, "eligibility", "--year", "2025")
    table = out[out.index("Đối tượng"):]
    header = table.splitlines()[0]
    assert code == 0 and "Danh hiệu, hình thức khen thưởng" in header and "Kết quả" in header
    codes = {"LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "GK", "GK_TT", "GK_HGD", "GDVH", "TVH", "BKT", "BKT_TT", "CSTDT"}
    assert not codes & set(table.split())  # no title code anywhere in the table, headings included
    assert "Tập thể lao động tiên tiến" in table and "Chiến sĩ thi đua cơ sở" in table
    assert "Không đủ điều kiện" in table
    code, out, _ = run(capsys, "--db", cycle_db, "eligibility", "--year", "2025", "--eligible")
    assert code == 0 and "Đủ điều kiện" in out and "Không đủ điều kiện" not in out
    code, out, _ = run(capsys, "--db", cycle_db, "eligibility", "--year", "2025", "--json")
    assert code == 0 and {v["title"] for v in json.loads(out)["verdicts"]} & codes

"""The leadership reports on the demo commune (SQLite and PostgreSQL): each
builds a correct document, prints to PDF/Word and exports its tables to Excel;
the figures of the reviews follow the indicators' aggregation."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tnapp.cli import main
from tnapp.documents.model import Percent, Table
from tnapp.documents.pdf import render_pdf
from tnapp.domain.periods import Period
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import Aggregation, DocumentKind
from tnapp.errors import NotFoundError, ValidationError
from tnapp.models import AwardRecord, AwardTitle, Person, Unit
from tnapp.paths import seed_dir
from tnapp.reports import CATALOGUE
from tnapp.reports.review import unit_narratives
from tnapp.services.workspace import Workspace

DAY = dt.date(2026, 11, 26)
DEMO_REPORTS = seed_dir() / "demo" / "reports.json"


def pdf_text(ws: Workspace, code: str, period: str | None = None) -> str:
    buffer = io.BytesIO()
    render_pdf(ws.reports.build(code, 2026, period, DAY), buffer)
    return "\n".join(p.extract_text() for p in PdfReader(buffer).pages)


def tables(doc) -> list[Table]:
    return [b for b in doc.body if isinstance(b, Table)]


def test_catalogue_lists_every_report_with_parameters(demo_ws: Workspace) -> None:
    codes = [r.code for r in demo_ws.reports.list()]
    assert codes == ["units-people", "completeness", "awards-stats", "so-ket", "tong-ket", "progress",
                     "bnv-0601", "bnv-0602", "bnv-0603", "bnv-0604", "bnv-0605"]
    assert all(r.title and r.parameters[0] == "year" for r in CATALOGUE)
    with pytest.raises(NotFoundError, match="Không có báo cáo «khong-co»"):
        demo_ws.reports.build("khong-co", 2026)
    with pytest.raises(ValidationError, match="Kỳ Quý I/2025 không thuộc năm 2026"):
        demo_ws.reports.build("completeness", 2026, "2025-Q1")
    with pytest.raises(ValidationError, match="không hợp lệ"):
        demo_ws.reports.build("completeness", 2026, "2026-Q7")


def test_every_report_prints_with_the_common_header_and_signature(demo_ws: Workspace) -> None:
    for report in CATALOGUE:
        if report.code.startswith("bnv-"):  # the statistics forms: their own layout (tests/test_stat_forms.py)
            continue
        doc = demo_ws.reports.build(report.code, 2026, None, DAY)
        assert doc.kind is DocumentKind.REPORT and doc.number_line.endswith("/BC-UBND")
        text = pdf_text(demo_ws, report.code)
        for part in ("ỦY BAN NHÂN DÂN", "XÃ THƯỢNG NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Thượng Ninh, ngày 26 tháng 11 năm 2026", "BÁO CÁO",
                     "DỮ LIỆU MẪU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Đức Tuấn", "Nơi nhận:"):
            assert part in text, (report.code, part)


def test_units_people_lists_people_in_vietnamese_order(demo_ws: Workspace) -> None:
    doc = demo_ws.reports.build("units-people", 2026, on=DAY)
    units, people = tables(doc)
    assert len(units.rows) == 28 + 1 and units.rows[-1][-1] == 40
    names = [row[1] for row in people.rows]
    assert names == [p.full_name for p in demo_ws.people.list()] and len(names) == 40
    word = docx.Document(io.BytesIO(_docx_bytes(doc)))
    assert [c.text for c in word.tables[2].rows[1].cells][1] == names[0]


def test_completeness_uses_the_reporting_rule(demo_ws: Workspace) -> None:
    doc = demo_ws.reports.build("completeness", 2026, "Q3", DAY)
    status = demo_ws.reporting.status("2026-Q3", today=DAY)
    table, year = tables(doc)
    assert [row[1] for row in table.rows] == [s.unit_name for s in status]
    text = pdf_text(demo_ws, "completeness", "2026-Q3")
    assert f"có {len(status)} đơn vị phải báo cáo" in text and "Thôn Tây Sơn: quá hạn 47 ngày" in text
    # The year so far, counted by hand from the demo: Q1 15 units, Q2 15 + the health station's first half,
    # Q3 16 (Tân Tiến joined); sent: 15 + 15 + the 8 submitted in Q3; Nam Thượng sent Q2 twelve days late.
    assert year.rows[-1][1:5] == ("Cộng", 47, 38, 37)
    assert ("Thôn Nam Thượng", 3, 3, 2) in [row[1:5] for row in year.rows]
    flat = " ".join(text.split())
    assert "đã gửi 38 báo cáo (80,9%), trong đó 37 báo cáo gửi đúng hạn" in flat
    assert "4 đơn vị chưa có kỳ báo cáo nào đến hạn (Ban Chỉ huy Quân sự xã, Trường Mầm non" in flat  # yearly only
    assert demo_ws.reports.build("completeness", 2026, None, DAY).summary.endswith("Quý III/2026 của các đơn vị")


def test_awards_stats_with_no_records_then_with_records(demo_ws: Workspace) -> None:
    empty = demo_ws.reports.build("awards-stats", 2026, on=DAY)
    by_title, by_unit, by_gender, years_before = tables(empty)
    assert by_title.rows == (("", "Tổng cộng", 0, 0, 0, 0, 0),) and by_unit.rows[-1][-1] == 0
    assert "chưa có lượt khen thưởng nào" in pdf_text(demo_ws, "awards-stats")

    with demo_ws.read() as session:
        titles = {t.code: t.id for t in session.query(AwardTitle)}
        woman = session.query(Person).filter(Person.full_name == "Phạm Thị Hằng").one()
        man = session.query(Person).filter(Person.full_name == "Lê Đức Tuấn").one()
        village = session.query(Unit).filter(Unit.code == "T01").one()
        woman_unit = woman.unit.name
    with demo_ws.write(Permission.EDIT_EMULATION) as session:
        session.add_all([
            AwardRecord(title_id=titles["LDTT"], year=2026, person_id=woman.id, amount=710000),
            AwardRecord(title_id=titles["LDTT"], year=2026, person_id=man.id, amount=710000),
            AwardRecord(title_id=titles["CSTDCS"], year=2026, person_id=woman.id, amount=2340000),
            AwardRecord(title_id=titles["TVH"], year=2026, collective_id=village.id, amount=3510000),
            AwardRecord(title_id=titles["LDTT"], year=2025, person_id=man.id, amount=540000),
        ])
    doc = demo_ws.reports.build("awards-stats", 2026, on=DAY)
    by_title, by_unit, by_gender, by_year = tables(doc)
    assert by_title.rows == (
        (1, "Lao động tiên tiến", 2, 0, 0, 2, 1420000), (2, "Chiến sĩ thi đua cơ sở", 1, 0, 0, 1, 2340000),
        (3, "Thôn văn hóa", 0, 1, 0, 1, 3510000), ("", "Tổng cộng", 3, 1, 0, 4, 7270000))
    assert (woman_unit, 2) in {(r[1], r[-1]) for r in by_unit.rows} and by_unit.rows[-1][-1] == 4
    assert by_gender.rows[-1] == ("", "Tổng cộng", 1, 2, 3, Percent.of(2, 3))  # printed 66,7%, a number in Excel
    # the five-year table adds this year's 4 and last year's 1 to the demo's award history
    assert [after[4] - before[4] for after, before in zip(by_year.rows, years_before.rows)] == [0, 0, 0, 1, 4]
    text = pdf_text(demo_ws, "awards-stats")
    assert "4 lượt khen thưởng" in text and "7.270.000 đ" in text and "66,7%" in text


def test_review_figures_follow_each_indicators_aggregation(demo_ws: Workspace) -> None:
    reports = json.loads(DEMO_REPORTS.read_text(encoding="utf-8"))
    done = [r for r in reports if r["state"] in ("submitted", "accepted")]

    def sent(period: str, code: str) -> list[float]:
        return [r["values"][code] for r in done if r["period"] == period and code in r["values"]]

    h1 = {f.code: f for f in demo_ws.progress.compute(2026, "2026-H1").indicators}
    assert h1["KT03"].aggregation is Aggregation.SUM and str(h1["KT03"].as_of) == "2026-Q2"
    assert h1["KT03"].actual == pytest.approx(sum(sent("2026-Q2", "KT03")))
    assert h1["KT03"].reported == len(sent("2026-Q2", "KT03")) and h1["KT03"].expected == 9
    assert h1["KT03"].target == 9850 and h1["KT03"].baseline == 9800
    assert h1["KT01"].actual is None and h1["KT01"].as_of is None and h1["KT01"].target == 12.0  # yearly
    year = {f.code: f for f in demo_ws.progress.compute(2026, "2026").indicators}
    # Q3 is still missing 4 of its 10 villages: the figure stays at Q2 (complete), Q3 is kept apart
    assert str(year["VH02"].as_of) == "2026-Q2" and year["VH02"].actual == sum(sent("2026-Q2", "VH02"))
    assert str(year["VH02"].partial.period) == "2026-Q3" and year["VH02"].partial.value == sum(sent("2026-Q3", "VH02"))
    assert year["VH02"].partial_expected == 10  # T10 joined in Q3


def test_so_ket_and_tong_ket_compile_figures_and_narratives(demo_ws: Workspace) -> None:
    so_ket = demo_ws.reports.build("so-ket", 2026, on=DAY)
    # the demo's yearly movement, named inside the sentence without repeating its year
    assert so_ket.summary.startswith("Sơ kết phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - "
                                     "xã hội xã Thượng Ninh 6 tháng đầu năm 2026, phương hướng")
    figures = list(so_ket.tables())[0]
    assert so_ket.annexes and figures.rows[0][:2] == ("A", "KINH TẾ")  # the tables are annexed, not in the text
    text = " ".join(pdf_text(demo_ws, "so-ket").split())  # the annexed table wraps its cells
    assert "Tổng sản lượng lương thực có hạt" in text and "Đến Quý II/2026" in text
    assert "Thôn Đông Hòa (theo báo cáo Quý II/2026)" in text and "Khó khăn, vướng mắc:" in text
    tong_ket = " ".join(pdf_text(demo_ws, "tong-ket").split())
    assert "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027" in tong_ket and "Chỉ tiêu chủ yếu năm 2027" in tong_ket
    assert "Đến Quý III/2026" in tong_ket


def test_the_reviews_count_the_units_that_reported_by_the_rule_their_figures_use(demo_ws: Workspace) -> None:
    """A unit counts as having reported when it sent a report within the review period (a quarter's report
    counts for the year) — the reports the figures and section II use; page 1 carries text, not a blank."""
    for code, period in (("tong-ket", "2026"), ("so-ket", "2026-H1")):
        coverage = demo_ws.reporting.coverage(period)
        narratives = unit_narratives(demo_ws, Period.parse(period))
        assert len(coverage.sent) == len(narratives) > 0
        assert {n.unit_name for n in narratives} == set(coverage.sent)
        text = " ".join(pdf_text(demo_ws, code).split())
        assert f"{len(coverage.expected)} đơn vị phải báo cáo các chỉ tiêu; {len(coverage.sent)} đơn vị đã gửi" in text
        assert "đã gửi 0 đơn vị" not in text
        first = demo_ws.reports.build(code, 2026, None, DAY)
        assert not any(isinstance(b, Table) for b in first.body)  # no wide table pushing page 1's text away


def test_excel_versions_have_the_reports_tables(demo_ws: Workspace, tmp_path: Path) -> None:
    path = demo_ws.reports.export("completeness", tmp_path / "ht.xlsx", 2026, "2026-Q3", DAY)
    book = load_workbook(path)
    assert book.sheetnames == ["Tình hình báo cáo", "Biểu đồ", "Đúng hạn cả năm"]
    assert [c.value for c in book["Đúng hạn cả năm"][book["Đúng hạn cả năm"].max_row]][1:5] == ["Cộng", 47, 38, 37]
    sheet = book["Tình hình báo cáo"]
    assert [c.value for c in sheet[3]] == ["STT", "Đơn vị", "Tình trạng", "Hạn nộp", "Ghi chú"]
    assert sheet.max_row == 3 + len(demo_ws.reporting.status("2026-Q3", today=DAY))
    book = load_workbook(demo_ws.reports.export("tong-ket", tmp_path / "tk.xlsx", 2026, on=DAY))
    assert book.sheetnames == ["Chỉ tiêu", "Kế hoạch năm sau"]


def test_cli_lists_and_writes_reports(sqlite_demo: Workspace, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = sqlite_demo.location
    assert main(["--db", db, "report", "LIST"]) == 0
    out = capsys.readouterr().out
    assert "tong-ket" in out and "Tổng kết năm phong trào thi đua" in out and "--period" in out
    out_dir = tmp_path / "ket-qua"
    out_dir.mkdir()
    for suffix in (".pdf", ".docx", ".xlsx"):
        target = out_dir / f"so-ket{suffix}"
        assert main(["--db", db, "report", "so-ket", "--year", "2026", "-o", str(target)]) == 0
        assert target.stat().st_size > 1000
    assert sorted(p.name for p in out_dir.iterdir()) == ["so-ket.docx", "so-ket.pdf", "so-ket.xlsx"]
    capsys.readouterr()
    blocker = out_dir / "so-ket.pdf"
    assert main(["--db", db, "report", "completeness", "--year", "2026", "--period", "2026-Q3",
                 "-o", str(blocker / "x.pdf")]) == 2
    assert "Không ghi được tệp" in capsys.readouterr().err
    assert main(["--db", db, "report", "tong-ket", "-o", str(tmp_path / "x.odt")]) == 2
    assert ".pdf, .docx hoặc .xlsx" in capsys.readouterr().err


def _docx_bytes(doc) -> bytes:
    from tnapp.documents.docx import render_docx
    buffer = io.BytesIO()
    render_docx(doc, buffer)
    return buffer.getvalue()


def test_a_report_can_carry_a_number_from_the_register(demo_ws: Workspace) -> None:
    number = demo_ws.documents.reserve(DocumentKind.REPORT, "Báo cáo tổng kết năm 2026", year=2026)
    doc = demo_ws.reports.build("tong-ket", 2026, on=DAY, number_id=number.id)
    assert doc.number_line == "Số: 01/BC-UBND"
    wrong = demo_ws.documents.reserve(DocumentKind.DECISION, "Quyết định", year=2026)
    with pytest.raises(ValidationError, match="không dùng được"):
        demo_ws.reports.build("tong-ket", 2026, on=DAY, number_id=wrong.id)


def _lines(doc) -> list[tuple[int, str, float, float]]:
    """(page, text, x, y) of each printed line of ``doc``'s PDF."""
    buffer = io.BytesIO()
    render_pdf(doc, buffer)
    found = []
    for n, page in enumerate(PdfReader(buffer).pages):
        def visit(text, cm, tm, font, size, n=n):
            if text.strip():
                found.append((n, text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))
        page.extract_text(visitor_text=visit)
    return found


def _line(lines, start: str) -> tuple[int, str, float, float]:
    return next(line for line in lines if line[1].startswith(start))


def test_dossier_attachments_sign_without_noi_nhan_and_reports_have_two_signers(sqlite_demo: Workspace) -> None:
    from test_proposals_service import pick, walk_to_dossier

    from tnapp.domain.eligibility import VerdictKind
    from tnapp.domain.emulation_rules import NomineeType
    from tnapp.reports import dossier
    state = walk_to_dossier(sqlite_demo, pick(sqlite_demo, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 2))
    docs = dossier.documents(dossier.load(sqlite_demo, state.proposal_id))
    texts = {stem: " ".join(line[1] for line in _lines(doc)) for stem, doc in docs}
    assert "Nơi nhận:" in texts["01-to-trinh"] and "- Lưu: VT." in texts["01-to-trinh"]  # a dispatched Tờ trình
    assert "năm 2025 cho 02 cá nhân có thành tích" in " ".join(texts["01-to-trinh"].split())  # each kind named
    assert "02 cá nhân" in texts["02-danh-sach"] and "cá nhân, tập thể" not in texts["02-danh-sach"]
    assert "Nơi nhận" not in texts["02-danh-sach"] and "Lưu: VT" not in texts["02-danh-sach"]
    assert "TM. ỦY BAN NHÂN DÂN" in texts["02-danh-sach"]
    stem, report = docs[2]
    lines = _lines(report)
    reporter = _line(lines, "NGƯỜI BÁO CÁO THÀNH TÍCH")
    confirmer = next(line for line in lines if line[1].startswith(("THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN CỦA")))
    assert abs(reporter[3] - confirmer[3]) < 2 and confirmer[2] < reporter[2]  # side by side, confirmer left
    assert "Nơi nhận" not in texts[stem] and "Xác nhận của thủ trưởng đơn vị: …" not in texts[stem]


def test_the_decision_is_signed_before_its_annexed_list(tmp_path: Path) -> None:
    from council_fixtures import ADMIN, SECRETARY
    from test_council_service import _closed_meeting

    from tnapp.reports import council_docs
    path = tmp_path / "council.sqlite"
    admin = Workspace.open(path, ADMIN)
    admin.seed.load_demo()
    admin.close()
    sec = Workspace.open(path, SECRETARY)
    try:
        meeting = _closed_meeting(sec)
        sec.council.draft_decision(meeting, on_date=dt.date(2026, 12, 20))
        lines = _lines(council_docs.build_decision(sec, meeting))
        minutes = _lines(council_docs.build_minutes(sec, meeting))
    finally:
        sec.close()
    # the chairman's own decision: "CHỦ TỊCH" alone, no "TM." (NĐ 30/2020)
    signature, annex = next(line for line in lines if line[1] == "CHỦ TỊCH"), _line(lines, "DANH SÁCH KHEN THƯỞNG")
    assert not any(line[1].startswith(("TM.", "KT.")) for line in lines)
    article3, awardee = _line(lines, "Điều 3."), _line(lines, "Nguyễn Văn Đức")
    assert article3[0] <= signature[0] < annex[0] <= awardee[0] and _line(lines, "Nơi nhận:")[0] == signature[0]
    assert _line(lines, "(Kèm theo Quyết định số")[0] == annex[0]
    secretary, chair = _line(minutes, "THƯ KÝ"), _line(minutes, "CHỦ TỌA")
    assert abs(secretary[3] - chair[3]) < 2 and secretary[2] < chair[2]
    assert not any(line[1] == "THƯ KÝ HỘI ĐỒNG" for line in minutes)  # no longer a paragraph before the signature

"""The council's papers as the office receives them: the Giấy công nhận of
«Gia đình văn hóa» and «Thôn văn hóa» signed by the commune chairman whose
decision lists them, the count record and the minutes numbered in the
council's own series (stable across reprints), and ``council-docs`` saying
what it wrote and what it left out, and why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from council_fixtures import open_meeting, submit_proposals
from tnapp.domain.recognition_papers import recognition_paper
from tnapp.domain.vocab import DocumentKind, MeetingState
from tnapp import i18n
from tnapp.reports import council_docs
from tnapp.services import council_papers
from tnapp.reports.certificates import write_recognitions
from tnapp.services.council import TallyInput
from tnapp.services.workspace import Workspace

FOLDER = "Giấy tờ Hội đồng #2025 – bản in"


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_the_demo_household_and_village_get_a_recognition_paper_signed_by_the_commune_chairman(
        cycle_ws: Workspace, tmp_path: Path) -> None:
    meeting = cycle_ws.council.meetings(year=2025)[0]
    decision = cycle_ws.council.decision(meeting.id)
    listed = {a.title_code: a.name for a in decision.awardees}
    assert listed["GDVH"] == "Hộ Hoàng Thị Oanh" and listed["TVH"] == "Thôn Bắc Ninh"
    (tmp_path / FOLDER).mkdir()
    pages = _pages(write_recognitions(cycle_ws, meeting.id, tmp_path / FOLDER / "giấy công nhận.pdf"))
    assert len(pages) == 2  # one sheet each, nobody else: the Giấy khen and CSTĐCS are on their own sheets
    family, village = pages
    for page in pages:
        assert "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THƯỢNG NINH" in page and "CÔNG NHẬN" in page
        assert f"Quyết định số: {decision.number}" in page and "ngày 22/01/2026" in page
        assert f"CHỦ TỊCH {decision.signer_name}" in page  # the chairman's own decision: no "TM."
        assert "TM." not in page and "huyện" not in page.lower()
        for internal in ("chưa xác nhận", "chưa đối chiếu", "GDVH", "TVH", "Nghị định 129", "None"):
            assert internal not in page, internal
    assert "GIA ĐÌNH VĂN HÓA" in family and "Gia đình ông (bà): Hoàng Thị Oanh" in family
    assert "Thôn Bắc Ninh" in family and "Đạt danh hiệu “Gia đình văn hóa” năm 2025" in family
    assert "Hộ Hoàng" not in family
    assert "THÔN VĂN HÓA" in village and "Đạt danh hiệu “Thôn văn hóa” năm 2025" in village
    # the decision listing them cites the decree of these titles and the council's minutes by their number
    text = " ".join(_pages(council_docs.write_decision(cycle_ws, meeting.id, tmp_path / "quyết định.pdf"))[0:1])
    assert "Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ" in text
    assert f"Căn cứ Biên bản số {meeting.minutes_number.text} ngày 20/01/2026" in text
    # Điều 1 counts each kind of nominee by its name, the household as «hộ gia đình», not as «cá nhân, tập thể»
    text = " ".join(_pages(tmp_path / "quyết định.pdf"))
    assert "Khen thưởng 03 cá nhân, 03 tập thể và 01 hộ gia đình (08 danh hiệu" in text
    assert "các cá nhân, tập thể và hộ gia đình có tên tại Điều 1" in text
    # who signs the village's paper after the district level went (01/7/2025) is not checked: on screen only
    checks = cycle_ws.council.paper_checklist(meeting.id, "recognitions").lines()
    tvh = next(line for line in checks if "«Thôn văn hóa»" in line)
    assert "Chủ tịch UBND xã ký" in tvh and "cấp huyện" in tvh and "chưa đối chiếu" in tvh
    assert not recognition_paper("TVH").confirmed and recognition_paper("LDTT") is None


def test_the_minutes_and_count_record_take_the_councils_numbers_when_the_meeting_closes(
        admin_ws: Workspace, tmp_path: Path) -> None:
    submit_proposals(admin_ws, 2026, {"LDTT": ["Lê Văn An"], "CSTDCS": ["Lê Thị Dung"]})
    meeting_id = open_meeting(admin_ws, admin_ws.council.current_council().id, 2026)
    for item in admin_ws.council.agenda(meeting_id):
        admin_ws.council.record_tally(item.id, TallyInput(9, 0))
    # still meeting: the count record may be printed, without a number of the register
    assert admin_ws.council.get_meeting(meeting_id).minutes_number is None
    running = {p.key: p for p in council_papers.paper_plan(admin_ws, meeting_id)}
    assert running["count"].written and running["count"].number is None
    assert "số của Hội đồng được lấy khi kết thúc phiên họp" in running["count"].line
    blank = _pages(council_docs.write_count_record(admin_ws, meeting_id, tmp_path / "kiem-phieu-nhap.pdf"))[0]
    assert "Số: /BB-HĐTĐKT" in blank
    # the committee's own minutes take their numbers from another series
    committee = admin_ws.documents.reserve(DocumentKind.MINUTES, "Biên bản họp UBND xã", year=2026)
    admin_ws.council.close_meeting(meeting_id, ended_at=dt.datetime(2026, 12, 15, 10, 30))
    meeting = admin_ws.council.get_meeting(meeting_id)
    register = [n for n in admin_ws.documents.register(2026, DocumentKind.MINUTES) if n.symbol == "BB-HĐTĐKT"]
    assert [n.number for n in register] == ["01/BB-HĐTĐKT", "02/BB-HĐTĐKT"]
    assert (meeting.count_number.text, meeting.minutes_number.text) == ("01/BB-HĐTĐKT", "02/BB-HĐTĐKT")
    assert committee.number == "01/BB-UBND"
    folder = tmp_path / FOLDER
    for reprint in range(2):
        council_docs.write_all(admin_ws, meeting_id, folder)
        count = _pages(folder / "bien-ban-kiem-phieu-2026.pdf")[0]
        minutes = _pages(folder / "bien-ban-hop-hoi-dong-2026.pdf")[0]
        assert "Số: 01/BB-HĐTĐKT" in count and "Số: 02/BB-HĐTĐKT" in minutes, reprint
    assert len([n for n in admin_ws.documents.register(2026, DocumentKind.MINUTES)
                if n.symbol == "BB-HĐTĐKT"]) == 2  # reprints take no new number
    plan = {p.key: p for p in council_papers.paper_plan(admin_ws, meeting_id)}
    assert plan["minutes"].line.startswith("Biên bản họp Hội đồng số 02/BB-HĐTĐKT")
    i18n.set_language("en")  # the meeting's papers tab in English: the plan is screen text
    try:
        plan = {p.key: p for p in council_papers.paper_plan(admin_ws, meeting_id)}
        assert plan["minutes"].line.startswith("Council meeting minutes No. 02/BB-HĐTĐKT")
        assert "draft decision is not made yet" in plan["certificates"].line
    finally:
        i18n.set_language("vi")


def test_council_docs_says_what_it_wrote_and_what_it_left_out_and_why(
        admin_ws: Workspace, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tnapp.cli import main
    submit_proposals(admin_ws, 2026, {"LDTT": ["Lê Văn An"]})
    meeting_id = open_meeting(admin_ws, admin_ws.council.current_council().id, 2026)
    item = admin_ws.council.agenda(meeting_id)[0]
    admin_ws.council.record_tally(item.id, TallyInput(2, 7))  # not passed: nothing for the chairman to decide
    admin_ws.council.close_meeting(meeting_id)
    folder = tmp_path / FOLDER
    assert main(["--db", db_url, "council-docs", str(meeting_id), "-o", str(folder)]) == 0
    out = capsys.readouterr().out
    wrote, left = out.split("Không ghi:")
    assert "Phiếu bầu" in wrote and str(folder / "phieu-bau-2026.pdf") in wrote
    assert "Biên bản họp Hội đồng số 02/BB-HĐTĐKT" in wrote
    assert "Quyết định khen thưởng: Hội đồng không thông qua đề nghị cấp xã nào" in left
    assert "Giấy khen, giấy chứng nhận Chiến sĩ thi đua cơ sở: không có đề nghị nào" in left
    assert "Giấy công nhận «Gia đình văn hóa», «Thôn văn hóa»: không có đề nghị nào" in left
    assert sorted(p.name for p in folder.iterdir()) == ["bien-ban-hop-hoi-dong-2026.docx",
                                                       "bien-ban-hop-hoi-dong-2026.pdf",
                                                       "bien-ban-kiem-phieu-2026.pdf", "phieu-bau-2026.pdf"]
    for code in ("GDVH", "TVH", "LDTT", "meeting", "None"):
        assert code not in out

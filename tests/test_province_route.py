"""The province route: a title above the commune the council passed goes into
UBND xã's Tờ trình to the province with the minutes extract; the province's
decision, when it comes back, writes the award history with the province as issuer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from council_fixtures import add_council, open_meeting, submit_proposals
from tnapp.domain.eligibility import VerdictKind
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import ProposalState, Role
from tnapp.errors import PermissionDenied, ValidationError
from tnapp.models import AwardRecord
from tnapp.services.council import TallyInput
from tnapp.services.workspace import Workspace


def _meeting(ws: Workspace) -> int:
    """2025's meeting (held 20/01/2026): a province title (BKT) passed for An, not for Ánh; a commune title passed."""
    council_id = add_council(ws, 7, term="T-2026-x")
    submit_proposals(ws, 2025, {"BKT": ["Lê Văn An", "Đặng Thị Ánh"], "LDTT": ["Lê Văn An"]})
    meeting = open_meeting(ws, council_id, 2025, held_at=dt.datetime(2026, 1, 20, 8, 0))
    for item in ws.council.agenda(meeting):
        passed = not (item.title_code == "BKT" and item.nominee_name == "Đặng Thị Ánh")
        ws.council.record_tally(item.id, TallyInput(7, 0) if passed else TallyInput(2, 5))
    ws.council.close_meeting(meeting)
    return meeting


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_province_title_the_council_passed_lands_in_the_province_submission_with_the_minutes_extract(
        admin_ws: Workspace, tmp_path: Path) -> None:
    meeting = _meeting(admin_ws)
    passed = admin_ws.province.passed(meeting)
    assert [(p.title_code, p.nominee) for p in passed] == [("BKT", "Lê Văn An")]

    sent = admin_ws.province.send(meeting, dt.date(2026, 1, 25))
    assert [r.state for r in sent] == [ProposalState.SENT_TO_PROVINCE]
    assert sent[0].number and sent[0].sent_on == dt.date(2026, 1, 25)
    with pytest.raises(ValidationError, match="chưa trình tỉnh"):  # nothing left to send
        admin_ws.province.send(meeting, dt.date(2026, 1, 26))

    files = admin_ws.province.write_dossier(meeting, tmp_path / "hồ sơ #1 100%")
    pdfs = {f.stem: _text(f) for f in files if f.suffix == ".pdf"}
    submission = pdfs["01-to-trinh-tinh"]
    assert "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh" in submission
    assert "Sở Nội vụ" in submission
    assert "Lê Văn An" in submission and "Đặng Thị Ánh" not in submission
    assert sent[0].number in submission
    flat = " ".join(submission.split())  # one person: counted as such, never «các tập thể, cá nhân»
    assert "khen thưởng cho 01 cá nhân có thành tích" in flat and ": 01 cá nhân" in flat and "tập thể" not in flat
    extract = pdfs["03-trich-bien-ban-hoi-dong"]
    assert "TRÍCH BIÊN BẢN" in extract and "Lê Văn An" in extract and "7/7" in extract
    report = next(t for stem, t in pdfs.items() if "-bao-cao-thanh-tich-" in stem)
    assert "Lê Văn An" in report and "Số:" not in report
    for stem, text in pdfs.items():
        for bad in ("chưa xác nhận", "98/2023", "object at", "Loại:", "Số thành viên có trong danh mục"):
            assert bad not in text, (stem, bad)


def test_recording_the_province_decision_writes_the_province_as_issuer(admin_ws: Workspace) -> None:
    meeting = _meeting(admin_ws)
    row = admin_ws.province.send(meeting, dt.date(2026, 1, 25))[0]
    with pytest.raises(ValidationError, match="trước ngày trình tỉnh"):
        admin_ws.province.record_decision(row.proposal_id, "345/QĐ-UBND", dt.date(2026, 1, 10), "Chủ tịch UBND tỉnh")
    issuer = admin_ws.province.default_issuer(row.proposal_id)
    assert "tỉnh" in issuer and "xã" not in issuer
    done = admin_ws.province.record_decision(row.proposal_id, "345/QĐ-UBND", dt.date(2026, 3, 2), issuer)
    assert done.state is ProposalState.DECIDED and done.decision_issuer == issuer
    with admin_ws.read() as session:
        records = [(r.title.code, r.decision_number, r.decision_date, r.issuer, r.person_id is not None)
                   for r in session.scalars(select(AwardRecord).where(AwardRecord.decision_number == "345/QĐ-UBND"))]
    assert records == [("BKT", "345/QĐ-UBND", dt.date(2026, 3, 2), issuer, True)]  # An only: Ánh did not pass
    with pytest.raises(ValidationError, match="chỉ ghi quyết định của tỉnh"):
        admin_ws.province.record_decision(row.proposal_id, "346/QĐ-UBND", dt.date(2026, 3, 2), issuer)


@pytest.mark.parametrize(("number", "issuer", "message"), [
    ("abc", "Chủ tịch UBND tỉnh", "không phải số quyết định"),
    ("12/QĐ-UBND", "Chủ tịch UBND xã Thượng Ninh", "là cấp xã"),
    ("12/QĐ-UBND", "Ủy ban nhân dân xã", "là cấp xã"),
])
def test_a_province_decision_with_a_bad_number_or_a_commune_issuer_is_refused_and_nothing_saved(
        admin_ws: Workspace, number: str, issuer: str, message: str) -> None:
    meeting = _meeting(admin_ws)
    row = admin_ws.province.send(meeting, dt.date(2026, 1, 25))[0]
    with admin_ws.read() as session:
        before = len(session.scalars(select(AwardRecord.id)).all())
    with pytest.raises(ValidationError, match=message):
        admin_ws.province.record_decision(row.proposal_id, number, dt.date(2026, 2, 10), issuer)
    after = admin_ws.province.get(row.proposal_id)
    assert after.state is ProposalState.SENT_TO_PROVINCE and after.decision_number is None
    with admin_ws.read() as session:
        assert len(session.scalars(select(AwardRecord.id)).all()) == before
    # the forms a decision is written in, and a ministry «… Xã hội», are accepted
    done = admin_ws.province.record_decision(row.proposal_id, " 12/2026/QĐ-UBND ", dt.date(2026, 2, 10),
                                             "Bộ trưởng Bộ Lao động – Thương binh và Xã hội")
    assert done.decision_number == "12/2026/QĐ-UBND"


FIELD_NAMES = ("Loại:", "Số thành viên có trong danh mục", "nominee", "proposing_unit", "title_code", "None")


def test_the_year_totals_are_what_the_commune_pays_as_its_signed_decision_says(cycle_ws: Workspace) -> None:
    from tnapp.commands.proposals import _status
    rows = cycle_ws.proposals.list(year=2025)
    totals = cycle_ws.proposals.totals(rows)
    meeting = cycle_ws.council.meetings(year=2025)[0]
    decision = cycle_ws.council.decision(meeting.id)
    assert totals.prize == decision.total_amount  # not the rejected nominee, not the province's Bằng khen
    assert (totals.rejected, totals.province) == (1, 1)
    assert totals.nominees == sum(len(r.nominees) for r in rows) - 2
    ldtt = next(r for r in rows if r.title_code == "LDTT")
    assert ldtt.rejected == 1 and ldtt.payable_prize == ldtt.total_prize // 2
    assert _status(ldtt) == "Đã có quyết định (1 thông qua, 1 không thông qua)"
    bkt = next(r for r in rows if r.title_code == "BKT")
    assert not bkt.commune_pays and bkt.payable_prize == 0 and bkt.total_prize > 0


def test_the_demo_cycle_is_proposed_by_each_nominees_own_unit_eligible_where_the_demo_allows(
        cycle_ws: Workspace) -> None:
    from tnapp.domain.emulation_rules import NomineeType
    people = {p.id: p.unit_id for p in cycle_ws.people.list()}
    villages = {h.id: h.village_id for h in cycle_ws.households.list()}
    rows = cycle_ws.proposals.list(year=2025)
    for row in rows:
        unit_id = cycle_ws.proposals.resume(row.id).draft.proposing_unit_id
        for n in row.nominees:
            own = {NomineeType.PERSON: people.get(n.nominee.id), NomineeType.HOUSEHOLD: villages.get(n.nominee.id),
                   NomineeType.COLLECTIVE: n.nominee.id}[n.nominee.type]
            assert unit_id == own, (row.title_code, n.name)
    # every title the demo proposes has a nominee eligible under the rules: no case needs an explanation
    assert {r.title_code for r in rows} >= {"GK_TT", "GK_HGD", "GDVH", "TVH", "BKT"}
    assert [(r.title_code, n.name) for r in rows for n in r.nominees if n.override_reason] == []
    assert {n.verdict for r in rows for n in r.nominees} == {VerdictKind.ELIGIBLE}
    ldtt = next(r for r in rows if r.title_code == "LDTT")
    assert [n.council_rejected for n in ldtt.nominees] == [False, True]


def test_the_demo_cycle_papers_print_the_proposing_unit_and_nothing_internal(cycle_ws: Workspace,
                                                                             tmp_path: Path) -> None:
    rows = {r.title_code: r for r in cycle_ws.proposals.list(year=2025)}
    assert {"LDTT", "CSTDCS", "TTLDTT", "GK", "GDVH", "TVH", "BKT"} <= set(rows)
    assert rows["BKT"].state is ProposalState.SENT_TO_PROVINCE
    assert {r.state for code, r in rows.items() if code != "BKT"} == {ProposalState.DECIDED}
    meeting = cycle_ws.council.meetings(year=2025)[0]
    assert all(row.proposer for row in cycle_ws.council.agenda(meeting.id))  # the slides' «Đề nghị: <unit>»
    assert any(o.result_label != cycle_ws.council.results(meeting.id)[0].result_label
               for o in cycle_ws.council.results(meeting.id))  # one item not passed

    files = [f for r in rows.values() for f in cycle_ws.proposals.write_dossier(r.id, tmp_path)]
    files += cycle_ws.province.write_dossier(meeting.id, tmp_path)
    texts = {f"{f.parent.name}/{f.stem}": _text(f) for f in files if f.suffix == ".pdf"}
    for name, text in texts.items():
        for bad in ("chưa xác nhận", "98/2023", "object at", *FIELD_NAMES):
            assert bad not in text, (name, bad)
    ldtt = next(t for n, t in texts.items() if n.startswith("de-nghi-") and "-ldtt-" in n and "to-trinh" in n)
    proposer = rows["LDTT"].nominees[0].unit_name  # the nominees' own unit proposes them
    assert f"{proposer} kính đề nghị Chủ tịch Ủy ban nhân dân xã" in " ".join(ldtt.split())
    assert "kết quả bình xét thi đua năm 2025 của Hội đồng" not in ldtt  # the council has not met yet
    listing = next(t for n, t in texts.items() if "-ldtt-" in n and "danh-sach" in n)
    assert "Số:" not in listing  # the list does not repeat the Tờ trình's own number as its own
    for name, text in texts.items():
        if "bao-cao-thanh-tich" in name:
            assert "Số:" not in text and "Mẫu số 0" in text, name
            title = next(r.title_name for r in rows.values() if f"-{r.title_code.lower().replace('_', '-')}-" in name)
            received = text.split("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")[1]
            assert f"2025 {title}" not in " ".join(received.split()), name  # the proposed award is not received


def test_the_province_route_refuses_who_may_not_issue_and_changes_nothing(admin_ws: Workspace, db_url: str) -> None:
    meeting = _meeting(admin_ws)
    for role in (Role.UNIT_REPORTER, Role.LEADERSHIP, Role.SECRETARY):  # the secretary may not touch proposals
        other = Workspace.open(db_url, Actor("khac", role))
        with pytest.raises(PermissionDenied):
            other.province.send(meeting, dt.date(2026, 1, 25))
        other.close()
    row = admin_ws.province.send(meeting, dt.date(2026, 1, 25))[0]
    for role in (Role.UNIT_REPORTER, Role.LEADERSHIP):
        other = Workspace.open(db_url, Actor("khac", role))
        with pytest.raises(PermissionDenied):
            other.province.record_decision(row.proposal_id, "345/QĐ-UBND", dt.date(2026, 3, 2), "Chủ tịch UBND tỉnh")
        other.close()
    assert admin_ws.province.get(row.proposal_id).state is ProposalState.SENT_TO_PROVINCE
    with admin_ws.read() as session:
        assert session.scalars(select(AwardRecord).where(AwardRecord.decision_number == "345/QĐ-UBND")).first() is None


def test_the_province_checklist_names_the_route_setting_in_vietnamese(admin_ws: Workspace) -> None:
    items = admin_ws.province.checklist(dt.date(2026, 1, 25))
    route = [i for i in items if i.startswith("Nơi nhận")]
    assert route and "«Nơi nhận hồ sơ đề nghị khen thưởng cấp tỉnh»" in route[0]
    assert "province." not in "\n".join(items)


def _pdf_text(path) -> str:
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _proposal(ws: Workspace, code: str) -> int:
    return next(r.id for r in ws.proposals.list(year=2025) if r.title_code == code)


def _dossier_texts(ws: Workspace, code: str, folder) -> dict[str, str]:
    from tnapp.reports.dossier import write_dossier
    return {p.name: _pdf_text(p) for p in write_dossier(ws, _proposal(ws, code), folder) if p.suffix == ".pdf"}


def test_a_title_above_the_commune_is_proposed_to_the_province_without_the_communes_prize(
        cycle_ws: Workspace, tmp_path) -> None:
    texts = _dossier_texts(cycle_ws, "BKT", tmp_path)
    submission = " ".join(next(t for n, t in texts.items() if n.startswith("01-")).split())
    assert "xem xét, đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025" in submission
    assert "xem xét, tặng" not in submission and "tiền thưởng" not in submission and "«" not in submission
    assert "đồng" not in " ".join(next(t for n, t in texts.items() if n.startswith("02-")).split()).split("DỮ LIỆU")[-1]
    report = " ".join(next(t for n, t in texts.items() if n.startswith("03-")).split())
    # the nominee's unit head confirms (the official form), or UBND xã when the unit has no head to sign
    assert "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ" in report or "TM. ỦY BAN NHÂN DÂN" in report
    assert "Bằng khen của Chủ tịch UBND tỉnh" not in report.split("III.")[-1]  # proposed, not received


def test_a_commune_titles_report_is_confirmed_by_the_proposing_units_head_and_names_the_award_plainly(
        cycle_ws: Workspace, tmp_path) -> None:
    texts = _dossier_texts(cycle_ws, "CSTDCS", tmp_path / "a")
    report = " ".join(next(t for n, t in texts.items() if n.startswith("03-")).split())
    assert "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN" in report and "ỦY BAN NHÂN DÂN" not in report.split("III.")[-1]
    assert "CẤP TRÌNH KHEN THƯỞNG" not in report
    texts = _dossier_texts(cycle_ws, "GK_TT", tmp_path / "b")
    for name, text in texts.items():
        assert "(tập thể)" not in text and "«" not in text.split("DỮ LIỆU")[0], name
    flat = " ".join(texts[next(n for n in texts if n.startswith("01-"))].split())
    assert "Về việc đề nghị tặng Giấy khen của Chủ tịch UBND xã năm 2025" in flat
    assert "Tổng số tiền thưởng theo quy định:" in flat


def test_the_councils_papers_print_awards_without_catalogue_qualifiers_and_one_ballot_a_page(
        cycle_ws: Workspace, tmp_path) -> None:
    from pypdf import PdfReader

    from tnapp.reports.council_docs import write_all
    meeting = cycle_ws.council.meetings(2025)[0]
    files = {p.name: p for p in write_all(cycle_ws, meeting.id, tmp_path) if p.suffix == ".pdf"}
    ballots = PdfReader(files["phieu-bau-2025.pdf"])
    copies = meeting.members_total
    assert len(ballots.pages) == copies
    for n, page in enumerate(ballots.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert f"Phiếu số {n}/{copies}" in text and "PHIẾU BẦU" in text
        assert "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen" in text
        assert "(tập thể)" not in text and "(hộ gia đình)" not in text
    for name in ("bien-ban-hop-hoi-dong-2025.pdf", "quyet-dinh-khen-thuong-2025.pdf", "bien-ban-kiem-phieu-2025.pdf"):
        text = _pdf_text(files[name])
        assert "(tập thể)" not in text and "(hộ gia đình)" not in text, name
    decision = " ".join(_pdf_text(files["quyet-dinh-khen-thuong-2025.pdf"]).split())
    assert "tổng số tiền: " in decision and " đồng, chi từ Quỹ" in decision
    assert "đ, chi từ Quỹ" not in decision


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_units_papers_carry_its_own_register_and_the_ubnd_series_only_ubnds_own(
        cycle_ws: Workspace, tmp_path: Path) -> None:
    import re

    from tnapp.domain.formatting import format_date
    from tnapp.domain.vocab import DocumentKind
    units = {u.id: u for u in cycle_ws.units.list()}
    typed = blank = 0
    for row in cycle_ws.proposals.list(year=2025):
        draft = cycle_ws.proposals.resume(row.id).draft
        unit = units[draft.proposing_unit_id]
        texts = _dossier_texts(cycle_ws, row.title_code, tmp_path / row.title_code)
        submission = _flat(texts["01-to-trinh.pdf"])
        listing = _flat(texts["02-danh-sach.pdf"])
        assert re.findall(r"Số: *(\d*) */(TTr-\S+)", submission) == [
            (f"{draft.unit_number:02d}" if draft.unit_number else "", f"TTr-{unit.symbol}")], row.title_code
        assert "-UBND" not in submission.split("Kính gửi")[0] and "Số:" not in listing
        if draft.unit_number:
            typed += 1
            assert (f"kèm theo Tờ trình số {draft.unit_number:02d}/TTr-{unit.symbol} ngày "
                    f"{format_date(draft.unit_date)} của {unit.name})") in listing
        else:
            blank += 1
            assert f"kèm theo Tờ trình của {unit.name})" in listing and "ngày tháng năm 2026" in submission
    assert typed and blank  # the demo shows both: a number typed in the wizard, and one left to write by hand
    register = cycle_ws.documents.register(2026, DocumentKind.SUBMISSION)
    assert [n.number for n in register] == ["01/TTr-UBND"]  # the province Tờ trình, UBND xã's only one
    meeting = cycle_ws.council.meetings(year=2025)[0]
    province = next(f for f in cycle_ws.province.write_dossier(meeting.id, tmp_path / "tinh")
                    if f.name == "01-to-trinh-tinh.pdf")
    assert "Số: 01/TTr-UBND" in _flat(_pdf_text(province))


def test_a_nominees_report_prints_the_profile_the_catalogue_holds(cycle_ws: Workspace, tmp_path: Path) -> None:
    row = next(r for r in cycle_ws.proposals.list(year=2025) if r.title_code == "CSTDCS")
    person = cycle_ws.people.get(row.nominees[0].nominee.id)
    report = _flat(next(t for n, t in _dossier_texts(cycle_ws, "CSTDCS", tmp_path).items() if n.startswith("03-")))
    lines = report.split("II. THÀNH TÍCH")[0]
    for label, value in (("Quê quán", person.hometown), ("Nơi thường trú", person.residence),
                         ("Trình độ chuyên môn, nghiệp vụ", person.qualification),
                         ("Trình độ lý luận chính trị", person.political_theory)):
        assert value and f"- {label}: {value} -" in lines, label


def test_nobody_confirms_their_own_achievement_report(cycle_ws: Workspace, tmp_path: Path) -> None:
    from tnapp.reports.dossier import achievement_report, load
    checked = 0
    for row in cycle_ws.proposals.list(year=2025):
        d = load(cycle_ws, row.id)
        for p, figures in zip(d.profiles, d.indicators):
            doc = achievement_report(d, p, figures)
            assert [s.name for s in doc.co_signers] != [doc.signature.name], (row.title_code, p.head)
            checked += 1
    assert checked >= 9  # among them the LĐTT of a unit's own head and a collective proposing itself

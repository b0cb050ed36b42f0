"""The legal bases papers cite: dated data, selected by the paper's date, worded once."""

from __future__ import annotations

import datetime as dt

import pytest

from tnapp.domain import legal_bases
from tnapp.domain.legal_bases import bases_for, citation, load_catalogue, parse_catalogue, unconfirmed
from tnapp.errors import ValidationError

PAPERS = ("commune_award_decision", "council_minutes", "ballot_count_record", "proposal_to_province",
          "proposal_to_commune")


def _ids(paper: str, day: dt.date) -> list[str]:
    return [d.id for d in bases_for(paper, day)]


def test_every_paper_kind_has_its_bases_and_every_unconfirmed_document_says_why():
    catalogue = load_catalogue()
    for paper in PAPERS:
        assert bases_for(paper, dt.date(2026, 12, 6)), paper
    for doc in catalogue.documents.values():
        assert doc.confirmed or doc.note, doc.id


def test_the_replaced_local_government_law_is_cited_only_while_in_force():
    old, new = "luat-tccqdp-2025-02", "luat-tccqdp-2025-06"
    assert old in _ids("commune_award_decision", dt.date(2025, 6, 30))
    assert new not in _ids("commune_award_decision", dt.date(2025, 6, 30))
    for day in (dt.date(2025, 7, 1), dt.date(2025, 12, 20), dt.date(2026, 12, 6)):
        ids = _ids("commune_award_decision", day)
        assert new in ids and old not in ids, day


def test_decree_98_gives_way_to_decree_152_on_1_july_2025():
    assert "nd-98-2023" in _ids("council_minutes", dt.date(2025, 6, 30))
    assert "nd-152-2025" not in _ids("council_minutes", dt.date(2025, 6, 30))
    ids = _ids("council_minutes", dt.date(2025, 7, 1))
    assert "nd-152-2025" in ids and "nd-98-2023" not in ids


def test_the_decision_cites_in_print_order_with_full_dates():
    lines = [citation(d) for d in bases_for("commune_award_decision", dt.date(2026, 1, 10))]
    assert lines[:2] == ["Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
                         "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"]
    assert lines[2].startswith("Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định")
    assert any(line.startswith("Nghị định số 129/2025/NĐ-CP ngày") for line in lines)
    assert not any("19 tháng 02 năm 2025" in line or "98/2023" in line for line in lines)


def test_a_paper_never_cites_a_document_without_its_number_and_date_but_the_screen_names_it():
    day = dt.date(2026, 1, 20)
    printed = [citation(d) for d in bases_for("council_minutes", day)]
    assert printed and not any("Quy chế hoạt động" in line for line in printed)
    left_out = [d for d in unconfirmed("council_minutes", day) if not d.identified]
    assert [d.id for d in left_out] == ["quy-che-hdtdkt-xa"] and "chưa in căn cứ này" in left_out[0].note


def test_wording_keeps_the_leading_zero_of_early_days_and_months_and_omits_what_is_unknown():
    old_law = load_catalogue().documents["luat-tccqdp-2025-02"]
    assert citation(old_law) == "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"
    regulation = load_catalogue().documents["quy-che-hdtdkt-xa"]
    assert citation(regulation) == ("Quyết định của Chủ tịch UBND xã ban hành Quy chế hoạt động của Hội đồng "
                                    "Thi đua – Khen thưởng xã")


def test_unconfirmed_lists_only_cited_documents_not_checked():
    docs = unconfirmed("commune_award_decision", dt.date(2026, 1, 10))
    ids = [d.id for d in docs]
    assert "nd-152-2025" in ids  # its date is from press reports
    assert "luat-tdkt-2022" not in ids
    assert all(not d.confirmed for d in docs)


def test_a_paper_kind_without_bases_is_refused_by_name():
    with pytest.raises(ValidationError, match="phiếu_lạ"):
        bases_for("phiếu_lạ", dt.date(2026, 1, 1))


def _doc(**over):
    base = {"id": "a", "kind": "Nghị định", "number": "1/2026/NĐ-CP", "date": "2026-01-02", "issuer": "Chính phủ",
            "title": "về x", "in_force_from": "2026-02-01", "in_force_to": None, "confirmed": True, "note": ""}
    return {**base, **over}


@pytest.mark.parametrize(("documents", "papers", "message"), [
    ([_doc()], {"p": ["a", "b"]}, "không có trong danh mục: b"),
    ([_doc(), _doc()], {"p": ["a"]}, "khai báo hai lần"),
    ([_doc(confirmed=False)], {"p": ["a"]}, "chưa xác nhận phải ghi rõ"),
    ([_doc(in_force_to="2026-01-01")], {"p": ["a"]}, "hết hiệu lực trước"),
    ([_doc(date="02/01/2026")], {"p": ["a"]}, "02/01/2026"),
])
def test_a_broken_catalogue_is_refused_with_its_reason(documents, papers, message):
    with pytest.raises(ValidationError, match=message):
        parse_catalogue({"documents": documents}, {"papers": papers}, "thử")


def test_the_catalogue_is_read_through_the_resources_folder(tmp_path, monkeypatch):
    (tmp_path / "legal").mkdir()
    (tmp_path / "legal" / "documents.json").write_text(
        '{"documents": [{"id": "a", "kind": "Luật", "number": null, "date": "2030-03-09", "issuer": "Quốc hội",'
        ' "title": "Mới", "in_force_from": "2031-01-01", "in_force_to": null, "confirmed": true}]}', encoding="utf-8")
    (tmp_path / "legal" / "citations.json").write_text('{"papers": {"council_minutes": ["a"]}}', encoding="utf-8")
    monkeypatch.setattr(legal_bases, "resources_dir", lambda: tmp_path)
    load_catalogue.cache_clear()
    try:
        assert bases_for("council_minutes", dt.date(2030, 12, 31)) == []
        assert [citation(d) for d in bases_for("council_minutes", dt.date(2031, 1, 1))] == [
            "Luật Mới ngày 09 tháng 3 năm 2030"]
    finally:
        load_catalogue.cache_clear()

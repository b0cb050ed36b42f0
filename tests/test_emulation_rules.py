"""The rules of the emulation records: movement stages, registration states
and deadline, ratings (NĐ 335/2025 points and the 20 % cap), pending matters,
complaints, exemplars' photos and news items, households' culture results."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tnapp.domain.emulation_rules import (
    Nominee, NomineeType, check_movement_step, check_points, complaint_due, htxs_cap, level_for_points, title_fits,
)
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import (
    ComplaintState, DisciplineForm, ExemplarKind, Gender, MatterKind, MovementStage, NomineeKind, RatingLevel,
    RegistrationState, Role, StaffCategory, UnitKind,
)
from tnapp.errors import ValidationError
from tnapp.models import AuditEntry
from tnapp.services.complaints import ComplaintInput
from tnapp.services.discipline import DisciplineInput
from tnapp.services.exemplars import MAX_PHOTO_BYTES, ExemplarInput
from tnapp.services.movements import MovementInput
from tnapp.services.people import PersonInput
from tnapp.services.ratings import RatingInput
from tnapp.services.registrations import RegistrationInput
from tnapp.services.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def person(ws: Workspace, name: str):
    return next(p for p in ws.people.list() if p.full_name == name)


def title(ws: Workspace, code: str) -> int:
    return ws.award_history.title_by_code(code).id


# --- pure rules ---------------------------------------------------------------------------------

def test_movement_steps_go_forward_one_at_a_time_or_back_with_a_reason() -> None:
    check_movement_step(MovementStage.GOALS_SET, MovementStage.LAUNCHED)
    check_movement_step(MovementStage.CHECKED, MovementStage.LAUNCHED, "chưa đủ điều kiện kiểm tra")
    with pytest.raises(ValidationError, match="Điều 17"):
        check_movement_step(MovementStage.GOALS_SET, MovementStage.CHECKED)
    with pytest.raises(ValidationError, match="lý do"):
        check_movement_step(MovementStage.CHECKED, MovementStage.LAUNCHED, " ")


def test_points_bands_of_decree_335() -> None:
    assert [level_for_points(p) for p in (90, 89.9, 70, 69.5, 50, 49)] == [
        RatingLevel.EXCELLENT, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.DONE, RatingLevel.DONE,
        RatingLevel.NOT_DONE]
    check_points(RatingLevel.GOOD, 75, disciplined=False)
    check_points(RatingLevel.NOT_DONE, 80, disciplined=True)  # "KHT < 50 or disciplined"
    with pytest.raises(ValidationError, match="85 điểm tương ứng mức «Hoàn thành tốt"):
        check_points(RatingLevel.EXCELLENT, 85, disciplined=False)
    with pytest.raises(ValidationError):
        check_points(RatingLevel.DONE, 95, disciplined=False)  # a lower level than the points is refused too


def test_the_htxs_cap_is_20_percent_of_those_rated_htt() -> None:
    assert htxs_cap(1, 5).allowed == 1 and not htxs_cap(1, 5).exceeded
    assert htxs_cap(1, 4).allowed == 0 and htxs_cap(1, 4).exceeded
    assert htxs_cap(2, 10).allowed == 2 and htxs_cap(3, 10).exceeded
    assert htxs_cap(0, 0).allowed == 0 and not htxs_cap(0, 0).exceeded


def test_titles_fit_their_nominee_kind() -> None:
    assert title_fits(NomineeKind.INDIVIDUAL, NomineeType.PERSON)
    assert not title_fits(NomineeKind.INDIVIDUAL, NomineeType.COLLECTIVE)
    assert title_fits(NomineeKind.VILLAGE, NomineeType.COLLECTIVE, UnitKind.VILLAGE)
    assert not title_fits(NomineeKind.VILLAGE, NomineeType.COLLECTIVE, UnitKind.SCHOOL)
    assert title_fits(NomineeKind.HOUSEHOLD, NomineeType.HOUSEHOLD)
    assert complaint_due(dt.date(2026, 1, 5)) == dt.date(2026, 2, 4)


# --- movements ------------------------------------------------------------------------------------

def test_a_movement_moves_along_article_17_and_a_step_back_is_audited(demo_ws: Workspace) -> None:
    movement = demo_ws.movements.create(MovementInput("PT-TEST", "Phong trào thử", 2026,
                                                      indicator_ids=(), unit_ids=(demo_ws.units.by_code("VP").id,)))
    assert movement.stage is MovementStage.GOALS_SET and movement.unit_codes == ("VP",)
    movement = demo_ws.movements.advance(movement.id)
    movement = demo_ws.movements.advance(movement.id, expected_version=movement.version)
    assert movement.stage is MovementStage.CHECKED
    with pytest.raises(ValidationError, match="lý do"):
        demo_ws.movements.step_back(movement.id, "")
    movement = demo_ws.movements.step_back(movement.id, "Kiểm tra lại từ đầu")
    assert movement.stage is MovementStage.LAUNCHED
    with demo_ws.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "movement")
                                .order_by(AuditEntry.id.desc())).first()
        assert entry.reason == "Kiểm tra lại từ đầu"
    with pytest.raises(ValidationError, match="Điều 17"):
        demo_ws.movements.set_stage(movement.id, MovementStage.REVIEWED)
    with pytest.raises(ValidationError, match="Đã có phong trào mã"):
        demo_ws.movements.create(MovementInput("PT-2026", "Trùng mã", 2026))


# --- registrations ------------------------------------------------------------------------------------

def test_registration_states_and_reasons(demo_ws: Workspace) -> None:
    an = person(demo_ws, "Lê Văn Dũng")
    reg = demo_ws.registrations.create(RegistrationInput(2099, an.unit_id, Nominee.person(an.id),
                                                         title(demo_ws, "LDTT")))
    assert reg.state is RegistrationState.NOT_SENT and not reg.late and reg.deadline == dt.date(2099, 3, 31)
    with pytest.raises(ValidationError, match="không chuyển được"):
        demo_ws.registrations.approve(reg.id)
    reg = demo_ws.registrations.send(reg.id)
    assert reg.state is RegistrationState.PENDING and reg.sent_at is not None
    with pytest.raises(ValidationError, match="lý do"):
        demo_ws.registrations.reject(reg.id, "  ")
    reg = demo_ws.registrations.reject(reg.id, "Chưa đủ thời gian công tác")
    assert reg.state is RegistrationState.REJECTED and reg.reject_reason == "Chưa đủ thời gian công tác"
    reg = demo_ws.registrations.send(reg.id)
    reg = demo_ws.registrations.approve(reg.id)
    assert reg.state is RegistrationState.APPROVED and reg.reject_reason is None
    with pytest.raises(ValidationError, match="không sửa được"):
        demo_ws.registrations.update(reg.id, RegistrationInput(2099, an.unit_id, Nominee.person(an.id),
                                                               title(demo_ws, "CSTDCS")))
    with pytest.raises(ValidationError, match="Phải ghi lý do"):
        demo_ws.registrations.recall(reg.id)
    assert demo_ws.registrations.recall(reg.id, "Duyệt nhầm").state is RegistrationState.PENDING


def test_a_title_must_fit_the_nominee_and_be_registered_once(demo_ws: Workspace) -> None:
    vp = demo_ws.units.by_code("VP")
    with pytest.raises(ValidationError, match="Lao động tiên tiến.*Cá nhân") as error:
        demo_ws.registrations.create(RegistrationInput(2099, vp.id, Nominee.collective(vp.id), title(demo_ws, "LDTT")))
    assert error.value.field == "title_id"
    with pytest.raises(ValidationError, match="Thôn văn hóa"):
        demo_ws.registrations.create(RegistrationInput(2099, vp.id, Nominee.collective(vp.id), title(demo_ws, "TVH")))
    demo_ws.registrations.create(RegistrationInput(2099, vp.id, Nominee.collective(vp.id), title(demo_ws, "TTLDTT")))
    with pytest.raises(ValidationError, match="đã đăng ký"):
        demo_ws.registrations.create(RegistrationInput(2099, vp.id, Nominee.collective(vp.id),
                                                       title(demo_ws, "TTLDTT")))


def as_admin(db_url: str) -> Workspace:
    return Workspace.open(db_url, Actor("quan-tri", Role.ADMIN))


def test_registering_after_the_deadline_is_kept_but_flagged(demo_ws: Workspace, db_url: str) -> None:
    vp = demo_ws.units.by_code("VP")
    late = demo_ws.registrations.create(RegistrationInput(2020, vp.id, Nominee.collective(vp.id),
                                                          title(demo_ws, "TTLDTT")))
    assert late.late and late.deadline == dt.date(2020, 3, 31)
    with as_admin(db_url) as admin:
        admin.settings.set("registration_deadline", "12-31", dt.date(2099, 1, 1))
    assert demo_ws.registrations.deadline(2099) == dt.date(2099, 12, 31)
    assert demo_ws.registrations.deadline(2026) == dt.date(2026, 3, 31)


def test_the_combined_list_prints_through_the_document_engine(demo_ws: Workspace, tmp_path: Path) -> None:
    doc = demo_ws.registrations.document(2026, on=dt.date(2026, 4, 15))
    assert (doc.title, doc.summary) == ("BÁO CÁO", "Tổng hợp đăng ký thi đua năm 2026")
    rows = [row for block in doc.body if hasattr(block, "rows") for row in block.rows]
    names = [row[1] for row in rows]
    assert "Trần Văn Ân" in names and "Đặng Thị Ánh" not in names  # a rejected one is not listed
    received = [r for r in demo_ws.registrations.list(year=2026)
                if r.state in (RegistrationState.PENDING, RegistrationState.APPROVED)]
    not_sent = [r.nominee.name for r in demo_ws.registrations.list(year=2026) if r.state is RegistrationState.NOT_SENT]
    assert not_sent and not set(not_sent) & set(names)  # nor one the unit has not sent
    texts = " ".join(block.text for block in doc.body if hasattr(block, "runs"))
    assert len(rows) == len(received) and f"đã nhận {len(received):02d} bản đăng ký" in texts
    labels = {s.label for s in RegistrationState}
    assert not any(cell in labels for row in rows for cell in row)  # no office workflow state on the paper
    assert demo_ws.registrations.print_list(2026, tmp_path / "ds.pdf").stat().st_size > 1000


# --- ratings ------------------------------------------------------------------------------------------

def test_a_rating_in_another_unit_is_refused_clearly(demo_ws: Workspace) -> None:
    hang = person(demo_ws, "Phạm Thị Hằng")
    other = demo_ws.units.by_code("PKT")
    with pytest.raises(ValidationError, match="«Phạm Thị Hằng» không thuộc «Phòng Kinh tế» năm 2026") as error:
        demo_ws.ratings.create(RatingInput(2026, Nominee.person(hang.id), RatingLevel.GOOD, 80, unit_id=other.id))
    assert error.value.field == "unit_id"
    t10 = demo_ws.units.by_code("T10")  # joined on 01/07/2026
    with pytest.raises(ValidationError, match="không hoạt động trong năm 2025"):
        demo_ws.ratings.create(RatingInput(2025, Nominee.collective(t10.id), RatingLevel.GOOD))
    with pytest.raises(ValidationError, match="Đã có kết quả đánh giá năm 2025"):
        demo_ws.ratings.create(RatingInput(2025, Nominee.person(hang.id), RatingLevel.GOOD, 80))


def test_points_must_match_the_level_for_officials_only(demo_ws: Workspace) -> None:
    hang = person(demo_ws, "Phạm Thị Hằng")
    with pytest.raises(ValidationError, match="không khớp") as error:
        demo_ws.ratings.create(RatingInput(2026, Nominee.person(hang.id), RatingLevel.EXCELLENT, 85))
    assert error.value.field == "level"
    row = demo_ws.ratings.create(RatingInput(2026, Nominee.person(hang.id), RatingLevel.EXCELLENT, 92))
    assert row.official and row.unit_name == "Văn phòng HĐND và UBND xã"
    village_head = person(demo_ws, "Lê Văn Hải")  # a worker: no bands
    assert not demo_ws.ratings.create(RatingInput(2026, Nominee.person(village_head.id), RatingLevel.EXCELLENT,
                                                  60)).official


def test_the_htxs_cap_is_warned_per_unit_and_year_not_blocked(demo_ws: Workspace) -> None:
    school = demo_ws.units.by_code("TH")
    staff = [demo_ws.people.create(PersonInput(f"Giáo viên {name}", Gender.FEMALE, school.id, 1990,
                                               category=StaffCategory.PUBLIC_EMPLOYEE)).id
             for name in ("An", "Bình", "Chi", "Dung", "Giang")]
    demo_ws.ratings.create(RatingInput(2027, Nominee.person(staff[0]), RatingLevel.EXCELLENT, 95))
    for pid in staff[1:]:
        demo_ws.ratings.create(RatingInput(2027, Nominee.person(pid), RatingLevel.GOOD, 80))
    cap = demo_ws.ratings.cap_checks(2027)[school.id]
    assert (cap.excellent, cap.good, cap.allowed, cap.exceeded) == (1, 4, 0, True)
    warnings = demo_ws.ratings.warnings(2027)
    assert len(warnings) == 1 and "Trường Tiểu học" in warnings[0].message and "335/2025" in warnings[0].message
    demo_ws.ratings.create(RatingInput(2027, Nominee.person(person(demo_ws, "Đỗ Thị Thảo").id),
                                       RatingLevel.GOOD, 75))
    assert not demo_ws.ratings.cap_checks(2027)[school.id].exceeded  # 5 HTT → 1 HTXS allowed
    assert demo_ws.ratings.warnings(2027) == []
    # a collective's own rating is not counted
    demo_ws.ratings.create(RatingInput(2027, Nominee.collective(school.id), RatingLevel.EXCELLENT))
    assert demo_ws.ratings.warnings(2027) == []


def test_a_disciplined_official_may_be_rated_kht_whatever_the_points(demo_ws: Workspace) -> None:
    anh = person(demo_ws, "Đặng Thị Ánh")  # disciplined in October 2025 in the demo
    ratings = demo_ws.ratings.list(year=2025, nominee=Nominee.person(anh.id))
    assert ratings[0].level is RatingLevel.NOT_DONE and ratings[0].points == 76
    demo_ws.ratings.update(ratings[0].id, RatingInput(2025, Nominee.person(anh.id), RatingLevel.GOOD, 76))
    assert any("Đặng Thị Ánh bị kỷ luật" in w.message for w in demo_ws.ratings.warnings(2025))


# --- pending matters, complaints --------------------------------------------------------------------------

def test_pending_matters_bar_an_award_until_resolved(demo_ws: Workspace) -> None:
    lan = person(demo_ws, "Hoàng Thị Lan")
    nominee = Nominee.person(lan.id)
    assert demo_ws.discipline.pending_matters(nominee, dt.date(2026, 6, 1)) == []
    record = demo_ws.discipline.create(DisciplineInput(nominee, MatterKind.INSPECTION, dt.date(2026, 3, 1)))
    assert demo_ws.discipline.pending_matters(nominee, dt.date(2026, 2, 28)) == []
    pending = demo_ws.discipline.pending_matters(nominee, dt.date(2026, 6, 1))
    assert [p.matter for p in pending] == [MatterKind.INSPECTION] and "152/2025" in pending[0].message
    demo_ws.discipline.update(record.id, DisciplineInput(nominee, MatterKind.INSPECTION, dt.date(2026, 3, 1),
                                                         resolved_on=dt.date(2026, 5, 1)))
    assert demo_ws.discipline.pending_matters(nominee, dt.date(2026, 6, 1)) == []
    assert len(demo_ws.discipline.pending_matters(nominee, dt.date(2026, 4, 1))) == 1
    with pytest.raises(ValidationError, match="hình thức kỷ luật"):
        demo_ws.discipline.create(DisciplineInput(nominee, MatterKind.DISCIPLINE, dt.date(2026, 3, 1)))
    with pytest.raises(ValidationError, match="sau ngày bắt đầu"):
        demo_ws.discipline.create(DisciplineInput(nominee, MatterKind.DISCIPLINE, dt.date(2026, 3, 1),
                                                  DisciplineForm.REPRIMAND, dt.date(2026, 2, 1)))


def test_overdue_complaints_follow_the_due_days_setting(ws: Workspace, db_url: str) -> None:
    first = ws.complaints.create(ComplaintInput(dt.date(2026, 1, 5), "Ông A", "Kiến nghị về bình xét"))
    assert first.due_on == dt.date(2026, 2, 4)
    with as_admin(db_url) as admin:
        admin.settings.set("complaint_due_days", 45, dt.date(2026, 3, 1))
    second = ws.complaints.create(ComplaintInput(dt.date(2026, 3, 2), "Bà B", "Khiếu nại kết quả"))
    assert second.due_on == dt.date(2026, 4, 16)
    assert [c.id for c in ws.complaints.overdue_complaints(dt.date(2026, 2, 4))] == []
    assert [c.id for c in ws.complaints.overdue_complaints(dt.date(2026, 4, 17))] == [first.id, second.id]
    ws.complaints.update(first.id, ComplaintInput(first.received_on, first.sender, first.subject,
                                                  due_on=first.due_on, state=ComplaintState.RESOLVED,
                                                  resolved_on=dt.date(2026, 2, 20), result="Đã trả lời"))
    assert [c.id for c in ws.complaints.overdue_complaints(dt.date(2026, 4, 17))] == [second.id]
    with pytest.raises(ValidationError, match="ngày giải quyết"):
        ws.complaints.update(second.id, ComplaintInput(second.received_on, "Bà B", "x",
                                                       state=ComplaintState.RESOLVED))


# --- exemplars, households ------------------------------------------------------------------------------------

def test_exemplar_photos_are_images_up_to_10_mb_and_make_a_news_item(demo_ws: Workspace, tmp_path: Path) -> None:
    village = demo_ws.units.by_code("T03")
    row = demo_ws.exemplars.create(ExemplarInput(Nominee.collective(village.id), ExemplarKind.NEW_MODEL,
                                                 "Mô hình <đường hoa> & cây xanh", 2026, dt.date(2026, 5, 2),
                                                 "Đoạn một.\n\nĐoạn hai."))
    photo = tmp_path / "ảnh 1.png"
    photo.write_bytes(PNG)
    added = demo_ws.exemplars.add_photo(row.id, photo)
    assert added.media_type == "image/png" and len(added.sha256) == 64
    with pytest.raises(ValidationError, match="đã có"):
        demo_ws.exemplars.add_photo(row.id, photo)
    text = tmp_path / "ghi-chu.png"
    text.write_text("không phải ảnh", encoding="utf-8")
    with pytest.raises(ValidationError, match="không phải ảnh"):
        demo_ws.exemplars.add_photo(row.id, text)
    big = tmp_path / "lon.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\x00" * MAX_PHOTO_BYTES)
    with pytest.raises(ValidationError, match="quá giới hạn 10 MB"):
        demo_ws.exemplars.add_photo(row.id, big)
    assert demo_ws.exemplars.get(row.id).photos == 1

    folder = demo_ws.exemplars.make_news(row.id, tmp_path / "tin")
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page and "Mô hình &lt;đường hoa&gt; &amp; cây xanh" in page
    assert "<p>Đoạn hai.</p>" in page and 'src="anh-01.png"' in page
    assert (folder / "anh-01.png").read_bytes() == PNG
    post = (folder / "bai-dang.txt").read_text(encoding="utf-8")
    assert post.startswith("MÔ HÌNH <ĐƯỜNG HOA> & CÂY XANH") and "Thôn Nam Thượng" in post and "02/05/2026" in post
    demo_ws.exemplars.delete(row.id)
    assert demo_ws.exemplars.photos(row.id) == []


def test_culture_results_are_award_records_of_gdvh_and_tvh(demo_ws: Workspace) -> None:
    household = demo_ws.households.list(search="Phạm Văn Quý")[0]
    village = demo_ws.units.by_code("T03")
    added = demo_ws.households.record_culture(2026, [Nominee.household(household.id), Nominee.collective(village.id)],
                                              "20/QĐ-UBND", dt.date(2026, 12, 20))
    assert added == 2
    assert demo_ws.households.record_culture(2026, [Nominee.household(household.id)]) == 0
    assert demo_ws.households.get(household.id).culture_years == (2026,)
    codes = {r.title_code for r in demo_ws.award_history.list(year=2026)}
    assert codes == {"GDVH", "TVH"}
    with pytest.raises(ValidationError, match="chỉ ghi cho thôn"):
        demo_ws.households.record_culture(2026, [Nominee.collective(demo_ws.units.by_code("VP").id)])


def test_a_count_of_nominees_names_each_kind_and_leaves_out_kinds_with_none() -> None:
    from tnapp.domain.emulation_rules import nominee_count, nominee_kinds
    P, C, H = NomineeType.PERSON, NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD
    assert nominee_count([H, P, C, P, H, H, P, P, C, P]) == "05 cá nhân, 02 tập thể và 03 hộ gia đình"
    assert nominee_count([P, H]) == "01 cá nhân và 01 hộ gia đình"
    assert nominee_count([C, C]) == "02 tập thể"
    assert nominee_kinds([H, C]) == "tập thể và hộ gia đình"

"""Dated settings: a value checked by its key's rule (tnapp.domain.setting_rules),
a new value from a date leaves earlier dates alone, a correction is audited
and versioned; ``tnapp settings`` prints the values in force."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tnapp.cli import main
from tnapp.domain import setting_rules
from tnapp.domain.council_rules import ThresholdBase, ThresholdRule
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.errors import ConflictError, PermissionDenied, ValidationError
from tnapp.models import AuditEntry
from tnapp.services.prize import prize_quote
from tnapp.services.workspace import Workspace

ADMIN = Actor("quan-tri", Role.ADMIN)
CSTDCS = "council.threshold.CSTDCS"


@pytest.fixture
def admin(ws: Workspace) -> Iterator[Workspace]:
    workspace = Workspace.open(ws.url, ADMIN)
    yield workspace
    workspace.close()


def row_of(ws: Workspace, key: str, on: dt.date):
    return next(r for r in ws.settings.in_force(on, key) if r.key == key)


@pytest.mark.parametrize(("key", "value", "field", "words"), [
    (CSTDCS, {"share": 1.5, "base": "all_members"}, "value.share", "tỷ lệ (share) không được lớn hơn 1"),
    (CSTDCS, {"share": 0.75, "base": "half"}, "value.base", "cơ sở tính (base) phải là all_members"),
    (CSTDCS, {"share": 0.75, "base": "present", "strict": "có"}, "value.strict", "phải là có/không"),
    (CSTDCS, {"base": "present"}, "value.share", "tỷ lệ (share) còn thiếu"),
    ("prize_multiplier.GK", -0.1, "value", "không được nhỏ hơn 0"),
    ("prize_rounding_step", 0, "value", "phải lớn hơn 0"),
    ("eligibility.ttldtt_member_share", 70, "value", "không được lớn hơn 1"),
    ("eligibility.ldtt_worked_months", 10.5, "value", "phải là số nguyên"),
    ("registration_deadline", "31-03", "value", "MM-DD"),
    ("council.second_round_allowed", 1, "value", "có/không"),
    ("login.max_failures", "năm", "value", "phải là một số"),
])
def test_each_key_has_its_rule_and_the_refusal_names_the_part(key, value, field, words) -> None:
    with pytest.raises(ValidationError) as caught:
        setting_rules.check(key, value)
    assert caught.value.field == field and words in str(caught.value) and key in str(caught.value)


def test_good_values_pass_and_counts_stay_whole_numbers() -> None:
    assert setting_rules.check(CSTDCS, {"share": 0.75, "base": "all_members"}) == {"share": 0.75,
                                                                                   "base": "all_members"}
    assert setting_rules.check("login.max_failures", 6.0) == 6 and isinstance(
        setting_rules.check("login.max_failures", 6.0), int)
    assert setting_rules.check("registration_deadline", "02-29") == "02-29"
    assert setting_rules.check("some.new_key", [1, 2]) == [1, 2]  # no rule: any JSON value


def test_every_seeded_value_passes_its_own_rule() -> None:
    seeded = json.loads((Path(__file__).parents[1] / "db/seed/defaults/settings.json").read_text("utf-8"))
    for item in seeded:
        assert setting_rules.check(item["key"], item["value"]) == item["value"], item["key"]


def test_a_new_share_from_a_date_leaves_earlier_meetings_alone(ws: Workspace, admin: Workspace) -> None:
    admin.settings.set(CSTDCS, {"share": 0.75, "base": "all_members"}, dt.date(2027, 1, 1),
                       basis="Nghị định 152/2025/NĐ-CP", unconfirmed=True, note="Tỷ lệ mới")
    before = ThresholdRule.from_setting(ws.settings.value(CSTDCS, dt.date(2026, 12, 31)), None, True, CSTDCS)
    after = ThresholdRule.from_setting(ws.settings.value(CSTDCS, dt.date(2027, 1, 1)), None, True, CSTDCS)
    assert (float(before.share), float(after.share)) == (0.8, 0.75)
    assert after.base is ThresholdBase.ALL_MEMBERS
    rows = [r for r in ws.settings.list() if r.key == CSTDCS]
    assert [r.effective_from for r in rows] == [dt.date(1900, 1, 1), dt.date(2027, 1, 1)]  # history kept


def test_a_new_multiplier_keeps_the_prize_of_earlier_decisions(ws: Workspace, admin: Workspace) -> None:
    admin.settings.set("prize_multiplier.GK", 0.2, dt.date(2027, 1, 1), basis="Văn bản đã đối chiếu")
    with ws.read() as session:
        old = prize_quote(session, "GK", dt.date(2026, 12, 31))
        new = prize_quote(session, "GK", dt.date(2027, 1, 1))
    assert (old.multiplier, old.amount) == (0.15, 360_000)  # 0,15 × 2.340.000 = 351.000 → 360.000
    assert (new.multiplier, new.amount, new.unconfirmed) == (0.2, 470_000, True)  # the rounding step still is


def test_a_refused_value_saves_nothing(ws: Workspace, admin: Workspace) -> None:
    count = len(ws.settings.list())
    with pytest.raises(ValidationError, match="tỷ lệ"):
        admin.settings.set(CSTDCS, {"share": 2, "base": "present"}, dt.date(2027, 1, 1), basis="x")
    with pytest.raises(ValidationError, match="Căn cứ không được để trống") as caught:
        admin.settings.set(CSTDCS, {"share": 0.7, "base": "present"}, dt.date(2027, 1, 1), basis="  ")
    assert caught.value.field == "basis"
    with pytest.raises(ValidationError, match="phải là số như các giá trị trước"):  # same kind as the key's other values
        admin.settings.set("some.key", 1, dt.date(2027, 1, 1))  # unknown key: first value sets its kind
        admin.settings.set("some.key", {"a": 1}, dt.date(2028, 1, 1))
    assert len(ws.settings.list()) == count + 1


def test_a_correction_is_audited_and_versioned(ws: Workspace, admin: Workspace) -> None:
    row = row_of(ws, "prize_multiplier.GK", dt.date(2026, 1, 1))
    fixed = admin.settings.update(row.id, 0.15, row.effective_from, "NĐ 152/2025/NĐ-CP, Điều 50, khoản 3", False,
                                  row.note, expected_version=row.version)
    assert (fixed.basis, fixed.unconfirmed, fixed.version) == ("NĐ 152/2025/NĐ-CP, Điều 50, khoản 3", False,
                                                                row.version + 1)
    with ws.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting",
                                                         AuditEntry.entity_id == row.id)
                                .order_by(AuditEntry.id.desc())).first()
    assert entry.username == "quan-tri" and entry.before["unconfirmed"] is True and entry.after["unconfirmed"] is False
    with pytest.raises(ConflictError):  # a form opened on the old version
        admin.settings.update(row.id, 0.3, row.effective_from, "x", False, None, expected_version=row.version)
    other = row_of(ws, "base_salary", dt.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="đã có giá trị từ ngày 01/07/2024") as caught:
        admin.settings.update(other.id, other.value, dt.date(2024, 7, 1), other.basis, False, other.note,
                              expected_version=other.version)
    assert caught.value.field == "effective_from"
    with pytest.raises(PermissionDenied):  # office staff read the settings, the administrator sets them
        ws.settings.update(row.id, 0.15, row.effective_from, "x", False, None)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_values_in_force_and_sets_a_new_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite")
    assert run(capsys, "--db", db, "init")[0] == 0
    code, out, _ = run(capsys, "--db", db, "settings", "--key", "council.threshold.", "--json")
    rows = {r["key"]: r for r in json.loads(out)}
    assert code == 0 and set(rows) == {CSTDCS, "council.threshold.default"}
    assert rows[CSTDCS]["value"] == {"share": 0.8, "base": "all_members"} and rows[CSTDCS]["unconfirmed"] is True
    assert "Điều 30.7" in rows[CSTDCS]["basis"]

    code, _, err = run(capsys, "--db", db, "settings", "set", CSTDCS, '{"share": 1.5, "base": "all_members"}',
                       "--from", "01/01/2027", "--basis", "NĐ 152/2025/NĐ-CP")
    assert code == 2 and err.startswith("Lỗi: ") and "tỷ lệ (share)" in err
    code, out, _ = run(capsys, "--db", db, "settings", "set", "eligibility.ttldtt_member_share", "0,75",
                       "--from", "01/01/2027", "--basis", "Quyết định của tỉnh", "--json")
    saved = json.loads(out)
    assert code == 0 and saved["value"] == 0.75 and saved["unconfirmed"] is False
    assert saved["note"].startswith("Tỷ lệ thành viên")  # the description carried over

    def share_on(day: str) -> object:
        out = run(capsys, "--db", db, "settings", "--key", "eligibility.ttldtt", "--on", day, "--json")[1]
        return json.loads(out)[0]["value"]

    assert (share_on("31/12/2026"), share_on("01/01/2027")) == (0.7, 0.75)


def test_every_setting_with_a_rule_has_a_name_and_a_meaning() -> None:
    meanings = setting_rules.MEANINGS
    assert all(rule in meanings or any(key.startswith(rule) for key in meanings) for rule in setting_rules.RULES)
    seeded = json.loads((Path(__file__).parents[1] / "db/seed/defaults/settings.json").read_text("utf-8"))
    assert [item["key"] for item in seeded if setting_rules.meaning_of(item["key"]) is None] == []
    assert setting_rules.subject_of("prize_multiplier.BKT") == "BKT" and setting_rules.subject_of("base_salary") == ""

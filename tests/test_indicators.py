"""The indicator catalogue: listing with targets and units, the rules of a valid
indicator, targets per year for the commune and per unit, rules between indicators."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tnapp.cli import main
from tnapp.domain.vocab import Aggregation, IndicatorArea, PeriodKind, ValueType
from tnapp.errors import ConflictError, PermissionDenied, ValidationError
from tnapp.services.indicators import IndicatorInput, validate_indicator
from tnapp.services.workspace import Workspace


def unit_id(ws: Workspace, code: str) -> int:
    return ws.units.by_code(code).id


def new_indicator(ws: Workspace, **changes: object) -> IndicatorInput:
    base = IndicatorInput(code="VH20", name="Tỷ lệ hộ dùng nước sạch", area=IndicatorArea.CULTURE_SOCIETY,
                          unit_of_measure="%", lead_unit_id=unit_id(ws, "PVHXH"), value_type=ValueType.PERCENT,
                          targets={2026: 90, 2027: 92, 2028: 94, 2029: 96, 2030: 98})
    return replace(base, **changes)


def test_the_list_gives_targets_per_year_lead_and_responsible_units(demo_ws: Workspace) -> None:
    rows = {r.code: r for r in demo_ws.indicators.list()}
    assert len(rows) == 27
    grain = rows["KT03"]
    assert grain.targets == {2026: 9850, 2027: 9900, 2028: 9950, 2029: 10000, 2030: 10050}
    assert grain.lead_unit.code == "PKT"
    assert [u.code for u in grain.responsible_units][:3] == ["T01", "T02", "T03"]
    assert grain.frequency is PeriodKind.QUARTER and grain.cumulative
    assert rows["VH06"].weight_indicator_code == "VH03"
    assert demo_ws.indicators.by_code("kt03").id == grain.id


def test_create_update_delete_with_commune_and_unit_targets(demo_ws: Workspace) -> None:
    t01, t02 = unit_id(demo_ws, "T01"), unit_id(demo_ws, "T02")
    row = demo_ws.indicators.create(new_indicator(
        demo_ws, aggregation=Aggregation.AVERAGE, responsible_unit_ids=(t01, t02), frequency=PeriodKind.QUARTER,
        unit_targets={t01: {2026: 85}}))
    assert row.targets[2030] == 98 and row.unit_targets == {"T01": {2026: 85}}
    assert row.target_for(2026, "T01") == 85 and row.target_for(2026, "T02") == 90
    assert row.sort_order > max(r.sort_order for r in demo_ws.indicators.list() if r.id != row.id)

    units = {u.code: u.id for u in demo_ws.units.list()}
    changed = demo_ws.indicators.update(row.id, replace(row.as_input(units), targets={2026: 91}, unit_targets={}),
                                        expected_version=row.version)
    assert changed.targets == {2026: 91} and changed.unit_targets == {}
    with pytest.raises(ConflictError):
        demo_ws.indicators.update(row.id, row.as_input(units), expected_version=row.version - 1)
    demo_ws.indicators.delete(row.id)
    assert "VH20" not in {r.code for r in demo_ws.indicators.list()}


def test_saving_an_indicator_unchanged_writes_nothing(demo_ws: Workspace) -> None:
    units = {u.code: u.id for u in demo_ws.units.list()}
    row = demo_ws.indicators.by_code("KT03")
    again = demo_ws.indicators.update(row.id, row.as_input(units))
    assert again.version == row.version


PLAIN = IndicatorInput(code="VH20", name="Tỷ lệ hộ dùng nước sạch", area=IndicatorArea.CULTURE_SOCIETY,
                       unit_of_measure="%", lead_unit_id=1, value_type=ValueType.PERCENT, targets={2026: 90})


@pytest.mark.parametrize(("changes", "field"), [
    ({"code": "VH 20"}, "code"),
    ({"name": "  "}, "name"),
    ({"unit_of_measure": ""}, "unit_of_measure"),
    ({"min_value": 50, "max_value": 10}, "min_value"),
    ({"aggregation": Aggregation.WEIGHTED_AVERAGE}, "weight_indicator_id"),
    ({"value_type": ValueType.YES_NO, "unit_of_measure": "Có/Không", "targets": {2026: 2}}, "targets"),
    ({"value_type": ValueType.YES_NO, "unit_of_measure": "Có/Không", "min_value": 0, "max_value": 5}, "min_value"),
    ({"targets": {2031: 99}}, "targets"),
    ({"targets": {2026: 120}}, "targets"),  # a percentage over 100
    ({"value_type": ValueType.COUNT, "unit_of_measure": "hộ", "targets": {2026: -3}}, "targets"),
    ({"lead_unit_id": None}, "lead_unit_id"),
    ({"aggregation": Aggregation.SUM}, "responsible_unit_ids"),  # nobody reports it
])
def test_the_rules_of_a_valid_indicator_name_the_field(changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_indicator(replace(PLAIN, **changes))
    assert (caught.value.field or "").split(".")[0] == field


def test_an_invalid_indicator_is_refused_and_nothing_is_saved(demo_ws: Workspace) -> None:
    before = demo_ws.indicators.list()
    with pytest.raises(ValidationError, match="Mã «KT01» đã dùng"):
        demo_ws.indicators.create(new_indicator(demo_ws, code="KT01"))
    with pytest.raises(ValidationError):
        demo_ws.indicators.create(new_indicator(demo_ws, targets={2026: 120}))
    assert demo_ws.indicators.list() == before


def test_a_commune_only_indicator_is_reported_by_its_lead_unit_alone(demo_ws: Workspace) -> None:
    row = demo_ws.indicators.create(new_indicator(demo_ws))
    assert [u.code for u in row.responsible_units] == ["PVHXH"]
    with pytest.raises(ValidationError, match="không giao cho đơn vị khác"):
        demo_ws.indicators.create(new_indicator(demo_ws, code="VH21", responsible_unit_ids=(unit_id(demo_ws, "T01"),)))


def test_a_weighted_average_needs_a_weight_indicator_that_exists(demo_ws: Workspace) -> None:
    households = demo_ws.indicators.by_code("VH03")
    t01 = unit_id(demo_ws, "T01")
    row = demo_ws.indicators.create(new_indicator(demo_ws, aggregation=Aggregation.WEIGHTED_AVERAGE,
                                                  responsible_unit_ids=(t01,), weight_indicator_id=households.id))
    assert row.weight_indicator_code == "VH03"
    with pytest.raises(ValidationError, match="trọng số"):
        demo_ws.indicators.create(new_indicator(demo_ws, code="VH22", aggregation=Aggregation.WEIGHTED_AVERAGE,
                                                responsible_unit_ids=(t01,), weight_indicator_id=999999))


def test_an_indicator_with_reported_values_cannot_be_deleted(demo_ws: Workspace) -> None:
    row = demo_ws.indicators.by_code("VH02")
    with pytest.raises(ValidationError, match="giá trị đã báo cáo"):
        demo_ws.indicators.delete(row.id)


def test_rules_between_indicators(demo_ws: Workspace) -> None:
    rules = demo_ws.indicators.rules()
    assert [r.text for r in rules] == ["VH02 ≤ VH03"]
    kt03, kt04, kt01 = (demo_ws.indicators.by_code(c).id for c in ("KT03", "KT04", "KT01"))
    added = demo_ws.indicators.add_rule(kt04, ">=", kt03, "Thu ngân sách không nhỏ hơn sản lượng (thử)")
    assert added.text == "KT04 ≥ KT03"
    with pytest.raises(ValidationError, match="kỳ khác nhau"):
        demo_ws.indicators.add_rule(kt01, "<=", kt03)
    with pytest.raises(ValidationError, match="Phép so sánh"):
        demo_ws.indicators.add_rule(kt04, "=>", kt03)
    demo_ws.indicators.delete_rule(added.id)
    assert len(demo_ws.indicators.rules()) == 1


def test_a_unit_reporter_cannot_edit_the_catalogue(demo_ws: Workspace, db_url: str) -> None:
    from tnapp.domain.permissions import Actor
    from tnapp.domain.vocab import Role
    reporter = Workspace.open(db_url, Actor("thon1", Role.UNIT_REPORTER, unit_id(demo_ws, "T01")))
    try:
        with pytest.raises(PermissionDenied):
            reporter.indicators.create(new_indicator(reporter))
    finally:
        reporter.close()


def test_cli_lists_the_catalogue_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "init", "--demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "indicators", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 27
    kt02 = next(r for r in rows if r["code"] == "KT02")
    assert kt02["targets"]["2030"] == 108 and kt02["lead_unit"]["code"] == "PKT" and kt02["value_type"] == "number"

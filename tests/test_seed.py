"""Seed data from db/seed: defaults for every database, the demo commune."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

import tnapp.services.seed as seed_module
from tnapp.errors import TNAppError
from tnapp.models import AuditEntry, AwardTitle, Indicator, IndicatorTarget, ReportValue, Unit, UnitReport
from tnapp.paths import seed_dir
from tnapp.services.workspace import Workspace


def test_defaults_are_added_once(ws: Workspace) -> None:
    assert ws.seed.ensure_defaults() == 0  # the fixture already added them
    with ws.read() as session:
        assert session.scalar(select(func.count()).select_from(AwardTitle)) == 13
    assert ws.settings.value("base_salary") == 2_340_000
    import datetime as dt
    assert ws.settings.value("base_salary", on=dt.date(2024, 6, 30)) == 1_800_000


def test_unconfirmed_settings_carry_their_basis(ws: Workspace) -> None:
    threshold = next(s for s in ws.settings.list() if s.key == "council.threshold.CSTDCS")
    assert threshold.unconfirmed and "98/2023" in threshold.basis
    assert threshold.value == {"share": 0.8, "base": "all_members"}


def test_the_demo_commune_is_labelled_and_complete(demo_ws: Workspace) -> None:
    commune = demo_ws.commune.current()
    assert (commune.name, commune.province, commune.is_demo) == ("Thượng Ninh", "Thanh Hóa", True)
    with demo_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Indicator)) == 27
        # every indicator has a target for each year 2026–2030 and a 2025 baseline
        years = session.execute(select(IndicatorTarget.year, func.count()).group_by(IndicatorTarget.year)).all()
        assert dict(years) == {year: 27 for year in range(2026, 2031)}
        assert session.scalar(select(func.count()).where(Indicator.baseline_value.is_(None))) == 0
        assert session.scalar(select(func.count()).select_from(UnitReport)) == 103
        assert session.scalar(select(func.count()).select_from(ReportValue)) > 100
        assert session.scalar(select(func.count()).where(Unit.active_from.is_not(None))) == 1  # joined mid-year
        # loading is audited like any other write
        assert session.scalar(select(func.count()).where(AuditEntry.reason == "Nạp dữ liệu mẫu")) > 100


def test_the_demo_is_loaded_only_into_an_empty_database(demo_ws: Workspace, db_url: str) -> None:
    from tnapp.domain.permissions import Actor
    from tnapp.domain.vocab import Role
    admin = Workspace.open(db_url, Actor("quan-tri", Role.ADMIN))
    with pytest.raises(TNAppError, match="chỉ nạp vào cơ sở dữ liệu trống"):
        admin.seed.load_demo()
    admin.close()


def test_a_broken_seed_file_loads_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "seed"
    shutil.copytree(seed_dir(), copy)
    reports = json.loads((copy / "demo" / "reports.json").read_text(encoding="utf-8"))
    reports[5]["period"] = "2026-Q7"
    (copy / "demo" / "reports.json").write_text(json.dumps(reports, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(seed_module, "seed_dir", lambda: copy)
    ws = Workspace.open(tmp_path / "a.sqlite")
    with pytest.raises(TNAppError, match="2026-Q7"):
        ws.seed.load_demo()
    assert ws.is_empty()
    with ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0
    ws.close()

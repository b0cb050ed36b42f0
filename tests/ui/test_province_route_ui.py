"""The province route in the proposals list, driven as the office would: the
BKT proposal of the demo's 2025 cycle reads «Đã trình tỉnh»; recording the
province's decision in its dialog writes the award history with the province as issuer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import select

from conftest import type_text
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import ProposalState, Role
from tnapp.models import AwardRecord
from tnapp.services.workspace import Workspace
from tnapp.ui.pages.proposals import ProposalsPage
from tnapp.ui.pages.proposals_province import DecisionDialog, SendDialog


def test_the_province_decision_recorded_in_its_dialog_writes_the_province_as_issuer(qtbot, demo_db: Path,
                                                                                     messages) -> None:
    admin = Workspace.open(demo_db, Actor("quan-tri", Role.ADMIN))
    admin.seed.load_demo_cycle()
    page = ProposalsPage(admin)
    qtbot.addWidget(page)
    page.show()
    page.proposals.year.setValue(2025)
    bkt = next(r for r in admin.proposals.list(year=2025) if r.title_code == "BKT")
    page.proposals.select(bkt.id)
    model = page.proposals.model
    status = next(model.data(model.index(i, 4)) for i in range(model.rowCount()) if model.row_at(i).id == bkt.id)
    assert status == "Đã trình tỉnh"
    assert page.proposals.province_decision_button.isEnabled()
    assert not page.proposals.province_send_button.isEnabled()  # already sent

    send = SendDialog(admin, admin.province.get(bkt.id), page)
    qtbot.addWidget(send)
    unconfirmed = send.findChild(QLabel, "unconfirmed").text()  # on screen before sending, never on the paper
    assert "Nơi nhận hồ sơ đề nghị khen thưởng cấp tỉnh" in unconfirmed and "chưa xác nhận" in unconfirmed
    assert "province." not in unconfirmed  # the setting by its Vietnamese name, never its key

    dialog = DecisionDialog(admin, admin.province.get(bkt.id), page)
    qtbot.addWidget(dialog)
    assert "tỉnh" in dialog.field_issuer.text()
    dialog.field_day.setText("02/03/2026")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert messages and "số quyết định" in messages[-1].text.lower()  # nothing typed: refused, named
    type_text(dialog.field_number, "345/QĐ-UBND")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert admin.proposals.get(bkt.id).state is ProposalState.DECIDED
    with admin.read() as session:
        record = session.scalars(select(AwardRecord).where(AwardRecord.decision_number == "345/QĐ-UBND")).one()
        assert (record.decision_date, record.issuer) == (dt.date(2026, 3, 2), dialog.field_issuer.text())
    admin.close()


def test_the_footer_counts_what_the_commune_pays_and_a_decided_proposal_opens_read_only(qtbot, demo_db: Path,
                                                                                         messages) -> None:
    admin = Workspace.open(demo_db, Actor("quan-tri", Role.ADMIN))
    admin.seed.load_demo_cycle()
    page = ProposalsPage(admin)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.proposals.year.setValue(2025)
    decision = admin.council.decision(admin.council.meetings(year=2025)[0].id)
    footer = page.proposals.totals
    assert f"{decision.total_amount:,}".replace(",", ".") in footer.text()  # the signed decision's total
    assert "Hội đồng không thông qua" in footer.toolTip() and "cấp trên" in footer.toolTip()
    ldtt = next(r for r in admin.proposals.list(year=2025) if r.title_code == "LDTT")
    model = page.proposals.model
    status = next(model.data(model.index(i, 4)) for i in range(model.rowCount()) if model.row_at(i).id == ldtt.id)
    assert status == "Đã có quyết định (1 thông qua, 1 không thông qua)"
    page.proposals.select(ldtt.id)
    assert page.proposals.edit_button.isEnabled()
    page.proposals.edit_button.click()
    view = page.proposals.view
    assert view is not None and view.isVisible()
    table = view.table
    cells = [[table.item(i, j).text() for j in range(table.columnCount())] for i in range(table.rowCount())]
    assert sorted(row[3] for row in cells) == ["Không thông qua", "Thông qua"]
    assert next(row[4] for row in cells if row[3] == "Không thông qua") == "—"
    if Path("/tmp/shots").is_dir():
        page.proposals.grab().save("/tmp/shots/fix_proposals_list.png")
        view.grab().save("/tmp/shots/fix_proposals_view.png")
    view.close()
    admin.close()

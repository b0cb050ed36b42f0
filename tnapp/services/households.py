"""Households per village, imported from Excel, and the yearly results
"Gia đình văn hóa" (GDVH) and "Thôn văn hóa" (TVH) under NĐ 86/2023,
recorded as award history rows of those titles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.names import person_sort_key
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import UnitKind
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import N_, _
from tnapp.models import AwardRecord, AwardTitle, DisciplineRecord, Exemplar, Household, Registration, Unit
from tnapp.services.base import Service, delete_unless_used
from tnapp.services.emulation_excel import (
    ImportPreview, Lookups, RowReader, build_preview, export_table, import_reason, iter_rows, nominee_filter,
    save_items,
)

SHEET = "Hộ gia đình"
VILLAGE, CODE, HEAD, ADDRESS, MEMBERS = "Mã thôn", "Mã hộ", "Chủ hộ", "Địa chỉ", "Số nhân khẩu"
COLUMNS = (VILLAGE, CODE, HEAD, ADDRESS, MEMBERS)
FAMILY_TITLE, VILLAGE_TITLE = "GDVH", "TVH"


@dataclass(frozen=True)
class HouseholdInput:
    village_id: int
    code: str
    head_name: str
    address: str | None = None
    members: int | None = None


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    village_id: int
    village_code: str
    village_name: str
    code: str
    head_name: str
    address: str | None
    members: int | None
    culture_years: tuple[int, ...]  # years rated "Gia đình văn hóa"
    version: int


_REFERENCES = (
    (AwardRecord.household_id, N_("khen thưởng")),
    (Registration.household_id, N_("đăng ký thi đua")),
    (Exemplar.household_id, N_("điển hình")),
    (DisciplineRecord.household_id, N_("hồ sơ")),
)


class HouseholdService(Service):
    def list(self, village_id: int | None = None, search: str | None = None) -> list[HouseholdRow]:
        with self.ws.read() as session:
            query = select(Household).options(selectinload(Household.village))
            if village_id is not None:
                query = query.where(Household.village_id == village_id)
            culture: dict[int, list[int]] = {}
            for household, year in session.execute(
                    select(AwardRecord.household_id, AwardRecord.year).join(AwardTitle)
                    .where(AwardTitle.code == FAMILY_TITLE, AwardRecord.household_id.is_not(None))):
                culture.setdefault(household, []).append(year)
            rows = [self._row(h, culture.get(h.id, [])) for h in session.scalars(query)]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.code} {r.head_name} {r.address or ''} {r.village_name}")]
        return sorted(rows, key=lambda r: (r.village_code, r.code, person_sort_key(r.head_name)))

    def get(self, household_id: int) -> HouseholdRow:
        for row in self.list():
            if row.id == household_id:
                return row
        raise NotFoundError(_("Không tìm thấy hộ #{household_id} (có thể đã bị xóa).", household_id=household_id))

    def villages(self) -> list[Unit]:
        with self.ws.read() as session:
            return list(session.scalars(select(Unit).where(Unit.kind == UnitKind.VILLAGE)
                                        .order_by(Unit.sort_order, Unit.code)))

    def create(self, data: HouseholdInput) -> HouseholdRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            self._validate(session, data, None)
            household = Household()
            self._apply(household, data)
            session.add(household)
            session.flush()
            household_id = household.id
        return self.get(household_id)

    def update(self, household_id: int, data: HouseholdInput, expected_version: int | None = None) -> HouseholdRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            household = self._load(session, household_id)
            self.ws.check_version(household, expected_version)
            self._validate(session, data, household_id)
            self._apply(household, data)
        return self.get(household_id)

    def delete(self, household_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            household = self._load(session, household_id)
            self.ws.check_version(household, expected_version)
            delete_unless_used(session, household, _REFERENCES, _("Không xóa được hộ «{head_name}»", head_name=household.head_name),
                               _("Hộ đã có lịch sử thi đua, khen thưởng."))

    # --- yearly culture results (NĐ 86/2023) ----------------------------------------------------

    def record_culture(self, year: int, nominees: list[Nominee], decision_number: str | None = None,
                       decision_date: dt.date | None = None) -> int:
        """Record "Gia đình văn hóa" for households and "Thôn văn hóa" for
        villages of ``year`` (award history rows of GDVH / TVH); one already
        recorded is left as it is. Returns how many were added."""
        added = 0
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            titles = {t.code: t for t in session.scalars(select(AwardTitle).where(
                AwardTitle.code.in_((FAMILY_TITLE, VILLAGE_TITLE))))}
            for nominee in nominees:
                if nominee.type.value == "household":
                    title = titles[FAMILY_TITLE]
                    if session.get(Household, nominee.id) is None:
                        raise ValidationError(_("Không tìm thấy hộ #{id}.", id=nominee.id))
                else:
                    title = titles[VILLAGE_TITLE]
                    unit = session.get(Unit, nominee.id)
                    if unit is None or unit.kind is not UnitKind.VILLAGE:
                        raise ValidationError(_("«Thôn văn hóa» chỉ ghi cho thôn."))
                present = session.scalar(select(AwardRecord.id).where(
                    AwardRecord.year == year, AwardRecord.title_id == title.id,
                    nominee_filter(AwardRecord, nominee)))
                if present is None:
                    session.add(AwardRecord(title_id=title.id, year=year, decision_number=decision_number,
                                            decision_date=decision_date, issuer=title.authority, **nominee.columns))
                    added += 1
        return added

    # --- Excel ----------------------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[HouseholdRow] | None = None) -> Path:
        rows = self.list() if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [(r.village_code, r.code, r.head_name, r.address, r.members)
                                                   for r in rows], (10, 12, 28, 36, 12))

    def preview_import(self, path: Path) -> ImportPreview[HouseholdInput]:
        """Households matched on (village code, household code): new ones and changes."""
        preview: ImportPreview[HouseholdInput] = ImportPreview(path, "hộ gia đình")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            existing = {(h.village_id, h.code.casefold()): (h.id, (h.head_name, h.address, h.members))
                        for h in session.scalars(select(Household))}

            def parse(reader: RowReader):
                village = reader.unit(lk, VILLAGE)
                code, head = reader.text(CODE, True), reader.text(HEAD, True)
                address, members = reader.text(ADDRESS), reader.integer(MEMBERS, low=1, high=100)
                if village is not None and village.kind is not UnitKind.VILLAGE:
                    reader.problem(VILLAGE, f"«{village.code}» không phải là thôn")
                if not reader.ok:
                    return None
                data = HouseholdInput(village.id, code, head, address, members)
                try:
                    data = self._clean(data)
                except ValidationError as exc:
                    reader.problem(HEAD, str(exc))
                    return None
                return (village.id, data.code.casefold()), data, f"{village.code}/{data.code} – {data.head_name}"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, (VILLAGE, CODE, HEAD), preview.problems),
                                 parse, existing, lambda d: (d.head_name, d.address, d.members))

    def apply_import(self, preview: ImportPreview[HouseholdInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_CATALOGUE, reason=import_reason(preview)) as session:
            return save_items(session, preview, Household, self._load, self._apply)

    # --- helpers ----------------------------------------------------------------------------------

    @staticmethod
    def _clean(data: HouseholdInput) -> HouseholdInput:
        code, head = nfc(data.code), nfc(data.head_name)
        if not code:
            raise ValidationError(_("Mã hộ không được để trống."), field="code")
        if not head:
            raise ValidationError(_("Tên chủ hộ không được để trống."), field="head_name")
        if any(ch.isdigit() for ch in head):
            raise ValidationError(_("Tên chủ hộ «{head}» có chữ số.", head=head), field="head_name")
        if data.members is not None and not 1 <= data.members <= 100:
            raise ValidationError(_("Số nhân khẩu {members} không hợp lệ.", members=data.members), field="members")
        return HouseholdInput(data.village_id, code, head, nfc(data.address or "") or None, data.members)

    @staticmethod
    def _validate(session: Session, data: HouseholdInput, household_id: int | None) -> None:
        village = session.get(Unit, data.village_id)
        if village is None or village.kind is not UnitKind.VILLAGE:
            raise ValidationError(_("Hãy chọn thôn."), field="village_id")
        twin = session.scalar(select(Household.id).where(Household.village_id == data.village_id,
                                                         Household.code == data.code,
                                                         Household.id != (household_id or -1)))
        if twin is not None:
            raise ValidationError(_("«{village}» đã có hộ mã «{code}».",
                                    village=village.name, code=data.code), field="code")

    @staticmethod
    def _apply(household: Household, data: HouseholdInput) -> None:
        household.village_id, household.code, household.head_name = data.village_id, data.code, data.head_name
        household.address, household.members = data.address, data.members

    @staticmethod
    def _load(session: Session, household_id: int | None) -> Household:
        household = session.get(Household, household_id)
        if household is None:
            raise NotFoundError(_("Không tìm thấy hộ #{household_id} (có thể đã bị xóa).", household_id=household_id))
        return household

    @staticmethod
    def _row(h: Household, culture: list[int]) -> HouseholdRow:
        return HouseholdRow(h.id, h.village_id, h.village.code, h.village.name, h.code, h.head_name, h.address,
                            h.members, tuple(sorted(culture)), h.version)

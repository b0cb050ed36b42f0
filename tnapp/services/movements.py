"""Phong trào thi đua: the yearly movement launched by the plan and thematic
ones, with their launch document, slogan, period, content, linked indicators
and responsible units, and their stage along the steps of Luật TĐKT 2022,
Điều 17 (the rule is ``emulation_rules.check_movement_step``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.emulation_rules import check_movement_step, next_stage, previous_stage
from tnapp.domain.names import vietnamese_key
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import MovementKind, MovementStage
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import N_, _, label
from tnapp.models import Indicator, Movement, Registration, Unit
from tnapp.services.base import Service, delete_unless_used
from tnapp.services.emulation_excel import (
    ImportPreview, Lookups, RowReader, build_preview, export_table, iter_rows, validation_problem,
)

SHEET = "Phong trào"
COLUMNS = ("Mã", "Tên phong trào", "Loại", "Năm", "Khẩu hiệu", "Số văn bản phát động", "Ngày phát động", "Từ ngày",
           "Đến ngày", "Chỉ tiêu", "Đơn vị thực hiện", "Nội dung", "Bước")
REQUIRED = ("Mã", "Tên phong trào", "Năm")


@dataclass(frozen=True)
class MovementInput:
    code: str
    name: str
    year: int
    kind: MovementKind = MovementKind.THEMATIC
    slogan: str | None = None
    launch_doc_number: str | None = None
    launch_date: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    content: str | None = None  # its sections, each starting with a heading line
    indicator_ids: tuple[int, ...] = ()
    unit_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class MovementRow:
    id: int
    code: str
    name: str
    kind: MovementKind
    year: int
    slogan: str | None
    launch_doc_number: str | None
    launch_date: dt.date | None
    start_date: dt.date | None
    end_date: dt.date | None
    content: str | None
    stage: MovementStage
    indicator_ids: tuple[int, ...]
    indicator_codes: tuple[str, ...]
    unit_ids: tuple[int, ...]
    unit_codes: tuple[str, ...]
    version: int
    next_stage: MovementStage | None = field(init=False)
    previous_stage: MovementStage | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "next_stage", next_stage(self.stage))
        object.__setattr__(self, "previous_stage", previous_stage(self.stage))


def _clean(text: str | None) -> str | None:
    return nfc(text or "") or None


def _clean_block(text: str | None) -> str | None:
    """Multi-line text: lines kept, each cleaned."""
    lines = [nfc(line) for line in (text or "").splitlines()]
    return "\n".join(lines).strip() or None


class MovementService(Service):
    def list(self, year: int | None = None, stage: MovementStage | None = None, kind: MovementKind | None = None,
             search: str | None = None) -> list[MovementRow]:
        with self.ws.read() as session:
            query = select(Movement).options(selectinload(Movement.indicators), selectinload(Movement.units))
            if year is not None:
                query = query.where(Movement.year == year)
            if stage is not None:
                query = query.where(Movement.stage == stage)
            if kind is not None:
                query = query.where(Movement.kind == kind)
            rows = [self._row(m) for m in session.scalars(query)]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.code} {r.name} {r.slogan or ''} {r.launch_doc_number or ''}")]
        return sorted(rows, key=lambda r: (-r.year, r.kind is not MovementKind.YEARLY, vietnamese_key(r.name), r.id))

    def get(self, movement_id: int) -> MovementRow:
        with self.ws.read() as session:
            return self._row(self._load(session, movement_id))

    def create(self, data: MovementInput) -> MovementRow:
        data = self._clean(data)
        commune_id = self.ws.commune.current().id
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            self._validate(session, data, None)
            movement = Movement(commune_id=commune_id, stage=MovementStage.GOALS_SET)
            self._apply(session, movement, data)
            session.add(movement)
            session.flush()
            movement_id = movement.id
        return self.get(movement_id)

    def update(self, movement_id: int, data: MovementInput, expected_version: int | None = None) -> MovementRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            movement = self._load(session, movement_id)
            self.ws.check_version(movement, expected_version)
            self._validate(session, data, movement_id)
            self._apply(session, movement, data)
        return self.get(movement_id)

    def delete(self, movement_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            movement = self._load(session, movement_id)
            self.ws.check_version(movement, expected_version)
            delete_unless_used(session, movement, ((Registration.movement_id, N_("đăng ký thi đua")),),
                               _("Không xóa được phong trào «{movement}»", movement=movement.name), _("Hãy xóa các đăng ký trước."))

    def advance(self, movement_id: int, expected_version: int | None = None) -> MovementRow:
        """One step forward along Luật TĐKT 2022, Điều 17."""
        row = self.get(movement_id)
        if row.next_stage is None:
            raise ValidationError(_("Phong trào đã ở bước cuối «{stage}».", stage=label(row.stage)), field="stage")
        return self.set_stage(movement_id, row.next_stage, None, expected_version)

    def step_back(self, movement_id: int, reason: str, expected_version: int | None = None) -> MovementRow:
        """One step back, with a reason kept in the audit trail."""
        row = self.get(movement_id)
        if row.previous_stage is None:
            raise ValidationError(_("Phong trào đang ở bước đầu «{stage}».", stage=label(row.stage)), field="stage")
        return self.set_stage(movement_id, row.previous_stage, reason, expected_version)

    def set_stage(self, movement_id: int, stage: MovementStage, reason: str | None = None,
                  expected_version: int | None = None) -> MovementRow:
        reason = _clean(reason)
        with self.ws.write(Permission.EDIT_EMULATION, reason=reason) as session:
            movement = self._load(session, movement_id)
            self.ws.check_version(movement, expected_version)
            check_movement_step(movement.stage, stage, reason)
            movement.stage = stage
        return self.get(movement_id)

    # --- Excel ----------------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[MovementRow] | None = None) -> Path:
        rows = self.list() if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [
            (r.code, r.name, r.kind.label, r.year, r.slogan, r.launch_doc_number, r.launch_date, r.start_date,
             r.end_date, ", ".join(r.indicator_codes), ", ".join(r.unit_codes), r.content, r.stage.label)
            for r in rows], (12, 50, 16, 7, 30, 16, 13, 12, 12, 20, 24, 50, 22))

    def preview_import(self, path: Path) -> ImportPreview[MovementInput]:
        """New movements and changes (matched on the code); the stage is shown, not imported."""
        preview: ImportPreview[MovementInput] = ImportPreview(path, "phong trào")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            indicators = {i.code.casefold(): i.id for i in session.scalars(select(Indicator))}
            existing = {m.code.casefold(): (m.id, self._comparable(self._input(m)))
                        for m in session.scalars(select(Movement).options(selectinload(Movement.indicators),
                                                                           selectinload(Movement.units)))}

            def codes(reader: RowReader, name: str, table: dict[str, int], what: str) -> tuple[int, ...]:
                found = []
                for code in (reader.text(name) or "").replace(";", ",").split(","):
                    if code.strip():
                        if code.strip().casefold() in table:
                            found.append(table[code.strip().casefold()])
                        else:
                            reader.problem(name, f"không có {what} mã «{code.strip()}»")
                return tuple(sorted(found))

            def parse(reader: RowReader):
                data = MovementInput(
                    code=reader.text("Mã", True) or "", name=reader.text("Tên phong trào", True) or "",
                    year=reader.integer("Năm", True, 2000, 2100) or 0,
                    kind=reader.member(MovementKind, "Loại", MovementKind.THEMATIC),
                    slogan=reader.text("Khẩu hiệu"), launch_doc_number=reader.text("Số văn bản phát động"),
                    launch_date=reader.date("Ngày phát động"), start_date=reader.date("Từ ngày"),
                    end_date=reader.date("Đến ngày"),
                    content=_clean_block(str(reader.values.get("Nội dung") or "")),
                    indicator_ids=codes(reader, "Chỉ tiêu", indicators, "chỉ tiêu"),
                    unit_ids=codes(reader, "Đơn vị thực hiện", {k: u.id for k, u in lk.units.items()}, "đơn vị"))
                if not reader.ok:
                    return None
                try:
                    data = self._clean(data)
                except ValidationError as exc:
                    validation_problem(reader, exc, {"code": "Mã", "name": "Tên phong trào", "end_date": "Đến ngày"})
                    return None
                return data.code.casefold(), data, f"{data.code} – {data.name}"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse,
                                 existing, self._comparable)

    def apply_import(self, preview: ImportPreview[MovementInput]) -> int:
        preview.check_applicable()
        commune_id = self.ws.commune.current().id
        with self.ws.write(Permission.EDIT_EMULATION, reason=f"Nhập từ tệp {preview.path.name}") as session:
            for item in preview.new:
                movement = Movement(commune_id=commune_id, stage=MovementStage.GOALS_SET)
                self._apply(session, movement, item.data)
                session.add(movement)
            for item in preview.changed:
                self._apply(session, self._load(session, item.existing_id), item.data)
        return len(preview.new) + len(preview.changed)

    # --- helpers --------------------------------------------------------------------------

    @staticmethod
    def _comparable(data: MovementInput) -> MovementInput:
        return MovementInput(data.code.casefold(), data.name, data.year, data.kind, data.slogan,
                             data.launch_doc_number, data.launch_date, data.start_date, data.end_date, data.content,
                             tuple(sorted(data.indicator_ids)), tuple(sorted(data.unit_ids)))

    @staticmethod
    def _input(m: Movement) -> MovementInput:
        return MovementInput(m.code, m.name, m.year, m.kind, m.slogan, m.launch_doc_number, m.launch_date,
                             m.start_date, m.end_date, m.content, tuple(i.id for i in m.indicators),
                             tuple(u.id for u in m.units))

    @staticmethod
    def _clean(data: MovementInput) -> MovementInput:
        code, name = nfc(data.code), nfc(data.name)
        if not code:
            raise ValidationError(_("Mã phong trào không được để trống."), field="code")
        if len(code) > 30:
            raise ValidationError(_("Mã phong trào tối đa 30 ký tự."), field="code")
        if not name:
            raise ValidationError(_("Tên phong trào không được để trống."), field="name")
        if not 2000 <= data.year <= 2100:
            raise ValidationError(_("Năm {year} không hợp lệ.", year=data.year), field="year")
        if data.start_date and data.end_date and data.end_date < data.start_date:
            raise ValidationError(_("Ngày kết thúc phải sau ngày bắt đầu."), field="end_date")
        return MovementInput(code, name, data.year, MovementKind(data.kind), _clean(data.slogan), _clean(data.launch_doc_number),
                             data.launch_date, data.start_date, data.end_date, _clean_block(data.content),
                             tuple(sorted(set(data.indicator_ids))), tuple(sorted(set(data.unit_ids))))

    @staticmethod
    def _validate(session: Session, data: MovementInput, movement_id: int | None) -> None:
        twin = session.scalar(select(Movement.id).where(Movement.code == data.code,
                                                        Movement.id != (movement_id or -1)))
        if twin is not None:
            raise ValidationError(_("Đã có phong trào mã «{code}».", code=data.code), field="code")

    @staticmethod
    def _apply(session: Session, movement: Movement, data: MovementInput) -> None:
        for name in ("code", "name", "year", "kind", "slogan", "launch_doc_number", "launch_date", "start_date",
                     "end_date", "content"):
            setattr(movement, name, getattr(data, name))
        movement.indicators = [session.get(Indicator, i) for i in data.indicator_ids]
        movement.units = [session.get(Unit, u) for u in data.unit_ids]
        if None in movement.indicators or None in movement.units:
            raise ValidationError(_("Chỉ tiêu hoặc đơn vị đã chọn không còn tồn tại."), field="indicator_ids")

    @staticmethod
    def _load(session: Session, movement_id: int | None) -> Movement:
        movement = session.get(Movement, movement_id)
        if movement is None:
            raise NotFoundError(_("Không tìm thấy phong trào #{movement_id} (có thể đã bị xóa).",
                                  movement_id=movement_id))
        return movement

    @staticmethod
    def _row(m: Movement) -> MovementRow:
        indicators = sorted(m.indicators, key=lambda i: i.code)
        units = sorted(m.units, key=lambda u: (u.sort_order, u.code))
        return MovementRow(m.id, m.code, m.name, m.kind, m.year, m.slogan, m.launch_doc_number, m.launch_date,
                           m.start_date, m.end_date, m.content, m.stage, tuple(i.id for i in indicators),
                           tuple(i.code for i in indicators), tuple(u.id for u in units), tuple(u.code for u in units),
                           m.version)

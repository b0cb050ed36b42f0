"""Thi đua → Đánh giá xếp loại: yearly task-completion ratings of people and
collectives; officials by points (NĐ 335/2025), with the HTXS cap warned about;
workers and farmers by the village's or unit's confirmation (Luật TĐKT 2022, Điều 24)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QLineEdit

from tnapp.domain.emulation_rules import NomineeType
from tnapp.domain.formatting import format_number
from tnapp.domain.vocab import RatingLevel
from tnapp.errors import ValidationError
from tnapp.services.ratings import CONFIRMATION, RatingInput, RatingRow
from tnapp.ui.forms import clean, enum_combo, float_or_none, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.emulation_common import NomineePicker, RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column


class RatingDialog(RecordDialog):
    def __init__(self, ws, row: RatingRow | None, year: int | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa kết quả đánh giá") if row else self.tr("Thêm kết quả đánh giá"))
        self.year = self.add_field("year", self.tr("Năm:"), QLineEdit(str(row.year if row else year or "")))
        self.year.setValidator(QIntValidator(2000, 2100, self.year))
        self.nominee = self.add_field("nominee", self.tr("Đối tượng:"),
                                      NomineePicker(ws, tuple(NomineeType)))
        self.nominee.set_nominee(row.nominee.nominee if row else None)
        self.unit = self.add_field("unit_id", self.tr("Đơn vị đánh giá:"), QComboBox())
        self.unit.setPlaceholderText(self.tr("(tập thể: chính đơn vị đó)"))
        self.unit.setMinimumContentsLength(46)
        self._fill_units()
        if row is not None:
            select_data(self.unit, row.unit_id)
        self.year.textChanged.connect(self._fill_units)
        self.nominee.choice.currentIndexChanged.connect(self._fill_units)
        self.level = self.add_field("level", self.tr("Mức xếp loại:"), enum_combo(RatingLevel, row.level if row else
                                                                                  RatingLevel.GOOD))
        self.level.insertItem(0, self.tr("(không xếp loại)"), None)
        if row is not None and row.level is None:
            self.level.setCurrentIndex(0)
        self.points = self.add_field("points", self.tr("Điểm (cán bộ, công chức, viên chức):"),
                                     QLineEdit(format_number(row.points) if row and row.points is not None else ""))
        self.points.setPlaceholderText(self.tr("HTXS ≥ 90; HTT 70–<90; HT 50–<70; KHT < 50 (NĐ 335/2025)"))
        self.note = self.add_field("note", self.tr("Ghi chú:"), QLineEdit(row.note or "" if row else ""))
        self.confirmed = self.add_field("work_confirmed",
                                        self.tr("Thôn, đơn vị xác nhận (lao động, nông dân, hộ gia đình):"),
                                        QComboBox(objectName="ratingConfirmed"))
        self.confirmed.addItem(self.tr("(không có)"), None)
        for value, outcome in CONFIRMATION.items():
            self.confirmed.addItem(tr_label(outcome), value)
        self.confirmed.setToolTip(self.tr(
            "Công nhân, nông dân, người lao động: thôn hoặc đơn vị xác nhận trong năm lao động sản xuất có hiệu quả, "
            "gương mẫu chấp hành chủ trương, pháp luật, tích cực tham gia phong trào thi đua "
            "(Luật Thi đua, khen thưởng 2022, Điều 24). Hộ gia đình (không xếp loại): kết quả họp bình xét "
            "«Gia đình văn hóa» của thôn (Nghị định 86/2023/NĐ-CP)."))
        select_data(self.confirmed, row.work_confirmed if row else None)
        self.confirmed_by = self.add_field("confirmed_by", self.tr("Nơi xác nhận:"),
                                           QLineEdit(row.confirmed_by or "" if row else ""))
        self.confirmed_by.setPlaceholderText(self.tr("(mặc định: đơn vị đánh giá)"))

    def _fill_units(self) -> None:
        """A person is rated by the unit they belonged to in the year typed (the latest one
        in the year of a move), not by their unit today; a collective rates itself."""
        self.unit.clear()
        year = self.year.text().strip()
        try:
            nominee = self.nominee.nominee()
        except ValidationError:
            nominee = None
        person = nominee is not None and nominee.type is NomineeType.PERSON
        if person and len(year) == 4:
            for period in self.ws.people.units_in_year(nominee.id, int(year)):
                self.unit.addItem(period.text, period.unit_id)
        self.unit.setCurrentIndex(self.unit.count() - 1)
        self.unit.setEnabled(person)

    def save_record(self) -> RatingRow:
        data = RatingInput(int_or_none(self.year.text(), "year", "năm") or 0, self.nominee.nominee(),
                           self.level.currentData(), float_or_none(self.points.text(), "points"),
                           unit_id=self.unit.currentData(), note=clean(self.note.text()),
                           work_confirmed=self.confirmed.currentData(), confirmed_by=clean(self.confirmed_by.text()))
        if self.row is None:
            return self.ws.ratings.create(data)
        return self.ws.ratings.update(self.row.id, data, expected_version=self.row.version)


class RatingsPage(RecordPage):
    object_name = "ratings"
    can_import = True

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Năm"), lambda r: str(r.year), sort_key=lambda r: r.year),
            Column(self.tr("Đối tượng"), lambda r: r.nominee.name, sort_key=lambda r: r.nominee.sort_key),
            Column(self.tr("Đơn vị đánh giá"), lambda r: r.unit_name),
            Column(self.tr("Mức xếp loại"), self._result, sort_key=lambda r: r.level.value if r.level else ""),
            Column(self.tr("Điểm"), lambda r: format_number(r.points), sort_key=lambda r: r.points or -1,
                   align_right=True),
            Column(self.tr("Ghi chú"), lambda r: r.note),
        ]

    def _result(self, r: RatingRow) -> str:
        parts = [tr_label(r.level)] if r.level else []
        if r.work_confirmed is not None:
            parts.append(self.tr("{result} (xác nhận của {by})").format(
                result=tr_label(CONFIRMATION[r.work_confirmed]), by=r.confirmed_by or r.unit_name))
        return "; ".join(parts)

    def stretch_column(self) -> int:
        return 5

    def search_text(self, r: RatingRow) -> str:
        return f"{r.nominee.name} {r.unit_name} {r.result} {r.note or ''}"

    def build_filters(self) -> None:
        self.year = self.add_filter(self.tr("Năm:"), self.year_filter())
        self.unit = self.add_filter(self.tr("Đơn vị:"), self.unit_filter())
        self.level = self.add_filter(self.tr("Mức:"), self.enum_filter(RatingLevel, self.tr("Tất cả các mức")))

    def fetch(self) -> list[RatingRow]:
        return self.ws.ratings.list(year=self.year.currentData(), unit_id=self.unit.currentData(),
                                    level=self.level.currentData())

    def warnings(self) -> list[str]:
        """The rules' warnings (HTXS cap, disciplined people) of the years shown."""
        years = sorted({r.year for r in self.model.rows()}, reverse=True)
        return [w.message for year in years for w in self.ws.ratings.warnings(year, self.unit.currentData())]

    def make_dialog(self, row: RatingRow | None) -> RatingDialog:
        return RatingDialog(self.ws, row, self.year.currentData(), self)

    def describe(self, row: RatingRow) -> str:
        return f"{row.nominee.name} – {row.result} {row.year}"

    def delete_record(self, row: RatingRow) -> None:
        self.ws.ratings.delete(row.id, expected_version=row.version)

    def export(self, path: Path, rows: list[RatingRow]) -> Path:
        return self.ws.ratings.export_excel(path, rows)

    def preview_import(self, path: Path):
        return self.ws.ratings.preview_import(path)

    def apply_import(self, preview) -> int:
        return self.ws.ratings.apply_import(preview)

    def file_title(self) -> str:
        return self.tr("đánh giá xếp loại")

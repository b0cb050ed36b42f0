"""Thi đua → Lịch sử khen thưởng: every award received, at any level, and
the timeline of the chosen person or collective (grouped by year, newest first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from tnapp.domain.emulation_rules import Nominee, NomineeType, title_fits
from tnapp.domain.formatting import format_date, format_money
from tnapp.domain.vocab import AwardLevel, UnitKind
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.award_history import AwardInput, AwardRow
from tnapp.ui.files import save_file, suggested_name
from tnapp.ui.forms import DateEdit, clean, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.base import heading
from tnapp.ui.pages.emulation_common import NomineePicker, RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column, fit_rows
from tnapp.ui.tasks import run_task


class AwardDialog(RecordDialog):
    def __init__(self, ws, row: AwardRow | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa khen thưởng") if row else self.tr("Thêm khen thưởng"))
        self.nominee = self.add_field("nominee", self.tr("Đối tượng:"), NomineePicker(ws))
        self.nominee.set_nominee(row.nominee.nominee if row else None)
        self.title = self.add_field("title_id", self.tr("Danh hiệu, hình thức:"), QComboBox())
        self.titles = ws.award_history.titles(active_only=False)
        self.units = {u.id: u for u in ws.units.list()}
        self.nominee.kind.currentIndexChanged.connect(lambda _: self._fill_titles())
        self.nominee.choice.currentIndexChanged.connect(lambda _: self._fill_titles())
        self._fill_titles()
        select_data(self.title, row.title_id if row else None)
        self.year = self.add_field("year", self.tr("Năm:"), QLineEdit(str(row.year) if row else ""))
        self.year.setValidator(QIntValidator(1945, 2100, self.year))
        self.number = self.add_field("decision_number", self.tr("Số quyết định:"),
                                     QLineEdit(row.decision_number or "" if row else ""))
        self.date = self.add_field("decision_date", self.tr("Ngày quyết định:"),
                                   DateEdit(row.decision_date if row else None))
        self.issuer = self.add_field("issuer", self.tr("Cơ quan quyết định:"), QLineEdit(row.issuer or "" if row else ""))
        self.amount = self.add_field("amount", self.tr("Số tiền (đồng):"),
                                     QLineEdit(str(row.amount) if row and row.amount is not None else ""))
        self.note = self.add_field("note", self.tr("Ghi chú:"), QLineEdit(row.note or "" if row else ""))

    def _fill_titles(self) -> None:
        kind = NomineeType(self.nominee.kind.currentData())
        unit = self.units.get(self.nominee.choice.currentData()) if kind is NomineeType.COLLECTIVE else None
        unit_kind = unit.kind if unit else (UnitKind.VILLAGE if kind is NomineeType.COLLECTIVE else None)
        chosen = self.title.currentData()
        self.title.clear()
        for title in self.titles:
            if title_fits(title.nominee_kind, kind, unit_kind):
                self.title.addItem(f"{title.code} – {title.name}", title.id)
        select_data(self.title, chosen)

    def save_record(self) -> AwardRow:
        if self.title.currentData() is None:
            raise ValidationError(self.tr("Hãy chọn danh hiệu, hình thức khen thưởng."), field="title_id")
        data = AwardInput(self.nominee.nominee(), self.title.currentData(),
                          int_or_none(self.year.text(), "year", "năm") or 0, clean(self.number.text()),
                          self.date.date("decision_date"), clean(self.issuer.text()),
                          int_or_none(self.amount.text().replace(".", ""), "amount", "số tiền"), clean(self.note.text()))
        if self.row is None:
            return self.ws.award_history.create(data)
        return self.ws.award_history.update(self.row.id, data, expected_version=self.row.version)


class Timeline(QWidget):
    """One nominee's awards grouped by year, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Dòng thời gian khen thưởng"), level=2)
        self.hint = QLabel(self.tr("Chọn một dòng để xem toàn bộ khen thưởng của người hoặc tập thể đó."))
        self.hint.setWordWrap(True)
        self.units = QLabel()
        self.units.setObjectName("unitHistory")
        self.units.setWordWrap(True)
        self.units.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("timeline")
        fit_rows(self.tree)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(16)
        self.tree.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.units)
        layout.addWidget(self.tree, 1)

    def show_timeline(self, name: str, years, units=()) -> None:
        """``units``: a person's unit history (UnitPeriod, oldest first)."""
        self.title.setText(self.tr("Dòng thời gian khen thưởng – {name}").format(name=name))
        self.hint.setText(self.tr("{n} lượt khen thưởng trong {y} năm.").format(
            n=sum(len(y.awards) for y in years), y=len(years)))
        self.units.setText(self.tr("Đơn vị công tác: {units}").format(units=" → ".join(u.text for u in units)))
        self.units.setVisible(bool(units))
        self.tree.clear()
        for group in years:
            top = QTreeWidgetItem([str(group.year)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for award in group.awards:
                decision = " · ".join(part for part in (
                    award.decision_number, format_date(award.decision_date),
                    format_money(award.amount) if award.amount else None) if part)
                lines = [f"{award.title_name} – {tr_label(award.level)}", decision, award.issuer or ""]
                child = QTreeWidgetItem(["\n".join(line for line in lines if line)])
                child.setToolTip(0, award.note or decision)
                top.addChild(child)
            top.setExpanded(True)

    def texts(self) -> list[str]:
        """What the tree shows, one line per item (for tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top.text(0))
            out += [top.child(j).text(0).replace("\n", " | ") for j in range(top.childCount())]
        return out


class AwardHistoryPage(RecordPage):
    object_name = "awards"
    can_import = True

    def __init__(self, ws, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.timeline = Timeline()
        self.body.removeWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.body.addWidget(self.splitter, 1)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Năm"), lambda r: str(r.year), sort_key=lambda r: r.year),
            Column(self.tr("Đối tượng"), lambda r: r.nominee.name, sort_key=lambda r: r.nominee.sort_key,
                   tooltip=lambda r: r.nominee.unit_name),
            Column(self.tr("Danh hiệu, hình thức"), lambda r: r.title_name),
            Column(self.tr("Cấp"), lambda r: tr_label(r.level)),
            Column(self.tr("Số quyết định"), lambda r: r.decision_number),
        ]

    def stretch_column(self) -> int:
        return 2

    def search_text(self, r: AwardRow) -> str:
        return f"{r.nominee.name} {r.nominee.unit_name} {r.title_name} {r.title_code} {r.decision_number or ''}"

    def build_filters(self) -> None:
        self.year = self.add_filter(self.tr("Năm:"), self.year_filter())
        self.unit = self.add_filter(self.tr("Đơn vị:"), self.unit_filter())
        self.level = self.add_filter(self.tr("Cấp:"), self.enum_filter(AwardLevel, self.tr("Mọi cấp")))

    def extra_buttons(self) -> list[QPushButton]:
        """Xuất theo CSDL quốc gia: the awards of the filtered year, or of the chosen person."""
        self.national_button = QPushButton(self.tr("Xuất theo CSDL quốc gia…"))
        self.national_button.setToolTip(self.tr("Khen thưởng của cán bộ, công chức, viên chức theo các trường của "
                                                "Cơ sở dữ liệu quốc gia (Excel hoặc JSON)"))
        menu = QMenu(self.national_button)
        menu.setToolTipsVisible(True)
        self.national_year = menu.addAction("")
        self.national_person = menu.addAction("")
        self.national_year.triggered.connect(lambda: self.export_national(year=self._national_year))
        self.national_person.triggered.connect(self._export_national_person)
        menu.aboutToShow.connect(self._name_national_choices)
        self.national_button.setMenu(menu)
        self._national_year: int | None = None
        return [self.national_button]

    def _name_national_choices(self) -> None:
        """Each choice says what it exports – the year filtered, else the latest year with awards; the person
        chosen – or, greyed out, what to do first."""
        filtered = self.year.currentData()
        self._national_year = filtered or self.ws.award_export.latest_year()
        year_action, person_action = self.national_year, self.national_person
        if self._national_year is None:
            year_action.setText(self.tr("Khen thưởng của một năm (chưa có khen thưởng của cán bộ, công chức, "
                                        "viên chức)"))
            year_action.setToolTip("")
        else:
            year_action.setText((self.tr("Khen thưởng của năm {year}…") if filtered else self.tr(
                "Khen thưởng của năm {year} (năm gần nhất có khen thưởng)…")).format(year=self._national_year))
            year_action.setToolTip("" if filtered else self.tr(
                "Để xuất năm khác, hãy chọn năm đó ở ô «Năm» phía trên."))
        year_action.setEnabled(self._national_year is not None)
        row = self.selected()
        if row is not None and row.nominee.type is NomineeType.PERSON:
            person_action.setText(self.tr("Khen thưởng của {name}…").format(name=row.nominee.name))
            person_action.setToolTip("")
            person_action.setEnabled(True)
        else:
            person_action.setText(self.tr("Khen thưởng của một người (chọn người đó trong danh sách)"))
            person_action.setToolTip(self.tr("Chọn một dòng khen thưởng của người cần xuất; khen thưởng tập thể, "
                                             "hộ gia đình không có trong Cơ sở dữ liệu cán bộ, công chức, viên chức."))
            person_action.setEnabled(False)

    def _export_national_person(self) -> None:
        row = self.selected()
        if row is not None and row.nominee.type is NomineeType.PERSON:
            self.export_national(person_id=row.nominee.nominee.id, name=row.nominee.name)

    def export_national(self, year: int | None = None, person_id: int | None = None, name: str = "") -> Path | None:
        suggested = suggested_name(self.tr("khen thưởng CSDL quốc gia"), year or name, suffix=".xlsx")
        path, _ = save_file(self, self.tr("Xuất khen thưởng theo CSDL quốc gia"), suggested,
                            "Excel (*.xlsx);;JSON (*.json)")
        if not path:
            return None
        target = Path(path) if path.lower().endswith((".xlsx", ".json")) else Path(path + ".xlsx")
        ws = self.ws
        try:
            result = run_task(self, self.tr("Đang ghi tệp…"), lambda: ws.award_export.export(target, year, person_id))
        except TNAppError as exc:
            show_error(self, exc)
            return None
        unconfirmed = "\n".join(f"– {note}" for note in ws.award_export.mapping.unconfirmed)
        text = self.tr("Đã xuất {rows} khen thưởng ra tệp «{file}».").format(rows=result.rows, file=str(result.path))
        if result.notes():
            text += "\n\n" + self.tr("Cần biết:") + "\n" + "\n".join(f"– {note}" for note in result.notes())
        show_info(self, text + "\n\n" + self.tr("Chưa xác nhận:") + "\n" + unconfirmed)
        return result.path

    def fetch(self) -> list[AwardRow]:
        return self.ws.award_history.list(year=self.year.currentData(), unit_id=self.unit.currentData(),
                                          level=self.level.currentData())

    def selection_changed(self, row: AwardRow | None) -> None:
        if row is not None and hasattr(self, "timeline"):
            self.show_timeline(row.nominee.nominee, row.nominee.name)

    def show_timeline(self, nominee: Nominee, name: str) -> None:
        self.timeline.show_timeline(name, self.ws.award_history.timeline(nominee),
                                    self.ws.award_history.unit_history(nominee))

    def make_dialog(self, row: AwardRow | None) -> AwardDialog:
        return AwardDialog(self.ws, row, self)

    def describe(self, row: AwardRow) -> str:
        return f"{row.nominee.name} – {row.title_name} {row.year}"

    def delete_record(self, row: AwardRow) -> None:
        self.ws.award_history.delete(row.id, expected_version=row.version)

    def export(self, path: Path, rows: list[AwardRow]) -> Path:
        return self.ws.award_history.export_excel(path, rows)

    def preview_import(self, path: Path):
        return self.ws.award_history.preview_import(path)

    def apply_import(self, preview) -> int:
        return self.ws.award_history.apply_import(preview)

    def file_title(self) -> str:
        return self.tr("lịch sử khen thưởng")

"""Hội đồng → Thành viên Hội đồng: the council of a term and its members
(chair, vice-chairs, members, secretary), added, edited and removed through
forms; the term itself is added or edited in its own small form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPushButton, QWidget

from tnapp.domain.formatting import format_date
from tnapp.domain.vocab import CouncilRole
from tnapp.errors import ValidationError
from tnapp.services.council import CouncilInput, CouncilRow, MemberInput, MemberRow
from tnapp.services.people import PersonRow
from tnapp.ui.forms import DateEdit, clean, enum_combo, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.emulation_common import RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column


class CouncilDialog(RecordDialog):
    """A council's term: "2026-2031", the decision establishing it, its dates."""

    def __init__(self, ws, row: CouncilRow | None, parent: QWidget | None = None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa nhiệm kỳ Hội đồng") if row else self.tr("Thêm nhiệm kỳ Hội đồng"))
        self.term = self.add_field("term", self.tr("Nhiệm kỳ:"), QLineEdit(row.term if row else ""))
        self.term.setPlaceholderText(self.tr("ví dụ 2026-2031"))
        self.established_by = self.add_field("established_by", self.tr("Quyết định thành lập:"),
                                             QLineEdit(row.established_by or "" if row else ""))
        self.start = self.add_field("start_date", self.tr("Từ ngày:"), DateEdit(row.start_date if row else None))
        self.end = self.add_field("end_date", self.tr("Đến ngày:"), DateEdit(row.end_date if row else None))

    def save_record(self) -> CouncilRow:
        data = CouncilInput(self.term.text().strip(), clean(self.established_by.text()),
                            self.start.date("start_date"), self.end.date("end_date"))
        if self.row is None:
            return self.ws.council.create_council(data)
        return self.ws.council.update_council(self.row.id, data, expected_version=self.row.version)


def person_choice(people: list[PersonRow], current: int | None) -> QComboBox:
    """A searchable combo of the catalogue's people ("name – unit", typed text
    matched anywhere); the first entry means "not in the catalogue" (data None)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(34)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.addItem(QCoreApplication.translate("MemberDialog", "(không có trong danh mục cán bộ)"), None)
    for person in people:
        combo.addItem(f"{person.full_name} – {person.unit_name}", person.id)
    select_data(combo, current)
    return combo


class MemberDialog(RecordDialog):
    def __init__(self, ws, council_id: int, row: MemberRow | None, parent: QWidget | None = None) -> None:
        super().__init__(ws, "", row, parent)
        self.council_id = council_id
        self.setWindowTitle(self.tr("Sửa thành viên Hội đồng") if row else self.tr("Thêm thành viên Hội đồng"))
        self.people = {p.id: p for p in ws.people.list()}
        self.person = self.add_field("person_id", self.tr("Trong danh mục cán bộ:"),
                                     person_choice(list(self.people.values()), row.person_id if row else None))
        self.person.setToolTip(self.tr("Gõ vài chữ của họ tên hoặc đơn vị để tìm; chọn một người thì họ tên và "
                                       "chức vụ được điền sẵn (vẫn sửa được)."))
        self.person.currentIndexChanged.connect(lambda _: self.fill_from_person())
        self.full_name = self.add_field("full_name", self.tr("Họ và tên:"), QLineEdit(row.full_name if row else ""))
        self.role = self.add_field("role", self.tr("Vai trò trong Hội đồng:"),
                                   enum_combo(CouncilRole, row.role if row else CouncilRole.MEMBER))
        self.position = self.add_field("position", self.tr("Chức vụ:"),
                                       QLineEdit(row.position or "" if row else ""))
        self.position.setPlaceholderText(self.tr("ví dụ Phó Chủ tịch UBND xã"))
        self.sort_order = self.add_field("sort_order", self.tr("Thứ tự:"),
                                         QLineEdit(str(row.sort_order) if row else ""))
        self.sort_order.setValidator(QIntValidator(0, 999, self.sort_order))

    def fill_from_person(self) -> None:
        """The chosen person's name and position, still editable."""
        person = self.people.get(self.person.currentData())
        if person is not None:
            self.full_name.setText(person.full_name)
            if person.position:
                self.position.setText(person.position)

    def save_record(self) -> MemberRow:
        data = MemberInput(self.full_name.text().strip(), self.role.currentData(), clean(self.position.text()),
                           self.person.currentData(),
                           int_or_none(self.sort_order.text(), "sort_order", "số thứ tự") or 0)
        if self.row is None:
            return self.ws.council.add_member(self.council_id, data)
        return self.ws.council.update_member(self.row.id, data, expected_version=self.row.version)


class CouncilMembersPage(RecordPage):
    object_name = "councilMembers"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Họ và tên"), lambda r: r.full_name),
            Column(self.tr("Vai trò"), lambda r: tr_label(r.role), sort_key=lambda r: list(CouncilRole).index(r.role)),
            Column(self.tr("Chức vụ"), lambda r: r.position),
            Column(self.tr("Danh mục cán bộ"), self.link_text),
        ]

    def link_text(self, r: MemberRow) -> str:
        """The unit of the linked person of the catalogue, or that there is none."""
        person = self._people.get(r.person_id) if r.person_id is not None else None
        if person is None:
            return self.tr("(ngoài danh mục)")
        return person.unit_name

    def stretch_column(self) -> int:
        return 2

    def search_text(self, r: MemberRow) -> str:
        return f"{r.full_name} {r.position or ''} {tr_label(r.role)} {self.link_text(r)}"

    def build_filters(self) -> None:
        self.council = self.add_filter(self.tr("Nhiệm kỳ:"), QComboBox())
        self.council.setObjectName("councilTerm")
        self.term_info = QLabel()
        self.term_info.setObjectName("termInfo")
        self.term_info.setWordWrap(True)  # the decision and the dates wrap beside the buttons at 1024 px
        self.export_button.hide()
        self._fill_councils()

    def __init__(self, ws, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.action_bar.addWidget(self.term_info, 1)  # right of the buttons

    def extra_buttons(self) -> list[QPushButton]:
        self.add_term_button = QPushButton(self.tr("Thêm nhiệm kỳ…"))
        self.edit_term_button = QPushButton(self.tr("Sửa nhiệm kỳ…"))
        self.add_term_button.clicked.connect(lambda: self.edit_council(None))
        self.edit_term_button.clicked.connect(lambda: self.edit_council(self.current_council()))
        return [self.add_term_button, self.edit_term_button]

    def _fill_councils(self, select_id: int | None = None) -> None:
        chosen = select_id if select_id is not None else self.council.currentData()
        self.council.blockSignals(True)
        self.council.clear()
        self._councils = {c.id: c for c in self.ws.council.councils()}
        for council in self._councils.values():
            self.council.addItem(council.term, council.id)
        if chosen is None:
            current = self.ws.council.current_council()
            chosen = current.id if current else None
        select_data(self.council, chosen)
        self.council.blockSignals(False)

    def refresh(self, select_id: int | None = None) -> None:
        self._fill_councils()  # a term added elsewhere shows up
        super().refresh(select_id)

    def current_council(self) -> CouncilRow | None:
        return self._councils.get(self.council.currentData())

    def fetch(self) -> list[MemberRow]:
        council = self.current_council()
        self.add_button.setEnabled(council is not None)
        self.edit_term_button.setEnabled(council is not None)
        self.term_info.setText(self._term_text(council))
        self._people = {p.id: p for p in self.ws.people.list()} if council else {}
        return self.ws.council.members(council.id) if council else []

    def _term_text(self, council: CouncilRow | None) -> str:
        if council is None:
            return self.tr("Chưa có Hội đồng; hãy thêm nhiệm kỳ.")
        dates = " – ".join(d for d in (format_date(council.start_date), format_date(council.end_date)) if d)
        return " · ".join(part for part in (council.established_by, dates) if part)

    def edit_council(self, row: CouncilRow | None) -> None:
        dialog = CouncilDialog(self.ws, row, self)
        if dialog.exec() and dialog.saved is not None:
            self._fill_councils(dialog.saved.id)
            self.refresh()

    def make_dialog(self, row: MemberRow | None) -> MemberDialog:
        council = self.current_council()
        if council is None:
            raise ValidationError(self.tr("Hãy thêm nhiệm kỳ Hội đồng trước."))
        return MemberDialog(self.ws, council.id, row, self)

    def describe(self, row: MemberRow) -> str:
        return f"{row.full_name} – {tr_label(row.role)}"

    def delete_record(self, row: MemberRow) -> None:
        self.ws.council.remove_member(row.id, expected_version=row.version)

    def count_text(self, shown: int, total: int) -> str:
        return (self.tr("{n} thành viên", "", total).format(n=total) if shown == total
                else self.tr("{shown} / {total} thành viên khớp tìm kiếm", "", total).format(shown=shown, total=total))

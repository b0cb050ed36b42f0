"""The year-end review (bình xét): who qualifies for which title, and why.

``ReviewWidget`` shows ``ws.eligibility.review`` for a year with filters, a
grid of nominees (titles qualified, titles not reached, warnings) that fits
1366×768 without scrolling sideways and, for the selected one, each verdict
criterion by criterion: the sentences the core builds, the basis, and the
unconfirmed figures it rests on. Titles are shown by name, never by code.
Selected rows can be proposed for a title: the widget only emits
``propose_requested`` (the Proposals page opens the wizard). No rule is
decided here.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
    QTextBrowser, QVBoxLayout, QWidget,
)

from tnapp.domain.eligibility import CriterionResult, Outcome, Verdict
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.formatting import format_date
from tnapp.errors import TNAppError
from tnapp.services.eligibility import ReviewRow, RuleSetInfo
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import select_data
from tnapp.ui.labels import tr_label, tr_rule_text
from tnapp.ui.messages import show_error
from tnapp.ui.pages.emulation_common import year_choices
from tnapp.ui.table_model import Column, RowTableModel, SearchProxy, table_view

OUTCOME_COLOURS = {Outcome.MET: "#1b7f3b", Outcome.NOT_MET: "#b3261e", Outcome.UNKNOWN: "#9a6700"}
NOT_REACHED_COLUMN, WARNINGS_COLUMN = 3, 4


def _default_year(today: dt.date | None = None) -> int:
    """The year under review: this year from October, the last one before."""
    today = today or dt.date.today()
    return today.year if today.month >= 10 else today.year - 1


class ReviewWidget(QWidget):
    """Filters, the grid of nominees, the explanation of the selected one, and "Lập đề nghị"."""

    propose_requested = Signal(list, str, int)  # nominees: list[Nominee], title code, year

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWidget")
        self.ws = ws
        self.rule_set: RuleSetInfo | None = None
        self._rows: list[ReviewRow] = []

        self.year = QComboBox(objectName="reviewYear")
        for year in year_choices():
            self.year.addItem(str(year), year)
        select_data(self.year, _default_year())
        self.kind = QComboBox(objectName="reviewKind")
        self.kind.addItem(self.tr("Tất cả đối tượng"), None)
        self.kind.addItem(self.tr("Cá nhân"), NomineeType.PERSON)
        self.kind.addItem(self.tr("Tập thể, thôn"), NomineeType.COLLECTIVE)
        self.kind.addItem(self.tr("Hộ gia đình"), NomineeType.HOUSEHOLD)
        self.title = QComboBox(objectName="reviewTitle")
        self.propose_title = QComboBox(objectName="reviewProposeTitle")
        self.unit = QComboBox(objectName="reviewUnit")
        for combo in (self.title, self.unit):  # long names must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        # the title to propose reads whole ("… (chưa đạt)"), the count beside it gives way
        self.propose_title.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.propose_title.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 48))
        self.unit.addItem(self.tr("Tất cả đơn vị"), None)
        for unit in ws.units.list():
            self.unit.addItem(unit.short_name or unit.name, unit.id)
        self.search = QLineEdit(objectName="reviewSearch")
        self.search.setPlaceholderText(self.tr("Tìm theo tên, đơn vị…"))
        self.search.setClearButtonEnabled(True)
        self.eligible_only = QCheckBox(self.tr("Chỉ đối tượng đủ điều kiện"), objectName="reviewEligibleOnly")

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Năm:"), self.year), (self.tr("Đối tượng:"), self.kind),
                              (self.tr("Danh hiệu:"), self.title), (self.tr("Đơn vị:"), self.unit)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        search = QHBoxLayout()  # a line of its own: beside the boxes it was cut at 1024 px
        search.addWidget(self.search, 1)
        search.addWidget(self.eligible_only)

        self.rules_label = QLabel(objectName="reviewRuleSet")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.RichText)
        self.rules_label.linkActivated.connect(self._show_unconfirmed)

        self.model: RowTableModel[ReviewRow] = RowTableModel(self._columns(), self._search_text, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, "reviewTable", sortable=True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The columns share the width (no sideways scrolling at 1366×768); long names wrap.
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOT_REACHED_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(NOT_REACHED_COLUMN, self.fontMetrics().horizontalAdvance("0" * 16))
        header.setSectionResizeMode(WARNINGS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._fit_rows)
        self.detail = QTextBrowser(objectName="reviewDetail")
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.count = QLabel(objectName="reviewCount")
        self.propose = QPushButton(self.tr("Lập đề nghị"), objectName="reviewPropose")
        self.propose.setToolTip(self.tr("Lập đề nghị khen thưởng cho các đối tượng đang chọn với danh hiệu bên cạnh"))
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(QLabel(self.tr("Đề nghị danh hiệu:")))
        actions.addWidget(self.propose_title)
        actions.addWidget(self.propose)
        self.propose_why = QLabel(objectName="reviewProposeWhy")  # why the chosen title is not reached
        self.propose_why.setWordWrap(True)
        self.propose_why.setStyleSheet(f"color: {OUTCOME_COLOURS[Outcome.NOT_MET]}")
        self.propose_why.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(self.rules_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(self.propose_why)

        self.year.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.title.currentIndexChanged.connect(self._title_changed)
        self.unit.currentIndexChanged.connect(self.refresh)
        self.eligible_only.toggled.connect(self._apply_rows)
        self.search.textChanged.connect(self._search_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.propose_title.currentIndexChanged.connect(self._propose_title_changed)
        self.propose.clicked.connect(self._propose)
        self.refresh()

    # --- the grid ---------------------------------------------------------------------------

    def _columns(self) -> list[Column[ReviewRow]]:
        return [
            Column(self.tr("Đối tượng"), lambda r: r.name),
            Column(self.tr("Đơn vị"), lambda r: r.unit_name),
            Column(self.tr("Đủ điều kiện"), lambda r: ", ".join(r.eligible_titles), sort_key=lambda r: len(r.qualifies)),
            Column(self.tr("Chưa đạt"), self._not_reached, sort_key=lambda r: len(r.titles_not_reached),
                   tooltip=lambda r: "\n".join(r.missing)),
            Column(self.tr("Cảnh báo"), lambda r: str(len(r.warnings)) if r.warnings else "",
                   sort_key=lambda r: len(r.warnings), align_right=True, tooltip=lambda r: "\n".join(r.warnings)),
        ]

    @staticmethod
    def _search_text(row: ReviewRow) -> str:
        return f"{row.name} {row.unit_name}"

    def _not_reached(self, row: ReviewRow) -> str:
        """How many titles are not reached, and how many of them for want of facts (the reasons
        are in the tooltip and the explanation)."""
        if not row.titles_not_reached:
            return ""
        text = self.tr("{n} danh hiệu", "", len(row.titles_not_reached)).format(n=len(row.titles_not_reached))
        if row.unknown:
            text += self.tr(", {k} chưa đủ thông tin").format(k=len(row.unknown))
        return text

    def _fit_rows(self, *args) -> None:
        self.view.resizeRowsToContents()

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def refresh(self) -> None:
        """Ask the core for the review of the chosen year and filters."""
        year = self.selected_year()
        try:
            self.rule_set = self.ws.eligibility.rule_set_for(year)
            kind = self.kind.currentData()
            code = self.title.currentData()
            self._rows = self.ws.eligibility.review(
                year, nominee_types={NomineeType(kind)} if kind else None, title_codes={code} if code else None,
                unit_id=self.unit.currentData())
        except TNAppError as exc:
            self.rule_set, self._rows = None, []
            show_error(self, exc)
        self._fill_titles()
        self._show_rule_set()
        self._apply_rows()

    def _fill_titles(self) -> None:
        """The title filter: the rule set's titles."""
        current = self.title.currentData()
        self.title.blockSignals(True)
        self.title.clear()
        self.title.addItem(self.tr("Tất cả danh hiệu"), None)
        for code in self.rule_set.titles if self.rule_set else ():
            self.title.addItem(self.rule_set.title_name(code), code)
        select_data(self.title, current)
        self.title.blockSignals(False)

    def _fill_propose_titles(self) -> None:
        """The titles to propose the selected nominees for: those that fit every one of
        them, the titles they all qualify for first; a title not reached says so, and why
        (its tooltip, and the line below once chosen). With nobody selected, the rule set's titles."""
        rows = self.selected_rows()
        current = self.propose_title.currentData()
        combo = self.propose_title
        combo.blockSignals(True)
        combo.clear()
        if not rows:
            for code in self.rule_set.titles if self.rule_set else ():
                combo.addItem(self.rule_set.title_name(code), code)
        else:
            fitting = [v.title_code for v in rows[0].verdicts
                       if all(r.verdict(v.title_code) is not None for r in rows[1:])]
            reached = [c for c in fitting if all(c in r.qualifies for r in rows)]
            for code in reached:
                combo.addItem(rows[0].verdict(code).title, code)
            for code in fitting:
                if code not in reached:
                    combo.addItem(self.tr("{title} (chưa đạt)").format(title=rows[0].verdict(code).title), code)
                    combo.setItemData(combo.count() - 1, "\n".join(self._not_reached_why(rows, code)),
                                      Qt.ItemDataRole.ToolTipRole)
        # the title filtered on, else the one chosen before if still reached, else the first reached
        preferred = [self.title.currentData(), *([current] if not rows or current in reached else [])]
        for code in preferred:
            if code is not None and combo.findData(code) >= 0:
                select_data(combo, code)
                break
        combo.blockSignals(False)
        self._propose_title_changed()

    @staticmethod
    def _not_reached_why(rows: list[ReviewRow], code: str) -> list[str]:
        """For each selected nominee who does not reach ``code``: what is not met (or not known)."""
        lines = []
        for row in rows:
            verdict = row.verdict(code)
            if verdict is not None and code not in row.qualifies:
                texts = [c.text for c in verdict.failures] or [c.text for c in verdict.unknowns]
                lines.append(f"{row.name}: {'; '.join(texts)}.")
        return lines

    def _propose_title_changed(self) -> None:
        rows, code = self.selected_rows(), self.propose_title.currentData()
        why = self._not_reached_why(rows, code) if code else []
        self.propose_why.setText(self.tr("Chưa đạt «{title}»: {why}").format(
            title=rows[0].verdict(code).title, why=" ".join(why)) if why else "")
        self.propose_why.setVisible(bool(why))
        self._update_buttons()

    def _show_rule_set(self) -> None:
        info = self.rule_set
        if info is None:
            self.rules_label.setText(self.tr("Chưa có bộ tiêu chí cho năm này."))
            self.rules_label.setToolTip("")
            return
        text = self.tr("Bộ tiêu chí áp dụng: <b>{name}</b> (hiệu lực từ {date}).").format(
            name=html.escape(tr_rule_text(info.name)), date=format_date(info.effective_from))
        if info.unconfirmed:
            text += " " + self.tr("<a href='#unconfirmed'>{n} con số chưa xác nhận</a>.", "",
                                   len(info.unconfirmed)).format(
                n=len(info.unconfirmed))
        self.rules_label.setText(text)
        self.rules_label.setToolTip("\n".join([self.tr("Căn cứ: {basis}").format(basis=info.basis)]
                                              + [f"• {p.sentence}" for p in info.unconfirmed]))

    def _unconfirmed_html(self) -> str:
        """The rule set's unconfirmed figures, each with its meaning, value and basis."""
        info = self.rule_set
        if info is None or not info.unconfirmed:
            return ""
        return ("<h4>" + html.escape(self.tr("Các con số chưa xác nhận của bộ tiêu chí")) + "</h4><ul>"
                + "".join(f"<li>{html.escape(tr_rule_text(p.text))}: <b>{html.escape(p.value_text)}</b><br><i>"
                          + html.escape(self.tr("Căn cứ: {basis}").format(basis=p.basis)) + "</i></li>"
                          for p in info.unconfirmed)
                + "</ul><p>" + html.escape(self.tr("Khi đã đối chiếu văn bản gốc, sửa các con số này trong Quản trị "
                                                   "→ Thiết lập.")) + "</p>")

    def _show_unconfirmed(self, *args) -> None:
        self.view.clearSelection()
        self.detail.setHtml(self._many([]))

    def _title_changed(self) -> None:
        code = self.title.currentData()
        if code:
            select_data(self.propose_title, code)
        self.refresh()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _apply_rows(self) -> None:
        rows = self._rows
        if self.eligible_only.isChecked():
            code = self.title.currentData()
            rows = [r for r in rows if (code in r.qualifies if code else r.qualifies)]
        self.model.set_rows(rows)
        self._fit_rows()
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        eligible = sum(1 for r in self.model.rows() if r.qualifies)
        self.count.setText(self.tr("{shown} đối tượng; {eligible} có danh hiệu đủ điều kiện.", "", shown).format(
            shown=shown, eligible=eligible))

    # --- selection and the explanation -------------------------------------------------------

    def selected_rows(self) -> list[ReviewRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.row_at(r) for r in rows]

    def _selection_changed(self, *args) -> None:
        rows = self.selected_rows()
        self.detail.setHtml(self.explain(rows[0]) if len(rows) == 1 else self._many(rows))
        self._fill_propose_titles()

    def _many(self, rows: list[ReviewRow]) -> str:
        if not rows:
            return ("<p>" + html.escape(self.tr("Chọn một đối tượng để xem giải thích từng tiêu chí.")) + "</p>"
                    + self._unconfirmed_html())
        return "<p>" + html.escape(self.tr("Đã chọn {n} đối tượng.", "", len(rows)).format(n=len(rows))) + "</p>"

    def explain(self, row: ReviewRow) -> str:
        """The selected nominee's verdicts, criterion by criterion (HTML)."""
        parts = [f"<h3>{html.escape(row.name)}</h3><p>{html.escape(row.unit_name)}</p>"]
        if row.warnings:
            parts.append("<p><b>" + html.escape(self.tr("Cảnh báo:")) + "</b></p><ul>"
                         + "".join(f"<li>{html.escape(w)}</li>" for w in row.warnings) + "</ul>")
        for verdict in row.verdicts:
            parts.append(self._verdict_html(verdict))
        if row.verdicts:
            parts.append("<p><small>" + html.escape(self.tr("Xét theo: {rules}").format(
                rules=self.rule_set.label if self.rule_set else row.verdicts[0].rule_set_name)) + "</small></p>")
        return "".join(parts)

    def _verdict_html(self, verdict: Verdict) -> str:
        colour = {"eligible": OUTCOME_COLOURS[Outcome.MET], "not_eligible": OUTCOME_COLOURS[Outcome.NOT_MET]}.get(
            verdict.verdict.value, OUTCOME_COLOURS[Outcome.UNKNOWN])
        return (f"<h4>{html.escape(verdict.title)}: <span style='color:{colour}'>"
                f"{html.escape(tr_label(verdict.verdict))}</span></h4>"
                + self._criteria_html(verdict.criteria))

    def _criteria_html(self, criteria: tuple[CriterionResult, ...], depth: int = 0) -> str:
        """Each criterion: what it asks and how it came out, the core's sentence why, its basis,
        the unconfirmed figures it rests on, and its routes below it (indented rows of the same
        table, so the panel never needs scrolling sideways)."""
        rows = []
        for c in criteria:
            colour = OUTCOME_COLOURS[c.outcome]
            mark = {Outcome.MET: "✔", Outcome.NOT_MET: "✘", Outcome.UNKNOWN: "?"}[c.outcome]
            note = "" if c.blocking else " " + html.escape(self.tr("(cảnh báo, không bắt buộc)"))
            unconfirmed = "".join(
                "<br><span style='color:#9a6700'>⚠ " + html.escape(self.tr("Dựa trên con số chưa xác nhận: {figure}")
                                                                  .format(figure=u)) + "</span>"
                for u in c.own_unconfirmed)
            rows.append(
                f"<tr><td valign='top' style='color:{colour}'><b>{mark}</b></td>"
                f"<td style='padding-left:{18 * depth}px'>"
                f"<b>{html.escape(c.text)}</b>{note} — <span style='color:{colour}'>"
                f"{html.escape(tr_label(c.outcome))}</span><br>{html.escape(c.explanation)}<br>"
                f"<i>{html.escape(self.tr('Căn cứ: {basis}').format(basis=c.basis))}</i>{unconfirmed}</td></tr>")
            if c.parts:
                rows.append(self._criteria_html(c.parts, depth + 1))
        body = "".join(rows)
        return body if depth else f"<table cellspacing='0' cellpadding='3' border='0'>{body}</table>"

    # --- proposing -------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.propose.setEnabled(bool(self.selected_rows()) and self.propose_title.currentData() is not None)

    def _propose(self) -> None:
        code = self.propose_title.currentData()
        rows = self.selected_rows()
        if not rows or code is None:
            return
        nominees: list[Nominee] = [r.nominee for r in rows]
        self.propose_requested.emit(nominees, code, self.selected_year())

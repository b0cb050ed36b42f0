"""The Bộ Nội vụ statistics forms of emulation and commendation (Biểu 0601–0605.N/BNV-TĐKT)
as documents: the form in force for the year (resources/stat_forms/), counted by
``ws.stat_forms``, laid out as the form prints it — Biểu số and the circular, the
reporting and receiving units, the A, B, C, 1…n numbering row, the rows with their
codes, the signatures of the người lập biểu (the signed-in user) and the thủ trưởng
đơn vị. A row the commune cannot count is printed empty; what is not confirmed stays
on screen. A form the commune does not issue (0604, 0605) is refused, never printed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tnapp.documents.model import Column, Document, Issuer, Para, Run, Signature, Table
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.stat_forms import StatForm, StatResult, header_text, load_forms
from tnapp.domain.vocab import DocumentKind
from tnapp.reports.base import DEMO_MARK, ReportDef, ReportParams, chairman_name
from tnapp.services.stat_forms import FORM_KEYS, forms_dir

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

_ALIGN = {"label": "left", "code": "center", "unit": "center"}
FILE_NAMES = {  # a saved copy's name before the year
    "0601": _N("ReportFile", "biểu 0601 số phong trào thi đua"),
    "0602": _N("ReportFile", "biểu 0602 khen thưởng cấp Nhà nước"),
    "0603": _N("ReportFile", "biểu 0603 khen thưởng cấp tỉnh"),
    "0604": _N("ReportFile", "biểu 0604 tổ chức làm công tác thi đua"),
    "0605": _N("ReportFile", "biểu 0605 công chức làm công tác thi đua"),
}


def form_tables(result: StatResult) -> list[Table]:
    """The form's tables: the numbering row first, then its rows; empty cells stay empty."""
    form, tables = result.form, []
    for caption, columns in form.tables():
        rows: list[tuple] = []
        bold: set[int] = set()
        for counted in result.rows:
            row = counted.row
            texts = {"label": row.label, "code": row.code, "unit": row.unit}
            rows.append(tuple(texts[c.text] if c.text else counted.cells[c.key] for c in columns))
            if row.heading or row.bold:
                bold.add(len(rows) - 1)
        sheet = f"Biểu {form.form}" + (f" ({len(tables) + 1})" if len(form.tables()) > 1 else "")
        tables.append(Table(tuple(Column(c.header, c.width, _ALIGN.get(c.text or "", "right"), text=bool(c.text))
                                  for c in columns),
                            tuple(rows), caption=caption, sheet=sheet, bold_rows=frozenset(bold),
                            numbering=tuple(c.number for c in columns)))
    return tables


NAME_TO_FILL = "…………………………"  # a name nobody recorded: a dotted line the signer fills in by hand


def _signatures(form: StatForm, names: dict[str, str]) -> tuple[Signature, ...]:
    return tuple(Signature((s.title, s.note) if s.note else (s.title,), names.get(s.who) or NAME_TO_FILL)
                 for s in form.signers)


def build_form(ws: Workspace, params: ReportParams, key: str) -> Document:
    result = ws.stat_forms.compute(key, params.year)
    form = result.form
    commune = ws.commune.current()
    values = {"commune": commune.name, "province": commune.province, "year": params.year}
    body: list = []
    if commune.is_demo:
        body.append(Para.of(DEMO_MARK, italic=True, align="center", indent=False))
    for key_, label in (("issued_under", ""), ("receive_date", ""), ("reporting_unit", "Đơn vị báo cáo: "),
                        ("receiving_unit", "Đơn vị nhận báo cáo: ")):
        text = header_text(form, key_, **values)
        if text:
            body.append(Para((Run(label), Run(text, bold=bool(label))), align="left", indent=False))
    unit = header_text(form, "unit_of_measure", **values)
    if unit:
        body.append(Para.of(f"Đơn vị tính: {unit}", italic=True, align="right", indent=False))
    body += form_tables(result)
    # The place and date once, where NĐ 30/2020 puts them (ô 4, under the national motto).
    names = {"head": chairman_name(ws), "preparer": ws.stat_forms.preparer_name()}
    *co_signers, signature = _signatures(form, names)
    return Document(kind=DocumentKind.REPORT, issuer=Issuer.commune(commune.name), summary=header_text(
        form, "period", **values), place=commune.place_name, date=params.day, body=tuple(body), title=form.title,
        signature=signature, co_signers=tuple(co_signers), form=header_text(form, "form_line", **values),
        numbered=False, meta={"title": f"Biểu số {form.code} năm {params.year}"})


def _description(form: StatForm) -> str:
    """What the reports page shows of a form: its circular, whether the commune reports it, what is unconfirmed."""
    text = f"Biểu số {form.code}, ban hành theo {form.circular}; "
    if form.commune_issues:
        text += "số liệu năm đếm từ dữ liệu của TNApp."
    else:
        text += (f"biểu do {form.issuers_text()} lập và ký. Ủy ban nhân dân xã không lập biểu này, nên TNApp không "
                 "in nó thành văn bản của xã.")
    if form.unconfirmed:
        text += " CHƯA XÁC NHẬN: " + " ".join(form.unconfirmed)
    return text


def _report(form: StatForm) -> ReportDef:
    return ReportDef(
        code=f"bnv-{form.form}", title=f"Biểu {form.form}: {form.name}",
        description=_description(form), file_name=FILE_NAMES[form.form],
        build_document=lambda ws, params, key=form.form: build_form(ws, params, key))


def reports() -> tuple[ReportDef, ...]:
    """One report per form, described by its newest file."""
    newest = {f.form: f for f in load_forms(forms_dir())}
    return tuple(_report(newest[key]) for key in FORM_KEYS)

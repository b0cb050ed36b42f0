"""How the plan's appendix of indicators is laid out, and how its many layouts are read.

The appendix has the plan's columns — STT, Chỉ tiêu, ĐVT, TH 2025, KH 2026 …
KH 2030, Đơn vị chủ trì, with section rows "I. KINH TẾ" setting the area of
the rows below — followed by TNApp's own columns (``EXTRA``: Mã, Lĩnh vực,
Loại giá trị …); a second sheet ``UNIT_SHEET`` holds the units' own targets.

Appendices are laid out in many ways and all are read (``AppendixSheet``): title
rows above the header are skipped; the header is one to three rows, merged
cells included ("Kế hoạch" or "Chỉ tiêu phấn đấu" merged over "Năm 2026 …
Năm 2030"), the year written in the column ("KH 2026", "2026", "Kế hoạch
2026", "Chỉ tiêu năm 2026"), the baseline "TH 2025", "Thực hiện năm 2025",
"Ước TH 2025"; STT may be missing (then the numbering leads the name). Roman
numerals and capital letters are groups setting the area; 1, 2 are items;
1.1, a), "-" are sub-items kept as items under their parent (``numbering``).
The appendix table(s) of the plan's Word file (.docx) are read the same way
(``docx_tables``).
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.utils import get_column_letter, range_boundaries

from tnapp.domain.names import name_key
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import IndicatorArea
from tnapp.errors import TNAppError
from tnapp.i18n import _
from tnapp.services.indicators import PLAN_YEARS

SHEET, UNIT_SHEET = "Phụ lục chỉ tiêu", "Giao chỉ tiêu đơn vị"
LEAD = "Đơn vị chủ trì"
EXTRA = ("Mã", "Lĩnh vực", "Loại giá trị", "Chiều", "Cách tổng hợp", "Kỳ báo cáo", "Lũy kế", "Đơn vị thực hiện",
         "Cận dưới", "Cận trên", "Trọng số theo", "Ghi chú")
# Section titles → area, by words (without diacritics) the title contains.
AREA_WORDS = ((IndicatorArea.ECONOMY, ("kinh te",)), (IndicatorArea.CULTURE_SOCIETY, ("van hoa", "xa hoi")),
              (IndicatorArea.ENVIRONMENT, ("moi truong",)), (IndicatorArea.DEFENCE_SECURITY, ("quoc phong", "an ninh")),
              (IndicatorArea.PARTY_BUILDING, ("xay dung dang", "he thong chinh tri", "dang")))
# Column headers → the column they name, compared by ``name_key``.
HEADER_ALIASES = {name_key(k): v for k, v in {
    "STT": "STT", "TT": "STT", "Số TT": "STT", "Số thứ tự": "STT", "Chỉ tiêu": "Chỉ tiêu",
    "Tên chỉ tiêu": "Chỉ tiêu", "Nội dung chỉ tiêu": "Chỉ tiêu", "Nội dung": "Chỉ tiêu", "Các chỉ tiêu": "Chỉ tiêu",
    "Chỉ tiêu chủ yếu": "Chỉ tiêu", "Các chỉ tiêu chủ yếu": "Chỉ tiêu", "ĐVT": "ĐVT", "Đơn vị tính": "ĐVT",
    "Đơn vị chủ trì": LEAD, "Cơ quan chủ trì": LEAD, "Chủ trì": LEAD, "Đơn vị chủ trì thực hiện": LEAD,
    "Cơ quan, đơn vị chủ trì": LEAD, "Đơn vị chủ trì theo dõi": LEAD, "Đơn vị": "Đơn vị",
    **{h: h for h in EXTRA}}.items()}
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)")
# Words of a year's header saying it is the baseline (done), or a target (planned).
_DONE_WORDS = tuple(name_key(w) for w in ("th", "thực hiện", "ước", "ước th", "ước thực hiện", "đã thực hiện"))
_PLAN_WORDS = tuple(name_key(w) for w in ("kh", "kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu"))
_KIND_WORDS = set(_DONE_WORDS) | set(_PLAN_WORDS)
_ROMAN = re.compile(r"^(?P<num>(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3}))(?:\s*[.)/:-]\s*|\s+|$)(?P<title>.*)$")
_NUMBERING = (  # (kind, pattern of the numbering, written alone or leading the name)
    ("group", re.compile(r"^(?P<num>[A-Z])(?:\s*[.)]\s*|$)(?P<rest>.*)$")),
    ("sub", re.compile(r"^(?P<num>\d+(?:\.\d+)+)\.?(?:\s+|$)(?P<rest>.*)$")),
    ("item", re.compile(r"^(?P<num>\d+)(?:\s*[.)]\s*|$)(?P<rest>.*)$")),  # "1." "1)" — not "5 năm liền"
    ("sub", re.compile(r"^(?P<num>[a-zđ])\s*[.)]\s*(?P<rest>.*)$")),
    ("sub", re.compile(r"^(?P<num>[-–—+•*])\s*(?P<rest>.*)$")),
)


def area_of(title: str) -> IndicatorArea | None:
    folded = fold(title)
    for area in IndicatorArea:
        if folded == fold(area.label):
            return area
    return next((area for area, words in AREA_WORDS if any(w in folded for w in words)), None)


def numbering(text: str | None) -> tuple[str | None, str]:
    """(kind, the text without its numbering): kind "group" (I, II, A), "item" (1, 2),
    "sub" (1.1, a), -) or None when the text is not numbered."""
    text = (text or "").strip()
    match = _ROMAN.match(text)
    if match and match["num"]:
        return "group", match["title"].strip()
    for kind, pattern in _NUMBERING:
        match = pattern.match(text)
        if match:
            return kind, match["rest"].strip()
    return None, text


def _header_name(value: object) -> str | None:
    """The column a header cell names (STT, Chỉ tiêu, ĐVT…), or None."""
    if not isinstance(value, str) or _YEAR.search(value):
        return None
    key = name_key(value.strip().rstrip(":.*"))
    return HEADER_ALIASES.get(key) or ("Chỉ tiêu" if key.startswith(name_key("Chỉ tiêu")) and not any(
        w in key for w in map(name_key, ("phấn đấu", "kế hoạch", "giai đoạn", "năm"))) else None)


def _words(text: str) -> set[str]:
    """The words and word pairs of a header, to look its kind words up."""
    words = name_key(text).replace("/", " ").split()
    return set(words) | {" ".join(words[i:i + 2]) for i in range(len(words))} | \
        {" ".join(words[i:i + 3]) for i in range(len(words))}


class AppendixSheet:
    """A table's rows with its header found: columns by name, year columns.

    ``rows`` hold each cell's value as written (a merged cell's value in its
    top-left cell only); ``merges`` are the merged ranges (row1, col1, row2, col2).
    The header is the first row (of the first 20) naming the first column and
    one more, with the one or two rows below it whose name cell is empty and
    that hold header words; merged cells are spread over the header block,
    and each column is read from its cells top to bottom ("Kế hoạch" / "Năm 2026").
    A cell merged down over data rows (a lead unit for several indicators) is
    read in each row."""

    def __init__(self, title: str, rows: list[tuple], first_header: str,
                 merges: list[tuple[int, int, int, int]] = (), table: bool = False) -> None:  # type: ignore[assignment]
        self.title, self.rows, self.table = title, [list(r) for r in rows], table
        self.columns: dict[str, int] = {}
        self.labels: dict[int, str] = {}  # column → its name in messages ("KH 2026", "ĐVT")
        self.described: list[str] = []  # for the preview: which column was read as what
        self.targets: dict[int, int] = {}  # year → column
        self.baseline: tuple[int, int] | None = None  # (year, column)
        for index, cells in enumerate(self.rows[:20]):
            present = [(c, v) for c, v in enumerate(cells, 1) if v is not None and str(v).strip()]
            names = [(_header_name(v), c) for c, v in present]
            if len(present) < 2 or first_header not in {n for n, _ in names}:
                continue
            name_col = next(c for n, c in names if n == first_header)
            block = [index]
            for below in (index + 1, index + 2):
                row = self.rows[below] if below < len(self.rows) else []
                texts = [str(v) for v in row if v is not None and str(v).strip()]
                if (name_col <= len(row) and row[name_col - 1] not in (None, "")) or not texts \
                        or not any(_YEAR.search(t) or _header_name(t) or _words(t) & _KIND_WORDS for t in texts):
                    break
                block.append(below)
            self._read_header(block, merges)
            if first_header == "Chỉ tiêu" and not self.targets:
                self.columns, self.labels, self.described, self.baseline = {}, {}, [], None
                continue
            self.header_row, self.data_row = index + 1, block[-1] + 2
            self._spread_down(merges)
            return
        raise TNAppError(_("{value}: không tìm thấy dòng tiêu đề có cột «{first_header}» (và các cột kế hoạch theo "
                           "năm).", value=title if table else f'Trang «{title}»', first_header=first_header))

    def _read_header(self, block: list[int], merges) -> None:  # noqa: ANN001
        grid = {(r, c): v for r in block for c, v in enumerate(self.rows[r], 1)}
        for r1, c1, r2, c2 in merges:
            value = grid.get((r1 - 1, c1))
            for r in range(r1 - 1, r2):
                for c in range(c1, c2 + 1):
                    if r in block:
                        grid[(r, c)] = value
        width = max(c for _, c in grid) if grid else 0
        for col in range(1, width + 1):
            path: list[str] = []
            for r in block:
                value = grid.get((r, col))
                text = nfc(str(value)) if value is not None else ""
                if text and (not path or path[-1] != text):
                    path.append(text)
            if not path:
                continue
            shown = " / ".join(path)
            years = [e for e in path if len(_YEAR.findall(e)) == 1]
            if years:
                year = int(_YEAR.search(years[-1]).group(1))  # type: ignore[union-attr]
                done = plan = False
                for element in reversed(path):  # the cell's own words first, then its group's
                    words = _words(element)
                    done, plan = bool(words & set(_DONE_WORDS)), bool(words & set(_PLAN_WORDS))
                    if done or plan:
                        break
                if not (done or plan):
                    done, plan = year < PLAN_YEARS[0], year >= PLAN_YEARS[0]
                if done and not plan:
                    self.baseline = (year, col)
                    self.labels[col] = f"TH {year}"
                    self.described.append(_("cột {column} «{shown}»: thực hiện năm {year} (số gốc)",
                                            column=get_column_letter(col), shown=shown, year=year))
                else:
                    self.targets[year] = col
                    self.labels[col] = f"KH {year}"
                    self.described.append(_("cột {column} «{shown}»: kế hoạch năm {year}", column=get_column_letter(col),
                                            shown=shown, year=year))
                continue
            name = next((n for n in map(_header_name, reversed(path)) if n), None)
            if name and name not in self.columns:
                self.columns[name] = col
                self.labels[col] = name
                self.described.append(_("cột {column} «{shown}»: {name}", column=get_column_letter(col), shown=shown,
                                        name=name))
            else:
                self.described.append(_("cột {column} «{shown}»: không dùng", column=get_column_letter(col),
                                        shown=shown))

    def _spread_down(self, merges) -> None:  # noqa: ANN001
        for r1, c1, r2, c2 in merges:
            if r1 >= self.data_row and c1 == c2 and r2 > r1:
                value = self.cell(r1, c1)
                for r in range(r1 + 1, min(r2, len(self.rows)) + 1):
                    while len(self.rows[r - 1]) < c1:
                        self.rows[r - 1].append(None)
                    self.rows[r - 1][c1 - 1] = value

    def cell(self, row: int, name: str | int) -> object:
        col = self.columns.get(name) if isinstance(name, str) else name
        cells = self.rows[row - 1] if row <= len(self.rows) else ()
        value = cells[col - 1] if col and col <= len(cells) else None
        return None if isinstance(value, str) and not value.strip() else value

    def text(self, row: int, name: str | int) -> str | None:
        value = self.cell(row, name)
        return None if value is None else nfc(str(value)) or None


def xlsx_merges(ranges: list[str]) -> list[tuple[int, int, int, int]]:
    found = []
    for text in ranges:
        c1, r1, c2, r2 = range_boundaries(text)
        found.append((r1, c1, r2, c2))
    return found


def docx_tables(path: Path) -> list[tuple[list[tuple], list[tuple[int, int, int, int]]]]:
    """Each table of a Word file as rows of values (a merged cell's text in its
    top-left cell) and its merged ranges, as ``AppendixSheet`` reads a worksheet."""
    from docx import Document  # noqa: PLC0415 - only for .docx files
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise TNAppError(_("Tệp «{path}» không phải tệp Word (.docx) hoặc đã bị hỏng ({name}).",
                           path=path.name, name=type(exc).__name__)) \
            from exc
    tables = []
    for table in document.tables:
        rows: list[tuple] = []
        boxes: dict[object, list[int]] = {}  # the cell's element (one for a merged cell) → [row1, col1, row2, col2]
        for r, row in enumerate(table.rows, 1):
            values: list[object] = [None] * row.grid_cols_before
            for c, cell in enumerate(row.cells, row.grid_cols_before + 1):
                box = boxes.get(cell._tc)  # noqa: SLF001 - the same element is the same merged cell
                if box is None:
                    boxes[cell._tc] = [r, c, r, c]  # noqa: SLF001
                    values.append(cell.text)
                else:
                    box[2], box[3] = max(box[2], r), max(box[3], c)
                    values.append(None)
            rows.append(tuple(values))
        merges = [(b[0], b[1], b[2], b[3]) for b in boxes.values() if b[:2] != b[2:]]
        tables.append((rows, merges))
    return tables

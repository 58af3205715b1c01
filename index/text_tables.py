"""Tables that plain text and PDF text extraction flatten, written as the docx loader writes a
table: a header line, then one line a row, "列名：值，列名：值。".

A row written so carries its columns' meanings: "地点：濠河风景区" answers "在哪办", and a row is
never split from its header. Two flattened forms are recognised:
- tab-separated lines (a table pasted into a .txt), the first of them the header;
- one cell a line (pypdf reads a drawn table cell by cell), under a header that opens with 序号 and
  rows whose first cell counts 1, 2, 3….
"""

from __future__ import annotations

import re

# A header cell: a short label, no sentence punctuation.
_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()/、]{1,8}$")
_SERIAL = ("序号", "编号", "序")
MAX_COLUMNS = 8


def tabled(text: str) -> str:
    """The text with each flattened table written as header and labelled rows; other lines as they are."""
    lines = text.split("\n")
    lines = _tab_tables(lines)
    lines = _cell_tables(lines)
    return "\n".join(lines)


def _row(header: list[str], cells: list[str]) -> str:
    pairs = [f"{h}：{v}" for h, v in zip(header, cells, strict=True) if v]
    return "，".join(pairs) + "。"


def _tab_tables(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = [c.strip() for c in lines[i].strip().split("\t")]
        width = len(header)
        if 3 <= width <= MAX_COLUMNS and all(_LABEL.match(c) for c in header):
            j = i + 1
            rows = []
            while j < len(lines) and len(cells := [c.strip() for c in lines[j].strip().split("\t")]) == width:
                rows.append(cells)
                j += 1
            if rows:
                out.append("　".join(header))
                out.extend(_row(header, cells) for cells in rows)
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


def _cell_tables(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        width = _header_width(lines, i)
        if width:
            header = [x.strip() for x in lines[i:i + width]]
            rows: list[list[str]] = []
            j = i + width
            while j + width <= len(lines) and lines[j].strip() == str(len(rows) + 1):
                rows.append([x.strip() for x in lines[j:j + width]])
                j += width
            if len(rows) >= 2 or (rows and j == len(lines)):
                out.append("　".join(header))
                out.extend(_row(header, cells) for cells in rows)
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


def _header_width(lines: list[str], i: int) -> int:
    """The number of header cells starting at line i (序号 and the labels after it, up to the row "1")."""
    if lines[i].strip() not in _SERIAL:
        return 0
    width = 1
    while i + width < len(lines) and width < MAX_COLUMNS and lines[i + width].strip() != "1" \
            and _LABEL.match(lines[i + width].strip()):
        width += 1
    ok = i + width < len(lines) and lines[i + width].strip() == "1"
    return width if ok and width >= 3 else 0

"""The rows of a table as a clause holds them, in whatever form the file gave them.

A docx table, and a pdf table whose text layer gives one cell a line under a 序号 header, is
indexed as "序号：2，活动名称：…，时间：…" lines (index/loaders.py: the loader still sees the
layout's cues, such as a cell wrapped inside its box). Tables in text files keep their own form,
which citations must quote as it is: rows between bars ("｜2｜…｜2023年8月｜市民族博物馆｜"), tabs
("2\t…\t2023年8月\t…") or runs of spaces, under a header row that names the columns. Each row is
read with its column names, so that "第二项在哪办" finds 地点 in it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from index.structure import COLUMN_GAP

_DOCX_ROW = re.compile(r"(?m)^序号[:：]\s*(\d{1,3})\s*[，,；;]\s*([^\n]*)")
_CELL_SPLIT = re.compile(r"\s*[｜|│\t]\s*")
_SEPARATED = re.compile(r"[｜|│\t]")
_BOX_ROW = re.compile(r"^([│┃｜|]).*\1$")
_RULE = re.compile(r"^[├┣┌└][─━┼╋┬┴]+[┤┫┐┘]$", re.M)  # (a line whose bars or tabs say where its cells end)
_SERIAL = ("序号", "编号", "序")
# A header cell: a short label, no sentence punctuation.
_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()/、]{1,8}$")
MAX_COLUMNS = 8


@dataclass(frozen=True)
class Row:
    number: int
    line: str  # the row as the clause has it (what a citation quotes)
    cells: str  # its cells after the number, each with its column's name where the header gives one

    @property
    def labelled(self) -> str:
        """The row as one sentence: "序号：2，活动名称：…，地点：…"."""
        return f"序号：{self.number}，{self.cells}"


def table_rows(text: str, before: str = "") -> list[Row]:
    """The numbered rows of the tables in a clause's text, in order (the first form that reads any).
    `before`: the text of the clause before it, whose last line may be the header row of a table
    the chunker split from its rows."""
    rows = _docx_lines(text) or _cell_lines(text) or _labelled_lines(text) or _aligned_lines(text, before) \
        or _boxed_lines(text, before) or _separated_lines(text)
    header = next((line for line in reversed(before.splitlines()) if line.strip()), "")
    if rows and before and not _has_header(text) and _has_header(header):
        named = _separated_lines(f"{header}\n{text}")
        return named if len(named) == len(rows) else rows
    return rows


def _has_header(text: str) -> bool:
    return any(cells and cells[0] in _SERIAL for cells in map(_cells, text.splitlines()))


def _cells(line: str) -> list[str]:
    if _SEPARATED.search(line):
        return [c for c in _CELL_SPLIT.split(line.strip().strip("｜|│")) if c != ""]
    if len(COLUMN_GAP.findall(line.strip())) >= 2:
        return COLUMN_GAP.split(line.strip())  # (a text file's columns, aligned with spaces)
    return []


def _docx_lines(text: str) -> list[Row]:
    """A docx table with a 序号 column as indexed: "序号：2，活动名称：…"."""
    return [Row(int(m.group(1)), m.group(0), m.group(2).rstrip("。")) for m in _DOCX_ROW.finditer(text)]


def _separated_lines(text: str) -> list[Row]:
    """Rows between bars or tabs whose first cell counts them, named by the 序号 header row above."""
    rows: list[Row] = []
    header: list[str] | None = None
    for line in text.splitlines():
        cells = _cells(line)
        if not cells:
            continue
        if len(cells) < 3:
            continue
        if cells[0] in _SERIAL:
            header = cells
        elif cells[0].isdigit() and len(cells[0]) <= 3:
            named = header is not None and len(header) == len(cells)
            parts = [f"{h}：{c}" if named else c for h, c in zip(header or cells, cells) if c][1:]
            rows.append(Row(int(cells[0]), line.strip(), "，".join(parts)))
    return rows


def _boxed_lines(text: str, before: str = "") -> list[Row]:
    """A table drawn with box characters, a cell's text wrapped inside its box over several lines
    ("│3　│纺织服装“源头工│" over "│　　│厂”直播周　　│"): each row is the lines between two rules,
    their cells joined column by column (the row quoted is those lines as printed). The header row
    may be in the clause before, where the chunker split the table."""
    header = next((cells for _, cells in reversed(_box_groups(before)) if cells[0] in _SERIAL), None)
    rows: list[Row] = []
    for group, cells in _box_groups(text):
        if cells[0] in _SERIAL:
            header = cells
        elif cells[0].isdigit() and len(cells[0]) <= 3:
            named = header is not None and len(header) == len(cells)
            parts = [f"{h}：{c}" if named else c for h, c in zip(header or cells, cells) if c][1:]
            rows.append(Row(int(cells[0]), "\n".join(group), "，".join(parts)))
    return rows


def _box_groups(text: str) -> list[tuple[list[str], list[str]]]:
    """The rows of a drawn table: each run of lines between rules, with its cells joined by column."""
    groups: list[tuple[list[str], list[str]]] = []
    current: list[str] = []
    for line in [*text.splitlines(), ""]:
        if _BOX_ROW.match(line.strip()):
            current.append(line)
            continue
        if current:
            split = [[c.strip(" \u3000") for c in ln.strip()[1:-1].split(ln.strip()[0])] for ln in current]
            if len({len(cells) for cells in split}) == 1 and len(split[0]) >= 3:
                groups.append((current, ["".join(column) for column in zip(*split, strict=True)]))
        current = []
    # (one line a row and no rule between rows is a table of bars, read by _separated_lines)
    return groups if any(len(g) > 1 for g, _ in groups) or _RULE.search(text) else []


def _aligned_lines(text: str, before: str = "") -> list[Row]:
    """A text file's table aligned with spaces under a 序号 header ("序号　活动名称　　　时间"): each
    cell goes to the column its first character stands under, so cells set a single space apart
    ("市电子商务发展服务中心　市商务局") are still read apart. A cell wrapped inside its column goes on
    in the next line, under the same column and without a number ("纺织品出口合规培训" over "会"):
    it is joined to its row. The header may be in the clause before, where the chunker split the table."""
    header_above = next((ln for ln in reversed(before.splitlines()) if _aligned_header(ln)), None)
    lines = ([header_above] if header_above is not None else []) + text.splitlines()
    for i, line in enumerate(lines):
        head = _aligned_header(line)
        if not head:
            continue
        starts = [p for p, _ in head]
        rows: list[tuple[int, list[str], list[str]]] = []  # (number, lines, cells)
        for row in lines[i + 1:]:
            tokens = _positions(row) if not _SEPARATED.search(row) else []
            numbered = len(tokens) >= 3 and tokens[0][1].isdigit() and len(tokens[0][1]) <= 3
            if rows and tokens and not numbered and tokens[0][0] == 0:
                # (a file cleaned of its lines' leading spaces: the wrapped line stood under the
                # columns after the number's)
                tokens = [(pos + starts[1], token) for pos, token in tokens]
            # (a wrapped cell's line: no number, short pieces of text under the columns after the first)
            wrapped = bool(rows) and bool(tokens) and not numbered and tokens[0][0] + 1 >= starts[1] \
                and not any(_SENTENCE.search(token) or len(token) > _WRAPPED_CHARS for _, token in tokens)
            if not numbered and not wrapped:
                break
            cells = rows[-1][2] if wrapped else [""] * len(starts)
            for pos, token in tokens:
                col = max((k for k, start in enumerate(starts) if start <= pos + 1), default=0)
                cells[col] = f"{cells[col]}{token}" if wrapped else f"{cells[col]} {token}".strip()
            if wrapped:
                rows[-1][1].append(row)
            else:
                rows.append((int(tokens[0][1]), [row], cells))
        found = [Row(n, "\n".join(ln.strip() for ln in group),
                     "，".join(f"{h}：{c}" for (_, h), c in zip(head, cells, strict=True) if c and h not in _SERIAL))
                 for n, group, cells in rows]
        if len(found) >= 2 or (found and header_above is not None and i == 0):
            return found
    return []


_SENTENCE = re.compile(r"[：:。，,；;]")
_WRAPPED_CHARS = 12  # (a piece of a cell, not a note under the table)


def _aligned_header(line: str) -> list[tuple[int, str]]:
    """The 序号 header row of a table aligned with spaces, each label with its column ([] if not one)."""
    head = _positions(line) if not _SEPARATED.search(line) else []
    if len(head) < 3 or head[0][1] not in _SERIAL or not all(_LABEL.match(t) for _, t in head):
        return []
    return head


def _positions(line: str) -> list[tuple[int, str]]:
    """Each run of non-space characters with the column it starts at (a CJK character is two wide)."""
    out: list[tuple[int, str]] = []
    pos, start, token = 0, 0, ""
    for ch in line.rstrip():
        if ch.isspace():
            if token:
                out.append((start, token))
                token = ""
        else:
            if not token:
                start = pos
            token += ch
        pos += 2 if unicodedata.east_asian_width(ch) in "WFA" else 1
    if token:
        out.append((start, token))
    return out


def _cell_lines(text: str) -> list[Row]:
    """A table a PDF's text gives one cell a line: a header opening with 序号, then rows whose
    first line counts 1, 2, 3…, each as many lines as the header."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip() not in _SERIAL:
            continue
        width = 1
        while i + width < len(lines) and width < MAX_COLUMNS and lines[i + width].strip() != "1" \
                and _LABEL.match(lines[i + width].strip()):
            width += 1
        header = [x.strip() for x in lines[i:i + width]]
        rows: list[Row] = []
        j = i + width
        while width >= 3 and j + width <= len(lines) and lines[j].strip() == str(len(rows) + 1):
            cells = [x.strip() for x in lines[j:j + width]]
            parts = [f"{h}：{c}" for h, c in zip(header, cells, strict=True) if c][1:]
            rows.append(Row(len(rows) + 1, "\n".join(lines[j:j + width]), "，".join(parts)))
            j += width
        if len(rows) >= 2:
            return rows
    return []


def _labelled_lines(text: str) -> list[Row]:
    """A docx table without a 序号 column as indexed: its header ("牵头单位　重点任务　完成时限"), then
    a "列名：值，…" line a row; the rows are counted in their order."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        header = [c for c in line.strip().split("　") if c]
        if len(header) < 2 or not all(_LABEL.match(c) for c in header):
            continue
        rows: list[Row] = []
        for row in lines[i + 1:]:
            if not row.startswith(f"{header[0]}："):
                break
            rows.append(Row(len(rows) + 1, row, row.rstrip("。")))
        if len(rows) >= 2:
            return rows
    return []

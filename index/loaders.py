"""Read files into text. Each loader returns the text as the file holds it (its "original"):
cleaning happens later and keeps a map back to this text.

Every failure is an `InputError` whose message names the file and the reason in one line: files
come from anyone (web uploads), so any exception a parser raises on a hostile or broken file is
turned into one, and zip-based files (docx) are checked for their expanded size, compression
ratios and element counts before a parser sees them.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .clean import META_LABEL
from .docx_numbering import ListNumbering
from .docx_outline import OutlineLevels
from .docx_text import accepted_cell_text, accepted_text, body_blocks, text_box_paragraphs
from .models import InputError

SUPPORTED = {".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".jsonl"}
# A policy document is at most a few hundred thousand characters; a whole jsonl collection is larger.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_COLLECTION_BYTES = 200 * 1024 * 1024
# A zip-based document (docx) is opened by parsers that hold every part in memory: a small zip
# can expand to gigabytes. These limits are checked in the zip directory before parsing.
MAX_ZIP_MEMBERS = 2000
MAX_ZIP_EXPANDED_BYTES = 100 * 1024 * 1024
MAX_ZIP_RATIO = 100  # for members larger than 1 MB; XML compresses 5-20x
MAX_XML_ELEMENTS = 1_000_000  # across the XML parts
MAX_PDF_PAGES = 3000


@dataclass
class RawDoc:
    source: str
    kind: str
    text: str
    title_hint: str | None = None
    weak_hint: bool = False  # the hint is a file property (docx core title, pdf metadata), not the publisher's
    extra: dict[str, str] = field(default_factory=dict)
    record: int | None = None  # index within a jsonl collection
    # Headings the file marks by their layout, not their text (a docx paragraph in a heading
    # style): (offset of the line in `text`, level from 1).
    outline: list[tuple[int, int]] = field(default_factory=list)
    # Text printed in the page margins (a docx header): not body text, but read for a 文号 the body lacks.
    margins: str = ""


def decode_bytes(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), else GB18030 (a superset of GBK and GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        raise InputError(path, "binary file (contains NUL bytes), not a text document", code="binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(path, "unknown text encoding (neither UTF-8 nor GB18030)", code="encoding") from None
    # GB18030 decodes almost any byte string; real Chinese text is mostly common CJK characters.
    if not _looks_like_text(text):
        raise InputError(path, "unknown text encoding (neither UTF-8 nor GB18030)", code="encoding")
    return text


def _looks_like_text(text: str) -> bool:
    sample = text[:5000]
    if not sample:
        return True
    good = sum(
        1
        for ch in sample
        if (ch.isascii() and (ch.isprintable() or ch in "\r\n\t"))
        or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or ch in "“”‘’—…·"
    )
    return good / len(sample) > 0.9


def load(path: Path) -> list[RawDoc]:
    """Load one file into one or more raw documents (several for a jsonl collection)."""
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file", code="missing_file")
    if path.is_dir():
        raise InputError(name, "is a directory", code="missing_file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(name, f"unsupported file type '{suffix or path.name}' (supported: "
                         + ", ".join(sorted(SUPPORTED)) + ")", code="unsupported_type")
    size = path.stat().st_size
    limit = MAX_COLLECTION_BYTES if suffix == ".jsonl" else MAX_FILE_BYTES
    if size > limit:
        raise InputError(name, f"file too large ({size / 1e6:.1f} MB; limit {limit / 1e6:.0f} MB for {suffix})", code="too_large")
    if size == 0:
        raise InputError(name, "empty file", code="empty")
    try:
        if suffix == ".txt":
            docs = [RawDoc(name, "txt", decode_bytes(path.read_bytes(), name))]
        elif suffix == ".md":
            docs = [RawDoc(name, "txt", markdown_text(decode_bytes(path.read_bytes(), name)))]
        elif suffix in (".html", ".htm"):
            docs = [_load_html(path)]
        elif suffix == ".docx":
            docs = [_load_docx(path)]
        elif suffix == ".pdf":
            docs = [_load_pdf(path)]
        else:
            docs = _load_jsonl(path)
    except InputError:
        raise
    except Exception as exc:  # a parser's failure on a hostile or broken file: one line, never a traceback
        raise InputError(name, f"corrupt or unreadable {suffix} ({type(exc).__name__})", code="corrupt") from None
    for doc in docs:
        if not doc.text.strip():
            raise InputError(doc.source, "no text in the file", code="no_text")
    return docs


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_TABLE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")


def markdown_text(text: str) -> str:
    """A Markdown copy of a notice as it reads: "# " and "**…**" marks dropped (a bold "**一、…**"
    is a heading line like any other), a table as a word processor's is read: its header, then each
    row with the header's labels ("序号：1，活动名称：…。"), its rule line gone."""
    out: list[str] = []
    table: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if _MD_TABLE_RULE.match(line):
            continue
        row = _MD_TABLE_ROW.match(line)
        if row:
            table.append([_MD_EMPHASIS.sub(r"\2", cell.strip()) for cell in row.group(1).split("|")])
            continue
        if table:
            out.extend(labelled_rows(table))
            table = []
        out.append(_MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", line)))
    return "\n".join(out[:-1])


def _load_html(path: Path) -> RawDoc:
    from bs4 import BeautifulSoup  # third-party import kept at the edge

    name = str(path)
    raw = path.read_bytes()
    text = decode_bytes(raw, name)
    soup = BeautifulSoup(text, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg", "iframe", "form"]):
        tag.decompose()
    title_tag = soup.find("title")
    title_hint = title_tag.get_text(strip=True) if title_tag else None
    if title_tag:
        title_tag.decompose()
    body = soup.body or soup
    _drop_site_parts(body)
    # A cell that holds lines of its own (<br>, paragraphs, a nested table) is page layout: many
    # older government sites set the whole notice inside table cells. Its lines stay lines.
    layout = {id(cell) for cell in body.find_all(["td", "th"])
              if cell.find(["br", "p", "div", "table", "ul", "ol"]) is not None
              or len(cell.get_text(strip=True)) > LAYOUT_CELL_CHARS}
    return RawDoc(name, "html", _block_text(body, layout), title_hint=title_hint)


# Elements that start a line of their own as a browser lays them out; the rest (span, font, a,
# strong …) run on in the line. Editors cut a paragraph into many spans: a line break at each
# would cut words and numbers.
_BLOCKS = frozenset(["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
                     "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
                     "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
                     "summary", "table", "tbody", "td", "tfoot", "th", "thead", "ul"])
# A site's parts around the text, by their element or class/id words: menus, breadcrumbs, share
# buttons, footers.
_SITE_PART = re.compile(r"(?:^|[-_\s])(nav|navbar|navigation|menu|menus|footer|foot|breadcrumbs?|crumbs?|share|sidebar|"
                        r"toolbar|topbar|copyright)(?:[-_\s\d]|$)", re.I)
_SITE_PART_SHARE = 0.3  # such a part holding this much of the page's text is the text itself


def _drop_site_parts(body: object) -> None:
    total = len(body.get_text(strip=True)) or 1  # type: ignore[attr-defined]
    for tag in body.find_all(True):  # type: ignore[attr-defined]
        if tag.decomposed or tag.name in ("html", "body"):
            continue
        names = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
        if (tag.name in ("nav", "footer") or _SITE_PART.search(names)) \
                and len(tag.get_text(strip=True)) < _SITE_PART_SHARE * total:
            tag.decompose()


def _block_text(root: object, layout: set[int]) -> str:
    """The text of an element as a browser lays it out: a line for each block element and <br>,
    inline elements run on, white space collapsed (the ideographic space and &nbsp; kept: they
    indent). A data table's row is one line ("cell　cell"); a layout cell's lines stay lines."""
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    out: list[str] = []
    stack: list[tuple[object, bool] | str] = [(root, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        node, pre = item
        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(node, NavigableString):
            out.append(str(node) if pre else re.sub(r"[ \t\n\r\f]+", " ", str(node)))
            continue
        tag = node.name  # type: ignore[attr-defined]
        if tag == "br":
            out.append("\n")
            continue
        grid = _data_grid(node, layout) if tag == "table" else None
        if grid is not None:
            # (a table of items with a header row — 序号 | 活动名称 | 时间 — is read as a word
            # processor's: each row with the header's labels, the header kept; a note across the
            # whole table, "注：…", after it)
            rows, notes = grid
            out.append("\n" + "\n".join([*labelled_rows([r for r in rows if any(r)]), *notes]) + "\n")
            continue
        if tag == "tr":
            out.append("\n" + _row_text(node, layout) + "\n")
            continue
        block = tag in _BLOCKS
        if block:
            out.append("\n")
            stack.append("\n")
        pre = pre or tag in ("pre", "textarea")
        stack.extend((child, pre) for child in reversed(list(node.children)))  # type: ignore[attr-defined]
    return "".join(out)


def _row_text(row: object, layout: set[int]) -> str:
    cells = _cells(row)
    if any(id(c) in layout for c in cells):
        return "\n".join(_block_text(c, layout) for c in cells)
    texts = [" ".join(_block_text(c, layout).split()) for c in cells]
    if _label_pairs(texts):
        # A site's metadata table ("索引号 | HN-… | 发布日期 | 2024-03-20", the colon printed or
        # not): each label with its value, as a page's labelled block reads ("索引号：HN-…")
        labels = [t.rstrip(":：").strip() for t in texts[::2]]
        return "　".join(f"{label}：{value}" for label, value in zip(labels, texts[1::2], strict=True))
    return "　".join(t for t in texts if t)


def _data_grid(table: object, layout: set[int]) -> tuple[list[list[str]], list[str]] | None:
    """The rows and notes of a table of items under a header row (see `_grid`), or None for any
    other table: a layout cell, a nested table, fewer than two rows of as many cells (at least two)
    as the header once merged cells are spread over the rows and columns they cover, or a metadata
    table of label-value pairs."""
    cells = [_cells(r) for r in table.find_all("tr")]  # type: ignore[attr-defined]
    if len(cells) < 2 or table.find("table") is not None:  # type: ignore[attr-defined]
        return None
    if any(id(c) in layout for r in cells for c in r):
        return None
    rows, notes = _grid(table, layout)
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows) or not all(rows[0]):
        return None  # (a header names every column: a form's empty boxes or a label over two columns do not)
    return None if _label_pairs(rows[0]) else (rows, notes)


def _grid(table: object, layout: set[int]) -> tuple[list[list[str]], list[str]]:
    """The table's rows as texts, a cell merged over rows (rowspan) repeated in each row it covers
    ("市商务局" leads activities 3 and 4), one merged over columns given to the first; a row that is
    one cell across the whole table (a note under it) returned apart."""
    rows: list[list[str]] = []
    notes: list[str] = []
    carried: dict[int, tuple[str, int]] = {}  # column → (text, rows still covered)
    for tr in table.find_all("tr"):  # type: ignore[attr-defined]
        cells = _cells(tr)
        texts = [" ".join(_block_text(c, layout).split()) for c in cells]
        spans = [_span(c, "colspan") for c in cells]
        if rows and len(cells) == 1 and spans[0] >= len(rows[0]) > 1:
            notes.append(texts[0])
            continue
        row: list[str] = []
        for text, cell, span in zip(texts, cells, spans, strict=True):
            while len(row) in carried:
                row.append(_take(carried, len(row)))
            if _span(cell, "rowspan") > 1:
                carried[len(row)] = (text, _span(cell, "rowspan") - 1)
            row.extend([text] + [""] * (span - 1))
        while len(row) in carried:
            row.append(_take(carried, len(row)))
        rows.append(row)
    return rows, notes


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name) or 1), 50))
    except ValueError:
        return 1


def _take(carried: dict[int, tuple[str, int]], column: int) -> str:
    text, left = carried[column]
    if left <= 1:
        del carried[column]
    else:
        carried[column] = (text, left - 1)
    return text


def _cells(row: object) -> list[Any]:
    return row.find_all(["td", "th"], recursive=False)  # type: ignore[attr-defined,no-any-return]


def _label_pairs(texts: list[str]) -> bool:
    """Is a row a site's metadata labels with their values ("索引号 | HN-… | 发布日期 | 2024-03-20")?"""
    labels = [t.rstrip(":：").strip() for t in texts[::2]]
    return len(texts) % 2 == 0 and all(_only_label(label) for label in labels)


def _only_label(text: str) -> bool:
    """Is the cell a metadata label and nothing else ("索引号", "发布日期：")?"""
    m = META_LABEL.match(f"{text}：")
    return m is not None and m.end() == len(text) + 1


LAYOUT_CELL_CHARS = 300  # a table cell this long holds running text, not a value


def _load_docx(path: Path) -> RawDoc:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    name = str(path)
    check_zip(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(name, f"corrupt or unreadable .docx ({type(exc).__name__})", code="corrupt") from None
    lines: list[str] = []
    body = document.element.body
    # Walk the body in order so tables stay where they are among the paragraphs.
    from docx.table import Table

    numbering = _list_numbering(document)
    outline_levels = OutlineLevels(_styles_element(document))
    outline: list[tuple[int, int]] = []
    offset = 0
    for child in body_blocks(body):
        if child.tag.endswith("}p"):
            # (a text box's lines come before the line it is anchored in: a red head's 文号)
            boxed = [text for p in text_box_paragraphs(child) if (text := accepted_text(p)).strip()]
            offset += sum(len(x) + 1 for x in boxed)
            lines.extend(boxed)
            # (a heading numbered by Word's list numbering shows "一、" that the text lacks)
            line = numbering.label(child) + accepted_text(child)
            level = outline_levels.level(child)
            if level and line.strip():
                outline.append((offset, level))
            new = [line]
        else:
            new = _table_lines(Table(child, document))
        lines.extend(new)
        offset += sum(len(x) + 1 for x in new)
    # The core title is only a hint: Word leaves it empty or as a template's; the text's own title
    # line wins (index.metadata). Page headers and footnotes are not body text: a header repeats the
    # issuer or "内部资料" on every page, a footnote would cut into the sentence it annotates. The
    # header is kept apart (margins) for a 文号 printed only there.
    return RawDoc(name, "docx", "\n".join(lines), title_hint=document.core_properties.title or None,
                  weak_hint=True, outline=outline, margins=_header_text(document))


def _header_text(document: Any) -> str:
    """The first section's page headers (first-page and default), whose lines some offices use for the 文号."""
    try:
        section = document.sections[0]
        parts = [section.first_page_header, section.header] if section.different_first_page_header_footer \
            else [section.header]
        lines = []
        for part in (p for p in parts if not p.is_linked_to_previous):  # (a linked header has no text of its own)
            lines += [accepted_text(b) for p in part.paragraphs for b in [*text_box_paragraphs(p._p), p._p]]
            lines += [accepted_cell_text(cell) for table in part.tables for row in table.rows for cell in row.cells]
        return "\n".join(x.strip() for x in lines if x.strip())
    except (IndexError, KeyError, ValueError, AttributeError):
        return ""


def _styles_element(document: object) -> object | None:
    try:
        return document.styles.element  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError, ValueError):
        return None


def _list_numbering(document: object) -> ListNumbering:
    """The document's list numbering definitions and styles; none when a part is missing or malformed."""
    parts = []
    for get in (lambda: document.part.numbering_part.element, lambda: document.styles.element):  # type: ignore[attr-defined]
        try:
            parts.append(get())
        except (KeyError, NotImplementedError, AttributeError, ValueError):
            parts.append(None)
    try:
        return ListNumbering(parts[0], parts[1])
    except (ValueError, TypeError, AttributeError):
        return ListNumbering(None, None)


def check_zip(path: Path) -> None:
    """Refuse a zip that would expand too far before any parser opens it: too many members, a
    total expanded size or a compression ratio beyond reason, or too many XML elements. Reading a
    member through zipfile never yields more than the size its directory entry declares, so the
    declared sizes bound what the parser will see."""
    name = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(name, f"corrupt or unreadable {path.suffix.lower()} ({type(exc).__name__})", code="corrupt") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise InputError(name, f"refused: the zip holds {len(members):,} parts (limit {MAX_ZIP_MEMBERS:,})")
        total = sum(m.file_size for m in members)
        if total > MAX_ZIP_EXPANDED_BYTES:
            raise InputError(name, f"refused: it would expand to {total / 1e6:,.0f} MB "
                             f"(limit {MAX_ZIP_EXPANDED_BYTES / 1e6:.0f} MB; a zip bomb?)")
        for m in members:
            if m.file_size > 1024 * 1024 and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1):
                raise InputError(name, f"refused: part {m.filename} is compressed {m.file_size / max(m.compress_size, 1):,.0f}"
                                 f" to 1 (limit {MAX_ZIP_RATIO} to 1; a zip bomb?)")
        elements = 0
        for m in members:
            if not m.filename.lower().endswith((".xml", ".rels")):
                continue
            try:
                with archive.open(m) as handle:
                    while block := handle.read(1 << 20):
                        elements += block.count(b"<")
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
                raise InputError(name, f"corrupt or unreadable {path.suffix.lower()} ({type(exc).__name__})") from None
            if elements > MAX_XML_ELEMENTS:
                raise InputError(name, f"refused: more than {MAX_XML_ELEMENTS:,} XML elements")


def _table_lines(table: object) -> list[str]:
    """Each data row is kept with the header row: "列名：值，列名：值。"."""
    rows = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        for cell in row.cells:
            value = accepted_cell_text(cell).strip().replace("\n", " ")
            if not cells or cells[-1] != value:  # merged cells repeat their text
                cells.append(value)
        rows.append(cells)
    merged = _merged_down(rows)
    if merged:
        # (its rows as printed, the merged cell once, beside the first row)
        return ["　".join(rows[0]), *("　".join(c for k, c in enumerate(r) if k not in merged) for r in rows[1:])]
    return labelled_rows(rows)


def _merged_down(rows: list[list[str]]) -> set[int]:
    """The columns of a table that only lays a page out, as a joint 红头 does ("泰州市工业和信息化局 |
    文件" over "泰州市商务局 | (文件, merged down)"): a cell merged down the whole table repeats in
    every row. Its rows are no records, so no cell becomes a column label."""
    if len(rows) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return set()
    return {c for c in range(len(rows[0])) if rows[0][c] and all(r[c] == rows[0][c] for r in rows[1:])}


_SERIAL_HEAD = re.compile(r"^(序号|编号|序)$")
_CELL_LABEL = re.compile(r"^[\u4e00-\u9fff（）()/]{2,8}$")


def stacked_tables(text: str) -> str:
    """A table a pdf draws cell by cell comes out one cell a line: "序号" and the other labels,
    then "1" and that row's cells, "2" and its cells… Read as labelled rows, as a Word table is.
    A cell wrapped inside its box goes on in a line the extractor starts with a space. Rows whose
    cells cannot be told apart are left as they are."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    last: tuple[list[str], int] = ([], 0)  # the labels of the table before and its last row
    while i < len(lines):
        labels = _stacked_header(lines, i)
        if labels:
            # (a table running over a page repeats its header there and numbers on)
            first = last[1] + 1 if labels == last[0] else 1
            rows, end = _stacked_rows(lines, i + len(labels), len(labels), first)
            if len(rows) >= (1 if first > 1 else 2):
                out.extend(labelled_rows([labels, *rows])[1 if first > 1 else 0:])
                last = (labels, first + len(rows) - 1)
                i = end
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _stacked_header(lines: list[str], i: int) -> list[str]:
    if not _SERIAL_HEAD.match(lines[i].strip()):
        return []
    labels = [lines[i].strip()]
    for line in lines[i + 1 : i + 9]:
        if not _CELL_LABEL.match(line.strip()):
            break
        labels.append(line.strip())
    return labels if len(labels) >= 3 else []


def _stacked_rows(lines: list[str], i: int, width: int, serial: int = 1) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    while i < len(lines) and lines[i].strip() == str(serial):
        cells: list[str] = []
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if line.strip() == str(serial + 1) and len(cells) == width - 1:
                break
            if line[:1].isspace() and cells and line.strip():
                cells[-1] += line.strip()  # the cell goes on inside its box
            elif line.strip() and len(cells) < width - 1 and len(line.strip()) <= 40 \
                    and not re.search(r"[：:。]", line):
                cells.append(line.strip())
            else:
                break
            j += 1
        if len(cells) != width - 1:
            break
        rows.append([str(serial), *cells])
        serial += 1
        i = j
    return rows, i


def labelled_rows(rows: list[list[str]]) -> list[str]:
    """A table's lines: its header, then each data row with the header's labels."""
    if not rows:
        return []
    header, data = rows[0], rows[1:]
    lines = ["　".join(header)]
    for cells in data:
        if len(cells) == len(header):
            pairs = [f"{h}：{v}" for h, v in zip(header, cells, strict=True) if v]
            # "，" between the cells: a row is one sentence (one fact about one item), not one per cell.
            lines.append("，".join(pairs) + "。")
        else:
            lines.append("　".join(cells))
    return lines


def _load_pdf(path: Path) -> RawDoc:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    name = str(path)
    try:
        reader = PdfReader(str(path))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(name, f"refused: {len(reader.pages):,} pages (limit {MAX_PDF_PAGES:,})")
        pages = [page.extract_text() or "" for page in reader.pages]
        title_hint = _pdf_title(reader)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as exc:
        raise InputError(name, f"corrupt or unreadable .pdf ({type(exc).__name__})", code="corrupt") from None
    except Exception as exc:  # LimitReachedError and whatever else a malformed file provokes
        raise InputError(name, f"corrupt or unreadable .pdf ({type(exc).__name__})", code="corrupt") from None
    text = stacked_tables("\n".join(without_running_lines(pages)))
    if not text.strip():
        raise InputError(name, "pdf has no text layer (scanned image?); run OCR first", code="no_text_layer")
    return RawDoc(name, "pdf", text, title_hint=title_hint, weak_hint=True)


EDGE_LINES = 2  # lines at the top and at the bottom of a page where a running header or footer sits
MIN_RUNNING_CHARS = 4


def without_running_lines(pages: list[str]) -> list[str]:
    """A printed document's pages without their running header and footer: a line (numbers aside:
    "第 2 页 共 3 页") at the top or bottom of at least half the pages. Between two pages it would
    land inside a sentence that runs on. At the top of the first page such a line is kept unless
    the page holds it twice (there the running title may be the title itself)."""
    if len(pages) < 2:
        return pages

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))

    def edges(lines: list[str]) -> tuple[set[int], set[int]]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        bottom = set(filled[-EDGE_LINES:])
        return set(filled[:EDGE_LINES]) - bottom, bottom

    split = [page.splitlines() for page in pages]
    seen: dict[str, int] = {}
    for lines in split:
        top, bottom = edges(lines)
        for k in {key(lines[i]) for i in top | bottom}:
            seen[k] = seen.get(k, 0) + 1
    running = {k for k, n in seen.items() if n >= max(2, (len(pages) + 1) // 2) and len(k) >= MIN_RUNNING_CHARS}
    if not running:
        return pages
    out = []
    for number, lines in enumerate(split):
        keys = [key(line) for line in lines]
        top, bottom = edges(lines)
        drop = {i for i in top | bottom if keys[i] in running}
        if number == 0:
            # (the last copy of a line on the first page stays: the title under its running copy)
            drop = {i for i in drop if i in bottom or (keys.count(keys[i]) > 1
                                                       and i != max(j for j, k in enumerate(keys) if k == keys[i]))}
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out


def _pdf_title(reader: object) -> str | None:
    """The Title of a pdf's document information (often a printer driver's "Microsoft Word -
    文档1.docx": the metadata extractor decides whether it names anything). A malformed
    information dictionary is no reason to refuse the file."""
    try:
        info = reader.metadata  # type: ignore[attr-defined]
        title = info.title if info is not None else None
    except Exception:  # a broken /Info: the text is still there
        return None
    return title if isinstance(title, str) and title.strip() else None


def _load_jsonl(path: Path) -> list[RawDoc]:
    name = str(path)
    text = decode_bytes(path.read_bytes(), name)
    docs: list[RawDoc] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{lineno}", f"invalid JSON ({exc.msg})", code="invalid_json") from None
        except RecursionError:
            raise InputError(f"{name}:{lineno}", "invalid JSON (nested too deeply)", code="invalid_json") from None
        if not isinstance(record, dict) or not isinstance(record.get("content"), str):
            raise InputError(f"{name}:{lineno}", "record has no 'content' string", code="invalid_json")
        extra = {k: str(v) for k, v in record.items() if k not in ("content", "title") and v is not None}
        title = record.get("title")
        docs.append(
            RawDoc(f"{name}#{len(docs) + 1}", "jsonl", record["content"],
                   title_hint=title if isinstance(title, str) else None, extra=extra, record=len(docs) + 1)
        )
    if not docs:
        raise InputError(name, "no records in the collection", code="no_text")
    return docs

"""The heading tree of an official document: 第X编 > 第X章 > 第X节 > 第X条 > 一、 > （一） > 1. > （1）.

Headings are recognised by their markers at the start of a paragraph. A run-in heading
("（一）加强组织协调。中国纺织工业联合会…") ends at its first full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Heading

_CN_NUM = "一二三四五六七八九十百零〇"
# (rank, pattern): a smaller rank is a higher level. Ranks are fixed so a document that skips a
# level (一、 straight to 1.) still nests correctly.
_MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (0, re.compile(rf"^第[{_CN_NUM}\d]+编(?=\s|$|[\u4e00-\u9fff])")),
    (1, re.compile(rf"^第[{_CN_NUM}\d]+章(?=\s|$|[\u4e00-\u9fff])")),
    (2, re.compile(rf"^第[{_CN_NUM}\d]+节(?=\s|$|[\u4e00-\u9fff])")),
    (3, re.compile(rf"^第[{_CN_NUM}\d]+条(?=\s|$|[\u4e00-\u9fff])")),
    (4, re.compile(rf"^[{_CN_NUM}]+、")),
    (5, re.compile(rf"^[（(][{_CN_NUM}]+[）)]")),
    # ("1.2024年9月在沙溪镇举办…": an item that opens with its year; "1.5万" is a number)
    (6, re.compile(r"^\d{1,2}(?:[.．、](?!\d)|[.．](?=(?:19|20)\d{2}\s*年)|\s)")),
    (7, re.compile(r"^[（(]\d{1,2}[）)]")),
]
ARTICLE_RANK = 3
HEADING_START = re.compile("|".join(p.pattern for _, p in _MARKERS))
RUN_IN_END = re.compile(r"[。！？]")
MAX_HEADING = 50


@dataclass(frozen=True)
class HeadingMatch:
    rank: int
    marker: str
    title: str


# Columns of a table in a plain-text file, aligned with runs of spaces.
COLUMN_GAP = re.compile(r"[ \u3000]{2,}")


def match_heading(paragraph: str) -> HeadingMatch | None:
    """The heading at the start of a paragraph, or None."""
    for rank, pattern in _MARKERS:
        m = pattern.match(paragraph)
        if not m:
            continue
        marker = m.group(0).strip()
        if rank == 6 and not _looks_like_item(paragraph, marker):
            return None
        # An article (第十条) has no title of its own: people cite it by its number.
        return HeadingMatch(rank, marker, marker if rank == ARTICLE_RANK else heading_title(paragraph))
    return None


def _looks_like_item(paragraph: str, marker: str) -> bool:
    """"1. …" is a heading; "2023年…" or "1 000吨" is not (the pattern already excludes most).
    An item may open with its date ("1. 2024年9月举办…") once its number is punctuated."""
    if paragraph.count("\t") >= 2 or (marker[-1] not in ".．、" and (
            paragraph.strip().count("\u3000") >= 2 or len(COLUMN_GAP.findall(paragraph.strip())) >= 2)):
        # "4\t线上对接会\t2023年9月\t…", "1　推出…　市商务局　2024年11月底", "1     对接会  2025年5月
        # 南充经济开发区": a table's row (cells between tabs, the ideographic spaces a page's row is
        # read with, or the runs of spaces a text file aligns its columns with), its serial number
        return False
    rest = paragraph[len(marker) :].lstrip()
    dated = marker[-1] in ".．、" and bool(re.match(r"(19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{0,2}", rest))
    return bool(rest) and (dated or bool(re.match(r"[\u4e00-\u9fff“《（(]", rest)))


def heading_title(paragraph: str) -> str:
    """The whole paragraph when it is a short heading line; else its run-in first sentence.
    A list item's closing ；or ，is not part of its title."""
    return _heading_title(paragraph.strip()).rstrip("；;，,")


# A run-in label: "（一）时间：2023年8月17日至18日" is headed 时间, what follows is its content.
RUN_IN_LABEL = 8


def _heading_title(paragraph: str) -> str:
    marker = HEADING_START.match(paragraph)
    colon = re.search(r"[：:]", paragraph)
    if marker and colon and 0 < colon.start() - marker.end() <= RUN_IN_LABEL and colon.end() < len(paragraph) \
            and not re.search(r"[，,。；;、]", paragraph[marker.end():colon.start()]):
        return paragraph[:colon.start()]
    m = RUN_IN_END.search(paragraph)
    if m is None:
        if len(paragraph) <= MAX_HEADING:
            return paragraph
        head = paragraph[:MAX_HEADING]
    else:
        head = paragraph[: m.start()]
        if m.end() == len(paragraph) and len(head) <= MAX_HEADING:
            return head
    if len(head) <= MAX_HEADING:
        return head
    comma = head.find("，")
    if 0 < comma <= 30:
        return head[:comma]
    return head[:20] + "…"


# A heading marked by the file's layout alone (a Word heading style, no number typed): level 1
# ranks with 一、, level 2 with （一）, and so on, so it nests with typed headings around it.
_OUTLINE_RANK = 4


def parse_headings(text: str, body_start: int = 0, body_end: int | None = None,
                   outline: dict[int, int] | None = None) -> list[Heading]:
    """Headings found at paragraph starts between body_start and body_end, with their depth.
    `outline` gives the level of paragraphs that the file marks as headings (by their start);
    a number typed in the paragraph still decides its rank."""
    end = len(text) if body_end is None else body_end
    headings: list[Heading] = []
    stack: list[int] = []  # ranks of the open headings
    pos = 0
    for paragraph in text.split("\n"):
        start = pos
        pos += len(paragraph) + 1
        if start < body_start or start >= end:
            continue
        # (a 公文 indents its paragraphs by two ideographic spaces, headings too: "　　二、重点工作";
        # a page break printed into a text file may stand before it)
        found = match_heading(paragraph.lstrip("\u3000\x0c"))
        if found is None and outline and start in outline and paragraph.strip():
            rank = min(_OUTLINE_RANK + outline[start] - 1, max(r for r, _ in _MARKERS))
            found = HeadingMatch(rank, "", heading_title(paragraph))
        if found is None:
            continue
        while stack and stack[-1] >= found.rank:
            stack.pop()
        stack.append(found.rank)
        headings.append(Heading(level=len(stack), marker=found.marker, title=found.title, start=start))
    return headings


def section_paths(headings: list[Heading]) -> list[tuple[int, tuple[str, ...]]]:
    """For each heading, (its start, the path of titles from the top to it)."""
    out: list[tuple[int, tuple[str, ...]]] = []
    stack: list[Heading] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop()
        stack.append(h)
        out.append((h.start, tuple(x.title for x in stack)))
    return out

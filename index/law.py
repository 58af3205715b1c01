"""Laws and other documents made of articles: 编 > 章 > 节 > 条 > 款 > 项.

An article (第十条) is a heading of the document's heading tree. Inside it, each paragraph that
is not an item is a 款 (paragraph), and each "（一）…" line is a 项 (item) of the 款 before it.
These functions locate a 条/款/项 by identity (its numbers) and write a citation the way people
write one: 《中华人民共和国电子商务法》第十条第二款. Versions of one law share its title; the
version date is the law's latest amendment (or adoption).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Chunk, Document, Heading
from .numerals import NUMERAL_CHARS, cn_int, cn_numeral
from .textnorm import normalize

_ARTICLE = re.compile(rf"^第([{NUMERAL_CHARS}\d]+)条$")
_ITEM = re.compile(rf"^[（(]([{NUMERAL_CHARS}]+)[）)]")
# What a question says about an article: 第十条, 第10条, 第十条第二款, 第二十五条第一款第（四）项.
ARTICLE_REF = re.compile(
    rf"第\s*([{NUMERAL_CHARS}\d]+)\s*条(?:\s*第\s*([{NUMERAL_CHARS}\d]+)\s*款)?"
    rf"(?:\s*第\s*[（(]?\s*([{NUMERAL_CHARS}\d]+)\s*[）)]?\s*项)?")
# The state's name that opens a national law's title; people leave it out (电子商务法).
_STATE_PREFIX = "中华人民共和国"
_DATE_IN_NAME = re.compile(r"[(（](\d{4}-\d{2}-\d{2})[)）]")


@dataclass(frozen=True)
class ArticleRef:
    article: int
    paragraph: int | None = None  # 款
    item: int | None = None  # 项

    def label(self) -> str:
        text = f"第{cn_numeral(self.article)}条"
        if self.paragraph:
            text += f"第{cn_numeral(self.paragraph)}款"
        if self.item:
            text += f"第{cn_numeral(self.item)}项"
        return text


@dataclass(frozen=True)
class Span:
    start: int  # offsets in the cleaned text
    end: int
    ref: ArticleRef


def parse_article_ref(text: str) -> ArticleRef | None:
    """The article a question or citation names ("第十条第二款"), or None."""
    m = ARTICLE_REF.search(text)
    if not m:
        return None
    numbers = [cn_int(g) if g else None for g in m.groups()]
    if not numbers[0]:
        return None
    return ArticleRef(numbers[0], numbers[1], numbers[2])


def article_number(heading: Heading) -> int | None:
    m = _ARTICLE.match(heading.marker)
    return cn_int(m.group(1)) if m else None


def has_articles(doc: Document) -> bool:
    return any(article_number(h) for h in doc.headings)


def _article_end(doc: Document, heading: Heading) -> int:
    """An article ends where the next heading of its level or above begins (or the body ends)."""
    later = [h.start for h in doc.headings if h.start > heading.start and h.level <= heading.level]
    if later:
        return later[0]
    last = doc.chunks[-1].clean_end if doc.chunks else len(doc.text)
    return max(last, heading.start)


def article_parts(doc: Document, heading: Heading) -> list[Span]:
    """The article's 款 and 项, in order, each with its span in the cleaned text."""
    number = article_number(heading)
    if number is None:
        return []
    end = _article_end(doc, heading)
    parts: list[Span] = []
    paragraph = 0
    pos = heading.start
    for line in doc.text[heading.start:end].split("\n"):
        start, pos = pos, pos + len(line) + 1
        text = line.strip()
        if not text:
            continue
        item = _ITEM.match(text)
        if item and paragraph:
            parts.append(Span(start, start + len(line), ArticleRef(number, paragraph, cn_int(item.group(1)))))
        else:
            paragraph += 1
            parts.append(Span(start, start + len(line), ArticleRef(number, paragraph)))
    return parts


def find_article(doc: Document, ref: ArticleRef) -> tuple[Heading, Span] | None:
    """The article (and within it the 款 or 项) the reference names; None when the document has none."""
    heading = next((h for h in doc.headings if article_number(h) == ref.article), None)
    if heading is None:
        return None
    whole = Span(heading.start, _article_end(doc, heading), ArticleRef(ref.article))
    if ref.paragraph is None:
        return heading, whole
    parts = [p for p in article_parts(doc, heading) if p.ref.paragraph == ref.paragraph]
    if ref.item is not None:
        parts = [p for p in parts if p.ref.item == ref.item]
    elif parts:
        # A 款 with its items: from its first line to its last item.
        return heading, Span(parts[0].start, parts[-1].end, ArticleRef(ref.article, ref.paragraph))
    return (heading, parts[0]) if parts else None


def locate(doc: Document, clean_offset: int) -> ArticleRef | None:
    """The 条 (and 款/项 unless the offset opens the article) at an offset of the cleaned text."""
    heading = None
    for h in doc.headings:
        if h.start > clean_offset:
            break
        if article_number(h) is not None:
            heading = h
    if heading is None or clean_offset >= _article_end(doc, heading):
        return None
    parts = article_parts(doc, heading)
    if not parts or clean_offset < parts[0].end:
        return ArticleRef(parts[0].ref.article) if parts else None
    part = next((p for p in parts if p.start <= clean_offset < p.end + 1), None)
    return part.ref if part else ArticleRef(parts[0].ref.article)


def chunk_ref(doc: Document, chunk: Chunk) -> ArticleRef | None:
    """The article a chunk quotes from; a chunk that starts mid-article names its 款/项."""
    for offset in range(chunk.clean_start, chunk.clean_end):
        if not doc.text[offset].isspace():
            return locate(doc, offset)
    return None


def citation(doc: Document, ref: ArticleRef | None) -> str:
    """《中华人民共和国电子商务法》第十条第二款"""
    return f"《{doc.title}》" + (ref.label() if ref else "")


def short_name(title: str) -> str:
    """How people name a national law: 电子商务法 for 中华人民共和国电子商务法."""
    name = normalize(title)
    return name[len(_STATE_PREFIX):] if name.startswith(_STATE_PREFIX) else name


def version_date(doc: Document) -> str:
    """The date of this version: the latest amendment or adoption, else a date in its file name."""
    if doc.meta.version_date:
        return doc.meta.version_date
    m = _DATE_IN_NAME.search(doc.doc_id)
    return m.group(1) if m else ""


def version_years(doc: Document) -> set[str]:
    """Years that name this version (its own date and, from the file name, the version date)."""
    years = {version_date(doc)[:4]} - {""}
    m = _DATE_IN_NAME.search(doc.doc_id)
    if m:
        years.add(m.group(1)[:4])
    return years


def same_law(a: Document, b: Document) -> bool:
    return a.title == b.title and has_articles(a) and has_articles(b)


def versions(docs: list[Document], doc: Document) -> list[Document]:
    """Every version of `doc`'s law among `docs` (itself included), oldest first."""
    found = [d for d in docs if d.doc_id == doc.doc_id or same_law(d, doc)]
    return sorted(found, key=lambda d: (version_date(d), d.doc_id))


def choose_version(family: list[Document], years: list[str]) -> Document:
    """The version a question means: the one of a year it names, else the latest (in force)."""
    ordered = sorted(family, key=lambda d: (version_date(d), d.doc_id))
    for year in years:
        named = [d for d in ordered if year in version_years(d)]
        if named:
            return named[-1]
    return ordered[-1]

"""专题检索: every document and clause of the library that addresses a topic, grouped by
document or by year, with counts and the key sentence of each group, each quote cited.

The topic's words are matched in the clause texts normalised at indexing (Traditional and
full-width forms fold to one), so the count is what the documents say, not a similarity score.
"""

from __future__ import annotations

import re
from typing import Literal

from index.kb import KnowledgeBase
from index.models import Chunk, Document
from index.textnorm import normalize

from .citing import clause_ref
from .evidence import split_sentences
from .models import TopicGroup, TopicQuote, TopicResult
from .scope import doc_year

GroupBy = Literal["document", "year"]
MAX_QUOTES = 5


def topic_terms(query: str) -> list[str]:
    """"纺织 外贸" or "纺织、外贸" → both words (a clause must hold every one)."""
    terms = [normalize(t).strip() for t in re.split(r"[\s、，,;；/]+", query) if t.strip()]
    return [t for t in terms if t]


def topic(kb: KnowledgeBase, query: str, group_by: GroupBy = "document", role: str | None = None,
          issuer: str | None = None, year: str | None = None, max_quotes: int = MAX_QUOTES) -> TopicResult:
    if group_by not in ("document", "year"):
        raise ValueError(f"group_by 应为 document 或 year（got {group_by!r}）")
    terms = topic_terms(query)
    if not terms:
        raise ValueError("专题为空，请输入要检索的词语。(The topic is empty.)")
    groups: dict[str, TopicGroup] = {}
    for doc in kb.documents():
        if (role and doc.role != role) or (issuer and issuer not in (doc.meta.issuer or "") + (doc.meta.publisher or "")):
            continue
        when = doc_year(doc)
        if year and when != year:
            continue
        hits = [(c, n) for c in doc.chunks if not c.instruction and (n := _mentions(kb.normalized(c.chunk_id), terms))]
        if not hits:
            continue
        quotes = [q for c, _ in hits for q in _quotes(doc, c, terms, when)]
        key = doc.doc_id if group_by == "document" else (when or "年份不详")
        label = doc.title if group_by == "document" else f"{key}年" if when else key
        group = groups.setdefault(key, TopicGroup(key=key, label=label, mentions=0, clauses=0, documents=[],
                                                  key_sentence=None, quotes=[]))
        group.mentions += sum(n for _, n in hits)
        group.clauses += len(hits)
        group.documents.append(doc.doc_id)
        group.quotes.extend(quotes)
    for group in groups.values():
        ranked = sorted(group.quotes, key=_weight)
        group.key_sentence = ranked[0] if ranked else None
        group.quotes = ranked[:max_quotes]
    ordered = (sorted(groups.values(), key=lambda g: (-g.mentions, g.label)) if group_by == "document"
               else sorted(groups.values(), key=lambda g: g.key))
    return TopicResult(query=query, group_by=group_by, mentions=sum(g.mentions for g in ordered), groups=ordered,
                       filters={"role": role, "issuer": issuer, "year": year})


def _mentions(norm: str, terms: list[str]) -> int:
    """Occurrences of the topic in a clause; 0 unless every word is there."""
    counts = [norm.count(t) for t in terms]
    return sum(counts) if all(counts) else 0


def _quotes(doc: Document, chunk: Chunk, terms: list[str], year: str | None) -> list[TopicQuote]:
    out = []
    clause = clause_ref(doc, chunk)
    for sentence in split_sentences(chunk.text):
        norm = normalize(sentence.text)
        n = sum(norm.count(t) for t in terms)
        if not n:
            continue
        start = doc.original.find(sentence.text, chunk.start)
        start, end = (start, start + len(sentence.text)) if start >= 0 else (chunk.start, chunk.end)
        out.append(TopicQuote(doc_id=doc.doc_id, title=doc.title, doc_number=doc.meta.doc_number, year=year,
                              clause=clause, quote=sentence.text, mentions=n, chunk_id=chunk.chunk_id,
                              start=start, end=end))
    return out


def _weight(q: TopicQuote) -> tuple[float, int]:
    """The key sentence: the most mentions for its length; very short or very long ones last."""
    length = len(q.quote)
    fit = 0 if 12 <= length <= 160 else 1
    return (fit - q.mentions / max(length, 1) * 10, length)


def bar_svg(result: TopicResult, width: int = 720, bar: int = 22) -> str:
    """Mentions per group as a horizontal bar chart in SVG (no plotting library needed)."""
    from html import escape

    groups = result.groups
    top = max((g.mentions for g in groups), default=1) or 1
    label_w = 200
    height = 40 + bar * len(groups) * 1.4
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{int(height)}' "
             "font-family='Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif' font-size='13'>",
             f"<text x='8' y='20' font-weight='bold'>“{escape(result.query)}” 提及次数</text>"]
    for i, g in enumerate(groups):
        y = 34 + i * bar * 1.4
        w = (width - label_w - 60) * g.mentions / top
        name = g.label if len(g.label) <= 14 else g.label[:13] + "…"
        parts.append(f"<text x='8' y='{y + bar * 0.7:.0f}'>{escape(name)}</text>")
        parts.append(f"<rect x='{label_w}' y='{y:.0f}' width='{w:.0f}' height='{bar}' fill='#4a7bd0'/>")
        parts.append(f"<text x='{label_w + w + 6:.0f}' y='{y + bar * 0.7:.0f}'>{g.mentions}</text>")
    parts.append("</svg>")
    return "".join(parts)

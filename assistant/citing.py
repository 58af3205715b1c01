"""How a clause is cited: the answer's numbered citations, the labels people use for a clause's place
(二（五）, 第四条第二款, 文末) and the quoted sentences."""

from __future__ import annotations

from dataclasses import dataclass, field

from index import law
from index.kb import KnowledgeBase
from index.models import Chunk, Document

from .evidence import best_sentences, split_sentences
from .models import Citation
from .retrieval import is_head
from .settings import RetrievalSettings


@dataclass
class Composer:
    kb: KnowledgeBase
    settings: RetrievalSettings
    citations: list[Citation] = field(default_factory=list)

    # ----- citations -----------------------------------------------------------------------
    def cite(self, chunk: Chunk, score: float, quote: str | None = None) -> int:
        """Number of the citation for this chunk (added on first use)."""
        for c in self.citations:
            if c.chunk_id == chunk.chunk_id:
                return c.n
        doc = self.kb.docs[chunk.doc_id]
        self.citations.append(Citation(
            n=len(self.citations) + 1, doc_id=doc.doc_id, title=doc.title, doc_number=doc.meta.doc_number,
            section=chunk.section, quote=quote or chunk.text, source=doc.source, score=round(score, 4),
            chunk_id=chunk.chunk_id, start=chunk.start, end=chunk.end, reference=law_reference(doc, chunk),
        ))
        return len(self.citations)


def doc_ref(doc: Document) -> str:
    ref = f"《{doc.title}》"
    return ref + (f"（{doc.meta.doc_number}）" if doc.meta.doc_number else "")


CLOSING_LABEL = "文末（附件、落款、联系方式）"
HEAD_LABEL = "文件头（标题、文号、主送机关）"


def unsectioned_label(doc: Document, chunk: Chunk) -> str:
    """Where a chunk outside the heading tree sits: the head (文件头, before the first heading),
    the closing part (文末: 附件、落款、联系人) or plain body text."""
    if doc.headings and chunk.clean_start > doc.headings[-1].start:
        return CLOSING_LABEL
    if is_head(doc, chunk):
        return HEAD_LABEL
    if doc.headings and chunk.clean_end <= doc.headings[0].start:
        return "开头"
    return "正文"


def section_label(kb: KnowledgeBase, chunk_id: str, section: str | None) -> str:
    """The section path, or where an unsectioned chunk sits."""
    if section:
        return section
    chunk = kb.chunks.get(chunk_id)
    return unsectioned_label(kb.docs[chunk.doc_id], chunk) if chunk else "正文"


def law_reference(doc: Document, chunk: Chunk) -> str | None:
    """《中华人民共和国电子商务法》第十条第二款 for a chunk of a document made of articles."""
    ref = law.chunk_ref(doc, chunk) if law.has_articles(doc) else None
    return law.citation(doc, ref) if ref else None


def clause_ref(doc: Document, chunk: Chunk, at: str | None = None) -> str:
    """How people cite a clause: 二（五） for 二、工作任务 > （五）…, 第四条第二款 for an article
    (the 款 or 项 where the sentence `at` stands, when given)."""
    ref = None
    if law.has_articles(doc):
        offset = chunk.text.find(at) if at else -1
        ref = law.locate(doc, chunk.clean_start + offset) if offset > 0 else law.chunk_ref(doc, chunk)
    if ref:
        return ref.label()
    if not chunk.section_path:
        return unsectioned_label(doc, chunk)
    return path_ref(doc, tuple(chunk.section_path))


def path_ref(doc: Document, path: tuple[str, ...]) -> str:
    """How people cite a section by its headings' numbers: 二（五） for 二、工作任务 > （五）…."""
    if len(path) == 1:
        return path[0]
    markers = []
    for title in path:
        heading = next((h for h in doc.headings if h.title == title), None)
        if heading is not None and not heading.marker:
            # a heading without a number (a Word heading style): cited by its words
            return " > ".join(path)
        markers.append((heading.marker if heading else title).rstrip("、.．"))
    return "".join(markers)


def quote_line(comp: Composer, n: int, text: str, weights: dict[str, float], limit: int = 2) -> str:
    c = comp.citations[n - 1]
    sentences = best_sentences(weights, text, limit) if len(text) > 220 else split_sentences(text)
    excerpt = join_excerpt(text, sentences) if sentences else text
    where = section_label(comp.kb, c.chunk_id, c.section)
    return f"[{n}] {where}：“{without_headings(excerpt, c.section)}”"


def without_headings(excerpt: str, section: str | None) -> str:
    """The quote without the headings the label before it already gives ("三、工作要求（一）加强组织
    协调。中国纺织工业联合会…" under 三、工作要求 > （一）加强组织协调): the quote carries substance."""
    rest = excerpt
    for heading in (section or "").split(" > "):
        heading = heading.strip()
        # (a heading that runs into its sentence — "（三）各市要及时总结活动成效，于…前报送" — is part of
        # what the sentence says: the quote keeps it rather than begin with "，于…")
        if heading and rest.startswith(heading) and not rest[len(heading):].startswith(("，", ",", "、")):
            rest = rest[len(heading):].lstrip("。．.：: \n")
    return rest or excerpt


def join_excerpt(text: str, sentences: list) -> str:  # type: ignore[type-arg]
    """Sentences as quoted: "……" only where the source really leaves something out."""
    out = ""
    for i, s in enumerate(sentences):
        if i and text[sentences[i - 1].end : s.start].strip():
            out += "……"
        out += s.text
    return out

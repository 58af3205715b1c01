"""Citations and answers: what `ask` returns to every interface."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Mode = Literal["extractive", "llm"]


class RequestError(ValueError):
    """A request with a field of the wrong type or format (filters, history). The message names
    the field and the reason, in Chinese and English, on one line."""


@dataclass
class Citation:
    n: int
    doc_id: str
    title: str
    doc_number: str | None
    section: str | None
    quote: str  # the clause text as the document has it
    source: str
    score: float
    chunk_id: str
    start: int  # offsets of the quote in the document's original text
    end: int
    reference: str | None = None  # an article as people cite it: 《中华人民共和国电子商务法》第十条第二款

    def label(self) -> str:
        """How a person reads the citation: 《标题》（文号） 二、… > （三）…, or for a law
        《中华人民共和国电子商务法》第十条（第二章 电子商务经营者 > 第一节 一般规定 > 第十条）."""
        if self.reference:
            return self.reference + (f"（{self.section}）" if self.section else "")
        parts = [f"《{self.title}》"]
        if self.doc_number:
            parts.append(f"（{self.doc_number}）")
        if self.section:
            parts.append(f" {self.section}")
        return "".join(parts)


@dataclass
class DocRef:
    """A document an answer points to without citing a clause (e.g. the candidates of an
    ambiguous reference)."""

    doc_id: str
    title: str
    doc_number: str | None = None
    role: str = "subject"

    def label(self) -> str:
        return f"《{self.title}》" + (f"（{self.doc_number}）" if self.doc_number else "")


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False
    mode: Mode = "extractive"
    kind: str = "general"  # field, list, requirement, general, refusal
    notice: str | None = None  # e.g. the configured LLM could not be reached
    timings: dict[str, float] = field(default_factory=dict)
    items: list[int] = field(default_factory=list)  # for a list answer: the citation numbers in order
    resolved_question: str | None = None  # after resolving a follow-up against the conversation
    candidates: list[DocRef] = field(default_factory=list)  # documents an ambiguous reference fits

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of `python -m assistant ask --json` (add fields, never rename)."""
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "mode": self.mode,
            "citations": [
                {"n": c.n, "doc_id": c.doc_id, "title": c.title, "doc_number": c.doc_number,
                 "section": c.section, "quote": c.quote, "source": c.source, "score": round(c.score, 4),
                 "chunk_id": c.chunk_id, "start": c.start, "end": c.end, "reference": c.reference}
                for c in self.citations
            ],
            "kind": self.kind,
            "notice": self.notice,
            "timings_ms": {k: round(v, 2) for k, v in self.timings.items()},
            "candidates": [{"doc_id": d.doc_id, "title": d.title, "doc_number": d.doc_number, "role": d.role}
                           for d in self.candidates],
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Turn:
    """One earlier exchange of a conversation."""

    question: str
    answer: Answer | None = None

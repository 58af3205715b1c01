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
    kind: str = "general"  # field, list, requirement, general, meaning (close in meaning, not in words), refusal, multipart
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


@dataclass
class Turn:
    """One earlier exchange of a conversation."""

    question: str
    answer: Answer | None = None


@dataclass
class DutyRow:
    """One line of a 责任分工 table: who (`applies_to`, normalised) must do what, where it is said.

    `actor` is the subject as the sentence writes it; `applies_to` the one organisation the row is
    for (各单位 gives one row for every addressee). `report_to` and `deadline` say 文件未写明 when
    the document names none, never an empty cell."""

    doc_id: str
    title: str
    doc_number: str | None
    applies_to: str
    kind: str | None  # 商务主管部门, 工业和信息化主管部门, 行业协会 … (None when unknown)
    actor: str
    obligation: str
    quote: str
    section: str | None
    clause: str  # 三（三）, 第五条
    is_report: bool
    report_to: str
    deadline: str
    lead: bool
    chunk_id: str
    start: int  # offsets of the quote in the document's original text
    end: int

    def source_label(self) -> str:
        ref = f"《{self.title}》" + (f"（{self.doc_number}）" if self.doc_number else "")
        return f"{ref} {self.clause}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


DUTY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("applies_to", "责任主体"), ("obligation", "工作事项"), ("is_report", "是否报送"), ("report_to", "报送对象"),
    ("deadline", "时限"), ("actor", "原文主体"), ("clause", "条款"), ("title", "文件"), ("doc_number", "文号"),
    ("quote", "原文"),
)


@dataclass
class FirmProfile:
    """An enterprise as it describes itself (企业对照). Empty lists mean "not said"."""

    segments: list[str] = field(default_factory=list)  # 服装, 家纺, 化纤, 棉纺, 产业用纺织品, 纺织机械
    markets: list[str] = field(default_factory=list)  # 出口, 线上, 内销
    region: str | None = None  # 东部, 中西部
    size: str | None = None  # 中小企业, 龙头企业
    interests: list[str] = field(default_factory=list)  # 数字化转型, 绿色循环, 品牌设计, 非遗 …
    text: str = ""  # the sentence it came from, when it came from one

    def is_empty(self) -> bool:
        return not (self.segments or self.markets or self.region or self.size or self.interests)

    def summary(self) -> str:
        parts = [*self.segments, *self.markets, self.region or "", self.size or "", *self.interests]
        return "、".join(p for p in parts if p) or "未说明"


@dataclass
class FirmTask:
    """A clause that concerns the firm: why (the profile facets it matches) and the sentences."""

    doc_id: str
    title: str
    doc_number: str | None
    section: str | None
    clause: str
    score: float
    reasons: list[str]
    sentences: list[str]
    chunk_id: str
    start: int
    end: int


@dataclass
class FirmMatch:
    profile: FirmProfile
    tasks: list[FirmTask]
    contacts: list[str]  # 联系人 and where to sign up, as the documents say
    stated: list[str]  # what the documents do say about money, deadlines and signing up (quoted)
    gaps: list[str]  # what they do not say

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TopicQuote:
    doc_id: str
    title: str
    doc_number: str | None
    year: str | None
    clause: str
    quote: str
    mentions: int
    chunk_id: str
    start: int
    end: int


@dataclass
class TopicGroup:
    """One document (or one year) and what it says about the topic."""

    key: str  # doc_id, or the year
    label: str
    mentions: int  # how many times the topic's words occur
    clauses: int  # how many clauses mention it
    documents: list[str]
    key_sentence: TopicQuote | None
    quotes: list[TopicQuote]


@dataclass
class TopicResult:
    query: str
    group_by: str  # "document" or "year"
    mentions: int
    groups: list[TopicGroup]
    filters: dict[str, str | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

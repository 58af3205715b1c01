"""Typed objects carried from the index to the answer.

A `Document` is one official document (or one record of a jsonl collection) with its rule-extracted
公文 metadata and its chunks. Offsets always refer to `Document.original`, the text as loaded from
the file, so a citation can be traced back to what the file really says.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

# What a document is to the assistant. The subject is what it is about (the campaign's notice and
# its attachments); related documents (laws, local notices) answer when the subject is silent or
# when named; background documents (reports) answer only when a question names them.
Role = Literal["subject", "related", "background"]
ROLES: tuple[Role, ...] = ("subject", "related", "background")
ROLE_LABELS = {"subject": "主题文件", "related": "相关文件", "background": "背景资料"}


@dataclass(frozen=True)
class Attachment:
    name: str
    available: bool = False  # referenced by the document; True only when its file is indexed too


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str | None = None
    email: str | None = None  # the e-mail given with the name and phone ("电子邮箱：…")


@dataclass
class DocMeta:
    """公文 metadata. A field the document does not state stays None (or empty): never guessed."""

    issuer: str | None = None  # 发文机关
    title: str | None = None  # 标题
    doc_number: str | None = None  # 发文字号
    written_date: str | None = None  # 成文日期 (ISO)
    published_date: str | None = None  # 发布日期 (ISO)
    publisher: str | None = None  # 发布机构
    category: str | None = None  # 分类
    index_number: str | None = None  # 索引号 (a government site's catalogue number of the page)
    addressees: str | None = None  # 主送机关
    attachments: list[Attachment] = field(default_factory=list)  # 附件
    signatories: list[str] = field(default_factory=list)  # 落款
    signature_date: str | None = None  # 落款日期 (ISO)
    printed_date: str | None = None  # 印发日期 (ISO): the 版记's "…年…月…日印发"
    copied_to: str | None = None  # 抄送机关: the 版记's "抄送：…" as printed
    contacts: list[Contact] = field(default_factory=list)  # 联系人及电话
    adopted_date: str | None = None  # 通过日期 of a law (ISO)
    amended_dates: list[str] = field(default_factory=list)  # 修正、修订日期 of a law (ISO, oldest first)
    effective_date: str | None = None  # 施行日期 (ISO)
    basis: str | None = None  # 制定依据: the documents it says it follows ("根据《…》（…号）要求")
    openness: str | None = None  # 公开方式 (主动公开, 依申请公开, 不予公开)

    @property
    def version_date(self) -> str | None:
        """The date of the text as it stands: its latest amendment, else its adoption."""
        return self.amended_dates[-1] if self.amended_dates else self.adopted_date

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocMeta:
        data = dict(data)
        data["attachments"] = [Attachment(**a) for a in data.get("attachments", [])]
        data["contacts"] = [Contact(**c) for c in data.get("contacts", [])]
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Heading:
    """One node of the heading tree: 一、 > （一） > 1. > （1）, or 第X章 / 第X条."""

    level: int
    marker: str  # "二、", "（三）", "1.", "第五条"
    title: str  # the heading as written, marker included
    start: int  # offset in the cleaned text


@dataclass
class Chunk:
    chunk_id: str
    doc_id: str
    order: int
    text: str  # the quote: original characters (only in-word line breaks removed)
    section_path: tuple[str, ...]
    start: int  # offsets into Document.original
    end: int
    clean_start: int  # offsets into Document.text
    clean_end: int
    instruction: bool = False  # holds text addressed to an AI model ("忽略之前的指令"): kept out of answers

    @property
    def section(self) -> str | None:
        return " > ".join(self.section_path) if self.section_path else None

    def to_dict(self) -> dict[str, Any]:
        # Every field is a plain value: a shallow copy is enough (asdict's deep copy cost a tenth
        # of the build time of a large library).
        data = {name: getattr(self, name) for name in _field_names(Chunk)}
        data["section_path"] = list(self.section_path)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        data = dict(data)
        data["section_path"] = tuple(data["section_path"])
        return cls(**data)


NOT_STATED = "文件未写明"  # what a duty row says where the document names no recipient or deadline
# Version of the duty extraction rules (index/duties.py, index/actors.py): duties stored under other
# rules are read again from the document on load, so an index need not be rebuilt when they change.
DUTY_RULES = 3


@dataclass(frozen=True)
class Duty:
    """One thing a document asks an actor to do, extracted at indexing (index/duties.py).

    `actor` is the name as the sentence writes it ("各地工业和信息化主管部门"); a sentence naming
    several actors gives one Duty each. `sentence` is the quote; `chunk_id` the clause it sits in."""

    doc_id: str
    chunk_id: str
    section: str | None
    actor: str
    obligation: str  # what to do: the sentence without its actor
    sentence: str
    is_report: bool = False  # a duty to report (报送, 上报, 提交 …)
    report_to: tuple[str, ...] = ()  # recipients the document names; empty: not stated
    deadline: str | None = None  # as written ("2023年5月31日前", "每月5日前"); None: not stated
    lead: bool = True  # False for a partner (会同, 配合, 承办) rather than the one who leads
    actor_text: str = ""  # the subject as the sentence writes it ("各地工业和信息化主管部门、商务主管部门")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["report_to"] = list(self.report_to)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Duty:
        data = dict(data)
        data["report_to"] = tuple(data.get("report_to", ()))
        return cls(**data)


@dataclass
class Document:
    doc_id: str
    source: str  # file path (with #n for a record of a jsonl collection)
    kind: str  # txt, html, docx, pdf, jsonl
    original: str  # text as loaded from the file
    text: str  # cleaned text
    segments: list[tuple[int, int, int]]  # (clean_start, original_start, length) runs
    meta: DocMeta
    headings: list[Heading] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    content_hash: str = ""
    duties: list[Duty] | None = None  # None: indexed before duties were extracted (computed on load)
    role: Role = "subject"  # kept in the manifest, not in the document file: changing it re-indexes nothing

    @property
    def title(self) -> str:
        return self.meta.title or self.doc_id

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "kind": self.kind,
            "original": self.original,
            "text": self.text,
            "segments": [list(s) for s in self.segments],
            "meta": self.meta.to_dict(),
            "headings": [{name: getattr(h, name) for name in _field_names(Heading)} for h in self.headings],
            "chunks": [c.to_dict() for c in self.chunks],
            "content_hash": self.content_hash,
            **({"duties": [d.to_dict() for d in self.duties], "duty_rules": DUTY_RULES} if self.duties is not None else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            doc_id=data["doc_id"],
            source=data["source"],
            kind=data["kind"],
            original=data["original"],
            text=data["text"],
            segments=[tuple(s) for s in data["segments"]],  # type: ignore[misc]
            meta=DocMeta.from_dict(data["meta"]),
            headings=[Heading(**h) for h in data["headings"]],
            chunks=[Chunk.from_dict(c) for c in data["chunks"]],
            content_hash=data.get("content_hash", ""),
            duties=([Duty.from_dict(d) for d in data["duties"]]
                    if "duties" in data and data.get("duty_rules", 1) == DUTY_RULES else None),
        )


class InputError(Exception):
    """A file that cannot be indexed. The message is one line naming the file and the reason;
    `code` names the kind of problem for interfaces that explain it in another language
    (index.library.ERRORS), so none of them has to read the English reason."""

    def __init__(self, path: str, reason: str, code: str = "unreadable") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.code = code


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))

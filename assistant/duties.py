"""责任分工: the duty rows of the library, by actor, and questions about an actor's duties.

Rows come from the duties extracted at indexing (index/duties.py); here they are tied to their
document and clause, expanded (各单位 applies to every addressee) and filtered by an actor as a
person names it ("商务", "我们省商务厅", "中国纺织工业联合会"). The same rows answer
"我们省商务厅要做哪些工作、报送什么" in `ask`, so the table and the answer never disagree.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from index.actors import ALL_ADDRESSEES, addressees, kind_of, level_of, locality, split_names
from index.duties import extract_duties
from index.kb import KnowledgeBase
from index.models import NOT_STATED, Document, Duty

from .citing import clause_ref
from .models import Answer, Citation, DutyRow
from .multipart import merge_blocks

# "…要做哪些工作", "…报送什么", "…的职责": a question about what an actor must do.
DUTY_QUESTION = re.compile(r"做(?:哪些|什么|啥)|干(?:什么|啥)|(?:哪些|什么)(?:工作|任务|事项|职责)|职责|分工|承担|"
                           r"报送(?:什么|哪些)|报(?:什么|哪些)|(?:要|需要|应当)报送|负责(?:什么|哪些)")
REPORT_ONLY = re.compile(r"报送|上报|报什么")
_WORK = re.compile(r"做|干|工作|任务|职责|事项|分工|负责")
# What makes a body part of a document's name: "政府工作报告", "协会的通知".
_IN_A_NAME = re.compile(r"的?(工作)?(报告|通知|方案|意见|文件|决定)")
_SELF = re.compile(r"^(?:我们|我|本)(?:这个|这)?")
_ASKED_ACTOR = re.compile(r"[\u4e00-\u9fff（）]{0,20}?(?:主管部门|部门|厅|局|委|联合会|协会|商会|中心|单位|政府)")


@dataclass(frozen=True)
class ActorQuery:
    """An actor as a person names it: its words, its department kind and its level, when said.
    A list ("各地工业和信息化主管部门、商务主管部门") matches what any of its items matches."""

    text: str
    kind: str | None
    level: str | None
    others: tuple[ActorQuery, ...] = ()

    @classmethod
    def parse(cls, text: str) -> ActorQuery:
        text = _SELF.sub("", text.strip())
        names = split_names(text) if "、" in text else []
        others = tuple(cls.parse(n) for n in names[1:])
        first = names[0] if names else text
        level = level_of(first) if re.search(r"省|市|县|区|厅|局|国家", first) else None
        return cls(first, kind_of(first), level, others)

    def matches(self, name: str) -> bool:
        return self._matches(name) or any(o.matches(name) for o in self.others)

    def _matches(self, name: str) -> bool:
        if not self.text or name == self.text:
            return True
        if self.text.startswith(("地方", "各地")) and self.kind is None:
            # "地方主管部门": every local body of that form
            suffix = self.text.removeprefix("地方").removeprefix("各地")
            return name.startswith("各") and name.endswith(suffix)
        if self.kind is None:
            return self.text in name or name in self.text
        if name.startswith("各") and locality(name) == name:
            # "各市州于…报送": every local government of that level, whichever department asks
            return self.kind not in ("行业协会", "企业") and self.level in (None, "市", "县")
        kind = kind_of(name)
        if kind != self.kind:
            return False
        if self.kind == "行业协会" and not name.startswith(("有关", "各")):
            return False  # "中国纺织工业联合会" is not every association; "有关行业协会" is
        # Enterprises are named by class ("申报企业", "参加…的企业"), never one by one: all are firms.
        level = level_of(name)
        return self.level is None or level is None or level == self.level


def doc_duties(doc: Document) -> list[Duty]:
    """The duties stored at indexing; a document indexed before extraction existed gets them now."""
    if doc.duties is None:
        doc.duties = extract_duties(doc)
    return doc.duties


def rows_for(kb: KnowledgeBase, doc: Document) -> list[DutyRow]:
    """Every row of one document, 各单位 expanded to each addressee."""
    named = addressees(doc.meta.addressees)
    rows: list[DutyRow] = []
    for duty in doc_duties(doc):
        chunk = kb.chunks.get(duty.chunk_id)
        clause = clause_ref(doc, chunk) if chunk else (duty.section or "正文")
        start = doc.original.find(duty.sentence, chunk.start if chunk else 0)
        start, end = (start, start + len(duty.sentence)) if start >= 0 else ((chunk.start, chunk.end) if chunk else (0, 0))
        everyone = duty.actor in ALL_ADDRESSEES or (locality(duty.actor) == duty.actor and duty.actor.startswith("各"))
        targets = [a for a in named if _covered(a, duty.actor)] if everyone else []
        for target in targets or [duty.actor]:
            rows.append(DutyRow(
                doc_id=doc.doc_id, title=doc.title, doc_number=doc.meta.doc_number, applies_to=target,
                kind=kind_of(target), actor=duty.actor_text or duty.actor, obligation=duty.obligation,
                quote=duty.sentence, section=duty.section, clause=clause, is_report=duty.is_report,
                report_to="、".join(duty.report_to) if duty.report_to else (NOT_STATED if duty.is_report else ""),
                deadline=duty.deadline or (_no_deadline(duty.sentence) if duty.is_report else ""),
                lead=duty.lead, chunk_id=duty.chunk_id, start=start, end=end))
    return rows


def _local(addressee: str, place: str) -> bool:
    """Does "各市" cover this addressee? Those of that locality do."""
    return bool(locality(addressee)) and addressee.startswith(place)


def _covered(addressee: str, actor: str) -> bool:
    """Is an addressee among those a generic actor puts to work? 各单位 is everyone; 各地 (a duty
    of the places) is every addressee but the associations and enterprises the list also names."""
    if actor == "各地":
        return kind_of(addressee) not in ("行业协会", "企业")
    return actor in ALL_ADDRESSEES or _local(addressee, actor)


def _no_deadline(sentence: str) -> str:
    return f"{NOT_STATED}（仅要求“及时”）" if "及时" in sentence else NOT_STATED


# Rows per document, kept while the document is the same object (adding a file again makes a new
# one): locating each quote and its clause is most of a duty list's time (the laws: ~1 ms a row).
_ROWS: weakref.WeakKeyDictionary[KnowledgeBase, dict[str, tuple[Document, list[DutyRow]]]] = weakref.WeakKeyDictionary()
_ROWS_LOCK = threading.Lock()


def cached_rows(kb: KnowledgeBase, doc: Document) -> list[DutyRow]:
    """rows_for, computed once per document version (the rows are shared: do not change them)."""
    with _ROWS_LOCK:
        hit = _ROWS.setdefault(kb, {}).get(doc.doc_id)
    if hit is not None and hit[0] is doc:
        return hit[1]
    rows = rows_for(kb, doc)
    with _ROWS_LOCK:
        _ROWS[kb][doc.doc_id] = (doc, rows)
    return rows


def duty_rows(kb: KnowledgeBase, actor: str | None = None, doc_ids: Iterable[str] | None = None) -> list[DutyRow]:
    """The rows of the given documents (default: the subject documents, the campaign's own; a
    library without a subject: every document except background material), optionally only
    those for an actor, in document order. Related laws oblige everyone; they are asked for by id."""
    if doc_ids is not None:
        ids = list(doc_ids)
    else:
        ids = [d.doc_id for d in kb.documents() if d.role == "subject"] or \
              [d.doc_id for d in kb.documents() if d.role != "background"]
    unknown = [d for d in ids if d not in kb.docs]
    if unknown:
        raise ValueError(f"未找到文件：{'、'.join(unknown)}（unknown document id）")
    query = ActorQuery.parse(actor) if actor else None
    rows = [row for doc_id in ids for row in cached_rows(kb, kb.docs[doc_id])]
    if query is not None and query.text in ALL_ADDRESSEES:  # "各单位要做什么": the rows said to 各单位
        return [r for r in rows if r.actor.startswith(query.text)]
    return [r for r in rows if query is None or query.matches(r.applies_to)]


def asked_actor(question: str) -> str | None:
    """The actor a duty question is about, or None when it is not one ("我们企业…" is for 企业对照)."""
    if not DUTY_QUESTION.search(question):
        return None
    head = DUTY_QUESTION.split(question, maxsplit=1)[0]
    m = re.search(rf"(?:{_ASKED_ACTOR.pattern})(?:、(?:{_ASKED_ACTOR.pattern}))*", head)
    if m is not None and _IN_A_NAME.match(head, m.end()):
        return None  # ("2002年的政府工作报告里…": 政府 is part of a document's name, not who is asked about)
    if m is None:
        return next((word for word in ALL_ADDRESSEES if word in head), None)
    # "优供给促升级活动中地方主管部门" → 地方主管部门 (but 中国…, …中心 and 中华… stay whole)
    name = re.split(r"中(?![国心华央])|里|，|的|在", m.group(0))[-1]
    return name if name and kind_of(name) != "企业" else None


# "市商务局和市纺织服装行业协会各自负责什么": a second body after the first, each asked about
_AND_ACTOR = re.compile(rf"(?:和|与|及|以及)({_ASKED_ACTOR.pattern})(?=各自|分别|都|各|$)")


def asked_actors(question: str) -> list[str]:
    """The actors a duty question is about: one, or two joined by 和 ("A和B各自负责什么")."""
    first = asked_actor(question)
    if first is None:
        return []
    head = DUTY_QUESTION.split(question, maxsplit=1)[0]
    at = head.find(first)
    second = _AND_ACTOR.match(head, at + len(first)) if at >= 0 else None
    return [first, second.group(1)] if second and kind_of(second.group(1)) != "企业" else [first]


def answer_duties(kb: KnowledgeBase, question: str, named: Iterable[str] = (),
                  allowed: set[str] | None = None) -> Answer | None:
    """An answer made of the actor's duty rows, every one cited; None when the question is not
    about an actor's duties or the documents give that actor none (the usual path answers then).
    It reads the documents the question names, else the subject documents, within `allowed`."""
    actors = asked_actors(question)
    if len(actors) == 2:
        # (each body's own rows, one block each; both must have some, or the usual path answers)
        each = [answer_duties_of(kb, question, a, named, allowed) for a in actors]
        if all(each):
            return merge_blocks(question, [f"{a}：" for a in actors], [a for a in each if a], kind="requirement")
        return None
    return answer_duties_of(kb, question, actors[0], named, allowed) if actors else None


def answer_duties_of(kb: KnowledgeBase, question: str, actor: str, named: Iterable[str] = (),
                     allowed: set[str] | None = None) -> Answer | None:
    """The duty rows of one actor (see answer_duties)."""
    ids = list(named)
    if not ids:
        actor, ids = _placed(kb, actor)
    ids = ids or [d.doc_id for d in kb.documents() if d.role == "subject"]
    ids = [d for d in ids if d in kb.docs and (allowed is None or d in allowed)]
    rows = duty_rows(kb, actor, ids)
    if REPORT_ONLY.search(question) and not _WORK.search(question):
        rows = [r for r in rows if r.is_report]
    if not rows:
        return None
    return compose_duties(question, actor, rows, kb)


_PLACE = re.compile(r"^(?!各|有关|本|我|贵|该|全|其)([\u4e00-\u9fff]{2,5}?)(?:省|自治区|市|县|区)?(?=各|省|市|县|区|自治区)")


def _placed(kb: KnowledgeBase, actor: str) -> tuple[str, list[str]]:
    """"湖北省纺织行业协会", "广东省各地级以上市…主管部门": an organ of a place the subject documents
    do not name is asked about in that place's own documents (their titles name the place), as
    those documents name it (省纺织行业协会, 各地级以上市…). Otherwise the actor and no documents."""
    m = _PLACE.match(actor)
    if m is None:
        return actor, []
    place = m.group(1)
    if any(place in d.title for d in kb.documents() if d.role == "subject"):
        return actor, []
    ids = [d.doc_id for d in kb.documents() if d.role != "background" and place in d.title]
    if not ids:
        return actor, []
    rest = actor[len(place):]
    return (re.sub(r"^(?:省|自治区|市)(?=各)", "", rest) or actor), ids


def compose_duties(question: str, actor: str, rows: list[DutyRow], kb: KnowledgeBase) -> Answer:
    citations: list[Citation] = []
    lines: list[str] = []
    by_doc: dict[str, list[DutyRow]] = {}
    for row in rows:
        by_doc.setdefault(row.doc_id, []).append(row)
    for doc_id, doc_rows in by_doc.items():
        first = doc_rows[0]
        ref = f"《{first.title}》" + (f"（{first.doc_number}）" if first.doc_number else "")
        seen: dict[str, DutyRow] = {}
        for row in doc_rows:
            seen.setdefault(row.quote, row)  # one line per sentence, however many rows it gives
        unique = list(seen.values())
        reports = [r for r in unique if r.is_report]
        targets = "、".join(dict.fromkeys(r.applies_to for r in rows if r.doc_id == doc_id))
        lines.append(f"根据{ref}，与“{actor}”相关的工作共{len(unique)}项（其中报送事项{len(reports)}项），"
                     f"文件中的责任主体为：{targets}。")
        for row in unique:
            n = _cite(citations, kb, row)
            note = "（适用于全部主送单位）" if row.actor in ALL_ADDRESSEES else ""
            lines.append(f"- {row.actor}{note}：{row.obligation}[{n}]（{row.clause}）")
        if reports:
            lines.append("报送事项：")
            for row in reports:
                n = _cite(citations, kb, row)
                lines.append(f"- {row.obligation}——报送对象：{row.report_to}；时限：{row.deadline}。[{n}]")
        lines.append("")
    return Answer(question=question, text="\n".join(lines).strip(), citations=citations, kind="requirement",
                  items=[c.n for c in citations])


def _cite(citations: list[Citation], kb: KnowledgeBase, row: DutyRow) -> int:
    for c in citations:
        if c.quote == row.quote and c.doc_id == row.doc_id:
            return c.n
    doc = kb.docs[row.doc_id]
    citations.append(Citation(n=len(citations) + 1, doc_id=row.doc_id, title=row.title, doc_number=row.doc_number,
                              section=row.section, quote=row.quote, source=doc.source, score=1.0,
                              chunk_id=row.chunk_id, start=row.start, end=row.end))
    return len(citations)

"""Who must do what: duty rows extracted from a document's clauses at indexing time.

A duty is a sentence (or a ；-clause) whose subject is an organisation ("各市商务局于…前报送…",
"由省经信厅牵头，绍兴市经信局承办…", "第五条 省商务厅负责…"), or a task followed by its
responsible units in parentheses ("…（责任单位：省工信厅、省商务厅）"). A clause without its own
subject inherits the one before it in the same paragraph ("…；活动结束后，于…前报送活动总结").
Reporting duties carry their recipients and deadline as written, or nothing when not stated.
"""

from __future__ import annotations

import re

from .actors import ORG, ORG_SUFFIXES, locality, split_names
from .models import Chunk, Document, Duty
from .structure import match_heading

# What follows an actor when it is the subject: a modal or one of the verbs duties start with.
_AFTER_ACTOR = ("要|应当|应|须|需|必须|负责|牵头|会同|联合|配合|承办|于|按照|按|结合|根据|组织|建立|推荐|制定|将|在|"
                "开展|举办|办好|委托|遴选|明确|做好|加强|抓好|报送|上报|发布|对|推动|推进|指导|积极|认真|切实|进一步|"
                "及时|统筹|协调|提供|汇编|选取|可|共同|每|定期|全面|鼓励|支持|督促|落实|做|完成|编制|召开|设立|安排|"
                "开设|拿出|重视|各|通过|向|请")
_ITEM = rf"(?:{ORG}|[\u4e00-\u9fff]{{2,6}}市(?=、))"  # 嘉兴市、湖州市经信局
_LIST = rf"(?!鼓励|支持|帮助|推动|引导|推进|加强|组织|开展|为){_ITEM}(?:[、和及与]{_ITEM})*"
# An optional opening phrase of time ("活动期间，") before the subject.
_OPENING = r"(?:[^，。；、]{1,12}?(?:期间|结束后|之后|以后|之前)，)?"
_OPENING_RE = re.compile("^" + _OPENING.removesuffix("?"))
_ACTORS = re.compile(rf"^{_OPENING}(?:由|请)?({_LIST})(?=(?:{_AFTER_ACTOR})|，(?:{ORG}|由))")
# A second subject inside a sentence: "…宣传活动成效，省纺织工业协会、省服装行业协会负责汇编…".
_MID_HINT = re.compile(r"[，,](?=[^，,。；]{1,32}?(?:要|应(?!对|用)|负责|须|牵头))")  # cheap, then the full test
_MID_SUBJECT = re.compile(rf"(?:{_LIST})(?:要|应(?!对|用)|负责|须|牵头)")
_PARTNER = re.compile(rf"^(?:会同|联合|配合|协同)((?:{ORG})(?:[、和及与](?:{ORG}))*)")
_SECOND = re.compile(rf"^(?:牵头)?[，,]((?:{ORG})(?:[、和及与](?:{ORG}))*)(?=承办|配合|协办|参与|负责)")
_RESPONSIBLE = re.compile(r"[（(](?:责任单位|牵头单位|责任部门|牵头部门|负责单位)[:：]([^）)]+)[）)]")
_RESPONSIBLE_ROLES = re.compile(r"[（(]([^（）()]{2,80}?)(?:牵头|负责)(?:[，,、;；]([^（）()]*?)(?:配合|参与))?[）)]\s*[。；]?$")

_REPORT = re.compile(r"报送|上报|呈报|提交|抄送|发送至|报(?:至|到|给)|向[^，。；]{2,30}?(?:报告|报备)|及时报(?![名道])")
_RECIPIENT_AFTER = re.compile(r"(?:同时)?(?:报送|上报|呈报|提交|抄送|报(?:至|到|给))(?:至|到|给)?([\u4e00-\u9fff（）()]{2,60})")
_RECIPIENT_TO = re.compile(r"向([\u4e00-\u9fff（）()]{2,40}?)(?:报送|上报|提交|报告|报备)")
_RECIPIENT_SUFFIX = tuple(s for s in ORG_SUFFIXES if s not in ("企业", "单位", "有关单位", "兵团"))
_EMAIL = re.compile(r"发送至\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE = rf"(?:(?:\d{{4}}|[一二三四五六七八九〇零]{{4}})年)?{_NUM}月(?:{_NUM}日|底|末|中旬|上旬|下旬)?(?:\d{{1,2}}时)?"
_DEADLINE = re.compile(rf"(?:于|在)?((?:{_DATE})|每(?:周|月|季度|年|半年)[^，。；]{{0,14}}?|年底|年内|月底)(?:前|之前|以前)")
# "每季度结束后5个工作日内", "项目验收后30日内": a deadline counted from an event.
_WITHIN = re.compile(rf"(?:于|在)?((?:每(?:季度|月|年|半年))?[^\s，。；、于在应当要须请]{{0,6}}?"
                     rf"(?:结束|验收|完成|截止|收到|印发|发布)后(?:\d{{1,3}}|{_NUM})个?(?:工作)?日内)")
# A contact line ("省商务厅对外贸易处 林志航，电话：020-…") names an office, not a duty of it.
_CONTACT = re.compile(r"(?:电话|手机|传真)[:：]?\s*[\d（(]")
_MODAL = re.compile(r"^(?:要|应当|应|须|需要|必须|请)(?!对|用)")
_CLAUSE_END = re.compile(r"(?<=[。；;！？])")
_RUN_IN = re.compile(r"^[^。；]{1,40}。")


def extract_duties(doc: Document) -> list[Duty]:
    """Every duty in the document's body clauses, in document order, one row per actor."""
    duties: list[Duty] = []
    seen: set[tuple[str, str]] = set()
    has_headings = any(c.section_path for c in doc.chunks)
    for chunk in doc.chunks:
        if chunk.instruction or (has_headings and not chunk.section_path):
            continue  # header, preamble, signature, and text addressed to a model carry no duties
        for paragraph in chunk.text.split("\n"):
            for duty in _paragraph_duties(doc.doc_id, chunk, paragraph.strip()):
                key = (duty.actor, duty.sentence)
                if key not in seen:
                    seen.add(key)
                    duties.append(duty)
    return duties


def _paragraph_duties(doc_id: str, chunk: Chunk, paragraph: str) -> list[Duty]:
    if not paragraph or paragraph.startswith(("附件", "联系人", "（联系人", "(联系人")) or _CONTACT.search(paragraph):
        return []
    body = paragraph
    heading = match_heading(paragraph)
    if heading is not None:
        body = paragraph[len(heading.marker):].lstrip()
    responsible = _responsible(paragraph)
    if responsible:  # the task, title included, belongs to the units in parentheses
        sentence = _RESPONSIBLE.sub("", _RESPONSIBLE_ROLES.sub("", body)).strip() or body
        written = "、".join(a for a, _ in responsible)
        return [_duty(doc_id, chunk, actor, sentence, sentence, lead, written) for actor, lead in responsible]
    run_in = _RUN_IN.match(body) if heading is not None else None
    if run_in and not _ACTORS.match(body):
        body = body[run_in.end():]  # "（二）及时总结报送。各设区市…": the title is not a duty
    out: list[Duty] = []
    current: list[tuple[str, bool]] = []
    written = ""
    clauses = [part for c in _CLAUSE_END.split(body) for part in _mid_split(c)]
    for clause in (c.strip() for c in clauses):
        if not clause:
            continue
        actors, rest, written_end = _subject(clause)
        if actors:
            current = actors
            written = clause[:written_end].rstrip("，,要应请").removeprefix("由").removeprefix("请")
        elif not current or (not _REPORT.search(clause) and not clause.startswith(("并", "同时", "于"))):
            continue
        out.extend(_duty(doc_id, chunk, actor, rest if actors else clause, clause, lead, written)
                   for actor, lead in current)
    return out


def _mid_split(clause: str) -> list[str]:
    """Split a clause before a second subject ("…成效，省纺织工业协会…负责汇编…")."""
    parts, last = [], 0
    for m in _MID_HINT.finditer(clause):
        if _MID_SUBJECT.match(clause, m.end()):
            parts.append(clause[last:m.start()])
            last = m.end()
    parts.append(clause[last:])
    return parts


def _subject(clause: str) -> tuple[list[tuple[str, bool]], str, int]:
    """The actors a clause starts with (lead first, partners after), the rest of it, and where
    the subject as written ends (partners included: "各市经信局会同商务局")."""
    m = _ACTORS.match(clause)
    if not m:
        return [], clause, 0
    actors = [(name, True) for name in split_names(m.group(1))]
    rest = clause[m.end():]
    written_end = m.end()
    second = _SECOND.match(rest)
    if second:  # 由省经信厅牵头，绍兴市经信局承办
        actors += [(name, False) for name in split_names(second.group(1))]
        written_end = m.end() + second.end() + 2
    partner = _PARTNER.match(rest)
    if partner:  # 各设区市工业和信息化局会同商务局制定…
        place = locality(actors[0][0]) if actors else ""
        names = [n if locality(n) else place + n for n in split_names(partner.group(1))]
        actors += [(name, False) for name in names]
        written_end = m.end() + partner.end()
    return actors, _MODAL.sub("", rest.lstrip("，,")), written_end


def _responsible(paragraph: str) -> list[tuple[str, bool]]:
    m = _RESPONSIBLE.search(paragraph)
    if m:
        return [(name, i == 0) for i, name in enumerate(split_names(m.group(1)))]
    m = _RESPONSIBLE_ROLES.search(paragraph)
    if m:
        out = [(name, True) for name in split_names(m.group(1))]
        if m.group(2):
            out += [(name, False) for name in split_names(m.group(2))]
        return out
    return []


def _duty(doc_id: str, chunk: Chunk, actor: str, obligation: str, sentence: str, lead: bool, written: str) -> Duty:
    is_report = bool(_REPORT.search(sentence))
    return Duty(doc_id=doc_id, chunk_id=chunk.chunk_id, section=chunk.section, actor=actor,
                obligation=obligation.strip() or sentence, sentence=sentence, is_report=is_report,
                report_to=recipients(sentence) if is_report else (), deadline=deadline(sentence), lead=lead,
                actor_text=re.sub(_OPENING_RE, "", written) or actor)


def recipients(sentence: str) -> tuple[str, ...]:
    """Whom a report goes to, as named: "…报送省经信厅消费品工业处和省商务厅消费促进处" → both;
    an e-mail address counts. Nothing when the sentence names no one ("有关情况及时报送")."""
    found: list[str] = []
    for m in list(_RECIPIENT_AFTER.finditer(sentence)) + list(_RECIPIENT_TO.finditer(sentence)):
        run = m.group(1)
        end = max((run.rfind(s) + len(s) for s in _RECIPIENT_SUFFIX if s in run), default=0)
        if end:
            for name in split_names(run[:end]):
                if name.endswith(_RECIPIENT_SUFFIX) and name not in found and not re.match(r"^(?:本|上|该|活动|数据)", name):
                    found.append(name)
    found += [m.group(1) for m in _EMAIL.finditer(sentence)]
    return tuple(found)


def deadline(sentence: str) -> str | None:
    m = _DEADLINE.search(sentence)
    if m:
        return m.group(0).removeprefix("于").removeprefix("在")
    m = _WITHIN.search(sentence)
    return m.group(1) if m else None

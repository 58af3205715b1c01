"""Questions that ask several things at once ("哪两个部门发的？什么时候成文的？",
"由谁承办、在哪里办？"): each part is answered on its own and the answers are joined, with one
numbering of citations.

A part is a question of its own when it carries a question word; a part without one ("我们是
行业协会，") is context and stays with the part it introduces. A short part that leans on the
one before ("截止到哪天？") is searched together with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.textnorm import content_terms

from .models import Answer, Citation
from .query import QUESTION_WORD, Query, analyse, without_asking

_SENTENCE_END = re.compile(r"[？?；;]+")
_CLAUSE_SEP = re.compile(r"[，,、]")
_LATIN_CLAUSE = re.compile(r"[A-Za-z0-9 '\-\"?.]+")
# Words that ask rather than name a topic: a part made of these alone leans on the part before.
_ASKING = re.compile(r"(谁|哪家|哪个(单位|部门))(来)?(负责|组织|牵头|承办|主办|统筹|协调|实施)|"  # (who runs it: asked, no topic)
                     r"谁|哪[一两二三四五六七八九十几]?[里儿个些天家位项条]?|什么(时候)?|多少|几[个项条号月日天]?|是否|有没有|是不是|要不要|怎么|如何|"
                     r"吗|呢|又|还|那么?|截止|到|报给|给|在|是|的|要|有|办|发|去")
MAX_PARTS = 4
# Who: "由哪个部门负责？" asks for a body (not the value the part before asked for), "它归谁负责" for
# a table row's column of who runs it.
WHO_ASKED = re.compile(r"谁|哪(个|家|些)(部门|单位|机构)")
# Words of a part that stand for what the part before named: "数量各是多少", "分别在哪儿办".
_POINTS_BACK = re.compile(r"各(是|为|有|自|在|要|需)|分别|每(个|项|条|一项|一个)|它们|二者|两者")
_YES_NO = re.compile(r"[吗么][？?]?$|有没有|是不是|是否|有无|能不能|可不可以|要不要")
# A sentence that checks the one before ("是不是有A、B、C？") is part of the same question.
_CONFIRMING = re.compile(r"^(是不是|是否|难道|还是说)")
_ELLIPTICAL = re.compile(r"^(那|那么)?[^，,]{0,12}的?呢$")


# "第二项任务和第五项任务各要组织哪些活动": two items by their numbers, one asking for each.
_TWO_NUMBERED = re.compile(r"(第[一二三四五六七八九十\d]{1,3}(?:项|条|个|部分)?)(任务|要求|活动|方面)?(?:和|与|及|跟|、)"
                           r"(第[一二三四五六七八九十\d]{1,3}(?:项|条|个|部分)?)(任务|要求|活动|方面)?"
                           # ("第二项和第五项的标题分别是什么": what is asked of each, before 分别)
                           r"(的[\u4e00-\u9fff]{1,4}?)?(?:各自|各|分别)")


# "常州的推进会和发布会分别在哪开": two things named, one asking for each (what comes before
# them, "常州的", is said of both). Not across a clause or a 的 (the first thing begins after it).
_TWO_NAMED = re.compile(r"(?P<a>[^，,。？?！!；;：:的和与跟及、\s]{2,16})(?:和|与|跟|以及|及)"
                        r"(?P<b>[^，,。？?！!；;：:的和与跟及、\s]{2,16}?)(?:各自|分别)(?P<rest>[^，,。？?！!；;]*)")
# ("…分别是几月？都在哪个镇？": the next question asks the same two things again)
_BOTH_AGAIN = re.compile(r"^(都|也都|各自?|分别|又)")
_PARTY_END = re.compile(r"(部门|单位|机构|企业|协会|商会|联合会|局|厅|委|政府|我们|他们)$")


# "我们有几款是照着大牌改的": what the asker has "a few" of, said, not asked.
_A_FEW = re.compile(r"^(我|我们|咱们|咱|我厂|我司|本厂|本公司)[^，,？?]{0,12}"
                    r"(了几|有几(?=[家个款台条间位年种批][^，,？?]{0,4}(是|都|在)))")


def split_parts(question: str) -> list[str]:
    """The separate questions in `question` (one element when it asks one thing)."""
    both = _TWO_NUMBERED.search(question)
    if both and QUESTION_WORD.search(question[both.end():]):
        before, rest = question[:both.start()], question[both.end():].rstrip("？?。！! ")
        noun = (both.group(2) or both.group(4) or "") + (both.group(5) or "")
        return [f"{before}{both.group(1)}{noun}{rest}", f"{before}{both.group(3)}{noun}{rest}"]
    two = _TWO_NAMED.search(question)
    # (not two parties: "工信部门和商务部门分别要做什么" asks their duties, answered side by side)
    if two and QUESTION_WORD.search(two.group("rest")) and not re.match(r"第[一二三四五六七八九十\d]", two.group("a")) \
            and not _PARTY_END.search(two.group("b")) \
            and not (analyse(two.group("a")).fields and analyse(two.group("b")).fields):
        # (nor two fields of a document's record: "成文日期和发布日期分别是哪天" is answered as one)
        before = question[:two.start()]
        after = question[two.end():].lstrip("？?。！!，, ")
        again = _BOTH_AGAIN.match(after)
        tail = f"，{after[again.end():].rstrip('？?。！! ')}" if again else ""
        each = [f"{before}{two.group(x)}{two.group('rest')}{tail}" for x in ("a", "b")]
        return each + (split_parts(after) if after and not again else [])
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(question):
        sentence = sentence.strip()
        if not sentence:
            continue
        if parts and _CONFIRMING.match(sentence):
            parts[-1] += "，" + sentence  # "分哪几种？是不是A、B、C？": the same question, checked
            continue
        pieces = [p.strip() for p in _CLAUSE_SEP.split(sentence) if p.strip()]
        # ("我在钟楼区开了几家服装店，…", "我们有几款是照着大牌改的，…": the asker says what it
        # has, "a few"; 几 asks nothing there)
        asking = [bool(QUESTION_WORD.search(p)) and not (i < len(pieces) - 1 and _A_FEW.search(p))
                  for i, p in enumerate(pieces)]
        if len(pieces) > 1 and _YES_NO.search(pieces[-1]):
            # "时兴什么颜色、什么款式的发布，活动里有吗": before a yes/no question 什么 describes
            # ("some colour"); it does not ask.
            asking = [a and (i == len(pieces) - 1 or bool(_YES_NO.search(p))
                             or any(m.group(0) != "什么" for m in QUESTION_WORD.finditer(p)))
                      for i, (p, a) in enumerate(zip(pieces, asking))]
        # (an English clause is longer in characters than a Chinese one asking as much)
        if sum(asking) >= 2 and all(len(p) <= (80 if _LATIN_CLAUSE.fullmatch(p) else 24)
                                    for p, a in zip(pieces, asking) if a):
            # "由谁承办、在哪里办": clauses that each ask; context clauses join the next asking one.
            pending = ""
            for piece, asks in zip(pieces, asking):
                if asks:
                    parts.append(f"{pending}{piece}")
                    pending = ""
                else:
                    pending += piece + "，"
            if pending and parts:
                parts[-1] += "，" + pending.rstrip("，")
        elif parts and not QUESTION_WORD.search(sentence):
            parts[-1] += "，" + sentence  # a trailing remark, not a question
        else:
            parts.append(sentence)
    parts = [p for p in parts if p]
    # "商务厅那边的呢？电话多少？": an elliptical "…呢" asks what the next part asks.
    for i in range(len(parts) - 2, -1, -1):
        if _ELLIPTICAL.match(parts[i]):
            parts[i:i + 2] = [f"{parts[i]}，{parts[i + 1]}"]
    if len(parts) < 2 or len(parts) > MAX_PARTS:
        return [question]
    # Context before the first question ("我们是行业协会。") belongs to it.
    if not QUESTION_WORD.search(parts[0]):
        parts[1] = parts[0] + "，" + parts[1]
        parts = parts[1:]
    parts = [re.sub(r"^(?:and|And|or|Or)\s+", "", p) for p in parts]  # ("…, and who issued it")
    return parts if len(parts) >= 2 else [question]


def topic_terms(text: str, generic: Callable[[str], bool] | None = None) -> list[str]:
    """What a question is about, once the words that ask are out ("在哪些地方办？" → 地方).
    `generic` tells words too common to name a topic (企业, 标准), when a library is at hand."""
    terms = [t for t in content_terms(_ASKING.sub(" ", text)) if len(t) >= 2 and t not in PLACEHOLDERS]
    return [t for t in terms if not generic(t)] if generic else terms


# Words that stand for "something" in a question (地方, 时候): they name no topic.
# ("表上要填哪些内容" after a question about a form: the form just named)
PLACEHOLDERS = frozenset({"地方", "时候", "东西", "事情", "情况", "内容", "方面", "问题", "一下", "城市", "地点", "日子",
                          "日期", "时间",
                          "表上", "表里", "表中"})
# ("…有没有安排培训？法律上是怎么规定的？": the law is where to look, not the part's topic)
_WHERE_TO_LOOK = frozenset({"法律上", "法律", "法规", "法条"})


_DOCUMENT_WORDS = frozenset({"文件", "通知", "文件格式", "附件"})
_DOCUMENT_FIELD_ASKED = (
    (re.compile(r"哪一?天|什么时候|何时|几号|日期|哪年|when|date|signed"), "written_date"),
    (re.compile(r"谁|哪个部门|哪个单位|哪几个部门|哪家|who"), "issuer"),
    (re.compile(r"格式|文件类型|什么文件|file type|format"), "attachments"),
)


def part_queries(parts: list[str], generic: Callable[[str], bool] | None = None) -> list[Query]:
    """One query a part: what it asks (fields, value types, list, ordinal) from the part alone,
    what it is about from the part and, when it names no topic of its own, the part before
    ("链主企业要营收多少？认定标准是什么": the standard of 链主企业). A part that asks nothing of
    its own either ("展位费是多少，企业自己出吗") asks on about the value the part before asked for."""
    queries: list[Query] = []
    for i, part in enumerate(parts):
        own = analyse(part)
        topic = [t for t in topic_terms(without_asking(part), generic) if t not in _WHERE_TO_LOOK]
        asked = [(rx, name) for rx, name in _DOCUMENT_FIELD_ASKED if rx.search(part)]
        if i > 0 and queries[-1].fields and not own.fields and asked \
                and all(asked[0][0].search(t) or t in _DOCUMENT_WORDS for t in topic):
            # "哪两个部门联合发的？哪天？": after a question about the document, a bare "when",
            # "who" or "what format" asks for another of its fields.
            merged = analyse(f"{_ASKING.sub(' ', parts[i - 1])} {part}")
            merged.fields, merged.slots, merged.raw = [asked[0][1]], [], part
            queries.append(merged)
            continue
        # (with the library's everyday words left out, one word is a topic of its own: "设计大赛在哪办")
        # ("包括哪两件事？数量各是多少？": 各, 分别 point back at what the part before named)
        leans = i > 0 and len(topic) < 2 and bool(_POINTS_BACK.search(part))
        if i > 0 and (not topic or (len(topic) < 2 and generic is None) or leans):
            merged = analyse(f"{_ASKING.sub(' ', parts[i - 1])} {part}")
            for name in ("fields", "slots", "is_list", "is_requirement", "ordinal"):
                setattr(merged, name, getattr(own, name))
            if not own.slots and not own.fields and not topic and not WHO_ASKED.search(part):
                # ("有邮箱吗？是多少？": the value the part before asked, of what it asked it of)
                merged.slots = list(queries[-1].slots)
                merged.fields = list(queries[-1].fields)
            # Where to look carries over ("附件里…几月份、在哪个城市"); what is asked does not.
            merged.attachment_content = own.attachment_content or queries[-1].attachment_content
            merged.raw = part
            queries.append(merged)
        else:
            if i > 0:
                own.attachment_content = own.attachment_content or queries[-1].attachment_content
            queries.append(own)
    return queries


def merge(question: str, parts: list[str], answers: list[Answer]) -> Answer:
    """One answer: each part's answer under the part, citations numbered once for all."""
    marks = ["?" if _LATIN_CLAUSE.fullmatch(part) else "？" for part in parts]
    return merge_blocks(question, [f"{part.strip('，')}{mark}" for part, mark in zip(parts, marks, strict=True)],
                        answers, kind="multipart")


def merge_blocks(question: str, headings: list[str], answers: list[Answer], kind: str,
                 lead: str = "") -> Answer:
    """Answers one after another, each under its numbered heading, citations numbered once for all."""
    citations: list[Citation] = []
    by_chunk: dict[str, int] = {}
    blocks = []
    for i, (heading, answer) in enumerate(zip(headings, answers, strict=True), start=1):
        renumber: dict[int, int] = {}
        for c in answer.citations:
            n = by_chunk.get(c.chunk_id)
            if n is None:
                n = len(citations) + 1
                by_chunk[c.chunk_id] = n
                citations.append(Citation(n, c.doc_id, c.title, c.doc_number, c.section, c.quote, c.source,
                                          c.score, c.chunk_id, c.start, c.end))
            renumber[c.n] = n
        text = _renumber(answer.text, renumber)
        blocks.append(f"{i}. {heading}\n{text}")
    merged = Answer(question=question, text=lead + "\n\n".join(blocks), citations=citations,
                    refused=all(a.refused for a in answers), mode=answers[0].mode, kind=kind)
    merged.candidates = next((a.candidates for a in answers if a.candidates), [])
    return merged


def _renumber(text: str, table: dict[int, int]) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{table.get(int(m.group(1)), int(m.group(1)))}]", text)

"""Answers without an LLM: composed from the cited clauses and the documents' metadata.

- field questions (文号, 日期, 发文机关, 主送机关, 联系人, 附件) get one sentence from metadata;
- list questions get the items of the matching heading, in order, each cited;
- requirement questions get who and what, each cited;
- other questions get a lead sentence and the clauses that answer, quoted;
- and when the documents do not say, a refusal that points to the nearest clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from index import law
from index.kb import KnowledgeBase
from index.models import Chunk, Document
from index.numerals import digit_years
from index.textnorm import aliases, dictionary_count, normalize, word_class, words

from . import refusal, sections
from .answerable import (
    LOOKS_BACK,
    NO_MATCH,
    RUNS,
    SLOT_LABELS,
    WHO_RUNS,
    about_terms,
    asked_weights,
    check_answerable,
    key_term,
    missing_year,
    slot_evidence,
)
from .citing import Composer, clause_ref, doc_ref, quote_line
from .clause_answers import general_answer, list_answer, pointed_section, requirement_answer, section_points
from .evidence import clause_weights, coverage, full_form, weighted_terms
from .field_answers import asks_about_document, attachment_answer, field_answer
from .models import Answer, DocRef
from .query import BODY_END, PLACEMENT, Query, only_asks
from .retrieval import Hit, is_blank_form
from .scope import Resolution, doc_year, everyday, normalized_text
from .settings import RetrievalSettings
from .table_rows import Row, table_rows


@dataclass
class Draft:
    """What one answer strategy wrote: the text (with [n] markers into the composer's citations)."""

    text: str
    kind: str
    refused: bool = False
    items: list[int] = field(default_factory=list)


@dataclass
class Context:
    comp: Composer
    query: Query
    hits: list[Hit]
    weights: dict[str, float]


@dataclass(frozen=True)
class Strategy:
    """One way to answer. `applies` reads the question alone (a fast, table-tested decision);
    `draft` writes the answer from the retrieved clauses, or returns None to let the next try."""

    name: str
    applies: Callable[[Query], bool]
    draft: Callable[[Context], Draft | None]


def _missing_year_draft(ctx: Context) -> Draft | None:
    missing = missing_year(ctx.comp.kb, ctx.query)
    return _refusal(ctx, missing) if missing else None


def _attachment_draft(ctx: Context) -> Draft | None:
    found = attachment_answer(ctx.comp, ctx.query, ctx.hits)
    return Draft(found[0], found[1], refused=found[2]) if found else None


def _field_draft(ctx: Context) -> Draft | None:
    query = ctx.query
    # "评选结果什么时候发布" asks about something the document announces, not about the document.
    query.fields = [f for f in query.fields if asks_about_document(ctx.comp.kb, query, f, ctx.hits[0].doc)]
    if not query.fields:
        return None
    doc = ctx.hits[0].doc
    other_year = [y for y in query.years if y != doc_year(doc) and y not in normalize(doc.title)
                  and y not in law.version_years(doc) and y not in (doc.meta.written_date or "")]
    if other_year and len(other_year) == len(query.years) and doc.role != "background":
        # "2024年工信部商务部有没有再发一份…？文号是多少？": the document found is of another year;
        # its 文号 is not the one asked for
        return _refusal(ctx, f"知识库中没有{other_year[0]}年的这份文件（找到的是{doc_year(doc) or '其他年份'}年的）")
    found = field_answer(ctx.comp, query, ctx.hits)
    return Draft(found[0], found[1], refused=found[1] == "refusal") if found else None


def _list_draft(ctx: Context) -> Draft | None:
    pointed = pointed_section(ctx.query, ctx.hits[0])
    if pointed is not None and not pointed.children:
        return None  # "第二项任务要办哪几类活动": the items are in that clause's own sentence
    # A heading whose title matches the question is its own evidence for a list answer; only what
    # the structure cannot vouch for (years, value types) is checked first.
    reason = check_answerable(ctx.comp.kb, ctx.comp.settings, ctx.query, ctx.hits, ctx.weights, structural=True)
    if reason:
        return _refusal(ctx, reason)
    # ("重点任务（三）底下有几条": the items of the section it points at, not of the heading its words match)
    listed = list_answer(ctx.comp, ctx.query, ctx.hits, ctx.weights, pointed.heading if pointed is not None else None)
    return Draft(listed[0], listed[1], refused=listed[2], items=listed[3]) if listed else None


def _answerable_draft(ctx: Context) -> Draft | None:
    """The gate before content answers: a refusal when the best clauses do not answer."""
    _earlier_first(ctx)
    _year_first(ctx)
    _closing_first(ctx)
    _value_first(ctx)
    # An attachment's own text answers "what does the attachment say" whatever words are used.
    reason = _item_amount_unsaid(ctx) or check_answerable(ctx.comp.kb, ctx.comp.settings, ctx.query, ctx.hits,
                                                          ctx.weights, structural=ctx.query.in_attachment)
    if reason == NO_MATCH:
        # The best clause by shared words does not answer; the clause of the same document closest
        # in meaning may ("用电多、排放压力大" ~ 节能减污降碳): it is tried before refusing.
        top = ctx.hits[0]
        closest = next((h for h in ctx.hits[1:5] if h.semantic >= 1.0 and h.doc.doc_id == top.doc.doc_id), None)
        if closest is not None:
            _put_first(ctx, closest)
            reason = check_answerable(ctx.comp.kb, ctx.comp.settings, ctx.query, ctx.hits, ctx.weights)
    if reason is None and ctx.hits[0].doc.role == "background":
        unsaid = _subject_word_unsaid(ctx)
        if unsaid:
            # "2024年政府工作报告给服装消费定了多少增长目标": a report that never says 服装 does not
            # answer a question on the campaign's matter, however close its targets are in meaning
            reason = f"文件没有提到“{unsaid}”"
    return _refusal(ctx, reason) if reason else None


# Words of grammar a question shares with every 公文 ("关于…的通知"): no matter of the campaign's.
_GRAMMAR_WORD = re.compile(r"关于|对于|有关|相关|根据|按照|依据|通过|进行|以及|方面|情况|问题")


def _subject_word_unsaid(ctx: Context) -> str | None:
    """A word of the question that the campaign's own documents use and the background document
    answering it never does: the question is on the campaign's matter, not on the report's."""
    kb, top = ctx.comp.kb, ctx.hits[0].doc
    text = normalized_text(kb, top)
    subject = [d for d in kb.docs.values() if d.role == "subject"]
    weights = clause_weights(ctx.weights, top.title)
    for term in sorted(weights, key=lambda t: -weights[t]):
        if _GRAMMAR_WORD.fullmatch(term) or everyday(kb, term):
            # ("关于减税说了什么": 关于 is how the question is put, not its matter; "…实施什么战略来培育
            # 知名品牌": a word the library's documents all use, 培育, is none either, though this
            # report happens not to use it)
            continue
        # (the asker's own words: not a synonym the search added, 进出口 → 国际经贸)
        # (a verb is how the question is put, not its matter: "拿出多少国债" of a report that says 安排)
        if len(term) >= 2 and term in ctx.query.text and dictionary_count(term) and term not in text \
                and word_class(term) != "v" \
                and kb.idf(term) >= ctx.comp.settings.min_unsaid_idf \
                and any(term in normalized_text(kb, d) for d in subject) \
                and not any(short in text for short, full in aliases() if term in full.split()):
            # (a word the search added for one the report does use is no word it lacks: 国际经贸 for 出口)
            return term
    return None


def _put_first(ctx: Context, hit: Hit) -> None:
    """`hit` becomes the best clause (the one the answer is written from and checked against)."""
    ctx.hits.remove(hit)
    ctx.hits.insert(0, hit)


def _earlier_first(ctx: Context) -> None:
    """"具体是哪一天？" after an answer from the clause on the 交流会: that clause comes first when it
    is among the best, though another event's clause holds a day; whether it says the day is then
    what decides the answer."""
    wanted = ctx.query.earlier_chunk
    earlier = next((h for h in ctx.hits[1:5] if h.chunk.chunk_id == wanted), None)
    if earlier is not None and earlier.score >= ctx.comp.settings.second_clause_ratio * ctx.hits[0].score:
        _put_first(ctx, earlier)


# What a report counts of a thing: "化纤产量", "服装出口", "棉布产量".
_AMOUNT_OF = re.compile(r"(产量|产值|总产值|出口额|出口量|出口|销售额|销量)$")


def _item_amount_unsaid(ctx: Context) -> str | None:
    """"1987年报告里化纤产量是多少": the amount of one thing, asked of a report. The clause that
    answers names that thing (or spells it out: 化纤 → 化学纤维); another of the report's clauses
    that does comes first; when none of the best does, the report's grain or cotton output is no
    answer."""
    top = ctx.hits[0]
    if top.doc.role != "background" or not re.search(r"多少|几", ctx.query.text):
        return None
    item = _amount_item(words(ctx.query.text))
    if item is None:
        return None
    holding = next((h for h in ctx.hits[:5] if h.doc.doc_id == top.doc.doc_id and _names(normalize(h.chunk.text), item[0])),
                   None)
    if holding is None:
        return f"文件没有写明{item[0]}的{item[1]}"
    if holding is not top:
        _put_first(ctx, holding)
    return None


def _amount_item(said: list[str]) -> tuple[str, str] | None:
    """(thing, measure) of the first "X产量"-like pair of the question's words, the thing two
    characters or more ("钢产量" names too short a thing to look for)."""
    for i, word in enumerate(said):
        m = _AMOUNT_OF.search(word)
        if not m:
            continue
        thing = word[: m.start()] if m.start() else (said[i - 1] if i > 0 else "")
        if len(thing) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", thing):
            return thing, m.group(1)
    return None


def _names(text: str, thing: str) -> bool:
    """The text names the thing: as written, in the full form of the lexicon, or its characters in
    order close together ("化纤" in 化学纤维)."""
    full = full_form(thing)
    if thing in text or (full is not None and all(p in text for p in full.split())):
        return True
    return bool(re.search(".{0,2}".join(map(re.escape, thing)), text))


# How much of the question's words a clause of the year asked must hold, against the best clause's.
YEAR_CLAUSE_COVER = 0.8


def _year_first(ctx: Context) -> None:
    """"2007年的报告里，2006年城镇新增就业多少": of the best clauses of the document, one that speaks
    of the year asked (its text or its heading: 一、2006年工作回顾) comes before one that does not."""
    top = ctx.hits[0]
    own = doc_year(top.doc)
    # (a report of one year looks back on the year before: "一、过去一年工作回顾" speaks of it)
    before = str(int(own) - 1) if own is not None and LOOKS_BACK.search(" ".join(top.chunk.section_path)
                                                                        + top.chunk.text) else None
    years = [y for y in ctx.query.years if y not in (own, before)]
    if not years or _holds_years(top, years):
        return
    # (and says as much of the question: a clause that names the year in passing is not about it)
    asked = clause_weights(ctx.weights, top.doc.title)
    floor = YEAR_CLAUSE_COVER * coverage(asked, top.chunk.text)
    found = next((h for h in ctx.hits[1:6] if h.doc.doc_id == top.doc.doc_id and _holds_years(h, years)
                  and coverage(asked, h.chunk.text) >= floor), None)
    if found is not None:
        _put_first(ctx, found)


def _holds_years(hit: Hit, years: list[str]) -> bool:
    # (a report writes its years in numerals: "到二○二○年" is 2020)
    text = digit_years(normalize(" ".join(hit.chunk.section_path) + hit.chunk.text))
    return all(y in text for y in years)


# "通知最后还有个收尾的要求", "87号文最后要求我们…", "最后对…提的要求": the document's closing clause, as
# the words after 最后 say (not "最后要帮企业…", "最后想促进…": in the end; nor "最后一项", counted from a list's end)
_AT_THE_END = re.compile(r"最后(还|又|也)?(有|对|提|说|讲|写|要求|强调|交代)")


def _closing_first(ctx: Context) -> None:
    """Of the best clauses of the document, the one that stands last in it comes first when the
    question asks what the document says at its end."""
    if not _AT_THE_END.search(ctx.query.text) or ctx.query.ordinal is not None:
        return
    top = ctx.hits[0]
    near = [h for h in ctx.hits[:3] if h.doc.doc_id == top.doc.doc_id and h.chunk.section_path
            and h.score >= ctx.comp.settings.second_clause_ratio * top.score
            and not any(p.startswith("附件") for p in h.chunk.section_path)]
    last = max(near, key=lambda h: h.chunk.order, default=None)
    if last is not None and last is not top:
        _put_first(ctx, last)


_BODY_END = re.compile(rf"(?:{BODY_END})$")
OWNER_CLAUSE_RATIO = 0.6  # how far behind the best clause one giving the asked body's e-mail or phone may be


def _value_first(ctx: Context) -> None:
    """The best clause speaks of the thing but not of the value asked for; a clause of the same
    document close behind it that holds both comes first ("设计大赛什么时候办": the clause that
    dates the contest, not the one that names who organises it; "直播周由哪家来组织": the clause
    that says who 负责 it, not the one that dates it)."""
    wanted = [slot_evidence(ctx.query, s) for s in ctx.query.slots]
    if WHO_RUNS.search(ctx.query.text):
        wanted.append(RUNS)
    top = ctx.hits[0]
    if top.chunk.chunk_id == ctx.query.earlier_chunk:
        return  # (a follow-up on the clause just answered from: another clause's value is not its)
    if not wanted or all(p.search(top.chunk.text) for p in wanted):
        return
    # (a word no clause near holds is a cut in the wrong place, "节是" of "直播节是哪个月", not the thing)
    near = [normalize(h.chunk.text) for h in ctx.hits[:4]]
    # (nor a word of the document's issuers: "新塘协会的报名截止到哪天" names the document by them)
    key = key_term({t: w for t, w in about_terms(ctx.query, ctx.weights, f"{top.doc.title} {top.doc.meta.issuer or ''}").items()
                    if any(t in n for n in near)})
    # A law's articles hold sums and periods everywhere (fines, terms): one comes first only when
    # it also says more of the question than the best one.
    statute = law.has_articles(top.doc)
    asked = clause_weights(asked_weights(ctx.query, ctx.weights), top.doc.title)
    top_cover = coverage(asked, top.chunk.text)
    # (an e-mail or a phone number asked of a body: the clause that gives that body's, "协会秘书处
    # …邮箱：…", though the thing the talk was on — 回执 — is not in it, and a little further behind)
    bodies = [t for t in asked if len(t) >= 3 and _BODY_END.search(t)] \
        if {"email", "phone"} & set(ctx.query.slots) else []

    def owner(h: Hit) -> bool:
        return any(b in normalize(h.chunk.text) for b in bodies)

    ratio = ctx.comp.settings.second_clause_ratio
    # (or whose heading names what is asked about: "活动目标里…多少场" and the section "一、工作目标")
    def headed(h: Hit) -> bool:
        return any(len(t) >= 2 and t in normalize(h.chunk.section or "") for t in asked)

    valued = next((h for h in ctx.hits[1:4] if h.doc.doc_id == top.doc.doc_id
                   and h.score >= (OWNER_CLAUSE_RATIO if owner(h) else ratio) * top.score
                   and (key is None or key in normalize(h.chunk.text) or owner(h) or headed(h))
                   and (not statute or coverage(asked, h.chunk.text) > top_cover)
                   and all(p.search(h.chunk.text) for p in wanted)), None)
    if valued is not None:
        _put_first(ctx, valued)


def _row_answer(ctx: Context, hit: Hit, row: Row) -> Draft:
    """A table's row, whole, as the answer (its cells say what, when, where and who leads); the
    row as the document prints it is quoted."""
    k = ctx.comp.cite(hit.chunk, hit.score)
    where = clause_ref(hit.doc, hit.chunk, row.line)
    lead = row.line if row.line.startswith("序号") else f"{row.labelled}。"
    lines = [f"根据{doc_ref(hit.doc)}{where}：{lead}[{k}]", "", "依据条款：",
             quote_line(ctx.comp, k, row.line, ctx.weights)]
    return Draft("\n".join(lines), "general")


# "第二个人的电话": the second of the people named (a contact), not the second row of a table.
_NOT_A_ROW = re.compile(r"第\s*[一二三四五六七八九十\d]{1,3}\s*(个|位|名)?\s*(人|联系人)|最后一(个|位)(人|联系人)")


def rows_of(doc: Document, chunk: Chunk) -> list[Row]:
    """The table rows a chunk holds, named by the header row the chunk before may hold."""
    before = doc.chunks[chunk.order - 1] if chunk.order > 0 else None  # (a chunk's order is its place)
    return table_rows(chunk.text, before.text if before is not None and before.section_path == chunk.section_path else "")


_TABLE_SAID = re.compile(r"表|序号|第\s*[一二三四五六七八九十\d]{1,3}\s*行")  # (not the 行 of 行业)


def _row_draft(ctx: Context) -> Draft | None:
    """"表里第二个活动是什么": a table's row numbered so (序号：2) among the best clauses, whole —
    its cells (name, month, place, who leads) answer what is asked about that row."""
    n = ctx.query.ordinal
    if n is None or n == 0 or n < -1 or _NOT_A_ROW.search(ctx.query.text):
        return None
    if any(m.group(2) == "条" for m in sections.REF.finditer(ctx.query.text)) and not _TABLE_SAID.search(ctx.query.text) \
            and sections.find(ctx.hits[0].doc, ctx.query.raw) is not None:
        return None  # ("编号第2条呢": an item of the document's outline, numbered so; no table is named)
    for h in ctx.hits[:5]:
        rows = rows_of(h.doc, h.chunk)
        # (-1: "最后一项", the row with the highest number)
        m = next((r for r in rows if r.number == n), None) if n > 0 else \
            max(rows, key=lambda r: r.number, default=None)
        if m is None:
            continue
        # (a day asked of a row whose 时间 says only the month, "2023年6月", is not given)
        missing = [slot for slot in ctx.query.slots if not slot_evidence(ctx.query, slot).search(m.labelled)
                   and not (column_of(slot, m.labelled) and slot != "day")]
        if missing:
            # "第三个活动要交多少报名费": the row is found, and it holds no fee
            month = re.search(rf"(?:^|[，,])(?:{_SLOT_COLUMNS['day']})[:：]\s*([^，,。\s]+)", m.labelled)
            if missing[0] == "day" and month:
                return _refusal(ctx, f"文件只写明时间为{month.group(1)}，没有具体到哪一天")
            return _refusal(ctx, f"文件没有写明{SLOT_LABELS[missing[0]]}")
        return _row_answer(ctx, h, m)
    return None


# The columns of a table that hold a value type: a row's "地点：市纤维检验所" is its place, whatever
# the place is called.
_SLOT_COLUMNS = {"place": "地点|地址|举办地|场地|地方", "event_time": "时间|日期|月份|时限", "day": "日期|时间",
                 "deadline": "时限|截止|期限|完成时间"}


def column_of(slot: str, labelled: str) -> bool:
    column = _SLOT_COLUMNS.get(slot)
    return column is not None and bool(re.search(rf"(?:^|[，,])(?:{column})[:：]\s*[^，,\s]", labelled))


# "表里列了哪些活动", "安排表都有什么", "有几项": every row of the table asked about.
_ROWS_ASKED = re.compile(r"哪些|哪几|列了|列出|都有什么|有什么|都是什么|几项|几个|多少项|多少个|"
                         r"what (activities|events|rows)|which")


def _table_draft(ctx: Context) -> Draft | None:
    """"安排表里列了哪些活动": the rows of the table the best clause belongs to, each an item in
    the table's order, so that "最后一项" or "第二个" then counts them."""
    top = ctx.hits[0]
    if not table_rows(top.chunk.text):
        return None
    section = top.chunk.section_path
    rows = [(c, r) for c in top.doc.chunks if c.section_path == section for r in rows_of(top.doc, c)]
    if len(rows) < 2:
        return None
    lines, items = [], []
    for i, (chunk, row) in enumerate(rows, 1):
        k = ctx.comp.cite(chunk, top.score)
        items.append(k)
        lines.append(f"{i}. {row.cells}[{k}]")
    head = section[-1] if section else top.doc.title
    intro = (f"According to {doc_ref(top.doc)}, \"{head}\" lists {len(rows)} rows:" if ctx.query.english
             else f"根据{doc_ref(top.doc)}，“{head}”共列{len(rows)}项：")
    return Draft(intro + "\n" + "\n".join(lines), "list", items=items)


def _matching_row_draft(ctx: Context) -> Draft | None:
    """"汉中那个展是哪个单位牵头": the best clause is a table; the one row that holds most of the
    question's words answers, whole (its cells say who leads, when and where)."""
    top = ctx.hits[0]
    rows = table_rows(top.chunk.text)
    if len(rows) < 2:
        return None
    weights = clause_weights(ctx.weights, top.doc.title)
    scored = sorted(((coverage(weights, r.line), i) for i, r in enumerate(rows)), reverse=True)
    if scored[0][0] <= 0 or scored[0][0] == scored[1][0]:
        return None  # no row, or no one row, is what the question names
    prose = top.chunk.text
    for row in rows:
        prose = prose.replace(row.line, "")
    if coverage(weights, prose) > scored[0][0]:
        return None  # ("“京彩衣橱”消费季是什么时候": the clause's own sentence, not the table under it)
    return _row_answer(ctx, top, rows[scored[0][1]])


def _form_draft(ctx: Context) -> Draft | None:
    """"报名表上要填哪些内容": a blank form's fields, one after another, from its own lines (a
    line that wraps inside its box, "拟参加活动（请" + "打“√”）", is joined back)."""
    top = next((h for h in ctx.hits[:3] if is_blank_form(h.chunk)), None)
    if top is None:
        return None
    fields: list[str] = []
    for line in (ln.strip() for ln in top.chunk.text.splitlines()):
        if not line or line == "附件" or line in top.chunk.section_path[-1]:
            continue
        if fields and fields[-1].count("（") > fields[-1].count("）"):
            fields[-1] += line
        else:
            fields.append(line)
    if len(fields) < 2:
        return None
    k = ctx.comp.cite(top.chunk, top.score)
    text = (f"根据{doc_ref(top.doc)}{clause_ref(top.doc, top.chunk)}，表上要填写：" + "；".join(fields) + f"[{k}]"
            + "\n\n依据条款：\n" + quote_line(ctx.comp, k, top.chunk.text, ctx.weights))
    return Draft(text, "general")


def _placement_draft(ctx: Context) -> Draft | None:
    """"它是放在哪一项任务下面的" (after "提到“携手行动”了吗"): where in the outline the clause that
    holds the thing stands, by its headings."""
    top = ctx.hits[0]
    if not top.chunk.section_path or coverage(clause_weights(ctx.weights, top.doc.title), top.chunk.text) <= 0:
        return None
    k = ctx.comp.cite(top.chunk, top.score)
    text = (f"根据{doc_ref(top.doc)}，问到的内容在“{' > '.join(top.chunk.section_path)}”下[{k}]。"
            + "\n\n依据条款：\n" + quote_line(ctx.comp, k, top.chunk.text, ctx.weights))
    return Draft(text, "general")


def _requirement_draft(ctx: Context) -> Draft | None:
    found = requirement_answer(ctx.comp, ctx.query, ctx.hits, ctx.weights)
    return Draft(*found) if found else None


def _general_draft(ctx: Context) -> Draft | None:
    return Draft(*general_answer(ctx.comp, ctx.query, ctx.hits, ctx.weights))


def _refusal(ctx: Context, reason: str) -> Draft:
    n = ctx.comp.cite(ctx.hits[0].chunk, ctx.hits[0].score)
    text = refusal.silent(reason, nearest=True) + "\n\n" + quote_line(ctx.comp, n, ctx.hits[0].chunk.text, ctx.weights)
    return Draft(text, "refusal", refused=True)


# "政策解读里怎么解释…", "“图解”解读里讲了什么": the interpretation a page links to, asked about
# (not a 解读会, an event where a policy is explained).
_INTERPRETATION = re.compile(r"解读|图解")
_IN_INTERPRETATION = re.compile(r"(?:政策解读|图解|解读)(?!会)[”\"」]?(?:文章|材料|稿|页面)?(?:里面|里|中|上)")


def _interpretation_draft(ctx: Context) -> Draft | None:
    """The interpretation of a document is a document of its own; when the library holds none (a
    page only lists its title as a link), what it says is not known."""
    if any(_INTERPRETATION.search(d.title) for d in ctx.comp.kb.docs.values()):
        return None
    doc = ctx.hits[0].doc
    said = next((h for h in ctx.hits if h.doc.doc_id == doc.doc_id and _INTERPRETATION.search(h.chunk.text)), None)
    if said is not None:
        _put_first(ctx, said)
    return _refusal(ctx, "知识库中没有收录这份文件的解读材料（原文最多列出其标题或链接），无法据此回答解读里写了什么")


# The answer strategies, in the order they are tried: the first draft wins.
STRATEGIES: tuple[Strategy, ...] = (
    Strategy("missing_year", lambda q: bool(q.years), _missing_year_draft),
    Strategy("interpretation", lambda q: bool(_IN_INTERPRETATION.search(q.text)), _interpretation_draft),
    Strategy("attachment", lambda q: q.intent == "attachment", _attachment_draft),
    Strategy("field", lambda q: q.intent == "field", _field_draft),
    Strategy("list", lambda q: q.intent == "list", _list_draft),
    Strategy("row", lambda q: q.ordinal is not None and (not q.fields or q.attachment_content), _row_draft),
    Strategy("table", lambda q: q.ordinal is None and not q.slots and (q.attachment_content or q.in_attachment)
             and bool(_ROWS_ASKED.search(q.text)), _table_draft),
    Strategy("form", lambda q: "columns" in q.slots, _form_draft),
    Strategy("answerable", lambda q: True, _answerable_draft),
    Strategy("placement", lambda q: bool(PLACEMENT.search(q.text)), _placement_draft),
    Strategy("matching_row", lambda q: q.ordinal is None, _matching_row_draft),
    Strategy("requirement", lambda q: q.intent == "requirement", _requirement_draft),
    Strategy("general", lambda q: True, _general_draft),
)


def plan(query: Query) -> list[str]:
    """The strategies that will be tried for a question, in order (what the question asks for)."""
    return [s.name for s in STRATEGIES if s.applies(query)]


def compose(kb: KnowledgeBase, settings: RetrievalSettings, query: Query, hits: list[Hit]) -> Answer:
    comp = Composer(kb, settings)
    answer = Answer(question=query.raw, text="", mode="extractive")
    if not hits:
        answer.text = refusal.silent("知识库中没有与问题相关的文件内容")
        answer.refused, answer.kind = True, "refusal"
        return answer
    # (a strategy may reorder the hits; the words that only ask — 几号, 什么时候 — are no topic a
    # clause must hold where the clause must hold a date instead: not in a law, whose "when" is a
    # condition or a period)
    weights = weighted_terms(kb, query)
    if not law.has_articles(hits[0].doc):
        weights = {t: w for t, w in weights.items() if not only_asks(t, query.text)} or weights
    ctx = Context(comp, query, list(hits), weights)
    for strategy in STRATEGIES:
        if not strategy.applies(query):
            continue
        draft = strategy.draft(ctx)
        if draft is not None:
            return _finish(answer, comp, draft.text, draft.kind, draft.refused, draft.items)
    raise AssertionError("the general strategy always drafts")


def compose_section(kb: KnowledgeBase, settings: RetrievalSettings, query: Query, doc: Document,
                    path: tuple[str, ...], chunks: list[Chunk]) -> Answer:
    """The answer about a whole section (its items point by point), for a question that named it
    by its place ("第三块讲什么？" after the list of the parts)."""
    comp = Composer(kb, settings)
    text, kind = section_points(comp, query, doc, path, chunks)
    return _finish(Answer(question=query.raw, text="", mode="extractive"), comp, text, kind)


def _finish(answer: Answer, comp: Composer, text: str, kind: str, refused: bool = False,
            items: list[int] | None = None) -> Answer:
    answer.text = text
    answer.kind = kind
    answer.refused = refused
    answer.citations = comp.citations
    answer.items = items or []
    return answer


# ----- which document ----------------------------------------------------------------------------
def doc_refs(kb: KnowledgeBase, doc_ids: list[str]) -> list[DocRef]:
    return [DocRef(d, kb.docs[d].title, kb.docs[d].meta.doc_number, kb.docs[d].role) for d in doc_ids]


def clarify(kb: KnowledgeBase, query: Query, resolution: Resolution) -> Answer:
    """The reference fits several documents: name them all and ask which one is meant."""
    refs = doc_refs(kb, resolution.candidates)
    said = f"“{resolution.reference}”" if resolution.reference else "问题所指的文件"
    if query.english:
        lines = [f"Several documents in the library match {said}; which one do you mean?"]
    else:
        lines = [f"知识库中有{len(refs)}份文件符合{said}，请指明是哪一份（可在问题中写出标题或文号）："]
    lines += [f"{i}. {r.label()}" for i, r in enumerate(refs, 1)]
    return Answer(question=query.raw, text="\n".join(lines), kind="clarify", candidates=refs)


def ambiguity_note(kb: KnowledgeBase, resolution: Resolution, chosen: str) -> str:
    """Answered from the subject (or the conversation's document); name every document that fits."""
    said = f"“{resolution.reference}”" if resolution.reference else "问题所指"
    names = "；".join(r.label() for r in doc_refs(kb, resolution.candidates))
    return (f"（说明：知识库中符合{said}的文件有{len(resolution.candidates)}份：{names}。以下按"
            f"{doc_refs(kb, [chosen])[0].label()}回答；如指其他文件，请写明标题或文号。）\n\n")


def fallback_note(kb: KnowledgeBase, subject: set[str], answer: Answer) -> str:
    """The subject is silent and a related document speaks: say plainly which one says so."""
    titles = "、".join(f"《{kb.docs[d].title}》" for d in sorted(subject) if d in kb.docs) or "主题文件"
    source = answer.citations[0].title if answer.citations else "相关文件"
    return f"{titles}未对此作出规定；以下内容出自相关文件《{source}》，不是活动通知本身的要求。\n\n"

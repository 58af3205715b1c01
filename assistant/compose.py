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
from index.models import Chunk, Document, Heading
from index.numerals import digit_years
from index.textnorm import aliases, content_terms, dictionary_count, normalize

from . import refusal, sections
from .answerable import (
    LOOKS_BACK,
    NO_MATCH,
    RUNS,
    SLOT_LABELS,
    WHO_RUNS,
    about_terms,
    asked_weights,
    by_meaning_only,
    check_answerable,
    key_term,
    missing_year,
    slot_evidence,
)
from .citing import Composer, clause_ref, doc_ref, join_excerpt, path_ref, quote_line, without_headings
from .evidence import best_sentences, clause_weights, coverage, split_sentences, weighted_terms
from .field_answers import asks_about_document, attachment_answer, field_answer
from .models import Answer, DocRef
from .multipart import QUESTION_WORD
from .query import SLOT_EVIDENCE, Query, only_asks
from .retrieval import Hit
from .scope import Resolution, doc_year, normalized_text
from .settings import RetrievalSettings
from .table_rows import Row, table_rows

# What forbids or refuses (不得, 禁止 …); 不再 or 不断 describe, they do not forbid.
NEGATIVE = re.compile(r"不得|禁止|严禁|不予|不允许|不准")
ACTOR = re.compile(
    r"^(各地[^，。；]{0,24}?部门(?:、[^，。；]{0,16}?部门)?|有关[^，。；]{0,10}?(协会|单位|部门)|各单位|各地区|各部门|"
    r"[^，。；、]{2,20}?(联合会|协会|委员会|部门|单位|政府|机构))"
)
OBLIGATION = re.compile(r"要|应|须|负责|按照|组织|做好|抓好|加强|推动|报送|落实|结合|支持")


def _chunk_at(doc: Document, clean_offset: int) -> Chunk | None:
    for chunk in doc.chunks:
        if chunk.clean_start <= clean_offset < chunk.clean_end:
            return chunk
    return None


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
    found = field_answer(ctx.comp, query, ctx.hits)
    return Draft(found[0], found[1], refused=found[1] == "refusal") if found else None


def _list_draft(ctx: Context) -> Draft | None:
    pointed = _pointed(ctx.query, ctx.hits[0])
    if pointed is not None and not pointed.children:
        return None  # "第二项任务要办哪几类活动": the items are in that clause's own sentence
    # A heading whose title matches the question is its own evidence for a list answer; only what
    # the structure cannot vouch for (years, value types) is checked first.
    reason = check_answerable(ctx.comp.kb, ctx.comp.settings, ctx.query, ctx.hits, ctx.weights, structural=True)
    if reason:
        return _refusal(ctx, reason)
    # ("重点任务（三）底下有几条": the items of the section it points at, not of the heading its words match)
    listed = _list_answer(ctx.comp, ctx.query, ctx.hits, ctx.weights, pointed.heading if pointed is not None else None)
    return Draft(listed[0], listed[1], refused=listed[2], items=listed[3]) if listed else None


def _answerable_draft(ctx: Context) -> Draft | None:
    """The gate before content answers: a refusal when the best clauses do not answer."""
    _year_first(ctx)
    _value_first(ctx)
    # An attachment's own text answers "what does the attachment say" whatever words are used.
    reason = check_answerable(ctx.comp.kb, ctx.comp.settings, ctx.query, ctx.hits, ctx.weights,
                               structural=ctx.query.in_attachment)
    if reason == NO_MATCH:
        # The best clause by shared words does not answer; the clause of the same document closest
        # in meaning may ("用电多、排放压力大" ~ 节能减污降碳): it is tried before refusing.
        top = ctx.hits[0]
        closest = next((h for h in ctx.hits[1:5] if h.semantic >= 1.0 and h.doc.doc_id == top.doc.doc_id), None)
        if closest is not None:
            ctx.hits.remove(closest)
            ctx.hits.insert(0, closest)
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
        if _GRAMMAR_WORD.fullmatch(term):
            continue  # ("关于减税说了什么": 关于 is how the question is put, not its matter)
        # (the asker's own words: not a synonym the search added, 进出口 → 国际经贸)
        if len(term) >= 2 and term in ctx.query.text and dictionary_count(term) and term not in text \
                and kb.idf(term) >= ctx.comp.settings.min_unsaid_idf \
                and any(term in normalized_text(kb, d) for d in subject) \
                and not any(short in text for short, full in aliases() if term in full.split()):
            # (a word the search added for one the report does use is no word it lacks: 国际经贸 for 出口)
            return term
    return None


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
        ctx.hits.remove(found)
        ctx.hits.insert(0, found)


def _holds_years(hit: Hit, years: list[str]) -> bool:
    # (a report writes its years in numerals: "到二○二○年" is 2020)
    text = digit_years(normalize(" ".join(hit.chunk.section_path) + hit.chunk.text))
    return all(y in text for y in years)


def _value_first(ctx: Context) -> None:
    """The best clause speaks of the thing but not of the value asked for; a clause of the same
    document close behind it that holds both comes first ("设计大赛什么时候办": the clause that
    dates the contest, not the one that names who organises it; "直播周由哪家来组织": the clause
    that says who 负责 it, not the one that dates it)."""
    wanted = [slot_evidence(ctx.query, s) for s in ctx.query.slots]
    if WHO_RUNS.search(ctx.query.text):
        wanted.append(RUNS)
    top = ctx.hits[0]
    if not wanted or all(p.search(top.chunk.text) for p in wanted):
        return
    # (a word no clause near holds is a cut in the wrong place, "节是" of "直播节是哪个月", not the thing)
    near = [normalize(h.chunk.text) for h in ctx.hits[:4]]
    key = key_term({t: w for t, w in about_terms(ctx.query, ctx.weights, top.doc.title).items()
                    if any(t in n for n in near)})
    # A law's articles hold sums and periods everywhere (fines, terms): one comes first only when
    # it also says more of the question than the best one.
    statute = law.has_articles(top.doc)
    asked = clause_weights(asked_weights(ctx.query, ctx.weights), top.doc.title)
    top_cover = coverage(asked, top.chunk.text)
    valued = next((h for h in ctx.hits[1:4] if h.doc.doc_id == top.doc.doc_id
                   and h.score >= ctx.comp.settings.second_clause_ratio * top.score
                   and (key is None or key in normalize(h.chunk.text))
                   and (not statute or coverage(asked, h.chunk.text) > top_cover)
                   and all(p.search(h.chunk.text) for p in wanted)), None)
    if valued is not None:
        ctx.hits.remove(valued)
        ctx.hits.insert(0, valued)


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


def _row_draft(ctx: Context) -> Draft | None:
    """"表里第二个活动是什么": a table's row numbered so (序号：2) among the best clauses, whole —
    its cells (name, month, place, who leads) answer what is asked about that row."""
    n = ctx.query.ordinal
    if n is None or n == 0 or n < -1 or _NOT_A_ROW.search(ctx.query.text):
        return None
    for h in ctx.hits[:5]:
        rows = rows_of(h.doc, h.chunk)
        # (-1: "最后一项", the row with the highest number)
        m = next((r for r in rows if r.number == n), None) if n > 0 else \
            max(rows, key=lambda r: r.number, default=None)
        if m is None:
            continue
        missing = [slot for slot in ctx.query.slots if not slot_evidence(ctx.query, slot).search(m.labelled)
                   and not _column_of(slot, m.labelled)]
        if missing:
            # "第三个活动要交多少报名费": the row is found, and it holds no fee
            return _refusal(ctx, f"文件没有写明{SLOT_LABELS[missing[0]]}")
        return _row_answer(ctx, h, m)
    return None


# The columns of a table that hold a value type: a row's "地点：市纤维检验所" is its place, whatever
# the place is called.
_SLOT_COLUMNS = {"place": "地点|地址|举办地|场地|地方", "event_time": "时间|日期|月份|时限", "day": "日期|时间",
                 "deadline": "时限|截止|期限|完成时间"}


def _column_of(slot: str, labelled: str) -> bool:
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
    return _row_answer(ctx, top, rows[scored[0][1]])


def _requirement_draft(ctx: Context) -> Draft | None:
    found = _requirement_answer(ctx.comp, ctx.query, ctx.hits, ctx.weights)
    return Draft(*found) if found else None


def _general_draft(ctx: Context) -> Draft | None:
    return Draft(*_general_answer(ctx.comp, ctx.query, ctx.hits, ctx.weights))


def _refusal(ctx: Context, reason: str) -> Draft:
    n = ctx.comp.cite(ctx.hits[0].chunk, ctx.hits[0].score)
    text = refusal.silent(reason, nearest=True) + "\n\n" + quote_line(ctx.comp, n, ctx.hits[0].chunk.text, ctx.weights)
    return Draft(text, "refusal", refused=True)


# The answer strategies, in the order they are tried: the first draft wins.
STRATEGIES: tuple[Strategy, ...] = (
    Strategy("missing_year", lambda q: bool(q.years), _missing_year_draft),
    Strategy("attachment", lambda q: q.intent == "attachment", _attachment_draft),
    Strategy("field", lambda q: q.intent == "field", _field_draft),
    Strategy("list", lambda q: q.intent == "list", _list_draft),
    Strategy("row", lambda q: q.ordinal is not None and (not q.fields or q.attachment_content), _row_draft),
    Strategy("table", lambda q: q.ordinal is None and not q.slots and (q.attachment_content or q.in_attachment)
             and bool(_ROWS_ASKED.search(q.text)), _table_draft),
    Strategy("answerable", lambda q: True, _answerable_draft),
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


def _pointed(query: Query, hit: Hit) -> sections.Node | None:
    """The section the question names by its place ("第二部分（一）里…", "第一项任务") when the
    clause lies in it: then no shared words are needed. None otherwise."""
    if not sections.REF.search(query.text):
        return None
    node = sections.find(hit.doc, query.raw)
    return node if node is not None and tuple(hit.chunk.section_path[:len(node.path)]) == node.path else None


def _meaning(hit: Hit) -> list[tuple[int, int, float]]:
    return [(span.start, span.end, sim) for span, sim in hit.sentences]


def _search_view(hit: Hit) -> str:
    return f"{hit.doc.title}\n{hit.chunk.section or ''}\n{hit.chunk.text}"


def _children(doc: Document, parent: Heading | None) -> list[Heading]:
    if parent is None:
        return [h for h in doc.headings if h.level == 1]
    out = []
    idx = doc.headings.index(parent)
    for h in doc.headings[idx + 1 :]:
        if h.level <= parent.level:
            break
        if h.level == parent.level + 1:
            out.append(h)
    return out


# "主要干哪几件事", "有哪些任务", "重点工作有哪些": what the document sets out to do.
_ASKS_WHAT_IS_DONE = re.compile(r"几件事|哪些事|什么事|哪几项|几项|任务|措施|举措|主要内容|重点工作|"
                                r"干(些)?(什么|啥|哪些)|做(些)?(什么|啥|哪些)")
# The kinds of top heading that hold a document's tasks, the likeliest first.
_TASK_HEADINGS = (r"任务", r"措施|举措", r"内容|活动|事项", r"重点|工作(?!要求)")


_FRAME_WORDS = frozenset({"主要", "具体", "一下", "那个", "这个", "那份", "这份", "通知", "文件", "活动", "都有", "到底"})


def _asks_only_what_is_done(query: Query, doc: Document) -> bool:
    """"潍坊那个家纺活动主要干哪几件事": it asks what the notice sets out to do and names nothing
    else (no word but the asking, the frame and the notice's title), not "在哪几件事上稳住"."""
    if not _ASKS_WHAT_IS_DONE.search(query.text):
        return False
    rest = _ASKS_WHAT_IS_DONE.sub(" ", query.text)
    title = normalize(doc.title)
    return not [t for t in content_terms(rest) if len(t) >= 2 and t not in title and t not in _FRAME_WORDS
                and not QUESTION_WORD.search(t)]


def _main_tasks(doc: Document) -> Heading | None:
    """The top heading under which the document lists what is to be done (一、重点任务 / 二、工作任务)."""
    top = [h for h in doc.headings if h.level == 1 and len(_children(doc, h)) >= 2]
    for kind in _TASK_HEADINGS:
        found = next((h for h in top if re.search(kind, h.title)), None)
        if found is not None:
            return found
    return None


# The share of the question's words its document uses that a heading's title must hold for the
# heading's items to be the answer.
LIST_HEADING_COVER = 0.5


def _document_words(kb: KnowledgeBase, weights: dict[str, float], doc: Document) -> dict[str, float]:
    """The question's terms the document uses in its text, except those that name it (title, 文号,
    issuers: 山西 of 山西省工业和信息化厅):
    "一共", "几项" or "专门" are the asking, not what a heading must hold."""
    names = normalize(f"{doc.title} {doc.meta.doc_number or ''} {doc.meta.issuer or ''} {' '.join(doc.meta.signatories)}")
    text = normalized_text(kb, doc)
    # (and the short forms of those names: 两部门 for its two issuing offices)
    shorts = {short for short, full in aliases() if full.split() and all(piece in names for piece in full.split())}
    return {t: w for t, w in weights.items() if t not in names and t not in shorts and t in text}


def _list_answer(comp: Composer, query: Query, hits: list[Hit], weights: dict[str, float],
                 pointed: Heading | None = None) -> tuple[str, str, bool, list[int]] | None:
    if pointed is not None:
        return _items_answer(comp, query, hits[0].doc, pointed)
    best: tuple[float, Document, Heading | None] | None = None
    for rank, h in enumerate(hits[:5]):
        doc = h.doc
        titles = list(h.chunk.section_path)
        for depth in range(len(titles)):
            heading = next((x for x in doc.headings if x.title == titles[depth] and x.level == depth + 1
                            and x.start <= h.chunk.clean_start + len(titles[depth]) * 4), None)
            if heading is None or len(_children(doc, heading)) < 2:
                continue
            # (words of the document's title name the document, not one of its headings:
            # "潍坊那个家纺活动" is no question about the heading "家纺产品提质")
            score = coverage(clause_weights(weights, doc.title), heading.title) - 0.02 * rank
            if best is None or score > best[0]:
                best = (score, doc, heading)
    if best is not None and best[2] is not None \
            and coverage(_document_words(comp.kb, weights, best[1]), best[2].title) < LIST_HEADING_COVER:
        # ("对行业协会有哪些要求": a heading that holds only "要求" of the words the document uses does
        # not list what is asked; the sentences about 行业协会 do)
        best = None
    if best is None or best[0] <= 0:
        # ("第二部分（一）里…" points at a section; it does not ask how the document is divided)
        asks_structure = re.search(r"部分|结构|章节|组成|parts|sections", sections.REF.sub("", query.text))
        main = _main_tasks(hits[0].doc) if _asks_only_what_is_done(query, hits[0].doc) else None
        if asks_structure and len(_children(hits[0].doc, None)) >= 2:
            best = (1.0, hits[0].doc, None)
        elif main is not None:
            best = (1.0, hits[0].doc, main)  # "主要干哪几件事": the heading of its tasks
        else:
            return None
    return _items_answer(comp, query, best[1], best[2])


def _items_answer(comp: Composer, query: Query, doc: Document, parent: Heading | None
                  ) -> tuple[str, str, bool, list[int]]:
    """The items under `parent` (the document's parts when None), each cited."""
    items = _children(doc, parent)
    numbers, lines = [], []
    for i, child in enumerate(items, 1):
        chunk = _chunk_at(doc, child.start)
        if chunk is None:
            continue
        n = comp.cite(chunk, 1.0)
        numbers.append(n)
        lines.append(f"{i}. {child.title}[{n}]")
    head = parent.title if parent else "全文"
    count = f"共{len(items)}项" if parent else f"共{len(items)}个部分"
    intro = (f"According to {doc_ref(doc)}, \"{head}\" has {len(items)} items:" if query.english
             else f"根据{doc_ref(doc)}，“{head}”{count}：")
    return intro + "\n" + "\n".join(lines), "list", False, numbers


def _requirement_answer(comp: Composer, query: Query, hits: list[Hit], weights: dict[str, float]
                        ) -> tuple[str, str] | None:
    weights = clause_weights(weights, hits[0].doc.title)
    scored = []
    for rank, h in enumerate(hits[:5]):
        for s in split_sentences(h.chunk.text):
            if not OBLIGATION.search(s.text):
                continue
            score = coverage(weights, s.text) + 0.3 * coverage(weights, _search_view(h)) - 0.03 * rank
            scored.append((score, rank, s, h))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    top_score = scored[0][0]
    chosen = [x for x in scored[:3] if x[0] >= 0.6 * top_score and x[0] > 0]
    chosen.sort(key=lambda x: (x[1], x[2].start))
    lines = []
    for _score, _rank, sentence, h in chosen:
        body = re.sub(r"^[（(][一二三四五六七八九十]+[）)][^。]{0,30}。", "", sentence.text)
        if not body.strip():
            continue  # only the clause's heading
        n = comp.cite(h.chunk, h.score)
        actor = ACTOR.match(body)
        where = clause_ref(h.doc, h.chunk)
        if actor and not query.english:
            lines.append(f"- {actor.group(0)}：{body[actor.end():].lstrip('，、') or body}[{n}]（{where}）")
        else:
            lines.append(f"- {body}[{n}]（{where}）")
    if not lines:
        return None
    doc = chosen[0][3].doc
    intro = f"According to {doc_ref(doc)}:" if query.english else f"根据{doc_ref(doc)}："
    return intro + "\n" + "\n".join(lines), "requirement"


def _under_heading(top: Hit) -> list[Chunk]:
    """The clauses under the heading a chunk holds alone ("（五）绿色发展行动。" with its items 1., 2.
    below it): what that heading stands for. Empty when the chunk says more than its heading."""
    path = tuple(top.chunk.section_path)
    if not path or not _bare(top.chunk.text) or not _only_heading(top.chunk.text, path[-1]):
        return []
    return [c for c in top.doc.chunks if tuple(c.section_path[:len(path)]) == path and len(c.section_path) > len(path)]


def _bare(text: str) -> str:
    return re.sub(r"[\W_]", "", normalize(text))


def _only_heading(text: str, title: str) -> bool:
    """Whether `text` says nothing but the heading `title` ("（五）绿色发展行动。")."""
    return not _bare(text).replace(_bare(title), "", 1)


def section_points(comp: Composer, query: Query, doc: Document, path: tuple[str, ...], chunks: list[Chunk],
                   score: float = 1.0) -> tuple[str, str]:
    """A section answered by what it says, point by point, each point cited: the heading is the
    label, the items under it are the substance ("第三块讲什么", "绿色发展行动包括哪些事")."""
    lines = []
    for chunk in chunks[:MAX_POINTS]:
        text = without_headings(chunk.text.strip(), " > ".join(path)).strip()
        if _only_heading(text, path[-1]):
            continue  # (the heading's own line: the label already says it)
        n = comp.cite(chunk, score)
        sentences = split_sentences(text)
        point = join_excerpt(text, sentences[:2]) if len(text) > 160 and sentences else text
        lines.append(f"- {' '.join(point.split())}[{n}]")
    if not lines:  # (nothing under the heading but itself)
        n = comp.cite(chunks[0], score)
        lines.append(f"- {' '.join(chunks[0].text.split())}[{n}]")
    where = clause_ref(doc, chunks[0]) if len(chunks[0].section_path) == len(path) else path_ref(doc, path)
    title = path[-1]
    intro = (f"According to {doc_ref(doc)}, {where} “{title}”:" if query.english
             else f"根据{doc_ref(doc)}{where}“{title}”：")
    return intro + "\n" + "\n".join(lines), "list"


# How many clauses of a section a point-by-point answer quotes.
MAX_POINTS = 6


def _valued_lead(query: Query, weights: dict[str, float], text: str, lead: list) -> list:  # type: ignore[type-arg]
    """"报名截止到哪天": of the clause's sentences that hold the question's words, one that holds the
    value asked for (a date before which) leads, rather than the one closest in meaning."""
    wanted = [slot_evidence(query, slot) for slot in query.slots]
    if not wanted or not lead or any(p.search(lead[0].text) for p in wanted):
        return lead
    valued = [s for s in split_sentences(text) if any(p.search(s.text) for p in wanted) and coverage(weights, s.text) > 0]
    return [max(valued, key=lambda s: coverage(weights, s.text))] if valued else lead


def _general_answer(comp: Composer, query: Query, hits: list[Hit], weights: dict[str, float]
                    ) -> tuple[str, str]:
    top = hits[0]
    under = _under_heading(top)
    if under and not query.slots:
        return section_points(comp, query, top.doc, tuple(top.chunk.section_path), under, top.score)
    asked = weights
    weights = clause_weights(weights, top.doc.title)
    chosen = [top]
    for h in hits[1:6]:
        if len(chosen) >= comp.settings.max_citations:
            break
        # Close runners-up of the same document are cited too: a question often spans two clauses.
        if h.doc.doc_id == top.doc.doc_id and h.score >= comp.settings.second_clause_ratio * top.score:
            chosen.append(h)
    lead_weights, meaning = weights, _meaning(top)
    # (a clause the question points at by its place answers in its own words, not "in other words")
    placed = any(c.chunk_id == top.chunk.chunk_id for c in sections.pointed_chunks(top.doc, query.raw))
    pointed = _pointed(query, top) is not None
    if pointed:
        # "第一项任务底下要搞哪些活动": the words that named the place (第一项, 任务) are not what is
        # asked, nor is the question's meaning as a whole, which they pull towards the heading.
        path = " ".join(top.chunk.section_path)
        # (the title's words count here: 活动 is what "哪些活动" asks, though every clause is of the 活动)
        lead_weights = {t: w for t, w in asked.items() if t not in path and not sections.REF.search(t)} or weights
        meaning = []
    lead = best_sentences(lead_weights, top.chunk.text, 1, meaning=meaning)
    lead = _valued_lead(query, lead_weights, top.chunk.text, lead)
    n1 = comp.cite(top.chunk, top.score)
    lead_text = lead[0].text if lead else top.chunk.text[:120]
    says_no = bool(NEGATIVE.search(lead_text))
    where = clause_ref(top.doc, top.chunk, lead_text)
    # (A value asked for and found in the clause is an answer in the document's words.)
    by_meaning = (not query.english and not says_no and not query.slots and not placed
                  and by_meaning_only(comp.settings, weights, hits)
                  and by_meaning_only(comp.settings, clause_weights(asked_weights(query, asked), top.doc.title), hits))
    if query.english:
        first = f"According to {doc_ref(top.doc)}, {where}: “{lead_text}” [{n1}]"
    else:
        # A clause close only in meaning says so: the reader judges whether it is what was meant.
        prefix = refusal.SAYS_NO + "：" if says_no else refusal.IN_OTHER_WORDS + "——" if by_meaning else ""
        if "definition" in query.slots and not SLOT_EVIDENCE["definition"].search(top.chunk.text):
            prefix = "文件没有给出定义，原文的提法是——"  # (what the term stands for, from how it is used)
        first = f"{prefix}根据{doc_ref(top.doc)}{where}：{lead_text}[{n1}]"
    lines = [first, "", "依据条款：" if not query.english else "Clauses:"]
    for h in chosen:
        n = comp.cite(h.chunk, h.score)
        lines.append(quote_line(comp, n, h.chunk.text, weights))
    return "\n".join(lines), ("meaning" if by_meaning else "general")


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

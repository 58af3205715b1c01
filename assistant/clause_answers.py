"""Answers from the clauses themselves: a heading's items as a list, who must do what, a section point by
point, and the general answer that leads with the sentence that answers and quotes the clauses."""

from __future__ import annotations

import re

from index import law
from index.kb import KnowledgeBase
from index.models import Chunk, Document, Heading
from index.textnorm import aliases, content_terms, normalize

from . import refusal, sections
from .answerable import asked_weights, by_meaning_only, slot_evidence
from .citing import Composer, clause_ref, doc_ref, join_excerpt, path_ref, quote_line, without_headings
from .evidence import best_sentences, clause_weights, counted_items, coverage, lists_items, split_sentences
from .multipart import QUESTION_WORD
from .query import SLOT_EVIDENCE, Query
from .retrieval import Hit
from .scope import normalized_text

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


def pointed_section(query: Query, hit: Hit) -> sections.Node | None:
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
    names = _names_of(doc)
    text = normalized_text(kb, doc)
    # (and the short forms of those names: 两部门 for its two issuing offices)
    shorts = {short for short, full in aliases() if full.split() and all(piece in names for piece in full.split())}
    # ("那份转发文件里有几项重点活动": 文件 points at the document, as its title does; a red head's
    # "…局文件" puts the word in its text)
    return {t: w for t, w in weights.items() if t not in names and t not in shorts and t in text
            and t not in _DOCUMENT_ITSELF}


# (and the words pointing at it: "协会这次组织了几个活动")
_DOCUMENT_ITSELF = frozenset({"文件", "文档", "公文", "这次", "本次", "此次", "这回", "这份", "那份"})
# ("都安排了哪些活动": 安排 asks what the document arranges; "活动安排有几项" names a heading)
_ARRANGES = re.compile(r"安排(?=了?哪些活动)")
_COUNTS_ITEMS = re.compile(rf"几项|哪几项|多少项|列了|列出|几件|几个活动|{_ARRANGES.pattern}")


def _asked_words(kb: KnowledgeBase, weights: dict[str, float], doc: Document, question: str = "") -> list[str]:
    """The question's words that are neither the document's names nor the asking ("几项"),
    whether or not the document uses them ("牌子" asks about something)."""
    used = _document_words(kb, weights, doc)
    names = _names_of(doc)
    asking = set(_ARRANGES.findall(question))
    return [t for t in weights if t not in asking and (t in used or (
        t not in names and t not in _DOCUMENT_ITSELF and not t.endswith(("文件", "文档")) and not QUESTION_WORD.search(t)))]


def _names_of(doc: Document) -> str:
    """What names a document: its title, 文号, issuers and signatories (normalised, one string)."""
    return normalize(f"{doc.title} {doc.meta.doc_number or ''} {doc.meta.issuer or ''} {' '.join(doc.meta.signatories)}")


def list_answer(comp: Composer, query: Query, hits: list[Hit], weights: dict[str, float],
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
        # ("兰溪协会的通知列了几项活动": nothing asked but the document and how many; its 活动 is in
        # the title: what the document lists is its parts)
        # (items, not kinds: "包括哪几类" asks what the text says, not how it is divided; nor a law's chapters)
        bare = bool(_COUNTS_ITEMS.search(query.text)) and not law.has_articles(hits[0].doc) \
            and not _asked_words(comp.kb, clause_weights(weights, hits[0].doc.title), hits[0].doc, query.text)
        parts = len(_children(hits[0].doc, None)) >= 2
        if asks_structure and parts:
            best = (1.0, hits[0].doc, None)
        elif main is not None:
            best = (1.0, hits[0].doc, main)  # "主要干哪几件事": the heading of its tasks
        elif bare and parts:
            best = (1.0, hits[0].doc, None)
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


def requirement_answer(comp: Composer, query: Query, hits: list[Hit], weights: dict[str, float]
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
    last_of: dict[str, int] = {}  # each clause's last line
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
        last_of[h.chunk.chunk_id] = len(lines) - 1
    if not lines:
        return None
    for chunk_id, i in last_of.items():
        # ("支持企业…开设品牌旗舰店。（责任单位：县商务局）": who does it is said after the sentences,
        # in a note of its own that no sentence holds)
        note = _DUTY_NOTE.search(comp.kb.chunks[chunk_id].text)
        if note and note.group(0) not in lines[i]:
            lines[i] += note.group(0)
    doc = chosen[0][3].doc
    intro = f"According to {doc_ref(doc)}:" if query.english else f"根据{doc_ref(doc)}："
    return intro + "\n" + "\n".join(lines), "requirement"


_DUTY_NOTE = re.compile(r"[（(](?:责任|牵头|配合|承办|主办)(?:单位|部门)[：:][^）)]{1,60}[）)]")


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


def _valued_lead(query: Query, weights: dict[str, float], text: str, lead: list,  # type: ignore[type-arg]
                 heading: str = "") -> list:  # type: ignore[type-arg]
    """"报名截止到哪天": of the clause's sentences that hold the question's words, one that holds the
    value asked for (a date before which) leads, rather than the one closest in meaning."""
    count = counted_items(query.text)
    if count and lead and not lists_items(count, lead[0].text):
        # ("八字宪法是哪八个字": the sentence that lists eight, not the one that names the 宪法)
        listing = [s for s in split_sentences(text) if lists_items(count, s.text)]
        if listing:
            return listing[:1]
    wanted = [slot_evidence(query, slot) for slot in query.slots]
    if not wanted or not lead or any(p.search(lead[0].text) for p in wanted):
        return lead
    valued = [s for s in split_sentences(text) if any(p.search(s.text) for p in wanted)]
    said = [s for s in valued if coverage(weights, s.text) > 0]
    if said:
        return [max(said, key=lambda s: coverage(weights, s.text))]
    # ("版型培训在几月": under the heading that names the event, its line "时间：2024年7月…" says
    # none of the question's words; the heading does)
    return valued[:1] if valued and heading and coverage(weights, heading) > 0 else lead


def general_answer(comp: Composer, query: Query, hits: list[Hit], weights: dict[str, float]
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
    pointed = pointed_section(query, top) is not None
    if pointed:
        # "第一项任务底下要搞哪些活动": the words that named the place (第一项, 任务) are not what is
        # asked, nor is the question's meaning as a whole, which they pull towards the heading.
        path = " ".join(top.chunk.section_path)
        # (the title's words count here: 活动 is what "哪些活动" asks, though every clause is of the 活动)
        lead_weights = {t: w for t, w in asked.items() if t not in path and not sections.REF.search(t)} or weights
        meaning = []
    lead = best_sentences(lead_weights, top.chunk.text, 1, meaning=meaning)
    heading = top.chunk.section_path[-1] if top.chunk.section_path else ""
    lead = _valued_lead(query, lead_weights, top.chunk.text, lead, heading)
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

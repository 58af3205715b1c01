"""Answers about laws: an article found by its numbers, and notes about other versions.

"电子商务法第十条怎么规定的" is answered by identity: the resolver names the law, the question
names 第十条 (第二款, 第三项), and the answer quotes exactly that text, cited as
《中华人民共和国电子商务法》第十条. When the library holds several versions of a law, the answer
comes from the version in force unless the question names a year, and says when the same article
reads differently in another version the library holds.
"""

from __future__ import annotations

import copy
import re

from index import law
from index.clean import map_offset
from index.kb import KnowledgeBase
from index.models import Document
from index.textnorm import normalize

from . import refusal
from .citing import Composer
from .models import Answer
from .multipart import QUESTION_WORD, topic_terms
from .query import QUOTED, Query, analyse
from .scope import clause_count, normalized_text
from .settings import RetrievalSettings


def article_answer(kb: KnowledgeBase, settings: RetrievalSettings, query: Query, doc: Document) -> Answer | None:
    """The article the question names, quoted from `doc`; None when `doc` has no articles."""
    ref = query.article
    if ref is None or not law.has_articles(doc):
        return None
    answer = Answer(question=query.raw, text="", kind="article")
    found = law.find_article(doc, ref)
    if found is None:
        answer.text = refusal.silent(f"《{doc.title}》中没有{ref.label()}")
        answer.refused, answer.kind = True, "refusal"
        return answer
    _heading, span = found
    comp = Composer(kb, settings)
    quotes: list[str] = []
    for chunk in doc.chunks:
        start, end = max(span.start, chunk.clean_start), min(span.end, chunk.clean_end)
        if start >= end or not doc.text[start:end].strip():
            continue
        quote = doc.text[start:end].strip()
        n = comp.cite(chunk, 1.0, quote)
        cited = comp.citations[n - 1]
        lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        cited.start = map_offset(doc.segments, start + lead)
        cited.end = map_offset(doc.segments, start + lead + len(quote) - 1) + 1
        cited.reference = law.citation(doc, span.ref if n == 1 else law.chunk_ref(doc, chunk))
        quotes.append(f"{quote}[{n}]")
    if not quotes:
        return None
    body = "\n".join(quotes)
    if query.english:
        answer.text = f"{law.citation(doc, span.ref)} reads:\n{body}"
    else:
        answer.text = f"{law.citation(doc, span.ref)}规定：\n{body}"
    answer.citations = comp.citations
    return answer


# Words of a title that name no particular document.
# "通知里有没有说…", "活动中…", "这个活动…": the question speaks of the notice or campaign itself.
SPEAKS_OF_SUBJECT = re.compile(r"(通知|活动|文件)(里|中|上|说|讲|提|要求|规定|有没有|是否|对|给)|^(这份|该|本)?(通知|文件)|"
                               r"(通知|文件)(是|又是|到底)?(怎么|如何|怎样)(说|讲|提|要求|规定|写|安排|部署)|"
                               r"(这个|这次|本次|此次|该|这份|整个)(活动|通知|文件)|(参加|参与|报名)(这个|这次|本次)?活动")
_TITLE_GENERIC = frozenset({"活动", "开展", "关于", "通知", "文件", "工作", "办公厅", "办公室"})


# "通知里没讲", "通知没细说", "通知管不管": the asker knows the notice is silent and asks beyond it.
ASKS_THE_LAW = re.compile(r"法律|法规|法条|依法|违法|合法|犯法|哪部法|哪条法|按法|law\b|legal|illegal")
BEYOND_SUBJECT = re.compile(r"(通知|文件|号文)([里中上]?|[^？?。]{0,30}[，,](但|可是?|却|只是|就是)?)(并|也|都)?"
                            r"(没|没有|未)(这么|这样|具体|专门|明确|细)?(讲|说|提|写|细说|规定|找到|涉及|管)|"
                            r"(通知|文件)(管不管|管吗)")


# A clause that restates the campaign notice ("国家通知要畅通线上线下流通渠道", "87号文支持设备更新")
# or says it is silent ("通知没说"): it frames a question put to the laws, and its words are the
# notice's, not the law's.
_FRAMING = re.compile(r"通知|文件|号文|(国家|两部门|部里|上面)(这个|那个|的)?活动|(这个|这次|本次|此次|该)活动")
_SILENT = re.compile(r"(但|可是?|却|只是|就是)?(通知|文件|号文)?[里中上]?(并|也|都)?(没|没有|未)(这么|这样|具体|专门|明确|细)?"
                     r"(讲|说|提|写|细说|规定|涉及|管)(这事|这个|这些)?")
_NAMES_NOTICE = re.compile(r"通知|文件|号文|两部门|部里")
_CLAUSE = re.compile(r"[^，,。；;？?！!]+[，,。；;？?！!]*")
MIN_BEYOND_CHARS = 6  # Chinese characters of what is asked, below which the whole question is put to the laws


def asked_beyond(query: Query) -> Query | None:
    """What is asked once the clauses that only restate the notice or say that it is silent are
    out ("我们去商场租个临时柜台卖货，法律上怎么要求"); None when too little would be left."""
    kept = []
    for clause in _CLAUSE.findall(query.raw):
        said = _SILENT.search(clause)
        if said and (said.start() == 0 or said.group(2)):
            kept.append(clause[:said.start()] + clause[said.end():])  # "可文件没讲商标到期怎么续展"
        elif not _FRAMING.search(clause):
            kept.append(clause)
    text = "".join(kept)
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < MIN_BEYOND_CHARS:
        return None
    asked = analyse(text)
    # ("法律上是怎么规定的？", a part that leans on the one before: nothing asked but the law's frame)
    return asked if any(not _LAW_FRAME.fullmatch(t) for t in asked.terms) else None


def asks_beyond_the_notice(query: Query) -> bool:
    """Does the question name the notice only to frame what it asks ("国家通知鼓励用直播平台宣传，
    直播时说…违不违规？")? What is left once the notice's clause is out must ask ("…，87号通知里说
    具体活动由谁来安排？" asks in that clause), not go on with what the notice says ("…，还提到…什么？"),
    and name a topic of its own ("…三个“升级”，分别是哪三个？" and "…，要它们起什么作用？" lean on it)."""
    beyond = asked_beyond(query)
    if beyond is None or beyond.raw == query.raw or not QUESTION_WORD.search(beyond.raw) \
            or _NOTICE_SAYS_ON.match(beyond.raw) or _POINTS_BACK.search(beyond.raw) \
            or len(topic_terms(beyond.raw)) < MIN_FRAMED_TOPIC:
        return False
    # The notice's clause restates it and asks nothing: "国家通知说要畅通线上渠道，" — not a mere
    # pointer ("国家通知里，行业里的龙头企业…起什么作用？") nor a question of its own ("国家的通知对
    # 数字化转型是支持的吧？原话怎么说？").
    framing = [c for c in _CLAUSE.findall(query.raw) if _FRAMING.search(c) and not _SILENT.search(c)]
    return bool(framing) and all(not QUESTION_WORD.search(c) and not re.search(r"[？?]", c)
                                 and [t for t in topic_terms(_FRAMING.sub("", c)) if not _POINTER.search(t)]
                                 for c in framing)


# Words that point at the notice (its level, its number) and say nothing of what it says.
_POINTER = re.compile(r"通知|文件|号文|国家|两部门|两部委|部委|部里|工信部|商务部|省里|市里|这份|那份|\d+号")


MIN_FRAMED_TOPIC = 3  # words of its own topic a question asked beyond the notice's clause names
_POINTS_BACK = re.compile(r"它们|它|其|这些|那些|分别|各自")
# What the notice goes on to say: "还提到…", "又讲了…".
_NOTICE_SAYS_ON = re.compile(r"(还|又|也|另外|同时)?(提到|提出|提了|说|讲|写|规定|要求)")


def beyond_subject_query(query: Query) -> Query:
    """The question put to the laws once the notice is silent: the frame's words still say where
    to look (废旧纺织品循环利用 leads to the circular-economy law), but what is asked counts twice."""
    asked = asked_beyond(query)
    if asked is None:
        if not any(_LAW_FRAME.fullmatch(t) for t in query.terms):
            return query
        # ("法律上是怎么规定的？" after a part that names the topic: its words, less the words that
        # send it to the law, which every article says — 法律, 规定)
        beyond = copy.copy(query)
        beyond.tokens = [t for t in query.tokens if not _NAMES_NOTICE.fullmatch(t) and not _LAW_FRAME.fullmatch(t)]
        beyond.terms = [t for t in query.terms if not _NAMES_NOTICE.fullmatch(t) and not _LAW_FRAME.fullmatch(t)]
        return beyond
    beyond = analyse(query.raw)
    # (the words that name the notice are no words of a law: 通知 would find "有权通知")
    beyond.tokens = [t for t in beyond.tokens + asked.tokens if not _NAMES_NOTICE.fullmatch(t)]
    beyond.terms = [t for t in beyond.terms if not _NAMES_NOTICE.fullmatch(t)]
    return beyond


_LAW_FRAME = re.compile(r"法律上?|法规|法条|规定|依法")


def about_subject(kb: KnowledgeBase, query: Query, subject: set[str] | None) -> bool:
    """Does the question speak of the subject itself (words of its title such as 纺织服装, or its
    attachment)? Then a related law does not answer for it when the subject is silent."""
    if BEYOND_SUBJECT.search(query.text):
        return False
    if query.intent == "attachment" or query.attachment_content or SPEAKS_OF_SUBJECT.search(query.text):
        return True
    # (what the title is about, not who issued it: 信息 of 工业和信息化部 is no topic of the notice)
    titles = [normalize(kb.docs[d].title).split("关于")[-1] for d in subject or () if d in kb.docs]
    if not any(len(t) >= 2 and t not in _TITLE_GENERIC and any(t in title for title in titles)
               for t in query.terms):
        return False
    # A word of the title is the campaign's topic only when the question's most specific word is
    # the subject's too: "服装吊牌上能印驰名商标吗" speaks of 服装 but asks about 驰名商标, which
    # only a law uses.
    # (a term: quoted, or a compound of four characters or more; a two-character everyday word such
    # as 供货 is a paraphrase of the campaign's own 供应, not another topic)
    known = {t: kb.idf(t) for t in query.terms if len(t) >= 2 and clause_count(kb, t) >= 0.5}
    if not known:
        return True
    key = max(known, key=lambda t: known[t])
    quoted = {normalize(q) for q in QUOTED.findall(query.raw)}
    if len(key) < 4 and key not in quoted:
        return True
    return any(key in normalized_text(kb, kb.docs[d]) for d in subject or () if d in kb.docs)


def _article_text(doc: Document, ref: law.ArticleRef) -> str | None:
    found = law.find_article(doc, ref)
    if found is None:
        return None
    text = doc.text[found[1].start:found[1].end]
    return text.strip()


def _comparable(text: str) -> str:
    """An article's words without its number and spacing (renumbering alone is no difference)."""
    body = law.ARTICLE_REF.sub("", text, count=1) if text.startswith("第") else text
    return "".join(normalize(body).split())


def version_note(kb: KnowledgeBase, answer: Answer) -> str:
    """When the cited law has other versions in the library: which version answered, and which
    other version words the cited article differently (or lacks it)."""
    if not answer.citations or answer.refused:
        return ""
    cited = kb.docs.get(answer.citations[0].doc_id)
    if cited is None or not law.has_articles(cited):
        return ""
    family = law.versions(list(kb.docs.values()), cited)
    if len(family) < 2:
        return ""
    latest = family[-1]
    chunk = kb.chunks.get(answer.citations[0].chunk_id)
    ref = law.chunk_ref(cited, chunk) if chunk is not None else None
    ref = law.ArticleRef(ref.article) if ref else None
    lines: list[str] = []
    if cited.doc_id != latest.doc_id:
        lines.append(f"以上按《{cited.title}》{law.version_date(cited)}版本回答；知识库中的最新版本为"
                     f"{law.version_date(latest)}版本。")
    else:
        lines.append(f"以上按《{cited.title}》现行（最新）版本（{law.version_date(cited)}）回答。")
    if ref is not None:
        mine = _article_text(cited, ref)
        for other in family:
            if other.doc_id == cited.doc_id:
                continue
            theirs = _article_text(other, ref)
            when = law.version_date(other)
            if theirs is None:
                lines.append(f"知识库中的{when}版本没有{ref.label()}。")
            elif mine is None or _comparable(theirs) != _comparable(mine):
                excerpt = theirs if len(theirs) <= 160 else theirs[:160] + "…"
                lines.append(f"{when}版本的{ref.label()}与此不同，原文为：“{excerpt}”")
    return "（版本说明：" + "".join(lines) + "）"

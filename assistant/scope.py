"""Which documents a question is about.

A question names a document by its 文号 (whole or a fragment such as "87号文"), its issuers
("两部门的通知", "工信部的通知", a province), its year and kind ("2019年政府工作报告", "十九大报告")
or words of its title ("纺织服装那个通知"); or it points at "this" campaign, notice or document
(这个活动 / 本次 / 该通知), which means the library's subject. Background documents (reports)
answer only when named or scoped by the user.

The resolver returns the documents to search and, when a reference fits several documents
equally, the candidates, so the answer can say so instead of picking one silently. Every rule
reads document metadata; none knows any particular document.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from index import law
from index.fields import DOC_KINDS
from index.kb import KnowledgeBase
from index.models import Document
from index.numerals import cn_int
from index.postings import TextPostings
from index.textnorm import aliases, content_terms, dictionary_count, expand_aliases, normalize
from index.textnorm import words as segment_words

from .evidence import SESSION_TITLE
from .query import BODY_END, QUOTED, YEAR, Query, context_clause, translate_terms, without_fields

# "这个活动", "本次活动", "该通知", "这份文件", "the notice": the assistant's subject (or the
# document the conversation is on).
DEICTIC = re.compile(r"(这个|这次|本次|此次|该|本|这份|这一|此项|这项|上述)\s*(活动|通知|文件|文|政策|方案|工作)|"
                     r"(这个|这次|本次|此次|这份)[\u4e00-\u9fff]{1,16}?(活动|通知|文件)|"  # 这个全国的活动
                     r"the (notice|circular|campaign|document)|this (notice|circular|campaign|document)")
# "那一年的报告", "当年的报告": the document of the year the conversation is on, itself.
SAME_RECORD = re.compile(r"(那一?年|当年|同一?年|这一?年)(的|那份|这份)")
# Kinds of document a question names by their word alone ("函里说的…"): not 通知 (every notice), nor
# 法 and 报告 (laws and reports are named by their own names or years).
_ASKED_KINDS = ("函", "复函", "实施方案", "工作方案", "方案", "实施意见", "意见", "通报", "批复", "纪要", "规划")
# "另一个…通知": a document other than the one the conversation is on.
OTHER_DOCUMENT = re.compile(r"另一(个|份|篇|则)|另外(一|那)?(个|份|篇)|别的(文件|通知|报告)")
# A bare number with 号: "87号文", "第87号". Not a date ("4月14号").
NUMBER_REF = re.compile(r"(?<![月\d])(?:〔\s*(\d{4})\s*〕\s*)?第?(\d{1,4})\s*号(?:文件?|通知)?")
COUNT_OF_ISSUERS = re.compile(r"(两|二|三|四|五|六|2|3|4|5|6)(个)?(部门|部委|单位|机关|部)(联合)?(的|发|印发|联合)")
# Congress reports are referred to as 十九大 / 二十大: "第十九次全国代表大会" in full.
# ("中共三大", "资料库里七大的…": after 共 and 里 too; not "第三大", "这三大")
CONGRESS_REF = re.compile(r"(?:(?<=[的在从和与及、，,那到共里])|(?<![\u4e00-\u9fff]))([一二三四五六七八九十]{1,3})大")
# A session of the National People's Congress as people say it ("十四届全国人大三次会议"): its
# resolutions are titled "第十四届全国人民代表大会第三次会议关于…的决议", its government work
# reports say it in their opening lines ("在第十四届全国人民代表大会第二次会议上").
# (also without 全国 or 人大: "十三届人大三次会议", "十二届三次会议" — then 会议 must follow, so
# that "协会六届三次理事会" is no congress; "十三届全国人大常委会第七次会议" is no session of it)
_N = r"[一二三四五六七八九十]{1,3}"
NPC_SESSION = re.compile(rf"第?(?P<term>{_N})届(?:(?:全国)?(?:人大|人民代表大会)第?(?P<n>{_N})次(?:会议|会)?"
                         rf"|第?(?P<bare>{_N})次会议)")


def npc_session(m: re.Match[str]) -> tuple[str, str]:
    """The (term, session) a match of NPC_SESSION names."""
    return m.group("term"), m.group("n") or m.group("bare")


# The level of government a question means when it names no place ("省里那个活动", "市级的通知",
# "国家那份通知"), and the level of a document's issuers.
_NOT_SELF = r"(?<!我们)(?<!咱们)(?<!我)"  # ("我们省里要做宣传": who asks, not which document)
# "国家那份通知", "国家原来的那个", "国家的原文件": the national document named by its level.
_NATIONAL_DOC = r"国家(?:原来|原先|最初|本来)?的?(?:原始?的?)?(?:那份|那个|这份|这个(?=通知|文件)|通知|文件)"
ASKED_LEVEL = {
    "province": re.compile(_NOT_SELF + r"(省里|省级|省一级|全省|省内|省上|(?<![\u4e00-\u9fff])省的|"
                           r"省(?=工信|经信|商务|发改|政府|委|厅)|自治区级)"),
    "city": re.compile(_NOT_SELF + r"(市里|市级|市一级|全市|(?<![\u4e00-\u9fff])市的|"
                       r"(?<![\u4e00-\u9fff])市(?=工信|经信|商务|政府|委|局))"),
    "central": re.compile(rf"国家层面|{_NATIONAL_DOC}|部里|中央(?:的|那)|两部委?(?:的|那)|"
                          r"国家部委|national|"
                          # (a ministry by its name: "2024年工信部商务部有没有再发一份…")
                          r"(?<![省市县区州])(?:工信|工业和信息化|商务|财政|人社|人力资源和社会保障|生态环境|农业农村|"
                          r"文化和旅游|科技|教育|国家发展改革|国家发改)(?:部|委)(?!门)"),
}
# "国家" as the level a question names ("国家层面", "国家这个通知", "国家的活动"), not a country
# ("其他国家和地区", "哪个国家"), nor a national-level thing ("国家级", "国家标准").
LEVEL_REF = re.compile(r"(?<![其他哪各多个些])国家(?:层面|(?=这|那|的|通知|文件|搞|出台|发的|部委|两部))")
# Words that point at the national level however they are put ("国家这次搞的活动", "部里的文件",
# "全国的活动"; not a national-level thing such as "国家级集群").
NATIONAL = re.compile(r"国家(?!级)|全国(?!性)|中央|部里|部委|两部|national", re.IGNORECASE)
# The cues that name a level outright ("省里那个", "国家那份通知"); "省级"/"全市" often describe a
# thing ("省级智能工厂") and only narrow documents other words already named.
LEVEL_NAMED = re.compile(_NOT_SELF + rf"(省里|市里|{_NATIONAL_DOC}|部里|两部委?(?:的|那))")
_MUNICIPALITY = re.compile(r"^(北京|天津|上海|重庆)市")
_PROVINCIAL = re.compile(rf"^[\u4e00-\u9fff]{{2,7}}?(省|自治区)|{_MUNICIPALITY.pattern}")
_MUNICIPAL = re.compile(r"^[\u4e00-\u9fff]{2,7}?(市|自治州|州|盟)(?!场)")
# One level of the places an issuer's name opens with: "绍兴市柯桥区经济和信息化局" is 绍兴, then 柯桥.
_PLACE_LEVEL = re.compile(r"([\u4e00-\u9fff]{2,6}?)(省|自治区|自治州|市|州|盟|地区|区|县|旗)(?!场|委)")
_CENTRAL = re.compile(r"^(国务院|中共中央|全国人民代表大会|中华人民共和国)|^[\u4e00-\u9fff]{2,12}(部|部办公厅|总局|委员会)$")
# A word for a document: a kind of document from the field registry (one-character kinds such as
# 法 and 函 are too common inside other words to say so alone, except where a law's name ends),
# a campaign (活动: "浙江那个活动") or a generic word.
DOCUMENT_WORD = re.compile("|".join([*(k for k in DOC_KINDS if len(k) >= 2), "文件", "号文", "那份", "这份", "那个文",
                                     "这个文", "活动", "法$", "法[的里中第]"]))
# What an English question calls a kind of document (longest first).
_ENGLISH_KINDS = (("implementation plan", "实施方案"), ("action plan", "行动方案"), ("work plan", "工作方案"),
                  ("notice", "通知"), ("circular", "通知"), ("plan", "方案"), ("opinions", "意见"), ("measures", "办法"))
# The asker describing itself ("我们商务厅要…", "我是东莞市工信局的"): a body named there is who
# asks, not a document's issuer.
SELF_DESCRIPTION = re.compile(r"(我们|咱们|我)(是|这边|这里|作为)?[^，,。？?！!]{0,10}?"
                              r"(厅|局|委|办|处|科|协会|商会|企业|公司|工厂|厂|部门|单位|政府)"
                              r"(?:(?:在|位于|地处|设在)[\u4e00-\u9fff]{1,8}?(?=[，,。？?！!]|$))?"  # "我们厂在江西"
                              r"(?:[和与及、][^，,。？?！!]{0,8}?(厅|局|委|办|处|协会|部门|单位))*的?|"
                              # "市商务局的同志：…": who is speaking
                              r"^[^，,。？?！!:：]{1,14}?(的同志|同志|的领导)\s*[:：，,]")
_CLAUSE = re.compile(r"[^，,。？?！!；;：:\n]+")
# A word in more than this share of the library's clauses is everyday vocabulary (国家, 发展),
# not a name (浙江, 消费季, 电子商务法).
COMMON_SHARE = 0.03
COMMON_FLOOR = 30  # a small library: every word is in a large share of few clauses
_ORG_SPLIT = re.compile(r"[\s、，,]+")
_ORG_SUFFIX = re.compile(r"(办公厅|办公室)$")
_ALIAS_SHORT = frozenset(short for short, _ in aliases())


class Facts(NamedTuple):
    number: str  # 文号, normalised
    title: str
    orgs: list[str]  # issuers (see issuer_orgs)
    year: str | None
    short: str  # a law's short name (电子商务法), "" for other documents


@dataclass
class Resolution:
    docs: set[str] | None  # documents to search; None: the whole library
    named: list[str] = field(default_factory=list)  # documents the question names, best first
    candidates: list[str] = field(default_factory=list)  # when a reference fits several documents
    reference: str = ""  # the words that referred to a document (for messages)
    deictic: bool = False
    fallback: set[str] | None = None  # searched when `docs` does not answer (related documents)
    guessed: bool = False  # named only by words another document uses: asked again without it if it refuses
    each: bool = False  # every candidate answers, the subject too (a notice and one that forwards it)


def issuer_orgs(doc: Document) -> list[str]:
    """The issuing bodies, each normalised (工业和信息化部办公厅 → also 工业和信息化部)."""
    out: list[str] = []
    for org in _ORG_SPLIT.split(normalize(doc.meta.issuer or "")):
        if len(org) >= 2:
            out.append(org)
            core = _ORG_SUFFIX.sub("", org)
            if core != org and len(core) >= 2:
                out.append(core)
    return out


def normalized_text(kb: KnowledgeBase, doc: Document) -> str:
    """A document's whole text, normalised once per version (read for the few documents a question
    is weighed against: the subject, the campaign's local notices)."""
    cache: dict[tuple[str, str], str] = kb.derived("scope.normalized_text", dict)
    key = (doc.doc_id, doc.content_hash)
    if key not in cache:
        if len(cache) > 64:
            cache.clear()
        cache[key] = normalize(doc.text)
    return cache[key]


def _mentioned_at(doc: Document, text: str) -> int:
    """Where the question first names the place a document's issuers are named after ("那新疆的
    文号呢？跟重庆那个…": 新疆 before 重庆): documents answered one after another come in the
    order the question names them. len(text) when it does not."""
    spots = [text.find(org[:size]) for org in issuer_orgs(doc) for size in (3, 2) if org[:size] in text]
    return min(spots, default=len(text))


def issuer_level(doc: Document) -> str | None:
    """"province", "city" or "central" by the issuing bodies' names; None when they do not say."""
    orgs = issuer_orgs(doc)
    if any(_PROVINCIAL.match(o) for o in orgs):
        return "province"
    if any(_MUNICIPAL.match(o) for o in orgs):
        return "city"
    if orgs and any(_CENTRAL.match(o) for o in orgs):
        return "central"
    return None


def asked_level(text: str) -> str | None:
    found = [level for level, pattern in ASKED_LEVEL.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def doc_year(doc: Document) -> str | None:
    years = YEAR.findall(normalize(doc.title))
    if years:
        return str(years[0])
    date = doc.meta.written_date or doc.meta.published_date
    return date[:4] if date else None


QUOTED_TITLE_RUN = 8  # characters of a title a question must repeat to name it by its title


def _longest_run(text: str, title: str) -> str:
    """The longest run of Chinese characters the question shares with a title."""
    best = ""
    for run in _TITLE_WORD.findall(text):
        for i in range(len(run)):
            size = len(best) + 1
            while i + size <= len(run) and run[i:i + size] in title:
                best = run[i:i + size]
                size += 1
    return best


def _common_run(text: str, title: str) -> int:
    """The length of the longest run of Chinese characters the question shares with a title."""
    return len(_longest_run(text, title))


def _prefix_run(prefix: str, text: str) -> int:
    """The longest part (three characters at least) of a 文号 prefix found in the question; 0 if none."""
    for size in range(len(prefix), 2, -1):
        for i in range(len(prefix) - size + 1):
            part = prefix[i:i + size]
            if part in text and part not in _ALIAS_SHORT:
                return size
    return 0


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._cache: dict[tuple[str, str], Facts] = {}

    def reference_scores(self, query: Query, default: set[str] | None = None) -> tuple[dict[str, float], str]:
        """How explicitly the question names each document (0: not at all), and the words that did.

        `default` are the documents a question means when it names none (the subject, or the
        document the conversation is on). Words of their titles are the question's topic, not a
        reference to another document: "纺织服装那个通知" points away from the subject only when
        the subject's title lacks the word ("江苏那份纺织服装的通知")."""
        # (an English question names a document by its place and kind in English: "the Ningxia plan";
        # the kinds only name here, in the search they would match every "通知如下")
        text = query.text
        if query.english:
            kinds = [zh for en, zh in _ENGLISH_KINDS if re.search(rf"\b{en}s?\b", text)]
            text = f"{text} {translate_terms(query.raw)} {' '.join(kinds[:1])}"
        expanded = expand_aliases(text)
        numbers = [(m.group(1), m.group(2)) for m in NUMBER_REF.finditer(text)]
        full_numbers = {normalize(n) for n in query.doc_numbers}
        count = COUNT_OF_ISSUERS.search(text)
        wanted_count = None
        if count:
            raw = count.group(1)
            wanted_count = cn_int(raw)
        congress = [m.group(0) for m in CONGRESS_REF.finditer(text)]
        kinds = _kinds_in(text)
        deictic = bool(DEICTIC.search(text))
        # Words name a document only in the clause that speaks of one ("江苏那份纺织服装的通知"),
        # not where the asker describes itself ("我们是广东的服装厂，通知里…").
        # (the words that ask for a field are no title words: "哪天印发的" does not name the
        # documents titled "关于印发…的通知")
        titled = without_fields(text, query.fields)
        # (a congress session names documents below, by itself: its 会议 is no word of their titles)
        titled = NPC_SESSION.sub(" ", titled)
        ref_text = "，".join(c for c in _CLAUSE.findall(SELF_DESCRIPTION.sub("", titled)) if DOCUMENT_WORD.search(c))
        asked = {w for w in content_terms(re.sub(r"(19|20)\d{2}\s*年?", "", ref_text)) if len(w) >= 2} - _GENERIC
        asked = {w for w in asked if not everyday(self.kb, w)}
        # Without a word for a document, only two distinctive words of one title together name it
        # ("青岛的时尚消费月"); one alone is the asker's description of itself ("我们是广东的厂").
        loose_asked = {w for w in content_terms(re.sub(r"(19|20)\d{2}\s*年?", "", SELF_DESCRIPTION.sub("", titled)))
                       if len(w) >= 2} - _GENERIC
        loose_asked = {w for w in loose_asked - asked if not everyday(self.kb, w)} | asked
        cat = self._catalog()
        # ("柯桥面料通知": the tokenizer cuts 柯/桥面/料; the place a document's issuers are named
        # after is looked for in the text itself)
        unsaid = normalize(SELF_DESCRIPTION.sub("", titled))
        loose_asked |= {p for p in cat.places if p in unsaid}
        # ("于都这份文件的成文日期": the place said in the clause that speaks of a document names it,
        # though the tokenizer cut it apart; "this" is that place's document)
        asked |= {p for p in cat.places if p in normalize(ref_text)}
        title_rows = {w: set(cat.own.containing(w).tolist()) for w in loose_asked}
        title_df = {w: len(rows) for w, rows in title_rows.items()}
        distinctive = max(2, len(self.kb.docs) // 20)
        says_document = bool(ref_text)
        default = {d for d in (default or set()) if d in self.kb.docs}
        default_text = " ".join(f"{f.title} {' '.join(f.orgs)}" for f in (self._facts(self.kb.docs[d]) for d in default))
        default_body = " ".join(self._body(self.kb.docs[d]) for d in default)
        # The rules below read the catalog's lookups (documents by 文号, its number and prefix,
        # short name, issuer, year and title words) instead of walking every document; each
        # document's words are kept in the order the rules give them.
        score: dict[int, float] = {}
        said: dict[int, list[str]] = {}

        def add(row: int, points: float, word: str | None = None) -> None:
            score[row] = score.get(row, 0.0) + points
            if word is not None:
                said.setdefault(row, []).append(word)

        matched = {r for n in full_numbers for r in cat.by_number.get(n, ())}
        for row in sorted(matched):
            add(row, 3.0, self.kb.docs[cat.ids[row]].meta.doc_number or "")
        for year, n in numbers:
            for row in cat.by_tail.get(n, ()):
                if row not in matched and (not year or year in cat.facts[row].number):
                    add(row, 2.0, f"{n}号")
        # A prefix of the 文号 such as 消费函 or 工信厅联 (not an abbreviation of a body, "工信厅":
        # that names an issuer, below); the whole prefix says more than a shared part.
        # (not in the asker's description of itself: "市工信局的同志" is no 文号's "市工信")
        own_text = SELF_DESCRIPTION.sub("", text)
        grams3 = {own_text[i:i + 3] for i in range(len(own_text) - 2)}
        for row in sorted({r for g in grams3 - _ALIAS_SHORT for r in cat.by_prefix.get(g, ())}):
            prefix = re.sub(r"[〔\[(（].*$", "", cat.facts[row].number)
            run = _prefix_run(prefix, own_text) if score.get(row, 0.0) == 0 else 0
            if run:
                add(row, 1.0 + (0.5 if run == len(prefix) else 0.0))
        # "纵瑞龙的邮箱": the person is this document's contact.
        people = {p for i in range(len(text) - 1) for p in cat.people_by_pair.get(text[i:i + 2], ()) if p in text}
        for row in sorted({r for p in people for r in cat.by_person[p]}):
            add(row, 2.0, next(p for p in cat.people[row] if p in people))
        # A law by the name people use (电子商务法), or its full title.
        for row in sorted({r for g in grams3 for r in cat.by_short.get(g, ()) if cat.facts[r].short in text}):
            add(row, 3.0, cat.facts[row].short)
        hit_orgs = {o for i in range(len(expanded) - 1) for o in cat.orgs_by_pair.get(expanded[i:i + 2], ())
                    if o in expanded}
        for row in sorted({r for o in hit_orgs for r in cat.by_org[o]}):
            add(row, 1.0, next(o for o in cat.facts[row].orgs if o in hit_orgs))
        if wanted_count:
            for row in cat.by_issuer_count.get(wanted_count, ()):
                add(row, 1.0, count.group(0) if count else "")
        for c in congress:
            rows = {r for t in (f"({c})", f"（{c}）", f"第{c[:-1]}次全国代表大会") for r in cat.titles.containing(t).tolist()}
            for row in sorted(rows):
                add(row, 2.0, c)
        # A congress session names its resolution (titled by it) and the report given at it (dated
        # by it); a question that says 决议 means the resolution, one that says 报告 (and not 决议)
        # the report itself before the resolution on it.
        for m in NPC_SESSION.finditer(text):
            for row, titled_by in sorted(cat.by_session.get(npc_session(m), {}).items()):
                if "决议" in text:
                    points = 2.0 if titled_by else 0.0
                else:
                    points = 1.5 if titled_by and "报告" in text else 2.0
                if points:
                    add(row, points, m.group(0))
        # Distinctive words of its title or issuers ("浙江", "丝绸", "苏州") next to a word for a
        # document ("苏州的通知"): without it, shared words are the question's topic, not a reference.
        for row in sorted(set().union(*title_rows.values())) if title_rows else []:
            doc_id = cat.ids[row]
            short = cat.facts[row].short
            shared = _maximal([w for w in asked if row in title_rows[w]])
            # (words the default document itself uses are the question's topic: "安排" in "按照计划表
            # 安排活动" does not point at the documents titled "…的安排")
            orgs = cat.facts[row].orgs

            def own(w: str, orgs: Sequence[str] = orgs) -> bool:  # (not the default document's own words)
                return w not in default_text and not _default_topic(w, text, default_body, orgs)

            def place(w: str, orgs: Sequence[str] = orgs, row: int = row) -> bool:  # (the place its issuers are named after)
                # (with its 区 or 市 too: "青山湖区的…" of 南昌市青山湖区人民政府)
                return w in cat.places_of[row] or re.sub(r"[省市县区州镇旗]$", "", w) in cat.places_of[row] \
                    or any(o.startswith(w) for o in orgs)

            hits = [w for w in shared if title_df.get(w, 0) <= distinctive and doc_id not in default and own(w)]
            # A law is named by its name (above) or by several of its title's words, not by one word.
            # (and a background record, answering only when named, by more than one everyday word
            # of its title: "政策" names no 若干规定 among a thousand others)
            several = len(hits) >= 2 or any(k in w for w in hits for k in kinds)  # (or says its kind: 政府工作报告)
            if says_document and hits and (not short or several) and (self.kb.docs[doc_id].role != "background" or several):
                add(row, 1.0 + 0.25 * (len(shared) - 1), hits[0])
                # ("新疆的，商务厅那个文件": the place its issuers are named after, in another clause,
                # tells it from the other notices whose title has 商务厅)
                if not deictic and any(row in title_rows[w] and place(w) and own(w) for w in loose_asked - asked):
                    add(row, 0.5)
            elif not short and doc_id not in default:
                # (and not words the default document itself uses: "出口" is the topic of a
                # question about the notice, though another document's title has it too)
                loose = [w for w in _maximal([w for w in loose_asked if row in title_rows[w]])
                         if title_df.get(w, 0) <= distinctive and own(w)]
                # The place its issuers' names begin with ("青岛家纺以旧换新…": 青岛市…; not the kind
                # of body, …商务局) names it too, unless the question points at "this" campaign.
                issuer_word = len(loose) == 1 and place(loose[0]) and not deictic
                if len(loose) >= 2 or issuer_word:
                    add(row, 1.0 + 0.25 * (len(loose) - 1), loose[0])
        if query.years:
            # A year names a document only with a word of its title ("2019年政府工作报告"), and of
            # its kind when the question names one (a 报告 is not a 通知 of that year). A year
            # written against the kind ("2023年政府工作报告说2022年…") is the one that names it.
            attached = attached_years(text, query.years, kinds)
            for year in attached or dict.fromkeys(query.years):
                dated = [r for r in cat.by_year.get(year, ())
                         if not kinds or any(k in cat.facts[r].title for k in kinds)]
                if not dated:
                    continue
                if year in attached:
                    named = set(dated)
                else:
                    rest = without_fields(re.sub(rf"{year}\s*年?", "", query.search), query.fields)
                    named = {r for t in _phrases(rest) if t not in _GENERIC and t not in ("中华人民共和国",)
                             and not everyday(self.kb, t)
                             for r in cat.titles.containing(t).tolist()}
                for row in sorted(set(dated) & named):
                    add(row, 2.0, f"{year}年")
        if not score:
            # "函里说的目标市场": a kind of document that no default document is and only one
            # other campaign document is (by its title's last word) names it; among several, the
            # one of the place the asker describes itself in ("我们淄博的丝绸厂").
            for row in self._only_of_kind(text, default):
                add(row, 1.0, "")
        # Of documents named alike ("浙江"), the one whose title the question quotes at length
        # ("浙江纺织服装消费季") is meant; not by a character or two more of a phrase all their titles
        # share ("2024年的优供给促升级活动": "…促升级活动" and "…促升级系列活动" are quoted alike).
        runs = {row: _common_run(text, cat.facts[row].title) if score[row] > 0 else 0 for row in score}
        shortest = min((r for r in runs.values() if r >= 3), default=0)
        for row, run in runs.items():
            if run >= 3 and (run - shortest >= QUOTED_LONGER or run == shortest == max(runs.values())):
                score[row] += 0.05 * min(run, 10)
        scores = {cat.ids[r]: v for r, v in sorted(score.items())}
        words = [w for r in sorted(said) for w in said[r]]
        return scores, "、".join(dict.fromkeys(w for w in words if w))

    def _only_of_kind(self, text: str, default: set[str]) -> list[int]:
        """The one related document of the kind the question says ("函里…"), as a catalog row; none
        when a default document is of that kind or several are and the asker's place does not pick one."""
        cat = self._catalog()
        kinds = [k for k in _ASKED_KINDS if re.search(rf"{k}(里|中|上|说|写|提|要求|讲)", text)]
        if not kinds or any(self.kb.docs[d].title.endswith(tuple(kinds)) for d in default):
            return []
        rows = [r for r, d in enumerate(cat.ids) if d not in default and self.kb.docs[d].role == "related"
                and cat.facts[r].title.rstrip("）)").endswith(tuple(kinds)) and not cat.facts[r].short]
        if len(rows) > 1:
            asker = SELF_DESCRIPTION.search(text)
            rows = [r for r in rows if asker and any(o[:2] in asker.group(0) for o in cat.facts[r].orgs)]
        return rows if len(rows) == 1 else []

    def _facts(self, doc: Document) -> Facts:
        """What names a document, normalised once per document version: every question reads them."""
        key = (doc.doc_id, doc.content_hash)
        facts = self._cache.get(key)
        if facts is None:
            if len(self._cache) > 4 * len(self.kb.docs) + 64:
                self._cache.clear()  # documents were replaced or removed
            short = law.short_name(doc.title) if law.has_articles(doc) else ""
            facts = Facts(normalize(doc.meta.doc_number or ""), normalize(doc.title), issuer_orgs(doc), doc_year(doc), short)
            self._cache[key] = facts
        return facts

    def _body(self, doc: Document) -> str:
        return normalized_text(self.kb, doc)

    def _catalog(self) -> _Catalog:
        catalog: _Catalog = self.kb.derived("scope.catalog", lambda: _Catalog(self.kb, self._facts))
        return catalog

    def resolve(self, query: Query, conversation_doc: str | None = None,
                allowed: set[str] | None = None, by_content_allowed: bool = True) -> Resolution:
        """The documents a question means. `by_content_allowed=False` leaves out the guess from words only
        another document uses (asked again when that guess does not answer)."""
        cat = self._catalog()
        docs = self.kb.docs if allowed is None else {d: self.kb.docs[d] for d in allowed if d in self.kb.docs}
        if not docs:
            return Resolution(docs=set())
        spanned = {y for m in YEAR_SPAN.finditer(query.text) for y in YEAR.findall(m.group(0))}
        if spanned:
            # "1979到1983年轻工业年均增长多少": the years of a period a document looks back on name no
            # document of their own
            query = dataclasses.replace(query, years=[y for y in query.years if y not in spanned])
        subject = {d for d in cat.by_role.get("subject", ()) if d in docs}
        other = bool(OTHER_DOCUMENT.search(query.text)) and conversation_doc in docs
        default = {conversation_doc} if conversation_doc in docs and not other else subject
        scores, words = self.reference_scores(query, default)
        scores = {d: s for d, s in scores.items() if d in docs}
        if other:
            # "那另一个浙江的通知呢": not the document the conversation is on.
            scores.pop(conversation_doc or "", None)
            conversation_doc = None
        deictic = bool(DEICTIC.search(query.text))
        relative = self._relative(query, conversation_doc)
        if relative is None and conversation_doc in docs and SAME_RECORD.search(query.text) \
                and any(k in self.kb.docs[conversation_doc or ""].title for k in _kinds_in(query.text)):
            relative = conversation_doc  # ("那一年的报告对纺织行业定了什么目标": the report being talked about)
        if relative is not None:
            return Resolution(docs=self.family(relative), named=[relative], reference="relative", deictic=deictic)
        top = max(scores.values(), default=0.0)
        fitting_default = [d for d in default if scores.get(d, 0.0) >= top - 0.01]
        if top >= 1.0 and deictic and fitting_default:
            # "这份通知是哪两个部门发的": the reference fits the document meant by "this" (and maybe
            # others as well); "this" decides.
            return Resolution(docs=set().union(*(self.family(d) for d in fitting_default)),
                              named=fitting_default, reference=words, deictic=True)
        level = asked_level(SELF_DESCRIPTION.sub("", query.text))
        by_level = False  # (the level alone named them: "国家这份纺织服装…通知" — the title's words, which
        # local notices share, do not make it one of them)
        if level and top >= 1.0:
            # "2023年省里的纺织服装活动": of the documents the words fit, those of that level.
            leveled = {d: s for d, s in scores.items() if self._at_level(d, level) and s >= 1.0}
            if leveled:
                scores, top = leveled, max(leveled.values())
            elif level == "central" and subject and all(self._local(d) and not self._place_said(d, query.text)
                                                         for d in scores):
                # ("2024年国家层面的…活动通知": local notices of that year are not it; the national
                # notice is asked about, and says whether it is of that year. "盐城转发国家通知的那份"
                # names its place: the local notice it is)
                scores, top = {}, 0.0
        elif level and LEVEL_NAMED.search(query.text) and (conversation_doc is None
                                                            or not self._at_level(conversation_doc, level)):
            # "那国家那份通知里…呢" (the conversation is on a local notice): the campaign's
            # documents of that level, when a few fit.
            campaign = [d for d in self._peers().ids if d in docs and self._at_level(d, level)]
            subject_fit = [d for d in campaign if d in subject]
            fit = subject_fit or self._where_asker_is(query, campaign) or campaign
            if 1 <= len(fit) <= 3:
                scores = {d: 1.0 for d in fit}
                top = 1.0
                conversation_doc = None
                by_level = True
        if top >= 1.0:
            named = sorted((d for d, s in scores.items() if s >= top - 0.01),
                           key=lambda d: (_mentioned_at(self.kb.docs[d], query.text), *self._rank(d, conversation_doc)))
            named = self._one_version(named, query.years)
            # Several documents fit the reference equally: the answer names them all (unless none
            # is of the year asked for: then the answer is that the library has no such year).
            distinct = _distinct_families(self.kb, named)
            if len(distinct) == 1 and not self._place_said(named[0], query.text) and not by_level:
                # "2024年纺织服装产业链工作专班办公室的联系人": the words that named one notice are
                # part of a longer name (an office) that several notices of that year use alike
                # (not when the question says its place: "于都的…专班办公室").
                shared, name = self._shared_name(query, words, docs)
                if shared and named[0] in shared:
                    distinct = _distinct_families(self.kb, shared)
                    named = [named[0], *[d for d in shared if d != named[0]]]
                    words = name
            quoting = self._forwarding_pair(named, subject, deictic)
            if quoting and NATIONAL.search(query.text):
                # ("国家的那份": the notice forwarded, not the local one forwarding it, nor the other
                # local notices the words fit)
                named = quoting[:1]
                distinct = _distinct_families(self.kb, named)
            elif quoting:
                # (the words fit a notice and one that forwards it alike: both answer)
                return Resolution(docs=set(quoting), named=quoting, candidates=quoting, reference=words,
                                  deictic=deictic, each=True)
            candidates = distinct if len(distinct) > 1 else []
            if candidates and query.years and not any(doc_year(self.kb.docs[d]) in query.years for d in named):
                return Resolution(docs=set(named), named=named, reference=words, deictic=deictic)
            return Resolution(docs=self.family(named[0]) if not candidates else set(named), named=named,
                              candidates=candidates, reference=words, deictic=deictic)
        if allowed is not None:
            return Resolution(docs=set(docs), deictic=deictic)
        forwarding = [] if conversation_doc or deictic or NATIONAL.search(query.text) else \
            self._quoting_subject(query, subject, docs)
        if forwarding:
            # "2023纺织服装优供给促升级活动的通知的文号": the subject's title, which a local notice
            # that forwards it quotes in its own ("关于转发《…》的通知"): both fit, both answer.
            named = [*sorted(subject), *forwarding]
            return Resolution(docs=set(named), named=named, candidates=named,
                              reference=_longest_run(query.text, normalize(self.kb.docs[named[0]].title)), each=True)
        if query.years and not deictic and not query.follow_up:
            dated = self._by_year_alone(query, default, docs)
            if dated:
                return Resolution(docs=set(dated), named=dated, reference="、".join(f"{y}年" for y in query.years))
        # (not when the national level is asked: "市商务局这边问一下，国家文件要求…" is about the
        # national notice, whichever local notice also names a 市商务局)
        by_content = self._by_content(query, default, docs, deictic) \
            if by_content_allowed and not ASKED_LEVEL["central"].search(query.text) else None
        if by_content:
            # "“豫见好衣”推介会展示什么": the words are another campaign document's own, not the
            # default's; several such documents are named to the user, not picked from.
            found, term = by_content
            distinct = _distinct_families(self.kb, found)
            return Resolution(docs=self.family(found[0]) if len(distinct) == 1 else set(found), named=found,
                              candidates=distinct if len(distinct) > 1 else [], reference=term, deictic=deictic,
                              guessed=True)
        if conversation_doc and conversation_doc in docs and (deictic or query.follow_up):
            return Resolution(docs=self.family(conversation_doc), named=[conversation_doc], deictic=deictic)
        home, place = ([], "") if conversation_doc or not by_content_allowed else \
            self._asker_home(query, default, docs)
        if home:
            # "我是东莞一个镇经发办的，活动方案什么时候交？": the asker describes itself in a place
            # whose own campaign notice the library holds, and names no other document nor the
            # national level; that notice is the one addressed to it. (guessed: where it is silent,
            # the question is asked again of the subject)
            distinct = _distinct_families(self.kb, home)
            return Resolution(docs=self.family(home[0]) if len(distinct) == 1 else set(home), named=home,
                              candidates=distinct if len(distinct) > 1 else [], reference=place,
                              deictic=deictic, guessed=True)
        if conversation_doc and conversation_doc in docs and conversation_doc not in subject \
                and self.kb.docs[conversation_doc].role == "related" and not law.has_articles(self.kb.docs[conversation_doc]):
            # "全年总结几号前报？" after a question about 广西's notice: a question that names no
            # document stays on the local notice the conversation is on (the subject still answers
            # where that notice is silent).
            return Resolution(docs=self.family(conversation_doc), fallback=subject or None)
        if deictic and subject:
            return Resolution(docs=subject, deictic=True)
        # Not named: the subject first, then related documents (a law where the notice is silent);
        # background reports only when named.
        related = self.related(docs)
        if subject:
            return Resolution(docs=subject, fallback=related or None)
        return Resolution(docs=related or set(docs))

    def related(self, docs: Mapping[str, Document] | set[str] | None = None) -> set[str]:
        """The related documents (laws, local notices of the campaign) among `docs`, a law in its
        version in force."""
        found = {d for d in self._catalog().by_role.get("related", ()) if docs is None or d in docs}
        return set(self._one_version(sorted(found), []))  # a law's version in force

    def _place_said(self, doc_id: str, text: str) -> bool:
        """Whether the question says a place the document's issuers are named after, outside the
        asker's description of itself."""
        cat = self._catalog()
        own = normalize(SELF_DESCRIPTION.sub("", text))
        return any(len(p) >= 2 and p in own for p in cat.places_of[cat.row[doc_id]])

    def _shared_name(self, query: Query, words: str, docs: Mapping[str, Document]) -> tuple[list[str], str]:
        """The campaign documents (of the question's year, if it gives one) that all use a long
        name of the question (8 characters or more) holding every word that named a document, and
        that name; empty when there is no such name or only one document uses it."""
        said = [w for w in words.split("、") if w and not YEAR.search(w)]
        text = query.text
        peers = self._peers()

        def grown(start: int, end: int) -> tuple[int, int]:
            # (a character at a time, while at least two documents still hold it)
            while end < len(text) and len(peers.bodies.containing(text[start:end + 1])) >= 2:
                end += 1
            while start > 0 and len(peers.bodies.containing(text[start - 1:end])) >= 2:
                start -= 1
            return start, end

        if said:
            for w in said:
                at = text.find(w)
                if at < 0:
                    return [], ""
                start, end = grown(at, at + len(w))
                if end - start < 8 or end - start < len(w) + 4:
                    return [], ""
        else:
            # named by its year and words of its title alone: the longest name two documents share
            runs = [grown(i, i + 2) for i in range(len(text) - 1)
                    if len(peers.bodies.containing(text[i:i + 2])) >= 2]
            start, end = max(runs, key=lambda r: r[1] - r[0], default=(0, 0))
            if end - start < 8:
                return [], ""
        holders = [peers.ids[r] for r in peers.bodies.containing(text[start:end]).tolist() if peers.ids[r] in docs]
        if query.years:
            holders = [d for d in holders if doc_year(self.kb.docs[d]) in query.years]
        return (holders, text[start:end]) if len(holders) >= 2 else ([], "")

    def _by_content(self, query: Query, default: set[str], docs: Mapping[str, Document],
                    deictic: bool) -> tuple[list[str], str] | None:
        """The campaign documents (not reports, not laws) other than the default whose own names the
        question uses ("“豫见好衣”推介会", "蜀锦蜀绣", "消费品工业处"): a name in a few clauses of the
        library, which the default document never uses, and which outweighs the words only the
        default uses. None when nothing such is asked."""
        peers = self._peers()
        if not peers.ids or not default:
            return None
        quoted = [normalize(q) for q in QUOTED.findall(query.raw) if len(q) >= 2]
        default_body = " ".join(self._body(self.kb.docs[d]) for d in default)
        text = SELF_DESCRIPTION.sub("", query.text) if not quoted else query.text
        names = set(quoted) | _names(text)
        if deictic and not quoted:
            # "这个活动…": this campaign, whatever words it uses; except a body it never names
            # ("市外贸综合服务中心在这次活动里负责什么"), which only other documents of it do
            names = {n for n in names if _BODY.search(n) and n not in default_body}
            if not names:
                return None
        phrases = [p for p in dict.fromkeys([*quoted, *_phrases(text)]) if p not in _GENERIC and not YEAR.search(p)]
        # (a name: in one or two campaign documents, and in few clauses of each: an office named in
        # both of two notices' clauses nine times is still a name)
        foreign = _maximal([p for p in phrases if p not in default_body and any(n in p for n in names)
                            and 0 < (held := len(peers.bodies.containing(p))) <= PEER_DISTINCT
                            and round(clause_count(self.kb, p)) <= NAME_CLAUSES * held])
        found: dict[str, set[str]] = {}
        for p in foreign:
            for row in peers.bodies.containing(p).tolist():
                if peers.ids[row] not in default and peers.ids[row] in docs:
                    found.setdefault(peers.ids[row], set()).add(p)
        if not found:
            return None
        own = _maximal([p for p in phrases if p in default_body])
        weight: dict[str, float] = {}
        for doc_id in found:
            body = peers.bodies.texts[peers.row[doc_id]]
            theirs = [p for p in foreign if p in body]
            ours = [p for p in own if p not in body and not any(p in t for t in theirs)]
            weight[doc_id] = sum(self.kb.idf(p) for p in theirs) - sum(self.kb.idf(p) for p in ours)
        best = max(weight.values())
        if best <= 0:
            return None
        chosen = sorted((d for d, w in weight.items() if w >= best - 1e-6), key=lambda d: self._rank(d, None))
        return chosen, "、".join(sorted({p for d in chosen for p in found[d]}))

    def _peers(self) -> _Peers:
        peers: _Peers = self.kb.derived("scope.peers", lambda: _Peers(self.kb))
        return peers

    def _one_version(self, doc_ids: list[str], years: list[str]) -> list[str]:
        """Several versions of one law: keep the one a year of the question names, else the latest."""
        out: list[str] = []
        docs = [self.kb.docs[d] for d in doc_ids]
        for doc in docs:
            family = law.versions(docs, doc)
            chosen = law.choose_version(family, years) if len(family) > 1 else doc
            if chosen.doc_id not in out:
                out.append(chosen.doc_id)
        return out

    def _rank(self, doc_id: str, conversation_doc: str | None) -> tuple[int, int, str]:
        doc = self.kb.docs[doc_id]
        order = {"subject": 0, "related": 1, "background": 2}
        return (0 if doc_id == conversation_doc else 1, order.get(doc.role, 3), doc_id)

    def _by_year_alone(self, query: Query, default: set[str], docs: Mapping[str, Document]) -> list[str]:
        """"2025年赤字率按多少安排": a year that no campaign document is of, in a question that uses
        none of the default document's title words, names the background records of that year
        (a yearly report and its resolution), searched together."""
        cat = self._catalog()
        # (while the conversation is on a yearly report, "2024年的物价目标又是多少" is that series'
        # 2024 record, even when a campaign notice is of 2024 too)
        on_records = bool(default) and all(self.kb.docs[d].role == "background" for d in default if d in self.kb.docs)
        if not on_records and any(doc_year(self.kb.docs[d]) in query.years for d in self._peers().ids if d in docs):
            return []
        titles = " ".join(self._facts(self.kb.docs[d]).title for d in default)
        rest = YEAR.sub("", query.text)
        if any(len(w) >= 2 and w in titles for w in content_terms(rest)):
            return []  # "2024年纺织服装活动…": the campaign's topic, of a year the library lacks
        return [cat.ids[r] for y in query.years for r in cat.by_year.get(y, ())
                if cat.ids[r] in docs and self.kb.docs[cat.ids[r]].role == "background"]

    def _forwarding_pair(self, named: list[str], subject: set[str], deictic: bool) -> list[str]:
        """The subject and the documents that forward it, when a reference fits them all equally."""
        if deictic or len(subject) != 1 or next(iter(subject)) not in named:
            return []
        main = next(iter(subject))
        forwarding = self._forwarding(main, named)
        return [main, *forwarding] if forwarding else []

    def _quoting_subject(self, query: Query, subject: set[str], docs: Mapping[str, Document]) -> list[str]:
        """The campaign documents that quote the subject's title in their own (a 转发 notice), when
        the question names the subject by a long run of that title and nothing else tells them apart."""
        if len(subject) != 1:
            return []
        main = next(iter(subject))
        if _common_run(query.text, normalize(self.kb.docs[main].title)) < QUOTED_TITLE_RUN:
            return []
        return self._forwarding(main, [d for d in self._peers().ids if d in docs])

    def _forwarding(self, main: str, among: Sequence[str]) -> list[str]:
        """The documents among `among` whose title quotes `main`'s whole (关于转发《…》的通知)."""
        title = normalize(self.kb.docs[main].title)
        return [d for d in among if d != main and title in normalize(self.kb.docs[d].title)]

    def _asker_home(self, query: Query, default: set[str], docs: Mapping[str, Document]) -> tuple[list[str], str]:
        """The campaign notices (not the default, not laws or reports) issued in the place the asker
        describes itself in ("我在东莞开洗水厂，…": 东莞), when the question does not ask for the
        national level ("国家那份通知", "部里"), and the place. Empty when the asker names no such place."""
        who = context_clause(normalize(query.raw)) or "".join(m.group(0) for m in SELF_DESCRIPTION.finditer(query.text))
        if not who or NATIONAL.search(SELF_DESCRIPTION.sub("", query.text)):
            return [], ""
        cat = self._catalog()
        peers = set(self._peers().ids)
        found: dict[str, str] = {}
        for row, places in enumerate(cat.places_of):
            doc_id = cat.ids[row]
            if doc_id in default or doc_id not in docs or doc_id not in peers:
                continue
            place = next((p for p in sorted(places, key=len, reverse=True) if len(p) >= 2 and p in who), None)
            if place:
                found[doc_id] = place
        if not found:
            return [], ""
        return sorted(found, key=lambda d: self._rank(d, None)), next(iter(found.values()))

    def _where_asker_is(self, query: Query, fit: list[str]) -> list[str]:
        """"辽阳化纤厂老板问：省里的活动…": of the notices of the level asked, the one whose text
        alone names a place the question names (辽阳 is in one province's notice only). Empty
        when no word tells them apart."""
        if len(fit) < 2:
            return []
        bodies = {d: self._body(self.kb.docs[d]) for d in fit}
        found: set[str] = set()
        for word in content_terms(query.text):
            if len(word) < 2 or everyday(self.kb, word):
                continue
            holding = [d for d, body in bodies.items() if word in body]
            if len(holding) == 1:
                found.add(holding[0])
        return sorted(found) if len(found) == 1 else []

    def _at_level(self, doc_id: str, level: str) -> bool:
        """Is the document issued at that level? A municipality's (上海市…) is a province's and a
        city's: people there call it 市里."""
        found = self._level(doc_id)
        return found == level or (found == "province" and level == "city" and doc_id in self.kb.docs
                                  and any(_MUNICIPALITY.match(o) for o in issuer_orgs(self.kb.docs[doc_id])))

    def _local(self, doc_id: str) -> bool:
        """Issued below the national level: by a province's or a city's bodies, or by bodies whose
        names open with a place (a county's office, "青田县服装行业协会")."""
        doc = self.kb.docs.get(doc_id)
        return doc is not None and not law.has_articles(doc) and (
            self._level(doc_id) in ("province", "city") or any(issuer_places(o) for o in issuer_orgs(doc)))

    def _level(self, doc_id: str) -> str | None:
        levels: dict[str, str | None] = self.kb.derived(
            "scope.levels", lambda: {d: issuer_level(doc) for d, doc in self.kb.docs.items()})
        return levels.get(doc_id)

    def family(self, doc_id: str) -> set[str]:
        """A document and the indexed attachments it names."""
        doc = self.kb.docs[doc_id]
        return {doc_id} | {d for ids in self.kb.attachment_docs(doc).values() for d in ids}

    def _relative(self, query: Query, conversation_doc: str | None) -> str | None:
        """"上一年的报告": the document of the same series one year before (or after) the one the
        conversation is on. A series shares its title once years are taken out."""
        step = query.step
        if not conversation_doc or conversation_doc not in self.kb.docs:
            return None
        base = self.kb.docs[conversation_doc]
        year = doc_year(base)
        other_years = [y for y in query.years if y != year]
        if not year or not (step or (other_years and query.follow_up)):
            return None
        series = re.sub(r"(19|20)\d{2}\s*年?", "", normalize(base.title))
        # (of several years, the one written against the kind of document: "2023年的报告回顾2022年")
        kinds = _kinds_in(query.text)
        if not step and year in attached_years(query.text, query.years, kinds):
            return None  # ("粮食呢？ 1994年报告说1993年…": its own year names the report; 1993 is one it looks back on)
        attached = attached_years(query.text, other_years, kinds)
        # ("2022年那份报告说上一年…": a year written against the kind names the report; the
        # "上一年" is a year that report looks back on, not a step from the conversation's one)
        wanted = (attached[0] if attached else str(int(year) + step)) if step else (attached or other_years)[0]
        for doc in self.kb.docs.values():
            if doc.doc_id != conversation_doc and doc_year(doc) == wanted and \
                    re.sub(r"(19|20)\d{2}\s*年?", "", normalize(doc.title)) == series:
                return doc.doc_id
        return None


class _Catalog:
    """What names each document, as lookups made once per state of the library: documents by
    their 文号, the number at its end (87号) and the three-character pieces of its prefix
    (消费函), by a law's short name, by issuer, by the number of issuers, by year, and by the
    characters of their title and issuers. Rows are positions in `kb.docs`."""

    def __init__(self, kb: KnowledgeBase, facts_of: Callable[[Document], Facts]) -> None:
        docs = list(kb.docs.values())
        self.ids = [d.doc_id for d in docs]
        self.row = {doc_id: i for i, doc_id in enumerate(self.ids)}
        self.facts = [facts_of(d) for d in docs]
        self.titles = TextPostings([f.title for f in self.facts])
        self.own = TextPostings([f"{f.title} {' '.join(f.orgs)}" for f in self.facts])
        self.by_number: dict[str, list[int]] = {}
        self.by_tail: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}
        self.by_short: dict[str, list[int]] = {}
        self.by_org: dict[str, list[int]] = {}
        self.orgs_by_pair: dict[str, list[str]] = {}
        self.by_issuer_count: dict[int, list[int]] = {}
        self.by_year: dict[str, list[int]] = {}
        self.numbered: set[int] = set()
        self.by_session: dict[tuple[str, ...], dict[int, bool]] = {}  # row -> named in its title
        self.people: list[list[str]] = [[c.name for c in d.meta.contacts if len(c.name) >= 2] for d in docs]
        self.by_person: dict[str, list[int]] = {}
        self.people_by_pair: dict[str, list[str]] = {}
        for row, names in enumerate(self.people):
            for name in dict.fromkeys(names):
                if name not in self.by_person:
                    self.people_by_pair.setdefault(name[:2], []).append(name)
                self.by_person.setdefault(name, []).append(row)
        # The places each document's issuers are named after ("绍兴市柯桥区…": 绍兴, 柯桥), and all
        # of them of two characters or more (looked for in a question's text).
        self.places_of = [{p for org in f.orgs for p in issuer_places(org)} for f in self.facts]
        self.places = {p for places in self.places_of for p in places if len(p) >= 2}
        self.by_role: dict[str, list[str]] = {}
        for doc in docs:
            self.by_role.setdefault(doc.role, []).append(doc.doc_id)
        for row, (doc, f) in enumerate(zip(docs, self.facts, strict=True)):
            if f.number:
                self.numbered.add(row)
                self.by_number.setdefault(f.number, []).append(row)
                tail = _NUMBER_TAIL.search(f.number)
                if tail:
                    self.by_tail.setdefault(tail.group(1), []).append(row)
                prefix = re.sub(r"[〔\[(（].*$", "", f.number)
                for gram in {prefix[i:i + 3] for i in range(len(prefix) - 2)}:
                    self.by_prefix.setdefault(gram, []).append(row)
            if f.short and len(f.short) >= 3:
                self.by_short.setdefault(f.short[:3], []).append(row)
            for org in dict.fromkeys(f.orgs):
                if org not in self.by_org:
                    self.orgs_by_pair.setdefault(org[:2], []).append(org)
                self.by_org.setdefault(org, []).append(row)
            if doc.meta.issuer:
                self.by_issuer_count.setdefault(len(_ORG_SPLIT.split(doc.meta.issuer.strip())), []).append(row)
            if f.year:
                self.by_year.setdefault(f.year, []).append(row)
            # (the session in the title, or in the opening lines a report is dated by)
            for m in SESSION_TITLE.finditer(f.title):
                self.by_session.setdefault(m.groups(), {})[row] = True
            for m in SESSION_TITLE.finditer(normalize(doc.text[:300])):
                self.by_session.setdefault(m.groups(), {}).setdefault(row, False)


class _Peers:
    """The campaign documents that may be meant by their own words: neither background reports
    nor laws (a law is named by its name). Their normalised texts, searchable by substring."""

    def __init__(self, kb: KnowledgeBase) -> None:
        docs = [d for d in kb.docs.values() if d.role != "background" and not law.has_articles(d)]
        self.ids = [d.doc_id for d in docs]
        self.row = {d: i for i, d in enumerate(self.ids)}
        self.bodies = TextPostings([normalize(d.text) for d in docs])


def _default_topic(word: str, text: str, default_body: str, orgs: Sequence[str]) -> bool:
    """Is `word` the default document's own topic rather than a reference to another one? A word
    its body uses is, except the place another document's issuers are named after when the
    question does not use it as the body does: "新疆那份通知" names the 新疆 notice although the
    national one lists 新疆生产建设兵团 among its addressees; "新疆生产建设兵团要做什么" does not."""
    if word not in default_body:
        return False
    if not any(o.startswith(word) for o in orgs):
        return True
    spots = [m.end() for m in re.finditer(re.escape(word), text)]
    return all(end < len(text) and text[end - len(word):end + 1] in default_body for end in spots)


def _phrases(text: str) -> list[str]:
    """Runs of one to three adjacent words of the question (消费品/工业/处 → 消费品工业处), neither
    beginning nor ending with a grammar word: what may be a name of two characters or more."""
    return [phrase for phrase, _ in _word_runs(segment_words(text)) if len(phrase) >= 2]


def _word_runs(words: list[str]) -> list[tuple[str, int]]:
    """Each run of one to three adjacent words (joined) that neither begins nor ends with a grammar
    word and holds no punctuation, with how many words it joins."""
    out: list[tuple[str, int]] = []
    for i in range(len(words)):
        for j in range(i + 1, min(i + 4, len(words) + 1)):
            part = words[i:j]
            if not all(_WORD.fullmatch(w) for w in part) or part[0] in _GRAMMAR_WORDS or part[-1] in _GRAMMAR_WORDS:
                break
            out.append(("".join(part), j - i))
    return out


def _names(text: str) -> set[str]:
    """What in a question looks like a name rather than a word of the language: characters the
    segmenter knew no word for (川/渝 → 川渝, 丝韵), words its dictionary barely knows (蜀绣) and a
    body named in several words (消费品工业处, 省商务厅). Words of the language (车间, 面料, 设计师)
    are not names, however rare in the library."""
    words = segment_words(text)
    out = {w for w in words if len(w) >= 2 and _CJK_CHAR.match(w) and dictionary_count(w) < RARE_WORD
           and w not in _FIELD_WORDS}
    run = ""
    for w in [*words, "。"]:
        if len(w) == 1 and _CJK_CHAR.match(w) and w not in _GRAMMAR_WORDS:
            run += w
            continue
        if len(run) >= 2:
            out.add(run)
        run = ""
    out.update(phrase for phrase, size in _word_runs(words) if size >= 2 and _BODY.search(phrase))
    return out


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# Words for the parts every official document has: what is asked, not a name.
_FIELD_WORDS = frozenset({"文号", "字号", "发文字号", "索引号", "附件", "落款", "成文", "主送", "抄送", "联系人", "邮箱"})
RARE_WORD = 50  # a word the segmenter's dictionary saw fewer times than this is a name (蜀绣 13; 面料 161)
_BODY = re.compile(rf"(?:{BODY_END})$")


def clause_count(kb: KnowledgeBase, word: str) -> float:
    """How many of the library's clauses hold the word, read back from KnowledgeBase.idf."""
    return (max(len(kb.chunks), 1) + 1) / float(np.exp(kb.idf(word))) - 0.5


_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
_GRAMMAR_WORDS = frozenset({*"它他她年月日号的了吗呢吧啊呀是在有和与及或就都也还又把被给对从向往到让使",
                            *"要会能可该这那哪谁啥几么怎搞做办找问说讲里上",
                            "什么", "哪些", "多少", "怎么", "怎样", "如何", "是否", "具体", "这个", "那个", "哪个", "我们",
                            "你们", "他们", "一下", "时候", "可以", "需要", "应该", "要求", "有没有", "是不是"})

# A word in more campaign documents than this names none of them by itself; nor one in more
# clauses of the library than NAME_CLAUSES (a word of everyday policy language).
PEER_DISTINCT = 2
QUOTED_LONGER = 3  # characters more of its title a question must quote for one of several documents to be meant
NAME_CLAUSES = 8

# The number a 文号 ends with: "87" of "工信厅联消费函〔2023〕87号".
_NUMBER_TAIL = re.compile(r"(\d+)\s*号$")
_TITLE_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def _kinds_in(text: str) -> list[str]:
    """The kinds of document a text names (政府工作报告, 通知); one-character kinds are too common."""
    return [k for k in DOC_KINDS if len(k) >= 2 and k in text]


def _year_before_kind(text: str, year: str, kinds: list[str]) -> int | None:
    """Where the year stands when a kind of document is written after it in its clause (None: no
    kind follows it there, or it is a year planned for or compared with: "到1985年", "比1980年")."""
    for m in re.finditer(rf"{year}", text):
        # (within the same clause: "回顾2022年呢？ 报告说…" does not attach 2022 to 报告)
        after = _CLAUSE_END.split(text[m.end():m.end() + 10])[0]
        if any(k in after for k in kinds) and not _BRACKETED.match(text[m.start() - 1:m.start()]) \
                and not _TARGET_YEAR.search(text[max(0, m.start() - 2):m.start()]):
            return m.start()
    return None


# A period of years: "1979到1983年", "1979年至1983年", "1979—1983年".
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*(?:到|至|-|—|－|~|～)\s*(?:19|20)\d{2}\s*年")


def attached_years(text: str, years: list[str], kinds: list[str]) -> list[str]:
    """The year written against the kind of document, the first one: in "1980年的政府工作报告里，1981年
    棉纱产量计划是多少" 1980 names the report and 1981 is a year it plans for (计划 is a kind too)."""
    at = {y: g for y in dict.fromkeys(years) if kinds and (g := _year_before_kind(text, y, kinds)) is not None}
    return [min(at, key=lambda y: at[y])] if at else []


_CLAUSE_END = re.compile(r"[，,。？?！!；;\s]")
# ("到1985年计划达到多少", "比1980年增长": a year a report plans for or compares with, not its own)
_TARGET_YEAR = re.compile(r"(到|至|截至|截止|比|较|从|直到)$")


_BRACKETED = re.compile(r"[(（]")


# Words that every kind of document shares: they name no document.
_GENERIC = frozenset({"报告", "通知", "文件", "什么", "哪些", "多少", "提出", "要求", "工作", "我们", "关于", "的通知",
                      "这个", "那个", "里面", "其中", "中的", "是什么", "说了", "提到",
                      # what a question asks for, not what it is about
                      "时间", "日期", "地点", "方式", "内容", "情况", "问题"})


def everyday(kb: KnowledgeBase, word: str) -> bool:
    """A word in more than COMMON_SHARE of the library's clauses (国家, 发展): everyday vocabulary,
    neither a name (浙江, 消费季) nor a topic of its own. The clause count is read back from
    KnowledgeBase.idf = log((n + 1) / (df + 0.5))."""
    return clause_count(kb, word) > max(COMMON_SHARE * max(len(kb.chunks), 1), COMMON_FLOOR)


def issuer_places(org: str) -> list[str]:
    """The places an issuer's name opens with, outermost first ("绍兴市柯桥区商务局": 绍兴, 柯桥): a
    district's notice is named by the district alone, as its people say it."""
    places: list[str] = []
    rest = org
    while (m := _PLACE_LEVEL.match(rest)) and len(places) < 4:
        places.append(m.group(1))
        rest = rest[m.end():]
    return places


def _maximal(words: list[str]) -> list[str]:
    """Drop words contained in another of the list (浙江 beside 浙江省)."""
    return [w for w in words if not any(w != o and w in o for o in words)]


def _distinct_families(kb: KnowledgeBase, doc_ids: list[str]) -> list[str]:
    """Drop documents that are attachments of another candidate: a notice and its attachment are one."""
    out: list[str] = []
    for d in doc_ids:
        if any(d in {x for ids in kb.attachment_docs(kb.docs[o]).values() for x in ids} for o in doc_ids if o != d):
            continue
        out.append(d)
    return out

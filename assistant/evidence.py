"""Sentence-level evidence: split clauses into sentences, score them against a question, and
measure how much of a question a clause covers."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.kb import KnowledgeBase
from index.numerals import cn_int
from index.textnorm import aliases, boundary_cuts, dictionary_count, normalize

from .query import Query

if TYPE_CHECKING:
    from index.models import Document

    from .retrieval import Hit

_HEADING = re.compile(r"^\s*([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])[^。；]{0,30}。?$")
_SENT = re.compile(r"[^。！？；\n]*[。！？；]?")


@dataclass
class Sentence:
    text: str
    start: int  # offset within the clause text
    end: int


def split_sentences(text: str) -> list[Sentence]:
    out = []
    for m in _SENT.finditer(text):
        s = m.group(0)
        if s.strip():
            out.append(Sentence(s.strip(), m.start(), m.end()))
    return out


_FUNCTION_CHAR = re.compile(r"[在是的里会和与都也就还把被给对从]")


def weighted_terms(kb: KnowledgeBase, query: Query) -> dict[str, float]:
    """Content terms of the question with their IDF, ignoring terms the index never contains
    (so a word absent from every document counts against coverage only once)."""
    weights: dict[str, float] = {}
    unseen = kb.idf("\uffff")  # the weight of a string no clause holds
    for term in query.terms:
        if query.english and re.fullmatch(r"[a-z0-9 .'-]+", term):
            continue  # English words are represented by their Chinese glossary terms
        if len(term) == 2 and _FUNCTION_CHAR.search(term) and kb.idf(term) >= unseen:
            # "直播节在哪个月" cut as 直播 / 节在: a pair glued to a function word that no document
            # holds is a cut in the wrong place, not a word the clause must have
            continue
        weights[term] = max(kb.idf(term), 0.1)
    for left, right, bridge in boundary_cuts(query.search):
        # "洗水厂" cut as 洗 / 水厂 while the clause writes 洗水企业: a word no clause holds, beside
        # a cut whose two characters the library uses, is that word cut in two (unless its
        # neighbour is a word the library holds: 服饰 / 展由 is 服饰展 and a function word)
        seen = [side for side in (left, right) if len(side) >= 2 and kb.idf(side) < unseen]
        if not seen and kb.idf(bridge) < unseen and any(side in weights and kb.idf(side) >= unseen
                                                         for side in (left, right)):
            for side, other in ((left, right), (right, left)):
                # (a word of the language stays — 旧衣服 of 想收/旧衣服 is asked, whatever the library
                # holds — unless it took its first character from a lone one: 水厂 of 洗/水厂)
                if kb.idf(side) >= unseen and (len(side) == 1 or len(other) == 1 or not dictionary_count(side)):
                    weights.pop(side, None)
            weights[bridge] = max(kb.idf(bridge), 0.1)
    return weights


_CONGRESS_TITLE = re.compile(r"第([一二三四五六七八九十]{1,3})次全国代表大会|[(（]([一二三四五六七八九十]{1,3})大[)）]")
# A session of the National People's Congress written out: "第十四届全国人民代表大会第三次会议".
SESSION_TITLE = re.compile(r"第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,3})次会议")


@functools.lru_cache(maxsize=4096)
def naming_words(title: str) -> str:
    """A title with the ways people say it: "中共三大" for …第三次全国代表大会…, "十四届全国人大三次
    会议" for 第十四届全国人民代表大会第三次会议. Those words name the document, they ask nothing
    of its clauses."""
    norm = normalize(title)
    spoken = [f"中共{n}大 党的{n}大" for m in _CONGRESS_TITLE.finditer(norm) for n in [m.group(1) or m.group(2)]]
    spoken += [f"{a}届全国人大{b}次会议 {a}届人大{b}次会议 {a}届{b}次会议 全国人大 人大" for a, b in SESSION_TITLE.findall(norm)]
    return " ".join([norm, *spoken])


def clause_weights(weights: dict[str, float], title: str) -> dict[str, float]:
    """The question's terms that do not merely name the document (are not in its title, or in the
    way people say it)."""
    norm = naming_words(title)
    rest = {t: w for t, w in weights.items() if t not in norm}
    return rest or weights


def clause_coverage(weights: dict[str, float], hits: list[Hit]) -> float:
    """How much of the question the best clauses (the first three hits) hold in their own words:
    terms that only name a clause's document (its title, the place its issuers are of) do not count."""
    return max((coverage(clause_weights(weights, f"{h.doc.title} {' '.join(issuer_places(h.doc))}"),
                         f"{h.chunk.section or ''}\n{h.chunk.text}")
                for h in hits[:3]), default=0.0)


_PLACE_END = "市县省区州盟旗镇"


def issuer_places(doc: Document) -> list[str]:
    """The places a document's issuers are named after ("兰溪" of 兰溪市纺织行业协会): "兰溪的通知"
    names the document; a clause's "兰溪面料" does not answer a question about 兰溪."""
    names = [doc.meta.issuer or "", *doc.meta.signatories]
    out = []
    for name in names:
        for org in re.split(r"[\s、，,]+", name.strip()):
            m = re.match(rf"^([\u4e00-\u9fff]{{1,4}}?)[{_PLACE_END}]", org)
            if m:
                out += [m.group(0), m.group(1)]
    return out


def coverage(weights: dict[str, float], text: str, normalized: bool = False) -> float:
    """IDF-weighted share of the question's terms found in `text` (normalise it unless told it is)."""
    if not weights:
        return 0.0
    norm = text if normalized else normalize(text)
    got = sum(w for t, w in weights.items() if _contains(norm, t))
    return got / sum(weights.values())


def _contains(norm_text: str, term: str) -> bool:
    if term in norm_text:
        return True
    full = full_form(term)
    if full and all(part in norm_text for part in full.split()):
        return True  # "中纺联" of a clause that writes 中国纺织工业联合会 out
    # A typo or variant: most characters of a longer term appear adjacent in the text.
    if len(term) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", term):
        bigrams = [term[i : i + 2] for i in range(len(term) - 1)]
        if term[0] in _OPPOSITE and _OPPOSITE[term[0]] + term[1:] in norm_text:
            return False  # "上半年" is not the text's "下半年", "出口额" not its "进口额"
        return sum(b in norm_text for b in bigrams) / len(bigrams) >= 0.5
    # A short form no dictionary knows ("营收", "规上") stands for two words written out, one
    # character taken from each ("营业收入", "规模以上").
    if len(term) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", term) and dictionary_count(term) == 0:
        return bool(_short_form(term).search(norm_text))
    return False


# A character whose counterpart, put in its place, says the opposite (上半年 / 下半年, 进口 / 出口).
_OPPOSITE = {a: b for x, y in ("上下", "前后", "内外", "进出", "增减", "高低", "大小", "新旧", "多少", "长短",
                               "东西", "南北", "买卖", "收支", "升降", "正负") for a, b in ((x, y), (y, x))}


@functools.lru_cache(maxsize=4096)
def _short_form(term: str) -> re.Pattern[str]:
    return re.compile(f"{term[0]}[\u4e00-\u9fff](?:{term[1]}[\u4e00-\u9fff]|[\u4e00-\u9fff]{term[1]})")


def best_sentences(weights: dict[str, float], text: str, limit: int = 2,
                   meaning: list[tuple[int, int, float]] | None = None) -> list[Sentence]:
    """The sentences of a clause that cover most of the question, in document order. `meaning`
    gives (start, end, similarity) of sentences by meaning (e5): the closest counts as much as
    a sentence that holds every word of the question."""
    sentences = split_sentences(text)
    if not sentences:
        return []
    # A bare heading line ("三、…的使命任务") states nothing; prefer real sentences.
    # A heading ("（二）抓好宣传报道。") labels a clause and is no statement of it either.
    statements = [s for s in sentences if (s.text[-1] in "。！？；" or len(s.text) >= 40) and not _HEADING.match(s.text)]
    stated = [s for s in sentences if _HEADING.match(s.text) and s.text[-1] in "。；" and RUN_ON_ITEM.search(s.text)]
    if statements and not any(coverage(weights, s.text) for s in statements) \
            and any(coverage(weights, s.text) for s in sentences):
        # ("（二）7月举办直播节，…。" is an item stated in its heading's sentence: when only such
        # a sentence holds the question's words, it is the statement)
        statements = []
    elif stated and statements and max(coverage(weights, s.text) for s in stated) > \
            2 * max(coverage(weights, s.text) for s in statements):
        # ("（三）市协会负责直播节的组织实施。" says who does what: it is a statement, and the one
        # that holds the question when the rest of the clause (a contact line) barely does)
        statements = statements + stated
    sentences = statements or sentences
    # Coverage per sentence, discounted for length so a long sentence that touches every term in
    # passing does not beat the short one that states the fact.
    close = _relative_closeness(sentences, meaning or [])
    scored = sorted(((coverage(weights, s.text) / (1 + len(s.text) / 200) + MEANING_WEIGHT * close[i], i)
                     for i, s in enumerate(sentences)), reverse=True)
    keep = sorted(i for score, i in scored[:limit] if score > 0) or [0]
    return [sentences[i] for i in keep]


# "八字宪法是哪八个字", "三大攻坚战是哪三个": as many items as the question counts.
COUNT_NUMERAL = "[两三四五六七八九十]"  # (a small count said in words: 哪三个, “三个升级”)
_COUNT_ASKED = re.compile(rf"哪({COUNT_NUMERAL}+)(个|样|项|种|条|字|大)")
# A run of items listed with 、 ("产业升级、产品升级、消费升级").
ITEM_RUN = re.compile(r"(?:[\u4e00-\u9fff“”]{1,10}、)+[\u4e00-\u9fff“”]{1,10}")


def counted_items(question: str) -> int | None:
    m = _COUNT_ASKED.search(question)
    return cn_int(m.group(1)) if m else None


def lists_items(n: int | None, text: str) -> float:
    """1.0 when the text lists exactly the number of items the question counts (土、肥、水、…、工)."""
    if not n or n < 3:  # (two items, "A、B", are everywhere)
        return 0.0
    return 1.0 if any(len(run.split("、")) == n for run in ITEM_RUN.findall(text)) else 0.0


MEANING_WEIGHT = 0.6
# An item whose heading's sentence says who does what, or by when: "（三）…负责…", "（一）各市于…前报送…".
RUN_ON_ITEM = re.compile(r"负责|牵头|承担|报送|举办|组织|开展|前将|应当|要")


def _relative_closeness(sentences: list[Sentence], meaning: list[tuple[int, int, float]]) -> list[float]:
    """0..1 per sentence: its similarity by meaning relative to the clause's closest and farthest."""
    raw = [max((sim for start, end, sim in meaning if start < s.end and end > s.start), default=None)
           for s in sentences]
    known = [r for r in raw if r is not None]
    if len(known) < 2 or max(known) - min(known) < 1e-6:
        return [0.0] * len(sentences)
    low, high = min(known), max(known)
    return [0.0 if r is None else (r - low) / (high - low) for r in raw]


_PHRASE_CHARS = re.compile(r"[\u4e00-\u9fff0-9a-z、]+")


def phrase_match(question: str, norm_text: str, shortest: int = 5, longest: int = 12) -> float:
    """0..1: the longest run of the question (at least `shortest` characters) found verbatim."""
    best = 0
    for run in _PHRASE_CHARS.findall(question):
        for size in range(min(longest, len(run)), max(best, shortest - 1), -1):
            if any(run[i : i + size] in norm_text for i in range(len(run) - size + 1)):
                best = size
                break
    if best < shortest:
        return 0.0
    return (best - shortest + 1) / (longest - shortest + 1)


def full_form(term: str) -> str | None:
    """The full form the lexicon gives an abbreviation ("中纺联" → 中国纺织工业联合会), or None."""
    return _full_forms().get(term)


@functools.lru_cache(maxsize=1)
def _full_forms() -> dict[str, str]:
    """Each abbreviation of the lexicon and the full form it stands for (the first listed)."""
    out: dict[str, str] = {}
    for short, full in aliases():
        if short != full:
            out.setdefault(short, full)
    return out

"""When a related document answers instead of the subject.

The subject (the campaign notice) answers first. A related document — a law, a local notice of
the same campaign — answers only where the subject is silent, or where the subject touches the
question only by meaning and the other document says it in its own words. These rules decide
that, from the two answers and the clauses behind them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index import law
from index.kb import KnowledgeBase
from index.textnorm import expand_aliases, normalize

from .evidence import clause_coverage, clause_weights, weighted_terms
from .models import Answer
from .multipart import QUESTION_WORD
from .query import QUOTED, Query
from .retrieval import Hit
from .scope import clause_count, everyday, normalized_text


def takes_over(kb: KnowledgeBase, query: Query, subject: set[str] | None, primary: Answer | None,
               hits: list[Hit], alternative: Answer, other: list[Hit]) -> bool:
    """Does the related document's answer (`alternative`, from `other`) replace the subject's
    (`primary`, from `hits`)?"""
    if alternative.refused:
        return False
    silent = primary is None or primary.refused
    # (a subject's answer in its own words gives way only to a law's in the law's own words)
    loose = primary is not None and primary.kind == "meaning"
    # A local notice answers where it speaks to the question in its own words: one only close in
    # meaning to a campaign question is another campaign's answer. A law may answer by meaning.
    if alternative.kind == "meaning" and not (cites_law(kb, alternative) and (silent or loose)):
        return False
    weights = weighted_terms(kb, query)
    if silent:
        # (or the other document's clause says twice as much of the question as the subject's
        # nearest one: "县里的特色活动方案几号前报到市工信局", where what the two share is frame)
        return keeps_topic(kb, weights, hits, other) or (
            bool(hits) and clause_coverage(weights, other) >= 2 * clause_coverage(weights, hits) > 0)
    # An answer of the subject only by meaning gives way to a related document that says it
    # outright: twice as much of the question in its own words, or a term only it uses.
    return (clause_coverage(weights, other) >= 2 * clause_coverage(weights, hits)
            or (loose and (own_term(kb, query, subject, other) or _word_only_it_has(kb, weights, subject, hits, other))))


def keeps_topic(kb: KnowledgeBase, weights: dict[str, float], hits: list[Hit], other: list[Hit],
                shared_only: bool = False) -> bool:
    """Does another document's answer speak of what the question asked the silent subject about?
    "通知里的链主企业认定标准是什么": the subject's clause on 链主企业 gives no standard; a local
    notice's clause on some other standard does not answer either. The topic is the question's
    most specific word the subject's clause holds."""
    if not hits or not other:
        return True
    own = normalize(hits[0].chunk.text)
    # (words of the subject's title name the campaign, not what is asked about it: 服装)
    asked = clause_weights(weights, hits[0].doc.title)
    # (nor 这次, 本次: words that point at the campaign, not at something in it)
    specific = [t for t in _specific(kb, asked) if not _POINTING.fullmatch(t)]
    # (when the subject's clause shares none of them, the question's most specific word the
    # library knows: "纺织品中甲醛含量的限量" is not answered by a local notice's exhibition)
    # (`shared_only`: the asker said the subject is silent, so its clause need not share a word;
    # when it does — "87号文没提补贴比例，设备更新能补百分之几" — the other answer must speak of it)
    shared = [t for t in specific if t in own] or (
        [] if shared_only else [t for t in specific if clause_count(kb, t) >= 0.5])
    if not shared:
        return True
    topic = max(shared, key=lambda t: weights[t])
    # (in its full form too: "工信局" is the clause's "工业和信息化局")
    return any(form in _best_clause(other) for form in expand_aliases(topic).split())


RARE_WORD = 4.0  # an IDF: a word in about one clause of fifty or fewer
_POINTING = re.compile(r"这次|本次|此次|这个|那个|这份|那份|这里|那里|这边|那边|该|本|此")


def own_term(kb: KnowledgeBase, query: Query, subject: set[str] | None, other: list[Hit]) -> bool:
    """Does the other document's best clause hold a term of the question (quoted, or a run of five
    characters or more) that the subject never uses? "一年用能八千吨标准煤，算不算重点用能单位":
    the energy law's 重点用能单位, which the campaign notice only touches by meaning."""
    if not other:
        return False
    clause, own = _best_clause(other), _subject_text(kb, subject)
    quoted = [normalize(q) for q in QUOTED.findall(query.raw)]
    if any(q in clause and q not in own for q in quoted):
        return True
    # (five characters or more of the question, verbatim — jieba cuts 重点用能单位 into three words —
    # and not an everyday phrase: 鼓励企业 is in any policy text)
    for run in re.findall(r"[\u4e00-\u9fff]{5,}", query.text):
        for size in range(min(len(run), 12), 4, -1):
            for i in range(len(run) - size + 1):
                piece = run[i:i + size]
                if piece in clause and piece not in own and not everyday(kb, piece):
                    return True
    return False


def _word_only_it_has(kb: KnowledgeBase, weights: dict[str, float], subject: set[str] | None,
                      hits: list[Hit], other: list[Hit]) -> bool:
    """Does the other document's best clause hold a specific word of the question (a rare one)
    that the subject never uses, and at least as much of the question as the subject's clause?
    "设备淘汰得快，固定资产折旧能不能加速": 折旧, which a law's article has and the campaign
    notice nowhere."""
    if not other or not hits:
        return False
    clause, own = _best_clause(other), _subject_text(kb, subject)
    rare = [t for t in _specific(kb, weights) if weights[t] >= RARE_WORD and t not in own]
    return any(t in clause for t in rare) and clause_coverage(weights, other) >= clause_coverage(weights, hits)


def _specific(kb: KnowledgeBase, terms: Iterable[str]) -> list[str]:
    """The terms that can name what is asked: two characters or more, not everyday, not asking."""
    return [t for t in terms if len(t) >= 2 and not everyday(kb, t) and not QUESTION_WORD.search(t)]


def _best_clause(hits: list[Hit]) -> str:
    """The best clause's heading and text, normalised."""
    return normalize(f"{hits[0].chunk.section or ''}\n{hits[0].chunk.text}")


def _subject_text(kb: KnowledgeBase, subject: set[str] | None) -> str:
    """All the subject's documents say, normalised (each document's text is cached)."""
    return " ".join(normalized_text(kb, kb.docs[d]) for d in subject or () if d in kb.docs)


def cites_law(kb: KnowledgeBase, answer: Answer) -> bool:
    return bool(answer.citations) and answer.citations[0].doc_id in kb.docs and \
        law.has_articles(kb.docs[answer.citations[0].doc_id])

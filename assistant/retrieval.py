"""Hybrid retrieval: jieba BM25 and dense vectors, fused by weighted reciprocal rank, with
awareness of documents (a 文号, a year or "the notice" in the question prefers that document)
and filters by document, issuer and date."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
from dataclasses import dataclass, field

import numpy as np

from index.clean import META_LABEL
from index.kb import KnowledgeBase
from index.metadata import DOC_NUMBER
from index.models import Chunk, Document
from index.postings import TextPostings
from index.sentences import MIN_CHARS, Span
from index.textnorm import boundary_bigrams, content_terms, normalize

from .evidence import COUNT_NUMERAL, ITEM_RUN, clause_weights, counted_items, coverage, lists_items, phrase_match, weighted_terms
from .frames import FRAME_QUESTIONS, MIN_TOPIC, topic
from .multipart import PLACEHOLDERS
from .query import QUESTION_WORD, Query
from .settings import RetrievalSettings


@dataclass
class Filters:
    doc_ids: list[str] | None = None
    issuer: str | None = None  # substring of 发文机关
    date_from: str | None = None  # ISO, on 成文日期 (else 发布日期)
    date_to: str | None = None

    def __post_init__(self) -> None:
        from datetime import date

        from .models import RequestError

        def bad(name: str, zh: str, en: str) -> RequestError:
            return RequestError(f"检索条件 {name} {zh}。(filters.{name} {en}.)")

        if self.doc_ids is not None:
            if isinstance(self.doc_ids, (str, bytes)) or not isinstance(self.doc_ids, (list, tuple, set)):
                raise bad("doc_ids", "应为文档 ID 的列表", f"must be a list of document ids, got {type(self.doc_ids).__name__}")
            if len(self.doc_ids) > 10_000 or not all(isinstance(d, str) and 0 < len(d) <= 500 for d in self.doc_ids):
                raise bad("doc_ids", "只能包含非空的文档 ID 字符串", "must hold non-empty document id strings")
            self.doc_ids = list(self.doc_ids)
        if self.issuer is not None and (not isinstance(self.issuer, str) or len(self.issuer) > 200):
            raise bad("issuer", "应为不超过 200 字的文字", "must be text of at most 200 characters")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is None:
                continue
            try:
                if not isinstance(value, str) or len(value) != 10:
                    raise ValueError
                date.fromisoformat(value)
            except ValueError:
                shown = repr(value)[:40]
                raise bad(name, f"应为 YYYY-MM-DD 格式的日期（如 2023-01-01），收到 {shown}",
                          f"must be a date as YYYY-MM-DD (e.g. 2023-01-01), got {shown}") from None
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise bad("date_from", "晚于 date_to", "is after date_to")

    @classmethod
    def from_any(cls, value: object) -> Filters | None:
        from .models import RequestError

        if value is None or isinstance(value, Filters):
            return value
        if isinstance(value, dict):
            unknown = {str(k)[:40] for k in value} - {"doc_ids", "issuer", "date_from", "date_to"}
            if unknown:
                raise RequestError(f"未知的检索条件：{', '.join(sorted(unknown))}。(unknown filter field(s): "
                                   f"{', '.join(sorted(unknown))}; use doc_ids, issuer, date_from, date_to.)")
            return cls(**value)
        raise RequestError("检索条件应为包含 doc_ids、issuer、date_from、date_to 的字典。(filters must be a dict "
                           f"with doc_ids, issuer, date_from, date_to, got {type(value).__name__}.)")


HEAD_WEIGHT = 0.5
# How much of the direction of a frame-only question (`frames.FRAME_QUESTIONS`) is taken out of a
# question's vector. Measured on the tuning sets, the clause that answers came first by meaning
# for 0.72 of questions without it and 0.76 with it (0.6 to 1.0 about as good).
FRAME_WEIGHT = 0.75
MEANINGFUL_CHARS = 8  # characters of a question, once the document's name is out, that carry a meaning
TITLE_RUN = 4  # a run of the question this long found in a title names the document


def without_title_words(text: str, titles: list[str]) -> str:
    """The question without the runs that only name a document ("纺织服装优供给促升级活动的指导思想"
    → "的指导思想"): by meaning, those runs pull every sentence that mentions the campaign's name."""
    out, i = [], 0
    while i < len(text):
        size = 0
        for j in range(len(text), i + TITLE_RUN - 1, -1):
            if any(text[i:j] in t for t in titles):
                size = j - i
                break
        if size >= TITLE_RUN:
            out.append(" ")
            i += size
        else:
            out.append(text[i])
            i += 1
    stripped = "".join(out).strip()
    return stripped if len(stripped) >= 2 else text


def is_head(doc: Document, chunk: Chunk) -> bool:
    """The block before the first heading that holds the title, 文号 and addressees (in a document
    without headings, a web page's notice: its first block, when it holds no sentence)."""
    if not doc.headings:
        return chunk.order == 0 and len(doc.chunks) > 1 and not re.search(r"[。；]", chunk.text)
    # (a speech or report whose title lives in its record opens with its text — "各位代表！…国民生产总值
    # 1987年达到…" —: a block before the first heading that names neither the document nor its
    # addressees is body)
    return not chunk.section_path and chunk.order == 0 and chunk.clean_end <= doc.headings[0].start \
        and _names_itself(doc, chunk)


def _names_itself(doc: Document, chunk: Chunk) -> bool:
    """Does the block hold the document's title (its opening words), 文号 or addressees?"""
    text = re.sub(r"\s+", "", chunk.text)
    marks = [doc.meta.title[:TITLE_OPENING] if doc.meta.title else None, doc.meta.doc_number,
             (doc.meta.addressees or "")[:TITLE_OPENING] or None]
    return any(m and re.sub(r"\s+", "", m) in text for m in marks)


TITLE_OPENING = 8  # the opening characters of a title or 主送 that show it is printed in the block


def is_signoff(doc: Document, chunk: Chunk, with_contact: bool = False) -> bool:
    """The closing block after the last heading that holds no sentence: the 落款 (issuers, date)
    and the attachment list, not a closing paragraph or a contact line with its text (in a
    document without headings: its last block). `with_contact`: a contact line may be in it."""
    if re.search(r"[。；]" if with_contact else r"[。；]|联系|电话|邮箱|传真|@", chunk.text) or chunk.section_path:
        return False
    if not doc.headings:
        return len(doc.chunks) > 1 and chunk.order == len(doc.chunks) - 1  # (a chunk's order is its place)
    return chunk.clean_start > doc.headings[-1].start


# The formulae of a 公文 that open or close its body ("现将有关事项通知如下：", "特此通知。"): they
# say that something follows, not what.
_FORMULA = re.compile(r"(现将|现就|现把)?(有关)?(事项|工作|情况|要求)?(通知|通告|公告|函告|意见|报告|说明)如下|"
                      r"^特此(通知|公告|通告|函告|报告)|^请(认真)?(遵照|贯彻|结合实际)[^，,]{0,8}执行")
# A contact line ("(联系人及电话：…)", "联系电话：…"): who to call, not what to do.
_CONTACT_LABEL = re.compile(r"^[(（]?\s*(联系人|联系电话|联系方式|咨询电话|电话|传真|电子邮箱|邮箱|通讯地址|地址|邮编)"
                            r"[^：:]{0,6}[：:]")
_DATE_ONLY = re.compile(r"^[（(]?(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|"
                        r"[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[）)]?$")


def is_hub(doc: Document, chunk: Chunk, sentence: str) -> bool:
    """A sentence that says which document this is or that something follows, not what it asks of
    anyone: the title block's lines (标题、文号、发布日期、主送机关), metadata lines, a bare 文号 or
    date, a contact line, the issuers' sign-off, an opening or closing formula. In e5's space such
    lines sit near every question about the document (a question framed "…这方面通知怎么讲的" was
    closest to "有关事项通知如下：" and the 文号), so a question about content does not compare with
    them. (Headings stay: a question about "the work tasks" is closest to "二、工作任务", rightly;
    and so does a purpose stated before the formula: "为推动…，现将有关事项通知如下：".)"""
    text = sentence.strip().rstrip("。.；;：:")
    if is_head(doc, chunk) or META_LABEL.match(text) or _CONTACT_LABEL.match(text):
        return True
    if _FORMULA.search(text) and len(re.sub(r"\W", "", _FORMULA.sub("", text))) < MIN_CHARS:
        return True
    issuers = f"{doc.meta.issuer or ''} {doc.meta.publisher or ''} {' '.join(doc.meta.signatories or [])}"
    return bool(_DATE_ONLY.match(text) or DOC_NUMBER.fullmatch(text) or (len(text) >= 4 and text in issuers))


@dataclass
class Hit:
    chunk: Chunk
    doc: Document
    score: float
    lexical: float = 0.0
    dense: float = 0.0
    ranks: dict[str, int] = field(default_factory=dict)
    semantic: float = 0.0  # 0..1: the clause's e5 similarity relative to the best in scope
    # The clause's sentences closest in meaning to the question, best first (empty without vectors).
    sentences: list[tuple[Span, float]] = field(default_factory=list)


class Retriever:
    def __init__(self, kb: KnowledgeBase, settings: RetrievalSettings) -> None:
        self.kb = kb
        self.settings = settings

    def allowed_docs(self, filters: Filters | None) -> set[str] | None:
        if filters is None:
            return None
        docs = self.kb.docs.values()
        out = set()
        for doc in docs:
            if filters.doc_ids and doc.doc_id not in filters.doc_ids:
                continue
            if filters.issuer and filters.issuer not in (doc.meta.issuer or "") + (doc.meta.publisher or ""):
                continue
            date = doc.meta.written_date or doc.meta.published_date
            if filters.date_from and (not date or date < filters.date_from):
                continue
            if filters.date_to and (not date or date > filters.date_to):
                continue
            out.add(doc.doc_id)
        return out

    def _titles(self) -> _TitleLookup:
        lookup: _TitleLookup = self.kb.derived("retrieval.titles", lambda: _TitleLookup(self.kb))
        return lookup

    def doc_prior(self, query: Query, weights: dict[str, float]) -> dict[str, float]:
        """How strongly the question names each document: words of its title (IDF-weighted), a
        year in its title, its 文号. Formal documents (with a 文号) get a small edge over
        background reports."""
        lookup = self._titles()
        return dict(zip(lookup.ids, self.prior_array(query, weights).tolist(), strict=True))

    def prior_array(self, query: Query, weights: dict[str, float]) -> np.ndarray:
        """`doc_prior` as an array in the order of `kb.docs`, from lookups rather than a walk over
        every title (the same numbers: the terms are added in the same order)."""
        s = self.settings
        lookup = self._titles()
        boost = np.zeros(len(lookup.ids), dtype=np.float64)
        if weights:
            got = np.zeros(len(lookup.ids), dtype=np.float64)
            for term, w in weights.items():
                got[lookup.containing_like(term)] += w
            boost = s.w_title * (got / sum(weights.values()))
        numbers = {normalize(n) for n in query.doc_numbers}
        named = sorted({r for n in numbers for r in lookup.by_number.get(n, ())})
        boost[named] += 1.0
        if query.years:
            with_year = np.zeros(len(lookup.ids), dtype=bool)
            for y in query.years:
                with_year[lookup.titles.containing(y)] = True
                with_year[lookup.by_date_year.get(y, [])] = True  # a speech report's title has no year
            boost[with_year] += s.w_year
        boost[lookup.formal] += s.w_formal
        return boost

    def semantic(self, query: Query, allowed: set[str] | None
                 ) -> tuple[dict[str, float], dict[str, list[tuple[Span, float]]], int]:
        """e5 similarity of the question to the embedded clauses in scope, scaled so that the
        median clause is 0 and the best is 1 (only the ordering within scope carries meaning).
        A clause is as close as its closest sentence; clauses without sentence vectors use their
        own vector. Also returns each clause's sentences, closest first, and how many characters
        of the question were compared (what is left once the words naming the document are out)."""
        if self.settings.w_semantic <= 0:
            return {}, {}, 0
        in_scope = [d for d in self._titles().embedded if allowed is None or d in allowed]
        if not in_scope:
            return self._by_words_alone(query, allowed)
        compared = query.raw if query.english else self._asked_text(query, in_scope)
        size = len(re.sub(r"\W", "", compared))
        if query.english:
            vector = self.kb.embedder.embed_query(compared)
        else:
            # The frame ("…这方面通知怎么讲的", "对我们有没有利好") names no topic: its words are
            # left out, and what is left of it in the vector (the direction of a question that
            # names nothing) is taken out, so that general lines ("各单位要明确目标") stop being
            # close to every question.
            vector = self.kb.embedder.embed_query(topic(compared)) - FRAME_WEIGHT * self._frame_vector()
        by_sentence = self.kb.sentences.scores(vector, in_scope)
        hub_only: set[str] = set()
        if not query.fields:  # a question about content: lines that only identify do not compete
            for cid in list(by_sentence):
                kept = [(span, sim) for span, sim in by_sentence[cid] if not self._hub(span)]
                if kept:
                    by_sentence[cid] = kept
                else:
                    del by_sentence[cid]
                    hub_only.add(cid)
        raw = {cid: max(sim for _, sim in spans) for cid, spans in by_sentence.items()}
        if self.settings.w_word_meaning > 0 and not query.english:
            # ... and as close as the question's words, one by one, are to the clause's words
            by_word = self.kb.sentences.word_scores(self._word_vectors(topic(compared)), in_scope)
            for cid in raw:
                raw[cid] += self.settings.w_word_meaning * by_word.get(cid, 0.0)
        for cid, sim in self.kb.semantic_scores(vector, set(in_scope)).items():
            if cid not in hub_only:
                raw.setdefault(cid, sim)
        closest = {cid: sorted(spans, key=lambda x: -x[1]) for cid, spans in by_sentence.items()}
        return _scaled(raw), closest, size

    def _frame_vector(self) -> np.ndarray:
        """The average vector of questions that are all frame (`frames.FRAME_QUESTIONS`). It depends
        on the embedder alone: made once, kept beside the index (a process starting up reads it
        instead of embedding two dozen questions before its first answer)."""
        key = hashlib.sha1("\n".join([self.kb.embedder_name, *FRAME_QUESTIONS]).encode()).hexdigest()[:16]
        vector = _FRAME_VECTORS.get(key)
        if vector is not None:
            return vector
        path = self.kb.dir / f"frame-{key}.npy"
        try:
            vector = np.load(path)
        except (OSError, ValueError):
            vectors = [np.asarray(self.kb.embedder.embed_query(q), dtype=np.float32) for q in FRAME_QUESTIONS]
            vector = np.mean(vectors, axis=0)
            with contextlib.suppress(OSError):  # (a read-only index folder: made again next time)
                np.save(path, vector)
        _FRAME_VECTORS[key] = vector
        return vector

    def _asked_text(self, query: Query, doc_ids: list[str]) -> str:
        """What of the question is compared by meaning: not who asks (context), not the words that
        only name one of the documents."""
        text = query.text
        if query.asker and len(topic(text[len(query.asker):])) >= MIN_TOPIC:
            text = text[len(query.asker):]
        return without_title_words(text, [normalize(self.kb.docs[d].title) for d in doc_ids])

    def _by_words_alone(self, query: Query, allowed: set[str] | None
                        ) -> tuple[dict[str, float], dict[str, list[tuple[Span, float]]], int]:
        """`semantic` over documents whose words alone have vectors (the laws): how close the
        question's words are to each clause's, scaled as `semantic` scales."""
        worded = [d for d in self._titles().worded if allowed is None or d in allowed]
        if not worded or query.english or self.settings.w_word_meaning <= 0:
            return {}, {}, 0
        compared = self._asked_text(query, worded)
        raw = self.kb.sentences.word_scores(self._word_vectors(topic(compared)), worded)
        return _scaled(raw), {}, len(re.sub(r"\W", "", compared))

    def word_closeness(self, query: Query, doc_ids: set[str]) -> float:
        """How close, word by word, the question is to the closest clause of these documents
        (0 when none of them has word vectors): comparable across documents, as one measure."""
        ids = sorted(doc_ids)
        if query.english or not ids:
            return 0.0
        scores = self.kb.sentences.word_scores(self._word_vectors(topic(self._asked_text(query, ids))), ids)
        return max(scores.values(), default=0.0)

    def _word_vectors(self, text: str) -> np.ndarray:
        """Vectors of the question's content words (not its asking and frame words: 什么, 通知,
        企业), embedded as the clauses' words are, from the same cache."""
        words = [w for w in content_terms(text) if len(w) >= 2 and w not in _frame_words() and not QUESTION_WORD.search(w)]
        return self.kb.sentences.vectors_of(words)

    def _hub(self, span: Span) -> bool:
        known: dict[Span, bool] = self.kb.derived("retrieval.hubs", dict)
        found = known.get(span)
        if found is None:
            chunk = self.kb.chunks[span.chunk_id]
            found = known[span] = is_hub(self.kb.docs[chunk.doc_id], chunk, chunk.text[span.start:span.end])
        return found

    def search(self, query: Query, filters: Filters | None = None, k: int | None = None,
               scope: set[str] | None = None) -> list[Hit]:
        s = self.settings
        allowed = self.allowed_docs(filters)
        if scope is not None:
            allowed = scope if allowed is None else allowed & scope
        if allowed is not None and not allowed:
            return []
        weights = weighted_terms(self.kb, query)
        titles = self._titles()
        prior_rows = self.prior_array(query, weights)
        scores = self.kb.lexical_scores(query.tokens + self.kb.known_terms(boundary_bigrams(query.search), query.tokens))
        lexical = self.kb.top_lexical(scores, s.k_lexical, allowed)
        # The documents the question names also contribute their own best clauses, so a clause of
        # a named notice is never crowded out by hundreds of similar report paragraphs.
        named = titles.strongest(prior_rows, allowed, s.named_docs)
        seen = {cid for cid, _ in lexical}
        for doc_id in named:
            if prior_rows[titles.row[doc_id]] < s.min_named_prior:
                break
            for cid, score in self.kb.top_lexical(scores, s.k_per_doc, {doc_id}):
                if cid not in seen:
                    lexical.append((cid, score))
                    seen.add(cid)
        semantic, closest, compared = self.semantic(query, allowed)
        for cid in sorted(semantic, key=lambda c: -semantic[c])[: s.k_semantic]:
            if cid not in seen:  # a paraphrase shares no words: the semantic signal proposes it
                lexical.append((cid, 0.0))
                seen.add(cid)
        lexical.sort(key=lambda x: -x[1])
        dense: list[tuple[str, float]] = []
        if s.w_dense > 0:
            vector = self.kb.embedder.embed_query(query.search if not query.english else query.raw)
            dense = self.kb.search_dense(vector, s.k_dense, allowed)
        fused: dict[str, float] = {}
        ranks: dict[str, dict[str, int]] = {}
        for rank, (cid, score) in enumerate(lexical):
            fused[cid] = fused.get(cid, 0.0) + (s.w_lexical / (s.rrf_k + rank) if score > 0 else 0.0)
            ranks.setdefault(cid, {})["lexical"] = rank
        for rank, (cid, _score) in enumerate(dense):
            fused[cid] = fused.get(cid, 0.0) + s.w_dense / (s.rrf_k + rank)
            ranks.setdefault(cid, {})["dense"] = rank
        if not fused:
            return []
        top_fused = max(fused.values()) or 1.0
        lex_scores, dense_scores = dict(lexical), dict(dense)
        hits = []
        clauses: dict[str, float] = {}
        for cid in fused:
            # How much of the question the clause itself covers (terms that only name the
            # document do not count).
            chunk = self.kb.chunks[cid]
            view = f"{normalize(chunk.section or '')}\n{self.kb.normalized(cid)}"
            clauses[cid] = coverage(clause_weights(weights, self.kb.docs[chunk.doc_id].title), view, normalized=True)
        # Everyday words that no clause shares (a paraphrase): the words rank noise, meaning leads;
        # unless too little of the question is left to carry a meaning ("…活动的目的是什么").
        paraphrase = max(clauses.values()) < s.min_coverage and compared >= MEANINGFUL_CHARS
        w_semantic = s.w_semantic * (s.semantic_boost if paraphrase else 1.0)
        penalties_not_asked = not _CONSEQUENCE.search(query.text)
        fine_asked = bool(_FINE_ASKED.search(query.text))
        listed_terms = quoted_words(query.raw) if WHICH_ONES.search(query.text) else []
        listed_count = counted_items(query.text)
        # (the sign-off with its contact line answers who to call; otherwise it only names the
        # issuers, whose short names — 工信部 — a question uses to name the document)
        contact_asked = bool(_CONTACT_ASKED.search(query.text)) or bool(
            {"email", "mobile", "persons", "fax"} & set(query.slots))
        form_not_asked = not _FORM_ASKED.search(query.text) and "columns" not in query.slots
        for cid, score in fused.items():
            chunk = self.kb.chunks[cid]
            doc = self.kb.docs[chunk.doc_id]
            # Rerank: rank fusion, clause coverage, how strongly the question names the document,
            # a verbatim phrase, and closeness in meaning.
            prior = float(prior_rows[titles.row[doc.doc_id]]) if doc.doc_id in titles.row else 0.0
            final = (score / top_fused + s.w_clause * clauses[cid] + s.w_doc_prior * prior
                     + s.w_phrase * phrase_match(query.text, self.kb.normalized(cid))
                     + w_semantic * semantic.get(cid, 0.0)
                     + s.w_phrase * _heading_names_slot(chunk, query.slots)
                     # (a clause listing the items the question asks for by their shared word
                     # answers it as surely as one holding all its words)
                     + s.w_clause * max(quoted_listed(listed_terms, self.kb.normalized(cid)),
                                        lists_items(listed_count, self.kb.normalized(cid))))
            if (is_head(doc, chunk) or is_signoff(doc, chunk, with_contact=not contact_asked)) and not query.fields:
                # the title block and the sign-off name the document and its issuers; they do not
                # answer about it
                final *= HEAD_WEIGHT
            elif form_not_asked and is_blank_form(chunk):
                # A form to fill in lists the events to tick and the fields to fill; it names each
                # event, but what the event is, when and where, is said in the body.
                final *= FORM_WEIGHT
            elif "columns" in query.slots and is_blank_form(chunk):
                final /= FORM_WEIGHT  # "表上要填哪些内容": the form itself
            elif any(_LIABILITY_CHAPTER.search(t) for t in chunk.section_path[:-1]):
                # A law's 法律责任 chapter repeats each duty to attach its penalty: what must or may
                # be done is said where the duty is laid down, unless the penalty is asked (and
                # where a fine is asked for by name, that chapter is where it is set).
                if penalties_not_asked:
                    final *= PENALTY_WEIGHT
                elif fine_asked:
                    final /= PENALTY_WEIGHT
            hits.append(Hit(chunk, doc, final, lex_scores.get(cid, 0.0), dense_scores.get(cid, 0.0),
                            ranks.get(cid, {}), semantic.get(cid, 0.0), closest.get(cid, [])))
        hits.sort(key=lambda h: -h.score)
        return hits[: (k or s.top_k)]


_CONTACT_ASKED = re.compile(r"联系|电话|邮箱|找谁|问谁|咨询|对接人|contact|phone|e-?mail")


# A section headed by what is asked ("一、活动时间" for "从几月搞到几月", "活动地点" for "在哪办"):
# the value of the whole document's activity, whatever words the question uses.
_SLOT_HEADINGS = {
    "event_time": re.compile(r"^(活动|实施|工作|举办)?(时间|日期|期限|时间安排)$"),
    "place": re.compile(r"^(活动|举办)?(地点|地址|场地)$"),
    "fee": re.compile(r"^(收费|费用|收费标准)$"),
    "condition": re.compile(r"^(参加|参与|申报|报名)?(条件|对象|范围)$"),
}
_HEADING_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*")


def _heading_names_slot(chunk: Chunk, slots: list[str]) -> float:
    if not chunk.section_path or not slots:
        return 0.0
    title = _HEADING_NUMBER.sub("", chunk.section_path[-1]).strip("。 ")
    return 1.0 if any(slot in _SLOT_HEADINGS and _SLOT_HEADINGS[slot].match(title) for slot in slots) else 0.0


_LIABILITY_CHAPTER = re.compile(r"^第[一二三四五六七八九十]+章\s*(法律责任|罚\s*则)")
# A penalty asked for by name ("罚多少", "怎么处罚"): where the law sets it, its 法律责任 chapter.
_FINE_ASKED = re.compile(r"罚(多少|款|几|什么|得)|怎么罚|如何(处)?罚|处罚|受到?什么处罚|法律责任|fine|penalt")
# A blank form: its heading names a form, and its text is boxes to tick or short labels to fill.
_FORM_TITLE = re.compile(r"(报名|申报|申请|登记|推荐|报送|需求|汇总|信息|回执)表|回执$")
_FORM_ASKED = re.compile(r"表|填|栏|回执|格式|form|field", re.I)
FORM_WEIGHT = 0.8


# "想让哪几样东西一起“升级”": the quoted word is the one each listed item shares.
WHICH_ONES = re.compile(rf"哪(几|些)|几(个|样|项|种)|哪{COUNT_NUMERAL}+(个|样|项|种|条)")  # ("是哪三个")


_QUOTED_WORD = re.compile(r"[“\"「]([^”\"」]{1,4})[”\"」]")


def quoted_words(question: str) -> list[str]:
    """Short words the question quotes (“稳”, “升级”; “三个升级” counts the items of 升级)."""
    words = [normalize(w) for w in _QUOTED_WORD.findall(question)]
    return [_COUNTED.sub("", w) or w for w in words]


_COUNTED = re.compile(rf"^{COUNT_NUMERAL}+(个|大|项|种|样|条)?(?=[\u4e00-\u9fff]{{2}})")


def quoted_listed(terms: list[str], text: str) -> float:
    """1.0 when the clause lists two items or more (A、B、C) sharing a word the question quotes
    while asking which ones ("产业升级、产品升级、消费升级" for “升级”)."""
    for term in terms:
        if any(sum(term in item for item in run.split("、")) >= 2 for run in ITEM_RUN.findall(text)):
            return 1.0
    return 0.0


def is_blank_form(chunk: Chunk) -> bool:
    if not chunk.section_path or not _FORM_TITLE.search(chunk.section_path[-1]):
        return False
    lines = [line.strip() for line in chunk.text.splitlines() if line.strip()]
    return "□" in chunk.text or sum(len(line) <= 8 for line in lines) * 2 >= len(lines)
# A question about the consequences of breaking a rule (the penalty articles answer it).
_CONSEQUENCE = re.compile(r"罚|处分|责任|赔|后果|会怎(么|样)|怎么(处理|处置|办)|吊销|没收|违法所得|追究|制裁|算什么|"
                          r"penalt|fine|liab|sanction|punish")
PENALTY_WEIGHT = 0.85
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")
_FRAME_VECTORS: dict[str, np.ndarray] = {}  # by embedder and frame list


def _scaled(raw: dict[str, float]) -> dict[str, float]:
    """Closeness scaled within scope so that the median clause is 0 and the best is 1 (only the
    ordering within scope carries meaning); empty when all are alike."""
    if len(raw) < 2:
        return {c: 1.0 for c in raw}
    values = sorted(raw.values())
    low, high = values[len(values) // 2], values[-1]
    if high - low < 1e-6:
        return {}
    return {c: max(0.0, (v - low) / (high - low)) for c, v in raw.items()}


@functools.cache
def _frame_words() -> frozenset[str]:
    """Words any question may use without saying what it is about: those of the frame-only
    questions (通知, 企业, 支持), placeholders (内容, 方面) and names of a document."""
    return frozenset({w for q in FRAME_QUESTIONS for w in content_terms(q)} | PLACEHOLDERS | {"文件", "通知", "附件"})


class _TitleLookup:
    """What `doc_prior` reads of every document, made once per state of the library: titles
    by their characters and pairs (index/postings.py), 文号s, which documents are formal (have
    a 文号) and which are embedded."""

    def __init__(self, kb: KnowledgeBase) -> None:
        docs = list(kb.docs.values())
        self.ids = [d.doc_id for d in docs]
        self.row = {d: i for i, d in enumerate(self.ids)}
        self.titles = kb.titles()[1]  # normalised titles: what a year is looked for in
        once = self.titles.texts
        twice = [normalize(t) for t in once]  # what `coverage` reads (it normalises its text)
        self.covered = self.titles if twice == once else TextPostings(twice)
        self.by_number: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            if d.meta.doc_number:
                self.by_number.setdefault(normalize(d.meta.doc_number), []).append(i)
        self.formal = np.asarray([bool(d.meta.doc_number) for d in docs], dtype=bool)
        self.by_date_year: dict[str, list[int]] = {}  # the year of its date line
        for i, d in enumerate(docs):
            if d.meta.written_date:
                self.by_date_year.setdefault(d.meta.written_date[:4], []).append(i)
        self.embedded = [d.doc_id for d in docs if kb.settings.embeds(d)]
        # (a law's words alone have vectors)
        self.worded = [d.doc_id for d in docs if kb.settings.embeds_words(d) and not kb.settings.embeds(d)]

    def containing_like(self, term: str) -> np.ndarray:
        """Rows whose title `evidence._contains` the term: holds it, or (a Chinese term of three
        or more characters: a typo or variant) holds at least half of its character pairs."""
        if len(term) >= 3 and _CHINESE.fullmatch(term):
            return np.flatnonzero(self.covered.pair_share(term) >= 0.5)
        return self.covered.containing(term)

    def strongest(self, prior: np.ndarray, allowed: set[str] | None, limit: int) -> list[str]:
        """The `limit` documents (within `allowed`) with the highest prior, ties in library order."""
        if allowed is None:
            return [self.ids[i] for i in np.argsort(-prior, kind="stable")[:limit].tolist()]
        rows = np.asarray(sorted(self.row[d] for d in allowed if d in self.row), dtype=np.int64)
        best = rows[np.argsort(-prior[rows], kind="stable")[:limit]]
        return [self.ids[i] for i in best.tolist()]

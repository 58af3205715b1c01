"""`Assistant.ask`: the one entry point every interface (Python, CLI, web) calls."""

from __future__ import annotations

import contextlib
import dataclasses
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from index import law
from index.chunking import in_appendix
from index.kb import BuildReport, KnowledgeBase
from index.models import Chunk, Document, Role
from index.seeds import add_with_roles
from index.textnorm import normalize

from . import refusal, sections
from .answerable import asked_weights
from .catalogue import catalogue_answer, place_note
from .compose import ambiguity_note, clarify, doc_refs, fallback_note
from .conversation import ABOUT_IT, THIS_THING, Conversation, conversation_doc, person_again
from .duties import answer_duties, duty_rows
from .evidence import weighted_terms
from .fallback import keeps_topic, takes_over
from .firm import relevant_to
from .laws import (
    ASKS_THE_LAW,
    BEYOND_SUBJECT,
    about_subject,
    article_answer,
    asked_beyond,
    asks_beyond_the_notice,
    beyond_subject_query,
    version_note,
)
from .models import Answer, DutyRow, FirmMatch, FirmProfile, RequestError, TopicResult, Turn
from .multipart import merge, merge_blocks, part_queries, split_parts, topic_terms
from .query import QUOTED, Query, defined_term, defining
from .retrieval import Filters, Hit, Retriever
from .scope import ASKED_LEVEL, DOCUMENT_WORD, LEVEL_REF, NATIONAL, Resolution, Resolver, everyday, issuer_level, issuer_orgs
from .settings import Settings
from .topic import topic
from .writers import AnswerWriter, ExtractiveWriter, LLMWriter

# The question asks what the law says ("法律怎么说", "违法吗", "依法…"), not what the notice says.


DEFINITION_SCAN = 50  # documents whose clauses are read for a definition (a law and its neighbours, not a library)
# Words that stand for what was said before: no topic of their own.


def _told_silent(query: Query) -> bool:
    """The asker says the notice is silent and asks what the law says ("通知没说X，法律上呢？")."""
    return bool(ASKS_THE_LAW.search(query.text) and BEYOND_SUBJECT.search(query.text))


def _only_nearest(answer: Answer, reason: str) -> Answer:
    """An answer by meaning turned into a refusal that still quotes the clause it found, for reference."""
    quotes = re.split(r"依据条款：|Clauses:", answer.text, maxsplit=1)[-1].strip()
    answer.text = refusal.silent(reason, nearest=True) + "\n\n" + quotes
    answer.refused, answer.kind = True, "refusal"
    return answer


# A table a question names by its kind ("安排表", "分工表", "企业名单").
_TABLE_NAMED = re.compile(r"[\u4e00-\u9fff]{2}(?:表|名单|清单)")


# The words a question names the national level by (LEVEL_REF): out of the search in the notices.
_LEVEL_TOKENS = frozenset({"国家", "层面", "国家层面"})


class QuestionError(ValueError):
    """A question that cannot be asked (empty, too long); the message is for the user."""


EACH_CANDIDATE = 3  # documents a reference may fit and still be answered one by one


class Assistant:
    def __init__(self, settings: Settings | None = None, *, index_dir: str | Path | None = None,
                 kb: KnowledgeBase | None = None, writer: AnswerWriter | None = None) -> None:
        self.settings = settings or Settings.from_env(index_dir=index_dir)
        self.kb = kb or KnowledgeBase(self.settings.index)
        if not self.kb.docs and self.settings.seeds_dir.exists():
            # First use: build the index from the bundled seeds.
            add_with_roles(self.kb, [self.settings.seeds_dir])
        self.retriever = Retriever(self.kb, self.settings.retrieval)
        self.resolver = Resolver(self.kb)
        self.conversation = Conversation(self.kb, self.settings.retrieval, self.resolver)
        self.extractive = ExtractiveWriter(self.kb, self.settings.retrieval)
        if writer is not None:
            self.writer = writer
        elif self.settings.llm.enabled:
            self.writer = LLMWriter(self.kb, self.settings.retrieval, self.settings.llm)
        else:
            self.writer = self.extractive
        self._lock = ReadWriteLock()  # many questions at once; a library change waits for them

    @property
    def mode(self) -> str:
        return self.writer.mode

    # ----- asking -----------------------------------------------------------------------------
    def ask(self, question: str, history: Sequence[Turn | dict | tuple] | None = None,
            filters: Filters | dict | None = None, on_delta: Callable[[str], None] | None = None,
            use_llm: bool = True) -> Answer:
        started = time.perf_counter()
        question = self._check(question)
        turns = _turns(history)
        parsed_filters = Filters.from_any(filters)
        with self._lock.reading():
            allowed = self.retriever.allowed_docs(parsed_filters)
            # "陕西有没有相关通知": what the library holds, from its catalogue (before any search)
            held = catalogue_answer(self.kb, self.settings.retrieval, question, allowed)
            if held is not None:
                held.timings = {"total_ms": (time.perf_counter() - started) * 1000}
                if on_delta:
                    on_delta(held.text)
                return held
            # ("他有邮箱吗？" after "第二个人是哪个单位的？": that person, in every part of the question)
            asked = person_again(question, turns)
            query, scope, ordinal_answer = self.conversation.resolve(asked, turns)
            if ordinal_answer is not None:
                ordinal_answer.timings = {"total_ms": (time.perf_counter() - started) * 1000}
                if on_delta:
                    on_delta(ordinal_answer.text)
                return ordinal_answer
            t0 = time.perf_counter()
            conversation = conversation_doc(turns, self.kb.docs)
            resolution = self.resolver.resolve(query, conversation, allowed)
            writer = self.writer if use_llm else self.extractive
            # "我们要做哪些工作": the 责任分工 rows; a question for a value (几点前报) is answered from its clause.
            duty_answer = None if query.slots else answer_duties(self.kb, query.raw, resolution.named, allowed)
            # ("通知没说谁能定，法律上呢？" is one question: what the law says where the notice is silent)
            # (and "87号文没说X；循环经济促进法怎么规定的？", which names the law it asks)
            one = query.article is not None or bool(BEYOND_SUBJECT.search(query.text) and (
                self._laws_asked(query, resolution, scope)
                or any(law.has_articles(self.kb.docs[d]) for d in resolution.named if d in self.kb.docs)))
            parts = [asked] if one else split_parts(asked)
            if duty_answer is not None:  # "我们省商务厅要做哪些工作、报送什么": the 责任分工 rows, complete
                answer, t1 = duty_answer, time.perf_counter()
                if on_delta:
                    on_delta(answer.text)
            elif len(parts) > 1 and not resolution.candidates:
                # Several questions in one: each part answered on its own, from the same documents.
                of_subject = about_subject(self.kb, query, resolution.docs)
                queries = part_queries(parts, lambda w: everyday(self.kb, w))
                for i, q in enumerate(queries):
                    q.of_subject = of_subject
                    # ("那这张表里第一项是什么？几月份办？" after a question about the attachment: the
                    # parts that point at it, and those that go on asking about it, ask what is in it)
                    if query.attachment_content and (
                            THIS_THING.search(q.raw) or ABOUT_IT.search(q.raw)
                            or (i > 0 and queries[i - 1].attachment_content and not topic_terms(q.raw))):
                        q.attachment_content = True
                answers = [self._answer(q, resolution, scope, parsed_filters, writer, None)[0] for q in queries]
                answer, t1 = merge(question, parts, answers), time.perf_counter()
                if on_delta:
                    on_delta(answer.text)
            else:
                answer, t1 = self._answer(query, resolution, scope, parsed_filters, writer,
                                          None if resolution.guessed else on_delta)
                if resolution.guessed:
                    if answer.refused:
                        # "网购的衣服快递丢了…": a word only a local notice uses named it, and it is
                        # silent; the question is asked again of the subject and the laws.
                        plain = self.resolver.resolve(query, conversation, allowed, by_content_allowed=False)
                        again, t1 = self._answer(query, plain, scope, parsed_filters, writer, None)
                        answer = again if not again.refused else answer
                    if on_delta:
                        on_delta(answer.text)
                note = version_note(self.kb, answer)  # a law with other versions in the library
                note = note or place_note(self.kb, question, answer)  # the asker's own place has a notice
                if note:
                    answer.text += "\n\n" + note
                    if on_delta:
                        on_delta("\n\n" + note)
        t2 = time.perf_counter()
        answer.question = question
        if query.raw != question:
            answer.resolved_question = query.raw
        answer.timings = {"retrieval_ms": (t1 - t0) * 1000, "answer_ms": (t2 - t1) * 1000,
                          "total_ms": (t2 - started) * 1000}
        return answer

    def _answer(self, query: Query, resolution: Resolution, scope: set[str] | None, filters: Filters | None,
                writer: AnswerWriter, on_delta: Callable[[str], None] | None) -> tuple[Answer, float]:
        """Search the documents the question is about and write the answer; say so when the
        reference fits several documents, and fall back to related documents when the subject is silent."""
        others: list[str] = []
        chosen = ""
        target = resolution.named[0] if resolution.named else (next(iter(scope)) if scope and len(scope) == 1 else None)
        if query.article is not None and target is not None and not resolution.candidates:
            # "电子商务法第十条": the article found by its numbers, not by searching words.
            article = article_answer(self.kb, self.settings.retrieval, query, self.kb.docs[target])
            if article is not None:
                if on_delta:
                    on_delta(article.text)
                return article, time.perf_counter()
        if resolution.candidates:
            preferred = [] if resolution.each else [d for d in resolution.candidates if self.kb.docs[d].role == "subject"
                                                    or (scope is not None and d in scope)]
            if len(preferred) != 1:
                answer = self._each_candidate(query, resolution, filters, writer)
                if on_delta:
                    on_delta(answer.text)
                return answer, time.perf_counter()
            chosen = preferred[0]
            others = [d for d in resolution.candidates if d != chosen]
            docs: set[str] | None = self.resolver.family(preferred[0])
        elif len(resolution.named) == 1 and query.fields:
            # A field (文号, dates, issuer) is the named document's own, not that of a document it
            # attaches: a 转发 notice carries the notice it forwards, with the forwarded 文号.
            docs = {resolution.named[0]}
        elif resolution.named or scope is None:
            docs = resolution.docs
        else:
            docs = scope  # a follow-up stays on the conversation's document
        own = self._own_first(query, resolution, docs)
        looked_for = self._without_level(self._without_naming(query, resolution), own or docs)
        hits = self._search(looked_for, filters, own)
        if own != docs and (not hits or self.extractive.write(query, hits).refused):
            hits = self._search(looked_for, filters, docs)
        t1 = time.perf_counter()
        laws = self._laws_asked(query, resolution, scope)
        by_law = self._from_laws(query, resolution, hits, filters, laws, writer) if laws else None
        framed = self._framed_on_subject(query, resolution, scope) if not laws and hits else set()
        if framed:
            # "国家通知说要畅通线上渠道，网上卖的衣服几天内能无理由退货？": a question framed on the
            # notice and asked beyond it; where the notice answers only by meaning, or not at all,
            # a law that says it in its own words answers (and says that the notice is silent).
            in_subject = self.extractive.write(query, hits)
            if in_subject.refused or in_subject.kind == "meaning" or ASKS_THE_LAW.search(query.text):
                by_law = self._from_laws(query, resolution, hits, filters, framed, writer)
        if by_law is None and laws and hits and _told_silent(query):
            # "通知没讲X，法律上呢？" and no law says it either: the notice's clause closest in meaning
            # is what the asker has just called silent, so it is offered as the nearest, not as the answer.
            nearest = self.extractive.write(query, hits)
            if nearest.kind == "meaning":
                by_law = _only_nearest(nearest, "所收录的法律中也没有找到直接对应的规定")
        if by_law is not None:
            # "拖欠货款，法律怎么说": the question asks what the law says; the laws answer first.
            if on_delta:
                on_delta(by_law.text)
            return by_law, t1
        fallback = resolution.fallback
        if fallback and hits and sections.pointed_chunks(hits[0].doc, query.raw):
            fallback = None  # "第二部分（一）里…", "开头交代的理由": a place in the subject's own outline
        if fallback and (query.of_subject or about_subject(self.kb, query, resolution.docs)):
            # A question in the campaign's own words is not answered by a law that shares a word;
            # a local notice of the same campaign still may.
            fallback = {d for d in fallback if not law.has_articles(self.kb.docs[d])}
        if fallback and ASKED_LEVEL["central"].search(query.text):
            # ("国家层面对旧衣服是怎么提的": the national level was asked; a local notice is not it)
            fallback = {d for d in fallback if law.has_articles(self.kb.docs[d])
                        or issuer_level(self.kb.docs[d]) == "central"}
        if fallback and not resolution.named:
            # The subject first; a related document (a law, a local notice) only where it is silent.
            primary = self.extractive.write(query, hits) if hits else None
            # Where the subject answers only by meaning, a related document that answers in its own
            # words ("开网店的个人要登记吗": the e-commerce law) is the better answer.
            silent = primary is None or primary.refused
            if silent and primary is not None and query.intent == "attachment":
                # The subject's attachment is missing: another document's attachment (a local
                # notice prints its own table) is not the one asked about.
                if on_delta:
                    on_delta(primary.text)
                return primary, t1
            # (what the subject's own record answers — its fields, its outline — stays with it; a
            # local notice overrules its answer by meaning only in its own words: see takes_over)
            # (an answer of the subject only by meaning is tried against local notices too: one that
            # says it in its own words, twice as much of it, takes over — "清洁生产现场会在哪里开")
            pool = fallback if silent or (primary is not None and primary.kind == "meaning") else \
                {d for d in fallback if law.has_articles(self.kb.docs[d])} \
                if primary is not None and primary.kind in ("general", "requirement") else set()
            # (a question not in the campaign's words, answered from it only loosely — a clause
            # that shares few of its words — is tried against the laws too: below, a law wins
            # only by saying twice as much of it in its own words)
            if pool:
                fallback_hits = self._search(query, filters, pool)
                alternative = self.extractive.write(query, fallback_hits) if fallback_hits else None
                if alternative is not None and takes_over(self.kb, query, resolution.docs, primary, hits,
                                                          alternative, fallback_hits):
                    answer = alternative if writer is self.extractive else writer.write(query, fallback_hits, None)
                    answer.text = fallback_note(self.kb, resolution.docs or set(), answer) + answer.text
                    if on_delta:
                        on_delta(answer.text)
                    return answer, t1
            if primary is not None and writer is self.extractive:
                if on_delta:
                    on_delta(primary.text)
                return primary, t1
        answer = writer.write(query, hits, None if others else on_delta)
        if others:
            answer.text = ambiguity_note(self.kb, resolution, chosen) + answer.text
            answer.candidates = doc_refs(self.kb, resolution.candidates)
            if on_delta:
                on_delta(answer.text)
        return answer, t1

    def _own_first(self, query: Query, resolution: Resolution, docs: set[str] | None) -> set[str] | None:
        """"东莞的活动要洗水厂做什么": a local notice that forwards the subject (转发) answers from its
        own clauses; the forwarded notice, searched with it, only where they are silent."""
        if docs is None or len(resolution.named) != 1 or resolution.candidates \
                or NATIONAL.search(query.text):  # ("东莞的转发通知里，国家要求…": the forwarded notice)
            return docs
        named = resolution.named[0]
        if query.intent == "attachment" and not self._own_table_named(query, named):
            return docs  # ("东莞转发的附件": its attachment 1 is the forwarded notice)
        forwarded = docs - {named}
        if named not in docs or not forwarded or self.kb.docs[named].role == "subject" or \
                any(self.kb.docs[d].role != "subject" for d in forwarded if d in self.kb.docs):
            return docs
        return {named}

    def _own_table_named(self, query: Query, named: str) -> bool:
        """"江阴的安排表里列了几项活动": the question names a table the document itself attaches."""
        doc = self.kb.docs.get(named)
        tables = _TABLE_NAMED.findall(query.text)
        return doc is not None and any(t in a.name for t in tables for a in doc.meta.attachments if a.available)

    def _laws_asked(self, query: Query, resolution: Resolution, scope: set[str] | None) -> set[str]:
        """The laws to answer from first: the question asks what the law says ("法律上怎么要求",
        "合法吗"), of no document in particular, or of the campaign notice while saying that the
        notice is silent ("87号文没提贷款，法律上有没有说法？"); the notice's own words then
        only framed the question."""
        if query.of_subject:
            return set()
        meant = resolution.named or (sorted(resolution.docs or ()) if resolution.deictic else [])
        if meant:
            if not (BEYOND_SUBJECT.search(query.text) and not resolution.candidates
                    and all(self.kb.docs[d].role == "subject" for d in meant)):
                return set()
            pool = self.resolver.related(scope)
        else:
            asks = ASKS_THE_LAW.search(query.text) or BEYOND_SUBJECT.search(query.text)
            pool = resolution.fallback or set() if asks else set()
            if not asks and resolution.fallback and resolution.docs and self._may_be_for_a_law(query, resolution, scope):
                # "平台能不能把买家的差评删掉": no document named, and its words sit clearly closer
                # to a law's than to any clause of the subject: a question for the law.
                laws = {d for d in resolution.fallback if law.has_articles(self.kb.docs[d])}
                if laws and (self.retriever.word_closeness(query, laws) - self.retriever.word_closeness(query, resolution.docs)
                             >= self.settings.retrieval.min_law_margin):
                    pool = laws
                    query.for_law = True
        return {d for d in pool if law.has_articles(self.kb.docs[d])}

    def _framed_on_subject(self, query: Query, resolution: Resolution, scope: set[str] | None) -> set[str]:
        """The laws, for a question that names the subject only to frame what it asks ("国家通知
        鼓励用直播平台宣传，直播时说…违不违规？", "…法律上产品标识必须有什么？")."""
        if not resolution.named or resolution.candidates or query.fields \
                or not all(self.kb.docs[d].role == "subject" for d in resolution.named):
            return set()
        if not ASKS_THE_LAW.search(query.text) and not asks_beyond_the_notice(query):
            return set()
        return {d for d in self.resolver.related(scope) if law.has_articles(self.kb.docs[d])}

    def _may_be_for_a_law(self, query: Query, resolution: Resolution, scope: set[str] | None) -> bool:
        """A question that names nothing of the library may be one for a law; not one that goes on
        with the conversation ("第三项呢？"), points at a place ("第三部分…几条"), asks for the
        subject's record ("有问题联系谁"), speaks of "the document" or "the campaign" ("…这种事，文件
        怎么讲的") or in the subject's own title words ("优供给促升级活动的工作要求")."""
        return (scope is None and not query.follow_up and query.ordinal is None and not query.fields
                and not sections.REF.search(query.text) and not DOCUMENT_WORD.search(query.text)
                and not about_subject(self.kb, query, resolution.docs))

    def _from_laws(self, query: Query, resolution: Resolution, hits: list[Hit], filters: Filters | None,
                   laws: set[str], writer: AnswerWriter) -> Answer | None:
        """The laws' answer to a question put to them, or None when none answers it."""
        law_hits = self._search(beyond_subject_query(query), filters, laws)
        # (what the answer must cover is what is asked, not the notice it was framed on)
        asked = asked_beyond(query) or query
        # "通知没说X，法律上呢？": the asker has said the notice is silent and asks the law, so the
        # closest article answers by meaning, as for a question put to the laws by its words.
        put_to_law = _told_silent(query)
        asked.for_law = query.for_law or put_to_law
        by_law = self.extractive.write(asked, law_hits) if law_hits else None
        if by_law is None or by_law.refused:
            return None
        named = bool(resolution.named or resolution.deictic)
        # (where the asker named the notice without asking the law, the law must speak of what the
        # notice's own clause was asked about: "87号文没提补贴比例，设备更新能补百分之几" is not
        # answered by a procurement share)
        if named and not put_to_law and not keeps_topic(
                self.kb, asked_weights(asked, weighted_terms(self.kb, asked)), hits, law_hits, shared_only=True):
            return None
        answer = by_law if writer is self.extractive else writer.write(query, law_hits, None)
        # (the asker named the notice, or did not ask for a law: say that the notice is silent, and
        # whose words these are)
        if named or not ASKS_THE_LAW.search(query.text):
            answer.text = fallback_note(self.kb, resolution.docs or set(), answer) + answer.text
        return answer

    def _each_candidate(self, query: Query, resolution: Resolution, filters: Filters | None,
                        writer: AnswerWriter) -> Answer:
        """The reference fits a few documents ("112号" of two provinces): answer from each, under
        its name, rather than make the user ask again or pick one silently; many are only listed."""
        if len(resolution.candidates) > EACH_CANDIDATE:
            return clarify(self.kb, query, resolution)
        refs = doc_refs(self.kb, resolution.candidates)
        # (each from its own text: a forwarding notice's family holds the notice it forwards, itself a candidate)
        answers = [writer.write(query, self._search(query, filters, {d} if self.resolver.family(d) & set(
            resolution.candidates) - {d} else self.resolver.family(d)), None) for d in resolution.candidates]
        said = f"“{resolution.reference}”" if resolution.reference else "问题所指的文件"
        lead = (f"Several documents in the library match {said}; each is answered below (name one to ask about it alone):\n\n"
                if query.english else
                f"知识库中有{len(refs)}份文件符合{said}，下面逐份回答（只问其中一份时，请写明标题或文号）：\n\n")
        answer = merge_blocks(query.raw, [r.label() for r in refs], answers, kind="clarify", lead=lead)
        answer.candidates = refs
        return answer

    def _without_naming(self, query: Query, resolution: Resolution) -> Query:
        """The question as searched inside the local document it named: without the words of that
        document's issuers ("宁晋协会对参展产品的吊牌有什么要求": 宁晋 and 协会 name 宁晋县服装行业协会,
        and every clause that mentions the association would outrank the one about 吊牌)."""
        named = [self.kb.docs[d] for d in resolution.named if d in self.kb.docs]
        if not named or not resolution.reference or any(d.role == "subject" or law.has_articles(d) for d in named):
            return query
        issuers = normalize(" ".join(o for d in named for o in issuer_orgs(d)))
        # (a name the question quotes is its topic, though it opens with the place: "“南充丝绸”这块牌子")
        quoted = " ".join(normalize(q) for q in QUOTED.findall(query.raw))
        kept = [t for t in query.tokens if len(t) < 2 or t not in issuers or t in quoted]
        if len(kept) == len(query.tokens) or len([t for t in kept if len(t) >= 2]) < 2:
            return query
        return dataclasses.replace(query, tokens=kept)

    def _without_level(self, query: Query, docs: set[str] | None) -> Query:
        """The question as searched in the campaign's notices: without the words that name the
        national level ("国家层面对旧衣服是怎么提的", "国家这个通知…"): they name the notice, and a
        clause that says 国家 in another sense ("与其他国家和地区") is no closer to what is asked.
        (Not in a law, whose "国家鼓励…" is what it says.)"""
        level = LEVEL_REF.search(query.text)
        if level is None or not docs or any(law.has_articles(self.kb.docs[d]) for d in docs if d in self.kb.docs) \
                or query.intent == "attachment" or query.attachment_content or query.in_attachment:
            return query  # (nor where it says which attachment: "附的国家活动计划表")
        kept = [t for t in query.tokens if t not in _LEVEL_TOKENS]
        if len([t for t in kept if len(t) >= 2]) < 2:
            return query
        text = query.text[:level.start()] + query.text[level.end():]
        return dataclasses.replace(query, tokens=kept, text=text)

    def _search(self, query: Query, filters: Filters | None, docs: set[str] | None) -> list[Hit]:
        hits = self.retriever.search(query, filters, scope=docs)
        if not hits and query.intent == "field" and docs and len(docs) <= EACH_CANDIDATE:
            # "它的文号是多少" about a document named before: its record answers, though no clause
            # shares a word with the question (a notice without vectors has only its words).
            hits = [Hit(self.kb.docs[d].chunks[0], self.kb.docs[d], 0.0) for d in sorted(docs)
                    if d in self.kb.docs and self.kb.docs[d].chunks]
        term = defined_term(query)
        if hits and term and docs is not None and len(docs) <= DEFINITION_SCAN:
            # "“再利用”是指什么": the clause that defines it ("本法所称再利用，是指…") comes first.
            defines = defining(term)
            defining_chunks = [c for d in sorted(docs) for c in self.kb.docs[d].chunks
                               if defines.search(self.kb.normalized(c.chunk_id))]
            hits = _first(self.kb, hits, defining_chunks[:2])
        if hits:
            # "工作任务的第二项", "开头交代的理由": the place named comes first, whatever its words.
            hits = _first(self.kb, hits, sections.pointed_chunks(hits[0].doc, query.raw)[:3])
        if query.intent == "attachment" and hits:
            # "What does the attachment say?": answer from the attachment when it is indexed.
            links = self.kb.attachment_docs(hits[0].doc)
            tables = _TABLE_NAMED.findall(query.text)
            if tables:  # ("江阴的安排表里…": the attachment that table is, not the notice it forwards)
                links = {name: ids for name, ids in links.items() if any(t in name for t in tables)}
            family = {d for ids in links.values() for d in ids}
            if family:
                query.in_attachment = True
                hits = self.retriever.search(query, filters, scope=family) or hits
            elif docs and self._is_attachment(hits[0].doc.doc_id) and not self.kb.attachment_status(hits[0].doc):
                # the question named the attachment itself (a document that lists attachments of
                # its own, as a notice another one forwards does, is asked about those)
                query.in_attachment = True
            elif any(in_appendix(c) for c in hits[0].doc.chunks):
                # The attachment is printed in the notice after its 落款: its clauses come first.
                query.in_attachment = True
                found = [h.chunk for h in hits if in_appendix(h.chunk)]  # (in the order found)
                seen = {c.chunk_id for c in found}
                hits = _first(self.kb, hits, found + [c for c in hits[0].doc.chunks
                                                      if in_appendix(c) and c.chunk_id not in seen])
        return hits

    def _is_attachment(self, doc_id: str) -> bool:
        """Is this document the indexed attachment of another one?"""
        return doc_id in self.kb.attachment_holders()

    def _check(self, question: object) -> str:
        if not isinstance(question, str):
            raise QuestionError("the question must be text")
        question = question.strip()
        if not question:
            raise QuestionError("问题为空，请输入一个问题。(The question is empty.)")
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise QuestionError(f"问题过长（{len(question)} 字，上限 {limit} 字），请精简后再问。"
                                f"(The question is {len(question)} characters; the limit is {limit}.)")
        return question

    # ----- tools over the whole library (assistant/duties.py, assistant/firm.py) ----------------
    def duties(self, actor: str | None = None, doc_ids: Sequence[str] | None = None) -> list[DutyRow]:
        """The 责任分工 rows: who must do what, report to whom and by when, each with its clause."""
        with self._lock.reading():
            return duty_rows(self.kb, actor, doc_ids)

    def relevant_to(self, profile: FirmProfile | str, doc_ids: Sequence[str] | None = None) -> FirmMatch:
        """企业对照: the tasks that concern a firm, ranked and quoted, whom to contact, what is unsaid."""
        with self._lock.reading():
            return relevant_to(self.kb, profile, doc_ids)

    def topic(self, query: str, group_by: str = "document", role: str | None = None, issuer: str | None = None,
              year: str | None = None) -> TopicResult:
        """专题检索: where the library addresses a topic, by document or by year, counted and quoted."""
        with self._lock.reading():
            return topic(self.kb, query, group_by, role=role, issuer=issuer, year=year)  # type: ignore[arg-type]

    # ----- the library ------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        return self.kb.documents()

    def add_files(self, paths: Sequence[Path], progress: bool = False,
                  on_progress: Callable[[float, str], None] | None = None, role: Role | None = None) -> BuildReport:
        """Add files; `role` marks them subject, related or background (default: see KnowledgeBase.add)."""
        with self._lock.writing():
            return self.kb.add(paths, progress=progress, on_progress=on_progress, role=role)

    def remove(self, ref: str) -> list[str]:
        with self._lock.writing():
            return self.kb.remove(ref)


class ReadWriteLock:
    """Shared for questions, exclusive for library changes (which swap the index in memory)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._readers:
                self._cond.wait()
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


def _first(kb: KnowledgeBase, hits: list[Hit], chunks: list[Chunk]) -> list[Hit]:
    """`chunks` ahead of the other hits, in their order, as if closest in meaning: the question
    named them by their place or role, not by their words."""
    if not chunks:
        return hits
    base = hits[0].score + 1.0
    first = [Hit(c, kb.docs[c.doc_id], base - 0.01 * i, semantic=1.0) for i, c in enumerate(chunks)]
    named = {c.chunk_id for c in chunks}
    return first + [h for h in hits if h.chunk.chunk_id not in named]


def _turns(history: Sequence[Turn | dict | tuple] | None) -> list[Turn]:
    """Accept Turn objects, (question, answer) pairs or chat messages {"role", "content"}.
    Anything else is a RequestError naming the item (never a TypeError or RecursionError)."""
    def bad(where: str, zh: str, en: str) -> RequestError:
        return RequestError(f"对话历史 {where} {zh}。({where} {en}.)")

    if history is None:
        return []
    if isinstance(history, (str, bytes, dict)) or not isinstance(history, (list, tuple)):
        raise bad("history", "应为对话轮次的列表", f"must be a list of turns, got {type(history).__name__}")
    if len(history) > 1000:
        raise bad("history", "过长（超过 1000 项）", "has more than 1000 items")
    turns: list[Turn] = []
    for i, item in enumerate(history):
        where = f"history[{i}]"
        if isinstance(item, Turn):
            if not isinstance(item.question, str) or not (item.answer is None or isinstance(item.answer, Answer)):
                raise bad(where, "的问题应为文字、回答应为 Answer", "must hold a question string and an Answer or None")
            turns.append(item)
        elif isinstance(item, (tuple, list)):
            if len(item) != 2 or not isinstance(item[0], str):
                raise bad(where, "应为（问题，回答）二元组", "must be a (question, answer) pair")
            q, a = item
            turns.append(Turn(q, a if isinstance(a, Answer) else None))
        elif isinstance(item, dict):
            role, content = item.get("role"), item.get("content", "")
            if role not in ("user", "assistant", "system") or not isinstance(content, str):
                raise bad(where, "应为 {\"role\": \"user\"|\"assistant\", \"content\": 文字}",
                          'must be {"role": "user"|"assistant", "content": text}')
            if role == "user":
                turns.append(Turn(content))
            elif turns and isinstance(item.get("answer"), Answer):
                turns[-1].answer = item["answer"]
        else:
            raise bad(where, "的类型不受支持", f"has an unsupported type {type(item).__name__}")
    return turns


_default: Assistant | None = None
_default_lock = threading.Lock()


def ask(question: str, history: Sequence[Turn | dict | tuple] | None = None,
        filters: Filters | dict | None = None) -> Answer:
    """Ask with the default settings (environment variables); the index is built on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Assistant()
    return _default.ask(question, history=history, filters=filters)



"""The conversation: a question read against the turns before it.

"那第二条呢？", "它的联系人是谁？", "我问的是国家的那份。", "最后一项谁承办？" say little on their own;
`Conversation.resolve` turns such a question into one that stands alone (or answers it at once from
the list the last answer gave), and says which documents it stays on.
"""

from __future__ import annotations

import dataclasses
import re

from index.kb import KnowledgeBase
from index.models import Document
from index.structure import HEADING_START
from index.textnorm import content_terms, normalize

from . import sections
from .compose import column_of, compose, compose_section, rows_of
from .evidence import issuer_places
from .followup import REPORT_YEAR, VALUE_WORD, Names, same_question
from .laws import ASKS_THE_LAW, BEYOND_SUBJECT, SPEAKS_OF_SUBJECT
from .models import Answer, Turn
from .multipart import QUESTION_WORD, WHO_ASKED, split_parts, topic_terms
from .query import BODY_END, ORDINAL, PERSON_AT, YEAR, Query, analyse, ordinal_value
from .retrieval import Hit
from .scope import DOCUMENT_WORD, YEAR_SPAN, Resolution, Resolver, doc_year, normalized_text
from .settings import RetrievalSettings


class Conversation:
    """Reads follow-ups against the conversation, over one library."""

    def __init__(self, kb: KnowledgeBase, settings: RetrievalSettings, resolver: Resolver) -> None:
        self.kb = kb
        self.settings = settings
        self.resolver = resolver

    def resolve(self, question: str, turns: list[Turn]) -> tuple[Query, set[str] | None, Answer | None]:
        """Resolve a follow-up ("那第二条呢？", "它的联系人是谁？") against the conversation."""
        query = analyse(question)
        last = next((t for t in reversed(turns) if t.answer is not None and t.answer.citations), None)
        lead = CHOICE_LEAD.match(query.text)
        if lead and last is not None and last.answer is not None and last.answer.candidates:
            # "我问的是协会发的那份，报名截止是哪天？": a choice among the documents the last answer
            # named, then a question of its own about the one chosen
            picked = _picked(self.kb, lead.group(1), [c.doc_id for c in last.answer.candidates])
            if picked is not None:
                doc = self.kb.docs[picked]
                return analyse(f"{doc.meta.doc_number or doc.title}的{query.text[lead.end():]}"), {picked}, None
        reply = CHOICE_REPLY.match(query.text)
        if reply and last is not None and last.answer is not None and last.answer.candidates:
            # "我说的是黑龙江那个。" after an answer that named several documents: the earlier
            # question, asked again of the one chosen (when the reply picks one of them).
            choice = reply.group(1)
            # ("天津的那个协会。": the thing already asked about, named again, is no part of the choice)
            thing = _THING_AGAIN.search(choice)
            if thing and thing.group(1) in last.question:
                choice = choice[:thing.start()]
            again = analyse(f"{choice}的{last.question}")
            chosen = self.resolver.resolve(again, None, None)
            if len(chosen.named) == 1 and not chosen.candidates \
                    and chosen.named[0] in {c.doc_id for c in last.answer.candidates}:
                # (kept as the scope: asked again in the conversation, the reply's words are the
                # conversation document's own and would no longer tell it from the others)
                return again, set(chosen.named), None
            # ("2025年那个。": a year or words that only one of the documents listed has)
            picked = _picked(self.kb, choice, [c.doc_id for c in last.answer.candidates])
            if picked is not None:
                doc = self.kb.docs[picked]
                again = analyse(f"{doc.meta.doc_number or doc.title}的{last.question}")
                chosen = self.resolver.resolve(again, None, None)
                return again, ({picked} if chosen.named != [picked] else None), None
        named_reply = PICK_REPLY.match(query.text) if last is not None and last.answer is not None \
            and not last.answer.candidates and (not QUESTION_WORD.search(query.text)
                                                 or SAME_ASKING.search(query.text)) else None
        if named_reply and last is not None and last.answer is not None:
            # "我问的是国家的那份。", "泉州转发的那份。", "泰州那份文件是怎么要求的？" after an answer
            # from another document: the earlier question, asked again of the document the reply
            # names (without the places that named the earlier one: "聊城要求多久报一次")
            choice = next(g for g in named_reply.groups() if g)
            earlier_doc = self.kb.docs.get(last.answer.citations[0].doc_id)
            earlier = _without_names(last.question, [earlier_doc] if earlier_doc else [], [], keep=choice)
            again = analyse(f"{choice}的{earlier}")
            chosen = self.resolver.resolve(again, None, None)
            if chosen.named and chosen.named[0] != last.answer.citations[0].doc_id and not chosen.candidates:
                return again, None, None
        if query.ordinal is not None:
            # "第三条呢？" after "第一条讲的什么？": the numbers count the items of the latest list.
            listed = next((t for t in reversed(turns[-3:]) if t.answer is not None and t.answer.items), None)
            if listed is not None:
                last = listed
            # ("最后一项在哪儿办" counts the items of what the conversation is on, listed or not)
            query.follow_up = query.follow_up or last is not None
        if last is not None and not topic_terms(split_parts(question)[0]) and not DOCUMENT_WORD.search(query.text):
            # "在哪些地方办？": nothing but the asking; it asks about the last topic ("具体是哪天，讲课的
            # 是谁？": its first part says so for the parts after it)
            query.follow_up = True
        wording = ORIGINAL_WORDING.search(query.text)
        if last is not None and wording:
            reworded = self._in_original_words(query.text[:wording.start()], last.question)
            if reworded is not None:
                return reworded, None, None
            query.follow_up = True
        # (what the question names by itself, resolved once for the three readings below)
        own = self.resolver.resolve(query) if last is not None and not query.follow_up else None
        if own is not None and query.fields and not DOCUMENT_WORD.search(query.text) and not own.reference:
            query.follow_up = True  # "联系人电话是多少？": a field of the document the conversation is on
        if own is not None and last is not None and last.answer is not None and last.answer.citations \
                and not query.follow_up and self._names_only_another(query, own.named, last.answer.citations[0].doc_id):
            query.follow_up = True  # "盐城转发的时候给了具体日期吗？": the earlier topic, of the document named now
        if own is not None and last is not None and last.answer is not None and not query.follow_up \
                and self._on_a_named_report(last.answer, query, own):
            query.follow_up = True  # ("五年内要建多少个纺织厂？" in a talk about the 1955 report)
        back = BACK_TO_DOC.search(query.text)
        if last is not None and last.answer is not None and last.answer.citations and back \
                and not REPORT_YEAR.search(query.text) and last.answer.citations[0].doc_id in self.kb.docs \
                and (not back.group("kind") or back.group("kind") in self.kb.docs[last.answer.citations[0].doc_id].title):
            # "报告里给1997年定的钢产量目标是多少？": the report the talk is on, whatever year it looks
            # ahead to (a year names another report only with it: "1997年的报告")
            query.follow_up = True
            query.years = []  # (which the resolver would take for another report's)
            return query, {last.answer.citations[0].doc_id}, None
        if last is None or last.answer is None or not query.follow_up:
            if own is not None and not own.named and self._talk_on_subject(last, query):
                # "评上的城市有奖励吗？" after a question on the campaign notice: a question of its own
                # words, still asked of the campaign (a law answers it only when asked: "法律上呢")
                query.of_subject = True
            return query, None, None
        prev = last.answer
        prev_doc = prev.citations[0].doc_id
        if query.ordinal is not None and prev.items:
            index = query.ordinal - 1 if query.ordinal > 0 else len(prev.items) - 1
            if 0 <= index < len(prev.items):
                item = self._listed_node(prev, index)
                ordinals = list(ORDINAL.finditer(query.text))
                # "第二项下面第2条": the second ordinal counts the items under the one listed.
                child = self._child_answer(question, item, ordinal_value(ordinals[1])) if len(ordinals) >= 2 else None
                if child is not None:
                    return query, None, child
                # (an item with items of its own is answered from them: "第二项呢，具体说说")
                whole = self._node_answer(question, item[0], item[1]) \
                    if item and item[1].children and prev.items.count(prev.items[index]) == 1 else None
                return query, None, whole or self._item_answer(question, prev, prev.items[index], index + 1)
        row = self._row_follow_up(question, query, prev) if not ORDINAL.search(query.text) else None
        if row is not None:
            return query, None, row
        # (the innermost place the earlier question named: "第二部分工作任务第一项" → 第一项)
        prev_ordinal = next(reversed(list(ORDINAL.finditer(normalize(last.question)))), None)
        new_ordinal = ORDINAL.search(query.text)
        if prev_ordinal and new_ordinal and query.intent == "general" and not query.fields \
                and not topic_terms(query.text[:new_ordinal.start()]):  # ("工作要求的最后一条": a list of its own)
            # "第一项说要支持企业做哪些事？" then "第二项呢？": the same question about the other item.
            earlier = normalize(last.question)
            query = analyse(earlier[:prev_ordinal.start()] + new_ordinal.group(0) + earlier[prev_ordinal.end():])
        elif (query.intent == "general" or (query.intent == "requirement" and not topic_terms(question))) \
                and not query.fields:
            # ("它由哪个单位组织？": who runs the thing the talk is on, asked with no word of its own)
            topicless = not topic_terms(split_parts(question)[0])
            query = same_question(question, query, prev.resolved_question or last.question,
                                  last.question, Names(self.resolver, self.kb, prev_doc))
            if "day" in query.slots and not QUESTION_WORD.search(re.sub(r"呢|吗", "", question)):
                # ("青山湖区的新品发布会呢？" after "潮州协会的发布会是哪天？": when it is held, a month
                # if that is all the other document says; the day was the earlier answer's precision)
                query.slots = list(dict.fromkeys("event_time" if s == "day" else s for s in query.slots))
            if topicless:
                query.earlier_chunk = prev.citations[0].chunk_id  # (it asks on about what that clause said)
        owner = _value_owner(question, prev.text)
        if owner and owner not in query.raw:
            # "那个邮箱地址是多少？" after an answer that said "发送至协会秘书处邮箱": whose e-mail it is
            query = analyse(f"{query.raw} {owner}")
        heading = prev.citations[0].section.split(" > ")[-1] if prev.citations[0].section else ""
        if IT.search(question) and not THIS_ITEM.search(question) and HEADING_START.match(heading) \
                and ORDINAL.search(normalize(last.question)) \
                and not [t for t in topic_terms(IT.sub("", question)) if not _ROLE_OR_VALUE.search(t)]:
            # "它在哪儿办？" after "第一项是什么？": the item the last answer gave, by its numbered
            # heading (the earlier question's words — 第一项, 几项 — are no topic of it; a table's
            # row, under the table's title, is followed up by its columns)
            query = analyse(f"{question} {heading}")
        elif THIS_ITEM.search(question) and heading:
            # "那这一项下面要组织哪些活动？": the item the last answer was about, by its heading.
            query = analyse(f"{query.raw} {heading}")
        if ABOUT_IT.search(question) and not analyse(question).fields and "attachments" in analyse(last.question).fields:
            # "它里面给某县分了哪些任务？", "帮我把里面列的活动都说一下" after "那份通知的附件叫什么？":
            # what is in the attachment (not its name again, which the rewritten question carries)
            query.attachment_content = True
            query.fields = [f for f in query.fields if f != "attachments"]
        if analyse(last.question).attachment_content and "attachments" in query.fields \
                and "attachments" not in analyse(question).fields:
            # "那哪个活动在几月办？" after "附件里都有哪些活动？": still what is in the attachment
            # (the 附件 it carried over is where to look, not the field asked for)
            query.fields = [f for f in query.fields if f != "attachments"]
            query.attachment_content = True
        thing = THIS_THING.search(question)
        if thing:
            # "那谁按这个表来安排活动？" after an answer naming 《…活动计划表》: the table it named.
            named = re.findall(rf"《([^《》]{{2,40}}{thing.group(2)})》", prev.text)
            if named:
                # (in its place: "那表里第一行" asks what is in the table it named)
                query = analyse(query.raw.replace(thing.group(0), named[0], 1) if thing.group(0) in query.raw
                                else f"{query.raw} {named[0]}")
        if SPEAKS_OF_SUBJECT.search(normalize(last.question)) and prev_doc in self.kb.docs \
                and self.kb.docs[prev_doc].role == "subject" and not BEYOND_SUBJECT.search(query.text):
            # "这个活动是哪两个部门发的？" then "有专项资金吗？": still about the campaign, not a law's fund
            query.of_subject = True
        scope = {prev_doc} if prev_doc in self.kb.docs else None
        return query, scope, None

    def _talk_on_subject(self, last: Turn | None, query: Query) -> bool:
        """Is the conversation on the campaign notice (its last question spoke of it, and was answered
        from it), with the new question not asking what the law says?"""
        if last is None or last.answer is None or not last.answer.citations:
            return False
        doc = self.kb.docs.get(last.answer.citations[0].doc_id)
        if doc is None or doc.role != "subject" or BEYOND_SUBJECT.search(query.text) or ASKS_THE_LAW.search(query.text):
            return False
        return bool(SPEAKS_OF_SUBJECT.search(normalize(last.question))) \
            or doc.doc_id in self.resolver.resolve(analyse(last.question)).named

    def _listed_node(self, prev: Answer, index: int) -> tuple[Document, sections.Node, list[sections.Node]] | None:
        """The heading of the `index`-th item of the list the last answer gave (with the document's
        tree), when the items are headings of one document under one parent; None otherwise."""
        cited = [next((c for c in prev.citations if c.n == n), None) for n in prev.items]
        chunks = [self.kb.chunks.get(c.chunk_id) if c else None for c in cited]
        if any(ch is None for ch in chunks) or len({ch.doc_id for ch in chunks if ch}) != 1:
            return None
        doc = self.kb.docs[chunks[0].doc_id]  # type: ignore[union-attr]
        paths = [tuple(ch.section_path) for ch in chunks if ch]
        depth = 0 if len(paths) > 1 else len(paths[0]) - 1
        while len(paths) > 1 and all(len(p) > depth and p[depth] == paths[0][depth] for p in paths):
            depth += 1
        common = paths[0][:depth]  # the items' parent: where their section paths part
        nodes = sections.tree(doc)
        parent = next((n for n in nodes if n.path == common), None)
        if parent is None or index >= len(parent.children) or len(parent.children) != len(prev.items):
            return None
        return doc, nodes[parent.children[index]], nodes

    def _in_original_words(self, pointer: str, earlier_question: str) -> Query | None:
        """"那国家的原文里是怎么说的？": the earlier question's topic, asked of the document the
        pointer ("那国家的") names, without the words that named the earlier one ("湖州转发的通知");
        None when the pointer names no document."""
        earlier = normalize(earlier_question)
        before = self.resolver.resolve(analyse(earlier))
        docs = [self.kb.docs[d] for d in before.named if d in self.kb.docs]
        # (and 转发 of a forwarding notice: the document named now is the one it forwarded)
        forwarded = ["转发"] if any("转发" in d.title for d in docs) else []
        earlier = _without_names(earlier, docs, [*re.split(r"[、，,\s]+", before.reference or ""), *forwarded])
        again = analyse(f"{pointer.rstrip('的')}的{earlier.lstrip('的')}")
        return again if self.resolver.resolve(again).named else None

    def _names_only_another(self, query: Query, named: list[str], earlier_doc: str) -> bool:
        """The question names one document (`named`) other than the one the talk is on, and says
        nothing else but a value asked for ("…给了具体日期吗", "…期限呢"): it asks the earlier
        question of that document."""
        if len(named) != 1 or named[0] == earlier_doc or named[0] not in self.kb.docs:
            return False
        doc = self.kb.docs[named[0]]
        names = normalize(f"{doc.title} {doc.meta.issuer or ''}")
        own = [t for t in topic_terms(query.text) if t not in names and t not in issuer_places(doc)
               and not VALUE_WORD.fullmatch(t) and not analyse(t).slots and t != "转发"]
        return not own

    def _on_a_named_report(self, prev: Answer, query: Query, own: Resolution) -> bool:
        """The last answer came from a background document (a report, which answers only when named),
        and the question names no document, no year and nothing of the campaign: it goes on about
        that report (the campaign's questions say 通知, 活动, 文件 or name an issuer)."""
        doc = self.kb.docs.get(prev.citations[0].doc_id) if prev.citations else None
        # (the years of a period, "1979到1983年", are what the report looks back on, not another report)
        years = query.years if not YEAR_SPAN.search(query.text) else []
        if doc is None or doc.role != "background" or years or query.fields \
                or DOCUMENT_WORD.search(query.text) or SPEAKS_OF_SUBJECT.search(query.text):
            return False
        # (and what it asks about is in that report: "纺织厂", "五年")
        text = normalized_text(self.kb, doc)
        if not any(len(t) >= 2 and t in text for t in topic_terms(query.text)):
            return False
        # (`own` is the question resolved with its years; without those of a period, again)
        named_by_itself = own if years == query.years else self.resolver.resolve(dataclasses.replace(query, years=years))
        return not named_by_itself.reference

    def _row_follow_up(self, question: str, query: Query, prev: Answer) -> Answer | None:
        """"曹县分工表里第四项任务的配合单位有哪些？" then "完成时限呢？" or "在哪个镇办？": the last
        answer gave one row of a table; a question about one of its columns (by the column's name,
        or by the kind of value it holds) asks about that row."""
        if not prev.citations or query.fields:
            return None
        chunk = self.kb.chunks.get(prev.citations[0].chunk_id)
        numbers = set(re.findall(r"序号：(\d{1,3})，", prev.text))
        if chunk is None or len(numbers) != 1:
            return None
        doc = self.kb.docs[chunk.doc_id]
        number = int(numbers.pop())
        row = next((r for r in rows_of(doc, chunk) if r.number == number), None)
        if row is None:
            return None
        labels = set(re.findall(r"(?:^|[，,])([\u4e00-\u9fff]{2,6})[:：]", row.labelled)) - {"序号"}
        if not any(label in question for label in labels) and not any(
                column_of(slot, row.labelled) for slot in query.slots) \
                and not (WHO_ASKED.search(question) and _RUNS_COLUMN.search(row.labelled)):
            return None
        asked = analyse(f"{chunk.section or ''} {question}")
        asked.ordinal = row.number
        asked.fields = []  # (the table's section names the 附件; the row is asked about, not the attachment)
        asked.attachment_content = False
        answer = compose(self.kb, self.settings, asked, [Hit(chunk, doc, 1.0)])
        answer.question = question
        answer.resolved_question = f"{chunk.section or ''} 第{row.number}项 {question}"
        return answer

    def _child_answer(self, question: str, listed: tuple[Document, sections.Node, list[sections.Node]] | None,
                      child: int | None) -> Answer | None:
        """"第二项下面第2条": the `child`-th heading under the listed item (`_listed_node`)."""
        if child is None or listed is None:
            return None
        doc, item, nodes = listed
        j = child - 1 if child > 0 else len(item.children) - 1
        if not 0 <= j < len(item.children):
            return None
        return self._node_answer(question, doc, nodes[item.children[j]])

    def _node_answer(self, question: str, doc: Document, node: sections.Node) -> Answer | None:
        """The answer from a section and what is under it (its first clauses), by its heading."""
        chunks = sections.chunks_of(doc, node)
        if not chunks:
            return None
        if node.children:  # (a section with items of its own: what each item says, point by point)
            answer = compose_section(self.kb, self.settings, analyse(question), doc, node.path, chunks)
        else:
            answer = compose(self.kb, self.settings, analyse(node.heading.title), [Hit(c, doc, 1.0) for c in chunks[:4]])
        answer.question = question
        answer.resolved_question = " > ".join(node.path)
        return answer

    def _item_answer(self, question: str, prev: Answer, n: int, position: int) -> Answer:
        citation = next(c for c in prev.citations if c.n == n)
        chunk = self.kb.chunks.get(citation.chunk_id)
        query = analyse(f"{chunk.section if chunk else ''}")
        if prev.items.count(n) > 1:
            query.ordinal = position  # rows of one table cited by one clause: the row at that place
            query.fields = []  # (the table's section names the 附件; the row is asked about, not the attachment)
            query.attachment_content = False  # (nor what the whole table holds: the row answers)
            query.slots = analyse(question).slots  # (and the value the follow-up asks of it: "…要交多少报名费")
        hits = [Hit(chunk, self.kb.docs[chunk.doc_id], 1.0)] if chunk else []
        answer = compose(self.kb, self.settings, query, hits)
        answer.question = question
        answer.resolved_question = citation.section
        return answer


# The choice among documents an answer named: "我说的是黑龙江那个。", "潍坊的。", "指的是丹寨那份".
CHOICE_REPLY = re.compile(r"^(?:我)?(?:说|问|指|要)?(?:的)?(?:是)?([^，,。？?！!]{2,20}?)(?:的那个|那个|那份|那一份|的那份|的)?"
                          r"(?:通知|文件)?[。.！!]?$")
# The document the talk is on, pointed back at: "报告里…", "这份文件中…", "该通知上…".
# (a kind of its own — "决议里提没提…" — points back only at a document of that kind)
BACK_TO_DOC = re.compile(r"^(?:那|这|该)?(?:份|个|篇)?(?:报告|文件|通知|方案|(?P<kind>决议|要点|意见|规划|纲要))"
                         r"(?:里面|里|中|上)")
# "原文里是怎么说的", "正文怎么写的": the topic the talk is on, in a document's own words.
ORIGINAL_WORDING = re.compile(r"(原文|原话|原句|全文|正文)(里面|里|中|上)?(是|又是)?(怎么|如何|咋)(说|写|讲|规定|表述)")
# A choice that leads a question: "我问的是协会发的那份，…", "我说的是2024年那个，…".
CHOICE_LEAD = re.compile(r"^我?(?:说|问|指)的是([^，,。？?！!]{2,20}?)(?:的那个|那个|那份|那一份|的那份|的)?(?:通知|文件)?[，,]")
# How the document put it: "是怎么要求的", "又是如何规定的".
_HOW_SAID = r"(?:又|是|又是)*(?:怎么|如何|咋)(?:要求|规定|说|讲|写|安排)的?"
# A reply that only names a document ("我问的是国家的那份。", "泉州转发的那份。").
PICK_REPLY = re.compile(r"^(?:我(?:说|问|指|要)的是|是)?([^，,。？?！!]{2,20}?)的?(?:那份|那个|那一份|那篇)"
                        rf"(?:通知|文件)?(?:(?:里|上|中)?{_HOW_SAID}|呢)?"
                        r"[。.！!？?]?$|^我(?:说|问|指|要)的是([^，,。？?！!]{2,20}?)[。.！!]?$")
# The asking of a reply that names another document and nothing else: "…是怎么要求的？", "…呢？"
SAME_ASKING = re.compile(rf"(?:{_HOW_SAID}|呢)[。.！!？?]?$")
_THING_AGAIN = re.compile(r"的?(?:那个|那份|那家|那一个|这个)([\u4e00-\u9fff]{1,6})$")
# "这个表", "这份方案": a thing the last answer named in full (《…计划表》).
THIS_THING = re.compile(r"(这|那|该)(?:个|张|份|项)?(计划表|安排表|分工表|任务表|附件|方案|名单|计划|办法|规定|表)")
# A word that stands for the thing the last answer named ("它里面", "其中", "这个附件里").
ABOUT_IT = re.compile(r"它|其中|其内容|里面|这个附件|该附件|这个表|这张表")
IT = re.compile(r"它|这个活动|那个活动")
THIS_ITEM = re.compile(r"(这一?|该|上面那?|前面那?)(项|条|款|部分|点|段)|它(下面|底下|里面|之下)")
# What is asked of a thing, not a thing of its own: "它的责任单位是谁", "它的地点呢".
_ROLE_OR_VALUE = re.compile(r"单位$|责任|部门$|联系人|电话|邮箱|地点|地方|时间|日期|期限|负责|牵头|承办|主办")
# "那个邮箱", "这个电话": a value the last answer mentioned, by the body it belongs to ("协会秘书处邮箱").
_THAT_VALUE = re.compile(r"(?:那个|这个|该)(邮箱|电话|网址|网站|地址|平台)")
_OWNER_END = rf"(?:{BODY_END})的?"


def _value_owner(question: str, earlier_answer: str) -> str | None:
    """The body whose value ("协会秘书处" of 协会秘书处邮箱) the follow-up points at with "那个邮箱", when
    the last answer names the value by its owner only."""
    asked = _THAT_VALUE.search(question)
    if not asked:
        return None
    owned = re.search(rf"{_OWNER_END}{asked.group(1)}", earlier_answer)
    if not owned:
        return None
    # (the body's name runs back to the verb or mark before it: "发送至|协会秘书处")
    before = earlier_answer[max(0, owned.start() - 12):owned.end() - len(asked.group(1))].rstrip("的")
    owner = re.split(r"[至到给向将于在和与及、，,。：:；;（）()\s]", before)[-1]
    return owner if len(owner) >= 2 else None


def _without_names(question: str, docs: list[Document], words: list[str], keep: str = "") -> str:
    """An earlier question without what named its document: the places its issuers are of and
    `words` (its reference), except those the new reply says too (`keep`)."""
    for word in [*words, *(p for d in docs for p in issuer_places(d))]:
        if word and word not in keep:
            question = question.replace(word, "")
    return question


def _picked(kb: KnowledgeBase, reply: str, candidates: list[str]) -> str | None:
    """The one document among `candidates` whose name, 文号, issuers or date hold every year and
    word of the reply ("2025年那个" of a 2023 plan and a 2025 notice); None when not exactly one."""
    # ("2023年那个文件里的。": 文件 says it is a document, not which)
    words = [*YEAR.findall(normalize(reply)), *(t for t in content_terms(reply) if len(t) >= 2 and not YEAR.fullmatch(t)
                                                and not DOCUMENT_WORD.fullmatch(t))]
    if not words:
        return None
    fitting = []
    for doc_id in candidates:
        doc = kb.docs.get(doc_id)
        if doc is None:
            continue
        named = normalize(f"{doc.title} {doc.meta.doc_number or ''} {doc.meta.issuer or ''} "
                          f"{doc.meta.written_date or ''} {doc_year(doc) or ''}")
        if all(w in named for w in words):
            fitting.append(doc_id)
    return fitting[0] if len(fitting) == 1 else None




# "它归谁负责", "哪个单位牵头": the row's column of who runs it (责任单位, 牵头单位)
_RUNS_COLUMN = re.compile(r"(?:^|[，,])(责任|牵头|负责|承办|主办)(单位|部门)[:：]")


def person_again(question: str, turns: list[Turn]) -> str:
    """"他有邮箱吗？" after "第二个人是哪个单位的？": the pronoun stands for the person the turn
    before named by its place, which the question then names itself."""
    last = next((t for t in reversed(turns) if t.answer is not None), None)
    earlier = PERSON_AT.search(normalize(last.question)) if last is not None else None
    if earlier is None or PERSON_AT.search(normalize(question)) or not re.search(r"[他她]", question):
        return question
    return re.sub(r"(他|她)(?!们)", earlier.group(0), question, count=1)


def conversation_doc(turns: list[Turn], docs: dict[str, Document]) -> str | None:
    """The document the conversation is on: the first citation of the latest answer that cited one."""
    for turn in reversed(turns):
        if turn.answer is not None and turn.answer.citations:
            doc_id = turn.answer.citations[0].doc_id
            return doc_id if doc_id in docs else None
    return None

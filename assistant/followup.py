"""A follow-up read against the turn before it: the question it stands for.

"那上一年的报告呢？", "安徽那个呢，几号前？", "它下面要办什么活动？" say little on their own; the
earlier question supplies the topic, the asking or the document. The rules below decide which of
the earlier question's parts carry over, and which the follow-up replaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.kb import KnowledgeBase
from index.textnorm import aliases, normalize

from .answerable import WHO_RUNS
from .multipart import QUESTION_WORD, topic_terms
from .query import NEXT, ONE_CHARACTER_TOPIC, ORDINAL, PLACEMENT, PREVIOUS, YEAR, Query, analyse, field_pattern, without_asking
from .scope import DOCUMENT_WORD, Resolver, everyday, normalized_text

# A document pointed at by its level of government: "国家通知", "省里那个", "两部门的文件".
LEVEL_REFERENCE = re.compile(r"(国家|省里|市里|县里|部里|两部门|两部委)(的)?(那个|那份|这个|这份)?(通知|文件)?")
PRONOUNS = frozenset({"他们", "她们", "它们", "它", "他", "她", "其", "这些", "那些", "上述", "前者", "后者"})
# Words that name a value of something (of a person: 电话, 邮箱; of an event: 日期), not a thing.
VALUE_WORD = re.compile(r"电话|手机|座机|传真|号码|电话号码|联系方式|邮箱|地址|网址|科室|处室|日期|时间")
# "这件事江西有没有对应的安排": the topic is the earlier one, whatever new words come with it.
# A follow-up asking for something besides what was asked ("就业目标也说一下", "顺便说说…").
ALSO = re.compile(r"也(说|讲|谈|介绍|列|给|一并)|顺便|一并|一起(说|讲|列)")
# A year written against the kind of document it names ("1987年政府工作报告", "2023年的报告").
REPORT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年的?[^，,。？?\d]{0,6}报告")
# "比上年增长多少？", "鄂尔多斯有类似的要求吗？": the earlier topic, compared or looked for elsewhere.
SAME_TOPIC = re.compile(r"^(比|较|同比|环比)|类似|相似|同样的|一样的")
REFERS_BACK = re.compile(r"这件事|这事|这一条|这条|这一项|这项|上面说的|上述|它(下面|底下|里面|之下)|" + PLACEMENT.pattern)


# Kinds of document that can be what a clause is about (a plan to hand in, a scheme to draw up),
# not only words that point at the document asked.
_KIND_ONLY = re.compile(r"方案|计划|名单|清单|报告|总结|意见|办法|细则|指南")


@dataclass(frozen=True)
class Names:
    """What names documents: the resolver, the library, and the document the earlier answer was from."""

    resolver: Resolver
    kb: KnowledgeBase
    earlier_doc: str

    def holds_any(self, words: list[str]) -> bool:
        """Does the earlier document use any of the words? ("那比的是哪一年的基数": none of its words
        is in the plan the conversation is on, so it names no new topic there; its 基数 is the
        earlier figure's.)"""
        doc = self.kb.docs.get(self.earlier_doc)
        if doc is None:
            return True
        text = normalized_text(self.kb, doc)
        return any(w in text for w in words)

    def of(self, doc_id: str) -> str:
        """The words that name a document: its title and issuers."""
        doc = self.kb.docs.get(doc_id)
        return normalize(f"{doc.title} {doc.meta.issuer or ''}") if doc else ""


def same_question(question: str, query: Query, earlier: str, earlier_raw: str, names: Names) -> Query:
    """The follow-up `question` (analysed as `query`) as a question of its own. `earlier` is the
    turn before as it was understood (its resolved question), `earlier_raw` as it was typed."""
    prev_query = analyse(earlier)
    # "2022年的呢？" after a question about 2021: the same question, about 2022; "2025年报告说
    # 2024年呢" after "2024年报告说2023年…": each earlier year by the new one in its place.
    in_order = list(dict.fromkeys(YEAR.findall(normalize(earlier))))
    new_years = list(dict.fromkeys(YEAR.findall(query.text)))
    report_year = REPORT_YEAR.search(normalize(earlier))
    swap = {}
    if len(new_years) == 1 and len(in_order) >= 2 and report_year:
        old_report, new_year = int(report_year.group(1)), int(new_years[0])
        if REPORT_YEAR.search(query.text) or new_year > old_report:
            # "1987年的报告呢？" (a report's year) or "1995年的呢？" (a year the 1994 report cannot
            # look back on) after "1994年报告说1993年…": the same question of that year's report,
            # each year moved with it (the 1995 report looks back on 1994)
            swap = {y: str(int(y) + new_year - old_report) for y in in_order}
        else:
            # "1978年呢？" after "1987年报告说1986年…是多少": the conversation stays on the report its
            # year names; the new year is one more that report looks back on
            in_order = [y for y in in_order if y != report_year.group(1)]
    swap = swap or dict(zip(in_order, new_years, strict=False))
    if swap:
        earlier = YEAR.sub(lambda m: f"{swap.get(m.group(1), m.group(1))}{m.group(0)[4:]}", normalize(earlier))
    cue = normalize(earlier)  # (the terms are normalised: "GDP" is gdp)
    named_before = [w for w in names.resolver.resolve(prev_query).reference.split("、") if w]
    now = names.resolver.resolve(query)
    named_now = [w for w in now.reference.split("、") if w]
    switched = bool(named_before and named_now)
    # (when it names another document, the words that name the earlier one are no topic:
    # 江西 and 实施方案 in "江西方案要求本地实施方案什么时候报" before "安徽那个呢？")
    old_names = names.of(names.earlier_doc) if switched else ""
    new_names = names.of(now.named[0]) if switched and now.named else ""
    if switched:
        # "湖北2022年的呢？" after a question about 青岛's notice: the same question, with the
        # words that named the earlier document taken out.
        for word in named_before:
            cue = cue.replace(word, "")
            # (and the short form the question used for it: "两部门" for 工业和信息化部办公厅…)
            for short, full in aliases():
                if short in cue and (word in full or full in word):
                    cue = cue.replace(short, "")
        # (and a word of its title or issuers said right after the word that named it: "协会" of
        # "潮州协会的…" before "青山湖区的…呢？"; not 方案 of "阿克苏各县市方案", the topic)
        for term in prev_query.terms:
            if len(term) >= 2 and term in old_names and term not in new_names \
                    and any(f"{word}{term}" in normalize(earlier) for word in named_before):
                cue = cue.replace(term, "")
        cue = ORDINAL.sub("", YEAR.sub("", cue))  # (its 第三项 is a place in the earlier document)
    elif not ALSO.search(question):  # ("就业目标也说一下": the earlier topic and this one)
        for term in prev_query.terms:
            # (its years and the words naming its document are the frame the new topic is asked in:
            # "粮食呢？" after "1994年报告说1993年GDP增长多少" asks 1993's grain in that report)
            if not YEAR.fullmatch(term) and not DOCUMENT_WORD.search(term):
                cue = cue.replace(term, "")
    # "那上一年的报告呢？": a reference to another document of the series, not a topic
    relative = bool(PREVIOUS.search(question) or NEXT.search(question))
    bare = NEXT.sub("", PREVIOUS.sub("", question)) if relative else question
    # (a lone 比 or 的 is no topic; "那纱呢？" names one)
    own_topic = [t for t in (analyse(bare).terms if relative else query.terms)
                 if not YEAR.fullmatch(t) and not DOCUMENT_WORD.fullmatch(t) and t not in PRONOUNS
                 and (not re.fullmatch(r"[\u4e00-\u9fff]", t) or ONE_CHARACTER_TOPIC.match(bare))]
    if named_now and now.named and now.named[0] != names.earlier_doc and not switched:
        # "陕西那份呢？" after "国家通知的联系人是谁？" (which named its document by level, not by
        # name): 陕西 names a document, no topic; the earlier question is asked again without
        # the words that pointed at its document (国家通知, 省里那个)
        own_topic = [t for t in own_topic if not any(t in w for w in named_now)]
        earlier = LEVEL_REFERENCE.sub("", earlier)
    asks = bool(QUESTION_WORD.search(re.sub(r"呢|吗", "", bare)))  # (…呢 and …吗 alone ask nothing new)
    carried = [m.group(0) for name in prev_query.fields if (m := field_pattern(name).search(normalize(earlier_raw)))]
    if carried and not query.fields and not query.slots and not asks and (named_now or LEVEL_REFERENCE.search(query.text)):
        # "那国家原来那份呢？" after "东莞的转发通知是哪天成文的？": the same field of the document
        # it names now
        rewritten = analyse(f"{question} {' '.join(carried)}")
        rewritten.step = query.step
        return rewritten
    new_topic = [t for t in topic_terms(bare) if t not in earlier_raw and t not in PRONOUNS
                 and not any(t in w for w in named_now)]  # (江西 names a document: no topic)
    # "她的邮箱呢？": its only words name a value (an e-mail, a phone, a date), no topic: another
    # value of the earlier topic is asked for
    value_only = bool(own_topic) and all(VALUE_WORD.fullmatch(t) or analyse(t).slots or analyse(t).fields
                                         for t in own_topic)
    same_topic = bool(SAME_TOPIC.search(bare))
    # ("它对制造业又是怎么提的": one word of three characters or more is a topic of its own too)
    # (or, on another document than before, one word that document uses and the library seldom does:
    # "诸暨那份呢，要求标注什么？" after "常熟通知对直播推广有什么要求？" asks what to label, not 直播)
    lone = analyse(new_topic[0]) if len(new_topic) == 1 else None
    one_word = lone is not None and not (lone.fields or lone.slots) and (
        len(new_topic[0]) >= 3 or (switched and bool(now.named) and len(new_topic[0]) == 2
                                   and not everyday(names.kb, new_topic[0])
                                   and new_topic[0] in normalized_text(names.kb, names.kb.docs[now.named[0]])))
    if own_topic and not asks and not value_only and not same_topic:
        # A topic of its own and nothing asked ("那纺织非遗呢？"): the earlier question's asking
        if switched and len([t for t in own_topic if not any(t in w or w in t for w in named_now)]) >= 2:
            # ("南充的营收增长目标呢？" after "中山的目标里跨境电商出口额增长多少？": the asking of the
            # earlier question, not its topic, which the new one replaces; "十八大呢？" names only
            # the document, "那2023年的报告回顾2022年呢？" one word besides)
            # (its longer words name its topic — 跨境电商, 出口额 —; its short ones ask: 举办, 增长)
            for term in prev_query.terms:
                if len(term) >= 3 and not YEAR.fullmatch(term) and not DOCUMENT_WORD.search(term) and term not in question:
                    cue = cue.replace(term, "")
        # ("那家纺展示周呢？" after "对接会由哪个协会负责？": the asking, who runs it, carries over whole)
        who = WHO_RUNS.search(normalize(earlier))
        merged = f"{question} {cue}{' ' + who.group(0) if who and who.group(0) not in cue else ''}".strip()
    elif asks and (len(new_topic) >= 2 or one_word) and not REFERS_BACK.search(question) and not same_topic and (
            switched or names.holds_any(query.terms)):
        # A new topic and its own asking ("它对开放合作那条又说了啥"): only the document carries
        # over (the scope), not the earlier topic, which would outweigh the new one.
        merged = question
    elif own_topic or asks or value_only or same_topic:
        # Something new asked about the same topic ("在哪些地方办？"): the earlier topic kept
        # (not what the earlier question asked for: its 联系人 is not this one's topic)
        # (nor the words that named the earlier document when this one names another:
        # "安徽那个呢，几号前？" after "江西方案要求本地实施方案什么时候报？")
        # (but "她的邮箱呢？" after "…的联系人是谁？" asks the 联系人's e-mail: the person is the topic)
        # (what the earlier question asked with — 什么时候 leaves 时候 — is no topic; a kind of document
        # that is not the earlier document's own is: "各镇什么时候报方案" of a 通知 is about the 方案)
        about = normalize(without_asking(earlier, fields=False))
        own_kind = names.of(names.earlier_doc)
        # ("表上要填什么" after "报名表发到哪里": the form named before, though 报名表 can ask for papers)
        form = [t for t in prev_query.terms if t.endswith("表") and "表" in question and t not in question]
        topic = [t for t in prev_query.terms if t not in question and t in about
                 and (value_only or not (analyse(t).fields or analyse(t).slots))  # (its 几月 is not this one's)
                 and not YEAR.fullmatch(t) and not (DOCUMENT_WORD.fullmatch(t) and (t in own_kind or not _KIND_ONLY.fullmatch(t)))
                 and not (switched and t in old_names and t not in new_names)]
        merged = f"{question} {' '.join(dict.fromkeys([*topic, *form]))}".strip()
    else:
        # (an earlier question without a year takes the follow-up's: "2025年的呢？")
        # (the earlier year goes when the document is another of its series: "上一年的报告")
        earlier = YEAR.sub("", earlier) if relative else earlier
        merged = f"{earlier} {bare if query.years and not prev_query.years else YEAR.sub('', bare)}"
    rewritten = analyse(merged)
    rewritten.step = query.step  # (the document it points at is resolved from the follow-up's own words)
    return rewritten

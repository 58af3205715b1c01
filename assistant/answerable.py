"""Whether the best clauses answer a question: the checks that refuse (a year, a value, a choice or a body
they do not hold) and what a clause must hold to give the value asked for."""

from __future__ import annotations

import functools
import re

from index import law
from index.kb import KnowledgeBase
from index.models import Document
from index.numerals import digit_years
from index.textnorm import aliases, content_terms, expand_aliases, normalize

from . import sections
from .citing import CLOSING_LABEL, HEAD_LABEL, unsectioned_label
from .evidence import clause_coverage, clause_weights, coverage
from .multipart import PLACEHOLDERS, QUESTION_WORD
from .query import FINER_PLACE, QUOTED, SLOT_EVIDENCE, YEAR, Query, defined_term, defining, without_asking
from .retrieval import WHICH_ONES, Hit, quoted_listed, quoted_words
from .scope import SELF_DESCRIPTION, doc_year, everyday
from .settings import RetrievalSettings
from .table_rows import table_rows

SLOT_LABELS = {"area": "面积", "criteria": "评选标准或条件", "columns": "表格要填写的栏目", "platform": "具体平台名称",
               "money": "资金、补贴或奖励的金额", "rate": "税率、比例等数值", "deadline": "截止日期或具体时间安排",
               "count": "具体数量或名额", "condition": "申报条件或申报程序", "url": "网址或报名平台",
               "email": "电子邮箱", "fax": "传真号码", "place": "具体地点", "venue": "具体场馆", "day": "具体哪一天的时间",
               "event_time": "具体举办时间", "frequency": "多久一次（频次）", "award": "奖励的具体内容",
               "fee": "是否收费或费用标准", "quantity": "具体数值（期限、规模或标准）",
               "address": "具体地址或邮编", "definition": "认定标准或定义", "materials": "需要提交的材料",
               "names": "具体的企业名称或名单", "hour": "具体几点", "signup": "报名的方式或渠道",
               "mobile": "手机号码", "account": "账号的名称", "recipient": "报送或发送到哪里",
               "persons": "具体人员姓名", "code": "具体编号", "funding": "资金、补贴或奖励",
               "name": "具体名称", "validity": "有效期或废止时间", "places_named": "具体的城市或地区名单",
               "country": "具体哪个国家"}
NO_MATCH = "文件中没有与问题直接对应的内容"


# "由哪家来组织", "谁负责", "牵头单位是谁": who runs it; "负责…组织实施" says so.
WHO_RUNS = re.compile(r"(谁|哪家|哪个(单位|部门|机构|协会)|哪些(单位|部门))(来)?(负责|组织|牵头|承办|主办|实施|统筹|协调|办)|"
                      r"(负责|组织|牵头|承办|主办|统筹)(单位|方|部门)(是|为)?(谁|哪)")
RUNS = re.compile(r"负责|牵头|承办|主办|组织实施|统筹")


LOOKS_BACK = re.compile(r"过去一年|去年|上年|一年来|过去五年")


# "一共有多少", "总共几个": the total asked for, with 多少 or 几.
_TOTAL_ASKED = re.compile(r"(一共|总共)(有|是)?(多少|几)")


def missing_year(kb: KnowledgeBase, query: Query) -> str | None:
    """"2024年…活动" or "2030年政府工作报告": the question names a year of a family of documents
    (titles sharing words with what follows the year) and the index has that family but not
    that year."""
    for year in query.years:
        m = re.search(rf"{year}\s*年?(?:度|的)?([\u4e00-\u9fff]{{4,16}})", query.text)
        if not m or re.search(rf"(到|至|截至|截止到?|从|直到){year}|{year}\s*年\s*(底|末|前|以前|之前)", query.text):
            continue  # ("到2026年…要达到多少户": a target's year, not a document's)
        # (the family's name follows the year: "2030年政府工作报告"; a word further on is something
        # else — "2024年通知里商务厅对外贸易处" names an office, not the 对外贸易法)
        words = {m.group(1)[i:i + 4] for i in range(min(len(m.group(1)) - 3, 3))}
        family = kb.titled(words)
        if family and not any(year in normalize(d.title) or doc_year(d) == year or year in law.version_years(d)
                              for d in family):
            years = sorted({y for d in family for y in YEAR.findall(normalize(d.title))})
            have = f"（已收录的同类文件年份：{'、'.join(years)}）" if years else ""
            return f"知识库中没有{year}年的相关文件{have}"
    return None


def _contact_without_value(query: Query, doc: Document) -> tuple[str, str] | None:
    """"徐卫东的邮箱是多少": a contact named in the question whose own entry has no e-mail (or no
    mobile); another address in the document (the association's mailbox) is not that person's."""
    for contact in doc.meta.contacts:
        if not contact.name or contact.name not in query.text:
            continue
        if "email" in query.slots and not contact.email:
            return contact.name, "email"
        if "mobile" in query.slots and not (contact.phone and SLOT_EVIDENCE["mobile"].search(contact.phone)):
            return contact.name, "mobile"
    return None


def check_answerable(kb: KnowledgeBase, settings: RetrievalSettings, query: Query, hits: list[Hit],
                     weights: dict[str, float], structural: bool = False) -> str | None:
    """A reason to refuse, or None when the best clauses answer the question. `structural` checks
    only what the structure cannot vouch for (years, value types), not how much of it a clause covers."""
    top = hits[0]
    # Only clauses we would cite count as evidence: the best one and others of its document; the
    # title block and the sign-off (a date, the issuers) only for what the document's record says.
    evidence = "\n".join(h.chunk.text for h in hits[:3] if h.doc.doc_id == top.doc.doc_id
                         and (h is top or query.fields or h.chunk.section_path
                              or unsectioned_label(h.doc, h.chunk) not in (HEAD_LABEL, CLOSING_LABEL)))
    own_year = doc_year(top.doc)
    for year in query.years:
        # (a report writes its years in numerals: "到二○二○年" is 2020)
        top_texts = digit_years(normalize(top.doc.title + " ".join(top.chunk.section_path) + top.chunk.text))
        # A report of one year looks back on the year before ("过去一年…增长5%" in the 2025 report is 2024).
        looks_back = own_year is not None and year == str(int(own_year) - 1) and bool(
            LOOKS_BACK.search(" ".join(top.chunk.section_path) + top.chunk.text))  # ("一、过去一年…工作回顾 > （七）…")
        if year not in top_texts and year not in normalize(top.doc.meta.written_date or "") and not looks_back:
            return f"文件没有涉及{year}年的相关内容"
    statute = law.has_articles(top.doc)
    for slot in query.slots:
        if statute and slot in ("event_time", "day"):
            # "合同什么时候成立": a law's "when" is a condition or a period, not a calendar date
            continue
        # (a day, a venue or the names of the firms is a detail of the clause that states the
        # event, not of its neighbours)
        if slot == "definition" and _MEANING_ASKED.search(query.text) and _uses_the_term(query, weights, top):
            continue  # "内外贸一体是啥意思": the clause that uses the term says what it stands for there
        held = _own_record(top, weights) if slot in _OWN_CLAUSE_SLOTS else evidence
        if slot in ("day", "event_time") and _FIXED_ASKED.search(query.text) and _LATER.search(top.chunk.text):
            continue  # "具体哪天定了吗": the clause says the date is to be announced, which answers it
        later = _TO_BE_ANNOUNCED.get(slot)
        said_later = later.search(top.chunk.text) if later is not None and not _FIXED_ASKED.search(query.text) else None
        if said_later:
            # "研修班7月几号开班" of "时间：2024年7月上旬（具体时间另行通知）": the clause says the
            # value is still to come, which is not the value
            return f"文件只写明“{said_later.group(0)}”"
        if not slot_evidence(query, slot).search(held):
            return f"文件没有写明{SLOT_LABELS[slot]}"
        if slot == "place" and FINER_PLACE.search(query.text) and _places_said(query.text, held):
            # "具体在望江县哪个直播基地": the clause's 在望江县举办 is the place the asker already named
            return "文件没有写明比问题所说更细的地点"
        month = _ASKED_MONTH.search(query.text) if slot == "day" else None
        if month and not re.search(rf"(?<!\d){month.group(1)}\s*月\s*\d{{1,2}}\s*[日号]", top.chunk.text):
            # "9月几号": a day of another month in the clause is not the one asked for
            return f"文件没有写明{SLOT_LABELS[slot]}"
    options = offered_options(query.text)
    if options:
        said = normalize(evidence)
        if not any(form in said for o in options for form in expand_aliases(o).split()):
            # "是和淘宝还是抖音合作": the clause names neither; what it does say is no choice between them
            return f"文件没有提到{'或'.join(options)}"
    person = _contact_without_value(query, top.doc)
    if person:
        return f"文件没有写明{person[0]}的{SLOT_LABELS[person[1]]}"
    unnamed = _party_without_value(query, weights, top.chunk.text)
    if unnamed:
        return f"文件没有写明{unnamed[0]}的{SLOT_LABELS[unnamed[1]]}"
    if structural:
        return None
    thing = _thing_asked_for(kb, query, top.doc)
    if thing and not any(form in normalize(evidence) for form in expand_aliases(thing[1]).split()):
        # "有没有汉服走秀？", "结业发不发证书？": whether there is a thing, which the clause never
        # names; what it does say (the event, the course) is not that thing
        return f"文件没有提到{thing[0]}"
    amount = _amount_asked_of(kb, query, top.doc)
    if amount and not any(piece in normalize(evidence) for t in amount[1] for form in expand_aliases(t).split()
                          for piece in _pieces(form)):
        # "直播节给商家的流量扶持有多少": how much of a thing the clause never names; its other
        # figures are not that amount
        return f"文件没有提到{amount[0]}"
    term = defined_term(query)
    if term and defining(term).search(normalize(top.chunk.text)):
        return None  # the clause that defines the term asked about
    absent = _absent_body(query, top.doc)
    if absent:
        # "国家发展改革委对这个活动有什么配套政策": a body the document never mentions; what another
        # body does is not in it, however close in meaning its clauses are.
        return f"文件没有提到{absent}"
    if not query.slots and sections.REF.search(query.text) \
            and any(c.chunk_id == top.chunk.chunk_id for c in sections.pointed_chunks(top.doc, query.raw)):
        # "工作要点里编号第10条讲的什么": the place the question points at is what it asks about,
        # whatever its other words
        return None
    if query.slots and not [t for t in clause_weights(weights, top.doc.title) if t not in normalize(top.doc.title)
                            and t not in PLACEHOLDERS and not QUESTION_WORD.search(t)]:
        # "青岛的时尚消费月在哪些地方办": every word but the asking names the document; the clause
        # of that document holding the value asked for answers it.
        return None
    if statute and not query.slots and law.short_name(top.doc.title) in query.text and any(
            len(t) >= 2 and t in normalize(top.chunk.text) and not everyday(kb, t) and not QUESTION_WORD.search(t)
            for t in clause_weights(weights, top.doc.title)):
        # "默认勾选搭配购买袜子，电子商务法允许吗": the question names the law; its article that holds a
        # specific word of the question is offered, in other words (the reader judges)
        return None
    quoted = [normalize(q) for q in QUOTED.findall(query.raw)]
    if WHICH_ONES.search(query.text) and quoted_listed(quoted_words(query.raw), normalize(top.chunk.text)):
        return None  # "想让哪几样东西一起“升级”": the clause lists them (产业升级、产品升级、消费升级)
    if quoted and not query.slots and all(q in normalize(top.chunk.text) for q in quoted) \
            and not any(q in normalize(top.doc.title) for q in quoted):
        # "能不能印“驰名商标”四个字": the term the question quotes is what it is about; the clause
        # that holds every quoted term answers it, whatever words the question wraps it in.
        return None
    if query.slots:
        # (the value asked for is in the clause — checked above —: the words that ask for it, "多久"
        # and "一次" of "多久报一次", are no topic the clause must also hold)
        weights = {t: w for t, w in weights.items() if not QUESTION_WORD.search(t) and not _HOW_OFTEN.fullmatch(t)} \
            or weights
    if _TOTAL_ASKED.search(query.text):
        # ("一共有多少党员": 一共 asks for the total with 多少; the clause says "共有党员四百二十人")
        weights = {t: w for t, w in weights.items() if t not in ("一共", "总共")} or weights
    # Terms that only name the document (its title) say nothing about whether it answers.
    best = max(clause_coverage(weights, hits), clause_coverage(asked_weights(query, weights), hits))
    if best >= settings.min_coverage:
        return None
    # By meaning: an open question (no value asked for) whose best clause is also the one closest
    # in meaning (e5) and shares at least some of its words is answered by it, in other words.
    # (closeness word by word alone, a law's, ranks its articles; it does not vouch for an answer)
    if top.semantic >= 1.0 and (kb.settings.embeds(top.doc) or query.for_law) \
            and best >= settings.min_semantic_coverage and not query.slots:
        return None
    return NO_MATCH


# "是和淘宝还是抖音合作", "线上办还是线下办": a choice the question offers (not "还是要报吗", still).
_CHOICE = re.compile(r"(?:是|用|选|在|找|去|跟|和|与|走)([\u4e00-\u9fffA-Za-z0-9]{1,10}?)还是([\u4e00-\u9fffA-Za-z0-9]{1,10})")


def offered_options(text: str) -> list[str]:
    """The two things a question asks to choose between, each as its word nearest to "还是"."""
    m = _CHOICE.search(text)
    if not m:
        return []
    # ("在抖音还是快手上播": what follows the second option — 上播, 里卖 — is the doing, not the option)
    second = re.sub(r"(上|里|中)?(直播|播|卖|开|办|做|搞|发|推|销售|合作)$", "", m.group(2)) or m.group(2)
    before, after = content_terms(m.group(1)), content_terms(second)
    options = [before[-1] if before else "", after[0] if after else ""]
    # (times are written as dates, not as "今年" or "下半年": a clause with the date answers)
    if any(len(o) < 2 or _TIME_WORD.search(o) for o in options):
        return []
    return options


_TIME_WORD = re.compile(r"\d|年|月|日|号|季度|周|天|时候|之前|以后|前|后")


# "最晚哪天交", "哪天之前报": the day asked for is one a thing is due by.
_DUE = re.compile(r"最晚|最迟|截止|期限|(之|以)?前|交|报送|上报|提交|due|deadline")
_ANY_DAY = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]|即日|当天|当日")


_KINDS_OF_PLATFORM = re.compile(r"哪些(直播|电商|网络|线上|新媒体)?平台|(什么|啥)样的平台")
_PLATFORMS_LISTED = re.compile(r"[\u4e00-\u9fff]{2,5}平台、[\u4e00-\u9fff]{2,5}平台")


def slot_evidence(query: Query, slot: str) -> re.Pattern[str]:
    """What a clause must hold to give the value a slot asks for: for a day, the day of an event,
    not one a thing is due by, unless the question asks when something is due; for papers to hand
    in, not the paper the question itself names ("名单要附哪些证明材料": 名单 is no answer)."""
    if slot == "day" and ("deadline" in query.slots or _DUE.search(query.text)):
        return _ANY_DAY
    if slot == "quantity":
        unit = _UNIT_ASKED.search(query.text)
        if unit:  # "一天多少吨": a number of tons, not the clause's year or count of stations
            return re.compile(rf"(\d+(\.\d+)?|[一二两三四五六七八九十百千万亿]+)\s*(万|亿)?{unit.group(1)}")
    if slot == "count":
        thing = _COUNTED_THING.search(query.text)
        if thing:
            # "提供多少个岗位": a number of posts, not the clause's count of job fairs or workshops
            noun = re.escape(thing.group(2))
            if thing.group(1) != "个":
                # ("覆盖多少家企业": "为…企业提供诊断服务不少于60家", the count of them later in the sentence)
                return re.compile(rf"({_NUMBER})\s*{thing.group(1)}?[\u4e00-\u9fff]{{0,2}}{noun}|"
                                  rf"{noun}[^，,。；;]{{0,30}}?({_NUMBER})\s*{thing.group(1)}")
            return re.compile(rf"({_NUMBER})\s*{thing.group(1)}?[\u4e00-\u9fff]{{0,2}}{noun}|{noun}[^，。；;]{{0,6}}?({_NUMBER})")
        measure = _MEASURE_ASKED.search(query.text)
        if measure:
            # "全年要办多少场": a number of 场, not the clause's "5个工作日" or "35家次"
            return re.compile(rf"({_NUMBER})\s*{measure.group(1)}")
    if slot == "money" and _SHARE_ASKED.search(query.text):
        # "展位费我们得掏多少": what the asker pays may be a share of the cost ("参展企业承担70%")
        return re.compile(f"{SLOT_EVIDENCE[slot].pattern}|{_SHARE.pattern}")
    if slot == "money" and _SUPPORT_ASKED.search(query.text):
        # "每个车间奖励多少钱": the sum of a reward or subsidy, not the clause's other figures
        # (营业收入达到300亿元 is no reward)
        return _SUPPORT_SUM
    if slot == "platform" and _KINDS_OF_PLATFORM.search(query.text):
        # ("要用哪些平台": the kinds listed, 短视频平台、直播平台, answer it; "哪个平台" asks for one by name)
        return re.compile(f"{SLOT_EVIDENCE[slot].pattern}|{_PLATFORMS_LISTED.pattern}")
    if slot == "materials":
        named = [w for w in _PAPERS.findall(query.text)]
        if named:
            return re.compile(f"(?!(?:{'|'.join(map(re.escape, named))}))(?:{SLOT_EVIDENCE[slot].pattern})")
    return SLOT_EVIDENCE[slot]


_PAPERS = re.compile(r"名单|清单|报名表|申请表|申报书")
_PLACE_FRAME = re.compile(r"^(在|于|落户|设在|建在|依托|地点[:：为]|地址[:：])|(举办|举行|召开|开展)$")


def _places_said(question: str, text: str) -> bool:
    """Is every place the clause gives one the question already names?"""
    cores = [_PLACE_FRAME.sub("", _PLACE_FRAME.sub("", m.group(0))) for m in SLOT_EVIDENCE["place"].finditer(text)]
    return bool(cores) and all(len(c) >= 2 and c in question for c in cores)


_NUMBER = r"\d+|[一二两三四五六七八九十百千万]+"
# "多少个岗位", "几家门店": what is counted, when the question names it after the measure word
# (a two-character noun that ends the question: a longer phrase, "多少家规上纺织服装企业", may abbreviate
# what the clause spells out)
# ("会来多少家采购商": a number of 采购商, not the clause's count of firms taking part)
_COUNTED_THING = re.compile(r"(?:多少|几)(个|家|名|位)([\u4e00-\u9fff]{2,3})(?=[？?，,。！!]|$)")
# A measure word that only counts events or batches: "多少场", "几期", "多少届".
_MEASURE_ASKED = re.compile(r"(?:多少|几)(场|期|届|批|款)")
_UNIT_ASKED = re.compile(r"多少(?:万|亿)?(千瓦时|立方米|千克|公斤|毫克|公里|吨|人|件|台|套|倍|锭|辆|双|匹|箱)")
# "有没有X", "发不发X": whether there is a thing (its name follows, up to the clause's end).
_EXISTS_ASKED = re.compile(r"(?:有没有|有无|是否有|有不有|发不发|给不给|配不配|安排没安排|搞不搞)([^，,。？?！!；;吗呢]{2,14})")
# (a short name of a thing: no 的, no pointing, no asking, no "saying" or "area" words)
_THING = re.compile(r"(?!.*(的|这|那|我|你|说法|提法|表述|方面|什么|哪|怎么|事|沾|块|行业|内容|规定|要求|"
                    r"政策|措施|安排|支持|鼓励))[\u4e00-\u9fff]{2,6}")
_ASKING_VERB = re.compile(r"^(提到|提及|涉及|讲到?|说到?|写到?|关于|专门|具体|相关的?|什么|哪些|单独|额外|另外|配套的?|统一)+")


def _thing_asked_for(kb: KnowledgeBase, query: Query, doc: Document) -> tuple[str, str] | None:
    """The thing a yes-or-no question asks there is, with its head word (the last word of the
    phrase: 走秀 of 汉服走秀), when that word is specific (not everyday vocabulary, nor the
    document's own title word)."""
    m = _EXISTS_ASKED.search(query.text)
    if not m:
        return None
    phrase = _ASKING_VERB.sub("", m.group(1))
    if not _THING.fullmatch(phrase):
        return None  # ("有没有鼓励跨省合作的说法", "有没有提到我们这一行": a topic, asked of by meaning)
    terms = [t for t in content_terms(phrase) if not QUESTION_WORD.search(t)]
    head = terms[-1] if terms else ""
    return (phrase, head) if _names_a_thing(kb, head, normalize(doc.title)) else None


def _names_a_thing(kb: KnowledgeBase, term: str, title: str) -> bool:
    """A word specific enough to name a thing asked about: two characters or more, not asking, not
    a placeholder (地方, 时间), not everyday vocabulary, not a word of the document's own title."""
    return len(term) >= 2 and not QUESTION_WORD.search(term) and term not in PLACEHOLDERS \
        and term not in title and not everyday(kb, term)


# "X有多少？", "X是多少？": how much of a thing (the words before, after the last 的 / 给 / 对; not
# "一共有多少家企业…", where what follows 多少 is the thing counted).
_AMOUNT_ASKED = re.compile(r"([\u4e00-\u9fff]{2,12})(?:能有|有|是|能给|能拿)多少(?=[？?，,。！!；;呢啊]|$)")


def _amount_asked_of(kb: KnowledgeBase, query: Query, doc: Document) -> tuple[str, list[str]] | None:
    """The thing whose amount is asked, with its specific words (not everyday vocabulary, nor
    the document's title words); None when it has none."""
    m = _AMOUNT_ASKED.search(query.text)
    if not m:
        return None
    phrase = _ASKING_VERB.sub("", re.split(r"[的给对和跟]", m.group(1))[-1].lstrip("那这该"))
    if not _THING.fullmatch(phrase):
        return None
    title = normalize(doc.title)
    specific = [t for t in content_terms(phrase) if _names_a_thing(kb, t, title) and not _AMOUNT_WORD.fullmatch(t)]
    return (phrase, specific) if specific else None


# Words for an amount itself ("企业数量目标是多少"): the clause's figure is one, whatever it calls it.
_AMOUNT_WORD = re.compile(r"(数量|目标|总量|规模|金额|数额|额度|比例|人数|次数|家数|指标|数目|总数|总额|数字)+")


def _pieces(term: str) -> list[str]:
    """A term and its two-character pieces ("经济总量": 总量 says it in a clause's words)."""
    return [term, *(term[i:i + 2] for i in range(len(term) - 1))]


# What a clause says is to be announced later, by the value asked for.
_TO_BE_ANNOUNCED = {slot: re.compile(rf"[^，。；（(\s]{{0,4}}({words})[^，。；）)]{{0,6}}另行(通知|确定|公布|安排)")
                    for slot, words in (("day", "时间|日期"), ("hour", "时间"), ("place", "地点|地址|场地"),
                                        ("venue", "地点|场地|场馆"), ("name", "名称|名字"), ("names", "名单|名称"),
                                        ("persons", "人员|名单|嘉宾|讲师|老师"), ("country", "名称|行程|国家|目的地"))}
# "（具体时间另行通知）": the date is not fixed yet, and the clause says so.
_LATER = re.compile(r"(时间|日期|地点)[^，。；）)]{0,4}另行(通知|确定|公布|安排)|另行通知具体(时间|日期)")
_FIXED_ASKED = re.compile(r"定了(吗|没)|定下来了吗|确定了(吗|没)|有没有(定|确定)|定没定|确定没确定")
_SHARE_ASKED = re.compile(r"掏|自己出|自付|承担|负担|分担|出多少")
_SHARE = re.compile(r"(承担|负担|分担|自付|支付)\s*\d+(\.\d+)?\s*[%％]")
_SUPPORT_ASKED = re.compile(r"奖励|奖金|奖多少|补贴|补助|资助|扶持资金|专项资金|给多少钱|补多少")
_SUM = SLOT_EVIDENCE["money"].pattern  # (a sum, as the money value type reads one)
_SUPPORT_SUM = re.compile(rf"(奖|补贴|补助|资助|扶持|资金|经费)[^。；;]{{0,20}}?({_SUM})|"
                          rf"({_SUM})[^。；;]{{0,6}}(奖|补贴|补助|资助)")


# Values that belong to the thing the clause states (the day, place or venue of an event, the
# firms named, the platform, the prize, the criteria): a neighbouring clause's is another thing's.
# A row of a table as text keeps: cells between bars or tabs, or a docx row's "列名：值，列名：值".
_TABLE_ROW = re.compile(r"[｜|│\t][^\n]*[｜|│\t]|^[^，：\n]{1,10}：[^，\n]+，[^，：\n]{1,10}：", re.M)


def _own_record(top: Hit, weights: dict[str, float]) -> str:
    """The clause's text, or, in a table of many rows, the row the question is about: a venue in
    another row is not this event's ("在海口哪个会展中心" of a row that says 海口市 only)."""
    numbered = table_rows(top.chunk.text)
    if len(numbered) >= 2:
        return max(numbered, key=lambda row: coverage(weights, row.line)).labelled
    rows = [x for x in top.chunk.text.splitlines() if _TABLE_ROW.search(x)]
    if len(rows) < 2:
        return top.chunk.text
    return max(rows, key=lambda row: coverage(weights, row))


_OWN_CLAUSE_SLOTS = frozenset({"day", "venue", "names", "platform", "place", "award", "criteria", "columns",
                               "frequency", "fee", "persons", "code", "name", "places_named", "country", "event_time"})
# "是啥意思", "指的是什么", "怎么理解": what a term stands for, not how it is recognised (认定标准).
_MEANING_ASKED = re.compile(r"(什么|啥)意思|指的?是?(什么|啥)|怎么理解|如何理解|what does .* mean")


def _uses_the_term(query: Query, weights: dict[str, float], top: Hit) -> bool:
    """The clause uses the term asked about: the whole of it when the question states it ("循环经济
    是指什么" is not answered by a clause that says 循环利用), else the question's most specific word."""
    term = defined_term(query)
    key = term or key_term({t: w for t, w in about_terms(query, weights, top.doc.title).items() if len(t) >= 2})
    return key is not None and key in normalize(top.chunk.text)


def about_terms(query: Query, weights: dict[str, float], title: str) -> dict[str, float]:
    """The question's terms that name the thing asked about: not the words that ask (时候 in
    什么时候, 负责 in 谁负责), not those of who asks ("我在高密开网店，"), not the document's title."""
    about = normalize(without_asking(WHO_RUNS.sub(" ", query.text)))
    return {t: w for t, w in clause_weights(asked_weights(query, weights), title).items() if t in about}


_ASKED_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(?:几|哪)")
_PARTY_SLOTS = ("email", "fax", "mobile", "address", "url")


# A part of a contact line: a label, a phone number or an e-mail.
_CONTACT_PART = re.compile(r"联系人|联系电话|电话|邮箱|传真|\d{3,4}-?\d{7,8}|1\d{10}|@")


def _party_without_value(query: Query, weights: dict[str, float], text: str) -> tuple[str, str] | None:
    """(who, slot) when the question asks for a contact value of someone the clause names in one of
    its parts, and that part lacks the value another part has: "韩雪的邮箱" where the e-mail given
    is the other contact's. None otherwise."""
    slots = [s for s in query.slots if s in _PARTY_SLOTS]
    segments = [seg for seg in re.split(r"[；;。\n]", normalize(text)) if seg.strip()]
    if not slots or len(segments) < 2:
        return None
    asked = normalize(without_asking(query.text))
    for term in sorted(weights, key=lambda t: -weights[t]):  # the most specific word first
        holding = [seg for seg in segments if term in seg]
        if len(term) < 2 or term not in asked or QUESTION_WORD.search(term) or len(holding) != 1:
            continue
        if not _CONTACT_PART.search(holding[0]):
            continue  # (亚麻 of the clause's duty sentence is a topic, not one of the contacts)
        return next(((term, slot) for slot in slots if not SLOT_EVIDENCE[slot].search(holding[0])
                     and any(SLOT_EVIDENCE[slot].search(seg) for seg in segments)), None)
    return None


_HOW_OFTEN = re.compile(r"一(次|届|回|期)")


def asked_weights(query: Query, weights: dict[str, float]) -> dict[str, float]:
    """The question's terms without those only of the clause where the asker describes itself
    ("我们是县里的镇政府，" — who asks is context, not what the clause must hold); the whole
    question's terms when that leaves fewer than two."""
    if not query.context:
        return weights
    context = normalize(query.context)
    rest = normalize(query.text)[len(context):]
    asked = {t: w for t, w in weights.items() if t in rest or t not in context}
    return asked if len(asked) >= 2 else weights


# A state body named in full or as people shorten it: 国家发展改革委, 生态环境部, 市场监管总局, 人社部.
# (the name's middle holds no word of a sentence: "国家准备办哪些活动", "国家文件对我们中西部" name no body)
# ("国家通知第五部分": a part of the notice, no 部)
_STATE_BODY = re.compile(r"(国家|国务院|中国)(?:(?![的对我你他们这那吗呢么吧啊文件准备要会能想在给让把被就都也还通第])"
                         r"[\u4e00-\u9fff]){2,8}?(委员会|委|总局|局|部|署|办)")


@functools.lru_cache(maxsize=1)
def _body_names() -> re.Pattern[str]:
    """The state bodies of the abbreviation list, by either name (人社部, 财政部, 市场监管总局)."""
    # (central bodies only: 工信局 or 商务厅 is a kind of local body, present in any province)
    names = {n for short, full in aliases() if re.search(r"(部|委员会|总局|署)$", full) for n in (short, full)}
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def _absent_body(query: Query, doc: Document) -> str | None:
    """A state body the question names that the document mentions nowhere (not even by another
    form of its name); None when there is none or the document mentions it."""
    asked = SELF_DESCRIPTION.sub("", query.text)
    bodies = [m.group(0) for m in _STATE_BODY.finditer(asked)] + _body_names().findall(asked)
    if not bodies:
        return None  # (most questions: the document's text is not read)
    text = normalize(doc.text + " " + (doc.meta.issuer or "") + " " + (doc.meta.publisher or ""))
    for body in bodies:
        forms = {body, *(full for short, full in aliases() if short in body),
                 *(short for short, full in aliases() if full in body)}
        core = {re.sub(r"^(国家|中国)", "", f) for f in forms}
        if len(body) >= 3 and not any(f in text for f in forms | core if len(f) >= 2):
            return body
    return None


def key_term(weights: dict[str, float]) -> str | None:
    """The question's most specific word (highest IDF weight) that names content."""
    # (question words such as 哪项 are rare in documents, hence "specific", but name no content)
    content = {t: w for t, w in weights.items() if not QUESTION_WORD.search(t)}
    return max(content, key=lambda t: content[t]) if content else None


def by_meaning_only(settings: RetrievalSettings, weights: dict[str, float], hits: list[Hit]) -> bool:
    """The best clauses do not vouch for the question by its words, so it was answered by meaning:
    they share too few of its words, or miss its most specific one (申请补贴的方式: 补贴)."""
    views = [normalize(f"{h.chunk.section or ''}\n{h.chunk.text}") for h in hits[:3]]
    if max(coverage(weights, v, normalized=True) for v in views) < settings.min_coverage:
        return True
    key = key_term(weights)
    # (a longer word counts as present when most of its character pairs are: 服装出口 ~ 出口)
    return key is not None and len(key) >= 2 and not any(coverage({key: 1.0}, v, normalized=True) for v in views)

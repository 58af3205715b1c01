"""企业对照: which tasks of the campaign documents concern a firm, and what they leave unsaid.

A profile is read from choices or from a sentence ("我们是中西部的棉纺企业，想做数字化").
Every body sentence of the documents is matched against the words each profile facet stands
for; clauses are ranked by the facets they meet (an interest weighs most), each with the
sentences that apply. Then: whom to contact, and an honest list of what the documents do not
say about money, deadlines, signing up and missing attachments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.kb import KnowledgeBase
from index.models import NOT_STATED, Document
from index.structure import match_heading

from .citing import clause_ref
from .evidence import split_sentences
from .models import FirmMatch, FirmProfile, FirmTask

# Facet value -> words that mark a sentence as concerning it. Generic vocabulary of the textile
# and consumer-goods campaigns, not the wording of any one document.
SEGMENTS: dict[str, tuple[str, ...]] = {
    "服装": ("服装", "服饰", "时装", "成衣"),
    "家纺": ("家纺", "家用纺织"),
    "化纤": ("化纤", "化学纤维", "纤维"),
    "棉纺": ("棉纺", "棉"),
    "产业用纺织品": ("产业用",),
    "纺织机械": ("纺织机械", "装备", "设备"),
}
MARKETS: dict[str, tuple[str, ...]] = {
    "出口": ("出口", "外贸", "国际", "境外", "外需", "跨境", "全球", "RCEP"),
    "线上": ("线上", "电商", "直播", "网络", "平台"),
    "内销": ("内需", "消费", "国内", "内贸", "商场", "促销"),
}
REGIONS: dict[str, tuple[str, ...]] = {
    "中西部": ("中西部", "承接产业转移", "西部", "中部"),
    "东部": ("东部",),
}
SIZES: dict[str, tuple[str, ...]] = {
    "中小企业": ("中小企业", "大中小企业", "专精特新"),
    "龙头企业": ("链主", "龙头", "领军", "骨干企业", "规上"),
}
INTERESTS: dict[str, tuple[str, ...]] = {
    "数字化转型": ("数字化", "智能化", "智能", "智改数转", "工业互联网", "数控"),
    "绿色循环": ("绿色", "节能", "降碳", "循环", "回收", "废旧纺织品", "低碳"),
    "品牌设计": ("品牌", "设计", "时尚", "创意", "流行趋势"),
    "非遗": ("非遗", "服饰文化", "传统"),
    "技术改造": ("技术改造", "设备更新", "先进适用技术"),
    "展会对接": ("展览", "展会", "博览会", "对接", "展示"),
}
WEIGHTS = {"interest": 3.0, "segment": 2.0, "market": 2.0, "region": 2.0, "size": 1.0}
# Words in a sentence that reveal a firm reading its own profile ("我们是…企业，想做…").
_SAY: dict[str, dict[str, tuple[str, ...]]] = {
    "segment": {"服装": ("服装", "服饰", "成衣", "时装"), "家纺": ("家纺",), "化纤": ("化纤", "化学纤维"),
                "棉纺": ("棉纺", "纺纱", "棉纱"), "产业用纺织品": ("产业用",), "纺织机械": ("纺织机械", "纺机")},
    "market": {"出口": ("出口", "外贸", "海外", "国外", "跨境"), "线上": ("线上", "电商", "网店", "直播"),
               "内销": ("内销", "国内市场", "国内销售")},
    "region": {"中西部": ("中西部", "中部", "西部", "新疆", "四川", "河南", "湖北", "江西", "重庆", "陕西"),
               "东部": ("东部", "沿海", "浙江", "江苏", "广东", "山东", "福建", "上海")},
    "size": {"中小企业": ("中小", "小微", "小企业"), "龙头企业": ("龙头", "链主", "领军", "大型", "规上")},
    "interest": {"数字化转型": ("数字化", "智能化", "智能制造", "智改数转", "信息化"),
                 "绿色循环": ("绿色", "环保", "节能", "回收", "循环", "低碳"),
                 "品牌设计": ("品牌", "设计", "时尚"), "非遗": ("非遗", "传统工艺"),
                 "技术改造": ("技改", "技术改造", "设备更新"), "展会对接": ("展会", "参展", "对接")},
}
_NOT_A_DUTY = re.compile(r"^(?:联系人|附件|（联系人|\(联系人)")
_MONEY = re.compile(r"资金|奖励|补贴|补助|万元|费用|展位费|贴息")
_DEADLINE = re.compile(r"截止|申报时间|报名时间|\d{1,2}月\d{1,2}日(?:至|前)")
_SIGNUP = re.compile(r"报名|申报|参与方式|自愿|填报")


def parse_profile(text: str) -> FirmProfile:
    """A profile from one sentence; only what the sentence says (never a default)."""
    found: dict[str, list[str]] = {facet: [value for value, words in values.items() if any(w in text for w in words)]
                                   for facet, values in _SAY.items()}
    return FirmProfile(segments=found["segment"], markets=found["market"],
                       region=found["region"][0] if found["region"] else None,
                       size=found["size"][0] if found["size"] else None, interests=found["interest"], text=text)


def _facets(profile: FirmProfile) -> list[tuple[str, str, tuple[str, ...]]]:
    """(facet, value, words) for every value the profile holds."""
    out = [("segment", v, SEGMENTS.get(v, (v,))) for v in profile.segments]
    out += [("market", v, MARKETS.get(v, (v,))) for v in profile.markets]
    if profile.region:
        out.append(("region", profile.region, REGIONS.get(profile.region, (profile.region,))))
    if profile.size:
        out.append(("size", profile.size, SIZES.get(profile.size, (profile.size,))))
    out += [("interest", v, INTERESTS.get(v, (v,))) for v in profile.interests]
    return out


def relevant_to(kb: KnowledgeBase, profile: FirmProfile | str, doc_ids: Iterable[str] | None = None,
                limit: int = 10) -> FirmMatch:
    if isinstance(profile, str):
        profile = parse_profile(profile)
    ids = list(doc_ids) if doc_ids is not None else [d.doc_id for d in kb.documents() if d.role == "subject"]
    unknown = [d for d in ids if d not in kb.docs]
    if unknown:
        raise ValueError(f"未找到文件：{'、'.join(unknown)}（unknown document id）")
    facets = _facets(profile)
    tasks: list[FirmTask] = []
    for doc_id in ids:
        doc = kb.docs[doc_id]
        for chunk in doc.chunks:
            if not chunk.section_path or chunk.instruction:
                continue
            reasons: list[str] = []
            sentences: list[str] = []
            score = 0.0
            for sentence in (s.text for s in split_sentences(chunk.text)):
                if _NOT_A_DUTY.match(sentence):
                    continue
                hit = [(facet, value) for facet, value, words in facets if any(w in sentence for w in words)]
                if hit:
                    sentences.append(sentence.strip())
                    for facet, value in hit:
                        if value not in reasons:
                            reasons.append(value)
                            score += WEIGHTS[facet]
            if sentences:
                score += 0.1 * len(sentences)  # more sentences that apply: more that concerns the firm
                tasks.append(FirmTask(doc_id=doc.doc_id, title=doc.title, doc_number=doc.meta.doc_number,
                                      section=chunk.section, clause=clause_ref(doc, chunk), score=round(score, 2),
                                      reasons=reasons, sentences=sentences, chunk_id=chunk.chunk_id,
                                      start=chunk.start, end=chunk.end))
    tasks.sort(key=lambda t: -t.score)
    docs = [kb.docs[d] for d in ids]
    return FirmMatch(profile=profile, tasks=tasks[:limit], contacts=_contacts(docs), stated=_stated(docs),
                     gaps=_gaps(kb, docs))


def _body_sentences(doc: Document) -> list[tuple[str, str]]:
    """(sentence, clause) of the body, headings left out ("（二）申报时间和方式。" says nothing)."""
    return [(s.text, clause_ref(doc, c)) for c in doc.chunks if c.section_path and not c.instruction
            for s in split_sentences(c.text) if not _is_heading(s.text)]


def _is_heading(sentence: str) -> bool:
    """A heading line on its own ("（二）申报时间和方式。"), not a numbered item that says something."""
    return match_heading(sentence) is not None and len(sentence) <= 24 and "，" not in sentence


def _contacts(docs: list[Document]) -> list[str]:
    out: list[str] = []
    for doc in docs:
        for c in doc.meta.contacts:
            out.append(f"{c.name}（电话：{c.phone}）——《{doc.title}》" if c.phone else f"{c.name}——《{doc.title}》")
        if not doc.meta.contacts:  # a 联系人 line the metadata (or the cleaner) missed, quoted from the file
            out += [f"{m.group(0).strip('（）()')}——《{doc.title}》"
                    for m in re.finditer(r"[（(]?联系人[^\n]{4,160}", doc.original)]
        for sentence, clause in _body_sentences(doc):
            m = re.search(r"向([^，。；]{2,30}?)(?:报名|申报|咨询)", sentence)
            if m:
                out.append(f"报名/申报：向{m.group(1)}（{clause}）")
    return out or [f"联系人：{NOT_STATED}"]


def _stated(docs: list[Document]) -> list[str]:
    out = []
    for doc in docs:
        for sentence, clause in _body_sentences(doc):
            if _MONEY.search(sentence) or _DEADLINE.search(sentence) or (_SIGNUP.search(sentence) and "企业" in sentence):
                out.append(f"{sentence}（《{doc.title}》{clause}）")
    return out


def _gaps(kb: KnowledgeBase, docs: list[Document]) -> list[str]:
    """What an enterprise would ask that the documents leave unsaid, one line each."""
    text = "\n".join(s for d in docs for s, _ in _body_sentences(d))
    gaps = []
    if not _MONEY.search(text):
        gaps.append("资金支持：文件未写明补贴、奖励或资金的金额和标准。")
    if not _DEADLINE.search(text):
        gaps.append("时间：文件未写明企业报名或申报的截止日期。")
    if not re.search(r"报名|申报|参与方式|填报", text):
        gaps.append("参与方式：文件未写明企业如何报名或申报参加。")
    for doc in docs:
        for a in kb.attachment_status(doc):
            if not a.available:
                gaps.append(f"附件《{a.name}》：原文仅列出名称，文件库中未收录其内容（具体活动安排无法核对）。")
    return gaps

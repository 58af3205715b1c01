"""Questions about what the library holds rather than what a document says: "陕西有没有相关通知？",
"有没有河南的纺织服装活动通知？", "库里有哪些地方的通知？". They are answered from the catalogue
(titles, issuers, 文号, dates), each document cited by its head, and a place the library has no
notice of is said plainly, with the notices it does hold.
"""

from __future__ import annotations

import re

from index import law
from index.kb import KnowledgeBase
from index.models import Document
from index.textnorm import normalize

from .citing import Composer
from .models import Answer
from .query import context_clause
from .scope import issuer_orgs
from .settings import RetrievalSettings

_KIND = r"(?:通知|文件|政策|方案|实施方案|活动)"
# "陕西有没有相关通知", "黑龙江出过这方面的文件吗": a place, then whether it has issued one.
_PLACE_HAS = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?)(?:省|市|县|自治区|地区|那边|这边)?(?:有没有|有无|是否有|有没|出过|发过|有)"
                        rf"(?:出过|发过|发)?(?:相关|这方面|这类|类似|对应|专门)?的?(?:纺织服装)?(?:的)?{_KIND}")
# "有没有河南的纺织服装活动通知", "有河南的通知吗": whether there is one of a place.
_HAS_PLACE = re.compile(rf"(?:有没有|有无|是否有|有)([\u4e00-\u9fff]{{2,8}}?)(?:省|市|县|自治区)?(?:那边|这边)?的"
                        rf"[^，,。？?]{{0,10}}?{_KIND}")
# "库里有哪些地方的通知", "都收了哪些文件": what the library holds.
_WHICH_HELD = re.compile(rf"(库里|知识库|资料库|系统里|都收了|收录了|收了)[^，,。？?]{{0,6}}(哪些|什么|几份|多少)"
                         rf"[^，,。？?]{{0,6}}{_KIND}|"
                         rf"(有|收了|收录了)(哪些|几份|多少份?)(地方|省|地区)的{_KIND}")
# Province-level names: a place the library may hold no notice of is still known to be a place.
PROVINCES = frozenset({"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
                       "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
                       "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
                       "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门"})
_NOT_A_PLACE = re.compile(r"^(这个|那个|这次|本次|国家|中央|其他|别的|相关|这方面|类似|纺织|服装|活动|政策|通知|文件|"
                          r"我们|咱们|有关)")


def catalogue_answer(kb: KnowledgeBase, settings: RetrievalSettings, question: str,
                     allowed: set[str] | None = None) -> Answer | None:
    """The answer to a question about which documents the library holds, or None when the
    question is about what a document says."""
    text = normalize(question)
    asked = text[len(context_clause(text)):]  # ("我们是榆林的棉纺厂，陕西有没有…": who asks is not the place)
    held = _WHICH_HELD.search(asked)
    m = None if held else _PLACE_HAS.search(asked) or _HAS_PLACE.search(asked)
    if not held and (not m or _NOT_A_PLACE.match(m.group(1))):
        return None  # (most questions: the catalogue is not read)
    campaign = [d for d in kb.documents() if d.role in ("subject", "related") and not law.has_articles(d)
                and (allowed is None or d.doc_id in allowed)]
    if not campaign:
        return None
    if m is None:  # (what the library holds)
        return _listing(kb, settings, question, campaign, "知识库收录的活动通知和相关文件如下：")
    place = re.sub(r"(省|市|县|自治区)$", "", m.group(1))
    found = [d for d in campaign if _of_place(d, place)]
    if found:
        return _listing(kb, settings, question, found, f"知识库中有{len(found)}份{place}的相关文件：")
    marked = bool(re.match(rf"{re.escape(m.group(1))}(省|市|县|自治区)", asked[m.start(1):]))
    if place not in PROVINCES and not marked:
        return None  # ("企业有没有补贴政策": a word that names no place; the documents are asked)
    answer = _listing(kb, settings, question, campaign,
                      f"现有文件未对此作出规定：知识库中没有{place}的相关通知。已收录的活动通知和相关文件：")
    answer.refused = True
    answer.kind = "refusal"
    return answer


def _of_place(doc: Document, place: str) -> bool:
    """Issued there (an issuer's name begins with the place) or about it (its title names it)."""
    return any(o.startswith(place) for o in issuer_orgs(doc)) or place in normalize(doc.title)


def _listing(kb: KnowledgeBase, settings: RetrievalSettings, question: str, docs: list[Document],
             lead: str) -> Answer:
    comp = Composer(kb, settings)
    lines = [lead]
    for i, doc in enumerate(sorted(docs, key=lambda d: (d.role != "subject", d.meta.written_date or "")), 1):
        if not doc.chunks:
            continue
        n = comp.cite(doc.chunks[0], 1.0)
        when = f"，{doc.meta.written_date}" if doc.meta.written_date else ""
        number = f"（{doc.meta.doc_number}{when}）" if doc.meta.doc_number else (f"（{doc.meta.written_date}）" if when else "")
        lines.append(f"{i}. 《{doc.title}》{number}[{n}]")
    return Answer(question=question, text="\n".join(lines), citations=comp.citations, mode="extractive",
                  kind="catalogue")


_PLACE_OF_ORG = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(省|市|县|自治区|自治州|州|盟)")


def place_note(kb: KnowledgeBase, question: str, answer: Answer) -> str:
    """"我们是潍坊的印染厂，活动对我们有什么要求？" answered from the national notice: the library
    also holds a notice of the place the asker describes itself in; say so (a note, not a switch:
    the asker may mean either)."""
    who = context_clause(normalize(question))
    if not who or answer.refused or answer.kind in ("catalogue", "clarify"):
        return ""
    cited = {c.doc_id for c in answer.citations}
    notes = []
    for doc in kb.documents():
        if doc.role != "related" or law.has_articles(doc) or doc.doc_id in cited:
            continue
        places = {m.group(1) for org in issuer_orgs(doc) for m in [_PLACE_OF_ORG.match(org)] if m}
        if any(p in who for p in places):
            number = f"（{doc.meta.doc_number}）" if doc.meta.doc_number else ""
            notes.append(f"《{doc.title}》{number}")
    if not notes or len(notes) > 3:
        return ""
    return "另：知识库中还有你所在地的相关文件" + "、".join(notes) + "，可以直接问它。"

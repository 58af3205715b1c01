"""Answers from a document's record (文号, 日期, 发文机关, 联系人, 附件 …): a sentence for each field asked,
cited where the document writes the value, or what the document does not say."""

from __future__ import annotations

import re

from index.fields import DOC_KINDS, FIELD_BY_NAME, FIELDS
from index.kb import KnowledgeBase
from index.models import Chunk, Contact, Document
from index.numerals import cn_int
from index.textnorm import aliases, content_terms, expand_aliases, normalize

from . import refusal
from .answerable import SLOT_LABELS
from .citing import Composer, doc_ref, quote_line
from .query import FIELD_PATTERNS, PERSON_AT, SLOT_EVIDENCE, YEAR, Query
from .retrieval import Hit
from .scope import DOCUMENT_WORD, SELF_DESCRIPTION, everyday, issuer_orgs

FIELD_LABELS = {f.name: (f.zh, f.en) for f in FIELDS}


def _chunk_with(doc: Document, needle: str, from_end: bool = False) -> Chunk | None:
    """The chunk whose text contains `needle` (the metadata value as the document writes it)."""
    for chunk in reversed(doc.chunks) if from_end else doc.chunks:
        if needle and needle in chunk.text:
            return chunk
    return None


def field_value(kb: KnowledgeBase, doc: Document, name: str) -> tuple[str, str] | None:
    """(value as said in the answer, text to find in the document for the citation)."""
    m = doc.meta
    if name == "contacts" and m.contacts:
        value = "；".join(f"{c.name}（电话：{c.phone}）" if c.phone else c.name for c in m.contacts)
        return value, m.contacts[0].name
    if name == "attachments" and m.attachments:
        status = kb.attachment_status(doc)
        value = "；".join(f"《{a.name}》（{_file_type(doc, a.name)}{'已收录' if a.available else '未收录，原文仅列出名称'}）"
                         for a in status)
        return value, "附件："
    if name == "signatories" and m.signatories:
        return "、".join(m.signatories), m.signatories[-1]
    if name == "amended_dates" and m.amended_dates:
        value = "、".join(m.amended_dates)
        return value, _cn_date_in(doc.text, m.amended_dates[-1])
    if FIELD_BY_NAME[name].display == "date":
        # (a 公文's 成文日期 is the date printed in its 落款: one stands for the other)
        iso = getattr(m, name) or (m.written_date if name == "signature_date" else None)
        if not iso:
            return None
        y, mo, d = (int(x) for x in str(iso).split("-"))
        written = _cn_date_in(doc.text, str(iso)) if name == "signature_date" or iso not in doc.text else ""
        if name == "signature_date" and written in doc.text:
            # (the 落款 writes it in words, "2023年4月14日": the line to cite, not a page's ISO label)
            return f"{y}年{mo}月{d}日（{iso}）", written
        # (as people write a date, and the ISO form programs read)
        return f"{y}年{mo}月{d}日（{iso}）", _labelled_date(doc.text, name, y, mo, d) or (
            str(iso) if iso in doc.text else written)
    if name == "title" and m.title and m.title.startswith("关于") and m.issuer:
        # (a 公文's title is 发文机关 + 关于…的 + 文种; the issuers printed above it as the 版头 belong to it)
        return f"{m.issuer}{m.title}", m.title
    text = getattr(m, name, None)
    if isinstance(text, str) and text:
        return text, text
    return None


_FILE_TYPES = {"doc": "Word", "docx": "Word", "wps": "WPS", "xls": "Excel", "xlsx": "Excel", "et": "WPS 表格",
               "pdf": "PDF", "ofd": "OFD", "zip": "压缩包", "rar": "压缩包"}


def _file_type(doc: Document, name: str) -> str:
    """"Word 文件，原文件名 ….docx，" when the document writes the attachment's file name with its
    extension (as it was sent: the name a reader looks for)."""
    m = re.search(re.escape(name) + r"\s*\.([A-Za-z]{2,4})\b", doc.text)
    kind = _FILE_TYPES.get(m.group(1).lower()) if m else None
    return f"{kind} 文件，原文件名 {name}.{m.group(1)}，" if m and kind else ""


_DATE_LABELS = {"written_date": "成文日期|成文时间|发文日期", "published_date": "发布日期|发布时间|公开日期"}


def _labelled_date(text: str, name: str, y: int, mo: int, d: int) -> str | None:
    """The date as the page's label line writes it ("成文日期： 2024年04月08日"): the line the value
    was read from is the one to cite, not the 落款 that says the same day another way."""
    labels = _DATE_LABELS.get(name)
    if labels is None:
        return None
    date = rf"{y}\s*[-年/.]\s*0?{mo}\s*[-月/.]\s*0?{d}日?"
    m = re.search(rf"(?:{labels})[:：]?[\s\u3000]*({date})", text)
    return m.group(1) if m else None


def _cn_date_in(text: str, iso: str) -> str:
    """The date as the text writes it ("2024年5月6日", "２０２４年５月６日", "2024年05月06日"), to find the
    line that says it; the plain form when the text writes it otherwise."""
    y, mo, d = iso.split("-")
    m = re.search(rf"{_digits(y)}\s*年\s*[0０]?{_digits(str(int(mo)))}\s*月\s*[0０]?{_digits(str(int(d)))}\s*日", text)
    return m.group(0) if m else f"{int(y)}年{int(mo)}月{int(d)}日"


def _digits(number: str) -> str:
    """A number's digits, each half- or full-width."""
    return "".join(f"[{c}{chr(ord(c) + 0xFEE0)}]" for c in number)


# What an opening says a document follows and who decided it, when it names no document:
# "为贯彻落实…部署，按照…工作安排，经…会议研究".
_FOLLOWS = re.compile(r"(?:为|按照|根据|依据|遵照)[^。；，,]{2,60}?(?:研究|部署|安排|要求|精神)(?=[，,。；])"
                      r"(?:[，,](?:按照|根据|依据|遵照|经)[^。；，,]{2,40}?(?:研究|部署|安排|要求|精神|同意|审议)(?=[，,。；]))*")


def field_answer(comp: Composer, query: Query, hits: list[Hit]) -> tuple[str, str] | None:
    seen: list[Document] = []
    for h in hits:
        if h.doc not in seen:
            seen.append(h.doc)
    lines = []
    for name in query.fields:
        found: tuple[Document, tuple[str, str]] | None = None
        for doc in seen[:3]:
            pair = field_value(comp.kb, doc, name)
            if pair:
                found = (doc, pair)
                break
        label_zh, label_en = FIELD_LABELS[name]
        if found is None and name == "printed_date" and "written_date" in query.fields:
            continue  # ("哪天印发的": a document without a 版记 is dated by its 成文日期, answered beside)
        if found is None:
            doc = seen[0]
            if name == "basis":
                # (the opening is where a document says what it follows: shown, so the reader sees
                # that it names none — "为加快推动…，制定本方案")
                opening = next((c for c in doc.chunks if c.section_path or c.order > 0), doc.chunks[0])
                n = comp.cite(opening, 1.0)
                follows = _FOLLOWS.search(opening.text)
                if follows:
                    # ("按照市工业和信息化局工作安排，经协会理事会研究": no document named, but what it
                    # follows and who decided it are said)
                    lines.append(f"{doc_ref(doc)}没有写明所依据的上级文件；开头写明：“{follows.group(0)}”[{n}]。")
                    continue
                lines.append(refusal.silent(f"{doc_ref(doc)}没有写明所依据的上级文件[{n}]"))
                continue
            if name == "copied_to":
                # (the closing part is where a 版记 would say whom a copy went to: shown, so the
                # reader sees that it names none)
                n = comp.cite(doc.chunks[-1], 1.0)
                lines.append(refusal.silent(f"{doc_ref(doc)}没有写明{label_zh}[{n}]"))
                continue
            lines.append(refusal.silent(f"{doc_ref(doc)}没有写明{label_zh}"))
            continue
        doc, (value, needle) = found
        closing = name in ("contacts", "signatories", "attachments", "signature_date", "printed_date", "copied_to")
        chunk = _chunk_with(doc, needle, from_end=closing) or doc.chunks[0]
        other = _other_party(query, doc, chunk) if name == "contacts" else None
        # A joint document's one contact, with no body named beside it, is not the contact of
        # whichever issuer the question names ("商务部那边的联系人").
        unattributed = _other_issuer(query, doc) if name == "contacts" and not other else None
        line = next((x for x in chunk.text.splitlines() if needle and needle in x), chunk.text)
        if unattributed and (unattributed in normalize(line) or _without_place(unattributed) in normalize(line)):
            unattributed = None  # ("河北省商务厅" is the line's "省商务厅对外贸易处")
        unstated = [slot for slot in query.slots
                    if slot in ("email", "url", "fax", "mobile") and not SLOT_EVIDENCE[slot].search(value)]
        asked = next((s for s in ("email", "mobile") if s in query.slots), None)
        person = (_person_asked(query, doc) or _person_of_unit(query, doc, line)) if name == "contacts" else None
        if person is not None and asked is None and person.phone and len(doc.meta.contacts) > 1:
            # "会员服务部那位的电话呢", "第二个人的电话": that person's number, not every contact's
            n = comp.cite(chunk, 1.0)
            lines.append(f"《{doc.title}》的联系人：{person.name}（电话：{person.phone}）[{n}]。")
            continue
        if person is not None and asked is not None:
            # "另一位联系人的邮箱呢", "第二个人的手机号": that person's own e-mail or mobile, or that
            # there is none
            n = comp.cite(chunk, 1.0)
            own = person.email if asked == "email" else \
                person.phone if person.phone and SLOT_EVIDENCE["mobile"].search(person.phone) else None
            lines.append(f"《{doc.title}》中{person.name}的{SLOT_LABELS[asked]}：{own}[{n}]。" if own else
                         refusal.silent(f"{doc_ref(doc)}没有写明{person.name}的{SLOT_LABELS[asked]}[{n}]"))
            continue
        if name == "contacts" and unstated and all(
                any(SLOT_EVIDENCE[slot].search(c.text) for c in doc.chunks) for slot in unstated):
            continue  # the e-mail is in a clause of its own ("请发送至电子邮箱："): the clauses answer
        if name == "contacts" and unstated:
            # "联系人的邮箱": the document gives a name and a phone number, not what was asked.
            n = comp.cite(chunk, 1.0)
            lines.append(refusal.silent(f"{doc_ref(doc)}没有写明{'、'.join(SLOT_LABELS[s] for s in unstated)}；"
                                        f"文件只列出联系人及电话（{value}）[{n}]"))
            continue
        other_issuer = _other_issuer(query, doc) if name == "publisher" else None
        if other_issuer:
            n = comp.cite(chunk, 1.0)
            lines.append(refusal.silent(f"{doc_ref(doc)}没有写明{other_issuer}由哪个司局负责；"
                                        f"页面只写明发布机构为{value}[{n}]"))
            continue
        if unattributed:
            n = comp.cite(chunk, 1.0)
            lines.append(refusal.silent(f"{doc_ref(doc)}没有写明{unattributed}的联系人；文件只列出一位联系人"
                                        f"（{value}），未注明属于哪个发文机关[{n}]"))
            continue
        if other:
            # The document gives its issuers' contact; the question asks for someone else's.
            n = comp.cite(chunk, 1.0)
            lines.append(refusal.silent(f"{doc_ref(doc)}没有写明{other}的联系人或电话；文件只列出发文机关的联系人"
                                        f"（{value}）[{n}]"))
            continue
        n = comp.cite(chunk, 1.0)
        if query.english:
            lines.append(f"The {label_en} of {doc_ref(doc)}: {value} [{n}]")
        else:
            lines.append(f"《{doc.title}》的{label_zh}：{value}[{n}]。")
    if not comp.citations:
        return None
    refused = all(refusal.is_refusal(line) for line in lines)
    return "\n".join(lines), ("refusal" if refused else "field")


_DOCUMENT_FIELDS = ("title", "written_date", "published_date")
# (where and how it was made public is no topic either: 网上, 写成; nor the file it came as: PDF)
_ASKING_WORDS = re.compile(r"是|什么|哪一?天|哪|几号|几|多少|何时|时候|吗|呢|的|了|这个|这份|那个|那份|该|本|它|一下|请问|"
                           r"原来|原先|最初|本来|国家|部里|两部委?|省里|市里|"  # ("国家原来那份": the document by its level)
                           r"完整|全部|具体|正式|准确|确切|详细|网上|在网上|官网|写成|写好|定稿|成文|印发|签发|发布|公布|"
                           r"\b(on|was|were|is|it|its|the|what|which|when|date|signed|issued|published|released)\b|"
                           r"(?<![a-z])(pdf|word|docx?|html?|txt|wps)(?![a-z])|网页版?|扫描件")


# "X叫什么名字": the name of X. The document's own name is asked when X is the document.
_NAME_ASKED = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:的名字|的名称)?(?:叫什么|是什么名字|是什么名称)")
_TITLE_WORD = re.compile(r"标题|全称|全名|文件名称|title")
_DOC_BEFORE = re.compile(rf"({'|'.join(k for k in DOC_KINDS if len(k) >= 2)}|文件|这份|那份|这个|那个|它|文|函|其)$")


def asks_about_document(kb: KnowledgeBase, query: Query, name: str, doc: Document) -> bool:
    """Whether a title or date question is about the document itself: once the words for the
    field, the question and the document (its title, 文号, issuers) are taken away, no word of
    a topic of its own is left. Everyday words (in many clauses) do not make a topic."""
    if name not in _DOCUMENT_FIELDS:
        return True
    if len(query.fields) >= 2:
        return True  # ("核对一下：成文日期、发布日期和主题分类各是什么": a record's fields, several at once)
    named = _NAME_ASKED.search(query.text)
    if name == "title" and named and not _TITLE_WORD.search(query.text) and not _DOC_BEFORE.search(named.group(1)):
        return False  # "那个服装消费月叫什么名字": the name of what comes before 叫, not of the document
    rest = query.text
    # (words for any field are no topic: "文号和成文日期", or a part that borrowed "写成" from the one before)
    for pattern in FIELD_PATTERNS.values():
        rest = re.sub(pattern, " ", rest)
    rest = DOCUMENT_WORD.sub(" ", _ASKING_WORDS.sub(" ", YEAR.sub(" ", rest)))
    own = normalize(f"{doc.title} {doc.meta.doc_number or ''} {doc.meta.issuer or ''}")
    # (an issuer by its short name names the document too: "工信部、商务部那个87号文")
    shorts = {short for short, full in aliases() if normalize(full) in own}
    rest = _without_pieces_of(normalize(rest), own)
    return not any(len(t) >= 2 and t not in own and t not in shorts and not everyday(kb, t) for t in content_terms(rest))


def _without_pieces_of(text: str, own: str) -> str:
    """`text` with every run of two or more characters that `own` also has blanked out: "柯桥面料"
    of "…柯桥纺织面料…" goes whole, however the segmenter cuts it (柯/桥面/料)."""
    covered = [False] * len(text)
    for i in range(len(text) - 1):
        if text[i:i + 2] in own and not text[i:i + 2].isspace():
            covered[i] = covered[i + 1] = True
    return "".join(" " if c else ch for ch, c in zip(text, covered, strict=True))


_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,8}?(省|市|自治区|自治州|州|县|区)(?=[\u4e00-\u9fff]{2,})")


def _without_place(name: str) -> str:
    """A body's name without the place it is of ("河北省商务厅" → "商务厅"): the document of that
    place writes it so ("省商务厅")."""
    return _PLACE_PREFIX.sub("", name)


_ISSUED_BY = re.compile(r"[^，,。？?]{0,30}(联合)?(发|印发|下发|发布|出)的[^，,。？?]{0,12}(通知|文件|方案|文)|"
                        # ("工信部商务部那份通知的联系人": the issuers named to point at the document)
                        r"[^，,。？?]{0,30}(那份|这份|那个|这个|的)(通知|文件|方案|文)(里|中|上)?的?")


def _other_issuer(query: Query, doc: Document) -> str | None:
    """A joint document's issuer, other than the first, that the question names ("商务部这边哪个司"):
    the page's 发布机构 belongs to the publishing issuer, not to it."""
    orgs = issuer_orgs(doc)
    if len(orgs) < 2:
        return None
    # ("浙江省经信厅和省商务厅发的那份通知，联系人是谁": the issuers named to point at the document)
    text = expand_aliases(_ISSUED_BY.sub(" ", query.text))
    first = orgs[0]
    for org in orgs[1:]:
        if org in text and not (org in first or first in org):
            return org
    return None


_PARTY = re.compile(r"[\u4e00-\u9fff]{2,16}?(联合会|协会|委员会|商会|主管部门|商务厅|工信厅|经信厅|厅|局|中心|司)")


def _person_asked(query: Query, doc: Document) -> Contact | None:
    """The contact a question points at by its place when the document lists several."""
    m = PERSON_AT.search(query.text)
    if m is None or len(doc.meta.contacts) < 2:
        return None
    index = 1 if m.group(1) else (cn_int(m.group(4)) or 0) - 1
    return doc.meta.contacts[index] if 0 <= index < len(doc.meta.contacts) else None


# What says who a contact is, not which one: no word of it picks a person.
_CONTACT_WORDS = frozenset({"联系人", "联系", "电话", "号码", "邮箱", "手机", "那位", "这位", "一位", "同志", "负责人"})


def _person_of_unit(query: Query, doc: Document, line: str) -> Contact | None:
    """The contact a question picks by the office written before the name ("协会秘书处 章雅琴，…；
    协会会员服务部 徐卫东，…": "会员服务部那位" is 徐卫东), when its words fit that office alone."""
    named = [c for c in doc.meta.contacts if c.name]
    if len(named) < 2:
        return None
    # (the line that lists them: a sign-off's "审核：章雅琴" names one of them too)
    line = next((x for x in [line, *(x for c in doc.chunks for x in c.text.splitlines())]
                 if sum(c.name in x for c in named) >= 2), "")
    contacts = [c for c in named if c.name in line]
    if len(contacts) < 2:
        return None
    units = {}
    for c in contacts:
        before = line[: line.index(c.name)]
        units[c.name] = normalize(re.split(r"[：:；;，,。]", before)[-1])
    # (not the issuers named to point at the document: "常熟市工信局那份通知的联系人")
    asked = _ISSUED_BY.sub(" ", query.text)
    words = [w for w in content_terms(expand_aliases(asked)) if len(w) >= 2 and w not in _CONTACT_WORDS
             and not any(w in normalize(c.name) for c in contacts)]
    picked = {c.name for c in contacts for w in words if w in units[c.name]
              and sum(w in u for u in units.values()) == 1}
    return next(c for c in contacts if c.name in picked) if len(picked) == 1 else None


def _other_party(query: Query, doc: Document, contact_chunk: Chunk) -> str | None:
    """The organisation a contact question names when it is not one the contact belongs to
    (not an issuer or signatory, not named beside the contact)."""
    own = issuer_orgs(doc) + [normalize(s) for s in doc.meta.signatories] + [normalize(doc.meta.publisher or "")]
    near = normalize(contact_chunk.text)
    # (not who asks, nor the issuers named to point at the document)
    for m in _PARTY.finditer(expand_aliases(_ISSUED_BY.sub(" ", SELF_DESCRIPTION.sub("", query.text)))):
        party = m.group(0)
        if any(short in party and any(full in o for o in own) for short, full in aliases()):
            continue  # "省经信厅": an issuer by its short name
        # (the asking before the name: "有事找商务厅" names 商务厅)
        # ("2024年通知里商务厅…": the words before the name that point at the document go too)
        party = re.sub(r"^.*(关于|请问|我们|咨询|联系|找|问|(通知|文件|方案)(里|中|上)?的?)", "", party)
        # ("西宁的消费品工业服务中心": what comes before 的 says which one, it is not in the name;
        # "西宁市消费品工业服务中心" is the line's "市消费品工业服务中心")
        party = party.rsplit("的", 1)[-1]
        # ("非遗保护中心" is the line's "市非物质文化遗产保护中心": a short form written out)
        written = [party, *(party.replace(short, full) for short, full in aliases() if short in party and " " not in full)]
        if len(party) < 3 or any(p in near or _without_place(p) in near for p in written) \
                or any(o and (party in o or o in party or _abbreviates(party, o)) for o in own):
            continue
        return party
    return None


def _abbreviates(short: str, name: str) -> bool:
    """"桐乡协会" for 桐乡市羊毛衫行业协会: the same opening and ending, the rest of the short form's
    characters in the name in order."""
    # ("新塘协会" for 增城区新塘牛仔服装行业协会: the district it sits in goes unsaid too)
    for full in dict.fromkeys([name, re.sub(r"^[\u4e00-\u9fff]{1,4}?[省市区县]", "", name)]):
        if len(short) >= len(full) or short[0] != full[0] or short[-2:] != full[-2:]:
            continue
        rest = iter(full)
        if all(ch in rest for ch in short):
            return True
    return False


def attachment_answer(comp: Composer, query: Query, hits: list[Hit]) -> tuple[str, str, bool] | None:
    for h in hits[:5]:
        status = comp.kb.attachment_status(h.doc)
        if not status:
            continue
        missing = [a for a in status if not a.available]
        if not missing:
            return None  # the attachment is indexed: answer from it like any document
        mention = next((c for c in h.doc.chunks if missing[0].name[:6] in c.text and "附件" in c.text
                        and not c.text.startswith("附件")), None)
        tail = _chunk_with(h.doc, "附件：") or _chunk_with(h.doc, "附件")
        lines = [refusal.silent(refusal.MISSING_ATTACHMENT.format(name=missing[0].name))]
        for chunk in [mention, tail]:
            if chunk is not None:
                n = comp.cite(chunk, h.score)
                lines.append(quote_line(comp, n, chunk.text, {missing[0].name[:6]: 1.0, "附件": 1.0}, 1))
        return "\n".join(lines), "refusal", True
    return None

"""Rule-based 公文 metadata (GB/T 9704 elements and the labelled block of government web pages).

A field that the text does not state is left empty: nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .clean import LABELLED_ROW, META_LABEL
from .fields import DOC_KINDS, PAGE_LABELS, PLAIN_TITLE, TITLE_WITH_ABOUT
from .models import Attachment, Contact, DocMeta
from .numerals import cn_int
from .structure import HEADING_START

DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,16}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?\d+\s*号")
_DATE_ISO = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
_DATE_CN = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_DATE_LINE = re.compile(r"^[（(]?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*[）)]?$")
_EFFECTIVE = re.compile(r"自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起(施行|生效)")
_ATTACHMENT = re.compile(r"^附\s*件\s*(\d*)\s*[:：]\s*(.*)$")
_ATTACHMENT_ITEM = re.compile(r"^(\d{1,2})\s*[.．、]\s*(.+)$")
# The label over an attachment printed after the 落款: "附件" or "附件2" alone on its line.
_APPENDIX_LABEL = re.compile(r"^附\s*件\s*([0-9０-９一二三四五六七八九十]{0,3})$")
_CONTACT = re.compile(
    r"联\s*系\s*人(?:及(?:联系)?电话|和电话)?\s*[:：]\s*([\u4e00-\u9fff·]{2,5})[\s，,、；;]*(?:联系)?(?:电\s*话|手\s*机)?[:：]?\s*"
    r"([0-9０-９][0-9０-９\-—－–\s（）()]{5,}[0-9０-９])"
)
_UNIT_CONTACT = re.compile(
    r"(?:(?<=[\s：:，,；;])|(?<=处|科|室|司|局|厅|部|会|股|站|所))([\u4e00-\u9fff·]{2,3})[\s，,、]*(?:联系)?(?:电\s*话|手\s*机)\s*[:：]?\s*"
    r"([0-9０-９][0-9０-９\-—－–\s（）()]{5,}[0-9０-９])"
)
_PHONE_RE = r"(?<![0-9０-９])(?:0\d{2,3}[-—－–\s]?\d{7,8}|1[3-9]\d{9})(?![0-9０-９])"
_PHONE = re.compile(_PHONE_RE)
_CONTACT_LABEL = re.compile(r"联\s*系\s*(人|电话|方式)|咨询电话")
# "沈嘉怡  0735-3318826", "处 孟晓岚 0735-2261538", "处 何嘉树，0576-…": a name set apart before its number
_SPACED_CONTACT = re.compile(rf"(?:(?<=[\s：:，,；;、])|^)([\u4e00-\u9fff·]{{2,4}})(?:[\s\u3000\xa0]+|[，,]\s*)({_PHONE_RE})")
# "0836-6221408（罗静）": the number, then whose it is
_PHONE_THEN_NAME = re.compile(rf"({_PHONE_RE})\s*[（(]([\u4e00-\u9fff·]{{2,4}})[）)]")
_ORG_TAIL = re.compile(r"(处|科|局|室|厅|部|委|会|中心|股|办|司|站|所|院)$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_ISSUER_END = re.compile(r"(厅|局|部|委员会|委|政府|办公室|办公厅|联合会|协会|院|署|会)$")
_ORG_LINE = re.compile(r"^[\u4e00-\u9fff（）()、\s]{2,40}$")
_FILE_EXT = re.compile(r"\.(docx?|pdf|xlsx?|wps|zip|rar|ofd|txt)$", re.I)


@dataclass
class Layout:
    """Where the body lies in the cleaned text (headings are parsed only there)."""

    body_start: int
    body_end: int
    # Attachments printed after the 落款, each (start, end, label such as "附件：…表").
    appendices: list[tuple[int, int, str]] = field(default_factory=list)


def parse_date(text: str) -> str | None:
    """ISO date from 2023-04-14, 2023年4月14日, 2023.4.14 or 二〇二三年四月十四日."""
    m = _DATE_ISO.search(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DATE_CN.search(text)
        if not m:
            return None
        y, mo, d = (cn_int(g) or 0 for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# META_LABEL anywhere in a line, for lines holding several labels.
_LABEL_ANYWHERE = re.compile(META_LABEL.pattern.lstrip("^"))


_BYLINE_DATE = re.compile(r"(?:发布|发表|公布|上网)(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?)"
                          # (a bare "时间：" is a byline where the line also names the source or author)
                          r"|(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?)(?=.*(?:来源|作者|点击|浏览|阅读)\s*[:：])")
# (an account's article dates itself with an hour: "2023-07-06 18:30", "2024年05月28日 17:32")
_STAMP = re.compile(r"(?<!\S)(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d{2}(?!\S)")
_SOURCE = re.compile(r"^(?:来源|信息来源|稿件来源)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,40}?(?:厅|局|部|委员会|委|政府|办公室|办公厅|联合会|协会|商会|中心))$")
# A page's byline and tools under its title: "发布时间：…　来源：…　浏览次数：", "【大 中 小】".
_PAGE_INFO = re.compile(r"(发布|来源|作者|浏览|点击|阅读|编辑|字号)\s*(时间|日期|次数|数)?\s*[:：]|浏览次数|点击数|【\s*大\s*中\s*小\s*】")


# A list item's bullet: a saved page's side list of links ("·关于召开…的通知").
_BULLET = re.compile(r"^[·•●◆◇■□▪▫○◎►▶\-–]\s*\S")


def _squash(label: str) -> str:
    return re.sub(r"\s+", "", label)


def extract(text: str, title_hint: str | None = None, weak_hint: bool = False) -> tuple[DocMeta, Layout]:
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    meta = DocMeta()
    labelled: dict[str, str] = {}
    last_label_line = -1
    for i, line in enumerate(lines[:60]):
        if META_LABEL.match(line):
            # A saved page may put several labels on one line ("成文日期：…\u3000发布日期：…").
            found = [m for m in _LABEL_ANYWHERE.finditer(line) if m.start() == 0 or line[m.start() - 1].isspace()]
            for label, after in zip(found, [*found[1:], None], strict=True):
                key = _squash(label.group(1))
                value = line[label.end() : after.start() if after else len(line)].strip()
                if key == "名称" and not (TITLE_WITH_ABOUT.search(value) or PLAIN_TITLE.search(value)):
                    continue  # a form's "名称：" line names a firm or a product, not the document
                if key in PAGE_LABELS and value:
                    labelled[PAGE_LABELS[key]] = value
            last_label_line = i
    meta.issuer = labelled.get("issuer")
    meta.title = labelled.get("title")
    meta.doc_number = labelled.get("doc_number")
    meta.written_date = parse_date(labelled["written_date"]) if "written_date" in labelled else None
    meta.published_date = parse_date(labelled["published_date"]) if "published_date" in labelled else None
    if meta.published_date is None:
        # A page's byline above or under the title ("发布时间：2023-05-04　来源：…　浏览次数：…") is no
        # metadata block (the title is not below it), but it does say when the page went up.
        byline = next((m for line in lines[:15] if (m := _BYLINE_DATE.match(line.strip()))), None)
        meta.published_date = parse_date(byline.group(1) or byline.group(2)) if byline else None
    if meta.published_date is None:
        # (an account's article: "清漪县工信局 清漪工信 2023-07-06 18:30 发表于江澜", a short line
        # with a date and an hour)
        stamp = next((m for line in lines[:15] if len(line) <= 60 and "。" not in line
                      and (m := _STAMP.search(line))), None)
        meta.published_date = parse_date(stamp.group(1)) if stamp else None
    meta.publisher = labelled.get("publisher")
    meta.category = labelled.get("category")
    meta.index_number = labelled.get("index_number")
    meta.openness = labelled.get("openness")

    # The head of the document: title lines, 文号, then 主送机关 ending with a colon.
    head_end = last_label_line + 1
    page_title = without_site_name(title_hint or "") if title_hint and not weak_hint else None
    title_idx = None
    # (a saved page may set a site's name, contacts and a list of other notices above the title:
    # the head starts at the line that is the page's own <title>)
    page_line = _squash(page_title) if page_title else None
    head_from = next((i for i in range(head_end, min(len(lines), head_end + 60))
                      if page_line and _squash(lines[i]) == page_line), head_end)
    for i in range(head_from, min(len(lines), head_from + 12)):
        line = lines[i].strip()
        if title_idx is not None and _PAGE_INFO.search(line):
            continue  # a byline under the title ("发布时间：…　来源：…　浏览次数：")
        if HEADING_START.match(line) or "。" in line or (title_idx is not None and line.endswith(("：", ":"))):
            break  # the head ends at the 主送 or the first sentence (a 转发 quotes a whole notice below)
        title = None if _BULLET.match(line) else _title_ending_at(lines, i, head_end)
        if title:
            title_idx = i
            if not meta.title or title == meta.title:
                meta.title = meta.title or title
            elif page_title and title == page_title and meta.title not in labelled.values():
                # (a saved page's side list of other notices comes before the title: the line that
                # is the page's own <title> is the document's)
                meta.title = title
        elif DOC_NUMBER.fullmatch(line) or (DOC_NUMBER.match(line) and len(line) < 40):
            meta.doc_number = meta.doc_number or DOC_NUMBER.search(line).group(0)  # type: ignore[union-attr]
            title_idx = i
    # A record's title or a web page's <title> is said by whoever published the text and comes
    # before a title guessed from a plain line; a docx's core title or a pdf's metadata (a
    # `weak_hint`) comes after it: those are often a template's "文档1" or a file name.
    hint = useful_title_hint(title_hint) if weak_hint else without_site_name(title_hint or "") or None
    if not meta.title and hint and not weak_hint:
        meta.title = hint
    if not meta.title:
        # A title without "关于…的" (a 办法, 条例, 报告, a law): the first short line of the head
        # that ends with the name of a kind of document and states nothing.
        for i in range(head_end, min(len(lines), head_end + 6)):
            line = lines[i].strip()
            if line and PLAIN_TITLE.search(line) and len(line) <= 60 and not re.search(r"[。；;：:]", line):
                opening = lines[i - 1].strip() if i > head_end else ""
                if opening and len(opening) <= MAX_TITLE_LINE and len(line) <= MAX_TITLE_LINE // 2 \
                        and not _PROSE.search(opening) and not PLAIN_TITLE.search(opening) \
                        and not DOC_NUMBER.search(opening) and not _DATE_LINE.match(opening) \
                        and not re.search(r"\s{2,}|\u3000", opening):
                    # ("岚溪县2024年纺织服装优供给促升级" / "活动实施方案": a title set in two lines)
                    line = opening + line
                meta.title, title_idx = line, i
                break
    if not meta.title and hint:
        meta.title = hint
    if title_idx is not None:
        title_idx = _speech_head(lines, title_idx, meta)
    body_from = (title_idx + 1) if title_idx is not None else head_end
    if title_idx is not None:
        _law_dates(lines[title_idx + 1 : title_idx + 16], meta)
    effective = list(_EFFECTIVE.finditer(text))
    if effective:
        meta.effective_date = parse_date(effective[-1].group(1))
    addressee_idx = None
    for i in range(body_from, min(len(lines), body_from + 4)):
        line = lines[i].strip()
        if _PAGE_INFO.search(line) or DOC_NUMBER.fullmatch(line):
            continue  # (a byline or the 文号 between the title and the 主送)
        if (line.endswith(("：", ":")) and "。" not in line and len(line) <= 300
                and not HEADING_START.match(line) and not META_LABEL.match(line)):
            # (a long 主送 wraps: "…常熟高新" / "技术产业开发区管委会，…：": the line or two above
            # it, neither a sentence, a label, a date nor a 文号, are its start)
            above: list[str] = []
            for j in range(i - 1, max(body_from, i - 2) - 1, -1):
                a = lines[j].strip()
                if not a or re.search(r"[。：:]", a) or HEADING_START.match(a) or DOC_NUMBER.search(a) \
                        or _DATE_LINE.match(a) or _PAGE_INFO.search(a) or _BULLET.match(a):
                    break
                above.insert(0, a)
            meta.addressees = "".join(above) + line[:-1].strip()
            addressee_idx = i
            break
    if meta.issuer is None and title_idx is not None:
        # Issuer lines above the title ("浙江省经济和信息化厅 浙江省商务厅").
        # (a joint 红头 prints 文件 once beside the issuers: "泰州市工业和信息化局　文件" / "泰州市商务局")
        above = [re.sub(r"[\s\u3000]+文件$", "", lines[i].strip()) for i in range(head_end, title_idx)
                 if lines[i].strip()]
        orgs = [x for x in above if _ORG_LINE.match(x) and _ISSUER_END.search(x) and not TITLE_WITH_ABOUT.search(x)]
        if orgs:
            meta.issuer = " ".join(orgs)
    if meta.issuer is None and meta.title and "关于" in meta.title:
        issuer = meta.title.split("关于", 1)[0].strip()
        meta.issuer = issuer or None
    if meta.doc_number is None:
        for line in lines[: min(len(lines), head_end + 15)]:
            m = DOC_NUMBER.search(line)
            if m and len(line.strip()) < 40:
                meta.doc_number = m.group(0)
                break

    # The tail: 附件, 落款 (issuers and a date line), contact line.
    body_end_idx = len(lines)
    tail_start = _find_tail(lines, body_from)
    appendices: list[tuple[int, int, str]] = []
    if tail_start is not None:
        body_end_idx = tail_start
        _parse_tail(lines[tail_start:], meta)
        appendices = _appendices(lines, starts, tail_start, len(text), meta)
    under_contacts = False  # in the lines of a 联系方式 block, one contact a line
    for line in lines:
        found = list(_CONTACT.finditer(line))
        if "联系" in line:
            under_contacts = True
        if not found and under_contacts:
            # "省商务厅对外贸易处 林志航，电话：020-38819052" under a 联系方式 heading.
            found = list(_UNIT_CONTACT.finditer(line))
            if not found and "联系" not in line:
                under_contacts = False
        if _CONTACT_LABEL.search(line) and len(found) < len(_PHONE.findall(line)):
            # (a contact line read above for fewer people than it has numbers: "联系人：沈嘉怡  0735-…
            # 许明哲  0735-…", "…处 孟晓岚 0735-…；…", "咨询电话：0836-6221408（罗静）")
            spaced = [m for m in _SPACED_CONTACT.finditer(line) if not _ORG_TAIL.search(m.group(1))]
            found = sorted({m.group(2): m for m in [*found, *spaced]}.values(), key=lambda m: m.start())
            for m in _PHONE_THEN_NAME.finditer(line):
                contact = Contact(m.group(2), m.group(1).strip(), None)
                if all(c.phone != contact.phone for c in meta.contacts):
                    meta.contacts.append(contact)
        for n, m in enumerate(found):
            # (an e-mail between this contact's phone and the next contact belongs to this one)
            rest = line[m.end() : found[n + 1].start() if n + 1 < len(found) else len(line)]
            email = _EMAIL.search(rest)
            contact = Contact(m.group(1), m.group(2).strip(), email.group(0) if email else None)
            if contact not in meta.contacts:
                meta.contacts.append(contact)
    if meta.title and _CARRIES.search(meta.title):
        # "关于转发《…》的通知", "关于印发《…方案》的通知": the cover's 落款 stands before the text it
        # carries, whose own 落款 (a forwarded notice's) closes the file. The cover's is the
        # document's own.
        cover = _cover_sign_off(lines, body_from, body_end_idx)
        if cover:
            meta.signatories, meta.signature_date = cover
    if meta.written_date is None and meta.signature_date:
        meta.written_date = meta.signature_date
    if meta.issuer is None:
        # (an article without a 落款 says whose it is at its end: "来源：清漪县工业商务和信息化局")
        source = next((m for line in reversed(lines[-15:]) if (m := _SOURCE.match(line.strip()))), None)
        meta.issuer = source.group(1) if source else None
    if meta.issuer is None and meta.signatories:
        # (a 公文's 落款 is its 发文机关署名: a plan whose title names no issuer is issued by whoever signs it)
        meta.issuer = " ".join(meta.signatories)
    if meta.openness is None:
        openness = _OPENNESS.search(text)
        meta.openness = openness.group(1) if openness else None
    copied = [m for line in lines if (m := _COPIED_TO.match(line.strip()))]
    if copied:
        # (the last: a forwarded text's own 版记 comes before the cover's in a 转发)
        meta.copied_to = copied[-1].group(1).strip("：: ")
    printed = list(_PRINTED.finditer(text))
    if printed:
        # 版记: "湖州市经济和信息化局办公室　　2023年5月15日印发", the office's date of printing, after
        # the 落款 (the last one: a forwarded text's own 版记 comes before the cover's in a 转发)
        meta.printed_date = parse_date(printed[-1].group(1))
    if meta.written_date is None:
        # "关于印发《…方案》的通知": the cover letter's 落款 (issuer lines, then a date line) stands
        # in the middle, before the plan it sends.
        first = next(_sign_off_dates(lines, body_from + 1, len(lines)), None)
        if first is not None:
            meta.written_date = parse_date(lines[first])
    start_idx = (addressee_idx + 1) if addressee_idx is not None else body_from
    meta.basis = _basis(lines[start_idx:start_idx + BASIS_LINES])
    forwarded = _FORWARDED_TITLE.search(meta.title or "")
    if forwarded and (meta.basis is None or forwarded.group(1) not in meta.basis):
        meta.basis = forwarded.group(1)  # what a 转发 forwards is what it rests on
    layout = Layout(
        body_start=starts[start_idx] if start_idx < len(lines) else len(text),
        body_end=starts[body_end_idx] if body_end_idx < len(lines) else len(text),
        appendices=appendices,
    )
    return meta, layout


# "（此件主动公开）", "(此件不予公开)": the 公开属性 a 公文 prints under its 落款.
_PRINTED = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                      r"[一二三四五六七八九十]{1,3}日)\s*印发")
# (up to the sentence's end or a wide gap: a 版记 set in one row holds the 印发 line beside it)
_COPIED_TO = re.compile(r"^抄\s*送\s*[:：]\s*(.+?)(?:[。.]|\s{2,}|\u3000|$)")
_OPENNESS = re.compile(r"[（(]\s*此件\s*(主动公开|公开发布|依申请公开|不予公开|不公开)\s*[）)]")
_KIND_END = re.compile(rf"的({'|'.join(DOC_KINDS)})$")
_PROSE = re.compile(r"[。；;：:，,]")
MAX_TITLE_LINE = 40


def _title_ending_at(lines: list[str], i: int, head_end: int) -> str | None:
    """The title whose last line is line i: "关于…的通知" on one line, or set in two or three lines
    as a 公文 prints a long title ("…关于开展2023纺织服装" / "优供给促升级活动的通知"). The issuers'
    line above a title that starts with 关于 is the document's header, not part of its title."""
    line = lines[i].strip()
    if TITLE_WITH_ABOUT.search(line) and len(line) <= 150:
        # "…关于转发《工业和信息化部办公厅" / "商务部办公厅关于…的通知》的通知": a title that quotes
        # another is broken inside the quoted title; its lines are joined until the marks pair up.
        parts = [line]
        for j in range(i - 1, max(head_end, i - 3) - 1, -1):
            # ("…关于转发" / "《…的通知》的通知": broken before the quoted title, which then
            # starts a line of its own with its marks paired)
            if _quotes_paired("".join(parts)) and not (parts[0].startswith("《")
                                                       and _CARRY_END.search(lines[j].strip())):
                break
            above = lines[j].strip()
            if not above or len(above) > MAX_TITLE_LINE or _PROSE.search(above) or DOC_NUMBER.search(above):
                break
            parts.insert(0, above)
        joined = _join_title(parts)
        if not _quotes_paired(joined):
            return line
        return _with_broken_issuers(lines, i - len(parts) + 1, joined, head_end)
    # (a fixed-width export may break the title anywhere, even as "…的" / "通知")
    ends_title = _KIND_END.search(line) or (i > head_end and _KIND_END.search(lines[i - 1].strip()[-1:] + line))
    if not ends_title or len(line) > MAX_TITLE_LINE or _PROSE.search(line):
        return None
    parts = [line]
    for j in range(i - 1, max(head_end, i - 3) - 1, -1):
        above = lines[j].strip()
        if not above or len(above) > MAX_TITLE_LINE or _PROSE.search(above) or DOC_NUMBER.search(above):
            return None
        parts.insert(0, above)
        joined = _join_title(parts)
        # ("…关于转发《" / "…办公厅关于开展" / "…活动的通知》的通知": the quoted title's 关于 is not
        # the title's own start; its lines go on up to the line that opens the quote — and past it
        # when the quote opens a line under "…关于转发")
        if TITLE_WITH_ABOUT.search(joined) and _quotes_paired(joined):
            carried = lines[j - 1].strip() if j - 1 >= head_end else ""
            if joined.startswith("《") and _CARRY_END.search(carried) and len(carried) <= MAX_TITLE_LINE:
                return _with_broken_issuers(lines, j - 1, carried + joined, head_end)
            return _with_broken_issuers(lines, j, joined, head_end)
    return None


def _with_broken_issuers(lines: list[str], first: int, title: str, head_end: int) -> str:
    """"曹县工业和信息化局 曹县商务局 曹县文化和" / "旅游局关于开展…的通知": joint issuers that run
    over a line break the title inside a name; the line above then ends in the middle of one (an
    issuers' header line of its own ends with a whole name, or with 文件)."""
    if title.startswith(("关于", "《")):
        return title
    for j in range(first - 1, max(head_end, first - 2) - 1, -1):
        above = lines[j].strip()
        if (not re.search(r"[\u4e00-\u9fff]$", above) or len(above) > MAX_TITLE_LINE or _PROSE.search(above)
                or DOC_NUMBER.search(above) or _ISSUER_END.search(above) or above.endswith("文件")):
            break
        title = above + title
    return title


def _quotes_paired(text: str) -> bool:
    return text.count("《") == text.count("》")


def _join_title(parts: list[str]) -> str:
    """Lines of one title: joined without a break, except between two issuers' names."""
    out = parts[0]
    for part in parts[1:]:
        sep = " " if _ISSUER_END.search(out) and not part.startswith("关于") and _ORG_START.match(part) else ""
        out += sep + part
    return out


_ORG_START = re.compile(r"^[\u4e00-\u9fff]{2,}?(部|委|厅|局|院|署|办|会|政府)")
# A speech's head under its title: "——2019年3月5日在第十三届全国人民代表大会第二次会议上", then
# who spoke ("国务院总理　李克强", "浙江省省长　王浩"): the date is the report's, the speaker's
# office its issuer.
_SUBTITLE = re.compile(r"^(——|—|－－|--)\s*\S")
_SPEAKER = re.compile(
    r"^(?P<org>[\u4e00-\u9fff（）()]{2,30}?)(?:代理|常务)?(?:副)?(?P<post>总理|省长|市长|县长|区长|州长|旗长|主席|主任|书记|部长|厅长|局长|院长|署长|行长)"
    r"[\s\u3000]+[\u4e00-\u9fff·]{2,5}$"
)
_GOVERNMENT_HEADS = ("省长", "市长", "县长", "区长", "州长", "旗长")


def _speech_head(lines: list[str], title_idx: int, meta: DocMeta) -> int:
    """Read a subtitle and speaker's line under the title; return the last line of the head."""
    i = title_idx + 1
    if i < len(lines) and _SUBTITLE.match(lines[i].strip()):
        date = parse_date(lines[i])
        if date:
            meta.written_date = meta.written_date or date
            title_idx = i
            i += 1
    if i < len(lines):
        m = _SPEAKER.match(lines[i].strip())
        if m:
            org = m.group("org")
            if m.group("post") in _GOVERNMENT_HEADS and not org.endswith("政府"):
                org += "人民政府"  # a governor speaks for the people's government of the province
            meta.issuer = meta.issuer or org
            title_idx = i
    return title_idx


# A saved page's <title> adds the site: "…实施方案_宁夏回族自治区人民政府门户网站", "…通知-中国政府网".
_SITE_SUFFIX = re.compile(r"\s*[_|｜\-–—]+\s*[^_|｜\-–—（）()《》]{2,40}(网|网站|门户网站|政府网|官网|人民政府|官方网站|"
                          r"协会|商会|联合会|委员会|局|厅|委|办公室|中心)\s*$")


def without_site_name(title: str) -> str:
    """A page title without the site's name after it."""
    return _SITE_SUFFIX.sub("", title.strip()).strip()


def useful_title_hint(hint: str | None) -> str | None:
    """A title from a file's properties, or None where it names nothing: a printer driver's
    "Microsoft Word - 文档1.docx" keeps only what follows the application; a file name loses its
    extension; "文档1", "untitled", a kind alone ("通知") or a title without Chinese are nothing."""
    if not hint:
        return None
    text = _APP_PREFIX.sub("", hint.strip())
    text = _FILE_EXT.sub("", text).strip(" _-—")
    if not re.search(r"[\u4e00-\u9fff]", text) or _PLACEHOLDER.fullmatch(text) or text in DOC_KINDS:
        return None
    if DOC_NUMBER.fullmatch(text):
        return None  # a 文号 typed into the title box names the number, not the document
    if len(re.sub(r"[^\u4e00-\u9fff]", "", text)) < 3:
        return None
    return text


_APP_PREFIX = re.compile(r"^(Microsoft\s+(Word|PowerPoint|Excel)|WPS\s*(文字|Office)?|Word)\s*[-–—:：]\s*", re.I)
_PLACEHOLDER = re.compile(r"(新建)?\s*(Microsoft\s*Word\s*)?(文档|文件|无标题|未命名|未命名文档|标题|Document|Untitled|Title)\s*[\d()（）\s]*",
                          re.I)


def _law_dates(lines: list[str], meta: DocMeta) -> None:
    """A law's promulgation lines under its title: "2018年8月31日 第十三届…会议通过", "…修订",
    "…《关于修改…的决定》第二次修正" (one line may hold two events). They end at the first heading."""
    for line in lines:
        line = line.strip()
        if HEADING_START.match(line):
            break
        dates = list(_DATE_ISO.finditer(line))
        for i, m in enumerate(dates):
            event = line[m.end() : dates[i + 1].start() if i + 1 < len(dates) else len(line)]
            iso = parse_date(m.group(0))
            if iso is None:
                continue
            if re.search(r"(修正|修订|修改)[）)]?\s*$|第[一二三四五六七八九十]+次修正", event):
                if iso not in meta.amended_dates:
                    meta.amended_dates.append(iso)
            elif re.search(r"(通过|公布|颁布)[）)]?\s*$", event) and meta.adopted_date is None:
                meta.adopted_date = iso
    meta.amended_dates.sort()


_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]\s*\S")


def _find_tail(lines: list[str], body_from: int) -> int | None:
    """The first line of the closing part: an 附件 line, or the 落款 block before a date line."""
    for i in range(body_from, len(lines)):
        if _ATTACHMENT.match(lines[i].strip()):
            return i
    # 落款 closes a document: look for its date line among the last lines only.
    for i in range(len(lines) - 1, max(body_from, len(lines) - 8), -1):
        if _DATE_LINE.match(lines[i].strip()):
            if any(_TOP_HEADING.match(x.strip()) for x in lines[i + 1:]):
                # "关于印发《…方案》的通知": the cover letter's 落款 stands before the plan it sends,
                # whose own outline (一、…) follows: that is the text, not a closing part.
                return None
            j = i
            while j - 1 > body_from and _ORG_LINE.match(lines[j - 1].strip()) and j > i - 4:
                j -= 1
            return j
    return None


# A title that carries another document: it forwards it (转发) or issues it (印发).
_CARRIES = re.compile(r"关于(?:印发|转发|转印发|下发|颁发)《")
_CARRY_END = re.compile(r"(?:印发|转发|转印发|下发|颁发)$")
_FORWARDED_TITLE = re.compile(r"关于转发(《[^《》]{4,120}》)")


def _sign_off_dates(lines: list[str], start: int, end: int) -> Iterator[int]:
    """The lines from `start` to `end` that are a 落款's date: a date line under a body's name."""
    for i in range(start, end):
        if _DATE_LINE.match(lines[i].strip()) and _ORG_LINE.match(lines[i - 1].strip()):
            yield i


def _cover_sign_off(lines: list[str], start: int, end: int) -> tuple[list[str], str | None] | None:
    """The first 落款 in the body (issuers' lines, then a date line) with text after it: the
    cover letter's, before the document it forwards or issues."""
    for i in _sign_off_dates(lines, start + 1, min(end, len(lines)) - 1):
        orgs: list[str] = []
        j = i - 1
        while j > start and len(orgs) < 4 and _ORG_LINE.match(lines[j].strip()) and _ISSUER_END.search(lines[j].strip()):
            orgs.insert(0, lines[j].strip())
            j -= 1
        if orgs:
            return orgs, parse_date(lines[i])
    return None


def _parse_tail(tail: list[str], meta: DocMeta) -> None:
    in_attachments = named_below = False
    pending_orgs: list[str] = []
    for raw in tail:
        line = raw.strip()
        m = _ATTACHMENT.match(line)
        if m:
            in_attachments = True
            rest = m.group(2).strip()
            items = _listed(rest)
            for name in items:
                _add_attachment(meta, _attachment(name))
            named_below = not items  # "附件：" alone: a saved page prints the file's name on the next line
            continue
        if named_below and line:
            named_below = False
            if not _DATE_LINE.match(line) and not _ORG_LINE.match(line) and len(line) <= 80 \
                    and not _PROSE.search(_FILE_EXT.sub("", line)):
                item = _ATTACHMENT_ITEM.match(line)
                _add_attachment(meta, _attachment(item.group(2) if item else line))
                continue
        if in_attachments:
            if _ATTACHMENT_ITEM.match(line):
                for name in _listed(line):
                    _add_attachment(meta, _attachment(name))
                continue
            if meta.attachments and _wraps_name(meta.attachments[-1].name, line):
                # ("附件：2024年…重点活动" / "安排表": a printed line wrapped inside the name)
                meta.attachments[-1] = _attachment(meta.attachments[-1].name + line)
                continue
            in_attachments = False
        if _DATE_LINE.match(line):
            meta.signature_date = parse_date(line)
            meta.signatories = pending_orgs
            pending_orgs = []
            continue
        if _ORG_LINE.match(line) and not meta.signature_date:
            pending_orgs.append(line)


# "2. " where a list of attachments goes on in the same line ("1. 申报书.docx  2. 汇总表.xlsx", as
# a page sets its links side by side): a number after white space or a separator.
_ITEM_IN_LINE = re.compile(r"(?:^|(?<=[\s；;，,]))(\d{1,2})\s*[.．、]\s*(?=\S)")


def _listed(text: str) -> list[str]:
    """The names in one line of a list of attachments: "1．…" alone, or "1. … 2. …" numbered on
    from 1 (a number out of order is part of a name)."""
    text = text.strip()
    marks: list[re.Match[str]] = []
    for m in _ITEM_IN_LINE.finditer(text):
        first = marks[0].group(1) if marks else None
        if (not marks and m.start() == 0) or (first and int(m.group(1)) == int(first) + len(marks)):
            marks.append(m)
    if not marks:
        return [text] if text else []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    names = [text[m.end():end].strip(" \t\u3000\xa0；;，,") for m, end in zip(marks, ends, strict=True)]
    return [n for n in names if n]


# The section path of an attachment printed after the 落款: "附件：…表", "附件2：…".
APPENDIX_PATH = re.compile(r"^附件[0-9０-９一二三四五六七八九十]*：")


def appendix_label(number: str, name: str) -> str:
    return f"附件{number}：{name}"


def _appendices(lines: list[str], starts: list[int], tail_start: int, end: int,
                meta: DocMeta) -> list[tuple[int, int, str]]:
    """Attachments printed in the same file after the 落款: a line "附件" (or "附件2"), then the
    attachment's title, then its text up to the next such label. Only after the 落款's date line,
    so the list of attachments above the 落款 ("附件：1．…") is never mistaken for one. Each found
    attachment is marked as included: a question about it is answered from its text."""
    dated = [i for i in range(tail_start, len(lines)) if _DATE_LINE.match(lines[i].strip())]
    # (a notice that sends a plan signs off above the plan: after the plan, its list of attachments
    # is followed by the attachments themselves, with no date line between; the title under the
    # label must then be one the list names)
    listed_only = not dated
    labels = []
    for i in range((dated[0] if dated else tail_start) + 1, len(lines) - 1):
        if _APPENDIX_LABEL.match(lines[i].strip()):
            title_at = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if title_at is None or len(lines[title_at].strip()) > 80:
                continue
            title = lines[title_at].strip()
            if listed_only and not any(a.name and _attachment(title).name == a.name for a in meta.attachments):
                continue
            labels.append((i, title, lines[i].strip()[2:].strip()))
    if not labels:
        labels = _table_under_list(lines, tail_start)
    out = []
    for n, (i, title, number) in enumerate(labels):
        stop = starts[labels[n + 1][0]] if n + 1 < len(labels) else end
        name = _attachment(title).name
        listed = [a for a in meta.attachments if a.name == name or name in a.name or a.name in name]
        meta.attachments = [Attachment(a.name, True) if a in listed else a for a in meta.attachments]
        if not listed:
            meta.attachments.append(Attachment(name=name, available=True))
        out.append((starts[i], stop, appendix_label(number, name)))
    return out


_ONE_ATTACHMENT = re.compile(r"^附\s*件\s*([0-9０-９]{0,2})\s*[:：]\s*(?P<name>[^：:。；;]{4,80}表)$")


def _table_under_list(lines: list[str], tail_start: int) -> list[tuple[int, str, str]]:
    """A page that lists one attachment, a table, and prints that table right under the line
    ("附件：…重点活动安排表", then the table's header and its labelled rows): the table is the
    attachment, included."""
    for i in range(tail_start, len(lines) - 2):
        m = _ONE_ATTACHMENT.match(lines[i].strip())
        if not m:
            continue
        under = [line.strip() for line in lines[i + 1 : i + 4] if line.strip()]
        if any(LABELLED_ROW.match(line) for line in under[:2]):
            return [(i, m.group("name"), m.group(1))]
    return []



# How the name of a document or table ends: a name cut short before these is wrapped.
_NAME_END = re.compile(r"(表|书|单|册|方案|计划|办法|通知|目录|指南|细则|说明|名录|规则|标准|函|意见|汇总|报告)$")
MAX_WRAPPED_TAIL = 12


def _wraps_name(name: str, line: str) -> bool:
    """Whether `line` is the end of an attachment's name wrapped onto the next printed line."""
    # (a quoted notice's title cut after its 关于 — "…办公厅关于开展2023" / "纺织服装…活动的通知" —
    # goes on for a whole printed line)
    limit = MAX_TITLE_LINE if "关于" in name else MAX_WRAPPED_TAIL
    return (0 < len(line) <= limit and not _NAME_END.search(name) and bool(_NAME_END.search(line))
            and not _DATE_LINE.match(line) and not _PROSE.search(line))


def _add_attachment(meta: DocMeta, attachment: Attachment) -> None:
    """(a page lists an attachment above its 落款 and again as a download link below it: one)"""
    if all(a.name != attachment.name for a in meta.attachments):
        meta.attachments.append(attachment)


_LINK_WORD = re.compile(r"[\s\u3000]*[\[【［](?:下载|点击下载|预览|查看|打开)[\]】］]$")


def _attachment(name: str) -> Attachment:
    name = _LINK_WORD.sub("", name.strip()).strip("《》")
    return Attachment(name=_FILE_EXT.sub("", name).strip("《》"), available=False)


# The documents a notice says it follows, in its opening lines: "根据《…的通知》（…〔2023〕87号）要求",
# "为贯彻落实《…》精神", "按照《…》部署".
BASIS_LINES = 3
_CITED = r"《[^《》\n]{4,80}》(?:[（(][^（）()\n]{2,40}[）)])?"
_BASIS = re.compile(rf"(?:根据|依据|按照|为贯彻落实|为落实|贯彻落实)(?P<docs>{_CITED}(?:[、和及与]{_CITED})*)"
                    # a 转发's one sentence: "现将《…》（…号）转发给你们"
                    rf"|现将(?P<forwarded>{_CITED})(?:予以)?转发")


def _basis(lines: list[str]) -> str | None:
    """The documents cited as the basis in the opening lines of the body, or None."""
    for line in lines:
        if HEADING_START.match(line.strip()):
            break
        m = _BASIS.search(line)
        if m:
            return m.group("docs") or m.group("forwarded")
    return None

"""Clean loaded text by deletion only, keeping a map back to the original.

Cleaning drops web-page chrome (navigation, search bar, breadcrumbs, share/print/close links,
"扫一扫", ICP and 公网安备 footers), trims white space, collapses blank lines and rejoins words or
sentences broken across line breaks. Because it only ever deletes characters, every character of
the cleaned text is a character of the original, and `map_offset` maps offsets back.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from .fields import DOC_KINDS
from .structure import COLUMN_GAP, HEADING_START, MAX_HEADING, RUN_IN_END

# Lines that are page chrome wherever they appear.
_CHROME_PATTERNS = [
    r"^(统一)?搜索$|^请输入.{0,10}(关键字|关键词)|^(站内)?搜索\s",
    r"^(首页|当前位置|您的位置|你的位置)\s*[>＞»/：:]",
    r"\s[>＞»]\s.*\s[>＞»]\s",  # breadcrumbs: a > b > c
    r"扫一扫|在手机(上)?打开|手机扫码|微信扫一扫",
    r"^分享(到)?\s*[:：]?\s*\+?$|^分享到|^(【?(返回顶部|关闭窗口|打印本页|打印|关闭|返回|收藏)】?\s*)+$",
    r"\]\(#\)",  # markdown links to '#': saved page buttons
    # (主办单位 / 承办单位 open a site's footer line; inside a line they are a table's column, as in
    # an activity table's "承办单位：自治区工业和信息化厅")
    r"ICP备|公网安备|网站标识码|版权所有|^(主办|承办)单位\s*[:：]|技术支持[:：]|网站地图|^联系我们$",
    r"^(字号|字体)\s*[:：]?\s*[大中小\s]+$|^【\s*(大|中|小)\s*】",
    r"^(浏览次数|阅读次数|访问量|点击数)[:：]",
    r"^(上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]",  # a saved page's links to its neighbours
    r"^[─━—－\-_=＝~～]{6,}$",  # a rule drawn with characters (a 版记's lines): no text, and no line to join
    r"^<!--.*-->$",  # an HTML comment line of a Markdown file (<!-- INFO END -->)
    # Page numbers of a printed document ("— 2 —", "-3-", "第 2 页 共 10 页"): a pdf's pages are
    # joined with them in between, and a sentence running over the page must not stop at one.
    r"^[—－\-–]{1,2}\s*\d{1,4}\s*[—－\-–]{1,2}$|^第\s*\d{1,4}\s*页\s*[,，/／]?\s*(共\s*\d{1,4}\s*页)?$",
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in _CHROME_PATTERNS))
# 公文 metadata labels of government web pages (发文机关：… / 标 题：…), spaces inside allowed.
META_LABEL = re.compile(
    r"^(发\s*文\s*机\s*关|标\s*题|发\s*文\s*字\s*号|文\s*号|成\s*文\s*日\s*期|发\s*布\s*日\s*期|"
    r"发\s*布\s*机\s*构|分\s*类|索\s*引\s*号|主\s*题\s*分\s*类|公\s*文\s*种\s*类|公\s*开\s*(方\s*式|属\s*性)|"
    # (an information-disclosure page: "名　　称：…的通知", "生成日期：…", "有 效 性：有效")
    r"名\s*称|生\s*成\s*日\s*期|有\s*效\s*性)\s*[:：]"
)
_SENTENCE_END = "。！？；：!?;:…”）)》】"
_PUNCT_IN_PROSE = re.compile(r"[，。；、]")
_CJK_START = re.compile(r"^[\u4e00-\u9fff“‘《（(，、。]")
_TITLE_END = re.compile(rf"({'|'.join(DOC_KINDS)})$")
_DOC_NUMBER_START = re.compile(r"^[\u4e00-\u9fff]{1,16}[〔\[［【(（]\s*\d{4}")
_MD_HEADING = re.compile(r"#{1,6}[ \t\u3000]+")
# Pictographs and geometric marks set before a heading (emoji, ▶, ■, ★), with their variation selector.
_DECORATION = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF\u2B00-\u2BFF\uFE0F\u200D]+[ \t\u3000\xa0]*")
_DOC_NUMBER_SPLIT = re.compile(r"^[\u4e00-\u9fff]{1,16}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]$")
# A table's row as the loaders write it ("序号：1，活动名称：…，时间：…。"): a line of its own, however
# long, and no measure of how wide the page's lines are.
LABELLED_ROW = re.compile(r"^(序号|编号|序)：\d{1,3}，[\u4e00-\u9fff（）()/]{1,8}：")
# A line of a table drawn in text: cells between bars, tab-separated cells, or a rule of box characters.
_BOXED = re.compile(r"^[｜|│┃].*[｜|│┃]$")
_TABLE_LINE = re.compile(r"^[｜|│┌├└┏┣┗]|[｜|│┐┤┘]$|\t.*\t")
_DATE_START = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月")


@dataclass
class Cleaned:
    text: str
    segments: list[tuple[int, int, int]]  # (clean_start, original_start, length)


def map_offset(segments: list[tuple[int, int, int]], clean_offset: int) -> int:
    if not segments:
        return clean_offset
    starts = [s[0] for s in segments]
    i = max(0, bisect.bisect_right(starts, clean_offset) - 1)
    c0, o0, length = segments[i]
    return o0 + min(clean_offset - c0, length)


def clean_offset(segments: list[tuple[int, int, int]], original_offset: int) -> int | None:
    """The offset in the cleaned text of the first kept character at or after `original_offset`."""
    for c0, o0, length in segments:
        if o0 + length > original_offset:
            return c0 + max(0, original_offset - o0)
    return None


def is_chrome_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _CHROME.search(stripped):
        return True
    return _is_nav_line(stripped)


def _is_nav_line(line: str) -> bool:
    """Site navigation: several short words separated by spaces, no sentence punctuation."""
    if _PUNCT_IN_PROSE.search(line) or HEADING_START.match(line) or _BOXED.match(line):
        return False  # (a drawn table's row, "│序号│活动名称　│时间│", or a cell's wrapped part)
    parts = line.split()
    return len(parts) >= 4 and all(len(p) <= 8 for p in parts)


# A page's list of other pages under the text: "相关链接：", "往期推荐", then their titles.
_LINK_LIST = re.compile(r"^(相关链接|相关阅读|推荐阅读|延伸阅读|相关文章|相关新闻|相关推荐|往期推荐|往期回顾|猜你喜欢)\s*[:：]?$")


def _drop_link_lists(texts: list[str], keep: list[bool]) -> None:
    """The heading of such a list and the titles under it (lines without a sentence's
    punctuation) are the site's, not the document's: another notice's title there would
    otherwise read as part of this one."""
    for i, text in enumerate(texts):
        if not _LINK_LIST.match(text.strip()):
            continue
        keep[i] = False
        for j in range(i + 1, len(texts)):
            line = texts[j].strip()
            if not line:
                continue
            if len(line) > 60 or re.search(r"[。；;，,：:]", line) or HEADING_START.match(line):
                break
            keep[j] = False


def _keep_table_headers(texts: list[str], keep: list[bool]) -> None:
    """A table pasted with tabs opens with its header: short labels, as a navigation bar has, but
    the rows under it have as many tab-separated cells. It says what each column is (地点, 时间)."""
    for i, text in enumerate(texts):
        # (or aligned with runs of spaces, as a plain-text file's table is: "序号  活动名称  时间")
        gaps = COLUMN_GAP.findall(text.strip()) if "\t" not in text else []
        cells = text.strip().count("\t") or len(gaps)
        if keep[i] or cells < 2 or _CHROME.search(text.strip()):
            continue
        following = next((t for t in texts[i + 1:] if t.strip()), "").strip()
        if not gaps:
            keep[i] = following.count("\t") == cells
            continue
        # (labels a single space apart, "序号　活动名称", and cells set so close in a row that two
        # read as one: the columns are where the header's labels stand)
        labels = len(text.split())
        under = len(COLUMN_GAP.findall(following)) + 1
        keep[i] = following[:1].isdigit() and labels - 1 <= under <= labels


def clean(original: str, hard_paragraphs: bool = False, wrapped: bool | None = False) -> Cleaned:
    """Return the cleaned text and its map back to `original`. With hard_paragraphs (docx, where
    every line is a real paragraph) line breaks are never treated as broken words. With wrapped
    (pdf, where every printed line is a line) a line continues on the next only when it is as
    wide as the page's lines: a shorter line ended its paragraph (a heading, a last line). With
    wrapped=None (plain text) the text is looked at: one exported at a fixed width (every line of
    a paragraph but its last as long as the others) is read as printed text is, except that a
    blank line always ends a paragraph."""
    lines = _split_lines(original)  # (start, end) spans, end excludes the newline
    texts = [original[s:e] for s, e in lines]
    keep = [not is_chrome_line(t) for t in texts]
    _drop_link_lists(texts, keep)
    _keep_table_headers(texts, keep)
    _drop_page_header(texts, keep)
    kept: list[tuple[int, int]] = []
    for (start, end), text, ok in zip(lines, texts, keep, strict=True):
        if not ok:
            continue
        # Trim white space (ASCII and the ideographic space) at both ends of the line.
        lead = len(text) - len(text.lstrip(" \t\u3000\xa0\r"))
        mark = _MD_HEADING.match(text, lead)
        if mark:  # a Markdown heading's "## ": the heading is the text after it
            lead = mark.end()
        mark = _DECORATION.match(text, lead)
        if mark and HEADING_START.match(text[mark.end():]):
            lead = mark.end()  # "📌 一、…", "▶（二）…": an account's ornament before a heading's number
        trail = len(text) - len(text.rstrip(" \t\u3000\xa0\r"))
        s, e = start + lead, end - trail
        if s < e:
            kept.append((s, e))
    kept_lines = [original[s:e] for s, e in kept]
    wrap: Wrap | None = None
    if wrapped:
        full = _full_width(kept_lines)
        wrap = Wrap(full, width) if full is not None else None
    elif wrapped is None and not hard_paragraphs:
        # (measured with their indent: a fixed-width export counts it in the line)
        wrap = hard_wrap([t.rstrip("\r") for t, ok in zip(texts, keep, strict=True) if ok and t.strip()])
    return _join(original, kept, hard_paragraphs, wrap)


def _split_lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _drop_page_header(texts: list[str], keep: list[bool]) -> None:
    """On a saved government page the metadata block (发文机关：…) follows the site banner.
    Lines before the first metadata label with no sentence punctuation are banner and menus."""
    first_label = next((i for i, t in enumerate(texts[:80]) if META_LABEL.match(t.strip())), None)
    if first_label is None:
        return
    for i in range(first_label):
        if not _PUNCT_IN_PROSE.search(texts[i]):
            keep[i] = False


def width(line: str) -> float:
    """Printed width in Chinese characters: Latin letters, digits and ASCII marks are half one."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in line)


def _full_width(lines: list[str]) -> float | None:
    """The width of a full printed line: no line is wider, save one with a closing mark hung in the
    margin, so a high quantile of the widths is it (where paragraphs are not wrapped at all, the
    widest paragraphs: then no line is full and none is joined)."""
    widths = sorted(width(x) for x in lines if width(x) >= 8 and not LABELLED_ROW.match(x))
    if len(widths) < 4:
        return None
    return widths[min(int(len(widths) * 0.9), len(widths) - 2)]


@dataclass(frozen=True)
class Wrap:
    """How a text's lines were wrapped: the length of a full line, measured by `measure` (printed
    width for a pdf; characters or printed width for a plain-text export), and whether a blank
    line always ends a paragraph (in a text file it does; between a pdf's pages it may not)."""

    full: float
    measure: Callable[[str], float]
    blank_ends: bool = False


MIN_WRAPPED_LINES = 6


def hard_wrap(lines: list[str]) -> Wrap | None:
    """A plain text hard-wrapped at a fixed width (a system export, a mail, `fold`): many lines
    are exactly as long as the longest, by characters or by printed width (GB18030 bytes), and
    none is longer. A text with one paragraph a line has no such common length."""
    best: tuple[float, Wrap] | None = None
    for measure in (_chars, width):
        values = [measure(x) for x in lines if measure(x) >= 8]
        if len(values) < MIN_WRAPPED_LINES:
            continue
        full = max(values)
        at_full = sum(1 for v in values if v >= full - 1)
        share = at_full / len(values)
        if at_full >= MIN_WRAPPED_LINES // 2 + 1 and share >= 0.3 and (best is None or share > best[0]):
            best = (share, Wrap(full, measure, blank_ends=True))
    return best[1] if best else None


def _chars(line: str) -> float:
    return float(len(line))


# A full line may be short of the page's width by a little (justification, a closing mark moved
# to the next line). A paragraph's first line is also short, by its indent (two characters), and
# so may be a line whose last word (a run of digits) did not fit: in that zone what the line says
# decides (a heading or a line with no punctuation, such as a title or a speaker's name, ends).
_FULL_SLACK = 1.0
_SHORT_SLACK = 3.5
_ZONE_PUNCT = re.compile(r"[，。；、：！？]")


_LABEL_END = re.compile(r"(电话|手机|邮箱|电子信箱|传真|网址|网站|邮编|邮政编码)[：:]$")


def _wrapped_on(prev: str, cur: str, gap: str, wrap: Wrap, indent: str = "") -> bool:
    """Printed text: does line `prev` go on in `cur`? A full line goes on whatever it ends with
    (a line may end a sentence and the paragraph go on); a line well short of the full width ended
    its paragraph. A line that is indented, or opens with a dash ("——经济运行…"), starts one."""
    if prev[-1] in "：:" or cur.startswith(("——", "—", "--")):
        return False
    if re.search(r"\n[ \t\u3000\xa0]+$", gap) or (wrap.blank_ends and gap.count("\n") > 1):
        return False
    full, measure = wrap.full, wrap.measure
    w = measure((indent if wrap.blank_ends else "") + prev)
    if w < full - _SHORT_SLACK:
        return False
    tail = measure(cur) < full - _SHORT_SLACK and not RUN_IN_END.search(cur[:-1])
    if HEADING_START.match(prev) and not RUN_IN_END.search(prev):
        # A heading on a line of its own: a full one was broken and goes on; one short by about
        # an indent goes on only in a short line that states nothing more ("村振兴。"). An indented
        # one that fills the line with its indent is a numbered sentence wrapped ("（一）各县…要于
        # 2023年5" then "月31日前将…").
        printed = measure(indent + prev) if indent and not indent.strip() else w
        return max(w, printed) >= full - _FULL_SLACK or tail
    if (not _ZONE_PUNCT.search(prev) and _TITLE_END.search(prev)) or _DOC_NUMBER_START.match(cur):
        return False  # a title line ("…的通知"), then its 文号
    if tail and not _ZONE_PUNCT.search(cur):
        # A paragraph's last line ends with its punctuation: a short line with none is a line of
        # a block that states nothing (a title, the speaker's name, a signature, a date), which
        # stands alone however wide the line before. A title broken over lines is rejoined by
        # the metadata extractor, which knows where the title block is.
        return False
    if w >= full - _FULL_SLACK:
        return True
    # A paragraph's first line (indented) is in this zone: prose goes on, a title line, a
    # speaker's name or a date (no punctuation) does not. A first line with no punctuation still
    # goes on in a short last line that ends the sentence ("…报送市" then "商务局流通业发展处。").
    return bool(_ZONE_PUNCT.search(prev)) or (tail and bool(re.search(r"[。！？；]$", cur)))


def _join(original: str, spans: list[tuple[int, int]], hard_paragraphs: bool = False,
          wrap: Wrap | None = None) -> Cleaned:
    """Join kept line spans with one newline, or with nothing where a line break cut a word or a
    sentence (the newline is then a deletion). Each newline we emit is an original newline, so
    the cleaned text stays a subsequence of the original."""
    out: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    prev: tuple[int, int] | None = None
    for s, e in spans:
        if prev is not None:
            prev_text = original[prev[0] : prev[1]]
            cur_text = original[s:e]
            gap = original[prev[1] : s]
            # (the indent before the previous line: a fixed-width export counts it in the line)
            indent = original[original.rfind("\n", 0, prev[0]) + 1 : prev[0]]
            if hard_paragraphs or not _is_broken(prev_text, cur_text, gap, wrap, indent):
                nl = prev[1] + gap.index("\n")
                out.append("\n")
                segments.append((pos, nl, 1))
                pos += 1
        out.append(original[s:e])
        segments.append((pos, s, e - s))
        pos += e - s
        prev = (s, e)
    return Cleaned("".join(out), _merge(segments))


def _is_broken(prev: str, cur: str, gap: str, wrap: Wrap | None = None, indent: str = "") -> bool:
    """A line break inside a sentence: the previous line is prose that does not end a sentence,
    and the next line continues it (no heading, no label). In printed text (`wrap`, with the width
    of a full line) a line that is not full ended its paragraph."""
    if not prev or not cur:
        return False
    if HEADING_START.match(cur) or META_LABEL.match(cur) or cur.startswith(("附件", "附：")):
        return False
    if _TABLE_LINE.search(prev) or _TABLE_LINE.search(cur) or LABELLED_ROW.match(prev) or LABELLED_ROW.match(cur):
        return False  # a table's rows and rules are lines of their own, however wide
    if _LABEL_END.search(prev) and re.match(r"[0-9A-Za-z(（+]", cur):
        return True  # "…赵婉婷，电话：" then "024-86906518。": a contact's label and its value
    if (re.search(r"\d[-－–]$", prev) and re.match(r"\d", cur)) or (re.search(r"\d$", prev) and re.match(r"[-－–]\d", cur)):
        return True  # a phone number cut at its hyphen: "电话：0731-" then "88665432"
    if len(cur) <= 8 and _DOC_NUMBER_SPLIT.match(prev) and re.match(r"第?\s*\d+\s*号$", cur):
        return True  # a 文号 set over two lines: "长商务发〔2025〕" then "14号"
    if wrap is not None:
        return _wrapped_on(prev, cur, gap, wrap, indent)
    if _TITLE_END.search(prev) or _DOC_NUMBER_START.match(cur) or _DATE_START.match(cur):
        return False
    if prev[-1] in _SENTENCE_END:
        return False
    if not _CJK_START.match(cur) or not re.search(r"[\u4e00-\u9fff]$", prev):
        return False
    if cur[0] in "，、。；":
        return True
    heading = HEADING_START.match(prev)
    if heading and re.fullmatch(r"[\u4e00-\u9fff]{1,3}[。.]?", cur):
        return True  # a heading broken inside a word: "（二）拓展销售渠" then "道"
    if heading and not RUN_IN_END.search(prev) and len(prev) <= MAX_HEADING:
        # A heading on a line of its own ("一、总体要求", "（一）…，…"): its marker's 、 or a comma
        # inside it is not the punctuation of a sentence running on.
        return False
    blank_lines = gap.count("\n") - 1
    if blank_lines == 0:
        # A single line break inside a paragraph (wiki links, hard-wrapped pdf text): the line
        # before is prose (it has sentence punctuation) and did not end its sentence.
        return bool(_PUNCT_IN_PROSE.search(prev))
    # Across a blank line only a long prose paragraph cut mid-word continues.
    return blank_lines <= 2 and len(prev) >= 40 and bool(_PUNCT_IN_PROSE.search(prev))


def _merge(segments: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    merged: list[tuple[int, int, int]] = []
    for c, o, n in segments:
        if merged:
            pc, po, pn = merged[-1]
            if pc + pn == c and po + pn == o:
                merged[-1] = (pc, po, pn + n)
                continue
        merged.append((c, o, n))
    return merged

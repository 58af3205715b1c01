"""Section references in a question: "工作任务的第二项", "第二部分第（四）条", "（三）讲了什么".

They name a node of the document's heading tree by position, not by words, so they are found
by walking the tree: the words before the ordinal name the parent heading ("工作任务"), the
ordinal picks its child. Articles of laws (第十条) carry their number in the marker and are
matched by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.models import Chunk, Document, Heading
from index.numerals import cn_int as cn_to_int
from index.textnorm import normalize

_NUM = r"[一二三四五六七八九十百零〇\d]{1,4}"
# "第二项", "第（四）条", "（三）": an ordinal with its unit or in brackets ("第一次" is not one).
_UNIT = r"项|条|部分|点|个方面|方面|大项|小项|大块|块|段"  # ("第三块": a part, as people say it)
REF = re.compile(rf"第\s*[（(]?\s*({_NUM})\s*[）)]?\s*({_UNIT}|章|节|款)|[（(]\s*({_NUM})\s*[）)]|"
                 rf"最后一?\s*({_UNIT})")  # ("工作任务的最后一项": the last child)
_PART = re.compile(r"部分|大项|方面|块")
_ITEM_MARKER = re.compile(r"^\s*\d{1,3}\s*[.．、]")  # ("10.", the items under a 公文's headings)
_PARENT_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


@dataclass(frozen=True)
class Node:
    heading: Heading
    path: tuple[str, ...]  # titles from the top, as in Chunk.section_path
    children: tuple[int, ...]  # indexes into the node list


def tree(doc: Document) -> list[Node]:
    nodes: list[Node] = []
    stack: list[int] = []
    children: dict[int, list[int]] = {}
    for h in doc.headings:
        while stack and nodes[stack[-1]].heading.level >= h.level:
            stack.pop()
        path = (*(nodes[i].heading.title for i in stack), h.title)
        index = len(nodes)
        nodes.append(Node(h, path, ()))
        if stack:
            children.setdefault(stack[-1], []).append(index)
        stack.append(index)
    return [Node(n.heading, n.path, tuple(children.get(i, []))) for i, n in enumerate(nodes)]


def find(doc: Document, question: str) -> Node | None:
    """The heading a question points at by position, or None."""
    text = normalize(question)
    refs = list(REF.finditer(text))
    if not refs or not doc.headings:
        return None
    nodes = tree(doc)
    top_level = min(n.heading.level for n in nodes)
    roots = [i for i, n in enumerate(nodes) if n.heading.level == top_level]
    current: list[int] | None = None  # the children to pick from
    before = 0
    chosen: int | None = None
    for m in refs:
        last = m.group(4) is not None
        number = -1 if last else cn_to_int(m.group(1) or m.group(3))
        if number is None or (number < 1 and not last):
            return None
        if current is None:
            parent = _parent_by_words(nodes, _without_title(text[before:m.start()], normalize(doc.title)))
            unit_word = m.group(2) or m.group(4) or ""
            part = bool(_PART.search(unit_word))
            # "第五项工作任务": the parent's words right after the ordinal; not after a part of the
            # whole document ("第二部分工作任务": those words are the part's own title)
            if parent is None and not part:
                after = re.split(r"[，。？?的]", text[m.end():m.end() + 10])[0]
                # (a two-character word right after the ordinal is the parent's too: "第一项任务")
                parent = _parent_by_words(nodes, after) or _parent_by_words(nodes, after[:2], minimum=2)
            if parent is not None:
                current = list(nodes[parent].children)
            elif part:
                current = roots
            elif last:
                return None  # ("最后一项" of no list named)
            else:
                unit = m.group(2) or ""
                marked = [i for i, n in enumerate(nodes) if _marker_number(n.heading.marker) == number
                          and (unit not in "章节条款" or n.heading.marker.endswith(unit))]
                if not marked and unit == "条" and not any(n.heading.marker.endswith("条") for n in nodes):
                    # ("工作要点里编号第10条": a 公文 without articles numbers its items "10." —
                    # when one item has that number)
                    marked = [i for i, n in enumerate(nodes) if _ITEM_MARKER.match(n.heading.marker)
                              and _marker_number(n.heading.marker) == number]
                    marked = marked if len(marked) == 1 else []
                if not marked:
                    return None
                chosen = marked[0]
                current = list(nodes[chosen].children)
                before = m.end()
                continue
        if last:
            number = len(current)
        if number > len(current) or number < 1:
            return None
        chosen = current[number - 1]
        current = list(nodes[chosen].children)
        before = m.end()
    return nodes[chosen] if chosen is not None else None


# "开头交代的理由", "发这个通知的目的是什么": the opening paragraph between the addressees and the
# first heading, where a 公文 says why it is issued ("为……，现组织开展……").
OPENING = re.compile(r"开头|开篇|前言|导语|引言|一开始(说|讲|交代)|"
                     r"(发|出台|印发|下发|搞|开展|组织|举办)[^，。？?]{0,10}(目的|原因|理由|初衷|用意|缘由)|"
                     r"(目的|初衷|用意)(是|为|在于)|为(什么|啥)要?(发|搞|出台|开展|组织|印发|下发|举办)|"
                     # ("这个活动是为了建设什么样的产业体系": what it is for, said where it opens)
                     r"(活动|通知|文件)[^，。？?]{0,4}是为了[^，。？?]{0,12}(什么|啥)|"
                     # (the campaign's aim; not the state one of its tasks aims at: "线上线下要达到什么状态")
                     r"达到(什么|啥)样?的?(效果|目的|目标|成效)|"
                     r"((想|要)达到(什么|啥)|达到啥)(?!样?的?(状态|标准|水平|要求|程度|条件|规模|指标))")


def opening_chunks(doc: Document) -> list[Chunk]:
    """The chunks of the opening paragraph: after the title block, before the first heading."""
    if not doc.headings:
        return []
    first = doc.headings[0].start
    return [c for c in doc.chunks if not c.section_path and c.order > 0 and c.clean_end <= first]


def pointed_chunks(doc: Document, question: str) -> list[Chunk]:
    """The chunks a question points at by their place, whatever their words: a section by its
    position ("第二部分（一）里…", "第一项任务"), or the opening paragraph ("开头交代的理由",
    "发这个通知的目的"). Empty when it points at none of this document."""
    text = normalize(question)
    if REF.search(text):
        node = find(doc, question)
        if node is not None:
            return chunks_of(doc, node)
    return opening_chunks(doc)[:1] if OPENING.search(text) else []


def chunks_of(doc: Document, node: Node) -> list[Chunk]:
    """The chunks of a section and its subsections, in order."""
    size = len(node.path)
    return [c for c in doc.chunks if tuple(c.section_path[:size]) == node.path]


def _parent_by_words(nodes: list[Node], text: str, minimum: int = 3) -> int | None:
    """The heading whose title holds a word written before the ordinal ("工作任务的第二项")."""
    words = [w for w in _PARENT_WORD.findall(text)]
    best: tuple[int, int] | None = None
    for i, n in enumerate(nodes):
        if not n.children:
            continue
        title = normalize(n.heading.title)
        for w in words:
            for size in range(min(len(w), 8), 1, -1):
                if any(w[j:j + size] in title for j in range(len(w) - size + 1)):
                    if best is None or size > best[0]:
                        best = (size, i)
                    break
    return best[1] if best and best[0] >= minimum else None


def _without_title(text: str, title: str, size: int = 3) -> str:
    """The text without the runs it shares with the document's title ("六安工作要点里编号" →
    "六安里编号"): those name the document, not a heading ("工作要" is no part of 工作要求)."""
    keep = [True] * len(text)
    for i in range(len(text) - size + 1):
        if text[i:i + size] in title:
            keep[i:i + size] = [False] * size
    return "".join(c if k else " " for c, k in zip(text, keep))


def _marker_number(marker: str) -> int | None:
    m = re.search(_NUM, marker)
    return cn_to_int(m.group(0)) if m else None

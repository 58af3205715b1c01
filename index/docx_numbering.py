"""Word's automatic list numbering: the heading numbers a reader sees that are not in the text.

A 公文 typed in Word often numbers its headings with a list style (一、 / （一） / 1.), so the
paragraph text holds "总体要求" while the page shows "一、总体要求". Without the number the heading
tree cannot be built and "第二项任务" finds nothing. The numbers are rebuilt here from the
numbering definitions (numbering.xml: a level's format, its text such as "（%2）", its start) and
the paragraphs' list membership (their own or their style's), counting as Word counts.
"""

from __future__ import annotations

import re
from typing import Any

from .numerals import cn_numeral

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
MAX_LEVELS = 9


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (w:numFmt)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
               "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return cn_numeral(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("ideographTraditional",) and 1 <= n <= len(_HEAVENLY):
        return _HEAVENLY[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    return str(n)


def _val(element: Any, tag: str) -> str | None:
    found = element.find(f"{W}{tag}") if element is not None else None
    return found.get(f"{W}val") if found is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class ListNumbering:
    """The number labels of a document's paragraphs, in reading order (call `label` for each
    paragraph as it comes: counters advance)."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        # abstractNumId -> level -> (format, text, start)
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._nums: dict[str, str] = {}  # numId -> abstractNumId
        self._restarts: dict[str, dict[int, int]] = {}  # numId -> level -> startOverride
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        self._style_numbering: dict[str, tuple[str, int]] = {}
        if numbering is not None:
            for abstract in numbering.iter(f"{W}abstractNum"):
                levels = {}
                for lvl in abstract.iter(f"{W}lvl"):
                    ilvl = _int(lvl.get(f"{W}ilvl"), 0)
                    levels[ilvl] = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                    _int(_val(lvl, "start"), 1))
                self._levels[abstract.get(f"{W}abstractNumId") or ""] = levels
            for num in numbering.iter(f"{W}num"):
                num_id = num.get(f"{W}numId") or ""
                self._nums[num_id] = _val(num, "abstractNumId") or ""
                for override in num.iter(f"{W}lvlOverride"):
                    start = _val(override, "startOverride")
                    if start is not None:
                        level = _int(override.get(f"{W}ilvl"), 0)
                        self._restarts.setdefault(num_id, {})[level] = _int(start, 1)
        if styles is not None:
            based: dict[str, str] = {}
            own: dict[str, tuple[str, int]] = {}
            for style in styles.iter(f"{W}style"):
                style_id = style.get(f"{W}styleId") or ""
                parent = _val(style, "basedOn")
                if parent:
                    based[style_id] = parent
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    own[style_id] = (_val(num_pr, "numId") or "", _int(_val(num_pr, "ilvl"), 0))
            for style_id in list(based) + list(own):
                seen, current = set(), style_id
                while current and current not in own and current not in seen:
                    seen.add(current)
                    current = based.get(current, "")
                if current in own:
                    self._style_numbering[style_id] = own[current]

    def label(self, paragraph: Any) -> str:
        """The number Word shows before this paragraph ("一、", "（二）", "3."), or ""."""
        ppr = paragraph.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id, level = None, 0
        if num_pr is not None:
            num_id, level = _val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), 0)
        style = _val(ppr, "pStyle") if ppr is not None else None
        if num_id is None and style in self._style_numbering:
            num_id, style_level = self._style_numbering[style]
            level = level if num_pr is not None else style_level
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        abstract = self._nums[num_id]
        levels = self._levels.get(abstract, {})
        if level not in levels or not 0 <= level < MAX_LEVELS:
            return ""
        counters = self._counters.setdefault(abstract, [None] * MAX_LEVELS)
        if num_id not in self._started:  # a list instance with its own start begins again
            self._started.add(num_id)
            for lvl, start in self._restarts.get(num_id, {}).items():
                if 0 <= lvl < MAX_LEVELS:
                    counters[lvl] = start - 1
        fmt, text, start = levels[level]
        current = counters[level]
        counters[level] = start if current is None else current + 1
        for deeper in range(level + 1, MAX_LEVELS):
            counters[deeper] = None
        if fmt in ("bullet", "none") or not text:
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if not 0 <= k < MAX_LEVELS:
                return ""
            lvl_fmt, _text, lvl_start = levels.get(k, ("decimal", "", 1))
            value = counters[k] if counters[k] is not None else lvl_start
            return format_number(value or 0, lvl_fmt)

        return re.sub(r"%([1-9])", number, text)

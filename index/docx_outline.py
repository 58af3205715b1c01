"""Word's heading levels: a heading typed in Word is often a paragraph in a heading style ("Heading
1", "标题 2", or any style with an outline level) whose text has no number ("总体要求"). Its level
is what makes it a heading; without it the heading tree would lose the paragraph among the body.
Levels come from the paragraph's own outline level, else its style's (its name, its outline level,
or those of the style it is based on)."""

from __future__ import annotations

import re
from typing import Any

from .docx_numbering import W, _int, _val

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)
MAX_DEPTH = 20  # a basedOn chain longer than this is a loop or a hostile file


class OutlineLevels:
    """Heading levels (1 = top) of a document's paragraphs; 0 for body text."""

    def __init__(self, styles: Any | None) -> None:
        self._own: dict[str, int] = {}
        self._based: dict[str, str] = {}
        if styles is None:
            return
        for style in styles.iter(f"{W}style"):
            if style.get(f"{W}type") not in (None, "paragraph"):
                continue
            style_id = style.get(f"{W}styleId") or ""
            name = _HEADING_NAME.match((_val(style, "name") or "").strip())
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            if name:
                self._own[style_id] = int(name.group(1))
            elif outline is not None:
                self._own[style_id] = _level(outline)
            parent = _val(style, "basedOn")
            if parent:
                self._based[style_id] = parent

    def _style_level(self, style_id: str) -> int:
        for _ in range(MAX_DEPTH):
            if style_id in self._own:
                return self._own[style_id]
            if style_id not in self._based:
                return 0
            style_id = self._based[style_id]
        return 0

    def level(self, paragraph: Any) -> int:
        """The heading level of a w:p element, 0 when it is body text."""
        ppr = paragraph.find(f"{W}pPr")
        if ppr is None:
            return 0
        outline = ppr.find(f"{W}outlineLvl")
        if outline is not None:
            return _level(outline)
        style = _val(ppr, "pStyle")
        return self._style_level(style) if style else 0


def _level(outline: Any) -> int:
    """w:outlineLvl counts from 0; 9 is body text."""
    value = _int(outline.get(f"{W}val"), 9)
    return value + 1 if 0 <= value < 9 else 0

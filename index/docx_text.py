"""The text of a Word paragraph as the document reads once its tracked changes are accepted.

python-docx's `Paragraph.text` reads only the runs that are direct children of the paragraph (and of
hyperlinks). A revised draft saved with Word's "track changes" on keeps every edit as runs inside
`w:ins` (inserted: part of the current text) and `w:del` (deleted: `w:delText`, not part of it), so
`Paragraph.text` loses each inserted value ("增长5%" reads "增长") while a reader sees it. Moved text
is the same: `w:moveTo` is where it now stands, `w:moveFrom` where it stood.

A text box anchored in the paragraph has paragraphs of its own (and a VML copy under
`mc:Fallback`); those are not this paragraph's text.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Containers whose runs are not part of the paragraph's current text.
_NOT_CURRENT = {_W + "del", _W + "moveFrom", _W + "txbxContent", _MC + "Fallback", _W + "p"}


def accepted_text(paragraph: Any) -> str:
    """The paragraph element's (`w:p`) text with insertions kept and deletions left out."""
    parts = []
    for run in paragraph.iter(_W + "r"):
        if _belongs(run, paragraph):
            parts.append(run.text)  # python-docx's CT_R.text: w:t, tabs, breaks
    return "".join(parts)


def accepted_cell_text(cell: Any) -> str:
    """A table cell's paragraphs, one per line, each with its tracked changes accepted."""
    return "\n".join(accepted_text(p) for p in cell._tc.iter(_W + "p") if _in_cell(p, cell._tc))


def _belongs(run: Any, paragraph: Any) -> bool:
    node = run.getparent()
    while node is not None and node is not paragraph:
        if node.tag in _NOT_CURRENT:
            return False
        node = node.getparent()
    return node is paragraph


def _in_cell(paragraph: Any, cell: Any) -> bool:
    """A paragraph of the cell itself, not of a table nested in it or of a text box."""
    node = paragraph.getparent()
    while node is not None and node is not cell:
        if node.tag in (_W + "tc", _W + "txbxContent"):
            return False
        node = node.getparent()
    return node is cell

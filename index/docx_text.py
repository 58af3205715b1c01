"""The text of a Word document as it reads: tracked changes accepted, text boxes and content
controls included.

python-docx's `Paragraph.text` reads only the runs that are direct children of the paragraph (and of
hyperlinks). A revised draft saved with Word's "track changes" on keeps every edit as runs inside
`w:ins` (inserted: part of the current text) and `w:del` (deleted: `w:delText`, not part of it), so
`Paragraph.text` loses each inserted value ("增长5%" reads "增长") while a reader sees it. Moved text
is the same: `w:moveTo` is where it now stands, `w:moveFrom` where it stood.

A text box anchored in the paragraph has paragraphs of its own (and a VML copy under
`mc:Fallback`); those are not this paragraph's text, but they are the document's: offices print the
red head (issuer, 文号) in a text box so that it stays in place. python-docx's body paragraphs do not
reach them, nor the paragraphs and tables a content control (`w:sdt`, what form templates are made
of) holds.
"""

from __future__ import annotations

from collections.abc import Iterator
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


def body_blocks(container: Any) -> Iterator[Any]:
    """The paragraphs (`w:p`) and tables (`w:tbl`) of a body in reading order, those inside content
    controls and custom XML included."""
    for child in container.iterchildren():
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from body_blocks(content)
        elif child.tag == _W + "customXml":
            yield from body_blocks(child)


def text_box_paragraphs(paragraph: Any) -> list[Any]:
    """The paragraphs of the text boxes anchored in a paragraph, in order; each box once (its VML
    copy under `mc:Fallback` is the same text) and a box inside a box through its own paragraphs."""
    found = []
    for box in paragraph.iter(_W + "txbxContent"):
        node = box.getparent()
        while node is not None and node is not paragraph and node.tag not in (_MC + "Fallback", _W + "txbxContent"):
            node = node.getparent()
        if node is paragraph:
            found.extend(box.iterchildren(_W + "p"))
    return found

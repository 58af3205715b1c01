"""Office files as users have them: a 公文 saved as .docx (red header, 文号 above a title broken
over two lines, core properties left to whatever Word wrote) and printed to .pdf (text wrapped at a
fixed width, first lines indented, page numbers "— 2 —" between pages, metadata title from the
printer driver). The text comes from real documents (the seed notice, a government work report of
the corpora); only the layout is generated here."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import CORPORA, NOTICE

CHARS_PER_LINE = 28  # GB/T 9704: 28 characters a line, 22 lines a page
LINES_PER_PAGE = 22


def report_paragraphs(year: str) -> list[str]:
    """A government work report as its official text begins: title, the subtitle with the date and
    the session, the speaker, then the body of the corpus record."""
    for line in (CORPORA / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("year") == year:
            body = [p.strip() for p in record["content"].split("\n") if p.strip()]
            end = next((i for i, p in enumerate(body) if p.startswith("本作品是")), len(body))
            return body[:end]
    raise KeyError(year)


REPORT_HEAD_2019 = ["政府工作报告", "——2019年3月5日在第十三届全国人民代表大会第二次会议上", "国务院总理　李克强"]


def notice_paragraphs() -> tuple[list[str], dict[str, str]]:
    """The seed notice as a 公文: issuers' header, 文号, the title in two lines, then the text from
    its addressees to its contact line (the web page around it left out)."""
    manifest = json.loads((NOTICE.parent / "manifest.json").read_text(encoding="utf-8"))["documents"][0]
    lines = [x.strip() for x in NOTICE.read_text(encoding="utf-8").splitlines() if x.strip()]
    title, number = manifest["title"], manifest["doc_number"]
    start = lines.index(number) + 1
    end = next(i for i, x in enumerate(lines) if x.startswith(("(联系人", "（联系人")))
    # A long title is set in two or three lines, as a 公文 prints it.
    head = [*manifest["issuer"], number, *wrap(title)]
    return head + lines[start : end + 1], manifest


def make_docx(path: Path, paragraphs: list[str], core_title: str | None = None) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = core_title or ""
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))
    return path


def _width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(paragraph: str, width: float = CHARS_PER_LINE) -> list[str]:
    """Lines as a word processor breaks them: by width (Latin letters and digits are half a
    character), never inside a run of digits or letters, never a closing mark at a line start."""
    lines: list[str] = []
    tokens = re.findall(r"[0-9A-Za-z.%]+|.", paragraph)
    line, used = "", 0.0
    for tok in tokens:
        w = sum(_width(c) for c in tok)
        if used + w > width and line and tok not in "，。、；：！？”）》":
            lines.append(line)
            line, used = "", 0.0
        line += tok
        used += w
    return [*lines, line] if line else lines or [""]


def make_pdf(path: Path, paragraphs: list[str], meta_title: str | None = None, head: int = 0,
             running_title: str | None = None) -> Path:
    """Each paragraph wrapped at CHARS_PER_LINE; the first line of each paragraph after the first
    `head` ones (the title block) is indented by its position, as Word prints it (no space
    characters); each page ends with its number. A heading is a paragraph of its own. With
    `running_title`, every page has it as a header and "第 X 页 共 Y 页" as its footer."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if meta_title is not None:
        c.setTitle(meta_title)
    laid_out = []
    for i, paragraph in enumerate(paragraphs):
        indent = i >= head
        lines = wrap(paragraph, CHARS_PER_LINE - 2) if indent else wrap(paragraph)
        if indent and len(lines) > 1:  # only the first line is short by the indent
            first = lines[0]
            lines = [first, *wrap(paragraph[len(first):])]
        laid_out.append((indent, lines))
    total = -(-sum(len(lines) for _, lines in laid_out) // LINES_PER_PAGE)

    def page_marks(number: int) -> None:
        c.setFont("STSong-Light", 10)
        if running_title is None:
            c.drawString(280, 40, f"— {number} —")
        else:
            c.drawString(250, 40, f"第 {number} 页 共 {total} 页")

    def header() -> None:
        if running_title is not None:
            c.setFont("STSong-Light", 9)
            c.drawString(60, 810, running_title)

    page, y, used = 1, 780, 0
    header()
    for indent, lines in laid_out:
        for n, line in enumerate(lines):
            if used == LINES_PER_PAGE:
                page_marks(page)
                c.showPage()
                page, y, used = page + 1, 780, 0
                header()
            c.setFont("STSong-Light", 15)
            # The first line is indented by two characters; the rest keep the full width.
            c.drawString(60 + (30 if indent and n == 0 else 0), y, line)
            y -= 30
            used += 1
    page_marks(page)
    c.save()
    return path

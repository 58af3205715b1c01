"""Exports: the 责任分工 table as CSV (UTF-8 with BOM, so Excel reads the Chinese) and XLSX; any
answer, duty list or topic as Markdown or Word, with numbered sources (title, 文号, clause, quote)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .models import DUTY_COLUMNS, Answer, DutyRow, TopicResult


def duty_cells(row: DutyRow) -> list[str]:
    """The row as table cells. Document text is data: a cell that a spreadsheet would read as a
    formula (=, +, -, @) is written with a leading apostrophe."""
    values = row.to_json()
    cells = ["是" if values[key] is True else "否" if values[key] is False else str(values[key] or "")
             for key, _ in DUTY_COLUMNS]
    return ["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in cells]


def duties_csv(rows: list[DutyRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([label for _, label in DUTY_COLUMNS])
    writer.writerows(duty_cells(r) for r in rows)
    return "\ufeff" + out.getvalue()


def duties_xlsx(rows: list[DutyRow], path: Path) -> Path:
    """A workbook with one sheet 责任分工: a bold header, wrapped text, widths that fit Chinese."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "责任分工"
    sheet.append([label for _, label in DUTY_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(duty_cells(row))
    widths = {"工作事项": 60, "原文": 60, "文件": 40, "报送对象": 28, "原文主体": 24, "责任主体": 22}
    for i, (_, label) in enumerate(DUTY_COLUMNS, 1):
        letter = sheet.cell(row=1, column=i).column_letter
        sheet.column_dimensions[letter].width = widths.get(label, 14)
        for cell in sheet[letter][1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    book.save(path)
    return path


# ----- 汇报材料: an answer, a duty list or a topic as Markdown and Word --------------------------
@dataclass
class Source:
    n: int
    title: str
    doc_number: str | None
    clause: str
    quote: str

    def label(self) -> str:
        return f"《{self.title}》" + (f"（{self.doc_number}）" if self.doc_number else "") + f" {self.clause}"


@dataclass
class Report:
    """What every export holds: a title, the body lines, and the numbered sources they cite."""

    title: str
    lines: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def cite(self, title: str, doc_number: str | None, clause: str, quote: str) -> int:
        for s in self.sources:
            if (s.title, s.clause, s.quote) == (title, clause, quote):
                return s.n
        self.sources.append(Source(len(self.sources) + 1, title, doc_number, clause, quote))
        return len(self.sources)


def answer_report(answer: Answer) -> Report:
    report = Report(answer.question)
    report.lines = [line for line in answer.text.splitlines() if line.strip()]
    for c in answer.citations:
        report.sources.append(Source(c.n, c.title, c.doc_number, c.section or "正文", c.quote))
    return report


def duties_report(rows: list[DutyRow], actor: str | None) -> Report:
    report = Report(f"{actor}责任分工" if actor else "责任分工")
    if not rows:
        report.lines.append("未找到相应的工作事项。")
    by_actor: dict[str, list[DutyRow]] = {}
    for row in rows:
        by_actor.setdefault(row.applies_to, []).append(row)
    for i, (who, group) in enumerate(by_actor.items(), 1):
        report.lines.append(f"{_cn(i)}、{who}（{len(group)}项）")
        for j, r in enumerate(group, 1):
            n = report.cite(r.title, r.doc_number, r.clause, r.quote)
            extra = f"（报送对象：{r.report_to}；时限：{r.deadline}）" if r.is_report else ""
            report.lines.append(f"{j}. {r.obligation}{extra}[{n}]")
    return report


def topic_report(result: TopicResult) -> Report:
    unit = "份文件" if result.group_by == "document" else "个年份"
    report = Report(f"专题：{result.query}")
    report.lines.append(f"共{len(result.groups)}{unit}提及“{result.query}”，合计{result.mentions}次。")
    for g in result.groups:
        line = f"{g.label}：提及{g.mentions}次，涉及{g.clauses}个条款。"
        if g.key_sentence is not None:
            k = g.key_sentence
            n = report.cite(k.title, k.doc_number, k.clause, k.quote)
            line += f"要点：{k.quote}[{n}]"
        report.lines.append(line)
    return report


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def to_markdown(report: Report) -> str:
    """Markdown for pasting: document text is escaped so it never becomes a link or markup."""
    out = [f"# {_md(report.title)}", ""]
    out += [f"{_md(line)}\n" for line in report.lines]
    if report.sources:
        out += ["## 资料来源", ""]
        out += [f"{s.n}. {_md(s.label())}：“{_md(s.quote)}”" for s in report.sources]
    return "\n".join(out).rstrip() + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_docx(report: Report, path: Path) -> Path:
    """A Word document in the manner of 汇报材料: title, body, then 资料来源 numbered."""
    from docx import Document as Word
    from docx.oxml.ns import qn
    from docx.shared import Pt

    word = Word()
    style = word.styles["Normal"]
    style.font.name = "FangSong"
    style.font.size = Pt(12)
    r_pr = style.element.get_or_add_rPr()
    r_pr.get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
    word.add_heading(_xml_safe(report.title), level=1)
    for line in report.lines:
        word.add_paragraph(_xml_safe(line))
    if report.sources:
        word.add_heading("资料来源", level=2)
        for s in report.sources:
            word.add_paragraph(_xml_safe(f"[{s.n}] {s.label()}：“{s.quote}”"))
    word.save(str(path))
    return path


def _xml_safe(text: str) -> str:
    """Word cannot hold control characters; a document's stray ones are dropped, nothing else."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)


def write_report(report: Report, path: Path) -> Path:
    """By the file's extension: .docx or .md."""
    if path.suffix.lower() == ".docx":
        return to_docx(report, path)
    if path.suffix.lower() in (".md", ".markdown"):
        path.write_text(to_markdown(report), encoding="utf-8")
        return path
    raise ValueError(f"{path}: 导出格式应为 .docx 或 .md（export as .docx or .md）")

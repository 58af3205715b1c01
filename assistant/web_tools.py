"""The web tabs 责任分工 and 企业对照: thin Gradio layers over `Assistant.duties` and
`Assistant.relevant_to`. Document text is shown as text (escaped), never as markup."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any

from .api import Assistant
from .export import Report, answer_report, duties_csv, duties_report, duties_xlsx, to_docx, to_markdown, topic_report
from .firm import INTERESTS, MARKETS, REGIONS, SEGMENTS, SIZES, parse_profile
from .models import DutyRow, FirmMatch, FirmProfile, TopicResult, Turn

TOOLS_CSS = """
.duty table {width:100%;border-collapse:collapse;font-size:0.92em}
.duty th, .duty td {border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
.duty thead th {background:#f6f8fa;white-space:nowrap}
.duty tr.grp th {background:#e7f3ff;color:#0b5394}
.duty td.dl, .duty td.clause {white-space:nowrap}
.duty .none {color:#a50e0e}
.firm ol li {margin:0 0 10px}
.firm .why {color:#0b5394;font-size:0.9em}
.topic blockquote, .firm blockquote {margin:4px 0 4px 8px;padding-left:8px;border-left:3px solid #d0d7de;color:#333}
.topic .src {color:#666;font-size:0.85em}
.topic details {border:1px solid #d0d7de;border-radius:6px;margin:6px 0;padding:6px 10px}
"""
HEADERS = ["工作事项", "报送", "报送对象", "时限", "条款", "文件"]


def _e(text: str | None) -> str:
    return html.escape(text or "")


def duties_html(rows: list[DutyRow]) -> str:
    """The rows as one table, a header row for each actor (责任主体)."""
    if not rows:
        return "<div class='duty'><p>未找到相应的工作事项。</p></div>"
    by_actor: dict[str, list[DutyRow]] = {}
    for row in rows:
        by_actor.setdefault(row.applies_to, []).append(row)
    body = []
    for actor, group in by_actor.items():
        body.append(f"<tr class='grp'><th colspan='{len(HEADERS)}'>{_e(actor)}（{len(group)} 项）</th></tr>")
        for r in group:
            ref = f"《{_e(r.title)}》" + (f"（{_e(r.doc_number)}）" if r.doc_number else "")
            none = " class='none'" if r.report_to.startswith("文件未写明") else ""
            body.append(
                f"<tr><td title='{_e(r.quote)}'>{_e(r.obligation)}</td><td>{'是' if r.is_report else '—'}</td>"
                f"<td{none}>{_e(r.report_to) or '—'}</td><td class='dl'>{_e(r.deadline) or '—'}</td>"
                f"<td class='clause'>{_e(r.clause)}</td><td>{ref}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in HEADERS)
    return (f"<div class='duty'><p class='count'>共 {len(rows)} 条，{len(by_actor)} 个责任主体</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>")


def match_html(result: FirmMatch) -> str:
    parts = [f"<div class='firm'><p><b>企业画像：</b>{_e(result.profile.summary())}</p>"]
    if result.tasks:
        parts.append("<ol>")
        for t in result.tasks:
            ref = f"《{_e(t.title)}》" + (f"（{_e(t.doc_number)}）" if t.doc_number else "")
            quotes = "".join(f"<blockquote>{_e(s)}</blockquote>" for s in t.sentences)
            parts.append(f"<li>{ref} {_e(t.clause)} <span class='why'>相关：{_e('、'.join(t.reasons))}</span>"
                         f"{quotes}</li>")
        parts.append("</ol>")
    else:
        parts.append("<p>文件中未找到与该画像直接相关的条款。</p>")
    parts.append("<p><b>联系与报名</b></p><ul>" + "".join(f"<li>{_e(c)}</li>" for c in result.contacts) + "</ul>")
    if result.stated:
        parts.append("<p><b>文件写明的资金、时间、申报方式</b></p><ul>"
                     + "".join(f"<li>{_e(s)}</li>" for s in result.stated) + "</ul>")
    gaps = result.gaps or ["（资金、时间、参与方式文件均有规定）"]
    parts.append("<p><b>文件未写明</b></p><ul class='gaps'>" + "".join(f"<li>{_e(g)}</li>" for g in gaps) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


class ToolsApp:
    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._out_dir: Path | None = None

    @property
    def out_dir(self) -> Path:
        """Made on the first export and removed with the app or at exit: a page that never exports leaves nothing."""
        if self._out_dir is None:
            import shutil
            import weakref

            self._out_dir = Path(tempfile.mkdtemp(prefix="gongwen-export-"))
            weakref.finalize(self, shutil.rmtree, self._out_dir, ignore_errors=True)
        return self._out_dir

    def _folder(self) -> Path:
        """One folder a request (no two users share a file); folders older than an hour go."""
        import shutil
        import time

        for old in self.out_dir.iterdir():
            if old.stat().st_mtime < time.time() - 3600:
                shutil.rmtree(old, ignore_errors=True)
        return Path(tempfile.mkdtemp(dir=self.out_dir))

    def _report_files(self, report: Report, folder: Path, stem: str) -> tuple[str, str]:
        md = folder / f"{stem}.md"
        md.write_text(to_markdown(report), encoding="utf-8")
        return str(to_docx(report, folder / f"{stem}.docx")), str(md)

    def duties(self, actor: str, docs: list[str] | None) -> tuple[str, str | None, str | None, str | None, str | None]:
        """The table and the export files (CSV, XLSX, Word, Markdown) of what is shown."""
        try:
            rows = self.assistant.duties(actor=actor.strip() or None, doc_ids=docs or None)
        except ValueError as exc:
            return f"<div class='duty'><p>{_e(str(exc))}</p></div>", None, None, None, None
        folder = self._folder()
        csv_path = folder / "责任分工.csv"
        csv_path.write_text(duties_csv(rows), encoding="utf-8")
        xlsx_path = duties_xlsx(rows, folder / "责任分工.xlsx")
        docx_path, md_path = self._report_files(duties_report(rows, actor.strip() or None), folder, "责任分工")
        return duties_html(rows), str(csv_path), str(xlsx_path), docx_path, md_path

    def topic(self, query: str, group_by: str, role: str, issuer: str, year: str) -> tuple[Any, str, str | None, str | None]:
        import pandas as pd

        empty = pd.DataFrame({"分组": [], "提及次数": []})
        try:
            result = self.assistant.topic(query, "year" if group_by == "按年份" else "document",
                                          role=ROLE_CHOICES.get(role), issuer=issuer.strip() or None,
                                          year=year.strip() or None)
        except ValueError as exc:
            return empty, f"<div class='topic'><p>{_e(str(exc))}</p></div>", None, None
        frame = pd.DataFrame({"分组": [g.label if len(g.label) <= 16 else g.label[:15] + "…" for g in result.groups],
                              "提及次数": [g.mentions for g in result.groups]})
        docx_path, md_path = self._report_files(topic_report(result), self._folder(), "专题")
        import gradio as gr

        top = max((g.mentions for g in result.groups), default=1)
        return gr.BarPlot(value=frame, y_lim=[0, top * 1.1]), topic_html(result), docx_path, md_path  # bars from 0

    def answer_files(self, turns: list[Turn]) -> tuple[str | None, str | None, str]:
        last = next((t for t in reversed(turns or []) if t.answer is not None), None)
        if last is None or last.answer is None:
            return None, None, "还没有可导出的回答。"
        docx_path, md_path = self._report_files(answer_report(last.answer), self._folder(), "回答")
        return docx_path, md_path, "已生成，点击下载。"

    def match(self, sentence: str, segments: list[str], markets: list[str], region: str | None, size: str | None,
              interests: list[str]) -> str:
        profile = parse_profile(sentence or "")
        profile = FirmProfile(
            segments=_merge(profile.segments, segments), markets=_merge(profile.markets, markets),
            region=region if region and region != "不限" else profile.region,
            size=size if size and size != "不限" else profile.size,
            interests=_merge(profile.interests, interests), text=sentence or "")
        if profile.is_empty():
            return ("<div class='firm'><p>请勾选企业情况，或用一句话描述企业"
                    "（例如：我们是中西部的棉纺企业，想做数字化）。</p></div>")
        return match_html(self.assistant.relevant_to(profile))


ROLE_CHOICES = {"全部": None, "主题文件": "subject", "相关文件": "related", "背景资料": "background"}


def topic_html(result: TopicResult) -> str:
    unit = "份文件" if result.group_by == "document" else "个年份"
    parts = [f"<div class='topic'><p class='count'>“{_e(result.query)}”：{len(result.groups)}{unit}，"
             f"共提及 {result.mentions} 次</p>"]
    if not result.groups:
        parts.append("<p>文件库中没有提及该专题的条款。</p>")
    for g in result.groups:
        parts.append(f"<details><summary><b>{_e(g.label)}</b> · 提及 {g.mentions} 次 · {g.clauses} 个条款</summary>")
        if g.key_sentence is not None:
            k = g.key_sentence
            parts.append(f"<p class='key'>要点：{_e(k.quote)}<span class='src'>（《{_e(k.title)}》{_e(k.clause)}）</span></p>")
        parts += [f"<blockquote>{_e(q.quote)}<span class='src'>（《{_e(q.title)}》{_e(q.clause)}）</span></blockquote>"
                  for q in g.quotes]
        parts.append("</details>")
    parts.append("</div>")
    return "".join(parts)


def _merge(first: list[str], second: list[str] | None) -> list[str]:
    return list(dict.fromkeys([*first, *(second or [])]))


def add_tool_tabs(gr: Any, assistant: Assistant, doc_choices: list[tuple[str, str]]) -> None:
    """The two tabs, placed inside the caller's gr.Blocks."""
    app = ToolsApp(assistant)
    with gr.Tab("责任分工", id="duties-tab"):
        gr.Markdown("谁要做什么、向谁报送、何时完成：从文件条款中逐句提取，每条注明出处；文件未写明的报送对象和时限如实标注。")
        with gr.Row():
            actor = gr.Textbox(label="责任主体（可留空；例如：商务、省商务厅、中国纺织工业联合会）", elem_id="duty-actor",
                               scale=3, max_length=100)
            docs = gr.Dropdown(choices=doc_choices, multiselect=True, value=[], label="文件（不选 = 全部）",
                               elem_id="duty-docs", scale=3)
            show = gr.Button("查询", variant="primary", elem_id="duty-btn", scale=1)
        with gr.Row():
            csv_btn = gr.DownloadButton("导出 CSV", elem_id="duty-csv", size="sm")
            xlsx_btn = gr.DownloadButton("导出 XLSX", elem_id="duty-xlsx", size="sm")
            docx_btn = gr.DownloadButton("导出 Word", elem_id="duty-docx", size="sm")
            md_btn = gr.DownloadButton("导出 Markdown", elem_id="duty-md", size="sm")
        table = gr.HTML("<div class='duty'><p>点击“查询”查看责任分工。</p></div>", elem_id="duty-table")
        outputs = [table, csv_btn, xlsx_btn, docx_btn, md_btn]
        show.click(app.duties, [actor, docs], outputs, api_name="duties")
        actor.submit(app.duties, [actor, docs], outputs, api_visibility="private")
    with gr.Tab("企业对照", id="firm-tab"):
        gr.Markdown("勾选企业情况或用一句话描述，查看文件中与本企业相关的任务（按相关程度排序，逐句注明出处）、"
                    "联系人，以及文件没有写明的事项。")
        sentence = gr.Textbox(label="一句话描述（可选）", placeholder="我们是中西部的棉纺企业，想做数字化",
                              elem_id="firm-text", max_length=300)
        with gr.Row():
            segments = gr.CheckboxGroup(list(SEGMENTS), label="细分行业", elem_id="firm-segments")
            markets = gr.CheckboxGroup(list(MARKETS), label="市场", elem_id="firm-markets")
        with gr.Row():
            region = gr.Radio(["不限", *REGIONS], value="不限", label="地区", elem_id="firm-region")
            size = gr.Radio(["不限", *SIZES], value="不限", label="规模", elem_id="firm-size")
        interests = gr.CheckboxGroup(list(INTERESTS), label="关注方向", elem_id="firm-interests")
        go = gr.Button("对照", variant="primary", elem_id="firm-btn")
        result = gr.HTML(elem_id="firm-result")
        go.click(app.match, [sentence, segments, markets, region, size, interests], result, api_name="match")
    with gr.Tab("专题", id="topic-tab"):
        gr.Markdown("一个专题在哪些文件、哪些年份被提及：按文件或按年份统计提及次数，列出每组的要点句和原文出处。")
        with gr.Row():
            query = gr.Textbox(label="专题词语（多个词用空格分隔，须同时出现）", placeholder="纺织", elem_id="topic-query",
                               scale=3, max_length=100)
            group = gr.Radio(["按文件", "按年份"], value="按文件", label="分组", elem_id="topic-group", scale=2)
            role = gr.Dropdown(list(ROLE_CHOICES), value="全部", label="文件类别", elem_id="topic-role", scale=1)
        with gr.Row():
            issuer = gr.Textbox(label="发文机关包含（可选）", elem_id="topic-issuer", max_length=50)
            year = gr.Textbox(label="年份（可选，如 2023）", elem_id="topic-year", max_length=4)
            search = gr.Button("检索", variant="primary", elem_id="topic-btn")
        with gr.Row():
            t_docx = gr.DownloadButton("导出 Word", elem_id="topic-docx", size="sm")
            t_md = gr.DownloadButton("导出 Markdown", elem_id="topic-md", size="sm")
        chart = gr.BarPlot(x="分组", y="提及次数", title="提及次数", elem_id="topic-chart", sort=None)
        listing = gr.HTML(elem_id="topic-result")
        search.click(app.topic, [query, group, role, issuer, year], [chart, listing, t_docx, t_md], api_name="topic")
        query.submit(app.topic, [query, group, role, issuer, year], [chart, listing, t_docx, t_md],
                     api_visibility="private")


def add_answer_export(gr: Any, assistant: Assistant, turns: Any) -> None:
    """Word and Markdown downloads of the latest answer, inside the chat tab."""
    app = ToolsApp(assistant)
    with gr.Row():
        make = gr.Button("导出本次回答", size="sm", elem_id="answer-export")
        a_docx = gr.DownloadButton("下载 Word", elem_id="answer-docx", size="sm")
        a_md = gr.DownloadButton("下载 Markdown", elem_id="answer-md", size="sm")
    note = gr.Markdown(elem_id="answer-export-status")
    make.click(app.answer_files, [turns], [a_docx, a_md, note], api_visibility="private")

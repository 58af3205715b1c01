"""The web tabs 责任分工 and 企业对照: thin Gradio layers over `Assistant.duties` and
`Assistant.relevant_to`. Document text is shown as text (escaped), never as markup."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any

from .api import Assistant
from .export import duties_csv, duties_xlsx
from .firm import INTERESTS, MARKETS, REGIONS, SEGMENTS, SIZES, parse_profile
from .models import DutyRow, FirmMatch, FirmProfile

TOOLS_CSS = """
.duty table {width:100%;border-collapse:collapse;font-size:0.92em}
.duty th, .duty td {border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
.duty thead th {background:#f6f8fa;white-space:nowrap}
.duty tr.grp th {background:#e7f3ff;color:#0b5394}
.duty td.dl, .duty td.clause {white-space:nowrap}
.duty .none {color:#a50e0e}
.firm ol li {margin:0 0 10px}
.firm .why {color:#0b5394;font-size:0.9em}
.firm blockquote {margin:4px 0 4px 8px;padding-left:8px;border-left:3px solid #d0d7de;color:#333}
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
        self.out_dir = Path(tempfile.mkdtemp(prefix="gongwen-export-"))

    def duties(self, actor: str, docs: list[str] | None) -> tuple[str, str | None, str | None]:
        """The table and the two export files for what is shown."""
        try:
            rows = self.assistant.duties(actor=actor.strip() or None, doc_ids=docs or None)
        except ValueError as exc:
            return f"<div class='duty'><p>{_e(str(exc))}</p></div>", None, None
        folder = Path(tempfile.mkdtemp(dir=self.out_dir))  # one folder a request: no two users share a file
        csv_path = folder / "责任分工.csv"
        csv_path.write_text(duties_csv(rows), encoding="utf-8")
        xlsx_path = duties_xlsx(rows, folder / "责任分工.xlsx")
        return duties_html(rows), str(csv_path), str(xlsx_path)

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
        table = gr.HTML("<div class='duty'><p>点击“查询”查看责任分工。</p></div>", elem_id="duty-table")
        outputs = [table, csv_btn, xlsx_btn]
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

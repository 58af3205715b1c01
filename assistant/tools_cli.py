"""`python -m assistant duties` and `python -m assistant match`: the 责任分工 and 企业对照 tools
in the terminal. Output is plain text by default, one JSON object with --json, CSV with --csv."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .export import duties_csv, duties_report, topic_report, write_report
from .models import DutyRow, FirmMatch, TopicResult

if TYPE_CHECKING:
    from .api import Assistant


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    duties = sub.add_parser("duties", parents=[common], help="责任分工: who must do what, report to whom, by when")
    duties.add_argument("--actor", help="only this actor, as you name it: 商务, 省商务厅, 中国纺织工业联合会")
    duties.add_argument("--doc", action="append", help="only these documents (repeatable)")
    fmt = duties.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print exactly one JSON object")
    fmt.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM, opens in Excel)")
    duties.add_argument("--export", type=Path, metavar="FILE.docx|FILE.md", help="also write the list as Word or Markdown")
    match = sub.add_parser("match", parents=[common], help="企业对照: what in the documents concerns your firm")
    match.add_argument("profile", help='one sentence, e.g. "我们是中西部的棉纺企业，想做数字化"')
    match.add_argument("--doc", action="append", help="only these documents (repeatable)")
    match.add_argument("--json", action="store_true", help="print exactly one JSON object")
    topic = sub.add_parser("topic", parents=[common], help="专题检索: where the library addresses a topic")
    topic.add_argument("query", help='words of the topic, e.g. "纺织" or "扩大内需"')
    topic.add_argument("--group-by", choices=["document", "year"], default="document")
    topic.add_argument("--role", choices=["subject", "related", "background"], help="only documents of this role")
    topic.add_argument("--issuer", help="only documents whose 发文机关 contains this")
    topic.add_argument("--year", help="only documents of this year")
    topic.add_argument("--json", action="store_true", help="print exactly one JSON object")
    topic.add_argument("--chart", type=Path, metavar="FILE.svg|FILE.png",
                       help="write mentions per group as a bar chart (SVG, or PNG with a Chinese font installed)")
    topic.add_argument("--export", type=Path, metavar="FILE.docx|FILE.md", help="also write the result as Word or Markdown")


def run(assistant: Assistant, args: argparse.Namespace) -> int:
    if args.command == "topic":
        from .topic import bar_svg

        result = assistant.topic(args.query, args.group_by, role=args.role, issuer=args.issuer, year=args.year)
        if args.chart:
            suffix = args.chart.suffix.lower()
            if suffix not in (".svg", ".png"):
                raise ValueError(f"{args.chart}: 图表格式应为 .svg 或 .png（the chart is written as SVG or PNG）")
            if suffix == ".png":
                from .chart_png import bar_png

                bar_png(result, args.chart)
            else:
                args.chart.write_text(bar_svg(result), encoding="utf-8")
        if args.export:
            write_report(topic_report(result), args.export)
        print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else format_topic(result))
        return 0
    if args.command == "duties":
        rows = assistant.duties(actor=args.actor, doc_ids=args.doc)
        if args.export:
            write_report(duties_report(rows, args.actor), args.export)
        if args.json:
            print(json.dumps({"actor": args.actor, "count": len(rows), "rows": [r.to_json() for r in rows]},
                             ensure_ascii=False))
        elif args.csv:
            print(duties_csv(rows), end="")
        else:
            print(format_duties(rows, args.actor))
        return 0
    found = assistant.relevant_to(args.profile, doc_ids=args.doc)
    print(json.dumps(found.to_json(), ensure_ascii=False) if args.json else format_match(found))
    return 0


def format_duties(rows: list[DutyRow], actor: str | None) -> str:
    if not rows:
        return f"未找到{'“' + actor + '”的' if actor else ''}工作事项。"
    lines: list[str] = []
    current = None
    for row in rows:
        if (row.doc_id, row.applies_to) != current:
            current = (row.doc_id, row.applies_to)
            ref = f"《{row.title}》" + (f"（{row.doc_number}）" if row.doc_number else "")
            lines.append(f"\n【{row.applies_to}】 {ref}")
        report = f"  报送对象：{row.report_to}；时限：{row.deadline}" if row.is_report else ""
        deadline = f"  时限：{row.deadline}" if row.deadline and not row.is_report else ""
        lines.append(f"- {row.obligation}（{row.clause}）{report}{deadline}")
    lines.append(f"\n共 {len(rows)} 条。")
    return "\n".join(lines).lstrip()


def format_match(result: FirmMatch) -> str:
    lines = [f"企业画像：{result.profile.summary()}", ""]
    if not result.tasks:
        lines.append("文件中未找到与该画像直接相关的条款。")
    for i, task in enumerate(result.tasks, 1):
        lines.append(f"{i}. 《{task.title}》{task.clause}（相关：{'、'.join(task.reasons)}）")
        lines += [f"   “{s}”" for s in task.sentences]
    lines += ["", "联系与报名："] + [f"- {c}" for c in result.contacts]
    if result.stated:
        lines += ["", "文件写明的资金、时间、申报方式："] + [f"- {s}" for s in result.stated]
    lines += ["", "文件未写明："] + ([f"- {g}" for g in result.gaps] or ["- （以上事项文件均有规定）"])
    return "\n".join(lines)


def format_topic(result: TopicResult) -> str:
    unit = "份文件" if result.group_by == "document" else "个年份"
    lines = [f"专题“{result.query}”：{len(result.groups)}{unit}，共提及 {result.mentions} 次。"]
    for g in result.groups:
        lines.append(f"\n【{g.label}】提及 {g.mentions} 次，{g.clauses} 个条款")
        for q in g.quotes:
            lines.append(f"- “{q.quote}”（《{q.title}》{q.clause}）")
    return "\n".join(lines)

"""Evaluation of the 责任分工 / 企业对照 / 专题 tools and of `ask` on questions they answer.

    python -m evaluation.tools [--index-dir .eval-index-tools] [--out evaluation/results] [--show-misses]

The library: the seed notice and its related laws, both report corpora, the four generated
local notices of evaluation/heldout_v3/docs and the two generated documents of evaluation/tools/docs
(a 实施方案 with 责任单位 in parentheses, a 办法 with 第X条). Every item of
evaluation/tools/items.jsonl is run once after a warm-up; per kind it reports recall and precision
of the expected clauses, first-ranked correctness, the kind's own check and warm latency, and
writes evaluation/results/tools.json and tools.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .score import EXTRA_NAMES, Score, Scored, load_items, score_ask, score_duties, score_firm, score_topic, summarise

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ITEMS = HERE / "items.jsonl"
LIBRARY = [ROOT / "evaluation" / "heldout_v3" / "docs", HERE / "docs"]
# Documents the tools were developed on (the seed notice and the report corpora); the rest are new to them.
NEW_DOCS = ("gd-", "fj-", "hb-", "qd-", "bing-", "ding-")


def run_item(assistant: Any, item: dict[str, Any]) -> Scored:
    from assistant.models import FirmProfile

    kind = item["kind"]
    t0 = time.perf_counter()
    if kind == "duties":
        out: Any = assistant.duties(actor=item["actor"], doc_ids=item["docs"])
    elif kind == "firm":
        profile = item["profile"] if isinstance(item["profile"], str) else FirmProfile(**item["profile"])
        out = assistant.relevant_to(profile, doc_ids=item["docs"])
    elif kind == "topic":
        out = assistant.topic(item["query"], item["group_by"], role=item["role"], year=item["year"])
    else:
        out = assistant.ask(item["question"])
    latency = (time.perf_counter() - t0) * 1000
    scorers: dict[str, Callable[[dict[str, Any], Any], Score]] = {
        "duties": score_duties, "firm": score_firm, "topic": score_topic, "ask": score_ask}
    scorer = scorers[kind]
    recall, precision, first, extra, misses = scorer(item, out)
    about = item.get("docs") or ([item["doc"]] if item.get("doc") else list(item.get("expected") or {}))
    new = bool(about) and all(str(d).startswith(NEW_DOCS) for d in about)
    return Scored(item["id"], kind, recall, precision, first, extra, latency, new, misses)


def evaluate(index_dir: Path, items_path: Path = ITEMS, progress: bool = True) -> dict[str, Any]:
    from evaluation.run import build_index

    items = load_items(items_path)
    assistant, index_stats = build_index(index_dir, progress, add=LIBRARY)
    assistant.ask("预热")  # models and caches loaded: the latencies are warm
    assistant.duties()
    assistant.topic("预热")
    assistant.relevant_to("预热")
    scored = [run_item(assistant, item) for item in items]
    groups: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        groups[s.kind].append(s)
        groups[f"{s.kind} ({'new documents' if s.new_docs else 'seed and corpora'})"].append(s)
    return {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {_cores()} cores, Python {platform.python_version()}",
        "items": len(items), "index": index_stats,
        "per_kind": {k: summarise(v) for k, v in sorted(groups.items())},
        "overall": summarise(scored),
        "misses": {s.id: s.misses for s in scored if s.misses},
        "rows": [s.__dict__ for s in scored],
    }


def _cores() -> int:
    import os

    return os.cpu_count() or 0


def markdown(report: dict[str, Any]) -> str:
    def fmt(v: float) -> str:
        return "–" if v != v else f"{v:.3f}"  # NaN: nothing to score

    lines = [f"Tools evaluation: {report['items']} items — {report['date']} on {report['machine']}", "",
             "| kind | n | recall | precision | first-ranked | own check | all right | p50 ms | p95 ms |",
             "|---|---|---|---|---|---|---|---|---|"]
    for kind, s in [*report["per_kind"].items(), ("all", report["overall"])]:
        own = EXTRA_NAMES.get(kind.split(" ")[0], "")
        lines.append(f"| {kind} | {int(s['n'])} | {fmt(s['recall'])} | {fmt(s['precision'])} | {fmt(s['first'])} "
                     f"| {fmt(s['extra'])}{' ' + own if own and s['extra'] == s['extra'] else ''} | {fmt(s['perfect'])} "
                     f"| {s['p50_ms']:.1f} | {s['p95_ms']:.1f} |")
    lines += ["", "Own check: duties — report rows with the right recipient (or 文件未写明) and deadline; firm — the "
              "not-stated list and the stated money/deadline lines; topic — mentions within the expected range; "
              "ask — required words in the answer.", "", "Misses:", ""]
    lines += [f"- {k}: " + "; ".join(v) for k, v in report["misses"].items()] or ["- none"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from index.offline import go_offline

    go_offline()
    parser = argparse.ArgumentParser(prog="python -m evaluation.tools", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=ROOT / ".eval-index-tools")
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("--out", type=Path, default=ROOT / "evaluation" / "results")
    parser.add_argument("--name", default="tools", help="report file stem (default: tools)")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    report = evaluate(args.index_dir, args.items)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.name}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    text = markdown(report)
    (args.out / f"{args.name}.md").write_text(text, encoding="utf-8")
    print(text if args.show_misses else text.split("\nMisses:")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

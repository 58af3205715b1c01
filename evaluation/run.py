"""Run the evaluation set through the public `ask` and the two baselines; print and write the report.

    python -m evaluation.run [--index-dir DIR] [--out evaluation/results] [--no-baselines]

It builds (or reuses) an index of seeds/ plus evaluation/corpora/, asks every question (with its
conversation history) and reports retrieval (hit@1, hit@5, MRR, citation precision), answers
(key-fact recall), refusals (accuracy, false-refusal rate), latency and index build cost.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant import Assistant

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "evaluation" / "questions.jsonl"
CORPORA = ROOT / "evaluation" / "corpora"

# Floors from the answering issue; the pytest test fails below them.
FLOORS = {"hit@1": 0.90, "hit@5": 0.98, "key_fact_recall": 0.90, "refusal_accuracy": 0.95,
          "false_refusal_rate": 0.05}


@dataclass
class Item:
    id: str
    kind: str
    question: str
    history: list[str]
    answerable: bool
    doc: str | None
    evidence: list[str]
    key_facts: list[list[str]]
    clarify: bool = False  # the reference fits several documents: a good answer names them all


def load_questions(path: Path = QUESTIONS) -> list[Item]:
    return [Item(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(text: str) -> str:
    from index.textnorm import normalize

    return "".join(normalize(text).split())


# A table's row as the index gives it ("序号：3，活动名称：…，时间：2023年8月，地点：东台市"): its
# cells with their column names. Evidence copied from the printed table runs the cells together
# ("…推进会2023年8月东台市"); compared without the column names and the marks between cells, the
# same row is found. (Only the representation differs: the cells and their order are the same.)
_CELL_LABEL = re.compile(r"(?:^|(?<=[，,。；;\n]))[\u4e00-\u9fff]{2,8}[：:]")
_MARKS = re.compile(r"[，。；、：:,;\s]")


def _cells(text: str) -> str:
    return _MARKS.sub("", _CELL_LABEL.sub("", _norm(text)))


def contains_evidence(item: Item, doc_id: str, text: str) -> bool:
    if item.doc and doc_id != item.doc:
        return False
    norm = _norm(text)
    if any(_norm(e) in norm for e in item.evidence):
        return True
    if "序号" not in norm:
        return False
    cells = _cells(text)
    return any(len(wanted) >= 8 and wanted in cells for wanted in map(_cells, item.evidence))


def fact_recall(item: Item, answer: str) -> float:
    if not item.key_facts:
        return 1.0
    norm = _norm(answer)
    return sum(any(_norm(alt) in norm for alt in facts) for facts in item.key_facts) / len(item.key_facts)


@dataclass
class Row:
    item: Item
    refused: bool
    ranks: list[bool]  # per citation: does it contain evidence (in order)
    facts: float
    latency_ms: float
    answer: str = ""
    citations: list[str] = field(default_factory=list)
    cited_docs: list[str] = field(default_factory=list)


BACKGROUND_PREFIXES = tuple(p.stem + "#" for p in sorted(CORPORA.glob("*.jsonl")))


def is_background(doc_id: str) -> bool:
    return doc_id.startswith(BACKGROUND_PREFIXES)


def summarise(rows: list[Row]) -> dict[str, float]:
    clarify = [r for r in rows if r.item.clarify]
    answerable = [r for r in rows if r.item.answerable and not r.item.clarify]
    unanswerable = [r for r in rows if not r.item.answerable]
    out: dict[str, float] = {"n": len(rows)}
    if clarify:
        # Every candidate named, and no answer picked silently.
        out["clarify_rate"] = sum(r.facts == 1.0 for r in clarify) / len(clarify)
    about_subject = [r for r in rows if not r.item.clarify and not (r.item.doc and is_background(r.item.doc))]
    if about_subject:
        # A question about the campaign (or an unanswerable one) answered from a background report.
        out["background_leak"] = sum(not r.refused and bool(r.cited_docs) and is_background(r.cited_docs[0])
                                     for r in about_subject) / len(about_subject)
    if answerable:
        out["hit@1"] = sum(bool(r.ranks[:1]) and r.ranks[0] for r in answerable) / len(answerable)
        out["hit@5"] = sum(any(r.ranks[:5]) for r in answerable) / len(answerable)
        out["mrr"] = sum(next((1 / (i + 1) for i, ok in enumerate(r.ranks) if ok), 0.0) for r in answerable) / len(answerable)
        cited = [ok for r in answerable if not r.refused for ok in r.ranks]
        out["citation_precision"] = sum(cited) / len(cited) if cited else 0.0
        out["key_fact_recall"] = statistics.mean(r.facts for r in answerable)
        out["false_refusal_rate"] = sum(r.refused for r in answerable) / len(answerable)
    if unanswerable:
        out["refusal_accuracy"] = sum(r.refused for r in unanswerable) / len(unanswerable)
    lat = sorted(r.latency_ms for r in rows)
    if lat:
        out["p50_ms"] = lat[len(lat) // 2]
        out["p95_ms"] = lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))]
    return out


def library_for(questions: Path) -> Path | None:
    """A question set may come with documents of its own, added to the library: docs/ beside a
    set in its own folder (local notices that make references ambiguous), or <set>_docs/ beside
    it (laws_tuning_docs/: an earlier version of a bundled law). A manifest.json there gives roles."""
    if questions == QUESTIONS:
        return None
    for docs in (questions.with_name(f"{questions.stem}_docs"), questions.parent / "docs"):
        if docs.is_dir():
            return docs
    return None


def build_index(index_dir: Path, progress: bool = True, extra: Path | None = None,
                add: Sequence[Path] = ()) -> tuple[Assistant, dict[str, float]]:
    from assistant import Assistant, Settings
    from index.kb import IndexMismatchError, KnowledgeBase
    from index.seeds import add_with_roles

    settings = Settings.from_env(index_dir=index_dir)  # GONGWEN_* variables apply, as in the CLI
    try:
        kb = KnowledgeBase(settings.index)
    except IndexMismatchError:
        import shutil

        shutil.rmtree(index_dir)  # built by other code or settings: start again
        kb = KnowledgeBase(settings.index)
    t0 = time.perf_counter()
    report = add_with_roles(kb, [settings.seeds_dir], progress=progress)  # the notice and the related laws
    more = kb.add([CORPORA], progress=progress)
    report.failed += more.failed
    for more_paths in ([extra] if extra is not None else []) + [Path(p) for p in add]:
        more = add_with_roles(kb, [more_paths], progress=progress)
        report.failed += more.failed
    build_s = time.perf_counter() - t0
    # (a record the library already holds, such as a bundled law inside the law corpus, is skipped)
    report.failed = [e for e in report.failed if getattr(e, "code", "") != "duplicate"]
    # A file the library cannot read is reported, and the evaluation goes on without it: its
    # questions count as failures (a held-out set's file, unreadable by the code measured, is a
    # result too, not a reason to have no numbers).
    for error in report.failed:
        print(f"warning: not indexed: {error}", file=sys.stderr)
    stats = {"build_s": build_s, "chunks": float(len(kb.chunks)), "documents": float(len(kb.docs)),
             "embedded_chunks": float(report.embedded_chunks), "unreadable": float(len(report.failed))}
    return Assistant(settings, kb=kb), stats


def run_system(assistant, items: list[Item]) -> list[Row]:  # type: ignore[no-untyped-def]
    from assistant import Turn

    rows = []
    for item in items:
        turns: list[Turn] = []
        for previous in item.history:
            turns.append(Turn(previous, assistant.ask(previous, history=turns)))
        t0 = time.perf_counter()
        answer = assistant.ask(item.question, history=turns)
        latency = (time.perf_counter() - t0) * 1000
        ranks = [contains_evidence(item, c.doc_id, c.quote) for c in answer.citations]
        rows.append(Row(item, answer.refused, ranks, fact_recall(item, answer.text) if item.answerable else 0.0,
                        latency, answer.text, [f"{c.doc_id} {c.section}" for c in answer.citations],
                        [c.doc_id for c in answer.citations]))
    return rows


def run_baseline(baseline, items: list[Item]) -> list[Row]:  # type: ignore[no-untyped-def]
    rows = []
    for item in items:
        question = " ".join([*item.history, item.question])
        t0 = time.perf_counter()
        hits = baseline.search(question, 5)
        latency = (time.perf_counter() - t0) * 1000
        ranks = [contains_evidence(item, h.doc_id, h.text) for h in hits]
        answer = hits[0].text if hits else ""
        rows.append(Row(item, False, ranks, fact_recall(item, answer) if item.answerable else 0.0, latency, answer))
    return rows


def by_kind(rows: list[Row]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[r.item.kind].append(r)
    return {k: summarise(v) for k, v in sorted(groups.items())}


COLUMNS = ["n", "hit@1", "hit@5", "mrr", "citation_precision", "key_fact_recall", "refusal_accuracy",
           "false_refusal_rate", "clarify_rate", "background_leak", "p50_ms", "p95_ms"]


def _fmt(value: float | None, key: str) -> str:
    if value is None:
        return "–"
    if key == "n":
        return str(int(value))
    if key.endswith("_ms"):
        return f"{value:.1f}"
    return f"{value:.3f}"


def markdown(report: dict) -> str:
    lines = [f"Evaluation of {report['questions']} questions — {report['date']} on {report['machine']}", ""]
    lines.append("| system | " + " | ".join(COLUMNS) + " |")
    lines.append("|---" * (len(COLUMNS) + 1) + "|")
    for name, summary in report["overall"].items():
        lines.append(f"| {name} | " + " | ".join(_fmt(summary.get(c), c) for c in COLUMNS) + " |")
    lines += ["", "Ratios (ours / baseline): " + ", ".join(
        f"{b} hit@1 ×{r['hit@1']:.2f}, hit@5 ×{r['hit@5']:.2f}, MRR ×{r['mrr']:.2f}" for b, r in report["ratios"].items())]
    lines += ["", "Per kind (ours):", "", "| kind | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for kind, summary in report["per_kind"].items():
        lines.append(f"| {kind} | " + " | ".join(_fmt(summary.get(c), c) for c in COLUMNS) + " |")
    idx = report["index"]
    lines += ["", f"Index: {int(idx['documents'])} documents, {int(idx['chunks'])} chunks, built in {idx['build_s']:.1f} s; "
              f"peak memory of the run {report['peak_rss_mb']:.0f} MB."]
    if idx.get("unreadable"):
        lines += ["", f"**{int(idx['unreadable'])} file(s) could not be indexed**; their questions count as failures."]
    return "\n".join(lines) + "\n"


def added_name(add: Sequence[Path]) -> str:
    """What names an evaluation with more documents: its index folder and report files."""
    return "plus-" + "-".join(Path(p).resolve().stem for p in add)


def evaluate(index_dir: Path, baselines: bool = True, progress: bool = True,
             questions: Path = QUESTIONS, add: Sequence[Path] = ()) -> tuple[dict, list[Row]]:
    items = load_questions(questions)
    extra = library_for(questions)
    if extra is not None:
        index_dir = index_dir.with_name(f"{index_dir.name}-{extra.name if extra.name != 'docs' else questions.parent.name}")
    if add:  # never mix the added documents into the index the plain evaluation reuses
        index_dir = index_dir.with_name(f"{index_dir.name}-{added_name(add)}")
    assistant, index_stats = build_index(index_dir, progress, extra, add)
    assistant.ask("预热")  # load models and caches: we report warm latency
    rows = run_system(assistant, items)
    overall = {"ours": summarise(rows)}
    ratios = {}
    if baselines:
        from .baselines import DenseRecursive, FixedBM25

        for baseline in (FixedBM25(assistant.kb), DenseRecursive(assistant.kb, assistant.kb.embedder)):
            summary = summarise(run_baseline(baseline, items))
            overall[baseline.name] = summary
            ratios[baseline.name] = {k: (overall["ours"][k] / summary[k] if summary.get(k) else float("inf"))
                                     for k in ("hit@1", "hit@5", "mrr")}
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {_cores()} cores, Python {platform.python_version()}",
        "questions": len(items), "overall": overall, "ratios": ratios, "per_kind": by_kind(rows),
        "index": index_stats, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "failures": [{"id": r.item.id, "kind": r.item.kind, "question": r.item.question, "refused": r.refused,
                      "ranks": r.ranks[:5], "facts": r.facts, "citations": r.citations[:3], "answer": r.answer[:300]}
                     for r in rows if (r.item.answerable and (r.refused or not any(r.ranks[:1]) or r.facts < 1))
                     or (not r.item.answerable and not r.refused)],
    }
    return report, rows


def _cores() -> int:
    import os

    return os.cpu_count() or 0


def main(argv: list[str] | None = None) -> int:
    from index.offline import go_offline

    go_offline()  # an entry point: before anything imports Hugging Face or Chroma
    parser = argparse.ArgumentParser(prog="python -m evaluation.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=ROOT / ".eval-index",
                        help="where to build the evaluation index (reused when unchanged)")
    parser.add_argument("--out", type=Path, default=ROOT / "evaluation" / "results",
                        help="folder for latest.md and latest.json")
    parser.add_argument("--no-baselines", action="store_true", help="skip the two baselines")
    parser.add_argument("--show-failures", action="store_true", help="print every question that missed")
    parser.add_argument("--questions", type=Path, default=QUESTIONS,
                        help="question set (default: evaluation/questions.jsonl; evaluation/heldout.jsonl was "
                             "written after tuning and is never tuned on; evaluation/laws_tuning.jsonl: questions "
                             "about the related laws, with an earlier version of one law added)")
    parser.add_argument("--add", type=Path, action="append", default=[], metavar="PATH",
                        help="also index these files or folders (repeatable), e.g. ../shared/corpora/laws: do "
                             "the answers stay as good in a larger library? Uses its own index folder and "
                             "report name (latest-plus-<name>); use with --no-baselines for large libraries")
    args = parser.parse_args(argv)
    report, _rows = evaluate(args.index_dir, baselines=not args.no_baselines, questions=args.questions,
                             add=args.add)
    args.out.mkdir(parents=True, exist_ok=True)
    name = args.questions.parent.name if args.questions.stem == "questions" else args.questions.stem
    stem = "latest" if args.questions == QUESTIONS else f"latest-{name}"
    if args.add:
        stem += f"-{added_name(args.add)}"
    (args.out / f"{stem}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    text = markdown(report)
    (args.out / f"{stem}.md").write_text(text, encoding="utf-8")
    print(text)
    if args.show_failures:
        for f in report["failures"]:
            print(json.dumps(f, ensure_ascii=False))
    below = {k: v for k, v in FLOORS.items() if (report["overall"]["ours"].get(k, 0) < v if k != "false_refusal_rate"
                                                 else report["overall"]["ours"].get(k, 1) > v)}
    if below:
        print("below the floors: " + ", ".join(f"{k} (floor {v})" for k, v in below.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Scoring of the tools evaluation (evaluation/tools/items.jsonl): one function per kind, each
comparing what a tool returned with the expectations written by hand from the documents.

Every score is a fraction in [0, 1]; a kind's summary is the mean over its items. An item with
nothing expected (an actor the document gives no duty) has recall 1 and precision 1 only when
the tool returns nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.models import NOT_STATED

# recall, precision, first-ranked (None: not set), the kind's own check (None: none), misses
Score = tuple[float, float, float | None, float | None, list[str]]


@dataclass
class Scored:
    """One item's scores; `extra` is the kind's own check (reports, gaps, counts, answer text)."""

    id: str
    kind: str
    recall: float
    precision: float
    first: float | None  # None: the item sets no first-ranked expectation
    extra: float | None
    latency_ms: float
    new_docs: bool  # about documents the tools were not developed on
    misses: list[str] = field(default_factory=list)


def load_items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _says(row_text: str, keyword: str) -> bool:
    return keyword in row_text


def score_duties(item: dict[str, Any], rows: list[Any]) -> Score:
    """Rows are compared by sentence: one duty sentence may give several rows (one per actor)."""
    expected, optional = item["expected"], item["optional"]
    sentences = list(dict.fromkeys(f"{r.quote}\u0000{r.obligation}" for r in rows))
    found = [k for k in expected if any(_says(s, k) for s in sentences)]
    misses = [f"missing: {k}" for k in expected if k not in found]
    relevant = [s for s in sentences if any(_says(s, k) for k in expected)]
    neutral = [s for s in sentences if s not in relevant and any(_says(s, k) for k in optional)]
    wrong = [s for s in sentences if s not in relevant and s not in neutral]
    misses += [f"extra: {s.split(chr(0))[0][:40]}" for s in wrong]
    recall = len(found) / len(expected) if expected else float(not sentences)
    counted = len(relevant) + len(wrong)
    precision = len(relevant) / counted if counted else 1.0
    first = None
    if expected and sentences:
        first = float(any(_says(sentences[0], k) for k in expected + optional))
    elif expected:
        first = 0.0
    checks = []
    for report in item["reports"]:
        row = next((r for r in rows if r.is_report and report["says"] in r.quote), None)
        ok = row is not None and _recipient_ok(report["report_to"], row.report_to) and report["deadline"] in (row.deadline or "")
        checks.append(ok)
        if not ok:
            got = f"{row.report_to} / {row.deadline}" if row else "no report row"
            misses.append(f"report {report['says']}: expected {report['report_to']} / {report['deadline']}, got {got}")
    extra = sum(checks) / len(checks) if checks else None
    return recall, precision, first, extra, misses


def _recipient_ok(expected: str | list[str], got: str) -> bool:
    if isinstance(expected, str):
        expected = [expected]
    return any(got.startswith(NOT_STATED) if e == NOT_STATED else e in got for e in expected)


def _clause_in(clause: str, refs: list[str]) -> bool:
    """"二（一）" names the clause and its numbered items ("二（一）1"); "第六条" also the article
    as cited with its chapter ("第三章第六条")."""
    return any(clause.startswith(r) or (r.startswith("第") and f"章{r}" in clause) for r in refs)


def score_firm(item: dict[str, Any], match: Any, k: int = 5) -> Score:
    clauses = [t.clause for t in match.tasks if t.doc_id in item["docs"]]
    expected = item["expected"]
    top = clauses[:k]
    found = [e for e in expected if any(_clause_in(c, [e]) for c in top)]
    misses = [f"not in top {k}: {e} (got {top})" for e in expected if e not in found]
    head = clauses[:len(expected)]
    ok = expected + item["also"]
    precision = sum(_clause_in(c, ok) for c in head) / len(head) if head else 0.0
    first = float(bool(clauses) and _clause_in(clauses[0], item["first"]))
    gaps, stated = "\n".join(match.gaps), "\n".join(match.stated)
    checks = [(w in gaps, f"gap not listed: {w}") for w in item["gaps"]]
    checks += [(w not in gaps, f"gap listed though stated: {w}") for w in item["no_gaps"]]
    checks += [(w in stated, f"not among stated: {w}") for w in item["stated"]]
    misses += [why for ok_, why in checks if not ok_]
    extra = sum(ok_ for ok_, _ in checks) / len(checks) if checks else None
    return len(found) / len(expected), precision, first, extra, misses


def score_topic(item: dict[str, Any], result: Any) -> Score:
    groups = {g.key: g for g in result.groups}
    expected: dict[str, list[int]] = item["expected"]
    found = [k for k in expected if k in groups]
    misses = [f"missing group: {k}" for k in expected if k not in groups]
    # Year views also hold "年份不详" (records without a year): not part of a year's expectations.
    keys = [k for k in groups if item["group_by"] == "document" or k.isdigit()]
    wrong = [k for k in keys if k not in expected]
    misses += [f"extra group: {k} ({groups[k].mentions})" for k in wrong]
    precision = (len(keys) - len(wrong)) / len(keys) if keys and item["complete"] else (1.0 if item["complete"] else 0.0)
    counts = []
    for key, (lo, hi) in expected.items():
        ok = key in groups and lo <= groups[key].mentions <= hi
        counts.append(ok)
        if key in groups and not ok:
            misses.append(f"count {key}: expected {lo}-{hi}, got {groups[key].mentions}")
    first = None
    if item["first"]:
        first = float(bool(result.groups) and result.groups[0].key in item["first"])
    return len(found) / len(expected), precision, first, sum(counts) / len(counts), misses


def score_ask(item: dict[str, Any], answer: Any) -> Score:
    def supports(c: Any) -> bool:
        return (item["doc"] is None or c.doc_id == item["doc"]) and any(e in c.quote for e in item["evidence"])

    cites = answer.citations
    found = [e for e in item["evidence"] if any(e in c.quote and (item["doc"] is None or c.doc_id == item["doc"])
                                                for c in cites)]
    misses = [f"not cited: {e}" for e in item["evidence"] if e not in found]
    if answer.refused:
        misses.append("refused")
    precision = sum(supports(c) for c in cites) / len(cites) if cites else 0.0
    first = float(bool(cites) and supports(cites[0]))
    has = [w in answer.text for w in item["answer_has"]]
    misses += [f"answer lacks: {w}" for w, ok in zip(item["answer_has"], has, strict=True) if not ok]
    extra = sum(has) / len(has) if has else None
    return len(found) / len(item["evidence"]), precision, first, extra, misses


EXTRA_NAMES = {"duties": "report_ok", "firm": "gaps_ok", "topic": "count_ok", "ask": "answer_ok"}


def summarise(scored: list[Scored]) -> dict[str, float]:
    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else float("nan")

    lat = sorted(s.latency_ms for s in scored)
    firsts = [s.first for s in scored if s.first is not None]
    extras = [s.extra for s in scored if s.extra is not None]
    return {"n": float(len(scored)), "recall": mean([s.recall for s in scored]),
            "precision": mean([s.precision for s in scored]), "first": mean(firsts), "first_n": float(len(firsts)),
            "extra": mean(extras), "extra_n": float(len(extras)), "perfect": mean([float(not s.misses) for s in scored]),
            "p50_ms": lat[len(lat) // 2] if lat else float("nan"),
            "p95_ms": lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))] if lat else float("nan")}

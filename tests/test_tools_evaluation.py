"""The tools evaluation set (evaluation/tools/items.jsonl) is well formed and its scoring can fail.
The set itself is run by `python -m evaluation.tools` (numbers in the README), not here."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ROOT

from evaluation.tools.__main__ import ITEMS, LIBRARY
from evaluation.tools.score import load_items, score_ask, score_duties, score_firm, score_topic, summarise
from index.loaders import load

SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """Each document's text by doc id (the file name without extension), as the loaders read it."""
    out: dict[str, str] = {}
    for folder in [SEEDS, SEEDS / "related_laws", *LIBRARY]:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".md", ".docx", ".html") and path.stem.lower() != "readme":
                out[path.stem] = "".join(raw.text for raw in load(path))
    for corpus in sorted((ROOT / "evaluation" / "corpora").glob("*.jsonl")):
        for i, line in enumerate(corpus.read_text(encoding="utf-8").splitlines(), 1):
            out[f"{corpus.stem}#{i:03d}"] = json.loads(line)["content"]
    return out


def _flat(text: str) -> str:
    return "".join(text.split())


def test_every_kind_is_there() -> None:
    items = load_items(ITEMS)
    kinds = {i["kind"] for i in items}
    assert kinds == {"duties", "firm", "topic", "ask"}
    assert all(sum(i["kind"] == k for i in items) >= 10 for k in kinds)
    assert len({i["id"] for i in items}) == len(items)


def test_expectations_are_the_documents_own_words(texts: dict[str, str]) -> None:
    """Hand-written keywords must be verbatim in the documents they are about (a typo would
    make an item unpassable); topic groups must name real documents."""
    problems = []
    for item in load_items(ITEMS):
        if item["kind"] == "duties":
            body = _flat("".join(texts[d] for d in item["docs"]))
            words = item["expected"] + item["optional"] + [r["says"] for r in item["reports"]]
            problems += [f"{item['id']}: {w}" for w in words if _flat(w) not in body]
        elif item["kind"] == "ask":
            body = _flat(texts[item["doc"]])
            problems += [f"{item['id']}: {w}" for w in item["evidence"] if _flat(w) not in body]
        elif item["kind"] == "topic" and item["group_by"] == "document":
            problems += [f"{item['id']}: {d}" for d in item["expected"] if d not in texts]
        elif item["kind"] == "firm":
            problems += [f"{item['id']}: {d}" for d in item["docs"] if d not in texts]
    assert not problems


def _row(quote: str, report: bool = False, to: str = "", deadline: str = "") -> SimpleNamespace:
    return SimpleNamespace(quote=quote, obligation=quote, is_report=report, report_to=to, deadline=deadline)


def test_duty_scoring_can_fail() -> None:
    item = {"expected": ["甲事", "乙事"], "optional": ["丙事"],
            "reports": [{"says": "乙事", "report_to": ["省厅"], "deadline": "6月30日前"}]}
    perfect = [_row("做好甲事"), _row("报送乙事", True, "省厅", "6月30日前")]
    assert score_duties(item, perfect)[:4] == (1.0, 1.0, 1.0, 1.0)
    recall, precision, first, report_ok, misses = score_duties(item, [_row("无关事项"), _row("报送乙事", True, "文件未写明")])
    assert (recall, precision, first, report_ok) == (0.5, 0.5, 0.0, 0.0) and misses
    assert score_duties({"expected": [], "optional": [], "reports": []}, [_row("多余")])[:2] == (0.0, 0.0)


def test_firm_topic_and_ask_scoring_can_fail() -> None:
    firm = {"docs": ["d"], "expected": ["二（一）"], "first": ["二（一）"], "also": [], "gaps": ["资金"], "no_gaps": [],
            "stated": []}
    task = SimpleNamespace(doc_id="d", clause="二（三）")
    assert score_firm(firm, SimpleNamespace(tasks=[task], gaps=[], stated=[]))[:4] == (0.0, 0.0, 0.0, 0.0)
    assert score_firm(firm, SimpleNamespace(tasks=[SimpleNamespace(doc_id="d", clause="二（一）1")], gaps=["资金：未写明"],
                                            stated=[]))[:4] == (1.0, 1.0, 1.0, 1.0)
    topic = {"expected": {"a": [2, 2]}, "group_by": "document", "complete": True, "first": ["a"]}
    groups = [SimpleNamespace(key="b", mentions=5), SimpleNamespace(key="a", mentions=3)]
    assert score_topic(topic, SimpleNamespace(groups=groups))[:4] == (1.0, 0.5, 0.0, 0.0)
    ask = {"doc": "d", "evidence": ["要点"], "answer_has": ["文件未写明"]}
    wrong_doc = SimpleNamespace(doc_id="x", quote="要点")
    assert score_ask(ask, SimpleNamespace(citations=[wrong_doc], text="", refused=False))[:4] == (0.0, 0.0, 0.0, 0.0)
    summary = summarise([])
    assert summary["n"] == 0


def test_the_runner_names_its_library() -> None:
    assert all(Path(p).is_dir() for p in LIBRARY)
    assert any(p.suffix == ".txt" for p in LIBRARY[1].iterdir())


def test_an_article_is_found_under_its_chapter() -> None:
    firm = {"docs": ["d"], "expected": ["第六条"], "first": ["第六条"], "also": [], "gaps": [], "no_gaps": [], "stated": []}
    cited = [SimpleNamespace(doc_id="d", clause="第三章第六条")]
    assert score_firm(firm, SimpleNamespace(tasks=cited, gaps=[], stated=[]))[:3] == (1.0, 1.0, 1.0)
    other = [SimpleNamespace(doc_id="d", clause="第三章第十六条")]
    assert score_firm(firm, SimpleNamespace(tasks=other, gaps=[], stated=[]))[:3] == (0.0, 0.0, 0.0)

"""The evaluation set through the public `ask`, with the notice among both corpora: quality must
stay above the floors of the answering issue (this asserts quality, never time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.run import FLOORS, contains_evidence, fact_recall, load_questions


def test_questions_are_well_formed() -> None:
    items = load_questions()
    assert len(items) >= 100
    kinds = {i.kind for i in items}
    assert {"metadata", "list", "requirement", "enterprise", "paraphrase", "english", "traditional", "typo",
            "multiturn", "unanswerable", "corpus"} <= kinds
    assert sum(not i.answerable for i in items) / len(items) >= 0.15
    assert len({i.doc for i in items if i.answerable}) >= 3, "the notice and at least two corpus documents"
    for item in items:
        assert not item.answerable or (item.evidence and item.key_facts and item.doc), item.id


def test_the_law_tuning_set_is_well_formed() -> None:
    from evaluation.run import ROOT, library_for

    path = ROOT / "evaluation" / "laws_tuning.jsonl"
    items = load_questions(path)
    assert len(items) >= 15 and {i.kind for i in items} == {"law"}
    assert any(not i.answerable for i in items) and any(i.history for i in items)
    for item in items:
        assert not item.answerable or (item.evidence and item.key_facts and item.doc), item.id
    assert library_for(path) == ROOT / "evaluation" / "laws_tuning_docs", "the earlier law version joins the library"


def test_scoring_helpers_can_fail() -> None:
    item = load_questions()[0]
    assert contains_evidence(item, item.doc or "", "… " + item.evidence[0] + " …")
    assert not contains_evidence(item, "another-doc", item.evidence[0])
    assert fact_recall(item, "no facts here") == 0.0


@pytest.mark.slow
def test_quality_stays_above_the_floors(tmp_path: Path) -> None:
    from evaluation.run import evaluate

    report, _rows = evaluate(tmp_path / "eval-index", baselines=False, progress=False)
    ours = report["overall"]["ours"]
    failures = [f"{f['id']} {f['question']}" for f in report["failures"]]
    assert ours["hit@1"] >= FLOORS["hit@1"], failures
    assert ours["hit@5"] >= FLOORS["hit@5"], failures
    assert ours["key_fact_recall"] >= FLOORS["key_fact_recall"], failures
    assert ours["refusal_accuracy"] >= FLOORS["refusal_accuracy"], failures
    assert ours["false_refusal_rate"] <= FLOORS["false_refusal_rate"], failures
    # The notice, its 12 related laws and 88 report records; the READMEs of the folders are not documents.
    assert report["index"]["documents"] == 101


def test_evidence_from_a_printed_table_matches_the_labelled_row() -> None:
    from evaluation.run import Item

    item = Item(id="t", kind="local", question="", history=[], answerable=True, doc="d",
                evidence=["推介会2023年9月射阳县市茧丝绸行业协会"], key_facts=[])
    row = "序号：4，活动名称：丝绸产品展示推介会，时间：2023年9月，地点：射阳县，承办单位：市茧丝绸行业协会。"
    assert contains_evidence(item, "d", row)
    # (another row's cells are no match; nor a prose clause with the words apart)
    assert not contains_evidence(item, "d", row.replace("射阳县", "东台市"))
    assert not contains_evidence(item, "d", "2023年9月在射阳县举办推介会，由市茧丝绸行业协会承办。")


def test_a_file_that_could_not_be_indexed_is_reported_not_fatal() -> None:
    from evaluation.run import markdown

    report = {"questions": 1, "date": "2026-11-29", "machine": "test", "overall": {}, "ratios": {}, "per_kind": {},
              "index": {"documents": 3.0, "chunks": 9.0, "build_s": 1.0, "unreadable": 1.0}, "peak_rss_mb": 100.0}
    assert "1 file(s) could not be indexed" in markdown(report)
    report["index"]["unreadable"] = 0.0
    assert "could not be indexed" not in markdown(report)

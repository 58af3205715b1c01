"""Reports named as people say them ("十五届全国人大二次会议的决议", "中共三大报告"); two things asked
at once ("推进会和发布会分别在哪开"); a thing a yes-or-no question asks about that the clause never
names ("有没有走秀"); a value the clause says is still to come ("具体时间另行通知"); what a document
does not say of itself (its validity, the cities it names, a choice of platforms); and a talk on the
campaign notice, which a law sharing one word does not take over. The reports and the local notice
are generated (fictional sessions, figures, places and dates) and added to the seed library."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ask_turns, library_of
from docgen import make_docx

RESOLUTION = ["第十五届全国人民代表大会第二次会议关于政府工作报告的决议",
              "第十五届全国人民代表大会第二次会议听取和审议了国务院总理所作的政府工作报告。会议同意报告提出的总体要求，决定批准这个报告。",
              "会议号召，全国各族人民团结奋斗，扩大国内需求，稳住外贸外资基本盘，高质量完成“十六五”规划目标任务。"]
REPORT = ["2032年国务院政府工作报告", "——2032年3月5日在第十五届全国人民代表大会第二次会议上",
          "一、过去一年的工作", "全年城镇新增就业一千二百万人。", "二、今年的工作任务", "要大力发展数字贸易。"]
CONGRESS = ["在中国共产党第三次全国代表大会上的报告", "我代表中央委员会向大会报告工作。",
            "全党现有党员五百一十人，其中工人二百零五人。", "党的经费主要来自党员缴纳的党费。"]
LOCAL = ["江陵市工业和信息化局 江陵市商务局关于开展2031年纺织服装优供给促升级活动的通知", "江工信消费〔2031〕5号",
         "各县（市、区）工业和信息化局、商务局：", "为做好2031年纺织服装优供给促升级工作，现将有关事项通知如下。",
         "一、重点活动", "（一）智能制造推进会。2031年7月15日在青石镇召开纺织行业智能制造推进会，推广智能验布等应用场景。",
         "（二）秋季新品发布会。9月在临江区举办“江陵衣尚”秋季新品发布会，组织本地品牌集中发布新品。",
         "（三）汉服文化节。10月在古城景区举办汉服文化节，推动汉服与现代时尚融合。",
         "（四）刺绣研修班。时间：2031年7月上旬（具体时间另行通知）。内容：邀请刺绣传承人授课，每家企业限报2人。",
         "（五）直播推广季。11月开展“江陵好衣”直播推广季活动，培育直播团队20个。",
         "联系人：王立新，电话：0716-8123456", "江陵市工业和信息化局", "2031年4月10日"]

LOCAL2 = ["东州市临川区人民政府办公室关于印发临川区2031年纺织服装优供给促升级活动实施方案的通知", "临府办发〔2031〕12号",
          "各镇人民政府、街道办事处，区直有关单位：",
          "《临川区2031年纺织服装优供给促升级活动实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。",
          "临川区2031年纺织服装优供给促升级活动实施方案",
          "为贯彻落实国家和省关于纺织服装优供给促升级的工作部署，经区政府同意，制定本方案。",
          "一、重点活动", "（一）智能制造推进会。2031年10月在河口镇召开针织行业智能制造推进会。",
          "（二）品牌推广。组织本地针织品牌参加省级展会不少于3场。",
          "东州市临川区人民政府办公室", "2031年3月20日"]


@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("sessions")
    (root / "reports").mkdir()
    (root / "local").mkdir()
    for name, lines in (("resolution", RESOLUTION), ("report-2032", REPORT), ("congress-3", CONGRESS)):
        (root / "reports" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    make_docx(root / "local" / "jiangling-2031.docx", LOCAL)
    make_docx(root / "local" / "linchuan-2031.docx", LOCAL2)
    return library_of(seed_index, root, related=root / "local", background=root / "reports")


def test_a_congress_session_names_its_resolution_and_its_report(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("十五届全国人大二次会议的决议里要稳住什么？")
    assert not answer.refused and answer.citations[0].doc_id.endswith("resolution"), answer.text
    assert "外贸外资" in answer.text.split("依据条款")[0], answer.text
    report = bot.ask("十五届全国人大二次会议上的政府工作报告说去年城镇新增就业多少？")
    assert report.citations[0].doc_id.endswith("2032") and "一千二百万人" in report.text, report.text


def test_a_party_congress_by_its_short_name(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("中共三大报告里讲全党一共有多少党员？")
    assert not answer.refused and answer.citations[0].doc_id.endswith("congress-3"), answer.text
    assert "五百一十人" in answer.text, answer.text


def test_two_things_asked_at_once_are_each_answered(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.multipart import split_parts

    answer = bot.ask("江陵的智能制造推进会和秋季新品发布会分别在哪开？")
    assert "青石镇" in answer.text and "临江区" in answer.text, answer.text
    # (two fields of the record are one question; two parties' duties are answered side by side)
    assert split_parts("想确认一下87号文的成文日期和发布日期分别是哪天？") == ["想确认一下87号文的成文日期和发布日期分别是哪天？"]
    assert len(split_parts("各地工信部门和商务部门分别要做什么？")) == 1
    assert split_parts("推进会和发布会分别是几月？都在哪个镇？") == ["推进会是几月，在哪个镇", "发布会是几月，在哪个镇"]


def test_a_thing_the_clause_never_names(bot) -> None:  # type: ignore[no-untyped-def]
    refused = bot.ask("江陵的汉服文化节有没有汉服走秀？")
    assert refused.refused and "走秀" in refused.text, refused.text
    # (a thing the clause does name is answered)
    answer = bot.ask("江陵的汉服文化节有没有汉服与现代时尚融合的内容？")
    assert not answer.refused, answer.text


def test_a_value_still_to_come_is_not_the_value(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("江陵的刺绣研修班7月几号开班？")
    assert answer.refused and "另行通知" in answer.text.split("与问题最相关")[0], answer.text


def test_a_choice_of_platforms_the_clause_does_not_name(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("江陵的直播推广季是在抖音还是快手上播？")
    assert answer.refused and "抖音" in answer.text and "快手" in answer.text, answer.text


def test_what_the_notice_does_not_say_of_itself(assistant) -> None:  # type: ignore[no-untyped-def]
    validity = assistant.ask("两部门这份87号通知的有效期到什么时候？")
    assert validity.refused and "有效期" in validity.text, validity.text
    cities = assistant.ask("87号通知支持承接产业转移，具体是哪几个省份？")
    assert cities.refused, cities.text
    count = assistant.ask("87号通知说要评选几个时尚示范城市？")
    assert count.refused, count.text


def test_a_talk_on_the_notice_is_not_taken_over_by_a_law(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(assistant, "87号通知第二项任务讲了什么？", "被评上的城市有没有表彰奖励？")
    assert answer.refused and all("87" in c.doc_id for c in answer.citations), answer.text
    # (asked of the law, the law answers)
    law = ask_turns(assistant, "87号通知第二项任务讲了什么？", "法律上对清洁生产做得好的企业有表彰奖励吗？")
    assert any("87" not in c.doc_id for c in law.citations), law.text


def test_the_item_just_answered_is_what_this_item_means(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(assistant, "两部门通知第四项任务讲的是什么？", "这一项里说的监测，具体监测什么？")
    assert answer.citations and "87" in answer.citations[0].doc_id, answer.text


def test_the_national_notice_named_in_a_talk_on_a_local_one(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "江陵的秋季新品发布会在哪开？", "国家这份通知里有没有提到乡村振兴？")
    assert not answer.refused and "87" in answer.citations[0].doc_id, answer.text


def test_an_account_articles_push_time_is_its_publication_date() -> None:
    from assistant.query import analyse
    from index.metadata import extract

    page = ("关于组织会员参加2031年秋季新品发布会的通知\n原创 秘书处 江陵市服装行业协会 2031年06月02日 09:15\n"
            "江陵市服装行业协会\n江服协〔2031〕3号\n各会员单位：\n现将有关事项通知如下。\n江陵市服装行业协会\n2031年6月1日")
    meta, _ = extract(page)
    assert meta.published_date == "2031-06-02" and meta.written_date == "2031-06-01", meta
    assert analyse("公众号上是哪天推送的？").fields == ["published_date"]


def test_the_same_asked_of_another_local_notice_by_its_district(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "江陵的智能制造推进会是哪天开？", "临川区的推进会呢？")
    assert not answer.refused and answer.citations[0].doc_id == "linchuan-2031", answer.text
    assert "10月" in answer.text.split("依据条款")[0], answer.text


def test_what_the_asker_has_a_few_of_is_no_question(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("我在青石镇开了几家服装厂，江陵的智能制造推进会在哪开？")
    assert not answer.text.startswith("1.") and answer.citations[0].doc_id == "jiangling-2031", answer.text
    assert "青石镇" in answer.text.split("依据条款")[0], answer.text


def test_what_an_opening_says_it_follows_when_it_names_no_document(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("临川区这个方案是依据什么制定的？")
    assert not answer.refused and "工作部署" in answer.text and "区政府同意" in answer.text, answer.text


def test_a_word_only_a_law_has_takes_a_question_to_the_law(assistant) -> None:  # type: ignore[no-untyped-def]
    # (the notice speaks of 设备更新 by meaning; 折旧 is the SME law's own word)
    answer = assistant.ask("设备更新太快了，厂里的机器能不能加速折旧？")
    assert answer.citations and answer.citations[0].doc_id.startswith("中小企业促进法"), answer.text
    assert "加速折旧" in answer.text, answer.text


def test_why_a_law_was_made_is_its_first_article(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("循环经济促进法的立法目的是什么？")
    assert answer.citations and answer.citations[0].doc_id.startswith("循环经济促进法"), answer.text
    assert answer.citations[0].section and answer.citations[0].section.endswith("第一条"), answer.citations[0]


def test_a_price_or_a_head_count_asked_of_a_report(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.query import analyse

    assert analyse("那年棉花收购价定的多少？").slots == ["money"]
    assert analyse("工会有多少会员？").slots == ["count"]
    price = bot.ask("2032年政府工作报告里棉花收购价定的多少？")
    assert price.refused, price.text
    members = bot.ask("中共三大报告里说全党有多少党员？")
    assert not members.refused and "五百一十人" in members.text, members.text


def test_a_question_framed_on_the_notice_and_naming_the_law_is_one_question(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("87号通知讲了废旧纺织品循环利用，但没说政府要建哪些设施；循环经济促进法是怎么规定的？")
    assert not answer.text.startswith("1."), answer.text
    assert answer.citations and answer.citations[0].doc_id.startswith("循环经济促进法"), answer.text


def test_a_heading_after_a_page_break_and_an_indent_is_a_heading() -> None:
    from index.structure import parse_headings

    text = ("一、工作目标\n全年办活动10场。\n\x0c\u3000\u3000二、重点工作\n"
            "（一）推进智改数转。组织诊断30家次。\n（二）拓展国际市场。参展4场。")
    titles = [(h.level, h.title) for h in parse_headings(text)]
    assert titles == [(1, "一、工作目标"), (1, "二、重点工作"), (2, "（一）推进智改数转"), (2, "（二）拓展国际市场")], titles

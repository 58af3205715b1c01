"""Congress sessions as people shorten them ("十六届人大四次会议", "十六届二次会议"), and a talk on a
resolution that stays on it ("决议里提没提…"); the national notice named by its level alone among
local notices with the same words; items a document numbers ("编号第4条") or lists ("几个活动",
"哪四个字"); values a clause does not give (a country, a list of names, an amount of a thing it
never names); and words that only name the document (工信部 for its issuing office). The reports and
the local notices are generated (fictional sessions, places and dates) and added to the seed library."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ask_turns, library_of
from docgen import make_docx

RESOLUTION_4 = ["第十六届全国人民代表大会第四次会议关于政府工作报告的决议",
                "（2036年3月11日第十六届全国人民代表大会第四次会议通过）",
                "第十六届全国人民代表大会第四次会议听取和审议了国务院总理所作的政府工作报告。会议充分肯定国务院过去一年的工作，"
                "决定批准这个报告。",
                "会议号召，全国各族人民团结奋斗，大力发展海洋经济，为实现“十八五”规划目标而努力。"]
RESOLUTION_2 = ["第十六届全国人民代表大会第二次会议关于政府工作报告的决议",
                "（2034年3月10日第十六届全国人民代表大会第二次会议通过）",
                "第十六届全国人民代表大会第二次会议听取和审议了国务院总理所作的政府工作报告。会议充分肯定国务院过去两年的工作，"
                "决定批准这个报告。"]
REPORT = ["2036年国务院政府工作报告", "——2036年3月5日在第十六届全国人民代表大会第四次会议上",
          "一、过去一年的工作", "我们坚持“发展四字诀”，这是政府工作报告总结的重要经验。",
          "全年工作中，各地提出了稳、准、实、新的要求，推动经济向好。"]
ASSOCIATION = ["关于组织会员企业参与2035年纺织服装优供给促升级系列活动的通知", "海城服协〔2035〕4号",
               "各会员单位：", "经协会理事会研究，决定组织会员企业参与以下系列活动。现将有关事项通知如下：",
               "一、服装外贸订单对接会", "时间：2035年6月10日", "地点：海城国际会展中心",
               "内容：邀请境外采购商开展订单洽谈，参展企业限30家。",
               "二、直播选品会", "时间：2035年7月", "地点：海城电商产业园",
               "内容：组织会员企业与主播对接选品，开展“海城好衣”直播节。",
               "三、组团参加境外专业展会", "时间：2035年10月",
               "内容：组织会员企业赴境外参加服装专业展会，展会名称及行程另行通知。",
               "四、有关要求", "请各会员企业于2035年5月30日前将报名回执发送至协会邮箱hcfx2035@example.cn。",
               "海城市服装行业协会", "2035年5月12日"]
WORK_POINTS = ["岭州市经济和信息化局 岭州市商务局关于印发《岭州市纺织服装产业2035年工作要点》的通知", "岭经信消费〔2035〕9号",
               "各县区经信局、商务局：", "现将《岭州市纺织服装产业2035年工作要点》印发给你们，请认真抓好落实。",
               "一、推动智能化改造", "1.支持纺纱企业实施自动络筒改造，全年实施改造项目10个。",
               "2.2035年4月在东江县举办智能化改造现场会。",
               "二、壮大产业链", "3.推动面料企业与服装企业协作配套。", "4.2035年5月在西岭区举办供需对接会。",
               "三、推进绿色循环", "5.在北岭区建设废旧纺织品回收分拣中心1个。", "6.2035年8月组织印染企业开展清洁生产审核。",
               "四、工作要求", "（一）分工负责。各县区明确责任人。", "（二）及时报送。每季度报送工作进展。",
               "岭州市经济和信息化局", "2035年3月2日"]


# A text file's table aligned with spaces, its long cells wrapped onto a line of their own.
ALIGNED = ["岭东市商务局关于开展2035年纺织服装优供给促升级活动的通知", "岭东商〔2035〕7号", "各县区商务局：",
           "现将2035年重点活动安排如下。", "一、工作要求", "请各地认真组织。", "附件：2035年岭东市重点活动安排表",
           "岭东市商务局", "2035年5月10日", "附件", "2035年岭东市重点活动安排表",
           "序号    活动名称            时间            地点        承办单位",
           "1       纺织服装产业链供需  2035年6月       新北区      市纺织工业协",
           "        对接会                                          会",
           "2       纺织品出口合规培训  2035年8月       岭东经济开  市商务局",
           "        会                                  发区",
           "注：各项活动具体时间、地点以承办单位通知为准。"]


@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("said")
    (root / "reports").mkdir()
    (root / "local").mkdir()
    for name, lines in (("resolution-16-4", RESOLUTION_4), ("resolution-16-2", RESOLUTION_2), ("report-2036", REPORT)):
        (root / "reports" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    make_docx(root / "local" / "haicheng-2035.docx", ASSOCIATION)
    make_docx(root / "local" / "lingzhou-2035.docx", WORK_POINTS)
    (root / "local" / "lingdong-2035.txt").write_text("\n".join(ALIGNED) + "\n", encoding="utf-8")
    return library_of(seed_index, root, related=root / "local", background=root / "reports")


def test_a_congress_session_as_people_shorten_it(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.scope import NPC_SESSION, npc_session

    sessions = [npc_session(m) for m in NPC_SESSION.finditer("十六届人大四次会议和十六届二次会议")]
    assert sessions == [("十六", "四"), ("十六", "二")]
    assert not NPC_SESSION.search("经协会六届三次理事会研究") and not NPC_SESSION.search("十三届全国人大常委会第七次会议")
    answer = bot.ask("十六届人大四次会议关于政府工作报告的决议是哪天通过的？")
    assert answer.citations and answer.citations[0].doc_id == "resolution-16-4", answer.text
    assert "2036年3月11日" in answer.text, answer.text
    other = ask_turns(bot, "十六届人大四次会议关于政府工作报告的决议是哪天通过的？", "那十六届二次会议的呢？")
    assert other.citations and other.citations[0].doc_id == "resolution-16-2" and "2034年3月10日" in other.text, other.text


def test_a_talk_on_a_resolution_stays_on_it(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "十六届人大四次会议的决议是听取了谁的报告？", "决议里提没提海洋经济？")
    assert answer.citations and answer.citations[0].doc_id == "resolution-16-4", answer.text
    off = ask_turns(bot, "十六届人大四次会议的决议是听取了谁的报告？", "决议里提没提海洋经济？", "它对纺织服装业有什么具体要求？")
    assert off.refused and all(c.doc_id == "resolution-16-4" for c in off.citations), off.text


def test_the_national_notice_named_by_its_level_alone(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("国家这份纺织服装优供给促升级通知是什么时候发布的？")
    assert not answer.candidates and answer.citations and "87" in answer.citations[0].doc_id, answer.text


def test_a_deadline_asked_on_in_a_talk(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "海城协会通知里的报名回执发到哪里？", "截止日期是哪天？")
    assert not answer.refused and answer.citations[0].doc_id == "haicheng-2035", answer.text
    assert "5月30日" in answer.text.split("依据条款")[0], answer.text


def test_the_activities_counted_and_one_by_its_place(bot) -> None:  # type: ignore[no-untyped-def]
    listed = bot.ask("海城服装行业协会这次组织了几个活动？")
    assert listed.items and "直播选品会" in listed.text, listed.text
    arranged = bot.ask("海城协会那份文件里都安排了哪些活动？")
    assert arranged.items and "组团参加境外专业展会" in arranged.text, arranged.text
    second = ask_turns(bot, "海城服装行业协会这次组织了几个活动？", "第二个活动在哪里办？")
    assert not second.refused and "海城电商产业园" in second.text, second.text


def test_an_item_by_its_number_in_a_document_without_articles(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.query import analyse

    assert analyse("工作要点里编号第4条讲的什么？").fields == []
    assert analyse("这份工作要点的编号是多少？").fields == ["doc_number"]
    answer = bot.ask("岭州工作要点里编号第4条讲的什么？")
    assert not answer.refused and "西岭区" in answer.text.split("依据条款")[0], answer.text
    again = ask_turns(bot, "岭州工作要点里编号第4条讲的什么？", "那第2条呢？")
    assert not again.refused and "东江县" in again.text.split("依据条款")[0], again.text


def test_values_the_clause_does_not_give(bot) -> None:  # type: ignore[no-untyped-def]
    country = ask_turns(bot, "海城协会组团参加境外展会是几月？", "那去的是哪个国家？")
    assert country.refused and "另行通知" in country.text.split("与问题最相关")[0], country.text
    names = ask_turns(bot, "海城协会的直播选品会在哪办？", "参加的主播有名单吗？")
    assert names.refused, names.text
    amount = bot.ask("海城协会的直播节给商家的流量扶持有多少？")
    assert amount.refused and "流量扶持" in amount.text, amount.text
    # (a country the clause names answers)
    from assistant.query import analyse

    assert "country" in analyse("采购商来自哪些国家？").slots and "country" not in analyse("哪个国家级平台？").slots


def test_as_many_items_as_the_question_counts(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("2036年政府工作报告里的“发展四字诀”是哪四个字？")
    assert "稳、准、实、新" in answer.text.split("依据条款")[0], answer.text


def test_a_short_form_of_the_issuers_names_the_document_not_a_clause(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("工信部商务部这次提的“三个升级”分别是哪三个？")
    assert answer.citations and answer.citations[0].section == "一、总体要求", answer.text
    assert "消费升级" in answer.text.split("依据条款")[0], answer.text


def test_the_attachments_file_name_as_sent(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("87号通知附件的文件名是什么？")
    assert "活动计划表.docx" in answer.text, answer.text


def test_a_count_or_a_date_of_the_thing_asked(bot) -> None:  # type: ignore[no-untyped-def]
    buyers = bot.ask("海城协会的外贸订单对接会会来多少家采购商？")
    assert buyers.refused, buyers.text
    firms = bot.ask("海城协会的外贸订单对接会参展企业限多少家？")
    assert not firms.refused and "30家" in firms.text, firms.text
    target = bot.ask("岭州智能化改造项目的数量目标是多少？")
    assert not target.refused and "10个" in target.text, target.text
    # (a date its neighbour gives is not the date of the thing asked about)
    built = ask_turns(bot, "岭州的废旧纺织品回收分拣中心建在哪个区？", "它什么时候建成？")
    assert built.refused, built.text
    english = bot.ask("According to the Haicheng notice, how many foreign buyers will come to the order fair?")
    assert english.refused, english.text


def test_what_the_campaign_is_for_is_said_where_it_opens(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("国家这个活动是为了建设什么样的产业体系？")
    assert answer.citations and answer.citations[0].section is None, answer.text
    assert "现代化纺织服装产业体系" in answer.text.split("依据条款")[0], answer.text


def test_the_sign_off_date_cites_the_sign_off(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("87号通知的落款日期是哪天？")
    assert answer.citations and "2023年4月14日" in answer.citations[0].quote, answer.citations


def test_a_seal_asked_of_a_clause_that_says_affix_it(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.query import SLOT_EVIDENCE

    assert SLOT_EVIDENCE["materials"].search("将报名回执加盖公章后扫描发送")


def test_the_word_that_names_the_national_level_ranks_no_clause(assistant) -> None:  # type: ignore[no-untyped-def]
    from assistant.scope import LEVEL_REF

    assert LEVEL_REF.search("国家层面对旧衣物怎么提") and LEVEL_REF.search("国家的通知支持吗")
    assert not LEVEL_REF.search("与其他国家和地区形成协同") and not LEVEL_REF.search("国家级平台")
    assert not LEVEL_REF.search("附的国家活动计划表")  # (which table: the national one)
    # (the notice's clause on cooperation among countries says 国家; the one on provinces does not)
    answer = assistant.ask("国家的通知支持省和省之间搞产业合作吗？")
    assert answer.citations and answer.citations[0].section and "（二）" in answer.citations[0].section, answer.text


def test_a_wrapped_cell_of_a_text_table_is_read_whole(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.table_rows import table_rows

    rows = table_rows("\n".join(line.lstrip() for line in ALIGNED[11:17]))
    assert [r.number for r in rows] == [1, 2], rows
    assert "地点：岭东经济开发区" in rows[1].cells and "活动名称：纺织品出口合规培训会" in rows[1].cells, rows[1]
    answer = bot.ask("岭东的重点活动安排表里，第2项在哪办？")
    assert "岭东经济开发区" in answer.text.split("依据条款")[0], answer.text

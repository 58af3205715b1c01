"""Question understanding, table-driven and fast (no index): which answer strategies a question
goes through, which value it asks for, and how a several-part question is split. The questions
are written for this test; none is from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.compose import STRATEGIES, plan
from assistant.multipart import part_queries, split_parts
from assistant.query import analyse

CONTENT = ["answerable", "matching_row", "general"]  # every content question ends with these

# question -> the strategies tried, in order (the first draft wins)
PLANS = [
    ("这份通知的文号是什么？", ["field", *CONTENT]),
    ("通知是哪天印发的？", ["field", *CONTENT]),
    ("通知什么时候在网上发布的？", ["field", *CONTENT]),
    ("那份PDF通知是哪年发的？", ["field", *CONTENT]),
    ("那份通知的索引号是多少？", ["field", *CONTENT]),
    ("有问题找谁？", ["field", *CONTENT]),
    ("想参加活动，该找谁牵头安排？", ["answerable", "matching_row", "requirement", "general"]),  # who runs it
    ("联系人和电话是什么？", ["field", *CONTENT]),
    ("工作任务有哪几项？", ["list", *CONTENT]),
    ("各地商务主管部门要做什么？", ["answerable", "matching_row", "requirement", "general"]),
    ("附件里具体有哪些活动？", ["attachment", "table", *CONTENT]),
    ("2026年的活动通知是哪天发的？", ["missing_year", "field", *CONTENT]),
    ("我们是服装出口企业，这个活动对我们有什么支持？", CONTENT),
    ("老祖宗传下来的服饰文化，通知里提了吗？", CONTENT),
]


@pytest.mark.parametrize("question, expected", PLANS)
def test_each_question_goes_through_the_strategies_that_fit(question: str, expected: list[str]) -> None:
    assert plan(analyse(question)) == expected


def test_the_strategies_end_with_one_that_always_answers() -> None:
    assert STRATEGIES[-1].name == "general" and all(STRATEGIES[-1].applies(analyse(q)) for q, _ in PLANS)


# question -> the value types whose absence from the clause makes it a refusal
SLOTS = [
    # how often: 每年一届 answers it, a date does not
    ("时尚发布会多久办一次？", {"frequency"}),
    ("Is there a link to the registration page?", {"url"}),
    ("Does the notice say anything about trade networks that link domestic and export sales?", set()),
    ("特色品牌是按什么条件评的？", {"criteria"}),
    ("还要组织企业去多少场国内展会？", {"count"}),  # a number of events needs one: 不少于5场
    ("工作进展多长时间报一次？", {"frequency"}),
    ("这个展会几年办一届？", {"frequency"}),
    ("参加活动能拿到多少补贴？", {"money"}),
    ("能拿到多少贷款贴息？", {"money"}),
    ("消费券每张面额多少？", {"money"}),
    # a fee or a sum a few words before the asking; 消费 and 免费 are no fee
    ("设计大赛的奖金和参赛费是多少？", {"money", "award"}),
    ("消费品工业处的电话是多少？", set()),
    # a limit a law or a standard would set
    ("服装的甲醛含量不能超过多少？", {"quantity"}),
    ("纺织企业单位产品能耗限额是多少千克标准煤？", {"quantity"}),
    ("纺织品出口关税是多少？", {"rate"}),
    ("重点用能单位的门槛是多少？", set()),  # a threshold's value, not conditions to apply
    # which firms by name; a kind of firm or the list as a thing to hand in is no such question
    ("上门诊断的服务商都有哪几家？", {"names"}),
    ("示范企业名单里有哪些企业？", {"names"}),
    ("活动支持哪些企业？", set()),
    ("联络员名单什么时候报？", {"event_time"}),
    ("大赛有奖金吗？", {"award"}),
    ("精品的评选标准是什么？", {"criteria"}),
    ("认定数字化车间的标准是什么？", {"criteria"}),
    ("推荐表要填哪些栏目？", {"columns"}),
    ("直播节在哪个平台直播？", {"platform"}),
    ("在哪个App上直播？", {"platform"}),
    ("工坊要达到什么标准才能评上？", {"criteria"}),
    ("审核的费用谁出？", {"fee"}),
    ("基地有多大面积？", {"area"}),
    ("在哪几个城市办？", {"place"}),
    ("名单要附哪些证明材料？", {"materials"}),
    ("中试平台建在哪个市、由哪家企业承担？", {"place", "names"}),
    ("活动的落脚点要放在哪？", set()),  # a point of a policy, not a place
    ("直播节在哪个月？", {"event_time"}),
    ("开幕式几点开始？", {"hour"}),
    ("那大赛在哪报名？", {"signup"}),
    ("where do I sign up", {"signup"}),
    ("展位怎么申请？", {"signup"}),
    ("床品焕新活动打几折？", {"rate"}),
    ("联系人的手机号是多少？", {"mobile"}),
    ("活动的官方公众号叫什么？", {"account"}),
    ("活动对企业有什么税收减免？", {"rate"}),
    ("报名截止到哪天？", {"deadline", "day", "event_time"}),  # all must be in the clause: a deadline, a day
    ("截止日期是几号前？", {"deadline", "event_time"}),  # (a deadline: the deadline slot asks for the day)
    ("发布周是9月几号？", {"day", "event_time"}),  # a month is no answer
    ("在合肥哪个展馆？", {"venue"}),  # a city is no answer
    ("112号文件是谁发的", set()),  # a number, not a day
    ("活动总结要在哪天之前报上去？", {"deadline", "event_time"}),
    ("奖励资金什么时候拨到企业账户上？", {"event_time"}),
    ("开幕式在哪个城市办？", {"place"}),
    ("要培育多少个区域品牌？", {"count"}),
    ("工作任务有多少个方面？", set()),  # a list question: the list is the answer
    ("在哪个网站报名？", {"url"}),
    ("联系人的电子邮箱是多少？", {"email"}),
    ("我们是中西部的纺织企业，有哪些支持？", set()),
    ("参展要不要自己掏钱？", {"fee"}),
    ("Is there a charge for the exhibition booth?", {"fee"}),
    ("Who is in charge of the campaign?", set()),
    ("注册商标的有效期是几年？", {"quantity"}),
    ("对企业年产值有要求吗，要达到多少以上？", {"quantity"}),
    ("材料寄到什么地址？", {"address"}),
    ("“专精特新”企业怎么认定？", {"definition"}),
    ("参加对接会要交报名费吗？", {"fee"}),
    ("推介会在哪个展馆？", {"venue"}),
    ("报名要提交哪些材料？", {"materials"}),
    ("推介会啥时候办？", {"event_time"}),  # spoken 啥 asks as 什么 does
    ("报名表发到哪里？", {"recipient"}),  # where the form goes, not what papers to hand in
    ("活动方案交给哪个科？", {"recipient"}),
    ("报名表要填哪些内容？", {"columns"}),
    ("数字化沙龙请的专家都有谁？", {"persons"}),
    ("两项团体标准的标准号是多少？", {"code"}),
    ("参加的企业有没有资金补贴？", {"funding"}),
    # which firms or which body by name, not their kind; a place, a platform, a sum of 亿, an export figure
    ("抽检结果是哪些企业不合格？", {"names"}),
    ("那几个改造项目分别是哪些企业的？", {"names"}),
    ("检测是哪家机构做的？", {"names"}),
    ("哪些企业可以参加？", set()),  # (a kind of firm, not their names)
    ("培训地点在哪？", {"place"}),
    ("直播季联合的是哪几个电商平台？", {"platform"}),
    ("推介会的签约目标是多少亿？", {"money"}),
    ("那年纺织品出口多少？", {"quantity"}),
]


@pytest.mark.parametrize("question, slots", SLOTS)
def test_value_types_a_question_asks_for(question: str, slots: set[str]) -> None:
    assert set(analyse(question).slots) == slots


# question -> its parts (one part: asked as it is)
PARTS = [
    # 几十 is a number, not a question
    ("我们是个几十号人的小厂，这个活动跟我们有什么关系？", ["我们是个几十号人的小厂，这个活动跟我们有什么关系？"]),
    ("这份通知是哪两个部门发的？什么时候成文的？", ["这份通知是哪两个部门发的", "什么时候成文的"]),
    ("开幕式由谁承办、在哪里办？", ["开幕式由谁承办", "在哪里办"]),
    ("我们是行业协会，活动办完以后通知还要求我们做什么？", ["我们是行业协会，活动办完以后通知还要求我们做什么？"]),
    ("我们是中型服装厂，准备上系统搞数字化，活动里对企业数字化有什么说法？",
     ["我们是中型服装厂，准备上系统搞数字化，活动里对企业数字化有什么说法？"]),
    ("通知一共布置了几项工作任务？第三项讲的是什么？", ["通知一共布置了几项工作任务", "第三项讲的是什么"]),
    # 什么 before a yes/no question describes ("some style"), it does not ask
    ("穿什么款式、配什么颜色的那种推广活动，通知里有吗？", ["穿什么款式、配什么颜色的那种推广活动，通知里有吗？"]),
    # a sentence that checks the one before is the same question
    ("支持的集群分几类？是不是有纺织、服装、家纺三类？", ["支持的集群分几类？是不是有纺织、服装、家纺三类？"]),
    # "X的呢？" asks what the next part asks
    ("协会那边的呢？电话多少？", ["协会那边的呢？电话多少？"]),
]


@pytest.mark.parametrize("question, parts", PARTS)
def test_a_question_is_split_into_the_questions_it_asks(question: str, parts: list[str]) -> None:
    assert split_parts(question) == parts


def test_a_part_without_a_topic_borrows_the_one_before_but_asks_its_own_thing() -> None:
    first, second = part_queries(["浙江消费季从哪天开始", "到哪天结束"])
    assert "消费季" in second.search and second.raw == "到哪天结束"
    assert first.slots == second.slots == ["day", "event_time"]
    addressees, contacts = part_queries(["这份通知主送给了哪些单位", "联系人又是谁"])
    assert addressees.fields == ["addressees"] and contacts.fields == ["contacts"]


def test_the_words_that_ask_and_everyday_words_name_no_topic_of_a_part() -> None:
    # "认定标准" is what the part asks for, not what it is about: the 链主企业 of the part before
    _first, standard = part_queries(["通知里的链主企业要营收多少才能算", "认定标准是什么"])
    assert "链主" in standard.search and standard.slots == ["definition", "criteria"]
    # a part that asks nothing of its own asks on about the value the part before asked for
    common = {"企业", "自己"}.__contains__
    fee, who_pays = part_queries(["品牌展区的展位费是多少", "企业自己出吗"], common)
    assert "展位费" in who_pays.search and who_pays.slots == fee.slots and "money" in fee.slots
    # without the library's everyday words, 企业 and 自己 count as the part's own topic
    assert part_queries(["品牌展区的展位费是多少", "企业自己出吗"])[1].slots == []


@pytest.mark.parametrize(("question", "weighted"), [
    # who asks names the topic, and the question comes back to it: what is asked counts twice
    ("我们是一个纺织产业集群的管委会下面的企业，集群有啥活动？", True),
    # without such a word the asker's own words are the topic
    ("我们是贵州做苗绣的手工合作社，这种老手艺在这次活动里有位置吗？", False),
    ("我们公司专门回收旧衣服再加工利用，这个活动提没提到我们这个领域？", False),
    ("集群有啥活动？", False),
])
def test_who_asks_is_context_when_the_question_comes_back_to_its_topic(question: str, weighted: bool) -> None:
    q = analyse(question)
    assert bool(q.asker) == weighted
    if weighted:
        assert q.tokens.count("集群") == 3 and q.tokens.count("管委会") == 1


def test_an_asker_clause_does_not_pull_the_answer_to_its_own_words(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("我们是一个纺织产业集群的管委会下面的企业，集群有啥活动？")
    assert (answer.citations[0].section or "").startswith("二、工作任务 > （二）"), answer.text


@pytest.mark.parametrize("question, is_list", [
    ("工作任务有哪几项？", True),
    ("示范园区以哪几个市为重点？", False),  # places named inside a clause, not the items of a heading
    ("有哪些部门参加？", False),
])
def test_a_list_is_of_items_not_of_places_or_bodies(question: str, is_list: bool) -> None:
    assert analyse(question).is_list is is_list


@pytest.mark.parametrize("question, context", [
    ("我们是县里的镇政府，工作计划交给哪个局？", "我们是县里的镇政府,"),
    ("我在城里开网店卖床品，直播节是哪个月？", "我在城里开网店卖床品,"),
    ("我们把商标许可给代工厂用，产品上必须标什么？", ""),  # what is done is the topic, not who asks
    ("我们省商务厅要做哪些工作，报送什么？", ""),
])
def test_the_clause_in_which_the_asker_describes_itself(question: str, context: str) -> None:
    assert analyse(question).context == context


@pytest.mark.parametrize("question, field", [
    ("这份家纺通知是哪两个部门联合发的？哪天？", "written_date"),
    ("通知的附件叫什么，是什么格式的文件？", "attachments"),
    ("这份通知的文号是多少？谁发的？", "issuer"),
])
def test_a_bare_part_after_a_question_about_the_document_asks_another_of_its_fields(question: str, field: str) -> None:
    second = part_queries(split_parts(question))[1]
    assert second.fields == [field] and not second.slots


def test_what_is_set_aside_is_not_searched_for() -> None:
    query = analyse("全年总结除了报专班办公室，还要抄送给谁？")
    assert "抄送" in query.tokens and "办公室" not in query.tokens
    assert "办公室" in analyse("全年总结要报专班办公室吗？").tokens


@pytest.mark.parametrize("slot, text, holds", [
    ("url", "电子邮箱：fz2024@example.cn", False),  # an e-mail's domain is no web address
    ("url", "报名网址：www.example.cn", True),
    ("platform", "电子邮箱：fz2024@example.cn", False),
    ("day", "于2024年8月20日前报送名单", False),  # a day a thing is due by is no event's day
    ("day", "2024年9月18日在会展中心开幕", True),
    ("place", "依托大朗毛织贸易中心，2023年9月组织供需对接会", True),
    ("place", "推动服装企业数字化发展", False),
    ("platform", "协会联合电商平台开展直播专场", False),  # the kind alone names none
    ("recipient", "填写报名表，发送至协会邮箱", True),
    ("recipient", "各会员企业填写报名表", False),
    ("recipient", "于2024年6月10日前将实施方案报送市工业和信息化局消费品工业科", True),
    ("recipient", "回收的旧衣物由市服饰行业协会联系再生资源企业分拣利用", True),
    ("persons", "邀请专家讲解智能裁剪、柔性供应链等内容", False),
    ("persons", "邀请东华大学李明教授讲解智能裁剪", True),
    ("code", "年内发布窗帘布艺团体标准2项", False),
    ("code", "发布团体标准T/HNJF 001-2024", True),
    ("funding", "组织开展时装周、设计大赛等活动", False),
    ("funding", "对参展企业给予展位费补贴", True),
    ("columns", "单位名称：            会员编号：联系人：              手机：", True),  # a form's blanks
    ("columns", "请各会员单位填写报名表。", False),
    ("names", "委托市纺织品检验检测中心开展比对", True),
    ("names", "开展羽绒服装充绒量专项比对", False),
    ("money", "全年进出口总额达到827亿美元", True),
])
def test_what_a_clause_must_hold_for_a_value(slot: str, text: str, holds: bool) -> None:
    from assistant.query import SLOT_EVIDENCE

    assert bool(SLOT_EVIDENCE[slot].search(text)) is holds


def test_an_english_question_of_two_parts_is_split_and_each_part_asks_its_field() -> None:
    parts = split_parts("And who issued it, and on what date was it signed?")
    assert parts == ["who issued it", "on what date was it signed"]
    assert [q.fields for q in part_queries(parts)] == [["issuer"], ["written_date"]]


@pytest.mark.parametrize(("question", "holds"), [("宣传要用哪些平台？", True), ("在哪个平台直播？", False)])
def test_kinds_of_platform_listed_answer_which_kinds_not_which_one(question: str, holds: bool) -> None:
    from assistant.answerable import slot_evidence

    found = slot_evidence(analyse(question), "platform").search("综合运用纸媒、短视频平台、直播平台等手段")
    assert bool(found) is holds


def test_the_paper_a_question_names_is_no_answer_to_what_papers_go_with_it() -> None:
    from assistant.answerable import slot_evidence

    asked = analyse("名单要附哪些证明材料？")
    assert slot_evidence(asked, "materials").search("各市将企业推荐名单报送省商务厅") is None
    assert slot_evidence(asked, "materials").search("附营业执照复印件等证明材料")


def test_a_named_table_of_an_attachment_is_asked_about_its_contents() -> None:
    assert analyse("那个任务分工表里，某县具体分到了哪几项任务？").attachment_content


def test_a_reward_is_a_sum_given_not_any_figure_of_the_clause() -> None:
    from assistant.answerable import slot_evidence

    evidence = slot_evidence(analyse("每个数字化车间奖励多少钱？"), "money")
    assert not evidence.search("到2026年，营业收入达到300亿元，建成数字化车间10个。")
    assert evidence.search("对认定的数字化车间给予50万元一次性奖励。")
    assert slot_evidence(analyse("营业收入目标是多少钱？"), "money").search("营业收入达到300亿元")


def test_years_written_in_numerals_read_as_digits() -> None:
    from index.numerals import digit_years

    assert digit_years("到二０二０年力争比二〇〇〇年翻两番，二○三五年基本实现") == "到2020年力争比2000年翻两番，2035年基本实现"
    assert digit_years("十二年、三年") == "十二年、三年"


def test_a_quantity_in_a_unit_needs_that_unit() -> None:
    from assistant.answerable import slot_evidence

    evidence = slot_evidence(analyse("废水处理站一天能处理多少吨？"), "quantity")
    assert not evidence.search("2023年底前在某村建成废水集中处理站1座")
    assert evidence.search("日处理能力500吨")
    assert analyse("每台袜机给补多少？").slots == ["money"]


def test_what_is_inside_a_form_sent_with_the_notice_is_asked_of_the_attachment() -> None:
    assert analyse("回执表格里要填营业额吗？").intent == "attachment"
    assert analyse("报名表发到哪里？").intent != "attachment"  # where the form goes


def test_a_row_of_a_table_by_its_place() -> None:
    assert analyse("分工表最后一行的配合单位是谁？").ordinal == -1
    assert analyse("表里第五行是什么活动？").ordinal == 5

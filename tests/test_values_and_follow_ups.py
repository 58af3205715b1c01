"""Values asked of a local notice (a named contact, a facility's place, how often) and follow-ups that ask another value of the
same person: on a generated local notice whose two contacts differ (only one gives an e-mail) and
whose issuers are written with their province ("甘肃省商务厅") while its contact line leaves it
out ("省商务厅对外贸易处")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ask_turns, library_of
from docgen import make_docx

LOCAL = ["甘肃省工业和信息化厅 甘肃省商务厅", "关于开展2024年甘肃省香包刺绣提升活动的通知",
         "甘工信消费〔2024〕73号", "各市（州）工业和信息化主管部门、商务主管部门：",
         "根据《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》（工信厅联消费函〔2023〕87号）"
         "要求，现将有关事项通知如下：", "一、重点任务",
         "（一）推进印染绿色化改造。2024年底前在庆阳市董志镇建成刺绣印染废水集中处理站1座。",
         "（二）每年举办一届香包刺绣设计周，组织企业参加。",
         "（三）推进节水改造。到2025年单位产品取水量较2022年下降8%。",
         "（四）2024年9月在兰州市举办香包刺绣创意大赛。",
         "（五）支持企业开设网店，年销售额超过500万元的给予表彰。到二〇二六年，全省香包刺绣企业达到300户。",
         "（六）拓展销售渠道", "1. 支持企业开设香包刺绣网店。", "2. 在庆阳市举办香包刺绣展销会。",
         "3. 组织企业参加国内展会不少于3场。",
         "二、工作要求",
         "各市（州）于2024年11月30日前报送活动总结。",
         "联系人：省工业和信息化厅消费品工业处 马国栋，电话：0931-84001234，电子邮箱：gsxb2024@example.cn；"
         "省商务厅对外贸易处 杨雪莲，电话：0931-84004321。",
         "附件：2024年甘肃省香包刺绣提升活动任务分工表", "甘肃省工业和信息化厅", "甘肃省商务厅", "2024年4月8日"]

# A work plan saved as text with a BOM, indented with full-width spaces, a table drawn with ｜.
PLAN_TXT = ["\ufeff扬州市人民政府办公室关于印发扬州市刺绣产业提升工作方案的通知", "扬府办〔2024〕21号",
            "各县（市、区）人民政府：", "一、活动安排", "　　序号｜活动名称｜时间｜地点",
            "　　1｜刺绣设计大赛｜2024年8月｜宝应县", "　　2｜刺绣展销会｜2024年11月｜仪征市",
            "二、工作要求", "　　各县（市、区）于2024年12月5日前报送工作总结。", "扬州市人民政府办公室", "2024年3月2日"]


@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("contacts")
    (root / "local").mkdir()
    make_docx(root / "local" / "gansu-xiangbao.docx", LOCAL)
    (root / "local" / "yangzhou-embroidery-plan.txt").write_bytes("\n".join(PLAN_TXT).encode("utf-8"))
    (root / "reports").mkdir()
    for year, tons in (("2023", 1150), ("2024", 1210)):  # a yearly series, one of the notice's year
        lines = [f"{year}年某省政府工作报告", "一、过去一年工作回顾", "（一）稳定经济运行。全省经济保持平稳。",
                 f"（二）扩大对外开放。全省外贸进出口总额增长{tons // 200}%。",
                 "二、今年主要目标", f"全省粮食产量稳定在{tons}万吨以上。"]
        (root / "reports" / f"report-{year}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    return library_of(seed_index, root, related=root / "local", background=root / "reports")


def test_a_facility_built_in_a_village_has_a_place(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃香包的印染废水处理站建在哪？")
    assert not answer.refused and "董志镇" in answer.text, answer.text


def test_an_issuer_named_with_its_province_is_the_contact_lines_body_without_it(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃省商务厅那边的联系人是谁？")
    assert not answer.refused and "杨雪莲" in answer.text, answer.text


def test_a_follow_up_asking_another_value_of_the_person_keeps_the_person(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.models import Turn

    first = "甘肃省商务厅那边的联系人是谁？"
    answer = bot.ask("她的邮箱呢？", history=[Turn(question=first, answer=bot.ask(first))])
    # 杨雪莲 gives no e-mail; the other contact's is no answer
    assert answer.refused and "联系人" in (answer.resolved_question or ""), answer.text
    first = "甘肃省工信厅那边的联系人是谁？"
    answer = bot.ask("他的邮箱呢？", history=[Turn(question=first, answer=bot.ask(first))])
    assert not answer.refused and "gsxb2024@example.cn" in answer.text, answer.text


def test_how_often_is_answered_by_a_frequency_and_not_by_a_date(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃各市（州）的活动总结多久报一次？")
    # the notice gives one date (2024年11月30日前), no frequency
    assert answer.refused and "多久一次" in answer.text, answer.text
    answer = bot.ask("甘肃的香包刺绣设计周多久办一次？")
    assert not answer.refused and "每年举办一届" in answer.text, answer.text


def _follow_up(bot, first: str, second: str):  # type: ignore[no-untyped-def]
    from assistant.models import Turn

    return bot.ask(second, history=[Turn(question=first, answer=bot.ask(first))])


def test_a_follow_up_whose_words_the_document_does_not_use_keeps_the_earlier_topic(bot) -> None:  # type: ignore[no-untyped-def]
    # None of the follow-up's words is in the notice: it asks on about the figure just given.
    answer = _follow_up(bot, "甘肃到2025年单位产品取水量要降多少？", "那降幅的比较基数是哪一年？")
    assert not answer.refused and "2022年" in answer.text, answer.text


def test_it_after_a_question_about_the_attachment_asks_what_is_in_it(bot) -> None:  # type: ignore[no-untyped-def]
    answer = _follow_up(bot, "甘肃那份通知的附件叫什么？", "它里面给庆阳市分了哪些任务？")
    assert answer.refused and "未收录" in answer.text, answer.text


def test_that_contest_is_the_one_just_asked_about(bot) -> None:  # type: ignore[no-untyped-def]
    answer = _follow_up(bot, "甘肃的创意大赛几月办？", "甘肃那个比赛在哪座城市？")
    assert not answer.refused and "兰州市" in answer.text, answer.text


def test_a_fee_is_the_events_own_and_a_reward_is_a_sum_given(bot) -> None:  # type: ignore[no-untyped-def]
    # a neighbouring clause's 500万元 is a sales figure: no entry fee, no reward sum
    answer = bot.ask("甘肃的香包刺绣创意大赛报名费多少？")
    assert answer.refused and re.search("费用|金额", answer.text), answer.text
    answer = bot.ask("甘肃对年销售额超过500万元的网店奖励多少钱？")
    assert answer.refused and "金额" in answer.text, answer.text


def test_a_year_written_in_numerals_is_the_year_asked(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃到2026年香包刺绣企业要达到多少户？")
    assert not answer.refused and "300户" in answer.text, answer.text


def test_the_document_a_notice_follows_is_its_basis(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃这个通知是根据上面哪个文件来的？")
    assert not answer.refused and "工信厅联消费函〔2023〕87号" in answer.text, answer.text
    assert answer.citations[0].doc_id == "gansu-xiangbao"
    answer = bot.ask("国家那个通知的制定依据是什么？")  # it names none
    assert answer.refused and "没有写明所依据的上级文件" in answer.text, answer.text


def test_a_year_after_a_question_about_a_yearly_report_is_that_series_record(bot) -> None:  # type: ignore[no-untyped-def]
    # 2024 is also the year of a campaign notice; the conversation is on the reports
    answer = _follow_up(bot, "2023年某省政府工作报告的粮食产量目标是多少？", "2024年的粮食产量目标又是多少？")
    assert answer.citations and answer.citations[0].doc_id == "report-2024", answer.text
    assert "1210万吨" in answer.text


def test_a_place_in_a_table_drawn_in_text_answers_where(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("扬州的刺绣展销会在哪个城市办？")
    assert not answer.refused and "仪征市" in answer.text, answer.text
    assert "2｜刺绣展销会｜2024年11月｜仪征市" in answer.citations[0].quote  # quoted as the file has it


def test_the_items_under_the_section_a_question_points_at(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃通知重点任务（六）底下有几条？")
    assert "“（六）拓展销售渠道”共3项" in answer.text, answer.text
    answer = _follow_up(bot, "甘肃通知重点任务（六）底下有几条？", "第三条要参加多少场展会？")
    assert "3场" in answer.text, answer.text


def test_a_report_looks_back_on_the_year_before_in_its_section_title(bot) -> None:  # type: ignore[no-untyped-def]
    # "一、过去一年工作回顾" of the 2024 report is about 2023, though the clause names no year
    answer = bot.ask("2024年某省政府工作报告里说2023年外贸进出口总额增长多少？")
    assert not answer.refused and "6%" in answer.text, answer.text


def test_issuers_named_to_point_at_the_notice_are_not_the_party_asked_about(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃省工信厅和省商务厅发的那份香包通知，联系人是谁？")
    assert not answer.refused and "马国栋" in answer.text and "杨雪莲" in answer.text, answer.text
    answer = bot.ask("工信部、商务部那个87号文是哪天成文的？")
    assert not answer.refused and "2023年4月14日" in answer.text, answer.text


@pytest.mark.parametrize("question", ["甘肃的创意大赛具体是哪几天？", "甘肃的创意大赛具体是哪天？"])
def test_which_days_is_not_answered_by_a_month(bot, question: str) -> None:  # type: ignore[no-untyped-def]
    # "2024年9月在兰州市举办": the month is given, the days are not
    answer = bot.ask(question)
    assert answer.refused and "2024年9月" in answer.text, answer.text


def _library_of(tmp_path, paths):  # type: ignore[no-untyped-def]
    """An assistant over a fresh library of these files alone, as related documents."""
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    settings = IndexSettings(index_dir=tmp_path / "index")
    kb = KnowledgeBase(settings)
    assert kb.add(paths, role="related").ok
    return Assistant(Settings(index=settings), kb=kb)


def test_a_venue_in_another_row_of_a_table_is_not_this_events(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A table of events is one clause of many records: "在海口哪个会展中心" of the row that says
    only 海口市 is not answered by another row's 会展中心."""
    lines = ["测试市2024年黎锦服饰活动工作方案", "测府办〔2024〕6号", "一、活动安排",
             "｜序号｜活动名称｜时间｜地点｜", "｜1｜黎锦精品展｜2024年5月｜三亚国际会展中心｜",
             "｜2｜黎锦服饰展销会｜2024年11月｜海口市｜", "测试市人民政府办公室", "2024年3月1日"]
    (tmp_path / "plan.txt").write_text("\n\n".join(lines), encoding="utf-8")
    bot = _library_of(tmp_path, [tmp_path / "plan.txt"])
    other_row = bot.ask("测试市的黎锦服饰展销会在海口哪个会展中心？")
    assert other_row.refused and "场馆" in other_row.text, other_row.text
    own_row = bot.ask("测试市的黎锦精品展在哪个会展中心？")
    assert not own_row.refused and "三亚国际会展中心" in own_row.text, own_row.text


_ROWS = [["序号", "活动名称", "时间", "地点", "牵头单位"], ["1", "黎锦精品展", "2024年5月", "水满乡", "市商务局"],
         ["2", "服饰设计大赛", "2024年8月", "市民族博物馆", "市文体局"], ["3", "直播推广月", "2024年10月", "线上", "市商务局"]]
_HEAD = ["测试市2024年黎锦服饰活动工作方案", "测府办〔2024〕6号", "一、工作目标", "全年办好三项活动。", "二、活动安排",
         "全年重点活动安排如下："]
_TAIL = ["联系人：市商务局 张三，电话：0898-1111111；市文体局 李四，电话：0898-2222222", "三、工作要求",
         "各责任单位按上表做好组织工作。", "测试市人民政府办公室", "2024年3月1日"]


def _table_file(tmp_path, form: str):  # type: ignore[no-untyped-def]
    if form == "bars":
        path = tmp_path / "plan.txt"
        path.write_text("\n".join([*_HEAD, *("｜" + "｜".join(r) + "｜" for r in _ROWS), *_TAIL]), encoding="utf-8")
    elif form == "tabs":
        path = tmp_path / "plan.txt"
        path.write_text("\n".join([*_HEAD, *("\t".join(r) for r in _ROWS), *_TAIL]), encoding="utf-8")
    else:  # a PDF whose table pypdf reads one cell a line
        from docgen import make_pdf

        path = make_pdf(tmp_path / "plan.pdf", [*_HEAD, *_TAIL], table=_ROWS, table_after=len(_HEAD))
    return path


@pytest.mark.parametrize("form", ["bars", "tabs", "pdf"])
def test_a_table_in_text_or_pdf_is_counted_and_its_rows_followed_up(tmp_path, form: str) -> None:  # type: ignore[no-untyped-def]
    """Tables keep the form their file gave them (quoted as they are); their rows are still read
    with the header's column names: counted, listed, and "第二个在哪办" answered from row 2."""
    from assistant import Turn

    path = _table_file(tmp_path, form)
    bot = _library_of(tmp_path, [path])
    first = bot.ask("测试市的活动安排表里有几项活动？")
    assert "共列3项" in first.text and "直播推广月" in first.text, first.text
    second = bot.ask("第二个在哪办？", history=[Turn(question="测试市的活动安排表里有几项活动？", answer=first)])
    assert not second.refused and "市民族博物馆" in second.text and "水满乡" not in second.text, second.text
    # ("第二个人" is the second of the people the answer named, not the table's second row)
    people = bot.ask("测试市方案的联系人是谁？")
    phone = bot.ask("第二个人的电话呢？", history=[Turn(question="测试市方案的联系人是谁？", answer=people)])
    assert "0898-2222222" in phone.text and "序号：2" not in phone.text, phone.text


def test_a_docx_table_without_a_serial_column_is_counted_and_its_last_row_followed_up(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A task table (牵头单位, 重点任务, 完成时限) with no 序号 column: its rows are still counted in order."""
    from docgen import make_docx

    from assistant import Turn

    table = [["牵头单位", "重点任务", "完成时限"], ["市工信局", "实施技术改造项目15个", "2024年12月底"],
             ["市商务局", "开展服饰消费节", "2024年6月"], ["市纺织协会", "举办时尚周", "2024年9月"]]
    lines = [*_HEAD[:4], "二、任务分工", "重点任务分工见下表。", *_TAIL[1:]]
    path = make_docx(tmp_path / "plan.docx", lines, table=table, table_after=5)
    bot = _library_of(tmp_path, [path])
    first = bot.ask("测试市方案的任务分工表里有几项任务？")
    assert "共列3项" in first.text, first.text
    last = bot.ask("最后一项是什么，谁牵头？", history=[Turn(question="测试市方案的任务分工表里有几项任务？", answer=first)])
    assert "举办时尚周" in last.text and "市纺织协会" in last.text and not last.refused, last.text


def test_a_mobile_number_is_not_an_office_phone(bot) -> None:  # type: ignore[no-untyped-def]
    """"她的手机号呢？" after the contacts: both give office numbers only, so none is given; the
    second contact's mobile, asked by place, is none either."""
    from conftest import ask_turns

    answer = ask_turns(bot, "甘肃香包刺绣那份通知的联系人是谁？", "她的手机号呢？")
    assert answer.refused and "手机号码" in answer.text, answer.text
    second = ask_turns(bot, "甘肃香包刺绣那份通知的联系人是谁？", "第二个人的手机号是多少？")
    assert second.refused and "杨雪莲" in second.text and "手机号码" in second.text, second.text


def test_the_bodies_that_name_the_document_are_not_a_party_whose_contact_is_asked(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("甘肃省工信厅商务厅那份通知的联系人和电话？")
    assert not answer.refused and "马国栋" in answer.text, answer.text


def test_the_bodies_a_copy_is_sent_to() -> None:
    """The 版记's 抄送 is a field of the document's record; "同时抄送市商务局" in a clause is not."""
    from assistant.query import analyse

    assert analyse("这份通知抄送了哪些单位？").fields == ["copied_to"]
    assert analyse("报送市工信局时要同时抄送市商务局吗？").fields == []


def test_a_question_without_a_document_goes_on_about_the_report_being_talked_about(bot) -> None:  # type: ignore[no-untyped-def]
    """"粮食产量目标是多少？" after a question on the 2023 report names no document, no year and
    nothing of the campaign, and the report speaks of it: the 2023 report answers, not the 2024 one
    nor the notice. A question about the campaign still goes to the notice."""
    from conftest import ask_turns

    first = "2023年某省政府工作报告说外贸进出口总额增长多少？"
    grain = ask_turns(bot, first, "粮食产量目标是多少？")
    assert "1150万吨" in grain.text and "1210" not in grain.text, grain.text
    campaign = ask_turns(bot, first, "这次活动由哪两个部门发的通知？")
    assert campaign.citations and campaign.citations[0].doc_id.startswith("miit"), campaign.text


def test_a_named_contacts_own_email_or_none(bot) -> None:  # type: ignore[no-untyped-def]
    """Only 马国栋 gives an e-mail: asked by name, 杨雪莲 has none (his address is not hers)."""
    none = bot.ask("甘肃香包刺绣那份通知里杨雪莲的邮箱是多少？")
    assert none.refused and "杨雪莲" in none.text and "gsxb2024@example.cn" not in none.text.split("[1]")[0], none.text
    own = bot.ask("甘肃香包刺绣那份通知里马国栋的邮箱是多少？")
    assert not own.refused and "gsxb2024@example.cn" in own.text, own.text


@pytest.mark.parametrize("question", ["甘肃香包刺绣创意大赛邀请了哪几家刺绣企业？",
                                      "甘肃香包刺绣网店里年销售额超过500万元、受表彰的企业有哪些？"])
def test_firms_asked_by_name_where_the_notice_names_none(bot, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask(question)
    assert answer.refused, answer.text


def test_that_years_report_is_the_one_talked_about(bot) -> None:  # type: ignore[no-untyped-def]
    """"那一年的报告…" after a question about one year's report is that report, not every report or notice
    that shares a word with the question."""
    answer = ask_turns(bot, "2023年某省政府工作报告说外贸进出口总额增长多少？", "那一年的报告对粮食产量定了什么目标？")
    assert "1150" in answer.text and "1210" not in answer.text, answer.text

"""A joint 红头 laid out as a table, a title box holding only the 文号, a table printed right under the
one attachment a page lists; and, over generated local documents, what a conversation and an
official's or a firm's wording mean: a choice that leads a new question, another document asked "the
same", the office an official sits in, a count of items, a day asked of a month, a name the text never
gives, a deadline against an event's date, how often reports are due, "哪两个" and "第二项和第五项的…"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ask_turns, library_of
from docgen import make_docx

from index.documents import build_document
from index.loaders import load
from index.metadata import useful_title_hint
from index.settings import ChunkSettings

FORWARDED = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"


def _joint_header_docx(path: Path) -> Path:
    """A 转发 notice whose red head is a table (two issuers, 文件 merged down beside them) and whose
    core title is its 文号; the title runs over four lines, broken before the quoted title."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "江州市工业和信息化局"
    table.cell(1, 0).text = "江州市商务局"
    merged = table.cell(0, 1).merge(table.cell(1, 1))
    merged.text = "文件"
    for line in ["江工信发〔2023〕7号", "江州市工业和信息化局 江州市商务局关于转发", "《工业和信息化部办公厅 商务部办公厅",
                 "关于开展2023纺织服装优供给促升级活动的通知》", "的通知",
                 "各县（市、区）工业和信息化局、商务局：",
                 f"现将《{FORWARDED}》（工信厅联消费函〔2023〕87号）转发给你们，请一并贯彻落实。",
                 "一、工作目标", "全市组织开展系列活动不少于10场。", "江州市工业和信息化局", "2023年5月8日"]:
        document.add_paragraph(line)
    document.core_properties.title = "江工信发〔2023〕7号"
    document.save(str(path))
    return path


def test_a_joint_red_head_in_a_table_and_a_title_box_holding_the_number(tmp_path: Path) -> None:
    doc = build_document(load(_joint_header_docx(tmp_path / "jiangzhou.docx"))[0], ChunkSettings())
    assert doc.meta.title == f"江州市工业和信息化局 江州市商务局关于转发《{FORWARDED}》的通知", doc.meta.title
    assert doc.meta.issuer == "江州市工业和信息化局 江州市商务局"
    assert doc.meta.doc_number == "江工信发〔2023〕7号"
    # the header's cells are no labelled record ("江州市工业和信息化局：江州市商务局，文件：文件。")
    assert "文件：文件" not in doc.text
    assert "87号" in (doc.meta.basis or "")
    assert useful_title_hint("江工信发〔2023〕7号") is None and useful_title_hint("江州市纺织服装行动方案") is not None


PAGE = """<html><head><meta charset="utf-8"><title>关于印发江州市纺织服装活动方案的通知</title></head><body>
<p>关于印发江州市纺织服装活动方案的通知</p><p>各镇人民政府：</p>
<p>现将方案印发给你们，请认真组织实施。</p><p>江州市人民政府办公室</p><p>2024年4月8日</p>
<p>一、重点任务</p><p>（一）推进智能化改造。全年实施技改项目10个。（牵头单位：市经济和信息化局）</p>
<p>附件：江州市纺织服装重点活动安排表</p>
<table><tr><td>序号</td><td>活动名称</td><td>时间</td><td>地点</td></tr>
<tr><td>1</td><td>智能化改造现场会</td><td>2024年5月</td><td>马口镇</td></tr>
<tr><td>2</td><td>供需对接会</td><td>2024年6月</td><td>沉湖镇</td></tr></table></body></html>"""


def test_a_table_printed_under_the_one_attachment_a_page_lists_is_that_attachment(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = build_document(load(path)[0], ChunkSettings())
    assert [(a.name, a.available) for a in doc.meta.attachments] == [("江州市纺织服装重点活动安排表", True)]
    rows = [c for c in doc.chunks if "序号：2" in c.text]
    assert rows and rows[0].section_path == ("附件：江州市纺织服装重点活动安排表",), rows


PLAN = ["汉阳县人民政府办公室关于印发汉阳县2024年纺织服装提升活动实施方案的通知", "汉政办发〔2024〕9号",
        "各乡镇人民政府，县政府各部门：", "《汉阳县2024年纺织服装提升活动实施方案》已经县政府同意，现印发给你们。",
        "一、工作目标", "2024年，全县组织开展各类纺织服装活动不少于15场，带动新增就业800人以上。",
        "二、重点任务",
        "（一）推进智能化改造。全年实施技改项目10个。（牵头单位：县经济和信息化局）",
        "（二）开展供需对接。2024年6月举办面料供需对接会。（牵头单位：县商务局）",
        "（三）培育区域品牌。推进“汉阳纱线”区域公共品牌建设，授权使用企业达到15家。（牵头单位：县市场监督管理局、县经济和信息化局）",
        "（四）加强技能培训。开展挡车工职业技能培训不少于20期。（牵头单位：县人力资源和社会保障局）",
        "三、保障措施",
        "（一）加强调度。各牵头单位于2024年7月10日前和12月10日前分别报送上半年和全年工作进展。",
        "（二）组织诊断。组织智能制造诊断服务机构，为企业开展免费智能化改造诊断。",
        "（三）组团参展。协会统一组织企业参加境外专业展会，展位费由县财政承担50%。",
        "联系人：县经济和信息化局 王晓燕，电话：0712-8412635。", "汉阳县人民政府办公室", "2024年4月8日"]
ROWS = [["序号", "活动名称", "时间", "地点"], ["1", "面料供需对接会", "2024年6月", "蔡甸街"],
        ["2", "技改现场推进会", "2024年9月", "永安镇"]]
ASSOCIATION = ["汉南区江滩牛仔服装行业协会", "江牛协〔2024〕3号", "关于组织开展2024年纺织服装系列活动的通知", "各会员单位：",
               "现将有关事项通知如下：",
               "一、牛仔秋冬流行趋势发布会", "时间：2024年8月22日至23日", "地点：江滩牛仔服装产业园展示中心",
               "内容：发布秋冬流行趋势，按报名先后确定参展企业。",
               "二、牛仔水洗技术交流会", "时间：2024年6月中旬（具体时间另行通知）",
               "内容：邀请设备企业介绍激光洗水、臭氧洗水等工艺。",
               "三、有关要求",
               "（一）请有意参加的会员单位于2024年6月5日前填写报名表，发送至协会秘书处邮箱jtny2024@example.cn。",
               "联系人：协会秘书处 陈丽萍，电话：027-82714536；协会会员服务部 黄伟强，电话：027-82714582。",
               "汉南区江滩牛仔服装行业协会", "2024年5月10日"]


@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("choices")
    (root / "local").mkdir()
    make_docx(root / "local" / "hanyang-2024-plan.docx", [*PLAN, "附件", "汉阳县重点活动安排表"], table=ROWS,
              table_after=len(PLAN) + 1)
    make_docx(root / "local" / "jiangtan-association-2024.docx", ASSOCIATION)
    return library_of(seed_index, root, related=root / "local")


def test_a_count_of_items_lists_them_and_the_next_question_takes_one(bot) -> None:  # type: ignore[no-untyped-def]
    listed = bot.ask("汉阳方案里有几个重点任务？")
    assert "共4项" in listed.text, listed.text
    answer = ask_turns(bot, "汉阳方案里有几个重点任务？", "第四个是什么？")
    assert "技能培训" in answer.text and "挡车工" in answer.text, answer.text
    # three turns: "它" is the item the second turn was about, and "哪两个" asks, it names no topic
    answer = ask_turns(bot, "汉阳方案的重点任务有哪些？", "第三项呢？", "它的牵头单位是哪两个？")
    assert "县市场监督管理局" in answer.text and answer.citations[0].section.endswith("（三）培育区域品牌"), answer.text


def test_a_choice_that_leads_a_new_question(bot) -> None:  # type: ignore[no-untyped-def]
    first = bot.ask("2024年纺织服装那个通知是谁发的？")
    assert len(first.candidates) >= 2, first.text
    answer = ask_turns(bot, "2024年纺织服装那个通知是谁发的？", "我问的是协会发的那份，报名截止是哪天？")
    assert not answer.refused and "6月5日" in answer.text, answer.text


def test_another_document_asked_the_same_keeps_the_topic(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "国家通知要求地方什么时候报送活动情况？", "汉阳那份文件是怎么要求的？")
    assert "7月10日" in answer.text and answer.citations[0].doc_id.startswith("hanyang"), answer.text


def test_how_often_is_answered_by_a_schedule_of_dates(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("汉阳要求多久报一次进展？")
    assert not answer.refused and "12月10日" in answer.text, answer.text


def test_an_officials_office_is_who_asks_and_our_office_is_that_office(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("我是汉阳县人社局的，这个方案里我们局牵头的是哪项任务？")
    assert "挡车工" in answer.text and "技能培训" in answer.citations[0].section, answer.text


def test_a_day_asked_of_a_row_that_gives_a_month(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "汉阳安排表第1项是什么活动？", "具体哪天开？")
    assert answer.refused and "2024年6月" in answer.text, answer.text
    answer = ask_turns(bot, "汉阳安排表第1项是什么活动？", "几月开？")
    assert not answer.refused and "2024年6月" in answer.text, answer.text


def test_a_name_or_a_body_the_text_never_gives_is_refused(bot) -> None:  # type: ignore[no-untyped-def]
    assert bot.ask("汉阳组团参加的那个境外展会叫什么名字？").refused
    assert bot.ask("给汉阳企业做免费智能化改造诊断的是哪家服务机构？").refused
    named = bot.ask("汉阳推进的区域公共品牌叫什么名字？")
    assert not named.refused and "汉阳纱线" in named.text, named.text


def test_a_deadline_is_not_an_events_date_and_a_count_of_events_is_in_events(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("江滩协会的活动报名截止到哪天？")
    assert "6月5日" in answer.text.split("依据条款")[0], answer.text
    answer = bot.ask("汉阳2024年的工作目标里，全年要办多少场活动？")
    assert "15场" in answer.text.split("依据条款")[0], answer.text


def test_an_association_by_its_short_name_without_its_district(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("江滩协会的两位联系人分别是谁？")
    assert not answer.refused and "陈丽萍" in answer.text and "黄伟强" in answer.text, answer.text


def test_two_numbered_items_asked_for_the_same_thing_each(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.multipart import split_parts, topic_terms

    assert split_parts("汉阳方案的重点任务里，第二项和第四项的牵头单位分别是什么？") == [
        "汉阳方案的重点任务里，第二项的牵头单位是什么", "汉阳方案的重点任务里，第四项的牵头单位是什么"]
    assert topic_terms("它的牵头单位是哪两个？") == ["牵头", "单位"]


def test_a_follow_up_asks_on_about_the_clause_just_answered_from(bot) -> None:  # type: ignore[no-untyped-def]
    # the 交流会's clause says its day is to be announced; the 发布会's day is no answer
    answer = ask_turns(bot, "江滩协会的技术交流会什么时候开？", "具体是哪一天？")
    assert answer.refused and "8月22日" not in answer.text.split("依据条款")[0], answer.text


def test_another_document_named_with_only_a_value_asked_takes_the_earlier_topic(bot) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(bot, "国家通知要求地方多久报送活动情况？", "汉阳那份给了具体日期吗？")
    assert "7月10日" in answer.text and answer.citations[0].doc_id.startswith("hanyang"), answer.text


def test_a_documents_interpretation_the_library_does_not_hold(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.compose import _IN_INTERPRETATION

    answer = bot.ask("汉阳方案的政策解读里怎么解释就业目标的？")
    assert answer.refused and "解读" in answer.text, answer.text
    # (a 解读会 is an event where a policy is explained, not the interpretation)
    assert _IN_INTERPRETATION.search("汉阳的政策解读里讲了什么") and not _IN_INTERPRETATION.search("政策解读会安排在几月？")

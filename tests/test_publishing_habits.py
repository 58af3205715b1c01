"""More habits of how local notices are published (fictional places and people): a 转发 title broken
right after 关于转发, joint issuers that run the title over a line, an information-disclosure page
with its labels in two columns (名称 / 有效性 / 生成日期), an account's emoji before each heading, a
list of other pages under the text, a plain-text table aligned with spaces whose cells are set one
space apart, and an attachment listed above the 落款 and again as a download link."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.chunking import ChunkSettings
from index.documents import build_document
from index.loaders import load
from index.models import Document

QUOTED = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"


def _doc(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return build_document(load(path)[0], ChunkSettings())


def test_a_forwarding_title_broken_after_its_verb(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "forward.txt", (
        "青梧县工业和信息化局 青梧县商务局文件\n\n青工信发〔2023〕7号\n\n"
        f"青梧县工业和信息化局 青梧县商务局关于转发\n《{QUOTED}》的通知\n\n"
        f"各乡镇人民政府：\n\n现将《{QUOTED}》（工信厅联消费函〔2023〕87号）转发给你们，请认真贯彻落实。\n\n"
        "一、工作目标\n全年组织活动不少于10场。\n\n青梧县工业和信息化局　青梧县商务局\n2023年5月8日\n"))
    assert doc.meta.title == f"青梧县工业和信息化局 青梧县商务局关于转发《{QUOTED}》的通知"
    assert doc.meta.issuer == "青梧县工业和信息化局 青梧县商务局"


def test_joint_issuers_running_the_title_over_a_line(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "three.txt", (
        "青梧县工业和信息化局\n青梧县商务局\n青梧县文化和旅游局\n文件\n青工信字〔2024〕3号\n"
        "青梧县工业和信息化局 青梧县商务局 青梧县文化和\n旅游局关于开展2024年蓝印花布消费季活动的通知\n"
        "各乡镇人民政府：\n为推动蓝印花布产业发展，现将有关事项通知如下：\n一、活动时间\n2024年5月至10月。\n"))
    assert doc.meta.title == "青梧县工业和信息化局 青梧县商务局 青梧县文化和旅游局关于开展2024年蓝印花布消费季活动的通知"


DISCLOSURE = (
    "青梧市经济和信息化局\n\n首页　　机构概况　　政务公开　　政策文件\n\n"
    "索 引 号：0113-X/2025-00012　　　　　　主题分类：工业、交通/其他\n"
    "发布机构：青梧市经济和信息化局　　　　　　生成日期：2025-03-08\n"
    "文　　号：青经信消费〔2025〕5号　　　　　有 效 性：有效\n"
    "名　　称：青梧市经济和信息化局关于开展2025年丝毯消费季活动的通知\n\n"
    "青梧市经济和信息化局关于开展2025年丝毯消费季活动的通知\n\n青经信消费〔2025〕5号\n\n"
    "各县（市、区）经济和信息化局：\n\n　　为扩大丝毯消费，现就有关事项通知如下：\n\n　　一、重点活动\n\n"
    "　　组织企业参加展会。\n\n　　附件：1.重点活动安排\n　　　　　2.活动情况统计表\n\n"
    "青梧市经济和信息化局\n\n2025年3月2日\n\n附件1\n\n重点活动安排\n\n"
    "序号　活动名称　　　　　　　　时间　　　　　　　地点　　　　　　　　　　牵头单位\n"
    "1　　丝毯消费季　　　　　　　2025年5月—10月　 全市　　　　　　　　　　市商务局\n"
    "2　　直播培训（4期）　　　　　2025年4月—11月　 市电子商务发展服务中心　市商务局\n\n"
    "附件2：活动情况统计表.xls　[下载]\n\n相关链接：\n关于做好2025年全市消费品工业运行监测工作的通知\n"
    "关于征集2025年丝毯优质产品推介目录的通知\n\n【关闭窗口】　【打印本页】\n")


def test_an_information_disclosure_page_with_labels_in_two_columns(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "disclosure.txt", DISCLOSURE)
    meta = doc.meta
    assert meta.title == "青梧市经济和信息化局关于开展2025年丝毯消费季活动的通知"
    assert meta.doc_number == "青经信消费〔2025〕5号"  # not "… 有 效 性：有效"
    assert meta.publisher == "青梧市经济和信息化局"
    assert meta.published_date == "2025-03-08"
    assert [a.name for a in meta.attachments] == ["重点活动安排", "活动情况统计表"]  # the download link is no third


def test_a_table_aligned_with_spaces_is_read_by_column(tmp_path: Path) -> None:
    """Quoted as the file sets it, and read by where each label stands: the last two cells of the
    second row are one space apart. The header row stays (it names the columns)."""
    from assistant.compose import rows_of

    doc = _doc(tmp_path, "disclosure.txt", DISCLOSURE)
    chunk = next(c for c in doc.chunks if "直播培训" in c.text)
    assert "序号　活动名称" in chunk.text
    row = next(r for r in rows_of(doc, chunk) if r.number == 2)
    assert row.labelled == ("序号：2，活动名称：直播培训（4期），时间：2025年4月—11月，地点：市电子商务发展服务中心，"
                            "牵头单位：市商务局")
    text = "\n".join(c.text for c in doc.chunks)
    assert "关于征集2025年丝毯优质产品推介目录的通知" not in text  # the site's list of other pages


ARTICLE = """<html><head><title>关于组织会员参加2024年丝毯系列活动的通知</title></head><body>
<div id="js_content">
<p>青梧丝毯协会 2024-07-16 17:30</p>
<p>关于组织会员参加2024年丝毯系列活动的通知</p>
<p>各会员单位：</p>
<p>经协会研究，决定组织会员参加以下活动。现将有关事项通知如下：</p>
<p>📌 一、秋冬新品发布会</p>
<p>时间：2024年9月12日</p>
<p>地点：青梧丝毯展示中心</p>
<p>▶️ 二、数字化改造观摩会</p>
<p>时间：2024年8月下旬</p>
<p>青梧丝毯协会</p>
<p>2024年7月15日</p>
<p>往期推荐</p>
<p>关于缴纳2024年度会费的通知</p>
<p>协会理事会顺利召开</p>
</div></body></html>"""


def test_an_accounts_emoji_before_a_heading_and_its_list_of_other_articles(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = build_document(load(path)[0], ChunkSettings())
    sections = [c.section for c in doc.chunks if c.section]
    assert "一、秋冬新品发布会" in sections and "二、数字化改造观摩会" in sections
    text = "\n".join(c.text for c in doc.chunks)
    assert "时间：2024年9月12日" in next(c.text for c in doc.chunks if c.section == "一、秋冬新品发布会")
    assert "缴纳2024年度会费" not in text


ASSOCIATION = """青梧市丝毯行业协会
青丝协〔2024〕9号
关于组织会员参加2024年丝毯系列活动的通知
各会员单位：
经协会研究，决定组织会员参加以下活动。现将有关事项通知如下：
一、秋冬新品发布会
时间：2024年9月12日
地点：青梧丝毯展示中心
二、数字化改造观摩会
时间：2024年8月下旬
地点：青梧经济开发区
三、节水减排专题培训
时间：2024年10月，共2期
四、有关要求
（一）请于2024年8月5日前报名。
联系人：协会秘书处 章小雨，电话：0579-81234567；协会会员服务部 许文东，电话：0579-81234568。
（二）重点活动
1.举办丝毯设计大赛。
2.举办丝毯消费节。
3.开展清洁生产审核。
青梧市丝毯行业协会
2024年7月15日
"""


def test_how_many_items_then_the_third_one(seed_index: Path, tmp_path: Path) -> None:
    """"列了几项活动": its activities are the document's parts (活动 is its title's word); "文件"
    in "那份文件里有几项重点活动" points at the document. Either way "第三项呢" is the third."""
    from conftest import ask_turns, library_of

    local = tmp_path / "local"
    local.mkdir()
    (local / "association.txt").write_text(ASSOCIATION, encoding="utf-8")
    bot = library_of(seed_index, tmp_path, related=local)
    listed = bot.ask("青梧丝毯协会的通知列了几项活动？")
    assert len(listed.items) == 4 and "节水减排专题培训" in listed.text
    third = ask_turns(bot, "青梧丝毯协会的通知列了几项活动？", "第三项呢？")
    assert not third.refused and "节水减排专题培训" in third.text
    tasks = bot.ask("青梧丝毯协会那份文件里有几项重点活动？")
    assert len(tasks.items) == 3 and "丝毯消费节" in tasks.text
    # (a word the document does not use asks about something: no list of its parts)
    assert not bot.ask("青梧丝毯协会的通知里，牌子分哪几类？").items
    # a contact picked by the office written before the name, or by place: that one only
    office = ask_turns(bot, "青梧丝毯协会那份通知的联系人是谁？", "会员服务部那位的电话呢？")
    assert "0579-81234568" in office.text and "0579-81234567" not in office.text
    second = ask_turns(bot, "青梧丝毯协会那份通知的联系人是谁？", "第二个人的电话是多少？")
    assert "许文东" in second.text and "章小雨" not in second.text
    both = bot.ask("青梧丝毯协会那份通知的联系人是谁？")
    assert "0579-81234567" in both.text and "0579-81234568" in both.text


def test_a_pdf_table_drawn_cell_by_cell_becomes_labelled_rows() -> None:
    """pypdf gives such a table one cell a line; a cell wrapped in its box goes on in a line that
    starts with a space, and a table running over a page repeats its header and numbers on."""
    from index.loaders import stacked_tables

    text = "\n".join([
        "附件", "职责分工表", "序号", "工作任务", "牵头单位", "完成时限",
        "1", "丝毯设计大赛", "县文化和旅游局", "2024年5月",
        "2", "直播基地建设", "县商务局、青梧", " 镇人民政府", "2024年11月",
        "— 4 —", "序号", "工作任务", "牵头单位", "完成时限",
        "3", "面辅料采购中心", "县工业和信息化局", "2024年12月",
        "抄送：县委办公室。"])
    out = stacked_tables(text).split("\n")
    assert "序号：2，工作任务：直播基地建设，牵头单位：县商务局、青梧镇人民政府，完成时限：2024年11月。" in out
    assert "序号：3，工作任务：面辅料采购中心，牵头单位：县工业和信息化局，完成时限：2024年12月。" in out
    assert "抄送：县委办公室。" in out and "序号" not in out  # the repeated header is gone, the 版记 stays
    # (a numbered list in the text is no table: "1" alone needs a header of labels above it)
    plain = "一、目标\n1\n举办活动。\n2\n开展培训。"
    assert stacked_tables(plain) == plain


def test_a_follow_up_about_a_column_of_the_row_just_given(seed_index: Path, tmp_path: Path) -> None:
    """"第二项活动是什么？" gives one row; "在哪里办？" (its 地点, asked by the kind of value) and
    "牵头单位呢？" (by the column's name) ask about that row, not another."""
    from conftest import ask_turns, library_of

    local = tmp_path / "local"
    local.mkdir()
    (local / "disclosure.txt").write_text(DISCLOSURE, encoding="utf-8")
    bot = library_of(seed_index, tmp_path, related=local)
    first = "青梧丝毯消费季那份通知的重点活动安排里，第二项活动是什么？"
    row = bot.ask(first)
    assert "直播培训" in row.text
    where = ask_turns(bot, first, "在哪里办？")
    assert "市电子商务发展服务中心" in where.text and not where.refused
    lead = ask_turns(bot, first, "牵头单位呢？")
    assert "市商务局" in lead.text and "丝毯消费季，时间" not in lead.text
    # ("青梧这份文": a place with 这份文 names the document, not the campaign's notice)
    attachments = bot.ask("青梧这份文的附件叫什么？")
    assert "重点活动安排" in attachments.text and "活动计划表" not in attachments.text, attachments.text


@pytest.mark.parametrize(("question", "fields"), [
    ("版记里抄送了谁？", ["copied_to"]), ("版记的日期是哪天？", ["printed_date"]),
    ("页面上的生成日期是哪天？", ["published_date"]), ("马面裙团体标准的标准编号是多少？", []),
    ("那份通知的编号是多少？", ["doc_number"])])
def test_what_a_field_question_asks(question: str, fields: list[str]) -> None:
    from assistant.query import analyse

    assert analyse(question).fields == fields


def test_a_term_is_not_found_in_its_opposite() -> None:
    """A longer term may match a variant by its pieces ("数字化" in "数字"), never its opposite."""
    from assistant.evidence import _contains

    assert not _contains("决定于2024年下半年组织会员企业参加活动", "上半年")
    assert not _contains("全年进口额增长百分之五", "出口额")
    assert _contains("推动企业数字转型", "数字化")


def test_the_place_an_issuer_is_named_after_names_the_document() -> None:
    """"兰溪" in a question about 兰溪市纺织行业协会's notice points at it; a clause's "兰溪面料"
    does not answer the question by holding that word."""
    from types import SimpleNamespace

    from assistant.evidence import issuer_places
    from index.models import DocMeta

    local = SimpleNamespace(meta=DocMeta(issuer="兰溪市纺织行业协会", signatories=["曹县工业和信息化局"]))
    assert {"兰溪", "兰溪市", "曹县"} <= set(issuer_places(local))  # type: ignore[arg-type]
    national = SimpleNamespace(meta=DocMeta(issuer="工业和信息化部办公厅 商务部办公厅"))
    assert issuer_places(national) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(("question", "asks_a_code"), [("马面裙团体标准的标准编号是多少？", True),
                                                      ("标准编号的规则由谁定？", False)])
def test_a_number_asked_for_or_the_rules_for_numbering(question: str, asks_a_code: bool) -> None:
    from assistant.query import analyse

    assert ("code" in analyse(question).slots) is asks_a_code

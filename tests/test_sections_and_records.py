"""A section asked by its place is answered by what it says; a heading that only shares "要求" with
a question does not list what is asked; a plain-text table aligned with spaces is a table, not a
list of headings; a 公文's 版记 gives its 印发日期; several fields of the record are all answered.

The library: the seed notice (subject) and a generated city notice saved as GB18030 text, the way
a county site's "download as txt" gives it (a labelled block above the title, a table aligned with
runs of spaces, a 版记 at the end)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ask_turns

DOC_ID = "lz-linen"
CITY = [
    "索引号：11451000/2024-00012    主题分类：工业、交通",
    "成文日期：2024-03-05    发布日期：2024-03-08",
    "发布机构：柳州市工业和信息化局",
    "柳州市工业和信息化局 柳州市商务局关于开展2024年柳州苎麻纺织优供给促升级活动的通知",
    "柳工信〔2024〕9号",
    "各县（区）工业和信息化局、商务局，有关行业协会：",
    "为推动苎麻纺织产业升级，现就开展2024年优供给促升级活动通知如下。",
    "一、活动目标",
    "全市苎麻纺织产业营业收入增长6%。",
    "二、主要任务",
    "（一）稳住原料供应",
    "1.在融安县建设苎麻种植基地，新增种植面积3000亩。",
    "2.支持脱胶企业引进生物脱胶设备，年内完成技改项目5个。",
    "（二）提升产品品质",
    "1.组织企业开展麻纺面料质量比对。",
    "2.支持企业参与苎麻团体标准制定。",
    "（三）绿色制造行动",
    "1.推动印染企业实施节水改造，年内完成清洁生产审核企业7家。",
    "2.在柳南区试点麻纺边角料集中回收，建设回收点4个。",
    "（四）市场拓展",
    "1.2024年6月在柳州会展中心举办苎麻服饰展销会。",
    "三、工作要求",
    "（一）各县（区）要结合实际制定活动方案。",
    "（二）有关行业协会要组织会员企业参加展销会，并做好活动总结。",
    "（三）请于2024年11月20日前报送活动总结。",
    "联系人：市工业和信息化局消费品工业科 韦丽娟，电话：0772-2801234，邮箱：lzfz2024@example.cn；"
    "市商务局商贸科 覃志强，电话：0772-2805678。",
    "附件：2024年柳州苎麻纺织优供给促升级活动安排表",
    "柳州市工业和信息化局",
    "柳州市商务局",
    "2024年3月5日",
    "附件",
    "2024年柳州苎麻纺织优供给促升级活动安排表",
    "序号  活动名称              时间          地点              牵头单位",
    "1     苎麻服饰展销会        2024年6月     柳州会展中心      市商务局",
    "2     麻纺面料质量比对      2024年8月     市纤维检验所      市市场监管局",
    "3     苎麻产业对接会        2024年10月    融安县            市工业和信息化局",
    "柳州市工业和信息化局办公室                2024年3月7日印发",
]


# An association's notice as its site shows it: no numbered headings, a byline under the title, the
# attachment, sign-off and the site's links to other notices at the end.
ASSOCIATION_ID = "nn-apparel-association"
ASSOCIATION = """<html><head><title>南宁市服装行业协会</title></head><body><div class="article">
<h2>南宁市服装行业协会关于组织会员企业参加2024秋季服装展销会的通知</h2>
<p>发布时间：2024-07-02 09:30　来源：协会秘书处</p>
<p>南服协〔2024〕7号</p><p>各会员企业：</p>
<p>为帮助会员企业拓展市场，经协会理事会研究，决定组织会员企业参加2024秋季服装展销会。现将有关事项通知如下。</p>
<p>请拟参展的会员企业于2024年7月20日前填写报名回执，发送至协会邮箱。展位费由协会承担，展品运输费用由企业自理。</p>
<p>参展产品须如实标注纤维成分，会员企业不得假冒他人注册商标。</p>
<p>联系人：协会秘书处 王芳，电话：0771-5550001，邮箱：nnfx2024@example.cn</p>
<p>附件：2024秋季服装展销会报名回执.xlsx</p><p>南宁市服装行业协会</p><p>二〇二四年七月一日</p>
<p>上一篇：关于缴纳2024年度会费的通知</p><p>下一篇：关于推荐优秀会员企业的通知</p>
</div></body></html>"""

# A background report: it never speaks of clothing, the campaign's matter.
REPORT = ["2022年某省政府工作报告", "一、过去五年工作回顾",
          "五年来全省累计完成技术改造投资3200亿元，比前五年增长45%。",
          "2021年，全省经济社会发展取得新成效。城镇新增就业52万人。",
          "二、今年主要任务", "今年发展主要预期目标是：全省地区生产总值增长5%左右，居民消费价格涨幅3%左右。",
          "城镇新增就业人数不低于45万人，城镇调查失业率控制在5.5%以内。",
          "三、推动制造业高质量发展", "推动制造业高端化、智能化、绿色化发展，建设先进制造业集群。"]


@pytest.fixture(scope="module")
def library(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    root = tmp_path_factory.mktemp("sections")
    index_dir = root / "index"
    shutil.copytree(seed_index, index_dir)
    local = root / "local"
    local.mkdir()
    (local / f"{DOC_ID}.txt").write_bytes("\r\n".join(CITY).encode("gb18030"))
    (local / f"{ASSOCIATION_ID}.html").write_text(ASSOCIATION, encoding="utf-8")
    reports = root / "reports"
    reports.mkdir()
    (reports / "report-2022.txt").write_text("\n\n".join(REPORT), encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    assert kb.add([local], role="related").ok
    assert kb.add([reports], role="background").ok
    return Assistant(Settings(index=IndexSettings(index_dir=index_dir)), kb=kb)


def test_rows_of_a_table_aligned_with_spaces_are_no_headings(library) -> None:  # type: ignore[no-untyped-def]
    doc = library.kb.docs[DOC_ID]
    # (row 1 names its lead unit 市商务局; the item "1.2024年6月在柳州会展中心举办…" does not)
    assert not [h.title for h in doc.headings if "市商务局" in h.title]
    answer = library.ask("柳州那个安排表里有几项活动？")
    assert answer.citations and answer.citations[0].doc_id == DOC_ID, answer.text
    assert "共列3项" in answer.text and "苎麻产业对接会" in answer.text, answer.text


def test_a_row_of_that_table_is_found_by_its_number(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "柳州那个安排表里有几项活动？", "第二项在哪办，谁牵头？")
    assert "市纤维检验所" in answer.text and "市市场监管局" in answer.text, answer.text


def test_how_many_blocks_lists_the_parts_and_the_third_block_says_what_it_holds(library) -> None:  # type: ignore[no-untyped-def]
    listed = library.ask("柳州的主要任务分几块？")
    assert "共4项" in listed.text and listed.items, listed.text
    third = ask_turns(library, "柳州的主要任务分几块？", "第三块讲什么？")
    # the substance of （三）, point by point, each cited; the heading is only the label
    assert "清洁生产审核企业7家" in third.text and "回收点4个" in third.text, third.text
    assert third.citations[0].section and "（三）绿色制造行动" in third.citations[0].section
    child = ask_turns(library, "柳州的主要任务分几块？", "第三块讲什么？", "那第一块下面第二条呢？")
    assert "生物脱胶设备" in child.text and "种植基地" not in child.text, child.text


def test_a_heading_holding_only_the_asking_word_does_not_list_the_answer(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("柳州的通知对行业协会有哪些要求？")
    assert "共3项" not in answer.text, answer.text
    assert "组织会员企业参加展销会" in answer.text, answer.text
    whole = library.ask("柳州的通知，工作要求一共几条？")
    assert "共3项" in whole.text, whole.text


def test_the_colophon_gives_the_printing_date(library) -> None:  # type: ignore[no-untyped-def]
    assert library.kb.docs[DOC_ID].meta.printed_date == "2024-03-07"
    answer = library.ask("柳州那份通知的落款日期和印发日期分别是哪天？")
    assert "2024年3月5日" in answer.text and "2024年3月7日" in answer.text, answer.text
    # (a document without a 版记 is dated by its 成文日期; no "没有写明印发日期" beside it)
    national = library.ask("87号文是哪天印发的？")
    assert "2023年4月14日" in national.text and "没有写明印发日期" not in national.text, national.text


def test_several_fields_of_the_record_are_all_answered(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("开发这边核对一下：柳州那份通知的成文日期、发布日期和主题分类各是什么？")
    for value in ("2024年3月5日", "2024年3月8日", "工业、交通"):
        assert value in answer.text, answer.text


def test_a_part_that_says_each_leans_on_the_part_before(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("柳州的绿色制造行动包括哪两件事？数量各是多少？")
    assert {c.doc_id for c in answer.citations} == {DOC_ID}, answer.text
    assert "7家" in answer.text and "4个" in answer.text, answer.text


def test_rows_split_from_their_header_are_named_by_the_clause_before() -> None:
    from assistant.table_rows import table_rows

    header = "附件\n序号  活动名称          时间        地点"
    rows = "1     苎麻服饰展销会    2024年6月   柳州会展中心\n2     麻纺面料质量比对  2024年8月   市纤维检验所"
    assert table_rows(rows)[1].cells == "麻纺面料质量比对，2024年8月，市纤维检验所"
    assert table_rows(rows, before=header)[1].cells == "活动名称：麻纺面料质量比对，时间：2024年8月，地点：市纤维检验所"
    # (a row's line is quoted as the file has it)
    assert table_rows(rows, before=header)[0].line == rows.splitlines()[0]


def test_words_that_only_ask_for_a_date_are_no_topic_a_clause_must_hold(library) -> None:  # type: ignore[no-untyped-def]
    # (几号 and the 前报 the segmenter cut after it are the asking; 活动总结 is the topic)
    answer = library.ask("柳州的活动总结几号前报？")
    assert not answer.refused and "2024年11月20日" in answer.text, answer.text


def test_a_discount_or_a_budget_the_clause_does_not_state_is_refused(library) -> None:  # type: ignore[no-untyped-def]
    assert library.ask("柳州的苎麻服饰展销会折扣力度是多少？").refused
    assert library.ask("柳州这次优供给促升级活动的总预算是多少？").refused


def test_a_report_that_never_says_the_campaigns_word_does_not_answer_on_it(library) -> None:  # type: ignore[no-untyped-def]
    trap = library.ask("2022年某省政府工作报告给服装消费定了多少增长目标？")
    assert trap.refused and "服装" in trap.text, trap.text
    # (the same report answers what it does speak of, in other words too)
    answer = library.ask("2022年某省政府工作报告定的物价涨幅目标是多少？")
    assert not answer.refused and "3%左右" in answer.text, answer.text


def test_a_comparison_follow_up_stays_on_the_report(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "2022年某省政府工作报告里，过去五年完成的技术改造投资是多少？", "比前五年增长了多少？")
    assert answer.citations and answer.citations[0].doc_id == "report-2022", answer.text
    assert "45%" in answer.text, answer.text


def test_a_follow_up_with_a_topic_of_its_own_drops_the_earlier_topic(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "2022年某省政府工作报告里地区生产总值预期增长多少？", "它对制造业又是怎么提的？")
    assert answer.citations and answer.citations[0].doc_id == "report-2022", answer.text
    assert "高端化" in answer.text.split("依据条款")[0], answer.text


def test_an_attachment_name_wrapped_onto_the_next_printed_line_is_whole() -> None:
    from index.metadata import extract

    text = "\n".join(["关于开展测试活动的通知", "各有关单位：", "一、任务", "组织开展测试活动。",
                      "附件：2024年中山休闲服装牛仔服装优供给促升级重点活动", "安排表",
                      "中山市工业和信息化局", "2024年4月2日"])
    meta, _layout = extract(text)
    assert [a.name for a in meta.attachments] == ["2024年中山休闲服装牛仔服装优供给促升级重点活动安排表"]
    assert meta.signatories == ["中山市工业和信息化局"]


def test_a_follow_up_naming_another_document_with_its_own_topic_drops_the_earlier_topic(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "2022年某省政府工作报告里地区生产总值预期增长多少？", "柳州的营收增长目标呢？")
    assert answer.citations and answer.citations[0].doc_id == DOC_ID, answer.text
    assert "营业收入增长6%" in answer.text, answer.text


def test_of_a_reports_clauses_the_one_of_the_year_asked_answers(library) -> None:  # type: ignore[no-untyped-def]
    # (the 2022 report's targets for this year speak of 城镇新增就业 too; 2021 is in the review)
    answer = library.ask("2022年某省政府工作报告里，2021年城镇新增就业人数是多少？")
    assert not answer.refused and "52万人" in answer.text.split("依据条款")[0], answer.text


def test_a_web_notice_without_headings_answers_from_its_body_not_its_title_block_or_sign_off(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("南宁市服装行业协会组织会员企业参加2024秋季服装展销会，报名截止到哪天？")
    assert answer.citations and answer.citations[0].doc_id == ASSOCIATION_ID, answer.text
    assert "2024年7月20日" in answer.text.split("依据条款")[0], answer.text


def test_a_body_named_by_its_short_form_is_the_issuer(library) -> None:  # type: ignore[no-untyped-def]
    # ("南宁服装协会" for 南宁市服装行业协会: its own contact, not someone else's)
    answer = library.ask("南宁服装协会的联系人是谁？")
    assert "王芳" in answer.text and not answer.refused, answer.text


def test_a_web_notice_without_headings_has_a_title_block_and_a_sign_off(library) -> None:  # type: ignore[no-untyped-def]
    from assistant.retrieval import is_head, is_signoff

    doc = library.kb.docs[ASSOCIATION_ID]
    assert not doc.headings and len(doc.chunks) >= 3, [c.text for c in doc.chunks]
    first, *body, last = doc.chunks
    # (they name the notice and its sender; they do not answer about it)
    assert is_head(doc, first) and "南服协〔2024〕7号" in first.text, first.text
    # (the page's 上一篇/下一篇 links are chrome: gone from the text)
    assert is_signoff(doc, last) and "上一篇" not in doc.text, last.text
    assert not any(is_head(doc, c) or is_signoff(doc, c) for c in body)


def test_the_other_contacts_email_is_that_persons_or_none(library) -> None:  # type: ignore[no-untyped-def]
    first = ask_turns(library, "柳州那份通知的联系人是谁？", "她的邮箱是多少？")
    assert "lzfz2024@example.cn" in first.text, first.text
    other = ask_turns(library, "柳州那份通知的联系人是谁？", "她的邮箱是多少？", "那另一位联系人的邮箱呢？")
    assert other.refused and "覃志强" in other.text and "lzfz2024" not in other.text.split("[1]")[0], other.text
    # ("他" is the person the turn before named by its place; "是多少" asks the same of him)
    again = ask_turns(library, "柳州那份通知的联系人是谁？", "第二个人是哪个单位的，电话多少？", "他有邮箱吗？是多少？")
    assert again.refused and "覃志强" in again.text, again.text


def test_what_is_in_the_missing_attachment_is_not_its_name_again(library) -> None:  # type: ignore[no-untyped-def]
    answer = ask_turns(library, "两部门那个通知的附件叫什么？", "帮我把里面列的活动都说一下。")
    assert answer.refused, answer.text

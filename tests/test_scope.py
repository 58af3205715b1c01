"""Which document a question means: roles, the resolver and clarification, table-driven.

The library: the seed notice (subject), two generated local notices (related) — one whose 文号 also
ends in 87号 — and two generated yearly reports (background) of one series."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import NOTICE_ID
from docgen import make_docx

LOCAL_87 = ["浙江省经济和信息化厅 浙江省商务厅", "关于开展2023年浙江省丝绸产业提质活动的通知",
            "浙经信消费〔2023〕87号", "各市经信局、商务局：", "一、工作任务",
            "（一）组织丝绸企业参加时尚发布。各市经信局负责组织本地企业参加。",
            "（二）举办“江南丝韵”精品展，免收参展企业展位费。",
            "二、工作要求", "各市于2023年10月31日前将活动总结报送省经信厅消费品工业处。",
            "联系人：王芳，电话：0571-87000001", "附件：2023年浙江省丝绸活动安排表", "浙江省经济和信息化厅",
            "2023年5月12日", "附件", "2023年浙江省丝绸活动安排表"]
# printed after the 落款 of LOCAL_87: the local notice's attachment is in the library, the subject's is not
LOCAL_87_TABLE = [["序号", "活动名称", "时间", "地点"], ["1", "“江南丝韵”精品展", "2023年9月", "杭州市"],
                  ["2", "丝绸直播周", "2023年11月", "湖州市"]]
LOCAL_OTHER = ["苏州市工业和信息化局", "关于推进2023年纺织服装产业数字化转型的通知",
               "苏市工信数〔2023〕19号", "各县级市（区）工业和信息化主管部门：", "一、主要任务",
               "（一）开展智能化改造诊断。为企业提供免费诊断服务。",
               "联系人：市工信局消费品工业处陈刚，电话：0512-68000002", "苏州市工业和信息化局", "2023年7月18日"]
# A background record whose title holds an everyday word (合理) a campaign question may use.
COURT_REPLY = ["最高人民法院关于知识产权侵权诉讼中合理开支问题的批复",
               "在知识产权侵权诉讼中，被告提交证据证明原告的起诉构成法律规定的滥用权利损害其合法权益，"
               "依法请求原告赔偿其因该诉讼所支付的合理的律师费、交通费、食宿费等开支的，人民法院依法予以支持。"]
REPORT = ["{year}年某省政府工作报告", "一、过去一年工作回顾", "{year}年全省粮食产量达到{n}万吨。", "二、今年主要任务",
          "今年全省地区生产总值预期增长{g}%左右。"]


@pytest.fixture(scope="module")
def library(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    root = tmp_path_factory.mktemp("scope")
    index_dir = root / "index"
    shutil.copytree(seed_index, index_dir)
    local = root / "local"
    local.mkdir()
    make_docx(local / "zj-silk.docx", LOCAL_87, table=LOCAL_87_TABLE, table_after=len(LOCAL_87) - 1)
    (local / "sz-digital.txt").write_text("\n\n".join(LOCAL_OTHER), encoding="utf-8")
    reports = root / "reports"
    reports.mkdir()
    for year, n, g in (("2021", 310, 6), ("2022", 320, 5)):
        lines = [x.format(year=year, n=n, g=g) for x in REPORT]
        (reports / f"report-{year}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    (reports / "court-reply.txt").write_text("\n\n".join(COURT_REPLY), encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    assert kb.add([local], role="related").ok
    assert kb.add([reports], role="background").ok
    return Assistant(Settings(index=IndexSettings(index_dir=index_dir)), kb=kb)


def test_roles_are_kept_and_can_change(library) -> None:  # type: ignore[no-untyped-def]
    kb = library.kb
    assert kb.docs[NOTICE_ID].role == "subject"
    assert kb.docs["zj-silk"].role == "related" and kb.docs["report-2021"].role == "background"
    kb.set_role("report-2021", "related")
    from index.kb import KnowledgeBase

    assert KnowledgeBase(kb.settings).docs["report-2021"].role == "related", "the role is in the manifest"
    kb.set_role("report-2021", "background")
    with pytest.raises(ValueError, match="role must be one of"):
        kb.set_role("report-2021", "main")


# question -> (documents the answer must come from (first citation), or "clarify" with its candidates)
CASES = [
    ("这个活动的联系人是谁？", {NOTICE_ID}),
    ("浙江那个丝绸活动的通知，联系人是谁？", {"zj-silk"}),
    ("苏州的通知要求为企业提供什么服务？", {"sz-digital"}),
    ("苏市工信数〔2023〕19号的联系人是谁？", {"sz-digital"}),
    ("2021年政府工作报告里粮食产量是多少？", {"report-2021"}),
    ("2022年政府工作报告提出地区生产总值增长多少？", {"report-2022"}),
    # 工信厅 in everyday use is a province's department, not the ministry's 办公厅 of the 文号
    ("浙江省2023年丝绸活动省经信厅的联系人是谁？", {"zj-silk"}),
    # the asker describing itself names no document; "这个活动" is the subject
    ("我们省经信厅和商务厅搞这个活动，联系人是谁？", {NOTICE_ID}),
    # two distinctive words of one title name it without a word for a document
    ("苏州的数字化转型诊断收费吗？", {"sz-digital"}),
    # a name only one document uses (quoted, or a body named in several words) names it
    ("“江南丝韵”精品展要交展位费吗？", {"zj-silk"}),
    ("江南丝韵那个展收不收展位费？", {"zj-silk"}),
]


@pytest.mark.parametrize(("question", "docs"), CASES, ids=[c[0] for c in CASES])
def test_answers_come_from_the_document_meant(library, question: str, docs: set[str]) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask(question)
    assert not answer.refused, answer.text
    assert answer.citations and answer.citations[0].doc_id in docs, answer.text


def test_background_reports_do_not_answer_unnamed_questions(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("粮食产量达到多少万吨？")
    assert all(c.doc_id not in ("report-2021", "report-2022") for c in answer.citations) or answer.refused


def test_a_number_two_documents_share_is_stated_not_picked_silently(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("87号文的联系人是谁？")
    ids = {c.doc_id for c in answer.candidates}
    assert ids == {NOTICE_ID, "zj-silk"}, answer.text
    assert "浙经信消费〔2023〕87号" in answer.text and "工信厅联消费函〔2023〕87号" in answer.text


def test_without_a_subject_among_the_candidates_the_answer_asks_which(library) -> None:  # type: ignore[no-untyped-def]
    library.kb.set_role(NOTICE_ID, "related")
    try:
        answer = library.ask("87号文的联系人是谁？")
    finally:
        library.kb.set_role(NOTICE_ID, "subject")
    # Each candidate is answered under its name: the user need not ask again, nothing is picked.
    assert answer.kind == "clarify" and not answer.refused
    assert {c.doc_id for c in answer.candidates} == {NOTICE_ID, "zj-silk"}
    assert "2份文件" in answer.text and "写明标题或文号" in answer.text
    assert "纵瑞龙" in answer.text and "王芳" in answer.text
    assert {c.doc_id for c in answer.citations} == {NOTICE_ID, "zj-silk"}


def test_follow_up_naming_another_year_switches_document(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    first = library.ask("2021年政府工作报告里粮食产量是多少？")
    assert first.citations[0].doc_id == "report-2021"
    second = library.ask("那下一年的报告呢？", history=[Turn("2021年政府工作报告里粮食产量是多少？", first)])
    assert second.citations and second.citations[0].doc_id == "report-2022", second.text
    third = library.ask("2022年的呢？", history=[Turn("2021年政府工作报告里粮食产量是多少？", first)])
    assert third.citations and third.citations[0].doc_id == "report-2022", third.text


def test_a_contact_person_names_the_document(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("王芳的电子邮箱是多少？")  # zj-silk's contact; no notice gives an e-mail address
    assert answer.refused and "电子邮箱" in answer.text, answer.text
    assert {c.doc_id for c in answer.citations} <= {"zj-silk"}, answer.text


def test_a_joint_notice_contact_is_not_the_second_issuers(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("商务部那边负责这个活动的联系人是谁？")
    assert answer.refused and "没有写明商务部的联系人" in answer.text, answer.text
    assert library.ask("这个活动的联系人是谁？").refused is False


def test_a_year_with_a_kind_names_that_kind_not_a_notice_of_the_year(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    first = library.ask("2021年政府工作报告里粮食产量是多少？")
    answer = library.ask("2023年的呢？", history=[Turn("2021年政府工作报告里粮食产量是多少？", first)])
    # no 2023 report: the notices of 2023 are not candidates for "the 2023 report"
    assert not {c.doc_id for c in answer.candidates} & {NOTICE_ID, "zj-silk", "sz-digital"}, answer.text


def test_a_follow_up_that_only_asks_keeps_the_topic(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    first = library.ask("浙江那个丝绸活动的通知，联系人是谁？")
    assert first.citations[0].doc_id == "zj-silk"
    second = library.ask("那总结什么时候报？", history=[Turn("浙江那个丝绸活动的通知，联系人是谁？", first)])
    assert second.citations and second.citations[0].doc_id == "zj-silk", second.text
    assert "10月31日" in second.text


def test_another_document_leaves_the_one_the_conversation_is_on(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    first = library.ask("浙江那个丝绸活动的通知，联系人是谁？")
    assert first.citations[0].doc_id == "zj-silk"
    # 87号 fits both; "另一个" is not the document the conversation is on
    other = library.ask("另一个87号文的联系人是谁？", history=[Turn("浙江那个丝绸活动的通知，联系人是谁？", first)])
    assert other.citations and other.citations[0].doc_id == NOTICE_ID, other.text
    assert not other.candidates, "the other document is meant, not a choice between the two"


def test_a_year_follow_up_after_a_question_without_one_switches_year(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1, q2 = "2021年政府工作报告里粮食产量是多少？", "那地区生产总值预期增长多少？"
    a1 = library.ask(q1)
    a2 = library.ask(q2, history=[Turn(q1, a1)])
    assert a2.citations and a2.citations[0].doc_id == "report-2021", a2.text
    a3 = library.ask("2022年的呢？", history=[Turn(q1, a1), Turn(q2, a2)])
    assert a3.citations and a3.citations[0].doc_id == "report-2022", a3.text
    assert "5%" in a3.text


def test_this_item_is_the_item_of_the_last_answer(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "通知里第（三）项工作任务讲的是什么？"
    a1 = library.ask(q1)
    assert "（三）" in (a1.citations[0].section or "")
    a2 = library.ask("那这一项下面要组织哪些活动？", history=[Turn(q1, a1)])
    assert a2.citations and "（三）" in (a2.citations[0].section or ""), a2.text


def test_a_name_two_documents_use_is_stated_not_picked(library) -> None:  # type: ignore[no-untyped-def]
    # 消费品工业处 is in both local notices, never in the subject: the answer names both
    answer = library.ask("消费品工业处的联系人电话是多少？")
    assert {c.doc_id for c in answer.candidates} == {"zj-silk", "sz-digital"}, answer.text


def test_the_asker_naming_its_own_body_names_no_document(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("市工信局消费品工业处的同志：这个活动的联系人是谁？")
    assert not answer.candidates and answer.citations and answer.citations[0].doc_id == NOTICE_ID, answer.text


def test_a_follow_up_naming_another_document_drops_the_words_that_named_the_first(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "两部门的通知里联系人是谁？"
    a1 = library.ask(q1)
    assert a1.citations[0].doc_id == NOTICE_ID
    a2 = library.ask("那浙江丝绸活动的呢？", history=[Turn(q1, a1)])
    assert not a2.candidates and a2.citations and a2.citations[0].doc_id == "zj-silk", a2.text


def test_the_next_item_replaces_the_innermost_place_named(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "通知第二部分工作任务第一项讲的是什么？"
    a1 = library.ask(q1)
    assert "（一）" in (a1.citations[0].section or ""), a1.text
    a2 = library.ask("第三项呢？", history=[Turn(q1, a1)])
    assert a2.citations and (a2.citations[0].section or "").startswith("二、工作任务 > （三）"), a2.text


def test_a_background_record_is_not_named_by_one_everyday_word_of_its_title(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("纺织服装活动通知怎么推动产业在不同地区合理分布？")
    assert all(c.doc_id != "court-reply" for c in answer.citations), answer.text
    named = library.ask("最高人民法院那个合理开支的批复怎么说律师费？")
    assert named.citations and named.citations[0].doc_id == "court-reply", named.text


def test_a_follow_up_with_a_new_topic_of_its_own_is_not_pulled_back_to_the_old_one(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "通知里关于产业链供应链稳定的是哪一项？"
    a1 = library.ask(q1)
    a2 = library.ask("它对开放合作那条又说了啥", history=[Turn(q1, a1)])
    assert a2.citations and "开放合作" in (a2.citations[0].section or ""), a2.text


def test_json_shape_carries_candidates(library) -> None:  # type: ignore[no-untyped-def]
    data = library.ask("87号文的联系人是谁？").to_json()
    assert {c["doc_id"] for c in data["candidates"]} == {NOTICE_ID, "zj-silk"}


def test_an_attachment_printed_in_a_local_notice_answers_and_the_subjects_missing_one_does_not(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("浙江丝绸活动的附件里，直播周在哪里办、几月？")
    assert not answer.refused and "湖州市" in answer.text and "2023年11月" in answer.text
    assert answer.citations[0].doc_id == "zj-silk" and answer.citations[0].section.startswith("附件：")
    # The subject's own attachment was never saved: another notice's table is not the one asked about.
    missing = library.ask("附件活动计划表里的活动都安排在几月？")
    assert missing.refused and "未收录" in missing.text
    assert all(c.doc_id == NOTICE_ID for c in missing.citations) and "湖州" not in missing.text


def test_a_level_of_government_narrows_the_documents_a_year_fits(library) -> None:  # type: ignore[no-untyped-def]
    # Three 2023 documents: the ministries' notice, a province's and a city's.
    province = library.ask("2023年省里那个活动，总结什么时候报？")
    assert province.citations and province.citations[0].doc_id == "zj-silk", province.text
    city = library.ask("2023年市里那个通知的联系人是谁？")
    assert city.citations and city.citations[0].doc_id == "sz-digital", city.text


def test_a_year_alone_names_the_background_records_of_that_year(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("2021年粮食产量达到多少万吨？")
    assert not answer.refused and answer.citations[0].doc_id == "report-2021" and "310" in answer.text, answer.text
    # (a year with the campaign's own words stays with the campaign: no report answers it)
    campaign = library.ask("2021年纺织服装优供给促升级活动的联系人是谁？")
    assert all(c.doc_id not in ("report-2021", "report-2022") for c in campaign.citations), campaign.text


def test_the_previous_report_keeps_the_topic_and_a_third_turn_builds_on_the_second(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "2022年政府工作报告里粮食产量是多少？"
    a1 = library.ask(q1)
    a2 = library.ask("比它早一年的呢", history=[Turn(q1, a1)])
    assert a2.citations and a2.citations[0].doc_id == "report-2021" and "310" in a2.text, a2.text
    a3 = library.ask("那下一年的报告呢？", history=[Turn(q1, a1), Turn("比它早一年的呢", a2)])
    assert a3.citations and a3.citations[0].doc_id == "report-2022" and "320" in a3.text, a3.text


def test_a_question_that_names_nothing_stays_on_the_local_notice_of_the_conversation(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "浙江那个丝绸活动的通知，联系人是谁？"
    a1 = library.ask(q1)
    assert a1.citations[0].doc_id == "zj-silk"
    a2 = library.ask("活动总结几号前报？", history=[Turn(q1, a1)])
    assert a2.citations and a2.citations[0].doc_id == "zj-silk" and "10月31日" in a2.text, a2.text
    a3 = library.ask("他们的电话多少？", history=[Turn(q1, a1)])
    assert a3.citations and a3.citations[0].doc_id == "zj-silk", a3.text


@pytest.mark.parametrize(("question", "level", "named"), [
    ("2023年省里那个活动的联系人", "province", True),
    ("市级的通知什么时候发的", "city", False),
    ("那国家那份通知里写的活动时间呢", "central", True),
    ("广告里能不能用“国家级”“最佳”这样的词？", None, False),  # an adjective, not a document's level
    ("我们省里要做宣传，通知建议用哪些渠道？", None, False),  # who asks, not which document
    ("培育多少家省级智能工厂？", "province", False),  # narrows named documents only
])
def test_the_level_of_government_a_question_names(question: str, level: str | None, named: bool) -> None:
    from assistant.scope import LEVEL_NAMED, asked_level

    assert asked_level(question) == level
    assert bool(LEVEL_NAMED.search(question)) == named


def test_a_field_follow_up_about_a_local_notice_is_answered_from_its_record(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "苏州的通知是哪个单位发的？"
    a1 = library.ask(q1)
    assert a1.citations[0].doc_id == "sz-digital", a1.text
    # no clause of it has the word 文号: the record answers, not a refusal
    a2 = library.ask("它的文号是多少？成文日期呢？", history=[Turn(q1, a1)])
    assert "苏市工信数〔2023〕19号" in a2.text and "2023年7月18日" in a2.text, a2.text


def test_a_row_of_a_table_is_found_by_its_number(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "浙江丝绸活动附件表里第一个活动是什么？"
    a1 = library.ask(q1)
    assert "“江南丝韵”精品展" in a1.text and "丝绸直播周" not in a1.text.split("依据条款")[0], a1.text
    a2 = library.ask("第二个呢，几月在哪？", history=[Turn(q1, a1)])
    assert "丝绸直播周" in a2.text and "湖州市" in a2.text and "2023年11月" in a2.text, a2.text
    # Traditional characters, a requirement verb (牵头): still a question about the missing attachment
    missing = library.ask("附件活動計劃表裡第三項活動由哪個單位牽頭？")
    assert missing.refused and "未收录" in missing.text, missing.text


def test_a_guess_from_a_word_only_a_local_notice_uses_gives_way_when_that_notice_is_silent(
        library, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # As if a word of the question were only sz-digital's ("网购" of a local notice): that notice
    # says nothing of the federation's duties; the question is asked again of the subject.
    from assistant.scope import Resolution

    real = library.resolver.resolve

    def guessing(query, conversation_doc=None, allowed=None, by_content_allowed=True):  # type: ignore[no-untyped-def]
        if by_content_allowed:
            return Resolution(docs={"sz-digital"}, named=["sz-digital"], reference="x", guessed=True)
        return real(query, conversation_doc, allowed, by_content_allowed=False)

    monkeypatch.setattr(library.resolver, "resolve", guessing)
    answer = library.ask("中国纺织工业联合会要负责什么？")
    assert not answer.refused and answer.citations[0].doc_id == NOTICE_ID, answer.text
    still = library.ask("苏州的诊断服务收费吗？")  # the guessed notice answers: it stays
    assert still.citations and still.citations[0].doc_id == "sz-digital", still.text


XJ_COTTON = ["新疆维吾尔自治区工业和信息化厅 新疆维吾尔自治区商务厅",
             "关于开展2024年新疆棉纺织提质行动的通知", "新工信消费〔2024〕9号",
             "各地（州、市）工业和信息化局：", "一、重点任务",
             "（一）推动棉纺织企业技术改造，2024年底前实施不少于30个技术改造项目。",
             "（二）办好棉纺织技能大赛，由自治区纺织行业协会负责大赛的组织和宣传工作。",
             "（三）棉纺织技能大赛决赛于2024年9月在喀什市举办。",
             "联系人：消费品工业处李明，电话：0991-0000001", "新疆维吾尔自治区工业和信息化厅", "2024年3月1日"]


GS_WOOL = ["甘肃省工业和信息化厅 甘肃省商务厅", "关于开展2024年甘肃毛纺产业提升活动的通知", "甘工信发〔2024〕3号",
           "各市（州）工业和信息化局、商务局：", "一、重点任务", "（一）支持毛纺企业开发新产品。",
           "联系人：省商务厅 王强，电话：0931-0000002", "甘肃省工业和信息化厅 甘肃省商务厅", "2024年4月1日"]
# A district's notice: its people name it by the district (秀洲), which its issuers' names hold after the city's.
XZ_APPAREL = ["嘉兴市秀洲区经济和信息化局 嘉兴市秀洲区商务局", "关于开展2024年服装品牌提升活动的通知",
              "秀经信〔2024〕5号", "各镇人民政府、街道办事处：", "一、重点任务", "（一）支持服装企业建设自主品牌。",
              "联系人：区经济和信息化局 陈亮，电话：0573-0000003；区非物质文化遗产保护中心 赵敏，电话：0573-0000004",
              "嘉兴市秀洲区经济和信息化局", "2024年5月6日"]


@pytest.fixture(scope="module")
def place_library(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    root = tmp_path_factory.mktemp("place")
    shutil.copytree(seed_index, root / "index")
    (root / "xj.txt").write_text("\n\n".join(XJ_COTTON), encoding="utf-8")
    (root / "gs.txt").write_text("\n\n".join(GS_WOOL), encoding="utf-8")
    (root / "xz.txt").write_text("\n\n".join(XZ_APPAREL), encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=root / "index"))
    assert kb.add([root / "xj.txt", root / "gs.txt", root / "xz.txt"], role="related").ok
    return Assistant(Settings(index=IndexSettings(index_dir=root / "index")), kb=kb)


@pytest.mark.parametrize(("question", "doc"), [
    # the national notice lists 新疆生产建设兵团 among its addressees; the place still names the
    # notice its issuers are named after
    ("新疆那份通知的联系人是谁？", "xj"),
    ("新疆文件里的技改项目年底前要完成几个？", "xj"),
    # used as the national notice uses it, the word is that notice's own
    ("通知主送新疆生产建设兵团的哪些部门？", NOTICE_ID),
])
def test_a_place_in_the_subjects_addressees_still_names_the_notice_issued_there(
        place_library, question: str, doc: str) -> None:  # type: ignore[no-untyped-def]
    answer = place_library.ask(question)
    assert answer.citations and answer.citations[0].doc_id == doc, answer.text


def test_a_district_names_the_notice_its_issuers_are_named_after(place_library) -> None:  # type: ignore[no-untyped-def]
    # (嘉兴市秀洲区…: the city opens the issuer's name, the district follows; "秀洲的呢？" says no
    # word for a document, so only the place its issuers are named after can name it)
    from assistant.models import Turn

    first = place_library.ask("甘肃那份通知的主送单位有哪些？")
    assert first.citations and first.citations[0].doc_id == "gs", first.text
    answer = place_library.ask("秀洲的呢？", history=[Turn(question="甘肃那份通知的主送单位有哪些？", answer=first)])
    assert answer.citations and answer.citations[0].doc_id == "xz", answer.text
    assert "各镇人民政府" in answer.text, answer.text


def test_a_party_named_by_its_short_form_is_the_contact_lines_party(place_library) -> None:  # type: ignore[no-untyped-def]
    # ("非遗保护中心" is the line's "区非物质文化遗产保护中心", not a body the notice does not list)
    answer = place_library.ask("秀洲那份通知里非遗保护中心的电话是多少？")
    assert not answer.refused and "0573-0000004" in answer.text, answer.text


def test_a_district_alone_names_its_notice(tmp_path: Path) -> None:
    from assistant import Assistant, Settings
    from assistant.query import analyse
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    (tmp_path / "gs.txt").write_text("\n\n".join(GS_WOOL), encoding="utf-8")
    (tmp_path / "xz.txt").write_text("\n\n".join(XZ_APPAREL), encoding="utf-8")
    settings = IndexSettings(index_dir=tmp_path / "index")
    kb = KnowledgeBase(settings)
    assert kb.add([tmp_path / "gs.txt", tmp_path / "xz.txt"], role="related").ok
    resolver = Assistant(Settings(index=settings), kb=kb).resolver
    assert resolver.resolve(analyse("秀洲的呢？")).named == ["xz"]
    assert resolver.resolve(analyse("嘉兴的呢？")).named == ["xz"]
    # (the tokenizer reads "秀洲家纺" as one word: the place is found in the text itself)
    assert resolver.resolve(analyse("秀洲家纺那份通知的联系人是谁？")).named == ["xz"]


def test_an_issuer_named_after_the_asking_words_is_still_an_issuer(library) -> None:  # type: ignore[no-untyped-def]
    # "有事找商务厅…": the words before the name are the asking, not part of another body's name
    answer = library.ask("浙江那个丝绸活动的通知，有事找商务厅的话联系谁？")
    assert not answer.refused and "王芳" in answer.text, answer.text


def test_another_notice_does_not_answer_for_the_silent_subject_about_something_else(library) -> None:  # type: ignore[no-untyped-def]
    # the subject's clause on 链主企业 says nothing of fees; the local notice's fee-free exhibition
    # is not about 链主企业
    answer = library.ask("通知里说的链主企业参加活动要交展位费吗？")
    assert answer.refused and {c.doc_id for c in answer.citations} <= {NOTICE_ID}, answer.text
    # where the other notice speaks of what was asked, it still answers
    assert library.ask("参加江南丝韵精品展要交展位费吗？").citations[0].doc_id == "zj-silk"


@pytest.mark.parametrize("question", ["两部委为什么要发这份东西，开头交代的理由是什么", "搞这个活动的目的是什么？",
                                      "这个活动说到底想达到啥效果？", "这次活动说到底想让整个行业达到什么效果？"])
def test_the_purpose_of_a_notice_is_its_opening_paragraph(library, question: str) -> None:  # type: ignore[no-untyped-def]
    # a 公文 says why it is issued before its first heading ("为……，现组织开展……")
    answer = library.ask(question)
    assert answer.citations[0].doc_id == NOTICE_ID and answer.citations[0].section is None, answer.text
    assert "开头：为加快建设" in answer.text and "意思最接近" not in answer.text, answer.text


def test_the_state_one_task_aims_at_is_that_tasks_clause_not_the_opening(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("通知讲卖货渠道，线上线下要达到什么状态？")
    assert answer.citations and answer.citations[0].section and "（四）" in answer.citations[0].section, answer.text


def test_the_clause_that_holds_the_value_asked_for_answers_before_one_that_only_names_the_thing(
        place_library) -> None:  # type: ignore[no-untyped-def]
    answer = place_library.ask("新疆那份通知的技能大赛什么时候组织？")
    assert not answer.refused and "2024年9月" in answer.text.split("依据条款")[0], answer.text


def test_a_place_in_another_clause_tells_apart_the_notices_a_shared_body_names(place_library) -> None:  # type: ignore[no-untyped-def]
    # 商务厅 is in both local notices' titles; 新疆, said in another clause, is one's issuers' place
    answer = place_library.ask("新疆的，商务厅那个文件的联系人是谁？")
    assert not answer.candidates and answer.citations[0].doc_id == "xj", answer.text


@pytest.mark.parametrize("question", ["纺织品中甲醛含量的国家限量是多少？",
                                      "我们印染厂搞节能减污降碳，一年用能大概八千吨标准煤，算不算重点用能单位？"])
def test_a_local_notice_does_not_answer_what_the_subject_is_silent_on_in_other_words(
        library, question: str) -> None:  # type: ignore[no-untyped-def]
    # the local notice shares 纺织 or 企业 with the question, not what it asks about
    answer = library.ask(question)
    assert all(c.doc_id != "zj-silk" for c in answer.citations[:1]), answer.text


def _hit(kb, doc_id: str, words: str):  # type: ignore[no-untyped-def]
    from assistant.retrieval import Hit

    doc = kb.docs[doc_id]
    return Hit(next(c for c in doc.chunks if words in c.text), doc, 1.0)


def test_a_term_of_the_question_only_the_other_document_uses_is_seen(library) -> None:  # type: ignore[no-untyped-def]
    from assistant.fallback import own_term
    from assistant.query import analyse

    kb = library.kb
    energy = [_hit(kb, "节约能源法(2018-10-26)", "五千吨以上不满一万吨")]
    # 重点用能单位: six characters of the question, verbatim in the law, never in the notice
    assert own_term(kb, analyse("一年用能八千吨标准煤，算不算重点用能单位？"), {NOTICE_ID}, energy)
    # 节能减污降碳 is the notice's own phrase: no sign the law is meant
    assert not own_term(kb, analyse("搞节能减污降碳有什么支持？"), {NOTICE_ID}, energy)


def test_another_document_must_speak_of_what_the_question_is_about(library) -> None:  # type: ignore[no-untyped-def]
    from assistant.evidence import weighted_terms
    from assistant.fallback import keeps_topic
    from assistant.query import analyse

    kb = library.kb
    notice = [_hit(kb, NOTICE_ID, "抓好宣传报道")]
    silk = [_hit(kb, "zj-silk", "江南丝韵")]
    # the notice's clause shares nothing; the question's most specific known word (展位费) decides
    assert keeps_topic(kb, weighted_terms(kb, analyse("精品展的展位费收不收？")), notice, silk)
    assert not keeps_topic(kb, weighted_terms(kb, analyse("纺织品甲醛含量的国家限量是多少？")), notice, silk)


def test_a_table_printed_after_the_sign_off_is_asked_about_without_the_word_attachment(library) -> None:  # type: ignore[no-untyped-def]
    # "附的那张表": the attachment printed in the notice, by its row number or by its name
    row = library.ask("浙江那个丝绸活动通知附的那张表里第二行是什么活动？")
    assert "丝绸直播周" in row.text.split("依据条款")[0], row.text
    name = library.ask("浙江那个丝绸活动的通知后面附的那张表叫什么？")
    assert not name.refused and "2023年浙江省丝绸活动安排表" in name.text, name.text


def test_the_sign_off_does_not_answer_a_question_about_the_text(library) -> None:  # type: ignore[no-untyped-def]
    from assistant.retrieval import is_signoff

    # the issuers' names share the place with the question; the clause about the summary answers
    answer = library.ask("浙江省经济和信息化厅那份丝绸通知，活动总结什么时候报？")
    assert answer.citations[0].section and "2023年10月31日" in answer.text.split("依据条款")[0], answer.text
    doc = library.kb.docs["zj-silk"]
    signoff = [c for c in doc.chunks if is_signoff(doc, c)]
    assert signoff and all("2023年5月12日" in c.text for c in signoff)


def test_a_place_only_one_provinces_notice_names_says_which_province_the_asker_means(place_library) -> None:  # type: ignore[no-untyped-def]
    # 喀什 is in 新疆's notice only: "省里的活动" is that province's
    answer = place_library.ask("我们是喀什的棉纺厂，省里那个活动的联系人是谁？")
    assert not answer.candidates and "李明" in answer.text, answer.text


def test_this_table_is_the_table_the_last_answer_named(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "87号文的附件是什么？"
    a1 = library.ask(q1)
    a2 = library.ask("那谁按这个表来安排活动？", history=[Turn(q1, a1)])
    assert "活动计划表" in (a2.resolved_question or ""), a2.resolved_question
    assert a2.citations[0].section and "加强组织协调" in a2.citations[0].section, a2.text
    # "那表里第一行": a row of the table it named, which was never saved
    a3 = library.ask("那表里第一行是什么活动？", history=[Turn(q1, a1)])
    assert a3.refused and "未收录" in a3.text, a3.text


def test_which_firms_by_name_is_not_answered_by_a_clause_naming_their_kind(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("浙江那个丝绸活动里，参加时尚发布的丝绸企业有哪几家？")
    assert answer.refused and "企业名称" in answer.text, answer.text


def test_who_runs_it_is_answered_by_the_clause_that_says_who_is_responsible(place_library) -> None:  # type: ignore[no-untyped-def]
    from assistant.citing import Composer
    from assistant.compose import Context, _value_first
    from assistant.evidence import weighted_terms
    from assistant.query import analyse
    from assistant.retrieval import Hit

    kb = place_library.kb
    doc = kb.docs["xj"]
    dated, runs = (next(c for c in doc.chunks if w in c.text) for w in ("决赛于", "负责大赛"))
    # the clause that dates the contest ranks first; the one that says who is responsible is close
    hits = [Hit(dated, doc, 1.0), Hit(runs, doc, 0.95)]
    query = analyse("新疆那份通知的技能大赛由哪家来组织？")
    ctx = Context(Composer(kb, place_library.settings.retrieval), query, hits, weighted_terms(kb, query))
    _value_first(ctx)
    assert ctx.hits[0].chunk is runs
    # a question for the date keeps the dated clause first
    query = analyse("新疆那份通知的技能大赛什么时候办？")
    ctx = Context(Composer(kb, place_library.settings.retrieval), query, [Hit(dated, doc, 1.0), Hit(runs, doc, 0.95)],
                  weighted_terms(kb, query))
    _value_first(ctx)
    assert ctx.hits[0].chunk is dated


def test_documents_answered_one_after_another_come_in_the_order_the_question_names_them(place_library) -> None:  # type: ignore[no-untyped-def]
    answer = place_library.ask("新疆的和甘肃的通知，联系人各是谁？")
    assert [c.doc_id for c in answer.candidates] == ["xj", "gs"], answer.text
    assert answer.text.index("李明") < answer.text.index("王强"), answer.text


def test_words_pointing_at_the_document_are_not_part_of_the_body_asked_about(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("2023年浙江丝绸通知里商务厅的联系人是谁？")
    assert not answer.refused and "王芳" in answer.text, answer.text


def test_a_follow_up_of_a_question_about_the_campaign_stays_about_the_campaign(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    # 专项资金 is in the SME law of the library, never in the notice: after a question about the
    # campaign, "有专项资金吗" is still asked of the campaign, not answered with the law's fund
    q1 = "这个活动是哪两个部门发的？"
    follow = library.ask("有专项资金吗？", history=[Turn(q1, library.ask(q1))])
    assert {c.doc_id for c in follow.citations} <= {NOTICE_ID}, follow.text


def test_the_rows_of_a_table_are_listed_and_the_last_one_is_counted_from_them(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "浙江丝绸活动的安排表里列了哪些活动？"
    a1 = library.ask(q1)
    assert a1.kind == "list" and "“江南丝韵”精品展" in a1.text and "丝绸直播周" in a1.text, a1.text
    # "最后一项" counts the rows just listed, and the row says where
    a2 = library.ask("最后一项在哪儿办？", history=[Turn(q1, a1)])
    assert "湖州市" in a2.text and "杭州市" not in a2.text.split("依据条款")[0], a2.text


def test_the_row_a_question_names_by_its_words_answers_whole(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("浙江安排表里那个丝绸直播周是几月份的？")
    lead = answer.text.split("依据条款")[0]
    assert "2023年11月" in lead and "2023年9月" not in lead, answer.text


def test_a_reply_that_picks_one_of_the_documents_named_asks_the_question_again_of_it(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "87号文的联系人是谁？"
    a1 = library.ask(q1)
    assert {c.doc_id for c in a1.candidates} == {NOTICE_ID, "zj-silk"}, a1.text
    a2 = library.ask("我说的是浙江那个。", history=[Turn(q1, a1)])
    assert "王芳" in a2.text and "纵瑞龙" not in a2.text, a2.text
    assert {c.doc_id for c in a2.citations} == {"zj-silk"}


def test_what_a_notice_sets_out_to_do_is_the_list_under_its_task_heading(library) -> None:  # type: ignore[no-untyped-def]
    # the words of its title (丝绸) name the notice, not the heading that happens to hold them
    answer = library.ask("浙江那个丝绸活动主要干哪几件事？")
    assert answer.kind == "list" and "“一、工作任务”共2项" in answer.text, answer.text
    # a question with a topic of its own ("在哪几件事上做强") is no request for the task list
    topical = library.ask("浙江那个丝绸活动说到底想在哪几件事上做强品牌？")
    assert topical.kind != "list", topical.text


def test_a_part_naming_its_own_thing_does_not_borrow_the_part_befores(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("浙江安排表里：江南丝韵精品展是几月在杭州办的吗？直播周在哪办？")
    second = answer.text.split("2. ")[-1].split("依据条款")[0]
    assert "湖州市" in second and "杭州市" not in second, answer.text


def test_a_report_named_by_its_year_is_meant_though_the_question_says_the_year_before(
        index_copy: Path, tmp_path: Path) -> None:
    from assistant import Assistant, Settings, Turn
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    reports = tmp_path / "reports"
    reports.mkdir()
    for year, n, g in (("2020", 300, 7), ("2021", 310, 6), ("2022", 320, 5)):
        lines = [x.format(year=year, n=n, g=g) for x in REPORT]
        (reports / f"report-{year}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=index_copy))
    assert kb.add([reports], role="background").ok
    bot = Assistant(Settings(index=IndexSettings(index_dir=index_copy)), kb=kb)
    q1 = "2021年某省政府工作报告里粮食产量是多少？"
    a1 = bot.ask(q1)
    # "2022年那份报告说上一年…": the 2022 report, not the one a year before the conversation's
    a2 = bot.ask("2022年那份报告说上一年粮食产量多少？", history=[Turn(q1, a1)])
    assert a2.citations and a2.citations[0].doc_id == "report-2022", a2.text


def test_another_document_named_after_a_question_about_the_national_one_keeps_what_was_asked(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "国家通知的联系人是谁？"
    a1 = library.ask(q1)
    a2 = library.ask("浙江那份呢？", history=[Turn(q1, a1)])
    assert "王芳" in a2.text and "联系人" in (a2.resolved_question or ""), (a2.resolved_question, a2.text)
    # "它是什么格式": the format of the attachment the answer named
    q3 = "国家通知的附件是什么？"
    a3 = library.ask(q3)
    a4 = library.ask("它是什么格式？", history=[Turn(q3, a3)])
    assert "Word" in a4.text and not a4.refused, a4.text


@pytest.mark.parametrize(("question", "held", "refused"), [
    ("我们是宁波的丝绸厂，浙江有没有相关通知？", {"zj-silk"}, False),  # who asks is not the place
    ("有没有苏州的纺织服装通知？", {"sz-digital"}, False),
    ("湖南有没有出过这方面的文件？", {NOTICE_ID, "zj-silk", "sz-digital"}, True),  # none: said, with what is held
    ("库里有哪些地方的通知？", {NOTICE_ID, "zj-silk", "sz-digital"}, False),
])
def test_which_notices_the_library_holds_is_answered_from_its_catalogue(
        library, question: str, held: set[str], refused: bool) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask(question)
    assert answer.kind == ("refusal" if refused else "catalogue") and answer.refused is refused, answer.text
    # campaign documents only: no background report, no law
    assert {c.doc_id for c in answer.citations} == held, answer.text


def test_a_question_about_what_a_notice_offers_is_no_catalogue_question(library) -> None:  # type: ignore[no-untyped-def]
    for question in ("企业有没有补贴政策？", "这个活动有没有相关政策？", "浙江那份通知有没有附件？"):
        assert library.ask(question).kind != "catalogue", question


def test_the_notice_of_the_askers_own_place_is_pointed_to(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("我们是浙江的服装出口企业，这个活动对我们有什么支持？")
    assert answer.citations[0].doc_id == NOTICE_ID, answer.text  # "这个活动" is the campaign
    assert "另：知识库中还有你所在地的相关文件" in answer.text and "浙经信消费〔2023〕87号" in answer.text, answer.text
    # without a place of its own, no note
    assert "另：" not in library.ask("我们是服装出口企业，这个活动对我们有什么支持？").text


def test_a_long_name_two_notices_of_the_year_share_is_stated_not_picked(index_copy: Path, tmp_path: Path) -> None:
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    local = tmp_path / "local"
    local.mkdir()
    for name, region, kind, person in (("a", "甲市", "纺织服装", "赵一"), ("b", "乙市", "家纺服装", "钱二")):
        lines = [f"{region}工业和信息化局关于开展2024年{kind}提质活动的通知", f"{region[0]}工信发〔2024〕{ord(name)}号",
                 "各区工信局：", "一、工作要求", "各区于2024年6月1日前将方案报送市纺织服装产业发展服务中心。",
                 f"联系人：市纺织服装产业发展服务中心 {person}，电话：0101-1234567", f"{region}工业和信息化局", "2024年3月1日"]
        (local / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=index_copy))
    assert kb.add([local], role="related").ok
    bot = Assistant(Settings(index=IndexSettings(index_dir=index_copy)), kb=kb)
    # 纺织服装 is in one title only, but here it is part of the office's name both notices use
    answer = bot.ask("2024年纺织服装产业发展服务中心的联系人是谁？")
    assert {c.doc_id for c in answer.candidates} == {"a", "b"}, answer.text
    assert "赵一" in answer.text and "钱二" in answer.text


def test_a_follow_up_for_a_value_of_a_row_or_of_the_campaign_is_refused_when_not_stated(library) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    q1 = "浙江丝绸活动的安排表里列了哪些活动？"
    a1 = library.ask(q1)
    fee = library.ask("第二个活动要交多少报名费？", history=[Turn(q1, a1)])
    assert fee.refused and "金额" in fee.text.split("\n")[0], fee.text
    q2 = "国家通知里棉纺消费季是什么？"
    a2 = library.ask(q2)
    where = library.ask("在哪几个城市办？", history=[Turn(q2, a2)])
    # still the campaign's question: the notice is silent, and no law answers in its place
    assert where.refused and {c.doc_id for c in where.citations} == {NOTICE_ID}, where.text


def test_an_english_question_names_a_local_notice_by_its_province(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("Who is the contact person of the Zhejiang silk notice?")
    assert answer.citations and answer.citations[0].doc_id == "zj-silk", answer.text
    assert "王芳" in answer.text


def test_a_follow_up_keeps_the_report_its_year_names_and_the_year_it_looks_back_on(library) -> None:  # type: ignore[no-untyped-def]
    """"粮食呢？" after "2022年某省政府工作报告说2021年…增长多少": the same report (its year is
    written against the kind of document), and the year it looks back on stays part of the question;
    "2020年呢？" replaces the year looked back on, not the report's."""
    from assistant.followup import Names, same_question
    from assistant.query import analyse

    earlier = "2022年某省政府工作报告说2021年地区生产总值增长多少？"
    names = Names(library.resolver, library.kb, "report-2022")
    topic = same_question("粮食呢？", analyse("粮食呢？"), earlier, earlier, names)
    assert "2022年政府工作报告" in topic.text and "2021" in topic.text and "粮食" in topic.text, topic.text
    assert library.resolver.resolve(topic, "report-2022").named == ["report-2022"]
    year = same_question("2020年呢？", analyse("2020年呢？"), earlier, earlier, names)
    assert "2022年某省政府工作报告" in year.text and "2020" in year.text and "2021" not in year.text, year.text
    # "2023年的呢？" (a year the 2022 report cannot look back on) and "2021年的报告呢？" (a report's
    # year): the same question of that year's report, the year it looks back on moved with it
    for follow_up, report, looked_back in (("2023年的呢？", "2023", "2022"), ("2021年的报告呢？", "2021", "2020")):
        moved = same_question(follow_up, analyse(follow_up), earlier, earlier, names)
        assert f"{report}年某省政府工作报告说{looked_back}年" in moved.text, moved.text


@pytest.mark.parametrize(("question", "follows"), [
    ("报告说跟它的斗争是第几次路线斗争？", True), ("这篇报告里提到的目标是什么？", True),
    ("报告期内企业营收是多少？", False), ("2019年政府工作报告说了什么？", False),
])
def test_the_report_said_without_naming_one_is_the_report_of_the_conversation(question: str, follows: bool) -> None:
    from assistant.query import analyse

    assert analyse(question).follow_up is follows


def test_a_follow_up_asking_for_something_as_well_keeps_what_was_asked(library) -> None:  # type: ignore[no-untyped-def]
    """"2021年的呢，粮食产量也说一下": the earlier topic for 2021, and the grain as well."""
    from assistant.followup import Names, same_question
    from assistant.query import analyse

    earlier = "2022年某省政府工作报告说今年地区生产总值预期增长多少？"
    names = Names(library.resolver, library.kb, "report-2022")
    question = "2021年的呢，粮食产量也说一下"
    both = same_question(question, analyse(question), earlier, earlier, names)
    assert "生产总值" in both.text and "粮食" in both.text and "2021" in both.text, both.text


def test_a_follow_up_on_another_document_with_one_rare_word_of_its_own_asks_about_that_word(library) -> None:  # type: ignore[no-untyped-def]
    """"苏州那份呢，要求诊断什么？" after "浙江丝绸通知对参展有什么要求？": 诊断 is what is asked of the
    Suzhou notice (a word it uses and the library seldom does), not the earlier 参展; an everyday
    word of two characters would not carry a topic of its own."""
    from assistant.followup import Names, same_question
    from assistant.query import analyse

    earlier = "浙江丝绸通知对参展有什么要求？"
    names = Names(library.resolver, library.kb, "zj-silk")
    asked = "苏州那份呢，要求诊断什么？"
    rewritten = same_question(asked, analyse(asked), earlier, earlier, names)
    assert "诊断" in rewritten.text and "参展" not in rewritten.text, rewritten.text
    everyday_word = "苏州那份呢，要求发展什么？"
    kept = same_question(everyday_word, analyse(everyday_word), earlier, earlier, names)
    assert "参展" in kept.text, kept.text


def test_a_follow_up_keeps_the_thing_handed_in_and_not_the_asking(library) -> None:  # type: ignore[no-untyped-def]
    """"报给哪个处？" after "浙江丝绸通知要各市什么时候报总结？": the 总结 (a kind of document, but
    not the notice's own kind) is the topic carried; 时候, left of 什么时候, is not."""
    from assistant.followup import Names, same_question
    from assistant.query import analyse

    earlier = "浙江丝绸通知要各市什么时候报总结？"
    names = Names(library.resolver, library.kb, "zj-silk")
    rewritten = same_question("报给哪个处？", analyse("报给哪个处？"), earlier, earlier, names)
    assert "总结" in rewritten.text and "时候" not in rewritten.text, rewritten.text

"""Answers without an LLM on the seed notice, through the public `ask`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NOTICE_ID, ROOT

from assistant import Answer, QuestionError, Turn
from assistant.refusal import SILENT

NUMBER = "工信厅联消费函〔2023〕87号"


def _cited_sections(answer: Answer) -> list[str | None]:
    return [c.section for c in answer.citations]


def _every_mark_resolves(answer: Answer) -> None:
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert marks and marks <= {c.n for c in answer.citations}


@pytest.mark.parametrize("question, value", [
    ("这份通知的发文字号是什么？", NUMBER),
    ("通知的成文日期是哪天？", "2023-04-14"),
    ("通知是什么时候发布的？", "2023-04-19"),
    ("这个通知是哪些部门发的？", "工业和信息化部办公厅 商务部办公厅"),
    ("通知发给了哪些单位？", "计划单列市"),
    ("有问题联系谁？", "纵瑞龙"),
    ("联系电话是多少？", "010—68205662"),
])
def test_field_questions_get_one_cited_sentence_from_metadata(assistant, question: str, value: str) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask(question)
    assert answer.kind == "field" and not answer.refused
    assert value in answer.text and len(answer.text.splitlines()) == 1
    _every_mark_resolves(answer)
    assert answer.citations[0].doc_number == NUMBER


def test_list_question_gets_the_items_in_order_each_cited(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("工作任务有哪几个方面？")
    assert answer.kind == "list" and "共5项" in answer.text
    sections = _cited_sections(answer)
    assert [s.split(" > ")[1][:3] for s in sections] == ["（一）", "（二）", "（三）", "（四）", "（五）"]  # type: ignore[union-attr]
    assert all(s.startswith("二、工作任务 > ") for s in sections)  # type: ignore[union-attr]
    assert answer.items == [1, 2, 3, 4, 5]


def test_requirement_question_gets_who_and_what(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("各地商务主管部门需要报送什么？")
    assert answer.kind == "requirement"
    # Each line: the actor as the clause names it, then what it must do (no fragments, no placeholders).
    assert "- 各地工业和信息化主管部门、商务主管部门：" in answer.text and "有关情况及时报送" in answer.text
    assert "条款未单列主体" not in answer.text
    assert "三、工作要求 > （三）注重工作实效" in _cited_sections(answer)
    _every_mark_resolves(answer)


def test_enterprise_question_gets_a_lead_sentence_and_quoted_clauses(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("我们是一家服装出口企业，这个活动对我们有什么支持？")
    assert answer.kind == "general" and not answer.refused
    assert answer.citations[0].section == "二、工作任务 > （五）推进高水平对外开放合作，增强国内国际联动效应"
    assert "出口竞争新优势" in answer.text and "依据条款" in answer.text
    quote = answer.citations[0].quote
    doc = assistant.kb.docs[NOTICE_ID]
    assert re.sub(r"\s", "", doc.original[answer.citations[0].start : answer.citations[0].end]) == re.sub(r"\s", "", quote)


@pytest.mark.parametrize("question, reason", [
    ("参加活动的企业能拿到多少补贴资金？", "金额"),
    ("活动报名的截止日期是什么时候？", "截止日期"),
    ("纺织企业出口退税率是多少？", "税率"),
    ("2024年纺织服装优供给促升级活动有哪些安排？", "2024年"),
    ("附件计划表里列了哪些具体活动？", "未收录"),
    # what the question asks of is not in the notice: a fee, the papers to hand in, another body
    ("参加携手行动要交报名费吗？", "费用"),
    ("企业报名要提交哪些材料？", "材料"),
    ("国家发展改革委对这个活动有什么配套政策？", "国家发展改革委"),
    # the only date near is the sign-off's: it is when the notice was signed, not a deadline
    ("各地的活动方案要在几号之前上报工信部？", "时间"),
    # tax relief of any kind asks for a rate or a sum; the notice speaks of none
    ("参加这个活动的企业有没有减免所得税？", "税率"),
])
def test_unanswerable_questions_are_refused_plainly(assistant, question: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask(question)
    assert answer.refused and answer.text.startswith(SILENT) and reason in answer.text
    assert answer.citations, "the nearest related clause is pointed to"
    for invented in ("万元", "%", "月底前"):
        assert invented not in answer.text.split("\n")[0]


def test_a_part_of_the_notice_is_no_state_body(assistant) -> None:  # type: ignore[no-untyped-def]
    """"国家通知第五部分…": 第五部 is a part of the notice, not a ministry it never mentions."""
    answer = assistant.ask("国家通知第五部分讲对外开放，它标题的后半句是什么？")
    assert "文件没有提到" not in answer.text and "联动效应" in answer.text


def test_a_value_of_one_contact_is_not_answered_with_anothers(tmp_path: Path, index_copy: Path) -> None:
    from assistant import Assistant, Settings
    from index.settings import IndexSettings

    notice = tmp_path / "contacts.txt"
    notice.write_text("关于开展2024年某市箱包展销活动的通知\n某工信〔2024〕5号\n各区工信局：\n一、工作安排\n"
                      "（一）各区于2024年6月1日前报送方案。\n（二）2024年7月举办箱包直播节，支持企业在电商平台开设直播间。\n"
                      "联系人：市工信局消费品科 赵明，电话：0101-1234567，"
                      "电子邮箱：xiangbao@example.cn；市商务局流通科 钱亮，电话：0101-7654321。\n", encoding="utf-8")
    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_copy)))
    assistant.add_files([notice])
    theirs = assistant.ask("箱包展销活动通知里钱亮的电子邮箱是多少？")
    assert theirs.refused and "钱亮" in theirs.text.split("\n")[0], theirs.text
    own = assistant.ask("箱包展销活动通知里赵明的电子邮箱是多少？")
    assert not own.refused and "xiangbao@example.cn" in own.text, own.text
    # the Latin letters of an e-mail address name no platform; "电商平台" names only the kind
    platform = assistant.ask("箱包展销活动的箱包直播节在哪个平台直播？")
    assert platform.refused and "平台名称" in platform.text, platform.text
    month = assistant.ask("箱包展销活动的箱包直播节在哪个月？")
    assert not month.refused and "2024年7月" in month.text.split("依据条款")[0], month.text


def test_an_item_that_says_who_does_what_in_its_heading_sentence_is_the_lead(tmp_path: Path, index_copy: Path) -> None:
    from assistant import Assistant, Settings
    from index.settings import IndexSettings

    notice = tmp_path / "bags.txt"
    notice.write_text("关于开展2024年某市箱包消费活动的通知\n某商〔2024〕9号\n各区商务局：\n一、工作要求\n"
                      "（一）各区于2024年6月1日前报送方案。\n（二）市箱包协会负责箱包直播节的组织实施。\n"
                      "联系人：市箱包协会秘书处 李四，电话：0101-2223333。\n", encoding="utf-8")
    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_copy)))
    assistant.add_files([notice])
    answer = assistant.ask("箱包消费活动里市箱包协会负责啥？")
    assert "负责箱包直播节的组织实施" in answer.text.split("依据条款")[0], answer.text


def test_the_asker_describing_itself_is_not_what_the_clause_must_hold(assistant) -> None:  # type: ignore[no-untyped-def]
    # who asks ("我们是县里的一家小织布厂") shares no word with the clause; what is asked does
    answer = assistant.ask("我们是县里的一家小织布厂，就二十来个人，通知对中西部地区有什么说法？")
    assert not answer.refused and "中西部" in answer.text.split("依据条款")[0], answer.text
    # "国家准备办…" and "国家文件对我们…" name no state body the notice would have to mention
    for question in ("搞设计这块，国家准备办些什么活动？", "国家文件对我们中西部的企业是怎么说的？"):
        answer = assistant.ask(question)
        assert "没有提到国家" not in answer.text, answer.text


def test_what_a_term_means_is_answered_from_how_the_notice_uses_it(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("链主企业是什么意思？")
    assert not answer.refused and answer.text.startswith("文件没有给出定义"), answer.text
    assert "发挥链主企业带动作用" in answer.text
    # how a thing is recognised (认定) is a standard the notice does not give
    assert assistant.ask("纺织非遗怎么认定？").refused


def test_silent_is_told_from_says_no(tmp_path: Path, index_copy: Path) -> None:
    from assistant import Assistant, Settings
    from index.settings import IndexSettings

    rules = tmp_path / "rules.txt"
    rules.write_text("关于规范展会补贴申领的通知\n测试厅函〔2024〕3号\n各有关单位：\n一、申领要求\n"
                     "（一）不得重复申领。同一展会补贴，企业不得重复申领，已获其他财政资金支持的项目不予补贴。\n",
                     encoding="utf-8")
    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_copy)))
    assistant.add_files([rules])
    says_no = assistant.ask("企业可以重复申领展会补贴吗？")
    assert not says_no.refused and "否定或禁止" in says_no.text and "不得重复申领" in says_no.text
    silent = assistant.ask("展会补贴标准是每平方米多少钱？")
    assert silent.refused and silent.text.startswith(SILENT)


def test_follow_ups_are_resolved_against_the_conversation(assistant) -> None:  # type: ignore[no-untyped-def]
    first = assistant.ask("工作任务有哪几个方面？")
    second = assistant.ask("那第二条呢？", history=[Turn("工作任务有哪几个方面？", first)])
    assert second.citations[0].section.startswith("二、工作任务 > （二）")  # type: ignore[union-attr]
    third = assistant.ask("它的联系人是谁？", history=[Turn("工作任务有哪几个方面？", first)])
    assert "纵瑞龙" in third.text
    messages = [{"role": "user", "content": "这份通知的文号是什么？"}, {"role": "assistant", "answer": first}]
    assert assistant.ask("那成文日期呢？", history=messages).kind == "field"


def test_traditional_english_and_typo_questions(assistant) -> None:  # type: ignore[no-untyped-def]
    assert "纵瑞龙" in assistant.ask("這份通知的聯繫人是誰？").text
    assert NUMBER in assistant.ask("What is the document number of the notice?").text
    assert "共5项" in assistant.ask("工作任务有哪几各方面？").text


@pytest.mark.parametrize("question", ["", "   ", "问" * 5000])
def test_empty_or_absurd_questions_get_a_clear_message(assistant, question: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QuestionError, match="问题"):
        assistant.ask(question)


def test_filters_restrict_documents(assistant) -> None:  # type: ignore[no-untyped-def]
    assert assistant.ask("工作任务有哪几个方面？", filters={"doc_ids": ["no-such-doc"]}).refused
    assert not assistant.ask("工作任务有哪几个方面？", filters={"issuer": "商务部"}).refused
    assert assistant.ask("工作任务有哪几个方面？", filters={"date_from": "2024-01-01"}).refused
    with pytest.raises(ValueError, match="unknown filter"):
        assistant.ask("工作任务", filters={"year": 2023})


def test_cli_json_shape_is_stable(seed_index: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", "这份通知的联系人是谁？", "--json",
                             "--index-dir", str(seed_index)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"question", "answer", "refused", "mode", "citations"} <= set(data)
    assert data["mode"] == "extractive" and data["refused"] is False and "纵瑞龙" in data["answer"]
    c = data["citations"][0]
    types = {"n": int, "doc_id": str, "title": str, "quote": str, "source": str, "score": float}
    for key, kind in types.items():
        assert isinstance(c[key], kind), key
    assert c["doc_number"] == NUMBER and (c["section"] is None or isinstance(c["section"], str))


def test_cli_empty_question_exits_2_without_traceback(seed_index: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", " ", "--index-dir", str(seed_index)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2 and "问题为空" in result.stderr and "Traceback" not in result.stderr


def test_module_level_ask_builds_the_index_from_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.api as api

    monkeypatch.setenv("GONGWEN_INDEX_DIR", str(tmp_path / "fresh"))
    monkeypatch.setattr(api, "_default", None)
    answer = api.ask("这份通知的发文字号是什么？")
    assert NUMBER in answer.text and (tmp_path / "fresh" / "manifest.json").exists()


def test_terminal_chat_resolves_follow_ups(seed_index: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "assistant", "chat", "--index-dir", str(seed_index)],
                            input="工作任务有哪几个方面？\n那第二条呢？\n\n", capture_output=True, text=True, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    answers = result.stdout.split("问> ")
    assert "共5项" in answers[1]
    assert "（二）促进区域发展差异化均衡化" in answers[2] and "共5项" not in answers[2]


def test_an_indexed_attachment_joins_its_notice(index_copy: Path, tmp_path: Path) -> None:
    """The notice and its attachment form one family: once the table is indexed it is 'available'
    and questions about its content are answered from it instead of refused."""
    from docgen import make_docx

    from assistant import Assistant, Settings
    from index.settings import IndexSettings

    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_copy)))
    notice = assistant.kb.docs[NOTICE_ID]
    assert [a.available for a in assistant.kb.attachment_status(notice)] == [False]
    assert assistant.ask("附件计划表里列了哪些具体活动？").refused
    table = make_docx(tmp_path / "2023纺织服装“优供给促升级”活动计划表.docx",
                      lines=["2023纺织服装“优供给促升级”活动计划表"],
                      table=None)
    import docx

    document = docx.Document(str(table))
    t = document.add_table(rows=2, cols=3)
    for c, value in enumerate(["活动名称", "时间", "地点"]):
        t.cell(0, c).text = value
    for c, value in enumerate(["测试时装周", "2099年9月", "测试市"]):
        t.cell(1, c).text = value
    document.save(str(table))
    assistant.add_files([table])
    assert [a.available for a in assistant.kb.attachment_status(notice)] == [True]
    answer = assistant.ask("附件计划表里列了哪些具体活动？")
    assert not answer.refused and "测试时装周" in answer.text


def test_a_section_named_by_its_place_is_answered_from_it_not_listed(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("第二部分（一）里要组织开展哪些方面的活动？")
    assert answer.citations and "（一）聚焦高端化智能化绿色化" in (answer.citations[0].section or ""), answer.text
    assert "先进适用技术推广" in answer.text and "共3个部分" not in answer.text
    assert not answer.text.startswith("文件没有使用问题中的说法"), "the place named is the evidence"


def test_the_sign_off_date_does_not_answer_when_something_is_due(assistant) -> None:  # type: ignore[no-untyped-def]
    """A clause without a date, with the closing block (落款 2023年4月14日) among the clauses close
    to the question: the question for a deadline is still not answered."""
    from assistant.answerable import check_answerable
    from assistant.citing import unsectioned_label
    from assistant.evidence import weighted_terms
    from assistant.query import analyse
    from assistant.retrieval import Hit

    kb = assistant.kb
    doc = kb.docs[NOTICE_ID]
    report = next(c for c in doc.chunks if "有关情况及时报送" in c.text)
    closing = next(c for c in doc.chunks if not c.section_path and unsectioned_label(doc, c).startswith("文末"))
    assert "2023年4月14日" in closing.text
    query = analyse("活动情况要在几号之前报送？")
    hits = [Hit(report, doc, 2.0), Hit(closing, doc, 1.5)]
    reason = check_answerable(kb, assistant.settings.retrieval, query, hits, weighted_terms(kb, query))
    assert reason is not None and "时间" in reason


def test_a_task_named_by_its_number_answers_from_its_own_sentences(assistant) -> None:  # type: ignore[no-untyped-def]
    # "第一项任务" is 二、工作任务 > （一）, not 一、总体要求; what it asks (活动) picks the sentence,
    # though the words that named the place (任务) and the title's 活动 are everywhere.
    first = assistant.ask("第一项任务底下要搞哪些类型的活动？")
    assert (first.citations[0].section or "").startswith("二、工作任务 > （一）"), first.text
    assert "先进适用技术推广" in first.text.split("依据条款")[0]
    # a clause without subsections: its own list of activities, not the list of the five tasks
    second = assistant.ask("第二项任务要办哪几类活动")
    assert second.kind != "list" and "区域交流合作" in second.text.split("依据条款")[0], second.text


def test_everyday_words_for_the_record_dates(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("这个通知是哪天写成的，哪天挂网上的？")
    assert "2023-04-14" in answer.text and "2023-04-19" in answer.text, answer.text
    assert not answer.refused


def test_a_heading_that_runs_into_its_sentence_stays_in_the_quote() -> None:
    from assistant.citing import without_headings

    section = "三、工作要求 > （三）各市要及时总结活动成效"
    run_in = "（三）各市要及时总结活动成效，于2023年11月30日前报送全年工作总结。"
    assert without_headings(run_in, section) == run_in  # not "，于2023年…"
    own_line = "（三）各市要及时总结活动成效。各市于11月30日前报送。"
    assert without_headings(own_line, section) == "各市于11月30日前报送。"


def test_a_choice_between_two_things_the_notice_never_names_is_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    """"是跟淘宝还是京东合作": the clause about online channels names neither; it answers no choice."""
    answer = assistant.ask("国家那个纺织服装通知里，线上渠道是跟淘宝还是京东合作？")
    assert answer.refused and "淘宝或京东" in answer.text, answer.text
    # (a choice one side of which the clause names is answered from it)
    both = assistant.ask("国家那个纺织服装通知里，流通渠道是线上还是线下？")
    assert not both.refused and "线上线下" in both.text, both.text

"""Drawn tables whose cells wrap inside their boxes, web tables with merged cells, blank forms, and
questions for a value the clause may not hold (a person by name, wages, a count of a named thing),
on generated documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answerable import slot_evidence
from assistant.query import analyse
from assistant.scope import attached_years
from assistant.table_rows import table_rows
from index.chunking import ChunkSettings
from index.documents import build_document
from index.loaders import load

_BOXED = ["附件", "测试市2025年重点活动安排表",
          "┌──┬────────┬───┬──────┐",
          "│序号│活动名称　　　　│时间　│责任单位　　　│",
          "├──┼────────┼───┼──────┤",
          "│1　 │刺绣数字化转型现│4月　 │市经济和信息化│",
          "│　　│场推进会　　　　│　　　│局　　　　　　│",
          "├──┼────────┼───┼──────┤",
          "│2　 │“测试好衣”消费　│5—9月│市商务局　　　│",
          "│　　│季　　　　　　　│　　　│　　　　　　　│",
          "└──┴────────┴───┴──────┘"]


def _document(path: Path):  # type: ignore[no-untyped-def]
    return build_document(next(iter(load(path))), ChunkSettings())


def test_a_drawn_table_keeps_its_header_and_wrapped_cells_and_reads_them_joined(tmp_path: Path) -> None:
    """The header row and each cell's second line are short words between bars, as a site's menu
    is; they stay, and each row's cells are joined back by column."""
    head = ["测试市经济和信息化局关于印发刺绣提升行动方案的通知", "测经信〔2025〕9号", "各县（市、区）经信局：",
            "一、工作目标", "全年办好两项活动，具体安排见附件。", "测试市经济和信息化局", "2025年3月12日"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*head, "", *_BOXED]), encoding="utf-8")
    doc = _document(path)
    text = "\n".join(c.text for c in doc.chunks)
    assert "│序号│活动名称" in text and "场推进会" in text, text
    rows = table_rows("\n".join(_BOXED))
    assert [r.number for r in rows] == [1, 2]
    assert rows[0].cells == "活动名称：刺绣数字化转型现场推进会，时间：4月，责任单位：市经济和信息化局", rows[0].cells
    assert rows[1].cells == "活动名称：“测试好衣”消费季，时间：5—9月，责任单位：市商务局", rows[1].cells
    assert rows[0].line in "\n".join(_BOXED)  # (quoted as printed)
    # (the chunker may leave the header in the clause before)
    split = table_rows("\n".join(_BOXED[5:]), before="\n".join(_BOXED[:5]))
    assert split[1].cells.startswith("活动名称：“测试好衣”消费季"), split


def test_a_web_table_with_merged_cells_and_a_note_under_it(tmp_path: Path) -> None:
    """One 责任单位 cell spans two rows: each row gets it; the note across the table follows it."""
    td = "<td>{}</td>".format
    rows = ["<tr><th>序号</th><th>活动名称</th><th>时间</th><th>责任单位</th></tr>",
            f"<tr>{td(1)}{td('家纺展示周')}{td('2023年6月')}<td rowspan=\"2\">市商务局</td></tr>",
            f"<tr>{td(2)}{td('家纺消费月')}{td('2023年10月')}</tr>",
            f"<tr>{td(3)}{td('观摩会')}{td('2023年9月')}{td('市工信局')}</tr>",
            "<tr><td colspan=\"4\">注：具体时间以另行通知为准。</td></tr>"]
    html = ("<html><body><h1>测试市商务局关于开展家纺活动的通知</h1><p>测商〔2023〕3号</p><p>一、活动安排</p>"
            f"<p>附件：活动安排表</p><table>{''.join(rows)}</table><p>测试市商务局</p><p>2023年5月8日</p></body></html>")
    path = tmp_path / "notice.html"
    path.write_text(html, encoding="utf-8")
    text = "\n".join(c.text for c in _document(path).chunks)
    assert "序号：2，活动名称：家纺消费月，时间：2023年10月，责任单位：市商务局" in text, text
    assert "序号：3，活动名称：观摩会，时间：2023年9月，责任单位：市工信局" in text, text
    assert "注：具体时间以另行通知为准。" in text and "序号：4" not in text, text


@pytest.mark.parametrize(("question", "slot"), [
    ("培训会请的哪位老师？", "persons"), ("直播周请的是哪几位主播？", "persons"), ("讲课的是谁？", "persons"),
    ("帮扶车间的工人一个月工资多少？", "money"), ("招聘会一共提供多少个岗位？", "count"),
    ("淘汰了多少万锭落后纱锭？", "quantity")])
def test_a_value_asked_for(question: str, slot: str) -> None:
    assert slot in analyse(question).slots, analyse(question).slots


def test_a_count_of_a_named_thing_is_not_another_count() -> None:
    query = analyse("招聘会一共提供多少个岗位？")
    evidence = slot_evidence(query, "count")
    assert not evidence.search("举办专场招聘会2场，培训不少于20期")
    assert evidence.search("提供就业岗位1200个") and evidence.search("提供500个岗位")
    # (a longer phrase may abbreviate what the clause spells out: "规上" for 规模以上)
    assert slot_evidence(analyse("要推动多少家规上纺织服装企业做智能化改造？"), "count").search("推动40家规模以上纺织服装企业")


def test_the_year_written_against_a_report_names_it_not_the_year_it_plans_for() -> None:
    assert attached_years("1982年的报告里，到1985年纱的产量计划达到多少", ["1982", "1985"], ["报告", "计划"]) == ["1982"]
    assert attached_years("1982年报告说棉花到1985年计划达到多少", ["1982", "1985"], ["报告", "计划"]) == ["1982"]
    assert attached_years("1980年的政府工作报告里，1981年棉纱产量计划是多少", ["1980", "1981"], ["报告", "计划"]) == ["1980"]


_FORM_NOTICE = ["测试市服装行业协会", "测服协〔2024〕5号", "关于组织会员企业参加系列活动的通知", "各会员单位：",
                "一、刺绣新品订货会", "时间：2024年8月8日至10日。地点：测试市会展中心。",
                "二、版型数字化培训", "时间：2024年7月，共2期。内容：三维虚拟样衣和智能排料。",
                "三、有关要求", "请于2024年7月5日前将报名表发送至协会邮箱。",
                "附件：系列活动报名表", "测试市服装行业协会", "2024年6月18日",
                "附件", "系列活动报名表", "企业名称", "统一社会信用代码", "联系人", "手机",
                "拟参加活动（请", "打“√”）", "□刺绣新品订货会", "□版型数字化培训"]


def test_a_blank_form_is_not_where_an_event_is_described_but_answers_what_to_fill(tmp_path: Path) -> None:
    from conftest import ask_turns
    from test_values_and_follow_ups import _library_of

    path = tmp_path / "form.txt"
    path.write_text("\n".join(_FORM_NOTICE), encoding="utf-8")
    bot = _library_of(tmp_path, [path])
    when = bot.ask("测试市服装协会的版型数字化培训在几月？")
    assert not when.refused and when.citations[0].section.startswith("二、版型数字化培训"), when.text
    fields = bot.ask("测试市服装协会的报名表上要填哪些内容？")
    assert "企业名称；统一社会信用代码；联系人；手机；拟参加活动（请打“√”）" in fields.text, fields.text
    again = ask_turns(bot, "测试市服装协会的报名表发到哪里？", "表上要填哪些内容？")
    assert "统一社会信用代码" in again.text, again.text


_TWO_EVENTS = ["测试市商务局关于开展家纺促消费活动的通知", "测商〔2024〕8号", "各县（市、区）商务局：", "一、重点活动",
               "（一）2024年6月在测试县举办家纺展示周，由市家纺协会组织。",
               "（二）2024年7月在测试区举办供需对接会，由市服装协会组织。",
               "二、工作要求", "各县（市、区）于2024年12月5日前报送工作总结。", "测试市商务局", "2024年3月2日"]


def test_who_runs_it_asked_again_of_the_thing_the_talk_is_on(tmp_path: Path) -> None:
    """"它由哪个单位组织？" names nothing of its own: the event just asked about; "那展示周呢？" after
    "对接会由哪个协会组织？" asks who runs the other event (the asking carries over whole)."""
    from conftest import ask_turns
    from test_values_and_follow_ups import _library_of

    path = tmp_path / "events.txt"
    path.write_text("\n\n".join(_TWO_EVENTS), encoding="utf-8")
    bot = _library_of(tmp_path, [path])
    runs = ask_turns(bot, "测试市的家纺展示周在哪办？", "它由哪个单位组织？")
    assert "市家纺协会" in runs.text and "市服装协会" not in runs.text.split("依据条款")[0], runs.text
    other = ask_turns(bot, "测试市的供需对接会由哪个协会组织？", "那家纺展示周呢？")
    assert "市家纺协会" in other.text.split("依据条款")[0], other.text


def test_two_bodies_each_asked_what_they_are_responsible_for(tmp_path: Path) -> None:
    lines = ["测试市经济和信息化局 测试市商务局关于印发刺绣提升行动方案的通知", "测经信〔2025〕11号",
             "各县（市、区）经信局、商务局：",
             "一、保障措施", "（一）加强统筹。市经济和信息化局负责活动统筹；市商务局负责品牌消费和外贸拓展；"
             "市服装行业协会负责组织企业参展。", "测试市经济和信息化局", "2025年3月12日"]
    from test_values_and_follow_ups import _library_of

    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    bot = _library_of(tmp_path, [path])
    answer = bot.ask("测试市这份方案里，市商务局和市服装行业协会各自负责什么？")
    assert "品牌消费和外贸拓展" in answer.text and "组织企业参展" in answer.text, answer.text
    assert "活动统筹" not in answer.text.split("依据条款")[0], answer.text


def test_a_finer_place_than_the_one_asked_in_is_not_given_by_it(tmp_path: Path) -> None:
    """"具体在测试县哪个地方" is not answered by "在测试县举办"; "在哪办" is."""
    from test_values_and_follow_ups import _library_of

    path = tmp_path / "events.txt"
    path.write_text("\n\n".join(_TWO_EVENTS), encoding="utf-8")
    bot = _library_of(tmp_path, [path])
    finer = bot.ask("测试市的家纺展示周具体在测试县哪个地方办？")
    assert finer.refused and "更细的地点" in finer.text, finer.text
    plain = bot.ask("测试市的家纺展示周在哪办？")
    assert not plain.refused and "测试县" in plain.text, plain.text
    assert "platform" in analyse("是跟哪家回收平台合作？").slots


def test_a_sentence_of_the_clause_not_a_row_of_the_table_under_it(tmp_path: Path) -> None:
    """A clause holding a sentence and a table: "“测试衣橱”消费季是什么时候" is the sentence's, though a
    row of the table shares a word (测试设计大赛)."""
    td = "<td>{}</td>".format
    rows = ["<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>",
            f"<tr>{td(1)}{td('举办测试服饰节')}{td('市商务局')}{td('2024年9月')}</tr>",
            f"<tr>{td(2)}{td('举办“测试设计”服装设计大赛')}{td('市经信局')}{td('2024年10月')}</tr>"]
    html = ("<html><body><h1>测试市经信局 测试市商务局关于开展时尚服饰活动的通知</h1><p>测经信发〔2024〕16号</p>"
            "<p>一、重点任务</p><p>（一）促进时尚服饰消费</p><p>2024年5月至6月开展“测试衣橱”时尚服饰消费季。</p>"
            f"<table>{''.join(rows)}</table><p>测试市经信局</p><p>2024年3月8日</p></body></html>")
    from test_values_and_follow_ups import _library_of

    path = tmp_path / "notice.html"
    path.write_text(html, encoding="utf-8")
    bot = _library_of(tmp_path, [path])
    answer = bot.ask("测试市的“测试衣橱”消费季是什么时候？")
    lead = answer.text.split("依据条款")[0]
    assert "5月至6月" in lead and "序号：2" not in lead, answer.text


_REQUIREMENTS = ["测试市商务局关于开展家纺促消费活动的通知", "测商〔2024〕9号", "各县（市、区）商务局：", "一、重点活动",
                 "2024年6月在测试县举办家纺展示周。", "二、工作要求",
                 "（一）加强组织协调。各县商务局要按照要求组织本地区活动，提出具体要求，形成工作合力。",
                 "（二）抓好宣传报道。各县商务局要做好活动宣传。",
                 "（三）注重工作实效。各县商务局要做好总结分析，有关情况及时报送。",
                 "测试市商务局", "2024年3月2日"]


def test_what_the_document_asks_at_its_end_is_its_closing_clause(tmp_path: Path) -> None:
    """"最后对各县提了什么要求" asks for the closing clause, not the one that says 要求 most."""
    from test_values_and_follow_ups import _library_of

    path = tmp_path / "requirements.txt"
    path.write_text("\n\n".join(_REQUIREMENTS), encoding="utf-8")
    bot = _library_of(tmp_path, [path])
    answer = bot.ask("测试市那份通知最后对各县商务局提了什么要求？")
    assert answer.citations[0].section.startswith("二、工作要求 > （三）"), answer.text
    first = bot.ask("测试市那份通知的最后一项工作要求是什么？")  # (an item counted from the end: as before)
    assert "总结分析" in first.text, first.text


@pytest.mark.parametrize(("question", "at_the_end"), [
    ("通知最后还有个什么要求？", True), ("87号文最后要求我们做什么？", True), ("通知最后对协会提了什么？", True),
    ("这些活动最后要帮企业做到什么？", False), ("通知最后想促进哪几个升级？", False), ("最后一项是什么？", False)])
def test_the_end_of_the_document_or_in_the_end(question: str, at_the_end: bool) -> None:
    from assistant.compose import _AT_THE_END

    assert bool(_AT_THE_END.search(question)) == at_the_end


def test_a_follow_up_naming_its_new_topic_in_one_character(tmp_path: Path) -> None:
    """"那纱呢？" after a question about 棉花: 纱 is the new topic, though one character long."""
    from conftest import ask_turns
    from test_values_and_follow_ups import _library_of

    lines = ["2020年测试市政府工作报告", "一、今后五年的目标",
             "到2025年，棉花产量计划达到30万吨；纱产量计划达到20万吨；布产量计划达到15亿米。",
             "二、今年的工作", "全市粮食产量稳定在100万吨以上。"]
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    bot = _library_of(tmp_path, [path])
    answer = ask_turns(bot, "2020年测试市政府工作报告里到2025年棉花计划多少？", "那纱呢？")
    lead = answer.text.split("依据条款")[0]
    assert "20万吨" in lead and "30万吨" not in lead, answer.text

"""Heading trees beyond the seed: 第X章 / 第X条, deeper levels, and lines that only look like headings."""

from __future__ import annotations

from index.chunking import ChunkSettings
from index.documents import build_document
from index.loaders import RawDoc

REGULATION = """测试省纺织产业促进办法
第一章 总则
第一条 为促进纺织产业发展，制定本办法。
第二条 本办法适用于本省行政区域内的纺织企业。
第二章 支持措施
第三条 省工业和信息化主管部门应当采取下列措施：
（一）支持技术改造；
（二）支持品牌建设。
第四条 企业申请支持，应当提交下列材料：
1. 申请表；
2. 营业执照复印件。
（1）复印件应加盖公章。
第三章 附则
第五条 本办法自2024年1月1日起施行。
"""


def _doc(text: str):  # type: ignore[no-untyped-def]
    return build_document(RawDoc("reg.txt", "txt", text), ChunkSettings())


def test_chapters_articles_and_items_nest() -> None:
    doc = _doc(REGULATION)
    tree = [(h.level, h.title) for h in doc.headings]
    assert doc.title == "测试省纺织产业促进办法"  # a title without 关于…的
    assert tree == [
        (1, "第一章 总则"),
        (2, "第一条"),
        (2, "第二条"),
        (1, "第二章 支持措施"),
        (2, "第三条"),
        (3, "（一）支持技术改造"),
        (3, "（二）支持品牌建设"),
        (2, "第四条"),
        (3, "1. 申请表"),
        (3, "2. 营业执照复印件"),
        (4, "（1）复印件应加盖公章"),
        (1, "第三章 附则"),
        (2, "第五条"),
    ]
    article = next(c for c in doc.chunks if "营业执照" in c.text)
    # An article has no title of its own: the path names it as people cite it (第二章 > 第四条).
    assert article.section_path[:2] == ("第二章 支持措施", "第四条")


def test_numbers_that_are_not_headings() -> None:
    doc = _doc("关于测试的通知\n一、要求\n2023年产量增长5%。\n1 000吨以上的项目另行安排。\n")
    assert [h.title for h in doc.headings] == ["一、要求"]


def test_a_pages_table_row_read_with_ideographic_spaces_is_no_heading() -> None:
    # (a web page's table row is one line, its cells between ideographic spaces)
    doc = _doc("关于测试的通知\n一、任务\n序号　任务　牵头单位　完成时限\n1　推出联名新品不少于60款　市商务局　2024年11月底\n"
               "2　举办服饰节　东城区人民政府　2024年9月\n")
    assert [h.title for h in doc.headings] == ["一、任务"]


def test_an_item_that_opens_with_its_date_is_an_item() -> None:
    """"1. 2024年9月举办…": the first item of a list that dates each event; without it the second
    item would be counted first ("下面第2条")."""
    doc = _doc("关于测试的通知\n一、任务\n1. 2024年9月举办时尚周。\n2. 支持企业开发新品。\n"
               "3. 6月开展消费节。\n12 2024年的目标另定。\n")
    assert [h.marker for h in doc.headings] == ["一、", "1.", "2.", "3."]
    # (its year right after the number's dot, no space: still an item, not the number 1.2024)
    tight = _doc("关于测试的通知\n一、任务\n1.2024年9月在沙溪镇举办采购节。\n2.组织企业参加境外展会。\n"
                 "增长1.5万吨。\n")
    assert [h.marker for h in tight.headings] == ["一、", "1.", "2."]


def test_a_reports_opening_before_its_first_heading_is_body_not_a_title_block() -> None:
    """A speech whose title lives in its record opens with text ("各位代表！…国民生产总值…达到…"):
    that block answers questions; a notice's block of title, 文号 and 主送 does not."""
    from assistant.retrieval import is_head
    from index.chunking import ChunkSettings
    from index.documents import build_document
    from index.loaders import RawDoc

    report = build_document(RawDoc("report.txt", "txt", "\n".join([
        "各位代表！", "我代表国务院，向大会作政府工作报告，请予审议。",
        "五年来，国民生产总值１９８７年达到１０９２０亿元，平均每年增长１１．１％。",
        "一、今后的主要任务", "继续深化改革。"]), title_hint="1988年政府工作报告"), ChunkSettings())
    notice = build_document(RawDoc("notice.txt", "txt", "\n".join([
        "测试部办公厅关于开展2024绿色家电下乡活动的通知", "测试厅函〔2024〕12号", "各省测试主管部门：",
        "一、活动内容", "组织家电企业进乡镇。"])), ChunkSettings())
    assert not is_head(report, report.chunks[0]), report.chunks[0].text
    assert is_head(notice, notice.chunks[0]), notice.chunks[0].text

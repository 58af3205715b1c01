"""The real seed notice: metadata, heading tree, chunks and offsets, exactly."""

from __future__ import annotations

import itertools
import re

from conftest import NOTICE

EXPECTED_META = {
    "issuer": "工业和信息化部办公厅 商务部办公厅",
    "title": "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知",
    "doc_number": "工信厅联消费函〔2023〕87号",
    "written_date": "2023-04-14",
    "published_date": "2023-04-19",
    "publisher": "消费品工业司",
    "category": "消费品工业管理",
    "addressees": "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、商务主管部门，中国纺织工业联合会",
    "signatories": ["工业和信息化部办公厅", "商务部办公厅"],
    "signature_date": "2023-04-14",
}
EXPECTED_TREE = [
    (1, "一、总体要求"),
    (1, "二、工作任务"),
    (2, "（一）聚焦高端化智能化绿色化，加快产业体系升级发展"),
    (2, "（二）促进区域发展差异化均衡化，培育特色优质纺织产品"),
    (2, "（三）强化创意设计与品牌建设，引领时尚消费新趋势"),
    (2, "（四）维护产业链供应链稳定畅通，扩大纺织服装市场需求"),
    (2, "（五）推进高水平对外开放合作，增强国内国际联动效应"),
    (1, "三、工作要求"),
    (2, "（一）加强组织协调"),
    (2, "（二）抓好宣传报道"),
    (2, "（三）注重工作实效"),
]
BOILERPLATE = ["扫一扫", "ICP备", "公网安备", "返回顶部", "关闭窗口", "打印本页", "首页 >", "统一搜索", "看新闻",
               "网站地图", "版权所有", "主办单位", "Ministry of Industry", "分享"]


def test_every_metadata_field_has_its_exact_value(notice_doc) -> None:  # type: ignore[no-untyped-def]
    meta = notice_doc.meta
    for field, value in EXPECTED_META.items():
        assert getattr(meta, field) == value, field
    assert [(a.name, a.available) for a in meta.attachments] == [("2023纺织服装“优供给促升级”活动计划表", False)]
    assert [(c.name, c.phone) for c in meta.contacts] == [("纵瑞龙", "010—68205662")]


def test_heading_tree_is_exact(notice_doc) -> None:  # type: ignore[no-untyped-def]
    assert [(h.level, h.title) for h in notice_doc.headings] == EXPECTED_TREE


def test_chunks_carry_section_paths_title_and_number(notice_doc) -> None:  # type: ignore[no-untyped-def]
    by_section = {c.section: c for c in notice_doc.chunks if c.section}
    assert "二、工作任务 > （三）强化创意设计与品牌建设，引领时尚消费新趋势" in by_section
    chunk = by_section["二、工作任务 > （三）强化创意设计与品牌建设，引领时尚消费新趋势"]
    assert chunk.text.startswith("（三）强化创意设计与品牌建设")
    assert "时装周、设计大赛" in chunk.text
    assert notice_doc.title == EXPECTED_META["title"] and notice_doc.meta.doc_number == EXPECTED_META["doc_number"]


def test_chunks_cover_the_cleaned_text_in_order_with_nothing_dropped_or_repeated(notice_doc) -> None:  # type: ignore[no-untyped-def]
    text, chunks = notice_doc.text, notice_doc.chunks
    assert chunks[0].clean_start == 0 and chunks[-1].clean_end == len(text.rstrip())
    for a, b in itertools.pairwise(chunks):
        assert a.clean_end <= b.clean_start, "chunks overlap"
        assert text[a.clean_end : b.clean_start].strip() == "", "text between chunks was dropped"
    assert [c.order for c in chunks] == list(range(len(chunks)))
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_each_chunk_offsets_lead_back_to_the_same_text_in_the_original(notice_doc) -> None:  # type: ignore[no-untyped-def]
    original = notice_doc.original
    assert original == NOTICE.read_text(encoding="utf-8")
    for chunk in notice_doc.chunks:
        span = original[chunk.start : chunk.end]
        # Cleaning only deletes (in-word line breaks, blank lines, trailing spaces), so the quote is
        # the original span with those deletions applied, character for character.
        assert re.sub(r"\s+", "", span) == re.sub(r"\s+", "", chunk.text)
        assert span.startswith(chunk.text[:5]) and span.endswith(chunk.text[-5:])


def test_broken_word_is_rejoined(notice_doc) -> None:  # type: ignore[no-untyped-def]
    assert "技术推\n\n广" in notice_doc.original
    assert "先进适用技术推广、数字化转型" in notice_doc.text
    assert any("技术推广" in c.text for c in notice_doc.chunks)


def test_no_boilerplate_in_any_chunk(notice_doc) -> None:  # type: ignore[no-untyped-def]
    for chunk in notice_doc.chunks:
        for junk in BOILERPLATE:
            assert junk not in chunk.text, (junk, chunk.section)
    # ... while the attachment link and the contact line stay.
    assert any("附件：2023纺织服装" in c.text for c in notice_doc.chunks)
    assert any("联系人及电话" in c.text for c in notice_doc.chunks)

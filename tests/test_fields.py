"""The field registry and the numeral helper: one table used by the extractor, the question parser
and the displays; one reading of Chinese numerals."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.field_answers import FIELD_LABELS
from assistant.query import FIELD_PATTERNS, analyse
from index.fields import DOC_KINDS, FIELDS, PAGE_LABELS
from index.metadata import extract, parse_date
from index.models import DocMeta
from index.numerals import cn_int, cn_numeral


def test_every_registered_field_is_a_metadata_attribute_and_every_attribute_is_registered() -> None:
    attributes = {f.name for f in dataclasses.fields(DocMeta)}
    assert {f.name for f in FIELDS} == attributes
    assert set(FIELD_PATTERNS) == set(FIELD_LABELS) == attributes, "parser and display read the registry"


def test_page_labels_come_from_the_registry() -> None:
    page = "\n".join(f"{f.page_labels[0]}：值{i}" for i, f in enumerate(FIELDS) if f.page_labels and f.display == "text")
    meta, _ = extract(page + "\n正文。")
    for i, f in enumerate(FIELDS):
        if f.page_labels and f.display == "text":
            assert getattr(meta, f.name) == f"值{i}" and PAGE_LABELS[f.page_labels[0]] == f.name


# (head of a document, its title): titles with and without 关于…的, of kinds once missing (请示, 通告, 条例)
TITLES = [
    ("某市电动自行车管理条例\n第一条 为了加强管理，制定本条例。", "某市电动自行车管理条例"),
    ("服装品牌培育管理办法（试行）\n一、总则\n为了培育品牌，制定本办法。", "服装品牌培育管理办法（试行）"),
    ("某县商务局\n关于申请开展纺织品消费季活动的请示\n县人民政府：\n现将有关事项请示如下。",
     "关于申请开展纺织品消费季活动的请示"),
    ("关于纺织品展销会期间交通管制的通告\n为保障展会安全，现通告如下。", "关于纺织品展销会期间交通管制的通告"),
    ("中华人民共和国电子商务法\n2018年8月31日 第十三届全国人民代表大会常务委员会第五次会议通过\n第一章 总则",
     "中华人民共和国电子商务法"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_titles_with_and_without_about(text: str, title: str) -> None:
    meta, _ = extract(text)
    assert meta.title == title


def test_several_page_labels_on_one_line_are_each_read() -> None:
    meta, _ = extract("发文机关：某市工业和信息化局\u3000发文字号：某工信〔2024〕5号\n"
                      "成文日期：2024-03-01\u3000发布日期：2024-03-05\n"
                      "某市工业和信息化局关于开展纺织品展销活动的通知\n各县区：\n一、活动安排。")
    assert (meta.issuer, meta.doc_number) == ("某市工业和信息化局", "某工信〔2024〕5号")
    assert (meta.written_date, meta.published_date) == ("2024-03-01", "2024-03-05")


def test_a_pages_byline_date_is_the_published_date_and_the_title_stays() -> None:
    """A CMS byline under the title ("发布时间：…　来源：…　浏览次数：…") is no metadata block."""
    meta, _ = extract("某省工业和信息化厅\n某省工业和信息化厅关于开展纺织品展销活动的通知\n"
                      "发布时间：2023-05-04\u3000来源：消费品工业处\u3000浏览次数：0\n"
                      "某工信〔2023〕96号\n各市州工业和信息化局：\n一、活动安排。")
    assert meta.published_date == "2023-05-04"
    assert meta.title == "某省工业和信息化厅关于开展纺织品展销活动的通知"


def test_a_cover_letter_signed_before_the_plan_it_sends_gives_the_date() -> None:
    plan = "\n".join(f"（{n}）第{n}项任务。支持企业开展第{n}类活动，组织好有关工作。" for n in "一二三四五六七八九十")
    meta, _ = extract("某省工业和信息化厅关于印发《某省纺织工作方案》的通知\n各市工信局：\n现将方案印发给你们。\n"
                      f"某省工业和信息化厅\n2023年5月26日\n某省纺织工作方案\n一、主要任务\n{plan}\n二、保障措施\n各市要抓好落实。")
    assert meta.written_date == "2023-05-26"


def test_every_kind_names_a_title() -> None:
    for kind in DOC_KINDS:
        meta, _ = extract(f"关于开展某项工作的{kind}\n正文。")
        assert meta.title == f"关于开展某项工作的{kind}", kind


# (question, the fields it asks for)
QUESTIONS = [
    ("电子商务法什么时候起施行？", ["effective_date"]),
    ("广告法最近一次修正是哪年？", ["amended_dates"]),
    ("这份通知的发文字号是多少？", ["doc_number"]),
    ("活动什么时候开始实施？", []),  # a campaign's schedule, not a law's date in force
    ("这个活动要修订哪些标准？", []),
    # the name asked for is the attachment's, not the notice's title
    ("通知的附件叫什么名字？", ["attachments"]),
    ("新疆通知后面附的那张表叫什么", ["attachments"]),
    ("通知的标题和附件分别是什么？", ["title", "attachments"]),
    ("印发的那个方案全名是什么？", ["title"]),
]


@pytest.mark.parametrize(("question", "fields"), QUESTIONS)
def test_questions_name_fields_through_the_registry(question: str, fields: list[str]) -> None:
    assert analyse(question).fields == fields


NUMERALS = [("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25), ("一百零五", 105), ("一百二十", 120),
            ("两千零二十三", 2023), ("二〇二三", 2023), ("１２", 12), ("87", 87), ("两", 2)]


@pytest.mark.parametrize(("text", "value"), NUMERALS)
def test_one_numeral_helper(text: str, value: int) -> None:
    assert cn_int(text) == value


def test_numerals_that_are_not_numbers_are_none_and_numbers_round_trip() -> None:
    assert cn_int("百十") is None and cn_int("第") is None and cn_int("") is None and cn_int("二三十") is None
    for n in range(1, 300):
        assert cn_int(cn_numeral(n)) == n, n
    assert analyse("那第二十条呢？").ordinal == 20, "the question parser reads 第二十条 as 20"
    assert parse_date("二〇二三年四月十四日") == "2023-04-14"


@pytest.mark.parametrize(("page_title", "title"), [
    ("某产业提质升级三年行动实施方案（2024—2026年）_某自治区人民政府门户网站", "某产业提质升级三年行动实施方案（2024—2026年）"),
    ("关于开展某活动的通知-中国政府网", "关于开展某活动的通知"),
    ("关于开展某活动的通知 | 某市经济和信息化委员会官网", "关于开展某活动的通知"),
    ("某某方案（2024—2026年）", "某某方案（2024—2026年）"),  # (a dash inside the title stays)
])
def test_a_page_title_loses_the_site_name(page_title: str, title: str) -> None:
    from index.metadata import without_site_name

    assert without_site_name(page_title) == title


def test_the_words_naming_the_document_go_whole_however_they_are_segmented() -> None:
    """"柯桥面料通知的完整标题": the segmenter cuts 柯/桥面/料, and 桥面 is no word of the title; the
    runs of characters the title has are blanked before any topic word is looked for."""
    from assistant.field_answers import _without_pieces_of
    from index.textnorm import content_terms

    title = "绍兴市柯桥区经济和信息化局关于开展2024年柯桥纺织面料优供给促升级活动的通知"
    assert "桥面" in content_terms("柯桥面料通知的完整标题是什么")
    left = _without_pieces_of("柯桥面料通知的完整标题是什么", title)
    assert "桥面" not in content_terms(left) and "标题" in left


@pytest.mark.parametrize(("question", "fields"), [
    ("南通家纺通知的文号和日期？", ["doc_number", "written_date"]), ("这份通知的日期是哪天？", ["written_date"]),
    ("活动的日期是哪天？", []),  # (an event's date, not the document's)
])
def test_the_date_asked_beside_another_field_or_of_a_document_is_its_date(question: str, fields: list[str]) -> None:
    from assistant.query import analyse

    assert analyse(question).fields == fields

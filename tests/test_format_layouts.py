"""Layout that carries structure: Word list numbering (heading numbers not in the text) and web pages laid out in table cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from docgen import make_numbered_docx

from index.docx_numbering import format_number
from index.numerals import cn_numeral

ITEMS = [(None, "某省工业和信息化厅关于开展2024年家纺提升活动的通知"), (None, "某工信消费〔2024〕7号"),
         (None, "各市工业和信息化局："), (0, "总体要求"), (None, "提升家纺供给质量。"), (0, "重点任务"),
         (1, "推进设备更新"), (2, "支持企业更新织机。"), (2, "推动印染企业节水改造。"), (1, "培育家纺品牌"),
         (2, "举办家纺设计大赛。"), (0, "工作要求"), (None, "各市于2024年12月10日前报送工作总结。")]

# ITEMS as the page shows them
NUMBERED = [ITEMS[0][1], ITEMS[1][1], ITEMS[2][1], "一、总体要求", ITEMS[4][1], "二、重点任务", "（一）推进设备更新",
            "1.支持企业更新织机。", "2.推动印染企业节水改造。", "（二）培育家纺品牌", "1.举办家纺设计大赛。", "三、工作要求",
            ITEMS[12][1]]


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"),
                                         (100, "一百"), (105, "一百零五"), (110, "一百一十")])
def test_chinese_numbers_as_headings_count(n: int, text: str) -> None:
    assert cn_numeral(n) == text


def test_word_number_formats() -> None:
    assert [format_number(3, f) for f in ("decimal", "decimalEnclosedCircle", "lowerLetter", "upperRoman",
                                          "decimalFullWidth", "ideographTraditional")] == \
        ["3", "③", "c", "III", "３", "丙"]


@pytest.mark.parametrize("style_numbered", [False, True])
def test_list_numbers_are_read_into_the_text(tmp_path: Path, style_numbered: bool) -> None:
    from index.loaders import load

    path = make_numbered_docx(tmp_path / "n.docx", ITEMS, style_numbered=style_numbered)
    lines = load(path)[0].text.splitlines()
    assert "某省工业和信息化厅关于开展2024年家纺提升活动的通知" in lines  # (no number where the list has none)
    for line in NUMBERED:
        assert line in lines, (line, lines)


def test_the_heading_tree_of_a_list_numbered_notice(tmp_path: Path) -> None:
    from index.documents import build_document
    from index.loaders import load
    from index.settings import ChunkSettings

    doc = build_document(load(make_numbered_docx(tmp_path / "n.docx", ITEMS))[0], ChunkSettings())
    markers = [(h.level, h.marker) for h in doc.headings]
    assert markers[:4] == [(1, "一、"), (1, "二、"), (2, "（一）"), (3, "1.")], markers
    assert (1, "三、") in markers


def test_a_page_laid_out_in_table_cells_keeps_its_lines(tmp_path: Path) -> None:
    """Older government sites set the whole notice inside nested layout tables, one <br> per line;
    a data table (the page's 索引号/发文字号 block) still reads one row a line."""
    from index.documents import build_document
    from index.loaders import load
    from index.settings import ChunkSettings

    body = "<br>".join(NUMBERED)
    page = (f"<html><head><title>网站</title></head><body><table><tr><td>首页</td></tr><tr><td>"
            f"<table><tr><td>索引号</td><td>000/2024-7</td><td>发文字号</td><td>某工信消费〔2024〕7号</td></tr></table>"
            f"<table width='900'><tr><td><table><tr><td>{body}</td></tr></table></td></tr></table>"
            f"</td></tr></table></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = load(path)[0]
    # (the metadata row reads as the page's labelled block: each label with its value)
    assert "索引号：000/2024-7　发文字号：某工信消费〔2024〕7号" in raw.text.splitlines()
    doc = build_document(raw, ChunkSettings())
    assert doc.meta.index_number == "000/2024-7" and doc.meta.doc_number == "某工信消费〔2024〕7号"
    markers = [h.marker for h in doc.headings]
    assert markers[:3] == ["一、", "二、", "（一）"] and "三、" in markers, markers

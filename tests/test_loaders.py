"""Formats and encodings: generated docx (with a table), pdf, saved web pages, jsonl corpora,
GB18030 and UTF-8 with BOM, Traditional characters and full-width forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPORA, NOTICE
from docgen import NOTICE_LINES, make_docx, make_gov_page, make_pdf

from index.chunking import ChunkSettings
from index.documents import build_document
from index.loaders import decode_bytes, load
from index.models import Document


def _doc(path: Path) -> Document:
    return build_document(load(path)[0], ChunkSettings())


def _check_generated(doc: Document) -> None:
    assert doc.meta.title == "测试部办公厅关于开展2024绿色家电下乡活动的通知"
    assert doc.meta.doc_number == "测试厅函〔2024〕12号"
    assert doc.meta.addressees == "各省、自治区、直辖市测试主管部门"
    assert doc.meta.signature_date == "2024-03-01" and doc.meta.signatories == ["测试部办公厅"]
    assert [a.name for a in doc.meta.attachments] == ["活动报名表", "企业名单"]
    assert [(c.name, c.phone) for c in doc.meta.contacts] == [("李明", "010-12345678")]
    assert [(h.level, h.title) for h in doc.headings][:3] == [
        (1, "一、活动内容"), (2, "（一）组织家电企业进乡镇"), (2, "（二）完善售后服务网络")]


def test_docx_paragraphs_and_table_rows_with_their_header(tmp_path: Path) -> None:
    table = [["活动", "时间", "地点"], ["家电展销", "5月", "县城"], ["维修进村", "6月", "乡镇"]]
    doc = _doc(make_docx(tmp_path / "notice.docx", table=table))
    _check_generated(doc)
    # Each data row is one line that carries the header, so a row is never split from its meaning.
    assert "活动：家电展销，时间：5月，地点：县城。" in doc.text
    assert "活动：维修进村，时间：6月，地点：乡镇。" in doc.text
    row_chunk = next(c for c in doc.chunks if "家电展销" in c.text)
    assert "时间：5月" in row_chunk.text


def test_attachment_printed_after_the_sign_off_is_its_own_section(tmp_path: Path) -> None:
    """Local notices often print the attachment (a table of activities) after the 落款. It is then
    included, not "listed only": its rows are chunks under "附件1：<title>", one sentence a row."""
    lines = [*NOTICE_LINES, "附件1", "活动报名表"]
    table = [["序号", "活动名称", "时间", "地点"], ["1", "家电展销周", "2024年5月", "县城"],
             ["2", "维修进村", "2024年6月", "乡镇"]]
    path = tmp_path / "notice.docx"
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    t = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    document.save(str(path))
    doc = _doc(path)
    assert [(a.name, a.available) for a in doc.meta.attachments] == [("活动报名表", True), ("企业名单", False)]
    assert doc.meta.signature_date == "2024-03-01"
    rows = [c for c in doc.chunks if "家电展销周" in c.text]
    assert len(rows) == 1 and rows[0].section_path == ("附件1：活动报名表",)
    assert "序号：2，活动名称：维修进村，时间：2024年6月，地点：乡镇。" in rows[0].text
    # The 落款 and the contact line stay in the tail, not in the attachment.
    assert not any("李明" in c.text for c in doc.chunks if c.section_path)
    # Without a label after the 落款 nothing is taken for an attachment.
    plain = _doc(make_docx(tmp_path / "plain.docx"))
    assert all(not a.available for a in plain.meta.attachments)
    assert all(not c.section_path or not c.section_path[0].startswith("附件") for c in plain.chunks)


def test_pdf_text_layer(tmp_path: Path) -> None:
    doc = _doc(make_pdf(tmp_path / "notice.pdf"))
    _check_generated(doc)
    assert doc.kind == "pdf"


def test_saved_government_page_is_cleaned(tmp_path: Path) -> None:
    doc = _doc(make_gov_page(tmp_path / "page.html"))
    _check_generated(doc)
    assert doc.meta.issuer == "测试部办公厅" and doc.meta.published_date == "2024-03-05"
    for junk in ("首页", "统一搜索", "打印本页", "扫一扫", "ICP备", "不应出现的脚本", "版权所有"):
        assert junk not in doc.text, junk


def test_an_attachment_named_on_the_line_below_its_label_is_listed(tmp_path: Path) -> None:
    # a saved page prints "附件：" as a label and the file's name (a link) on the next line
    lines = [*NOTICE_LINES[:9], "附件：", "2024年家电下乡企业推荐表.xlsx", *NOTICE_LINES[11:]]
    doc = _doc(make_gov_page(tmp_path / "page.html", lines=lines))
    assert [a.name for a in doc.meta.attachments] == ["2024年家电下乡企业推荐表"]
    assert doc.meta.signatories == ["测试部办公厅"]  # the issuer's line below is not taken for a name


def test_gb18030_page_and_utf8_bom(tmp_path: Path) -> None:
    doc = _doc(make_gov_page(tmp_path / "gbk.htm", encoding="gb18030"))
    _check_generated(doc)
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + "\n".join(NOTICE_LINES).encode("utf-8"))
    _check_generated(_doc(bom))
    gbk_txt = tmp_path / "gbk.txt"
    gbk_txt.write_bytes("\n".join(NOTICE_LINES).encode("gb18030"))
    _check_generated(_doc(gbk_txt))


def test_decode_refuses_garbage() -> None:
    from index.models import InputError

    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x00\x01\x02\x03" * 100, "x.txt")
    with pytest.raises(InputError, match="encoding"):
        decode_bytes(bytes(range(128, 256)) * 40, "x.txt")


def test_jsonl_corpora_load_as_records_with_titles() -> None:
    raws = load(CORPORA / "government_work_reports.jsonl")
    assert len(raws) == 72
    assert raws[0].title_hint == "2025年中华人民共和国国务院政府工作报告" and raws[0].record == 1
    doc = build_document(raws[0], ChunkSettings())
    assert doc.doc_id == "government_work_reports#001"
    assert [h.title for h in doc.headings[:2]] == ["一、2024年工作回顾", "二、2025年经济社会发展总体要求和政策取向"]
    assert all(len(c.text) <= 500 for c in doc.chunks)


def test_corpus_lines_broken_inside_sentences_are_rejoined() -> None:
    raws = load(CORPORA / "cpc_congress_reports.jsonl")
    twentieth = next(r for r in raws if "二十大" in (r.title_hint or ""))
    doc = build_document(twentieth, ChunkSettings())
    assert "制定\n“十四五”规划" in twentieth.text
    assert "制定“十四五”规划和二〇三五年远景目标，全面总结" in doc.text


def test_traditional_record_is_kept_as_written() -> None:
    raws = load(CORPORA / "cpc_congress_reports.jsonl")
    guangzhou = next(r for r in raws if (r.title_hint or "").startswith("廣州"))
    doc = build_document(guangzhou, ChunkSettings())
    assert doc.title == "廣州共產黨報告 (一大)"  # quotes stay as the source writes them


def test_seed_loads_as_one_txt_document() -> None:
    raws = load(NOTICE)
    assert len(raws) == 1 and raws[0].kind == "txt"


def test_bad_jsonl_line_names_the_line(tmp_path: Path) -> None:
    from index.models import InputError

    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"title": "a", "content": "正文"}, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.jsonl:2: invalid JSON"):
        load(path)


def test_a_table_column_named_like_a_site_footer_is_kept(tmp_path: Path) -> None:
    # 承办单位 opens a web page's footer line ("承办单位：…信息中心"); as a table's column it is content
    table = [["序号", "活动名称", "时间", "承办单位"], ["1", "棉纺织现场观摩会", "2024年6月", "省工业和信息化厅"]]
    doc = _doc(make_docx(tmp_path / "t.docx", table=table))
    assert "活动名称：棉纺织现场观摩会，时间：2024年6月，承办单位：省工业和信息化厅" in doc.text
    assert "信息中心" not in _doc(make_gov_page(tmp_path / "p.html")).text


@pytest.mark.parametrize("label", ["附件1", "附件二", "附件２"])
def test_an_attachment_labelled_in_any_numerals_is_known_as_printed(tmp_path: Path, label: str) -> None:
    # "附件二" heads the printed table as well as "附件1": its clauses are the attachment's
    from index.chunking import in_appendix

    path = tmp_path / "notice.txt"
    path.write_text("\n".join([*NOTICE_LINES, label, "活动报名表", "序号：1，活动名称：家电展销周，时间：2024年5月。"]),
                    encoding="utf-8")
    doc = _doc(path)
    rows = [c for c in doc.chunks if "家电展销周" in c.text]
    assert rows and all(in_appendix(c) for c in rows), [c.section_path for c in rows]


def test_a_gb18030_text_whose_heading_is_broken_inside_a_word(tmp_path: Path) -> None:
    lines = [*NOTICE_LINES[:4], "一、活动内容", "（一）拓展销售渠", "道", "1. 支持企业开设网店。", *NOTICE_LINES[15:]]
    path = tmp_path / "gb.txt"
    path.write_bytes("\r\n".join(lines).encode("gb18030"))
    doc = _doc(path)
    assert doc.meta.title == NOTICE_LINES[0]
    assert "（一）拓展销售渠道" in [h.title for h in doc.headings]


def test_a_plan_sent_by_a_cover_letter_keeps_its_outline(tmp_path: Path) -> None:
    # "关于印发《…方案》的通知": the letter's 落款 stands before the plan, whose outline follows
    lines = ["测试省人民政府办公厅关于印发测试省箱包产业提升行动方案的通知", "测政办发〔2024〕29号", "各市人民政府：",
             "《测试省箱包产业提升行动方案》已经省人民政府同意，现印发给你们，请认真贯彻落实。",
             "测试省人民政府办公厅", "2024年6月5日", "测试省箱包产业提升行动方案", "一、总体要求",
             "到2026年，全省箱包产业营业收入达到300亿元。", "二、重点任务", "（一）壮大皮具产业。", "1. 建设皮具交易中心。"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = _doc(path)
    assert [h.title for h in doc.headings][:2] == ["一、总体要求", "二、重点任务"]
    assert any(c.section_path[:1] == ("二、重点任务",) and "皮具交易中心" in c.text for c in doc.chunks)


def test_a_template_title_in_a_docx_gives_way_to_the_title_in_its_body(tmp_path: Path) -> None:
    import docx

    path = make_docx(tmp_path / "t.docx")
    document = docx.Document(str(path))
    document.core_properties.title = "Word 文档模板"
    document.save(str(path))
    assert _doc(path).meta.title == NOTICE_LINES[0]


def test_a_pages_topic_category_is_its_category(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='utf-8'><title>t</title></head><body><table>"
            "<tr><td>索引号：</td><td>000014349/2024-00012</td><td>主题分类：</td><td>工业、交通</td></tr>"
            "<tr><td>发文机关：</td><td>测试部办公厅</td><td>发文字号：</td><td>测试厅函〔2024〕12号</td></tr></table>"
            + "".join(f"<p>{line}</p>" for line in NOTICE_LINES) + "</body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert _doc(path).meta.category == "工业、交通"


def test_a_pages_index_number_is_kept(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='utf-8'><title>t</title></head><body><table>"
            "<tr><td>索引号：</td><td>000014349/2024-00012</td></tr></table>"
            + "".join(f"<p>{line}</p>" for line in NOTICE_LINES) + "</body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert _doc(path).meta.index_number == "000014349/2024-00012"


def test_a_pages_metadata_table_without_colons_is_read(tmp_path: Path) -> None:
    # a portal's metadata block as a table of header and value cells, no colon printed
    page = ("<html><head><meta charset='utf-8'><title>t</title></head><body><table class='meta'>"
            "<tr><th>索引号</th><td>CS-0001-2024-00012</td><th>文号</th><td>测试厅函〔2024〕12号</td></tr>"
            "<tr><th>成文日期</th><td>2024-03-01</td></tr><tr><th>发布日期</th><td>2024-03-05</td></tr></table>"
            + "".join(f"<p>{line}</p>" for line in NOTICE_LINES) + "</body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    meta = _doc(path).meta
    assert meta.index_number == "CS-0001-2024-00012" and meta.doc_number == "测试厅函〔2024〕12号"
    assert meta.written_date == "2024-03-01" and meta.published_date == "2024-03-05"
    # cells that hold label and value together stay as they are
    page = page.replace("<tr><th>成文日期</th><td>2024-03-01</td></tr><tr><th>发布日期</th><td>2024-03-05</td></tr>",
                        "<tr><td>成文日期：2024-03-01</td><td>发布日期：2024-03-05</td></tr>")
    path.write_text(page, encoding="utf-8")
    meta = _doc(path).meta
    assert meta.written_date == "2024-03-01" and meta.published_date == "2024-03-05"


def _tracked(paragraph: object, kind: str, text: str) -> None:
    """Append a tracked change (w:ins / w:del / w:moveFrom / w:moveTo) holding one run to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "审核人")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind in ("del", "moveFrom") else "w:t")
    t.text = text
    run.append(t)
    change.append(run)
    paragraph._p.append(change)  # type: ignore[attr-defined]


def test_a_docx_revised_with_tracked_changes_reads_as_accepted(tmp_path: Path) -> None:
    """A draft saved with "track changes" on keeps each edited value as a deletion plus an insertion.
    The document says what the insertions say: python-docx's Paragraph.text drops them ("增长以上")."""
    import docx

    document = docx.Document()
    document.add_paragraph("关于开展2024年面料提升活动的通知")
    p = document.add_paragraph("到2024年底，产值同比增长")
    _tracked(p, "del", "4%")
    _tracked(p, "ins", "5%")
    p.add_run("以上。")
    moved = document.add_paragraph("联系人：张三")
    _tracked(moved, "moveFrom", "，电话：0571-1111111")
    _tracked(moved, "moveTo", "，电话：0571-2222222")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "活动", "时间"
    table.cell(1, 0).text = "设计大赛"
    cell_p = table.cell(1, 1).paragraphs[0]
    cell_p.add_run("2024年")
    _tracked(cell_p, "del", "10月")
    _tracked(cell_p, "ins", "11月")
    path = tmp_path / "draft.docx"
    document.save(str(path))

    text = load(path)[0].text
    assert "到2024年底，产值同比增长5%以上。" in text
    assert "4%" not in text
    assert "联系人：张三，电话：0571-2222222" in text and "1111111" not in text
    assert "活动：设计大赛，时间：2024年11月。" in text and "10月" not in text


_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _boxed_paragraph(lines: list[str]) -> str:
    """A paragraph anchoring a text box, as Word saves one: DrawingML, with a VML copy as fallback."""
    content = "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in lines)
    return (f'<w:p {_NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            f'<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>'
            f'</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def test_a_red_head_in_a_text_box_and_text_in_content_controls_are_read(tmp_path: Path) -> None:
    """Offices print the red head (issuer, 文号) in a text box, and templates hold the text in
    content controls (w:sdt): python-docx's body paragraphs reach neither. The text box is read
    once (its VML fallback is a copy), before the line it is anchored in."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    body.insert(0, parse_xml(_boxed_paragraph(["测试市工业和信息化局文件", "测工信发〔2024〕8号"])))
    document.add_paragraph("关于开展2024年服装品牌提升活动的通知")
    sdt = parse_xml(f'<w:sdt {_NS}><w:sdtPr/><w:sdtContent>'
                    '<w:p><w:r><w:t>一、工作任务</w:t></w:r></w:p>'
                    '<w:p><w:r><w:t>（一）支持企业建设自主品牌，</w:t></w:r>'
                    '<w:sdt><w:sdtContent><w:r><w:t>年内培育品牌10个</w:t></w:r></w:sdtContent></w:sdt>'
                    '<w:r><w:t>。</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, sdt)  # (before the section properties)
    path = tmp_path / "template.docx"
    document.save(str(path))

    lines = load(path)[0].text.splitlines()
    assert lines[:2] == ["测试市工业和信息化局文件", "测工信发〔2024〕8号"]
    assert lines.count("测工信发〔2024〕8号") == 1
    assert "一、工作任务" in lines and "（一）支持企业建设自主品牌，年内培育品牌10个。" in lines
    assert _doc(path).meta.doc_number == "测工信发〔2024〕8号"


def test_an_association_page_with_a_side_list_of_other_notices(tmp_path: Path) -> None:
    """A small site sets a list of its other notices ("·关于…的通知") beside the text, a byline with
    a bare "时间：", links to the pages before and after, and its own name after the <title>."""
    title = "关于组织参加2025年箱包新品推介系列活动的通知"
    page = f"""<html><head><meta charset="utf-8"><title>{title}-测试市箱包协会</title></head><body>
<table><tr><td><b>通知公告</b></td></tr>
<tr><td>·<a href="/a.html">关于开展2025年度会员信用评价的通知</a></td></tr>
<tr><td>·<a href="/b.html">关于召开理事会会议的通知</a></td></tr></table>
<h2>{title}</h2><div>时间：2025-03-12 10:20&nbsp;&nbsp;来源：协会秘书处&nbsp;&nbsp;作者：admin</div>
<p>测箱协〔2025〕7号</p><p>{title}</p><p>各会员企业：</p>
<p>经协会研究，决定组织会员企业参加新品推介系列活动。现将有关事项通知如下：</p>
<p>一、活动安排</p><p>2025年4月在测试市箱包城举办新品推介会。</p>
<p>附件：报名回执.doc</p><p>测试市箱包协会</p><p>2025年3月10日</p>
<p>上一篇：关于开展2025年度会员信用评价的通知</p><p>下一篇：没有了</p></body></html>"""
    path = tmp_path / "assoc.html"
    path.write_text(page, encoding="utf-8")
    doc = _doc(path)
    assert doc.meta.title == title
    assert doc.meta.issuer == "测试市箱包协会"
    assert doc.meta.published_date == "2025-03-12" and doc.meta.signature_date == "2025-03-10"
    assert "上一篇" not in doc.text and "下一篇" not in doc.text


def test_a_forwarding_title_wrapped_inside_the_quoted_title(tmp_path: Path) -> None:
    """A printed 转发 notice breaks its long title inside the title it quotes, over three lines, and
    wraps its 主送 and the attachment's name (the forwarded notice) over two."""
    lines = ["测试市工业和信息化局 测试市商务局关于转发《", "测试部办公厅 测试商务部办公厅关于开展",
             "2024绿色家电下乡活动的通知》的通知", "测工信〔2024〕41号", "各镇人民政府、街道办事处，测试经济技术开发区、测试高新",
             "技术产业开发区管委会，市家电协会：",
             "现将《测试部办公厅 测试商务部办公厅关于开展2024绿色家电下乡活动的通知》转发给你们，请认真贯彻落实。",
             "一、工作目标", "全市开展家电下乡活动不少于20场。",
             "附件：测试部办公厅 测试商务部办公厅关于开展2024", "绿色家电下乡活动的通知",
             "测试市工业和信息化局 测试市商务局", "2024年5月16日"]
    path = tmp_path / "forward.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = _doc(path)
    assert doc.meta.title == ("测试市工业和信息化局 测试市商务局关于转发《测试部办公厅 测试商务部办公厅关于开展"
                              "2024绿色家电下乡活动的通知》的通知")
    assert doc.meta.addressees == "各镇人民政府、街道办事处，测试经济技术开发区、测试高新技术产业开发区管委会，市家电协会"
    assert [a.name for a in doc.meta.attachments] == ["测试部办公厅 测试商务部办公厅关于开展2024绿色家电下乡活动的通知"]
    assert doc.meta.signatories == ["测试市工业和信息化局 测试市商务局"]


def test_a_plans_attachment_printed_after_its_list_without_a_date_between(tmp_path: Path) -> None:
    """"关于印发《…方案》的通知": the letter signs off above the plan; after the plan, its list of
    attachments, then the attachment itself (a table) with no date line between."""
    lines = ["测试地区工业和信息化局关于印发《测试地区2025年箱包产业提升方案》的通知", "测地工信发〔2025〕3号",
             "各县（市）工业和信息化局：",
             "现将《测试地区2025年箱包产业提升方案》印发给你们，请认真组织实施。", "测试地区工业和信息化局", "2025年3月18日",
             "测试地区2025年箱包产业提升方案", "一、总体目标", "全地区箱包产业产值增长10%以上。",
             "附件：重点任务分工表", "附件", "重点任务分工表",
             "序号　重点任务　牵头单位", "1　皮具交易中心建设　地区工业和信息化局", "2　技能培训　地区人力资源和社会保障局"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = _doc(path)
    assert [(a.name, a.available) for a in doc.meta.attachments] == [("重点任务分工表", True)]
    rows = [c for c in doc.chunks if "技能培训" in c.text]
    assert rows and rows[0].section_path == ("附件：重点任务分工表",)
    # Without its name in the list, a label after the plan is not taken for an attachment.
    other = [*lines[:9], "附件：资金申报表", "附件", "重点任务分工表", *lines[12:]]
    path.write_text("\n".join(other), encoding="utf-8")
    assert [(a.name, a.available) for a in _doc(path).meta.attachments] == [("资金申报表", False)]

"""Local documents in the shapes they come in (fictional regions and people, see
local_formats_docs.py): a GB18030 text export hard-wrapped at a fixed width, a Word file with
heading styles, a table of tasks, a page header and a footnote, a web page of divs and spans, a pdf
whose headings carry no punctuation and whose 文号 is set over two lines, a 函, and a 转发 notice
whose cover precedes the national text it forwards. Each is indexed in a real KnowledgeBase; its
公文 fields and heading tree are checked, and a question about it is answered from the right clause."""

from __future__ import annotations

import re
from pathlib import Path

import local_formats_docs as L
import pytest
from docgen import make_div_page, make_styled_docx, make_wrapped_txt
from officegen import make_pdf, notice_paragraphs

from index.chunking import ChunkSettings
from index.documents import build_document
from index.loaders import load
from index.models import Document


def _zhuzhou(path: Path, typed: bool = False, chinese_styles: bool = False, core_title: str = "公文模板") -> Path:
    items = L.zhuzhou_items(typed, chinese_styles)
    return make_styled_docx(path, items, table=L.ZHUZHOU_TASKS, table_after=items[8][1],
                            header_text="株洲市工业和信息化局　内部资料", footnote=L.ZHUZHOU_FOOTNOTE,
                            core_title=core_title, custom_heading_names=chinese_styles)


def _changsha(path: Path) -> Path:
    # the issuers' header, the 文号 broken at its bracket, the title in two lines, then the text
    head = ["长沙市商务局 长沙市工业和信息化局", "长商务发〔2025〕", "14号"]
    return make_pdf(path, head + L.CHANGSHA_PARAGRAPHS, head=len(head) + 2)


FILES = {
    "lanzhou-lamian.txt": lambda p: make_wrapped_txt(p, L.LANZHOU_HEAD, L.LANZHOU_BODY, separator="blank"),
    "zhuzhou-fushi.docx": _zhuzhou,
    "binhai-sanpin.html": lambda p: make_div_page(p, L.TIANJIN_HEAD, L.TIANJIN_BODY, L.TIANJIN_ATTACHMENTS,
                                                  L.TIANJIN_SIGN, site="天津市滨海新区工业和信息化局"),
    "changsha-xiangxiu.pdf": _changsha,
    "gansu-shangchao-han.txt": lambda p: p.write_text("\n".join(L.GANSU_LETTER), encoding="utf-8"),
    "xiangtan-zhuanfa.txt": lambda p: p.write_text("\n".join(L.XIANGTAN_COVER + notice_paragraphs()[0]),
                                                   encoding="utf-8"),
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    root = tmp_path_factory.mktemp("local-formats")
    (root / "files").mkdir()
    for name, make in FILES.items():
        make(root / "files" / name)
    settings = IndexSettings(index_dir=root / "index")
    kb = KnowledgeBase(settings)
    report = kb.add([root / "files"], role="related")
    assert report.ok and len(report.added) == len(FILES), report
    return Assistant(Settings(index=settings), kb=kb)


def _doc(bot, name: str) -> Document:  # type: ignore[no-untyped-def]
    return bot.kb.docs[Path(name).stem]


def _tree(doc: Document) -> list[tuple[int, str]]:
    return [(h.level, h.title) for h in doc.headings]


def _no_heading_glued(doc: Document) -> None:
    """Every heading is a paragraph of its own or the run-in start of one: never inside a line."""
    for h in doc.headings:
        assert doc.text[h.start - 1] == "\n", h
    for line in doc.text.split("\n"):
        assert not re.search(r".[一二三四五六七八九十]、[\u4e00-\u9fff]{2}", line[1:]) or "、" in line[:6], line


# ---- 1. GB18030 text hard-wrapped at a fixed width ------------------------------------------------

LANZHOU_TREE = [(1, "一、总体目标"), (1, "二、重点任务"), (2, "（一）推进标准化生产"), (2, "（二）培育连锁品牌"),
                (3, "1.开展拉面技能大赛"), (3, "2.组织参加展会"), (1, "三、工作要求")]


def _check_lanzhou(doc: Document) -> None:
    m = doc.meta
    assert m.title == L.LANZHOU_TITLE and m.doc_number == "兰工信发〔2025〕21号"
    assert m.issuer == "兰州市工业和信息化局" and m.written_date == "2025-03-28"
    assert m.addressees == "各县区工业和信息化主管部门，兰州新区经济发展局"
    assert m.signatories == ["兰州市工业和信息化局"]
    assert [a.name for a in m.attachments] == ["兰州牛肉拉面产业提质行动任务分解表", "拉面连锁品牌培育企业申报表"]
    assert [(c.name, c.phone, c.email) for c in m.contacts] == [
        ("马晓东", "0931-8461234", "lzxfp2025@example.cn"), ("杨春梅", "0931-8215678", None)]
    assert m.basis == "《甘肃省工业和信息化厅关于促进食品工业高质量发展的通知》（甘工信发〔2024〕88号）"
    assert _tree(doc) == LANZHOU_TREE
    _no_heading_glued(doc)
    for paragraph in L.LANZHOU_BODY:  # every wrapped paragraph is whole again
        assert paragraph in doc.text.split("\n"), paragraph


def test_hard_wrapped_gb18030_text_export(bot) -> None:  # type: ignore[no-untyped-def]
    path = Path(_doc(bot, "lanzhou-lamian.txt").source)
    raw = path.read_bytes().decode("gb18030")
    assert "2025年4月1\r\n5日" in raw  # the file really cuts the deadline (and numbers) across lines
    _check_lanzhou(_doc(bot, "lanzhou-lamian.txt"))


@pytest.mark.parametrize("width", [30, 32, 35])
def test_hard_wrapped_text_indented_paragraphs(tmp_path: Path, width: int) -> None:
    """Paragraphs marked by two full-width spaces, no blank line, at several widths."""
    path = make_wrapped_txt(tmp_path / "lz.txt", L.LANZHOU_HEAD, L.LANZHOU_BODY, width=width, separator="indent")
    assert path.read_bytes().decode("gb18030").count("\r\n") > len(L.LANZHOU_BODY) + 10
    _check_lanzhou(build_document(load(path)[0], ChunkSettings()))


def test_a_deadline_cut_by_the_wrap_is_answered_whole(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("兰州牛肉拉面产业提质行动的行动方案要在什么时候前报送？")
    assert not answer.refused and "2025年4月15日" in answer.text
    assert answer.citations[0].doc_id == "lanzhou-lamian" and answer.citations[0].section == "三、工作要求"
    phone = bot.ask("兰州拉面提质行动的联系人马晓东电话是多少？")
    assert not phone.refused and "0931-8461234" in phone.text


# ---- 2. Word heading styles, a table of tasks, a page header, a footnote ---------------------------

ZHUZHOU_UNTYPED = [(1, "总体要求"), (1, "重点任务"), (2, "强化精准招商"), (2, "优化要素保障"), (1, "工作要求")]
ZHUZHOU_TYPED = [(1, "一、总体要求"), (1, "二、重点任务"), (2, "（一）强化精准招商"), (2, "（二）优化要素保障"),
                 (1, "三、工作要求")]


def _check_zhuzhou(doc: Document, tree: list[tuple[int, str]]) -> None:
    m = doc.meta
    assert m.title == L.ZHUZHOU_TITLE, "the title line, not the page header nor the template's name"
    assert m.doc_number == L.ZHUZHOU_NUMBER and m.issuer == "株洲市工业和信息化局"
    assert m.written_date == "2025-04-02" and m.signatories == ["株洲市工业和信息化局"]
    assert m.addressees == "各县市区工业和信息化局，株洲高新区经发局"
    assert [a.name for a in m.attachments] == ["服饰产业链招商图谱", "重点招商项目信息表"]
    assert [(c.name, c.phone) for c in m.contacts] == [("周雨涵", "0731-22651234"), ("谭志刚", "0731-22887766")]
    assert _tree(doc) == tree
    assert "内部资料" not in doc.text and "实缴出资" not in doc.text
    assert "对新引进的服饰品牌总部企业，按其实际到位资金给予奖励。" in doc.text.split("\n")
    lines = doc.text.split("\n")
    for n, row in enumerate(L.ZHUZHOU_TASKS[1:]):  # one row a line, its cells in order
        line = next(x for x in lines if row[1] in x)
        assert [line.find(cell) for cell in row] == sorted(line.find(cell) for cell in row), line
        assert line.startswith(f"序号：{n + 1}，任务：{row[1]}，责任单位：{row[2]}，完成时限：{row[3]}")
    row_chunk = next(c for c in doc.chunks if "举办服饰产业链招商推介会" in c.text)
    assert row_chunk.section_path[-1].endswith("强化精准招商")


def test_word_heading_styles_without_typed_numbers(bot) -> None:  # type: ignore[no-untyped-def]
    _check_zhuzhou(_doc(bot, "zhuzhou-fushi.docx"), ZHUZHOU_UNTYPED)


@pytest.mark.parametrize("chinese_styles", [False, True], ids=["Heading 1", "标题 1"])
def test_word_heading_styles_named_either_way(tmp_path: Path, chinese_styles: bool) -> None:
    """A style named as English Word names it, or as WPS does ("标题 1", known by its outline
    level); the core title left empty. (Numbers typed in the text keep their own rank.)"""
    path = _zhuzhou(tmp_path / "zz.docx", chinese_styles=chinese_styles, core_title="")
    _check_zhuzhou(build_document(load(path)[0], ChunkSettings()), ZHUZHOU_UNTYPED)
    typed = _zhuzhou(tmp_path / "typed.docx", typed=True, chinese_styles=chinese_styles)
    assert _tree(build_document(load(typed)[0], ChunkSettings())) == ZHUZHOU_TYPED


def test_a_doc_number_printed_only_in_the_page_header(tmp_path: Path) -> None:
    """Some offices print the 文号 in the page header, never in the body: it is the document's
    文号, while the header's other words stay out of the text."""
    items = [item for item in L.zhuzhou_items(False, False) if item[1] != L.ZHUZHOU_NUMBER]
    path = make_styled_docx(tmp_path / "zz.docx", items, header_text=f"株洲市工业和信息化局　{L.ZHUZHOU_NUMBER}")
    doc = build_document(load(path)[0], ChunkSettings())
    assert doc.meta.doc_number == L.ZHUZHOU_NUMBER and L.ZHUZHOU_NUMBER not in doc.text
    assert doc.meta.title == L.ZHUZHOU_TITLE
    plain = make_styled_docx(tmp_path / "plain.docx", items, header_text="株洲市工业和信息化局　内部资料")
    assert build_document(load(plain)[0], ChunkSettings()).meta.doc_number is None


def test_a_task_tables_deadline_is_cited_from_its_row(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("株洲服饰产业链招商推介会的完成时限是什么时候？")
    assert not answer.refused and "2025年6月30日" in answer.text
    top = answer.citations[0]
    assert top.doc_id == "zhuzhou-fushi" and "举办服饰产业链招商推介会" in top.quote
    assert top.section and "强化精准招商" in top.section


# ---- 3. A web page of divs and spans --------------------------------------------------------------

def test_a_page_of_divs_and_spans(bot) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(bot, "binhai-sanpin.html")
    m = doc.meta
    assert m.title == L.TIANJIN_TITLE and m.doc_number == "津滨工信发〔2025〕6号"
    assert m.issuer == "天津市滨海新区工业和信息化局" and m.written_date == "2025-04-18"
    assert m.addressees == "各街镇经济发展部门，各功能区管委会"
    assert m.signatories == ["天津市滨海新区工业和信息化局"]
    assert [a.name for a in m.attachments] == ["2025年消费品工业“三品”典型案例申报书", "推荐汇总表"]
    assert [(c.name, c.phone) for c in m.contacts] == [("刘思远", "022-65301234"), ("田甜", "022-65305678")]
    assert _tree(doc) == [(1, "一、申报范围"), (1, "二、申报程序"), (2, "（一）企业申报"), (2, "（二）审核推荐"),
                          (1, "三、联系方式")]
    _no_heading_glued(doc)
    lines = doc.text.split("\n")
    for paragraph in L.TIANJIN_BODY:  # the spans of a paragraph make one line
        assert paragraph in lines, paragraph
    for chrome in ("机构概况", "互动交流", "网站地图", "隐私声明", "0000-12345678", "分享到"):
        assert chrome not in doc.text, chrome


def test_a_page_question_cites_its_clause(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("滨海新区三品典型案例的推荐名单什么时候报送区工业和信息化局？")
    assert not answer.refused and "2025年5月31日" in answer.text
    assert answer.citations[0].doc_id == "binhai-sanpin" and "审核推荐" in (answer.citations[0].section or "")


# ---- 4. A printed pdf ---------------------------------------------------------------------------

def test_a_printed_pdf_with_bare_headings(bot) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(bot, "changsha-xiangxiu.pdf")
    m = doc.meta
    assert m.title == L.CHANGSHA_TITLE and m.doc_number == L.CHANGSHA_NUMBER
    assert m.issuer == "长沙市商务局 长沙市工业和信息化局" and m.written_date == "2025-07-10"
    assert m.addressees == "各区县（市）商务主管部门、工业和信息化主管部门"
    assert [(c.name, c.phone) for c in m.contacts] == [("曾晓兰", "0731-88665432"), ("黄海波", "0731-88991234")]
    assert _tree(doc) == [(1, "一、活动时间"), (1, "二、活动内容"), (2, "（一）湘绣精品展销"),
                          (2, "（二）推动湘绣进景区进街区进社区并与文化旅游深度融合发展"), (1, "三、工作要求")]
    _no_heading_glued(doc)
    lines = doc.text.split("\n")
    for paragraph in L.CHANGSHA_PARAGRAPHS[2:-2]:  # wrapped lines joined, headings their own lines
        assert paragraph in lines, paragraph


def test_a_pdf_phone_cut_by_a_page_break_is_answered(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("长沙湘绣消费季活动的联系人曾晓兰电话是多少？")
    assert not answer.refused and "0731-88665432" in answer.text
    deadline = bot.ask("长沙湘绣消费季的参展企业名单什么时候前报送？")
    assert not deadline.refused and "2025年8月15日" in deadline.text
    assert deadline.citations[0].doc_id == "changsha-xiangxiu" and deadline.citations[0].section == "三、工作要求"


# ---- 5. A 函 -----------------------------------------------------------------------------------

def test_a_letter_to_one_body(bot) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(bot, "gansu-shangchao-han.txt")
    m = doc.meta
    assert m.title == L.GANSU_LETTER_TITLE and m.doc_number == "甘商务函〔2025〕45号"
    assert m.issuer == "甘肃省商务厅" and m.written_date == "2025-05-06" and m.signatories == ["甘肃省商务厅"]
    assert m.addressees == "甘肃省农业农村厅"
    assert [(c.name, c.phone, c.email) for c in m.contacts] == [
        ("张建国", "0931-8912345", "gsswscc@example.cn"), ("王芳", "0931-8912346", None)]
    assert [h.marker for h in doc.headings] == ["一、", "二、"]
    answer = bot.ask("甘肃省商务厅商请支持农产品进商超的函，联系人是谁？")
    assert not answer.refused and "张建国" in answer.text and "0931-8912346" in answer.text
    email = bot.ask("甘肃省商务厅商请支持农产品进商超的函，联系人张建国的电子邮箱是多少？")
    assert not email.refused and "gsswscc@example.cn" in email.text


# ---- 6. A 转发 notice --------------------------------------------------------------------------

def test_a_forwarding_notice_is_its_covers(bot) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(bot, "xiangtan-zhuanfa.txt")
    m = doc.meta
    assert m.title == L.XIANGTAN_TITLE and m.doc_number == "潭工信发〔2023〕31号"
    assert m.issuer == "湘潭市工业和信息化局 湘潭市商务局"
    assert m.written_date == "2023-05-08" and m.signature_date == "2023-05-08"
    assert m.signatories == ["湘潭市工业和信息化局", "湘潭市商务局"]
    assert m.addressees == "各县市区工业和信息化局、商务局"
    assert m.basis and f"《{L.FORWARDED}》" in m.basis
    assert [(c.name, c.phone) for c in m.contacts][:2] == [("欧阳珊", "0731-58581234"), ("彭立新", "0731-58582345")]
    assert [h.title for h in doc.headings if h.level == 1] == ["一、总体要求", "二、工作任务", "三、工作要求"]
    answer = bot.ask("湘潭转发纺织服装优供给促升级活动的通知是哪天印发的？")
    assert not answer.refused and "2023年5月8日" in answer.text and "2023年4月14日" not in answer.text
    basis = bot.ask("湘潭市工业和信息化局那份转发的通知是依据哪个文件？")
    assert not basis.refused and "工信厅联消费函〔2023〕87号" in basis.text

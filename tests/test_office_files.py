"""Reports and notices as users have them: .docx with no or a misleading core title, .pdf printed
from Word (wrapped lines, page numbers, a printer driver's metadata title). Title, year, issuer and
文号 come from the document itself; heading lines stay apart from the body; a question that names
a report by its year finds it."""

from __future__ import annotations

from pathlib import Path

import pytest
from officegen import REPORT_HEAD_2019, make_docx, make_pdf, notice_paragraphs, report_paragraphs, wrap

from index.chunking import ChunkSettings
from index.clean import clean
from index.documents import build_document
from index.loaders import load
from index.metadata import extract, useful_title_hint
from index.models import Document

REPORT_2019 = REPORT_HEAD_2019 + report_paragraphs("2019")
# A local notice with three levels of headings (一、 > （一） > 1.), items long enough to wrap.
LOCAL = [
    "某省工业和信息化厅",
    "某工信消费〔2024〕15号",
    "某省工业和信息化厅关于组织开展2024年纺织服装",
    "“三品”示范企业遴选工作的通知",
    "各市、县（市、区）工业和信息化主管部门：",
    "为推动纺织服装行业增品种、提品质、创品牌，现就组织开展示范企业遴选工作通知如下。",
    "一、申报范围",
    "在本省登记注册、具有独立法人资格的纺织服装生产企业。",
    "二、申报条件",
    "（一）基本条件",
    "1. 近三年未发生重大安全、环保、质量事故，无严重失信行为，企业经营状况良好，主营业务收入稳定增长。",
    "2. 拥有自主品牌，品牌建设投入占主营业务收入比重不低于百分之一。",
    "（二）优先条件",
    "1. 获得省级以上工业设计中心、技术中心认定的企业优先推荐。",
    "三、工作要求",
    "请各地于2024年6月30日前将推荐材料报送省工业和信息化厅消费品工业处。",
    "某省工业和信息化厅",
    "2024年5月10日",
]
LOCAL_TITLE = "某省工业和信息化厅关于组织开展2024年纺织服装“三品”示范企业遴选工作的通知"
LOCAL_TREE = [(1, "一、申报范围"), (1, "二、申报条件"), (2, "（一）基本条件"),
              (3, "1. 近三年未发生重大安全、环保、质量事故，无严重失信行为，企业经营状况良好，主营业务收入稳定增长"),
              (3, "2. 拥有自主品牌，品牌建设投入占主营业务收入比重不低于百分之一"),
              (2, "（二）优先条件"), (3, "1. 获得省级以上工业设计中心、技术中心认定的企业优先推荐"),
              (1, "三、工作要求")]


def _doc(path: Path) -> Document:
    return build_document(load(path)[0], ChunkSettings())


def _tree(doc: Document) -> list[tuple[int, str]]:
    return [(h.level, h.title) for h in doc.headings]


REPORT_FILES = [
    ("政府工作报告.docx", lambda p: make_docx(p, REPORT_2019)),
    ("zfgzbg.docx", lambda p: make_docx(p, REPORT_2019, core_title="Microsoft Word - 文档1")),
    ("report.docx", lambda p: make_docx(p, REPORT_2019, core_title="report")),
    ("政府工作报告.pdf", lambda p: make_pdf(p, REPORT_2019, head=3)),
    ("final.pdf", lambda p: make_pdf(p, REPORT_2019, meta_title="Microsoft Word - 文档1.docx", head=3)),
]


@pytest.mark.parametrize(("name", "make"), REPORT_FILES, ids=[n for n, _ in REPORT_FILES])
def test_report_title_year_and_issuer_from_its_head(tmp_path: Path, name: str, make) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(make(tmp_path / name))
    assert doc.title == "政府工作报告", "the title line, not the file name or the file's properties"
    assert doc.meta.written_date == "2019-03-05", "the subtitle's date is the report's"
    assert doc.meta.issuer == "国务院", "the speaker's office"
    assert doc.meta.addressees == "各位代表"
    assert _tree(doc)[:4] == [(1, "一、2018年工作回顾"), (1, "二、2019年经济社会发展总体要求和政策取向"),
                              (1, "三、2019年政府工作任务"), (2, "（一）继续创新和完善宏观调控，确保经济运行在合理区间")]


def test_pdf_report_has_the_headings_and_paragraphs_of_the_docx(tmp_path: Path) -> None:
    pdf = _doc(make_pdf(tmp_path / "r.pdf", REPORT_2019, head=3))
    docx = _doc(make_docx(tmp_path / "r.docx", REPORT_2019))
    assert _tree(pdf) == _tree(docx)
    for heading in ("一、2018年工作回顾", "二、2019年经济社会发展总体要求和政策取向", "三、2019年政府工作任务"):
        assert f"\n{heading}\n" in pdf.text, "a heading line is not run into the next sentence"
    assert "— 2 —" not in pdf.text, "page numbers are not text"
    # A sentence that runs over a page break is one sentence again.
    paragraphs = set(pdf.text.split("\n"))
    long_ones = [p for p in REPORT_2019 if len(p) > 200 and "PM" not in p]
    assert sum(p in paragraphs for p in long_ones) >= 0.8 * len(long_ones)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_notice_title_over_two_lines_and_its_fields(tmp_path: Path, kind: str) -> None:
    paragraphs, manifest = notice_paragraphs()
    path = tmp_path / f"通知.{kind}"
    if kind == "docx":
        make_docx(path, paragraphs, core_title="通知")
    else:
        make_pdf(path, paragraphs, head=len(manifest["issuer"]) + 1 + len(wrap(manifest["title"])))
    doc = _doc(path)
    assert doc.title == manifest["title"]
    assert doc.meta.doc_number == manifest["doc_number"]
    assert doc.meta.issuer == " ".join(manifest["issuer"])
    assert doc.meta.written_date == manifest["written_date"]
    assert doc.meta.addressees and doc.meta.addressees.endswith("中国纺织工业联合会")
    tree = _tree(doc)
    assert tree[:3] == [(1, "一、总体要求"), (1, "二、工作任务"), (2, "（一）聚焦高端化智能化绿色化，加快产业体系升级发展")]
    assert [t for _, t in tree if t.startswith("三、")] == ["三、工作要求"]
    assert "\n一、总体要求\n以习近平新时代" in doc.text
    assert [a.name for a in doc.meta.attachments] == [a["name"] for a in manifest["attachments"]]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_three_levels_of_headings_with_wrapped_items(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"local.{kind}"
    if kind == "docx":
        make_docx(path, LOCAL)
    else:
        make_pdf(path, LOCAL, head=4)
    doc = _doc(path)
    assert doc.title == LOCAL_TITLE and doc.meta.doc_number == "某工信消费〔2024〕15号"
    assert doc.meta.issuer == "某省工业和信息化厅" and doc.meta.written_date == "2024-05-10"
    assert _tree(doc) == LOCAL_TREE
    assert "\n（一）基本条件\n1. 近三年" in doc.text


# (a file's title property, what it is worth)
HINTS = [
    ("Microsoft Word - 文档1.docx", None),
    ("Microsoft Word - 关于开展纺织服装消费季活动的通知.doc", "关于开展纺织服装消费季活动的通知"),
    ("untitled", None),
    ("文档1", None),
    ("新建 Microsoft Word 文档", None),
    ("通知", None),
    ("report-final", None),
    ("2019年政府工作报告.pdf", "2019年政府工作报告"),
    (None, None),
]


@pytest.mark.parametrize(("hint", "useful"), HINTS)
def test_file_title_properties_that_name_nothing_are_ignored(hint: str | None, useful: str | None) -> None:
    assert useful_title_hint(hint) == useful


def test_a_weak_hint_names_a_document_only_when_its_text_does_not() -> None:
    meta, _ = extract("各位代表：\n现在，我代表省人民政府作报告。", "2019年某省政府工作报告.docx", weak_hint=True)
    assert meta.title == "2019年某省政府工作报告"
    meta, _ = extract("某市纺织产业发展规划\n一、发展基础", "某市规划（终稿）", weak_hint=True)
    assert meta.title == "某市纺织产业发展规划"


@pytest.mark.parametrize(("speaker", "issuer"), [
    ("国务院总理　李克强", "国务院"),
    ("浙江省省长　王浩", "浙江省人民政府"),
    ("苏州市代理市长 吴庆文", "苏州市人民政府"),
])
def test_a_speakers_office_is_the_reports_issuer(speaker: str, issuer: str) -> None:
    meta, _ = extract(f"政府工作报告\n——2023年1月16日在某次会议上\n{speaker}\n各位代表：\n一、过去一年工作回顾")
    assert meta.issuer == issuer and meta.written_date == "2023-01-16" and meta.title == "政府工作报告"


def test_wrapped_lines_join_only_where_a_line_is_full() -> None:
    full = "这是一行排满的正文，这是一行排满的正文，这是一行排满"  # 26 characters
    lines = ["一、总体要求", full, "的正文。", "— 1 —", "二、主要任务", full, "继续。", "短行结束。", "下一段开始。"]
    text = clean("\n".join(lines), wrapped=True).text
    assert text.split("\n") == ["一、总体要求", full + "的正文。", "二、主要任务", full + "继续。", "短行结束。", "下一段开始。"]
    # Not printed text: a heading line with a 、 in its marker is not a broken sentence either.
    assert clean("一、总体要求\n以习近平新时代中国特色社会主义思想为指导。").text.startswith("一、总体要求\n")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_question_by_year_is_answered_from_the_report_file(seed_index: Path, tmp_path: Path, kind: str) -> None:
    """Two years' reports saved as files named without their year: asking about one year's report
    finds that report, not a refusal that the library has no such year."""
    import shutil

    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    index_dir = tmp_path / "index"
    shutil.copytree(seed_index, index_dir)
    files = tmp_path / "reports"
    files.mkdir()
    head_2018 = ["政府工作报告", "——2018年3月5日在第十三届全国人民代表大会第一次会议上", "国务院总理　李克强"]
    for n, paragraphs in enumerate((REPORT_2019, head_2018 + report_paragraphs("2018"))):
        if kind == "docx":
            make_docx(files / f"政府工作报告{n}.docx", paragraphs, core_title="Microsoft Word - 文档1")
        else:
            make_pdf(files / f"scan{n}.pdf", paragraphs, meta_title="Microsoft Word - 文档1.docx", head=3)
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    assert kb.add([files], role="background").ok
    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_dir)), kb=kb)
    by_year = {d.meta.written_date[:4]: d.doc_id for d in kb.docs.values() if d.meta.written_date and d.role == "background"}
    assert set(by_year) == {"2018", "2019"}

    answer = assistant.ask("2019年政府工作报告里关于减税说了什么")
    assert not answer.refused and "没有2019年" not in answer.text
    assert answer.citations and answer.citations[0].doc_id == by_year["2019"]
    assert any("减税" in c.quote for c in answer.citations if c.doc_id == by_year["2019"])

    answer = assistant.ask("2018年政府工作报告提出的赤字率是多少？")
    assert not answer.refused and answer.citations[0].doc_id == by_year["2018"] and "2.6%" in answer.text


def test_a_contact_label_wrapped_away_from_its_value_is_joined() -> None:
    # a printed line ending "电话：" and the number on the next line: one contact, not two paragraphs
    full = "联系人：省工业和信息化厅消费品工业处孙立伟，电话：024-86893217；省商务厅赵婉婷，电话："
    text = clean("\n".join(["一、总体要求", full, "024-86906518。", "说明：", "下一段。"]), wrapped=True).text
    assert "赵婉婷，电话：024-86906518。" in text and "说明：\n下一段。" in text

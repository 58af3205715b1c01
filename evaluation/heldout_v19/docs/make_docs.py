#!/usr/bin/env python3
"""Regenerate the FICTIONAL local documents of heldout_v19 into this folder (see README.md beside this script).

Every internal office, person, phone number, e-mail address (example.cn), event, venue, date, target, number,
索引号 and 文号 below is invented for evaluation; any resemblance to real documents or people is coincidental.
Deterministic: zip members carry fixed timestamps, reportlab runs in invariant mode.

Usage: python3 docs/make_docs.py             (all documents)
       python3 docs/make_docs.py taizhou     (one document, by the start of its file name)
"""
import datetime
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
NATIONAL_TITLE = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def rezip(data):
    """Re-pack a zip (docx) with fixed member timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + sorted(n for n in names if n not in first):
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


# --------------------------------------------------------------------------------------------------------------
# 1. 泰州 (2023): a joint red-headed 转发 notice written in Word (.docx)
# --------------------------------------------------------------------------------------------------------------
TZ_FILE = "taizhou-2023-textile-apparel-forwarding-notice.docx"
TZ_NO = "泰工信发〔2023〕19号"
TZ_TITLE = ("泰州市工业和信息化局 泰州市商务局关于转发《" + NATIONAL_TITLE + "》的通知")
TZ_BODY = [
    ("h0", "各市（区）工业和信息化局、商务局，泰州医药高新区经济发展局，市纺织服装商会，市服装行业协会："),
    ("p", "现将《" + NATIONAL_TITLE + "》（" + NATIONAL_NO + "）转发给你们，并结合我市实际提出如下意见，请一并贯彻落实。"),
    ("h1", "一、工作目标"),
    ("p", "2023年，全市组织开展纺织服装“优供给促升级”系列活动不少于12场，推动30家以上纺织服装企业实施设备更新和技术"
          "改造，新培育市级纺织服装“三品”示范企业6家，力争全市规模以上纺织服装企业营业收入同比增长4%以上。"),
    ("h1", "二、重点活动"),
    ("h2", "（一）智能改造诊断服务。", "组织智能制造诊断服务机构，对兴化市、泰兴市的纺纱、织造、羽绒制品企业开展免费智能化"
           "改造诊断，全年诊断不少于35家次。2023年7月在兴化市举办纺织服装智能化改造现场观摩会，重点展示自动穿经、智能仓储、"
           "能源管理系统等应用场景。"),
    ("h2", "（二）特色产品推广。", "支持靖江市、姜堰区童装、职业装企业参加国内重点展会，提升“泰州织造”区域品牌影响力。"
           "2023年9月在靖江市举办“泰州织造”职业装订货会，由市服装行业协会承办，组织采购商与生产企业现场洽谈。"),
    ("h2", "（三）绿色低碳转型。", "推动泰兴市、海陵区印染企业实施节水节能改造项目5个，鼓励企业开展清洁生产审核。在海陵区、"
           "姜堰区主城区新增废旧衣物智能回收箱不少于120个，探索建立废旧纺织品分类回收体系。"),
    ("h2", "（四）产销对接和消费促进。", "2023年6月在海陵区举办纺织服装产业链供需对接会，组织纱线、面料企业与服装、家纺企业"
           "开展对接。2023年10月至11月开展“泰好穿”秋冬服装消费月活动，组织商场、步行街和电商平台开展联合促销。"),
    ("h2", "（五）外贸拓市。", "组织企业参加境外专业展会不少于5场。2023年8月在泰州综合保税区举办纺织服装出口合规培训会，"
           "讲解RCEP原产地规则和主要市场生态纺织品要求，帮助企业稳订单、拓市场。"),
    ("h1", "三、工作要求"),
    ("h2", "（一）及时制定方案。", "各市（区）工业和信息化局、商务局要结合本地产业特色，于2023年5月26日前将本地区活动方案"
           "报送市工业和信息化局消费品工业处，同时抄送市商务局外贸发展处。"),
    ("h2", "（二）明确职责分工。", "市纺织服装商会负责组织供需对接会，市服装行业协会负责职业装订货会，市商务局负责消费月活动"
           "和出口合规培训会，市工业和信息化局负责智能化改造现场观摩会和诊断服务。"),
    ("h2", "（三）做好信息报送。", "请于2023年7月10日前和12月8日前分别报送上半年和全年活动开展情况，活动结束后5个工作日内"
           "报送活动简报和图片资料。"),
    ("p", "联系人：市工业和信息化局消费品工业处 顾文静，电话：0523-86839217，邮箱：tzfz2023@example.cn；市商务局外贸发展处 "
          "丁志强，电话：0523-86392064。"),
]
TZ_TABLE = [
    ("序号", "活动名称", "时间", "地点", "牵头单位"),
    ("1", "纺织服装产业链供需对接会", "2023年6月", "海陵区", "市纺织服装商会"),
    ("2", "纺织服装智能化改造现场观摩会", "2023年7月", "兴化市", "市工业和信息化局"),
    ("3", "纺织服装出口合规培训会", "2023年8月", "泰州综合保税区", "市商务局"),
    ("4", "“泰州织造”职业装订货会", "2023年9月", "靖江市", "市服装行业协会"),
    ("5", "“泰好穿”秋冬服装消费月", "2023年10月—11月", "全市", "市商务局"),
]


def make_taizhou(path):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    RED = RGBColor(0xE6, 0x00, 0x12)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def font(run, name, size, bold=False, color=None):
        run.font.name = name
        run.font.size = Pt(size)
        run.font.bold = bold
        rpr = run._element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rfonts.set(qn(k), name)
        if color is not None:
            run.font.color.rgb = color

    def para(text="", name="仿宋_GB2312", size=16, align=None, indent=True, bold=False, color=None, space=0):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(28)
        pf.space_after = Pt(space)
        pf.space_before = Pt(0)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if align is not None:
            p.alignment = align
        if text:
            font(p.add_run(text), name, size, bold, color)
        return p

    def rule(p, color="E60012", sz=18):
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
        ppr.append(bdr)

    def no_borders(table):
        tblpr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "nil")
            borders.append(e)
        tblpr.append(borders)

    # red letter-head: the two issuers stacked in the left cell, 文件 in the right cell (vertically merged)
    head = doc.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(head)
    for r, name in enumerate(["泰州市工业和信息化局", "泰州市商务局"]):
        c = head.cell(r, 0)
        c.width = Cm(11.5)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        font(p.add_run(name), "方正小标宋简体", 26, color=RED)
    merged = head.cell(0, 1).merge(head.cell(1, 1))
    p = merged.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("文件"), "方正小标宋简体", 40, color=RED)
    para()
    p = para(TZ_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule(p)
    para()
    # the title, broken where a typist would break it
    for line in ["泰州市工业和信息化局 泰州市商务局关于转发", "《工业和信息化部办公厅 商务部办公厅",
                 "关于开展2023纺织服装优供给促升级活动的通知》", "的通知"]:
        para(line, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para()
    for item in TZ_BODY:
        kind = item[0]
        if kind == "h0":
            para(item[1], indent=False)
        elif kind == "p":
            para(item[1])
        elif kind == "h1":
            para(item[1], "黑体", 16)
        elif kind == "h2":
            p = para()
            font(p.add_run(item[1]), "楷体_GB2312", 16)
            font(p.add_run(item[2]), "仿宋_GB2312", 16)
    para()
    p = para(indent=False)
    p.paragraph_format.left_indent = Pt(32)
    font(p.add_run("附件：1．" + NATIONAL_TITLE), "仿宋_GB2312", 16)
    p = para(indent=False)
    p.paragraph_format.left_indent = Pt(80)
    font(p.add_run("2．2023年泰州市纺织服装“优供给促升级”重点活动安排表"), "仿宋_GB2312", 16)
    para()
    para()
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    for i, name in enumerate(["泰州市工业和信息化局", "泰州市商务局"]):
        p = sig.cell(0, i).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(p.add_run(name), "仿宋_GB2312", 16)
    p = para("2023年5月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para("（此件公开发布）")
    # attachment 2 on a new page
    p = para(indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para("附件2", "黑体", 16, indent=False)
    para()
    para("2023年泰州市纺织服装“优供给促升级”重点活动安排表", "方正小标宋简体", 18, WD_ALIGN_PARAGRAPH.CENTER,
         indent=False)
    para()
    t = doc.add_table(rows=len(TZ_TABLE), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(5.6), Cm(3.2), Cm(3.2), Cm(3.2)]
    for r, row in enumerate(TZ_TABLE):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(val), "黑体" if r == 0 else "仿宋_GB2312", 12)
    para()
    para("注：活动时间、地点如有调整，以承办单位通知为准。", "仿宋_GB2312", 14, indent=False)
    # 版记 at the foot of the last page
    for _ in range(6):
        para()
    p = para(indent=False)
    rule(p, "000000", 8)
    p = para("抄送：市人民政府办公室，市发展和改革委员会，市财政局。", "仿宋_GB2312", 14, indent=False)
    rule(p, "000000", 4)
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    font(p.add_run("泰州市工业和信息化局办公室"), "仿宋_GB2312", 14)
    p.add_run("\t")
    font(p.add_run("2023年5月11日印发"), "仿宋_GB2312", 14)
    tabs = p.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT
    tabs.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    rule(p, "000000", 8)
    # footer: — PAGE — (outer side alternating is not needed for a short file: centred)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), "宋体", 14)
    run = fp.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", " PAGE "), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if tag == "w:fldChar":
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = attr
        run._r.append(el)
    font(fp.add_run("1"), "宋体", 14)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    fp.add_run()._r.append(end)
    font(fp.add_run(" —"), "宋体", 14)
    cp = doc.core_properties
    cp.title = TZ_NO
    cp.author = "消费品工业处"
    cp.last_modified_by = "消费品工业处"
    cp.created = datetime.datetime(2023, 5, 10, 9, 12, 0)
    cp.modified = datetime.datetime(2023, 5, 11, 15, 40, 0)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(rezip(buf.getvalue()))


BUILDERS = [
    (TZ_FILE, make_taizhou),
]


def main(argv):
    want = argv[1:] or None
    for fname, build in BUILDERS:
        if want and not any(fname.startswith(w) for w in want):
            continue
        build(os.path.join(HERE, fname))
        print("wrote", fname)


if __name__ == "__main__":
    main(sys.argv)

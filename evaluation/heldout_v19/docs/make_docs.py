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


# --------------------------------------------------------------------------------------------------------------
# 2. 汉川 (2024): the city portal's 政府信息公开 page of a 印发 notice with its 实施方案 (.html, GB2312 declared)
# --------------------------------------------------------------------------------------------------------------
HC_FILE = "hanchuan-2024-textile-apparel-implementation-plan.html"
HC_NO = "川政办发〔2024〕11号"
HC_TITLE = "市人民政府办公室关于印发汉川市2024年纺织服装优供给促升级活动实施方案的通知"
HC_PLAN = "汉川市2024年纺织服装优供给促升级活动实施方案"
HC_META = [
    ("索 引 号：", "011A2605-2024-00037", "主题分类：", "工业、交通\\工业"),
    ("发文机关：", "汉川市人民政府办公室", "成文日期：", "2024年04月08日"),
    ("文　　号：", HC_NO, "发布日期：", "2024年04月12日"),
    ("有 效 性：", "有效", "信息来源：", "市经济和信息化局"),
]
HC_PARAS = [
    ("c", "为贯彻落实国家和省关于纺织服装优供给促升级工作部署，推动我市纺织服装产业提质增效、扩大市场，结合我市实际，"
          "制定本方案。"),
    ("h1", "一、工作目标"),
    ("c", "2024年，全市组织开展各类纺织服装“优供给促升级”活动不少于15场，规模以上纺织服装企业营业收入同比增长7%以上，"
          "新增规模以上纺织服装企业8家，建成纺织服装数字化车间6个，新增省级专精特新中小企业5家，带动新增就业2500人以上。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）推进智能化改造。", "支持马口镇纱线、针织企业应用自动落纱、细络联、在线质量检测等设备，全年实施技改"
           "项目10个。2024年5月在马口镇举办纺织智能化改造现场推进会，推广典型企业经验。（牵头单位：市经济和信息化局）"),
    ("h2", "（二）开展产业链供需对接。", "2024年6月在马口镇举办“链动未来”供需对接会，组织纱线、面料企业与服装、家纺企业"
           "开展产销对接，推动本地配套率提升。（牵头单位：市纺织服装产业链链长制工作办公室、市商务局）"),
    ("h2", "（三）培育区域品牌。", "推进“汉川纱线”区域公共品牌建设，授权使用企业达到15家。2024年9月在汉川经济开发区"
           "举办“汉川纱线”品牌推介会，邀请下游采购商参会。（牵头单位：市市场监督管理局、市经济和信息化局）"),
    ("h2", "（四）拓展内外贸市场。", "组织企业参加国内外专业展会不少于6场。推动沉湖镇、马口镇企业发展跨境电商，培育跨境电商"
           "应用企业20家。2024年10月举办“汉川好货”直播电商节，2024年11月在沉湖镇举办跨境电商培训会。（牵头单位：市商务局）"),
    ("h2", "（五）加强技能人才培养。", "开展挡车工、保全工等职业技能培训不少于20期，每期不少于40人，推动企业与职业院校"
           "共建实训基地。（牵头单位：市人力资源和社会保障局）"),
    ("h2", "（六）推进绿色发展。", "推动印染、水洗企业开展清洁生产审核4家，在沉湖镇建设废旧纺织品回收分拣中心1个。"
           "（牵头单位：市经济和信息化局、市生态环境分局）"),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织领导。", "成立由分管副市长任组长的纺织服装优供给促升级活动工作专班，专班办公室设在市纺织服装产业链"
           "链长制工作办公室（市经济和信息化局），负责日常协调调度。"),
    ("h2", "（二）强化要素保障。", "统筹用好市级工业发展专项资金，对活动成效明显的项目按规定予以支持；金融机构要加大对纺织"
           "服装企业技改项目的信贷支持力度。"),
    ("h2", "（三）加强调度督办。", "各牵头单位于每月5日前向专班办公室报送上月工作进展，2024年12月15日前报送全年工作总结。"),
    ("c", "联系人：市经济和信息化局消费品工业股 王晓燕，电话：0712-8412635，邮箱：hcfz2024@example.cn；市纺织服装产业链"
          "链长制工作办公室 刘建军，电话：0712-8425510。"),
]
HC_TABLE = [
    ("1", "纺织智能化改造现场推进会", "2024年5月", ("马口镇", 2), ("市经济和信息化局", 1)),
    ("2", "“链动未来”供需对接会", "2024年6月", None, ("市纺织服装产业链链长制工作办公室", 1)),
    ("3", "“汉川纱线”品牌推介会", "2024年9月", ("汉川经济开发区", 1), ("市市场监督管理局", 1)),
    ("4", "“汉川好货”直播电商节", "2024年10月", ("全市", 1), ("市商务局", 2)),
    ("5", "跨境电商培训会", "2024年11月", ("沉湖镇", 1), None),
]


def make_hanchuan(path):
    def p(style, inner):
        return '<p style="%s">%s</p>' % (style, inner)

    body = []
    P = "text-indent:2em;line-height:2;font-size:16px;"
    body.append(p("text-align:center;", HC_NO))
    body.append(p("line-height:2;font-size:16px;", "各镇人民政府、街道办事处，汉川经济开发区管委会，市政府各部门："))
    body.append(p(P, "《" + HC_PLAN + "》已经市人民政府同意，现印发给你们，请结合实际，认真组织实施。"))
    body.append(p("text-align:right;line-height:2;padding-right:2em;", "汉川市人民政府办公室"))
    body.append(p("text-align:right;line-height:2;padding-right:2em;", "2024年4月8日"))
    body.append(p(P, "（此件公开发布）"))
    body.append('<p style="text-align:center;font-size:20px;font-weight:bold;line-height:2;">' + HC_PLAN + "</p>")
    for item in HC_PARAS:
        if item[0] == "c":
            text = item[1]
            if text.startswith("联系人"):
                body.append(p(P, text))
                continue
            # the portal's editor splits runs at odd places
            if "马口镇" in text and "<span" not in text:
                text = text.replace("马口镇", '<span style="font-family:仿宋">马口</span><span>镇</span>', 1)
            body.append(p(P, text))
        elif item[0] == "h1":
            body.append(p(P, '<strong><span style="font-family:黑体">%s</span></strong>' % item[1]))
        else:
            t2 = item[2]
            if "马口镇" in t2 and item[1].startswith("（一）"):
                t2 = t2.replace("马口镇", '马口</span><span style="font-family:仿宋">镇', 1)
            body.append(p(P, '<span style="font-family:楷体">%s</span><span style="font-family:仿宋">%s</span>'
                          % (item[1], t2)))
    body.append(p("line-height:2;font-size:16px;", "附件：" + HC_PLAN.replace("活动实施方案", "重点活动安排表")))
    rows = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;'
            'text-align:center;font-size:14px;">',
            "<tr><td><b>序号</b></td><td><b>活动名称</b></td><td><b>时间</b></td><td><b>地点</b></td>"
            "<td><b>牵头单位</b></td></tr>"]
    for no, name, when, place, lead in HC_TABLE:
        cells = ["<td>%s</td>" % no, "<td>%s</td>" % name, "<td>%s</td>" % when]
        for v in (place, lead):
            if v is None:
                continue
            text, span = v
            cells.append('<td rowspan="%d">%s</td>' % (span, text) if span > 1 else "<td>%s</td>" % text)
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</table>")
    body.append("\n".join(rows))

    meta = ['<table class="xxgk_table" cellspacing="0" cellpadding="0">']
    for a, b, c, d in HC_META:
        meta.append('<tr><th>%s</th><td>%s</td><th>%s</th><td>%s</td></tr>' % (a, b, c, d))
    meta.append('<tr><th>名　　称：</th><td colspan="3">%s</td></tr>' % HC_TITLE)
    meta.append("</table>")

    html_text = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="SiteName" content="汉川市人民政府" />
<meta name="ColumnName" content="政府文件" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2024-04-12 10:26" />
<title>{title}-汉川市人民政府</title>
<link rel="stylesheet" type="text/css" href="../../../images/xxgk.css" />
<style type="text/css">
.xxgk_table {{ width:100%; border:1px solid #d8d8d8; }} .xxgk_table th {{ width:90px; color:#666; }}
.bt {{ font-size:22px; color:#b20000; text-align:center; }} #zoom p {{ margin:0; }}
</style>
<script type="text/javascript" src="../../../images/jquery.min.js"></script>
<script type="text/javascript">
var _pageTitle = "{title}";
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body>
<div class="top"><div class="topbar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
<a href="../../../">首页</a> | <a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a></div>
<div class="logo"><img src="../../../images/logo.png" alt="汉川市人民政府" /></div>
<div class="nav"><a href="../../../">首页</a><a href="../../../zwdt/">政务动态</a><a href="../../">政府信息公开</a>
<a href="../../../zwfw/">政务服务</a><a href="../../../hdjl/">互动交流</a><a href="../../../zjhc/">走进汉川</a></div></div>
<div class="position">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政府信息公开</a> &gt; <a href="../">政府文件</a> &gt; 正文</div>
<div class="xxgk_main">
{meta}
<div class="bt">{title}</div>
<div class="info">发布时间：2024-04-12 10:26　来源：市经济和信息化局　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="zoom">
<!--正文开始-->
{body}
<!--正文结束-->
</div>
<div class="fj">相关附件：<a href="./P020240412352871.doc">{plan}（含附件）.doc</a></div>
<div class="jd">相关解读：<a href="../../zcjd/202404/t20240415_53102.shtml">图解：{plan}</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办单位：汉川市人民政府办公室　　承办单位：汉川市政务服务和大数据管理局</p>
<p>网站标识码：4209840001　　鄂ICP备05004120号-1　　鄂公网安备 42098402000113号</p>
<p>建议使用1366×768分辨率 IE9以上版本浏览器访问本站</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || []; (function(){{ var s = document.createElement("script"); s.src = "../../../images/stat.js"; }})();
</script>
</body>
</html>
""".format(title=HC_TITLE, meta="\n".join(meta), body="\n".join(body), plan=HC_PLAN)
    with open(path, "wb") as f:
        f.write(html_text.replace("\n", "\r\n").encode("gbk"))


# --------------------------------------------------------------------------------------------------------------
# 3. 新塘 (2024): an industry association's notice printed to PDF, with its sign-up form (.pdf)
# --------------------------------------------------------------------------------------------------------------
XT_FILE = "xintang-2024-denim-association-notice.pdf"
XT_ORG = "增城区新塘牛仔服装行业协会"
XT_NO = "新牛协〔2024〕7号"
XT_PAGES = 3
XT_TITLE = ["关于组织开展2024年纺织服装", "优供给促升级系列活动的通知"]
XT_BODY = [
    ("n", "各会员单位："),
    ("p", "为落实国家和省、市关于纺织服装优供给促升级工作的部署，按照区工业和信息化局工作安排，经协会第四届理事会第三次"
          "会议研究，决定组织会员单位参加以下系列活动。现将有关事项通知如下："),
    ("h", "一、“新塘牛仔”秋冬流行趋势发布会"),
    ("l", "时间：", "2024年8月22日至23日"),
    ("l", "地点：", "新塘牛仔服装产业园展示中心"),
    ("l", "内容：", "发布2024/2025秋冬牛仔面料和成衣流行趋势，设新品静态展示区。每家会员单位可推荐不超过15款新品参加展示，"
                  "限30家，按报名先后确定。"),
    ("h", "二、牛仔水洗节能减排技术交流会"),
    ("l", "时间：", "2024年6月中旬（具体时间另行通知）"),
    ("l", "内容：", "邀请设备企业和检测机构介绍激光洗水、臭氧洗水、低浴比染色等工艺及废水处理经验。限80人，每家会员单位"
                  "限报1至2人。"),
    ("h", "三、跨境电商独立站运营培训班"),
    ("l", "时间：", "2024年9月"),
    ("l", "内容：", "与区跨境电子商务协会联合举办，讲解独立站建站、海外社交媒体推广和跨境物流，共3期，每期限50人。"),
    ("h", "四、组团参加境外专业展会"),
    ("l", "时间：", "2024年10月"),
    ("l", "内容：", "协会统一申请展位、统一布展。展位费由协会承担40%、参展企业承担60%，交通、住宿费用由企业自理。"),
    ("h", "五、有关要求"),
    ("p", "（一）请有意参加的会员单位于2024年6月5日前填写报名表（见附件），加盖公章后扫描发送至协会秘书处邮箱"
          "xtny2024@example.cn。"),
    ("p", "（二）参展、展示产品须为本企业自主设计或合法授权生产的产品，不得展示假冒他人注册商标或者侵犯他人专利权的产品。"),
    ("p", "（三）活动结束后7个工作日内，请参加单位将意向订单和成交情况报送协会会员服务部。"),
    ("p", "联系人：协会秘书处 陈丽萍，电话：020-82714536；协会会员服务部 黄伟强，电话：020-82714582。"),
    ("a", "附件：2024年优供给促升级系列活动报名表"),
]
XT_FORM = [
    [("单位名称", 1), ("", 3)],
    [("统一社会信用代码", 1), ("", 1), ("会员证号", 1), ("", 1)],
    [("联系人", 1), ("", 1), ("职务/手机", 1), ("", 1)],
    [("拟参加活动", 1), ("□一 趋势发布会　□二 技术交流会　□三 独立站培训班　□四 境外展会", 3)],
    [("展示款数", 1), ("　　款（不超过15款）", 1), ("参训人数", 1), ("　　人", 1)],
    [("展位需求", 1), ("□标准展位　　个　　□光地　　平方米", 3)],
    [("备注", 1), ("", 3)],
]


def make_xintang(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.colors import Color, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    red = Color(0.86, 0.08, 0.12)
    W, H = A4
    left, right = 80, W - 75
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("新牛协7号 2024优供给促升级系列活动通知（发各会员单位）")
    c.setAuthor("协会秘书处")
    c.setCreator("Microsoft Word 2016")
    c.setProducer("Microsoft: Print To PDF")

    nohead = set("，。、；：？！）》”’%〕")

    def wrap(text, size, width):
        lines, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, "WQY", size) <= width or not cur:
                cur += ch
            elif ch in nohead:
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            else:
                lines.append(cur)
                cur = ch
        if cur:
            lines.append(cur)
        return lines

    def footer(n, total):
        c.setFont("WQY", 10)
        c.setFillColor(black)
        c.drawCentredString(W / 2, 40, "第 %d 页 共 %d 页" % (n, total))

    # page 1: letter-head
    c.setFillColor(red)
    c.setFont("WQY", 25)
    c.drawCentredString(W / 2, H - 95, XT_ORG)
    c.setStrokeColor(red)
    c.setLineWidth(2.2)
    c.line(left - 10, H - 118, right + 10, H - 118)
    c.setLineWidth(0.7)
    c.line(left - 10, H - 122, right + 10, H - 122)
    c.setFillColor(black)
    c.setFont("WQY", 12)
    c.drawRightString(right, H - 140, XT_NO)
    y = H - 180
    c.setFont("WQY", 18)
    for line in XT_TITLE:
        c.drawCentredString(W / 2, y, line)
        y -= 28
    y -= 8
    size, lead = 12.5, 23
    page = 1

    def need(h):
        nonlocal y, page
        if y - h < 70:
            footer(page, XT_PAGES)
            c.showPage()
            page += 1
            y = H - 80

    for item in XT_BODY:
        kind = item[0]
        if kind in ("n", "a"):
            need(lead)
            c.setFont("WQY", size)
            if kind == "a":
                y -= 6
            c.drawString(left, y, item[1])
            y -= lead
        elif kind == "h":
            need(lead * 2)
            c.setFont("WQY", size + 0.5)
            c.drawString(left + 2 * size, y, item[1])
            y -= lead
        elif kind == "p":
            lines = wrap(item[1], size, right - left - 2 * size)
            lines = [lines[0]] + wrap("".join(lines[1:]), size, right - left) if len(lines) > 1 else lines
            for i, line in enumerate(lines):
                need(lead)
                c.setFont("WQY", size)
                c.drawString(left + (2 * size if i == 0 else 0), y, line)
                y -= lead
        elif kind == "l":
            label, text = item[1], item[2]
            lw = pdfmetrics.stringWidth(label, "WQY", size)
            lines = wrap(text, size, right - left - 2 * size - lw)
            for i, line in enumerate(lines):
                need(lead)
                c.setFont("WQY", size)
                if i == 0:
                    c.drawString(left + 2 * size, y, label)
                c.drawString(left + 2 * size + lw, y, line)
                y -= lead
    need(lead * 4)
    y -= lead
    c.setFont("WQY", size)
    c.drawRightString(right - 20, y, XT_ORG)
    y -= lead
    c.drawRightString(right - 40, y, "2024年5月16日")
    # the association's round seal over the date (drawn, its text is not in the text layer)
    c.setStrokeColor(red)
    c.setLineWidth(1.6)
    c.circle(right - 95, y + 14, 42, stroke=1, fill=0)
    footer(page, XT_PAGES)
    c.showPage()
    # page 2: the form
    page += 1
    y = H - 80
    c.setFont("WQY", 13)
    c.drawString(left - 10, y, "附件")
    y -= 34
    c.setFont("WQY", 17)
    c.drawCentredString(W / 2, y, "2024年优供给促升级系列活动报名表")
    y -= 36
    cols = [left - 10, left + 100, left + 240, left + 330, right + 10]
    c.setLineWidth(0.8)
    c.setStrokeColor(black)
    rowh = 40
    for row in XT_FORM:
        x_i = 0
        top = y
        for text, span in row:
            x0, x1 = cols[x_i], cols[x_i + span]
            c.rect(x0, top - rowh, x1 - x0, rowh, stroke=1, fill=0)
            if text:
                fs = 10.5
                lines = wrap(text, fs, x1 - x0 - 10)
                ty = top - rowh / 2 + (len(lines) - 1) * 7 - 4
                c.setFont("WQY", fs)
                for ln in lines:
                    c.drawCentredString((x0 + x1) / 2, ty, ln)
                    ty -= 14
            x_i += span
        y -= rowh
    y -= 24
    c.setFont("WQY", 11)
    for ln in wrap("填表说明：1．拟参加活动请在对应方框内打“√”；2．请于2024年6月5日前将本表加盖公章后扫描发送至"
                   "协会秘书处邮箱，纸质原件活动报到时提交。", 11, right - left + 20):
        c.drawString(left - 10, y, ln)
        y -= 20
    footer(page, XT_PAGES)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------------------
# 4. 聊城 (2025): the 文字版 of a joint 印发 notice with its 专项行动方案, as offered for download (.txt)
# --------------------------------------------------------------------------------------------------------------
LC_FILE = "liaocheng-2025-textile-apparel-action-plan.txt"
LC_NO = "聊工信字〔2025〕19号"
LC_PLAN = "聊城市2025年纺织服装优供给促升级专项行动方案"
LC_LINES = [
    "聊城市工业和信息化局",
    "聊 城 市 商 务 局",
    "",
    LC_NO,
    "",
    "聊城市工业和信息化局 聊城市商务局",
    "关于印发《" + LC_PLAN + "》的通知",
    "",
    "各县（市、区）工业和信息化局、商务局，聊城经济技术开发区、聊城高新技术产业开发区经济发展部门，市纺织服装行业协会，"
    "市纺织服装产业链链长制工作办公室：",
    "　　现将《" + LC_PLAN + "》印发给你们，请结合实际认真抓好落实。",
    "",
    "　　　　　　　　　　　聊城市工业和信息化局　　　　聊城市商务局",
    "　　　　　　　　　　　　　　　　　　　　　　　2025年3月20日",
    "　　（此件公开发布）",
    "",
    "",
    LC_PLAN,
    "",
    "　　为深入落实国家关于纺织服装增品种、提品质、创品牌的部署，巩固我市棉纺织、家纺产业优势，推动纺织服装产业高端化、"
    "智能化、绿色化发展，制定本方案。",
    "　　一、总体目标",
    "　　2025年，全市组织开展纺织服装“优供给促升级”活动不少于20场；规模以上纺织服装企业营业收入同比增长5%以上；新培育"
    "省级以上纺织服装数字化车间（智能工厂）4个；培育纺织服装知名品牌10个；临清市、高唐县棉纺企业自动络筒普及率达到90%以上。",
    "　　二、重点行动",
    "　　（一）智能升级行动。推广细络联、自动落纱、智能配棉、筒纱智能包装等系统，实施智能化改造项目12个。2025年4月在"
    "临清市举办纺织智能制造现场会，组织企业观摩学习。",
    "　　（二）链群协同行动。2025年5月在高唐县举办“链动未来”供需对接会，由市纺织服装产业链链长制工作办公室承办，"
    "推动棉纺、织造企业与家纺、服装企业开展订单对接和配套协作。",
    "　　（三）品牌消费行动。2025年7月至9月开展“水城衣尚”夏秋消费季活动，支持商贸企业、电商平台开展纺织服装促销；"
    "2025年9月在东昌府区举办“聊城好纺”家纺品牌展，集中展示本地家纺、服装品牌。",
    "　　（四）绿色循环行动。在茌平区建设废旧纺织品回收分拣中心1个，在东昌府区城区布设旧衣物回收箱不少于180个；"
    "推动冠县2家印染企业完成清洁生产审核。",
    "　　（五）开放拓市行动。组织企业参加境外专业展会不少于8场；2025年10月在聊城经济技术开发区举办RCEP和海外仓业务培训会"
    "1期，限100人。",
    "　　三、保障措施",
    "　　（一）明确分工。市工业和信息化局负责统筹协调及智能升级、绿色循环行动；市商务局负责消费季、品牌展和开放拓市行动；"
    "市纺织服装行业协会负责组织企业参展参会；市纺织服装产业链链长制工作办公室负责供需对接会和活动信息汇总。",
    "　　（二）压实责任。各县（市、区）要结合本地产业特点制定实施计划，于2025年4月10日前报送市工业和信息化局消费品工业科。",
    "　　（三）加强调度。请于2025年7月5日前和12月5日前分别报送上半年和全年工作进展，重大活动结束后3个工作日内报送活动信息。",
    "　　联系人：市工业和信息化局消费品工业科 赵敏，电话：0635-8218546，邮箱：lcfz2025@example.cn；市纺织服装产业链"
    "链长制工作办公室 孙立新，电话：0635-8275103。",
    "",
    "　　附件：" + LC_PLAN.replace("专项行动方案", "重点活动安排表"),
    "",
    "",
    "附件",
    "",
    "　　　　　" + LC_PLAN.replace("专项行动方案", "重点活动安排表"),
    "",
]
LC_TABLE = [
    ("序号", "活动名称", "时间", "地点", "承办单位"),
    ("1", "纺织智能制造现场会", "2025年4月", "临清市", "市工业和信息化局"),
    ("2", "“链动未来”供需对接会", "2025年5月", "高唐县", "市纺织服装产业链链长制工作办公室"),
    ("3", "“水城衣尚”夏秋消费季", "2025年7月—9月", "全市", "市商务局"),
    ("4", "“聊城好纺”家纺品牌展", "2025年9月", "东昌府区", "市商务局"),
    ("5", "RCEP和海外仓业务培训会", "2025年10月", "聊城经济技术开发区", "市商务局"),
]
LC_TAIL = [
    "",
    "",
    "抄送：市政府办公室，市发展改革委，市市场监管局。",
    "聊城市工业和信息化局办公室　　　　　　　　　　　2025年3月21日印发",
]


def make_liaocheng(path):
    import unicodedata

    def width(s):
        return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") and ch not in "“”" else 1 for ch in s)

    cols = [max(width(r[i]) for r in LC_TABLE) + 2 for i in range(5)]
    table = []
    for r in LC_TABLE:
        line = ""
        for i, v in enumerate(r):
            line += v + (" " * (cols[i] - width(v)) if i < 4 else "")
        table.append(line.rstrip())
    lines = LC_LINES + table + LC_TAIL
    text = "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


BUILDERS = [
    (TZ_FILE, make_taizhou),
    (HC_FILE, make_hanchuan),
    (XT_FILE, make_xintang),
    (LC_FILE, make_liaocheng),
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

#!/usr/bin/env python3
"""Generate the four FICTIONAL local documents of heldout_v15 into docs/ (see docs/README.md).

Needs python-docx and reportlab (both installed on this machine); the .html is written by hand.
Everything in the documents is invented. Run: python3 make_docs.py
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
NATIONAL = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------------------------------------------------------
# 1. 常熟 2023 — forwarding notice (.pdf)
# ---------------------------------------------------------------------------------------------------------------
CS = {
    "issuers": ["常熟市工业和信息化局", "常熟市商务局"],
    "no": "常工信〔2023〕41号",
    "title": f"常熟市工业和信息化局 常熟市商务局关于转发《{NATIONAL}》的通知",
    "to": "各镇人民政府、街道办事处，常熟经济技术开发区、常熟高新技术产业开发区管委会，市服装协会，市纺织工业协会：",
    "body": [
        f"现将《{NATIONAL}》（{NATIONAL_NO}）转发给你们，请结合实际认真抓好贯彻落实。结合我市服装产业实际，现就有关事项补充通知如下：",
        "#一、工作目标",
        "2023年，全市组织开展各类优供给促升级活动不少于30场，推动50家服装企业实施数字化改造，培育“常熟服装”区域品牌重点企业40家，"
        "常熟服装城线上线下交易额同比增长8%以上。",
        "#二、重点活动",
        "（一）设计提升。1.2023年6月在海虞镇启动“虞山杯”针织服装设计大赛，面向全国院校和企业设计师征集作品，决赛于2023年9月举行。"
        "2.依托常熟服装城设立流行趋势发布中心，每半年发布一次男装、休闲装流行趋势。",
        "（二）智能改造。1.组织开展服装企业智能化改造和数字化转型诊断，全年诊断企业不少于60家。2.支持古里镇、支塘镇羽绒服装企业"
        "建设智能仓储和柔性生产线，培育智能工厂3家。",
        "（三）消费促进。1.2023年9月在常熟服装城举办“棉纺消费季”常熟站活动，开展品牌让利、新品首发和直播带货。2.引导企业在直播"
        "推广中如实标明产品的面料成分和执行标准。",
        "（四）产销对接。1.2023年7月在沙家浜镇举办服装产业链上下游供需对接会，组织面料、辅料企业与品牌服装企业开展洽谈。2.组织企业"
        "参加中国国际纺织面料及辅料博览会等展会不少于5场。",
        "（五）绿色发展。1.推动辛庄镇印染企业开展清洁生产审核，年内完成审核企业8家。2.在各镇（街道）设置废旧纺织品回收箱不少于200个。",
        "#三、工作要求",
        "（一）各镇（街道）、开发区要于2023年5月31日前将本地区活动方案报市工业和信息化局消费品产业科。",
        "（二）市服装协会负责“虞山杯”设计大赛的组织实施，市纺织工业协会配合做好产销对接活动。",
        "（三）请于2023年11月30日前将活动开展情况和典型案例报送市工业和信息化局，同时抄送市商务局。",
        "联系人：市工业和信息化局消费品产业科 顾晓燕，电话：0512-52736148，邮箱：csfz2023@example.cn；市商务局市场运行科 陶志明，"
        "电话：0512-52720391。",
    ],
    "attach": f"附件：{NATIONAL}",
    "date": "2023年5月16日",
    "open": "（此件公开发布）",
    "cc": "抄送：市政府办公室，市发展和改革委员会，市市场监督管理局。",
    "printed": ("常熟市工业和信息化局办公室", "2023年5月17日印发"),
}


def make_changshu(path):
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    red = HexColor("#D40000")
    base = dict(fontName="WQY", fontSize=15.5, leading=28, wordWrap="CJK")
    body = ParagraphStyle("body", firstLineIndent=31, alignment=TA_JUSTIFY, **base)
    head = ParagraphStyle("head", fontName="WQY", fontSize=30, leading=40, alignment=TA_CENTER, textColor=red,
                          wordWrap="CJK")
    center = ParagraphStyle("center", alignment=TA_CENTER, **base)
    title = ParagraphStyle("title", fontName="WQY", fontSize=20, leading=32, alignment=TA_CENTER, wordWrap="CJK")
    left = ParagraphStyle("left", **base)
    right = ParagraphStyle("right", alignment=TA_RIGHT, **base)
    h1 = ParagraphStyle("h1", firstLineIndent=31, **base)
    small = ParagraphStyle("small", fontName="WQY", fontSize=14, leading=24, wordWrap="CJK")

    story = [Spacer(1, 8 * mm)]
    for iss in CS["issuers"]:
        story.append(Paragraph(iss, head))
    story += [Paragraph("文件", head), Spacer(1, 10 * mm), Paragraph(CS["no"], center),
              HRFlowable(width="100%", thickness=2, color=red, spaceBefore=2, spaceAfter=14),
              Paragraph(CS["title"], title), Spacer(1, 6 * mm), Paragraph(CS["to"], left)]
    for p in CS["body"]:
        story.append(Paragraph(p[1:], h1) if p.startswith("#") else Paragraph(p, body))
    story += [Spacer(1, 4 * mm), Paragraph(CS["attach"], body), Spacer(1, 16 * mm),
              Paragraph("　".join(CS["issuers"]) + "　　", right), Paragraph(CS["date"] + "　　　　", right),
              Paragraph(CS["open"], body), Spacer(1, 30 * mm),
              HRFlowable(width="100%", thickness=1, color=black, spaceAfter=4), Paragraph(CS["cc"], small),
              HRFlowable(width="100%", thickness=0.5, color=black, spaceBefore=4, spaceAfter=4),
              Paragraph(CS["printed"][0] + "　　　　　　　　　" + CS["printed"][1], small),
              HRFlowable(width="100%", thickness=1, color=black, spaceBefore=4)]

    def footer(c, d):
        c.saveState()
        c.setFont("WQY", 14)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"- {d.page} -")
        c.restoreState()

    def seal(c, d):
        footer(c, d)

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                            bottomMargin=35 * mm, title=CS["no"], author="常熟市工业和信息化局", subject="",
                            creator="WPS 文字", producer="", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=seal)


# ---------------------------------------------------------------------------------------------------------------
# 2. 共青城 2024 — government notice (.docx) with a revision left in and a table with merged cells
# ---------------------------------------------------------------------------------------------------------------
GQ = {
    "issuers": ["共青城市工业和信息化局", "共青城市商务局"],
    "no": "共工信字〔2024〕18号",
    "title": "共青城市工业和信息化局 共青城市商务局关于开展2024年羽绒服装优供给促升级活动的通知",
    "to": "各乡镇人民政府、街道办事处，共青城高新技术产业开发区管委会，市羽绒服装行业协会，市纺织服装产业服务中心：",
    "intro": "为贯彻落实国家和省关于纺织服装优供给促升级活动的部署，推动我市羽绒服装产业高质量发展，经研究，决定在全市开展2024年"
             "羽绒服装优供给促升级活动。现将有关事项通知如下：",
    "body": [
        ("h1", "一、活动目标"),
        ("p", "全年举办各类活动不少于20场；规模以上羽绒服装企业营业收入增长6%以上；新增省级专精特新中小企业5家；“共青城羽绒”区域品牌"
              "授权企业达到25家；羽绒服装跨境电商出口额增长15%以上。"),
        ("h1", "二、活动内容"),
        ("h2", "（一）品质提升行动"),
        ("p", "1.2024年5月至6月开展羽绒服装充绒量、含绒量专项比对，比对结果在市政府门户网站公布。"),
        ("p", "2.组织企业对照羽绒服装国家标准开展质量自查，覆盖企业不少于120家。"),
        ("h2", "（二）品牌培育行动"),
        ("p", "1.2024年9月在共青城高新技术产业开发区举办“青春之城”羽绒服装新品发布会，集中发布秋冬新品。"),
        ("p", "2.制定“共青城羽绒”区域品牌使用管理办法，授权符合条件的企业使用区域品牌标识。"),
        ("h2", "（三）渠道拓展行动"),
        ("p", "1.2024年10月至12月开展“暖冬购”羽绒服装消费季，联合电商平台开展线上促销。"),
        ("p", "2.市纺织服装产业服务中心组织直播电商培训不少于5期，每期不少于80人。"),
        ("p", "3.组织企业参加境外展会不少于3场，重点开拓俄罗斯和中亚市场。"),
        ("h2", "（四）绿色智造行动"),
        ("p", "1.推动羽绒水洗企业实施节水改造，年内完成改造企业6家。"),
        ("p", "2.建设羽绒服装数字化车间5个，推广自动充绒机和智能吊挂系统。"),
        ("h1", "三、工作要求"),
        ("rev", ("（一）制定方案。各乡镇（街道）、开发区于2024年", "4月20日", "4月30日", "前将本地区活动方案报市工业和信息化局轻工纺织股。")),
        ("p", "（二）明确分工。市工业和信息化局负责品质提升行动和绿色智造行动；市商务局负责渠道拓展行动；市羽绒服装行业协会负责新品发布会的组织实施。"),
        ("p", "（三）按时报送。请于2024年7月5日前报送上半年活动开展情况，2024年12月10日前报送全年工作总结。"),
        ("p", "联系人：市工业和信息化局轻工纺织股 万丽萍，电话：0792-4361825，邮箱：gqcyr2024@example.cn；市纺织服装产业服务中心 汪海涛，"
              "电话：0792-4378206。"),
        ("p", "附件：2024年羽绒服装优供给促升级重点活动安排表"),
    ],
    "date": "2024年4月8日",
    "open": "（此件主动公开）",
    "table_title": "2024年羽绒服装优供给促升级重点活动安排表",
    "table": [
        ["序号", "活动名称", "时间", "地点", "责任单位"],
        ["1", "羽绒服装充绒量含绒量专项比对", "2024年5月至6月", "全市", "市工业和信息化局"],
        ["2", "羽绒服装数字化车间建设现场会", "2024年7月", "共青城高新技术产业开发区", None],
        ["3", "“青春之城”羽绒服装新品发布会", "2024年9月", "共青城高新技术产业开发区", "市羽绒服装行业协会"],
        ["4", "“暖冬购”羽绒服装消费季", "2024年10月至12月", "全市", "市商务局"],
        ["5", "直播电商培训", "2024年5月至11月", "市纺织服装产业服务中心", None],
    ],
}


def _fix_zip(path, created):
    """Rewrite the package with fixed timestamps and fixed core dates (reproducible output)."""
    import re
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              lambda m: b"<dcterms:" + m.group(1) + m.group(2) + b">" + created.encode() + b"<", data)
            zi = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _docx_base():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return d


def _para(d, text, size=16, bold=False, center=False, right=False, indent=True, color=None, font=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def _revision(p, before, deleted, inserted, after):
    """A paragraph whose date was changed with Track Changes on and never accepted."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    p.add_run(before).font.size = Pt(16)
    dl = OxmlElement("w:del")
    for k, v in (("w:id", "1"), ("w:author", "wlp"), ("w:date", "2024-04-07T16:42:00Z")):
        dl.set(qn(k), v)
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = deleted
    r.append(dt)
    dl.append(r)
    p._p.append(dl)
    ins = OxmlElement("w:ins")
    for k, v in (("w:id", "2"), ("w:author", "wlp"), ("w:date", "2024-04-07T16:42:00Z")):
        ins.set(qn(k), v)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = inserted
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    p.add_run(after).font.size = Pt(16)


def _merge_down(table, col):
    """Merge the empty cells (None) of a column into the cell above (vertical merge)."""
    start = None
    for i, row in enumerate(table.rows):
        if row.cells[col].text == "@@MERGE@@":
            row.cells[col].text = ""
            table.cell(start, col).merge(table.cell(i, col))
        else:
            start = i


def make_gongqingcheng(path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt
    d = _docx_base()
    d.core_properties.title = "关于开展2024年羽绒服装优供给促升级活动的通知"
    d.core_properties.author = "wlp"
    _para(d, "共青城市工业和信息化局", 26, center=True, color="FF0000", font="方正小标宋简体")
    _para(d, "共青城市商务局文件", 26, center=True, color="FF0000", font="方正小标宋简体")
    _para(d, "")
    _para(d, GQ["no"], center=True)
    _para(d, "")
    _para(d, GQ["title"], 22, center=True, font="方正小标宋简体")
    _para(d, "")
    _para(d, GQ["to"], indent=False)
    _para(d, GQ["intro"])
    for kind, text in GQ["body"]:
        if kind == "h1":
            _para(d, text, font="黑体")
        elif kind == "h2":
            _para(d, text, font="楷体_GB2312")
        elif kind == "rev":
            p = _para(d, "")
            _revision(p, *text)
        else:
            _para(d, text)
    _para(d, "")
    _para(d, "共青城市工业和信息化局　　　共青城市商务局", right=True)
    _para(d, GQ["date"] + "　　　　", right=True)
    _para(d, GQ["open"])
    d.add_page_break()
    _para(d, "附件", font="黑体", indent=False)
    _para(d, GQ["table_title"], 20, center=True, font="方正小标宋简体")
    rows = GQ["table"]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = "@@MERGE@@" if v is None else v
            for par in t.cell(i, j).paragraphs:
                for r in par.runs:
                    r.font.size = Pt(12)
    _merge_down(t, 4)
    d.save(path)
    _fix_zip(path, "2024-04-08T09:12:00Z")


# ---------------------------------------------------------------------------------------------------------------
# 3. 诸暨 2024 — an association's notice on its web site (.html in GB2312, table layout)
# ---------------------------------------------------------------------------------------------------------------
ZJ = {
    "no": "诸袜协〔2024〕18号",
    "title": "关于组织参加2024年袜业优供给促升级系列活动的通知",
    "to": "各会员企业：",
    "intro": "根据国家和省、市关于纺织服装优供给促升级活动的部署，经协会第四届理事会第三次会议研究，决定组织会员企业参加2024年袜业"
             "优供给促升级系列活动。现将有关事项通知如下：",
    "parts": [
        ("一、活动安排", [
            "（一）“大唐袜艺”新品发布周。2024年10月15日至17日在大唐袜业城举办，设新品发布、采购洽谈、直播选品三个板块，计划组织发布企业40家。",
            "（二）袜业智能制造现场观摩会。2024年9月在大唐街道智能袜机产业园举办，组织会员企业观摩无缝袜机、自动缝头翻袜一体机的应用。",
            "（三）跨境电商出海培训。2024年9月至11月举办3期，每期限60人，内容包括跨境平台规则、海外商标注册和知识产权保护。",
            "（四）袜业直播节。2024年11月1日至11日在大唐袜业城直播基地举办，每家参加企业至少安排直播5场。",
        ]),
        ("二、报名方式", [
            "请有意参加的会员企业于2024年9月20日前填写报名回执（见附件），发送至协会邮箱。新品发布周的展位费由协会统一承担，样品运输费用由企业自理。",
        ]),
        ("三、有关要求", [
            "参加企业应如实标注产品的纤维成分和含量，不得使用未经许可的他人注册商标；活动结束后7个工作日内向协会秘书处报送参展成效表。",
            "联系人：协会秘书处 楼佳琪，电话：0575-87061532，邮箱：zjwy2024@example.cn；协会信息部 赵国栋，电话：0575-87061548。",
        ]),
    ],
    "attach": ("附件：", "报名回执.doc", "/uploadfile/2024/0828/20240828093512651.doc"),
    "sign": "诸暨市袜业协会",
    "date": "2024年8月26日",
    "pub": "2024-08-28 09:35",
}


def make_zhuji(path):
    from html import escape as e
    p_style = 'style="text-indent:2em; line-height:200%;"'
    rows = []
    for head, paras in ZJ["parts"]:
        rows.append(f'<p {p_style}><strong><font face="黑体">{e(head)}</font></strong></p>')
        for t in paras:
            rows.append(f'<p {p_style}><font face="仿宋_GB2312" size="4">{e(t)}</font></p>')
    body = "\r\n".join(rows)
    href = ZJ["attach"][2]
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{e(ZJ["title"])}-诸暨市袜业协会</title>
<link href="/templets/default/style/dedecms.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/include/dedeajax2.js"></script>
<style type="text/css">.nav a{{color:#fff}} .content{{font-size:16px}}</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="90" background="/templets/default/images/top_bg.jpg"><img src="/templets/default/images/logo.gif" alt="诸暨市袜业协会" width="420" height="80"></td></tr>
<tr><td class="nav" bgcolor="#1a5fa8" height="36">&nbsp;<a href="/">网站首页</a> | <a href="/xhjj/">协会简介</a> | <a href="/tzgg/">通知公告</a> | <a href="/hydt/">行业动态</a> | <a href="/hyfw/">会员服务</a> | <a href="/zcfg/">政策法规</a> | <a href="/lxwm/">联系我们</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="lefttitle"><b>通知公告</b></td></tr>
<tr><td>・<a href="/tzgg/2024/0812/318.html">关于开展2024年度会员信用等级评价的通知</a></td></tr>
<tr><td>・<a href="/tzgg/2024/0705/311.html">关于召开第四届理事会第三次会议的通知</a></td></tr>
<tr><td>・<a href="/tzgg/2024/0520/302.html">关于举办袜业质量标准宣贯会的通知</a></td></tr>
</table>
</td>
<td width="770" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="position">当前位置：<a href="/">主页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; </td></tr>
<tr><td align="center"><h2>{e(ZJ["title"])}</h2></td></tr>
<tr><td align="center" class="info">时间：{ZJ["pub"]}&nbsp;&nbsp;来源：协会秘书处&nbsp;&nbsp;作者：admin&nbsp;&nbsp;点击：<script src="/plus/count.php?view=yes&aid=321&mid=1" type='text/javascript' language="javascript"></script>次</td></tr>
<tr><td class="content">
<!-- 正文开始 -->
<p align="center"><font face="仿宋_GB2312" size="4">{e(ZJ["no"])}</font></p>
<p align="center"><strong><font size="5">{e(ZJ["title"])}</font></strong></p>
<p><font face="仿宋_GB2312" size="4">{e(ZJ["to"])}</font></p>
<p {p_style}><font face="仿宋_GB2312" size="4">{e(ZJ["intro"])}</font></p>
{body}
<p {p_style}><font face="仿宋_GB2312" size="4">{e(ZJ["attach"][0])}<a href="{href}">{e(ZJ["attach"][1])}</a></font></p>
<p>&nbsp;</p>
<p align="right"><font face="仿宋_GB2312" size="4">{e(ZJ["sign"])}&nbsp;&nbsp;&nbsp;&nbsp;</font></p>
<p align="right"><font face="仿宋_GB2312" size="4">{e(ZJ["date"])}&nbsp;&nbsp;&nbsp;&nbsp;</font></p>
<!-- 正文结束 -->
</td></tr>
<tr><td class="prenext">上一篇：<a href="/tzgg/2024/0812/318.html">关于开展2024年度会员信用等级评价的通知</a><br>下一篇：没有了 </td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
<tr><td align="center">版权所有：诸暨市袜业协会&nbsp;&nbsp;地址：诸暨市大唐街道&nbsp;&nbsp;技术支持：诸暨网络科技<br>浙ICP备05000000号</td></tr>
</table>
</body>
</html>
"""
    page = page.replace("浙ICP备05000000号", "ICP备案号：略")
    with open(path, "wb") as f:
        f.write(page.replace("\n", "\r\n").encode("gb2312"))


# ---------------------------------------------------------------------------------------------------------------
# 4. 阿克苏 2025 — a notice that issues an implementation plan (.docx, landscape division-of-work table)
# ---------------------------------------------------------------------------------------------------------------
AKS = {
    "issuers": ["阿克苏地区工业和信息化局", "阿克苏地区商务局"],
    "no": "阿地工信发〔2025〕11号",
    "title": "阿克苏地区工业和信息化局 阿克苏地区商务局关于印发《阿克苏地区2025年棉纺织服装优供给促升级活动实施方案》的通知",
    "to": "各县（市）工业和信息化局、商务局，阿克苏纺织工业城（开发区）管委会，地区纺织服装行业协会：",
    "cover": [
        "现将《阿克苏地区2025年棉纺织服装优供给促升级活动实施方案》印发给你们，请结合实际认真组织实施。",
        "联系人：地区工业和信息化局消费品工业科 李红梅，电话：0997-2128637，邮箱：aksmf2025@example.cn；地区纺织服装产业服务中心 周建新，"
        "电话：0997-2145309。",
    ],
    "date": "2025年3月18日",
    "open": "（此件公开发布）",
    "plan_title": "阿克苏地区2025年棉纺织服装优供给促升级活动实施方案",
    "plan": [
        ("p", "为深入开展纺织服装优供给促升级活动，发挥我地区优质棉花资源优势，推动棉纺织服装产业延链补链强链，制定本方案。"),
        ("h1", "一、总体目标"),
        ("p", "2025年，全地区纺织服装产业产值增长10%以上，新增规模以上纺织服装企业12家，培育“阿克苏棉”品牌授权企业20家，纺织服装产业"
              "吸纳就业稳定在5万人以上。"),
        ("h1", "二、重点任务"),
        ("h2", "（一）优化棉纺供给"),
        ("p", "1.推广长绒棉高支纱、色纺纱生产，支持阿瓦提县建设长绒棉精品纺纱基地。"),
        ("p", "2.支持企业实施设备更新和技术改造，全年实施技术改造项目不少于10个。"),
        ("h2", "（二）做强服装家纺"),
        ("p", "1.在阿克苏纺织工业城建设服装家纺加工集聚区，年内引进服装、家纺企业不少于8家。"),
        ("p", "2.2025年5月在阿克苏纺织工业城举办纺织服装产业招商推介会。"),
        ("h2", "（三）扩大消费需求"),
        ("p", "1.2025年8月在阿克苏市举办“棉纺消费季”阿克苏分会场活动，开展棉制品展销和直播带货。"),
        ("p", "2.组织企业参加中国—亚欧博览会等展会不少于3场。"),
        ("h2", "（四）推进绿色发展"),
        ("p", "1.推动库车市、沙雅县纺织企业开展节水节能改造，完成改造项目5个。"),
        ("p", "2.在阿克苏市开展废旧棉纺织品回收利用试点。"),
        ("h2", "（五）加强人才培养"),
        ("p", "地区纺织服装产业服务中心联合职业院校开展纺纱挡车工、服装缝纫工技能培训，全年培训不少于3000人次。"),
        ("h1", "三、保障措施"),
        ("p", "（一）各县（市）于2025年4月15日前将本地区活动方案报地区工业和信息化局。"),
        ("p", "（二）请于2025年7月10日前报送上半年工作进展，2025年12月5日前报送全年工作总结。"),
        ("p", "（三）地区纺织服装行业协会负责组织会员企业参加“棉纺消费季”阿克苏分会场活动和招商推介会。"),
        ("p", "附件：重点任务分工表"),
    ],
    "table_title": "重点任务分工表",
    "table": [
        ["序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限"],
        ["1", "优化棉纺供给", "长绒棉精品纺纱基地建设", "地区工业和信息化局", "阿瓦提县人民政府", "2025年11月"],
        ["2", None, "技术改造项目不少于10个", None, "各县（市）工业和信息化局", "2025年12月"],
        ["3", "做强服装家纺", "纺织服装产业招商推介会", "阿克苏纺织工业城（开发区）管委会", "地区商务局", "2025年5月"],
        ["4", "扩大消费需求", "“棉纺消费季”阿克苏分会场活动", "地区商务局", "地区纺织服装行业协会", "2025年8月"],
        ["5", "推进绿色发展", "节水节能改造项目5个", "地区工业和信息化局", "库车市、沙雅县人民政府", "2025年10月"],
        ["6", "加强人才培养", "技能培训不少于3000人次", "地区纺织服装产业服务中心", "地区人力资源和社会保障局", "2025年12月"],
    ],
}


def make_akesu(path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm, Pt
    d = _docx_base()
    d.core_properties.title = "阿地工信发〔2025〕11号"
    d.core_properties.author = "Administrator"
    _para(d, "阿克苏地区工业和信息化局", 26, center=True, color="FF0000", font="方正小标宋简体")
    _para(d, "阿克苏地区商务局", 26, center=True, color="FF0000", font="方正小标宋简体")
    _para(d, "")
    _para(d, AKS["no"], center=True)
    _para(d, "")
    _para(d, AKS["title"], 22, center=True, font="方正小标宋简体")
    _para(d, AKS["to"], indent=False)
    for t in AKS["cover"]:
        _para(d, t)
    _para(d, "")
    _para(d, "阿克苏地区工业和信息化局　　　阿克苏地区商务局", right=True)
    _para(d, AKS["date"] + "　　　　", right=True)
    _para(d, AKS["open"])
    d.add_page_break()
    _para(d, AKS["plan_title"], 22, center=True, font="方正小标宋简体")
    for kind, text in AKS["plan"]:
        _para(d, text, font={"h1": "黑体", "h2": "楷体_GB2312"}.get(kind))
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    _para(d, "附件", font="黑体", indent=False)
    _para(d, AKS["table_title"], 20, center=True, font="方正小标宋简体")
    rows = AKS["table"]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = "@@MERGE@@" if v is None else v
            for par in t.cell(i, j).paragraphs:
                for r in par.runs:
                    r.font.size = Pt(12)
    _merge_down(t, 1)
    _merge_down(t, 3)
    d.save(path)
    _fix_zip(path, "2025-03-18T10:30:00Z")


def main():
    os.makedirs(OUT, exist_ok=True)
    make_changshu(os.path.join(OUT, "changshu-2023-textile-apparel-forwarding-notice.pdf"))
    make_gongqingcheng(os.path.join(OUT, "gongqingcheng-2024-down-apparel-notice.docx"))
    make_zhuji(os.path.join(OUT, "zhuji-2024-hosiery-association-notice.html"))
    make_akesu(os.path.join(OUT, "akesu-2025-cotton-textile-notice.docx"))


if __name__ == "__main__":
    main()

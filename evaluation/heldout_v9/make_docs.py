#!/usr/bin/env python3
"""Generate the four FICTIONAL local documents of heldout_v9 into docs/ (adapted from heldout_v8/make_docs.py).

- shanxi-2024-textile-apparel-notice.docx       python-docx; the heading numbers 一、 and （一） are NOT typed in
                                                 the text: they come from Word automatic list numbering
                                                 (numbering.xml, abstractNum with chineseCounting levels "%1、"
                                                 and "（%2）", applied through numPr); 1. and (1) are typed. The
                                                 文号 sits in a header-like 1x2 table at the top of page 1, the
                                                 title is two paragraphs with full-width spaces between the two
                                                 issuers; the core-properties title is EMPTY.
- shanghai-2024-textile-apparel-notice.html     a saved web page whose notice body is laid out in NESTED <table>
                                                 cells with <br> line breaks (no <p> at all); an inline list of
                                                 two attachments (names only, contents not on the page) and a
                                                 <div> of 相关文件 links naming other notices.
- xining-2025-carpet-yak-notice.pdf             reportlab + WenQuanYi Micro Hei, real text layer, three A4 pages;
                                                 a running title (header) and "第 X 页 共 3 页" (footer) are drawn
                                                 on every page, so in the extracted text they land between the
                                                 last line of one page and the first line of the next, in the
                                                 middle of a sentence.
- wuzhishan-2023-li-brocade-work-plan.txt       plain text, UTF-8 WITH BOM, CRLF, full-width spaces (U+3000) for
                                                 indentation; a 工作方案 (not a 通知) issued by 五指山市人民政府办公室
                                                 that cites the national notice 工信厅联消费函〔2023〕87号 as its
                                                 basis; a table of events drawn in plain text with ｜ separators.

Everything in them (units' offices, people, phones, e-mails @example.cn, events, numbers) is invented.
Deliberate ambiguities:
  * 文号: 山西 晋工信消费〔2024〕18号 and 上海 沪经信消〔2024〕18号 (same number, same year, different 机关代字);
  * a same-named unit: 西宁 (2025) and 五指山 (2023) both route reports to a "市消费品工业服务中心" — two different
    centres with different people (韩雪梅 / 符秀兰) and e-mails.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 山西 2024 (.docx, automatic heading numbers)
SX_NO = "晋工信消费〔2024〕18号"
SX_TITLE_1 = "山西省工业和信息化厅　　山西省商务厅"
SX_TITLE_2 = "关于开展2024年全省纺织服装优供给促升级活动的通知"
SX_TO = "各市工业和信息化局、商务局，省纺织工业协会、省服装行业协会："
# ("h0", text): top-level heading numbered 一、 by Word; ("h1", text): second level （一） by Word;
# ("p", text): body paragraph (1. and (1) typed in the text)
SX_BODY = [
    ("p", "为推动全省纺织服装产业转型升级，扩大优质产品供给，更好满足城乡居民穿着消费需求，"
          "决定2024年在全省开展纺织服装优供给促升级活动。现将有关事项通知如下："),
    ("h0", "活动目标"),
    ("p", "到2024年底，全省纺织服装规模以上企业营业收入同比增长8%以上，新培育“晋”字号纺织服装品牌10个，"
          "建成纺织服装数字化车间6个。"),
    ("h0", "重点任务"),
    ("h1", "推动棉纺毛纺企业技术改造"),
    ("p", "1. 支持晋中、运城等地棉纺、毛纺企业实施紧密纺、喷气涡流纺等先进纺纱技术改造，"
          "2024年实施技术改造项目不少于20个。"),
    ("p", "2. 开展纺织服装企业“智改数转”服务："),
    ("p", "(1) 为规模以上纺织服装企业提供数字化诊断服务不少于40家；"),
    ("p", "(2) 遴选纺织服装智能制造优秀场景不少于5个，在全省推广应用。"),
    ("h1", "传承发展晋绣等传统工艺"),
    ("p", "1. 支持太原、忻州、长治等地晋绣企业开发服饰、家纺和文创产品，建设晋绣工艺传承工作室不少于8个。"),
    ("p", "2. 2024年10月在平遥古城举办“晋韵华服”时装发布会，集中展示晋绣和非遗服饰创新成果。"),
    ("h1", "拓展纺织服装消费市场"),
    ("p", "1. 2024年5月开展“穿晋品·享生活”服装消费月活动，组织企业进商圈、进景区、进高校。"),
    ("p", "2. 支持企业在太原、大同建设工厂直销店和品牌集合店，2024年新增直销网点不少于30个。"),
    ("p", "3. 组织企业参加中国国际服装服饰博览会，设立“山西纺织服装”展区。"),
    ("h1", "加强职业装和功能性纺织品供给"),
    ("p", "1. 依托大同、阳泉等地企业，发展煤矿工装、阻燃防护服等功能性职业装，推动产品通过第三方检测认证。"),
    ("p", "2. 支持企业参与职业装团体标准制定，2024年发布职业装团体标准不少于2项。"),
    ("h0", "工作要求"),
    ("h1", "各市于2024年4月15日前将本地活动方案和联络员名单报送省工业和信息化厅消费品工业处。"),
    ("h1", "各市于2024年7月10日前报送上半年工作进展，2024年12月20日前报送全年工作总结，"
           "同时抄送省商务厅市场运行和消费促进处。"),
    ("h1", "省纺织工业协会、省服装行业协会负责“晋韵华服”时装发布会的具体组织，并做好“晋”字号品牌推荐工作。"),
    ("p", "联系人：省工业和信息化厅消费品工业处 郭文杰，电话：0351-4043216，电子邮箱：sxfz2024@example.cn；"
          "省商务厅市场运行和消费促进处 李慧敏，电话：0351-4062785。"),
]
SX_SIGN = ["山西省工业和信息化厅", "山西省商务厅", "2024年3月28日"]
SX_NUM_ID = 90

NUMBERING_XML = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{id}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>"""
NUM_XML = """<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="{id}"><w:abstractNumId w:val="{id}"/></w:num>"""


def make_shanxi():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    # automatic list numbering: abstractNum (before the first w:num) + num
    numbering = d.part.numbering_part.element
    absnum = parse_xml(NUMBERING_XML.format(id=SX_NUM_ID))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(NUM_XML.format(id=SX_NUM_ID)))

    def numbered(p, level):
        pPr = p._p.get_or_add_pPr()
        numPr = pPr.makeelement(qn("w:numPr"), {})
        ilvl = numPr.makeelement(qn("w:ilvl"), {qn("w:val"): str(level)})
        numId = numPr.makeelement(qn("w:numId"), {qn("w:val"): str(SX_NUM_ID)})
        numPr.append(ilvl)
        numPr.append(numId)
        pPr.insert(0, numPr)

    # header-like table at the top of page 1: the 文号 left, the publicity note right
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = SX_NO
    t.cell(0, 1).text = "公开方式：主动公开"
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("")
    for line in (SX_TITLE_1, SX_TITLE_2):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].bold = True
        p.runs[0].font.size = Pt(18)
    d.add_paragraph(SX_TO)
    for kind, text in SX_BODY:
        p = d.add_paragraph(text)
        if kind == "h0":
            numbered(p, 0)
            p.runs[0].bold = True
        elif kind == "h1":
            numbered(p, 1)
        else:
            p.paragraph_format.first_line_indent = Pt(32)
    d.add_paragraph("")
    for s in SX_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("（此件主动公开）")
    d.core_properties.title = ""          # deliberately empty: the title is only in the body
    d.core_properties.subject = ""
    d.core_properties.author = "fictional"
    d.core_properties.comments = "FICTIONAL document generated for evaluation (heldout_v9)"
    d.save(os.path.join(OUT, "shanxi-2024-textile-apparel-notice.docx"))


# ---------------------------------------------------------------- 上海 2024 (.html, nested tables + <br>)
SH_TITLE = "上海市经济和信息化委员会 上海市商务委员会关于开展2024年上海纺织服装优供给促升级活动的通知"
SH_NO = "沪经信消〔2024〕18号"
SH_LINES = [
    SH_NO,
    "",
    "各区经济主管部门、商务主管部门，市服装行业协会，市家用纺织品行业协会：",
    "　　为加快建设国际时尚之都，推动本市纺织服装产业向设计引领、品牌驱动转型，扩大优质时尚消费供给，"
    "决定2024年在全市开展纺织服装优供给促升级活动。现将有关事项通知如下：",
    "　　一、活动目标",
    "　　到2024年底，培育纺织服装“上海品牌”企业15家，举办纺织服装新品首发首秀活动不少于200场，"
    "全市纺织服装网上零售额同比增长10%。",
    "　　二、重点任务",
    "　　（一）强化设计引领",
    "　　1. 支持纺织服装企业建设设计中心，2024年新认定纺织服装类市级设计创新中心不少于5家。",
    "　　2. 依托上海时装周，组织本市纺织服装品牌开展新品首发首秀。",
    "　　（二）发展绿色纺织品",
    "　　1. 推动企业应用生物基纤维、再生纤维素纤维等绿色原料，发展可回收、易降解的纺织产品。",
    "　　2. 开展废旧衣物回收利用试点：",
    "　　(1) 在黄浦、徐汇、静安3个区设置智能旧衣回收箱不少于500个；",
    "　　(2) 培育废旧纺织品高值化利用企业不少于3家。",
    "　　（三）促进时尚消费",
    "　　1. 2024年7月在淮海中路、豫园商圈举办“海派服饰焕新周”，集中发布一批海派服饰新品。",
    "　　2. 支持电商平台开设“上海设计”纺织服装专区，发展直播电商和即时零售。",
    "　　（四）推进产业链协同和开放合作",
    "　　1. 组织纺织服装链主企业与中小供应商开展“链上对接”活动不少于6场。",
    "　　2. 支持企业借助中国国际进口博览会平台，对接国际面辅料和设计资源。",
    "　　3. 支持跨境电商企业建设海外仓，拓展共建“一带一路”国家市场。",
    "　　三、工作要求",
    "　　（一）各区于2024年6月10日前将本区活动方案和联络员名单报送市经济信息化委消费品工业处。",
    "　　（二）各区于2024年7月15日前报送上半年工作进展，2025年1月10日前报送全年工作总结。",
    "　　（三）拟参加“链上对接”活动的企业名单于2024年6月30日前报送市服装行业协会。",
    "　　（四）市服装行业协会、市家用纺织品行业协会负责“海派服饰焕新周”的具体组织实施。",
    "　　联系人：市经济信息化委消费品工业处 陈思远，电话：021-23112563，电子邮箱：shfz2024@example.cn；"
    "市商务委商贸发展处 周雯，电话：021-23110748。",
]
SH_ATTACH = ["2024年上海纺织服装优供给促升级重点活动安排表", "2024年纺织服装企业参与活动申报表"]
SH_SIGN = ["上海市经济和信息化委员会", "上海市商务委员会", "2024年5月20日"]
SH_RELATED = [
    "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知",
    "上海市经济和信息化委员会关于开展2023年上海时尚消费品“三品”行动的通知",
    "上海市商务委员会关于组织开展2024年“五五购物节”活动的通知",
]


def make_shanghai():
    body = "<br>\n".join(html.escape(s) for s in SH_LINES)
    sign = "<br>\n".join(html.escape(s) for s in SH_SIGN)
    attach = "<br>\n".join(f'{i}. <a href="#" target="_blank">{html.escape(a)}</a>'
                           for i, a in enumerate(SH_ATTACH, 1))
    related = "\n".join(f'<li><a href="#" target="_blank">{html.escape(r)}</a></li>' for r in SH_RELATED)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(SH_TITLE)}</title>
<meta name="ArticleTitle" content="{html.escape(SH_TITLE)}">
<meta name="PubDate" content="2024-05-23">
<style type="text/css">td{{font-size:16px;line-height:32px}} .xgwj li{{list-style:none}}</style>
<script type="text/javascript">function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="layout">
<tr><td class="banner">首页 | 机构职能 | 政务公开 | 政务服务 | 互动交流</td></tr>
<tr><td class="position">您现在的位置：首页 &gt; 政务公开 &gt; 通知公告</td></tr>
<tr><td>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
  <tr><td class="art_title" align="center">{html.escape(SH_TITLE)}</td></tr>
  <tr><td class="art_info" align="center">发布日期：2024-05-23　　来源：市经济信息化委　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="0" cellpadding="20" class="content">
    <tr><td id="zoom" valign="top">
{body}<br>
<br>
    </td></tr>
    <tr><td class="fujian">附件：<br>
{attach}
    </td></tr>
    <tr><td align="right">
{sign}
    </td></tr>
    </table>
  </td></tr>
  </table>
</td></tr>
<tr><td>
<div class="xgwj">相关文件：
<ul>
{related}
</ul>
</div>
</td></tr>
<tr><td class="bottom">【打印本页】 【关闭窗口】<br>版权所有：上海市经济和信息化委员会　沪ICP备00000000号</td></tr>
</table>
</body></html>
"""
    with open(os.path.join(OUT, "shanghai-2024-textile-apparel-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 西宁 2025 (.pdf, header/footer on 3 pages)
XN_TITLE = "西宁市工业和信息化局 西宁市商务局关于开展2025年藏毯和牦牛绒制品优供给促升级活动的通知"
XN_NO = "西宁工信发〔2025〕9号"
XN_RUNNING = "西宁市2025年藏毯和牦牛绒制品优供给促升级活动"
XN_LINES = [
    ("c", XN_NO),
    ("t", XN_TITLE),
    ("p0", "各区（县）工业和信息化主管部门、商务主管部门，西宁经济技术开发区管委会，市藏毯协会："),
    ("p", "为推动我市藏毯和牦牛绒制品产业高端化、品牌化发展，扩大高原特色纺织品供给，"
          "决定2025年在全市开展藏毯和牦牛绒制品优供给促升级活动。有关事项通知如下："),
    ("h", "一、活动目标"),
    ("p", "到2025年底，全市藏毯和牦牛绒制品产值比2024年增长12%，培育牦牛绒服饰品牌6个，"
          "藏毯出口额比2024年增长8%。"),
    ("h", "二、重点任务"),
    ("h", "（一）提升藏毯织造水平"),
    ("p", "1. 支持湟中区、城北区藏毯企业更新数控织毯机和自动剪花设备，2025年完成设备更新项目不少于15个。"),
    ("p", "2. 建设藏毯工艺创新中心1个，开展羊毛低温染色、手工打结工艺改良等技术攻关，"
          "推动传统手工藏毯与机织藏毯协同发展。"),
    ("h", "（二）做强牦牛绒服饰"),
    ("p", "1. 推动牦牛绒分梳、纺纱、针织一体化发展，2025年新增牦牛绒针织服饰产品不少于80款。"),
    ("p", "2. 支持企业与设计院校合作开展牦牛绒服饰联合设计："),
    ("p", "(1) 举办牦牛绒服饰设计工作营2期；"),
    ("p", "(2) 推出校企联名产品系列不少于5个。"),
    ("h", "（三）拓展国内外市场"),
    ("p", "1. 2025年6月组织企业参加中国（青海）藏毯国际展览会，集中展示藏毯和牦牛绒服饰新品。"),
    ("p", "2. 2025年9月举办“高原绒品”直播选品会，组织企业对接直播机构和电商平台，扩大线上销售。"),
    ("p", "3. 支持藏毯企业开拓中东、欧洲市场，2025年组织企业参加境外地毯和家纺展会不少于4场。"),
    ("h", "（四）推进绿色发展"),
    ("p", "1. 推动洗毛企业完善污水处理设施，实现洗毛废水稳定达标排放。"),
    ("p", "2. 支持企业利用牦牛绒分梳下脚料开发絮片、毡制品等产品，提高资源综合利用水平。"),
    ("h", "三、工作要求"),
    ("p", "（一）各区（县）于2025年4月15日前将本地活动方案报送市消费品工业服务中心。"),
    ("p", "（二）各区（县）于每月5日前向市消费品工业服务中心报送上月活动进展，2025年12月10日前报送全年工作总结。"),
    ("p", "（三）拟参加中国（青海）藏毯国际展览会的企业名单于2025年5月10日前报送市商务局流通业发展科。"),
    ("p", "（四）市藏毯协会负责展会组团和“高原绒品”直播选品会的具体组织工作。"),
    ("p", "联系人：市消费品工业服务中心 韩雪梅，电话：0971-8253614，电子邮箱：xnzt2025@example.cn；"
          "市商务局流通业发展科 马俊，电话：0971-8246105。"),
    ("r", "西宁市工业和信息化局"),
    ("r", "西宁市商务局"),
    ("r", "2025年3月18日"),
]
XN_PAGES = 3


def make_xining():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    base = ParagraphStyle("b", fontName="WQY", fontSize=16, leading=28, wordWrap="CJK", firstLineIndent=32,
                          allowOrphans=1, allowWidows=1)
    styles = {
        "p": base,
        "p0": ParagraphStyle("p0", parent=base, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, firstLineIndent=32),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "t": ParagraphStyle("t", parent=base, alignment=TA_CENTER, fontSize=18, leading=30,
                            firstLineIndent=0, spaceBefore=8, spaceAfter=8),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
    }
    width, height = A4

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("WQY", 10.5)
        canvas.drawCentredString(width / 2, height - 1.9 * cm, XN_RUNNING)
        canvas.setLineWidth(0.5)
        canvas.line(2.8 * cm, height - 2.1 * cm, width - 2.6 * cm, height - 2.1 * cm)
        canvas.drawCentredString(width / 2, 1.6 * cm, f"第 {doc.page} 页 共 {XN_PAGES} 页")
        canvas.restoreState()

    story = []
    for kind, text in XN_LINES:
        story.append(Paragraph(html.escape(text), styles[kind]))
        story.append(Spacer(1, 2))
    doc = SimpleDocTemplate(os.path.join(OUT, "xining-2025-carpet-yak-notice.pdf"), pagesize=A4,
                            topMargin=3.4 * cm, bottomMargin=3.0 * cm, leftMargin=2.8 * cm,
                            rightMargin=2.6 * cm, title=XN_TITLE, author="fictional")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


# ---------------------------------------------------------------- 五指山 2023 (.txt, UTF-8 with BOM, 工作方案)
WZ_NO = "五府办〔2023〕46号"
WZ_TITLE = "五指山市2023年黎锦纺织服装优供给促升级工作方案"
S = "　　"  # full-width indentation
WZ_LINES = [
    WZ_NO,
    "",
    WZ_TITLE,
    "",
    S + "为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》"
        "（工信厅联消费函〔2023〕87号）精神，推动我市黎锦和黎族服饰产业传承创新，带动群众就业增收，"
        "结合我市实际，制定本方案。",
    "",
    "一、工作目标",
    S + "到2023年底，全市黎锦和黎族服饰经营主体达到60家，培养黎锦技艺传承人才200人，"
        "黎锦产品销售额比2022年增长20%。",
    "",
    "二、主要任务",
    S + "（一）加强黎锦技艺传承",
    S + S + "1. 在水满乡、毛阳镇各设立黎锦传习所1个，由黎锦传承人驻所带徒。",
    S + S + "2. 开展黎锦技艺培训：",
    S + S + "(1) 面向农村妇女开展纺、染、织、绣技艺培训不少于10期；",
    S + S + "(2) 面向青年设计人员开展黎锦图案数字化设计培训不少于3期。",
    S + "（二）推动黎锦产品创新",
    S + S + "1. 支持企业将黎锦元素运用于服装、箱包和家居饰品，2023年开发黎锦文创新品不少于50款。",
    S + S + "2. 支持企业与设计机构合作，推出适合日常穿着的黎锦时尚服饰系列。",
    S + "（三）拓展黎锦产品销售",
    S + S + "1. 在市区和水满乡热带雨林景区设立黎锦展销点，推动黎锦产品进景区、进酒店、进机场。",
    S + S + "2. 支持黎锦企业入驻电商平台，开展“黎锦好物”线上推广。",
    S + "（四）带动群众就业增收",
    S + S + "1. 推行“企业＋合作社＋农户”模式，吸纳农村妇女居家织锦，企业统一收购成品。",
    S + S + "2. 2023年通过黎锦产业带动脱贫户和监测户就业不少于150人。",
    "",
    "三、活动安排",
    S + "全年重点活动安排如下：",
    "┌──┬────────────────┬──────┬──────────┬────────────┐",
    "｜序号｜活动名称｜时间｜地点｜责任单位｜",
    "├──┼────────────────┼──────┼──────────┼────────────┤",
    "｜1｜黎锦技艺培训班（首期）｜2023年6月｜水满乡｜市人力资源和社会保障局｜",
    "｜2｜“锦绣五指山”黎锦服饰设计大赛｜2023年8月｜市民族博物馆｜市旅游和文化广电体育局｜",
    "｜3｜“黎锦好物”直播推广月｜2023年10月｜线上｜市商务局｜",
    "｜4｜黎锦产品展销会｜2023年11月｜海口市｜市消费品工业服务中心｜",
    "└──┴────────────────┴──────┴──────────┴────────────┘",
    "",
    "四、保障措施",
    S + "（一）加强组织领导。成立由分管副市长任组长的黎锦产业发展工作专班，专班办公室设在市工业和信息化局。",
    S + "（二）强化进度调度。各乡镇、各有关单位于2023年6月20日前将任务落实方案报送市消费品工业服务中心，"
        "2023年12月10日前报送全年工作总结。",
    S + "（三）统筹资金支持。统筹用好现有产业发展资金，对黎锦传习所建设和技艺培训给予支持。",
    S + "联系人：市消费品工业服务中心 符秀兰，电话：0898-86622518，电子邮箱：wzsfz2023@example.cn；"
        "市旅游和文化广电体育局 王国栋，电话：0898-86625031。",
    "",
    S + S + S + S + S + S + S + S + "五指山市人民政府办公室",
    S + S + S + S + S + S + S + S + "2023年5月26日",
    "",
    "（此件主动公开）",
]


def make_wuzhishan():
    text = "\r\n".join(WZ_LINES) + "\r\n"
    with open(os.path.join(OUT, "wuzhishan-2023-li-brocade-work-plan.txt"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_shanxi()
    make_shanghai()
    make_xining()
    make_wuzhishan()
    print("written to", OUT)

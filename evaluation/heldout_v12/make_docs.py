#!/usr/bin/env python3
"""Generate the four FICTIONAL local documents of heldout_v12 into docs/ (layout adapted from heldout_v9/make_docs.py).

- quanzhou-2023-textile-apparel-forwarding-notice.docx
      a 转发 (forwarding cover) of the national notice 工信厅联消费函〔2023〕87号 by 泉州市工业和信息化局 and
      泉州市商务局, with local additions. The red letter-head (the two issuers, 文件) AND the 文号 sit in a floating
      Word TEXT BOX (wp:anchor → wps:txbx, with the VML v:textbox copy in mc:Fallback, as Word writes it): a reader
      that takes python-docx `paragraphs` never sees the 文号; a reader that takes every w:t sees the head twice.
      The body has typed 一、/（一）/1./(1) numbers; a 版记 (抄送 + 印发 date) closes the document.
- beijing-2024-fashion-apparel-notice.html
      a government page (政务公开 style) whose notice body is a tree of <ol>/<li>: the numbers 一、 （一） 1. (1)
      are drawn by CSS counters (`::before`) and the browser, NOT typed in the text; a 任务分工 <table> groups rows
      by lead unit with `rowspan`; the 文号 is only in the metadata table above the title.
- ningbo-2024-garment-association-notice.html
      a notice of an INDUSTRY ASSOCIATION (宁波市服装协会) to its members, saved from the association's site:
      ordinary <p> paragraphs, but the body's dates and numbers are typed in FULL-WIDTH digits (２０２４年１０月),
      an attachment 报名回执 is an HTML table below the signature, and a sidebar of 相关阅读 titles sits beside
      the article.
- xiantao-2025-nonwoven-textile-notice.docx
      made from an office template with Word CONTENT CONTROLS (w:sdt): the 文号, title, addressees, contact line,
      date and the attached activity table are block-level controls (python-docx `paragraphs`/`tables` skip them),
      and two deadlines inside body sentences are inline DATE-PICKER controls (python-docx `paragraph.text` drops
      them, leaving “于前将…”).

Everything in them (units' internal offices, people, phones, e-mails @example.cn, events, numbers) is invented.
Deliberate ambiguities:
  * 文号 number and year: 北京 京经信发〔2024〕16号 and 宁波 甬服协〔2024〕16号;
  * a same-named unit: 泉州 (2023) and 仙桃 (2025) both name a “市中小企业服务中心” (different people / phones / tasks);
  * “the 2023 纺织服装优供给促升级 notice”: the national notice itself and 泉州's 2023 forwarding notice, whose title
    contains the national title.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
NATIONAL = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
XMLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def esc(s):
    return html.escape(s, quote=False)


def run_xml(text, size=None, bold=False, color=None, font="仿宋_GB2312"):
    rpr = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para_xml(text, jc=None, size=None, bold=False, color=None, font="仿宋_GB2312", spacing=None):
    ppr = ""
    if spacing:
        ppr += f'<w:spacing w:after="{spacing}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f'<w:p {XMLNS}><w:pPr>{ppr}</w:pPr>{run_xml(text, size, bold, color, font)}</w:p>'


def add_footer_page_number(section):
    """公文-style page number “— N —” in the footer (a PAGE field)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("— ")
    p._p.append(parse_xml(f'<w:fldSimple {XMLNS} w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    p.add_run(" —")


# ---------------------------------------------------------------- 泉州 2023 (.docx, 转发, red head + 文号 in a text box)
QZ_NO = "泉工信〔2023〕63号"
QZ_HEAD = ["泉州市工业和信息化局", "泉州市商务局"]
QZ_TITLE = "泉州市工业和信息化局 泉州市商务局关于转发《" + NATIONAL + "》的通知"
QZ_TO = "各县（市、区）工信局、商务局，泉州开发区、泉州台商投资区经济发展局，市纺织服装商会、市鞋业商会："
# (style, text): "p" body paragraph with first-line indent, "h" heading line (bold, indented), "n" no indent
QZ_BODY = [
    ("p", "现将《" + NATIONAL + "》（" + NATIONAL_NO + "）转发给你们，请结合实际认真抓好贯彻落实。"
          "为做好我市活动组织工作，现就有关事项补充通知如下："),
    ("h", "一、突出我市产业特色"),
    ("h", "（一）推动鞋服产业提质升级"),
    ("p", "1. 支持晋江、石狮等地鞋服企业开展设备更新和数字化改造，2023年推动实施鞋服行业智能化改造项目不少于30个。"),
    ("p", "2. 开展数字化转型“入企诊断”服务："),
    ("p", "(1) 为规模以上鞋服企业提供数字化诊断服务不少于60家；"),
    ("p", "(2) 培育鞋服行业数字化转型标杆企业5家。"),
    ("h", "（二）加强化纤面料协同"),
    ("p", "1. 依托泉港区化纤原料基地和石狮面料市场，2023年7月在石狮市举办“纤维—面料—服装”产业链供需对接会，"
          "推动化纤、面料企业与鞋服品牌企业联合开发产品。"),
    ("p", "2. 支持化纤企业开发再生聚酯纤维、生物基纤维等绿色纤维产品，推动废旧纺织品循环利用。"),
    ("h", "（三）办好特色消费活动"),
    ("p", "1. 2023年6月至8月开展“泉州鞋服消费季”活动，组织品牌企业进商圈、进社区、进景区。"),
    ("p", "2. 2023年9月在晋江市举办“海丝国潮”鞋服新品发布周，集中发布运动鞋服、休闲服装新品。"),
    ("h", "（四）拓展国内国际市场"),
    ("p", "1. 组织企业参加中国进出口商品交易会和境外纺织服装专业展会，2023年组织参加境外展会不少于6场。"),
    ("p", "2. 支持跨境电商企业在共建“一带一路”国家布局海外仓，2023年新增海外仓3个。"),
    ("h", "二、抓好工作落实"),
    ("p", "（一）各县（市、区）工信、商务部门要结合本地实际制定活动方案，于2023年5月15日前报送市工业和信息化局"
          "消费品工业科。"),
    ("p", "（二）市中小企业服务中心负责组织大中小企业融通创新“携手行动”鞋服专场对接活动，2023年10月底前举办"
          "不少于2场。"),
    ("p", "（三）国家通知附件所列活动由中国纺织工业联合会统筹安排，各地要及时了解活动安排，积极组织企业参加。"),
    ("p", "（四）请各地于2023年11月30日前将活动开展情况和典型案例报送市工业和信息化局，同时抄送市商务局。"),
    ("p", "联系人：市工业和信息化局消费品工业科 洪雅琴，电话：0595-22586317，电子邮箱：qzfz2023@example.cn；"
          "市中小企业服务中心 庄志鹏，电话：0595-22137408。"),
    ("n", ""),
    ("p", "附件：" + NATIONAL),
]
QZ_SIGN = ["泉州市工业和信息化局", "泉州市商务局", "2023年4月26日"]
QZ_PUBLIC = "（此件主动公开）"
QZ_BANJI = ["抄送：省工业和信息化厅、省商务厅，中国纺织工业联合会。",
            "泉州市工业和信息化局办公室　　　　　　　　2023年4月27日印发"]


def textbox_xml(paragraphs_xml, name="文本框 1", cx=5580000, cy=1980000, y=720000):
    """A floating text box as Word 2010+ writes it: wps shape in mc:Choice, VML copy in mc:Fallback."""
    inner = "".join(paragraphs_xml)
    return f"""<w:r {XMLNS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0"
 locked="1" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="1" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="{name}" o:spid="_x0000_s1026" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:56.7pt;width:439.4pt;height:155.9pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:page"
 filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>{inner}</w:txbxContent></v:textbox>
<w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" type="topAndBottom" anchorx="margin" anchory="page"/>
</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def make_quanzhou():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt
    d = Document()
    sec = d.sections[0]
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    # the red head: issuers + 文件, and the 文号 — all inside one floating text box anchored to the first paragraph
    head = [para_xml(QZ_HEAD[0], jc="distribute", size=56, color="FF0000", font="方正小标宋简体"),
            para_xml(QZ_HEAD[1] + "文件", jc="distribute", size=56, color="FF0000", font="方正小标宋简体", spacing=240),
            para_xml(QZ_NO, jc="center", size=32)]
    anchor = d.add_paragraph()
    anchor._p.append(parse_xml(textbox_xml(head)))
    for _ in range(6):            # room for the floating head
        d.add_paragraph("")
    # red rule under the head (a bottom border on an empty paragraph)
    rule = d.add_paragraph()
    rule._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {XMLNS}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(QZ_TITLE)
    r.bold, r.font.size = True, Pt(22)
    d.add_paragraph(QZ_TO)
    for kind, text in QZ_BODY:
        p = d.add_paragraph(text)
        if kind in ("p", "h"):
            p.paragraph_format.first_line_indent = Pt(32)
        if kind == "h" and p.runs:
            p.runs[0].bold = True
    d.add_paragraph("")
    for s in QZ_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(QZ_PUBLIC).paragraph_format.first_line_indent = Pt(32)
    d.add_paragraph("")
    for s in QZ_BANJI:
        p = d.add_paragraph(s)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr {XMLNS}><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))
    add_footer_page_number(sec)
    d.core_properties.title = QZ_TITLE
    d.core_properties.author = "fictional"
    d.core_properties.comments = "FICTIONAL document generated for evaluation (heldout_v12)"
    d.save(os.path.join(OUT, "quanzhou-2023-textile-apparel-forwarding-notice.docx"))


# ---------------------------------------------------------------- 仙桃 2025 (.docx, content controls)
XT_NO = "仙经信发〔2025〕11号"
XT_TITLE = "仙桃市经济和信息化局 仙桃市商务局关于开展2025年非织造布及纺织服装优供给促升级活动的通知"
XT_TO = "各镇人民政府、街道办事处，仙桃高新区管委会，市直有关单位，市非织造布产业协会："
# ("p"/"h"/"n", text) or ("date", before, alias, iso, date_text, after) for a sentence with an inline date control,
# or ("date2", before, (alias, iso, text), middle, (alias, iso, text), after)
XT_BODY = [
    ("p", "为加快我市非织造布和纺织服装产业转型升级，扩大优质产品供给，积极承接产业转移，经研究，决定2025年在全市"
          "开展非织造布及纺织服装优供给促升级活动。现将有关事项通知如下："),
    ("h", "一、活动目标"),
    ("p", "到2025年底，全市非织造布产业产值比2024年增长10%，新增规模以上纺织服装企业12家，引进纺织服装产业转移"
          "项目不少于8个。"),
    ("h", "二、重点任务"),
    ("h", "（一）推动非织造布产业高端化发展"),
    ("p", "1. 支持彭场镇非织造布企业实施数字化改造，2025年完成改造企业不少于20家。"),
    ("p", "2. 引导企业发展医疗卫生、清洁擦拭、过滤分离等高端非织造布产品："),
    ("p", "(1) 新认定省级以上企业技术中心2家；"),
    ("p", "(2) 主导或参与制定非织造布团体标准3项。"),
    ("h", "（二）积极承接产业转移"),
    ("p", "1. 依托仙桃高新区纺织服装产业园建设标准厂房，承接东部地区纺织服装产业转移。"),
    ("p", "2. 2025年5月在仙桃高新区举办纺织服装产业转移对接会，邀请东部地区企业来仙考察洽谈。"),
    ("h", "（三）拓展国内外市场"),
    ("p", "1. 支持企业参加国内外非织造布和纺织服装专业展会，2025年组织参展不少于4场。"),
    ("p", "2. 培育“仙桃非织造”区域品牌，支持企业开展跨境电商业务。"),
    ("h", "（四）加强用工和人才保障"),
    ("p", "1. 开展缝纫工、设备操作工等技能培训不少于1500人次。"),
    ("p", "2. 支持企业与本地职业院校合作开设“订单班”，定向培养纺织服装技能人才。"),
    ("h", "三、工作要求"),
    ("date", "（一）各镇（街道）、仙桃高新区于", "方案报送截止日期", "2025-04-10", "2025年4月10日",
     "前将本地活动方案报送市经济和信息化局轻纺产业科。"),
    ("date2", "（二）各镇（街道）、仙桃高新区分别于", ("阶段进展报送日期一", "2025-06-30", "2025年6月30日"), "、",
     ("阶段进展报送日期二", "2025-09-30", "2025年9月30日"),
     "前向市中小企业服务中心报送阶段进展，2025年12月15日前报送全年工作总结。"),
    ("p", "（三）市中小企业服务中心负责纺织服装产业转移对接会的具体组织工作，市非织造布产业协会做好会员企业动员。"),
]
XT_CONTACT = ("联系人：市经济和信息化局轻纺产业科 喻晓峰，电话：0728-3316825，电子邮箱：xtfz2025@example.cn；"
              "市中小企业服务中心 付婷，电话：0728-3327401。")
XT_SIGN = ["仙桃市经济和信息化局", "仙桃市商务局"]
XT_DATE = "2025年3月20日"
XT_TABLE_TITLE = "2025年非织造布及纺织服装重点活动安排表"
XT_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "纺织服装产业转移对接会", "2025年5月", "仙桃高新区", "市中小企业服务中心"],
    ["2", "非织造布新产品推介会", "2025年8月", "彭场镇", "市经济和信息化局"],
    ["3", "“仙桃非织造”跨境电商培训", "2025年9月", "市电子商务公共服务中心", "市商务局"],
    ["4", "纺织服装职业技能竞赛", "2025年10月", "仙桃高新区", "市人力资源和社会保障局"],
]
_SDT_ID = [-1836501100]


def sdt_pr(alias, tag, kind="<w:text/>"):
    _SDT_ID[0] += 7
    return (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{_SDT_ID[0]}"/>'
            f'<w:lock w:val="sdtLocked"/>{kind}</w:sdtPr>')


def date_sdt(alias, iso, text):
    """An inline date-picker content control holding a deadline inside a sentence."""
    _SDT_ID[0] += 7
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="date"/><w:id w:val="{_SDT_ID[0]}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
            '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
            f'</w:sdtPr><w:sdtContent>{run_xml(text)}</w:sdtContent></w:sdt>')


def block_sdt(alias, tag, inner_xml, rich=False):
    return f'<w:sdt {XMLNS}>{sdt_pr(alias, tag, "" if rich else "<w:text/>")}<w:sdtContent>{inner_xml}</w:sdtContent></w:sdt>'


def table_xml(rows):
    grid = "".join('<w:gridCol w:w="1700"/>' for _ in rows[0])
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
           '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
           '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="1700" w:type="dxa"/></w:tcPr>'
                        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run_xml(c, bold=(i == 0))}</w:p></w:tc>'
                        for c in row)
        out.append(f"<w:tr>{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def make_xiantao():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt
    d = Document()
    sec = d.sections[0]
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    body = d.element.body
    sect_pr = body[-1]

    def add(xml):
        sect_pr.addprevious(parse_xml(xml))

    add(block_sdt("发文字号", "DocNumber", para_xml(XT_NO, jc="center", size=32)))
    add(para_xml(""))
    add(block_sdt("标题", "Title", para_xml(XT_TITLE, jc="center", size=44, bold=True, font="方正小标宋简体")))
    add(para_xml(""))
    add(block_sdt("主送机关", "MainTo", para_xml(XT_TO)))
    for item in XT_BODY:
        kind = item[0]
        if kind in ("p", "h", "n"):
            p = d.add_paragraph(item[1])
            if kind != "n":
                p.paragraph_format.first_line_indent = Pt(32)
            if kind == "h" and p.runs:
                p.runs[0].bold = True
        elif kind == "date":
            _, before, alias, iso, text, after = item
            add(f'<w:p {XMLNS}><w:pPr><w:ind w:firstLine="640"/></w:pPr>{run_xml(before)}'
                f'{date_sdt(alias, iso, text)}{run_xml(after)}</w:p>')
        elif kind == "date2":
            _, before, d1, middle, d2, after = item
            add(f'<w:p {XMLNS}><w:pPr><w:ind w:firstLine="640"/></w:pPr>{run_xml(before)}'
                f'{date_sdt(*d1)}{run_xml(middle)}{date_sdt(*d2)}{run_xml(after)}</w:p>')
    add(block_sdt("联系人", "Contact", para_xml(XT_CONTACT)))
    add(para_xml(""))
    add(para_xml("附件：" + XT_TABLE_TITLE))
    for s in XT_SIGN:
        add(para_xml(s, jc="right"))
    add(block_sdt("成文日期", "SignDate", para_xml(XT_DATE, jc="right")))
    add(para_xml("（此件公开发布）"))
    # the attachment on its own page: a page break, its heading and the table — all one rich-text control
    att = (f'<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
           f'{para_xml("附件", size=32, font="黑体")}'
           f'{para_xml(XT_TABLE_TITLE, jc="center", size=36, font="方正小标宋简体")}'
           f'{table_xml(XT_TABLE)}')
    add(block_sdt("附件活动安排表", "Attachment", att, rich=True))
    add_footer_page_number(sec)
    d.core_properties.title = "公文模板"
    d.core_properties.author = "fictional"
    d.core_properties.comments = "FICTIONAL document generated for evaluation (heldout_v12)"
    d.save(os.path.join(OUT, "xiantao-2025-nonwoven-textile-notice.docx"))


# ---------------------------------------------------------------- 北京 2024 (.html, CSS-numbered <ol>, rowspan table)
BJ_TITLE = "北京市经济和信息化局 北京市商务局关于开展2024年北京时尚服饰优供给促升级活动的通知"
BJ_NO = "京经信发〔2024〕16号"
BJ_META = [("索引号", "11N000QX01/2024-00216"), ("发文机构", "北京市经济和信息化局、北京市商务局"),
           ("发文字号", BJ_NO), ("主题分类", "工业、交通\\工业"), ("成文日期", "2024年04月08日"),
           ("发布日期", "2024年04月12日")]
BJ_TO = "各区经济和信息化局、商务局，北京经济技术开发区经济发展局，市服装纺织行业协会："
BJ_INTRO = ("为深入落实国际消费中心城市建设部署，推动本市时尚服饰产业设计化、品牌化、数字化、绿色化发展，扩大优质"
            "时尚服饰供给，市经济和信息化局、市商务局决定2024年在全市开展时尚服饰优供给促升级活动。现将有关事项通知如下：")
# a tree: (text, [children]) — level 1 一、, level 2 （一）, level 3 1., level 4 (1); all numbers drawn by CSS
BJ_TREE = [
    ("活动目标", [("@到2024年底，全市培育“京字号”时尚服饰品牌20个，举办时尚服饰新品首发活动不少于150场，"
                "老字号服饰企业网络零售额同比增长15%。", [])]),
    ("重点任务", [
        ("擦亮老字号服饰招牌", [
            ("支持中华老字号和北京老字号服饰企业与设计机构、潮流品牌开展跨界联名，2024年推出老字号联名新品不少于60款。", []),
            ("2024年9月在前门大栅栏商圈举办“京韵老字号服饰节”，集中展示京绣、盘扣、手工布鞋等传统技艺和老字号新品。", []),
            ("支持老字号服饰企业建设技艺传承工作室，推动京绣等非遗技艺进校园、进社区。", []),
        ]),
        ("强化时尚设计引领", [
            ("支持在京设计师品牌在中国国际时装周期间开展新品发布，2024年组织发布活动不少于30场。", []),
            ("举办“京彩设计”服装设计大赛，面向高等院校和设计机构征集作品：", [
                ("2024年6月发布大赛征集公告；", []),
                ("2024年10月举行总决赛和优秀作品展示。", []),
            ]),
            ("推动东城区、朝阳区时尚设计园区提升公共服务能力，2024年建设时尚设计公共服务平台2个。", []),
        ]),
        ("促进时尚服饰消费", [
            ("2024年5月至6月开展“京彩衣橱”时尚服饰消费季，组织品牌企业进商圈、进社区、进校园。", []),
            ("支持国内外时尚服饰品牌在京开设首店、旗舰店，2024年新增时尚服饰品牌首店不少于50家。", []),
            ("规范发展直播电商，引导服饰直播间如实标注商品成分、产地和规格。", []),
        ]),
        ("推动绿色低碳发展", [
            ("在海淀区、丰台区开展废旧纺织品回收利用试点，设置规范化回收网点不少于300个。", []),
            ("引导时尚服饰企业开展绿色设计，推广使用再生纤维和环保包装。", []),
        ]),
    ]),
    ("任务分工", [("@TABLE", [])]),
    ("工作要求", [
        ("各区于2024年4月30日前将本区活动方案和联络员名单报送市经济和信息化局都市产业处。", []),
        ("各区于2024年7月10日前报送上半年进展情况，2024年12月15日前报送全年工作总结，同时抄送市商务局消费促进处。", []),
        ("市服装纺织行业协会负责“京彩设计”服装设计大赛的具体组织工作。", []),
        ("各单位要通过政务新媒体、商圈大屏等渠道加强活动宣传，营造良好消费氛围。", []),
    ]),
]
# 任务分工 table; the lead unit is written once per group and spans the group's rows
BJ_TABLE_HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
BJ_TABLE = [
    ("市商务局", [("1", "推出老字号联名新品不少于60款", "市经济和信息化局", "2024年11月底"),
                 ("2", "举办“京韵老字号服饰节”", "东城区人民政府", "2024年9月")]),
    ("市经济和信息化局", [("3", "举办“京彩设计”服装设计大赛", "市服装纺织行业协会", "2024年10月"),
                        ("4", "建设时尚设计公共服务平台2个", "东城区、朝阳区人民政府", "2024年12月底"),
                        ("5", "设置废旧纺织品回收网点不少于300个", "海淀区、丰台区人民政府", "2024年10月底")]),
    ("市商务局", [("6", "新增时尚服饰品牌首店不少于50家", "各区人民政府", "2024年12月底")]),
]
BJ_CONTACT = ("联系人：市经济和信息化局都市产业处 孟凡琳，电话：010-55579126，电子邮箱：bjss2024@example.cn；"
              "市商务局消费促进处 邢嘉禾，电话：010-89152476。")
BJ_SIGN = ["北京市经济和信息化局", "北京市商务局", "2024年4月8日"]


def bj_table():
    rows = ["<tr>" + "".join(f"<th>{esc(h)}</th>" for h in BJ_TABLE_HEAD) + "</tr>"]
    for lead, items in BJ_TABLE:
        for i, (no, task, helper, when) in enumerate(items):
            lead_td = f'<td rowspan="{len(items)}">{esc(lead)}</td>' if i == 0 else ""
            rows.append(f"<tr><td>{no}</td><td>{esc(task)}</td>{lead_td}<td>{esc(helper)}</td><td>{esc(when)}</td></tr>")
    return '<table class="fgb" border="1" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"


def bj_list(items, level):
    """Nested <ol>: the list markers (一、 （一） 1. (1)) come from the style sheet, never from the text."""
    out = [f'<ol class="lv{level}">']
    for text, children in items:
        inner = ""
        for c in children:
            if c[0] == "@TABLE":
                inner += "\n" + bj_table()
            elif c[0].startswith("@"):
                inner += f'\n<div class="para">{esc(c[0][1:])}</div>'
        sub = [c for c in children if not c[0].startswith("@")]
        if sub:
            inner += "\n" + bj_list(sub, level + 1)
        out.append(f'<li><span class="t">{esc(text)}</span>{inner}</li>')
    out.append("</ol>")
    return "\n".join(out)


def make_beijing():
    meta = "\n".join(f"<tr><th>{esc(k)}：</th><td>{esc(v)}</td></tr>" for k, v in BJ_META)
    body = bj_list(BJ_TREE, 1)
    sign = "".join(f'<div class="sign">{esc(s)}</div>' for s in BJ_SIGN)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(BJ_TITLE)}_政策文件_北京市经济和信息化局</title>
<meta name="ArticleTitle" content="{html.escape(BJ_TITLE)}">
<meta name="PubDate" content="2024-04-12 16:30">
<meta name="ContentSource" content="北京市经济和信息化局">
<style>
body{{font-family:"Microsoft YaHei",sans-serif;color:#333}}
.xxgk th{{text-align:right;color:#666;font-weight:normal}}
.article h1{{font-size:26px;text-align:center}}
/* 公文层次序号由样式生成：一、 （一） 1. (1) */
ol.lv1{{counter-reset:c1;list-style:none;padding-left:0}}
ol.lv1>li{{counter-increment:c1}}
ol.lv1>li>span.t::before{{content:counter(c1,simp-chinese-informal) "、"}}
ol.lv1>li>span.t{{font-family:"黑体";display:block;text-indent:2em}}
ol.lv2{{counter-reset:c2;list-style:none;padding-left:0}}
ol.lv2>li{{counter-increment:c2}}
ol.lv2>li>span.t::before{{content:"（" counter(c2,simp-chinese-informal) "）"}}
ol.lv2>li>span.t{{display:block;text-indent:2em}}
ol.lv3{{list-style:decimal inside;padding-left:2em}}
ol.lv4{{counter-reset:c4;list-style:none;padding-left:2em}}
ol.lv4>li{{counter-increment:c4}}
ol.lv4>li>span.t::before{{content:"(" counter(c4) ") "}}
.para{{text-indent:2em}}
table.fgb{{border-collapse:collapse;margin:8px auto;width:92%}}
.sign{{text-align:right}}
</style>
<script>var _hmt=_hmt||[];function changeSize(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="header"><a href="#">首页</a> | <a href="#">机构概况</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a></div>
<table class="xxgk">
{meta}
</table>
<div class="article">
<h1>{esc(BJ_TITLE)}</h1>
<div class="tools">【字号 <a href="javascript:changeSize(20)">大</a> <a href="javascript:changeSize(16)">中</a> <a href="javascript:changeSize(14)">小</a>】 【<a href="javascript:window.print()">打印</a>】</div>
<div id="zoom" class="content">
<div class="to">{esc(BJ_TO)}</div>
<div class="para">{esc(BJ_INTRO)}</div>
{body}
<div class="para">{esc(BJ_CONTACT)}</div>
{sign}
<div class="para">（此件公开发布）</div>
</div>
</div>
<div class="footer">主办：北京市经济和信息化局　　网站标识码：1100000XXX　　京ICP备00000000号</div>
</body>
</html>
"""
    with open(os.path.join(OUT, "beijing-2024-fashion-apparel-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 宁波 2024 (.html, association, full-width digits)
NB_TITLE = "宁波市服装协会关于组织会员企业参加2024年纺织服装优供给促升级系列活动的通知"
NB_NO = "甬服协〔2024〕16号"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    """Full-width digits, as the association's editor typed them in the body."""
    return s.translate(FW)


NB_BODY = [
    ("to", "各会员单位，各有关企业："),
    ("p", fw("为贯彻落实国家和省、市关于推动纺织服装行业优供给促升级的工作部署，助力会员企业拓市场、创品牌、提品质，"
             "经协会第七届理事会第三次会议研究，决定于2024年组织开展系列活动。现将有关事项通知如下：")),
    ("h", "一、活动安排"),
    ("p", fw("（一）2024宁波时尚服饰展。时间：2024年10月17日至20日；地点：宁波国际会展中心。展会设男装、女装、"
             "针织服饰、功能性服装四个主题展区，拟设标准展位300个。")),
    ("p", "（二）“甬衣出海”外贸拓展行动。"),
    ("p", fw("1．组团参加2024年9月在日本东京举办的中国纺织服装贸易展览会；")),
    ("p", fw("2．2024年11月组织会员企业赴东南亚开展市场考察和客户对接。")),
    ("p", fw("（三）内外贸一体化产销对接会。2024年6月27日在海曙区举办，邀请国内电商平台、大型商超采购商与外贸企业"
             "对接，帮助外贸企业拓展国内市场。")),
    ("p", fw("（四）数字化转型专题培训。2024年7月至9月举办服装企业数字化转型专题培训班3期，每期培训50人。")),
    ("p", "（五）衬衫、西服品质提升行动。联合市纤维检验机构开展衬衫、西服产品质量比对，发布“宁波优品”服装推荐名录。"),
    ("h", "二、报名办法"),
    ("p", fw("（一）请有意参加的会员单位填写《活动报名回执》（见附件），于2024年5月31日前发送至协会电子邮箱。")),
    ("p", "（二）宁波时尚服饰展的展位费用标准及相关扶持政策另行通知。"),
    ("p", "（三）境外展会的具体行程和费用由协会外贸服务部另行告知报名企业。"),
    ("h", "三、有关要求"),
    ("p", "（一）参展企业应保证展品质量，不得展示侵犯他人商标专用权、专利权的产品。"),
    ("p", "（二）会员单位开展直播推广时，应遵守广告、电子商务等法律法规，如实介绍产品成分和产地。"),
    ("p", "联系人：协会秘书处 俞佳琪，电话：0574-87360215，电子邮箱：nbfx2024@example.cn；"
          "协会外贸服务部 应国华，电话：0574-87360237。"),
    ("p", "附件：活动报名回执"),
    ("sign", "宁波市服装协会"),
    ("sign", fw("2024年5月6日")),
]
NB_FORM_ROWS = [
    ["单位名称", "", "会员编号", ""],
    ["联系人", "", "职务", ""],
    ["手机", "", "电子邮箱", ""],
    ["拟参加活动（请在对应项后打“√”）", "时尚服饰展（　）　东京展（　）　产销对接会（　）　数字化培训（　）", "", ""],
    ["展位需求（个）", "", "主营产品", ""],
    ["备注", "", "", ""],
]
NB_RELATED = [
    "关于召开宁波市服装协会第七届理事会第三次会议的通知",
    "关于开展2024年度会员单位信息更新工作的通知",
    "关于组织会员企业参加2024中国国际服装服饰博览会的通知",
    "2023年宁波服装行业经济运行情况分析",
]


def make_ningbo():
    parts = []
    for kind, text in NB_BODY:
        if kind == "to":
            parts.append(f"<p>{esc(text)}</p>")
        elif kind == "h":
            parts.append(f'<p style="text-indent:2em;"><strong>{esc(text)}</strong></p>')
        elif kind == "sign":
            parts.append(f'<p style="text-align:right;">{esc(text)}</p>')
        else:
            parts.append(f'<p style="text-indent:2em;">{esc(text)}</p>')
    form = []
    for row in NB_FORM_ROWS:
        if row[0].startswith("拟参加活动") or row[0] == "备注":
            form.append(f'<tr><td>{esc(row[0])}</td><td colspan="3">{esc(row[1])}</td></tr>')
        else:
            form.append("<tr>" + "".join(f"<td>{esc(c) if c else '&nbsp;'}</td>" for c in row) + "</tr>")
    related = "\n".join(f'<li><a href="#">{esc(r)}</a></li>' for r in NB_RELATED)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(NB_TITLE)} - 宁波市服装协会</title>
<meta name="keywords" content="宁波市服装协会,通知公告">
<link rel="stylesheet" href="/templets/default/style/main.css">
<style>.sidebar{{float:right;width:260px}} .main{{float:left;width:700px}} .huizhi td{{border:1px solid #999;padding:6px}}</style>
</head>
<body>
<div class="top"><span class="logo">宁波市服装协会</span>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">协会概况</a></li><li><a href="#">通知公告</a></li><li><a href="#">会员服务</a></li><li><a href="#">行业资讯</a></li><li><a href="#">联系我们</a></li></ul></div>
<div class="wrap">
<div class="main">
<div class="place">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>
<h2 class="title">{esc(NB_TITLE)}</h2>
<div class="info">发布时间：2024-05-07 09:32　来源：协会秘书处　点击：<span id="hits">1286</span></div>
<div class="content">
<p style="text-align:center;">{esc(NB_NO)}</p>
{chr(10).join(parts)}
<p><strong>附件</strong></p>
<p style="text-align:center;"><strong>活动报名回执</strong></p>
<table class="huizhi" cellspacing="0" width="100%">
{chr(10).join(form)}
</table>
<p>（请于２０２４年５月３１日前将回执发送至协会电子邮箱）</p>
</div>
<div class="prenext">上一篇：<a href="#">关于开展2024年度会员单位信息更新工作的通知</a><br>下一篇：<a href="#">关于召开宁波市服装协会第七届理事会第三次会议的通知</a></div>
</div>
<div class="sidebar"><h3>相关阅读</h3>
<ul>
{related}
</ul></div>
</div>
<div class="foot">版权所有：宁波市服装协会　地址：宁波市海曙区（示例地址）　浙ICP备00000000号</div>
</body>
</html>
"""
    with open(os.path.join(OUT, "ningbo-2024-garment-association-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


def pin_zip_dates(path):
    """Rewrite a .docx with fixed entry dates so that regenerating gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 27, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_quanzhou()
    make_xiantao()
    make_beijing()
    make_ningbo()
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".docx"):
            pin_zip_dates(os.path.join(OUT, fn))
    print("written to", OUT)

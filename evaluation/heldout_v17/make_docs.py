#!/usr/bin/env python3
"""Regenerate the FICTIONAL local documents of heldout_v17 into docs/ (see docs/README.md).

Every name, unit, number, date, phone, e-mail (example.cn) and event below is invented for evaluation.
The output is deterministic: zip members carry fixed timestamps and reportlab runs in invariant mode.
Usage: python3 make_docs.py
"""
import html
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
NATIONAL_TITLE = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"

# ---------------------------------------------------------------------------------------------------------------
# 1. 滨州 (2023): a forwarding notice as published on the bureau's government-information page (.html)
# ---------------------------------------------------------------------------------------------------------------
BZ_FILE = "binzhou-2023-textile-home-textile-forwarding-notice.html"
BZ_TITLE = "滨州市工业和信息化局 滨州市商务局关于转发《" + NATIONAL_TITLE + "》的通知"
BZ_NO = "滨工信字〔2023〕31号"
BZ_META = [
    ("索 引 号", "11371600MB2849031X/2023-00031", "主题分类", "工业、交通\\工业"),
    ("发布机构", "滨州市工业和信息化局", "成文日期", "2023-05-08"),
    ("发文字号", BZ_NO, "发布日期", "2023-05-12"),
    ("有 效 性", "有效", "公开方式", "主动公开"),
]
BZ_TO = ("各县（市、区）工业和信息化局、商务局，滨州经济技术开发区、滨州高新技术产业开发区经济发展部门，"
         "市纺织服装行业协会，市家用纺织品行业协会：")
# (style, text); "|" inside a text marks where the CMS split the run into two <span>s
BZ_BODY = [
    ("p", "现将《" + NATIONAL_TITLE + "》（" + NATIONAL_NO + "）转发给你们，结合我市棉纺织和家用纺织品产业实际，"
          "提出以下贯彻意见，请一并认真抓好落实。"),
    ("h", "一、活动目标"),
    ("p", "全年组织开展各类“优供给促升级”活动不少于20场；推动30家规模以上纺织服装企业实施设备更新和技术改造；"
          "培育市级以上家纺知名品牌10个；全市规模以上纺织服装企业营业收入增长6%以上。"),
    ("h", "二、重点活动"),
    ("p", "（一）家纺精品推广。2023年6月在博|兴县举办“滨州家纺”精品展示周，组织毛巾、床品、家居服企业集中展示新品；"
          "9月组织企业参加中国国际家用纺织品及辅料（秋冬）博览会，设立“滨州家纺”形象展区，展位由市家用纺织品行业协会统一申请。"),
    ("p", "（二）棉纺智能化改造。支持邹平市棉纺企业推广细纱长车、粗细络联和智能物流系统，2023年底前建成智能工厂2个、"
          "数字化车间8个；组织“智改数转”专家进企业诊断服务不少于50家次；2023年9月在邹平市召开棉纺智能化改造现场观摩会。"),
    ("p", "（三）绿色低碳提升。在惠民县、阳信县推进纺织印染企业中水回用和余热利用，完成节水改造项目5个；"
          "2023年11月在惠民县召开印染节水改造经验交流会；开展废旧纺织品回收利用试点，在城区设立社区回收点不少于100个。"),
    ("p", "（四）产销对接和消费促进。2023年7月在滨城区举办纺织服装产业链供需对接会，组织链主企业与上下游中小企业面对面洽谈；"
          "2023年10月至11月开展“滨品好物”家纺消费月活动，通过线上线下让利促销、以旧换新等方式扩大家纺消费。"
          "参加消费月的企业应在商品吊牌上如实标注纤维成分和含量。"),
    ("p", "（五）外贸稳订单。组织企业参加春季、秋季中国进出口商品交易会等境内外展会不少于8场；"
          "2023年8月在滨州经济技术开发区举办纺织品出口合规培训会，讲解主要市场技术性贸易措施和原产地规则。"),
    ("h", "三、工作要求"),
    ("p", "（一）各县（市、区）工业和信息化局、商务局要于2023年5月25日前将本地区活动方案报送市工业和信息化局消费品工业科，"
          "同时抄送市商务局对外贸易科。"),
    ("p", "（二）市家用纺织品行业协会负责“滨州家纺”精品展示周的组织实施；市纺织服装行业协会负责纺织服装产业链供需对接会的"
          "组织实施；市商务局负责“滨品好物”家纺消费月和外贸培训。"),
    ("p", "（三）请于2023年7月10日前报送上半年活动开展情况，2023年12月8日前报送全年工作总结和典型案例，"
          "市工业和信息化局汇总后按要求报送上级主管部门。"),
    ("p", "联系人：市工业和信息化局消费品工业科 苏婧，电话：0543-3163827，邮箱：bzfz2023@example.cn；"
          "市商务局对外贸易科 耿立新，电话：0543-3187420。"),
    ("att", "附件：1．" + NATIONAL_TITLE),
    ("att2", "2．滨州市2023年纺织服装优供给促升级重点活动安排表"),
    ("sign", "滨州市工业和信息化局　　　　滨州市商务局"),
    ("date", "2023年5月8日"),
    ("p", "（此件公开发布）"),
]
BZ_TABLE_TITLE = "滨州市2023年纺织服装优供给促升级重点活动安排表"
# rows: cells; None = covered by the row-spanning cell above
BZ_TABLE = [
    ["序号", "活动名称", "时间", "地点", "责任单位"],
    ["1", "“滨州家纺”精品展示周", "2023年6月", "博兴县", "市家用纺织品行业协会"],
    ["2", "纺织服装产业链供需对接会", "2023年7月", "滨城区", "市纺织服装行业协会"],
    ["3", "纺织品出口合规培训会", "2023年8月", "滨州经济技术开发区", "市商务局"],
    ["4", "“滨品好物”家纺消费月", "2023年10月—11月", "全市", None],
    ["5", "棉纺智能化改造现场观摩会", "2023年9月", "邹平市", "市工业和信息化局"],
    ["6", "印染节水改造经验交流会", "2023年11月", "惠民县", None],
]
BZ_TABLE_NOTE = "注：各项活动的具体时间、地点以责任单位另行发布的通知为准。"


def _bz_para(text, style):
    parts = text.split("|")
    spans = "".join('<span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span>' % html.escape(p, quote=False)
                    for p in parts)
    if style == "h":
        return ('<p style="text-indent:2em;line-height:28pt;"><strong><span style="font-family:黑体;font-size:16pt;">'
                "%s</span></strong></p>" % html.escape(text, quote=False))
    if style == "sign":
        return '<p style="text-align:right;margin-right:2em;line-height:28pt;">%s</p>' % spans.replace(
            "　", "&nbsp;&nbsp;")
    if style == "date":
        return '<p style="text-align:right;margin-right:4em;line-height:28pt;">%s</p>' % spans
    if style == "att":
        return '<p style="text-indent:2em;line-height:28pt;">%s</p>' % spans
    if style == "att2":
        return '<p style="text-indent:5em;line-height:28pt;">%s</p>' % spans
    return '<p style="text-indent:2em;line-height:28pt;">%s</p>' % spans


def make_binzhou():
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    meta_rows = "\n".join(
        '<tr><td class="t">%s：</td><td>%s</td><td class="t">%s：</td><td>%s</td></tr>' % tuple(e(x) for x in r)
        for r in BZ_META)
    body = "\n".join(_bz_para(t, s) for s, t in BZ_BODY)
    rows = []
    for i, r in enumerate(BZ_TABLE):
        cells = []
        for j, c in enumerate(r):
            if c is None:
                continue
            span = ""
            if i > 0 and j == 4 and i + 1 < len(BZ_TABLE) and BZ_TABLE[i + 1][4] is None:
                span = ' rowspan="2" valign="middle"'
            tag = "th" if i == 0 else "td"
            cells.append('<%s%s style="border:1px solid #000;padding:4px;">%s</%s>' % (tag, span, e(c), tag))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append('<tr><td colspan="5" style="border:1px solid #000;padding:4px;text-align:left;">%s</td></tr>'
                % e(BZ_TABLE_NOTE))
    table = ('<p style="line-height:28pt;"><span style="font-family:黑体;font-size:16pt;">附件2</span></p>\n'
             '<p style="text-align:center;line-height:30pt;"><span style="font-family:方正小标宋简体;font-size:20pt;">'
             "%s</span></p>\n" % e(BZ_TABLE_TITLE) +
             '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;'
             'font-family:仿宋_GB2312;font-size:12pt;text-align:center;">\n' + "\n".join(rows) + "\n</table>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(BZ_TITLE)}_通知公告_滨州市工业和信息化局</title>
<meta name="SiteName" content="滨州市工业和信息化局" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{html.escape(BZ_TITLE)}" />
<meta name="PubDate" content="2023-05-12 10:26" />
<meta name="ContentSource" content="消费品工业科" />
<link rel="stylesheet" type="text/css" href="/images/gkstyle.css" />
<style type="text/css">
body{{margin:0;font-family:"Microsoft YaHei",宋体;font-size:14px;}} .wrap{{width:1000px;margin:0 auto;}}
.xxgk td{{border:1px solid #d9d9d9;padding:6px 10px;}} .xxgk td.t{{background:#f3f6fa;width:90px;}}
h1.title{{font-size:24px;color:#c00;text-align:center;}} .TRS_Editor p{{margin:0;}}
</style>
<script type="text/javascript">
var _pageTitle = "{html.escape(BZ_TITLE)}";
var _artid = "7731052"; var _colid = "18843";
function fontZoom(size){{document.getElementById('zoom').style.fontSize = size + 'px';}}
</script>
</head>
<body>
<div class="wrap">
<div class="top"><img src="/images/logo.png" alt="滨州市工业和信息化局" /></div>
<div class="nav"><a href="/">首页</a> | <a href="/col/col18830/">机构概况</a> | <a href="/col/col18840/">政务公开</a> | <a href="/col/col18850/">政务服务</a> | <a href="/col/col18860/">互动交流</a> | <a href="/col/col18870/">专题专栏</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/col/col18840/">政务公开</a> &gt; <a href="/col/col18842/">政府信息公开</a> &gt; <a href="/col/col18843/">通知公告</a></div>
<!-- 信息公开目录 -->
<table class="xxgk" cellspacing="0" width="100%">
{meta_rows}
<tr><td class="t">标　　题：</td><td colspan="3">{e(BZ_TITLE)}</td></tr>
</table>
<h1 class="title">{e(BZ_TITLE)}</h1>
<div class="info">发布时间：2023-05-12 10:26　　来源：消费品工业科　　浏览次数：<span id="hits">863</span>　　【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】　【<a href="javascript:window.print()">打印</a>】</div>
<div class="TRS_Editor" id="zoom">
<p style="text-align:center;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{e(BZ_NO)}</span></p>
<p style="line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{e(BZ_TO)}</span></p>
{body}
<p>&nbsp;</p>
{table}
</div>
<div class="fj">附件下载：<br />
<a href="/module/download/downfile.jsp?classid=0&amp;filename=2305121026441.pdf">{e(NATIONAL_TITLE)}.pdf</a><br />
<a href="/module/download/downfile.jsp?classid=0&amp;filename=2305121026452.docx">{e(BZ_TABLE_TITLE)}.docx</a></div>
<div class="share">扫一扫在手机打开当前页　　【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prenext">上一篇：<a href="/art/2023/5/6/art_18843_7730988.html">关于组织申报2023年度市级工业设计中心的通知</a><br />
下一篇：<a href="/art/2023/5/15/art_18843_7731106.html">关于开展2023年全市工业企业安全生产大检查的通知</a></div>
<div class="footer">主办单位：滨州市工业和信息化局　　网站标识码：3716000011<br />
ICP备05023117号-1　　联系电话：0543-3163800（办公室）<br />
本网站由滨州市大数据中心提供技术支持</div>
</div>
<script type="text/javascript">document.getElementById('hits').innerHTML = '863';</script>
</body>
</html>
"""
    with open(os.path.join(DOCS, BZ_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


# ---------------------------------------------------------------------------------------------------------------
# 2. 太康 (2024): a joint notice of three county bureaus written in Word (.docx)
# ---------------------------------------------------------------------------------------------------------------
TK_FILE = "taikang-2024-spinning-apparel-notice.docx"
TK_ISSUERS = ["太康县工业和信息化局", "太康县商务局", "太康县人力资源和社会保障局"]
TK_TITLE = "太康县工业和信息化局 太康县商务局 太康县人力资源和社会保障局关于开展2024年纺织服装优供给促升级活动的通知"
TK_NO = "太工信〔2024〕12号"
TK_TO = "各乡镇人民政府、街道办事处，县产业集聚区管委会，县纺织服装行业商会，县纺织服装产业发展服务中心："
TK_BODY = [
    ("p", "为贯彻落实国家和省、市关于纺织服装优供给促升级活动的部署要求，发挥我县纺纱织造和服装加工产业优势，"
          "稳就业、扩订单、提品质，经研究，决定在全县开展2024年纺织服装优供给促升级活动。现将有关事项通知如下："),
    ("h1", "一、活动目标"),
    ("p", "全年组织开展各类活动不少于12场；规模以上纺织服装企业产值增长10%以上；新增规模以上纺织服装企业6家；"
          "纺织服装产业从业人员稳定在3万人以上；培育县级以上自主品牌15个。"),
    ("h1", "二、重点任务"),
    ("p", "（一）纺纱织造提质。推动县产业集聚区棉纺企业淘汰落后细纱机，推广紧密纺、涡流纺等先进设备，年内完成技术改造"
          "项目10个；2024年6月在县产业集聚区组织纺纱织造企业数字化转型现场观摩会。"),
    ("p", "（二）服装加工扩容。在常营镇、逊母口镇新建就业帮扶车间5个，重点承接服装缝制、辅料加工订单，吸纳就业不少于"
          "600人，优先吸纳脱贫人口和农村留守妇女。"),
    ("p", "（三）技能人才培训。县人力资源和社会保障局牵头开展缝纫工、挡车工等职业技能培训不少于20期，每期不少于40人，"
          "培训合格的按规定发放职业技能等级证书；2024年3月、9月分别举办纺织服装企业专场招聘会。"),
    ("p", "（四）品牌和市场拓展。2024年5月在县城举办“太康织造”产品推介会，邀请服装品牌企业和采购商参加；组织企业参加"
          "中国国际纺织纱线（春夏）博览会等展会不少于4场；支持企业在电商平台开设旗舰店，开展“织造好物”直播带货活动。"),
    ("p", "（五）质量安全提升。2024年7月至8月对棉纱、坯布、服装产品开展质量抽检不少于80批次；开展纺织企业消防安全"
          "专项检查，重点检查车间通道、棉花仓库和电气线路。"),
    ("h1", "三、工作要求"),
    ("p", "（一）各乡镇、县产业集聚区管委会要于2024年4月10日前将本单位活动方案报县工业和信息化局轻纺股。"),
    ("p", "（二）县工业和信息化局负责纺纱织造提质和质量安全提升；县商务局负责品牌和市场拓展；县人力资源和社会保障局"
          "负责技能人才培训；常营镇、逊母口镇人民政府负责就业帮扶车间建设，县纺织服装产业发展服务中心做好订单对接服务。"),
    ("p", "（三）请于2024年6月28日前报送上半年工作进展，2024年11月25日前报送全年工作总结。"),
    ("p", "联系人：县工业和信息化局轻纺股 韩雪梅，电话：0394-4281562，邮箱：tkfz2024@example.cn；"
          "县纺织服装产业发展服务中心 吕建平，电话：0394-4263307。"),
]
TK_ATT_LINE = "附件：2024年纺织服装优供给促升级活动任务分解表"
TK_DATE = "2024年3月20日"
TK_PUBLIC = "（此件主动公开）"
TK_TABLE_TITLE = "2024年纺织服装优供给促升级活动任务分解表"
TK_TABLE = [
    ["序号", "重点任务", "主要内容", "牵头单位", "配合单位", "完成时限"],
    ["1", "纺纱织造提质", "完成技术改造项目10个；组织数字化转型现场观摩会", "县工业和信息化局", "县产业集聚区管委会",
     "2024年12月"],
    ["2", "质量安全提升", "质量抽检不少于80批次；消防安全专项检查", None, "县市场监督管理局、县消防救援大队",
     "2024年8月"],
    ["3", "服装加工扩容", "新建就业帮扶车间5个，吸纳就业不少于600人", "常营镇、逊母口镇人民政府",
     "县纺织服装产业发展服务中心", "2024年10月"],
    ["4", "技能人才培训", "职业技能培训不少于20期；专场招聘会2场", "县人力资源和社会保障局", "县纺织服装行业商会",
     "2024年11月"],
    ["5", "品牌和市场拓展", "“太康织造”产品推介会；参加展会不少于4场；直播带货", "县商务局", None, "2024年12月"],
]
TK_CC = "抄送：县人民政府办公室，县发展和改革委员会，县财政局，县市场监督管理局。"
TK_PRINT = ("太康县工业和信息化局办公室", "2024年3月21日印发")
FIXED_ZIP_TIME = (2024, 3, 21, 9, 30, 0)


def _rezip(path, when):
    """Rewrite a zip with fixed member timestamps (python-docx stamps the current time)."""
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def _chunks(text, seed):
    """Split a paragraph's text into pieces the way Word leaves runs after editing (sometimes inside a word)."""
    out, i, k = [], 0, seed
    while i < len(text):
        k = (k * 7 + 3) % 11
        n = 4 + k
        out.append(text[i:i + n])
        i += n
    return out


def make_taikang():
    import datetime
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.title = "太工信〔2024〕12号"
    cp.author = "轻纺股"
    cp.last_modified_by = "tkgxj"
    cp.created = datetime.datetime(2024, 3, 19, 16, 2, 0)
    cp.modified = datetime.datetime(2024, 3, 21, 9, 12, 0)
    cp.revision = 7
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    RED = RGBColor(0xE6, 0x00, 0x12)

    def para(text, size=16, bold=False, color=None, align=None, indent=True, font=None, seed=1, split=True):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(28)
        pf.space_before = pf.space_after = Pt(0)
        if indent:
            pf.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align
        pieces = _chunks(text, seed) if split else [text]
        for j, piece in enumerate(pieces):
            r = p.add_run(piece)
            r.font.size = Pt(size)
            r.bold = bold
            if color is not None:
                r.font.color.rgb = color
            if font:
                r.font.name = font
                r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
            if split and j % 3 == 1:
                r._element.rPr.append(OxmlElement("w:noProof"))
            if split and j % 4 == 2 and j + 1 < len(pieces):
                pe = OxmlElement("w:proofErr")
                pe.set(qn("w:type"), "gramStart")
                p._p.append(pe)
        return p

    # letter-head: three issuers stacked, red, with 文件 beside them (a borderless two-column table)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = head.rows[0].cells
    left.width, right.width = Cm(11.5), Cm(4.0)
    left.paragraphs[0].text = ""
    for k, name in enumerate(TK_ISSUERS):
        p = left.paragraphs[0] if k == 0 else left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        r.font.size, r.font.color.rgb, r.bold = Pt(24), RED, True
        r.font.name = "方正小标宋简体"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "方正小标宋简体")
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = rp.add_run("文件")
    r.font.size, r.font.color.rgb, r.bold = Pt(42), RED, True
    tcPr = right._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcPr.append(va)
    para("", indent=False, split=False)
    p = para(TK_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, split=False)
    # red rule under the 文号 (a bottom paragraph border)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "24"), ("space", "6"), ("color", "E60012")):
        bottom.set(qn("w:" + k), v)
    bdr.append(bottom)
    pPr.append(bdr)
    para("", indent=False, split=False)
    para(TK_TITLE, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font="方正小标宋简体", seed=2)
    para("", indent=False, split=False)
    para(TK_TO, indent=False, seed=3)
    for k, (style, text) in enumerate(TK_BODY):
        if style == "h1":
            para(text, font="黑体", seed=k, split=False)
        else:
            para(text, seed=k + 4)
    para("", indent=False, split=False)
    para(TK_ATT_LINE, seed=5)
    para("", indent=False, split=False)
    sig = doc.add_table(rows=1, cols=3)
    for c, name in zip(sig.rows[0].cells, TK_ISSUERS):
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.paragraphs[0].add_run(name).font.size = Pt(14)
    para(TK_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, split=False)
    para(TK_PUBLIC, indent=True, split=False)
    # landscape section for the attachment
    from docx.enum.section import WD_SECTION
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin, new.left_margin, new.right_margin = Cm(2.8), Cm(2.6), Cm(3.7), Cm(3.5)
    para("附件", font="黑体", indent=False, split=False)
    para(TK_TABLE_TITLE, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font="方正小标宋简体",
         split=False)
    t = doc.add_table(rows=len(TK_TABLE), cols=6)
    t.style = "Table Grid"
    for i, row in enumerate(TK_TABLE):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(i, j)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = cell.paragraphs[0].add_run(val)
            rr.font.size = Pt(12)
            rr.bold = i == 0
    for i, row in enumerate(TK_TABLE):
        for j, val in enumerate(row):
            if val is None:
                t.cell(i - 1, j).merge(t.cell(i, j))  # vertical merge: the text stays in the upper cell
    para("", indent=False, split=False)
    # 版记: a two-row table ruled above, between and below
    bj = doc.add_table(rows=2, cols=2)
    bj.cell(0, 0).merge(bj.cell(0, 1))
    bj.cell(0, 0).paragraphs[0].add_run(TK_CC).font.size = Pt(14)
    bj.cell(1, 0).paragraphs[0].add_run(TK_PRINT[0]).font.size = Pt(14)
    p2 = bj.cell(1, 1).paragraphs[0]
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p2.add_run(TK_PRINT[1]).font.size = Pt(14)
    tblPr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "12"), ("insideH", "4"), ("bottom", "12")):
        el = OxmlElement("w:" + edge)
        for k, v in (("val", "single"), ("sz", sz), ("space", "0"), ("color", "000000")):
            el.set(qn("w:" + k), v)
        borders.append(el)
    tblPr.append(borders)
    # footer: "— PAGE —" as a field, in both sections
    for s in doc.sections:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("— ")
        r1 = fp.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r1._element.append(b)
        r2 = fp.add_run()
        ins = OxmlElement("w:instrText")
        ins.set(qn("xml:space"), "preserve")
        ins.text = "PAGE"
        r2._element.append(ins)
        r3 = fp.add_run()
        e_ = OxmlElement("w:fldChar")
        e_.set(qn("w:fldCharType"), "end")
        r3._element.append(e_)
        fp.add_run(" —")
    path = os.path.join(DOCS, TK_FILE)
    doc.save(path)
    _rezip(path, FIXED_ZIP_TIME)


# ---------------------------------------------------------------------------------------------------------------
# 3. 郑州 (2024): an industry association's notice to its members, printed to PDF, with a sign-up form page (.pdf)
# ---------------------------------------------------------------------------------------------------------------
ZZ_FILE = "zhengzhou-2024-apparel-association-notice.pdf"
ZZ_ASSOC = "郑州市服装行业协会"
ZZ_NO = "郑服协〔2024〕17号"
ZZ_TITLE = "关于组织会员企业参加2024年服装优供给促升级系列活动的通知"
ZZ_BODY = [
    ("to", "各会员单位："),
    ("p", "根据国家和省、市关于纺织服装优供给促升级活动的部署，为帮助会员企业拓市场、稳订单、提品质，经协会第六届理事会"
          "第四次会议研究，决定组织会员企业参加以下系列活动。现将有关事项通知如下："),
    ("h", "一、“郑州女裤”秋冬新品订货会"),
    ("p", "时间：2024年8月8日至10日。"),
    ("p", "地点：二七区服装产业园展示中心。"),
    ("p", "内容：秋冬新品静态展示、品牌走秀和采购商洽谈。每家参展企业安排一个标准展位，限60家，额满为止。"),
    ("h", "二、服装版型数字化与柔性快反培训"),
    ("p", "时间：2024年7月，共2期，每期限80人。"),
    ("p", "内容：三维虚拟样衣、智能排料和小单快反生产组织，由协会邀请行业专家和数字化服务商现场讲解。"),
    ("h", "三、2024中国国际服装服饰博览会（秋季）"),
    ("p", "时间：2024年9月（具体日期以主办方通知为准）。"),
    ("p", "协会统一搭建“郑州女裤”展区，展位费由参展企业承担50%，其余部分由协会承担；展品运输和人员差旅由企业自理。"),
    ("h", "四、纺织服装“源头工厂”直播周"),
    ("p", "时间：2024年10月14日至20日。"),
    ("p", "地点：中原区服装电商直播基地。"),
    ("p", "形式：“工厂直播+产业带专场”，每家企业直播不少于3场，协会统一提供直播间并组织主播培训。"),
    ("h", "五、有关要求"),
    ("p", "（一）请有意参加的会员单位于2024年7月5日前填写报名表（见附件），加盖公章后发送至协会邮箱zzfx2024@example.cn。"),
    ("p", "（二）参展和直播产品须附产品合格证，吊牌如实标注纤维成分和含量、号型及洗涤方法，不得以次充好、以假充真。"),
    ("p", "（三）各项活动结束后7日内，请参加企业将订单和成交情况报协会会员部。"),
    ("p", "联系人：协会秘书处 郭晓燕，电话：0371-68952417；协会会员部 任志刚，电话：0371-68952430。"),
    ("gap", ""),
    ("p", "附件：2024年服装优供给促升级系列活动报名表"),
    ("gap", ""),
    ("sign", ZZ_ASSOC),
    ("sign", "2024年6月18日"),
]
ZZ_FORM_TITLE = "2024年服装优供给促升级系列活动报名表"
ZZ_FORM_ACTS = ["□“郑州女裤”秋冬新品订货会", "□服装版型数字化与柔性快反培训", "□中国国际服装服饰博览会（秋季）",
                "□纺织服装“源头工厂”直播周"]
ZZ_FORM_NOTE = "注：报名表请于2024年7月5日前发送至协会邮箱，逾期视为自动放弃。"
NOHEAD = set("，。；：、）》”％·")
NOTAIL = set("“《（")


def _wrap(text, font, size, width):
    """Greedy line filling; Latin runs (numbers, e-mail) stay whole; no closing mark starts a line."""
    from reportlab.pdfbase import pdfmetrics
    lines, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z@._%\-]+|.", text):
        if pdfmetrics.stringWidth(cur + tok, font, size) > width and tok[0] not in NOHEAD and cur:
            carry = ""
            while cur and cur[-1] in NOTAIL:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = carry + tok
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


def make_zhengzhou():
    import math
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    path = os.path.join(DOCS, ZZ_FILE)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("郑服协17号 优供给促升级系列活动（发会员）")
    c.setAuthor("Administrator")
    c.setCreator("Microsoft® Word 2016")
    W, H = A4
    LM, RM, TOP, BOT = 80, 76, 96, 96
    RED = (0.86, 0.05, 0.1)
    TOTAL = 3
    st = {"page": 1, "y": H - TOP}

    def footer():
        # the footer is written first on each page, so a text layer gives it before the page's own text
        c.setFont("WQY", 10.5)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(W / 2, 48, "第 %d 页 共 %d 页" % (st["page"], TOTAL))

    def newpage():
        c.showPage()
        st["page"] += 1
        st["y"] = H - TOP
        footer()

    def line(text, size=15.5, lead=28, x=None, centre=False, right=False, color=(0, 0, 0)):
        if st["y"] < BOT:
            newpage()
        c.setFont("WQY", size)
        c.setFillColorRGB(*color)
        if centre:
            c.drawCentredString(W / 2, st["y"], text)
        elif right:
            c.drawRightString(W - RM - 40, st["y"], text)
        else:
            c.drawString(LM if x is None else x, st["y"], text)
        st["y"] -= lead

    footer()
    # letter-head: the association's name in red over a red double rule, the number below it on the left
    c.setFont("WQY", 30)
    c.setFillColorRGB(*RED)
    c.drawCentredString(W / 2, H - 92, ZZ_ASSOC)
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(2.2)
    c.line(LM - 6, H - 112, W - RM + 6, H - 112)
    c.setLineWidth(0.8)
    c.line(LM - 6, H - 117, W - RM + 6, H - 117)
    st["y"] = H - 146
    line(ZZ_NO, size=15.5, right=True)
    st["y"] -= 10
    for t in _wrap(ZZ_TITLE, "WQY", 20, W - LM - RM - 40):
        line(t, size=20, lead=32, centre=True)
    st["y"] -= 10
    width = W - LM - RM
    for style, text in ZZ_BODY:
        if style == "gap":
            st["y"] -= 14
        elif style == "to":
            line(text)
        elif style == "sign":
            line(text, right=True)
        else:
            first = "　　" + text
            for t in _wrap(first, "WQY", 15.5, width):
                line(t)
    # an electronic seal over the signature: a red ring with the association's name around it
    cx, cy, r = W - RM - 110, st["y"] + 50, 48
    c.setStrokeColorRGB(*RED)
    c.setFillColorRGB(*RED)
    c.setLineWidth(2.4)
    c.circle(cx, cy, r)
    c.setFont("WQY", 11)
    chars = ZZ_ASSOC
    n = len(chars)
    for k, ch in enumerate(chars):
        ang = math.radians(200 - k * (220 / (n - 1)))
        c.saveState()
        c.translate(cx + (r - 13) * math.cos(ang), cy + (r - 13) * math.sin(ang))
        c.rotate(math.degrees(ang) - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.setFont("WQY", 22)
    c.drawCentredString(cx, cy - 8, "★")
    # page 3: the sign-up form
    newpage()
    line("附件", size=15.5)
    st["y"] -= 6
    line(ZZ_FORM_TITLE, size=19, lead=40, centre=True)
    x0, x1 = LM - 10, W - RM + 10
    col = [x0, x0 + 105, x0 + 250, x0 + 355, x1]
    rows = [
        ("企业名称", "", "统一社会信用代码", ""),
        ("联系人", "", "手机", ""),
        ("拟参加活动（请打“√”）", ZZ_FORM_ACTS, None, None),
        ("展位需求", "□标准展位　　□不需要", None, None),
        ("参训人数", "", None, None),
        ("备注", "", None, None),
    ]
    y = st["y"] + 18
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    for label, v1, l2, v2 in rows:
        if isinstance(v1, list):
            h = 26 * len(v1) + 12
        else:
            h = 40
        c.rect(x0, y - h, x1 - x0, h)
        c.line(col[1], y, col[1], y - h)
        c.setFont("WQY", 12)
        lab = _wrap(label, "WQY", 12, col[1] - col[0] - 10)
        for k, t in enumerate(lab):
            c.drawString(col[0] + 6, y - h / 2 + 6 - k * 16 + (len(lab) - 1) * 8, t)
        if l2 is not None:
            c.line(col[2], y, col[2], y - h)
            c.line(col[3], y, col[3], y - h)
            c.drawString(col[2] + 6, y - h / 2 - 4, l2)
        elif isinstance(v1, list):
            for k, t in enumerate(v1):
                c.drawString(col[1] + 10, y - 24 - k * 26, t)
        elif v1:
            c.drawString(col[1] + 10, y - h / 2 - 4, v1)
        y -= h
    c.setFont("WQY", 12)
    c.drawString(x0, y - 24, ZZ_FORM_NOTE)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 4. 安庆 (2025): a 印发 notice with its 行动方案, as the plain-text version ("纯文本版") offered for download on the
#    bureau's page: lines hard-wrapped as on the printed pages, page numbers and form feeds between pages, the
#    attachment table drawn with box characters (.txt)
# ---------------------------------------------------------------------------------------------------------------
AQ_FILE = "anqing-2025-textile-apparel-action-plan.txt"
AQ_ISSUERS = ["安庆市经济和信息化局", "安庆市商务局"]
AQ_NO = "宜经信消费〔2025〕31号"
AQ_TITLE = "安庆市经济和信息化局 安庆市商务局关于印发《安庆市2025年纺织服装优供给促升级行动方案》的通知"
AQ_PLAN = "安庆市2025年纺织服装优供给促升级行动方案"
AQ_COVER = [
    ("to", "各县（市、区）经济和信息化局、商务局，安庆经济技术开发区、安庆高新技术产业开发区经济发展局，"
           "市纺织服装行业协会，市纺织服装产业发展服务中心："),
    ("p", "为深入推进纺织服装增品种、提品质、创品牌，落实国家和省关于纺织服装优供给促升级活动的部署，市经济和信息化局、"
          "市商务局制定了《" + AQ_PLAN + "》，现印发给你们，请结合实际认真组织实施。"),
    ("p", "联系人：市经济和信息化局消费品工业科 方丽娟，电话：0556-5356218，邮箱：aqfz2025@example.cn；"
          "市纺织服装产业发展服务中心 孙洪涛，电话：0556-5372941。"),
    ("blank", ""),
    ("sign", "安庆市经济和信息化局　　　　安庆市商务局"),
    ("sign", "2025年3月12日"),
    ("blank", ""),
    ("p", "（此件公开发布）"),
]
AQ_BODY = [
    ("title", AQ_PLAN),
    ("blank", ""),
    ("p", "为推动全市纺织服装产业高端化、智能化、绿色化发展，扩大优质供给，促进消费升级，制定本方案。"),
    ("p", "一、行动目标"),
    ("p", "到2025年底，全年组织开展各类活动不少于15场；全市规模以上纺织服装企业营业收入增长7%以上；新增省级绿色工厂"
          "3家；培育年网络零售额超千万元的纺织服装企业10家。"),
    ("p", "二、重点行动"),
    ("p", "（一）智能化改造行动"),
    ("p", "1．推动望江经济开发区纺织企业实施智能化改造项目8个，推广自动络筒、智能仓储和生产执行系统（MES）。"),
    ("p", "2．2025年4月在望江县召开纺织服装数字化转型现场推进会。"),
    ("p", "（二）特色产品培育行动"),
    ("p", "1．支持怀宁县发展功能性面料和产业用纺织品，宿松县发展家居服饰和针织内衣。"),
    ("p", "2．组织企业参加中国国际纺织面料及辅料博览会等专业展会不少于5场。"),
    ("p", "（三）品牌消费行动"),
    ("p", "1．2025年5月至9月开展“安庆好衣”消费季，组织商场、电商平台联合开展新品首发和让利促销。"),
    ("p", "2．2025年6月在望江县举办纺织服装“源头工厂”直播周，由市纺织服装产业发展服务中心组织企业开展工厂直播。"),
    ("p", "（四）绿色发展行动"),
    ("p", "1．在怀宁县、潜山市推进印染企业清洁生产审核4家，2025年8月在怀宁县召开印染清洁生产审核培训会。"),
    ("p", "2．在主城区设立废旧纺织品回收点不少于120个，探索“互联网+回收”模式。"),
    ("p", "（五）外贸拓展行动"),
    ("p", "1．组织企业参加中国进出口商品交易会、中国华东进出口商品交易会等境内外展会不少于6场。"),
    ("p", "2．2025年9月在安庆经济技术开发区举办跨境电商培训2期，每期不少于50人。"),
    ("p", "三、保障措施"),
    ("p", "（一）加强统筹。市经济和信息化局负责方案的统筹推进，市商务局负责品牌消费和外贸拓展行动，市纺织服装行业协会"
          "负责组织企业参展。"),
    ("p", "（二）按时报送。各县（市、区）经济和信息化局要于2025年3月31日前报送本地区实施方案，于2025年7月4日前报送"
          "上半年进展，于2025年12月5日前报送全年总结。"),
    ("p", "（三）做好服务。市纺织服装产业发展服务中心负责活动信息汇总、企业需求收集和直播周组织工作。"),
    ("blank", ""),
    ("p", "附件：2025年纺织服装优供给促升级重点活动安排表"),
]
AQ_TABLE_TITLE = "2025年纺织服装优供给促升级重点活动安排表"
AQ_TABLE = [
    ["序号", "活动名称", "时间", "地点", "责任单位"],
    ["1", "纺织服装数字化转型现场推进会", "4月", "望江县", "市经济和信息化局"],
    ["2", "“安庆好衣”消费季", "5—9月", "全市", "市商务局"],
    ["3", "纺织服装“源头工厂”直播周", "6月", "望江县", "市纺织服装产业发展服务中心"],
    ["4", "印染清洁生产审核培训会", "8月", "怀宁县", "市经济和信息化局"],
    ["5", "跨境电商培训（2期）", "9月", "安庆经济技术开发区", "市商务局"],
]
AQ_CC = "抄送：市人民政府办公室，市发展和改革委员会，市市场监督管理局。"
AQ_PRINT = "安庆市经济和信息化局办公室　　　　　　2025年3月13日印发"
AQ_COLS = 56           # display columns of a printed line (a CJK character counts 2)
AQ_LINES = 27          # lines of text on a page
AQ_CELL = [4, 16, 6, 12, 14]   # display widths of the table's columns


def _dw(s):
    return sum(2 if ord(ch) > 0x2E80 or ch in "“”—…" else 1 for ch in s)


def _hard_wrap(text, width, indent=""):
    """Wrap at a display width; a closing mark never starts a line; Latin runs stay whole."""
    lines, cur = [], indent
    for tok in re.findall(r"[0-9A-Za-z@._%\-]+|.", text):
        if _dw(cur + tok) > width and tok[0] not in NOHEAD and cur.strip():
            lines.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


def _box_table(rows, widths):
    def cell_lines(s, w):
        out, cur = [], ""
        for ch in s:
            if _dw(cur + ch) > w:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
        return out

    def rule(l, m, r):
        return l + m.join("─" * (w // 2) for w in widths) + r

    out = [rule("┌", "┬", "┐")]
    for i, row in enumerate(rows):
        cols = [cell_lines(v, w) for v, w in zip(row, widths)]
        h = max(len(c) for c in cols)
        for k in range(h):
            parts = []
            for c, w in zip(cols, widths):
                s = c[k] if k < len(c) else ""
                parts.append(s + "　" * ((w - _dw(s)) // 2) + " " * ((w - _dw(s)) % 2))
            out.append("│" + "│".join(parts) + "│")
        out.append(rule("├", "┼", "┤") if i + 1 < len(rows) else rule("└", "┴", "┘"))
    return out


def make_anqing():
    pages, cur = [], []

    def emit(line_):
        cur.append(line_)
        if len(cur) == AQ_LINES:
            pages.append(cur[:])
            cur.clear()

    def flush():
        if cur:
            pages.append(cur[:])
            cur.clear()

    def centre(s):
        return " " * max(0, (AQ_COLS - _dw(s)) // 2) + s

    emit(" " * 8 + AQ_ISSUERS[0])
    emit(" " * 8 + AQ_ISSUERS[1] + "　" * 8 + "文件")
    emit("")
    emit(centre(AQ_NO))
    emit("━" * (AQ_COLS // 2))
    for t in _hard_wrap(AQ_TITLE, AQ_COLS - 8):
        emit(centre(t))
    emit("")

    def body(items):
        for style, text in items:
            if style == "blank":
                emit("")
            elif style == "to":
                for t in _hard_wrap(text, AQ_COLS):
                    emit(t)
            elif style == "sign":
                emit(" " * (AQ_COLS - _dw(text) - 4) + text)
            elif style == "title":
                for t in _hard_wrap(text, AQ_COLS - 8):
                    emit(centre(t))
            else:
                for t in _hard_wrap(text, AQ_COLS, indent="　　"):
                    emit(t)

    body(AQ_COVER)
    flush()
    body(AQ_BODY)
    flush()
    emit("附件")
    emit("")
    emit(centre(AQ_TABLE_TITLE))
    emit("")
    for t in _box_table(AQ_TABLE, AQ_CELL):
        emit(t)
    emit("─" * (AQ_COLS // 2))
    emit(AQ_CC)
    emit("─" * (AQ_COLS // 2))
    emit(AQ_PRINT)
    emit("─" * (AQ_COLS // 2))
    flush()
    out = []
    for n, pg in enumerate(pages, 1):
        out.extend(pg)
        out.append("")
        out.append(centre("— %d —" % n))
        if n < len(pages):
            out.append("\f")
    text = "\n".join(l.rstrip(" ") for l in out).replace("\n\f\n", "\n\f")
    with open(os.path.join(DOCS, AQ_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(text + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    make_binzhou()
    make_taikang()
    make_zhengzhou()
    make_anqing()


if __name__ == "__main__":
    main()

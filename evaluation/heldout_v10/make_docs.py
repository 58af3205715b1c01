#!/usr/bin/env python3
"""Generate the four FICTIONAL local documents of heldout_v10 into docs/ (adapted from heldout_v9/make_docs.py).

See README.md and docs/README.md for what each file is and which format quirk it carries. Everything in them
(units' offices, people, phones, e-mails @example.cn, events, numbers) is invented.
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 天津 2024 (.docx, heading styles, task table,
# the 文号 only in the page header)
TJ_NO = "津工信消费〔2024〕21号"
TJ_HEADER = "天津市工业和信息化局　天津市商务局　　　　" + TJ_NO
TJ_TITLE = ("天津市工业和信息化局 天津市商务局关于印发《天津市纺织服装优供给促升级实施方案（2024—2025年）》的通知")
TJ_COVER = [
    "各区工业和信息化主管部门、商务主管部门，市纺织服装行业协会，各有关企业：",
    "　　为推动我市纺织服装产业提质升级，扩大优质时尚产品供给，现将《天津市纺织服装优供给促升级实施方案"
    "（2024—2025年）》印发给你们，请结合实际认真贯彻落实。",
]
TJ_SIGN = ["天津市工业和信息化局", "天津市商务局", "2024年4月22日"]
TJ_PLAN_TITLE = "天津市纺织服装优供给促升级实施方案（2024—2025年）"
# (style, text): h1 = Heading 1, h2 = Heading 2, p = Normal body paragraph, table = the task table
TJ_PLAN = [
    ("p", "　　为加快建设现代纺织服装产业体系，打造“津派”时尚品牌，扩大纺织服装优质供给，制定本方案。"),
    ("h1", "一、总体目标"),
    ("p", "　　到2025年底，全市纺织服装规模以上企业营业收入年均增长6%以上，培育“津派”服饰品牌12个，"
          "建成纺织服装智能工厂和数字化车间8个，新增国家级绿色工厂3家。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）推进智能化绿色化改造"),
    ("p", "　　1. 支持西青区、武清区纺织服装企业实施智能化改造，2024年实施技术改造项目不少于15个。"),
    ("p", "　　2. 推动企业绿色转型："),
    ("p", "　　(1) 支持印染企业应用少水无水染色技术，2025年单位产品取水量比2023年下降5%；"),
    ("p", "　　(2) 在和平区、河西区、南开区布设废旧衣物回收点不少于400个，培育废旧纺织品综合利用企业2家。"),
    ("h2", "（二）打造“津派”时尚品牌"),
    ("p", "　　1. 2024年9月在海河意式风情区举办“津派时尚周”，集中发布本土品牌新品。"),
    ("p", "　　2. 支持企业将天津地毯、杨柳青年画等非遗元素融入服装和家纺设计，开发非遗联名产品不少于30款。"),
    ("p", "　　3. 举办“津门杯”服装设计大赛，面向京津冀高校和设计机构征集作品。"),
    ("h2", "（三）扩大时尚消费"),
    ("p", "　　1. 2024年6月在滨江道、五大道商圈开展“海河服饰消费节”，组织品牌企业集中促销。"),
    ("p", "　　2. 支持企业发展直播电商，2024年培育服装直播基地2个。"),
    ("h2", "（四）拓展国内国际市场"),
    ("p", "　　1. 依托天津港和滨海新区跨境电商综合试验区，支持服装企业建设海外仓，2025年底前海外仓达到10个。"),
    ("p", "　　2. 组织企业参加中国国际纺织面料及辅料博览会，对接京津冀产业链上下游企业。"),
    ("h1", "三、任务分工"),
    ("p", "　　重点任务分工见下表。"),
    ("table", [("牵头单位", "重点任务", "完成时限"),
               ("市工业和信息化局", "实施技术改造项目15个", "2024年12月底"),
               ("市工业和信息化局、市生态环境局", "印染企业节水改造", "2025年6月底"),
               ("各区人民政府", "布设废旧衣物回收点400个", "2024年10月底"),
               ("市纺织服装行业协会", "举办“津派时尚周”", "2024年9月"),
               ("市商务局", "开展“海河服饰消费节”", "2024年6月"),
               ("市商务局", "海外仓达到10个", "2025年12月底")]),
    ("h1", "四、保障措施"),
    ("h2", "（一）加强统筹协调"),
    ("p", "　　建立市工业和信息化局、市商务局牵头的工作协调机制，每季度召开一次调度会。"),
    ("h2", "（二）强化要素支持"),
    ("p", "　　统筹用好市级工业和信息化发展专项资金，对符合条件的技术改造项目按规定给予支持。"),
    ("h2", "（三）做好跟踪评估"),
    ("p", "　　1. 各区于每季度末月25日前报送工作进展，2024年12月15日前报送年度工作总结。"),
    ("p", "　　2. 市纺织服装行业协会于2024年8月20日前汇总“津派时尚周”参展品牌名单。"),
    ("p", "　　联系人：市工业和信息化局消费品工业处 王立新，电话：022-23135716，电子邮箱：tjfz2024@example.cn；"
          "市纺织服装行业协会 赵春华，电话：022-27311508。"),
]


def make_tianjin():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = Document()
    hdr = d.sections[0].header
    hdr.is_linked_to_previous = False
    hdr.paragraphs[0].text = TJ_HEADER
    p = d.add_paragraph(TJ_TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(18)
    for s in TJ_COVER:
        d.add_paragraph(s)
    d.add_paragraph("")
    for s in TJ_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("（此件主动公开）")
    d.add_page_break()
    t = d.add_heading(TJ_PLAN_TITLE, level=0)   # style "Title"
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, val in TJ_PLAN:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "table":
            tbl = d.add_table(rows=len(val), cols=3)
            tbl.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    tbl.cell(r, c).text = cell
        else:
            d.add_paragraph(val)
    d.core_properties.title = TJ_PLAN_TITLE
    d.core_properties.author = "fictional"
    d.core_properties.comments = "FICTIONAL document generated for evaluation (heldout_v10)"
    d.save(os.path.join(OUT, "tianjin-2024-textile-apparel-implementation-plan.docx"))


# ---------------------------------------------------------------- 庆阳 (甘肃) 2024 (.pdf, hard-wrapped lines)
QY_NO = "庆工信发〔2024〕21号"
QY_TITLE = ["庆阳市工业和信息化局 庆阳市商务局", "关于开展2024年香包刺绣和服装产业", "优供给促升级活动的通知"]
# ("h", text): heading on its own line, no punctuation; ("p", text): body paragraph, hard-wrapped, no indent
QY_BODY = [
    ("p", "各县（区）工业和信息化局、商务局，庆阳经济技术开发区管委会，市香包刺绣行业协会："),
    ("p", "为推动我市香包刺绣和纺织服装产业高质量发展，扩大特色产品供给，促进城乡妇女就业增收，决定2024年在全市"
          "开展香包刺绣和服装产业优供给促升级活动。现将有关事项通知如下："),
    ("h", "一、活动目标"),
    ("p", "到2024年底，全市香包刺绣产品销售额比2023年增长15%，培育年销售额超千万元的香包刺绣企业10家，"
          "带动城乡妇女居家灵活就业3万人。"),
    ("h", "二、重点任务"),
    ("h", "（一）提升香包刺绣产品品质"),
    ("p", "1. 制定香包刺绣产品团体标准2项，规范用料、针法和包装标识。"),
    ("p", "2. 在西峰区、庆城县建设香包刺绣设计研发中心2个，开发香包刺绣文创新品不少于300款。"),
    ("h", "（二）承接服装产业转移"),
    ("p", "1. 依托西峰工业园区，承接东部地区服装加工转移项目不少于5个。"),
    ("p", "2. 推动转移项目与本地刺绣企业协作："),
    ("p", "(1) 开发刺绣元素休闲服饰系列不少于10个；"),
    ("p", "(2) 开展服装缝制技能培训不少于20期。"),
    ("h", "（三）拓展线上线下销售"),
    ("p", "1. 2024年6月举办庆阳香包民俗文化节，设立服装和刺绣新品展区。"),
    ("p", "2. 在环县、华池县建设电商直播间20个，开展“陇东绣品”直播带货活动。"),
    ("p", "3. 组织企业参加中国兰州投资贸易洽谈会，设立香包刺绣展销专区。"),
    ("h", "（四）强化人才支撑"),
    ("p", "1. 开展“庆阳巧手绣娘”评选，2024年评选100名。"),
    ("p", "2. 支持职业院校开设刺绣设计专业方向，推动校企共建实训基地。"),
    ("h", "三、工作要求"),
    ("p", "（一）各县（区）于2024年3月31日前将本地活动方案报送市工业和信息化局消费品工业科。"),
    ("p", "（二）各县（区）于2024年6月30日前报送上半年工作进展，2024年12月5日前报送全年工作总结，"
          "同时抄送市商务局市场运行科。"),
    ("p", "（三）拟参加香包民俗文化节服装和刺绣新品展区的企业名单于2024年5月15日前报送市香包刺绣行业协会。"),
    ("p", "（四）市香包刺绣行业协会负责“庆阳巧手绣娘”评选的具体组织工作。"),
    ("p", "联系人：市工业和信息化局消费品工业科 马丽娟，电话：0934-8212675，电子邮箱：qyxb2024@example.cn；"
          "市商务局市场运行科 杜文斌，电话：0934-8216093。"),
]
QY_SIGN = ["庆阳市工业和信息化局", "庆阳市商务局", "2024年3月12日"]
QY_WIDTH = 15.4          # cm per hard-wrapped line


NO_LINE_START = "。，、；：？！）》”’%"
TOKEN = re.compile(r"[A-Za-z0-9@.\-]+|.")


def wrap(text, width, measure=None):
    """Hard-wrap like a word processor's 'save with line breaks': ASCII runs (numbers, phones, e-mails) stay
    whole, closing punctuation never starts a line, but Chinese words are cut wherever the line is full."""
    measure = measure or (lambda s: sum(1 if ord(ch) < 128 else 2 for ch in s))
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if cur and measure(cur + tok) > width and tok not in NO_LINE_START:
            lines.append(cur)
            cur = tok
        else:
            cur += tok
    return lines + [cur] if cur or not lines else lines


def make_qingyang():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    width, height = A4
    left, top, bottom, leading = 2.8 * cm, height - 3.0 * cm, 2.8 * cm, 25
    lines = [("c", QY_NO), ("", "")] + [("t", s) for s in QY_TITLE] + [("", "")]
    for kind, text in QY_BODY:
        if kind == "h":
            lines.append(("l", text))
        else:
            lines += [("l", s) for s in wrap(text, QY_WIDTH * cm, lambda t: pdfmetrics.stringWidth(t, "WQY", 16))]
    lines += [("", "")] + [("r", s) for s in QY_SIGN]
    c = canvas.Canvas(os.path.join(OUT, "qingyang-2024-sachet-embroidery-notice.pdf"), pagesize=A4)
    c.setTitle("".join(QY_TITLE))
    c.setAuthor("fictional")
    page, y = 1, top

    def footer():
        c.setFont("WQY", 12)
        c.drawCentredString(width / 2, 1.8 * cm, f"— {page} —")

    for kind, text in lines:
        if y < bottom:
            footer()
            c.showPage()
            page, y = page + 1, top
        size = 20 if kind == "t" else 16
        c.setFont("WQY", size)
        if kind in ("c", "t"):
            c.drawCentredString(width / 2, y, text)
        elif kind == "r":
            c.drawRightString(width - 3.6 * cm, y, text)
        elif text:
            c.drawString(left, y, text)
        y -= leading + (6 if kind == "t" else 0)
    footer()
    c.save()


# ---------------------------------------------------------------- 湖南 2023 (.html, 转发 with a local cover,
# body in <div>s, full-width indentation, attachment list at the bottom)
HN_NO = "湘工信消费〔2023〕96号"
NAT_TITLE = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
HN_TITLE = f"湖南省工业和信息化厅 湖南省商务厅关于转发《{NAT_TITLE}》的通知"
HN_DIVS = [
    HN_NO,
    "各市州工业和信息化局、商务局，省纺织行业协会、省服装行业协会：",
    f"　　现将《{NAT_TITLE}》（工信厅联消费函〔2023〕87号）转发给你们，请结合实际认真抓好落实，",
    "并就有关事项通知如下：",           # a CMS split: the sentence continues in a second <div>
    "　　一、突出湖南特色组织活动",
    "　　（一）擦亮湘绣品牌",
    "　　1. 支持长沙市、湘潭市湘绣企业开发湘绣服饰和家居产品，2023年推出湘绣时尚新品不少于100款。",
    "　　2. 2023年9月在长沙举办“湘绣湘服”时尚发布活动。",
    "　　（二）推动苎麻等特色纤维应用",
    "　　1. 支持益阳、岳阳等地企业开发苎麻纺织新产品：",
    "　　(1) 实施苎麻纺织企业技术改造项目不少于8个；",
    "　　(2) 建设苎麻产品检测服务平台1个。",
    "　　2. 推动苎麻面料在夏季服装和家纺产品中的应用。",
    "　　（三）组织开展消费促进",
    "　　1. 2023年5月至10月开展“潮购湖南·服饰消费季”活动，",
    "组织企业进商圈、进社区、进乡镇。",
    "　　2. 组织纺织服装企业参加第三届中国—非洲经贸博览会，拓展非洲市场。",
    "　　二、认真做好组织实施",
    "　　（一）各市州于2023年5月20日前将本地活动方案报送省工业和信息化厅消费品工业处。",
    "　　（二）省纺织行业协会、省服装行业协会做好与中国纺织工业联合会的对接，组织企业参加国家层面活动。",
    "　　（三）各市州于2023年11月30日前报送活动开展情况和典型案例。",
    "　　三、加强宣传推广",
    "　　各市州要利用政务网站、新媒体等渠道宣传活动成效，营造支持纺织服装产业发展的良好氛围。",
    "　　联系人：省工业和信息化厅消费品工业处 彭志刚，电话：0731-88958026，电子邮箱：hnfz2023@example.cn；"
    "省商务厅市场运行和消费促进处 唐晓燕，电话：0731-82295310。",
]
HN_SIGN = ["湖南省工业和信息化厅", "湖南省商务厅", "2023年4月28日"]
HN_ATTACH = [NAT_TITLE + ".pdf", "2023纺织服装“优供给促升级”活动计划表.docx"]


def make_hunan():
    body = "\n".join(f'<div class="TRS_Editor_p">{html.escape(s)}</div>' for s in HN_DIVS)
    sign = "\n".join(f'<div class="sign" style="text-align:right">{html.escape(s)}</div>' for s in HN_SIGN)
    attach = "\n".join(f'<li><a href="./P020230504_{i}{os.path.splitext(a)[1]}">{i}. {html.escape(a)}</a></li>'
                       for i, a in enumerate(HN_ATTACH, 1))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(HN_TITLE)}</title>
<meta name="ArticleTitle" content="{html.escape(HN_TITLE)}">
<meta name="PubDate" content="2023-05-04 10:30">
<meta name="ContentSource" content="消费品工业处">
<style>.TRS_Editor_p{{font-size:16px;line-height:2em;margin:0}} .sign{{margin-top:1em}}</style>
<script>var _pv="content";</script>
</head>
<body>
<div class="header"><div class="logo">湖南省工业和信息化厅</div>
<div class="nav">首页 | 政务公开 | 政策文件 | 办事服务 | 互动交流</div></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="article">
<div class="title">{html.escape(HN_TITLE)}</div>
<div class="info">发布时间：2023-05-04　来源：消费品工业处　浏览次数：<span id="pv">0</span></div>
<div class="content" id="zoom">
{body}
{sign}
</div>
<div class="attach">附件：
<ul>
{attach}
</ul>
</div>
</div>
<div class="footer">主办：湖南省工业和信息化厅　湘ICP备00000000号</div>
</body></html>
"""
    with open(os.path.join(OUT, "hunan-2023-textile-apparel-forwarding-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 淄博 (山东) 2025 (.txt in GB18030, hard-wrapped,
# a 函 between two departments)
ZB_NO = "淄工信函〔2025〕33号"
ZB_TITLE = "淄博市工业和信息化局关于商请共同开展2025年丝绸纺织服装优供给促升级活动的函"
ZB_PARAS = [
    ZB_NO,
    "",
    ZB_TITLE,
    "",
    "市商务局：",
    "　　为推动我市丝绸和纺织服装产业提质升级，扩大优质产品供给，我局拟于2025年在全市组织开展丝绸纺织服装优供给"
    "促升级活动。鉴于活动涉及市场开拓和消费促进，现商请贵局共同组织实施，有关事项函告如下：",
    "　　一、活动目标",
    "　　2025年全市纺织服装规模以上企业营业收入增长7%，丝绸产品出口额增长10%，新增省级以上纺织服装专精特新"
    "企业5家。",
    "　　二、拟共同开展的活动",
    "　　（一）周村丝绸品牌推广",
    "　　1. 2025年5月在周村古商城举办“丝路淄博”丝绸服饰展，由我局负责组织参展企业，商请贵局负责商圈联动和"
    "消费促进。",
    "　　2. 推出丝绸围巾、真丝家居服等“淄博好品”丝绸新品不少于60款。",
    "　　（二）家纺产业链对接",
    "　　1. 组织高青县、桓台县家纺企业与大型商超、连锁零售企业开展产销对接会3场。",
    "　　2. 组织家纺企业参加中国国际家用纺织品及辅料博览会。",
    "　　（三）外贸市场拓展",
    "　　1. 支持丝绸企业开拓东盟、中东欧市场：",
    "　　(1) 组织企业参加境外专业展会不少于5场；",
    "　　(2) 培育丝绸跨境电商品牌3个。",
    "　　2. 商请贵局在外贸主体培育工作中对丝绸企业给予重点支持。",
    "　　（四）废旧纺织品回收利用",
    "　　1. 在张店区开展废旧纺织品回收试点，设置回收网点200个。",
    "　　2. 支持再生纤维企业与回收企业建立稳定合作关系。",
    "　　三、分工建议",
    "　　（一）我局负责活动总体方案制定、企业组织和产业链对接。",
    "　　（二）商请贵局负责展会和产销对接会的市场推广，以及外贸市场拓展工作。",
    "　　（三）市纺织服装行业协会负责“丝路淄博”丝绸服饰展的具体承办。",
    "　　四、其他事项",
    "　　请贵局于2025年3月10日前将意见反馈我局消费品工业科。活动结束后，双方于2025年12月20日前联合形成全年"
    "活动总结报市政府。",
    "　　联系人：市工业和信息化局消费品工业科 孙海燕，电话：0533-3183526，电子邮箱：zbfz2025@example.cn；"
    "市纺织服装行业协会 高建国，电话：0533-6418270。",
    "",
    "　　　　　　　　　　　　　　　　淄博市工业和信息化局",
    "　　　　　　　　　　　　　　　　　　2025年2月26日",
    "",
    "（此件依申请公开）",
]
ZB_WIDTH = 60            # display columns per hard-wrapped line (a Chinese character or full-width space = 2)


def make_zibo():
    lines = []
    for para in ZB_PARAS:
        if para.startswith("　" * 8) or len(para.encode("gb18030")) <= ZB_WIDTH:
            lines.append(para)
        else:
            lines += wrap(para, ZB_WIDTH)
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, "zibo-2025-silk-textile-letter.txt"), "wb") as f:
        f.write(text.encode("gb18030"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_tianjin()
    make_qingyang()
    make_hunan()
    make_zibo()
    print("written to", OUT)

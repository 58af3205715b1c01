#!/usr/bin/env python3
"""Generate the four FICTIONAL local notices of heldout_v7 into docs/.

- shaanxi-2024-textile-apparel-notice.docx        (python-docx; attachment table printed AFTER the sign-off;
                                                    core-properties title left EMPTY: the title is only in the body)
- weifang-2024-home-textile-notice.pdf            (reportlab + WenQuanYi Micro Hei, real text layer, 2 pages)
- heilongjiang-2025-linen-apparel-notice.html     (a saved government web page; its attachment is only a link,
                                                    the attachment itself was not saved)
- danzhai-2025-batik-ethnic-apparel-notice.txt    (plain text, UTF-8 WITH BOM, CRLF line ends)

Everything in them (units, people, phones, e-mails @example.cn, events, numbers) is invented.
Deliberate ambiguities:
  * 文号 number: 黑龙江 黑工信消费发〔2025〕12号 vs 丹寨 丹工信发〔2025〕12号 (same year, same number);
  * contact office: 陕西 2024 and 潍坊 2024 both send reports to, and give a contact in, a
    “纺织服装产业链工作专班办公室” (省 / 市), with an e-mail and a 全年总结 deadline in December.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 陕西 2024 (.docx)
SX_TITLE = "陕西省工业和信息化厅 陕西省商务厅关于开展2024年陕西省纺织服装“优供给促升级”活动的通知"
SX_NO = "陕工信发〔2024〕58号"
SX_TO = "各设区市工业和信息化局、商务局，西咸新区经济发展局，省纺织工业协会："
SX_BODY = [
    ("p", "为贯彻落实国家推动大规模设备更新和消费品以旧换新的部署，巩固我省承接纺织服装产业转移成效，"
          "决定2024年在全省开展纺织服装“优供给促升级”活动。现将有关事项通知如下："),
    ("h", "一、重点任务"),
    ("h", "（一）承接东部产业转移"),
    ("p", "1. 以咸阳、渭南、汉中为重点建设纺织服装承接转移示范园区，2024年全省新引进纺织服装项目不少于20个。"),
    ("p", "2. 2024年5月在西安举办纺织服装产业承接转移对接会，组织园区与东部地区服装、家纺企业开展项目洽谈。"),
    ("h", "（二）推进棉纺印染设备更新"),
    ("p", "1. 支持咸阳、宝鸡等地棉纺企业更新自动络筒、粗细联和智能物流设备，2024年底前完成设备更新项目不少于15个。"),
    ("p", "2. 推动印染企业实施节水和余热回收改造，单位产品取水量较2023年下降5%。"),
    ("h", "（三）擦亮秦绣和丝路服饰品牌"),
    ("p", "1. 推动秦绣、安塞剪纸等非遗元素进入服装和家纺设计，支持老字号服饰企业开设体验店。"),
    ("p", "2. 2024年9月举办“长安丝路”服装设计大赛，评选年度陕西服饰设计新锐。"),
    ("h", "（四）拓展中亚市场"),
    ("p", "1. 依托中欧班列“长安号”，支持企业扩大对哈萨克斯坦、乌兹别克斯坦等中亚国家的服装、家纺出口。"),
    ("p", "2. 组织企业参加丝绸之路国际博览会，在展会期间设立纺织服装专区。"),
    ("h", "二、工作要求"),
    ("p", "（一）各设区市于2024年4月30日前将本地活动方案报送省纺织服装产业链工作专班办公室"
          "（设在省工业和信息化厅消费品工业处）。"),
    ("p", "（二）各设区市于每季度首月10日前报送上季度活动进展，2024年12月10日前报送全年工作总结。"),
    ("p", "（三）省纺织工业协会负责“长安丝路”服装设计大赛的组织实施，并做好全省活动成效统计。"),
    ("p", "联系人：省纺织服装产业链工作专班办公室 刘建华，电话：029-86291734，电子邮箱：snfz2024@example.cn；"
          "省商务厅对外贸易处 王蕾，电话：029-87295613。"),
    ("p", "附件：2024年陕西省纺织服装“优供给促升级”重点活动安排表"),
]
SX_SIGN = ["陕西省工业和信息化厅", "陕西省商务厅", "2024年3月28日"]
SX_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "纺织服装产业承接转移对接会", "2024年5月", "西安市", "省工业和信息化厅、省商务厅"],
    ["2", "棉纺印染设备更新现场推进会", "2024年6月", "咸阳市", "省工业和信息化厅"],
    ["3", "纺织服装企业“长安号”出海行", "2024年7月", "西安国际港务区", "省商务厅"],
    ["4", "“长安丝路”服装设计大赛", "2024年9月", "西安市", "省纺织工业协会"],
    ["5", "秦绣非遗服饰展", "2024年10月", "汉中市", "汉中市工业和信息化局"],
]


def make_shaanxi():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    p = d.add_paragraph(SX_NO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(SX_TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    d.add_paragraph(SX_TO)
    for kind, text in SX_BODY:
        para = d.add_paragraph(text)
        if kind == "h":
            para.runs[0].bold = True
    for s in SX_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    d.add_paragraph("附件")
    d.add_paragraph("2024年陕西省纺织服装“优供给促升级”重点活动安排表").alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=len(SX_TABLE), cols=len(SX_TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(SX_TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    # deliberate: no title in the core properties; the title exists only in the body text
    d.core_properties.title = ""
    d.core_properties.subject = ""
    d.core_properties.author = "fictional"
    d.core_properties.comments = "FICTIONAL document generated for evaluation (heldout_v7)"
    d.save(os.path.join(OUT, "shaanxi-2024-textile-apparel-notice.docx"))


# ---------------------------------------------------------------- 潍坊 2024 (.pdf)
WF_TITLE = "潍坊市工业和信息化局 潍坊市商务局关于开展2024年全市家纺服装优供给促升级活动的通知"
WF_NO = "潍工信发〔2024〕31号"
WF_LINES = [
    ("c", WF_NO),
    ("t", WF_TITLE),
    ("p0", "各县市区、市属各开发区工业和信息化部门、商务主管部门，市纺织服装行业协会："),
    ("p", "为推动我市家纺服装产业高端化、智能化、绿色化发展，扩大优质家纺服装产品供给，"
          "决定2024年在全市开展家纺服装优供给促升级活动。有关事项通知如下："),
    ("h", "一、重点任务"),
    ("h", "（一）家纺产品提质"),
    ("p", "1. 支持高密、昌邑等地家纺企业开发功能性床品、毛巾和窗帘产品，2024年培育“潍坊家纺”精品不少于50个。"),
    ("p", "2. 引导企业对标国际先进标准开展质量比对，提升产品色牢度和尺寸稳定性。"),
    ("h", "（二）印染绿色改造"),
    ("p", "1. 推动昌邑印染企业实施数码印花、冷轧堆染色等低碳工艺改造，2024年完成绿色化改造项目不少于10个。"),
    ("p", "2. 组织不少于20家印染企业开展清洁生产审核。"),
    ("h", "（三）家纺以旧换新"),
    ("p", "1. 2024年10月至12月，在奎文区、寿光市的大型商场组织“家纺换新季”，消费者交回旧床品购买新品可享受折扣。"),
    ("p", "2. 回收的旧床品、旧毛巾交由再生资源回收企业集中分拣，用于再生纤维和填充材料生产。"),
    ("h", "（四）拓展线上渠道"),
    ("p", "1. 支持家纺企业在电商平台开设旗舰店，2024年6月举办“潍坊家纺直播节”。"),
    ("p", "2. 依托高密家纺产业园建设直播电商基地，培训企业直播运营人员不少于300人次。"),
    ("h", "二、工作要求"),
    ("p", "（一）各县市区于2024年5月10日前将活动方案报送市纺织服装产业链工作专班办公室（设在市工业和信息化局）。"),
    ("p", "（二）各县市区于每月25日前报送当月活动进展，2024年12月20日前报送全年工作总结，同时抄送市商务局电子商务科。"),
    ("p", "（三）市纺织服装行业协会负责“潍坊家纺直播节”的组织实施。"),
    ("p", "联系人：市纺织服装产业链工作专班办公室 孟凡超，电话：0536-8783215，电子邮箱：wffz2024@example.cn；"
          "市商务局电子商务科 韩雪，电话：0536-8096127。"),
    ("r", "潍坊市工业和信息化局"),
    ("r", "潍坊市商务局"),
    ("r", "2024年4月12日"),
]


def make_pdf(lines, fname, title):
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    base = ParagraphStyle("b", fontName="WQY", fontSize=14, leading=26, wordWrap="CJK", firstLineIndent=28)
    styles = {
        "p": base,
        "p0": ParagraphStyle("p0", parent=base, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, firstLineIndent=0, spaceBefore=6),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "t": ParagraphStyle("t", parent=base, alignment=TA_CENTER, fontSize=17, leading=28,
                            firstLineIndent=0, spaceBefore=10, spaceAfter=10),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
    }
    story = []
    for kind, text in lines:
        story.append(Paragraph(html.escape(text), styles[kind]))
        story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(os.path.join(OUT, fname), pagesize=A4, title=title, author="fictional")
    doc.build(story)


# ---------------------------------------------------------------- 黑龙江 2025 (.html)
HL_TITLE = "黑龙江省工业和信息化厅 黑龙江省商务厅关于开展2025年亚麻和纺织服装优供给促升级活动的通知"
HL_NO = "黑工信消费发〔2025〕12号"
HL_ATT = "2025年中俄博览会纺织服装参展企业推荐表"
HL_PARAS = [
    ("p0", "各市（地）工业和信息化局、商务局，省纺织行业协会："),
    ("p", "为落实提振消费专项行动部署，发挥我省亚麻、汉麻等特色纤维资源和对俄合作优势，"
          "现就开展2025年亚麻和纺织服装优供给促升级活动有关事项通知如下。"),
    ("h", "一、重点任务"),
    ("h", "（一）做强亚麻特色产业链"),
    ("p", "1. 支持哈尔滨、齐齐哈尔等地亚麻纺织企业更新湿纺细纱和智能织造设备，2025年全省亚麻纱产量比2024年增长10%。"),
    ("p", "2. 推动汉麻纤维在家纺、户外服装和袜品中的应用，建设汉麻纤维中试平台1个。"),
    ("h", "（二）培育冰雪服装品牌"),
    ("p", "1. 用好哈尔滨亚冬会带动效应，支持企业开发滑雪服、保暖内衣等冰雪运动服装，培育冰雪服装品牌不少于10个。"),
    ("p", "2. 2025年11月在哈尔滨举办冰雪服装时尚周，开展新品发布和冰雪服饰采购对接。"),
    ("h", "（三）扩大对俄经贸合作"),
    ("p", "1. 依托绥芬河、黑河口岸和跨境电商综合试验区，扩大服装、家纺、羽绒制品对俄罗斯出口。"),
    ("p", "2. 组织企业参加在哈尔滨举办的中国—俄罗斯博览会，设立龙江纺织服装展区。"),
    ("h", "（四）促进亚麻产品消费"),
    ("p", "1. 2025年9月举办“龙江亚麻好物”网购节，组织亚麻家纺、服装企业开展线上促销。"),
    ("p", "2. 推动亚麻产品进商超、进景区，在中央大街等商圈设立亚麻产品展销点。"),
    ("h", "二、工作要求"),
    ("p", "（一）各市（地）于2025年4月25日前将参加中俄博览会的企业推荐名单（见附件）报送省商务厅对外贸易处。"),
    ("p", "（二）各市（地）于2025年7月10日前报送上半年活动进展，2025年12月5日前报送全年工作总结，"
          "报送至省工业和信息化厅消费品工业处。"),
    ("p", "（三）省纺织行业协会负责冰雪服装时尚周的组织实施和全省亚麻产业运行监测。"),
    ("p", "联系人：省工业和信息化厅消费品工业处 李志刚，电话：0451-82628416，电子邮箱：hljym2025@example.cn；"
          "省商务厅对外贸易处 周敏，电话：0451-82621739。"),
]
HL_SIGN = ["黑龙江省工业和信息化厅", "黑龙江省商务厅", "2025年3月18日"]


def make_heilongjiang():
    out = []
    for kind, text in HL_PARAS:
        if kind == "h":
            out.append(f"<p><strong>{html.escape(text)}</strong></p>")
        elif kind == "p0":
            out.append(f"<p>{html.escape(text)}</p>")
        else:
            out.append(f'<p style="text-indent:2em">{html.escape(text)}</p>')
    body = "\n".join(out)
    sign = "\n".join(f'<p style="text-align:right">{html.escape(s)}</p>' for s in HL_SIGN)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(HL_TITLE)}_黑龙江省工业和信息化厅</title>
<meta name="ArticleTitle" content="{html.escape(HL_TITLE)}">
<style>body{{font-family:SimSun}} .nav a{{margin:0 8px}} .footer{{color:#666}}</style>
<script>var _hmt = _hmt || []; (function(){{ /* site statistics */ }})();</script></head>
<body>
<div class="top">黑龙江省工业和信息化厅 | 无障碍浏览 | 长者模式 | 繁體 | 登录</div>
<div class="search">站内搜索 <input type="text" value="请输入关键字"></div>
<div class="nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 厅发文件</div>
<table class="meta">
<tr><td>索引号：11230000MB0000000X/2025-00012</td><td>主题分类：工业、交通</td></tr>
<tr><td>发文机关：黑龙江省工业和信息化厅 黑龙江省商务厅</td><td>发文字号：{HL_NO}</td></tr>
<tr><td>成文日期：2025-03-18</td><td>发布日期：2025-03-21</td></tr>
</table>
<h1>{html.escape(HL_TITLE)}</h1>
<p style="text-align:center">{HL_NO}</p>
{body}
<p>附件：<a href="#">{html.escape(HL_ATT)}.xlsx</a></p>
{sign}
<div class="share">分享到： 微信 微博 【字体：大 中 小】 【打印】 【关闭】</div>
<div class="related">相关链接：<a href="#">工业和信息化部</a> <a href="#">商务部</a> <a href="#">黑龙江省人民政府</a></div>
<div class="footer">主办单位：黑龙江省工业和信息化厅 网站标识码：2300000000 黑ICP备00000000号 联系我们 网站地图</div>
</body></html>
"""
    with open(os.path.join(OUT, "heilongjiang-2025-linen-apparel-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 丹寨 2025 (.txt, UTF-8 with BOM)
DZ_TITLE = "丹寨县工业和信息化局 丹寨县商务局关于开展2025年丹寨县蜡染和民族服饰优供给促升级活动的通知"
DZ_NO = "丹工信发〔2025〕12号"
DZ_TEXT = f"""{DZ_NO}

{DZ_TITLE}

各镇（乡）人民政府，金钟经济开发区管委会，县文体广电旅游局、县人力资源和社会保障局，县蜡染刺绣行业协会：

    为发挥我县蜡染、苗绣等“纺织非遗”资源优势，推动民族服饰产业与乡村振兴、文化旅游融合发展，决定2025年在全县开展蜡染和民族服饰优供给促升级活动。现将有关事项通知如下：

一、重点任务

（一）非遗工坊提质扩容
    1. 在龙泉镇、扬武镇、排调镇新建或提升蜡染、苗绣非遗工坊不少于6个，带动绣娘和蜡染手艺人就业不少于800人。
    2. 联合县人力资源和社会保障局开展蜡染、刺绣技能培训不少于20期。

（二）推动设计创新
    1. 支持工坊与服装设计院校合作，开发蜡染围巾、服饰和文创产品，推动传统纹样进入现代服装。
    2. 2025年6月举办“丹寨蜡染”创意设计大赛，优秀作品优先进入县展销中心销售。

（三）拓宽产品销路
    1. 在万达小镇设立蜡染和民族服饰展销中心，2025年8月举办蜡染文化旅游周。
    2. 组织手艺人参加直播带货培训，支持工坊开设网店，2025年全县蜡染产品线上销售额比2024年增长20%。

（四）推广植物染料
    1. 在南皋乡、雅灰乡建设板蓝根等植物染料种植基地，推动蜡染企业使用天然植物染料。
    2. 引导工坊规范处理染色废水，减少化学助剂使用。

二、工作要求

    （一）各镇（乡）于2025年4月30日前将本镇（乡）工作计划报送县工业和信息化局。
    （二）各镇（乡）于2025年6月30日前报送上半年工作进展，2025年11月30日前报送全年工作总结，同时抄送县商务局。
    （三）县蜡染刺绣行业协会负责“丹寨蜡染”创意设计大赛的组织实施和工坊产品质量把关。

    联系人：县工业和信息化局产业发展股 潘光明，电话：0855-3612047，电子邮箱：dzlr2025@example.cn；县商务局 杨春燕，电话：0855-3618325。

                                        丹寨县工业和信息化局
                                        丹寨县商务局
                                        2025年4月7日
"""


def make_danzhai():
    with open(os.path.join(OUT, "danzhai-2025-batik-ethnic-apparel-notice.txt"), "w", encoding="utf-8-sig",
              newline="\r\n") as f:
        f.write(DZ_TEXT)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_shaanxi()
    make_pdf(WF_LINES, "weifang-2024-home-textile-notice.pdf", WF_TITLE)
    make_heilongjiang()
    make_danzhai()
    print("written to", OUT)

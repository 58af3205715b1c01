#!/usr/bin/env python3
"""Generate the four FICTIONAL local notices of heldout_v6 into docs/.

- xinjiang-2023-textile-apparel-notice.docx     (python-docx, with an attachment table)
- chongqing-2023-textile-apparel-plan.txt       (plain text, GB18030 encoding, as a saved text copy)
- liaoning-2024-textile-apparel-notice.pdf      (reportlab + WenQuanYi Micro Hei, real text layer)
- neimenggu-2024-cashmere-textile-notice.html   (a saved government web page)

Everything in them (units, people, phones, e-mails @example.cn, events, numbers) is invented.
Deliberate ambiguities: 新疆 新工信消费〔2023〕56号 vs 重庆 渝经信消费〔2023〕56号 (same year, same number);
辽宁 2024 and 内蒙古 2024 both give a 消费品工业处 contact and a 商务厅对外贸易处 contact.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 新疆 2023 (.docx)
XJ_TITLE = "新疆维吾尔自治区工业和信息化厅 新疆维吾尔自治区商务厅关于开展2023年新疆纺织服装优供给促升级活动的通知"
XJ_NO = "新工信消费〔2023〕56号"
XJ_TO = "各地（州、市）工业和信息化局、商务局，自治区纺织服装行业协会："
XJ_BODY = [
    ("p", "为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》"
          "（工信厅联消费函〔2023〕87号）要求，发挥我区棉花资源和向西开放优势，扩大纺织服装产业就业容量，"
          "决定在全区开展2023年纺织服装优供给促升级活动。现将有关事项通知如下："),
    ("h", "一、重点任务"),
    ("p", "（一）推动棉纺织提质增效。支持阿克苏、库尔勒、喀什等地棉纺织企业推广清梳联、自动络筒、"
          "细络联等先进装备，2023年底前实施不少于25个棉纺织技术改造项目，提高高支纱和色纺纱比重。"),
    ("p", "（二）发展服装家纺带动就业。支持喀什、和田等地发展服装、家纺、针织等劳动密集型产业，"
          "鼓励企业在乡镇设立加工点，开展岗前技能培训，2023年全区纺织服装行业新增就业不少于1.5万人。"),
    ("p", "（三）深化东西部产业协作。2023年7月在乌鲁木齐举办新疆纺织服装产业招商合作对接会，"
          "邀请东部地区纺织服装企业来疆考察投资，推动“纺纱—织布—印染—服装”链条配套落地。"),
    ("p", "（四）擦亮艾德莱斯绸等特色品牌。推动和田艾德莱斯绸、民族刺绣等“纺织非遗”与现代设计融合，"
          "2023年8月举办“丝路新装”服装设计大赛，培育一批具有新疆特色的服装服饰品牌。"),
    ("p", "（五）拓展中亚及欧洲市场。依托霍尔果斯、喀什等口岸和中欧班列，支持企业扩大对中亚国家出口，"
          "组织企业参加中国—亚欧博览会，在展会期间设立纺织服装展区。"),
    ("h", "二、工作要求"),
    ("p", "（一）各地（州、市）工业和信息化局会同商务局制定本地活动方案，于2023年6月15日前报送"
          "自治区工业和信息化厅消费品工业处。"),
    ("p", "（二）各地（州、市）于2023年7月15日前报送上半年活动进展，2023年12月8日前报送全年工作总结，"
          "同时抄送自治区商务厅对外贸易管理处。"),
    ("p", "（三）自治区纺织服装行业协会负责“丝路新装”服装设计大赛的组织实施和全区活动统计工作。"),
    ("p", "电子版材料请发送至电子邮箱：xjfz2023@example.cn。"),
    ("p", "联系人：自治区工业和信息化厅消费品工业处 马俊，电话：0991-2384517；"
          "自治区商务厅对外贸易管理处 古丽娜，电话：0991-2857703。"),
    ("p", "附件：2023年新疆纺织服装优供给促升级重点活动安排表"),
]
XJ_SIGN = ["新疆维吾尔自治区工业和信息化厅", "新疆维吾尔自治区商务厅", "2023年5月8日"]
XJ_TABLE = [
    ["序号", "活动名称", "时间", "地点", "承办单位"],
    ["1", "棉纺织智能化改造现场观摩会", "2023年6月", "阿克苏市", "自治区工业和信息化厅"],
    ["2", "新疆纺织服装产业招商合作对接会", "2023年7月", "乌鲁木齐市", "自治区工业和信息化厅、自治区商务厅"],
    ["3", "“丝路新装”服装设计大赛", "2023年8月", "乌鲁木齐市", "自治区纺织服装行业协会"],
    ["4", "纺织服装职业技能竞赛", "2023年9月", "喀什市", "喀什地区工业和信息化局"],
]


def make_xinjiang():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    p = d.add_paragraph(XJ_NO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(XJ_TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(XJ_TO)
    for kind, text in XJ_BODY:
        para = d.add_paragraph(text)
        if kind == "h":
            para.runs[0].bold = True
    for s in XJ_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    d.add_paragraph("附件")
    d.add_paragraph("2023年新疆纺织服装优供给促升级重点活动安排表")
    t = d.add_table(rows=len(XJ_TABLE), cols=len(XJ_TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(XJ_TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.core_properties.title = XJ_TITLE
    d.core_properties.author = "fictional"
    d.save(os.path.join(OUT, "xinjiang-2023-textile-apparel-notice.docx"))


# ---------------------------------------------------------------- 重庆 2023 (.txt, GB18030)
CQ_TITLE = "重庆市经济和信息化委员会 重庆市商务委员会关于印发《2023年重庆市纺织服装优供给促升级行动方案》的通知"
CQ_NO = "渝经信消费〔2023〕56号"
CQ_TEXT = f"""{CQ_NO}

{CQ_TITLE}

各区县（自治县）经济信息委、商务主管部门，市纺织服装行业协会：

    现将《2023年重庆市纺织服装优供给促升级行动方案》印发给你们，请结合实际认真抓好落实。

    请各区县经济信息委明确1名联络员，于2023年6月30日前将联络员名单和本区县行动方案报送市经济信息委轻纺产业处；每双月5日前报送前两个月行动进展，2023年12月15日前报送全年工作总结。

    联系人：市经济信息委轻纺产业处 邓文博，电话：023-63891472，电子邮箱：cqqf2023@example.cn；市商务委对外贸易处 何静，电话：023-62663105。

                                        重庆市经济和信息化委员会
                                        重庆市商务委员会
                                        2023年6月2日

2023年重庆市纺织服装优供给促升级行动方案

一、行动目标

    发挥重庆作为中西部地区承接产业转移重要承载地的作用，推动大足、潼南、荣昌等区县纺织服装产业集聚发展，2023年新培育市级纺织服装智能工厂和数字化车间不少于12个。

二、重点行动

    （一）承接产业转移行动。以大足、潼南、荣昌为重点，2023年9月在上海举办重庆纺织服装产业招商推介会，吸引东部地区服装、针织企业来渝设厂。

    （二）荣昌夏布焕新行动。推动荣昌夏布等“纺织非遗”进入现代家居和服装设计，2023年10月举办荣昌夏布时尚创意大赛，支持夏布企业开发围巾、床品等新产品。

    （三）智能制造提升行动。支持服装企业应用智能吊挂、三维量体、个性化定制系统，组织智能制造服务商开展上门诊断。

    （四）渝派服装消费行动。2023年8月1日至8月15日，在解放碑、观音桥商圈举办“渝派服装直播周”，组织服装企业和直播机构开展线上线下联动促销。

    （五）陆海通道出口行动。支持企业依托中欧班列（成渝）和西部陆海新通道拓展欧洲、东盟市场，组织企业参加中国西部国际投资贸易洽谈会。

三、保障措施

    各区县要将行动纳入制造业高质量发展工作统筹推进。市纺织服装行业协会负责“渝派服装直播周”的组织实施和全市行动统计工作。
"""


def make_chongqing():
    with open(os.path.join(OUT, "chongqing-2023-textile-apparel-plan.txt"), "w", encoding="gb18030", newline="\r\n") as f:
        f.write(CQ_TEXT)


# ---------------------------------------------------------------- 辽宁 2024 (.pdf)
LN_TITLE = "辽宁省工业和信息化厅 辽宁省商务厅关于开展2024年辽宁省纺织服装优供给促升级活动的通知"
LN_NO = "辽工信消费〔2024〕23号"
LN_LINES = [
    ("c", LN_NO),
    ("t", LN_TITLE),
    ("p", "各市工业和信息化局、商务局，省纺织服装协会："),
    ("p", "为推动我省纺织服装产业设备更新和消费品以旧换新，巩固化纤原料和服装加工优势，"
          "决定2024年在全省开展纺织服装优供给促升级活动。有关事项通知如下："),
    ("h", "一、重点任务"),
    ("p", "（一）推进化纤企业设备更新。支持辽阳、营口等地化纤企业更新聚合、纺丝和节能环保设备，"
          "2024年底前推动不少于30家纺织服装企业实施设备更新项目。"),
    ("p", "（二）提升特色服装集群。推动兴城泳装、海城西柳服装市场集群升级，"
          "2024年6月在兴城举办“2024兴城泳装文化节”，开展泳装新品发布和采购对接。"),
    ("p", "（三）稳定日韩订单。支持丹东、大连等地服装加工企业稳定日本、韩国订单，由代工向自主品牌转型；"
          "组织企业参加2024年5月在大连举办的国际服装纺织品博览会，设立辽宁品牌展区。"),
    ("p", "（四）开展家纺以旧换新。2024年9月至11月，在沈阳、大连组织“床品焕新”促销活动，"
          "消费者以旧床品换购新品可享受优惠，回收的旧床品交由再生资源企业分拣利用。"),
    ("h", "二、工作要求"),
    ("p", "各市于2024年4月19日前将本地工作方案报送省工业和信息化厅消费品工业处；"
          "每季度结束后10日内报送活动进展；2024年11月25日前报送全年工作总结，"
          "同时抄送省商务厅对外贸易处。"),
    ("p", "联系人：省工业和信息化厅消费品工业处 孙立伟，电话：024-86893217，"
          "电子邮箱：lnfz2024@example.cn；省商务厅对外贸易处 赵婉婷，电话：024-86906518。"),
    ("r", "辽宁省工业和信息化厅"),
    ("r", "辽宁省商务厅"),
    ("r", "2024年3月22日"),
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
    base = ParagraphStyle("b", fontName="WQY", fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    styles = {
        "p": base,
        "h": ParagraphStyle("h", parent=base, firstLineIndent=0, spaceBefore=6),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "t": ParagraphStyle("t", parent=base, alignment=TA_CENTER, fontSize=15, leading=24,
                            firstLineIndent=0, spaceBefore=10, spaceAfter=10),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
    }
    story = []
    for kind, text in lines:
        story.append(Paragraph(html.escape(text), styles[kind]))
        story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(os.path.join(OUT, fname), pagesize=A4, title=title, author="fictional")
    doc.build(story)


# ---------------------------------------------------------------- 内蒙古 2024 (.html)
NM_TITLE = "内蒙古自治区工业和信息化厅 内蒙古自治区商务厅关于开展2024年内蒙古羊绒和纺织服装优供给促升级活动的通知"
NM_NO = "内工信消费字〔2024〕41号"
NM_PARAS = [
    "各盟市工业和信息化局、商务局，自治区纺织行业协会：",
    "为发挥我区羊绒资源和向北开放优势，推动羊绒和纺织服装产业高端化、品牌化发展，"
    "现就开展2024年内蒙古羊绒和纺织服装优供给促升级活动有关事项通知如下。",
    "一、提升羊绒精深加工。支持鄂尔多斯、包头、赤峰等地羊绒企业推广绒毛分级、无毛绒自动化生产线和"
    "羊绒制品数字化设计系统，2024年底前认定不少于8家羊绒数字化车间。",
    "二、打响“内蒙古羊绒”区域品牌。2024年7月在鄂尔多斯举办羊绒时尚周，开展新品发布、"
    "品牌推介和电商直播，推动羊绒企业开设线上旗舰店。",
    "三、传承蒙古族服饰文化。推动蒙古族服饰、驼绒制品等“纺织非遗”融入现代设计，"
    "2024年8月在呼和浩特举办蒙古族服饰创新设计大赛。",
    "四、拓展向北开放市场。支持企业依托满洲里、二连浩特口岸扩大对蒙古国、俄罗斯出口，"
    "组织企业参加中蒙博览会，发展跨境电商海外仓。",
    "五、工作要求。各盟市于2024年5月10日前将本地工作方案报送自治区工业和信息化厅消费品工业处；"
    "2024年7月15日前报送上半年进展情况；2024年12月10日前报送全年工作总结，"
    "同时抄送自治区商务厅对外贸易处。",
    "联系人：自治区工业和信息化厅消费品工业处 巴特尔，电话：0471-6945832，电子邮箱：nmgyr2024@example.cn；"
    "自治区商务厅对外贸易处 乌云，电话：0471-6612409。",
]
NM_SIGN = ["内蒙古自治区工业和信息化厅", "内蒙古自治区商务厅", "2024年4月10日"]


def make_neimenggu():
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in NM_PARAS)
    sign = "\n".join(f'<p style="text-align:right">{html.escape(s)}</p>' for s in NM_SIGN)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(NM_TITLE)}</title>
<style>body{{font-family:SimSun}} .nav a{{margin:0 8px}}</style>
<script>var _hmt = _hmt || []; /* site statistics */</script></head>
<body>
<div class="top">内蒙古自治区工业和信息化厅 | 蒙古文 | 无障碍 | 关怀版</div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 通知公告</div>
<table class="meta">
<tr><td>发文机关：内蒙古自治区工业和信息化厅 内蒙古自治区商务厅</td><td>发文字号：{NM_NO}</td></tr>
<tr><td>成文日期：2024-04-10</td><td>发布日期：2024-04-16</td></tr>
</table>
<h1>{html.escape(NM_TITLE)}</h1>
<p style="text-align:center">{NM_NO}</p>
{body}
{sign}
<div class="tools">【打印本页】【关闭窗口】 扫一扫在手机打开当前页</div>
<div class="footer">主办单位：内蒙古自治区工业和信息化厅 网站标识码：1500000000 蒙ICP备00000000号</div>
</body></html>
"""
    with open(os.path.join(OUT, "neimenggu-2024-cashmere-textile-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_xinjiang()
    make_chongqing()
    make_pdf(LN_LINES, "liaoning-2024-textile-apparel-notice.pdf", LN_TITLE)
    make_neimenggu()
    print("written to", OUT)

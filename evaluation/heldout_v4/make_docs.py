#!/usr/bin/env python3
"""Generate the three FICTIONAL local notices of heldout_v4 into docs/.

- henan-2023-textile-apparel-campaign.docx   (python-docx 1.2.0, with an attachment table)
- sichuan-2023-textile-apparel-plan.pdf       (reportlab + WenQuanYi Micro Hei, real text layer)
- baoding-2024-textile-home-textile-notice.html (a saved government web page with navigation)

Everything in them (units, people, phones, e-mails @example.cn, events, numbers) is invented.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 河南 2023 (.docx)
HN_TITLE = "河南省工业和信息化厅 河南省商务厅关于开展2023年河南省纺织服装“优供给促升级”活动的通知"
HN_NO = "豫工信消费函〔2023〕97号"
HN_TO = ("各省辖市、济源示范区、郑州航空港经济综合实验区工业和信息化主管部门、商务主管部门，"
         "省纺织行业协会、省服装行业协会：")
HN_BODY = [
    ("p", "为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》"
          "（工信厅联消费函〔2023〕87号）要求，推动我省纺织服装产业承接转移、提质升级，"
          "决定在全省组织开展2023年纺织服装“优供给促升级”活动。现将有关事项通知如下："),
    ("h", "一、活动时间"),
    ("p", "2023年5月下旬至2023年12月底。"),
    ("h", "二、重点任务"),
    ("p", "（一）积极承接产业转移。依托郑州、商丘、周口、南阳等地纺织服装产业基础，面向长三角、珠三角地区"
          "开展不少于5场纺织服装专题招商对接活动。对新引进的纺织服装重点项目，各地要在用地、用工、"
          "用能等方面做好要素保障，项目用地优先纳入年度用地计划。"),
    ("p", "（二）推动棉纺行业智能化改造。支持新乡、安阳、商丘等地棉纺企业推广紧密纺、涡流纺、"
          "自动络筒和清梳联等先进工艺装备，2023年底前全省完成不少于30个棉纺智能化改造项目。"
          "省工信厅将组织专家对企业开展免费智能化改造诊断服务。"),
    ("p", "（三）打响“豫见好衣”服装品牌。2023年8月在郑州举办“豫见好衣”河南服装品牌推介会，"
          "组织不少于50家服装企业参展，重点展示郑州女裤、商丘童装、光山羽绒服等区域特色产品。"
          "推介会免收参展企业展位费。"),
    ("p", "（四）促进内外贸一体化。支持企业依托中欧班列（郑州）和跨境电商综合试验区开拓中亚、欧洲市场，"
          "鼓励外贸企业开展同线同标同质产品认证，拓展国内销售渠道。"),
    ("p", "（五）带动县域就业增收。引导服装加工企业在县城和中心镇布局生产车间和扶贫车间，"
          "吸纳农村劳动力就近就业，支持返乡人员创办纺织服装小微企业。"),
    ("h", "三、工作要求"),
    ("p", "（一）各省辖市工业和信息化主管部门会同商务主管部门制定本地活动方案，"
          "于2023年6月10日前报送省工信厅消费品工业处。"),
    ("p", "（二）省纺织行业协会、省服装行业协会负责“豫见好衣”推介会的组织实施，"
          "于2023年7月15日前将参展企业名单报省工信厅。"),
    ("p", "（三）各地要及时总结活动成效，于2023年12月5日前将全年工作总结（含不少于3个典型案例）"
          "报送省工信厅消费品工业处，同时抄送省商务厅对外贸易处。"),
    ("p", "电子版材料请发送至电子邮箱：hnxfp2023@example.cn。"),
    ("p", "联系人：省工信厅消费品工业处 李文博，电话：0371-65501287；"
          "省商务厅对外贸易处 赵静，电话：0371-63576214。"),
    ("p", "附件：2023年河南省纺织服装“优供给促升级”重点活动安排表"),
]
HN_SIGN = ["河南省工业和信息化厅", "河南省商务厅", "2023年5月16日"]
HN_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "长三角纺织服装产业转移招商对接会", "2023年6月", "上海", "省工信厅、商丘市人民政府"],
    ["2", "棉纺智能化改造现场观摩会", "2023年7月", "新乡市", "省工信厅、省纺织行业协会"],
    ["3", "“豫见好衣”河南服装品牌推介会", "2023年8月", "郑州市", "省服装行业协会"],
    ["4", "中欧班列纺织服装出口对接会", "2023年9月", "郑州国际陆港", "省商务厅"],
]


def make_henan():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    p = d.add_paragraph(HN_NO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(HN_TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(HN_TO)
    for kind, text in HN_BODY:
        para = d.add_paragraph(text)
        if kind == "h":
            para.runs[0].bold = True
    for s in HN_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    d.add_paragraph("附件")
    d.add_paragraph("2023年河南省纺织服装“优供给促升级”重点活动安排表")
    t = d.add_table(rows=len(HN_TABLE), cols=len(HN_TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(HN_TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.save(os.path.join(OUT, "henan-2023-textile-apparel-campaign.docx"))


# ---------------------------------------------------------------- 四川 2023 (.pdf)
SC_TITLE = ("四川省经济和信息化厅 四川省商务厅关于印发《2023年四川省纺织服装优供给促升级活动工作方案》的通知")
SC_NO = "川经信消费〔2023〕97号"
SC_LINES = [
    ("c", SC_NO),
    ("t", SC_TITLE),
    ("p", "各市（州）经济和信息化局、商务局，省纺织工业协会、省丝绸协会："),
    ("p", "现将《2023年四川省纺织服装优供给促升级活动工作方案》印发给你们，请结合实际认真抓好落实。"),
    ("p", "请各市（州）经济和信息化局确定1名联络员，并于2023年6月15日前将联络员信息和本地实施方案"
          "报送省经济和信息化厅消费品工业处。每季度结束后10日内报送活动进展情况，"
          "2023年11月25日前报送全年工作总结。"),
    ("p", "联系人：省经济和信息化厅消费品工业处 周雨桐，电话：028-86701563，"
          "电子邮箱：scxfp@example.cn；省商务厅电子商务和信息化处 何建，电话：028-83225671。"),
    ("r", "四川省经济和信息化厅"),
    ("r", "四川省商务厅"),
    ("r", "2023年5月26日"),
    ("t", "2023年四川省纺织服装优供给促升级活动工作方案"),
    ("h", "一、工作目标"),
    ("p", "以川渝纺织服装产业协同为抓手，2023年培育10个以上纺织服装特色品牌，"
          "推动全省规模以上纺织服装企业营业收入保持稳定增长。"),
    ("h", "二、主要任务"),
    ("p", "（一）发展绿色纤维。支持宜宾等地发展莱赛尔纤维等绿色纤维，推动化纤企业开展绿色工厂创建；"
          "督促印染企业依法开展强制性清洁生产审核。"),
    ("p", "（二）振兴丝绸产业。支持南充、遂宁等地蚕桑丝绸企业开发高端真丝产品，"
          "举办2023四川丝绸创意设计大赛，优秀作品在成都集中展示。"),
    ("p", "（三）传承蜀锦蜀绣。推动蜀锦、蜀绣等“纺织非遗”进商圈、进景区，"
          "支持非遗传承人与服装设计师合作开发文创产品。"),
    ("p", "（四）深化川渝合作。与重庆市共同举办川渝纺织服装产业协作对接会，"
          "推动两地服装企业与面料企业开展订单对接。"),
    ("p", "（五）拓展线上渠道。依托成都、绵阳等地直播电商基地，组织不少于100家纺织服装企业"
          "开展“川衣直播月”网络促销活动，时间为2023年9月1日至9月30日。"),
    ("h", "三、保障措施"),
    ("p", "各市（州）要加强组织领导，将活动纳入本地消费品工业工作重点，"
          "省纺织工业协会负责做好活动总结评估。"),
]


def make_sichuan():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
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
    for kind, text in SC_LINES:
        story.append(Paragraph(html.escape(text), styles[kind]))
        story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(os.path.join(OUT, "sichuan-2023-textile-apparel-plan.pdf"), pagesize=A4,
                            title=SC_TITLE, author="fictional")
    doc.build(story)


# ---------------------------------------------------------------- 保定 2024 (.html)
BD_TITLE = "保定市工业和信息化局 保定市商务局关于开展2024年保定市纺织服装优供给促升级活动的通知"
BD_NO = "保工信消费〔2024〕29号"
BD_PARAS = [
    "各县（市、区）工业和信息化局、商务局，保定高新区、白沟新城管委会有关部门，市纺织服装行业协会：",
    "为推动我市纺织服装产业设备更新和消费品以旧换新，承接北京服装产业疏解转移，"
    "现就开展2024年保定市纺织服装优供给促升级活动有关事项通知如下。",
    "一、推动设备更新。支持高阳毛巾家纺、蠡县毛纺、容城服装等产业集群企业更新剑杆织机、喷气织机、"
    "智能缝制设备等生产设备。有更新需求的企业于2024年5月31日前向所在县（市、区）工业和信息化局申报，"
    "各县（市、区）工业和信息化局审核汇总后于2024年6月10日前报市工信局消费品工业科。",
    "二、开展家纺以旧换新。2024年7月至10月，在高阳县、市区主要商圈组织家纺以旧换新促销活动，"
    "鼓励企业对消费者交回的旧被褥、旧毛巾给予折价优惠，回收的旧家纺由市纺织服装行业协会"
    "联系资源回收企业统一处置。",
    "三、承接京津产业转移。依托容城、白沟服装产业园，对接北京服装企业设计研发、电商运营资源，"
    "推动“北京设计、保定制造”协作模式。",
    "四、办好展会活动。2024年9月举办第十届中国·高阳纺织商贸博览会，"
    "组织本地企业参加中国国际家用纺织品及辅料（秋冬）博览会。",
    "五、工作要求。各县（市、区）要明确1名分管负责同志，于每月5日前报送上月活动开展情况，"
    "2024年11月30日前将全年活动总结报送市工信局消费品工业科，同时抄送市商务局商贸流通科。",
    "联系人：市工信局消费品工业科 孙立伟，电话：0312-3086512，电子邮箱：bdxfp2024@example.cn；"
    "市商务局商贸流通科 马晓燕，电话：0312-5023347。",
]
BD_SIGN = ["保定市工业和信息化局", "保定市商务局", "2024年4月22日"]


def make_baoding():
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in BD_PARAS)
    sign = "\n".join(f'<p style="text-align:right">{html.escape(s)}</p>' for s in BD_SIGN)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(BD_TITLE)}</title>
<style>body{{font-family:SimSun}} .nav a{{margin:0 8px}}</style>
<script>var _hmt = _hmt || [];</script></head>
<body>
<div class="top">保定市工业和信息化局 | 无障碍 | 长者模式 | 登录</div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 通知公告</div>
<table class="meta">
<tr><td>发文机关：保定市工业和信息化局 保定市商务局</td><td>发文字号：{BD_NO}</td></tr>
<tr><td>成文日期：2024-04-22</td><td>发布日期：2024-04-25</td></tr>
</table>
<h1>{html.escape(BD_TITLE)}</h1>
<p style="text-align:center">{BD_NO}</p>
{body}
{sign}
<div class="tools">【打印本页】【关闭窗口】 扫一扫在手机打开当前页</div>
<div class="footer">主办单位：保定市工业和信息化局 网站标识码：1306000000 冀ICP备00000000号</div>
</body></html>
"""
    with open(os.path.join(OUT, "baoding-2024-textile-home-textile-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_henan()
    make_sichuan()
    make_baoding()
    print("written to", OUT)

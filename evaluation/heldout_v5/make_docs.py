#!/usr/bin/env python3
"""Generate the four FICTIONAL local notices of heldout_v5 into docs/.

- anhui-2023-textile-apparel-campaign.docx      (python-docx, with an attachment table)
- jiangxi-2023-textile-apparel-plan.pdf         (reportlab + WenQuanYi Micro Hei, real text layer)
- zhuzhou-2024-apparel-notice.html              (a saved city government web page)
- guangxi-2024-silk-textile-notice.pdf          (reportlab, real text layer)

Everything in them (units, people, phones, e-mails @example.cn, events, numbers) is invented.
Deliberate ambiguities: 安徽 皖经信消费函〔2023〕112号 vs 江西 赣工信消费字〔2023〕112号;
株洲 株工信发〔2024〕18号 vs 广西 桂工信消费〔2024〕18号.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 安徽 2023 (.docx)
AH_TITLE = "安徽省经济和信息化厅 安徽省商务厅关于开展2023年全省纺织服装“优供给促升级”活动的通知"
AH_NO = "皖经信消费函〔2023〕112号"
AH_TO = "各市经济和信息化局、商务局，省纺织工业协会、省服装协会："
AH_BODY = [
    ("p", "为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》"
          "（工信厅联消费函〔2023〕87号）精神，抢抓长三角一体化发展机遇，推动我省纺织服装产业提质扩量，"
          "决定在全省开展2023年纺织服装“优供给促升级”活动。现将有关事项通知如下："),
    ("h", "一、活动时间"),
    ("p", "2023年5月至2023年11月。"),
    ("h", "二、重点任务"),
    ("p", "（一）承接长三角产业转移。依托安庆、六安、宿州、阜阳等地产业园区，面向上海、江苏、浙江"
          "举办不少于3场“皖美纺织”招商活动。新引进的纺织服装项目纳入省重点项目调度，"
          "各地要在用工招聘、标准厂房等方面做好服务保障。"),
    ("p", "（二）提升化纤和产业用纺织品水平。支持安庆、池州等地化纤企业发展差别化纤维和生物基纤维，"
          "推广智能仓储、在线检测等数字化技术，2023年底前培育不少于20家省级纺织服装智能工厂和数字化车间。"),
    ("p", "（三）打造“皖美衣尚”品牌。2023年9月在合肥举办“皖美衣尚”服装品牌发布周，组织不少于40家服装企业"
          "参加发布和展示，推动徽州刺绣等“纺织非遗”元素融入服装设计。"),
    ("p", "（四）促进家纺消费。支持六安、宿州等地家纺企业拓展线上线下渠道，2023年10月1日至10月31日"
          "组织开展“家纺焕新季”促销活动，鼓励电商平台设立安徽家纺专区。"),
    ("p", "（五）稳定外贸订单。组织纺织服装企业参加中国进出口商品交易会等境内外展会，"
          "支持符合条件的县域申建外贸转型升级基地，帮助企业用好出口信用保险等政策工具。"),
    ("h", "三、工作要求"),
    ("p", "（一）各市经济和信息化局会同商务局制定本地活动方案，于2023年6月9日前报送省经济和信息化厅"
          "消费品工业处。"),
    ("p", "（二）省纺织工业协会、省服装协会负责“皖美衣尚”服装品牌发布周的组织实施，"
          "于2023年8月20日前将参加发布的企业名单报省经济和信息化厅。"),
    ("p", "（三）各市要及时总结活动成效，于2023年11月30日前将全年工作总结（含不少于2个典型案例）"
          "报送省经济和信息化厅消费品工业处，同时抄送省商务厅外贸发展处。"),
    ("p", "电子版材料请发送至电子邮箱：ahxfp2023@example.cn。"),
    ("p", "联系人：省经济和信息化厅消费品工业处 程思远，电话：0551-62871035；"
          "省商务厅外贸发展处 吴蕾，电话：0551-63540126。"),
    ("p", "附件：2023年安徽省纺织服装“优供给促升级”重点活动安排表"),
]
AH_SIGN = ["安徽省经济和信息化厅", "安徽省商务厅", "2023年5月12日"]
AH_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "“皖美纺织”沪苏浙招商周", "2023年6月", "上海", "省经济和信息化厅、省商务厅"],
    ["2", "化纤行业智能制造现场推进会", "2023年7月", "安庆市", "省经济和信息化厅、省纺织工业协会"],
    ["3", "“皖美衣尚”服装品牌发布周", "2023年9月", "合肥市", "省服装协会"],
    ["4", "“家纺焕新季”促销活动", "2023年10月", "六安市、宿州市", "省商务厅"],
]


def make_anhui():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    p = d.add_paragraph(AH_NO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(AH_TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(AH_TO)
    for kind, text in AH_BODY:
        para = d.add_paragraph(text)
        if kind == "h":
            para.runs[0].bold = True
    for s in AH_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    d.add_paragraph("附件")
    d.add_paragraph("2023年安徽省纺织服装“优供给促升级”重点活动安排表")
    t = d.add_table(rows=len(AH_TABLE), cols=len(AH_TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(AH_TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.core_properties.title = AH_TITLE
    d.core_properties.author = "fictional"
    d.save(os.path.join(OUT, "anhui-2023-textile-apparel-campaign.docx"))


# ---------------------------------------------------------------- 江西 2023 (.pdf)
JX_TITLE = "江西省工业和信息化厅 江西省商务厅关于印发《2023年江西省纺织服装优供给促升级活动实施方案》的通知"
JX_NO = "赣工信消费字〔2023〕112号"
JX_LINES = [
    ("c", JX_NO),
    ("t", JX_TITLE),
    ("p", "各设区市工业和信息化局、商务局，赣江新区经济发展局，省纺织行业协会、省服装行业协会："),
    ("p", "现将《2023年江西省纺织服装优供给促升级活动实施方案》印发给你们，请认真组织实施。"),
    ("p", "请各设区市工业和信息化局确定1名联络员，于2023年6月20日前将联络员信息和本地实施方案"
          "报送省工业和信息化厅消费品工业处；每季度首月10日前报送上季度活动进展，"
          "2023年12月10日前报送全年工作总结。"),
    ("p", "联系人：省工业和信息化厅消费品工业处 熊志刚，电话：0791-86247731，电子邮箱：jxxfp@example.cn；"
          "省商务厅对外贸易处 刘芳，电话：0791-86246029。"),
    ("r", "江西省工业和信息化厅"),
    ("r", "江西省商务厅"),
    ("r", "2023年5月30日"),
    ("t", "2023年江西省纺织服装优供给促升级活动实施方案"),
    ("h", "一、工作目标"),
    ("p", "推动于都纺织服装、共青城羽绒服装、南昌青山湖针织服装、奉新纺织等产业集群提质升级，"
          "2023年认定不少于15家纺织服装数字化示范车间。"),
    ("h", "二、主要任务"),
    ("p", "（一）推进数字化改造。支持于都、青山湖等地服装企业推广智能吊挂、自动裁床、"
          "服装CAD等设备和系统，省工业和信息化厅组织服务商开展免费数字化诊断。"),
    ("p", "（二）做强羽绒服装。2023年10月在共青城举办羽绒服装设计大赛和产销对接活动，"
          "推动羽绒服装企业提高品牌影响力。"),
    ("p", "（三）扩大苎麻应用。支持宜春、新余等地苎麻纺织企业开发苎麻面料和家纺产品，"
          "推进天然纤维应用。"),
    ("p", "（四）承接湾区转移。2023年7月在深圳举办“深圳—于都”纺织服装产业合作对接会，"
          "推动粤港澳大湾区服装企业到赣南布局生产基地。"),
    ("p", "（五）拓展内外销渠道。支持企业依托赣州国际陆港开展跨境电商出口；2023年11月组织"
          "不少于80家企业参加“赣服网购节”线上促销活动。"),
    ("h", "三、保障措施"),
    ("p", "各地要将活动纳入本地工业稳增长工作统筹推进，活动所需经费由各地自行统筹解决。"
          "省纺织行业协会负责活动统计和总结评估。"),
]

# ---------------------------------------------------------------- 广西 2024 (.pdf)
GX_TITLE = "广西壮族自治区工业和信息化厅 广西壮族自治区商务厅关于开展2024年广西茧丝绸和纺织服装优供给促升级活动的通知"
GX_NO = "桂工信消费〔2024〕18号"
GX_LINES = [
    ("c", GX_NO),
    ("t", GX_TITLE),
    ("p", "各设区市工业和信息化局、商务局，自治区茧丝绸行业协会、自治区纺织服装行业协会："),
    ("p", "为发挥我区蚕茧产量优势和面向东盟的区位优势，推动茧丝绸和纺织服装产业延链补链，"
          "决定2024年在全区开展茧丝绸和纺织服装优供给促升级活动。有关事项通知如下："),
    ("h", "一、重点任务"),
    ("p", "（一）提升缫丝织绸水平。支持河池、来宾、南宁等地缫丝企业推广自动缫丝机和丝绸印染新工艺，"
          "2024年底前完成不少于10个缫丝织绸技术改造项目。"),
    ("p", "（二）承接服装产业转移。支持玉林、贵港等地承接粤港澳大湾区服装产业转移，"
          "2024年5月在深圳举办广西纺织服装产业招商推介会。"),
    ("p", "（三）深耕东盟市场。在2024年9月于南宁举办的中国—东盟博览会上设立纺织服装专区，"
          "支持企业利用凭祥等边境口岸开展边境贸易。"),
    ("p", "（四）传承壮锦瑶绣。推动壮锦、瑶绣等“纺织非遗”进景区、进商圈，"
          "举办“桂风壮韵”民族服饰设计大赛。"),
    ("h", "二、工作要求"),
    ("p", "各设区市于2024年4月30日前将本地工作方案报送自治区工业和信息化厅消费品工业处；"
          "2024年7月10日前报送上半年进展情况；2024年12月5日前报送全年工作总结，"
          "同时抄送自治区商务厅对外贸易处。"),
    ("p", "联系人：自治区工业和信息化厅消费品工业处 韦晓宁，电话：0771-5886723，"
          "电子邮箱：gxcsc2024@example.cn；自治区商务厅对外贸易处 覃永，电话：0771-2621458。"),
    ("r", "广西壮族自治区工业和信息化厅"),
    ("r", "广西壮族自治区商务厅"),
    ("r", "2024年3月28日"),
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


# ---------------------------------------------------------------- 株洲 2024 (.html)
ZZ_TITLE = "株洲市工业和信息化局 株洲市商务局关于开展2024年株洲市服装产业优供给促升级活动的通知"
ZZ_NO = "株工信发〔2024〕18号"
ZZ_PARAS = [
    "各县市区工业和信息化局、商务局，芦淞区、荷塘区服装产业发展服务中心，市服饰行业协会：",
    "为推动我市服装产业设备更新和消费品以旧换新，巩固芦淞服饰市场群优势，"
    "现就开展2024年株洲市服装产业优供给促升级活动有关事项通知如下。",
    "一、推动设备更新。支持芦淞、荷塘等地服装企业更新自动裁床、智能吊挂系统、模板缝纫机等设备。"
    "有更新需求的企业于2024年5月20日前向所在县市区工业和信息化局申报，"
    "各县市区工业和信息化局审核汇总后于2024年5月31日前报市工信局消费品工业科。",
    "二、开展旧衣焕新。2024年8月至10月，在芦淞服饰商圈组织“旧衣焕新”活动，"
    "消费者交回旧衣物可参加新品购买优惠，回收的旧衣物由市服饰行业协会联系再生资源企业分拣利用。",
    "三、拓展外贸市场。支持芦淞服饰市场群商户通过市场采购贸易方式拓展非洲、东南亚市场，"
    "组织企业参加中国—非洲经贸博览会。",
    "四、办好节会活动。2024年10月举办“2024株洲服饰文化节”，开展新品发布、直播带货和设计师对接活动。",
    "五、工作要求。各县市区要明确1名联络员，于每季度末月25日前报送本季度活动开展情况，"
    "2024年11月30日前将全年活动总结报送市工信局消费品工业科，同时抄送市商务局对外贸易科。",
    "联系人：市工信局消费品工业科 谭海燕，电话：0731-28681245，电子邮箱：zzfz2024@example.cn；"
    "市商务局对外贸易科 易军，电话：0731-28836617。",
]
ZZ_SIGN = ["株洲市工业和信息化局", "株洲市商务局", "2024年4月18日"]


def make_zhuzhou():
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in ZZ_PARAS)
    sign = "\n".join(f'<p style="text-align:right">{html.escape(s)}</p>' for s in ZZ_SIGN)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(ZZ_TITLE)}</title>
<style>body{{font-family:SimSun}} .nav a{{margin:0 8px}}</style>
<script>var _tj = _tj || []; /* site statistics */</script></head>
<body>
<div class="top">株洲市工业和信息化局 | 无障碍 | 关怀版 | English</div>
<div class="nav"><a href="#">首页</a><a href="#">信息公开</a><a href="#">政策文件</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 政策文件 &gt; 部门文件</div>
<table class="meta">
<tr><td>发文机关：株洲市工业和信息化局 株洲市商务局</td><td>发文字号：{ZZ_NO}</td></tr>
<tr><td>成文日期：2024-04-18</td><td>发布日期：2024-04-23</td></tr>
</table>
<h1>{html.escape(ZZ_TITLE)}</h1>
<p style="text-align:center">{ZZ_NO}</p>
{body}
{sign}
<div class="tools">【打印本页】【关闭窗口】 扫一扫在手机打开当前页</div>
<div class="footer">主办单位：株洲市工业和信息化局 网站标识码：4302000000 湘ICP备00000000号</div>
</body></html>
"""
    with open(os.path.join(OUT, "zhuzhou-2024-apparel-notice.html"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_anhui()
    make_pdf(JX_LINES, "jiangxi-2023-textile-apparel-plan.pdf", JX_TITLE)
    make_zhuzhou()
    make_pdf(GX_LINES, "guangxi-2024-silk-textile-notice.pdf", GX_TITLE)
    print("written to", OUT)

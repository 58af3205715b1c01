#!/usr/bin/env python3
"""Generate the four FICTIONAL local documents of heldout_v8 into docs/ (adapted from heldout_v7/make_docs.py).

- dali-2023-tie-dye-apparel-notice.txt          plain text encoded in GB18030 (not UTF-8), CRLF line ends;
                                                 one task heading is broken across two lines in the middle of
                                                 a word ("…销售渠" / "道"); cites the national notice
                                                 工信厅联消费函〔2023〕87号 as its basis; its attachment (任务分工表)
                                                 is only named, not included.
- hebei-2024-textile-apparel-notice.docx        python-docx; the core-properties title is WRONG on purpose
                                                 (a template's leftover "Word 文档模板"): the real title is only in
                                                 the body; a table (重点活动安排) sits INSIDE the body, before the
                                                 工作要求 and the sign-off.
- ningxia-2024-textile-upgrade-plan.html        a saved government web page of a 实施方案 (not a 通知) issued by
                                                 宁夏回族自治区人民政府办公厅 (宁政办发〔2024〕29号), with site chrome:
                                                 top bar, search, navigation, breadcrumb, metadata table, share
                                                 tools, related links, footer, a <script> and a <style>.
- liaoyuan-2024-hosiery-notice.pdf              reportlab + WenQuanYi Micro Hei, real text layer, two A4 pages; on
                                                 page 1 every （一）/（二） heading line is followed by its body text in
                                                 the same visual block (no paragraph break, no spacing).

Everything in them (units' offices, people, phones, e-mails @example.cn, events, numbers) is invented.
Deliberate ambiguities:
  * 文号: 河北 冀工信消费〔2024〕36号 and 辽源 辽源工信发〔2024〕36号 (same number, same year, different 机关代字);
  * report office: 大理 sends reports to the 州纺织服装产业发展服务中心 (赵丽娟), 宁夏 to the
    自治区纺织服装产业发展服务中心 (马晓燕) — the same kind of office, different people.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 大理 2023 (.txt, GB18030)
DL_TITLE = "大理白族自治州工业和信息化局 大理白族自治州商务局关于开展2023年大理州纺织服装优供给促升级活动的通知"
DL_NO = "大州工信发〔2023〕27号"
DL_LINES = [
    DL_NO,
    "",
    DL_TITLE,
    "",
    "各县（市）工业和信息化主管部门、商务主管部门，大理经济技术开发区经济发展局，州纺织服装行业协会：",
    "",
    "    根据《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》"
    "（工信厅联消费函〔2023〕87号）要求，结合我州白族扎染和民族服饰产业实际，决定在全州开展2023年纺织服装"
    "优供给促升级活动。现将有关事项通知如下：",
    "",
    "一、活动目标",
    "",
    "    到2023年底，全州扎染和民族服饰规模以上企业达到12户，培育大理扎染特色品牌5个，"
    "扎染产品线上销售额比2022年增长15%。",
    "",
    "二、重点任务",
    "",
    "（一）提升扎染工艺和人才水平",
    "    1. 在喜洲镇周城村、巍山县建设扎染图案数字化素材库，收录传统扎染纹样不少于300个，向设计企业开放使用。",
    "    2. 开展扎染技艺分层培训：",
    "    (1) 面向扎染手艺人开展扎花、染色技艺培训不少于15期；",
    "    (2) 面向企业经营管理人员开展品牌运营和电商运营培训不少于5期。",
    "",
    "（二）推动民族服饰品牌建设",
    "    1. 支持企业将白族、彝族服饰元素融入日常服装和家居纺织品设计，2023年推出扎染新品不少于100款。",
    "    2. 2023年9月在大理古城举办“苍洱民族服饰设计周”，开展新品发布、设计师对接和民族服饰展演。",
    "",
    "（三）拓展扎染产品线上线下销售渠",
    "道",
    "    1. 在大理古城、双廊镇设立扎染产品展销专柜，推动扎染产品进酒店、进景区。",
    "    2. 2023年11月开展“扎染直播月”活动，组织扎染企业和手艺人开展直播销售。",
    "    3. 组织企业参加在昆明举办的中国—南亚博览会，集中展示大理扎染和民族服饰产品。",
    "",
    "（四）推进扎染绿色化改造",
    "    1. 2023年底前在周城村建成扎染废水集中处理站1座，推动分散染坊废水集中收集处理。",
    "    2. 引导扎染企业优先使用天然植物染料，减少化学助剂使用。",
    "",
    "三、工作要求",
    "",
    "    （一）各县（市）于2023年6月15日前将本地活动方案报送州纺织服装产业发展服务中心。",
    "    （二）各县（市）于2023年7月10日前报送上半年活动进展，2023年12月15日前报送全年工作总结，"
    "同时抄送州商务局市场运行科。",
    "    （三）州纺织服装行业协会负责“苍洱民族服饰设计周”的组织实施，并做好扎染特色品牌的推荐工作。",
    "",
    "    联系人：州纺织服装产业发展服务中心 赵丽娟，电话：0872-2316548，电子邮箱：dlfz2023@example.cn；"
    "州商务局市场运行科 段志华，电话：0872-2123907。",
    "",
    "    附件：2023年大理州纺织服装优供给促升级活动任务分工表",
    "",
    "                                        大理白族自治州工业和信息化局",
    "                                        大理白族自治州商务局",
    "                                        2023年5月16日",
    "",
    "（此件公开发布，附件另行印送）",
]


def make_dali():
    text = "\r\n".join(DL_LINES) + "\r\n"
    with open(os.path.join(OUT, "dali-2023-tie-dye-apparel-notice.txt"), "wb") as f:
        f.write(text.encode("gb18030"))


# ---------------------------------------------------------------- 河北 2024 (.docx, wrong core title, table in body)
HB_TITLE = "河北省工业和信息化厅 河北省商务厅关于开展2024年河北省纺织服装“优供给促升级”活动的通知"
HB_NO = "冀工信消费〔2024〕36号"
HB_TO = "各市（含定州、辛集市）工业和信息化局、商务局，省纺织服装行业协会："
HB_BODY = [
    ("p", "为推动全省纺织服装产业设备更新和品牌提升，扩大优质纺织服装产品供给，"
          "决定2024年在全省开展纺织服装“优供给促升级”活动。现将有关事项通知如下："),
    ("h", "一、重点任务"),
    ("h", "（一）推进设备更新和数字化改造"),
    ("p", "1. 支持石家庄、邢台、衡水等地棉纺、针织企业更新高速精梳、自动络筒和智能缝制设备，"
          "2024年全省实施纺织服装设备更新项目不少于30个。"),
    ("p", "2. 培育纺织服装数字化转型标杆："),
    ("p", "(1) 认定纺织服装智能工厂不少于3家；"),
    ("p", "(2) 认定纺织服装数字化车间不少于10个。"),
    ("h", "（二）打造特色产业集群"),
    ("p", "1. 推动宁晋休闲服装、清河羊绒制品、辛集皮革服装等集群开展“一群一策”诊断服务，2024年服务企业不少于200家。"),
    ("p", "2. 2024年6月在石家庄举办京津冀纺织服装产业协同对接会，推动京津服装企业与我省集群开展订单和项目合作。"),
    ("h", "（三）提升品牌和设计水平"),
    ("p", "1. 2024年8月举办“燕赵杯”服装设计大赛，获奖作品优先推荐参加省级品牌推广活动。"),
    ("p", "2. 支持企业申报“河北纺织服装优质品牌”，2024年新培育优质品牌不少于15个。"),
    ("h", "（四）扩大内外贸市场"),
    ("p", "1. 2024年9月至10月开展“冀品焕新”纺织服装促消费活动，组织企业进商场、进社区、进直播间。"),
    ("p", "2. 支持羊绒、皮革服装企业开拓中东欧、中亚市场，2024年组织企业参加境外纺织服装展会不少于8场。"),
    ("p", "重点活动安排如下："),
    ("table", None),
    ("h", "二、工作要求"),
    ("p", "（一）各市于2024年3月31日前确定1名活动联络员，报省工业和信息化厅消费品工业处。"),
    ("p", "（二）各市于2024年4月20日前将本地设备更新项目清单报送省工业和信息化厅消费品工业处；"
          "境外展会参展计划于2024年5月10日前报送省商务厅对外贸易处。"),
    ("p", "（三）各市于2024年7月5日前报送上半年活动进展，2024年12月10日前报送全年工作总结。"),
    ("p", "（四）省纺织服装行业协会负责“燕赵杯”服装设计大赛和京津冀纺织服装产业协同对接会的具体组织工作。"),
    ("p", "联系人：省工业和信息化厅消费品工业处 高志远，电话：0311-87801256，电子邮箱：hbfz2024@example.cn；"
          "省商务厅对外贸易处 孙婧，电话：0311-87909342。"),
]
HB_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "京津冀纺织服装产业协同对接会", "2024年6月", "石家庄市", "省工业和信息化厅"],
    ["2", "“燕赵杯”服装设计大赛", "2024年8月", "邢台市", "省纺织服装行业协会"],
    ["3", "“冀品焕新”纺织服装促消费活动", "2024年9月至10月", "各市", "省商务厅"],
    ["4", "羊绒制品产销对接会", "2024年10月", "清河县", "邢台市工业和信息化局"],
]
HB_SIGN = ["河北省工业和信息化厅", "河北省商务厅", "2024年3月12日"]


def make_hebei():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    p = d.add_paragraph(HB_NO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(HB_TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    d.add_paragraph(HB_TO)
    for kind, text in HB_BODY:
        if kind == "table":
            t = d.add_table(rows=len(HB_TABLE), cols=len(HB_TABLE[0]))
            t.style = "Table Grid"
            for i, row in enumerate(HB_TABLE):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            continue
        para = d.add_paragraph(text)
        if kind == "h":
            para.runs[0].bold = True
    for s in HB_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # deliberate: a WRONG title left over from a template; the real title is only in the body
    d.core_properties.title = "Word 文档模板"
    d.core_properties.subject = ""
    d.core_properties.author = "fictional"
    d.core_properties.comments = "FICTIONAL document generated for evaluation (heldout_v8)"
    d.save(os.path.join(OUT, "hebei-2024-textile-apparel-notice.docx"))


# ---------------------------------------------------------------- 宁夏 2024 (.html, 实施方案 of a 人民政府办公厅)
NX_TITLE = "宁夏回族自治区纺织服装产业提质升级三年行动实施方案（2024—2026年）"
NX_NO = "宁政办发〔2024〕29号"
NX_ISSUER = "宁夏回族自治区人民政府办公厅"
NX_PARAS = [
    ("p", "为加快推动自治区纺织服装产业提质升级，做精做强羊绒特色产业链，扩大优质纺织服装产品供给，"
          "结合自治区实际，制定本实施方案。"),
    ("h", "一、总体目标"),
    ("p", "到2026年，全区纺织服装产业营业收入达到300亿元，羊绒制品精深加工率达到60%，"
          "培育国内知名纺织服装品牌5个、自治区级数字化车间20个。"),
    ("h", "二、重点任务"),
    ("h", "（一）做精羊绒产业链"),
    ("p", "1. 以灵武市羊绒产业园为核心，推动无毛绒向纱线、针织衫、面料等终端产品延伸，提高精深加工比重。"),
    ("p", "2. 建设羊绒纤维检验检测公共服务平台1个，为企业提供细度、长度和含绒量检测服务。"),
    ("h", "（二）推进数字化绿色化改造"),
    ("p", "1. 分年度推进数字化改造："),
    ("p", "(1) 2024年完成纺织服装企业数字化诊断不少于50家；"),
    ("p", "(2) 2025年建成自治区级数字化车间10个；"),
    ("p", "(3) 2026年自治区级数字化车间累计达到20个。"),
    ("p", "2. 推动洗毛、染整企业实施节水和中水回用改造，到2026年单位产品取水量较2023年下降10%。"),
    ("h", "（三）培育品牌和拓展市场"),
    ("p", "1. 每年举办一届“塞上羊绒”时尚发布活动，集中发布羊绒新品和流行趋势。"),
    ("p", "2. 依托中国—阿拉伯国家博览会设立纺织服装专区，支持企业拓展阿拉伯国家市场。"),
    ("p", "3. 支持羊绒企业在电商平台开设品牌旗舰店，发展直播电商和定制服务。"),
    ("h", "（四）强化人才和要素保障"),
    ("p", "1. 支持区内职业院校开设服装设计、纺织技术专业方向，每年培养纺织服装技能人才不少于500人。"),
    ("p", "2. 引导金融机构加大对纺织服装企业设备更新和技术改造的信贷支持。"),
    ("h", "三、保障措施"),
    ("p", "（一）加强组织领导。自治区工业和信息化厅牵头，会同自治区发展改革委、商务厅、人力资源社会保障厅等部门"
          "建立纺织服装产业提质升级工作专班，统筹推进各项任务。"),
    ("p", "（二）强化工作调度。各市、县（区）于每半年结束后15日内将工作进展报送自治区纺织服装产业发展服务中心，"
          "每年12月20日前报送年度工作总结。"),
    ("p", "（三）开展评估总结。自治区工业和信息化厅于2026年11月底前组织开展实施方案终期评估，评估结果报自治区人民政府。"),
    ("p", "联系人：自治区纺织服装产业发展服务中心 马晓燕，电话：0951-5036271，电子邮箱：nxfz2024@example.cn；"
          "自治区商务厅对外贸易处 丁文斌，电话：0951-5069813。"),
]
NX_SIGN = [NX_ISSUER, "2024年6月5日"]


def make_ningxia():
    out = []
    for kind, text in NX_PARAS:
        if kind == "h":
            out.append(f"<p><strong>{html.escape(text)}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em">{html.escape(text)}</p>')
    body = "\n".join(out)
    sign = "\n".join(f'<p style="text-align:right">{html.escape(s)}</p>' for s in NX_SIGN)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(NX_TITLE)}_宁夏回族自治区人民政府门户网站</title>
<meta name="ArticleTitle" content="{html.escape(NX_TITLE)}">
<meta name="ContentSource" content="自治区人民政府办公厅">
<style>body{{font-family:"Microsoft YaHei"}} .nav a{{margin:0 10px}} .meta td{{padding:2px 12px}} .footer{{color:#777}}</style>
<script>var _maq = _maq || []; (function(){{ /* visit statistics */ }})();</script></head>
<body>
<div class="top">宁夏回族自治区人民政府 | 无障碍 | 关怀版 | English | 登录 | 注册</div>
<div class="search">全站搜索 <input type="text" value="请输入关键词"> 搜索</div>
<div class="nav"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据发布</a><a href="#">走进宁夏</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 宁政办发</div>
<table class="meta">
<tr><td>索引号：640000000/2024-00029</td><td>主题分类：工业、交通\\工业</td></tr>
<tr><td>发文机关：{NX_ISSUER}</td><td>发文字号：{NX_NO}</td></tr>
<tr><td>成文日期：2024-06-05</td><td>发布日期：2024-06-11</td></tr>
<tr><td>有效性：有效</td><td>体裁：实施方案</td></tr>
</table>
<h1>{html.escape(NX_TITLE)}</h1>
{body}
{sign}
<div class="share">分享到： 微信 微博 QQ空间 【字号：大 中 小】 【打印本页】 【关闭窗口】</div>
<div class="related">相关链接：<a href="#">工业和信息化部</a> <a href="#">商务部</a> <a href="#">宁夏回族自治区工业和信息化厅</a></div>
<div class="footer">主办：宁夏回族自治区人民政府办公厅 网站标识码：6400000000 宁ICP备00000000号 宁公网安备 00000000000000号 网站地图 联系我们</div>
</body></html>
"""
    with open(os.path.join(OUT, "ningxia-2024-textile-upgrade-plan.html"), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 辽源 2024 (.pdf, two pages)
LY_TITLE = "辽源市工业和信息化局 辽源市商务局关于开展2024年袜业优供给促升级活动的通知"
LY_NO = "辽源工信发〔2024〕36号"
# ("hb", heading, body): heading line and its body text in ONE visual block (a line break, no paragraph space)
LY_LINES = [
    ("c", LY_NO),
    ("t", LY_TITLE),
    ("p0", "各县（区）工业和信息化主管部门、商务主管部门，辽源经济开发区管委会，市袜业协会："),
    ("p", "为推动我市袜业高端化、智能化、绿色化发展，扩大优质袜品供给，决定2024年在全市开展袜业优供给促升级活动。"
          "有关事项通知如下："),
    ("h", "一、重点任务"),
    ("hb", "（一）推进袜机智能化改造",
     "1. 支持袜业企业更新电脑袜机和自动缝头、定型设备，2024年全市更新智能袜机不少于2000台。"),
    ("p", "2. 建设袜业工业互联网平台1个，接入袜业企业不少于100家，提供订单共享和产能调度服务。"),
    ("hb", "（二）提升产品质量和设计水平",
     "1. 引导企业开发运动功能袜、抗菌除臭袜、中老年健康袜等产品，2024年新增袜品团体标准不少于3项。"),
    ("p", "2. 2024年7月举办“辽源袜业”设计创新大赛，优秀作品优先在辽源袜业采购节上展示。"),
    ("hb", "（三）扩大线上线下销售",
     "1. 依托辽源袜业园电商直播基地，培育年销售额超过1000万元的直播电商企业不少于10家。"),
    ("p", "2. 2024年9月在辽源袜业园举办“辽源袜业采购节”，邀请国内服装、商超采购商开展集中采购。"),
    ("p", "3. 组织企业参加展会："),
    ("p", "(1) 中国—东北亚博览会，设立辽源袜业展区；"),
    ("p", "(2) 国内重点纺织服装展会不少于5场。"),
    ("h", "（四）开拓国际市场"),
    ("p", "1. 支持企业通过跨境电商扩大对俄罗斯、日本、韩国的袜品出口，2024年全市袜品出口额比2023年增长10%。"),
    ("p", "2. 鼓励企业开展境外商标注册和产品认证，提升辽源袜品国际知名度。"),
    ("h", "二、工作要求"),
    ("p", "（一）各县（区）于2024年5月15日前将本地工作方案报送市工业和信息化局消费品工业科。"),
    ("p", "（二）各县（区）于每季度结束后10日内报送活动进展，2024年12月15日前报送全年工作总结。"),
    ("p", "（三）拟参加中国—东北亚博览会的企业名单于2024年6月30日前报送市商务局对外贸易科。"),
    ("p", "（四）市袜业协会负责“辽源袜业”设计创新大赛和辽源袜业采购节的组织实施。"),
    ("p", "联系人：市工业和信息化局消费品工业科 王海涛，电话：0437-3218645，电子邮箱：lywy2024@example.cn；"
          "市商务局对外贸易科 刘佳，电话：0437-3225109。"),
    ("r", "辽源市工业和信息化局"),
    ("r", "辽源市商务局"),
    ("r", "2024年4月22日"),
]


def make_liaoyuan():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    base = ParagraphStyle("b", fontName="WQY", fontSize=14, leading=25, wordWrap="CJK", firstLineIndent=28)
    styles = {
        "p": base,
        "p0": ParagraphStyle("p0", parent=base, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, firstLineIndent=0, spaceBefore=6),
        "hb": ParagraphStyle("hb", parent=base, firstLineIndent=0),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "t": ParagraphStyle("t", parent=base, alignment=TA_CENTER, fontSize=17, leading=28,
                            firstLineIndent=0, spaceBefore=10, spaceAfter=10),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
    }
    story = []
    for item in LY_LINES:
        kind = item[0]
        if kind == "hb":
            # heading line directly followed by its body text in the same block: no paragraph break, no space
            story.append(Paragraph(html.escape(item[1]) + "<br/>" + "　　" + html.escape(item[2]), styles["hb"]))
        else:
            story.append(Paragraph(html.escape(item[1]), styles[kind]))
        story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(os.path.join(OUT, "liaoyuan-2024-hosiery-notice.pdf"), pagesize=A4,
                            title=LY_TITLE, author="fictional")
    doc.build(story)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_dali()
    make_hebei()
    make_ningxia()
    make_liaoyuan()
    print("written to", OUT)

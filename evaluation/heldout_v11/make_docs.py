#!/usr/bin/env python3
"""Generate the four FICTIONAL local documents of heldout_v11 into docs/ (format ideas adapted from heldout_v9).

- keqiao-2024-fabric-notice.docx          python-docx; a REVISED DRAFT with Word tracked changes: several values
                                          were changed with <w:del>/<w:ins> runs (old value deleted, new value
                                          inserted) and one whole sentence is a tracked deletion. The document's
                                          valid text is the "accepted" view: inserted text in, deleted text out.
                                          A reader that only walks plain runs loses the inserted values; a reader
                                          that keeps w:delText shows stale values.
- shantou-2024-underwear-homewear-notice.html
                                          a saved web page declared and encoded as GBK (<meta charset="gbk">), in
                                          the style of a WeChat-article editor: <section> blocks whose sentences are
                                          split into many inline-styled <span>s, &nbsp; entities, and an HTML
                                          comment (editor's note) that is not visible text.
- lhasa-2025-handwoven-textile-notice.pdf reportlab canvas + WenQuanYi Micro Hei, real text layer, three A4 pages:
                                          a red-letter head (发文机关标志 + 文号 + red rule), a diagonal watermark
                                          "此件公开发布" on every page (it lands in the extracted text), footer
                                          "- N -", and the attachment (an activity table) on page 3 (landscape).
- nantong-2023-home-textile-notice.txt    plain text saved by Windows Notepad as "Unicode": UTF-16 LE with BOM,
                                          CRLF; the activity table is TAB-separated; the notice cites the national
                                          notice 工信厅联消费函〔2023〕87号 as its basis.

Everything in them (units' offices, people, phones, e-mails @example.cn, events, numbers) is invented.
Deliberate ambiguities:
  * 文号: 柯桥 柯经信〔2024〕27号 and 汕头 汕工信〔2024〕27号 (same number, same year, different 机关代字);
  * a same-named unit: 南通 (2023) and 拉萨 (2025) both name a "市非物质文化遗产保护中心" as second contact, with
    different people (季红梅 / 扎西顿珠) and phones.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- 柯桥 2024 (.docx with tracked changes)
KQ_NO = "柯经信〔2024〕27号"
KQ_TITLE = "绍兴市柯桥区经济和信息化局　绍兴市柯桥区商务局关于开展2024年柯桥纺织面料优供给促升级活动的通知"
KQ_TO = "各镇人民政府、街道办事处，柯桥经济技术开发区管委会，中国轻纺城建设管理委员会，区纺织行业协会："
# a paragraph is a list of segments: plain str, ("del", old) or ("ins", new)
KQ_BODY = [
    ("p", ["为推动全区纺织印染产业高质量发展，扩大优质面料供给，打响“柯桥优品”面料品牌，经研究，决定2024年在全区"
           "开展纺织面料优供给促升级活动。现将有关事项通知如下："]),
    ("h", ["一、活动目标"]),
    ("p", ["到2024年底，全区规模以上纺织企业工业产值同比增长", ("del", "4%"), ("ins", "5%"),
           "以上，完成印染企业数字化改造", ("del", "25家"), ("ins", "30家"), "，培育“柯桥优品”面料品牌15个。"]),
    ("h", ["二、重点任务"]),
    ("h", ["（一）推动印染产业绿色智能升级"]),
    ("p", ["1. 支持印染企业实施数字化改造，推广数码印花、无水少水染色等技术。",
           ("del", "对完成改造的企业给予一次性奖励20万元。")]),
    ("p", ["2. 推进绿色制造："]),
    ("p", ["(1) 2024年新创建省级以上绿色工厂5家；"]),
    ("p", ["(2) 印染企业单位产品综合能耗比2023年下降3%。"]),
    ("h", ["（二）提升面料设计和流行趋势发布能力"]),
    ("p", ["1. 2024年3月、9月两次发布“柯桥面料流行趋势”，组织企业开发趋势面料新品不少于800款。"]),
    ("p", ["2. 2024年", ("del", "10月"), ("ins", "11月"), "举办“柯桥杯”面料设计大赛，面向高校学生和青年设计师征集作品。"]),
    ("p", ["3. 在中国轻纺城建设面料设计师驿站3个，为中小企业提供花型设计服务。"]),
    ("h", ["（三）拓展面料内外贸市场"]),
    ("p", ["1. 2024年7月在中国轻纺城举办“面料直播节”，组织市场经营户开展直播带货。"]),
    ("p", ["2. 2024年6月举办轻纺城跨境采购对接会，邀请共建“一带一路”国家采购商参加。"]),
    ("p", ["3. 组织企业参加法国巴黎第一视觉面料展，设立“柯桥面料”展区。"]),
    ("h", ["（四）推进废旧纺织品和边角料利用"]),
    ("p", ["1. 在柯桥街道、华舍街道布设废旧衣物回收点", ("del", "100个"), ("ins", "150个"), "。"]),
    ("p", ["2. 支持再生纤维企业与印染、服装企业签订边角料回收利用协议。"]),
    ("h", ["三、工作要求"]),
    ("p", ["（一）各镇街、开发区于2024年", ("del", "4月10日"), ("ins", "4月20日"),
           "前将实施计划报送区经济和信息化局消费品产业科。"]),
    ("p", ["（二）各镇街、开发区于2024年12月15日前报送全年工作总结，同时抄送区商务局外贸科。"]),
    ("p", ["（三）区纺织行业协会负责“柯桥杯”面料设计大赛的具体组织，中国轻纺城建设管理委员会负责“面料直播节”的场地协调。"]),
    ("p", ["联系人：区经济和信息化局消费品产业科 沈国良，电话：0575-84125736，电子邮箱：kqfz2024@example.cn；"
           "区商务局外贸科 钱晓燕，电话：0575-84106627。"]),
]
KQ_SIGN = ["绍兴市柯桥区经济和信息化局", "绍兴市柯桥区商务局", "2024年3月26日"]


def make_keqiao():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    rev = [0]

    def tracked(p, tag, text):
        rev[0] += 1
        wrap = OxmlElement("w:" + tag)
        wrap.set(qn("w:id"), str(rev[0]))
        wrap.set(qn("w:author"), "区经信局消费品产业科")
        wrap.set(qn("w:date"), "2024-03-25T16:%02d:00Z" % rev[0])
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        wrap.append(r)
        p._p.append(wrap)

    for line in (KQ_NO,):
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(KQ_TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(16)
    d.add_paragraph(KQ_TO)
    for kind, segs in KQ_BODY:
        p = d.add_paragraph()
        for s in segs:
            if isinstance(s, str):
                run = p.add_run(s)
                if kind == "h":
                    run.bold = True
            else:
                tracked(p, s[0], s[1])
        if kind == "p":
            p.paragraph_format.first_line_indent = Pt(32)
    d.add_paragraph("")
    for s in KQ_SIGN:
        d.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("（此件公开发布）")
    # Word's "track revisions" switch stays on in the saved draft
    settings = d.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.insert(0, tr)
    d.core_properties.title = "柯桥区2024年面料优供给促升级活动通知（修订稿）"
    d.core_properties.author = "fictional"
    d.core_properties.comments = "FICTIONAL document generated for evaluation (heldout_v11)"
    d.save(os.path.join(OUT, "keqiao-2024-fabric-notice.docx"))


# ---------------------------------------------------------------- 汕头 2024 (.html, GBK, span-fragmented)
ST_TITLE = "汕头市工业和信息化局 汕头市商务局关于开展2024年汕头内衣家居服优供给促升级活动的通知"
ST_NO = "汕工信〔2024〕27号"
ST_BLOCKS = [
    ("to", "各区（县）工业和信息化局、商务局，市纺织服装产业协会，各有关企业："),
    ("p", "为促进我市内衣家居服产业转型升级，扩大优质产品供给，提升“汕头内衣”区域品牌影响力，"
          "市工业和信息化局、市商务局决定2024年在全市开展内衣家居服优供给促升级活动。现将有关事项通知如下："),
    ("h", "一、活动目标"),
    ("p", "到2024年底，全市规模以上内衣家居服企业营业收入同比增长7%以上，培育“汕头内衣”区域品牌骨干企业20家，"
          "内衣家居服跨境电商出口额同比增长15%。"),
    ("h", "二、重点任务"),
    ("h", "（一）推进智能化改造"),
    ("p", "1. 支持潮南区、澄海区内衣企业实施智能裁剪、自动化缝制等改造项目不少于25个。"),
    ("p", "2. 推广无缝针织技术："),
    ("p", "(1) 建设无缝针织公共打样中心1个；"),
    ("p", "(2) 开展无缝针织技术培训不少于10期。"),
    ("h", "（二）打造“汕头内衣”区域品牌"),
    ("p", "1. 2024年8月在潮南区峡山街道举办“汕头内衣节”，集中发布内衣家居服新品。"),
    ("p", "2. 推动潮绣、抽纱等非遗技艺与家居服设计融合，开发非遗元素新品不少于40款。"),
    ("h", "（三）扩大内需消费"),
    ("p", "1. 2024年6月开展“潮人潮购·舒适生活”家居服消费周，组织企业进商超、进社区。"),
    ("p", "2. 支持建设内衣家居服直播基地2个，培育本地直播电商团队。"),
    ("h", "（四）开拓国际市场"),
    ("p", "1. 面向东盟、拉美市场举办线上线下供需对接会4场。"),
    ("p", "2. 支持企业在东盟国家布局海外仓，2024年新增海外仓3个。"),
    ("h", "三、工作要求"),
    ("p", "（一）各区（县）于2024年6月10日前将实施方案报送市工业和信息化局消费品工业科。"),
    ("p", "（二）各区（县）于2024年12月10日前报送全年工作总结，同时抄送市商务局对外贸易科。"),
    ("p", "（三）市纺织服装产业协会负责“汕头内衣节”的具体组织，并做好参展企业的遴选推荐。"),
    ("p", "联系人：市工业和信息化局消费品工业科 林晓东，电话：0754-88275613，电子邮箱：stny2024@example.cn；"
          "市商务局对外贸易科 蔡丽君，电话：0754-88163027。"),
    ("sign", "汕头市工业和信息化局"),
    ("sign", "汕头市商务局"),
    ("sign", "2024年5月6日"),
]


def span_split(text):
    """Cut a sentence into inline-styled <span>s, as WeChat-style editors do (every 7 characters here)."""
    out = []
    for i in range(0, len(text), 7):
        chunk = html.escape(text[i:i + 7]).replace(" ", "&nbsp;")
        style = "font-size:15px;color:#333333;" if (i // 7) % 2 == 0 else "font-size: 15px; color: rgb(51,51,51);"
        out.append(f'<span style="{style}">{chunk}</span>')
    return "".join(out)


def make_shantou():
    parts = []
    for kind, text in ST_BLOCKS:
        if kind == "h":
            parts.append(f'<section style="margin-top:12px;"><span style="font-weight:bold;">{html.escape(text)}</span>'
                         f"</section>")
        elif kind == "sign":
            parts.append(f'<section style="text-align:right;">{span_split(text)}</section>')
        elif kind == "to":
            parts.append(f"<section>{span_split(text)}</section>")
        else:
            parts.append(f'<section style="text-indent:2em;">{span_split(text)}</section>')
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{html.escape(ST_TITLE)}_汕头市工业和信息化局</title>
<style>.rich_media_content section{{line-height:1.75;}} .meta span{{margin-right:2em;}}</style>
<script>var _pv = 0; function share(){{ return false; }}</script>
</head>
<body>
<div class="top">首页&nbsp;&gt;&nbsp;政务公开&nbsp;&gt;&nbsp;通知公告</div>
<h1 class="rich_media_title">{html.escape(ST_TITLE)}</h1>
<div class="meta"><span>发布日期：2024-05-09</span><span>来源：汕头市工业和信息化局</span><span>浏览次数：</span></div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center;">{span_split(ST_NO)}</section>
<!-- 编辑备注：正文由公众号编辑器排版后粘贴，如需修改请联系信息科 -->
{chr(10).join(parts)}
</div>
<div class="share">分享到：<a href="javascript:share()">微信</a>&nbsp;<a href="javascript:share()">微博</a></div>
<div class="foot">主办：汕头市工业和信息化局&nbsp;&nbsp;|&nbsp;&nbsp;网站标识码：4405000000</div>
</body>
</html>
"""
    with open(os.path.join(OUT, "shantou-2024-underwear-homewear-notice.html"), "w", encoding="gbk",
              newline="\n") as f:
        f.write(page)


# ---------------------------------------------------------------- 拉萨 2025 (.pdf, red-letter head, watermark)
LS_HEAD = "拉萨市工业和信息化局 拉萨市商务局文件"
LS_NO = "拉工信发〔2025〕15号"
LS_TITLE = ["拉萨市工业和信息化局 拉萨市商务局", "关于开展2025年民族手工纺织品优供给促升级活动的通知"]
LS_WATERMARK = "此件公开发布"
LS_BODY = [
    "各县（区）工业和信息化局、商务局，拉萨经济技术开发区管委会，市民族手工业协会：",
    "　　为传承发展氆氇、卡垫、邦典等民族手工纺织技艺，扩大优质民族手工纺织品供给，带动农牧民增收就业，"
    "决定2025年在全市开展民族手工纺织品优供给促升级活动。现将有关事项通知如下：",
    "#一、活动目标",
    "　　2025年全市民族手工纺织品销售额比2024年增长10%，新增手工纺织专业合作社15个，带动农牧民就业2000人以上。",
    "#二、重点任务",
    "#（一）提升氆氇卡垫织造水平",
    "　　1. 在堆龙德庆区、达孜区建设氆氇织造示范点6个，推广改良织机和标准化工艺。",
    "　　2. 推广天然植物染色技术：",
    "　　(1) 举办植物染色技术培训12期；",
    "　　(2) 开发民族手工纺织新品不少于80款。",
    "#（二）加强非遗传承",
    "　　1. 市非物质文化遗产保护中心组织邦典、氆氇织造技艺代表性传承人开展带徒传艺，2025年带徒不少于300人。",
    "　　2. 2025年8月雪顿节期间在宗角禄康公园举办“拉萨手工纺织品展”。",
    "#（三）促进民族服饰消费",
    "　　1. 2025年9月开展“雪域衣韵”民族服饰消费月活动，组织合作社进商场、进景区。",
    "　　2. 在八廓街设立“拉萨手作”民族手工纺织品展销专区。",
    "#（四）拓展产销对接渠道",
    "　　1. 组织合作社参加中国西藏旅游文化国际博览会，集中展示民族手工纺织品。",
    "　　2. 推动合作社与电商平台合作，开设线上店铺不少于20家。",
    "#三、工作要求",
    "　　（一）各县（区）于2025年4月30日前将活动方案报送市工业和信息化局消费品工业科。",
    "　　（二）各县（区）每季度结束后10日内报送工作进展，2025年12月5日前报送全年工作总结，同时抄送市商务局流通科。",
    "　　（三）市民族手工业协会负责“拉萨手工纺织品展”参展合作社的组织，于2025年7月15日前将参展名单报市工业和信息化局。",
    "　　联系人：市工业和信息化局消费品工业科 次仁卓玛，电话：0891-6325718，电子邮箱：lsfz2025@example.cn；"
    "市非物质文化遗产保护中心 扎西顿珠，电话：0891-6831042。",
    "　　附件：2025年拉萨市民族手工纺织品优供给促升级活动安排表",
    ">拉萨市工业和信息化局　　拉萨市商务局",
    ">2025年3月18日",
    "　　（此件公开发布）",
]
LS_TABLE_TITLE = "2025年拉萨市民族手工纺织品优供给促升级活动安排表"
LS_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "植物染色技术培训", "2025年5月至10月", "堆龙德庆区、达孜区", "市工业和信息化局"],
    ["2", "拉萨手工纺织品展", "2025年8月", "宗角禄康公园", "市非物质文化遗产保护中心"],
    ["3", "“雪域衣韵”民族服饰消费月", "2025年9月", "城关区各商场、景区", "市商务局"],
    ["4", "中国西藏旅游文化国际博览会展示", "2025年10月", "拉萨市", "市民族手工业协会"],
]


def make_lhasa():
    from reportlab.lib.colors import Color, black, red
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rl_canvas
    try:
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    except Exception:
        pass
    path = os.path.join(OUT, "lhasa-2025-handwoven-textile-notice.pdf")
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("")
    c.setAuthor("fictional")
    c.setSubject("FICTIONAL document generated for evaluation (heldout_v11)")
    page = [1]

    def watermark(w, h):
        c.saveState()
        c.setFillColor(Color(0.6, 0.6, 0.6, alpha=0.25))
        c.setFont("WQY", 48)
        c.translate(w / 2, h / 2)
        c.rotate(35)
        c.drawCentredString(0, 0, LS_WATERMARK)
        c.restoreState()

    def footer(w):
        c.setFont("WQY", 11)
        c.setFillColor(black)
        c.drawCentredString(w / 2, 40, f"- {page[0]} -")

    W, H = A4
    watermark(W, H)
    c.setFillColor(red)
    c.setFont("WQY", 26)
    c.drawCentredString(W / 2, H - 110, LS_HEAD)
    c.setFillColor(black)
    c.setFont("WQY", 13)
    c.drawCentredString(W / 2, H - 150, LS_NO)
    c.setStrokeColor(red)
    c.setLineWidth(1.5)
    c.line(70, H - 162, W - 70, H - 162)
    c.setFont("WQY", 17)
    y = H - 200
    for t in LS_TITLE:
        c.drawCentredString(W / 2, y, t)
        y -= 26
    y -= 8
    left, right, size, lead = 72, W - 72, 12.5, 21
    for para in LS_BODY:
        align_right = para.startswith(">")
        heading = para.startswith("#")
        text = para.lstrip(">#")
        lines, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, "WQY", size) > right - left:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        for ln in lines:
            if y < 80:
                footer(W)
                c.showPage()
                page[0] += 1
                watermark(W, H)
                y = H - 80
            c.setFont("WQY", size)
            c.setFillColor(black)
            if align_right:
                c.drawRightString(right - 20, y, ln)
            else:
                c.drawString(left + (0 if not heading else 25), y, ln)
            y -= lead
    footer(W)
    c.showPage()
    # attachment page, landscape
    page[0] += 1
    LW, LH = landscape(A4)
    c.setPageSize((LW, LH))
    watermark(LW, LH)
    c.setFont("WQY", 13)
    c.setFillColor(black)
    c.drawString(60, LH - 60, "附件")
    c.setFont("WQY", 16)
    c.drawCentredString(LW / 2, LH - 95, LS_TABLE_TITLE)
    cols = [60, 110, 330, 480, 620, LW - 60]
    y = LH - 140
    c.setFont("WQY", 12)
    for row in LS_TABLE:
        c.line(cols[0], y + 18, cols[-1], y + 18)
        for i, cell in enumerate(row):
            c.drawString(cols[i] + 6, y, cell)
        y -= 32
    c.line(cols[0], y + 18, cols[-1], y + 18)
    for x in cols:
        c.line(x, LH - 122, x, y + 18)
    footer(LW)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 南通 2023 (.txt, UTF-16 LE + BOM, tabs)
NT_LINES = [
    "南通市工业和信息化局文件",
    "",
    "通工信消费〔2023〕41号",
    "",
    "南通市工业和信息化局 南通市商务局关于组织开展2023年南通家纺服装优供给促升级系列活动的通知",
    "",
    "各县（市、区）工业和信息化主管部门、商务主管部门，市家纺行业协会，市服装行业协会：",
    "　　为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》"
    "（工信厅联消费函〔2023〕87号）要求，发挥我市家纺服装产业集群优势，经研究，决定在全市组织开展2023年"
    "家纺服装优供给促升级系列活动。现将有关事项通知如下：",
    "　　一、活动目标",
    "　　到2023年底，全市家纺服装规模以上企业营业收入同比增长6%以上，家纺产品网络零售额同比增长12%，"
    "新增省级以上工业设计中心4家，培育家纺自主品牌20个。",
    "　　二、重点活动",
    "　　（一）家纺设计提升",
    "　　1. 2023年8月在海门区叠石桥举办“江海杯”家纺设计大赛，征集床品、毛巾、窗帘等家纺设计作品。",
    "　　2. 在海门区、通州区建设家纺花型版权登记服务站2个，为企业提供花型登记和维权服务。",
    "　　（二）蓝印花布非遗传承",
    "　　1. 支持市非物质文化遗产保护中心联合企业开发蓝印花布、扎染家纺新品不少于50款。",
    "　　2. 2023年10月在濠河风景区举办“蓝印花布非遗市集”。",
    "　　（三）家纺消费促进",
    "　　1. 2023年6月至9月开展“夏日凉品·家纺惠民季”活动，组织企业进商圈、进社区、进直播间。",
    "　　2. 支持叠石桥国际家纺城建设直播基地：",
    "　　(1) 培训家纺直播从业人员不少于500人次；",
    "　　(2) 孵化年销售额超千万元的家纺直播账号10个。",
    "　　（四）拓展国际市场",
    "　　1. 组织企业参加德国法兰克福国际家用及商用纺织品展览会，设立“南通家纺”展区。",
    "　　2. 面向东南亚、中东市场举办“南通家纺全球行”线上对接会3场。",
    "　　三、工作要求",
    "　　（一）各县（市、区）于2023年5月31日前将活动方案报送市工业和信息化局消费品工业处。",
    "　　（二）各县（市、区）于2023年11月30日前报送活动开展情况和典型案例，同时抄送市商务局流通业发展处。",
    "　　（三）市家纺行业协会负责在“南通家纺”公众号开设活动专栏，做好宣传报道；市服装行业协会负责组织服装企业参加各项活动。",
    "　　四、活动安排表",
    "序号\t活动名称\t时间\t地点\t牵头单位",
    "1\t“江海杯”家纺设计大赛\t2023年8月\t海门区叠石桥\t市家纺行业协会",
    "2\t夏日凉品·家纺惠民季\t2023年6月至9月\t各县（市、区）\t市商务局",
    "3\t蓝印花布非遗市集\t2023年10月\t濠河风景区\t市非物质文化遗产保护中心",
    "4\t“南通家纺全球行”线上对接会\t2023年9月至11月\t线上\t市商务局",
    "",
    "　　联系人：市工业和信息化局消费品工业处 陆建华，电话：0513-85098231，电子邮箱：ntjf2023@example.cn；"
    "市非物质文化遗产保护中心 季红梅，电话：0513-85512306。",
    "",
    "　　　　　　　　　　　　　　　　南通市工业和信息化局　　南通市商务局",
    "　　　　　　　　　　　　　　　　　　　　2023年5月12日",
    "　　（此件公开发布）",
]


def make_nantong():
    text = "\r\n".join(NT_LINES) + "\r\n"
    with open(os.path.join(OUT, "nantong-2023-home-textile-notice.txt"), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_keqiao()
    make_shantou()
    make_lhasa()
    make_nantong()
    print("written:", sorted(os.listdir(OUT)))

#!/usr/bin/env python3
"""Regenerate the FICTIONAL local documents of heldout_v18 into this folder (see README.md beside this script).

Every unit's internal office, person, phone, e-mail (example.cn), event, venue, date, target, number, 索引号 and 文号
below is invented for evaluation; any resemblance to real documents or people is coincidental.
The output is deterministic: reportlab runs in invariant mode, zip members carry fixed timestamps.
Usage: python3 docs/make_docs.py            (all documents)
       python3 docs/make_docs.py yancheng   (one document, by the start of its file name)
"""
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
NATIONAL_TITLE = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"

# characters that may not start / end a line when text is wrapped
NOHEAD = set("，。、；：？！）》」』”’…%％〕】·,.;:!?)]")
NOTAIL = set("（《「『“‘〔【([")


def wrap(text, width, measure):
    """Greedy wrap of CJK text to `width` points (measure(s) -> width), keeping punctuation rules."""
    lines, cur = [], ""
    for ch in text:
        if measure(cur + ch) <= width or not cur:
            cur += ch
            continue
        if ch in NOHEAD:                      # pull the last character down with the punctuation
            lines.append(cur[:-1])
            cur = cur[-1] + ch
        elif cur[-1] in NOTAIL:
            lines.append(cur[:-1])
            cur = cur[-1] + ch
        else:
            lines.append(cur)
            cur = ch
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------------------------------------------
# 1. 盐城 (2023): a joint red-headed notice that forwards the national notice, printed to PDF
# ---------------------------------------------------------------------------------------------------------------
YC_FILE = "yancheng-2023-textile-silk-forwarding-notice.pdf"
YC_ISSUERS = ["盐城市工业和信息化局", "盐城市商务局"]
YC_NO = "盐工信发〔2023〕26号"
YC_TITLE = "盐城市工业和信息化局 盐城市商务局关于转发《" + NATIONAL_TITLE + "》的通知"
YC_TO = ("各县（市、区）工业和信息化局、商务局，盐城经济技术开发区、盐城高新技术产业开发区经济发展局，"
         "市纺织服装行业协会，市茧丝绸行业协会：")
YC_BODY = [
    ("p", "现将《" + NATIONAL_TITLE + "》（" + NATIONAL_NO + "）转发给你们，请结合实际认真抓好落实。"
          "为做好我市活动组织工作，现将有关事项补充通知如下："),
    ("h", "一、活动目标"),
    ("p", "2023年全市组织开展纺织服装“优供给促升级”各类活动不少于16场；推动25家规模以上纺织服装企业实施智能化改造"
          "和数字化转型；新培育市级纺织服装重点品牌8个；全市规模以上纺织服装企业营业收入同比增长5%以上。"),
    ("h", "二、重点活动"),
    ("p", "（一）智改数转诊断服务。由市工业和信息化局牵头，组织智能化改造和数字化转型服务商对东台市、建湖县的纺纱、"
          "织造、印染企业开展免费诊断，全年不少于40家次；2023年8月在东台市召开纺织行业智改数转现场推进会，"
          "推广自动络筒、智能验布和能耗在线监测等适用技术。"),
    ("p", "（二）茧丝绸特色产品推广。支持射阳县、东台市茧丝绸企业开发真丝家纺、丝绸服饰和丝绸文创等特色产品，"
          "传承蚕桑丝绸技艺；2023年9月在射阳县举办“盐城丝韵”丝绸产品展示推介会，由市茧丝绸行业协会承办。"),
    ("p", "（三）绿色低碳提升。推动阜宁县、盐都区印染企业实施节水减排和中水回用改造，全年完成改造项目6个；"
          "在亭湖区、盐都区主城区设置旧衣物回收箱不少于150个，探索废旧纺织品分拣和再利用。"),
    ("p", "（四）产销对接和消费促进。2023年6月在盐都区举办纺织服装产业链上下游对接会，组织龙头企业与面料、辅料、"
          "成衣加工等中小企业开展订单对接；2023年9月至10月开展“盐城好衣”金秋消费季，组织商场、专业市场和电商平台"
          "开展新品首发和促销活动。参加消费季的企业须保证商品标识规范、质量合格。"),
    ("p", "（五）外贸稳订单拓市场。组织企业参加境外纺织服装专业展会不少于6场；2023年7月在盐城经济技术开发区举办"
          "纺织服装出口企业RCEP政策培训会，讲解原产地累积规则和关税减让安排，帮助企业用好自由贸易协定。"),
    ("h", "三、工作要求"),
    ("p", "（一）各县（市、区）工业和信息化局、商务局要于2023年5月31日前将本地区活动方案报送市工业和信息化局"
          "消费品工业处，同时抄送市商务局对外贸易处。"),
    ("p", "（二）市纺织服装行业协会负责产业链上下游对接会的组织实施；市茧丝绸行业协会负责“盐城丝韵”丝绸产品展示"
          "推介会；市商务局负责“盐城好衣”金秋消费季和RCEP政策培训会。"),
    ("p", "（三）请于2023年7月14日前报送上半年活动开展情况，2023年12月11日前报送全年工作总结，"
          "市工业和信息化局汇总后报送上级主管部门。"),
    ("p", "联系人：市工业和信息化局消费品工业处 陆婷婷，电话：0515-88352614，邮箱：yczf2023@example.cn；"
          "市商务局对外贸易处 周海峰，电话：0515-88305179。"),
    ("att", "附件：1．" + NATIONAL_TITLE),
    ("att2", "2．盐城市2023年纺织服装优供给促升级重点活动安排表"),
]
YC_DATE = "2023年5月12日"
YC_TABLE_TITLE = "盐城市2023年纺织服装优供给促升级重点活动安排表"
YC_TABLE = [
    ["序号", "活动名称", "时间", "地点", "承办单位"],
    ["1", "纺织服装产业链上下游对接会", "2023年6月", "盐都区", "市纺织服装行业协会"],
    ["2", "纺织服装出口企业RCEP政策培训会", "2023年7月", "盐城经济技术开发区", "市商务局"],
    ["3", "纺织行业智改数转现场推进会", "2023年8月", "东台市", "市工业和信息化局"],
    ["4", "“盐城丝韵”丝绸产品展示推介会", "2023年9月", "射阳县", "市茧丝绸行业协会"],
    ["5", "“盐城好衣”金秋消费季", "2023年9月—10月", "全市", "市商务局"],
]
YC_TABLE_NOTE = "注：具体时间以承办单位另行通知为准。"
YC_CC = "抄送：市人民政府办公室，市发展和改革委员会，市市场监督管理局。"
YC_PRINTED = ("盐城市工业和信息化局办公室", "2023年5月15日印发")


def make_yancheng(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.colors import Color, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    red = Color(0.84, 0.0, 0.0)
    W, H = A4
    left, right, top, bottom = 79, W - 74, H - 72, 90
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle("盐工信发〔2023〕26号")
    c.setAuthor("消费品工业处")
    c.setSubject("")
    c.setCreator("WPS 文字")
    state = {"page": 1, "y": top}

    def measure(size):
        return lambda s: pdfmetrics.stringWidth(s, "WQY", size)

    def footer():
        c.setFillColor(black)
        c.setFont("WQY", 12)
        num = "— %d —" % state["page"]
        x = right - pdfmetrics.stringWidth(num, "WQY", 12) if state["page"] % 2 else left
        c.drawString(x, 48, num)

    def new_page():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = top

    def need(h):
        if state["y"] - h < bottom:
            new_page()

    def para(text, size=15, lead=28, indent=2, x0=None, x1=None):
        x0 = left if x0 is None else x0
        x1 = right if x1 is None else x1
        m = measure(size)
        pad = " " * 0
        lines = wrap("\u3000" * indent + text, x1 - x0, m)
        for ln in lines:
            need(lead)
            state["y"] -= lead
            c.setFont("WQY", size)
            c.setFillColor(black)
            c.drawString(x0, state["y"], pad + ln)

    # --- letter-head: the two issuers stacked, "文件" beside them, all red
    c.setFillColor(red)
    c.setFont("WQY", 30)
    y0 = top - 40
    for i, name in enumerate(YC_ISSUERS):
        c.drawString(left + 6, y0 - i * 44, name)
    c.setFont("WQY", 44)
    c.drawString(right - 100, y0 - 30, "文件")
    state["y"] = y0 - 44 * len(YC_ISSUERS) - 28
    c.setFillColor(black)
    c.setFont("WQY", 15)
    c.drawCentredString(W / 2, state["y"], YC_NO)
    state["y"] -= 14
    c.setStrokeColor(red)
    c.setLineWidth(2)
    c.line(left, state["y"], right, state["y"])
    state["y"] -= 18
    # --- title (wrapped, centred)
    m = measure(21)
    c.setFont("WQY", 21)
    for ln in wrap(YC_TITLE, right - left - 40, m):
        state["y"] -= 34
        c.drawCentredString(W / 2, state["y"], ln)
    state["y"] -= 16
    para(YC_TO, indent=0)
    for kind, text in YC_BODY:
        if kind == "h":
            para(text)
        elif kind == "att":
            state["y"] -= 14
            para(text)
        elif kind == "att2":
            para(text, indent=5)
        else:
            para(text)
    # --- signature and date
    need(150)
    state["y"] -= 60
    c.setFillColor(black)
    c.setFont("WQY", 15)
    c.drawString(left + 40, state["y"], YC_ISSUERS[0])
    c.drawString(right - 150, state["y"], YC_ISSUERS[1])
    state["y"] -= 40
    c.drawString(right - 150, state["y"], YC_DATE)
    # a round red seal over the date (drawn, not text)
    c.setStrokeColor(red)
    c.setLineWidth(2.2)
    c.circle(right - 100, state["y"] + 22, 42, stroke=1, fill=0)
    c.setFillColor(red)
    star = [(right - 100, state["y"] + 34), (right - 96, state["y"] + 24), (right - 86, state["y"] + 24),
            (right - 94, state["y"] + 18), (right - 91, state["y"] + 8), (right - 100, state["y"] + 14),
            (right - 109, state["y"] + 8), (right - 106, state["y"] + 18), (right - 114, state["y"] + 24),
            (right - 104, state["y"] + 24)]
    p = c.beginPath()
    p.moveTo(*star[0])
    for pt in star[1:]:
        p.lineTo(*pt)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(black)
    state["y"] -= 40
    para("（此件公开发布）", indent=2)
    new_page()
    # --- attachment 2: the table
    c.setFont("WQY", 15)
    state["y"] -= 10
    c.drawString(left, state["y"], "附件2")
    state["y"] -= 40
    c.setFont("WQY", 19)
    c.drawCentredString(W / 2, state["y"], YC_TABLE_TITLE)
    state["y"] -= 24
    cols = [34, 146, 82, 96, 84]
    scale = (right - left) / sum(cols)
    cols = [w * scale for w in cols]
    size, lead = 12, 17
    m = measure(size)
    c.setLineWidth(0.8)
    c.setStrokeColor(black)
    for r, row in enumerate(YC_TABLE):
        cells = [wrap(t, cols[i] - 10, m) for i, t in enumerate(row)]
        h = max(len(x) for x in cells) * lead + 14
        ytop = state["y"]
        x = left
        c.setFont("WQY", size)
        for i, lines in enumerate(cells):
            c.rect(x, ytop - h, cols[i], h, stroke=1, fill=0)
            ty = ytop - (h - len(lines) * lead) / 2 - lead + 4
            for ln in lines:
                c.drawCentredString(x + cols[i] / 2, ty, ln)
                ty -= lead
            x += cols[i]
        state["y"] = ytop - h
    state["y"] -= 8
    para(YC_TABLE_NOTE, size=12, lead=20, indent=0)
    # --- 版记 at the foot of the last page
    yb = bottom + 70
    c.setLineWidth(1)
    c.line(left, yb + 40, right, yb + 40)
    c.setFont("WQY", 13)
    c.drawString(left + 13, yb + 18, YC_CC)
    c.setLineWidth(0.6)
    c.line(left, yb + 6, right, yb + 6)
    c.drawString(left + 13, yb - 16, YC_PRINTED[0])
    c.drawString(right - 13 - pdfmetrics.stringWidth(YC_PRINTED[1], "WQY", 13), yb - 16, YC_PRINTED[1])
    c.setLineWidth(1)
    c.line(left, yb - 28, right, yb - 28)
    footer()
    c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------------------------
# 2. 于都 (2024): a county government office's 印发 notice on the county portal's 政府信息公开 page (.html)
# ---------------------------------------------------------------------------------------------------------------
YD_FILE = "yudu-2024-apparel-implementation-plan.html"
YD_NO = "于府办字〔2024〕15号"
YD_PLAN = "于都县2024年纺织服装优供给促升级活动实施方案"
YD_TITLE = "于都县人民政府办公室关于印发" + YD_PLAN + "的通知"
YD_META = [
    ("索 引 号", "K16321500/2024-0041256", "主题分类", "工业、交通"),
    ("发文机关", "于都县人民政府办公室", "成文日期", "2024-03-26"),
    ("文　　号", YD_NO, "发布日期", "2024-03-29"),
    ("信息来源", "县工业和信息化局", "有 效 性", "有效"),
]
YD_TO = "各乡（镇）人民政府，县政府各部门，于都工业园管委会："
# ("p" paragraph | "c" centred | "r" right-aligned | "h" bold heading); "|" marks a split between two <span>s
YD_BODY = [
    ("p", "《" + YD_PLAN + "》已经县政府同意，现印发给你们，请认真组织实施。"),
    ("r", "于都县人民政府办公室"),
    ("r", "2024年3月26日"),
    ("p", "（此件主动公开）"),
    ("c", YD_PLAN),
    ("p", "为深入贯彻落实国家、省、市关于推动纺织服装产业高质量发展的部署，加快建设现代化纺织服装产业体系，"
          "做大做强我县纺织服装首位产业，结合我县实际，制定本方案。"),
    ("h", "一、工作目标"),
    ("p", "2024年全县组织开展纺织服装“优供给促升级”各类活动不少于14场；全县纺织服装产业营业收入增长8%以上；"
          "新增规模以上纺织服装企业10家；“于都服装”区域公共品牌授权使用企业达到20家；"
          "纺织服装产业新增就业岗位3000个以上。"),
    ("h", "二、重点任务"),
    ("p", "（一）智能制造提升。推动于都工业园服装企业应用智能吊挂系统、自动裁床和服装CAD/CAM系统，"
          "全年实施技术改造项目12个；2024年5月在于都工业园召开服装数字化车间现场观摩会。"
          "（责任单位：县工业和信息化局、于都工业园管委会）"),
    ("p", "（二）产业链协同对接。2024年6月在于都工业园举办“织链同行”产销对接会，组织面料、辅料供应商与服装加工企业、"
          "品牌企业面对面洽谈；引导本地企业与沿海品牌企业开展订单合作。"
          "（责任单位：县纺织服装产业链工作专班办公室、县商务局）"),
    ("p", "（三）区域品牌培育。规范“于都服装”区域公共品牌授权管理，组织企业参加国内重点服装展会不少于5场；"
          "2024年10月在贡|江镇举办“于都服装”秋冬新品发布会。（责任单位：县商务局、县市场监督管理局）"),
    ("p", "（四）技能人才培育。开展缝纫工、服装制版师等职业技能培训不少于30期，每期不少于50人；"
          "在梓山镇、罗坳镇建设“家门口就业工厂”8个，吸纳农村劳动力就近就业。"
          "（责任单位：县人力资源和社会保障局、梓山镇人民政府、罗坳镇人民政府）"),
    ("p", "（五）电商直播拓市。依托县电子商务产业园培育服装直播团队50个，2024年11月开展“于都好衣”直播促销月活动；"
          "支持企业在主要电商平台开设品牌旗舰店。（责任单位：县商务局）"),
    ("p", "（六）质量安全监管。2024年7月至9月对全县生产、销售的服装和面料开展产品质量监督抽查，不少于60批次；"
          "督促企业规范标注纤维成分、安全技术类别和使用说明。（责任单位：县市场监督管理局）"),
    ("h", "三、保障措施"),
    ("p", "（一）加强组织领导。县纺织服装产业链工作专班统筹推进本方案实施，专班办公室设在县工业和信息化局，负责日常调度。"),
    ("p", "（二）强化要素保障。活动所需经费按现有渠道解决；各乡（镇）要做好标准厂房、用工等要素保障。"),
    ("p", "（三）严格调度报送。各责任单位于每季度最后一个月的25日前，将工作进展情况报送县纺织服装产业链工作专班办公室；"
          "2024年12月10日前报送全年工作总结。"),
    ("p", "联系人：县工业和信息化局 曾丽华，电话：0797-6321586，邮箱：ydfz2024@example.cn；"
          "县纺织服装产业链工作专班办公室 钟伟东，电话：0797-6338402。"),
    ("p", "附件：于都县2024年纺织服装优供给促升级重点活动安排表"),
]
YD_TABLE_TITLE = "于都县2024年纺织服装优供给促升级重点活动安排表"
# cells: text, or (text, rowspan); None = covered by a rowspan above
YD_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "服装数字化车间现场观摩会", "2024年5月", ("于都工业园", 2), "县工业和信息化局"],
    ["2", "“织链同行”产销对接会", "2024年6月", None, "县纺织服装产业链工作专班办公室"],
    ["3", "服装产品质量监督抽查", "2024年7月—9月", "全县", "县市场监督管理局"],
    ["4", "“于都服装”秋冬新品发布会", "2024年10月", "贡江镇", ("县商务局", 2)],
    ["5", "“于都好衣”直播促销月", "2024年11月", "县电子商务产业园", None],
]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _spans(text):
    style = "font-family: 仿宋_GB2312; font-size: 16pt;"
    return "".join('<span style="%s">%s</span>' % (style, _esc(part).replace("　", "&nbsp;&nbsp;"))
                   for part in text.split("|"))


def make_yudu(path):
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    w('<html xmlns="http://www.w3.org/1999/xhtml">')
    w("<head>")
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    w('<meta name="SiteName" content="于都县人民政府" />')
    w('<meta name="ArticleTitle" content="%s" />' % YD_TITLE)
    w('<meta name="PubDate" content="2024-03-29 16:42" />')
    w('<meta name="ContentSource" content="县工业和信息化局" />')
    w("<title>%s_政府信息公开_于都县人民政府</title>" % YD_TITLE)
    w('<link rel="stylesheet" type="text/css" href="/images/zwgk_2019.css" />')
    w("<style type=\"text/css\">.xxgk_table td{border:1px solid #d9d9d9;padding:4px 8px;font-size:14px}"
      ".zw_content p{margin:0}</style>")
    w('<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>')
    w("<script type=\"text/javascript\">var _title = \"%s\"; var _pubdate = \"2024-03-29\";"
      " function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>" % YD_TITLE)
    w("</head>")
    w("<body>")
    w('<div class="top_bar"><div class="w1200"><span class="fl">欢迎访问于都县人民政府网站</span>'
      '<span class="fr"><a href="/">无障碍浏览</a> | <a href="/">长者模式</a> | <a href="/">English</a></span></div></div>')
    w('<div class="header"><div class="w1200"><img src="/images/logo.png" alt="于都县人民政府" /></div></div>')
    w('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/">走进于都</a></li><li><a href="/">新闻中心</a></li>'
      '<li class="on"><a href="/">政府信息公开</a></li><li><a href="/">政务服务</a></li><li><a href="/">互动交流</a></li></ul></div>')
    w('<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/">政府信息公开</a> &gt; '
      '<a href="/">法定主动公开内容</a> &gt; <a href="/">政策文件</a> &gt; <a href="/">县政府办文件</a></div>')
    w('<div class="w1200 xxgk_main">')
    w('<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">')
    for a, b, c2, d in YD_META:
        w("<tr><td class=\"t1\">%s：</td><td>%s</td><td class=\"t1\">%s：</td><td>%s</td></tr>" % (a, b, c2, d))
    w('<tr><td class="t1">名　　称：</td><td colspan="3">%s</td></tr>' % YD_TITLE)
    w("</table>")
    w('<div class="zw_title"><h1>%s</h1></div>' % YD_TITLE)
    w('<div class="zw_info">发布时间：2024-03-29 16:42　　来源：县工业和信息化局　　浏览次数：<span id="hits">2318</span>'
      '　　字号：[ <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
      '<a href="javascript:doZoom(14)">小</a> ]</div>')
    w('<div class="zw_content" id="zoom">')
    w('<p style="text-align: center; line-height: 1.75em;">%s</p>' % _spans(YD_NO))
    w('<p style="line-height: 1.75em;">%s</p>' % _spans(YD_TO))
    for kind, text in YD_BODY:
        if kind == "c":
            w('<p style="text-align: center; line-height: 1.75em;"><br /></p>')
            w('<p style="text-align: center; line-height: 1.75em;"><strong>%s</strong></p>' % _spans(text))
        elif kind == "r":
            w('<p style="text-align: right; line-height: 1.75em;">%s</p>' % _spans(text))
        elif kind == "h":
            w('<p style="text-indent: 2em; line-height: 1.75em;"><strong>%s</strong></p>' % _spans(text))
        else:
            w('<p style="text-indent: 2em; line-height: 1.75em;">%s</p>' % _spans(text))
    w('<p style="line-height: 1.75em;"><br /></p>')
    w('<p style="line-height: 1.75em;">%s</p>' % _spans("附件"))
    w('<p style="text-align: center; line-height: 1.75em;"><strong>%s</strong></p>' % _spans(YD_TABLE_TITLE))
    w('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse: collapse;">')
    w("<tbody>")
    for r, row in enumerate(YD_TABLE):
        cells = []
        for cell in row:
            if cell is None:
                continue
            tag = "th" if r == 0 else "td"
            if isinstance(cell, tuple):
                cells.append('<%s rowspan="%d" style="text-align: center;">%s</%s>' % (tag, cell[1], _esc(cell[0]), tag))
            else:
                cells.append('<%s style="text-align: center;">%s</%s>' % (tag, _esc(cell), tag))
        w("<tr>" + "".join(cells) + "</tr>")
    w("</tbody>")
    w("</table>")
    w("</div>")
    w('<div class="zw_fj">附件下载：<a href="/attach/2024/03/29/%E9%99%84%E4%BB%B6.docx">于都县2024年纺织服装优供给'
      '促升级重点活动安排表.docx</a></div>')
    w('<div class="zw_jd">相关解读：<a href="/">《于都县2024年纺织服装优供给促升级活动实施方案》政策解读</a></div>')
    w('<div class="zw_share"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">'
      '【关闭窗口】</a></div>')
    w("</div>")
    w('<div class="footer"><div class="w1200"><p>主办：于都县人民政府办公室　承办：于都县融媒体中心</p>'
      "<p>网站标识码：3607310000　赣ICP备05000000号</p></div></div>")
    w("<script type=\"text/javascript\">document.title = _title + '_于都县人民政府';</script>")
    w("</body>")
    w("</html>")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------------------------------------------
# Word helpers (python-docx + a few hand-made WordprocessingML elements); output re-zipped with fixed timestamps
# ---------------------------------------------------------------------------------------------------------------
def _docx_setup(doc, author, title, when):
    import datetime
    from docx.shared import Pt, Cm
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = datetime.datetime(*when)
    cp.modified = datetime.datetime(*when)
    cp.last_printed = datetime.datetime(*when)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    _east_asia(st.element.get_or_add_rPr(), "仿宋_GB2312")


def _east_asia(rpr, font):
    from docx.oxml.ns import qn
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        from docx.oxml import OxmlElement
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), font)
    fonts.set(qn("w:ascii"), font)
    fonts.set(qn("w:hAnsi"), font)


def _para(doc_or_cell, text="", font="仿宋_GB2312", size=16, bold=False, color=None, align=None, indent=True,
          before=0, after=0, line=28, pieces=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align:
        pf.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    for piece in (pieces or [text]):
        if not piece:
            continue
        if isinstance(piece, tuple):
            ptext, pfont, pbold = piece
        else:
            ptext, pfont, pbold = piece, font, bold
        r = p.add_run(ptext)
        r.font.size = Pt(size)
        r.bold = pbold
        if color:
            r.font.color.rgb = RGBColor(*color)
        _east_asia(r._element.get_or_add_rPr(), pfont)
    return p


def _rule(p, color="FF0000", sz=18, double=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "thinThickSmallGap" if double else "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def _page_field_footer(section, fmt="— {} —"):
    """A centred footer holding a PAGE field."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, after = fmt.split("{}")
    fp.add_run(before)
    r = fp.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
        elif text.strip() == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            r._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            r._r.append(el)
    fp.add_run(after)


def _cell_text(cell, text, size=12, bold=False, align="center"):
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing = Pt(18)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    _east_asia(r._element.get_or_add_rPr(), "仿宋_GB2312")


def _save_fixed(doc, path, when):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=when[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------------------------------------------
# 3. 宁晋 (2024): an industry association's notice to its members, written in Word (.docx)
# ---------------------------------------------------------------------------------------------------------------
NJ_FILE = "ningjin-2024-apparel-association-notice.docx"
NJ_ASSOC = "宁晋县服装行业协会"
NJ_NO = "宁服协〔2024〕9号"
NJ_TITLE = "关于组织会员企业参加2024年纺织服装优供给促升级系列活动的通知"
NJ_TO = "各会员企业："
NJ_INTRO = ("为贯彻落实国家和省、市关于开展纺织服装“优供给促升级”活动的部署要求，按照县工业和信息化局工作安排，"
            "经协会第三届理事会第五次会议研究，决定组织会员企业参加2024年纺织服装优供给促升级系列活动。"
            "现将有关事项通知如下：")
# ("h", heading) / ("kv", label, text) / ("p", text)
NJ_BODY = [
    ("h", "一、“宁晋休闲装”夏季新品发布会"),
    ("kv", "时间：", "2024年7月12日至13日"),
    ("kv", "地点：", "宁晋县服装产业园会展中心"),
    ("kv", "内容：", "设静态展示区和动态走秀区，集中发布会员企业休闲裤、牛仔服、夹克等新品。每家企业报送新品不超过20款，"
                    "参展企业限40家，按报名先后顺序确定。"),
    ("h", "二、服装质量与标准化培训班"),
    ("kv", "时间：", "2024年6月下旬（具体时间另行通知）"),
    ("kv", "内容：", "邀请县市场监督管理局和检验检测机构专家，讲解服装纤维含量标识、安全技术类别、使用说明标注要求和"
                    "常见不合格项目。培训1期，限100人，每家会员企业可派1至2名质量管理人员参加。"),
    ("h", "三、跨境电商出海训练营"),
    ("kv", "时间：", "2024年9月"),
    ("kv", "内容：", "联合县跨境电子商务公共服务中心举办，讲解跨境平台开店、海外仓备货和境外知识产权风险防范。"
                    "共举办2期，每期限60人。"),
    ("h", "四、组团参加秋季专业服装展会"),
    ("kv", "时间：", "2024年10月"),
    ("kv", "内容：", "协会统一租赁展位、统一布展，组织会员企业参加秋季国内专业服装展会。展位费由协会承担30%，"
                    "参展企业承担70%；展品运输、人员差旅等费用由企业自理。"),
    ("h", "五、有关要求"),
    ("p", "（一）请各会员企业认真填写报名回执（见附件），于2024年6月10日前发送至协会秘书处邮箱。"),
    ("p", "（二）参加发布会和展会的产品须经检验合格，吊牌应标明纤维成分及含量、号型规格和洗涤维护方法，"
          "严禁展示、销售假冒伪劣产品。"),
    ("p", "（三）各参展企业请在每项活动结束后10个工作日内，将意向订单和成交情况报送协会信息部。"),
    ("p", "联系人：协会秘书处 武艳霞，电话：0319-5863207，邮箱：njfz2024@example.cn；"
          "协会信息部 李振江，电话：0319-5863215。"),
]
NJ_ATT = "附件：会员企业参加2024年优供给促升级系列活动报名回执"
NJ_DATE = "2024年5月20日"
NJ_FORM_TITLE = "会员企业参加2024年优供给促升级系列活动报名回执"
NJ_FORM_NOTE = "请于2024年6月10日前将回执发送至协会秘书处邮箱，逾期视为不参加。"
NJ_WHEN = (2024, 5, 20, 16, 5, 0)


def make_ningjin(path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    doc = docx.Document()
    _docx_setup(doc, "协会秘书处", "宁服协9号 优供给促升级系列活动（发会员企业）", NJ_WHEN)
    red = (0xE6, 0x00, 0x12)
    _para(doc, NJ_ASSOC, font="方正小标宋简体", size=36, color=red, align="center", indent=False, before=24, line=48)
    p = _para(doc, NJ_NO, align="center", indent=False, before=18, after=4)
    _rule(p, color="E60012", sz=24, double=True)
    _para(doc, "", indent=False)
    _para(doc, "关于组织会员企业参加2024年纺织服装", font="方正小标宋简体", size=22, align="center", indent=False, line=34)
    _para(doc, "优供给促升级系列活动的通知", font="方正小标宋简体", size=22, align="center", indent=False, line=34,
          after=12)
    _para(doc, NJ_TO, indent=False)
    _para(doc, NJ_INTRO)
    for item in NJ_BODY:
        if item[0] == "h":
            _para(doc, item[1], font="黑体")
        elif item[0] == "kv":
            _para(doc, pieces=[(item[1], "楷体_GB2312", True), (item[2], "仿宋_GB2312", False)])
        else:
            _para(doc, item[1])
    _para(doc, "")
    _para(doc, NJ_ATT)
    _para(doc, "")
    _para(doc, NJ_ASSOC, align="right", indent=False, before=24)
    _para(doc, NJ_DATE + "\u3000\u3000", align="right", indent=False)
    # --- the attachment on its own page: a ruled sign-up form
    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    _para(doc, "附件", font="黑体", indent=False)
    _para(doc, NJ_FORM_TITLE, font="方正小标宋简体", size=18, align="center", indent=False, before=8, after=12)
    t = doc.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    rows = [
        ["企业名称", "", None, None],
        ["统一社会信用代码", "", "会员编号", ""],
        ["联系人", "", "手机", ""],
        ["拟参加活动", "□“宁晋休闲装”夏季新品发布会　□服装质量与标准化培训班\n□跨境电商出海训练营　□秋季专业服装展会",
         None, None],
        ["发布会新品数量", "（　　）款", "培训参训人数", "（　　）人"],
        ["训练营参训人数", "（　　）人", "展会展位需求", "□标准展位　□特装展位"],
        ["备注", "", None, None],
        ["协会意见", "（由协会秘书处填写）", None, None],
    ]
    for r, row in enumerate(rows):
        for ci, text in enumerate(row):
            if text is None:
                continue
            span = 1
            while ci + span < 4 and row[ci + span] is None:
                span += 1
            cell = t.cell(r, ci)
            if span > 1:
                cell = cell.merge(t.cell(r, ci + span - 1))
            _cell_text(cell, text, bold=(ci % 2 == 0 and r != 3 or ci == 0),
                       align="left" if (ci > 0 and span > 1) else "center")
    widths = [Cm(3.6), Cm(5.2), Cm(2.8), Cm(4.0)]
    for row in t.rows:
        tr_pr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), "680")
        tr_pr.append(h)
        for ci, cell in enumerate(row.cells):
            cell.width = widths[min(ci, 3)]
    _para(doc, NJ_FORM_NOTE, size=12, indent=False, before=6)
    _page_field_footer(doc.sections[0], fmt="- {} -")
    _save_fixed(doc, path, NJ_WHEN)


# ---------------------------------------------------------------------------------------------------------------
# 4. 德州 (2025): a 印发 notice with its 行动方案, as Word's "纯文本" export offered for download
#    (GBK, CRLF, one paragraph a line, table cells separated by tabs, a merged cell's text only in its first row)
# ---------------------------------------------------------------------------------------------------------------
DZ_FILE = "dezhou-2025-cotton-textile-action-plan.txt"
DZ_NO = "德工信字〔2025〕26号"
DZ_PLAN = "德州市2025年纺织服装优供给促升级行动方案"
DZ_TITLE = "德州市工业和信息化局 德州市商务局关于印发《" + DZ_PLAN + "》的通知"
DZ_LINES = [
    "德州市工业和信息化局\r\n德州市商务局\t文件",
    "",
    DZ_NO,
    "",
    DZ_TITLE,
    "",
    "各县（市、区）工业和信息化局、商务局，德州经济技术开发区经济发展局，市纺织服装行业协会，"
    "市纺织服装产业链工作专班办公室：",
    "　　现将《" + DZ_PLAN + "》印发给你们，请结合实际认真抓好落实。各县（市、区）请于2025年4月3日前将本地区"
    "实施计划报送市工业和信息化局消费品工业科。",
    "　　联系人：市工业和信息化局消费品工业科 孟晓静，电话：0534-2687315，邮箱：dzfz2025@example.cn；"
    "市纺织服装产业链工作专班办公室 高建明，电话：0534-2659108。",
    "",
    "德州市工业和信息化局\t德州市商务局",
    "\t2025年3月18日",
    "　　（此件公开发布）",
    "",
    DZ_PLAN,
    "",
    "　　为深入落实国家关于开展纺织服装“优供给促升级”活动的部署，推动全市棉纺织、家纺和服装产业提质升级，"
    "制定本方案。",
    "　　一、主要目标",
    "　　2025年全市组织开展各类“优供给促升级”活动不少于18场；规模以上纺织服装企业营业收入增长6%以上；"
    "新增省级以上数字化车间5个；新培育市级以上纺织服装知名品牌12个；夏津县、武城县棉纺企业万锭用工降至45人以下。",
    "　　二、重点任务",
    "　　（一）棉纺织智能化升级。支持夏津县、武城县棉纺企业推广自动落纱、智能验布和筒纱智能物流，"
    "全年实施智能化改造项目10个；2025年4月在夏津县召开棉纺织智能化改造现场会。",
    "　　（二）产业链协同对接。2025年5月在武城县举办“织链同行”产销对接会，推动棉纱、坯布企业与下游家纺、"
    "服装企业对接，由市纺织服装产业链工作专班办公室组织实施。",
    "　　（三）品牌培育和消费促进。2025年6月至8月开展“德品好衣”夏季消费节，组织商场、电商平台开展新品首发和促销；"
    "2025年9月在德城区举办德州纺织服装品牌展，集中展示本地家纺、服装品牌。",
    "　　（四）绿色循环发展。支持平原县建设废旧纺织品回收分拣中心1个；在德城区设置旧衣物智能回收箱不少于200个；"
    "推动庆云县印染企业实施清洁生产审核3家。",
    "　　（五）开拓国际市场。组织企业参加境外纺织服装展会不少于7场；2025年10月在德州经济技术开发区举办纺织服装"
    "海外仓和跨境电商培训会1期，限80人。",
    "　　三、保障措施",
    "　　（一）加强统筹。市工业和信息化局负责方案统筹和智能化改造、绿色循环任务；市商务局负责消费节、品牌展和"
    "外贸任务；市纺织服装行业协会负责组织企业参展。",
    "　　（二）信息报送。市纺织服装产业链工作专班办公室负责活动信息汇总；各县（市、区）于2025年6月30日前报送"
    "上半年进展，12月10日前报送全年总结。",
    "　　（三）宣传推广。利用报纸、网站、短视频等渠道宣传活动成效和优秀企业案例。",
    "",
    "　　附件：德州市2025年纺织服装优供给促升级重点活动安排表",
    "",
    "附件",
    "德州市2025年纺织服装优供给促升级重点活动安排表",
    "序号\t活动名称\t时间\t地点\t牵头单位",
    "1\t棉纺织智能化改造现场会\t2025年4月\t夏津县\t市工业和信息化局",
    "2\t“织链同行”产销对接会\t2025年5月\t武城县\t市纺织服装产业链工作专班办公室",
    "3\t“德品好衣”夏季消费节\t2025年6月—8月\t全市\t市商务局",
    "4\t德州纺织服装品牌展\t2025年9月\t德城区\t",
    "5\t纺织服装海外仓和跨境电商培训会\t2025年10月\t德州经济技术开发区\t",
    "",
    "抄送：市人民政府办公室，市发展和改革委员会，市财政局。",
    "德州市工业和信息化局办公室\t2025年3月19日印发",
]


def make_dezhou(path):
    text = "\r\n".join(DZ_LINES) + "\r\n"
    with open(path, "wb") as f:
        f.write(text.encode("gbk"))


MAKERS = [
    (YC_FILE, make_yancheng),
    (YD_FILE, make_yudu),
    (NJ_FILE, make_ningjin),
    (DZ_FILE, make_dezhou),
]


def main(argv):
    want = argv[1:] or None
    for fn, maker in MAKERS:
        if want and not any(fn.startswith(w) for w in want):
            continue
        maker(os.path.join(HERE, fn))
        print("wrote", fn)


if __name__ == "__main__":
    main(sys.argv)

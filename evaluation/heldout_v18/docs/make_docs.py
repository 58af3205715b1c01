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


MAKERS = [
    (YC_FILE, make_yancheng),
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

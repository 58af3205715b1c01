#!/usr/bin/env python3
"""Regenerate the FICTIONAL local documents of heldout_v22 (see README.md beside this file).

Run from anywhere: python3 docs/make_docs.py  (writes next to this script).
Every office, person, phone number, e-mail (@example.cn), event, venue, date, target, address and 文号 here is
invented; any resemblance to real documents, organisations or people is coincidental.
"""
import os
import re

OUT = os.path.dirname(os.path.abspath(__file__))
NATIONAL = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------------------------------------------
# 1. 达州 2023: the two city bureaus forward the national notice with their own requirements (signed PDF)
# ---------------------------------------------------------------------------------------------------------------
DZ_ID = "dazhou-2023-ramie-textile-forwarding-notice"
DZ_NO = "达市经信〔2023〕42号"
DZ_TITLE_LINES = ["达州市经济和信息化局 达州市商务局关于转发", "《工业和信息化部办公厅 商务部办公厅",
                  "关于开展2023纺织服装优供给促升级", "活动的通知》的通知"]
DZ_BODY = [
    ("p0", "各县（市、区）经济和信息化局、商务局，达州高新区经济发展局，市纺织服装商会，市苎麻产业协会："),
    ("p", "现将《" + NATIONAL + "》（" + NATIONAL_NO + "）转发给你们，并结合我市实际提出以下要求，请一并抓好贯彻落实。"),
    ("h", "一、明确工作目标"),
    ("p", "2023年，全市组织开展纺织服装“优供给促升级”各类活动不少于9场，推动20家以上纺织服装企业实施设备更新和技术改造，"
          "新开发苎麻纺织新产品30个以上，规模以上纺织服装企业营业收入同比增长4%以上。"),
    ("h", "二、突出本地特色"),
    ("p", "（一）做强苎麻纺织。以大竹县为重点，推广苎麻生物脱胶、苎麻与棉混纺和麻纺面料柔软整理技术，支持企业开发夏季"
          "服装面料和家居用品。2023年6月在大竹县举办苎麻纺织新产品推介会，由市苎麻产业协会承办，邀请省内外面料采购商"
          "和服装品牌企业参加。"),
    ("p", "（二）推进“智改数转”。组织数字化转型服务商为渠县、宣汉县纺织服装企业开展免费数字化诊断不少于15家次，"
          "重点推广生产执行系统、智能排产和设备联网。2023年8月在达州高新区举办纺织服装“智改数转”观摩会。"),
    ("p", "（三）培育区域品牌。打造“巴山麻韵”麻纺服饰区域品牌，鼓励企业挖掘巴渠民间服饰文化元素。2023年9月在通川区"
          "举办“巴山麻韵”麻纺服饰发布会，由市纺织服装商会承办；2023年10月开展“达货上新”秋季服装消费周，由市商务局"
          "组织商场、步行街和电商平台线上线下同步促销。"),
    ("p", "（四）推动绿色发展。推动麻纺企业脱胶废水深度治理，2023年实施节水改造项目2个；在通川区、达川区城区设置旧衣"
          "回收箱不少于60个，引导居民规范投放废旧纺织品。"),
    ("p", "（五）拓展产销渠道。2023年7月在达川区举办“链上好物”纺织服装产销对接会，由市商务局承办，组织本地企业与商贸"
          "流通企业、电商平台对接；全年组织企业参加国内外专业展会不少于4场。"),
    ("h", "三、工作要求"),
    ("p", "（一）报送方案。各县（市、区）于2023年5月31日前将本地区活动方案报市经济和信息化局消费品工业科，同时抄送"
          "市商务局市场运行和消费促进科。"),
    ("p", "（二）确定联络员。各县（市、区）经济和信息化局、商务局各确定1名联络员，于2023年5月24日前报市经济和信息化局"
          "消费品工业科。"),
    ("p", "（三）落实经费。各项活动经费按照“谁承办、谁负责”的原则，由承办单位在现有预算中统筹解决，不得向参加企业摊派"
          "费用。"),
    ("p", "（四）及时报送信息。各县（市、区）于2023年7月5日前报送上半年活动进展，2023年12月8日前报送全年工作总结；"
          "每场活动结束后2个工作日内报送活动信息和图片。"),
    ("p", "联系人：市经济和信息化局消费品工业科 邓雨欣，电话：0818-2371654，邮箱：dzfz2023@example.cn；市商务局市场运行"
          "和消费促进科 冉建华，电话：0818-2386419。"),
]
DZ_ATTACH = ["附件：1．" + NATIONAL, "2．达州市2023年纺织服装“优供给促升级”重点活动安排表"]
DZ_TABLE = [
    ["序号", "活动名称", "时间", "地点", "承办单位", "备注"],
    ["1", "苎麻纺织新产品推介会", "2023年6月", "大竹县", "市苎麻产业协会", "邀请省内外面料采购商和服装品牌企业参加"],
    ["2", "“链上好物”纺织服装产销对接会", "2023年7月", "达川区", "市商务局", "组织本地企业与商贸流通企业、电商平台对接"],
    ["3", "纺织服装“智改数转”观摩会", "2023年8月", "达州高新区", "市经济和信息化局", "各县（市、区）分管负责同志和重点企业参加"],
    ["4", "“巴山麻韵”麻纺服饰发布会", "2023年9月", "通川区", "市纺织服装商会", "集中发布麻纺服饰新品"],
    ["5", "“达货上新”秋季服装消费周", "2023年10月", "全市（线上线下）", "市商务局", "商场、步行街和电商平台同步促销"],
]


def dazhou_pdf():
    import io
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.colors import black, red
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    F = "WQY"
    PW, PH = A4
    LM, RM, TOP, BOT = 79, 74, 760, 96
    width = PW - LM - RM
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(DZ_NO)
    c.setAuthor("达州市经济和信息化局")
    c.setCreator("WPS 文字")
    c.setSubject("关于转发2023纺织服装优供给促升级活动通知的通知")
    st = {"page": 1, "y": TOP}

    def footer():
        c.setFont(F, 14)
        c.setFillColor(black)
        label = "— %d —" % st["page"]
        if st["page"] % 2:
            c.drawRightString(PW - RM, 52, label)
        else:
            c.drawString(LM, 52, label)

    def new_page():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = TOP

    def tokens(text):
        # a run of Latin letters / digits (a year, a phone number, an e-mail) is never broken, as in WPS
        return re.findall(r"[A-Za-z0-9@._%\-]+|.", text)

    def wrap(text, size, w):
        lines, cur = [], ""
        for tok in tokens(text):
            if pdfmetrics.stringWidth(cur + tok, F, size) > w and cur:
                if tok in "，。；：、）”》〕％%":  # closing punctuation hangs at the line end
                    lines.append(cur + tok)
                    cur = ""
                    continue
                if cur[-1] in "“《（〔":  # an opening mark never ends a line
                    lines.append(cur[:-1])
                    cur = cur[-1] + tok
                    continue
                lines.append(cur)
                cur = tok
            else:
                cur += tok
        if cur:
            lines.append(cur)
        return lines

    def draw_justified(x, y, ln, size, w, last):
        # every full line is stretched to the right margin with character spacing, as a word processor justifies
        t = c.beginText(x, y)
        t.setFont(F, size)
        if not last and len(ln) > 1:
            gap = w - pdfmetrics.stringWidth(ln, F, size)
            if gap > 0:
                t.setCharSpace(gap / (len(ln) - 1))
        t.textOut(ln)
        c.drawText(t)

    def para(text, size=16, indent=2, lead=28.5, align="justify"):
        first = wrap(text, size, width - indent * size)
        lines = first[:1] + (wrap("".join(first[1:]), size, width) if len(first) > 1 else [])
        for i, ln in enumerate(lines):
            if st["y"] < BOT:
                new_page()
            c.setFillColor(black)
            if align == "center":
                c.setFont(F, size)
                c.drawCentredString(PW / 2, st["y"], ln)
            else:
                x = LM + (indent * size if i == 0 else 0)
                draw_justified(x, st["y"], ln, size, LM + width - x, i == len(lines) - 1)
            st["y"] -= lead

    # page 1: red letter-head of the two bureaus
    c.setFillColor(red)
    c.setFont(F, 31)
    c.drawString(LM + 4, 742, "达州市经济和信息化局")
    c.drawString(LM + 4, 700, "达  州  市  商  务  局")
    c.setFont(F, 48)
    c.drawString(PW - RM - 104, 706, "文件")
    c.setFillColor(black)
    c.setFont(F, 16)
    c.drawCentredString(PW / 2, 652, DZ_NO)
    c.setStrokeColor(red)
    c.setLineWidth(2.4)
    c.line(LM - 6, 638, PW - RM + 6, 638)
    st["y"] = 598
    for ln in DZ_TITLE_LINES:
        para(ln, size=21, indent=0, lead=33, align="center")
    st["y"] -= 10
    for kind, text in DZ_BODY:
        if kind == "p0":
            para(text, indent=0)
        else:
            para(text)
    st["y"] -= 6
    para(DZ_ATTACH[0])
    para(DZ_ATTACH[1], indent=5)
    st["y"] -= 44
    if st["y"] < BOT + 120:
        # the signatures do not fit: they go on a page of their own, marked as WPS users do
        new_page()
        para("（此页无正文）", indent=0)
        st["y"] -= 90
    c.setFont(F, 16)
    c.drawString(LM + 24, st["y"], "达州市经济和信息化局")
    c.drawString(LM + 282, st["y"], "达州市商务局")
    c.setStrokeColor(red)
    c.setLineWidth(1.6)
    for cx in (LM + 104, LM + 330):  # electronic seals drawn as rings with a star, no text
        c.circle(cx, st["y"] + 6, 43)
        p = c.beginPath()
        import math
        for k in range(5):
            a = math.pi / 2 + k * 4 * math.pi / 5
            (p.moveTo if k == 0 else p.lineTo)(cx + 13 * math.cos(a), st["y"] + 6 + 13 * math.sin(a))
        p.close()
        c.setFillColor(red)
        c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(black)
    st["y"] -= 34
    c.setFont(F, 16)
    c.drawString(LM + 268, st["y"], "2023年5月12日")
    st["y"] -= 36
    para("（此件公开发布）")
    new_page()
    # attachment 1 is only named (the national text is published by the ministry), attachment 2 is the table
    para("附件1", indent=0, size=16)
    st["y"] -= 6
    para(NATIONAL, size=18, indent=0, lead=30, align="center")
    para("（略，全文见工业和信息化部网站）", size=16, indent=0, align="center")
    st["y"] -= 30
    para("附件2", indent=0, size=16)
    st["y"] -= 6
    para("达州市2023年纺织服装“优供给促升级”重点活动安排表", size=17, indent=0, lead=34, align="center")
    cols = [30, 118, 72, 72, 84, 100]
    x0 = LM - 16
    y = st["y"] + 8
    c.setLineWidth(0.7)
    c.setStrokeColor(black)

    def row(cells_text, y, bold=False):
        cells = [wrap(v, 12, w - 8) for v, w in zip(cells_text, cols)]
        h = max(len(x) for x in cells) * 18 + 14
        x = x0
        for lines, w in zip(cells, cols):
            c.rect(x, y - h, w, h)
            c.setFont(F, 12)
            yy = y - 19 - (h - 14 - 18 * len(lines)) / 2
            for ln in lines:
                c.drawCentredString(x + w / 2, yy, ln)
                yy -= 18
            x += w
        return y - h

    y = row(DZ_TABLE[0], y, True)
    for r in DZ_TABLE[1:]:
        need = max(len(wrap(v, 12, w - 8)) for v, w in zip(r, cols)) * 18 + 14
        if y - need < 150:
            # the table runs on to the next page, where the header row is repeated
            st["y"] = y
            new_page()
            y = TOP + 20
            y = row(DZ_TABLE[0], y, True)
        y = row(r, y)
    st["y"] = y - 26
    para("备注：各承办单位可根据实际情况调整具体时间，调整后及时告知市经济和信息化局消费品工业科。", size=12,
         indent=0, lead=20)
    c.setLineWidth(0.8)
    c.line(LM - 16, 146, PW - RM + 16, 146)
    c.setFont(F, 14)
    c.drawString(LM - 6, 126, "抄送：市人民政府办公室，市财政局，市市场监督管理局。")
    c.line(LM - 16, 114, PW - RM + 16, 114)
    c.drawString(LM - 6, 94, "达州市经济和信息化局办公室")
    c.drawRightString(PW - RM + 6, 94, "2023年5月15日印发")
    c.line(LM - 16, 84, PW - RM + 16, 84)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# 2. 嵊州 2023: the industry association's notice on its own website (an old CMS article page)
# ---------------------------------------------------------------------------------------------------------------
SZ_ID = "shengzhou-2023-necktie-association-notice"
SZ_NO = "嵊领协〔2023〕8号"
SZ_TITLE = "关于做好2023年纺织服装“优供给促升级”活动有关工作的通知"
SZ_ADDR = "嵊州市经济开发区领带园路18号领带大厦六楼"


def _esc(t):
    # the CMS stores quotes and a few marks as named or numeric entities
    return (t.replace("&", "&amp;").replace("“", "&ldquo;").replace("”", "&rdquo;").replace("〔", "&#12308;")
            .replace("〕", "&#12309;").replace("—", "&mdash;").replace("□", "&#9633;"))


def shengzhou_html():
    F = '<font face="仿宋_GB2312" size="4">'
    body = []

    def p(text, indent=True, strong=None):
        t = _esc(text)
        if strong:
            t = t.replace(_esc(strong), "<strong>" + _esc(strong) + "</strong>", 1)
        style = ' style="text-indent:2em;line-height:2em"' if indent else ' style="line-height:2em"'
        body.append("<p%s>%s%s</font></p>" % (style, F, t))

    def lines(*ls):
        # several lines typed into one paragraph with manual breaks and &nbsp; indents, as the CMS editor keeps them
        parts = ["&nbsp;&nbsp;&nbsp;&nbsp;" + _esc(x) for x in ls]
        body.append('<p style="line-height:2em">%s%s</font></p>' % (F, "<br />\r\n".join(parts)))

    body.append('<p align="center" style="line-height:2em">%s%s</font></p>' % (F, _esc(SZ_NO)))
    p("各会员单位：", indent=False)
    p("根据工业和信息化部、商务部关于开展2023纺织服装优供给促升级活动的部署，结合中国纺织工业联合会有关活动安排，"
      "经协会第七届理事会第四次会议研究，决定在全市领带服饰行业组织开展以下活动。现将有关事项通知如下：")
    p("一、“剡溪杯”领带花型创意设计大赛", strong="一、“剡溪杯”领带花型创意设计大赛")
    lines("征集时间：2023年6月15日至7月31日。",
          "参赛要求：作品须为原创花型，每家会员单位限报5件，每件作品提交效果图和面料小样各1份。",
          "评审及奖项：2023年8月中旬组织专家评审，设金奖1名、银奖3名、铜奖5名，获奖名单在协会网站公布。")
    p("二、领带产业数字化转型沙龙", strong="二、领带产业数字化转型沙龙")
    lines("时间：2023年7月14日下午2:30",
          "地点：嵊州经济开发区领带产业创新服务综合体三楼报告厅",
          "内容：电子提花机联网改造、智能验布、小单快反柔性生产案例分享。每家会员单位限报2人。")
    p("三、组团参加2023嵊州国际领带服饰博览会", strong="三、组团参加2023嵊州国际领带服饰博览会")
    lines("时间：2023年10月19日至21日",
          "地点：嵊州市会展中心",
          "协会统一设置“嵊州领带”形象展区，会员单位标准展位费由协会承担50%，特装布展费用由企业自行承担。")
    p("四、“领尚嵊州”直播电商月", strong="四、“领尚嵊州”直播电商月")
    lines("时间：2023年11月1日至30日",
          "协会联合市电子商务协会组织会员单位开展领带、丝巾、围巾直播销售，对直播销售额排名前10位的会员单位在年度"
          "会员大会上通报表扬。")
    p("五、有关要求", strong="五、有关要求")
    p("（一）请各会员单位于2023年6月20日前将活动报名表（附件1）发送至协会邮箱"
      "<a href=\"mailto:szld2023@example.cn\">szld2023@example.cn</a>。".replace("<", "\x00").replace(">", "\x01"))
    p("（二）设计大赛参赛作品及作品登记表（附件2）请于2023年7月31日前寄送或送达协会秘书处（地址：" + SZ_ADDR + "）。")
    p("（三）参赛、参展产品须为自主设计或经合法授权，不得抄袭他人花型，不得使用侵犯他人注册商标专用权的标识。")
    p("（四）各项活动结束后5个工作日内，请参加单位将意向订单、成交金额等情况反馈协会展会部。")
    p("联系人：协会秘书处 钱丹凤，电话：0575-83026715；协会展会部 裘国栋，电话：0575-83026738。")
    p("附件：1．2023年“优供给促升级”活动报名表")
    p("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2．“剡溪杯”领带花型创意设计大赛作品登记表".replace("&", "\x02"))
    body.append('<p align="right" style="line-height:2em">%s嵊州市领带服饰行业协会</font></p>' % F)
    body.append('<p align="right" style="line-height:2em">%s2023年6月6日&nbsp;&nbsp;&nbsp;&nbsp;</font></p>' % F)
    body.append('<p style="line-height:2em">%s附件1</font></p>' % F)
    body.append('<p align="center"><strong>%s</strong></p>' % _esc("2023年“优供给促升级”活动报名表"))
    form1 = [
        [("单位名称", 1), ("", 3)],
        [("会员编号", 1), ("", 1), ("联系人", 1), ("", 1)],
        [("手机", 1), ("", 1), ("参加人数", 1), ("", 1)],
        [("拟参加活动", 1), ("□设计大赛　□数字化转型沙龙　□博览会　□直播电商月", 3)],
        [("展位需求", 1), ("□标准展位____个　□特装____平方米　□不参展", 3)],
        [("备注", 1), ("", 3)],
    ]
    form2 = [
        [("作品名称", 1), ("", 1), ("设计者", 1), ("", 1)],
        [("花型类别", 1), ("□提花　□印花", 1), ("面料成分", 1), ("", 1)],
        [("报送单位", 1), ("", 3)],
        [("设计说明（200字以内）", 1), ("", 3)],
    ]

    def table(rows):
        out = ['<table width="90%" border="1" cellspacing="0" cellpadding="6" align="center" '
               'style="border-collapse:collapse">']
        for r in rows:
            tds = []
            for text, span in r:
                attr = ' colspan="%d"' % span if span > 1 else ""
                tds.append('<td%s height="36">%s</td>' % (attr, _esc(text) if text else "&nbsp;"))
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
        return "\r\n".join(out)

    body.append(table(form1))
    body.append('<p style="line-height:2em">%s附件2</font></p>' % F)
    body.append('<p align="center"><strong>%s</strong></p>' % _esc("“剡溪杯”领带花型创意设计大赛作品登记表"))
    body.append(table(form2))
    body.append('<p>%s注：每件作品填写一张登记表，与效果图、面料小样一并寄送。</font></p>' % F)
    content = "\r\n".join(body).replace("\x00", "<").replace("\x01", ">").replace("\x02", "&")

    side = ["关于缴纳2023年度会费的通知", "关于召开第七届理事会第四次会议的通知", SZ_TITLE,
            "关于推荐2023年度优秀会员企业的通知", "关于开展领带产品质量自查的通知"]
    side_html = "\r\n".join('<li><a href="/news/show.asp?id=%d" title="%s">%s</a></li>'
                            % (380 + i, _esc(t), _esc(t if len(t) <= 18 else t[:17] + "…")) for i, t in enumerate(side))
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}-嵊州市领带服饰行业协会</title>
<meta name="keywords" content="领带,服饰,行业协会,嵊州" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
#zoom {{ font-size:16px; color:#333; }}
.path {{ font-size:12px; color:#666; }}
</style>
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top"><img src="/images/logo.jpg" alt="嵊州市领带服饰行业协会" /></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/about/">协会概况</a> | <a href="/news/">新闻动态</a> | <a href="/notice/">通知公告</a> | <a href="/member/">会员风采</a> | <a href="/policy/">政策法规</a> | <a href="/contact/">联系我们</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" class="left">
<div class="ltitle">通知公告</div>
<ul class="list">
{side}
</ul>
</td>
<td width="770" valign="top" class="right">
<div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/notice/">通知公告</a> &gt; 正文</div>
<h1 style="text-align:center;font-size:22px;">{title_e}</h1>
<div class="info" style="text-align:center;font-size:12px;">发布时间：2023-06-07 09:15&nbsp;&nbsp;来源：协会秘书处&nbsp;&nbsp;点击数：<script type="text/javascript" src="/inc/hits.asp?id=382"></script>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="zoom">
{content}
</div>
<div class="fujian">相关附件：<br />
<a href="/uploadfile/2023/0607/20230607091502381.doc">附件1：2023年优供给促升级活动报名表.doc</a><br />
<a href="/uploadfile/2023/0607/20230607091502667.doc">附件2：剡溪杯领带花型创意设计大赛作品登记表.doc</a></div>
<div class="prenext">上一篇：<a href="/news/show.asp?id=381">{prev}</a><br />
下一篇：<a href="/news/show.asp?id=383">{next}</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">版权所有：嵊州市领带服饰行业协会&nbsp;&nbsp;地址：{addr}<br />
浙ICP备17032615号-1&nbsp;&nbsp;技术支持：网络信息中心</td></tr>
</table>
</body>
</html>
""".format(title=SZ_TITLE, title_e=_esc(SZ_TITLE), side=side_html, content=content, prev=_esc(side[1]),
           next=_esc(side[3]), addr=SZ_ADDR.replace("六楼", ""))
    return page.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def main():
    write_bytes(DZ_ID + ".pdf", dazhou_pdf())
    write_bytes(SZ_ID + ".html", shengzhou_html())


if __name__ == "__main__":
    main()

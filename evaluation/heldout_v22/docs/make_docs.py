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


# ---------------------------------------------------------------------------------------------------------------
# 3. 淮滨 2024: the county government office issues its implementation plan (a Word file edited by many hands)
# ---------------------------------------------------------------------------------------------------------------
HB_ID = "huaibin-2024-textile-implementation-plan"
HB_NO = "淮政办〔2024〕15号"
HB_PLAN = "淮滨县2024年纺织服装产业优供给促升级行动实施方案"
HB_TEXT = [
    ("title", HB_PLAN),
    ("p", "为贯彻落实工业和信息化部、商务部关于开展纺织服装优供给促升级活动的部署要求，加快推动我县化纤纺织、功能性面料"
          "和服装加工产业提质升级，结合我县实际，制定本方案。"),
    ("h1", "一、工作目标"),
    ("p", "2024年，全县组织开展纺织服装优供给促升级各类活动不少于12场；纺织服装产业产值增长7%以上，新增规模以上纺织服装"
          "企业6家，建成智能化示范工厂2个，新增就业岗位2000个以上，开展产业工人技能培训3000人次以上。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）织造装备提升行动"),
    ("p", "1．推动喷水织机、剑杆织机更新换代，2024年全县更新高速织机800台以上。"),
    ("p", "2．2024年5月在淮滨经济开发区举办织造企业智能化改造现场观摩会。"),
    ("p", "牵头单位：县工业和信息化局；配合单位：淮滨经济开发区管委会。"),
    ("h2", "（二）产业链延链补链行动"),
    ("p", "1．围绕印染后整理、服装成品和家纺制品开展精准招商，全年引进延链补链项目5个以上。"),
    ("p", "2．2024年6月在淮滨经济开发区举办“链上好物”纺织服装产销对接会，邀请长三角、珠三角地区服装品牌商和采购商参加。"),
    ("p", "牵头单位：县商务局；配合单位：县投资促进中心。"),
    ("h2", "（三）“淮滨织造”品牌培育行动"),
    ("p", "1．制定“淮滨织造”区域品牌使用管理办法，2024年授权使用企业达到15家。"),
    ("p", "2．2024年9月在淮滨经济开发区纺织服装展示中心举办功能性面料秋冬新品发布会。"),
    ("p", "牵头单位：县市场监督管理局；配合单位：县工业和信息化局。"),
    ("h2", "（四）市场拓展行动"),
    ("p", "1．组织企业参加国内外专业展会不少于6场。"),
    ("p", "2．2024年10月开展“淮滨好布”直播带货节，培育本地直播电商主播100名。"),
    ("p", "牵头单位：县商务局。"),
    ("h2", "（五）技能提升行动"),
    ("p", "开展缝纫工、挡车工、织机维修工等工种培训不少于20期。"),
    ("p", "牵头单位：县人力资源和社会保障局；配合单位：各乡镇人民政府、街道办事处。"),
    ("h2", "（六）绿色发展行动"),
    ("p", "推动喷水织机废水处理设施提标改造，织造废水回用率达到90%以上；在马集镇建设废旧纺织品回收分拣点1个。"),
    ("p", "牵头单位：县工业和信息化局；配合单位：信阳市生态环境局淮滨分局。"),
    ("h1", "三、保障措施"),
    ("p", "（一）加强组织领导。成立县纺织服装产业链工作专班，由县政府分管副县长任组长，县工业和信息化局、县商务局主要"
          "负责同志任副组长，工作专班办公室设在县工业和信息化局，负责日常协调调度。"),
    ("p", "（二）强化政策支持。对符合条件的织机更新、智能化改造项目，按照《淮滨县促进纺织服装产业高质量发展若干措施》"
          "给予支持。"),
    ("p", "（三）强化调度考核。各牵头单位于每季度最后一个月20日前将工作进展报工作专班办公室，2024年12月10日前报送全年"
          "工作总结；工作推进情况纳入年度目标考核。"),
    ("p", "联系人：县工业和信息化局轻纺产业股 刘梦琪，电话：0376-7721586，邮箱：hbfz2024@example.cn；县纺织服装产业链"
          "工作专班办公室 周志远，电话：0376-7725043。"),
    ("p", "附件：淮滨县2024年纺织服装优供给促升级重点活动安排表"),
]
HB_TABLE = [
    ["序号", "活动名称", "时间", "地点", "牵头单位"],
    ["1", "织造企业智能化改造现场观摩会", "2024年5月", "淮滨经济开发区", "县工业和信息化局"],
    ["2", "“链上好物”纺织服装产销对接会", "2024年6月", None, "县商务局"],  # None: merged with the cell above
    ["3", "功能性面料秋冬新品发布会", "2024年9月", "淮滨经济开发区纺织服装展示中心", "县市场监督管理局"],
    ["4", "“淮滨好布”直播带货节", "2024年10月", "线上", "县商务局"],
    ["5", "产业工人技能培训", "2024年3月—11月", "各乡镇（街道）", "县人力资源和社会保障局"],
]
HB_TABLE_NOTE = "备注：其他活动由各牵头单位根据工作需要组织开展，全年活动总数不少于12场。"


def _fixed_zip(data, when):
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return buf.getvalue()


def huaibin_docx():
    import datetime
    import io
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    seed = {"x": 20240418, "bm": 0}
    RSIDS = ["00A13F2C", "004B7E19", "00D52A60", "0071C3B4", "00E9046D", "002F58A1"]

    def rnd(n):
        seed["x"] = (seed["x"] * 1103515245 + 12345) % 2147483648
        return seed["x"] % n

    def rpr(font=None, size=None, bold=False, color=None):
        parts = []
        if font:
            parts.append('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % (font, font, font))
        if bold:
            parts.append("<w:b/><w:bCs/>")
        if color:
            parts.append('<w:color w:val="%s"/>' % color)
        if size:
            parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2))
        return "<w:rPr>%s</w:rPr>" % "".join(parts) if parts else ""

    def runs(text, props, fragment=True):
        """The text as Word stores a much-edited paragraph: runs cut at editing points, each with its revision id,
        spelling marks around place names and an occasional hidden bookmark."""
        out = []
        i = 0
        while i < len(text):
            n = len(text) - i if not fragment else 2 + rnd(9)
            piece = text[i:i + n]
            i += n
            esc = piece.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            r = '<w:r w:rsidR="%s"%s>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
                RSIDS[rnd(len(RSIDS))], ' w:rsidRPr="%s"' % RSIDS[rnd(len(RSIDS))] if rnd(3) == 0 else "", props, esc)
            if fragment and ("淮滨" in piece or "剑杆" in piece or "挡车" in piece):
                r = '<w:proofErr w:type="spellStart"/>' + r + '<w:proofErr w:type="spellEnd"/>'
            if fragment and rnd(11) == 0:
                seed["bm"] += 1
                r = ('<w:bookmarkStart w:id="%d" w:name="_Hlk16%07d"/>' % (seed["bm"], 3810215 + seed["bm"] * 7919)
                     + r + '<w:bookmarkEnd w:id="%d"/>' % seed["bm"])
            out.append(r)
        return "".join(out)

    def para(text, props="", align=None, indent=True, spacing=560, border=None, fragment=True, page_break=False):
        ppr = []
        if border:
            ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="FF0000"/></w:pBdr>')
        ppr.append('<w:spacing w:line="%d" w:lineRule="exact"/>' % spacing)
        if indent:
            ppr.append('<w:ind w:firstLineChars="200" w:firstLine="640"/>')
        if align:
            ppr.append('<w:jc w:val="%s"/>' % align)
        br = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
        xml = '<w:p %s w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>%s</w:pPr>%s%s</w:p>' % (
            nsdecls("w"), RSIDS[rnd(6)], RSIDS[0], "".join(ppr), br, runs(text, props, fragment) if text else "")
        d.element.body.append(parse_xml(xml))

    # python-docx starts with one empty paragraph; remove it and keep the section properties last
    body = d.element.body
    sectpr = body[-1]
    for el in list(body)[:-1]:
        body.remove(el)
    red = rpr("方正小标宋简体", 40, False, "FF0000")
    para("淮滨县人民政府办公室文件", red, "distribute", False, 900, fragment=False)
    para("", indent=False, spacing=300)
    para(HB_NO, rpr(None, 16), "center", False, 560, border=True, fragment=False)
    para("", indent=False, spacing=400)
    title = rpr("方正小标宋简体", 22)
    para("淮滨县人民政府办公室", title, "center", False, 640)
    para("关于印发" + HB_PLAN + "的通知", title, "center", False, 640)
    para("", indent=False)
    para("各乡镇人民政府、街道办事处，县政府有关部门，淮滨经济开发区管委会：", rpr(), None, False)
    para("《" + HB_PLAN + "》已经县政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。", rpr())
    para("", indent=False)
    para("淮滨县人民政府办公室", rpr(), "right", False, fragment=False)
    para("2024年4月18日", rpr(), "right", False, fragment=False)
    para("（此件公开发布）", rpr(), None, True, fragment=False)
    first = True
    for kind, text in HB_TEXT:
        if kind == "title":
            para(text, rpr("方正小标宋简体", 22), "center", False, 640, page_break=first)
            para("", indent=False)
            first = False
        elif kind == "h1":
            para(text, rpr("黑体", 16))
        elif kind == "h2":
            para(text, rpr("楷体_GB2312", 16, True))
        else:
            para(text, rpr())
    # the attachment on a landscape page
    land = parse_xml(
        '<w:p %s><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
        'w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:pPr></w:p>'
        % nsdecls("w"))
    body.append(land)
    para("附件", rpr("黑体", 16), None, False)
    para("淮滨县2024年纺织服装优供给促升级重点活动安排表", rpr("方正小标宋简体", 20), "center", False, 640)
    widths = [900, 4600, 2200, 3800, 2600]
    rows = []
    for r_i, row in enumerate(HB_TABLE):
        tcs = []
        for c_i, (val, w) in enumerate(zip(row, widths)):
            vm = ""
            if c_i == 3 and r_i == 1:
                vm = '<w:vMerge w:val="restart"/>'
            elif val is None:
                vm = "<w:vMerge/>"
            props = rpr("黑体", 12) if r_i == 0 else rpr(None, 12)
            ptext = "" if val is None else runs(val, props, fragment=False)
            tcs.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s<w:vAlign w:val="center"/></w:tcPr>'
                       '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:tc>' % (w, vm, ptext))
        rows.append("<w:tr><w:trPr><w:trHeight w:val=\"680\"/></w:trPr>%s</w:tr>" % "".join(tcs))
    rows.append('<w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:gridSpan w:val="5"/></w:tcPr><w:p>%s</w:p>'
                '</w:tc></w:tr>' % (sum(widths), runs(HB_TABLE_NOTE, rpr(None, 12), fragment=False)))
    border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl = ('<w:tbl %s><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>%s</w:tblBorders>'
           '</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
           % (nsdecls("w"), sum(widths), border, "".join('<w:gridCol w:w="%d"/>' % w for w in widths), "".join(rows)))
    body.append(parse_xml(tbl))
    # the 版记 (issuer and date separated by a tab), then the landscape section's properties
    para("", indent=False)
    para("抄送：县委办公室，县人大常委会办公室，县政协办公室。", rpr(None, 14), None, False, fragment=False)
    body.append(parse_xml(
        '<w:p %s><w:pPr><w:tabs><w:tab w:val="right" w:pos="14000"/></w:tabs><w:spacing w:line="560" '
        'w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>淮滨县人民政府办公室</w:t></w:r>'
        '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:tab/><w:t>2024年4月19日印发</w:t></w:r></w:p>' % nsdecls("w")))
    # the first section (portrait) ends at `land`; the last section is landscape
    sectpr.find(qn("w:pgSz")).set(qn("w:orient"), "landscape")
    sectpr.find(qn("w:pgSz")).set(qn("w:w"), "16838")
    sectpr.find(qn("w:pgSz")).set(qn("w:h"), "11906")
    body.remove(sectpr)
    body.append(sectpr)
    # footer page number
    fp = sec.footer.paragraphs[0]
    fp._p.append(parse_xml('<w:pPr %s><w:jc w:val="center"/></w:pPr>' % nsdecls("w")))
    fp._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">— </w:t></w:r>' % nsdecls("w")))
    fp._p.append(parse_xml('<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                           % nsdecls("w")))
    fp._p.append(parse_xml('<w:r %s><w:t xml:space="preserve"> —</w:t></w:r>' % nsdecls("w")))
    import copy
    land_sect = land.find(qn("w:pPr")).find(qn("w:sectPr"))
    for k, ref in enumerate(sectpr.findall(qn("w:footerReference"))):
        land_sect.insert(k, copy.deepcopy(ref))
    cp = d.core_properties
    cp.title = "关于印发" + HB_PLAN + "的通知"
    cp.author = "Administrator"
    cp.last_modified_by = "hbxzb"
    cp.created = datetime.datetime(2024, 4, 15, 16, 12, 0)
    cp.modified = datetime.datetime(2024, 4, 19, 10, 5, 0)
    cp.revision = 23
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue(), (2024, 4, 19, 10, 5, 0))


# ---------------------------------------------------------------------------------------------------------------
# 4. 高密 2025: the two city bureaus' 重点工作清单, as the text file kept by the office (saved by Notepad in the
#    Chinese Windows default encoding, the attachment table drawn with box characters)
# ---------------------------------------------------------------------------------------------------------------
GM_ID = "gaomi-2025-home-textile-work-list"
GM_NO = "高工信字〔2025〕8号"
GM_LIST = "高密市家纺产业“优供给促升级”2025年重点工作清单"
S2 = "\u3000\u3000"
GM_LINES = [
    "高密市工业和信息化局",
    "高密市商务局",
    "文件",
    "",
    GM_NO,
    "",
    "高密市工业和信息化局 高密市商务局",
    "关于印发《高密市家纺产业“优供给促升级”",
    "2025年重点工作清单》的通知",
    "",
    "各镇人民政府、街道办事处，高密经济开发区经济发展局，市家纺行业协会，市纺织服装产业链工作专班办公室：",
    S2 + "现将《" + GM_LIST + "》印发给你们，请对照清单明确的任务、时限和责任单位抓好落实。",
    "",
    "\u3000" * 6 + "高密市工业和信息化局" + "\u3000" * 4 + "高密市商务局",
    "\u3000" * 17 + "2025年2月26日",
    S2 + "（此件公开发布）",
    "\f",
    GM_LIST,
    "",
    S2 + "2025年是全市家纺产业深化“优供给促升级”的关键之年。全市以毛巾、床上用品和功能性家纺为重点，坚持增品种、"
         "提品质、创品牌，推动家纺产业向数字化、品牌化、绿色化转型。",
    "一、主要目标",
    S2 + "全年组织开展各类活动不少于10场；家纺产业营业收入增长5.5%以上；“高密家纺”集体商标使用企业达到25家；"
         "新培育数字化车间3个；家纺产品出口额增长8%以上。",
    "二、重点工作",
    "（一）毛巾织造提档升级",
    S2 + "1.支持姜庄镇、夏庄镇毛巾企业更新高速剑杆毛巾织机300台以上，推广自动折叠包装生产线。",
    S2 + "2.2025年4月在姜庄镇举办毛巾织造数字化改造现场会。",
    "（二）床品设计创新",
    S2 + "3.2025年5月至7月举办“密水杯”家纺设计大赛，面向高校和企业设计师征集床品、毛巾设计作品。",
    S2 + "4.支持企业与设计院校共建设计工作室，全年新开发家纺新产品200款以上。",
    "（三）品牌培育",
    S2 + "5.规范“高密家纺”集体商标使用管理，对使用企业实行年度核查。",
    S2 + "6.2025年10月在醴泉街道举办“高密家纺”秋冬新品发布会。",
    "（四）市场开拓",
    S2 + "7.组织企业参加境内外家纺专业展会不少于6场，其中境外展会不少于3场。",
    S2 + "8.2025年6月在高密经济开发区举办家纺跨境电商培训会，限120人。",
    "（五）绿色低碳",
    S2 + "9.推动3家印染企业开展清洁生产审核，毛巾企业印染中水回用率达到60%以上。",
    "（六）消费促进",
    S2 + "10.2025年11月至12月开展“暖居好物”家纺消费季，组织商超、专业市场和直播电商开展促销。",
    "三、工作要求",
    S2 + "（一）细化落实。各镇（街道）于2025年3月15日前将本地区实施计划报市工业和信息化局消费品产业科。",
    S2 + "（二）按季调度。各责任单位于每季度首月5日前报送上季度工作进展，2025年12月5日前报送全年工作总结。",
    S2 + "（三）统筹经费。活动经费由责任单位按照现有资金渠道统筹安排，原则上不向参加企业收取费用。",
    S2 + "联系人：市工业和信息化局消费品产业科 孙晓彤，电话：0536-2326418，邮箱：gmjf2025@example.cn；市纺织服装"
         "产业链工作专班办公室 王建民，电话：0536-2387250。",
    "",
    S2 + "附件：2025年家纺产业“优供给促升级”重点活动及责任分工表",
    "\f",
    "附件",
    "",
    "\u3000\u3000\u30002025年家纺产业“优供给促升级”重点活动及责任分工表",
    "",
    "TABLE",
    "注：活动具体时间以责任单位通知为准。",
    "",
    "━" * 40,
    "抄送：市委办公室，市人大常委会办公室，市政府办公室。",
    "━" * 40,
    "高密市工业和信息化局办公室" + "\u3000" * 9 + "2025年2月27日印发",
    "━" * 40,
]
GM_TABLE = [
    ["序号", "活动名称", "时间", "地点", "责任单位"],
    ["1", "毛巾织造数字化改造现场会", "2025年4月", "姜庄镇", "市工业和信息化局"],
    ["2", "“密水杯”家纺设计大赛", "2025年5月—7月", "全市", "市家纺行业协会"],
    ["3", "家纺跨境电商培训会", "2025年6月", "高密经济开发区", "市商务局"],
    ["4", "“高密家纺”秋冬新品发布会", "2025年10月", "醴泉街道", "市家纺行业协会"],
    ["5", "“暖居好物”家纺消费季", "2025年11月—12月", "全市", "市商务局"],
]


def _dwidth(t):
    return sum(1 if ord(ch) < 128 else 2 for ch in t)


def _box_table(rows, widths):
    """A table drawn with box characters, each cell padded with spaces to its column's display width; a cell too
    long for its column runs on to a second line inside the column."""
    def cut(text, w):
        out, cur = [], ""
        for ch in text:
            if _dwidth(cur + ch) > w:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        return out + [cur]

    def rule(left, mid, right):
        return left + mid.join("─" * (w // 2) for w in widths) + right

    lines = [rule("┌", "┬", "┐")]
    for k, row in enumerate(rows):
        cells = [cut(v, w) for v, w in zip(row, widths)]
        for i in range(max(len(c) for c in cells)):
            parts = []
            for c, w in zip(cells, widths):
                t = c[i] if i < len(c) else ""
                parts.append(t + " " * (w - _dwidth(t)))
            lines.append("│" + "│".join(parts) + "│")
        lines.append(rule("├", "┼", "┤") if k < len(rows) - 1 else rule("└", "┴", "┘"))
    return lines


def gaomi_txt():
    out = []
    for ln in GM_LINES:
        if ln == "TABLE":
            out.extend(_box_table(GM_TABLE, [4, 20, 16, 14, 16]))
        else:
            out.append(ln)
    text = "\r\n".join(out) + "\r\n"
    return text.encode("gbk")


def main():
    write_bytes(DZ_ID + ".pdf", dazhou_pdf())
    write_bytes(SZ_ID + ".html", shengzhou_html())
    write_bytes(HB_ID + ".docx", huaibin_docx())
    write_bytes(GM_ID + ".txt", gaomi_txt())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the FICTIONAL local documents of heldout_v20 into this folder (see README.md beside this script).

Every internal office, person, phone number, e-mail address (example.cn), event, venue, date, target, number and
文号 below is invented for evaluation; any resemblance to real documents, organisations or people is coincidental.
Deterministic: zip members carry fixed timestamps, reportlab runs in invariant mode.

Usage: python3 docs/make_docs.py              (all documents)
       python3 docs/make_docs.py changzhou    (one document, by the start of its file name)
"""
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
NATIONAL_TITLE = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"
FIXED_ZIP_TIME = (2025, 3, 17, 9, 30, 0)
NOHEAD = set("，。、；：？！）》」』”’％…—·")
NOTAIL = set("（《「『“‘")


def cwidth(ch):
    return 0.5 if ord(ch) < 0x2E80 else 1.0


def wrap(text, width, indent=0.0):
    """Break text into lines of at most `width` full-width cells (ASCII = half a cell); the first line starts after
    `indent` cells. Closing punctuation is never put at a line's start, opening punctuation never at its end."""
    lines, cur, w = [], "", indent
    for ch in text:
        cw = cwidth(ch)
        if w + cw > width and cur:
            if ch in NOHEAD:
                cur += ch
                lines.append(cur)
                cur, w = "", 0.0
                continue
            if cur[-1] in NOTAIL:
                lines.append(cur[:-1])
                cur, w = cur[-1], cwidth(cur[-1])
            else:
                lines.append(cur)
                cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def rezip(data):
    """Re-pack a zip (docx) with fixed member timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + sorted(n for n in names if n not in first):
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


# ==============================================================================================================
# 1. 常州 (2023): the joint 转发 notice as a plain-text file converted from the signed PDF (layout kept: 28 cells a
#    line, 24 lines a page, page numbers, form feeds; the 附件2 table as aligned columns whose long cells wrap)
# ==============================================================================================================
CZ_FILE = "changzhou-2023-textile-apparel-forwarding-notice.txt"
CZ_NO = "常工信消费〔2023〕23号"
CZ_TITLE = "常州市工业和信息化局 常州市商务局关于转发《" + NATIONAL_TITLE + "》的通知"
CZ_BODY = [
    ("left", "各辖市、区工业和信息化局、商务局，常州经济开发区经济发展局，市纺织工业协会，市服装服饰行业协会："),
    ("p", "现将《" + NATIONAL_TITLE + "》（" + NATIONAL_NO + "）转发给你们，并结合我市实际提出以下意见，请一并认真"
          "贯彻落实。"),
    ("p", "一、工作目标"),
    ("p", "2023年，全市围绕纺织服装“优供给促升级”组织开展各类活动不少于10场，推动25家以上纺织服装企业实施智能化"
          "改造和数字化转型，新培育市级纺织服装“专精特新”企业8家，力争全市规模以上纺织服装企业营业收入同比增长3%以上。"),
    ("p", "二、重点工作"),
    ("p", "（一）推进智改数转。聚焦武进区、金坛区化纤、经编、织造企业，组织开展智能制造免费诊断服务不少于30家次。"
          "2023年7月在武进区湖塘镇召开纺织行业智改数转现场推进会，推广经编机联网、智能验布、染色配方管理系统等应用"
          "场景。"),
    ("p", "（二）壮大特色集群。支持武进区湖塘镇、横林镇打造功能性面料和经编产业集群，支持金坛区、溧阳市发展品牌"
          "服装和职业服装。2023年9月在金坛区举办“龙城衣尚”服装新品发布会，由市服装服饰行业协会承办，组织本地服装品牌"
          "集中发布秋冬新品。"),
    ("p", "（三）推动绿色发展。推进印染企业节水节能和废水深度处理改造项目4个；在天宁区、钟楼区主城区增设废旧衣物"
          "回收箱不少于100个，探索建立废旧纺织品“回收—分拣—再利用”体系。"),
    ("p", "（四）畅通供需对接。2023年6月在新北区举办纺织服装产业链供需对接会，组织链主企业与配套中小企业开展"
          "对接；2023年11月至12月开展“常品好衣”冬季服装消费月活动，引导商场、步行街和电商企业开展线上线下联合促销。"),
    ("p", "（五）拓展国际市场。组织企业参加境外纺织服装专业展会不少于4场。2023年8月在常州经济开发区举办纺织品"
          "出口合规培训会，重点解读欧盟生态纺织品要求和RCEP原产地规则。"),
    ("p", "三、工作要求"),
    ("p", "（一）请各辖市、区确定1名联络员，于2023年5月19日前将联络员名单报市工业和信息化局消费品工业处；2023年"
          "5月31日前将本地区活动方案报送市工业和信息化局消费品工业处，同时抄送市商务局对外贸易处。"),
    ("p", "（二）市纺织工业协会负责供需对接会的组织工作，市服装服饰行业协会负责服装新品发布会的组织工作；市商务局"
          "负责消费月活动和出口合规培训会；市工业和信息化局负责现场推进会和智能制造免费诊断服务。活动经费由各承办"
          "单位按现有渠道统筹解决。"),
    ("p", "（三）各辖市、区于2023年7月12日前报送上半年活动开展情况，12月6日前报送全年工作总结；各项活动结束后5个"
          "工作日内报送活动简报。"),
    ("p", "联系人：市工业和信息化局消费品工业处沈佳怡，电话：0519-85681437，邮箱：czfz2023@example.cn；市商务局"
          "对外贸易处蒋文斌，电话：0519-85582916。"),
    ("blank", ""),
    ("att", "附件：1．" + NATIONAL_TITLE),
    ("att2", "2．2023年常州市纺织服装“优供给促升级”重点活动安排表"),
    ("blank", ""),
    ("sign", "常州市工业和信息化局　　　　　常州市商务局"),
    ("right", "2023年5月9日"),
    ("p", "（此件公开发布）"),
]
CZ_TABLE_TITLE = "2023年常州市纺织服装“优供给促升级”重点活动安排表"
CZ_TABLE = [
    ("序号", "活动名称", "时间", "地点", "承办单位"),
    ("1", "纺织服装产业链供需对接会", "2023年6月", "新北区", "市纺织工业协会"),
    ("2", "纺织行业智改数转现场推进会", "2023年7月", "武进区湖塘镇", "市工业和信息化局"),
    ("3", "纺织品出口合规培训会", "2023年8月", "常州经济开发区", "市商务局"),
    ("4", "“龙城衣尚”服装新品发布会", "2023年9月", "金坛区", "市服装服饰行业协会"),
    ("5", "“常品好衣”冬季服装消费月", "2023年11月—12月", "全市", "市商务局"),
]
CZ_TABLE_WIDTHS = (3, 9, 7, 5, 6)  # full-width cells per column (long cells wrap inside their column)
CZ_NOTE = "注：各项活动具体时间、地点以承办单位通知为准。"
CZ_BANJI = [
    "抄送：市人民政府办公室，市发展和改革委员会，市市场监督管理局。",
    "常州市工业和信息化局办公室　　　　　2023年5月10日印发",
]


def _pad(s, cells):
    w = sum(cwidth(c) for c in s)
    return s + " " * int(round((cells - w) * 2))


def _center(s, cells=28):
    w = sum(cwidth(c) for c in s)
    return " " * max(0, int(round((cells - w)))) + s


def make_changzhou():
    lines = []
    # the red letter-head as pdftotext lays it out: the two issuers stacked, 文件 beside them, letters spaced
    lines += ["", "      常 州 市 工 业 和 信 息 化 局", "                                        文件",
              "      常   州   市   商   务   局", "", _center(CZ_NO), "", ""]
    for t in wrap(CZ_TITLE, 20):
        lines.append(_center(t, 28))
    lines.append("")
    for kind, text in CZ_BODY:
        if kind == "blank":
            lines.append("")
        elif kind == "left":
            lines += wrap(text, 28)
        elif kind == "p":
            ls = wrap(text, 28, indent=2)
            lines += ["　　" + ls[0]] + ls[1:]
        elif kind == "att":
            ls = wrap(text, 26, indent=2)
            lines += ["　　" + ls[0]] + ["　　　　　" + x for x in ls[1:]]
        elif kind == "att2":
            ls = wrap(text, 23)
            lines += ["　　　　　" + x for x in ls]
        elif kind == "sign":
            lines.append("　　" + text)
        elif kind == "right":
            lines.append(" " * 34 + text)
    # pages of 24 lines, the page number centered at the foot, a form feed between pages
    pages, out = [lines[i:i + 24] for i in range(0, len(lines), 24)], []
    # 附件2 and the 版记 begin on a page of their own
    table = ["附件2", "", _center(CZ_TABLE_TITLE, 40), ""]
    for row in CZ_TABLE:
        cells = [wrap(c, w) for c, w in zip(row, CZ_TABLE_WIDTHS)]
        for k in range(max(len(c) for c in cells)):
            parts = [_pad(c[k] if k < len(c) else "", w) for c, w in zip(cells, CZ_TABLE_WIDTHS)]
            table.append("  ".join(parts).rstrip())
        table.append("")
    table += [CZ_NOTE, "", "", "", "", ""]
    table += ["─" * 28] + [CZ_BANJI[0], "─" * 28, CZ_BANJI[1], "─" * 28]
    pages.append(table)
    n = len(pages)
    for k, page in enumerate(pages, 1):
        body = page + [""] * (26 - len(page)) if len(page) < 26 else page
        out.append("\n".join(body + [_center("— %d —" % k, 28), ""]))
    text = "\f".join(out)
    with open(os.path.join(HERE, CZ_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return n


# ==============================================================================================================
# 2. 青山湖区 (2024): a district government office's 印发 notice with its 实施方案, printed to PDF (A4, page numbers
#    alternating right / left, the 附件 table on a landscape page, a drawn seal, the 版记 on the last page)
# ==============================================================================================================
QS_FILE = "qingshanhu-2024-knitwear-implementation-plan.pdf"
QS_NO = "青府办发〔2024〕9号"
QS_ISSUER = "南昌市青山湖区人民政府办公室"
QS_TITLE = "南昌市青山湖区人民政府办公室关于印发青山湖区2024年纺织服装优供给促升级活动实施方案的通知"
QS_PLAN = "青山湖区2024年纺织服装优供给促升级活动实施方案"
QS_BODY = [
    ("left", "各镇人民政府、街道办事处，昌东工业园区管委会，区政府各部门："),
    ("p", "《" + QS_PLAN + "》已经区政府同意，现印发给你们，请结合实际认真抓好落实。"),
    ("blank", ""),
    ("sign", QS_ISSUER),
    ("right", "2024年4月2日"),
    ("p", "（此件主动公开）"),
    ("break", ""),
    ("ctitle", QS_PLAN),
    ("blank", ""),
    ("p", "为认真落实国家和省、市关于纺织服装优供给促升级的工作部署，以针织服装产业为重点，推动我区纺织服装产业"
          "提质升级、扩大市场需求，制定本方案。"),
    ("h1", "一、工作目标"),
    ("p", "2024年，全区举办纺织服装优供给促升级各类活动不少于12场；针织服装产业营业收入同比增长6%以上，新增规模"
          "以上企业6家，新建数字化车间5个；“青山湖针织”区域公共品牌授权企业达到12家；新增就业岗位2000个以上。"),
    ("h1", "二、重点活动"),
    ("p", "（一）智能制造提升。在昌东镇针织服装企业推广全自动电脑横机、无缝内衣编织机和智能排产系统，实施技术改造"
          "项目8个。2024年5月在昌东镇召开针织服装智能制造现场观摩会。（责任单位：区工业和信息化局）"),
    ("p", "（二）产销对接畅链。2024年6月在昌东镇举办“衣链通”产销对接会，组织面辅料企业与针织服装企业开展订单对接，"
          "推动本地配套率提升。（责任单位：区纺织服装产业高质量发展推进办公室、区商务局）"),
    ("p", "（三）区域品牌培育。规范“青山湖针织”区域公共品牌授权使用管理，2024年9月在湖坊镇举办“青山湖针织”秋冬新品"
          "发布会。（责任单位：区市场监督管理局、区工业和信息化局）"),
    ("p", "（四）电商直播拓市。依托区电子商务产业园培育针织服装直播团队30个；2024年10月开展“针织好物”直播季活动；"
          "2024年11月在罗家镇举办跨境电商出海培训会。（责任单位：区商务局）"),
    ("p", "（五）技能人才培育。面向企业职工开展横机操作工、缝纫工、服装质检员职业技能培训不少于15期，每期不少于40人。"
          "（责任单位：区人力资源和社会保障局）"),
    ("p", "（六）绿色循环发展。推动3家针织印花企业开展清洁生产审核，在罗家镇建设废旧纺织品回收分拣中心1个。（责任"
          "单位：区工业和信息化局、区生态环境分局）"),
    ("h1", "三、保障措施"),
    ("p", "（一）加强组织领导。成立区纺织服装优供给促升级活动领导小组，由分管副区长任组长。领导小组办公室设在区纺织"
          "服装产业高质量发展推进办公室（区工业和信息化局），负责活动的日常调度。"),
    ("p", "（二）加大政策支持。对符合条件的技术改造、数字化车间和品牌建设项目，按照区级现有产业扶持政策予以支持。"),
    ("p", "（三）强化进度调度。各责任单位于每季度第一个月10日前将上季度工作进展报送区纺织服装产业高质量发展推进办公室，"
          "2024年12月20日前报送全年工作总结。"),
    ("p", "联系人：区工业和信息化局消费品工业科刘思远，电话：0791-88163527，邮箱：qshfz2024@example.cn；区纺织服装产业"
          "高质量发展推进办公室唐国华，电话：0791-88175304。"),
    ("blank", ""),
    ("p", "附件：2024年青山湖区纺织服装优供给促升级重点活动安排表"),
]
QS_TABLE_TITLE = "2024年青山湖区纺织服装优供给促升级重点活动安排表"
QS_TABLE = [
    ("序号", "活动名称", "时间", "地点", "责任单位"),
    ("1", "针织服装智能制造现场观摩会", "2024年5月", "昌东镇", "区工业和信息化局"),
    ("2", "“衣链通”产销对接会", "2024年6月", "昌东镇", "区纺织服装产业高质量发展推进办公室、区商务局"),
    ("3", "“青山湖针织”秋冬新品发布会", "2024年9月", "湖坊镇", "区市场监督管理局、区工业和信息化局"),
    ("4", "“针织好物”直播季", "2024年10月", "全区", "区商务局"),
    ("5", "跨境电商出海培训会", "2024年11月", "罗家镇", "区商务局"),
]
QS_BANJI = ["抄送：区委办公室，区人大常委会办公室，区政协办公室。", "南昌市青山湖区人民政府办公室　　　　2024年4月3日印发"]


def make_qingshanhu():
    from reportlab.lib.colors import Color, black
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    red = Color(0.9, 0, 0.07)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(QS_NO + " 关于印发青山湖区2024年纺织服装优供给促升级活动实施方案的通知")
    c.setAuthor("青山湖区人民政府办公室")
    c.setCreator("WPS Office")
    W, H = A4
    left, top, size, lead = 78, H - 100, 15.5, 27.5
    state = {"page": 1, "y": top}

    def footer():
        c.setFont("WQY", 13)
        c.setFillColor(black)
        s = "— %d —" % state["page"]
        if state["page"] % 2:
            c.drawRightString(W - left + 10, 50, s)
        else:
            c.drawString(left - 10, 50, s)

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = top

    def line(s, x=None, font_size=size, color=black):
        if state["y"] < 85:
            newpage()
        c.setFont("WQY", font_size)
        c.setFillColor(color)
        c.drawString(left if x is None else x, state["y"], s)
        state["y"] -= lead

    # letter-head
    c.setFont("WQY", 30)
    c.setFillColor(red)
    c.drawCentredString(W / 2, H - 120, QS_ISSUER + "文件")
    c.setFont("WQY", size)
    c.setFillColor(black)
    c.drawCentredString(W / 2, H - 185, QS_NO)
    c.setStrokeColor(red)
    c.setLineWidth(2)
    c.line(left - 8, H - 200, W - left + 8, H - 200)
    state["y"] = H - 250
    for t in wrap(QS_TITLE, 21):
        c.setFont("WQY", 19)
        c.drawCentredString(W / 2, state["y"], t)
        state["y"] -= 32
    state["y"] -= 10
    cells = 28
    for kind, text in QS_BODY:
        if kind == "blank":
            state["y"] -= lead
        elif kind == "break":
            newpage()
        elif kind == "left":
            for t in wrap(text, cells):
                line(t)
        elif kind == "ctitle":
            for t in wrap(text, 20):
                c.setFont("WQY", 19)
                c.drawCentredString(W / 2, state["y"], t)
                state["y"] -= 32
        elif kind in ("p", "h1"):
            ls = wrap(text, cells, indent=2)
            line(ls[0], x=left + 2 * size)
            for t in ls[1:]:
                line(t)
        elif kind == "sign":
            y = state["y"]
            line(text, x=W - left - len(text) * size - 20)
            # the seal, drawn over the signature
            c.setStrokeColor(red)
            c.setLineWidth(2.2)
            c.circle(W - left - 7 * size - 20, y + 4, 48, stroke=1, fill=0)
            c.circle(W - left - 7 * size - 20, y + 4, 42, stroke=1, fill=0)
        elif kind == "right":
            line(text, x=W - left - 7 * size - 8)
    footer()
    c.showPage()
    state["page"] += 1
    # 附件: landscape page with the table
    c.setPageSize(landscape(A4))
    LW, LH = landscape(A4)
    c.setFont("WQY", 15)
    c.setFillColor(black)
    c.drawString(70, LH - 70, "附件")
    c.setFont("WQY", 18)
    c.drawCentredString(LW / 2, LH - 110, QS_TABLE_TITLE)
    colw = [50, 230, 100, 100, 230]
    x0, y0, rowh = (LW - sum(colw)) / 2, LH - 140, 44
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    for r, row in enumerate(QS_TABLE):
        y = y0 - r * rowh
        x = x0
        for k, cell in enumerate(row):
            c.rect(x, y - rowh, colw[k], rowh, stroke=1, fill=0)
            parts = wrap(cell, (colw[k] - 12) / 13.0)
            c.setFont("WQY", 13)
            yy = y - rowh / 2 + 4 + (len(parts) - 1) * 8
            for ptxt in parts:
                c.drawCentredString(x + colw[k] / 2, yy - 4, ptxt)
                yy -= 16
            x += colw[k]
    c.setFont("WQY", 13)
    c.drawCentredString(LW / 2, 40, "— %d —" % state["page"])
    c.showPage()
    state["page"] += 1
    # 版记 on a portrait page of its own
    c.setPageSize(A4)
    c.setLineWidth(1)
    c.line(left - 8, 150, W - left + 8, 150)
    c.setFont("WQY", 13)
    c.drawString(left, 130, QS_BANJI[0])
    c.setLineWidth(0.5)
    c.line(left - 8, 118, W - left + 8, 118)
    c.drawString(left, 98, QS_BANJI[1])
    c.setLineWidth(1)
    c.line(left - 8, 86, W - left + 8, 86)
    c.setFont("WQY", 13)
    s = "— %d —" % state["page"]
    if state["page"] % 2:
        c.drawRightString(W - left + 10, 50, s)
    else:
        c.drawString(left - 10, 50, s)
    c.showPage()
    c.save()
    with open(os.path.join(HERE, QS_FILE), "wb") as f:
        f.write(buf.getvalue())
    return state["page"]


# ==============================================================================================================
# 3. 潮州 (2024): an industry association's notice as published on its official-account article page (.html, UTF-8;
#    nested <section>/<span leaf>, &nbsp; indents, the article body hidden until the page script shows it)
# ==============================================================================================================
CH_FILE = "chaozhou-2024-bridal-wear-association-notice.html"
CH_NO = "潮婚协〔2024〕5号"
CH_ISSUER = "潮州市婚纱晚礼服行业协会"
CH_TITLE = "关于组织会员单位参加2024年纺织服装优供给促升级系列活动的通知"
CH_PARAS = [
    ("p", "各会员单位："),
    ("p", "为贯彻落实国家和省、市关于纺织服装优供给促升级活动的部署，按照市工业和信息化局工作安排，经协会第五届理事会"
          "第二次会议研究，决定于2024年组织会员单位参加以下系列活动。现将有关事项通知如下："),
    ("h", "一、“潮绣嫁衣”婚纱礼服秋冬新品发布会"),
    ("p", "时间：2024年8月15日至16日"),
    ("p", "地点：湘桥区潮州婚纱礼服产业展示中心"),
    ("p", "内容：集中发布会员单位秋冬婚纱、晚礼服、中式礼服新品，邀请国内采购商、婚庆服务机构现场观摩洽谈。每家"
          "会员单位展示款式不超过12套，参展单位限25家，按报名先后顺序确定。"),
    ("h", "二、潮绣技艺与现代设计融合研修班"),
    ("p", "时间：2024年7月上旬（具体时间另行通知）"),
    ("p", "内容：邀请潮绣代表性传承人和服装设计院校教师授课，围绕钉金绣、绒绣技法在婚纱礼服中的创新应用开展研修，"
          "推动“纺织非遗”与现代时尚融合。研修班限60人，每家会员单位不超过2人。"),
    ("h", "三、跨境电商独立站与海外社媒营销培训班"),
    ("p", "时间：2024年9月"),
    ("p", "内容：与市电子商务协会联合举办，讲解独立站建站运营、海外社交媒体营销和跨境物流退换货处理。共举办2期，"
          "每期限40人。"),
    ("h", "四、组团参加境外婚纱礼服专业展会"),
    ("p", "时间：2024年11月（展会名称及行程另行通知）"),
    ("p", "内容：协会统一组织会员单位参展，统一布展、统一宣传。展位费由协会承担35%，参展企业承担65%；展品运输、人员"
          "往返交通及食宿费用由参展企业自理。"),
    ("h", "五、有关要求"),
    ("p", "（一）请拟参加活动的会员单位填写报名回执（见附件），于2024年6月14日前加盖单位公章后扫描发送至协会邮箱。"),
    ("p", "（二）参加发布会和境外展会的产品须为企业自主设计或经合法授权生产，不得仿冒他人设计，不得假冒他人注册商标。"),
    ("p", "（三）各参展单位请于每项活动结束后7个工作日内，将意向订单和成交情况反馈协会信息部。"),
    ("p", "联系人：协会秘书处林晓纯，电话：0768-2261538；协会信息部许泽鹏，电话：0768-2261570。"),
    ("p", "协会邮箱：czhs2024@example.cn"),
    ("p", "附件：2024年纺织服装优供给促升级系列活动报名回执"),
    ("r", CH_ISSUER),
    ("r", "2024年5月27日"),
]


def make_chaozhou():
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def leafs(s, split=None):
        if split and split in s:
            a, b = s.split(split, 1)
            k = len(split) // 2
            return ('<span leaf="">%s%s</span><span leaf="">%s%s</span>'
                    % (esc(a), esc(split[:k]), esc(split[k:]), esc(b)))
        return '<span leaf="">%s</span>' % esc(s)

    body = []
    for kind, text in CH_PARAS:
        if kind == "h":
            body.append('<section style="margin-top: 16px;margin-bottom: 8px;"><span style="font-size: 16px;color: '
                        'rgb(192, 0, 0);"><strong>%s</strong></span></section>' % leafs(text))
        elif kind == "r":
            body.append('<section style="text-align: right;"><span style="font-size: 15px;">%s</span></section>'
                        % leafs(text))
        else:
            label = ""
            for lab in ("时间：", "地点：", "内容："):
                if text.startswith(lab):
                    label, text = lab, text[len(lab):]
            inner = leafs(text, split="湘桥区" if "湘桥区" in text else None)
            if label:
                inner = '<strong><span leaf="">%s</span></strong>%s' % (label, inner)
            indent = "" if text.startswith(("各会员", "联系人", "协会邮箱", "附件")) or label else "&nbsp;&nbsp;&nbsp;&nbsp;"
            body.append('<p style="text-align: justify;line-height: 1.75em;"><span style="font-size: 15px;">%s%s'
                        '</span></p>' % (indent, inner))
    form_rows = [
        ("单位名称", "", "会员编号", ""),
        ("联系人", "", "手机", ""),
        ("拟参加活动", "□新品发布会　□研修班　□跨境电商培训班　□境外展会", None, None),
        ("发布会展示款式（套）", "", "研修 / 培训人数", ""),
        ("展位需求", "□标准展位　□特装展位（面积：　　平方米）", None, None),
        ("备注", "", None, None),
    ]
    rows = []
    for a, b, cc, d in form_rows:
        if cc is None:
            rows.append('<tr><td style="border:1px solid #333;padding:6px;">%s</td><td colspan="3" style="border:1px '
                        'solid #333;padding:6px;">%s</td></tr>' % (leafs(a), leafs(b) if b else "&nbsp;"))
        else:
            rows.append('<tr><td style="border:1px solid #333;padding:6px;">%s</td><td style="border:1px solid #333;'
                        'padding:6px;">%s</td><td style="border:1px solid #333;padding:6px;">%s</td><td style="border:'
                        '1px solid #333;padding:6px;">%s</td></tr>' % (leafs(a), "&nbsp;", leafs(cc), "&nbsp;"))
    form = ('<section style="margin-top: 24px;"><span leaf="">附件</span></section>'
            '<section style="text-align: center;"><strong>%s</strong></section>'
            '<table style="border-collapse:collapse;width:100%%;font-size:14px;"><tbody>%s</tbody></table>'
            '<section style="font-size: 13px;color: rgb(89, 89, 89);">%s</section>'
            % (leafs("2024年纺织服装优供给促升级系列活动报名回执"), "".join(rows),
               leafs("注：回执加盖公章后扫描发送至协会邮箱，纸质原件于活动报到时提交。")))
    page = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="各会员单位：为贯彻落实国家和省、市关于纺织服装优供给促升级活动的部署……">
<title>%(title)s</title>
<style>
.rich_media_content{visibility:hidden;opacity:0;}
.rich_media_meta_list{color:rgba(0,0,0,.3);font-size:15px;}
#js_pc_qr_code{display:none;}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
    %(title)s
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">协会秘书处</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">%(issuer)s</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年05月28日 17:32</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden; opacity: 0;">
<section style="text-align: center;"><span style="font-size: 22px;color: rgb(192, 0, 0);"><strong>%(issuer_leaf)s</strong></span></section>
<section style="text-align: center;"><span style="font-size: 15px;">%(no)s</span></section>
<section style="margin: 8px 0;border-bottom: 2px solid rgb(192, 0, 0);"><br></section>
<section style="text-align: center;"><span style="font-size: 18px;"><strong>%(title_leaf)s</strong></span></section>
%(body)s
%(form)s
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div id="js_tags" class="article-tag__list">
<span class="article-tag__item">#优供给促升级</span> <span class="article-tag__item">#协会通知</span>
</div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" href="javascript:void(0);">阅读原文</a>
<span id="readNum3">阅读&nbsp;1236</span>
<span class="like_num">赞&nbsp;18</span>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer">
<p>微信扫一扫<br>关注该公众号</p>
</div>
<div class="weui-dialog"><div class="weui-dialog__bd">预览时标签不可点</div></div>
<div id="js_bottom_tips">继续滑动看下一个<br>轻触阅读原文</div>
</div>
<script type="text/javascript">
var nickname = htmlDecode("%(issuer)s");
var msg_title = '%(title)s'.html(false);
var msg_desc = htmlDecode("各会员单位：为贯彻落实国家和省、市关于纺织服装优供给促升级活动的部署……");
var ct = "1716888720";
var publish_time = "2024-05-28" || "";
function htmlDecode(s){return s;}
setTimeout(function(){var e=document.getElementById("js_content");e.style.visibility="visible";e.style.opacity=1;},0);
</script>
</body>
</html>
""" % {"title": CH_TITLE, "issuer": CH_ISSUER, "issuer_leaf": leafs(CH_ISSUER), "no": leafs(CH_NO),
       "title_leaf": leafs(CH_TITLE), "body": "\n".join(body), "form": form}
    with open(os.path.join(HERE, CH_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


# ==============================================================================================================
# 4. 商丘 (2025): a joint 印发 notice with its 行动方案, written in Word (.docx; the second-level headings of the
#    行动 list numbered automatically by Word, so their （一）… labels are not typed text; a vertically merged table)
# ==============================================================================================================
SQ_FILE = "shangqiu-2025-textile-apparel-action-plan.docx"
SQ_NO = "商工信〔2025〕23号"
SQ_PLAN = "商丘市2025年纺织服装优供给促升级行动方案"
SQ_TITLE = "商丘市工业和信息化局 商丘市商务局关于印发《" + SQ_PLAN + "》的通知"
SQ_UNIT = "市纺织服装产业高质量发展推进办公室"
SQ_BODY = [
    ("left", "各县（市、区）工业和信息化局、商务局，商丘经济技术开发区、示范区经济发展局，市纺织服装行业协会，"
             + SQ_UNIT + "："),
    ("p", "现将《" + SQ_PLAN + "》印发给你们，请结合实际认真组织实施。"),
    ("blank", ""),
    ("sign", ""),
    ("right", "2025年3月14日"),
    ("p", "（此件公开发布）"),
    ("pagebreak", ""),
    ("ctitle", SQ_PLAN),
    ("h1", "一、总体要求"),
    ("p", "深入落实国家关于纺织服装增品种、提品质、创品牌“三品”行动和优供给促升级活动的部署，以棉纺织和服装家纺为"
          "重点，推动全市纺织服装产业智能化、绿色化、品牌化发展，扩大有效供给和市场需求。"),
    ("h1", "二、主要目标"),
    ("p", "2025年，全市组织开展优供给促升级活动不少于16场；规模以上纺织服装企业营业收入同比增长5.5%以上；新增省级"
          "智能工厂和数字化车间3个；“商丘纺织”区域品牌授权企业达到15家；夏邑县、虞城县棉纺企业细纱工序自动接头装置"
          "覆盖率达到60%以上。"),
    ("h1", "三、重点行动"),
    ("num", "纺纱织造智能升级行动。", "在夏邑县、虞城县推广粗细络联、细纱机自动接头、布机联网监测和智能仓储系统，"
            "实施智能化改造项目9个。2025年4月在夏邑县召开纺纱织造智能化改造现场会。"),
    ("num", "产业链协同行动。", "2025年5月在虞城县举办“衣链通”产销对接会，由" + SQ_UNIT + "承办，组织纱线、坯布企业"
            "与服装、家纺企业开展产销对接，提高本地配套水平。"),
    ("num", "品牌消费提升行动。", "2025年6月至8月开展“商都衣品”夏季消费季活动，组织商场、步行街和直播电商开展"
            "联合促销。2025年9月在睢阳区商丘古城举办“古城衣韵”汉服文化周，推动汉服、刺绣等“纺织非遗”与现代时尚"
            "融合。"),
    ("num", "绿色循环发展行动。", "在梁园区建设废旧纺织品回收分拣中心1个；在睢阳区、梁园区主城区设置废旧衣物回收箱"
            "不少于150个；推动柘城县2家印染企业开展清洁生产审核。"),
    ("num", "开放合作拓市行动。", "组织企业参加境外纺织服装专业展会不少于6场。2025年10月在商丘经济技术开发区举办外贸"
            "新业态培训会1期，限120人，重点讲解海外仓、市场采购贸易和跨境电商B2B出口。"),
    ("h1", "四、保障措施"),
    ("p", "（一）明确责任分工。市工业和信息化局负责统筹协调，牵头实施纺纱织造智能升级行动和绿色循环发展行动；"
          "市商务局牵头实施品牌消费提升行动和开放合作拓市行动；市纺织服装行业协会负责组织企业参展参会；" + SQ_UNIT
          + "负责“衣链通”产销对接会的承办和全市活动信息汇总。"),
    ("p", "（二）强化工作调度。各县（市、区）于2025年4月7日前将本地实施计划报市工业和信息化局消费品工业科；7月8日前"
          "报送上半年进展情况，12月8日前报送全年工作总结；重大活动结束后3个工作日内报送活动信息。"),
    ("p", "（三）加强宣传引导。充分利用报刊、网站、短视频和直播平台，宣传推介“商丘纺织”区域品牌和优质产品。"),
    ("p", "联系人：市工业和信息化局消费品工业科韩雨桐，电话：0370-3268154，邮箱：sqfz2025@example.cn；" + SQ_UNIT
          + "周振宇，电话：0370-3216627。"),
    ("p", "附件：2025年商丘市纺织服装优供给促升级重点活动安排表"),
]
SQ_TABLE_TITLE = "2025年商丘市纺织服装优供给促升级重点活动安排表"
SQ_TABLE = [
    ("序号", "活动名称", "时间", "地点", "牵头单位"),
    ("1", "纺纱织造智能化改造现场会", "2025年4月", "夏邑县", "市工业和信息化局"),
    ("2", "“衣链通”产销对接会", "2025年5月", "虞城县", SQ_UNIT),
    ("3", "“商都衣品”夏季消费季", "2025年6月—8月", "全市", "市商务局"),
    ("4", "“古城衣韵”汉服文化周", "2025年9月", "睢阳区", None),
    ("5", "外贸新业态培训会", "2025年10月", "商丘经济技术开发区", None),
]
SQ_BANJI = ["抄送：市人民政府办公室，市发展和改革委员会，市财政局。", "商丘市工业和信息化局办公室", "2025年3月17日印发"]


def make_shangqiu():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)

    def run(p, text, font=None, size=None, bold=False, color=None):
        r = p.add_run(text)
        if font:
            r.font.name = font
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def para(text="", align=None, indent=True, **kw):
        p = d.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if align:
            p.alignment = align
        if text:
            run(p, text, **kw)
        return p

    def border(p, side, sz, color, space=1):
        pPr = p._p.get_or_add_pPr()
        bdr = pPr.find(qn("w:pBdr"))
        if bdr is None:
            bdr = OxmlElement("w:pBdr")
            pPr.append(bdr)
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), str(space))
        b.set(qn("w:color"), color)
        bdr.append(b)

    # automatic numbering （一）（二）… for the 重点行动 headings (numbering part of the template, a new definition)
    numbering = d.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:lvlText", "（%1）"),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.insert(2, suff)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), "90")
    num.append(aid)
    numbering.append(num)

    # letter-head: the two issuers in red, distributed, and 文件 as one paragraph each
    for t in ("商丘市工业和信息化局", "商丘市商务局"):
        p = para(indent=False, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        p.paragraph_format.line_spacing = Pt(44)
        run(p, t + "文件" if t == "商丘市商务局" else t, font="方正小标宋简体", size=34, color="E60012")
    para()
    p = para(SQ_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", 24, "E60012", space=6)
    para()
    p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(34)
    # the title typed with manual line breaks, as Word users do
    t1, t2 = "商丘市工业和信息化局 商丘市商务局", "关于印发《" + SQ_PLAN + "》的通知"
    run(p, t1, font="方正小标宋简体", size=22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    run(p, t2, font="方正小标宋简体", size=22)
    para()
    for item in SQ_BODY:
        kind = item[0]
        if kind == "blank":
            para()
        elif kind == "left":
            para(item[1], indent=False)
        elif kind == "p":
            para(item[1])
        elif kind == "h1":
            para(item[1], font="黑体")
        elif kind == "num":
            p = para(indent=False)
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), "90")
            numPr.append(il)
            numPr.append(ni)
            pPr.insert(0, numPr)
            run(p, item[1], font="楷体_GB2312")
            run(p, item[2])
        elif kind == "sign":
            tbl = d.add_table(rows=1, cols=2)
            for k, t in enumerate(("商丘市工业和信息化局", "商丘市商务局")):
                cp = tbl.rows[0].cells[k].paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(cp, t)
        elif kind == "right":
            p = para(item[1], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(64)
        elif kind == "pagebreak":
            p = para(indent=False)
            p.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "ctitle":
            p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
            run(p, item[1], font="方正小标宋简体", size=22)
            para()
    # 附件 in a landscape section
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    para("附件", indent=False, font="黑体")
    para(SQ_TABLE_TITLE, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=20)
    tbl = d.add_table(rows=len(SQ_TABLE), cols=5)
    tbl.style = "Table Grid"
    for r, row in enumerate(SQ_TABLE):
        for k, cell in enumerate(row):
            tc = tbl.rows[r].cells[k]
            cp = tc.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cp.paragraph_format.first_line_indent = Pt(0)
            if cell is not None:
                run(cp, cell, size=14, font="黑体" if r == 0 else None)
    # 牵头单位 of rows 3-5 is one vertically merged cell (市商务局)
    tbl.cell(3, 4).merge(tbl.cell(5, 4))
    merged = tbl.cell(3, 4)
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    # 版记
    para()
    for k, t in enumerate(SQ_BANJI[:1]):
        p = para(t, indent=False, size=14)
        border(p, "top", 8, "000000")
        border(p, "bottom", 4, "000000")
    p = para(indent=False)
    run(p, SQ_BANJI[1], size=14)
    run(p, "\t")
    run(p, SQ_BANJI[2], size=14)
    border(p, "bottom", 8, "000000")
    # footer with a PAGE field (— N —)
    for s in d.sections:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(fp, "— ")
        for tag, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), (None, "2"), ("end", None)):
            r = fp.add_run()
            if tag in ("begin", "separate", "end"):
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), tag)
                r._r.append(e)
            elif tag == "instr":
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = txt
                r._r.append(e)
            else:
                r.text = txt
        run(fp, " —")
    cp = d.core_properties
    cp.title = SQ_NO
    cp.author = "消费品工业科"
    cp.subject = SQ_PLAN
    cp.keywords = "优供给促升级"
    cp.last_modified_by = "消费品工业科"
    cp.comments = ""
    cp.revision = 3
    import datetime
    cp.created = datetime.datetime(2025, 3, 12, 8, 41, 0)
    cp.modified = datetime.datetime(2025, 3, 17, 9, 20, 0)
    cp.last_printed = datetime.datetime(2025, 3, 17, 9, 18, 0)
    buf = io.BytesIO()
    d.save(buf)
    with open(os.path.join(HERE, SQ_FILE), "wb") as f:
        f.write(rezip(buf.getvalue()))


MAKERS = {CZ_FILE: make_changzhou, QS_FILE: make_qingshanhu, CH_FILE: make_chaozhou, SQ_FILE: make_shangqiu}

if __name__ == "__main__":
    want = sys.argv[1:]
    for fn, maker in MAKERS.items():
        if not want or any(fn.startswith(w) for w in want):
            maker()
            print("wrote", fn)

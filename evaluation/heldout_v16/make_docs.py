#!/usr/bin/env python3
"""Regenerate the four FICTIONAL local documents of heldout_v16 into docs/.

python-docx (+ a few hand-made WordprocessingML elements) for the .docx, reportlab with the machine's WenQuanYi
Micro Hei font (embedded as a subset) for the .pdf, hand-written HTML and text for the other two. Zip entries get
fixed timestamps and reportlab runs in invariant mode, so the output is the same on every run on this machine.
Every name, office, phone number, e-mail address, event, date, target and 文号 below is invented.
"""
import io
import os
import random
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
NATIONAL = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"

# ---------------------------------------------------------------------------------------------------------------
# 1. 江阴 (2023): a joint red-headed notice that forwards the national notice (.docx)
# ---------------------------------------------------------------------------------------------------------------
JY_FILE = "jiangyin-2023-textile-apparel-forwarding-notice.docx"
JY_NO = "澄工信发〔2023〕23号"
JY_TITLE = "江阴市工业和信息化局 江阴市商务局关于转发《" + NATIONAL + "》的通知"
JY_TO = "各镇人民政府、街道办事处，江阴高新区、临港开发区管委会，市纺织服装行业协会，市毛纺织行业协会："
JY_BODY = [
    ("p", "现将《" + NATIONAL + "》（工信厅联消费函〔2023〕87号）转发给你们，请认真贯彻落实。纺织服装是我市传统优势产业，"
          "为组织好我市“优供给促升级”活动，现将有关事项补充通知如下："),
    ("h1", "一、活动目标"),
    ("p", "2023年，全市组织开展纺织服装“优供给促升级”各类活动不少于25场；推动40家规模以上纺织服装企业实施智能化改造和数字化转型；"
          "新增省级以上绿色工厂6家；力争全市纺织服装行业规模以上工业产值同比增长5%以上。"),
    ("h1", "二、重点活动"),
    ("p", "（一）毛纺服装设计提升活动。2023年6月在新桥镇启动“霞客杯”毛纺服装创意设计大赛，9月完成初赛评审，总决赛安排在2023年10月。"
          "支持龙头企业建设工业设计中心，全年新认定市级工业设计中心5家，鼓励企业参与流行趋势发布和“纺织非遗”推广。"),
    ("p", "（二）智改数转提速活动。组织专业服务机构为纺织服装企业开展“智改数转”免费诊断，全年诊断企业不少于80家。重点在祝塘镇针织内衣企业"
          "推广自动裁床、智能吊挂系统和视觉验布设备，建成智能车间10个。"),
    ("p", "（三）产业链供需对接活动。2023年7月在周庄镇举办纺织服装“链上行”供需对接会，组织化纤、纺纱、织造、印染、服装企业面对面对接；"
          "全年组织企业参加国内外专业展会不少于6场。"),
    ("p", "（四）品牌消费促进活动。2023年9月至10月举办“澄品好衣”纺织服装消费节，联合商贸综合体开展品牌让利、新品首发和直播带货活动，"
          "引导企业在销售中如实标明纤维成分、执行标准和洗涤方法。"),
    ("p", "（五）绿色低碳转型活动。推动顾山镇、华士镇印染企业开展清洁生产审核，完成审核企业12家；建设废旧纺织品分拣中心1个，"
          "在城区居民小区投放回收箱不少于150个。"),
    ("h1", "三、工作要求"),
    ("p", "（一）各镇（街道）、园区要结合本地产业特色制定活动方案，于2023年5月26日前报送市工业和信息化局消费品工业科。"),
    ("p", "（二）市纺织服装行业协会负责“霞客杯”设计大赛的组织实施，市毛纺织行业协会负责“链上行”供需对接会的组织实施，"
          "市商务局负责“澄品好衣”消费节的统筹协调。"),
    ("p", "（三）各单位要做好活动宣传和信息报送，于2023年12月15日前将全年活动开展情况和典型案例报送市工业和信息化局，同时抄送市商务局。"),
    ("p", "联系人：市工业和信息化局消费品工业科 钱慧敏，电话：0510-86861237，邮箱：jyfz2023@example.cn；"
          "市商务局流通业发展科 缪建中，电话：0510-86859402。"),
]
JY_ATTACH = ["附件：1．" + NATIONAL, "2．江阴市2023年纺织服装“优供给促升级”重点活动安排表"]
JY_SIGN = ("江阴市工业和信息化局", "江阴市商务局")
JY_DATE = "2023年5月10日"
JY_TABLE_TITLE = "江阴市2023年纺织服装“优供给促升级”重点活动安排表"
JY_TABLE = [
    ["序号", "活动名称", "时间", "地点", "承办单位"],
    ["1", "“霞客杯”毛纺服装创意设计大赛", "2023年6月—10月", "新桥镇", "市纺织服装行业协会"],
    ["2", "纺织服装“链上行”供需对接会", "2023年7月", "周庄镇", "市毛纺织行业协会"],
    ["3", "针织内衣智能车间现场观摩会", "2023年8月", "祝塘镇", "市工业和信息化局"],
    ["4", "“澄品好衣”纺织服装消费节", "2023年9月—10月", "城区", "市商务局"],
    ["5", "印染行业清洁生产审核培训会", "2023年11月", "顾山镇", "市工业和信息化局"],
]
JY_TABLE_NOTE = "注：各项活动的具体时间以承办单位另行通知为准。"
JY_CC = "抄送：市政府办公室，市发展和改革委员会，市市场监督管理局。"
JY_PRINT = ("江阴市工业和信息化局办公室", "2023年5月11日印发")


def _zip_fixed(blob):
    """Re-zip a package with fixed timestamps and a fixed entry order."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2023, 5, 11, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


def make_jiangyin():
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    import datetime

    rnd = random.Random(2023)
    RED = RGBColor(0xE0, 0x00, 0x00)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = JY_TITLE, "消费品工业科", "jxw"
    cp.created = cp.modified = datetime.datetime(2023, 5, 11, 9, 0, 0)
    cp.revision = 3

    def font(run, size=16, east="仿宋_GB2312", bold=False, color=None):
        run.font.size = Pt(size)
        run.font.bold = bold
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)
        if color is not None:
            run.font.color.rgb = color

    def runs(p, text, **kw):
        """Word splits a paragraph into many runs (editing sessions, proofing marks); so do we."""
        i = 0
        while i < len(text):
            n = rnd.randint(3, 19)
            r = p.add_run(text[i:i + n])
            font(r, **kw)
            if rnd.random() < 0.15:
                pe = OxmlElement("w:proofErr")
                pe.set(qn("w:type"), "gramStart" if rnd.random() < 0.5 else "spellStart")
                p._p.append(pe)
            i += n

    def para(text="", align=None, indent=True, space_after=0, **kw):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(space_after)
        pf.line_spacing = Pt(28)
        if indent:
            pf.first_line_indent = Pt(32)
        if align:
            p.alignment = align
        if text:
            runs(p, text, **kw)
        return p

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    # red head: a borderless table, two issuers stacked on the left, 文件 in the right cell
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    left, right = head.rows[0].cells
    left.width, right.width = Cm(11.5), Cm(4)
    for i, name in enumerate(JY_SIGN):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        font(r, 30, "方正小标宋简体", color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    r = right.paragraphs[0].add_run("文件")
    font(r, 40, "方正小标宋简体", color=RED)
    para()
    p = para(JY_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "6"), ("w:color", "E00000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    pPr.append(bdr)
    para()
    # title: a soft line break inside the paragraph, as typed in Word
    p = para(align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=12)
    cut = JY_TITLE.index("关于转发") + 4
    runs(p, JY_TITLE[:cut], size=22, east="方正小标宋简体")
    p.add_run().add_break(WD_BREAK.LINE)
    runs(p, JY_TITLE[cut:], size=22, east="方正小标宋简体")
    para(JY_TO, indent=False)
    for kind, text in JY_BODY:
        if kind == "h1":
            para(text, east="黑体")
        else:
            para(text)
    para()
    for i, a in enumerate(JY_ATTACH):
        p = para(a)
        if i:
            p.paragraph_format.left_indent = Pt(80)
            p.paragraph_format.first_line_indent = Pt(0)
    para()
    para()
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    for c, name in zip(sig.rows[0].cells, JY_SIGN):
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(c.paragraphs[0].add_run(name))
    p = para(JY_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para("（此件公开发布）")
    # attachment 2 on its own page: a ruled table whose last row is one merged cell
    p = para(indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    runs(p, "附件2", east="黑体")
    para(JY_TABLE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=20, east="方正小标宋简体", space_after=12)
    t = doc.add_table(rows=len(JY_TABLE) + 1, cols=5)
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(5.6), Cm(3.3), Cm(2.2), Cm(3.4)]
    for ri, row in enumerate(JY_TABLE):
        for ci, val in enumerate(row):
            cell = t.rows[ri].cells[ci]
            cell.width = widths[ci]
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(cell.paragraphs[0].add_run(val), 12, "黑体" if ri == 0 else "仿宋_GB2312")
    last = t.rows[len(JY_TABLE)]
    merged = last.cells[0].merge(last.cells[4])
    font(merged.paragraphs[0].add_run(JY_TABLE_NOTE), 12)
    para()
    para()
    # 版记: a two-row table ruled above and below, at the foot of the last page
    bj = doc.add_table(rows=2, cols=2)
    tblPr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"), ("left", "nil"),
                      ("right", "nil"), ("insideV", "nil")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val == "single":
            e.set(qn("w:sz"), "8")
        b.append(e)
    tblPr.append(b)
    cc = bj.rows[0].cells[0].merge(bj.rows[0].cells[1])
    font(cc.paragraphs[0].add_run(JY_CC), 14)
    font(bj.rows[1].cells[0].paragraphs[0].add_run(JY_PRINT[0]), 14)
    bj.rows[1].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(bj.rows[1].cells[1].paragraphs[0].add_run(JY_PRINT[1]), 14)
    # footer: — PAGE —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), 14, "宋体")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    fr = OxmlElement("w:r")
    ft = OxmlElement("w:t")
    ft.text = "1"
    fr.append(ft)
    fld.append(fr)
    fp._p.append(fld)
    font(fp.add_run(" —"), 14, "宋体")
    buf = io.BytesIO()
    doc.save(buf)
    open(os.path.join(DOCS, JY_FILE), "wb").write(_zip_fixed(buf.getvalue()))


# ---------------------------------------------------------------------------------------------------------------
# 2. 曹县 (2024): a three-department red-headed notice printed to PDF, with a landscape attachment table
# ---------------------------------------------------------------------------------------------------------------
CX_FILE = "caoxian-2024-hanfu-apparel-notice.pdf"
CX_ISSUERS = ["曹县工业和信息化局", "曹县商务局", "曹县文化和旅游局"]
CX_NO = "曹工信字〔2024〕9号"
CX_TITLE = "曹县工业和信息化局 曹县商务局 曹县文化和旅游局关于开展2024年汉服产业优供给促升级活动的通知"
CX_TO = "各镇人民政府、街道办事处，曹县经济开发区管委会，县汉服行业协会，县电子商务发展服务中心："
CX_BODY = [
    ("p", "为贯彻落实国家和省、市关于纺织服装优供给促升级活动的部署，推动我县汉服产业由“规模扩张”向“品质品牌”转变，经研究，"
          "决定在全县开展2024年汉服产业优供给促升级活动。现将有关事项通知如下："),
    ("h", "一、活动目标"),
    ("p", "全年举办汉服主题活动不少于15场；汉服产业线上销售额同比增长12%以上；培育汉服原创设计品牌30个；新增规模以上服饰企业8家；"
          "汉服产品质量抽检合格率保持在95%以上。"),
    ("h", "二、活动内容"),
    ("p", "（一）原创设计提升。2024年5月举办“曹州汉韵”汉服原创设计大赛，设传统形制、日常汉服、文创配饰三个赛道。县汉服行业协会"
          "组织企业开展原创纹样版权登记，全年登记原创纹样不少于500件，对抄袭仿冒行为建立行业黑名单。"),
    ("p", "（二）品质标准提升。2024年6月至8月，县市场监督管理局配合开展汉服产品质量专项抽检，重点检查纤维成分含量、色牢度和使用说明"
          "标注，抽检不少于100批次。支持县汉服行业协会牵头制定马面裙团体标准。"),
    ("p", "（三）文旅融合消费。2024年9月在县城商业步行街举办“汉服游园会”，国庆期间（10月1日至7日）开展“穿汉服·游曹县”文旅消费"
          "活动，组织景区、酒店对身着汉服的游客给予优惠。"),
    ("p", "（四）电商直播赋能。县电子商务发展服务中心组织汉服直播电商培训不少于6期，每期不少于100人；在安蔡楼镇建设汉服直播基地1个；"
          "组织企业参加“双11”等电商节点促销，引导商家规范标注商品信息、落实七日无理由退货。"),
    ("p", "（五）供应链协同。在曹县经济开发区建设汉服面辅料集中采购中心，推动本地企业与周边地区纺织、印染企业开展供需对接，"
          "缩短面料采购周期。"),
    ("h", "三、工作要求"),
    ("p", "（一）各镇（街道）、开发区要于2024年4月15日前将本地区活动方案报送县工业和信息化局消费品工业股。各项任务的牵头单位、"
          "配合单位和完成时限见附件。"),
    ("p", "（二）各牵头单位要于2024年6月30日前报送上半年工作进展，11月30日前报送全年工作总结。"),
    ("p", "（三）加强宣传引导，综合运用短视频平台、直播平台等渠道开展宣传推广，讲好曹县汉服故事。"),
    ("p", "联系人：县工业和信息化局消费品工业股 孔德华，电话：0530-3392618，邮箱：cxhf2024@example.cn；县电子商务发展服务中心 宋立强，"
          "电话：0530-3218745。"),
    ("p", "附件：2024年汉服产业优供给促升级活动职责分工表"),
]
CX_DATE = "2024年3月28日"
CX_OPEN = "（此件主动公开）"
CX_TABLE_TITLE = "2024年汉服产业优供给促升级活动职责分工表"
CX_TABLE = [
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "“曹州汉韵”汉服原创设计大赛", "县文化和旅游局", "县汉服行业协会", "2024年5月"],
    ["2", "汉服产品质量专项抽检", "县工业和信息化局", "县市场监督管理局", "2024年8月"],
    ["3", "“汉服游园会”和国庆文旅消费活动", "县文化和旅游局", "县商务局", "2024年10月"],
    ["4", "直播电商培训和直播基地建设", "县商务局", "县电子商务发展服务中心、安蔡楼镇人民政府", "2024年11月"],
    ["5", "汉服面辅料集中采购中心建设", "县工业和信息化局", "曹县经济开发区管委会", "2024年12月"],
]
CX_CC = "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。"
CX_PRINT = ("曹县工业和信息化局办公室", "2024年3月29日印发")
NOHEAD = set("，。；：、）》”％·")
NOTAIL = set("“《（")


def make_caoxian():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    path = os.path.join(DOCS, CX_FILE)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("曹工信字9号 汉服优供给促升级（定稿）")
    c.setAuthor("县工信局")
    W, H = A4
    LM, RM, TOP, BOT = 78, 74, 100, 90
    RED = (0.85, 0, 0)
    state = {"page": 1, "y": H - TOP}

    def wrap(text, size, width):
        """Greedy line filling: Latin words, numbers and e-mail addresses stay whole; no closing mark starts a
        line and no opening mark ends one."""
        lines, cur = [], ""
        for tok in re.findall(r"[0-9A-Za-z@._%]+-?|.", text):
            if pdfmetrics.stringWidth(cur + tok, "WQY", size) > width and tok[0] not in NOHEAD and cur:
                carry = ""
                while cur and cur[-1] in NOTAIL:
                    carry, cur = cur[-1] + carry, cur[:-1]
                lines.append(cur)
                cur = carry + tok
            else:
                cur += tok
        if cur:
            lines.append(cur)
        return lines

    def footer():
        c.setFillColorRGB(0, 0, 0)
        c.setFont("WQY", 13)
        pw = c._pagesize[0]
        c.drawCentredString(pw / 2, 48, "— %d —" % state["page"])

    def new_page(size=A4):
        footer()
        c.showPage()
        c.setPageSize(size)
        state["page"] += 1
        state["y"] = size[1] - TOP

    def text_block(text, size=15.5, lead=28, indent=2, align="left", color=(0, 0, 0)):
        width = W - LM - RM
        first = size * indent
        lines = wrap(text, size, width - first)
        if len(lines) > 1:
            rest = "".join(lines[1:])
            lines = [lines[0]] + wrap(rest, size, width)
        c.setFont("WQY", size)
        c.setFillColorRGB(*color)
        for i, ln in enumerate(lines):
            if state["y"] < BOT:
                new_page()
                c.setFont("WQY", size)
                c.setFillColorRGB(*color)
            if align == "center":
                c.drawCentredString(W / 2, state["y"], ln)
            elif align == "right":
                c.drawRightString(W - RM - 40, state["y"], ln)
            else:
                c.drawString(LM + (first if i == 0 else 0), state["y"], ln)
            state["y"] -= lead

    # red head: three issuers stacked, 文件 to their right, the 文号, a red rule
    c.setFillColorRGB(*RED)
    c.setFont("WQY", 27)
    y0 = H - 110
    for i, name in enumerate(CX_ISSUERS):
        c.drawString(LM + 10, y0 - i * 40, name)
    c.setFont("WQY", 44)
    c.drawString(W - RM - 110, y0 - 52, "文件")
    state["y"] = y0 - 3 * 40 - 28
    c.setFillColorRGB(0, 0, 0)
    c.setFont("WQY", 15.5)
    c.drawCentredString(W / 2, state["y"], CX_NO)
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(2)
    c.line(LM - 6, state["y"] - 14, W - RM + 6, state["y"] - 14)
    state["y"] -= 56
    for ln in wrap(CX_TITLE, 21, W - LM - RM - 30):
        c.setFont("WQY", 21)
        c.drawCentredString(W / 2, state["y"], ln)
        state["y"] -= 34
    state["y"] -= 8
    text_block(CX_TO, indent=0)
    for kind, text in CX_BODY:
        text_block(text)
    state["y"] -= 40
    if state["y"] < BOT + 120:
        new_page()
    c.setFont("WQY", 15.5)
    xs = [LM + 10, LM + 170, LM + 285]
    for x, name in zip(xs, CX_ISSUERS):
        c.drawString(x, state["y"], name)
    state["y"] -= 34
    text_block(CX_DATE, indent=0, align="right")
    text_block(CX_OPEN, indent=2)
    # attachment on a landscape page: a ruled table drawn row by row, cells wrapping inside
    new_page(landscape(A4))
    LW, LH = landscape(A4)
    c.setFont("WQY", 15.5)
    c.drawString(60, LH - 70, "附件")
    c.setFont("WQY", 19)
    c.drawCentredString(LW / 2, LH - 105, CX_TABLE_TITLE)
    colw = [50, 230, 130, 200, 110]
    x0 = (LW - sum(colw)) / 2
    y = LH - 135
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(0, 0, 0)
    for ri, row in enumerate(CX_TABLE):
        cells = [wrap(v, 13, w - 12) for v, w in zip(row, colw)]
        hgt = max(len(x) for x in cells) * 19 + 14
        x = x0
        for ci, lines in enumerate(cells):
            c.rect(x, y - hgt, colw[ci], hgt)
            c.setFont("WQY", 13)
            ty = y - 20
            for ln in lines:
                c.drawCentredString(x + colw[ci] / 2, ty, ln)
                ty -= 19
            x += colw[ci]
        y -= hgt
    # 版记 at the foot of the last page
    c.setLineWidth(0.8)
    c.line(x0, 118, x0 + sum(colw), 118)
    c.setFont("WQY", 13)
    c.drawString(x0 + 8, 100, CX_CC)
    c.line(x0, 90, x0 + sum(colw), 90)
    c.drawString(x0 + 8, 72, CX_PRINT[0])
    c.drawRightString(x0 + sum(colw) - 8, 72, CX_PRINT[1])
    c.line(x0, 64, x0 + sum(colw), 64)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 3. 兰溪 (2024): an industry association's notice as a WeChat official-account article (.html, UTF-8)
# ---------------------------------------------------------------------------------------------------------------
LX_FILE = "lanxi-2024-textile-association-wechat-notice.html"
LX_TITLE = "关于组织会员企业参加2024年纺织优供给促升级系列活动的通知"
LX_NO = "兰纺协〔2024〕15号"


def make_lanxi():
    S = 'style="font-size: 15px;letter-spacing: 1px;line-height: 1.75em;"'
    B = 'style="font-size: 15px;color: rgb(192, 0, 0);"'

    def p(*parts, center=False, right=False, indent=True):
        st = "text-align: center;" if center else ("text-align: right;" if right else "text-align: justify;")
        if indent and not (center or right):
            st += "text-indent: 2em;"
        inner = "".join(parts)
        return f'<p style="{st}margin-bottom: 8px;">{inner}</p>'

    def s(t):
        return f'<span {S}>{t}</span>'

    def b(t):
        return f'<span {B}><strong>{t}</strong></span>'

    def head(t):
        return ('<section style="margin: 20px 0 10px;border-left: 4px solid rgb(0, 82, 155);padding-left: 8px;">'
                f'<p style="text-align: left;"><strong><span style="font-size: 16px;color: rgb(0, 82, 155);">{t}'
                '</span></strong></p></section>')

    body = [
        '<section style="text-align: center;margin-bottom: 16px;"><img class="rich_pages wxw-img" '
        'data-src="https://mmbiz.qpic.cn/mmbiz_gif/lxfz/guanzhu.gif" alt="点击蓝字 关注我们" data-type="gif"></section>',
        p(s("点击蓝字&nbsp;关注我们"), center=True),
        p(s(LX_NO), right=True),
        p('<strong><span style="font-size: 18px;">' + LX_TITLE + "</span></strong>", center=True),
        p(s("各会员单位："), indent=False),
        p(s("根据国家和省、市关于纺织服装优供给促升级活动的部署，结合我市棉纺织、牛仔面料产业实际，经协会第五届理事会第二次会议研究，"),
          s("决定于2024年下半年组织会员企业参加以下系列活动。现将有关事项通知如下：")),
        head("📌 一、“兰纺面料”秋冬新品发布会"),
        p(s("时间："), b("2024年9月12日"), s("（星期四）")),
        p(s("地点：兰溪经济开发区纺织面料展示中心")),
        p(s("内容：集中发布牛仔面料、色织面料和功能性面料新品，邀请服装品牌采购商现场洽谈。参展企业限"), b("35家"),
          s("，按报名先后确定。")),
        head("📌 二、织造企业数字化改造现场观摩会"),
        p(s("时间：2024年8月下旬")),
        p(s("地点：女埠街道")),
        p(s("内容：观摩喷气织机联网管理、智能验布和自动仓储系统应用，邀请服务商介绍改造方案和投入测算。")),
        head("📌 三、印染节水减排专题培训"),
        p(s("时间：2024年10月，共"), b("2期"), s("，每期限50人")),
        p(s("内容：清洁生产审核要点、印染废水深度处理和中水回用技术。")),
        head("📌 四、组团参加2024中国国际纺织面料及辅料（秋冬）博览会"),
        p(s("时间：2024年8月27日至29日")),
        p(s("协会统一申请“兰溪面料”形象展区，展位费用由参展企业按实际使用面积分摊，搭建费用由协会承担。")),
        head("📌 五、有关要求"),
        p(s("（一）请有意参加的会员企业于"), b("2024年8月5日前"),
          s("填写报名回执（见附件），发送至协会邮箱lxfz2024@example.cn。")),
        p(s("（二）参加新品发布会的企业须提供面料成分检测报告，样品吊牌须如实标注纤维成分和含量。")),
        p(s("（三）活动结束后5个工作日内，请参加企业将成交意向和新签订单情况报协会秘书处。")),
        p(s("联系人：协会秘书处 章雅琴，电话：0579-88912036；协会会员服务部 徐卫东，电话：0579-88912058。")),
        p(s('附件：<a href="https://mp.weixin.qq.com/s/lxfz-2024-15-huizhi" target="_blank">'
            "报名回执.xlsx</a>"), indent=False),
        p(s("兰溪市纺织行业协会"), right=True),
        p(s("2024年7月15日"), right=True),
        '<section style="margin-top: 24px;text-align: center;"><img class="rich_pages wxw-img" '
        'data-src="https://mmbiz.qpic.cn/mmbiz_png/lxfz/qrcode.png" alt="二维码"></section>',
        p('<span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：协会秘书处&nbsp;&nbsp;|&nbsp;&nbsp;审核：章雅琴'
          "</span>", center=True),
    ]
    recommend = [
        "关于缴纳2024年度会费的通知",
        "协会第五届理事会第二次会议顺利召开",
        "2024年上半年全市纺织行业运行情况",
        "关于推荐2024年度纺织行业优秀企业家的通知",
    ]
    rec = "".join(f'<li><a href="https://mp.weixin.qq.com/s/lxfz-rec-{i}">{t}</a></li>' for i, t in enumerate(recommend, 1))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{LX_TITLE}" />
<meta property="og:type" content="article" />
<title>{LX_TITLE}</title>
<style>
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px;}}
.rich_media_meta{{color:rgba(0,0,0,0.3);font-size:15px;margin-right:8px;}}
#js_pc_qr_code{{display:none;}}
</style>
<script type="text/javascript">
var biz = "MzIxNTk4ODIwMw==";
var msg_title = '{LX_TITLE}'.html(false);
var msg_desc = "{LX_NO} 各会员单位：根据国家和省、市关于纺织服装优供给促升级活动的部署……";
var ct = "1721122200";
var nickname = "兰溪纺织";
</script>
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_wrp" id="js_article">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
{LX_TITLE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">兰溪市纺织行业协会</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">兰溪纺织</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-07-16 17:30</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
{chr(10).join(body)}
</div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" href="javascript:void(0);">阅读原文</a>
<span class="media_tool_meta">阅读&nbsp;<span id="readNum3">1268</span></span>
<a href="javascript:void(0);" id="like3">赞</a>
<a href="javascript:void(0);" id="js_watch">在看</a>
</div>
<div class="rich_media_extra" id="js_related">
<p class="related_title">往期推荐</p>
<ul>{rec}</ul>
</div>
<!-- 预览时标签不可点 -->
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
</div>
</div>
</div>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg.js"></script>
</body>
</html>
"""
    open(os.path.join(DOCS, LX_FILE), "w", encoding="utf-8", newline="\n").write(html)


# ---------------------------------------------------------------------------------------------------------------
# 4. 襄阳 (2025): the notice as saved from the bureau's 政府信息公开 page (.txt, UTF-8 with BOM, CRLF)
# ---------------------------------------------------------------------------------------------------------------
XY_FILE = "xiangyang-2025-textile-apparel-notice.txt"
XY_TEXT = """襄阳市经济和信息化局

无障碍 | 长者模式 | 登录 | 注册

首页　　机构概况　　政务公开　　政策文件　　政务服务　　互动交流　　专题专栏

当前位置：首页 > 政务公开 > 政府信息公开目录 > 通知公告

索 引 号：01135412-X/2025-00231　　　　　　主题分类：工业、交通/其他
发布机构：襄阳市经济和信息化局　　　　　　生成日期：2025-04-08
文　　号：襄经信消费〔2025〕23号　　　　　有 效 性：有效
名　　称：襄阳市经济和信息化局 襄阳市商务局关于开展2025年纺织服装优供给促升级活动的通知

襄阳市经济和信息化局 襄阳市商务局关于开展2025年纺织服装优供给促升级活动的通知

【字体：大 中 小】　【打印】

襄经信消费〔2025〕23号

各县（市、区）经济和信息化局（经济发展局）、商务局，市纺织服装行业协会：

　　为深入贯彻国家和省关于纺织服装优供给促升级活动的部署，巩固我市纺织服装产业发展势头，现就开展2025年全市纺织服装优供给促升级活动通知如下：

　　一、主要目标

　　2025年，全市组织开展纺织服装优供给促升级活动不少于20场；规模以上纺织服装企业营业收入同比增长8%以上；新增省级以上绿色工厂4家；“襄阳棉纺”区域品牌授权企业达到15家。

　　二、重点活动

　　（一）产业链供需对接

　　1.2025年6月在樊城区举办纺织服装“链上行”供需对接会，组织棉纺、化纤企业与服装、家纺、产业用纺织品企业开展对接。

　　2.2025年8月在襄州区召开车用纺织品配套对接会，推动汽车内饰面料、安全带织带、座椅面套企业与整车及零部件企业对接配套。

　　（二）数字化绿色化改造

　　1.支持宜城市、枣阳市纺纱企业实施数字化改造项目6个，推广细纱机单锭监测和自动络筒。

　　2.在南漳县、老河口市推动印染、水洗企业实施节水和余热回收改造项目4个。

　　（三）消费促进

　　1.2025年5月至10月举办“襄阳好衣”纺织服装消费季，组织商场、专业市场和电商企业开展促销。

　　2.市电子商务发展服务中心组织服装企业直播电商培训4期，每期不少于60人。

　　（四）开拓国际市场

　　组织企业参加2025年春季、秋季中国进出口商品交易会和中国—东盟博览会；举办跨境电商政策解读会2场。

　　三、工作要求

　　（一）各县（市、区）于2025年4月20日前将活动方案报市经济和信息化局消费品工业科。

　　（二）各地于2025年7月5日前报送上半年活动开展情况，12月10日前报送全年总结，并填报《活动情况统计表》（附件2）。

　　（三）市纺织服装行业协会负责“链上行”供需对接会和车用纺织品配套对接会的具体组织。

　　联系人：市经济和信息化局消费品工业科 胡晓琳，电话：0710-3512867，邮箱：xyfz2025@example.cn；市电子商务发展服务中心 刘振宇，电话：0710-3827419。

　　附件：1.2025年全市纺织服装优供给促升级重点活动安排
　　　　　2.活动情况统计表

襄阳市经济和信息化局　　　　襄阳市商务局

2025年4月2日

（此件公开发布）

附件1

2025年全市纺织服装优供给促升级重点活动安排

序号　活动名称　　　　　　　　　　　时间　　　　　　　地点　　　　　　　　　　牵头单位
1　　“襄阳好衣”纺织服装消费季　　　2025年5月—10月　 全市　　　　　　　　　　市商务局
2　　“链上行”供需对接会　　　　　　2025年6月　　　　 樊城区　　　　　　　　　市经济和信息化局
3　　车用纺织品配套对接会　　　　　 2025年8月　　　　 襄州区　　　　　　　　　市经济和信息化局
4　　直播电商培训（4期）　　　　　　2025年4月—11月　 市电子商务发展服务中心　市商务局
5　　跨境电商政策解读会（2场）　　　2025年9月　　　　 高新区　　　　　　　　　市商务局

附件2：活动情况统计表.xls　[下载]

相关链接：
关于做好2025年全市消费品工业运行监测工作的通知
关于征集2025年纺织服装优质产品推介目录的通知

【关闭窗口】　【打印本页】

主办单位：襄阳市经济和信息化局　　地址：襄阳市长虹北路　　联系电话：0710-3512000
网站标识码：4206000017　　ICP备案号：ICP备05003125号-1
"""


def make_xiangyang():
    data = "\ufeff" + XY_TEXT.replace("\n", "\r\n")
    open(os.path.join(DOCS, XY_FILE), "wb").write(data.encode("utf-8"))


def main():
    os.makedirs(DOCS, exist_ok=True)
    make_jiangyin()
    make_caoxian()
    make_lanxi()
    make_xiangyang()
    print("wrote", sorted(f for f in os.listdir(DOCS) if not f.endswith(".md")))


if __name__ == "__main__":
    main()

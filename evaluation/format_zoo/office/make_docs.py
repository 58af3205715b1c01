"""Generate the office "format zoo": fictional local 公文 as .docx and .pdf.

All regions, bodies, people, numbers, phones and e-mails are FICTIONAL.

    python make_docs.py          # (re)writes every file into ./docs/

Each builder writes its file and returns the document's *visible units*: the
strings a reader sees, one per paragraph / table cell / header / text box
(docx) or one per drawn line / table cell (pdf).  check.py uses them to make
sure every piece of evidence lies inside one unit (never across a table-cell
boundary or a pdf line wrap).  Word's automatic numbers are included in the
units as a reader sees them ("一、…"), although the docx text lacks them.
"""
import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs"

FANGSONG = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def new_docx(author="Administrator", when=datetime(2024, 1, 1, 9, 0, 0)):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = ""
    return d


def set_font(run, east=FANGSONG, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", align=None, indent=2, east=FANGSONG, size=16,
         bold=False, color=None, runs=None):
    """Add a paragraph; `indent` is the first-line indent in characters."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        indent = 0
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        indent = 0
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        pf.first_line_indent = Pt(size * indent)
    for t, kw in (runs or [(text, {})]):
        r = p.add_run(t)
        opts = dict(east=east, size=size, bold=bold, color=color)
        opts.update(kw)
        set_font(r, **opts)
    return p


def cell_text(cell, text, east=FANGSONG, size=12, bold=False, align="center"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(size * 1.5)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        r = p.add_run(text)
        set_font(r, east=east, size=size, bold=bold)


def set_cell_borders(cell, **edges):
    """edges: top/bottom/left/right = (val, size_eighths, color) or None."""
    tcPr = cell._tc.get_or_add_tcPr()
    xml = [f"<w:tcBorders {nsdecls('w')}>"]
    for edge in ("top", "left", "bottom", "right"):
        spec = edges.get(edge)
        if spec is None:
            xml.append(f'<w:{edge} w:val="nil"/>')
        else:
            val, sz, color = spec
            xml.append(f'<w:{edge} w:val="{val}" w:sz="{sz}" w:space="0" '
                       f'w:color="{color}"/>')
    xml.append("</w:tcBorders>")
    tcPr.append(parse_xml("".join(xml)))


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
             "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
             "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
             "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
             "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
             "rPr", "sectPr", "pPrChange"]


def ppr_insert(p, el):
    """Insert `el` into the paragraph's pPr at its schema position."""
    pPr = p._p.get_or_add_pPr()
    name = el.tag.split("}")[1]
    later = PPR_ORDER[PPR_ORDER.index(name) + 1:]
    for child in pPr:
        if child.tag.split("}")[1] in later:
            child.addprevious(el)
            return
    pPr.append(el)


def para_bottom_border(p, color="E60012", sz=12):
    ppr_insert(p, parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" '
        f'w:space="8" w:color="{color}"/></w:pBdr>'))


def grid_table(d, rows, widths_cm, header_bold=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths_cm[j])
            cell_text(c, val, east=HEITI if (i == 0 and header_bold) else FANGSONG,
                      size=size)
    return t


def save_docx(d, path):
    """Save with fixed zip timestamps so regenerating gives identical bytes."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------------
# Document 1: red-head notice with typed headings, table, 版记 (docx)
# --------------------------------------------------------------------------
D1 = dict(
    mark="泖阳市工业和信息化局文件",
    number="泖工信发〔2024〕12号",
    title=["泖阳市工业和信息化局关于组织开展2024年",
           "纺织服装优供给促升级系列活动的通知"],
    to=["各县（市、区）工业和信息化主管部门，泖阳经济技术开发区经济发展局，",
        "市纺织服装行业协会，各有关企业："],
    intro=("为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给"
           "促升级活动的通知》（工信厅联消费函〔2023〕87号）和东澜省工业和信息化厅"
           "有关工作部署，巩固我市针织服装、家纺产业优势，推动纺织服装行业稳增长、"
           "扩内需、稳外需，市工业和信息化局决定在全市组织开展2024年纺织服装优供给"
           "促升级系列活动。现将有关事项通知如下："),
    table=[
        ["序号", "活动名称", "时间", "地点", "责任单位"],
        ["1", "泖阳针织服装数字化转型现场会", "4月下旬", "泖阳经济技术开发区",
         "市工业和信息化局、开发区经济发展局"],
        ["2", "“泖阳织造”新品发布周", "5月20日—26日", "泖阳国际会展中心",
         "市纺织服装行业协会"],
        ["3", "家纺产业链供需对接会", "7月中旬", "青桐县", "青桐县工业和信息化局"],
        ["4", "纺织服装企业节能降碳诊断服务", "6月至10月", "各县（市、区）",
         "各县（市、区）工业和信息化主管部门"],
        ["5", "泖阳时装周", "10月18日—21日", "泖阳国际会展中心",
         "市工业和信息化局、市商务局"],
    ],
)


def build_doc1(path):
    u = []
    d = new_docx()
    # 发文机关标志 inside a one-cell table without borders
    t = d.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Cm(15.6)
    set_cell_borders(c)
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(60)
    set_font(p.add_run(D1["mark"]), east=XBS, size=40, color=RED)
    u.append(D1["mark"])
    para(d, "")
    p = para(d, D1["number"], align="center")
    para_bottom_border(p, sz=18)
    u.append(D1["number"])
    para(d, "")
    for line in D1["title"]:
        para(d, line, align="center", east=XBS, size=22)
        u.append(line)
    para(d, "")
    for line in D1["to"]:
        para(d, line, indent=0)
        u.append(line)
    para(d, D1["intro"])
    u.append(D1["intro"])

    def h1(t):
        para(d, t, east=HEITI)
        u.append(t)

    def h2(t):
        para(d, t, east=KAITI)
        u.append(t)

    def body(t):
        para(d, t)
        u.append(t)

    h1("一、活动安排")
    h2("（一）活动时间")
    body("2024年4月至11月。")
    h2("（二）重点活动")
    body("全年重点组织开展以下5项活动，具体安排如下表：")
    grid_table(d, D1["table"], [1.2, 4.6, 2.6, 3.2, 4.0])
    for row in D1["table"]:
        u.extend(row)
    h2("（三）组织方式")
    body("1. 市级统筹。市工业和信息化局负责系列活动的总体策划和统筹协调，会同市商务局"
         "等部门做好活动保障。")
    body("2. 县区联动。各县（市、区）结合本地产业特色，每地至少组织1场特色活动，"
         "并于4月15日前将活动方案报送市工业和信息化局。")
    body("3. 企业参与。鼓励规模以上纺织服装企业积极参与各项活动，重点企业名单见附件1。")
    h1("二、工作要求")
    h2("（一）加强组织领导")
    body("各地要高度重视，明确分管领导和具体联系人，精心组织，确保各项活动安全有序开展。")
    h2("（二）注重活动实效")
    body("各地要聚焦企业设备更新、数字化转型、品牌建设和市场开拓等实际需求设计活动内容，"
         "避免形式主义。")
    h2("（三）做好宣传总结")
    body("各地要综合运用报纸、网站、公众号、短视频等渠道加强宣传，活动结束后10个工作日内"
         "报送活动总结。")
    h1("三、信息报送")
    body("请各县（市、区）工业和信息化主管部门于2024年6月30日和11月30日前，分别将上半年"
         "和全年活动开展情况统计表（见附件2）报送至市工业和信息化局消费品工业科。")
    para(d, "")
    a1 = "附件：1．2024年泖阳市纺织服装重点企业名单"
    a2 = "2．活动开展情况统计表"
    para(d, a1)
    p = para(d, a2, indent=0)
    p.paragraph_format.left_indent = Pt(16 * 5)
    u += [a1, a2]
    para(d, "")
    para(d, "")
    for t in ("泖阳市工业和信息化局", "2024年3月28日"):
        p = para(d, t, align="right")
        p.paragraph_format.right_indent = Pt(16 * 4)
        u.append(t)
    para(d, "")
    contact = "（联系人：宋佳宁，电话：0576-87123456，邮箱：mygxj_xfp@example.cn）"
    para(d, contact)
    u.append(contact)
    # 版记 on the last page
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for _ in range(14):
        para(d, "")
    cc = "抄送：市商务局，市市场监督管理局，东澜省工业和信息化厅消费品工业处。"
    p = para(d, cc, indent=1, size=14)
    ppr_insert(p, parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="4" '
        f'w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="4" '
        f'w:color="000000"/></w:pBdr>'))
    u.append(cc)
    office, printed = "泖阳市工业和信息化局办公室", "2024年3月29日印发"
    p = para(d, "", indent=0, runs=[("\u3000" + office, {"size": 14}),
                                     ("\t", {"size": 14}),
                                     (printed, {"size": 14})])
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), alignment=WD_TAB_ALIGNMENT.RIGHT)
    ppr_insert(p, parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="4" '
        f'w:color="000000"/></w:pBdr>'))
    u += [office, printed]
    save_docx(d, path)
    return u


# --------------------------------------------------------------------------
# Document 2: joint 转发 notice, Word auto-numbered headings, 文号 in text box
# --------------------------------------------------------------------------
CN_NUM = "一二三四五六七八九十"


def add_chinese_numbering(d, abstract_id=90, num_id=90):
    """chineseCounting list: level 0 "%1、" (黑体), level 1 "（%2）" (楷体)."""
    numbering = d.part.numbering_part.element
    abstract = parse_xml(f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="{abstract_id}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="{HEITI}"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="{KAITI}"/></w:rPr>
  </w:lvl>
</w:abstractNum>""")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}">'
        f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def set_numbering(p, num_id, level):
    ppr_insert(p, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
        f'<w:numId w:val="{num_id}"/></w:numPr>'))


def add_textbox(p, text, width_pt=260, height_pt=26):
    """A VML text box (floating, centred) holding one line of text."""
    run = parse_xml(f"""
<w:r {nsdecls('w')} xmlns:v="urn:schemas-microsoft-com:vml"
     xmlns:o="urn:schemas-microsoft-com:office:office">
  <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
        path="m,l,21600r21600,l21600,xe">
      <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="WenhaoBox" type="#_x0000_t202" stroked="f" filled="f"
        style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:1;mso-position-horizontal:center;mso-position-horizontal-relative:margin">
      <v:textbox inset="0,0,0,0">
        <w:txbxContent>
          <w:p><w:pPr><w:jc w:val="center"/></w:pPr>
            <w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{FANGSONG}"/><w:sz w:val="32"/></w:rPr>
              <w:t>{text}</w:t></w:r></w:p>
        </w:txbxContent>
      </v:textbox>
    </v:shape>
  </w:pict>
</w:r>""")
    p._p.append(run)


NATIONAL = ("工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知")


def build_doc2(path):
    u = []
    d = new_docx(author="dlgxt", when=datetime(2023, 5, 8, 16, 20, 0))
    num = add_chinese_numbering(d)
    counters = [0, 0]

    for name in ("东澜省工业和信息化厅", "东澜省商务厅"):
        p = para(d, name, align="center", east=XBS, size=36, color=RED)
        p.paragraph_format.line_spacing = Pt(48)
        u.append(name)
    p = para(d, "")
    p = para(d, "")
    add_textbox(p, "东工信消费〔2023〕45号")
    u.append("东工信消费〔2023〕45号")
    para_bottom_border(p, sz=18)
    para(d, "")
    title = ("东澜省工业和信息化厅 东澜省商务厅关于转发《" + NATIONAL + "》的通知")
    para(d, title, align="center", east=XBS, size=22)
    u.append(title)
    para(d, "")
    to = "各设区市工业和信息化局、商务局，省纺织服装行业协会，省服装服饰行业协会："
    para(d, to, indent=0)
    u.append(to)

    def body(t):
        para(d, t)
        u.append(t)

    def heading(t, level):
        east = HEITI if level == 0 else KAITI
        p = para(d, t, indent=0, east=east)
        set_numbering(p, num, level)
        counters[level] += 1
        if level == 0:
            counters[1] = 0
            u.append(CN_NUM[counters[0] - 1] + "、" + t)
        else:
            u.append("（" + CN_NUM[counters[1] - 1] + "）" + t)

    body("现将《" + NATIONAL + "》（工信厅联消费函〔2023〕87号）转发给你们，"
         "并结合我省实际提出以下意见，请一并认真贯彻落实。")
    heading("突出重点，精心组织本地活动", 0)
    heading("聚焦重点产业集群", 1)
    body("各地要围绕泖阳针织服装、青桐家纺、岚溪羽绒等重点产业集群，组织开展先进适用技术"
         "推广、数字化转型诊断和节能降碳改造等活动，每个省级以上产业集群全年至少举办2场"
         "专题活动。")
    heading("办好系列特色活动", 1)
    body("省纺织服装行业协会牵头举办2023东澜时装周和“东澜好衣”设计大赛，省服装服饰行业"
         "协会牵头组织“东澜好衣”进商圈消费促进活动，活动方案于2023年5月31日前报省工业和"
         "信息化厅消费品工业处、省商务厅市场运行处备案。")
    heading("推动内外贸协同发展", 1)
    body("各地商务主管部门要组织纺织服装企业参加中国国际服装服饰博览会等重点展会，支持企业"
         "拓展“一带一路”沿线市场，培育内外贸一体化经营企业。")
    heading("强化协同，形成工作合力", 0)
    body("各设区市工业和信息化、商务主管部门要建立协同工作机制，与有关行业协会加强对接，"
         "统筹安排本地活动，避免活动重复、扎堆举办。")
    heading("及时总结，做好信息报送", 0)
    body("请各设区市工业和信息化局会同商务局，于2023年7月10日前报送上半年活动开展情况，"
         "于2023年12月10日前报送全年活动总结，同时报送典型案例1至2个。")
    para(d, "")
    att = "附件：" + NATIONAL
    para(d, att)
    u.append(att)
    para(d, "")
    para(d, "")
    p = para(d, "", indent=0, runs=[("东澜省工业和信息化厅", {}), ("\t", {}),
                                     ("东澜省商务厅", {})])
    p.paragraph_format.left_indent = Pt(16 * 2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13.0), alignment=WD_TAB_ALIGNMENT.RIGHT)
    u += ["东澜省工业和信息化厅", "东澜省商务厅"]
    p = para(d, "2023年5月8日", align="right")
    p.paragraph_format.right_indent = Pt(16 * 5)
    u.append("2023年5月8日")
    c = ("（联系人及电话：省工业和信息化厅消费品工业处 何嘉树，0576-86512350；"
         "省商务厅市场运行处 梁婧，0576-86523871）")
    para(d, c)
    u.append(c)
    para(d, "")
    para(d, "（此件主动公开）")
    u.append("（此件主动公开）")
    save_docx(d, path)
    return u


# --------------------------------------------------------------------------
# Document 3: association notice, no 文号, header/footer, attachment printed
# after the 落款 with a merged-cell registration form (docx)
# --------------------------------------------------------------------------
D3_FORM = "2024年“泖阳杯”针织时装设计大赛报名表"
D3_RULES = "2024年“泖阳杯”针织时装设计大赛作品提交要求"


def build_doc3(path):
    u = []
    d = new_docx(author="秘书处", when=datetime(2024, 6, 3, 10, 5, 0))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("泖阳市纺织服装行业协会"), east=KAITI, size=10.5)
    para_bottom_border(hp, color="000000", sz=6)
    u.append("泖阳市纺织服装行业协会")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = "地址：泖阳市纺都大道188号纺织服装大厦12楼　邮编：325800"
    set_font(fp.add_run(foot), size=9)
    u.append(foot)

    def body(t, **kw):
        para(d, t, **kw)
        u.append(t)

    title = "关于举办2024年“泖阳杯”针织时装设计大赛的通知"
    para(d, "")
    para(d, title, align="center", east=XBS, size=22)
    u.append(title)
    para(d, "")
    body("各会员单位，各有关院校、设计机构：", indent=0)
    body("为落实《泖阳市工业和信息化局关于组织开展2024年纺织服装优供给促升级系列活动的"
         "通知》（泖工信发〔2024〕12号）要求，发掘优秀针织服装设计人才，推动设计成果与"
         "企业生产对接，经研究，本会定于2024年6月至9月举办2024年“泖阳杯”针织时装设计"
         "大赛。现将有关事项通知如下：")
    body("一、大赛安排", east=HEITI)
    body("（一）参赛对象", east=KAITI)
    body("全国范围内的服装设计师、高等院校服装专业师生及企业设计团队均可报名，年龄不限。")
    body("（二）赛程安排", east=KAITI)
    body("报名及作品提交：即日起至2024年7月15日；初评：2024年7月下旬，评出入围作品30个；"
         "决赛：2024年9月6日在泖阳国际会展中心举行，入围作品须制作成衣参加动态展演。")
    body("（三）作品要求", east=KAITI)
    body("参赛作品须以针织面料为主（针织面料占比不低于70%），每个系列不少于3款，须为参赛者"
         "原创且未在其他赛事中获奖。")
    body("二、奖项设置", east=HEITI)
    body("大赛设金奖1名，奖金30000元；银奖2名，各奖金15000元；铜奖3名，各奖金8000元；"
         "优秀奖10名，各奖金2000元。奖金为税前金额。")
    body("三、报名方式", east=HEITI)
    body("参赛者填写报名表（见附件1），连同作品效果图电子版发送至大赛邮箱"
         "mytfa_contest@example.cn，邮件标题注明“参赛+姓名+作品名称”。")
    body("联系人：协会秘书处 罗一帆，电话：0576-87330021，邮箱：mytfa@example.cn")
    para(d, "")
    body("附件：1．" + D3_FORM)
    p = para(d, "2．" + D3_RULES, indent=0)
    p.paragraph_format.left_indent = Pt(16 * 5)
    u.append("2．" + D3_RULES)
    para(d, "")
    para(d, "")
    for t in ("泖阳市纺织服装行业协会", "2024年6月3日"):
        p = para(d, t, align="right")
        p.paragraph_format.right_indent = Pt(16 * 3)
        u.append(t)
    # attachment 1 printed after the 落款
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    body("附件1", indent=0, east=HEITI)
    para(d, "")
    body(D3_FORM, align="center", east=XBS, size=20)
    para(d, "")
    t = d.add_table(rows=8, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [2.2, 3.2, 3.6, 2.4, 4.2]
    for row in t.rows:
        row.height = Cm(1.1)
        for j, c in enumerate(row.cells):
            c.width = Cm(widths[j])
    t.rows[5].height = Cm(5.0)
    promise = "本人承诺参赛作品为原创，未侵犯他人知识产权，未在其他赛事中获奖。"
    merges = [((0, 0), (2, 0), "参赛者信息"), ((3, 0), (5, 0), "作品信息"),
              ((1, 2), (1, 4), ""), ((3, 2), (3, 4), ""), ((5, 2), (5, 4), ""),
              ((6, 1), (6, 4), promise), ((7, 1), (7, 2), "")]
    for (r0, c0), (r1, c1), text in merges:
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        cell_text(m, text, east=HEITI if text and len(text) < 8 else FANGSONG,
                  align="center" if len(text) < 8 else "left")
    labels = {(0, 1): "姓名", (0, 3): "性别", (1, 1): "所在单位/院校",
              (2, 1): "联系电话", (2, 3): "电子邮箱", (3, 1): "作品名称",
              (4, 1): "作品款数", (4, 3): "主要面料", (5, 1): "设计说明（200字以内）",
              (6, 0): "本人承诺", (7, 0): "本人签名", (7, 3): "日期",
              (7, 4): "年　　月　　日"}
    for (r, c), text in labels.items():
        cell_text(t.cell(r, c), text, align="right" if c == 4 else "center")
    u += ["参赛者信息", "作品信息", promise] + list(labels.values())
    body("注：报名表可复制，每件（系列）作品填写一份。", indent=0, size=14)
    save_docx(d, path)
    return u


# --------------------------------------------------------------------------
DOCS = {
    "01_redhead_notice.docx": build_doc1,
    "02_forward_autonumber.docx": build_doc2,
    "03_association_form.docx": build_doc3,
}


def build(name, out_dir=OUT):
    return DOCS[name](Path(out_dir) / name)


def visible_units(name):
    """Visible units of document `name` (regenerates it into ./docs/)."""
    return build(name)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name in DOCS:
        units = build(name)
        print(f"{name}: {len(units)} units")


if __name__ == "__main__":
    main()

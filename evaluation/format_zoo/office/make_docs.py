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
    set_font(p.add_run(D1["mark"]), east=XBS, size=34, color=RED)
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
# pdf helpers (reportlab, CID font STSong-Light)
# --------------------------------------------------------------------------
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SONG = "STSong-Light"
NO_LINE_START = set("，。、；：？！）》”’〕】％%,.;:)")
NO_LINE_END = set("（《“‘〔【")


def wrap(text, first_width, width, size, font=SONG):
    """Greedy wrap by measured width (a CJK char = 1 em, digits ~0.46 em);
    closing punctuation may hang at a line end, opening punctuation never
    ends a line.  Returns the list of lines."""
    lines, cur, limit = [], "", first_width
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) <= limit + 0.01 or \
                (ch in NO_LINE_START and cur):
            cur += ch
            continue
        moved = ""
        while cur and cur[-1] in NO_LINE_END:
            moved = cur[-1] + moved
            cur = cur[:-1]
        lines.append(cur)
        cur, limit = moved + ch, width
    if cur:
        lines.append(cur)
    return lines


class PdfDoc:
    W, H = A4
    SIZE = 16
    LINE = 28.9                     # 22 lines on a 公文 page
    TEXT_W = 28 * 16                # 28 characters of 三号
    LEFT = (A4[0] - 28 * 16) / 2
    TOP = A4[1] - 100
    BOTTOM = 92

    def __init__(self, path, running_header=None, page_numbers=True,
                 meta_title="", author="", creator="Microsoft Word",
                 page_fmt="— {} —"):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(meta_title)
        self.c.setAuthor(author)
        self.c.setCreator(creator)
        self.units = []
        self.header = running_header
        self.page_numbers = page_numbers
        self.page_fmt = page_fmt
        self.page = 0
        self._start_page()

    # pages ---------------------------------------------------------------
    def _start_page(self):
        self.page += 1
        self.y = self.TOP
        if self.header:
            self.c.setFont(SONG, 10.5)
            self.c.drawCentredString(self.W / 2, self.H - 62, self.header)
            self.c.setLineWidth(0.6)
            self.c.line(self.LEFT, self.H - 68, self.LEFT + self.TEXT_W, self.H - 68)
            self.units.append(self.header)

    def _end_page(self):
        if self.page_numbers:
            self.c.setFont(SONG, 14)
            pn = self.page_fmt.format(self.page)
            self.c.drawCentredString(self.W / 2, 50, pn)
            self.units.append(pn)
        self.c.showPage()

    def new_page(self):
        self._end_page()
        self._start_page()

    def need(self, h):
        if self.y - h < self.BOTTOM:
            self.new_page()

    def finish(self):
        self._end_page()
        self.c.save()
        return self.units

    # text ----------------------------------------------------------------
    def blank(self, n=1):
        for _ in range(n):
            self.need(self.LINE)
            self.y -= self.LINE

    def line(self, text, x=0, size=None, align="left", right_pad=0):
        size = size or self.SIZE
        lh = max(self.LINE, size * 1.6)
        self.need(lh)
        self.y -= lh
        self.c.setFont(SONG, size)
        if align == "center":
            self.c.drawCentredString(self.W / 2, self.y, text)
        elif align == "right":
            self.c.drawRightString(self.LEFT + self.TEXT_W - right_pad, self.y, text)
        else:
            self.c.drawString(self.LEFT + x, self.y, text)
        self.units.append(text)

    def para(self, text, indent=2, size=None):
        size = size or self.SIZE
        lines = wrap(text, self.TEXT_W - indent * size, self.TEXT_W, size)
        for i, ln in enumerate(lines):
            self.line(ln, x=indent * size if i == 0 else 0, size=size)
        return lines

    # tables: each cell drawn on its own at its x position ---------------
    def table(self, rows, widths, size=12, row_h=24, header_rows=1):
        total = sum(widths)
        x0 = self.LEFT + (self.TEXT_W - total) / 2
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        self.c.setLineWidth(0.7)
        for i, row in enumerate(rows):
            top = i == 0
            if self.y - row_h < self.BOTTOM:
                self.new_page()
                top = True
                if header_rows and i > 0:          # repeat the header row
                    self._table_row(rows[0], xs, size, row_h, top=True)
                    top = False
            self._table_row(row, xs, size, row_h, top=top)

    def _table_row(self, row, xs, size, row_h, top):
        c = self.c
        y_top, y_bot = self.y, self.y - row_h
        if top:
            c.line(xs[0], y_top, xs[-1], y_top)
        c.line(xs[0], y_bot, xs[-1], y_bot)
        for x in xs:
            c.line(x, y_top, x, y_bot)
        base = y_bot + (row_h - size) / 2 + size * 0.12
        c.setFont(SONG, size)
        for j, val in enumerate(row):
            if not val:
                continue
            w = pdfmetrics.stringWidth(val, SONG, size)
            c.drawString(xs[j] + (xs[j + 1] - xs[j] - w) / 2, base, val)
            self.units.append(val)
        self.y = y_bot


def assert_broken(lines, s):
    """Make sure one occurrence of `s` is split over two lines (wrap test)."""
    joined = "".join(lines)
    cuts, pos = set(), 0
    for ln in lines:
        pos += len(ln)
        cuts.add(pos)
    starts = [i for i in range(len(joined)) if joined.startswith(s, i)]
    assert starts, s
    assert any(any(i < c < i + len(s) for c in cuts) for i in starts), \
        f"not broken across lines: {s}"


# --------------------------------------------------------------------------
# Document 4: multi-page plan, running header, "— 2 —", fixed-width wrap (pdf)
# --------------------------------------------------------------------------
def build_doc4(path):
    pdf = PdfDoc(path, running_header="岚溪县人民政府公报　　　　　　　　2024年第3期",
                 meta_title="Microsoft Word - 方案定稿0412.docx", author="lxgxj")
    wrapped = []

    def P(t, indent=2):
        wrapped.extend(pdf.para(t, indent=indent))

    pdf.blank()
    for t in ("岚溪县2024年纺织服装优供给促升级", "活动实施方案"):
        pdf.line(t, size=22, align="center")
    pdf.blank()
    P("为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级"
      "活动的通知》（工信厅联消费函〔2023〕87号）和《泖阳市工业和信息化局关于组织开展"
      "2024年纺织服装优供给促升级系列活动的通知》（泖工信发〔2024〕12号）要求，推动我县"
      "羽绒服装产业提质升级，结合我县实际，制定本方案。")
    P("一、总体要求")
    P("（一）指导思想")
    P("坚持稳中求进工作总基调，以增品种、提品质、创品牌为主线，聚焦羽绒服装主导产业，"
      "推动产业高端化、智能化、绿色化发展，打响“岚溪羽绒”区域品牌。")
    P("（二）主要目标")
    P("到2024年底，全县规模以上纺织服装企业营业收入达到86.5亿元，同比增长6%以上；"
      "完成技术改造项目15个，新增数字化车间（智能工厂）4家；“岚溪羽绒”区域品牌授权企业"
      "达到40家，培育年网络销售额超亿元的电商企业3家。")
    P("二、重点任务")
    P("（一）推动设备更新和技术改造。支持企业实施智能裁剪、自动充绒、吊挂生产线等设备"
      "更新项目，推广应用服装设计、生产管理和仓储物流数字化系统。")
    P("（二）培育“岚溪羽绒”区域品牌。完善区域品牌授权使用管理办法，建立羽绒制品质量"
      "追溯体系，组织企业参加国内外知名展会，提升区域品牌知名度。")
    P("（三）拓展线上线下销售渠道。依托县电商产业园开展直播带货培训，支持企业在重点城市"
      "商圈开设品牌体验店，推动“岚溪羽绒”进商超、进社区。")
    P("（四）强化产业链协同。发挥龙头企业带动作用，推动羽绒原料、面料、辅料和成衣企业"
      "就近配套，引导中小企业向“专精特新”方向发展。")
    P("三、活动安排")
    P("（一）2024年5月18日，在县经济开发区羽绒产业园举办岚溪羽绒产业数字化转型现场推进会。")
    P("（二）组织企业参加第十二届东澜纺织服装博览会，于2024年6月18日至20日赴澜州参展。")
    P("（三）2024年9月20日至10月8日，举办“岚溪羽绒”冬季新品直播节。")
    P("（四）2024年11月，组织开展纺织服装企业节能降碳诊断“回头看”。")
    P("四、保障措施")
    P("（一）强化组织领导。成立由县政府分管副县长任组长的活动领导小组，领导小组办公室设在"
      "县工业和信息化局，负责日常协调和督促落实。")
    P("（二）加大政策支持。对当年完成技术改造且设备投资额500万元以上的企业，按设备投资额"
      "的8%给予补助，单个企业最高不超过100万元；对新认定的省级数字化车间给予一次性奖励"
      "30万元。")
    P("（三）做好宣传推广。充分利用县融媒体中心和各类网络平台，宣传推广我县优质羽绒服装"
      "产品和典型企业。")
    P("五、联系方式")
    P("县工业和信息化局轻工纺织股陈思远，电话：0578-62213456，邮箱：lxgxj@example.cn；"
      "县商务局市场运行股周蔓，电话：0578-62218890。")
    pdf.blank(2)
    pdf.line("岚溪县工业和信息化局　　岚溪县商务局", align="right", right_pad=16)
    pdf.line("2024年4月12日", align="right", right_pad=16 * 4)
    # the fixed-width wrap must cut words, numbers, dates and phone numbers
    for cut in ("泖工信发〔2024〕12号", "86.5亿元", "500万元", "2024年6月18日",
                "0578-62218890", "岚溪羽绒", "专精特新"):
        assert_broken(wrapped, cut)
    return pdf.finish(), wrapped


def build_doc4_units(path):
    units, wrapped = build_doc4(path)
    return units


# --------------------------------------------------------------------------
# Document 5: 转发 notice, title broken inside the quoted title over three
# lines, a table drawn cell by cell, Chinese-numeral date (pdf)
# --------------------------------------------------------------------------
D5_FORWARDED = "东澜省商务厅关于开展2024年“东澜好衣”纺织服装消费季活动的通知"


def build_doc5(path):
    pdf = PdfDoc(path, meta_title="", author="myswj", creator="WPS 文字")
    c = pdf.c
    pdf.blank()
    c.setFillColorRGB(0.9, 0, 0.07)
    pdf.line("泖阳市商务局", size=36, align="center")
    c.setFillColorRGB(0, 0, 0)
    pdf.blank()
    pdf.line("泖商务〔2024〕21号", align="center")
    c.setStrokeColorRGB(0.9, 0, 0.07)
    c.setLineWidth(2)
    c.line(pdf.LEFT, pdf.y - 10, pdf.LEFT + pdf.TEXT_W, pdf.y - 10)
    c.setStrokeColorRGB(0, 0, 0)
    pdf.blank()
    for t in ("泖阳市商务局关于转发《东澜省商务厅", "关于开展2024年“东澜好衣”纺织服装",
              "消费季活动的通知》的通知"):
        pdf.line(t, size=22, align="center")
    pdf.blank()
    pdf.para("各县（市、区）商务局，泖阳经济技术开发区经济发展局，市商业联合会，"
             "市纺织服装行业协会，各有关商贸流通企业：", indent=0)
    pdf.para("现将《" + D5_FORWARDED + "》（东商务函〔2024〕33号）转发给你们，请认真"
             "贯彻落实。结合我市实际，提出以下要求：")
    pdf.para("一、精心组织本地活动")
    pdf.para("各县（市、区）要结合“端午”“618”等消费节点，组织商圈、步行街和大型商超开展"
             "纺织服装主题促销，每个县（市、区）在活动期间至少举办1场主题活动。")
    pdf.para("二、重点活动安排")
    pdf.para("我市重点活动安排如下：")
    pdf.y -= 8
    pdf.table([["序号", "活动名称", "时间", "地点", "承办单位"],
               ["1", "“东澜好衣”泖阳启动仪式", "5月25日", "锦绣天地购物中心", "市商务局"],
               ["2", "针织服装直播带货节", "6月1日—18日", "泖阳电商产业园", "市电子商务协会"],
               ["3", "家纺以旧换新促销周", "6月20日—26日", "青桐县家纺城", "青桐县商务局"],
               ["4", "夏季童装展销会", "7月5日—7日", "泖阳国际会展中心", "市纺织服装行业协会"]],
              [32, 140, 78, 96, 102], size=11, row_h=26)
    pdf.y -= 4
    pdf.para("三、做好信息报送")
    pdf.para("请各县（市、区）商务局于每月5日前报送上月活动开展情况，7月31日前报送活动"
             "总结，材料发送至市商务局市场运行科邮箱myswj_scyx@example.cn。")
    pdf.blank()
    pdf.para("附件：" + D5_FORWARDED)
    pdf.blank(2)
    pdf.line("泖阳市商务局", align="right", right_pad=16 * 4)
    pdf.line("二〇二四年五月十日", align="right", right_pad=16 * 3)
    pdf.blank()
    pdf.para("（此件公开发布）")
    return pdf.finish()


# --------------------------------------------------------------------------
# Document 6: 通报 of results with a table of firms, two contacts (pdf)
# --------------------------------------------------------------------------
D6_FIRMS = [
    ("东澜锦程针织服饰有限公司", "泖阳市", "增品种"),
    ("泖阳华纶家纺股份有限公司", "泖阳市", "创品牌"),
    ("青桐云裳家居用品有限公司", "泖阳市青桐县", "提品质"),
    ("岚溪雪羽服饰有限公司", "泖阳市岚溪县", "创品牌"),
    ("澜州天织新材料科技有限公司", "澜州市", "增品种"),
    ("澜州美诺童装有限公司", "澜州市", "提品质"),
    ("溪川恒丰纺织有限公司", "溪川市", "提品质"),
    ("溪川蓝湾服装有限公司", "溪川市", "创品牌"),
    ("临枫绮美时装有限公司", "临枫市", "增品种"),
    ("临枫织梦丝绸有限公司", "临枫市", "创品牌"),
    ("澄湾海纳服饰集团有限公司", "澄湾市", "提品质"),
    ("澄湾德源纺织科技有限公司", "澄湾市", "增品种"),
]


def build_doc6(path):
    pdf = PdfDoc(path, meta_title="东澜省工业和信息化厅关于2024年度纺织服装“三品”"
                                  "示范企业名单的通报", author="xfpc",
                 page_fmt="- {} -")
    c = pdf.c
    pdf.blank()
    c.setFillColorRGB(0.9, 0, 0.07)
    pdf.line("东澜省工业和信息化厅", size=32, align="center")
    c.setFillColorRGB(0, 0, 0)
    pdf.blank()
    pdf.line("东工信消费〔2024〕71号", align="center")
    c.setStrokeColorRGB(0.9, 0, 0.07)
    c.setLineWidth(2)
    c.line(pdf.LEFT, pdf.y - 10, pdf.LEFT + pdf.TEXT_W, pdf.y - 10)
    c.setStrokeColorRGB(0, 0, 0)
    pdf.blank()
    for t in ("东澜省工业和信息化厅关于2024年度纺织服装", "“三品”示范企业名单的通报"):
        pdf.line(t, size=22, align="center")
    pdf.blank()
    pdf.para("各设区市工业和信息化局，省纺织服装行业协会，有关企业：", indent=0)
    pdf.para("根据《东澜省工业和信息化厅关于开展2024年度纺织服装“三品”示范企业遴选工作的"
             "通知》（东工信消费函〔2024〕18号），经企业自愿申报、设区市工业和信息化局推荐、"
             "专家评审和网上公示，确定东澜锦程针织服饰有限公司等12家企业为2024年度东澜省"
             "纺织服装“三品”示范企业（名单见下表），现予以通报。")
    pdf.y -= 8
    rows = [["序号", "企业名称", "所在地", "示范方向"]]
    rows += [[str(i), n, place, kind] for i, (n, place, kind) in enumerate(D6_FIRMS, 1)]
    pdf.table(rows, [40, 220, 104, 80], size=12, row_h=25)
    pdf.y -= 4
    pdf.para("希望受到通报的企业珍惜荣誉，发挥示范引领作用，持续加大研发设计投入，不断提升"
             "产品品质和品牌影响力。各设区市工业和信息化局要加强对示范企业的跟踪服务，及时"
             "总结推广典型经验。")
    pdf.para("示范企业称号有效期三年。有效期内，省工业和信息化厅将对示范企业开展动态评估，"
             "对发生重大产品质量安全事故或严重失信行为的企业，撤销其示范企业称号。")
    pdf.blank()
    pdf.para("联系人：省工业和信息化厅消费品工业处韦明哲，电话：0576-86512347；"
             "省纺织服装行业协会林小溪，手机：13905761234。")
    pdf.blank(2)
    pdf.line("东澜省工业和信息化厅", align="right", right_pad=16 * 4)
    pdf.line("2024年9月26日", align="right", right_pad=16 * 5)
    return pdf.finish()


# --------------------------------------------------------------------------
# Document 7: 复函 in 信函格式 (docx)
# --------------------------------------------------------------------------
def build_doc7(path):
    u = []
    d = new_docx(author="xfpc", when=datetime(2024, 7, 18, 15, 40, 0))
    sec = d.sections[0]
    sec.top_margin = Cm(3.0)
    p = para(d, "东澜省工业和信息化厅", align="center", east=XBS, size=30, color=RED)
    p.paragraph_format.line_spacing = Pt(44)
    u.append("东澜省工业和信息化厅")
    p = para(d, "")
    ppr_insert(p, parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="thinThickSmallGap" w:sz="24" '
        f'w:space="1" w:color="E60012"/></w:pBdr>'))
    p = para(d, "东工信函〔2024〕112号", align="right")
    u.append("东工信函〔2024〕112号")
    para(d, "")
    title = "东澜省工业和信息化厅关于支持泖阳市创建省级纺织服装时尚名城的复函"
    para(d, title, align="center", east=XBS, size=22)
    u.append(title)
    para(d, "")

    def body(t, **kw):
        para(d, t, **kw)
        u.append(t)

    body("泖阳市人民政府：", indent=0)
    body("你市《关于申请创建东澜省纺织服装时尚名城的请示》（泖政〔2024〕27号）收悉。"
         "经研究，现函复如下：")
    body("我厅原则同意泖阳市开展东澜省纺织服装时尚名城创建工作，创建期为2024年8月至"
         "2026年7月。请你市按照《东澜省纺织服装时尚名城创建指南》要求，细化创建方案，"
         "重点在针织服装设计研发、时尚品牌培育、时装周等平台建设方面取得突破，并于每年"
         "12月15日前向我厅报送年度创建进展。")
    body("创建期满后，我厅将组织专家对你市创建工作进行评估验收，验收合格的授予“东澜省"
         "纺织服装时尚名城”称号。你市申请的省级专项资金支持事项，请按年度省级工业和"
         "信息化专项资金申报通知要求另行申报。")
    body("此复。")
    para(d, "")
    para(d, "")
    for t, pad in (("东澜省工业和信息化厅", 4), ("2024年7月18日", 5)):
        p = para(d, t, align="right")
        p.paragraph_format.right_indent = Pt(16 * pad)
        u.append(t)
    body("（联系人及电话：消费品工业处 许文澜，0576-86512360）")
    for _ in range(6):
        para(d, "")
    cc = "抄送：省商务厅，泖阳市工业和信息化局。"
    p = para(d, cc, indent=1, size=14)
    ppr_insert(p, parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="4" '
        f'w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="4" '
        f'w:color="000000"/></w:pBdr>'))
    u.append(cc)
    save_docx(d, path)
    return u


# --------------------------------------------------------------------------
DOCS = {
    "01_redhead_notice.docx": build_doc1,
    "02_forward_autonumber.docx": build_doc2,
    "03_association_form.docx": build_doc3,
    "04_plan_wrapped.pdf": build_doc4_units,
    "05_forward_table.pdf": build_doc5,
    "06_bulletin_firms.pdf": build_doc6,
    "07_reply_letter.docx": build_doc7,
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

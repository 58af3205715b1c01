"""Documents the tests generate: docx (with a table), pdf (text layer or scanned), saved web pages."""

from __future__ import annotations

from pathlib import Path

NOTICE_LINES = [
    "测试部办公厅关于开展2024绿色家电下乡活动的通知",
    "测试厅函〔2024〕12号",
    "各省、自治区、直辖市测试主管部门：",
    "为促进绿色消费，现组织开展2024绿色家电下乡活动。有关事项通知如下：",
    "一、活动内容",
    "（一）组织家电企业进乡镇。支持企业开展以旧换新，推广节能家电。",
    "（二）完善售后服务网络。推动维修网点向县乡延伸。",
    "二、工作要求",
    "各地测试主管部门要加强组织，于2024年6月30日前报送工作总结。",
    "附件：1. 活动报名表",
    "2. 企业名单",
    "测试部办公厅",
    "2024年3月1日",
    "（联系人及电话：李明 010-12345678）",
]


def make_docx(path: Path, lines: list[str] = NOTICE_LINES, table: list[list[str]] | None = None,
              table_after: int = 5) -> Path:
    import docx

    document = docx.Document()
    for i, line in enumerate(lines):
        document.add_paragraph(line)
        if table and i == table_after:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    t.cell(r, c).text = value
    document.save(str(path))
    return path


def make_pdf(path: Path, lines: list[str] = NOTICE_LINES) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 20
    c.save()
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A pdf with only an image on its page: no text layer, as a scan."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (200, 100), "white")
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(image), 40, 600, 200, 100)
    c.save()
    return path


def make_gov_page(path: Path, lines: list[str] = NOTICE_LINES, encoding: str = "utf-8") -> Path:
    """A saved government web page: navigation, breadcrumbs, metadata table, body, footer."""
    body = "".join(f"<p>{line}</p>" for line in lines)
    page = f"""<!DOCTYPE html><html><head><meta charset="{encoding}"><title>{lines[0]}</title>
<script>var x = "不应出现的脚本";</script><style>.a{{color:red}}</style></head><body>
<div class="nav">首页 新闻动态 政务公开 政务服务 公众参与 数据</div>
<div class="search">统一搜索</div>
<div class="crumb">首页 &gt; 政务公开 &gt; 政策文件 &gt; 通知</div>
<table><tr><td>发文机关：</td><td>测试部办公厅</td></tr><tr><td>发文字号：</td><td>测试厅函〔2024〕12号</td></tr>
<tr><td>成文日期：</td><td>2024-03-01</td></tr><tr><td>发布日期：</td><td>2024-03-05</td></tr></table>
<div class="content">{body}</div>
<div><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div>扫一扫在手机打开当前页</div>
<div>主办单位：测试部　承办单位：测试部信息中心</div>
<div class="footer">版权所有：测试部 网站标识码：bm00000001 京ICP备00000000号 京公网安备 11000000000000号</div>
</body></html>"""
    path.write_bytes(page.encode(encoding))
    return path


def make_numbered_docx(path: Path, items: list[tuple[int | None, str]], style_numbered: bool = False) -> Path:
    """A docx whose heading numbers (一、 / （一） / 1.) come from Word's automatic list numbering,
    not from the text: items are (list level or None, paragraph text). With `style_numbered` the
    top level is numbered through a paragraph style instead of the paragraph's own properties."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    lvl_xml = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                      f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvl_xml}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    if style_numbered:
        styles = document.styles.element
        styles.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="GwHeading1">'
                                '<w:name w:val="GW Heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/>'
                                '<w:numId w:val="90"/></w:numPr></w:pPr></w:style>'))
    for level, text in items:
        paragraph = document.add_paragraph(text)
        if level is None:
            continue
        ppr = paragraph._p.get_or_add_pPr()
        if style_numbered and level == 0:
            ppr.insert(0, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="GwHeading1"/>'))
        else:
            ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    document.save(str(path))
    return path

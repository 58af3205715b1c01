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


def make_pdf(path: Path, lines: list[str] = NOTICE_LINES, table: list[list[str]] | None = None,
             table_after: int | None = None) -> Path:
    """A PDF of the lines; a table's cells are drawn one by one on their row's line (as a word
    processor prints a table: pypdf then reads it one cell a line), after line `table_after`."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    y = 800
    at = len(lines) if table_after is None else table_after
    rows = [[(40 + k * 100, cell) for k, cell in enumerate(row)] for row in table or []]
    for drawn in [[(40, x)] for x in lines[:at]] + rows + [[(40, x)] for x in lines[at:]]:
        for x, text in drawn:
            c.drawString(x, y, text)
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


def hard_wrap(paragraph: str, width: int) -> list[str]:
    """A paragraph cut every `width` characters, as a fixed-width text export does it: inside words,
    numbers, dates and phone numbers alike."""
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)] or [""]


def make_wrapped_txt(path: Path, head: list[str], paragraphs: list[str], width: int = 30,
                     separator: str = "blank", encoding: str = "gb18030") -> Path:
    """A plain-text notice hard-wrapped at `width` characters. The head lines (title, 文号, 主送) are
    wrapped too but each starts its own line; body paragraphs are separated by a blank line
    (`separator="blank"`) or begin with two full-width spaces (`separator="indent"`)."""
    lines: list[str] = []
    for line in head:
        lines.extend(hard_wrap(line, width))
    for paragraph in paragraphs:
        if separator == "blank":
            lines.append("")
            lines.extend(hard_wrap(paragraph, width))
        else:
            lines.extend(hard_wrap("\u3000\u3000" + paragraph, width))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def make_styled_docx(path: Path, items: list[tuple[str | None, str]], table: list[list[str]] | None = None,
                     table_after: str | None = None, header_text: str | None = None,
                     footnote: tuple[str, str] | None = None, core_title: str = "",
                     custom_heading_names: bool = False) -> Path:
    """A docx whose headings are paragraphs in Word heading styles: items are (style name or None,
    text), e.g. ("Heading 1", "总体要求"). With `custom_heading_names` the styles are named as WPS
    names them ("标题 1", "标题 2", defined in the file with their outline level). `table` is set
    after the paragraph whose text is `table_after`; `header_text` goes in the page header;
    `footnote` is (the text it follows, the note's text)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.core_properties.title = core_title
    if custom_heading_names:
        for level in (1, 2, 3):
            document.styles.element.append(parse_xml(
                f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="BiaoTi{level}"><w:name w:val="标题 {level}"/>'
                f'<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{level - 1}"/></w:pPr></w:style>'))
    for style, text in items:
        if style and custom_heading_names and style.startswith("标题 "):
            paragraph = document.add_paragraph(text)
            paragraph._p.get_or_add_pPr().insert(0, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="BiaoTi{style[-1]}"/>'))
        else:
            paragraph = document.add_paragraph(text, style=style)
        if footnote and text.endswith(footnote[0]):
            paragraph._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                '<w:footnoteReference w:id="1"/></w:r>'))
        if table and text == table_after:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            t.style = "Table Grid"
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    t.cell(r, c).text = value
    if header_text:
        document.sections[0].header.paragraphs[0].text = header_text
    document.save(str(path))
    if footnote:
        _add_footnote_part(path, footnote[1])
    return path


def _add_footnote_part(path: Path, note: str) -> None:
    """Word keeps footnotes in word/footnotes.xml, referenced from the body by w:footnoteReference."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p>'
        '</w:footnote></w:footnotes>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"'
        ' Target="footnotes.xml"/></Relationships>')).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/footnotes.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def make_div_page(path: Path, head: list[str], paragraphs: list[str], attachments: list[str],
                  sign_off: list[str], site: str = "某市工业和信息化局") -> Path:
    """A government page built of <div>s and <span>s (no <p>): menus as lists, a breadcrumb, the
    公文 head (文号, title) in divs of their own, each paragraph a div indented with full-width
    spaces or &nbsp; and cut into spans, the attachments as links on one line, a footer."""
    import html

    def spans(text: str) -> str:
        # a paragraph cut into styled runs, as an editor saves it; every third run in a <font>
        step = max(4, len(text) // 5)
        runs = [html.escape(text[i:i + step]) for i in range(0, len(text), step)]
        return "".join(f"<font>{r}</font>" if n % 3 == 2 else f'<span style="font-size:16px">{r}</span>'
                       for n, r in enumerate(runs))

    menu = "".join(f'<li><a href="/{n}">{name}</a></li>' for n, name in enumerate(
        ["首页", "机构概况", "政务公开", "政策文件", "新闻中心", "互动交流"]))
    head_divs = "\n".join(f'<div class="head{n}" style="text-align:center">{spans(x)}</div>' for n, x in enumerate(head))
    body = "\n".join(
        f'<div style="text-indent:2em">{"&#12288;&#12288;" if n % 2 else "&nbsp;&nbsp;&nbsp;&nbsp;"}{spans(p)}</div>'
        for n, p in enumerate(paragraphs))
    links = "&nbsp;&nbsp;".join(f'<a href="/files/{n + 1}{name[name.rfind("."):]}">{n + 1}. {html.escape(name)}</a>'
                                for n, name in enumerate(attachments))
    sign = "\n".join(f'<div style="text-align:right">{html.escape(x)}</div>' for x in sign_off)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(head[-1])}_{site}</title></head>
<body><div class="top-bar"><span>{site}</span> <a href="#">无障碍</a> <a href="#">长者模式</a></div>
<div class="main-nav"><ul>{menu}</ul></div>
<div class="crumbs">您当前的位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; <a href="/zc">政策文件</a></div>
<div class="article">
{head_divs}
<div class="info"><span>来源：{site}</span>&nbsp;&nbsp;<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="content">
{body}
<div>&#12288;&#12288;附件：{links}</div>
{sign}
</div></div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="footer"><div><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></div>
<div>主办：{site}　地址：某路1号　电话：0000-12345678</div>
<div>网站标识码：0000000001　ICP备00000000号</div></div>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return path

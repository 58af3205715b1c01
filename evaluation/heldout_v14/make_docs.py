#!/usr/bin/env python3
"""Generate the four FICTIONAL local documents of heldout_v14 into docs/.

Everything in them is invented (see docs/README.md). Standard library only, so the output is byte-for-byte
reproducible on any machine with Python 3:
- the .docx is WordprocessingML written by hand and zipped with fixed timestamps;
- the .pdf is written object by object (text in the non-embedded Adobe-GB1 font STSong-Light, encoding
  UniGB-UTF16-H, with a ToUnicode CMap so the text layer can be extracted);
- the .html is UTF-8;
- the .txt is GB18030 with CRLF line ends (a page saved as text with Notepad on a Chinese Windows).
Run: python3 make_docs.py
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
NATIONAL = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"

# ---------------------------------------------------------------------------------------------------------------
# 1. 湖州 2023 — a forwarding notice (.docx). Headings use Word's automatic multi-level numbering (一、/（一）/1.),
#    so their numbers are not typed in the text. The joint red letter-head, the signatures and the 版记 are tables.
# ---------------------------------------------------------------------------------------------------------------
HUZHOU = {
    "issuers": ["湖州市经济和信息化局", "湖州市商务局"],
    "no": "湖经信〔2023〕47号",
    "title": f"湖州市经济和信息化局 湖州市商务局关于转发《{NATIONAL}》的通知",
    "to": "各区县经济和信息化局、商务局，南太湖新区经济发展局，市童装行业协会，市丝绸行业协会：",
    "body": [
        ("p", f"现将《{NATIONAL}》（{NATIONAL_NO}）转发给你们，请认真贯彻落实。结合我市童装、丝绸等特色产业实际，"
              "现就我市活动组织工作补充通知如下："),
        (0, "活动目标"),
        ("p", "2023年全市组织开展各类优供给促升级活动不少于25场，推动织里童装企业上云用数80家，培育“湖州织造”精品20个，"
              "童装产业集群年销售额增长6%以上。"),
        (0, "重点任务"),
        (1, "童装品质提升行动。"),
        (2, "2023年6月在吴兴区织里镇开展童装质量“提质月”活动，组织童装企业对照婴幼儿及儿童纺织产品安全技术规范开展自查，"
            "覆盖企业不少于300家。"),
        (2, "推广童装智能裁床和吊挂系统，年内建成智能化示范车间10个。"),
        (1, "湖丝品牌焕新行动。"),
        (2, "支持南浔区辑里湖丝企业开展“纺织非遗”产品创新，开发丝绸文创新品不少于50款。"),
        (2, "2023年9月在南浔古镇举办“湖丝新韵”丝绸时尚发布会。"),
        (1, "融通对接行动。"),
        (2, "2023年7月在织里镇举办大中小企业融通创新“携手行动”童装产业链供需对接会，组织面料、辅料企业与童装品牌企业对接。"),
        (2, "组织童装企业参加中国国际服装服饰博览会等国内展会不少于4场。"),
        (1, "消费促进行动。"),
        (2, "2023年8月至9月开展“织里童装开学季”线上线下促销活动，组织童装电商企业开展直播专场不少于200场。"),
        (2, "引导企业在直播推广中如实介绍产品成分、适用年龄，不得虚假宣传。"),
        (1, "绿色发展行动。"),
        (2, "推动长兴县、德清县印染企业实施节水改造，年内完成清洁生产审核企业12家。"),
        (2, "在织里镇试点童装边角料集中回收，建设回收分拣点5个。"),
        (0, "工作要求"),
        (1, "制定方案。各区县于2023年5月26日前将本地活动方案报市经济和信息化局消费品工业处。"),
        (1, "分工协作。市商务局负责消费促进行动的统筹协调；市童装行业协会负责“携手行动”对接会的组织实施；"
            "市丝绸行业协会配合做好“湖丝新韵”发布会。"),
        (1, "信息报送。请于2023年11月25日前将活动开展情况和典型案例报送市经济和信息化局，同时抄送市商务局。"),
        ("p", "联系人：市经济和信息化局消费品工业处 沈佳怡，电话：0572-2398716，邮箱：hzfz2023@example.cn；"
              "市商务局商贸流通处 钮建国，电话：0572-2393025。"),
        ("p", ""),
        ("att", f"附件：{NATIONAL}"),
    ],
    "date": "2023年5月12日",
    "public": "（此件公开发布）",
    "cc": "抄送：省经济和信息化厅，省商务厅，中国纺织工业联合会。",
    "printed": ("湖州市经济和信息化局办公室", "2023年5月15日印发"),
}

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
FS = "仿宋_GB2312"


def _run(text, font=FS, size=32, bold=False, color=None):
    rpr = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(text="", jc=None, indent=True, font=FS, size=32, bold=False, color=None, num=None, pbdr="", ind="",
       spacing='<w:spacing w:line="560" w:lineRule="exact"/>'):
    """A paragraph; pPr children in schema order (numPr, pBdr, spacing, ind, jc)."""
    ppr = ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num}"/><w:numId w:val="1"/></w:numPr>'
    ppr += pbdr + spacing
    if ind:
        ppr += ind
    elif indent and jc is None:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    runs = _run(text, font, size, bold, color) if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def _cell(paras, width, vmerge=None, valign=None, borders=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    if borders:
        tcpr += f"<w:tcBorders>{borders}</w:tcBorders>"
    if valign:
        tcpr += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras) or _p(indent=False)}</w:tc>"


def _table(rows, widths, borders="none"):
    if borders == "none":
        b = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    else:
        b = ('<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:left w:val="nil"/>'
             '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:right w:val="nil"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="nil"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>' + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows) + "</w:tbl>")


def huzhou_document_xml(d):
    red = "FF0000"
    body = []
    # joint red letter-head: issuers stacked on the left, “文件” merged over both rows on the right
    head_font, head_size = "方正小标宋简体", 60
    rows = [
        [_cell([_p(d["issuers"][0], jc="distribute", font=head_font, size=head_size, color=red,
                   spacing='<w:spacing w:line="700" w:lineRule="exact"/>')], 6600),
         _cell([_p("文件", jc="center", font=head_font, size=head_size * 2 - 20, color=red,
                   spacing='<w:spacing w:line="1400" w:lineRule="exact"/>')], 2240, vmerge="restart", valign="center")],
        [_cell([_p(d["issuers"][1], jc="distribute", font=head_font, size=head_size, color=red,
                   spacing='<w:spacing w:line="700" w:lineRule="exact"/>')], 6600),
         _cell([], 2240, vmerge="continue")],
    ]
    body.append(_p(indent=False))
    body.append(_table(rows, [6600, 2240]))
    body.append(_p(indent=False))
    red_rule = ('<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="6" w:color="FF0000"/></w:pBdr>')
    body.append(_p(d["no"], jc="center", pbdr=red_rule))
    body.append(_p(indent=False))
    body.append(_p(d["title"], jc="center", font="方正小标宋简体", size=44,
                   spacing='<w:spacing w:line="640" w:lineRule="exact"/>'))
    body.append(_p(indent=False))
    body.append(_p(d["to"], indent=False))
    for kind, text in d["body"]:
        if kind == "p":
            body.append(_p(text))
        elif kind == "att":
            body.append(_p(text, ind='<w:ind w:left="1600" w:hanging="960"/>'))
        elif kind == 0:
            body.append(_p(text, font="黑体", num=0))
        elif kind == 1:
            body.append(_p(text, font="楷体_GB2312", num=1))
        else:
            body.append(_p(text, num=2))
    body.append(_p(indent=False))
    body.append(_p(indent=False))
    # signatures side by side (a borderless table), the date under them
    sig = [[_cell([_p(d["issuers"][0], jc="center")], 4420), _cell([_p(d["issuers"][1], jc="center")], 4420)]]
    body.append(_table(sig, [4420, 4420]))
    body.append(_p(d["date"], jc="right", ind='<w:ind w:right="1280"/>'))
    body.append(_p(d["public"]))
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    for _ in range(14):
        body.append(_p(indent=False))
    # 版记: 抄送 and 印发 lines between rules
    left, right = d["printed"]
    banji = [
        [_cell([_p(d["cc"], indent=False, size=28)], 8840)],
        [_cell([_p(left + "\u3000" * 6 + right, indent=False, size=28)], 8840)],
    ]
    body.append(_table(banji, [8840], borders="rules"))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" '
            'w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
            + "".join(body) + sect + "</w:body></w:document>")


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr>
<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr>
<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
<w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FS}" w:eastAsia="{FS}" w:hAnsi="{FS}" w:cs="Times New Roman"/>
<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr>
<w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>
<w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>
<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>
<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>
<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>
<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>
</w:p></w:ftr>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>
<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""


def core_xml(title, created):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{escape(title)}</dc:title><dc:creator>消费品工业处</dc:creator><cp:lastModifiedBy>办公室</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>
</cp:coreProperties>"""


APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Pages>3</Pages></Properties>"""


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2023, 5, 15, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def write_huzhou(path):
    write_zip(path, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", huzhou_document_xml(HUZHOU)),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/settings.xml", SETTINGS),
        ("word/footer1.xml", FOOTER),
        ("docProps/core.xml", core_xml(HUZHOU["title"], "2023-05-11T08:00:00Z")),
        ("docProps/app.xml", APP),
    ])


# ---------------------------------------------------------------------------------------------------------------
# 2. 中山 2024 — a red-headed notice as PDF (A4, 28 characters a line as in printed 公文, lines wrap inside words,
#    “— N —” page numbers, the attachment table on its own page).
# ---------------------------------------------------------------------------------------------------------------
ZHONGSHAN = {
    "issuers": ["中山市工业和信息化局", "中山市商务局"],
    "no": "中工信〔2024〕33号",
    "title": ["中山市工业和信息化局 中山市商务局关于开展", "2024年中山休闲服装牛仔服装优供给促升级", "活动的通知"],
    "to": "各镇人民政府、街道办事处，火炬开发区、翠亨新区管委会，市服装行业协会，市牛仔服装行业协会：",
    "body": [
        ("p", "为深入实施纺织服装增品种提品质创品牌“三品”行动，推动我市休闲服装、牛仔服装产业提档升级，经研究，决定开展2024年"
              "中山休闲服装牛仔服装优供给促升级活动。现将有关事项通知如下："),
        ("h", "一、活动目标"),
        ("p", "到2024年底，全市纺织服装规模以上工业增加值增长5%以上，新增省级以上工业设计中心2家，培育“中山休闲”“大涌牛仔”"
              "区域品牌企业30家，服装跨境电商出口额增长20%。"),
        ("h", "二、活动内容"),
        ("p", "（一）设计引领。"),
        ("p", "1.2024年5月在沙溪镇启动“香山杯”休闲服装设计大赛，10月举办决赛和获奖作品展。"),
        ("p", "2.建设沙溪休闲服装流行趋势研究中心，每季度发布一次流行色和面料趋势。"),
        ("p", "（二）智能制造。"),
        ("p", "1.在大涌镇推广牛仔服装激光洗水、臭氧洗水等绿色工艺，完成改造企业不少于15家。"),
        ("p", "2.组织不少于40家服装企业开展数字化转型诊断。"),
        ("p", "（三）市场拓展。"),
        ("p", "1.2024年9月在沙溪镇举办“中山休闲服装采购节”，邀请国内采购商不少于500家。"),
        ("p", "2.市电子商务公共服务中心组织跨境电商直播培训不少于6期，每期不少于60人。"),
        ("p", "3.组织企业赴东盟、中东等市场参加境外展会不少于5场。"),
        ("p", "（四）消费促进。"),
        ("p", "2024年6月至8月开展“中山好衣”消费季，在全市主要商圈举办牛仔潮流市集和旧衣回收换新活动。"),
        ("h", "三、职责分工"),
        ("p", "市工业和信息化局负责设计大赛和智能制造相关工作；市商务局负责采购节、消费季和境外展会；市服装行业协会承办设计大赛；"
              "市牛仔服装行业协会负责组织大涌镇企业参加绿色工艺改造。"),
        ("h", "四、工作要求"),
        ("p", "（一）各镇（街道）于2024年4月19日前将联络员名单报市工业和信息化局消费品工业科。"),
        ("p", "（二）请于2024年7月10日前报送上半年活动进展，12月10日前报送全年工作总结。"),
        ("p", "（三）各单位要利用本地电视台、政务微信公众号和短视频账号做好活动宣传报道。"),
        ("p", "联系人：市工业和信息化局消费品工业科 梁嘉敏，电话：0760-88326127，邮箱：zsfz2024@example.cn；"
              "市电子商务公共服务中心 黄志远，电话：0760-88579346。"),
        ("blank", ""),
        ("att", "附件：2024年中山休闲服装牛仔服装优供给促升级重点活动安排表"),
    ],
    "date": "2024年4月2日",
    "public": "（此件主动公开）",
    "att_title": "2024年中山休闲服装牛仔服装优供给促升级重点活动安排表",
    "table": [["序号", "活动名称", "时间", "地点", "责任单位"],
              ["1", "“香山杯”休闲服装设计大赛", "2024年5月至10月", "沙溪镇", "市工业和信息化局、市服装行业协会"],
              ["2", "“中山好衣”消费季", "2024年6月至8月", "全市主要商圈", "市商务局"],
              ["3", "牛仔服装绿色工艺现场会", "2024年7月", "大涌镇", "市牛仔服装行业协会"],
              ["4", "中山休闲服装采购节", "2024年9月", "沙溪镇", "市商务局"],
              ["5", "跨境电商直播培训", "2024年5月至11月", "火炬开发区", "市电子商务公共服务中心"]],
}

PAGE_W, PAGE_H = 595.28, 841.89
FONT = 16.0
LEFT = 79.0
LINE_CHARS = 28
TOP = PAGE_H - 105.0
LINE_H = 28.9
LINES_PER_PAGE = 22
NO_LINE_START = set("，。、；：！？）》”’％%")


def _w(ch):
    return 0.5 if ord(ch) < 0x2000 else 1.0


def wrap(text, first_indent=2.0, width=LINE_CHARS):
    """Split a paragraph into lines of at most `width` character widths; closing punctuation stays on the line."""
    lines, cur, used = [], "", first_indent
    for tok in re.findall(r"[0-9A-Za-z.@%_-]+|.", text):  # Latin letters and digits are never split, as in Word
        tw = sum(_w(c) for c in tok)
        if used + tw > width + 1e-6 and cur and tok[0] not in NO_LINE_START:
            lines.append(cur)
            cur, used = "", 0.0
        cur += tok
        used += tw
    if cur:
        lines.append(cur)
    return lines


def _hex(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"


class Pdf:
    def __init__(self):
        self.objs = []

    def add(self, data):
        self.objs.append(data)
        return len(self.objs)

    def build(self, root, info):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, data in enumerate(self.objs, 1):
            offsets.append(len(out))
            if isinstance(data, str):
                data = data.encode("latin-1")
            out += f"{i} 0 obj\n".encode() + data + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R >>\n"
                f"startxref\n{xref}\n%%EOF\n").encode()
        return bytes(out)


def tounicode_cmap():
    ranges = [f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256) if not 0xD8 <= hi <= 0xDF]
    blocks = []
    for i in range(0, len(ranges), 100):
        chunk = ranges[i:i + 100]
        blocks.append(f"{len(chunk)} beginbfrange\n" + "\n".join(chunk) + "\nendbfrange")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(blocks) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=FONT, color=None):
        col = f"{color} rg " if color else "0 0 0 rg "
        self.ops.append(f"BT {col}/F1 {size:.1f} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {_hex(s)} Tj ET")

    def line(self, x1, y1, x2, y2, width=0.6, color="0 0 0"):
        self.ops.append(f"{color} RG {width:.2f} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def stream(self):
        return "\n".join(self.ops)


def text_width(s, size=FONT):
    return sum(_w(c) for c in s) * size


def layout_zhongshan(d):
    pages = [Page()]
    y = TOP

    def newpage():
        nonlocal y
        pages.append(Page())
        y = TOP

    def need(n=1):
        if y - (n - 1) * LINE_H < TOP - (LINES_PER_PAGE - 1) * LINE_H - 1:
            newpage()

    pg = pages[0]
    red = "0.9 0 0"
    # red head: two issuers on the left, “文件” on the right
    hy = PAGE_H - 130
    for i, name in enumerate(d["issuers"]):
        pg.text(LEFT, hy - i * 40, name, size=30, color=red)
    pg.text(LEFT + 335, hy - 28, "文件", size=44, color=red)
    pg.text(PAGE_W / 2 - text_width(d["no"]) / 2, hy - 100, d["no"])
    pg.line(LEFT - 4, hy - 112, PAGE_W - LEFT + 4, hy - 112, width=2.0, color="0.9 0 0")
    y = hy - 160
    for t in d["title"]:
        pg.text(PAGE_W / 2 - text_width(t, 20) / 2, y, t, size=20)
        y -= 34
    y -= 14
    for ln in wrap(d["to"], first_indent=0):
        pages[-1].text(LEFT, y, ln)
        y -= LINE_H
    for kind, text in d["body"]:
        if kind == "blank":
            need()
            y -= LINE_H
            continue
        if kind == "att":
            lines = wrap(text, first_indent=2)
            for i, ln in enumerate(lines):
                need()
                pages[-1].text(LEFT + (2 * FONT if i == 0 else 5 * FONT), y, ln)
                y -= LINE_H
            continue
        lines = wrap(text, first_indent=2)
        for i, ln in enumerate(lines):
            need()
            pages[-1].text(LEFT + (2 * FONT if i == 0 else 0), y, ln)
            y -= LINE_H
    # signatures and date
    need(4)
    y -= LINE_H
    sig = "\u3000\u3000".join(d["issuers"])
    pages[-1].text(PAGE_W - LEFT - text_width(sig) - FONT, y, sig)
    y -= LINE_H
    pages[-1].text(PAGE_W - LEFT - text_width(d["date"]) - 4 * FONT, y, d["date"])
    y -= LINE_H
    pages[-1].text(LEFT + 2 * FONT, y, d["public"])
    # attachment page
    newpage()
    pg = pages[-1]
    pg.text(LEFT, y, "附件")
    y -= LINE_H * 1.5
    pg.text(PAGE_W / 2 - text_width(d["att_title"], 18) / 2, y, d["att_title"], size=18)
    y -= LINE_H * 1.3
    widths = [34, 122, 88, 80, 120]
    x0 = (PAGE_W - sum(widths)) / 2
    size = 10.5
    rows = d["table"]
    top = y + 14
    row_h = []
    cell_lines = []
    for r in rows:
        cl = [wrap(c, first_indent=0, width=int((w - 6) / size)) for c, w in zip(r, widths)]
        cell_lines.append(cl)
        row_h.append(max(len(c) for c in cl) * 15 + 12)
    ys = [top]
    for h in row_h:
        ys.append(ys[-1] - h)
    for yy in ys:
        pg.line(x0, yy, x0 + sum(widths), yy)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    for xx in xs:
        pg.line(xx, ys[0], xx, ys[-1])
    for ri, cl in enumerate(cell_lines):
        for ci, lines in enumerate(cl):
            block = len(lines) * 15
            yy = ys[ri] - (row_h[ri] - block) / 2 - 11
            for ln in lines:
                pg.text(xs[ci] + (widths[ci] - text_width(ln, size)) / 2, yy, ln, size=size)
                yy -= 15
    for n, p in enumerate(pages, 1):
        foot = f"— {n} —"
        p.text(PAGE_W / 2 - text_width(foot, 14) / 2, 50, foot, size=14)
    return pages


def write_zhongshan(path):
    pdf = Pdf()
    pages = layout_zhongshan(ZHONGSHAN)
    # objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 tounicode, 7 info, then page/content pairs
    n = len(pages)
    kids = " ".join(f"{8 + 2 * i} 0 R" for i in range(n))
    pdf.add("<< /Type /Catalog /Pages 2 0 R /Lang (zh-CN) >>")
    pdf.add(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>")
    pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H "
            "/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>")
    pdf.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R "
            "/DW 1000 /W [1 95 500] >>")
    pdf.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cmap = tounicode_cmap().encode("latin-1")
    pdf.add(f"<< /Length {len(cmap)} >>\nstream\n".encode() + cmap + b"\nendstream")
    title = "Microsoft Word - 2024优供给促升级活动通知（定稿）.docx"
    pdf.add(f"<< /Title {_hex(title)} /Creator (Microsoft Word) /Producer (Microsoft: Print To PDF) "
            f"/CreationDate (D:20240403091500+08'00') >>")
    for i, p in enumerate(pages):
        pdf.add(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {9 + 2 * i} 0 R >>")
        data = p.stream().encode("latin-1")
        pdf.add(f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")
    with open(path, "wb") as f:
        f.write(pdf.build(1, 7))


# ---------------------------------------------------------------------------------------------------------------
# 3. 桐乡 2024 — an industry association's notice on its web site (.html). The body was pasted into a rich-text
#    editor: items inside one <p> separated by <br>, &emsp; indents; the 回执 is only a link to an .xlsx that was
#    not saved; a sidebar lists other (non-existent) notices; the 落款 date is written in Chinese numerals.
# ---------------------------------------------------------------------------------------------------------------
TONGXIANG_TITLE = "关于组织会员企业参加2024濮院毛衫优供给促升级系列活动的通知"
TONGXIANG_BODY = f"""<p style="text-align:center;">桐毛协〔2024〕12号</p>
<p style="text-align:center;"><strong>{TONGXIANG_TITLE}</strong></p>
<p>各会员企业：</p>
<p>&emsp;&emsp;为贯彻落实国家和省、市关于纺织服装优供给促升级活动的部署，推动濮院毛衫产业提质升级，经协会第三届理事会第五次会议研究，决定组织会员企业参加2024濮院毛衫优供给促升级系列活动。现将有关事项通知如下：</p>
<p>&emsp;&emsp;<strong>一、活动安排</strong></p>
<p>&emsp;&emsp;1.濮院毛衫秋冬新品发布会。2024年9月6日至8日在濮院时尚古镇举办，设新品发布、订货洽谈两个板块，拟安排发布场次20场。<br/>&emsp;&emsp;2.毛衫产业链供需对接会。2024年10月在濮院毛衫创新园举办，组织纱线、横机、成衣企业开展对接。<br/>&emsp;&emsp;3.毛衫直播电商节。2024年11月1日至11日，协会联合濮院直播基地开展会员企业直播专场，参与企业每家不少于3场。<br/>&emsp;&emsp;4.质量提升培训。2024年9月至12月举办4期，每期限50人，内容包括羊毛衫成分标注、起球性能检测和电脑横机编程。</p>
<p>&emsp;&emsp;<strong>二、报名事项</strong></p>
<p>&emsp;&emsp;1.请拟参加的会员企业于2024年8月30日前下载填写报名回执（见附件），发送至协会邮箱。<br/>&emsp;&emsp;2.发布会场地费用由协会承担，参展企业自行承担展品运输和人员差旅费用。<br/>&emsp;&emsp;3.直播专场的坑位费、佣金比例由企业与直播基地自行商定。</p>
<p>&emsp;&emsp;<strong>三、有关要求</strong></p>
<p>&emsp;&emsp;1.参加发布会的产品须如实标注纤维成分和含量，羊绒、羊毛含量不得虚标。<br/>&emsp;&emsp;2.会员企业不得在活动中假冒他人注册商标，不得仿冒他人有一定影响的商品名称、包装。<br/>&emsp;&emsp;3.活动结束后10个工作日内，参与企业向协会秘书处报送参展成效表。</p>
<p>&emsp;&emsp;联系人：协会秘书处 朱丽萍，电话：0573-88712035，邮箱：txmx2024@example.cn；协会市场部 陆斌，电话：0573-88712067。</p>
<p>&emsp;&emsp;附件：<a href="/uploads/file/20240812/20240812102611_3317.xlsx">2024濮院毛衫优供给促升级系列活动报名回执.xlsx</a></p>
<p style="text-align:right;">桐乡市羊毛衫行业协会</p>
<p style="text-align:right;">二〇二四年八月九日</p>"""


def write_tongxiang(path):
    side = ["关于召开第三届理事会第五次会议的通知", "关于缴纳2024年度会费的通知", "关于推荐2024年度优秀会员企业的通知",
            "关于开展羊毛衫产品质量自查的通知"]
    side_html = "\n".join(f'<li><a href="/news/show-{1201 + i}.html">{s}</a></li>' for i, s in enumerate(side))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="keywords" content="桐乡市羊毛衫行业协会,濮院毛衫,通知公告">
<title>{TONGXIANG_TITLE}-桐乡市羊毛衫行业协会</title>
<link rel="stylesheet" href="/static/css/style.css">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><div class="logo">桐乡市羊毛衫行业协会</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/about/">协会概况</a></li><li><a href="/news/">通知公告</a></li><li><a href="/member/">会员风采</a></li><li><a href="/contact/">联系我们</a></li></ul></div>
<div class="main">
<div class="left">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">通知公告</a> &gt; 正文</div>
<h1 class="title">{TONGXIANG_TITLE}</h1>
<div class="info">发布时间：2024-08-12 10:26&emsp;来源：协会秘书处&emsp;浏览次数：1386</div>
<div class="content">
{TONGXIANG_BODY}
</div>
<div class="prenext"><p>上一篇：<a href="/news/show-1201.html">关于召开第三届理事会第五次会议的通知</a></p><p>下一篇：<a href="/news/show-1203.html">关于推荐2024年度优秀会员企业的通知</a></p></div>
</div>
<div class="right"><h3>相关通知</h3><ul>
{side_html}
</ul></div>
</div>
<div class="footer">版权所有：桐乡市羊毛衫行业协会&emsp;地址：桐乡市濮院镇&emsp;<a href="#">网站地图</a></div>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


# ---------------------------------------------------------------------------------------------------------------
# 4. 南充 2025 — the notice's page on the city portal, saved as text (GB18030, CRLF): navigation, a metadata block,
#    the notice, the attachment table aligned with spaces, the site footer.
# ---------------------------------------------------------------------------------------------------------------
NANCHONG_TITLE = "南充市经济和信息化局 南充市商务局关于开展2025年丝绸纺织服装优供给促升级活动的通知"
NANCHONG_TABLE = [["序号", "活动名称", "时间", "地点", "牵头单位"],
                  ["1", "“携手行动”纺织服装供需对接会", "2025年5月", "南充经济开发区", "市纺织服装行业协会"],
                  ["2", "“丝路锦绣”丝绸文化周", "2025年6月", "阆中古城", "市丝绸行业协会"],
                  ["3", "跨境电商和直播培训", "2025年4月至9月", "市电子商务公共服务中心", "市商务局"],
                  ["4", "真丝制品质量比对", "2025年9月", "市纤维质量监测中心", "市市场监督管理局"]]


def _dispw(s):
    return sum(2 if ord(c) > 0x2000 else 1 for c in s)


def aligned_table(rows, gap=2):
    widths = [max(_dispw(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [c + " " * (widths[i] - _dispw(c) + gap) for i, c in enumerate(r)]
        out.append("".join(cells).rstrip())
    return out


def nanchong_text():
    lines = [
        "南充市人民政府", "", "首页 | 走进南充 | 政务公开 | 政务服务 | 互动交流", "",
        "您当前的位置：首页 > 政务公开 > 部门文件", "",
        "索 引 号：11511300MB1C34752K/2025-00231",
        "发布机构：南充市经济和信息化局",
        "成文日期：2025-03-21",
        "发布日期：2025-03-24",
        "文　　号：南经信发〔2025〕14号",
        "主题分类：工业、交通",
        "",
        NANCHONG_TITLE,
        "",
        "字体：【大 中 小】   打印本页   关闭窗口",
        "",
        "各县（市、区）经济和信息化局、商务局，南充经济开发区管委会，市丝绸行业协会，市纺织服装行业协会：",
        "",
        "    为推动丝绸纺织服装产业高质量发展，扩大优质产品供给，结合我市实际，决定开展2025年丝绸纺织服装优供给促升级活动。"
        "现将有关事项通知如下：",
        "",
        "    一、活动目标",
        "",
        "    2025年全市丝绸纺织服装产业营业收入增长8%，新增规模以上企业10家，“南充丝绸”区域品牌授权使用企业达到30家，"
        "建成省级以上绿色工厂3家。",
        "",
        "    二、主要任务",
        "",
        "    （一）夯实原料基础",
        "    1.在嘉陵区、阆中市建设优质蚕桑基地，新发展桑园2万亩。",
        "    2.支持缫丝企业引进自动缫丝机，年内完成设备更新项目不少于8个。",
        "",
        "    （二）提升产品品质",
        "    1.组织丝绸企业开展真丝制品质量比对，比对结果向社会公布。",
        "    2.支持企业参与丝绸团体标准制定，年内发布团体标准2项。",
        "",
        "    （三）打造“南充丝绸”品牌",
        "    1.2025年6月在阆中古城举办“丝路锦绣”丝绸文化周，开展非遗织锦展示和新品发布。",
        "    2.推进“南充丝绸”区域公用品牌授权，建立品牌授权企业名录。",
        "",
        "    （四）融通对接和市场拓展",
        "    1.2025年5月在南充经济开发区举办大中小企业融通创新“携手行动”纺织服装供需对接会。",
        "    2.市电子商务公共服务中心组织丝绸企业开展跨境电商和直播培训不少于4期。",
        "    3.组织企业参加中国西部国际博览会等展会不少于3场。",
        "",
        "    三、工作要求",
        "",
        "    （一）各县（市、区）于2025年4月10日前将活动方案报市经济和信息化局消费品工业科。",
        "    （二）市丝绸行业协会负责丝绸文化周的组织实施；市纺织服装行业协会负责“携手行动”对接会的企业组织。",
        "    （三）请于2025年6月30日前报送上半年进展，2025年12月5日前报送全年总结。",
        "",
        "    联系人：市经济和信息化局消费品工业科 何晓蓉，电话：0817-2281063，邮箱：ncsc2025@example.cn；"
        "市电子商务公共服务中心 蒲建华，电话：0817-2617538。",
        "",
        "    附件：2025年丝绸纺织服装优供给促升级活动安排表",
        "",
        "                                   南充市经济和信息化局      南充市商务局",
        "                                                   2025年3月21日",
        "    （此件公开发布）",
        "",
        "附件",
        "",
        "              2025年丝绸纺织服装优供给促升级活动安排表",
        "",
    ]
    lines += aligned_table(NANCHONG_TABLE)
    lines += [
        "",
        "【打印本页】 【关闭窗口】",
        "",
        "主办：南充市人民政府办公室    承办：南充市大数据中心",
        "网站标识码：5113000001    蜀ICP备05012345号",
        "",
    ]
    return "\r\n".join(lines)


def write_nanchong(path):
    with open(path, "wb") as f:
        f.write(nanchong_text().encode("gb18030"))


def main():
    os.makedirs(OUT, exist_ok=True)
    write_huzhou(os.path.join(OUT, "huzhou-2023-textile-apparel-forwarding-notice.docx"))
    write_zhongshan(os.path.join(OUT, "zhongshan-2024-casualwear-denim-notice.pdf"))
    write_tongxiang(os.path.join(OUT, "tongxiang-2024-sweater-association-notice.html"))
    write_nanchong(os.path.join(OUT, "nanchong-2025-silk-textile-notice.txt"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the FICTIONAL local documents of heldout_v17 into docs/ (see docs/README.md).

Every name, unit, number, date, phone, e-mail (example.cn) and event below is invented for evaluation.
The output is deterministic: zip members carry fixed timestamps and reportlab runs in invariant mode.
Usage: python3 make_docs.py
"""
import html
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
NATIONAL_TITLE = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
NATIONAL_NO = "工信厅联消费函〔2023〕87号"

# ---------------------------------------------------------------------------------------------------------------
# 1. 滨州 (2023): a forwarding notice as published on the bureau's government-information page (.html)
# ---------------------------------------------------------------------------------------------------------------
BZ_FILE = "binzhou-2023-textile-home-textile-forwarding-notice.html"
BZ_TITLE = "滨州市工业和信息化局 滨州市商务局关于转发《" + NATIONAL_TITLE + "》的通知"
BZ_NO = "滨工信字〔2023〕31号"
BZ_META = [
    ("索 引 号", "11371600MB2849031X/2023-00031", "主题分类", "工业、交通\\工业"),
    ("发布机构", "滨州市工业和信息化局", "成文日期", "2023-05-08"),
    ("发文字号", BZ_NO, "发布日期", "2023-05-12"),
    ("有 效 性", "有效", "公开方式", "主动公开"),
]
BZ_TO = ("各县（市、区）工业和信息化局、商务局，滨州经济技术开发区、滨州高新技术产业开发区经济发展部门，"
         "市纺织服装行业协会，市家用纺织品行业协会：")
# (style, text); "|" inside a text marks where the CMS split the run into two <span>s
BZ_BODY = [
    ("p", "现将《" + NATIONAL_TITLE + "》（" + NATIONAL_NO + "）转发给你们，结合我市棉纺织和家用纺织品产业实际，"
          "提出以下贯彻意见，请一并认真抓好落实。"),
    ("h", "一、活动目标"),
    ("p", "全年组织开展各类“优供给促升级”活动不少于20场；推动30家规模以上纺织服装企业实施设备更新和技术改造；"
          "培育市级以上家纺知名品牌10个；全市规模以上纺织服装企业营业收入增长6%以上。"),
    ("h", "二、重点活动"),
    ("p", "（一）家纺精品推广。2023年6月在博|兴县举办“滨州家纺”精品展示周，组织毛巾、床品、家居服企业集中展示新品；"
          "9月组织企业参加中国国际家用纺织品及辅料（秋冬）博览会，设立“滨州家纺”形象展区，展位由市家用纺织品行业协会统一申请。"),
    ("p", "（二）棉纺智能化改造。支持邹平市棉纺企业推广细纱长车、粗细络联和智能物流系统，2023年底前建成智能工厂2个、"
          "数字化车间8个；组织“智改数转”专家进企业诊断服务不少于50家次；2023年9月在邹平市召开棉纺智能化改造现场观摩会。"),
    ("p", "（三）绿色低碳提升。在惠民县、阳信县推进纺织印染企业中水回用和余热利用，完成节水改造项目5个；"
          "2023年11月在惠民县召开印染节水改造经验交流会；开展废旧纺织品回收利用试点，在城区设立社区回收点不少于100个。"),
    ("p", "（四）产销对接和消费促进。2023年7月在滨城区举办纺织服装产业链供需对接会，组织链主企业与上下游中小企业面对面洽谈；"
          "2023年10月至11月开展“滨品好物”家纺消费月活动，通过线上线下让利促销、以旧换新等方式扩大家纺消费。"
          "参加消费月的企业应在商品吊牌上如实标注纤维成分和含量。"),
    ("p", "（五）外贸稳订单。组织企业参加春季、秋季中国进出口商品交易会等境内外展会不少于8场；"
          "2023年8月在滨州经济技术开发区举办纺织品出口合规培训会，讲解主要市场技术性贸易措施和原产地规则。"),
    ("h", "三、工作要求"),
    ("p", "（一）各县（市、区）工业和信息化局、商务局要于2023年5月25日前将本地区活动方案报送市工业和信息化局消费品工业科，"
          "同时抄送市商务局对外贸易科。"),
    ("p", "（二）市家用纺织品行业协会负责“滨州家纺”精品展示周的组织实施；市纺织服装行业协会负责纺织服装产业链供需对接会的"
          "组织实施；市商务局负责“滨品好物”家纺消费月和外贸培训。"),
    ("p", "（三）请于2023年7月10日前报送上半年活动开展情况，2023年12月8日前报送全年工作总结和典型案例，"
          "市工业和信息化局汇总后按要求报送上级主管部门。"),
    ("p", "联系人：市工业和信息化局消费品工业科 苏婧，电话：0543-3163827，邮箱：bzfz2023@example.cn；"
          "市商务局对外贸易科 耿立新，电话：0543-3187420。"),
    ("att", "附件：1．" + NATIONAL_TITLE),
    ("att2", "2．滨州市2023年纺织服装优供给促升级重点活动安排表"),
    ("sign", "滨州市工业和信息化局　　　　滨州市商务局"),
    ("date", "2023年5月8日"),
    ("p", "（此件公开发布）"),
]
BZ_TABLE_TITLE = "滨州市2023年纺织服装优供给促升级重点活动安排表"
# rows: cells; None = covered by the row-spanning cell above
BZ_TABLE = [
    ["序号", "活动名称", "时间", "地点", "责任单位"],
    ["1", "“滨州家纺”精品展示周", "2023年6月", "博兴县", "市家用纺织品行业协会"],
    ["2", "纺织服装产业链供需对接会", "2023年7月", "滨城区", "市纺织服装行业协会"],
    ["3", "纺织品出口合规培训会", "2023年8月", "滨州经济技术开发区", "市商务局"],
    ["4", "“滨品好物”家纺消费月", "2023年10月—11月", "全市", None],
    ["5", "棉纺智能化改造现场观摩会", "2023年9月", "邹平市", "市工业和信息化局"],
    ["6", "印染节水改造经验交流会", "2023年11月", "惠民县", None],
]
BZ_TABLE_NOTE = "注：各项活动的具体时间、地点以责任单位另行发布的通知为准。"


def _bz_para(text, style):
    parts = text.split("|")
    spans = "".join('<span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span>' % html.escape(p, quote=False)
                    for p in parts)
    if style == "h":
        return ('<p style="text-indent:2em;line-height:28pt;"><strong><span style="font-family:黑体;font-size:16pt;">'
                "%s</span></strong></p>" % html.escape(text, quote=False))
    if style == "sign":
        return '<p style="text-align:right;margin-right:2em;line-height:28pt;">%s</p>' % spans.replace(
            "　", "&nbsp;&nbsp;")
    if style == "date":
        return '<p style="text-align:right;margin-right:4em;line-height:28pt;">%s</p>' % spans
    if style == "att":
        return '<p style="text-indent:2em;line-height:28pt;">%s</p>' % spans
    if style == "att2":
        return '<p style="text-indent:5em;line-height:28pt;">%s</p>' % spans
    return '<p style="text-indent:2em;line-height:28pt;">%s</p>' % spans


def make_binzhou():
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    meta_rows = "\n".join(
        '<tr><td class="t">%s：</td><td>%s</td><td class="t">%s：</td><td>%s</td></tr>' % tuple(e(x) for x in r)
        for r in BZ_META)
    body = "\n".join(_bz_para(t, s) for s, t in BZ_BODY)
    rows = []
    for i, r in enumerate(BZ_TABLE):
        cells = []
        for j, c in enumerate(r):
            if c is None:
                continue
            span = ""
            if i > 0 and j == 4 and i + 1 < len(BZ_TABLE) and BZ_TABLE[i + 1][4] is None:
                span = ' rowspan="2" valign="middle"'
            tag = "th" if i == 0 else "td"
            cells.append('<%s%s style="border:1px solid #000;padding:4px;">%s</%s>' % (tag, span, e(c), tag))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append('<tr><td colspan="5" style="border:1px solid #000;padding:4px;text-align:left;">%s</td></tr>'
                % e(BZ_TABLE_NOTE))
    table = ('<p style="line-height:28pt;"><span style="font-family:黑体;font-size:16pt;">附件2</span></p>\n'
             '<p style="text-align:center;line-height:30pt;"><span style="font-family:方正小标宋简体;font-size:20pt;">'
             "%s</span></p>\n" % e(BZ_TABLE_TITLE) +
             '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;'
             'font-family:仿宋_GB2312;font-size:12pt;text-align:center;">\n' + "\n".join(rows) + "\n</table>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(BZ_TITLE)}_通知公告_滨州市工业和信息化局</title>
<meta name="SiteName" content="滨州市工业和信息化局" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{html.escape(BZ_TITLE)}" />
<meta name="PubDate" content="2023-05-12 10:26" />
<meta name="ContentSource" content="消费品工业科" />
<link rel="stylesheet" type="text/css" href="/images/gkstyle.css" />
<style type="text/css">
body{{margin:0;font-family:"Microsoft YaHei",宋体;font-size:14px;}} .wrap{{width:1000px;margin:0 auto;}}
.xxgk td{{border:1px solid #d9d9d9;padding:6px 10px;}} .xxgk td.t{{background:#f3f6fa;width:90px;}}
h1.title{{font-size:24px;color:#c00;text-align:center;}} .TRS_Editor p{{margin:0;}}
</style>
<script type="text/javascript">
var _pageTitle = "{html.escape(BZ_TITLE)}";
var _artid = "7731052"; var _colid = "18843";
function fontZoom(size){{document.getElementById('zoom').style.fontSize = size + 'px';}}
</script>
</head>
<body>
<div class="wrap">
<div class="top"><img src="/images/logo.png" alt="滨州市工业和信息化局" /></div>
<div class="nav"><a href="/">首页</a> | <a href="/col/col18830/">机构概况</a> | <a href="/col/col18840/">政务公开</a> | <a href="/col/col18850/">政务服务</a> | <a href="/col/col18860/">互动交流</a> | <a href="/col/col18870/">专题专栏</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/col/col18840/">政务公开</a> &gt; <a href="/col/col18842/">政府信息公开</a> &gt; <a href="/col/col18843/">通知公告</a></div>
<!-- 信息公开目录 -->
<table class="xxgk" cellspacing="0" width="100%">
{meta_rows}
<tr><td class="t">标　　题：</td><td colspan="3">{e(BZ_TITLE)}</td></tr>
</table>
<h1 class="title">{e(BZ_TITLE)}</h1>
<div class="info">发布时间：2023-05-12 10:26　　来源：消费品工业科　　浏览次数：<span id="hits">863</span>　　【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】　【<a href="javascript:window.print()">打印</a>】</div>
<div class="TRS_Editor" id="zoom">
<p style="text-align:center;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{e(BZ_NO)}</span></p>
<p style="line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{e(BZ_TO)}</span></p>
{body}
<p>&nbsp;</p>
{table}
</div>
<div class="fj">附件下载：<br />
<a href="/module/download/downfile.jsp?classid=0&amp;filename=2305121026441.pdf">{e(NATIONAL_TITLE)}.pdf</a><br />
<a href="/module/download/downfile.jsp?classid=0&amp;filename=2305121026452.docx">{e(BZ_TABLE_TITLE)}.docx</a></div>
<div class="share">扫一扫在手机打开当前页　　【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prenext">上一篇：<a href="/art/2023/5/6/art_18843_7730988.html">关于组织申报2023年度市级工业设计中心的通知</a><br />
下一篇：<a href="/art/2023/5/15/art_18843_7731106.html">关于开展2023年全市工业企业安全生产大检查的通知</a></div>
<div class="footer">主办单位：滨州市工业和信息化局　　网站标识码：3716000011<br />
ICP备05023117号-1　　联系电话：0543-3163800（办公室）<br />
本网站由滨州市大数据中心提供技术支持</div>
</div>
<script type="text/javascript">document.getElementById('hits').innerHTML = '863';</script>
</body>
</html>
"""
    with open(os.path.join(DOCS, BZ_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


def main():
    os.makedirs(DOCS, exist_ok=True)
    make_binzhou()


if __name__ == "__main__":
    main()

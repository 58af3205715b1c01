#!/usr/bin/env python3
"""Regenerate the four FICTIONAL local documents of heldout_v21 (see README.md beside this file).

Run from anywhere: python3 docs/make_docs.py  (writes next to this script).
Every office, person, phone number, e-mail (@example.cn), event, venue, date, target and 文号 here is invented.
"""
import html
import os
import re

OUT = os.path.dirname(os.path.abspath(__file__))

NATIONAL = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------------------------------------------
# 1. 宜宾 2023: the city portal's 政府信息公开 page of a 转发 notice (body pasted from Word)
# ---------------------------------------------------------------------------------------------------------------
YB_ID = "yibin-2023-textile-fiber-forwarding-notice"
YB_TITLE = ("宜宾市经济和信息化局 宜宾市商务局关于转发《" + NATIONAL + "》的通知")
YB_NO = "宜经信发〔2023〕17号"

YB_BODY = [
    ("no", YB_NO),
    ("p0", "各区县经济和信息化主管部门、商务主管部门，三江新区产业发展局，市纺织服装行业协会，市化纤纺织产业联盟："),
    ("p", "现将《" + NATIONAL + "》（工信厅联消费函〔2023〕87号，以下简称《通知》）转发给你们，并结合我市实际提出以下意见，"
          "请一并认真贯彻落实。"),
    ("h1", "一、活动目标"),
    ("p", "2023年，全市组织开展纺织服装优供给促升级系列活动不少于8场，推动15家以上纺织企业实施设备更新和技术改造，"
          "培育市级“三品”示范企业5家，力争全市规模以上纺织服装企业营业收入同比增长5%以上。"),
    ("h1", "二、重点活动"),
    ("p", "（一）新型纤维推广应用活动。发挥我市纤维素纤维产业基础优势，推动莱赛尔纤维、竹浆纤维等新型纤维在下游纺纱、"
          "织造和家纺企业中应用。2023年6月在三江新区举办“竹纤维·新材料”应用推介会，由市化纤纺织产业联盟承办，"
          "邀请省内外纺纱、织造、服装企业参加。"),
    ("p", "（二）智改数转诊断活动。组织“智改数转”服务专家进企业开展免费诊断，全年不少于20家次，重点覆盖南溪区、江安县的"
          "纺纱和织造企业。2023年8月在南溪区举办纺织企业数字化转型现场会，展示自动络筒、智能仓储和能耗在线监测等应用场景。"),
    ("p", "（三）品牌培育和消费促进活动。支持企业围绕竹纤维服饰、功能性家纺打造特色产品。2023年9月在翠屏区举办“竹韵宜宾”"
          "服饰新品发布会，由市纺织服装行业协会承办；2023年10月至11月开展“宜品优衣”秋冬服装消费月活动，由市商务局会同"
          "各区县组织商贸企业参与。"),
    ("p", "（四）绿色发展活动。推动印染、粘胶企业开展节水、节能和废水深度治理改造，全年实施绿色化改造项目3个。在翠屏区、"
          "叙州区主城区设置废旧衣物回收箱不少于80个，探索建立废旧纺织品回收利用体系。"),
    ("p", "（五）开放合作活动。组织企业参加境外纺织服装展会不少于3场。2023年7月在叙州区举办面向东盟市场的纺织品出口业务"
          "培训会，讲解RCEP原产地规则和东盟国家进口标准要求。"),
    ("h1", "三、工作要求"),
    ("p", "（一）加强组织协调。各区县经济和信息化主管部门、商务主管部门要结合本地产业特点，制定本地区活动方案，于2023年5月"
          "31日前报送市经济和信息化局消费品工业科，同时抄送市商务局对外贸易和经济合作科。请各区县于2023年5月19日前确定1名"
          "联络员，并将联络员姓名和联系方式报市经济和信息化局消费品工业科。"),
    ("p", "（二）明确责任分工。市经济和信息化局负责新型纤维推广应用、智改数转诊断和绿色发展活动；市商务局负责“宜品优衣”"
          "消费月和出口业务培训会；市纺织服装行业协会负责新品发布会；市化纤纺织产业联盟负责应用推介会。"),
    ("p", "（三）落实活动经费。各项活动所需经费由承办单位按照现有资金渠道统筹解决，不得向参加企业收取费用。"),
    ("p", "（四）做好信息报送。请各区县于2023年6月30日、12月10日前分别报送上半年和全年活动开展情况；每项活动结束后3个"
          "工作日内报送信息简报和图片资料。"),
    ("p", "联系人：市经济和信息化局消费品工业科 何静怡，电话：0831-8233517，邮箱：ybjx2023@example.cn；市商务局对外贸易和"
          "经济合作科 罗志刚，电话：0831-8216092。"),
    ("p", "附件：1." + NATIONAL),
    ("p2", "2.宜宾市2023年纺织服装优供给促升级重点活动安排表"),
    ("sign", "宜宾市经济和信息化局　　　　宜宾市商务局"),
    ("date", "2023年5月8日"),
    ("p", "（此件公开发布）"),
    ("att", "附件2"),
    ("tt", "宜宾市2023年纺织服装优供给促升级重点活动安排表"),
]
YB_TABLE = [
    ["序号", "活动名称", "时间", "地点", "承办单位"],
    ["1", "“竹纤维·新材料”应用推介会", "2023年6月", "三江新区", "市化纤纺织产业联盟"],
    ["2", "东盟市场纺织品出口业务培训会", "2023年7月", "叙州区", "市商务局"],
    ["3", "纺织企业数字化转型现场会", "2023年8月", "南溪区", "市经济和信息化局"],
    ["4", "“竹韵宜宾”服饰新品发布会", "2023年9月", "翠屏区", "市纺织服装行业协会"],
    ["5", "“宜品优衣”秋冬服装消费月", "2023年10月—11月", "全市", "市商务局"],
]
YB_TAIL = [
    ("note", "备注：具体时间、地点以承办单位另行通知为准。"),
    ("cc", "抄送：市人民政府办公室，市财政局，市市场监督管理局。"),
    ("cc", "宜宾市经济和信息化局办公室　　　　　　　　2023年5月9日印发"),
]

WORD_ENT = {"“": "&ldquo;", "”": "&rdquo;", "〔": "&#12308;", "〕": "&#12309;", "　": "&#12288;", "—": "&mdash;",
            "·": "&middot;"}
SPAN = 'style="font-size:16.0pt;font-family:仿宋_GB2312"'


def word_runs(text):
    """Text as Word's 'save as web page' writes it: ASCII runs in their own lang=EN-US span, some characters as
    entities, the paragraph closed by an empty o:p."""
    out = []
    for part in re.split(r"([A-Za-z0-9.@%\-:]+)", text):
        if not part:
            continue
        esc = "".join(WORD_ENT.get(c, html.escape(c, quote=False)) for c in part)
        if re.fullmatch(r"[A-Za-z0-9.@%\-:]+", part):
            out.append(f'<span lang="EN-US" style="font-size:16.0pt;font-family:&quot;Times New Roman&quot;">{esc}</span>')
        else:
            out.append(f"<span {SPAN}>{esc}</span>")
    return "".join(out)


def yibin_html():
    L = []
    a = L.append
    a('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    a('<html xmlns="http://www.w3.org/1999/xhtml">')
    a("<head>")
    a('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    a(f"<title>{YB_TITLE}_部门文件_宜宾市人民政府</title>")
    a('<meta name="ArticleTitle" content="' + YB_TITLE + '" />')
    a('<meta name="PubDate" content="2023-05-11 16:05" />')
    a('<meta name="ContentSource" content="市经济和信息化局" />')
    a('<link rel="stylesheet" type="text/css" href="/css/xxgk.css" />')
    a("<style type=\"text/css\">\n.xxgk-meta td{border:1px solid #dcdcdc;padding:6px 10px;font-size:14px}\n"
      ".TRS_Editor p{margin:0;line-height:2}\n</style>")
    a('<script type="text/javascript" src="/js/jquery.min.js"></script>')
    a("<script type=\"text/javascript\">\nvar _articleId = \"2023051117\";\nfunction doZoom(size){"
      "document.getElementById('zoom').style.fontSize=size+'px';}\n</script>")
    a("</head>")
    a("<body>")
    a('<div class="top-bar"><a href="/">宜宾市人民政府</a> | <a href="/xxgk/">政府信息公开</a> | '
      '<a href="/wza/">无障碍</a> | <a href="/yd/">长者模式</a></div>')
    a('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
      '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li>'
      '<li><a href="/zjyb/">走进宜宾</a></li></ul></div>')
    a('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; '
      '<a href="/xxgk/bmwj/">部门文件</a> &gt; <a href="/xxgk/bmwj/jxj/">市经济和信息化局</a></div>')
    a('<table class="xxgk-meta" cellspacing="0" cellpadding="0">')
    meta = [("索引号", "11511500MB1A03217K/2023-00041", "主题分类", "工业、交通/工业"),
            ("发文机关", "宜宾市经济和信息化局 宜宾市商务局", "成文日期", "2023-05-08"),
            ("文号", YB_NO, "发布日期", "2023-05-11"),
            ("有效性", "有效", "信息来源", "市经济和信息化局")]
    for k1, v1, k2, v2 in meta:
        a(f"<tr><td class=\"t\">{k1}：</td><td>{html.escape(v1)}</td><td class=\"t\">{k2}：</td>"
          f"<td>{html.escape(v2)}</td></tr>")
    a(f"<tr><td class=\"t\">名称：</td><td colspan=\"3\">{html.escape(YB_TITLE)}</td></tr>")
    a("</table>")
    a(f'<h1 class="article-title">{html.escape(YB_TITLE)}</h1>')
    a('<div class="article-info">发布时间：2023-05-11 16:05　来源：市经济和信息化局　浏览次数：<span id="hits">1287</span>'
      '　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
      '<a href="javascript:doZoom(14)">小</a>]</div>')
    a('<div class="TRS_Editor" id="zoom">')
    a("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
      "<w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>"
      "</w:WordDocument></xml><![endif]-->")
    for kind, text in YB_BODY:
        if kind == "no":
            a(f'<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">{word_runs(text)}'
              '<o:p></o:p></p>')
        elif kind in ("p0", "p2"):
            ind = "0" if kind == "p0" else "48.0pt"
            a(f'<p class="MsoNormal" style="text-indent:{ind};line-height:28.0pt">{word_runs(text)}<o:p></o:p></p>')
        elif kind == "h1":
            a('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><b><span '
              'style="font-size:16.0pt;font-family:黑体">' + "".join(WORD_ENT.get(c, c) for c in text)
              + "</span></b><o:p></o:p></p>")
        elif kind == "sign":
            a(f'<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt">{word_runs(text)}'
              '<o:p></o:p></p>')
        elif kind == "date":
            a(f'<p class="MsoNormal" align="right" style="text-align:right;margin-right:48.0pt;line-height:28.0pt">'
              f"{word_runs(text)}<o:p></o:p></p>")
        elif kind == "att":
            a('<p class="MsoNormal" style="line-height:28.0pt"><span style="font-size:16.0pt;font-family:黑体">'
              + text.replace("2", '</span><span lang="EN-US" style="font-size:16.0pt;font-family:黑体">2')
              + "</span><o:p></o:p></p>")
        elif kind == "tt":
            a('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><b>'
              f"{word_runs(text)}</b><o:p></o:p></p>")
        else:
            a(f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">{word_runs(text)}<o:p></o:p></p>')
    a('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" '
      'style="border-collapse:collapse;border:none">')
    widths = [40, 190, 110, 80, 150]
    for r, row in enumerate(YB_TABLE):
        a(' <tr style="height:30.0pt">')
        for w, cell in zip(widths, row):
            inner = word_runs(cell)
            if r == 0:
                inner = f"<b>{inner}</b>"
            a(f'  <td width="{w}" valign="middle" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
              f'<p class="MsoNormal" align="center" style="text-align:center">{inner}<o:p></o:p></p></td>')
        a(" </tr>")
    a("</table>")
    for kind, text in YB_TAIL:
        style = "line-height:28.0pt" if kind == "note" else "border-top:solid windowtext 1.0pt;line-height:28.0pt"
        a(f'<p class="MsoNormal" style="{style}">{word_runs(text)}<o:p></o:p></p>')
    a("</div>")
    a('<div class="fujian">相关附件：<a href="/uploadfiles/2023/05/11/' + "20230511160512417.pdf" + '">'
      + html.escape(YB_NO) + ".pdf</a></div>")
    a('<div class="tools"><a href="javascript:window.print()">【打印本页】</a> '
      '<a href="javascript:window.close()">【关闭窗口】</a></div>')
    a('<div class="footer"><p>主办：宜宾市人民政府办公室　承办：宜宾市大数据中心</p>'
      "<p>网站标识码：5115000031　ICP备案号：蜀ICP备05003117号</p></div>")
    a("<script type=\"text/javascript\">\n$(function(){ $.get('/hits?id='+_articleId, function(n){ $('#hits').text(n); }); "
      "document.title = \"" + YB_TITLE + "\"; });\n</script>")
    a("</body>")
    a("</html>")
    return ("\r\n".join(L) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 2. 福绵 2024: a district office's 印发 notice with its 实施方案, saved from Word as plain text (Unicode = UTF-16)
# ---------------------------------------------------------------------------------------------------------------
FM_ID = "fumian-2024-denim-implementation-plan"
FM_LINES = [
    "玉林市福绵区人民政府办公室文件",
    "",
    "福政办发〔2024〕6号",
    "",
    "玉林市福绵区人民政府办公室关于印发福绵区2024年纺织服装优供给促升级活动实施方案的通知",
    "",
    "各镇人民政府，区直各有关单位，福绵纺织服装产业园管委会：",
    "《福绵区2024年纺织服装优供给促升级活动实施方案》已经区人民政府同意，现印发给你们，请认真组织实施。",
    "",
    "玉林市福绵区人民政府办公室",
    "2024年3月28日",
    "（此件公开发布）",
    "",
    "福绵区2024年纺织服装优供给促升级活动实施方案",
    "",
    "为贯彻落实国家和上级关于开展纺织服装优供给促升级活动的部署要求，推动我区牛仔服装产业提档升级，结合我区实际，"
    "制定本方案。",
    "一、总体要求",
    "坚持稳增长与调结构并重，以洗水印染绿色升级为突破口，以品牌培育和渠道拓展为抓手，推动牛仔服装产业向绿色化、"
    "数字化、品牌化方向发展，打造“福绵裤业”区域品牌。",
    "二、工作目标",
    "2024年，全区组织开展纺织服装优供给促升级活动不少于10场，纺织服装产业产值同比增长8%以上，新增规模以上纺织服装"
    "企业5家，建成数字化示范车间4个，“福绵裤业”区域品牌授权使用企业达到20家，带动新增就业1500人以上。",
    "三、重点任务",
    "（一）推进洗水印染绿色升级。推动洗水企业集中入园、集中治污，2024年完成8家洗水企业臭氧水洗、激光镭射、节水染色"
    "等工艺改造。2024年5月在福绵镇举办洗水工艺绿色改造现场观摩会。（牵头单位：区工业和信息化局；配合单位：玉林市"
    "生态环境局福绵分局）",
    "（二）搭建产销对接平台。2024年6月在沙田镇举办“链通八方”纺织服装供需对接会，组织面料、辅料、洗水、成衣企业与"
    "采购商、品牌商开展对接。（牵头单位：区纺织服装产业发展服务中心；配合单位：区商务局）",
    "（三）培育区域品牌。制定“福绵裤业”区域品牌使用管理办法，2024年9月在成均镇举办“福绵裤业”秋冬新品发布会，组织"
    "10家以上企业参加国内知名服装博览会。（牵头单位：区市场监督管理局；配合单位：区工业和信息化局）",
    "（四）拓展线上销售渠道。培育牛仔服装直播电商团队25个，2024年10月开展“牛仔好物”直播节，2024年11月在樟木镇举办"
    "跨境电商出海培训会。（牵头单位：区商务局）",
    "（五）强化技能人才培训。面向缝纫工、洗水工、版型设计师开展技能培训不少于12期，每期不少于50人。（牵头单位："
    "区人力资源和社会保障局）",
    "（六）推进废旧纺织品回收利用。在石和镇建设牛仔边角料回收分拣点1个，推动再生棉纤维在牛仔面料中应用。（牵头单位："
    "区工业和信息化局；配合单位：区商务局）",
    "四、保障措施",
    "（一）加强组织领导。成立由区人民政府分管副区长任组长的福绵区纺织服装优供给促升级活动工作领导小组，领导小组"
    "办公室设在区纺织服装产业发展服务中心，负责日常协调调度。",
    "（二）强化政策支持。统筹用好区级工业发展资金，对符合条件的技改、品牌和电商项目按有关规定给予支持。",
    "（三）加强信息报送。各牵头单位于每月25日前将工作进展报送领导小组办公室，2024年12月15日前报送全年工作总结。",
    "",
    "联系人：区工业和信息化局 黄丽萍，电话：0775-2881634，邮箱：fmfz2024@example.cn；区纺织服装产业发展服务中心 "
    "莫振宇，电话：0775-2886027。",
    "",
    "附件：福绵区2024年纺织服装优供给促升级重点活动安排表",
    "\f附件",
    "",
    "福绵区2024年纺织服装优供给促升级重点活动安排表",
    "",
    "序号\t活动名称\t时间\t地点\t牵头单位\t",
    "1\t洗水工艺绿色改造现场观摩会\t2024年5月\t福绵镇\t区工业和信息化局\t",
    "2\t“链通八方”纺织服装供需对接会\t2024年6月\t沙田镇\t区纺织服装产业发展服务中心\t",
    "3\t“福绵裤业”秋冬新品发布会\t2024年9月\t成均镇\t区市场监督管理局\t",
    "4\t“牛仔好物”直播节\t2024年10月\t线上\t区商务局\t",
    "5\t跨境电商出海培训会\t2024年11月\t樟木镇\t区商务局\t",
    "",
    "抄送：区委办公室，区人大常委会办公室，区政协办公室。",
    "玉林市福绵区人民政府办公室\t2024年4月1日印发",
    "",
]


def fumian_txt():
    return "\ufeff".encode("utf-16-le") + "\r\n".join(FM_LINES).encode("utf-16-le")


# ---------------------------------------------------------------------------------------------------------------
# 3. 丹东 2024: an industry association's notice as the Word file it sent to members (a revision left tracked,
#    a reviewer's comment, content controls in the form, the mailbox as a hyperlink)
# ---------------------------------------------------------------------------------------------------------------
DD_ID = "dandong-2024-apparel-association-notice"
DD_NO = "丹服协〔2024〕12号"
DD_TITLE = "关于组织会员企业参与2024年纺织服装优供给促升级系列活动的通知"
DD_ITEMS = [
    ("一、2024丹东服装外贸订单对接会", [
        ("时间：", "2024年6月20日至21日"),
        ("地点：", "振兴区丹东市服装服饰产业创新服务中心"),
        ("内容：", "邀请日本、韩国及国内品牌采购商，与会员企业开展一对一订单洽谈。每家企业展示样衣不超过15套，"
                  "参展企业限30家，按回执送达先后顺序确定。"),
    ]),
    ("二、日韩市场技术性贸易措施培训会", [
        ("时间：", "2024年7月中旬（具体时间另行通知）"),
        ("形式：", "线上直播与线下集中相结合"),
        ("内容：", "邀请检验检测机构专家讲解日本纺织品标签规定、韩国KC认证要求及常见退货原因分析。线下名额限80人，"
                  "每家企业不超过2人。"),
    ]),
    ("三、服装版型数字化研修班", [
        ("时间：", "2024年8月"),
        ("地点：", "振安区市纺织服装职业培训学校"),
        ("内容：", "与市服装设计师协会联合举办，讲授三维虚拟样衣、智能排料和版型数据库管理，共举办2期，每期限35人。"),
    ]),
    ("四、组团参加境外专业展会", [
        ("时间：", "2024年10月"),
        ("内容：", "组织会员企业赴境外参加服装专业展会，展会名称及行程另行通知。标准展位费由协会与参展企业按3:7比例分担；"
                  "特装展位搭建及展品运输、人员差旅等费用由企业自理。"),
    ]),
]
DD_FORM = [  # (label, cells) ; None = a content control with Word's placeholder
    ("单位名称", [None]),
    ("会员编号", [None, "统一社会信用代码", None]),
    ("联系人", [None, "手机", None]),
    ("拟参加活动", ["□订单对接会　□技术性贸易措施培训会　□版型数字化研修班　□境外专业展会"]),
    ("参加人数", [None, "展示样衣（套）", None]),
    ("展位需求", ["□标准展位　□特装展位　□不参展"]),
    ("备注", [""]),
]
PLACEHOLDER = "单击或点击此处输入文字。"
FIXED = "2024-05-24T09:30:00Z"


def _fixed_zip(path, data_from):
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data_from))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    write_bytes(path, buf.getvalue())


def dandong_docx():
    import datetime
    import io
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, RGBColor, Cm

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    def para(text="", align=None, bold=False, size=None, color=None, font=None, indent=True, space=None):
        p = d.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent and align is None:
            p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        if space is not None:
            p.paragraph_format.space_after = Pt(space)
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if font:
                r.font.name = font
                r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        return p

    head = para("丹东市服装服饰行业协会", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=30, color="E60012",
                font="方正小标宋简体", space=6)
    head.paragraph_format.line_spacing = Pt(44)
    no = para(DD_NO, align=WD_ALIGN_PARAGRAPH.CENTER)
    no._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="6" w:color="E60012"/></w:pBdr>' % nsdecls("w")))
    para("")
    para("关于组织会员企业参与2024年纺织服装优供给促升级", align=WD_ALIGN_PARAGRAPH.CENTER, size=22,
         font="方正小标宋简体")
    para("系列活动的通知", align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font="方正小标宋简体")
    para("")
    para("各会员企业：", indent=False)
    para("为落实国家和省、市关于开展纺织服装优供给促升级活动的工作部署，帮助会员企业稳订单、拓市场、提品质，经协会六届"
         "三次理事会研究，决定组织会员企业参与以下系列活动。现将有关事项通知如下：")
    for heading, rows in DD_ITEMS:
        para(heading, font="黑体")
        for label, text in rows:
            p = para()
            r = p.add_run(label)
            r.bold = True
            p.add_run(text)
    para("五、有关要求", font="黑体")
    # (一) with a tracked revision of the deadline, the mailbox as a hyperlink and a reviewer's comment
    p = para()
    r1 = p.add_run("（一）请各会员企业于2024年")
    p._p.append(parse_xml(
        '<w:del %s w:id="901" w:author="于晓雯" w:date="2024-05-23T16:12:00Z"><w:r><w:delText>6月5日</w:delText>'
        "</w:r></w:del>" % nsdecls("w")))
    p._p.append(parse_xml(
        '<w:ins %s w:id="902" w:author="于晓雯" w:date="2024-05-23T16:12:00Z"><w:r><w:t>6月7日</w:t></w:r></w:ins>'
        % nsdecls("w")))
    r2 = p.add_run("前将报名回执（见附件）加盖公章后扫描发送至协会邮箱")
    rid = d.part.relate_to("mailto:dfxh2024@example.cn", RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(
        '<w:hyperlink %s r:id="%s"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
        "<w:t>dfxh2024@example.cn</w:t></w:r></w:hyperlink>" % (nsdecls("w", "r"), rid)))
    r3 = p.add_run("。")
    cm = d.add_comment([r1], text="截止时间已按理事会意见顺延两天，请秘书处发文前再核一遍。", author="孙浩然",
                       initials="SHR")
    cm._comment_elm.set(qn("w:date"), "2024-05-23T17:05:00Z")
    para("（二）参展样衣和宣传资料须为企业自主设计或取得合法授权，不得侵犯他人注册商标专用权和外观设计专利权。")
    para("（三）各活动结束后5个工作日内，请参加企业将意向订单和成交情况反馈协会会员服务部。")
    para("联系人：协会秘书处 于晓雯，电话：0415-3128546；协会会员服务部 孙浩然，电话：0415-3128573。")
    para("")
    para("附件：2024年纺织服装优供给促升级系列活动报名回执")
    para("")
    para("丹东市服装服饰行业协会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("2024年5月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    # the form on its own page
    p = para(indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("附件").font.name = "黑体"
    para("2024年纺织服装优供给促升级系列活动报名回执", align=WD_ALIGN_PARAGRAPH.CENTER, size=18,
         font="方正小标宋简体")
    t = d.add_table(rows=len(DD_FORM), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sdt_n = [1000]

    def sdt(cell):
        sdt_n[0] += 1
        cell.paragraphs[0]._p.append(parse_xml(
            '<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
            '</w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
            '<w:color w:val="808080"/><w:sz w:val="24"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (nsdecls("w"), sdt_n[0], PLACEHOLDER)))

    for i, (label, cells) in enumerate(DD_FORM):
        row = t.rows[i].cells
        row[0].paragraphs[0].add_run(label).bold = True
        if len(cells) == 1:
            m = row[1].merge(row[3])
            if cells[0] is None:
                sdt(m)
            elif cells[0]:
                m.paragraphs[0].add_run(cells[0])
        else:
            for c, v in zip(row[1:], cells):
                if v is None:
                    sdt(c)
                else:
                    c.paragraphs[0].add_run(v).bold = True
    for row in t.rows:
        for c in row.cells:
            for pp in c.paragraphs:
                for r in pp.runs:
                    r.font.size = Pt(12)
    para("注：回执纸质原件请于活动报到时提交。", indent=False)
    # footer page number field
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp._p.append(parse_xml(
        '<w:r %s><w:t xml:space="preserve">— </w:t></w:r>' % nsdecls("w")))
    fp._p.append(parse_xml(
        '<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))
    fp._p.append(parse_xml('<w:r %s><w:t xml:space="preserve"> —</w:t></w:r>' % nsdecls("w")))
    cp = d.core_properties
    cp.title = DD_NO
    cp.author = "协会秘书处"
    cp.last_modified_by = "于晓雯"
    cp.created = datetime.datetime(2024, 5, 22, 8, 40, 0)
    cp.modified = datetime.datetime(2024, 5, 24, 9, 30, 0)
    cp.revision = 7
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# 4. 六安 2025: a joint red-headed 印发 notice with its 工作要点, as the PDF downloaded from the portal (each page
#    stamped with the portal's light watermark)
# ---------------------------------------------------------------------------------------------------------------
LA_ID = "luan-2025-textile-apparel-work-points"
LA_NO = "六经信消费〔2025〕17号"
LA_TITLE = "六安市经济和信息化局 六安市商务局关于印发《六安市纺织服装产业“优供给促升级”2025年工作要点》的通知"
LA_POINTS = [
    ("t", "六安市纺织服装产业“优供给促升级”2025年工作要点"),
    ("p", "2025年，全市纺织服装产业以增品种、提品质、创品牌为主线，围绕纺纱织造、羽绒服装、产业用纺织品三大领域，深入开展"
          "优供给促升级活动。主要目标是：全年组织开展各类活动不少于14场，规模以上纺织服装企业营业收入增长6.5%以上，新增"
          "省级数字化车间4个，“皖西羽绒”区域品牌授权企业达到18家，霍邱县、舒城县纺纱企业智能化改造覆盖率达到70%以上。"),
    ("h", "一、推动纺纱织造智能化改造"),
    ("p", "1.支持霍邱县、舒城县纺纱企业实施清梳联、粗细络联、自动落纱和能源在线监测改造，全年实施智能化改造项目10个。"),
    ("p", "2.2025年4月在舒城县举办纺纱织造智能化改造现场会，组织各县区分管负责同志和重点企业观摩交流。"),
    ("h", "二、壮大羽绒服装产业链"),
    ("p", "3.推动裕安区羽绒加工企业与服装企业协作配套，发展羽绒服、羽绒被等终端产品，提高羽绒就地转化率。"),
    ("p", "4.2025年5月在裕安区举办“链通八方”纺织服装供需对接会，由市纺织服装产业发展服务中心承办，邀请长三角地区"
          "品牌商、采购商参加。"),
    ("h", "三、加强品牌培育和消费促进"),
    ("p", "5.2025年9月在金安区举办“皖西羽绒”秋冬新品发布会，集中发布区域品牌授权企业新品。"),
    ("p", "6.2025年11月至2026年1月开展“暖冬好衣”冬季服装消费季，组织商场、专业市场和电商平台开展促销活动。"),
    ("h", "四、推进绿色循环发展"),
    ("p", "7.在叶集区建设废旧纺织品回收分拣中心1个；在金安区、裕安区主城区设置废旧衣物回收箱不少于120个。"),
    ("p", "8.组织2家印染企业开展清洁生产审核，推广低浴比染色和印染废水回用技术。"),
    ("h", "五、扩大开放合作"),
    ("p", "9.组织企业参加境外纺织服装专业展会不少于5场。"),
    ("p", "10.2025年7月在六安经济技术开发区举办外贸新业态培训会1期，限100人，内容包括跨境电商、海外仓和市场采购贸易。"),
    ("h", "六、工作要求"),
    ("p", "（一）分工负责。市经济和信息化局负责统筹协调及第一、四部分工作；市商务局负责第三、五部分工作；市纺织服装产业"
          "发展服务中心负责第二部分工作并做好活动信息汇总；市纺织服装行业协会组织会员企业参展参会。"),
    ("p", "（二）制定计划。各县区于2025年3月28日前将本地区实施计划报市经济和信息化局消费品工业科。"),
    ("p", "（三）及时报送。各县区、各有关单位于2025年7月5日、12月5日前分别报送半年和全年工作总结；重大活动结束后3个"
          "工作日内报送活动信息。"),
    ("p", "联系人：市经济和信息化局消费品工业科 吴雅琴，电话：0564-3379215，邮箱：lafz2025@example.cn；市纺织服装产业"
          "发展服务中心 钱立伟，电话：0564-3362478。"),
    ("p", "附件：2025年纺织服装“优供给促升级”重点活动安排表"),
]
LA_TABLE = [
    ["序号", "活动名称", "时间", "地点", "承办单位"],
    ["1", "纺纱织造智能化改造现场会", "2025年4月", "舒城县", "市经济和信息化局"],
    ["2", "“链通八方”纺织服装供需对接会", "2025年5月", "裕安区", "市纺织服装产业发展服务中心"],
    ["3", "外贸新业态培训会", "2025年7月", "六安经济技术开发区", "市商务局"],
    ["4", "“皖西羽绒”秋冬新品发布会", "2025年9月", "金安区", "市商务局"],
    ["5", "“暖冬好衣”冬季服装消费季", "2025年11月—2026年1月", "全市", "市商务局"],
]


def luan_pdf():
    import io
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.colors import Color, black, red
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    F = "WQY"
    W_, H_ = A4
    LM, RM, TOP, BOT = 80, 75, 770, 90
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(LA_NO + " 关于印发2025年工作要点的通知")
    c.setAuthor("六安市经济和信息化局")
    c.setCreator("Microsoft® Word 2016")
    c.setSubject("")
    state = {"page": 1, "y": TOP}

    def watermark():
        c.saveState()
        c.setFillColor(Color(0.85, 0.85, 0.85))
        c.setFont(F, 30)
        c.translate(W_ / 2, H_ / 2)
        c.rotate(35)
        c.drawCentredString(0, 0, "六安市人民政府信息公开网")
        c.restoreState()

    def footer():
        c.setFont(F, 12)
        c.setFillColor(black)
        label = "— %d —" % state["page"]
        if state["page"] % 2:
            c.drawRightString(W_ - RM, 55, label)
        else:
            c.drawString(LM, 55, label)

    def new_page():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = TOP
        watermark()

    def wrap(text, size, width):
        lines, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, F, size) > width:
                if ch in "，。；：、）”》":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(text, size=15, indent=2, lead=27, align="left", font=F, color=black):
        width = W_ - LM - RM
        first = wrap(text, size, width - indent * size)
        lines = [first[0]] + wrap("".join(first[1:]), size, width) if len(first) > 1 else first
        for i, ln in enumerate(lines):
            if state["y"] < BOT:
                new_page()
            c.setFont(font, size)
            c.setFillColor(color)
            if align == "center":
                c.drawCentredString(W_ / 2, state["y"], ln)
            elif align == "right":
                c.drawRightString(W_ - RM - 40, state["y"], ln)
            else:
                c.drawString(LM + (indent * size if i == 0 else 0), state["y"], ln)
            state["y"] -= lead

    # page 1: the red head and the 印发 notice
    watermark()
    c.setFillColor(red)
    c.setFont(F, 30)
    c.drawString(LM + 10, 740, "六安市经济和信息化局")
    c.drawString(LM + 10, 700, "六 安 市 商 务 局")
    c.setFont(F, 46)
    c.drawString(W_ - RM - 110, 705, "文件")
    c.setFillColor(black)
    c.setFont(F, 15)
    c.drawCentredString(W_ / 2, 650, LA_NO)
    c.setStrokeColor(red)
    c.setLineWidth(2.2)
    c.line(LM, 636, W_ - RM, 636)
    state["y"] = 595
    for ln in ["六安市经济和信息化局 六安市商务局关于印发", "《六安市纺织服装产业“优供给促升级”", "2025年工作要点》的通知"]:
        para(ln, size=20, indent=0, lead=34, align="center")
    state["y"] -= 12
    para("各县区经济和信息化局、商务局，六安经济技术开发区经贸发展局，市纺织服装行业协会，市纺织服装产业发展服务中心：",
         indent=0)
    para("现将《六安市纺织服装产业“优供给促升级”2025年工作要点》印发给你们，请结合实际认真抓好落实。")
    state["y"] -= 40
    c.setFont(F, 15)
    c.drawString(LM + 30, state["y"], "六安市经济和信息化局")
    c.drawString(LM + 270, state["y"], "六安市商务局")
    # a drawn seal over the signatures
    c.setStrokeColor(red)
    c.setLineWidth(1.5)
    c.circle(LM + 105, state["y"] + 5, 42)
    c.circle(LM + 315, state["y"] + 5, 42)
    state["y"] -= 34
    c.setFillColor(black)
    c.drawString(LM + 270, state["y"], "2025年3月6日")
    state["y"] -= 34
    para("（此件公开发布）")
    new_page()
    # pages 2-3: the 工作要点
    for kind, text in LA_POINTS:
        if kind == "t":
            para(text, size=19, indent=0, lead=36, align="center")
            state["y"] -= 8
        elif kind == "h":
            para(text, size=15, indent=2)
        else:
            para(text)
    new_page()
    # page 4: the attachment table and the 版记
    para("附件", indent=0)
    para("2025年纺织服装“优供给促升级”重点活动安排表", size=18, indent=0, lead=40, align="center")
    cols = [34, 150, 88, 96, 72]
    x0 = LM - 20
    y = state["y"] + 10
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    for r, row in enumerate(LA_TABLE):
        cells = [wrap(v, 11, w - 8) for v, w in zip(row, cols)]
        h = max(len(x) for x in cells) * 16 + 12
        x = x0
        for lines, w in zip(cells, cols):
            c.rect(x, y - h, w, h)
            c.setFont(F, 11)
            yy = y - 16 - (h - 12 - 16 * len(lines)) / 2
            for ln in lines:
                c.drawCentredString(x + w / 2, yy, ln)
                yy -= 16
            x += w
        y -= h
    state["y"] = y - 30
    para("备注：各活动具体时间、地点以承办单位通知为准。", size=12, indent=0)
    c.setLineWidth(0.8)
    c.line(LM - 20, 150, W_ - RM + 20, 150)
    c.setFont(F, 13)
    c.drawString(LM - 10, 130, "抄送：市人民政府办公室，市发展和改革委员会，市财政局。")
    c.line(LM - 20, 118, W_ - RM + 20, 118)
    c.drawString(LM - 10, 98, "六安市经济和信息化局办公室")
    c.drawRightString(W_ - RM + 10, 98, "2025年3月7日印发")
    c.line(LM - 20, 88, W_ - RM + 20, 88)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


def main():
    write_bytes(YB_ID + ".html", yibin_html())
    write_bytes(FM_ID + ".txt", fumian_txt())
    _fixed_zip(DD_ID + ".docx", dandong_docx())
    write_bytes(LA_ID + ".pdf", luan_pdf())


if __name__ == "__main__":
    main()

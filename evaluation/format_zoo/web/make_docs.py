#!/usr/bin/env python3
"""Regenerate the web/text "format zoo" documents deterministically.

All regions, bodies, people, phone numbers and e-mail addresses are FICTIONAL
(江澜省, 云州市, 临溪市, 河湾市, 清漪县, 栖凤县 ...).  The national notice
工信厅联消费函〔2023〕87号 is the only real document referred to.

Usage:  python3 make_docs.py      (writes into ./docs next to this file)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

NATIONAL_TITLE = ("工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知")


def paras(lines, indent=True):
    """Render body lines as CMS-style <p> elements (one line each)."""
    out = []
    for line in lines:
        style = ' style="text-indent:2em;"' if indent else ""
        out.append("<p%s>%s</p>" % (style, line))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 1. Provincial department CMS page (UTF-8)
# ---------------------------------------------------------------------------
def doc1():
    title = ("江澜省工业和信息化厅 江澜省商务厅关于开展2023年江澜省纺织服装"
             "优供给促升级系列活动的通知")
    body = [
        "为贯彻落实《" + NATIONAL_TITLE + "》（工信厅联消费函〔2023〕87号）要求，"
        "加快推进我省纺织服装产业高端化、智能化、绿色化发展，经研究，决定在全省组织开展"
        "2023年纺织服装优供给促升级系列活动。现将有关事项通知如下：",
        "<strong>一、重点活动</strong>",
        "<strong>（一）纺织服装“三品”提升行动</strong>",
        "1.增品种。支持企业围绕功能性面料、户外运动服装、家用纺织品等领域开发新产品，"
        "全年培育省级纺织服装新产品50个以上。",
        "2.提品质。组织开展纺织服装质量标杆遴选，推动20家以上重点企业对标国际先进标准。",
        "3.创品牌。开展“江澜好衣裳”区域品牌推广，遴选发布2023年度江澜省纺织服装优品名单。",
        "<strong>（二）“澜布澜裳”产销对接会</strong>",
        "由省商务厅牵头，于2023年7月在云州市举办全省纺织服装产销对接会，组织面料、辅料、"
        "成衣企业与大型商超、电商平台、外贸企业开展供需对接。",
        "<strong>（三）纺织服装数字化转型现场会</strong>",
        "由省工业和信息化厅牵头，于2023年9月在临溪市召开，现场观摩智能裁剪、吊挂流水线、"
        "数字化设计等典型应用场景。",
        "<strong>（四）“云裳江澜”时尚周</strong>",
        "2023年10月在云州市举办，开展设计大赛、流行趋势发布、非遗服饰展演等活动。",
        "<strong>二、申报要求</strong>",
        "（一）申报对象。在江澜省内依法注册、具有独立法人资格的纺织服装生产企业、"
        "设计机构和产业集群公共服务机构。",
        "（二）申报程序。企业填写活动申报表（附件2），经所在市（州）工业和信息化局、商务局"
        "审核后，统一报送省工业和信息化厅消费品工业处。",
        "（三）报送时间。请各市（州）于2023年6月15日前将汇总后的申报表纸质版（一式两份）"
        "和电子版报送，逾期不予受理。",
        "<strong>三、工作要求</strong>",
        "（一）加强组织协调。各市（州）要结合本地产业特色，制定具体工作方案，明确责任人和时间节点。",
        "（二）做好宣传推广。充分利用门户网站、微信公众号、短视频平台等渠道，"
        "宣传推广优质产品和典型经验。",
        "（三）及时总结报送。请各市（州）于2023年11月30日前将活动开展情况总结报送"
        "省工业和信息化厅、省商务厅。",
    ]
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="江澜省工业和信息化厅">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2023-05-12 16:08">
<meta name="ContentSource" content="消费品工业处">
<title>{title}_通知公告_江澜省工业和信息化厅</title>
<link rel="stylesheet" href="/static/css/base.css">
<link rel="stylesheet" href="/static/css/xxgk.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
<style>.meta-table th{{width:12%;background:#f2f6fb}} .TRS_Editor p{{line-height:2em}}</style>
</head>
<body>
<div class="topbar"><div class="wrap">
<span class="date">今天是：<span id="today"></span></span>
<a href="/wza/">无障碍浏览</a> | <a href="/m/">手机版</a> | <a href="javascript:;">繁體</a> | <a href="/login">登录</a>
</div></div>
<div class="header"><div class="wrap">
<a class="logo" href="/"><img src="/static/img/logo.png" alt="江澜省工业和信息化厅"></a>
<div class="search"><input type="text" name="q" placeholder="请输入关键词"><button type="button">搜索</button></div>
</div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/jggk/">机构概况</a></li><li><a href="/xwzx/">新闻中心</a></li>
<li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="wrap">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="xxgk-meta">
<table class="meta-table" cellspacing="0" cellpadding="0">
<tr><th>索引号</th><td>11530000MB0142687X/2023-00158</td><th>主题分类</th><td>工业、交通\\轻工纺织</td></tr>
<tr><th>发文机关：</th><td>江澜省工业和信息化厅 江澜省商务厅</td><th>成文日期</th><td>2023年05月08日</td></tr>
<tr><th>标　　题：</th><td colspan="3">{title}</td></tr>
<tr><th>文号</th><td>澜工信消费函〔2023〕58号</td><th>发布日期：</th><td>2023年05月12日</td></tr>
<tr><th>有效性</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>
</table>
</div>
<div class="article">
<h1 class="article-title">关于开展2023年江澜省纺织服装优供给促升级系列活动的通知</h1>
<div class="article-info"><span>发布时间：2023-05-12 16:08</span><span>来源：消费品工业处</span>
<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span>【<a href="javascript:window.print()">打印</a>】</span></div>
<div class="TRS_Editor" id="zoom">
<p align="center"><strong>{title}</strong></p>
<p align="center">澜工信消费函〔2023〕58号</p>
<p>各市（州）工业和信息化局、商务局，省纺织服装行业协会，有关企业：</p>
{body}
<p style="text-indent:2em;">附件：<a href="./P020230512396218593487.docx" oldsrc="/protect/P0202305/P020230512/P020230512396218593487.docx">1.2023年江澜省纺织服装优供给促升级重点活动安排.docx</a></p>
<p style="text-indent:5em;"><a href="./P020230512396218600512.xlsx" oldsrc="/protect/P0202305/P020230512/P020230512396218600512.xlsx">2.2023年江澜省纺织服装优供给促升级活动申报表.xlsx</a></p>
<p>&nbsp;</p>
<p style="text-align:right;">江澜省工业和信息化厅</p>
<p style="text-align:right;">江澜省商务厅</p>
<p style="text-align:right;">2023年5月8日</p>
<p style="text-indent:2em;">（联系人及电话：省工业和信息化厅消费品工业处 孟晓岚 0735-2261538；省商务厅市场运行处 杜文涛 0735-2265127；电子邮箱：xfpc@example.cn）</p>
</div>
<div class="article-tools">
<span class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></span>
<span>【<a href="javascript:window.scrollTo(0,0)">返回顶部</a>】【<a href="javascript:window.close()">关闭窗口</a>】</span>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/zcjd/">《关于开展2023年江澜省纺织服装优供给促升级系列活动的通知》政策解读</a></li>
<li><a href="/xwzx/">我厅召开全省消费品工业稳增长工作座谈会</a></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
<p>主办单位：江澜省工业和信息化厅　地址：云州市政通路126号　邮编：650218</p>
<p>版权所有：江澜省工业和信息化厅　网站标识码：5300000012</p>
<p><a href="https://beian.miit.gov.cn/">澜ICP备05001234号-1</a>　<img src="/static/img/ga.png" alt="">澜公网安备 53010202000123号</p>
<p><script src="/static/js/conac.js"></script><span id="_ideConac"></span></p>
</div></div>
<script>
var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";
function doZoom(s){{document.getElementById("zoom").style.fontSize=s+"px";}}
</script>
</body>
</html>
""".format(title=title, body=paras(body))
    return "01_province_cms.html", html, "utf-8", "\n"

# ---------------------------------------------------------------------------
# 2. City government page, GB2312 (declared via http-equiv), table layout
# ---------------------------------------------------------------------------
def doc2():
    title = "临溪市人民政府办公室关于开展2023年纺织服装产业“优供给促升级”专项行动的通知"
    F = '<font face="仿宋_GB2312" size="4">%s</font>'
    body = [
        "纺织服装产业是我市传统优势产业和重要民生产业。为贯彻落实国家和省关于纺织服装优供给"
        "促升级活动的部署要求，推动全市纺织服装产业提质增效，经市人民政府同意，决定在全市开展"
        "2023年纺织服装产业“优供给促升级”专项行动。现将有关事项通知如下：",
        '<font face="黑体">一、主要任务</font>',
        '<font face="楷体_GB2312">（一）实施技术改造提升。</font>对2023年度完成智能化、绿色化设备更新'
        "且设备投资额在300万元以上的纺织服装企业，按设备投资额的8%给予补助，单个企业最高不超过200万元。",
        '<font face="楷体_GB2312">（二）开展“临溪织造”品牌推广月。</font>2023年6月至7月，组织规模以上'
        "纺织服装企业参加线上线下品牌推广活动，力争带动产品销售额增长10%以上。",
        '<font face="楷体_GB2312">（三）推进产业链供需对接。</font>由市商务局牵头，每季度至少组织1次'
        "面料企业与成衣企业、外贸企业供需对接活动。",
        '<font face="楷体_GB2312">（四）加强园区载体建设。</font>支持临溪纺织产业园完善污水集中处理、'
        "公共仓储、职工公寓等配套设施，提升园区承载能力。",
        '<font face="黑体">二、职责分工</font>',
        "市工业和信息化局负责专项行动的统筹协调和技改项目补助审核；市商务局负责产业链供需对接和"
        "品牌推广；市财政局负责补助资金保障；市市场监管局负责产品质量监督抽查；各县（市、区）"
        "人民政府负责本地区工作落实。",
        '<font face="黑体">三、保障措施</font>',
        '<font face="楷体_GB2312">（一）强化组织领导。</font>建立由分管副市长召集的纺织服装产业'
        "发展工作专班，定期研究解决产业发展中的重大问题。",
        '<font face="楷体_GB2312">（二）强化资金保障。</font>市级财政从工业发展专项资金中安排'
        "不超过2000万元用于专项行动。",
        '<font face="楷体_GB2312">（三）强化督促落实。</font>各县（市、区）于每季度末月25日前将'
        "工作进展报送市工业和信息化局，市政府督查室适时开展督查。",
    ]
    content = "\n".join('<p style="text-indent:2em;line-height:180%%">%s</p>' % (F % b) for b in body)
    related = [
        ("临溪市人民政府关于印发临溪市工业稳增长若干措施的通知", "2023-04-18"),
        ("临溪市人民政府办公室关于加快推进制造业数字化转型的实施意见", "2023-03-27"),
        ("临溪市人民政府办公室关于印发临溪纺织产业园管理办法的通知", "2022-12-09"),
        ("临溪市人民政府办公室关于做好2023年春季外贸稳订单工作的通知", "2023-02-14"),
        ("临溪市人民政府关于表彰2022年度工业经济突出贡献企业的决定", "2023-01-30"),
    ]
    side = "\n".join(
        '<tr><td class="list_t"><img src="/images/dot.gif" width="4" height="4"> '
        '<a href="/zwgk/tzgg/%d.htm" target="_blank" title="%s">%s</a></td>'
        '<td class="list_d">%s</td></tr>' % (20230000 + i, t, t if len(t) <= 20 else t[:19] + "...", d)
        for i, (t, d) in enumerate(related))
    html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.gif" alt="临溪市人民政府"></td></tr>
<tr><td class="nav" height="36">
<a href="/">网站首页</a> | <a href="/zjlx/">走进临溪</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/gzhd/">公众互动</a>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="260" valign="top" class="side">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="side_title" colspan="2"><b>相关信息</b></td></tr>
{side}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="side_title"><b>办事服务</b></td></tr>
<tr><td><a href="/bsfw/qy/">企业开办</a></td></tr>
<tr><td><a href="/bsfw/xm/">项目审批</a></td></tr>
</table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="weizhi">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/tzgg/">通知公告</a></td></tr>
<tr><td align="center" class="biaoti" height="60"><font color="#C00000" size="5"><b>{title}</b></font></td></tr>
<tr><td align="center" class="byline" bgcolor="#F5F5F5">发布时间：2023-06-02 09:30&nbsp;&nbsp;&nbsp;来源：临溪市人民政府办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script language="javascript">document.write(getHits('20230602031'));</script></span>&nbsp;&nbsp;【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td height="10"></td></tr>
<tr>
<td class="bt_content" id="fontzoom">
<p align="center"><font face="仿宋_GB2312" size="4">临政办发〔2023〕31号</font></p>
<p><font face="仿宋_GB2312" size="4">各县（市、区）人民政府，市政府各部门、各直属机构：</font></p>
{content}
<p>&nbsp;</p>
<p align="right"><font face="仿宋_GB2312" size="4">临溪市人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;</font></p>
<p align="right"><font face="仿宋_GB2312" size="4">2023年5月29日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</font></p>
<p style="text-indent:2em;"><font face="仿宋_GB2312" size="4">（此件公开发布）</font></p>
<p style="text-indent:2em;"><font face="仿宋_GB2312" size="4">联系人：市工业和信息化局 韩冬梅，电话：0758-3126645</font></p>
</td>
</tr>
<tr><td align="right" class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">主办：临溪市人民政府办公室　承办：临溪市大数据中心　联系电话：0758-3100123</td></tr>
<tr><td align="center">版权所有：临溪市人民政府　澜ICP备08012345号　网站标识码：5331000001</td></tr>
</table>
</body>
</html>
""".format(title=title, side=side, content=content)
    return "02_city_gov.html", html, "gb2312", "\r\n"

# ---------------------------------------------------------------------------
# 3. WeChat official-account article (UTF-8), no 文号
# ---------------------------------------------------------------------------
def doc3():
    title = "清漪县2023纺织服装“优供给促升级”活动启动啦！这些福利企业快来报名"
    P = ('<section style="margin: 0px 8px 16px; line-height: 1.75em; text-indent: 2em;">'
         '<span style="font-size: 15px; letter-spacing: 1px; color: rgb(62, 62, 62);">%s</span></section>')
    H1 = ('<section style="margin: 24px 8px 12px; line-height: 1.75em;"><span style="font-size: 17px; '
          'color: rgb(0, 112, 192);"><strong><span style="font-weight: bold;">%s</span></strong></span></section>')
    H2 = ('<section style="margin: 0px 8px 10px; line-height: 1.75em;"><span style="font-size: 15px; '
          'font-weight: bold; color: rgb(62, 62, 62);">%s</span></section>')
    RED = '</span><span style="font-size: 15px; color: rgb(255, 41, 65); font-weight: bold;">%s</span><span style="font-size: 15px; letter-spacing: 1px; color: rgb(62, 62, 62);">'
    IMG = ('<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5625" '
           'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/%s/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" '
           'style="width: 100%%;"></section>')
    parts = [
        IMG % "Qy7aX2eMZpL0vTn9b3kWfR1cHs5dJ8uGiYo4NmEqAzxCtV6",
        P % ("为落实省、市纺织服装优供给促升级活动部署，清漪县工业商务和信息化局将于7月至10月组织开展"
             "系列活动，助力县内纺织服装企业拓市场、强品牌、促转型。快来看看有哪些活动吧！"),
        H1 % "一、活动内容",
        H2 % "（一）“清漪好棉”直播带货节",
        P % "活动时间：7月20日至8月20日",
        P % ("活动内容：联合县电商服务中心，组织企业负责人走进直播间，推广本地棉纺织品、家纺产品。"
             "参与企业可" + (RED % "免费") + "使用县电商直播基地直播间，每家企业每月最多预约8场。"),
        H2 % "（二）纺织企业数字化诊断服务",
        P % ("邀请省级智能制造服务机构为企业提供免费诊断，围绕设备联网、生产排程、质量追溯等环节"
             "“把脉开方”。今年共" + (RED % "30个") + "名额，先到先得。"),
        H2 % "（三）蓝印花布创新设计大赛",
        P % ("面向全省高校师生和设计师征集以清漪蓝印花布为元素的服装、家居设计作品，设一等奖1名（奖金2万元）、"
             "二等奖3名（奖金各5000元）、三等奖5名（奖金各2000元），获奖作品将在“云裳江澜”时尚周展出。"),
        IMG % "Qy7aX2eMZpL0vTn9b3kWfR1cHs5dJ8uGiYo4NmEqAzxCtV7",
        H1 % "二、参与对象",
        P % "在清漪县注册的纺织服装企业、个体工商户及相关设计机构。",
        H1 % "三、报名方式",
        P % ("请于" + (RED % "7月15日前") + "扫描下方二维码填写报名信息，或将报名表发送至邮箱qyxgxj@example.cn。"),
        IMG % "Qy7aX2eMZpL0vTn9b3kWfR1cHs5dJ8uGiYo4NmEqAzxCtV8",
        P % "咨询电话：0836-6221408（罗静）、0836-6221419（周海波）",
        H1 % "四、温馨提示",
        P % ("活动全程免费，县工业商务和信息化局不会以任何名义向企业收取费用，"
             "如有人以活动名义收费，请及时拨打咨询电话核实，谨防上当受骗。"),
        '<section style="margin-top: 32px; text-align: left;"><span style="font-size: 12px; color: rgb(136, 136, 136);">'
        "来源：清漪县工业商务和信息化局</span></section>",
        '<section style="text-align: left;"><span style="font-size: 12px; color: rgb(136, 136, 136);">'
        "编辑：吴婷 | 审核：田志刚</span></section>",
        '<section style="text-align: center; margin-top: 16px;"><span style="font-size: 12px; color: rgb(178, 178, 178);">'
        "—— END ——</span></section>",
    ]
    html = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:description" content="7月至10月，直播带货节、数字化诊断、设计大赛等你来！">
<meta property="og:site_name" content="微信公众平台">
<title>{title}</title>
<style>.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px}} .rich_media_meta{{display:inline-block;margin-right:8px;color:rgba(0,0,0,0.3)}}</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="profile_top" id="js_profile_top">
  <img class="profile_avatar" src="https://wx.qlogo.cn/mmhead/Q3auHgzwzM5qyJkX0fLzvGdYBqcc/0" alt="">
  <strong class="profile_nickname">清漪工信</strong>
</div>
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title " id="activity-name">
            {title}
          </h1>
<div id="meta_content" class="rich_media_meta_list">
  <span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
  <span class="rich_media_meta rich_media_meta_text">清漪县工信局</span>
  <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">清漪工信</a></span>
  <em id="publish_time" class="rich_media_meta rich_media_meta_text">2023-07-06 18:30</em>
  <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">江澜</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="box-sizing: border-box; font-style: normal; font-weight: 400; text-align: justify; font-size: 16px;">
{parts}
</section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div class="rich_media_tool" id="js_sg_bar">
  <a class="media_tool_meta meta_primary" id="js_view_source" href="javascript:void(0);">阅读原文</a>
  <div class="media_tool_meta meta_extra" id="js_read_area3">阅读 <span id="readNum3">1024</span></div>
  <span class="media_tool_meta meta_extra" id="like3">赞 <span id="likeNum3">36</span></span>
  <span class="media_tool_meta meta_extra">分享</span>
  <span class="media_tool_meta meta_extra">在看</span>
</div>
<div class="rich_media_tool_tip" id="js_preview_tip">预览时标签不可点</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</div>
<script nonce="318463952" type="text/javascript">
var nickname = htmlDecode("清漪工信");
var msg_title = '{title}'.html(false);
var msg_desc = htmlDecode("7月至10月，直播带货节、数字化诊断、设计大赛等你来！");
var ct = "1688639400";
var user_name = "gh_3f9a1c27be05";
var msg_source_url = 'https://www.qingyi.example.cn/zwgk/tzgg/202307/t20230706_51873.html';
</script>
</body>
</html>
""".format(title=title, parts="\n".join(parts))
    return "03_wechat_article.html", html, "utf-8", "\n"

# ---------------------------------------------------------------------------
# 4. Industry association site (UTF-8): "title_site" <title>, "·" side list,
#    上一篇/下一篇, right-aligned 落款 padded with &nbsp;
# ---------------------------------------------------------------------------
def doc4():
    title = "关于举办2023江澜纺织服装产业链供需对接大会的通知"
    site = "江澜省纺织服装行业协会"
    body = [
        ("为落实工业和信息化部、商务部2023纺织服装优供给促升级活动要求，促进省内纺织服装产业链"
         "上下游协同发展，经研究，我会定于2023年8月在云州市举办2023江澜纺织服装产业链供需对接大会。"
         "现将有关事项通知如下：", True),
        ("<b>一、时间地点</b>", True),
        ("（一）时间：2023年8月17日至18日（8月16日14:00—20:00报到）", True),
        ("（二）地点：云州国际会展中心3号馆（云州市滨江大道88号）", True),
        ("<b>二、组织单位</b>", True),
        ("指导单位：江澜省工业和信息化厅、江澜省商务厅", True),
        ("主办单位：江澜省纺织服装行业协会", True),
        ("承办单位：云州市纺织服装商会", True),
        ("<b>三、主要活动</b>", True),
        ("（一）开幕式暨主旨论坛。邀请行业专家围绕纺织服装数字化转型、绿色低碳发展作主旨演讲。", True),
        ("（二）面辅料及成衣展示对接。设面料、辅料、成衣、家纺、纺织机械五个展区。", True),
        ("（三）采购商洽谈会。组织省内外品牌商、电商平台和外贸企业与参展企业开展一对一洽谈。", True),
        ("<b>四、参会费用</b>", True),
        ("（一）参观参会免费。", True),
        ("（二）标准展位（9平方米）每个3800元，会员单位享受八折优惠；光地（36平方米起租）每平方米380元。", True),
        ("（三）参会人员食宿及交通费用自理。", True),
        ("<b>五、报名方式</b>", True),
        ("请于2023年8月4日前将参会报名回执（附件）发送至协会秘书处邮箱expo@example.cn，"
         "展位按报名先后顺序安排。", True),
        ("联系人：沈嘉怡&nbsp;&nbsp;0735-3318826&nbsp;&nbsp;&nbsp;&nbsp;许明哲&nbsp;&nbsp;0735-3318870", True),
    ]
    content = "\n".join(
        ('<p style="text-indent:2em;">%s</p>' if ind else "<p>%s</p>") % t for t, ind in body)
    others = [
        "关于征集2023年度江澜纺织服装优品的通知",
        "关于召开协会第五届三次理事会的通知",
        "关于开展纺织企业碳排放核算培训的通知",
        "关于缴纳2023年度会费的通知",
        "关于推荐“江澜工匠”纺织类候选人的通知",
        "关于组织参加2023中国国际服装服饰博览会的通知",
    ]
    side = "\n".join('<li>· <a href="/tzgg/%d.html">%s</a></li>' % (612 - i, t) for i, t in enumerate(others))
    pad = "&nbsp;" * 24
    html = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="keywords" content="江澜纺织,服装协会,供需对接,优供给促升级">
<meta name="description" content="{site}">
<title>{title}_{site}</title>
<link rel="stylesheet" href="/skin/css/style.css">
</head>
<body>
<div class="head">
<div class="logo"><a href="/"><img src="/skin/images/logo.png" alt="{site}"></a>
<span class="cn">{site}</span><span class="en">Jianglan Textile &amp; Apparel Association</span></div>
<div class="tel">秘书处电话：0735-3318800</div>
</div>
<div class="menu"><ul>
<li><a href="/">首页</a></li><li><a href="/xhgk/">协会概况</a></li><li><a href="/xhdt/">协会动态</a></li>
<li class="cur"><a href="/tzgg/">通知公告</a></li><li><a href="/hyzx/">行业资讯</a></li>
<li><a href="/hyfw/">会员服务</a></li><li><a href="/lxwm/">联系我们</a></li>
</ul></div>
<div class="main">
<div class="left">
<div class="lbox"><div class="ltit">通知公告</div>
<ul class="llist">
{side}
</ul></div>
<div class="lbox"><div class="ltit">联系我们</div>
<p>地址：云州市金穗路18号纺织大厦9楼</p><p>邮箱：office@example.cn</p></div>
</div>
<div class="right">
<div class="position">您现在的位置：<a href="/">首页</a>&gt;&gt;<a href="/tzgg/">通知公告</a>&gt;&gt;正文</div>
<div class="show">
<h2 class="show_title">{title}</h2>
<div class="show_info">发布时间：2023-07-21&nbsp;&nbsp;&nbsp;作者：秘书处&nbsp;&nbsp;&nbsp;点击数：<script src="/plus/count.php?aid=613&amp;mid=1"></script></div>
<div class="show_con">
<p style="text-align:center;">澜纺协〔2023〕21号</p>
<p>各会员单位，各有关企业：</p>
{content}
<p>&nbsp;</p>
<p style="text-indent:2em;">附件：<a href="/uploads/soft/230721/1-230F1163Z2.doc">参会报名回执.doc</a></p>
<p>&nbsp;</p>
<p>{pad}{pad}江澜省纺织服装行业协会</p>
<p>{pad}{pad}&nbsp;&nbsp;&nbsp;2023年7月20日</p>
</div>
<div class="prenext">
<p>上一篇：<a href="/tzgg/612.html">关于征集2023年度江澜纺织服装优品的通知</a></p>
<p>下一篇：<a href="/tzgg/614.html">关于组织参加纺织服装跨境电商专题培训的通知</a></p>
</div>
</div>
</div>
</div>
<div class="foot">
<p>版权所有：{site}　　地址：云州市金穗路18号纺织大厦9楼　　电话：0735-3318800</p>
<p>澜ICP备12003456号-2　　技术支持：云州网联科技</p>
</div>
</body>
</html>
""".format(title=title, site=site, side=side, content=content, pad=pad)
    return "04_association.html", html, "utf-8", "\n"

# ---------------------------------------------------------------------------
# 5. Plain-text export (UTF-8), hard line breaks every 30 characters
# ---------------------------------------------------------------------------
def hard_wrap(text, width=30):
    """Cut a paragraph every `width` characters, wherever that falls."""
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def doc5():
    I = "\u3000\u3000"  # two full-width spaces: paragraph indentation
    title = ("河湾市工业和信息化局 河湾市商务局关于开展2024年河湾市纺织服装"
             "“优供给促升级”活动的通知")
    paras = [
        I + "为深入推进纺织服装增品种、提品质、创品牌“三品”行动，根据省工业和信息化厅、"
        "省商务厅工作部署，市工业和信息化局、市商务局决定在全市组织开展2024年纺织服装"
        "“优供给促升级”活动。现将有关事项通知如下：",
        I + "一、活动安排",
        I + "（一）产业集群提升活动",
        I + "1.组织河湾丝绸产业集群、东坝针织产业集群开展集群诊断，形成“一群一策”提升方案，"
        "于2024年6月30日前报市工业和信息化局。",
        I + "2.推动集群内规模以上企业数字化改造覆盖率达到45%以上，培育市级数字化车间12个。",
        I + "（二）品牌推广活动",
        I + "1.举办“河湾丝韵”品牌发布会，时间为2024年9月12日，地点为河湾市会展中心。",
        I + "2.组织不少于15家企业参加中国国际服装服饰博览会等国内外展会，对参展企业给予"
        "展位费50%的补贴，单个企业不超过5万元。",
        I + "（三）消费促进活动",
        I + "结合“河湾消费季”，在市内重点商圈举办纺织服装促消费活动不少于6场，"
        "鼓励企业开展以旧换新、定制服务等促销活动。",
        I + "二、工作要求",
        I + "（一）各县（市、区）要明确一名分管负责同志和一名联络员，于2024年5月24日前将"
        "联络员名单（附件1）报市工业和信息化局轻纺产业科。",
        I + "（二）参展补贴申请表（附件2）请于展会结束后30日内报送市商务局对外贸易科，"
        "逾期不再受理。",
        I + "（三）请各县（市、区）于2024年12月10日前报送全年活动总结及典型案例。",
        I + "三、联系方式",
        I + "市工业和信息化局轻纺产业科：袁立新，电话0739-5102236；"
        "市商务局对外贸易科：龚晓帆，电话0739-5108317；电子邮箱：hwqf@example.cn。",
    ]
    lines = ["", "河湾市工业和信息化局　河湾市商务局文件", "",
             "\u3000" * 8 + "河工信联发〔2024〕42号", ""]
    lines += hard_wrap(title)
    lines += [""]
    lines += hard_wrap("各县（市、区）工业和信息化局、商务局，市纺织服装产业发展服务中心，各有关企业：")
    for p in paras:
        lines += hard_wrap(p)
    lines += ["",
              I + "附件：1．活动联络员名单",
              I + "\u3000\u3000\u30002．参展补贴申请表",
              "", "",
              "河湾市工业和信息化局\u3000\u3000\u3000\u3000河湾市商务局",
              "\u3000" * 16 + "二〇二四年五月十日",
              "",
              I + "（此件主动公开）",
              "", "",
              "─" * 28,
              "抄送：省工业和信息化厅，省商务厅，市人民政府办公室。",
              "─" * 28,
              "河湾市工业和信息化局办公室\u3000\u3000二〇二四年五月十一日印发",
              "─" * 28,
              ""]
    return "05_export_wrapped.txt", "\n".join(lines), "utf-8", "\n"

# ---------------------------------------------------------------------------
# 6. 转发 notice as a GB18030 text file with CRLF line ends (one line per
#    paragraph, no heading tree)
# ---------------------------------------------------------------------------
def doc6():
    I = "\u3000\u3000"
    lines = [
        "栖凤县经济商务和信息化局",
        "",
        "栖经商信发〔2023〕19号",
        "",
        "栖凤县经济商务和信息化局关于转发《" + NATIONAL_TITLE + "》的通知",
        "",
        "各乡（镇）人民政府，县工业集中区管委会，县内各纺织服装企业：",
        I + "现将《" + NATIONAL_TITLE + "》（工信厅联消费函〔2023〕87号）转发给你们，"
        "请结合实际认真抓好贯彻落实。",
        I + "请各乡（镇）、县工业集中区组织辖区内纺织服装企业积极参与有关活动，并于2023年5月19日前"
        "将本辖区拟参加活动的企业名单及联系人报县经济商务和信息化局工业股。"
        "各企业在活动中遇到的困难和问题，请及时向我局反映。",
        I + "联系人：汪喆，联系电话：0812-7716203，电子邮箱：qfjsx@example.cn。",
        "",
        I + "附件：1.工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知",
        I + "\u3000\u3000\u30002.2023纺织服装“优供给促升级”活动计划表",
        "",
        "",
        "\u3000" * 12 + "栖凤县经济商务和信息化局",
        "\u3000" * 14 + "2023年4月28日",
        "",
        "",
        "抄送：市经济和信息化局，市商务局，县人民政府办公室。",
        "栖凤县经济商务和信息化局办公室\u3000\u3000\u3000\u30002023年4月28日印发",
        "",
    ]
    return "06_forward_notice.txt", "\n".join(lines), "gb18030", "\r\n"

# ---------------------------------------------------------------------------
# 7. Markdown copy (UTF-8): **bold** headings, a table of activities
# ---------------------------------------------------------------------------
def doc7():
    rows = [
        ("序号", "活动名称", "时间", "地点", "牵头单位"),
        ("1", "纺织服装企业数字化转型培训", "2023年7月6日", "云州市工业和信息化局三楼会议室", "市工业和信息化局"),
        ("2", "“澜布澜裳”产销对接会", "2023年7月（具体时间另行通知）", "云州国际会展中心", "市商务局"),
        ("3", "纺织企业清洁生产现场会", "2023年8月24日", "滨江印染产业园", "市生态环境局、市工业和信息化局"),
        ("4", "“云裳杯”服装设计大赛决赛", "2023年10月", "云州市时尚创意园", "市纺织服装商会"),
        ("5", "纺织服装优品进商圈", "2023年11月", "云州市南门商圈", "市商务局"),
    ]
    table = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    table += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    text = "\n\n".join([
        "# 云州市工业和信息化局关于做好2023年纺织服装优供给促升级活动组织工作的通知",
        "云工信消费〔2023〕67号",
        "各县（市、区）工业和信息化局，高新区经济发展局，市纺织服装商会：",
        "根据《江澜省工业和信息化厅 江澜省商务厅关于开展2023年江澜省纺织服装优供给促升级系列活动的通知》"
        "（澜工信消费函〔2023〕58号）要求，结合我市实际，现就做好活动组织工作通知如下：",
        "**一、重点任务**",
        "**（一）推动设计创新**",
        "1. 支持企业建设工业设计中心，对新认定的市级工业设计中心给予一次性奖励30万元。\n"
        "2. 组织“云裳杯”服装设计大赛，10月随“云裳江澜”时尚周同期举办决赛。",
        "**（二）拓展销售渠道**",
        "1. 组织企业参加“澜布澜裳”产销对接会，力争全市签约采购额超过3亿元。\n"
        "2. 推动10家以上企业入驻主要电商平台开设品牌旗舰店。",
        "**（三）推进绿色转型**",
        "1. 推广印染废水深度处理和中水回用技术，年内完成5家印染企业清洁生产审核。",
        "**二、活动安排**",
        "全年组织开展以下5项重点活动：",
        "\n".join(table),
        "**三、有关要求**",
        "（一）各县（市、区）请于2023年6月30日前将参加活动企业报名表（附件1）汇总报送"
        "市工业和信息化局消费品产业科。",
        "（二）申报市级工业设计中心的企业，请按照申报指南（附件2）准备材料，经所在县（市、区）"
        "工业和信息化局推荐后报送。",
        "（三）各单位要及时报送活动信息和典型案例，市工业和信息化局将择优在门户网站和“云州工信”"
        "微信公众号宣传推广。",
        "联系人：市工业和信息化局消费品产业科 郑雨桐，电话：0735-6138210；"
        "市纺织服装商会 冯立，电话：0735-6159902。",
        "附件：\n\n"
        "1. 2023年云州市纺织服装优供给促升级活动企业报名表\n"
        "2. 云州市工业设计中心认定申报指南",
        "云州市工业和信息化局",
        "2023年6月12日",
        "（此件公开发布）",
    ]) + "\n"
    return "07_markdown_copy.md", text, "utf-8", "\n"


DOCS = [doc1, doc2, doc3, doc4, doc5, doc6, doc7]


def main():
    os.makedirs(OUT, exist_ok=True)
    for make in DOCS:
        name, text, encoding, newline = make()
        if newline != "\n":
            text = text.replace("\n", newline)
        data = text.encode(encoding)  # strict: fails if a character cannot be encoded
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print("wrote %s (%s, %d bytes)" % (name, encoding, len(data)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate four FICTIONAL local government notices (for evaluation only) into docs/.

Two provincial notices from Zhejiang (same issuer pair), one Suzhou city notice and one
2022 Jiangsu provincial notice. Output: three .docx (python-docx) and one .html page.
All names, numbers, phone numbers and e-mail addresses are invented.
Run:  python3 make_docs.py
"""
import html
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

# Each document: list of (style, text). Styles: red (issuer header), num (文号), title,
# to (主送), p (body), h1/h2 (headings), sign (落款 / date, right aligned), note.

ZJ_CAMPAIGN = [
    ("red", "浙江省经济和信息化厅"),
    ("red", "浙江省商务厅"),
    ("num", "浙经信消费〔2023〕87号"),
    ("title", "浙江省经济和信息化厅 浙江省商务厅关于开展2023年浙江省纺织服装优供给促升级活动的通知"),
    ("to", "各市经信局、商务局，省纺织工业协会、省服装行业协会："),
    ("p", "为贯彻落实《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》（工信厅联消费函〔2023〕87号）要求，加快打造我省现代纺织与服装世界级先进制造业集群，省经信厅、省商务厅决定组织开展2023年浙江省纺织服装优供给促升级活动。现将有关事项通知如下："),
    ("h1", "一、活动时间"),
    ("p", "2023年5月至12月。各市可结合本地实际适当延长活动周期。"),
    ("h1", "二、重点活动"),
    ("h2", "（一）产业提升行动。"),
    ("p", "1. 举办织造印染智能化改造现场会。由省经信厅牵头，绍兴市经信局承办，于2023年9月在绍兴市柯桥区举办，组织不少于100家印染、织造企业参加观摩交流。"),
    ("p", "2. 开展绿色低碳诊断服务。省纺织工业协会组织节能环保专家团队，为不少于200家规上纺织企业提供免费节能降碳诊断，诊断费用由省级工业和信息化发展专项资金统筹保障，企业不承担费用。"),
    ("p", "3. 推进废旧纺织品回收利用试点。嘉兴市、湖州市经信局各选取1个产业园区开展废旧纺织品回收利用试点，年底前形成可复制的经验做法。"),
    ("h2", "（二）品牌设计行动。"),
    ("p", "1. 杭州市经信局、商务局牵头办好2023杭州国际时尚周，组织本地服装品牌集中发布新品。"),
    ("p", "2. 省服装行业协会组织开展“浙江好衣”精品评选，面向全省服装、家纺企业征集参评产品，评选结果于2023年11月底前向社会发布。"),
    ("p", "3. 宁波市经信局组织开展针织服装设计大赛，鼓励设计师与制造企业开展订单式合作。"),
    ("h2", "（三）市场拓展行动。"),
    ("p", "1. 省商务厅组织不少于50家纺织服装企业参加中国国际纺织面料及辅料（秋冬）博览会等境内外重点展会，对参展企业的展位费按有关规定给予支持。"),
    ("p", "2. 各市商务局结合“浙里来消费”系列活动，组织商场、专业市场和电商平台开展纺织服装促销活动。"),
    ("p", "3. 支持柯桥、海宁、濮院等专业市场开展内外贸一体化试点，拓展跨境电商、市场采购等新渠道。"),
    ("h1", "三、工作要求"),
    ("h2", "（一）加强组织领导。"),
    ("p", "各市经信局、商务局要明确一名分管领导和一名联络员，于2023年5月31日前将联络员名单报送省经信厅消费品工业处。"),
    ("h2", "（二）做好信息报送。"),
    ("p", "各市经信局会同商务局，于每季度最后一个月的25日前报送本季度活动开展情况；于2023年12月10日前将全年活动总结（含典型案例2至3个）同时报送省经信厅消费品工业处和省商务厅消费促进处，电子版发送至 zjfzyg2023@example.cn。"),
    ("h2", "（三）加强宣传引导。"),
    ("p", "各地要充分利用报纸、电视、政务新媒体等渠道宣传活动成效，省纺织工业协会、省服装行业协会负责汇编全省活动典型案例。"),
    ("p", "联系人：省经信厅消费品工业处 陈立峰，电话：0571-87051236；省商务厅消费促进处 王晓婷，电话：0571-87705219。"),
    ("sign", "浙江省经济和信息化厅      浙江省商务厅"),
    ("sign", "2023年5月12日"),
    ("note", "（此件公开发布）"),
]

ZJ_SEASON = [
    ("red", "浙江省商务厅"),
    ("red", "浙江省经济和信息化厅"),
    ("num", "浙商务联发〔2023〕56号"),
    ("title", "浙江省商务厅 浙江省经济和信息化厅关于举办2023浙江纺织服装消费季活动的通知"),
    ("to", "各市商务局、经信局，省百货商业协会、省电子商务促进中心："),
    ("p", "为落实国家关于办好“棉纺消费季”等消费促进活动的部署，进一步恢复和扩大纺织服装消费，省商务厅、省经信厅决定举办2023浙江纺织服装消费季活动。现将有关事项通知如下："),
    ("h1", "一、活动主题"),
    ("p", "“浙里穿新·品质生活”。"),
    ("h1", "二、活动时间"),
    ("p", "2023年6月16日至10月31日。"),
    ("h1", "三、主要内容"),
    ("h2", "（一）线下促销活动。"),
    ("p", "1. 杭州、宁波、温州市商务局组织重点商圈、百货商场开展纺织服装主题促销，每市不少于3场。"),
    ("p", "2. 鼓励商场和品牌企业开展旧衣回收换新活动，消费者交投旧衣可抵扣部分购物款，具体办法由参与企业自行公布。"),
    ("h2", "（二）线上促销活动。"),
    ("p", "1. 省电子商务促进中心联合主要电商平台开设“浙江好衣”线上专区，集中展示省内纺织服装品牌。"),
    ("p", "2. 支持直播电商基地举办“产业带直播周”，重点推广湖州童装、海宁皮革、诸暨袜业等产业带产品。"),
    ("h2", "（三）开幕活动。"),
    ("p", "消费季开幕式定于2023年6月16日在杭州市武林广场举行，具体安排另行通知。"),
    ("h1", "四、参与方式"),
    ("p", "商场、专业市场、品牌企业和电商企业可向所在地市商务局报名参加，报名截止时间为2023年6月12日。"),
    ("h1", "五、工作要求"),
    ("h2", "（一）及时报送方案。"),
    ("p", "各市商务局会同经信局制定本地区活动方案，于2023年6月9日前报送省商务厅消费促进处。"),
    ("h2", "（二）做好数据统计。"),
    ("p", "活动期间，各市商务局于每周一12时前报送上一周参与企业数、销售额等数据；活动结束后，于2023年11月10日前报送活动总结。"),
    ("h2", "（三）规范促销行为。"),
    ("p", "各地要会同市场监管部门加强促销活动监管，严禁先提价后打折、虚假宣传等违法行为，切实维护消费者合法权益。"),
    ("p", "联系人：省商务厅消费促进处 王晓婷，电话：0571-87705219；省经信厅消费品工业处 周敏，电话：0571-87051238。"),
    ("sign", "浙江省商务厅      浙江省经济和信息化厅"),
    ("sign", "2023年6月2日"),
]

SZ_DIGITAL = [
    ("red", "苏州市工业和信息化局"),
    ("num", "苏市工信数〔2023〕19号"),
    ("title", "苏州市工业和信息化局关于推进2023年纺织服装产业数字化转型工作的通知"),
    ("to", "各县级市（区）工业和信息化主管部门，苏州市纺织服装行业协会，各有关企业："),
    ("p", "为贯彻落实国家和省关于开展纺织服装优供给促升级活动的部署，加快推动我市丝绸、服装、毛纺、家纺等纺织服装产业“智改数转”，现就推进2023年纺织服装产业数字化转型工作通知如下："),
    ("h1", "一、工作目标"),
    ("p", "到2023年底，全市完成100家纺织服装企业数字化转型诊断，新建市级智能车间（工厂）不少于20个，规上纺织服装企业关键工序数控化率达到60%以上。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）开展免费数字化诊断。"),
    ("p", "1. 市工业和信息化局委托第三方服务机构，为规上纺织服装企业提供免费“智改数转”诊断服务，每家企业出具一份诊断报告和改造建议。"),
    ("p", "2. 诊断服务实行企业自愿申报，名额按照“先报先得”原则安排，额满为止。"),
    ("h2", "（二）推进智能车间和智能工厂建设。"),
    ("p", "1. 对新认定的市级智能车间给予一次性奖励50万元，对新认定的市级智能工厂给予一次性奖励200万元，奖励资金从市级工业和信息化产业转型升级专项资金中列支。"),
    ("p", "2. 支持吴江区、常熟市建设纺织服装行业工业互联网平台，推动平台与中小企业开展设备联网和数据共享。"),
    ("h2", "（三）培育数字化转型服务商。"),
    ("p", "1. 苏州市纺织服装行业协会负责遴选纺织服装数字化转型服务商，于2023年9月底前发布服务商推荐目录（第一批）。"),
    ("p", "2. 市工业和信息化局组织纺织服装数字化转型供需对接会不少于4场。"),
    ("h1", "三、申报要求"),
    ("h2", "（一）申报对象。"),
    ("p", "在苏州市行政区域内注册、具有独立法人资格的规上纺织服装企业，且近三年未发生重大安全、环保、质量事故。"),
    ("h2", "（二）申报时间和方式。"),
    ("p", "申报时间为2023年8月1日至8月31日。企业通过“苏州工业经济服务平台”在线填报，并将纸质申报材料一式两份报送所在县级市（区）工业和信息化主管部门。"),
    ("h2", "（三）审核推荐。"),
    ("p", "各县级市（区）工业和信息化主管部门于2023年9月15日前完成初审，将推荐汇总表报送市工业和信息化局消费品工业处。"),
    ("h1", "四、工作要求"),
    ("p", "各县级市（区）要明确专人负责，加强政策宣传和服务指导，并于2023年12月20日前将本地区纺织服装产业数字化转型年度工作总结报送市工业和信息化局消费品工业处。"),
    ("p", "联系人：市工业和信息化局消费品工业处 顾文彬，电话：0512-68616325；技术支持：苏州市纺织服装行业协会 沈佳，电话：0512-65223017。"),
    ("sign", "苏州市工业和信息化局"),
    ("sign", "2023年7月18日"),
]

JS_2022 = [
    ("red", "江苏省工业和信息化厅"),
    ("red", "江苏省商务厅"),
    ("num", "苏工信消费〔2022〕112号"),
    ("title", "江苏省工业和信息化厅 江苏省商务厅关于开展2022年江苏省纺织服装优供给促升级活动的通知"),
    ("to", "各设区市工业和信息化局、商务局，省纺织工业协会、省服装协会："),
    ("p", "为贯彻落实国家有关部门关于开展2022纺织服装优供给促升级活动的部署，帮助纺织服装企业应对疫情冲击、稳定生产经营，省工业和信息化厅、省商务厅决定开展2022年江苏省纺织服装优供给促升级活动。现将有关事项通知如下："),
    ("h1", "一、活动时间"),
    ("p", "2022年6月至11月。"),
    ("h1", "二、重点活动"),
    ("h2", "（一）“苏货精品”品牌推广。"),
    ("p", "1. 省服装协会于2022年9月在南京举办2022江苏服装品牌发布周，组织不少于30个本省服装品牌发布新品。"),
    ("p", "2. 各设区市工业和信息化局推荐本地区优质纺织服装产品参加“苏货精品”推广活动。"),
    ("h2", "（二）纾困稳链行动。"),
    ("p", "1. 省工业和信息化厅建立重点纺织服装企业“白名单”，协调解决物流运输、原料供应、用工等问题，保障产业链供应链稳定。"),
    ("p", "2. 各设区市工业和信息化局于每月5日前报送本地区重点纺织服装企业运行监测数据。"),
    ("h2", "（三）外贸稳订单行动。"),
    ("p", "省商务厅组织企业通过线上展会、“云洽谈”等方式开拓国际市场，指导企业用好《区域全面经济伙伴关系协定》（RCEP）关税减让政策，稳住外贸订单。"),
    ("h1", "三、工作要求"),
    ("h2", "（一）制定活动方案。"),
    ("p", "各设区市工业和信息化局会同商务局制定本地区活动方案，于2022年6月15日前报送省工业和信息化厅消费品工业处。"),
    ("h2", "（二）及时总结报送。"),
    ("p", "各设区市于2022年11月30日前将活动总结和典型案例报送省工业和信息化厅消费品工业处，同时抄送省商务厅外贸发展处。"),
    ("p", "联系人：省工业和信息化厅消费品工业处 刘志强，电话：025-83379582；省商务厅外贸发展处 孙蕾，电话：025-57710345。"),
    ("sign", "江苏省工业和信息化厅      江苏省商务厅"),
    ("sign", "2022年5月26日"),
]


def _font(run, size, bold=False, color=None, name="仿宋_GB2312"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def write_docx(path, paras):
    d = Document()
    for style, text in paras:
        p = d.add_paragraph()
        r = p.add_run(text)
        if style == "red":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(r, 22, True, (0xC0, 0, 0), "方正小标宋简体")
        elif style == "num":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(r, 16)
        elif style == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(r, 22, False, None, "方正小标宋简体")
        elif style == "h1":
            _font(r, 16, False, None, "黑体")
        elif style == "h2":
            _font(r, 16, False, None, "楷体_GB2312")
        elif style in ("sign", "note"):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if style == "sign" else WD_ALIGN_PARAGRAPH.LEFT
            _font(r, 16)
        else:
            _font(r, 16)
    d.core_properties.title = [t for s, t in paras if s == "title"][0]
    d.core_properties.author = "evaluation generator (fictional document)"
    d.save(path)


def write_html(path, paras, meta):
    body = []
    for style, text in paras:
        t = html.escape(text)
        if style == "red":
            body.append(f'<p class="issuer" style="text-align:center;color:#c00">{t}</p>')
        elif style == "num":
            body.append(f'<p style="text-align:center">{t}</p>')
        elif style == "title":
            body.append(f'<h2 class="doc-title" style="text-align:center">{t}</h2>')
        elif style == "sign":
            body.append(f'<p style="text-align:right">{t}</p>')
        elif style in ("h1", "h2"):
            body.append(f'<p class="{style}"><strong>{t}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em">{t}</p>')
    title = [t for s, t in paras if s == "title"][0]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}_通知公告_浙江省商务厅</title>
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="PubDate" content="{meta['pub']}">
<style>body{{font-family:SimSun;}} .nav a{{margin:0 8px}} .footer{{font-size:12px;color:#666}}</style>
</head>
<body>
<div class="topbar">无障碍浏览 | 长者模式 | 简体 | 繁體 | 登录 | 注册</div>
<div class="header"><img src="logo.png" alt="浙江省商务厅"> 浙江省商务厅 Department of Commerce of Zhejiang Province
<form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="breadcrumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>{meta['index']}</td><td>分类：</td><td>商贸流通 / 通知</td></tr>
<tr><td>发布机构：</td><td>浙江省商务厅</td><td>发文日期：</td><td>{meta['date']}</td></tr>
<tr><td>文号：</td><td>{meta['num']}</td><td>发布日期：</td><td>{meta['pub']}</td></tr>
</table>
<div class="article">
<div class="tools">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> 浏览次数：1208</div>
{chr(10).join(body)}
</div>
<div class="share">分享到： 微信 微博 | <a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【返回顶部】</a></div>
<div class="related"><p>相关链接：</p><ul><li><a href="#">浙江省商务厅关于开展2023年“浙里来消费”系列活动的通知</a></li><li><a href="#">2023年全省消费促进工作要点解读</a></li></ul></div>
<div class="footer">主办单位：浙江省商务厅 | 网站地图 | 联系我们<br>
（本页面为评估用虚构文件，内容与真实机关无关）<br>
浙ICP备00000000号 网站标识码：0000000000</div>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def main():
    os.makedirs(OUT, exist_ok=True)
    write_docx(os.path.join(OUT, "zj-2023-textile-campaign.docx"), ZJ_CAMPAIGN)
    write_html(os.path.join(OUT, "zj-2023-textile-consumption-season.html"), ZJ_SEASON,
               {"index": "002482155/2023-00316", "date": "2023-06-02", "pub": "2023-06-05",
                "num": "浙商务联发〔2023〕56号"})
    write_docx(os.path.join(OUT, "sz-2023-textile-digital-transformation.docx"), SZ_DIGITAL)
    write_docx(os.path.join(OUT, "js-2022-textile-campaign.docx"), JS_2022)
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()

"""What a question asks: normalised text and tokens, its intent, the metadata field or value type
it wants, and what it says about the document (文号, year, "the notice").

Rules here are about question forms (哪些, 谁, 多少钱, when, who), never about particular
documents or answers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from index.fields import QUESTION_PATTERNS
from index.law import ArticleRef, parse_article_ref
from index.metadata import DOC_NUMBER
from index.numerals import cn_int
from index.textnorm import LEXICON_DIR, content_terms, expand_aliases, normalize, tokenize

# field -> question patterns (Chinese, on normalised text, and English): from the one field registry
FIELD_PATTERNS: dict[str, str] = dict(QUESTION_PATTERNS)
_FIELD_RES = {k: re.compile(v) for k, v in FIELD_PATTERNS.items()}

# How the name of a body ends (协会秘书处, 消费品工业处, 市商务局, 专班办公室).
BODY_END = "秘书处|办公室|中心|协会|商会|专班|小组|处|厅|科|室|部|局|委|办"
# "它是放在哪一项任务下面的", "携手行动属于哪个部分": where in the document's outline a thing is.
PLACEMENT = re.compile(r"((放在|属于|归在|归属|列在|写在|出现在)哪(一|个)?(项|条|部分|块|方面|章|节)|在哪(一|个)(项|条|部分))"
                       r"(任务|要求|内容)?(下面|底下|下|里面|里|中|之下)?")
LIST_PATTERN = re.compile(
    r"哪几|哪些方面|哪些任务|哪些要求|几个方面|几方面|几项|几条|多少项|多少条|(?:有|共|一共|总共|列了)几个|几个活动|安排了?哪些活动|几大?块|几个?部分|分几(大|个)?(类|部分)|分别(是|有|叫)|各(叫|是)什么|有哪些|包括哪些|包含哪些|"
    r"列出|列举|都有什么|都有哪些|what are the|which (tasks|requirements|areas)|list (the|all)|how many (tasks|requirements|areas|parts)"
)
# "以哪几个市为重点", "有哪些部门参加": places, bodies or people are named inside a clause; the
# items of a heading are not what is asked.
NOT_ITEMS = re.compile(r"(哪几|哪些|几)(个|家|位|名)?(市|县|区|省|城市|地方|地区|国家|部门|单位|机构|企业|公司|厂|人|镇|乡|园区|协会|月|天)")
REQUIREMENT_PATTERN = re.compile(
    r"谁(负责|来|要|应|牵头|组织)|哪个(单位|部门|机构)(负责|牵头|组织)|由谁|职责|责任|要做(什么|哪些)|"
    r"应当|需要做|怎么做|要求.{0,6}(做|落实)|报送|上报|汇报|报告什么|负责什么|who (is responsible|must|should|organi[sz]es)|"
    r"what must|responsib"
)
# "在县城哪个地方", "在望江县哪个直播基地": a place inside the one the question names.
FINER_PLACE = re.compile(r"在[\u4e00-\u9fff]{2,6}?哪(个|里|儿)[\u4e00-\u9fff]{0,2}(地方|基地|场馆|园区|位置|镇|村|街道)")
# Value types a question can ask for; the evidence must contain one for the question to be answered.
SLOT_PATTERNS: dict[str, tuple[str, str]] = {
    # slot: (question pattern, evidence pattern)
    "money": (r"多少钱|金额|(工资|薪资|薪酬|薪水|月薪|年薪|底薪|时薪)[^，。？?]{0,4}(多少|几)|多少(工资|薪水)|面额|面值|多少(万|亿)?(美)?元|多少亿|(补|奖)多少|每(台|套|个|家|人)[^，。？?]{0,4}(补|奖)|多少(资金|补贴|补助|奖励|奖金|经费|费用|钱)|多少[\u4e00-\u9fff]{0,3}费|"
              r"多少[\u4e00-\u9fff]{0,4}(贴息|贷款|补助|补贴|奖金|资金|税)|(便宜|优惠|减|省)(了)?多少|(资金|补贴|补助|奖励|奖金|经费|费用|展位费|拨款|资助|预算)"
              r"(标准|额度|数额)?(是|有|为)?多少|(补贴|资助|收费|奖励)标准|how much|amount of|funding amount|"
              # ("奖金和参赛费是多少": a fee or a sum a few words before the asking; not 消费 or 免费)
              r"(奖金|补贴|补助|资金|经费|(?<![消免])费)[^，。？?；]{0,8}多少|投资[^，。？?；]{0,4}多少|投入多少|多少投资|"
              # ("收购价定的多少": a price is a sum)
              r"(价格?|单价|收购价|售价|价钱)[^，。？?；]{0,4}(多少|几)",
              r"\d+(\.\d+)?\s*(万|亿)?(美)?元|[一二三四五六七八九十百千万亿]+(美)?元"),
    "rate": (r"税率|比例|百分之|百分比|费率|利率|退税|税收优惠|税收减免|减免[\u4e00-\u9fff]{0,4}税|减税|免税|关税|"
             r"打几折|几折|折扣(力度|幅度)?(是|有)?多少|优惠(力度|幅度)(是|有)?多少|tax|rate|percent|discount",
             r"\d+(\.\d+)?\s*%|百分之[一二三四五六七八九十零\d]|\d+(\.\d+)?\s*折|[一二三四五六七八九]折"),
    "deadline": (r"截止|截至|期限|最晚|最迟|报名时间|申报时间|几月几[日号]|哪天之?前|哪一天之?前|何时之?前|什么时候之?前|什么时候(开始|结束|报名|申报)|几号前|deadline|due|closing date|when (does|do|will) .*(start|end|close|open)",
                 r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(前|之前|以前|截止)|截止|期限|前报送"),
    "count": (r"多少家|多少(个|名|所|批)(?!方面|部分|任务|要求|项|条)|多少(场|期|届|款|户)|名额|配额|数量(指标)?是?多少|"
              # ("工会有多少会员", "全党有多少党员": how many people)
              r"多少(会员|党员|成员|职工|工人|员工|代表|委员)|"
              # ("要评选几个示范城市": how many are chosen)
              r"(评选|评出|选出|遴选|认定|推荐|命名|授予|培育|打造|建设)出?几(个|家|批|名|所)|"
              r"how many ([a-z]+ )?(companies|enterprises|firms|businesses|factories|suppliers|buyers|exhibitors|"
              r"participants|people|slots|events|sessions)",
              r"\d+\s*(家|个|名|所|批|场|期|届|款|户|人)|[一二三四五六七八九十百千万萬]+(家|个|名|所|批|场|期|届|款|户|人)"),
    "url": (r"网址|网站(是|地址|叫)|链接|二维码|网页地址|平台地址|哪个网站|在哪(个|儿)?(网站|平台)(报名|申报|登记)|\burl\b|website|web ?site|"
            # ("networks that link domestic and export sales": a verb, no web address)
            r"\b(the|a|an|sign-?up|registration|download|web|application) links?\b|\blinks? (to|for) (the|a|an|sign|apply|register)",
            # (an e-mail address's domain is no web address)
            r"https?://|www\.|(?<![@\w.-])[\w-]+\.(cn|com|org|net)\b"),
    "email": (r"邮箱|电子邮件|电子信箱|e-?mail", r"@|邮箱[:：]"),
    # A fax number: a phone number is no answer.
    "fax": (r"传真|\bfax\b", r"传真[^，,；;。]{0,4}\d"),
    "place": (r"在哪(里|儿|个|些)?[\u4e00-\u9fff]{0,4}(举办|举行|召开|开展|办)|在哪(里|儿)?开(?![展始放发通])|哪(个|些|几个)(城市|地方|省份?|地区)(举办|举行|办)|"
              r"具体在哪|在哪(个|里|儿)?(开幕|开会)|(建|设|落户|布局)在哪|(在|去|到)哪(个|座)(城市|县|市|镇|村|省)|"
              r"(举办|举行|召开|活动)地点|(地点|场地|地方)(在|是)(哪|什么地方)|在哪(里|儿)?(培训|上课|开课|比对|检测|集合|进行)|"
              r"在什么地方|" + FINER_PLACE.pattern + r"|where (is|will|does)",
              r"在[\u4e00-\u9fff、]{2,16}(举办|举行|召开|开展)|地点[:：为]|地址[:：]|"
              r"(在|于|落户|设在|建在)[\u4e00-\u9fff、]{1,12}(省|市|县|区|州|镇|乡|村|园区|基地|新区)|"
              # ("依托大朗毛织贸易中心，…组织对接会": the venue the event is held at)
              r"(依托|在|于)[\u4e00-\u9fff]{2,12}(中心|展馆|会展中心|广场|市场|商城|产业园|城)(?![\u4e00-\u9fff]{0,2}(建设|发展))|"
              # (a cell of a table drawn in text: "…｜2023年11月｜海口市")
              r"[｜|│]\s*[\u4e00-\u9fff]{1,10}(省|市|县|区|州|镇|乡|村|园区|基地|新区)\s*(?=[｜|│]|$)"),
    # A venue ("在合肥哪个展馆"): a city is no answer.
    "venue": (r"(哪个|哪家|什么|哪座)(展馆|场馆|会场|会展中心|会议中心|酒店|宾馆|馆)|\bvenue\b",
              r"展馆|场馆|会场|会展中心|会议中心|博览中心|国际中心|酒店|宾馆|大厦|[\u4e00-\u9fff]{2,}馆"),
    # An hour ("几点开始"): a day is no answer.
    "hour": (r"(?<!哪)几点(?!要求|意见|建议|措施|内容|做法|原则|任务|工作|要点|考虑|好处|变化)|几时(?!前)|what time",
             r"\d{1,2}\s*[:：]\s*\d{2}|[\d一二三四五六七八九十]{1,3}\s*(点|时)(?!期|间|候|代|节)"),
    # Where or how to sign up ("在哪报名", "报名入口"): a clause that says firms 报名 does not say.
    "signup": (r"(在|去|到)哪(里|儿|个地方)?(报名|申报|登记)|报名(渠道|入口|方式|途径|网址|地址)|怎么报名|如何报名|"
               r"(怎么|如何|怎样)申请|"
               r"how (do|can) (we|i) (sign up|register|apply)|where (to|do (we|i)|can (we|i)) (sign up|register|apply)",
               r"报名(方式|渠道|入口|网址|平台|地址)|https?://|www\.|扫码|登录|(向|到|至)[\u4e00-\u9fff]{2,16}(报名|申报|报送)"),
    # A mobile number ("手机号"): an office phone is no answer.
    "mobile": (r"手机号|手机号码|手机是多少|mobile", r"(?<!\d)1[3-9]\d{9}(?!\d)"),
    # The name of an account ("官方公众号叫什么"): a clause that lists 公众号 as a channel does not say.
    "account": (r"(公众号|微信号|抖音号|视频号|小程序|\bapp\b)[^，。？?]{0,4}(叫什么|名称|名字|是什么|是哪个|多少)",
                r"“[^”]{2,20}”\s*(公众号|微信|小程序|抖音|视频号)|(公众号|微信号|抖音号)[:：]|https?://"),
    # A day ("9月几号"): a month is no answer.
    "day": (r"(?<![\d〔])几号(?![文件]|之?前)|哪[一几]?天(?!之?前)|几月几[日号](?!之?前)|具体(日期|哪天)|\d{1,2}\s*月\s*(几|哪)[日号天]|what (date|day)",
            # (a day a thing is due by, "8月20日前", is not the day the event is held)
            r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号](?!\s*(?:之|以)?前|截止)|即日|当天|当日"),
    # How often ("多久办一次", "活动进展多久报一次"): 每年一届, 每季度, 每半年 answer it, a date does not.
    "frequency": (r"(多久|多长时间|隔多久|几年|几个月|几天)[^，,。？?！!]{0,8}?一(次|届|回|期)|频次|频率|"
                  r"一年(几|多少)(次|届|回)|how often",
                  # (or a schedule: "7月5日前和12月5日前分别报送上半年和全年工作进展" is twice a year)
                  r"每(一|个|两个|双|两|三)?(年|季度|季|半年|个?月|周|星期|旬)|一年一(次|届|度)|年度|季度|月度|定期|"
                  r"日前和[^，。；]{0,12}日前分别"),
    # (not "以什么时候算交付": a rule for a moment, not a date)
    "event_time": (r"(?<!以)什么时候(?!算|为准|起算)|何时|哪几?天|哪一天|几月|哪一?个月|什么月份|几号|多长时间|多久|时间(安排|表)|具体(日期|时间)",
                   r"\d{1,2}\s*月|\d{1,2}\s*日|[上中下]旬|\d{4}\s*年|季度|年底|年内|月底|年中|即日起|"
                   r"\d+\s*个?(工作日|日|天|月|年)(内|以内|之内)|"
                   # (a law's periods: "期满前十二个月内", "自…之日起九个月内")
                   r"[一二两三四五六七八九十百]+\s*个?(工作日|日|天|月|年)(内|以内|之内|前|后)|之日起|期满|届满"),
    # A fee: "展位要不要交钱" is answered by 免费 / 不承担费用 / an amount, never by a clause near in meaning.
    "fee": (r"(费用|钱)(由)?谁(来)?(出|承担|负担|付)|谁(来)?(出|承担|负担|付)(这笔)?(费用|钱)|(要|需要|用)不(要|用)(交|付|缴|花)钱|交钱|(自己|要|得)(掏|出)钱|掏钱吗|收钱|要钱吗|收费吗|收不收(费|钱)|是否收费|免费吗|(交|缴|付)费|"
            r"(报名|参展|展位|参会|会务|服务|手续|培训|入场|认证|检测)费|门票|"
            r"is (it|there) (free|a fee)|\bfees?\b|(?<!in )\bcharges?\b",  # ("in charge of" asks who)
            r"免费|不收取|收取|收费|(?<!消)费|不承担|\d+(\.\d+)?\s*(万|亿)?元"),
    # A quantity other than money or a count: a period, a threshold, a size ("有效期是几年",
    # "营收要多少以上").
    "quantity": (r"几年|多少年|几个月|多少天|多少以上|多少以下|达到多少|多少(万|亿)?(吨|人|件|台|套|米|公里|倍|锭|辆|双|匹|箱)|多大(的)?(规模|场地)|"
                 # (a limit: "甲醛含量不能超过多少", "能耗限额是多少千克标准煤")
                 r"(含量|限量|限值|浓度|限额|上限|下限|标准值)[\u4e00-\u9fff]{0,6}(多少|几)|(不能|不得|不|最多|最高)超过多少|"
                 r"多少(千克|公斤|毫克|克|度|千瓦时|立方米)|"
                 r"(营收|营业收入|产值|销售额|收入|利润|产量|规模|面积|期限|有效期|租金|减免|优惠|价格|折扣)[\u4e00-\u9fff]{0,6}(多少|几|多大|多长)|"
                 # ("纺织品出口多少": a trade figure; its 关税 or 退税率 is a rate)
                 r"(出口|进口|出口额|进口额|交易额|成交额|签约额|投资额|销量|贸易额)(?![\u4e00-\u9fff]{0,4}(税|率))[\u4e00-\u9fff]{0,6}(多少|几|多大|多长)|"
                 # ("比前五年增长了多少", "GDP增长目标是多少": a growth, in per cent, times or units)
                 r"(增长|增速|增幅|涨幅|下降|降低|提高|增加|减少)(了|的)?(目标|幅度|速度)?(是|为|有|定了|定的)?多少|"
                 # ("经济增长预期目标定的是多少": a target for growth, a few words on)
                 r"(增长|增速)[\u4e00-\u9fff]{0,4}(目标|指标)(是|为|有|定了|定的|定的是)?多少|"
                 r"how (long|many years|large|big)",
                 r"\d+(\.\d+)?\s*([年月日天万亿吨人件台套倍%％]|千克|公斤|毫克|克|度|千瓦时|立方米)|翻[一两]番|"
                 r"[一二两三四五六七八九十百千万亿]+\s*(年|个月|天|日|万|亿|吨|倍|千克|公斤|克)"),
    # An area ("基地有多大面积"): a count of people or projects is no answer.
    "area": (r"多大(的)?面积|面积(是|有)?多(少|大)|多少(平方米|平米|亩|公顷)|占地(多少|多大)",
             r"\d+(\.\d+)?\s*(万)?(平方米|平米|亩|公顷)|[一二三四五六七八九十百千万]+\s*(平方米|亩|公顷)"),
    # A postal address: "寄到哪个地址" is not answered by the office the mail goes to.
    "address": (r"(什么|哪个|哪里的?|具体)地址|寄到哪|邮寄地址|通讯地址|通信地址|邮编|邮政编码|postal address|post ?code",
                r"地址[:：为]|邮编|邮政编码|(?<!\d)\d{6}(?!\d)|[路街]\d+号"),
    # How a term is defined or recognised: a clause that only uses the term does not say.
    "definition": (r"怎么认定|如何认定|认定(标准|条件|办法)|怎样才算|什么才算|怎么才算|的定义|是指什么|指的是什么|什么叫|"
                   r"到底指什么|指什么|是什么意思|的含义|的概念|"
                   r"how is .* defined|definition of",
                   r"是指|认定|标准|条件|定义|称为|指的是"),
    "award": (r"奖品|奖项|奖励(是)?什么|奖什么|获奖.{0,6}(得到|获得|有什么)|什么奖励|评上.{0,6}(有|得到)|"
              r"奖金|奖杯|名次|[一二三]等奖|有奖(吗|励吗)",
              r"奖励|奖金|奖品|奖牌|证书|\d+\s*万元"),
    # What to hand in: "报名要交哪些材料、要盖章吗" is not answered by a clause that mentions 报名.
    # Who by name ("请的专家都有谁", "评委是哪几位"): a clause that names only the role does not say.
    "persons": (r"(专家|嘉宾|评委|讲师|老师|导师|主讲人?|主播|主持人|模特|代言人)[^，。？?]{0,4}(都)?(有|是)?(谁|哪几?位|哪些人)|"
                r"请(了|的)?(哪几?位|哪些|谁)(专家|嘉宾|老师)?|哪几?位(专家|嘉宾|评委|讲师|老师|导师|主播|主持人|模特|代言人|明星|网红|领导)|"
                # ("讲课的是谁", "谁来授课": the teacher by name)
                r"(讲课|授课|主讲|讲座|培训)的?(老师|人)?(是|由)?(谁|哪几?位)|谁(来)?(讲课|授课|主讲|讲)",
                r"[\u4e00-\u9fff]{2,3}(教授|研究员|博士|院士|老师|先生|女士|总监|主任|设计师|大师)|姓名[:：]"),
    # A code of a standard or certificate ("标准号多少"): a clause that names the standard's kind does not say.
    # (the number itself, not the rules for numbering: "标准编号的规则由谁定")
    "code": (r"(标准号|标准编号|(证书|许可证|备案|登记|批准)(编)?号)(?!的?(规则|办法|规定|要求|方法|由谁|怎么|如何))",
             r"[A-Z]{1,6}(/[A-Z]{1,6})?\s*\d{2,}[-—.]\d{2,4}|编号[:：]"),
    # Whether money is given ("有没有资金补贴", "给不给奖励"): a clause that speaks of no money does not say.
    "funding": (r"(有没有|有无|是否有|给不给|有不有|能不能拿到|能否获得|能拿到)[^，。？?]{0,4}(资金|补贴|补助|奖补|奖励|扶持资金|专项资金|贴息)",
                r"补贴|补助|奖补|奖励|资金|贴息|减免|免收|免费"),
    # Where or to whom a thing is sent ("报名表发到哪里", "方案交给哪个科"): a clause that names the
    # thing but not where it goes does not say.
    "recipient": (r"(发|寄|交|送|报|递交|提交|报送|上报)(送|给)?(到|给|至)?(哪里|哪儿|哪个(科|处|部门|单位|邮箱)|谁)",
                  r"(报送|上报|抄送|提交|递交|发送|寄送|报|寄|发|送|交)(至|到|给)?[^，。；;]{0,16}"
                  r"(局|厅|科|处|室|委|办|中心|协会|商会|部|单位|邮箱)|邮箱[:：]|@|负责|"
                  r"由[^，。；;]{1,16}(局|厅|科|处|委|办|中心|协会|商会|企业|公司|单位)"),
    "materials": (r"(提交|准备|提供|上报|递交|交|附|带)(上)?(哪些|什么|啥)(证明)?(材料|资料|文件|证明)|(报名|申报|申请|参展)(材料|资料|表)|"
                  r"(材料|资料)(有哪些|要哪些|清单)|盖章|what documents|which documents",
                  r"(?<![原])材料|资料|申报书|报名表|申请表|证明|盖章|加盖|公章|清单|名单"),
    # Which firms by name ("服务商都有哪几家", "名单里有哪些企业"): a clause that names only the kind
    # (智能制造服务商, 示范企业) does not say; bodies (局, 协会) are no firms.
    "names": (r"(企业|公司|服务商|厂家|供应商|商家|机构)[^，。？?]{0,6}哪几家|哪几?家[\u4e00-\u9fff]{0,4}?(企业|公司|服务商|厂家?|供应商|商家)|"
              r"具体(是)?哪些(公司|企业|服务商|厂家)|名单(上|里|中)?都?(有|是|包括)(哪些|什么|谁)|名单(上|里|中)有?(哪些|谁)|"
              # ("参与的商场有名单吗": the list by name)
              r"有(没有)?(具体的?)?名单|名单(有吗|有没有)|"
              r"(有|是)哪些(公司|服务商|厂家|供应商)|(分别|具体|到底|都)是哪些(企业|公司)|"
              # ("结果是哪些企业不合格", "哪家检测机构做的": firms or a body by name, not their kind)
              r"哪些(企业|公司|厂家)(不合格|合格|入选|上榜|获奖|中标|被查|被处罚|受罚)|"
              r"(不合格|入选|上榜|获奖|中标|被查|被处罚|受罚|表彰)的?(企业|公司|厂家)(有|是)(哪些|哪几家|谁)|"
              r"哪(家|个)[\u4e00-\u9fff]{0,4}(机构|检测机构|认证机构|服务商|公司)(来)?(做|负责|承担|检测|评|办|搞)|"
              # ("做诊断的是哪家服务机构？": a body by its name, asked at the end)
              r"(是|由)哪家[\u4e00-\u9fff]{0,4}?(机构|公司|企业|平台)(?=[？?，,。！!]|$)|"
              r"which (companies|firms|providers)",
              r"公司|集团|有限|股份|(?<![加工])厂(?![商家])|(检测|检验|质检|认证|研究|计量)(中心|院|所|站)"),
    # When a document stops applying ("有效期到什么时候", "什么时候废止"): its date of issue does not say.
    "validity": (r"有效期(?!是?(几|多少)年|多长)|(什么时候|何时|哪天|哪一天)(废止|失效|作废|到期|停止执行)|(废止|失效)(时间|日期)",
                 r"有效期|废止|失效|有效|施行|执行期|期满"),
    # Which country ("去的是哪个国家"): a clause that says 境外 or 国外 does not say.
    # (not "要是哪个国家对我们搞限制": any country, supposed)
    "country": (r"(?<!要是)(?<!如果)(?<!假如)(?<!万一)(?<!若是)(?<!若)(哪(个|些|几个)?|什么)国家"
                r"(?!级|部|层面|标准|机关|重点|战略|政策|规定)|哪国|which countr",
                r"(日本|韩国|朝鲜|蒙古|越南|老挝|柬埔寨|泰国|缅甸|马来西亚|新加坡|印度尼西亚|印尼|菲律宾|文莱|印度|"
                r"巴基斯坦|孟加拉|斯里兰卡|尼泊尔|哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|土库曼斯坦|俄罗斯|土耳其|伊朗|"
                r"沙特|阿联酋|卡塔尔|以色列|埃及|南非|尼日利亚|肯尼亚|埃塞俄比亚|摩洛哥|阿尔及利亚|美国|加拿大|墨西哥|巴西|"
                r"阿根廷|智利|秘鲁|哥伦比亚|英国|法国|德国|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|丹麦|芬兰|波兰|"
                r"奥地利|希腊|爱尔兰|匈牙利|捷克|罗马尼亚|乌克兰|白俄罗斯|澳大利亚|新西兰|欧盟|东盟|欧洲|非洲|中东|拉美|北美|"
                r"东南亚|中亚)"),
    # Which cities or provinces by name ("点名是哪几个城市"): a clause that speaks of 城市 or 地区
    # in general does not say.
    "places_named": (r"哪(几|些)个?(城市|省份?|县市?)(?![\u4e00-\u9fff]{0,4}(举办|举行|召开|办|开))",
                     r"[\u4e00-\u9fff]{2,4}(?<![城都省市县])(市|省|县)(?![内间场民级区委政府市省县])"),
    # What a thing is called ("消费月叫什么名字", "全称叫什么", "是哪个展"): a name the clause gives it in quotes.
    "name": (r"叫(什么|啥)(名字|名称|名儿)?(?![时候])|(名字|名称)(是|叫)(什么|啥)|全称(叫|是)(什么|啥)|"
             r"是哪个(展|展会|展览会|博览会|赛事|比赛|大赛)(?=[？?，,。！!]|$)",
             r"“[^”]{2,30}”|《[^》]{2,60}》|「[^」]{2,30}」|\"[^\"]{2,30}\""),
    # How entries are judged ("评选标准是什么", "怎么评"): a clause that names the selection does not say.
    "criteria": (r"(评选|评审|评价|评分|遴选|入选|评比|评定)(标准|条件|细则|办法|规则)|认定[\u4e00-\u9fff]{0,8}?的?(标准|条件)|(怎么|如何|按什么)(评选|评比|评审|打分)|"
                 r"(按|凭|依据|根据)(什么|啥|哪些)(条件|标准)(来)?(评|选|认定)|"
                 r"(达到|符合|满足|具备)(什么|哪些|啥)(样的)?(标准|条件|要求)才能|才能(评上|入选|获评|评为)|"
                 r"selection criteria|judging criteria",
                 r"(评选|评审|评价|评分|遴选|入选|评比)(标准|条件|细则|办法|规则)|评分|打分|"
                 r"(符合|满足|具备|达到)[^。；;]{0,15}(条件|标准|要求)的"),
    # What a form asks ("推荐表要填哪些栏目"): a clause that names the form does not say; a printed
    # table's rows ("序号：1，活动名称：…") do.
    "columns": (r"(填|写)(哪些|什么|啥|哪几)(栏|项|内容|信息)|栏目|字段|表头|哪几栏|几栏|几列|哪几列|"
                r"(表|表格)[^，。？?]{0,4}(有|包括|包含)(哪些|什么|哪几)(栏|项目|列)|which (columns|fields)",
                r"栏目|字段|表头|(?:^|\n)[^\n：:，]{1,8}[:：][^\n，]{0,30}，[^\n：:，]{1,8}[:：]|"
                # (a form to fill in: labels with blanks after them, boxes to tick)
                r"[^\n：:，\s]{1,8}[:：][ \u3000_]{3,}[^\n：:，\s]{1,8}[:：]|□"),
    # Which platform ("在哪个平台直播"): "电商平台" names the kind, not the platform.
    "platform": (r"(哪个|哪家|什么|哪些|哪几个|哪几家)(直播|电商|网络|线上|网购|购物|回收|交易|服务)?平台|(哪个|哪家|什么)(app|软件|小程序)|which (platform|app)",
                 r"抖音|快手|淘宝|天猫|京东|拼多多|唯品会|小红书|视频号|微信|得物|亚马逊|速卖通|阿里巴巴|"
                 r"“[^”]{2,12}”(平台|app|APP|小程序)|(?<![@.\w])[A-Za-z]{3,}(?![@.\w])"),
    "condition": (r"申报条件|申请条件|报名条件|门槛(?!是?多少)|资格|资质|条件是什么|(满足|具备|符合|需要|要有)(什么|哪些)条件|如何申报|怎么申报|怎样报名|如何报名|怎么报名|申请流程|eligib|how (to|do i|can i) apply|application",
                  r"申报条件|申请条件|符合.{0,10}条件|具备.{0,10}(条件|资格)|申报|报名"),
}
_SLOT_Q = {k: re.compile(q) for k, (q, _) in SLOT_PATTERNS.items()}
SLOT_EVIDENCE = {k: re.compile(e) for k, (_, e) in SLOT_PATTERNS.items()}


def field_pattern(name: str) -> re.Pattern[str]:
    """How a question names the field (the registry's pattern, compiled)."""
    return _FIELD_RES[name]


def without_fields(text: str, names: list[str]) -> str:
    """The text without the words that ask for these fields ("哪天印发的" of written_date)."""
    for name in names:
        text = _FIELD_RES[name].sub(" ", text)
    return text


def without_asking(text: str, fields: bool = True) -> str:
    """The text without the words that ask for a value or a field ("认定标准是什么" → " 是什么"):
    what is left is what it is about. With `fields` False the words naming a field stay (附件 in
    "附件里都有哪些活动" is what is asked about)."""
    for pattern in (*_SLOT_Q.values(), *(_FIELD_RES.values() if fields else ())):
        text = pattern.sub(" ", text)
    return text

ATTACHMENT_CONTENT = re.compile(
    r"(附件|计划表|安排表|分工表|任务表|附(的|了|上)?(那|这)?[张个份]?表|activity plan|annex|attachment)[^?？。]{0,10}(内容|具体|里|中的|中有|列了|列出|包括|包含|写了|规定了|时间|地点|"
    r"哪些活动|什么活动|在哪|哪里|几月|几号|哪天|什么时候|谁|牵头|第几|排第|details?|list|contains?|includes?|says?)|(具体|详细)[^?？]{0,6}(附件|计划表)|"
    # (what is inside a form sent with the notice: "回执表格里要填营业额吗")
    r"(回执|报名表|申请表|申报表|推荐表|登记表|汇总表|统计表|一览表|信息表)[^?？。]{0,4}(里|中|上)[^?？。]{0,6}(填|写|列|有|包括|包含)")
FOLLOW_UP = re.compile(r"^(那|那么|还有|另外|and|what about)|^(比|较|同比|环比)[^，,。？?]{0,6}?(增长|下降|增加|减少|提高|多|少)|类似的|同样的(要求|安排|规定)|^(这篇|这个|这份|该)?报告(里|中|上|还|又)?(说|讲|提|写|指出)|^(用|再)?(具体|详细|展开)(的|一点|一些|些)?(数字|数据)?(来)?(说|讲|谈)|那(个|场|次|项)(?=[\u4e00-\u9fff])|^.{0,12}呢(?:[？?，,]|$)|^.{0,24}呢[？?]?$|它|其|里面(列|写|说|提|讲|有)|(?<!其)他们|她们|这件事|这事|这一条|这条|这一项|该项|这一点|(?:这些|那些)(?!文件|通知)|该文件|该通知|这个文件|这份|这个通知|上述|上面|前面|刚才|\bit\b|\bits\b|\bthat\b|\bthey\b")
ORDINAL = re.compile(r"第\s*([一二三四五六七八九十\d]{1,3})\s*(条|项|个|点|方面|部分|行)?|(first|second|third|fourth|fifth|sixth|last) (one|item|task|point|requirement|row)|"
                     r"(最后)一?\s*(条|项|个|点|方面|部分|行)")
_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?(?!\d)")
_LATIN = re.compile(r"[a-z]{2,}")


@functools.lru_cache(maxsize=1)
def _glossary() -> list[tuple[str, str]]:
    pairs = []
    for line in (LEXICON_DIR / "glossary_en.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            en, zh = line.split("\t")[:2]
            pairs.append((en.strip().lower(), zh.strip()))
    return sorted(pairs, key=lambda p: -len(p[0]))


def translate_terms(text: str) -> str:
    """Chinese terms for the English policy words in a question (for the lexical index)."""
    found = []
    low = f" {text.lower()} "
    for en, zh in _glossary():
        if re.search(rf"(?<![a-z]){re.escape(en)}s?(?![a-z])", low):
            found.append(zh)
            low = low.replace(en, " ")
    return " ".join(found)


def ordinal_value(m: re.Match[str]) -> int | None:
    """The number an ORDINAL match counts (-1: the last one)."""
    if m.group(5):
        return -1
    if m.group(3):
        word = m.group(3)
        return -1 if word == "last" else _ORDINAL_EN.get(word)
    return cn_int(m.group(1))


@dataclass
class Query:
    raw: str
    text: str  # normalised (Simplified, half-width, lower case)
    search: str  # what the lexical and dense indexes see
    tokens: list[str]
    terms: list[str]  # content words for coverage checks
    english: bool
    fields: list[str] = field(default_factory=list)
    is_list: bool = False
    is_requirement: bool = False
    slots: list[str] = field(default_factory=list)
    attachment_content: bool = False
    years: list[str] = field(default_factory=list)
    doc_numbers: list[str] = field(default_factory=list)
    follow_up: bool = False
    ordinal: int | None = None
    in_attachment: bool = False  # retrieval was scoped to the attachment the question asks about
    article: ArticleRef | None = None  # 第十条第二款: an article (款, 项) of a law, found by its numbers
    # A part of a question whose whole speaks of the subject ("通知的文号…？在网上哪天发布的？"):
    # the part is about the subject too, whatever its own words.
    of_subject: bool = False
    # put to the laws because its words sit much closer to a law's than to the subject's: an article
    # closest to it word by word may answer it in other words
    for_law: bool = False
    # "上一年的报告" (-1) / "下一年的" (+1): another document of the series the conversation is on
    step: int = 0
    # "我们是一个产业集群管委会下面的企业，" — who asks, before what is asked: context, not topic
    asker: str = ""
    # "我们是县里的镇政府，…" / "我在高密开网店卖四件套，…": the leading clause in which the asker
    # describes itself, whether or not the question comes back to its words (see `_CONTEXT_CLAUSE`)
    context: str = ""
    # "具体是哪一天？" after an answer from one clause: that clause, which the follow-up asks on about
    earlier_chunk: str | None = None

    @property
    def intent(self) -> str:
        if self.in_attachment:
            return "general"
        if self.attachment_content:
            return "attachment"
        if self.fields:
            return "field"
        if self.is_list:
            return "list"
        if self.is_requirement:
            return "requirement"
        return "general"


# Relative references to another document of a dated series.
PREVIOUS = re.compile(r"上一年|前一年|早一年|去年|上年度|上一份|上一次|前一份")
NEXT = re.compile(r"下一年|后一年|晚一年|次年|明年|下一份")

# Spoken forms of the asking words: "啥时候办" asks what "什么时候办" does.
_SPOKEN = (("啥", "什么"), ("咋", "怎么"), ("多会儿", "什么时候"), ("哪儿", "哪里"), ("几时", "什么时候"))


def _colloquial(text: str) -> str:
    for spoken, written in _SPOKEN:
        text = text.replace(spoken, written)
    return text


# A name or term the question quotes: “豫见好衣”, "携手行动", 「…」.
QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,20})[”\"」』]")
# The term a definition question asks about: quoted ("“再利用”到底指什么") or just before the asking.
_DEFINED = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:的定义|的含义|的概念|是指什么|指的是什么|到底指什么|指什么|是什么意思)")
_DOC_LEAD = re.compile(r"^.*?(法律上|法里|法中|条例里|办法里|里面|里|中)(说的|讲的|所说的)?")


def defined_term(query: Query) -> str | None:
    """The word whose definition is asked for, or None."""
    if "definition" not in query.slots:
        return None
    quoted = QUOTED.findall(query.raw)
    if quoted:
        return normalize(quoted[-1])
    m = _DEFINED.search(query.text)
    if not m:
        return None
    term = _DOC_LEAD.sub("", m.group(1))
    return term if len(term) >= 2 else None


def defining(term: str) -> re.Pattern[str]:
    """A clause that defines the term: "本法所称再利用，是指…", "再利用，是指…"."""
    return re.compile(rf"所称{re.escape(term)}|{re.escape(term)}[，,]?(是指|指的是|系指)")


# "25年报告": a report named by the last two digits of its year.
_SHORT_YEAR = re.compile(r"(?<![\d.%％])([0-4]\d)年(?=的?(?:政府工作|工作)?报告)")


# "那纱呢？", "棉呢？": an elliptical follow-up whose new topic is one character.
ONE_CHARACTER_TOPIC = re.compile(r"^(?:那|那么)?([\u4e00-\u9fff])(?:的)?呢")


def _apart_from_na(words: list[str], topic: str | None) -> list[str]:
    """The words with the one-character topic cut from the 那 the segmenter joined to it (那纱 → 纱)."""
    return [topic if topic and w in (f"那{topic}", f"那么{topic}") else w for w in words]


# The asker describing itself in a clause of its own, before the question proper.
_ASKER_CLAUSE = re.compile(r"^(?:我们|咱们|我|俺们|我司)(?:是|这边|这里|作为|属于)?[^，,。？?！!]{0,24}?"
                           r"(?:企业|公司|工厂|厂|单位|合作社|商户|老板|店|档口|管委会|协会|商会|局|厅)[^，,。？?！!]{0,12}[，,]")


# The asker describing itself or its situation in the leading clause(s), which ask nothing:
# "我们是县里的镇政府，", "我在高密开网店卖四件套，", "我家是做床单的小厂，就三十来个人。".
_CONTEXT_CLAUSE = re.compile(r"^(?:(?:我们|咱们|我家|我司|我|俺们|俺|本厂|本公司)(?:公司|企业|厂|单位|这边|家)?"
                             r"(?:是|在|作为|属于|位于|地处|算)[^，,。？?！!；;]{1,30}[，,。；;])"
                             r"(?:[^，,。？?！!；;]{1,16}[，,。；;]){0,2}")


# "除了报专班办公室(以外)，还…": the part set aside.
_BESIDES = re.compile(r"除了?([^，,。？?]{2,20}?(?:以外|之外|外)?)[，,]?(?=还|另外|也|又)")


_IN_LAW = re.compile(r"法律|法规|条例|法上|法里|法中")
# Words that make "叫什么" ask about the document itself (its title), not a thing in it.
_NAMES_A_DOCUMENT = re.compile(r"文件|通知|方案|标题|文号|这份|该文|本文|附件|报告|办法")
# An official's office as the whole of who asks: "我是靖江市工信局的，", "我们是县商务局，".
_OFFICE_CONTEXT = re.compile(rf"^(?:我|我们)(?:是|在)(?P<office>[^，,。；;]{{2,20}}?(?:{BODY_END}))(?:的)?"
                             rf"(?:工作人员|同志|干部)?[，,。；;]$")
_OUR_OFFICE = re.compile(r"我们(?:局|厅|委|办|处|科|单位|部门)|我(?:局|厅|委|办|处|科)|本(?:局|厅|委|办|处|科|单位|部门)")


def context_clause(text: str) -> str:
    """The leading clauses that describe who asks (and ask nothing), or ""."""
    m = _CONTEXT_CLAUSE.match(text)
    if not m:
        return ""
    clauses = re.findall(r"[^，,。；;]+[，,。；;]", m.group(0))
    kept = ""
    for clause in clauses:
        if _ASKS.search(clause):
            break
        kept += clause
    rest = text[len(kept):]
    return kept if kept and _ASKS.search(rest) and len(re.sub(r"\W", "", rest)) >= 4 else ""


# Why a law was made: "立法目的", "当初立法是为了什么", "电子商务法的宗旨是什么".
_PURPOSE_ASKED = re.compile(r"立法(的)?(目的|宗旨|初衷|本意)|(当初|为什么|为啥|为了什么)(要)?(立|制定)(这部|这个|本)?法|"
                            r"立法(是|时)?(为了|想)(什么|啥|解决什么)|[\u4e00-\u9fff]{2,10}法的?(制定)?(目的|宗旨)(是|有)")


# Words that ask (a clause holding one is a question, not context).
QUESTION_WORD = re.compile(r"谁|哪|什么|啥|多少|多长|多久|多大|几(?![十百千万])|是否|有没有|是不是|要不要|能不能|可不可以|"
                           r"怎么|怎样|如何|吗|呢|何时|何地|为何|"
                           r"\b(who|what|when|where|which|how|whether|is|are|does|do|can)\b")
_ASKS = re.compile(rf"{QUESTION_WORD.pattern}|[？?]")


# "另一位联系人", "第二个人", "第2位": one of a document's contacts by its place in the list.
PERSON_AT = re.compile(r"(另一|另外一|第二|第\s*2)\s*(位|个)\s*(人|联系人)?|第\s*([一三四五1345])\s*(位|个)\s*(人|联系人)")
# "几号前报", "什么时候之前": the asking for a date, with the piece the segmenter cut off after it.
_WHEN_ASKED = r"(几号|哪天|哪一天|什么时候|啥时候|何时|几月几[日号]?)"


def only_asks(term: str, text: str) -> bool:
    """A word that asks for a date, not of the topic: "几号", "哪天", "时候" of 什么时候, "前报" or
    "之前" right after the asking ("几号前报"). The value type stands for them (the clause must
    hold a date); retrieval keeps them (they weigh against clauses that share nothing else). Other
    asking words (哪家, 哪里) still count: a clause that answers by meaning alone must hold the
    rest of the question."""
    if re.fullmatch(r"几号|几月|几日|哪天|哪一天|何时", term):
        return True
    if term == "时候":
        return bool(re.search(r"(什么|啥)时候", text))
    return len(term) <= 2 and bool(re.search(_WHEN_ASKED + re.escape(term), text))


def analyse(question: str) -> Query:
    text = _SHORT_YEAR.sub(r"20\1年", normalize(question).strip())
    english = len(_LATIN.findall(text)) >= 2 and not re.search(r"[\u4e00-\u9fff]", text)
    search = expand_aliases(text)
    if PLACEMENT.search(search) and content_terms(PLACEMENT.sub(" ", search)):
        # ("携手行动放在哪一项任务下面": what is looked for is the thing, not "任务" or "下面")
        search = PLACEMENT.sub(" ", search)
    if english or _LATIN.search(text):
        search = f"{search} {translate_terms(text)}"
    terms = content_terms(search)
    # Single characters (年, 里, 做) say little about a clause; keep them only if nothing else is left.
    # (but "那纱呢？" names its new topic in one character: that one stays, without the 那 the
    # segmenter may have joined to it)
    one = ONE_CHARACTER_TOPIC.match(text)
    topic = one.group(1) if one else None
    terms = _apart_from_na(terms, topic)
    terms = [t for t in terms if len(t) > 1 or not re.match(r"[\u4e00-\u9fff]", t) or t == topic] or terms
    q = Query(raw=question, text=text, search=search, tokens=_apart_from_na(tokenize(search, normalized=True), topic),
              terms=terms, english=english)
    asker = _ASKER_CLAUSE.match(text)
    if asker and any(len(t) >= 2 and t in asker.group(0) for t in content_terms(text[asker.end():])):
        # Who asks names the topic, then the question comes back to it ("…产业集群的管委会下面的企业，
        # 集群有啥活动"): what is asked counts twice against the rest of who asks (管委会, 下面).
        # (Without such a word the asker's words are the topic: "我们是做苗绣的合作社，有位置吗".)
        q.asker = asker.group(0)
        q.tokens = q.tokens + tokenize(expand_aliases(text[asker.end():]), normalized=True)
    besides = _BESIDES.search(text)
    if besides and len([t for t in content_terms(text[:besides.start()] + text[besides.end(1):]) if len(t) >= 2]) >= 2:
        # "总结除了报专班办公室，还要抄送给谁": what is set aside is known; the search looks for the rest.
        q.tokens = tokenize(expand_aliases(text[:besides.start()] + text[besides.end(1):]), normalized=True)
    q.context = context_clause(text)
    rest = text[len(q.context):]
    office = _OFFICE_CONTEXT.match(q.context) if q.context and not q.asker else None
    if office and len(content_terms(rest)) >= 2:
        # "我是高唐县工信局的，…": an official names the office they sit in; it is who asks, not what
        # the clause must say (its 工信局 would rank a table's 承办单位 column)
        # ("…我们局牵头的是哪项任务": the office is then what is asked about, by its name)
        asked = _OUR_OFFICE.sub(office.group("office"), rest)
        q.tokens = _apart_from_na(tokenize(expand_aliases(asked), normalized=True), topic)
    elif q.context and not q.asker and len([t for t in content_terms(rest) if len(t) >= 2]) >= 3:
        # What is asked names its own topic ("我在某地开网店，…直播节是哪个月"): it counts twice
        # against the words of who asks, as above.
        q.tokens = q.tokens + tokenize(expand_aliases(rest), normalized=True)
    asking = _colloquial(text)  # what is asked, read in the written forms the patterns know
    q.fields = [name for name, rx in _FIELD_RES.items() if rx.search(asking)]
    if "attachments" in q.fields and "title" in q.fields and not re.search(r"标题|全称|文件名称|title", asking):
        q.fields.remove("title")  # "附件叫什么名字": the attachment's name, not the notice's title
    if PERSON_AT.search(text) and re.search(r"邮箱|电话|手机|e-?mail", text) and "contacts" not in q.fields:
        q.fields.append("contacts")  # ("第二个人有邮箱吗": a contact of the document, by its place)
    q.is_list = bool(LIST_PATTERN.search(asking)) and not NOT_ITEMS.search(asking)
    q.is_requirement = bool(REQUIREMENT_PATTERN.search(asking))
    q.slots = [name for name, rx in _SLOT_Q.items() if rx.search(asking)]
    if "frequency" in q.slots:  # ("多久办一次" asks how often, not when or how long)
        q.slots = [s for s in q.slots if s not in ("event_time", "quantity", "day")]
    if "name" in q.slots:
        if q.fields and not _NAMES_A_DOCUMENT.search(text):
            # "那个境外展会叫什么名字": a thing's name, not the document's title
            q.fields = [f for f in q.fields if f != "title"]
        if q.fields or q.is_list or q.ordinal is not None or PERSON_AT.search(text) or _IN_LAW.search(text) \
                or len(q.slots) > 1:
            # ("附件叫什么", "联系人叫什么", "第三项任务叫什么", "三条要求分别叫什么": fields and headings;
            # "公众号叫什么": a value of its own kind, an account's name; "卖家法律上叫什么": a law's
            # term for a thing, which it defines without quotes)
            q.slots = [s for s in q.slots if s != "name"]
    if "validity" in q.slots:  # ("有效期到什么时候": the end of its force, not a date of an event)
        q.slots = [s for s in q.slots if s not in ("event_time", "day")]
    if "money" in q.slots:  # ("能拿到多少补贴": the amount, which says there is money too)
        q.slots = [s for s in q.slots if s != "funding"]
    if "recipient" in q.slots or "columns" in q.slots:
        # ("报名表发到哪里", "报名表要填哪些内容": where the form goes, what goes in it; not what
        # papers to hand in)
        q.slots = [s for s in q.slots if s not in ("materials", "place")]
    if q.is_list:  # "有多少个方面": the list is the answer, not a number in the text
        q.slots = [s for s in q.slots if s != "count"]
    # (a requirement "按计划表安排…" is no question about the table; "计划表里…谁牵头" is)
    q.attachment_content = bool(ATTACHMENT_CONTENT.search(text)) and (
        not q.is_requirement or bool(re.search(r"(附件|表)(里|中|上)", text)))
    q.years = sorted(set(YEAR.findall(text)))
    q.step = -1 if PREVIOUS.search(text) else 1 if NEXT.search(text) else 0
    q.doc_numbers = [m.group(0) for m in DOC_NUMBER.finditer(question)]
    q.follow_up = bool(FOLLOW_UP.search(text)) or len(re.sub(r"\W", "", text)) <= 6
    q.article = parse_article_ref(text)
    if q.article is None and _PURPOSE_ASKED.search(text):
        q.article = ArticleRef(1)  # ("…法的立法目的有哪些": a law says why it was made in its first article)
    m = ORDINAL.search(text)
    if m:
        q.ordinal = ordinal_value(m)
    return q

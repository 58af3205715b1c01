"""The one registry of 公文 fields and document kinds.

Each `Field` says what the metadata extractor, the question parser and every display need:
its labels in Chinese and English, how it is extracted, the labels a government web page gives it
(发文机关：…), how a question names it (a regular expression on normalised question text) and how
its value is shown. Adding a field means one entry here and one attribute on `DocMeta`.

`DOC_KINDS` lists the names of kinds of official documents (通知, 请示, 条例, 法 …): titles are
recognised by them, and a question that names one is naming a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# How a field's value is found: the labelled block of a web page, the head of the document (title
# lines, 文号, 主送机关), its closing part (附件, 落款, 联系人), or a law's promulgation lines.
Extraction = Literal["label", "head", "tail", "law_head", "body"]
# How a value is shown: text, an ISO date, a list of names, a list of dates, or a special layout.
Display = Literal["text", "date", "names", "dates", "contacts", "attachments"]


@dataclass(frozen=True)
class Field:
    name: str  # the DocMeta attribute
    zh: str
    en: str
    extraction: tuple[Extraction, ...]
    question: str  # how a question names it
    display: Display = "text"
    page_labels: tuple[str, ...] = ()  # labels of a web page's metadata block
    show: bool = True  # listed by `python -m index show`


FIELDS: tuple[Field, ...] = (
    Field("doc_number", "发文字号", "document number", ("label", "head"),
          # (not a brand's 字号: "老字号", "“晋”字号")
          # (nor the number of another thing: "标准编号", "证书编号")
          r"文号|发文字号|(?<![老”\"'])字号|文件号|(?<!标准)(?<!证书)(?<!备案)(?<!登记)(?<!产品)(?<!项目)(?<!合同)"
          # (nor an item's number: "编号第10条", "编号为3的活动")
          r"(?<!商标)(?<!专利)(?<!批准)编号(?![第\d一二三四五六七八九十]|[为是]\s*[\d一二三四五六七八九十])|"
          r"document number|reference number|doc(ument)? no",
          page_labels=("发文字号", "文号")),
    Field("written_date", "成文日期", "date written", ("label", "tail"),
          r"成文日期|成文时间|印发(日期|时间)|签发|(什么时候|何时|哪天|哪一天)(发|下发|出台|印发)的?(?!布)|哪天(印发|签发|成文)|"
          r"什么时候(印发|成文|签发|制定)|(哪一?天|何时|什么时候|几号|几月几[日号])(写成|写好|定稿)|"
          r"(哪一?天|何时|什么时候|哪年哪月).{0,4}(印发|成文|签发)|哪一?年(哪一?月)?(发|下发|出台|印发|出)的|"
          # ("文号和日期", "通知的日期": the date of the document, not of an event it announces)
          r"(?<=[和及与、])日期|(通知|文件|方案|函|意见|文)的?日期|"
          r"when was .*(written|signed|dated)|date of (writing|signature)",
          display="date", page_labels=("成文日期",)),
    Field("published_date", "发布日期", "publication date", ("label",),
          r"发布日期|发布时间|生成日期|公布(日期|时间)|上网|挂(到|在)?网上|挂网|挂出来|挂出去|"
          r"(发布|公布|挂出来?|上网)的?(日期|时间)?(是|在|又是)?(哪一?天|何时|什么时候|几号|几月几[日号])|什么时候.{0,4}(发布|公布|公开)|(哪一?天|何时|哪年哪月|几号|几月几[日号]).{0,4}(发布|公布)|"
          # (an account's article is 推送, pushed to its readers)
          r"(什么时候|何时|哪一?天|几号|几月几[日号]).{0,4}(推送|推出来)|推送(日期|时间)|"
          r"when was .*(published|released|posted)|publication date",
          display="date", page_labels=("发布日期", "生成日期")),
    Field("issuer", "发文机关", "issuing bodies", ("label", "head"),
          r"发文机关|发文单位|发文部门|哪(个|些|几个|[两三四]个|几家|[两三四]家)(部门|单位|机关).{0,4}(发|印发|发布|联合)|谁(发|印发|发布)的|"
          r"由谁(发|印发|发布)|联合(发文|印发)|who issued|issued by|which (ministry|ministries|department)",
          page_labels=("发文机关",)),
    Field("addressees", "主送机关", "addressees", ("head",),
          r"主送|发给了?[^，。？?]{0,4}?(谁|哪)|(是|有没有)发给我们|发给我们(的)?吗|下发给|发送给|发往|送达|印发给|(通知|文件)的?(对象|受文)|"
          r"哪些(单位|部门|机关)(收到|接收)|\baddress(es|ed)?\b|sent to|recipients?|who (is|was) it (sent|addressed)"),
    Field("contacts", "联系人及电话", "contact", ("body",),
          r"联系.{0,2}(人|仁|谁|电话|方式)|联络人|对接人|经办人|咨询电话|找谁(?!牵头|负责|组织|安排|承办)|打电话|电话(是|多少)|contact|phone|telephone",
          display="contacts"),
    Field("title", "标题", "title", ("label", "head"),
          r"标题|全称|全名|文件名称|叫什么(名字)?|title of|full title|what is the name", page_labels=("标题", "名称")),
    Field("publisher", "发布机构", "publishing office", ("label",),
          r"发布机构|哪个司|哪个司局|发布部门|published by which (office|department)", page_labels=("发布机构",)),
    Field("category", "分类", "category", ("label",),
          r"分类|属于哪一?类|(什么|哪个|哪一)类别|归(在|到|入|为)(哪|什么)|category", page_labels=("分类", "主题分类")),
    Field("index_number", "索引号", "index number", ("label",), r"索引号|index number", page_labels=("索引号",)),
    Field("attachments", "附件", "attachments", ("tail",), r"附件|附(的|了|上)?(那|这)?[张个份]?表|attachments?|annex|"
          r"(什么|哪种|啥)(文件)?格式|file (type|format)",
          display="attachments"),
    Field("signatories", "落款", "signatories", ("tail",), r"落款(单位|机关|是谁|是哪|署名)|署名|签署单位",
          display="names"),
    Field("signature_date", "落款日期", "date of signature", ("tail",),
          r"落款(日期|时间)|落款的日期|(哪一?天|何时|什么时候|几号|几月几[日号])落款|落款(是|在)?(哪一?天|何时|什么时候|几号)",
          display="date"),
    # 版记: "…办公室　2023年5月15日印发", the date the office printed and sent it out
    Field("printed_date", "印发日期", "date printed", ("tail",),
          # ("版记里抄送了谁": the 版记 is where the 抄送 is, not its date)
          r"印发(日期|时间)|版记(?![里中上]?的?.{0,3}抄送)|(哪一?天|何时|什么时候|几号)印发|when was .*printed", display="date"),
    # 版记: "抄送：市政府办公室，市发展和改革委员会。", the bodies sent a copy
    Field("copied_to", "抄送机关", "copied to", ("tail",),
          r"抄送(了|给|到)?(哪些|哪几个|哪个|谁|什么|哪里)|抄送(单位|部门|机关|对象)|\bcc\b|copied to", display="text"),
    # A law's promulgation lines: "2018年8月31日 第十三届…会议通过", "…第二次修正", "…修订".
    Field("adopted_date", "通过日期", "date adopted", ("law_head",),
          r"(哪一?年|哪一?天|何时|什么时候).{0,4}(通过|颁布|制定)|通过(日期|时间)|颁布(日期|时间)|when was .*(adopted|enacted)",
          display="date"),
    Field("amended_dates", "修正、修订日期", "dates amended", ("law_head",),
          r"(修正|修订)(日期|时间|过)|(哪一?年|何时|什么时候|哪天).{0,4}(修正|修订|修改)|修改(过)?(几|多少)次|"
          r"(最近|最新|最后)一次(修正|修订|修改)|when was .*amended|amendments?", display="dates"),
    Field("basis", "制定依据", "basis", ("body",),
          r"(根据|依据|按照)(的)?(是)?(上面|上级|上边)?(哪个|哪份|哪些|什么)(文件|通知|精神)|依据(是)?什么(文件)?|上位文件|制定依据|"
          r"(根据|依据|按照|照着|依照|遵照|参照|对照)[^？?，,。]{0,8}(哪个|哪份|哪一份|什么)[^？?，,。]{0,4}(文件|通知)|"
          r"转发(的|了)?[^？?，,。]{0,4}(哪个|哪份|哪一份|什么)[^？?，,。]{0,6}(文件|通知)|"
          r"(based|issued) (on|under) which|legal basis"),
    # 公开属性: "公开方式：主动公开" on a page, "（此件主动公开）" under the 落款.
    Field("openness", "公开方式", "disclosure", ("label", "tail"),
          r"公开方式|公开属性|(是不是|是否|能不能|可不可以|有没有|算不算)(主动|对外)?公开|主动公开|依申请公开|不予公开|"
          r"publicly (released|disclosed)|disclosure",
          page_labels=("公开方式", "公开属性")),
    Field("effective_date", "施行日期", "date in force", ("body",),
          r"施行(日期|时间)|(何时|什么时候|哪天|哪一天)起?(施行|生效)|生效(日期|时间)|effective date|take effect",
          display="date"),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
# Web-page labels (spaces removed) -> field name.
PAGE_LABELS = {label: f.name for f in FIELDS for label in f.page_labels}
QUESTION_PATTERNS = {f.name: f.question for f in FIELDS}


def label(name: str) -> tuple[str, str]:
    """(Chinese, English) label of a field."""
    f = FIELD_BY_NAME[name]
    return f.zh, f.en


# Kinds of official documents, longest first where one ends another (实施意见 before 意见).
DOC_KINDS: tuple[str, ...] = (
    "指导意见", "实施方案", "实施意见", "实施细则", "通知", "通报", "通告", "公告", "请示", "批复", "复函", "函",
    "意见", "决定", "决议", "命令", "议案", "报告", "纪要", "方案", "办法", "规定", "条例", "规则", "细则",
    "规划", "纲要", "计划", "指南", "法",
)
_KINDS = "|".join(DOC_KINDS)
# A title "关于…的<kind>" and a plain title ending with a kind (中华人民共和国电子商务法, …管理办法（试行）).
TITLE_WITH_ABOUT = re.compile(rf"关于.{{2,120}}的({_KINDS})$")
PLAIN_TITLE = re.compile(rf"({_KINDS})([(（][^)）]{{1,30}}[)）])?$")

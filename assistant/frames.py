"""The topic of a question, without the frame it is asked in.

"节约用水，这方面文件是怎么规定的" is a topic (节约用水) in a frame (这方面 … 文件是怎么规定的). Compared
by meaning as a whole, the frame weighs in: a vector of "the document says …" is close to the lines
that say "notice" ("有关事项通知如下：", the 文号) and to general lines, not only to the clause about
water. The
frame's words are a small closed vocabulary of asking (怎么讲的, 有没有这一条, 是什么态度, 对我们有没
有利好, 提了啥方向), pointing (这方面, 这个意思, 这次活动, 文件里) and introducing the asker (我们是做…
的, 老板问：); what is left is what the question is about. Nothing here knows any document: the
patterns are about how questions are asked.
"""

from __future__ import annotations

import re

from index.fields import DOC_KINDS

# Words for a document or the campaign it runs ("通知", "文件", "这次活动", "政策").
_DOC = "|".join(sorted({*(k for k in DOC_KINDS if len(k) >= 2), "文件", "政策", "活动", "原文", "条文", "文里"},
                       key=len, reverse=True))
_DEICTIC = r"(?:这|那|本|该|此|咱们|我们)(?:个|次|份|项|一|些|回)?"
_WHERE = r"(?:里面?|中|上面?|当中|内|中间)"
_ASKER = r"(?:我们|咱们|我|俺们|我司|本公司|本企业|我厂)"
# A thing pointed at: "这方面", "这个意思", "这一条", "这种说法".
_POINTED = (r"(?:方面|块|一块|部分|说法|意思|提法|一条|条|事儿?|事情|问题|情况|内容|方向|类|一类|种|样的?|点)")
# How a document "says" something ("讲", "表述", "规定").
_SAY = r"(?:讲|说|表述|表达|规定|写|提|要求|安排|部署|看待|看|定|描述|措辞)"
# What a document may "have" on a topic ("安排", "支持", "这一条").
_HAVE = (r"(?:安排|支持|扶持|帮助|帮扶|规定|要求|措施|举措|条款|内容|说法|表述|提法|部署|政策|机会|好处|利好|"
         r"优惠|方向|活动|动作|考虑|计划|意见|态度)")

# Ordered: longer frames first, so that a frame is removed whole rather than word by word.
FRAMES: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    # Who asks: "化纤厂老板问：", "想问一下：", "请问，".
    r"^[^,，:：?？。]{0,12}?(?:问|想知道|想了解|咨询|请教)(?:一下)?[:：,，]",
    r"^(?:请问|想问一下|想问|问一下|请教一下)[,，:：]?",
    # The asker describing itself: "我们是做…的", "我们企业是…", "作为…": the rest is kept.
    rf"{_ASKER}(?:公司|企业|厂|单位|这边|这里)?(?:是|属于|作为|算)(?:一家|一个|个)?(?:做|搞|生产|经营|开)?",
    rf"{_ASKER}(?:这边|这里|这样的|这种|这类)?(?:企业|公司|厂子?|单位)?",
    # What the document says about it: "(这方面)通知(里)是怎么讲的", "文件里哪句对应这个意思".
    rf"(?:{_DEICTIC}{_POINTED})?(?:的)?(?:{_DEICTIC})?(?:{_DOC})?{_WHERE}?(?:是|又是|到底是|具体是)?"
    rf"(?:怎么|如何|咋|怎样|怎么样)(?:去)?{_SAY}(?:的|了)?",
    rf"(?:{_DEICTIC})?(?:{_DOC})?{_WHERE}?(?:有没有|有无|是否有|有)?(?:哪句|哪条|哪一条|哪段|哪一段|哪部分|哪个地方|什么地方)"
    r"(?:话)?(?:是)?(?:对应|说|讲|提|写|涉及|说的是)?(?:了|到|的是)?",
    rf"(?:{_DEICTIC})?(?:{_DOC})?{_WHERE}?(?:说没说|讲没讲|提没提|写没写|说了没有|提了没有|有没有(?:提到|说到|讲到|写到|涉及|提及))",
    rf"(?:{_DEICTIC})?(?:{_DOC})?{_WHERE}?(?:对|给)?(?:{_ASKER}|这个|这|此)?(?:这种|这类|这样的?)?(?:企业|厂|公司)?"
    rf"(?:是|持)?(?:什么|啥|怎样的?|哪种)(?:态度|看法|立场|说法|口径)",
    # What the document has for it: "活动有相关的安排吗", "对我们有没有利好", "提了啥方向".
    rf"(?:{_DEICTIC})?(?:{_DOC})?{_WHERE}?(?:对|给)?(?:{_ASKER}(?:这种|这类|这样的?)?(?:企业|厂|公司)?)?"
    rf"(?:有没有|有无|是否有|有|会有|能有|能不能有|提了|提出了?|给了|给出了?|定了|(?:能|可以|会)?(?:得到|享受|拿到|获得))(?:什么|啥|哪些|些)?"
    rf"(?:相关|这方面|这一类|这类|专门|具体|特别|对应)?(?:的)?{_HAVE}(?:吗|呢|没有|不)?",
    rf"(?:{_DEICTIC})?(?:{_DOC})?{_WHERE}?(?:有没有|有无|是否有)(?:{_DEICTIC}{_POINTED})",
    rf"(?:对|给){_ASKER}(?:这种|这类|这样的?)?(?:企业|厂|公司)?(?:来说|而言)?",
    # What it asks of someone, without saying what: "对企业提的是个什么要求", "给地方提了哪些要求".
    rf"(?:对|给)?(?:{_ASKER}|地方|企业|厂)?提(?:的|了|出的?|出了)(?:是)?(?:个|些)?(?:什么|啥|哪些)(?:样的)?{_HAVE}",
    # What is to be done or said, without saying what: "具体要做什么", "主要讲了什么", "能参加吗".
    r"(?:主要|具体|都|到底|究竟)?(?:要|需要|应该|应当|得)?(?:做|干|办)(?:些)?(?:哪些|什么|啥)(?:工作|事情|事儿?)?",
    r"(?:主要|具体|都|到底|究竟)?(?:讲|说|写)(?:了)?(?:些)?(?:什么|啥|哪些)(?:内容)?",
    rf"(?:能|可以|会)?(?:给{_ASKER})?(?:带来|得到|享受|拿到|获得)(?:什么|啥|哪些)?(?:好处|帮助|支持|实惠|利好)",
    r"(?:该|应该|要)?(?:怎么|如何)理解(?:这一点|这个|这条|这句)?",
    r"(?:能不能|能|可以|可不可以)(?:参加|参与|报名)(?:吗)?",
    # A document or the campaign pointed at: "这次活动", "通知里", "文件中", "上面" (the authorities).
    rf"{_DEICTIC}(?:{_DOC}){_WHERE}?",
    rf"(?:{_DOC}){_WHERE}",
    rf"{_DEICTIC}{_POINTED}(?:的)?",
    r"^(?:上面|上级|上头)(?=[^\u4e00-\u9fff]|有|对|是|要|希望|想|会|怎么)",
    # Asking words.
    r"什么时候|什么地方|是不是|会不会|能不能|可不可以|要不要|是否|有没有|有无|怎么样|怎样|如何|为什么|什么|啥|哪些|哪几[个种项类条方面]?|"
    r"[吗呢么嘛][?？]?$|[吗呢么嘛](?=[,，?？。!！])",
))
_SEPARATORS = re.compile(r"[\s,，、。.?？!！:：;；—…\-“”\"'‘’()（）]+")
_EDGE = re.compile(r"^[的了和与及是又也就还再把对给]+|[的了和与及是又也就还再把对给]+$")
# Less than this many characters of topic left: the frame was the question ("通知怎么讲的？").
MIN_TOPIC = 3


def strip_frames(question: str) -> str:
    """What is left of `question` once its frame is out (possibly nothing), pieces joined by "，"."""
    text = question
    for frame in FRAMES:
        text = frame.sub(" ", text)
    pieces = [_EDGE.sub("", p) for p in _SEPARATORS.split(text)]
    return "，".join(p for p in pieces if len(p) >= 2)  # (a lone 有 or 用 is what a frame left behind)


def topic(question: str) -> str:
    """`question` without its frame: the words that carry what it is about. The question itself
    when too little is left to carry a meaning ("通知怎么讲的？", "活动的目的是什么？")."""
    left = strip_frames(question)
    return left if len(re.sub(r"\W", "", left)) >= MIN_TOPIC else question


# Questions made of a frame alone, in the voices of firms and officials. Their average e5 vector is
# where any question sits before it says what it is about; a sentence close to it (a general line
# such as "各单位要明确目标，压实责任") is close to every question. `Retriever.semantic` takes this
# direction out of the question's vector, so sentences are compared on the topic.
FRAME_QUESTIONS: tuple[str, ...] = (
    "这个活动有什么安排？", "通知里是怎么讲的？", "对我们企业有没有帮助？", "文件里有没有这一条？", "通知对这个是什么态度？",
    "有什么要求？", "政策有哪些支持？", "这方面文件怎么规定的？", "我们能参加吗？", "具体要做什么？",
    "请问文件中有相关规定吗？", "这项政策怎么说？", "我们单位需要做哪些工作？", "上面有什么说法？", "能给我们带来什么好处？",
    "这份通知主要讲了什么？", "有没有具体的措施？", "该怎么理解这一点？", "怎么说的", "有什么规定", "有没有", "是什么",
)

#!/usr/bin/env python3
"""Validate heldout_v22: questions.jsonl and laws.jsonl (helpers, loaders and per-question checks adapted from
heldout_v21/check.py; the document, format, ambiguity and reuse checks are this set's own).

Checks fields, ids, kinds, the unanswerable / clarify conventions, evidence verbatim (whitespace removed) in the named
doc's text, lengths, duplicate questions (with history), minimum counts by kind, national-notice markers (国家 / 部里 /
两部门 / 87号 / 工信部 / 商务部 ...) on every seed and law_fallback question and on every unanswerable question that
names no local document, place, report or resolution (in the question or its history), law evidence and key facts
inside the named article, that no law article of heldout_v16-v21 (as listed in their READMEs / checks) is reused and
that no background record, year or congress of heldout_v19-v21 is reused, and the four local documents: one e-mail
each (@example.cn), a contact line with two 电话, a 文号, years 2023/2023/2024/2025, no region of earlier sets, each
document's format features, the eight ambiguities.
Document text: .docx = every w:t of the body, paragraph by paragraph (table cells in row order, a merged cell once);
.pdf = pypdf's text of every page; .html = the page decoded with its declared charset, without <script>/<style>/
comments/tags, entities resolved; .txt = UTF-16 when it starts with a UTF-16 byte-order mark, else UTF-8 (a byte-order
mark dropped), else GB18030 (a superset of GBK; tabs, form feeds and line breaks are whitespace); seed = .txt;
corpora = the jsonl `content`; laws = the .md files. Exit 1 on errors, 2 on warnings only, 0 when clean.

Paths: seed and corpora from MAIN (the repository two levels up, or $HELDOUT_MAIN); laws from LAWS
(/work/shared/corpora/related_laws, or $HELDOUT_LAWS). Needs lxml and pypdf.
"""
import collections
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.environ.get("HELDOUT_MAIN", os.path.abspath(os.path.join(HERE, "..", "..")))
LAWS = os.environ.get("HELDOUT_LAWS", "/work/shared/corpora/related_laws")
SEED_ID = "miit-mofcom-2023-87-textile-apparel-upgrade-notice"
SEED_NO = "工信厅联消费函〔2023〕87号"
NATIONAL_TITLE = "工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知"
FIELDS = ["id", "kind", "question", "history", "answerable", "doc", "evidence", "key_facts", "clarify"]
SETS = {
    "questions.jsonl": (r"v22-\d{3}", {"enterprise", "official", "paraphrase", "multipart", "followup",
                                      "metadata", "local", "background", "unanswerable"},
                        "main", 240, {"paraphrase": 40, "followup": 50, "enterprise": 28, "official": 16,
                                      "unanswerable": 40, "multipart": 14, "metadata": 14, "local": 28,
                                      "background": 20}),
    "laws.jsonl": (r"v22L-\d{2}", {"law", "law_fallback"}, "laws", 70, {"law": 60, "law_fallback": 12}),
}
CLARIFY_KINDS = {"local"}
MIN_CLARIFY = {"questions.jsonl": 12}
MIN_UNANSWERABLE = {"questions.jsonl": 40, "laws.jsonl": 10}
MIN_UNANSWERABLE_FOLLOWUP = 10
MIN_LAW_ANSWERABLE = 50
MIN_LAW_TRAPS = 10
MIN_LOCAL_SINGLE = 14
MIN_TRAD, MIN_ENGLISH = 2, 2
MIN_MULTITURN = 10
TYPOS = ["促升极", "数字化转形", "时装洲", "非遗推光"]  # each must occur in a seed paraphrase
TRAD_CHARS = set("們這麼裡費業產紡織鏈與為對會幫還類說廠貨價發區經濟際應聯參設從個幾導單態傳統時節報優勢競爭養樣"
                 "週飾煥環實範讓絲綢請嗎國門當兩條號開務廣補貼標準遷轉甚處況辦")
MARKERS = re.compile(r"国家|國家|部里|部裡|两部门|兩部門|两个部|87号|87號|工信部|商务部|商務部|全国的那份|全国那份|"
                     r"部委|national|ministr|MIIT", re.I)
OLD_REGIONS = ["浙江", "苏州", "江苏", "广东", "福建", "青岛", "湖北", "河南", "四川", "保定", "安徽", "江西",
               "株洲", "广西", "新疆", "重庆", "辽宁", "内蒙古", "陕西", "潍坊", "黑龙江", "丹寨", "贵州", "大理",
               "云南", "河北", "宁夏", "辽源", "吉林",
               "山西", "上海", "西宁", "青海", "五指山", "海南", "晋中", "运城", "太原", "忻州", "长治", "平遥", "大同",
               "阳泉", "黄浦", "徐汇", "静安", "淮海", "豫园", "湟中", "水满", "毛阳", "海口",
               "天津", "庆阳", "甘肃", "湖南", "淄博", "山东", "西青", "武清", "南开", "滨江道", "五大道", "滨海新区",
               "西峰", "庆城", "环县", "华池", "兰州", "长沙", "湘潭", "益阳", "岳阳", "高青", "桓台", "张店", "周村",
               "柯桥", "绍兴", "汕头", "拉萨", "西藏", "南通", "潮南", "澄海", "峡山", "堆龙德庆", "达孜", "八廓",
               "宗角禄康", "海门", "叠石桥", "通州", "濠河"]
OLD_REGIONS += ["泉州", "晋江", "石狮", "泉港", "北京市", "东城区", "朝阳区", "海淀区", "丰台区", "大栅栏", "宁波", "海曙",
                "仙桃", "彭场"]
OLD_REGIONS += ["东莞", "虎门", "大朗", "松山湖", "滨海湾", "海宁", "许村", "马桥", "中国家纺城", "佛山", "西樵", "张槎",
                "鄂尔多斯", "东胜", "达拉特"]
OLD_REGIONS += ["湖州", "织里", "南浔", "长兴", "德清", "南太湖", "中山", "沙溪", "大涌", "翠亨", "桐乡", "濮院",
                "南充", "嘉陵", "阆中"]
OLD_REGIONS += ["常熟", "海虞", "古里", "支塘", "沙家浜", "辛庄", "共青城", "诸暨", "大唐", "阿克苏", "阿瓦提", "库车",
                "沙雅"]
OLD_REGIONS += ["江阴", "新桥", "祝塘", "周庄", "顾山", "华士", "临港", "曹县", "安蔡楼", "曹州", "兰溪", "女埠", "兰江",
                "襄阳", "樊城", "襄州", "宜城", "枣阳", "南漳", "老河口", "霞客"]
OLD_REGIONS += ["滨州", "邹平", "博兴", "惠民县", "阳信", "滨城", "太康", "常营", "逊母口", "郑州", "二七区", "中原区",
                "安庆", "望江", "怀宁", "潜山", "宿松"]
OLD_REGION_FILES = ["zhejiang", "suzhou", "jiangsu", "guangdong", "fujian", "qingdao", "hubei", "henan", "sichuan",
                    "shanghai", "beijing", "tianjin", "keqiao", "shaoxing", "shantou", "lhasa", "nantong", "quanzhou",
                    "ningbo", "xiantao", "dongguan", "haining", "foshan", "ordos",
                    "huzhou", "zhongshan", "tongxiang", "nanchong", "changshu", "gongqingcheng", "zhuji", "akesu",
                    "jiangyin", "caoxian", "lanxi", "xiangyang", "binzhou", "taikang", "zhengzhou", "anqing"]

# heldout_v18's and heldout_v19's own places (their docs READMEs), added to the ban list
OLD_REGIONS += ["盐城", "亭湖", "盐都", "东台", "射阳", "建湖", "阜宁", "于都", "贡江", "梓山", "罗坳", "宁晋", "德州",
                "夏津", "武城", "平原县", "庆云", "德城", "清河", "普宁", "揭阳"]
OLD_REGION_FILES += ["yancheng", "yudu", "ningjin", "dezhou"]
OLD_REGIONS += ["泰州", "海陵", "姜堰", "兴化", "靖江", "泰兴", "汉川", "马口", "沉湖", "新塘", "增城区", "聊城", "临清",
                "高唐", "东昌府", "茌平", "冠县", "孝感", "宿迁", "分水", "高港"]
OLD_REGION_FILES += ["taizhou", "hanchuan", "xintang", "liaocheng"]
# heldout_v20's own places (its docs README) and the candidates it dropped
OLD_REGIONS += ["常州", "武进", "金坛", "溧阳", "新北区", "天宁区", "钟楼区", "湖塘", "横林", "青山湖", "南昌", "昌东", "湖坊",
                "罗家镇", "潮州", "湘桥", "商丘", "夏邑", "虞城", "睢阳", "梁园", "柘城", "长乐", "福州", "潮安", "民权",
                "海城", "界首"]
OLD_REGION_FILES += ["changzhou", "qingshanhu", "chaozhou", "shangqiu"]
# heldout_v21's own places (its docs README) and the candidates it dropped
OLD_REGIONS += ["宜宾", "三江新区", "南溪", "江安", "翠屏", "叙州", "福绵", "玉林", "沙田", "成均", "樟木", "石和", "丹东",
                "振兴区", "振安", "六安", "霍邱", "舒城", "裕安区", "金安区", "叶集", "皖西", "兴文", "兴业", "宿州"]
OLD_REGION_FILES += ["yibin", "fumian", "dandong", "luan"]
# Every record of both corpora has been a background item of some earlier set (v21's README says so). Records, years
# and congresses of heldout_v19-v21 (whose READMEs were read) are not reused; years and congresses that only
# heldout_v16-v18 used (their items unknown to this set) may be, on passages chosen for this set.
BG_RECENT = set("2001 1993 1986 1985 1981 1988 1987 1994 1995 2004 1992 1960".split()) \
    | {"13", "18", "19", "1", "15", "9", "10", "3", "7"}
BG_USED_RECORDS = {"cpc_congress_reports#001", "cpc_congress_reports#002", "government_work_reports#002",
                   "government_work_reports#006", "government_work_reports#010", "government_work_reports#065",
                   "government_work_reports#066"} | {"government_work_reports#%03d" % n for n in
                                                     (4, 8, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37)}
V21_LAWS = {
    "中小企业促进法": [16, 21, 27, 45, 60, 44], "产品质量法": [22, 41, 42, 47, 52, 59], "反不正当竞争法": [33, 30, 24],
    "商标法": [15, 31, 34, 50, 66, 32], "对外贸易法": [6, 39, 47, 65, 67, 7], "广告法": [2, 25, 41, 66, 73, 45],
    "循环经济促进法": [13, 18, 25, 56, 58, 12], "标准化法": [1, 29, 32, 33, 45, 31],
    "消费者权益保护法": [7, 11, 14, 38, 51, 33], "清洁生产促进法": [23, 24, 35, 38, 40, 8],
    "电子商务法": [8, 32, 45, 57, 70, 35], "节约能源法": [30, 56, 67, 74, 77, 61],
}
V20_LAWS = {
    "中小企业促进法": [8, 15, 26, 32, 55, 29], "产品质量法": [10, 29, 38, 43, 53, 34],
    "反不正当竞争法": [1, 4, 14, 28, 29, 3], "商标法": [7, 11, 25, 52, 59, 58], "对外贸易法": [5, 15, 31, 41, 45, 28],
    "广告法": [10, 24, 42, 48, 61, 37], "循环经济促进法": [6, 26, 30, 39, 43, 41], "标准化法": [6, 14, 16, 24, 35, 37],
    "消费者权益保护法": [17, 27, 37, 42, 56, 39], "清洁生产促进法": [1, 5, 6, 13, 14, 7],
    "电子商务法": [13, 29, 41, 52, 72, 60], "节约能源法": [4, 20, 22, 63, 72, 6],
}
V19_LAWS = {
    "中小企业促进法": [11, 20, 28, 42, 54, 49], "产品质量法": [12, 30, 35, 50, 57, 31],
    "反不正当竞争法": [2, 13, 15, 21, 27, 5], "商标法": [9, 10, 22, 49, 60, 57], "对外贸易法": [4, 12, 19, 33, 53, 51],
    "广告法": [7, 11, 31, 34, 56, 3], "循环经济促进法": [3, 17, 32, 46, 48, 10], "标准化法": [3, 9, 22, 36, 42, 20],
    "消费者权益保护法": [10, 20, 45, 49, 54, 16], "清洁生产促进法": [4, 16, 17, 18, 36, 9],
    "电子商务法": [24, 33, 50, 61, 73, 4], "节约能源法": [9, 18, 24, 62, 66, 60],
}
LAW_USED = {
    "中小企业促进法": [2, 19, 24, 35, 46, 53, 51, 33, 10, 14, 25, 30, 40, 56, 37, 47, 9, 12, 41, 48, 52, 39],
    "产品质量法": [5, 13, 14, 33, 40, 45, 26, 3, 15, 37, 39, 49, 27, 6, 16, 32, 46, 54, 58],
    "反不正当竞争法": [7, 12, 17, 19, 23, 9, 6, 8, 10, 22, 11, 16, 18, 25, 26, 32, 20],
    "商标法": [4, 13, 24, 28, 40, 43, 26, 39, 42, 48, 56, 64, 6, 3, 5, 8, 23, 33, 63, 16],
    "对外贸易法": [11, 20, 21, 55, 56, 50, 57, 8, 14, 18, 40, 42, 58, 48, 13, 32, 34, 43, 54, 52],
    "广告法": [5, 8, 13, 33, 36, 44, 28, 4, 14, 35, 38, 43, 55, 9, 12, 30, 39, 53, 69, 17],
    "循环经济促进法": [4, 11, 16, 19, 20, 29, 37, 2, 8, 15, 28, 44, 45, 7, 9, 27, 36, 42, 47, 31],
    "标准化法": [4, 15, 17, 18, 25, 27, 2, 5, 12, 19, 21, 28, 26, 7, 8, 10, 11, 13, 38],
    "消费者权益保护法": [8, 18, 21, 24, 28, 55, 43, 9, 23, 26, 44, 46, 53, 25, 19, 29, 40, 47, 52, 22],
    "清洁生产促进法": [2, 10, 21, 28, 32, 33, 27, 3, 11, 15, 19, 31, 37, 26, 12, 20, 29, 30, 39, 34],
    "电子商务法": [5, 10, 15, 16, 17, 19, 39, 40, 71, 9, 11, 18, 21, 27, 34, 37, 51, 14, 20, 26, 31, 49, 59, 42],
    "节约能源法": [7, 15, 26, 27, 28, 52, 25, 3, 16, 19, 53, 73, 82, 58, 17, 23, 55, 65, 71, 31],
}
# an unanswerable question that names none of these is about the national notice and must carry a marker
NOT_NATIONAL = re.compile(r"达州|大竹|渠县|宣汉|通川|达川|巴山|嵊州|剡溪|领带|淮滨|马集|信阳|高密|姜庄|夏庄|醴泉|密水|"
                          r"协会|商会|报告|决议|人大|大会|届|大$|十[一二三四五六七八九]?大|二十大|19\d\d|20[01]\d|2021")
SAME_UNIT = "纺织服装产业链工作专班办公室"
SAME_EVENT = "“链上好物”纺织服装产销对接会"
WS = re.compile(r"\s+")
ARTICLE = re.compile(r"第[一二三四五六七八九十百零]+条")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
EXPECTED_DOCS = {
    "dazhou-2023-ramie-textile-forwarding-notice": ".pdf",
    "shengzhou-2023-necktie-association-notice": ".html",
    "huaibin-2024-textile-implementation-plan": ".docx",
    "gaomi-2025-home-textile-work-list": ".txt",
}
DZ, SZ, HB, GM = EXPECTED_DOCS
CN = "零一二三四五六七八九"


def cn_number(s):
    n = 0
    if "百" in s:
        a, s = s.split("百")
        n += CN.index(a) * 100
        s = s.lstrip("零")
    if "十" in s:
        a, s = s.split("十")
        n += (CN.index(a) if a else 1) * 10
    if s:
        n += CN.index(s)
    return n


def norm(s):
    return WS.sub("", s)


def fail(msg):
    print("ERROR", msg)
    sys.exit(1)


def _in_fallback(el):
    p = el.getparent()
    while p is not None:
        if p.tag == MC_FALLBACK:
            return True
        p = p.getparent()
    return False


def _own_paragraph(t):
    p = t.getparent()
    while p is not None and p.tag != W + "p":
        p = p.getparent()
    return p


def docx_text(path):
    """Every visible w:t of the body in document order, text boxes (mc:Choice) and content controls included."""
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body")
    lines = []
    for p in body.iter(W + "p"):
        if _in_fallback(p):
            continue
        lines.append("".join(t.text or "" for t in p.iter(W + "t") if _own_paragraph(t) is p))
    return "\n".join(lines)


def html_charset(raw):
    m = re.search(rb"charset=[\"']?([\w-]+)", raw[:2000])
    cs = (m.group(1).decode("ascii").lower() if m else "utf-8")
    return "gbk" if cs in ("gb2312", "gbk") else cs


def html_text(path):
    raw = open(path, "rb").read()
    s = raw.decode(html_charset(raw))
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def txt_text(path):
    raw = open(path, "rb").read()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def html_text_local(path):
    return html_text(path)


def load_common():
    docs = {SEED_ID: open(os.path.join(MAIN, "seeds", SEED_ID + ".txt"), encoding="utf-8").read()}
    for name in ["government_work_reports", "cpc_congress_reports"]:
        with open(os.path.join(MAIN, "evaluation", "corpora", name + ".jsonl"), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    docs["%s#%03d" % (name, i)] = json.loads(line)["content"]
    return docs


def load_local():
    docs, paths = {}, {}
    ddir = os.path.join(HERE, "docs")
    for fn in sorted(os.listdir(ddir)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(ddir, fn)
        if ext == ".docx":
            docs[stem] = docx_text(path)
        elif ext == ".html":
            docs[stem] = html_text(path)
        elif ext == ".pdf":
            docs[stem] = pdf_text(path)
        elif ext == ".txt":
            docs[stem] = txt_text(path)
        else:
            continue
        paths[stem] = path
    return docs, paths


def load_laws():
    docs = {}
    for fn in sorted(os.listdir(LAWS)):
        if fn.endswith(".md") and fn != "README.md":
            docs[fn[:-3]] = open(os.path.join(LAWS, fn), encoding="utf-8").read()
    return docs


def law_article(text, article):
    """The text of one article (from its '第X条 ' line to the next article or heading)."""
    m = re.search(r"(?m)^" + article + r"[ \u3000]", text)
    if not m:
        return None
    nxt = re.search(r"(?m)^(第[一二三四五六七八九十百零]+条[ \u3000]|#)", text[m.end():])
    return text[m.start(): m.end() + (nxt.start() if nxt else len(text))]


NATIONAL_BODY = open(os.path.join(MAIN, "seeds", SEED_ID + ".txt"), encoding="utf-8").read()


def check_docs(local, paths):
    if set(local) != set(EXPECTED_DOCS):
        fail(f"expected docs {sorted(EXPECTED_DOCS)}, found {sorted(local)}")
    years = collections.Counter()
    for stem, text in local.items():
        if not paths[stem].endswith(EXPECTED_DOCS[stem]):
            fail(f"{stem}: expected format {EXPECTED_DOCS[stem]}")
        bad = [r for r in OLD_REGIONS if r in norm(text)] + [r for r in OLD_REGION_FILES if r in stem]
        if bad:
            fail(f"local doc {stem} reuses a region of an earlier set: {bad}")
        mails = re.findall(r"[A-Za-z0-9_.]+@[A-Za-z0-9_.]+", text)
        if len(set(mails)) != 1 or not mails[0].endswith("@example.cn"):
            fail(f"{stem}: expected exactly one e-mail at example.cn, found {mails}")
        m = re.search(r"[\u4e00-\u9fff]+〔(20\d\d)〕\d+号", norm(text).replace(SEED_NO, ""))
        if not m:
            fail(f"{stem}: no 文号")
        years[m.group(1)] += 1
        contact = re.search(r"联系人：.*?。", norm(text))
        if not contact or contact.group(0).count("电话") != 2:
            fail(f"{stem}: no contact line with two people")
    if years != collections.Counter({"2023": 2, "2024": 1, "2025": 1}):
        fail(f"expected two docs of 2023, one of 2024, one of 2025: {dict(years)}")
    check_formats(local, paths)
    n = {k: norm(v) for k, v in local.items()}
    # (a) three 2023 notices: the national one, 达州's forwarding notice (title + number), 嵊州's association notice
    if norm(NATIONAL_TITLE) not in n[DZ] or SEED_NO not in n[DZ]:
        fail("ambiguity (a): 达州 should carry the national notice's title and number")
    if "关于做好2023年纺织服装“优供给促升级”活动有关工作的通知" not in n[SZ]:
        fail("ambiguity (a): 嵊州's 2023 title missing")
    # (b) the same-named 对接会 in two docs, with different dates and places
    ev = {s: re.search(r"(20\d\d年\d+月)在([\u4e00-\u9fff]+?)举办" + SAME_EVENT, t) for s, t in n.items()}
    ev = {s: m.groups() for s, m in ev.items() if m}
    if sorted(ev) != sorted([DZ, HB]) or len(set(ev.values())) != 2:
        fail(f"ambiguity (b): {SAME_EVENT} in 达州 and 淮滨 with different dates/places: {ev}")
    # (c) a 设计大赛 in two local docs (and the national notice names 设计大赛 among its activities)
    if not ("“剡溪杯”领带花型创意设计大赛" in n[SZ] and "“密水杯”家纺设计大赛" in n[GM] and "设计大赛" in norm(NATIONAL_BODY)):
        fail("ambiguity (c): the two 设计大赛 (嵊州, 高密) and the national mention")
    # (d) the same number 8号 in two years
    if not ("嵊领协〔2023〕8号" in n[SZ] and "高工信字〔2025〕8号" in n[GM]):
        fail("ambiguity (d): 嵊州 and 高密 should both be numbered 8号")
    # (e) the same-named office with different people
    people = {}
    for stem, t in n.items():
        m = re.search(SAME_UNIT + r"([\u4e00-\u9fff]{2,3})，电话", t)
        if m:
            people[stem] = m.group(1)
    if sorted(people) != sorted([HB, GM]) or len(set(people.values())) != 2:
        fail(f"ambiguity (e): {SAME_UNIT} with different contacts in 淮滨 and 高密: {people}")
    # (f) a live-selling event in two docs
    if not ("“领尚嵊州”直播电商月" in n[SZ] and "“淮滨好布”直播带货节" in n[HB]):
        fail("ambiguity (f): the two live-selling events")
    # (g) a 秋冬新品发布会 in two docs, in different years
    if not ("2024年9月在淮滨经济开发区纺织服装展示中心举办功能性面料秋冬新品发布会" in n[HB]
            and "2025年10月在醴泉街道举办“高密家纺”秋冬新品发布会" in n[GM]):
        fail("ambiguity (g): the two 秋冬新品发布会")
    # (h) an 观摩会 in two docs
    if not ("“智改数转”观摩会" in n[DZ] and "织造企业智能化改造现场观摩会" in n[HB]):
        fail("ambiguity (h): the two 观摩会")


def check_formats(local, paths):
    from pypdf import PdfReader
    # 达州 .pdf: 4 pages, each ending with its number; lines justified by character spacing; attachment 1 only named
    r = PdfReader(paths[DZ])
    raw = open(paths[DZ], "rb").read()
    if len(r.pages) != 4 or b"/FontFile2" not in raw or b"/ToUnicode" not in raw:
        fail("达州 .pdf: expected 4 pages and an embedded TrueType subset with ToUnicode")
    for k, pg in enumerate(r.pages, 1):
        if not pg.extract_text().rstrip().endswith("— %d —" % k):
            fail(f"达州 .pdf: page {k} should end with its number")
    streams = b"".join(pg.get_contents().get_data() for pg in r.pages)
    if streams.count(b" Tc") < 25:
        fail("达州 .pdf: expected justified lines (character spacing)")
    meta = r.metadata or {}
    if meta.get("/Title") != "达市经信〔2023〕42号" or meta.get("/Creator") != "WPS 文字":
        fail("达州 .pdf: expected the 文号 as title and WPS as creator")
    for x in ("（略，全文见工业和信息化部网站）", "2023年5月12日", "2023年5月15日印发", "抄送：", "（此件公开发布）",
              "达州市2023年纺织服装“优供给促升级”重点活动安排表"):
        if norm(x) not in norm(local[DZ]):
            fail(f"达州 .pdf: lacks {x!r}")
    # 嵊州 .html: an old CMS page (XHTML, http-equiv UTF-8, CRLF), entities, <br /> lines, a sidebar and prev/next
    raw = open(paths[SZ], "rb").read()
    s = raw.decode("utf-8")
    if 'content="text/html; charset=utf-8"' not in s or raw.count(b"\r\n") < 60 or b"\n" in raw.replace(b"\r\n", b""):
        fail("嵊州 .html: expected a declared UTF-8 page with CRLF line ends")
    if "&#12308;2023&#12309;" not in s or "&ldquo;" not in s or s.count("<br />") < 8 or "&#9633;" not in s:
        fail("嵊州 .html: expected entities and <br /> lines")
    if "上一篇：" not in s or "关于缴纳2023年度会费的通知" not in s or "hits.asp" not in s:
        fail("嵊州 .html: expected the sidebar, prev/next links and the hit counter")
    if "doZoom" in local[SZ] or "font-size" in local[SZ]:
        fail("嵊州 .html: script or style text leaked")
    for x in ("嵊领协〔2023〕8号", "第七届理事会第四次会议", "发布时间：2023-06-07 09:15", "2023年6月6日",
              "设计说明（200字以内）"):
        if norm(x) not in norm(local[SZ]):
            fail(f"嵊州 .html: lacks {x!r}")
    # 淮滨 .docx: runs cut at editing points (rsid), spelling marks, bookmarks, a vertically merged and a spanning
    # cell, a landscape last section, the 版记's tab
    z = zipfile.ZipFile(paths[HB])
    xml = z.read("word/document.xml").decode("utf-8")
    if xml.count("<w:r ") < 200 or xml.count("proofErr") < 10 or xml.count("bookmarkStart") < 5:
        fail("淮滨 .docx: expected fragmented runs, spelling marks and bookmarks")
    if '<w:vMerge w:val="restart"/>' not in xml or "<w:vMerge/>" not in xml or '<w:gridSpan w:val="5"/>' not in xml:
        fail("淮滨 .docx: expected a vertically merged and a spanning cell")
    if xml.count("<w:sectPr") != 2 or 'w:orient="landscape"' not in xml or "<w:tab/>" not in xml:
        fail("淮滨 .docx: expected two sections (the last landscape) and a tab in the 版记")
    if "淮滨县2024年纺织服装产业优供给促升级行动实施方案" not in z.read("docProps/core.xml").decode("utf-8"):
        fail("淮滨 .docx: expected the title in the core properties")
    for x in ("淮政办〔2024〕15号", "2024年4月18日", "2024年4月19日印发", "（此件公开发布）", "抄送："):
        if norm(x) not in norm(local[HB]):
            fail(f"淮滨 .docx: lacks {x!r}")
    # 高密 .txt: GBK (not UTF-8), CRLF, two form feeds, a box-drawn table, full-width indents
    raw = open(paths[GM], "rb").read()
    try:
        raw.decode("utf-8")
        fail("高密 .txt: expected GBK bytes, not UTF-8")
    except UnicodeDecodeError:
        pass
    t = raw.decode("gbk")
    if b"\n" in raw.replace(b"\r\n", b"") or t.count("\f") != 2 or t.count("\u3000\u3000") < 20:
        fail("高密 .txt: expected CRLF, two form feeds and full-width indents")
    if not re.search(r"(?m)^│3   │家纺跨境电商培训会  │2025年6月 +│高密经济开发区│市商务局 +│\r$", t):
        fail("高密 .txt: expected the box-drawn row 3")
    if "│    │场会" not in t:
        fail("高密 .txt: expected a table cell wrapped on to a second line")
    for x in ("高工信字〔2025〕8号", "2025年2月26日", "2025年2月27日印发", "（此件公开发布）", "抄送："):
        if x not in t:
            fail(f"高密 .txt: lacks {x!r}")


def record_meta():
    meta = {}
    for name in ["government_work_reports", "cpc_congress_reports"]:
        with open(os.path.join(MAIN, "evaluation", "corpora", name + ".jsonl"), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    d = json.loads(line)
                    meta["%s#%03d" % (name, i)] = str(d.get("year") or d.get("congress") or "")
    return meta


def check_reuse(errors):
    """No background record / year / congress of heldout_v19-v21 and no law article of heldout_v16-v21."""
    meta = record_meta()
    for fname in SETS:
        for line in open(os.path.join(HERE, fname), encoding="utf-8"):
            if not line.strip():
                continue
            q = json.loads(line)
            doc = q.get("doc") or ""
            if doc in BG_USED_RECORDS or ("#" in doc and meta.get(doc) in BG_RECENT):
                errors.append(f"{q['id']}: background record {doc} ({meta[doc]}) was used by heldout_v19-v21")
            if q.get("kind") in ("law", "law_fallback") and q.get("answerable"):
                law = doc.split("(")[0]
                used = LAW_USED.get(law, []) + V19_LAWS.get(law, []) + V20_LAWS.get(law, []) + V21_LAWS.get(law, [])
                for alts in q["key_facts"]:
                    for a in alts:
                        if ARTICLE.fullmatch(a) and cn_number(a[1:-1]) in used:
                            errors.append(f"{q['id']}: {law} {a} was used by an earlier set")


def is_english(q):
    letters = sum(c.isascii() and c.isalpha() for c in q)
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in q)
    return letters > 20 and cjk <= 12


def check_file(fname, docs, idpat, kinds_ok, minimum, expected, errors, warnings, allq):
    ndocs = {k: norm(v) for k, v in docs.items()}
    kinds = collections.Counter()
    flags = collections.Counter()
    laws_used = set()
    ids = set()
    path = os.path.join(HERE, fname)
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"{fname}:{ln}: bad json {e}")
            continue
        qid = q.get("id", f"{fname}:{ln}")

        def err(m):
            errors.append(f"{qid}: {m}")
        if list(q) != FIELDS:
            err(f"fields {list(q)} != {FIELDS}")
        if not re.fullmatch(idpat, str(q.get("id"))):
            err("bad id format")
        if qid in ids:
            err("duplicate id")
        ids.add(qid)
        kind = q.get("kind")
        if kind not in kinds_ok:
            err(f"bad kind {kind}")
        kinds[kind] += 1
        qs = q.get("question")
        if not isinstance(qs, str) or not qs.strip():
            err("empty question")
            continue
        hist = q.get("history", [])
        key = (tuple(hist), qs.strip())
        if key in allq:
            err(f"duplicate question text (also {allq[key]})")
        allq[key] = qid
        if not isinstance(hist, list) or not all(isinstance(h, str) and h.strip() for h in hist):
            err("history must be a list of non-empty strings")
        if kind == "followup" and not (1 <= len(hist) <= 2):
            err("followup needs 1-2 history turns")
        if kind == "followup" and len(hist) == 2:
            flags["three_turn"] += 1
        if kind != "followup" and hist:
            err("history on a non-followup item")
        whole = qs + " " + " ".join(hist)
        if kind == "paraphrase":
            if is_english(qs):
                flags["english_paraphrase"] += 1
            if sum(c in TRAD_CHARS for c in qs) >= 2:
                flags["trad_paraphrase"] += 1
        if kind == "paraphrase":
            for ty in TYPOS:
                if ty in qs:
                    flags["typo_" + ty] += 1
        if kind == "background":
            if not re.search(r"(19|20)\d\d|[一二三四五六七八九十]+大|[一二三四五六七八九十]+届", whole):
                err("background question must name a year, a congress or a session")
            if q.get("answerable") and not str(q.get("doc")).startswith(
                    ("government_work_reports#", "cpc_congress_reports#")):
                err("background item must name a report record")
        if (q.get("doc") == SEED_ID or kind == "law_fallback") and not MARKERS.search(whole):
            err("seed / law_fallback question without a national-notice marker")
        if (fname == "questions.jsonl" and q.get("answerable") is False and not NOT_NATIONAL.search(whole)
                and not MARKERS.search(whole)):
            err("unanswerable question names no local document, report or national-notice marker")
        if kind in ("paraphrase",) and q.get("doc") != SEED_ID:
            err("paraphrase items are seed questions")
        if not isinstance(q.get("clarify"), bool):
            err("clarify must be bool")
        ev, kf = q.get("evidence"), q.get("key_facts")
        if not isinstance(ev, list) or not isinstance(kf, list) or \
                not all(isinstance(x, list) and x and all(isinstance(a, str) and a for a in x) for x in kf):
            err("evidence must be list, key_facts list of non-empty lists of strings")
            continue
        if q.get("clarify"):
            flags["clarify"] += 1
            if kind not in CLARIFY_KINDS:
                err(f"clarify true only on kinds {sorted(CLARIFY_KINDS)}")
            if not (q.get("answerable") is True and q.get("doc") is None and ev == [] and len(kf) >= 2):
                err("clarify item must be answerable, doc null, evidence [], >=2 candidate lists")
            for alts in kf:
                for a in alts:
                    if not (2 <= len(a) <= 20):
                        warnings.append(f"{qid}: candidate fact length {len(a)}: {a}")
                if not any(any(norm(a) in t for t in ndocs.values()) for a in alts):
                    warnings.append(f"{qid}: candidate {alts} occurs in no doc of the library")
            continue
        if kind == "unanswerable" and q.get("answerable") is not False:
            err("kind unanswerable must have answerable false")
        if q.get("answerable") is False:
            flags["unanswerable"] += 1
            if kind == "followup":
                flags["unanswerable_followup"] += 1
            if kind == "law":
                flags["law_trap"] += 1
            if q.get("doc") is not None or ev or kf:
                err("unanswerable item must have doc null, evidence [], key_facts []")
            continue
        if q.get("answerable") is not True:
            err("answerable must be true/false")
            continue
        flags["answerable"] += 1
        if kind == "local":
            flags["local_single"] += 1
        if kind == "multipart" and not (2 <= len(kf) <= 3):
            err("multipart item needs 2-3 key facts (one per part)")
        doc = q.get("doc")
        if doc not in docs:
            err(f"unknown doc {doc!r} (not in this file's library)")
            continue
        if kind in ("law", "law_fallback"):
            if kind == "law":
                flags["law_answerable"] += 1
            arts = [a for alts in kf for a in alts if ARTICLE.fullmatch(a)]
            if not arts:
                err("law item needs the article number as a key fact")
            if not any(str(doc).startswith(a) for alts in kf for a in alts):
                err("law item needs the law name as a key fact")
            laws_used.add(doc)
            art_text = law_article(docs[doc], arts[0]) if arts else None
            if arts and art_text is None:
                err(f"article {arts[0]} not found in {doc}")
            elif arts:
                na = norm(art_text)
                for e in ev:
                    if norm(e) not in na:
                        err(f"evidence not inside {arts[0]} of {doc}: {e}")
                for alts in kf:
                    if any(str(doc).startswith(a) or ARTICLE.fullmatch(a) for a in alts):
                        continue
                    if not any(norm(a) in na for a in alts):
                        err(f"key fact {alts} not inside {arts[0]} of {doc}")
        if not ev:
            err("answerable item without evidence")
        for e in ev:
            n = len(norm(e))
            if not (8 <= n <= 30):
                warnings.append(f"{qid}: evidence length {n}: {e}")
            if norm(e) not in ndocs[doc]:
                err(f"evidence not found in {doc}: {e}")
        if not kf:
            err("answerable item without key_facts")
        for alts in kf:
            for a in alts:
                if not (1 <= len(a) <= 30):
                    warnings.append(f"{qid}: key fact length {len(a)}: {a}")
            if not any(norm(a) in ndocs[doc] for a in alts):
                warnings.append(f"{qid}: no alternative of key fact {alts} occurs verbatim in {doc}")
    total = sum(kinds.values())
    if total < minimum:
        errors.append(f"{fname}: only {total} questions (< {minimum})")
    for k, n in expected.items():
        if kinds[k] < n:
            errors.append(f"{fname}: kind {k} has {kinds[k]}, expected at least {n}")
    if flags["clarify"] < MIN_CLARIFY.get(fname, 0):
        errors.append(f"{fname}: only {flags['clarify']} clarify items (< {MIN_CLARIFY[fname]})")
    if flags["unanswerable"] < MIN_UNANSWERABLE.get(fname, 0):
        errors.append(f"{fname}: only {flags['unanswerable']} unanswerable items (< {MIN_UNANSWERABLE[fname]})")
    if fname == "questions.jsonl":
        if flags["local_single"] < MIN_LOCAL_SINGLE:
            errors.append(f"{fname}: only {flags['local_single']} single-document local items (< {MIN_LOCAL_SINGLE})")
        if flags["unanswerable_followup"] < MIN_UNANSWERABLE_FOLLOWUP:
            errors.append(f"{fname}: only {flags['unanswerable_followup']} unanswerable follow-ups")
        if flags["three_turn"] < MIN_MULTITURN:
            errors.append(f"{fname}: only {flags['three_turn']} three-turn follow-ups (< {MIN_MULTITURN})")
        if flags["trad_paraphrase"] < MIN_TRAD:
            errors.append(f"{fname}: only {flags['trad_paraphrase']} Traditional-character paraphrases")
        if flags["english_paraphrase"] < MIN_ENGLISH:
            errors.append(f"{fname}: only {flags['english_paraphrase']} English paraphrases")
        missing = [t for t in TYPOS if not flags["typo_" + t]]
        if missing:
            errors.append(f"{fname}: typo paraphrases missing: {missing}")
    if fname == "laws.jsonl":
        if flags["law_answerable"] < MIN_LAW_ANSWERABLE:
            errors.append(f"{fname}: only {flags['law_answerable']} answerable law items (< {MIN_LAW_ANSWERABLE})")
        if flags["law_trap"] < MIN_LAW_TRAPS:
            errors.append(f"{fname}: only {flags['law_trap']} law traps (< {MIN_LAW_TRAPS})")
        all_laws = {k for k in docs if "(" in k}
        if laws_used != all_laws:
            errors.append(f"{fname}: laws not used: {sorted(all_laws - laws_used)}")
    return kinds, flags



def main():
    common = load_common()
    local, paths = load_local()
    laws = load_laws()
    check_docs(local, paths)
    if len(laws) != 12:
        fail(f"expected 12 laws in {LAWS}, found {len(laws)}")
    libraries = {"main": {**common, **local}, "laws": {**common, **laws}}
    errors, warnings, allq = [], [], {}
    report = []
    for fname, (idpat, kinds_ok, lib, minimum, expected) in SETS.items():
        k, flags = check_file(fname, libraries[lib], idpat, kinds_ok, minimum, expected,
                              errors, warnings, allq)
        report.append((fname, k, flags, len(libraries[lib])))
    check_reuse(errors)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    for fname, k, flags, nd in report:
        print(f"\n{fname}: {sum(k.values())} questions; library docs: {nd}")
        for kk in sorted(k):
            print(f"  {kk:13s} {k[kk]}")
        print("  --", dict(flags))
    if errors:
        print(f"\n{len(errors)} error(s)")
        sys.exit(1)
    if warnings:
        print(f"\n{len(warnings)} warning(s)")
        sys.exit(2)
    print("\nOK")
    sys.exit(0)


if __name__ == "__main__":
    main()

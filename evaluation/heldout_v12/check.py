#!/usr/bin/env python3
"""Validate heldout_v12: questions.jsonl and laws.jsonl (adapted from heldout_v9/check.py).

Checks fields, ids, kinds, the unanswerable / clarify conventions, evidence verbatim (whitespace removed) in the
named doc's text, lengths, duplicate questions (with history), minimum counts by kind, national-notice markers.
Document text as this set defines it:
  * .docx = every visible w:t of the body in document order, INCLUDING text boxes (the wps copy in mc:Choice;
    the VML copy in mc:Fallback is skipped) and content controls (w:sdt, block and inline); headers/footers out;
  * .html = the page without <script>/<style>/comments/tags (entities unescaped); the CSS-drawn list numbers of the
    北京 page are NOT text;
  * seed .txt = UTF-8; corpora = the jsonl `content`; laws = the .md files.
Warnings: evidence outside 8-30 chars, key facts outside 1-30 chars, key facts with no alternative occurring
verbatim in the doc. Exit code 1 on any error, 2 if there are only warnings (the set must have none).

New in v12:
  * the format quirks of the four documents (see make_docs.py) are checked: 泉州 .docx — red head and 文号 only
    inside a floating text box (wps + VML fallback), invisible to python-docx paragraphs; 仙桃 .docx — block-level
    content controls (文号, 标题, 主送, 联系人, 成文日期, attachment table) and two inline date-picker controls, all
    invisible to python-docx paragraphs/tables; 北京 .html — <ol>/<li> tree whose 一、/（一）/1./(1) come from CSS
    counters (no typed numbers), a rowspan 任务分工 table, the 文号 only in the metadata table; 宁波 .html — an
    association's notice with full-width digits in the body, a 报名回执 table and a 相关阅读 sidebar;
  * exactly one e-mail per doc (@example.cn), a contact line with two 电话, a 文号, years 2023/2024/2024/2025;
  * three ambiguities exist: same 文号 number/year with different 机关代字; a same-named 市中小企业服务中心 with
    different people; a local 2023 document that carries the national notice's title;
  * regions of heldout_v2..v11 (as their READMEs list them, plus the places their documents name) never occur;
  * every answerable seed question and every law_fallback question carries a national-notice marker in the
    question or its history; answerable law items' evidence and non-name key facts lie inside the named article;
  * minimum counts of the v12 brief.

Paths: the seed notice and corpora are read from MAIN (default: the repository this file sits in, two levels up;
override with $HELDOUT_MAIN); the laws from LAWS (default /work/shared/corpora/related_laws, $HELDOUT_LAWS).
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
    # file: (id pattern, allowed kinds, library, minimum total, minimum counts by kind)
    "questions.jsonl": (r"v12-\d{3}", {"enterprise", "official", "paraphrase", "multipart", "followup",
                                      "metadata", "local", "background", "unanswerable"},
                        "main", 240, {"paraphrase": 40, "followup": 45, "enterprise": 30, "official": 18,
                                      "unanswerable": 30, "multipart": 15, "metadata": 14, "local": 28,
                                      "background": 18}),
    "laws.jsonl": (r"v12L-\d{2}", {"law", "law_fallback"}, "laws", 70, {"law": 52, "law_fallback": 16}),
}
CLARIFY_KINDS = {"local"}
MIN_CLARIFY = {"questions.jsonl": 12}
MIN_UNANSWERABLE = {"questions.jsonl": 40, "laws.jsonl": 8}
MIN_UNANSWERABLE_FOLLOWUP = 8
MIN_LAW_ANSWERABLE = 42
MIN_LAW_TRAPS = 8
MIN_LOCAL_SINGLE = 15
MIN_TRAD, MIN_ENGLISH = 2, 2
MIN_MULTITURN = 6                # follow-ups with two earlier turns (three-turn conversations)
# paraphrase items with a deliberate IME typo: id -> the typo as written in the question
TYPOS = {"v12-007": "数字话", "v12-019": "乡村震兴", "v12-031": "畅痛"}
TRAD_CHARS = set("們這麼裡費業產紡織鏈與為對會幫還類說廠貨價發區經濟際應聯參設從個幾導單態傳統時節報優勢競爭養樣"
                 "週飾煥環實範讓絲綢請嗎國門當兩條號開務廣")
# national-notice markers (a seed question must name the national notice somehow)
MARKERS = re.compile(r"国家|國家|部里|部裡|两部门|兩部門|两个部|87号|87號|工信部|商务部|商務部|全国的那份|全国那份|"
                     r"部委|national|ministr|MIIT", re.I)
# regions of earlier sets (v2..v11 READMEs) and places their documents name
OLD_REGIONS = ["浙江", "苏州", "江苏", "广东", "福建", "青岛", "湖北", "河南", "四川", "保定", "安徽", "江西",
               "株洲", "广西", "新疆", "重庆", "辽宁", "内蒙古", "陕西", "潍坊", "黑龙江", "丹寨", "贵州", "大理",
               "云南", "河北", "宁夏", "辽源", "吉林",
               "山西", "上海", "西宁", "青海", "五指山", "海南", "晋中", "运城", "太原", "忻州", "长治", "平遥", "大同",
               "阳泉", "黄浦", "徐汇", "静安", "淮海", "豫园", "湟中", "水满", "毛阳", "海口",
               "天津", "庆阳", "甘肃", "湖南", "淄博", "山东", "西青", "武清", "南开", "滨江道", "五大道", "滨海新区",
               "西峰", "庆城", "环县", "华池", "兰州", "长沙", "湘潭", "益阳", "岳阳", "高青", "桓台", "张店", "周村",
               "柯桥", "绍兴", "汕头", "拉萨", "西藏", "南通", "潮南", "澄海", "峡山", "堆龙德庆", "达孜", "八廓",
               "宗角禄康", "海门", "叠石桥", "通州", "濠河"]
OLD_REGION_FILES = ["zhejiang", "suzhou", "jiangsu", "guangdong", "fujian", "qingdao", "hubei", "henan",
                    "sichuan", "baoding", "anhui", "jiangxi", "zhuzhou", "guangxi", "xinjiang", "chongqing",
                    "liaoning", "neimenggu", "shaanxi", "weifang", "heilongjiang", "danzhai", "guizhou", "dali",
                    "yunnan", "hebei", "ningxia", "liaoyuan", "jilin", "shanxi", "shanghai", "xining", "wuzhishan",
                    "tianjin", "qingyang", "hunan", "zibo", "keqiao", "shantou", "lhasa", "nantong"]
SAME_UNIT = "市中小企业服务中心"
WS = re.compile(r"\s+")
ARTICLE = re.compile(r"第[一二三四五六七八九十百零]+条")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
EXPECTED_DOCS = {
    "quanzhou-2023-textile-apparel-forwarding-notice": ".docx",
    "xiantao-2025-nonwoven-textile-notice": ".docx",
    "beijing-2024-fashion-apparel-notice": ".html",
    "ningbo-2024-garment-association-notice": ".html",
}


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


def python_docx_view(path):
    """What a reader sees through python-docx paragraphs and tables (the naive view the quirks defeat)."""
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


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


def check_quanzhou(path, text):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    if "<wps:txbx>" not in xml or "<v:textbox" not in xml or "<mc:Fallback>" not in xml:
        fail("泉州 .docx: the red head should be a text box written as wps shape + VML fallback")
    box = re.search(r"<wps:txbx>(.*?)</wps:txbx>", xml, re.S).group(1)
    box_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", box))
    m = re.search(r"泉工信〔2023〕\d+号", box_text)
    if not m or "文件" not in box_text or "泉州市工业和信息化局" not in box_text:
        fail(f"泉州 .docx: the text box should hold the issuers, 文件 and the 文号, has {box_text!r}")
    naive = python_docx_view(path)
    if m.group(0) in naive or "文件" in naive.replace("文件发布", ""):
        fail("泉州 .docx: the 文号 / red head must be invisible to python-docx paragraphs")
    if text.count(m.group(0)) != 1:
        fail("泉州 .docx: the 文号 should occur once in the document text (Fallback skipped)")
    for t in ("关于转发《" + NATIONAL_TITLE + "》的通知", SEED_NO, "附件：" + NATIONAL_TITLE, "印发", "抄送："):
        if t not in text:
            fail(f"泉州 .docx: missing {t!r}")
    for t in ("一、", "（一）", "1. ", "(1)"):
        if t not in text:
            fail(f"泉州 .docx: heading tree incomplete, no {t!r}")


def check_xiantao(path, text):
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body")
    blocks = [el for el in body if el.tag == W + "sdt"]
    aliases = {el.find(f"{W}sdtPr/{W}alias").get(W + "val") for el in blocks}
    need = {"发文字号", "标题", "主送机关", "联系人", "成文日期", "附件活动安排表"}
    if not need <= aliases:
        fail(f"仙桃 .docx: block content controls missing: {sorted(need - aliases)}")
    if not any(el.find(f".//{W}tbl") is not None for el in blocks):
        fail("仙桃 .docx: the activity table should sit inside a content control")
    inline = [el for el in body.iter(W + "sdt") if el.getparent().tag == W + "p"
              and el.find(f"{W}sdtPr/{W}date") is not None]
    if len(inline) < 2:
        fail("仙桃 .docx: need at least two inline date-picker controls inside body sentences")
    naive = python_docx_view(path)
    for t in ("仙经信发〔2025〕11号", "xtfz2025@example.cn", "2025年4月10日", "2025年3月20日", "纺织服装职业技能竞赛"):
        if t in naive or t not in text:
            fail(f"仙桃 .docx: {t!r} should be in the document text but invisible to python-docx")
    for t in ("一、", "（一）", "1. ", "(1)"):
        if t not in text:
            fail(f"仙桃 .docx: heading tree incomplete, no {t!r}")


def check_beijing(path, text):
    raw = open(path, encoding="utf-8").read()
    if "simp-chinese-informal" not in raw or "counter-increment" not in raw:
        fail("北京 .html: list numbers should come from CSS counters")
    items = re.findall(r'<li><span class="t">([^<]*)</span>', raw)
    if len(items) < 20:
        fail(f"北京 .html: expected an <ol>/<li> tree, found {len(items)} items")
    typed = [i for i in items if re.match(r"([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|\(\d+\))", i)]
    if typed or re.search(r"[一二三四五六]、|（[一二三四五六]）", text):
        fail(f"北京 .html: typed heading numbers found: {typed[:3]}")
    if "rowspan=" not in raw:
        fail("北京 .html: the 任务分工 table should group rows with rowspan")
    no = "京经信发〔2024〕16号"
    if text.count(no) != 1 or raw.index(no) > raw.index("<h1>"):
        fail("北京 .html: the 文号 should appear once, in the metadata table above the title")


def check_ningbo(path, text):
    raw = open(path, encoding="utf-8").read()
    body = raw[raw.index('<div class="content">'):raw.index('<div class="prenext">')]
    if len(re.findall(r"[０-９]+", body)) < 25:
        fail("宁波 .html: the body should type its dates and numbers in full-width digits")
    if "协会" not in re.search(r"<title>(.*?)</title>", raw).group(1):
        fail("宁波 .html: should be an association's notice")
    if '<table class="huizhi"' not in raw or "报名回执" not in text:
        fail("宁波 .html: the 报名回执 table is missing")
    side = re.search(r'<div class="sidebar"><h3>相关阅读</h3>(.*?)</div>', raw, re.S)
    if not side or len(re.findall(r"<a ", side.group(1))) < 3:
        fail("宁波 .html: the 相关阅读 sidebar is missing")
    if "另行通知" not in text:
        fail("宁波 .html: the booth fee should be left to a later notice")


def check_docs(local, paths):
    if set(local) != set(EXPECTED_DOCS):
        fail(f"expected docs {sorted(EXPECTED_DOCS)}, found {sorted(local)}")
    years = collections.Counter()
    for stem, text in local.items():
        if not paths[stem].endswith(EXPECTED_DOCS[stem]):
            fail(f"{stem}: expected format {EXPECTED_DOCS[stem]}")
        bad = [r for r in OLD_REGIONS if r in text] + [r for r in OLD_REGION_FILES if r in stem.lower()]
        if bad:
            fail(f"local doc {stem} reuses a region of an earlier set: {bad}")
        mails = re.findall(r"[\w.]+@[\w.]+", text)
        if len(mails) != 1 or not mails[0].endswith("@example.cn"):
            fail(f"{stem}: expected exactly one e-mail at example.cn, found {mails}")
        m = re.search(r"[\u4e00-\u9fff]+〔(20\d\d)〕\d+号", norm(text).replace(SEED_NO, ""))
        if not m:
            fail(f"{stem}: no 文号")
        years[m.group(1)] += 1
        contact = re.search(r"联系人：[^\n]*", norm(text))
        if not contact or contact.group(0).count("电话") != 2:
            fail(f"{stem}: no contact line with two people")
    if years != collections.Counter({"2023": 1, "2024": 2, "2025": 1}):
        fail(f"expected one doc of 2023, two of 2024, one of 2025: {dict(years)}")
    check_quanzhou(paths["quanzhou-2023-textile-apparel-forwarding-notice"],
                   local["quanzhou-2023-textile-apparel-forwarding-notice"])
    check_xiantao(paths["xiantao-2025-nonwoven-textile-notice"], local["xiantao-2025-nonwoven-textile-notice"])
    check_beijing(paths["beijing-2024-fashion-apparel-notice"], local["beijing-2024-fashion-apparel-notice"])
    check_ningbo(paths["ningbo-2024-garment-association-notice"], local["ningbo-2024-garment-association-notice"])
    # ambiguity (a): the same number and year with different 机关代字
    nums = collections.defaultdict(set)
    for stem, t in local.items():
        for m in re.finditer(r"([\u4e00-\u9fff]+)〔(20\d\d)〕(\d+)号", norm(t).replace(SEED_NO, "")):
            nums[(m.group(2), m.group(3))].add((m.group(1)[-5:], stem))
    if not any(len({s for _, s in v}) >= 2 for v in nums.values()):
        fail(f"ambiguity (a) missing: no two docs share a 文号 number and year: {dict(nums)}")
    # ambiguity (b): a same-named unit in two docs, with different contact people
    people = {}
    for stem, t in local.items():
        m = re.search(SAME_UNIT + r"([\u4e00-\u9fff]{2,3})，电话", norm(t))
        if m:
            people[stem] = m.group(1)
    if len(people) < 2 or len(set(people.values())) < 2:
        fail(f"ambiguity (b) missing: {SAME_UNIT} with different contacts in two docs: {people}")
    # ambiguity (c): a 2023 local document carrying the national title
    if not any(NATIONAL_TITLE in t and "〔2023〕" in t.replace(SEED_NO, "") for t in local.values()):
        fail("ambiguity (c) missing: no 2023 local document carries the national notice's title")


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
        if qid in TYPOS:
            if kind != "paraphrase" or TYPOS[qid] not in qs:
                err(f"typo item must be a paraphrase containing {TYPOS[qid]!r}")
        if kind == "background":
            if not re.search(r"(19|20)\d\d|[一二三四五六七八九十]+大|[一二三四五六七八九十]+届", whole):
                err("background question must name a year, a congress or a session")
            if q.get("answerable") and not str(q.get("doc")).startswith(
                    ("government_work_reports#", "cpc_congress_reports#")):
                err("background item must name a report record")
        if (q.get("doc") == SEED_ID or kind == "law_fallback") and not MARKERS.search(whole):
            err("seed / law_fallback question without a national-notice marker")
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
        missing = [i for i in TYPOS if i not in ids]
        if missing:
            errors.append(f"{fname}: typo items missing: {missing}")
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

#!/usr/bin/env python3
"""Validate heldout_v11: questions.jsonl and laws.jsonl (adapted from heldout_v9/check.py).

Checks fields, ids, kinds, the unanswerable / clarify conventions, evidence verbatim (whitespace removed) in
the named doc's text, lengths, duplicate questions (with history), minimum counts by kind, national-notice
markers on seed questions. Loaders: .docx = ACCEPTED view of its tracked changes (w:t incl. <w:ins>, without
<w:delText>); .html = GBK-decoded page without comments/tags/scripts/styles/title; .pdf = pypdf text layer;
.txt = UTF-16 LE after its BOM.
Warnings: evidence outside 8-30 chars, key facts outside 1-30 chars, key facts with no alternative occurring
verbatim in the doc. Exit code 1 on any error, 2 if there are only warnings (the set must have none).

New in v11 (format quirks checked in check_docx/check_html/check_pdf/check_txt):
  * .docx: a revised draft with tracked changes (>=5 w:ins and >=5 w:del, settings trackRevisions on); no
    evidence or key fact may come from deleted text only; the 文号 is the first paragraph;
  * .html: declared and encoded GBK (not valid UTF-8), body text in <section>s split into many <span>s, no <p>,
    an HTML comment inside the content;
  * .pdf: three pages, a red-letter head (机关标志 ending in 文件 + 文号) on page 1, the watermark on every page,
    footer "- N -", the attachment table on a landscape page 3;
  * .txt: UTF-16 LE with BOM, CRLF, a TAB-separated table of >=3 events with months, cites 87号;
  * every doc has a 文号, exactly one e-mail (@example.cn), a contact line with two people, a 1./(1) tree;
  * the two ambiguities (same 文号 number and year with different 机关代字; 市非物质文化遗产保护中心 in two docs
    with different contact people); one doc of 2023 and at least two of 2024/2025;
  * regions of heldout_v2..v10 must not occur in a doc's name or text;
  * answerable law items: evidence and non-name key facts inside the named article;
  * seed questions carry a national-notice marker (in the question or its history).

Paths: seed and corpora from MAIN (the repository two levels up, or $HELDOUT_MAIN); laws from LAWS
(/work/shared/corpora/related_laws or $HELDOUT_LAWS).
"""
import collections, html, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.environ.get("HELDOUT_MAIN", os.path.abspath(os.path.join(HERE, "..", "..")))
LAWS = os.environ.get("HELDOUT_LAWS", "/work/shared/corpora/related_laws")
SEED_ID = "miit-mofcom-2023-87-textile-apparel-upgrade-notice"
SEED_NO = "工信厅联消费函〔2023〕87号"
FIELDS = ["id", "kind", "question", "history", "answerable", "doc", "evidence", "key_facts", "clarify"]
SETS = {
    # file: (id pattern, allowed kinds, library, minimum total, minimum counts by kind)
    "questions.jsonl": (r"v11-\d{3}", {"enterprise", "official", "paraphrase", "multipart", "followup",
                                     "metadata", "local", "background", "unanswerable"},
                        "main", 210, {"paraphrase": 40, "followup": 45, "enterprise": 30, "official": 18,
                                      "unanswerable": 28, "multipart": 14, "metadata": 12, "local": 28,
                                      "background": 15}),
    "laws.jsonl": (r"v11L-\d{2}", {"law", "law_fallback"}, "laws", 60, {"law": 48, "law_fallback": 14}),
}
CLARIFY_KINDS = {"local"}
MIN_CLARIFY = {"questions.jsonl": 10}
MIN_UNANSWERABLE = {"questions.jsonl": 36, "laws.jsonl": 8}
MIN_UNANSWERABLE_FOLLOWUP = 8
MIN_LAW_ANSWERABLE = 40          # answerable items of kind law (article number is a key fact)
MIN_LAW_TRAPS = 8                # unanswerable items of kind law
MIN_LOCAL_SINGLE = 15            # local items that are single-document facts (not clarify)
MIN_TRAD, MIN_ENGLISH = 2, 2     # paraphrases in Traditional characters / in English
# paraphrase items with a deliberate IME typo: id -> the typo as written in the question
TYPOS = {"v11-010": "数子化", "v11-014": "先近", "v11-015": "振心"}
N_LOCAL = 4
TRAD_CHARS = set("們這麼裡費業產紡織鏈與為對會幫還類說廠貨價發區經濟際應聯參設從個幾導單態傳統時節報優勢競爭養樣"
                 "週飾煥環實範讓絲綢請嗎麼甚網絡場說")
# regions of earlier sets (heldout_v2..v10, incl. the places v10's documents name): must not appear in v11 docs
OLD_REGIONS = ["浙江", "苏州", "江苏", "广东", "福建", "青岛", "湖北", "河南", "四川", "保定", "安徽", "江西",
               "株洲", "广西", "新疆", "重庆", "辽宁", "内蒙古", "陕西", "潍坊", "黑龙江", "丹寨", "贵州",
               "大理", "云南", "河北", "宁夏", "辽源", "吉林", "山西", "上海", "西宁", "青海", "五指山", "海南",
               "天津", "庆阳", "甘肃", "湖南", "淄博", "山东", "长沙", "湘潭", "益阳", "岳阳", "兰州", "周村",
               "西峰", "环县", "华池", "高青", "桓台", "张店", "西青", "武清", "滨海新区", "晋中", "平遥", "海口"]
OLD_REGION_FILES = ["zhejiang", "suzhou", "jiangsu", "guangdong", "fujian", "qingdao", "hubei", "henan",
                    "sichuan", "baoding", "anhui", "jiangxi", "zhuzhou", "guangxi", "xinjiang", "chongqing",
                    "liaoning", "neimenggu", "innermongolia", "shaanxi", "weifang", "heilongjiang", "danzhai",
                    "guizhou", "dali", "yunnan", "hebei", "ningxia", "liaoyuan", "jilin", "shanxi", "shanghai",
                    "xining", "qinghai", "wuzhishan", "hainan", "tianjin", "qingyang", "gansu", "hunan", "zibo",
                    "shandong"]
SAME_UNIT = "市非物质文化遗产保护中心"
# a seed question must say which document it means (the local docs share its topics)
KQ_DOC = [None, []]   # (.docx doc id, its deleted texts), filled in main()
SEED_MARKERS = ["国家", "两部门", "两部委", "部里", "工信部", "工业和信息化部", "商务部", "87号", "纺联",
                "中国纺织工业联合会", "national", "ministries", "Ministry", "MIIT", "全国", "兩部門", "國家"]
WS = re.compile(r"\s+")
ARTICLE = re.compile(r"第[一二三四五六七八九十百零]+条")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return WS.sub("", s)


def fail(msg):
    print("ERROR", msg)
    sys.exit(1)


def docx_text(path):
    """Accepted view of a document with tracked changes, in body order (paragraphs and table cells):
    text of ordinary runs and of <w:ins> runs is kept, <w:delText> of <w:del> runs is dropped."""
    import zipfile as _z
    from xml.etree import ElementTree as ET
    root = ET.fromstring(_z.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body")
    parts = []
    for p in body.iter(W + "p"):
        parts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(parts)


def docx_deleted(path):
    import zipfile as _z
    from xml.etree import ElementTree as ET
    root = ET.fromstring(_z.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in d.iter(W + "delText")) for d in root.iter(W + "del")]


def html_text(path):
    raw = open(path, "rb").read()
    s = raw.decode("gbk")
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def pdf_pages(path):
    from pypdf import PdfReader
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdf_text(path):
    return "\n".join(pdf_pages(path))


def utf16_text(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xff\xfe"):
        fail(f"{os.path.basename(path)}: expected UTF-16 LE with a BOM")
    try:
        raw[2:].decode("utf-8")
        fail(f"{os.path.basename(path)}: should not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    return raw[2:].decode("utf-16-le")


def load_common():
    docs = {SEED_ID: open(os.path.join(MAIN, "seeds", SEED_ID + ".txt"), encoding="utf-8").read()}
    for name in ["government_work_reports", "cpc_congress_reports"]:
        with open(os.path.join(MAIN, "evaluation", "corpora", name + ".jsonl"), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    docs["%s#%03d" % (name, i)] = json.loads(line)["content"]
    return docs


def load_local():
    docs, kinds = {}, {}
    ddir = os.path.join(HERE, "docs")
    for fn in sorted(os.listdir(ddir)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(ddir, fn)
        if ext == ".docx":
            docs[stem] = docx_text(path)
        elif ext in (".html", ".htm"):
            docs[stem] = html_text(path)
        elif ext == ".pdf":
            docs[stem] = pdf_text(path)
        elif ext == ".txt":
            docs[stem] = utf16_text(path)
        else:
            continue
        kinds[ext] = stem
    return docs, kinds


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


def check_docx(path, text):
    from docx import Document
    z = zipfile.ZipFile(path)
    doc_xml = z.read("word/document.xml").decode("utf-8")
    settings = z.read("word/settings.xml").decode("utf-8")
    if doc_xml.count("<w:ins ") < 5 or doc_xml.count("<w:del ") < 5:
        fail(".docx should be a revised draft with >=5 tracked insertions and >=5 tracked deletions")
    if "<w:trackRevisions" not in settings:
        fail(".docx: settings should keep track revisions on")
    d = Document(path)
    plain = "".join(p.text for p in d.paragraphs)
    ins = re.findall(r"<w:ins [^>]*>.*?<w:t[^>]*>([^<]+)</w:t>", doc_xml)
    if all(norm(i) in norm(plain) for i in ins):
        fail(".docx: inserted text should not be visible to a plain-run reader")
    if not re.match(r"\s*[\u4e00-\u9fff]+〔20\d\d〕\d+号", text):
        fail(".docx: the 文号 should be the first paragraph")
    for t in ("一、", "（一）", "1. ", "(1)"):
        if t not in text:
            fail(f".docx: heading tree incomplete, no {t!r}")


def check_html(path, text):
    raw = open(path, "rb").read()
    try:
        raw.decode("utf-8")
        fail(".html should be GBK-encoded (not valid UTF-8)")
    except UnicodeDecodeError:
        pass
    page = raw.decode("gbk")
    if not re.search(r"(?i)charset=gbk", page):
        fail(".html should declare charset=gbk")
    body = page[page.index("<body"):]
    if re.search(r"(?i)<p[\s>]", body):
        fail(".html body should not use <p>")
    if body.count("<section") < 20 or body.count("<span") < 100:
        fail(".html body should be <section>s of span-fragmented text")
    if "<!--" not in body:
        fail(".html should carry an editor's comment in the content")
    for t in ("一、", "（一）", "1.", "(1)"):
        if t not in norm(text):
            fail(f".html: heading tree incomplete, no {t!r}")


def check_pdf(path):
    from pypdf import PdfReader
    reader = PdfReader(path)
    pages = [p.extract_text() or "" for p in reader.pages]
    if len(pages) != 3:
        fail(f".pdf should have exactly three pages, has {len(pages)}")
    if not re.search(r"文件\s*[\u4e00-\u9fff]+〔20\d\d〕\d+号", pages[0]):
        fail(".pdf page 1 should open with a red-letter head (…文件) and the 文号")
    for i, t in enumerate(pages, 1):
        if "此件公开发布" not in t.splitlines()[0] or not re.search(r"-\s*%d\s*-" % i, t):
            fail(f".pdf page {i} lacks the watermark or the footer - {i} -")
    box = reader.pages[2].mediabox
    if not float(box.width) > float(box.height) or "附件" not in pages[2]:
        fail(".pdf page 3 should be the landscape attachment table")
    for t in ("一、", "（一）", "1. ", "(1)"):
        if t not in "".join(pages):
            fail(f".pdf: heading tree incomplete, no {t!r}")


def check_txt(path, text):
    raw = open(path, "rb").read()
    if b"\r\n".decode("ascii").encode("utf-16-le") not in raw:
        fail(".txt should have CRLF line ends")
    if SEED_NO not in text:
        fail(f".txt should cite {SEED_NO}")
    rows = [ln for ln in text.splitlines() if ln.count("\t") == 4 and re.search(r"\t20\d\d年\d+月", ln)]
    if len(rows) < 3:
        fail(".txt should have a TAB-separated table of events with months")
    for t in ("一、", "（一）", "1. ", "(1)"):
        if t not in text:
            fail(f".txt: heading tree incomplete, no {t!r}")


def check_docs(local, kinds):
    """Format quirks, region ban, contacts, ambiguities of the four generated documents."""
    ddir = os.path.join(HERE, "docs")
    if len(local) != N_LOCAL or set(kinds) != {".txt", ".docx", ".html", ".pdf"}:
        fail(f"expected one .txt, .docx, .html and .pdf in docs/, found {sorted(local)}")
    years = collections.Counter()
    for stem, text in local.items():
        bad = [r for r in OLD_REGIONS if r in text] + [r for r in OLD_REGION_FILES if r in stem.lower()]
        if bad:
            fail(f"local doc {stem} reuses a region of an earlier set: {bad}")
        mails = re.findall(r"[\w.]+@[\w.]+", norm(text))
        if len(mails) != 1 or not mails[0].endswith("@example.cn"):
            fail(f"{stem}: expected exactly one e-mail at example.cn, found {mails}")
        m = re.search(r"〔(20\d\d)〕\d+号", norm(text).replace(SEED_NO, ""))
        if not m:
            fail(f"{stem}: no 文号")
        years[m.group(1)] += 1
        contact = re.search(r"联系人：.*?电话.*?电话", norm(text))
        if not contact:
            fail(f"{stem}: no contact line with two people")
    if years["2023"] < 1 or years["2024"] + years["2025"] < 2:
        fail(f"need one doc of 2023 and two of 2024/2025: {dict(years)}")
    check_docx(os.path.join(ddir, kinds[".docx"] + ".docx"), local[kinds[".docx"]])
    check_html(os.path.join(ddir, kinds[".html"] + ".html"), local[kinds[".html"]])
    check_pdf(os.path.join(ddir, kinds[".pdf"] + ".pdf"))
    check_txt(os.path.join(ddir, kinds[".txt"] + ".txt"), local[kinds[".txt"]])
    nums = collections.defaultdict(set)
    for stem, t in local.items():
        m = re.search(r"([\u4e00-\u9fff]+)〔(20\d\d)〕(\d+)号", norm(t).replace(SEED_NO, ""))
        if m:
            nums[(m.group(2), m.group(3))].add((m.group(1), stem))
    if not any(len({a for a, _ in v}) >= 2 for v in nums.values()):
        fail(f"ambiguity (a) missing: no two docs share a 文号 number and year: {dict(nums)}")
    people = {}
    for stem, t in local.items():
        m = re.search(SAME_UNIT + r"([\u4e00-\u9fff]{2,4})，电话", norm(t))
        if m:
            people[stem] = m.group(1)
    if len(people) < 2 or len(set(people.values())) < 2:
        fail(f"ambiguity (b) missing: {SAME_UNIT} with different contacts in two docs: {people}")
    return docx_deleted(os.path.join(ddir, kinds[".docx"] + ".docx")), kinds[".docx"]


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
        key = (tuple(q.get("history", [])), qs.strip())
        if key in allq:
            err(f"duplicate question text (also {allq[key]})")
        allq[key] = qid
        if not isinstance(q.get("history"), list) or not all(isinstance(h, str) and h.strip() for h in q["history"]):
            err("history must be a list of non-empty strings")
        if kind == "followup" and not (1 <= len(q.get("history", [])) <= 2):
            err("followup needs 1-2 history turns")
        if kind != "followup" and q.get("history"):
            err("history on a non-followup item")
        if kind == "paraphrase":
            if is_english(qs):
                flags["english_paraphrase"] += 1
            if sum(c in TRAD_CHARS for c in qs) >= 2:
                flags["trad_paraphrase"] += 1
        if qid in TYPOS:
            if kind != "paraphrase" or TYPOS[qid] not in qs:
                err(f"typo item must be a paraphrase containing {TYPOS[qid]!r}")
        if kind == "background":
            whole = qs + " ".join(q.get("history", []))
            if not re.search(r"(19|20)\d\d|[一二三四五六七八九十]+大", whole):
                err("background question must name a year or a congress")
            if q.get("answerable") and not str(q.get("doc")).startswith(
                    ("government_work_reports#", "cpc_congress_reports#")):
                err("background item must name a report record")
        whole_q = qs + " ".join(q.get("history", []))
        if (q.get("doc") == SEED_ID or kind == "law_fallback") and not any(m in whole_q for m in SEED_MARKERS):
            err("seed / law_fallback question without a national-notice marker")
        if q.get("answerable") and q.get("doc") == KQ_DOC[0] and any(
                norm(d) and any(norm(d) == norm(a) for alts in q.get("key_facts", []) for a in alts)
                for d in KQ_DOC[1]):
            err("key fact equals a tracked DELETION of the .docx (stale value)")
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
                    if not (2 <= len(a) <= 15):
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
    local, kinds = load_local()
    laws = load_laws()
    deleted, docx_id = check_docs(local, kinds)
    KQ_DOC[0], KQ_DOC[1] = docx_id, deleted
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

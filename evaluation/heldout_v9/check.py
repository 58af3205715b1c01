#!/usr/bin/env python3
"""Validate heldout_v9: questions.jsonl and laws.jsonl (adapted from heldout_v8/check.py).

Checks fields, ids, kinds, the unanswerable / clarify conventions, evidence verbatim (whitespace removed) in
the named doc's text (visible text of the .docx in body order incl. tables and WITHOUT the automatic heading
numbers, .html without tags/scripts/styles, pypdf text layer for the .pdf, UTF-8 text of the .txt after its BOM),
lengths, duplicate questions, minimum counts by kind.
Warnings: evidence outside 8-30 chars, key facts outside 1-30 chars, key facts with no alternative occurring
verbatim in the doc. Exit code 1 on any error, 2 if there are only warnings (the set must have none).

New in v9:
  * the .docx gets its 一、 and （一） heading numbers from Word automatic numbering (numbering.xml abstractNum with
    chineseCounting levels "%1、" / "（%2）", paragraphs with numPr); no paragraph text starts with a typed 一、 or
    （一）; the 文号 sits in a header-like table that is the first element of the body; the title paragraphs
    use full-width spaces; the core-properties title is empty;
  * the .html body is laid out in nested <table> cells with <br> line breaks and has no <p> at all; it lists two
    attachments inline (names only) and has a <div> of 相关文件 links naming other notices (通知);
  * the .pdf has exactly three pages, each with the running title (header) and "第 X 页 共 3 页" (footer), and
    at least one page break falls in the middle of a sentence, so header/footer text lands inside body text;
  * the .txt is UTF-8 WITH a BOM, indents with full-width spaces, is a 工作方案 (not a 通知: "通知" occurs only in
    the title of the national notice it cites) of a 市人民政府办公室, cites 工信厅联消费函〔2023〕87号, and has a
    plain-text table (rows of ｜-separated cells) of events with months and places;
  * every doc has a 文号, exactly one e-mail (@example.cn), a contact line with two people, a 1./(1) tree;
  * the two ambiguities exist (same 文号 number and year with different 机关代字; a same-named unit
    消费品工业服务中心 in two docs with different contact people); at least one doc of 2023 and two of 2024/2025;
  * regions of heldout_v2..v8 (incl. v8's 大理, 云南, 河北, 宁夏, 辽源, 吉林) must not occur in a doc's name or text;
  * answerable law items: the evidence and the non-name key facts must lie inside the named article;
  * minimum counts of the v9 brief.

Paths: the seed notice and corpora are read from MAIN (default: the repository this file sits in, two levels
up; override with $HELDOUT_MAIN); the laws from LAWS (default /work/shared/corpora/related_laws, override with
$HELDOUT_LAWS).
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
    "questions.jsonl": (r"v9-\d{3}", {"enterprise", "official", "paraphrase", "multipart", "followup",
                                     "metadata", "local", "background", "unanswerable"},
                        "main", 220, {"paraphrase": 40, "followup": 45, "enterprise": 30, "official": 18,
                                      "unanswerable": 28, "multipart": 14, "metadata": 12, "local": 28,
                                      "background": 15}),
    "laws.jsonl": (r"v9L-\d{2}", {"law", "law_fallback"}, "laws", 60, {"law": 48, "law_fallback": 14}),
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
TYPOS = {"v9-012": "降本增笑", "v9-024": "趋是", "v9-026": "联主"}
N_LOCAL = 4
TRAD_CHARS = set("們這麼裡費業產紡織鏈與為對會幫還類說廠貨價發區經濟際應聯參設從個幾導單態傳統時節報優勢競爭養樣"
                 "週飾煥環實範讓絲綢請嗎")
# regions of earlier sets (heldout_v2..v8): must not appear in v9 doc names or doc text
OLD_REGIONS = ["浙江", "苏州", "江苏", "广东", "福建", "青岛", "湖北", "河南", "四川", "保定", "安徽", "江西",
               "株洲", "广西", "新疆", "重庆", "辽宁", "内蒙古", "陕西", "潍坊", "黑龙江", "丹寨", "贵州",
               "大理", "云南", "河北", "宁夏", "辽源", "吉林"]
OLD_REGION_FILES = ["zhejiang", "suzhou", "jiangsu", "guangdong", "fujian", "qingdao", "hubei", "henan",
                    "sichuan", "baoding", "anhui", "jiangxi", "zhuzhou", "guangxi", "xinjiang", "chongqing",
                    "liaoning", "neimenggu", "innermongolia", "shaanxi", "weifang", "heilongjiang", "danzhai",
                    "guizhou", "dali", "yunnan", "hebei", "ningxia", "liaoyuan", "jilin"]
SAME_UNIT = "消费品工业服务中心"
WS = re.compile(r"\s+")
ARTICLE = re.compile(r"第[一二三四五六七八九十百零]+条")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return WS.sub("", s)


def fail(msg):
    print("ERROR", msg)
    sys.exit(1)


def docx_text(path):
    """Visible text in body order (paragraphs and table cells); automatic numbers are NOT part of it."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    parts = []
    for el in d.element.body.iterchildren():
        if el.tag == W + "p":
            parts.append(Paragraph(el, d).text)
        elif el.tag == W + "tbl":
            for row in Table(el, d).rows:
                for cell in row.cells:
                    parts.append(cell.text)
    return "\n".join(parts)


def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def pdf_pages(path):
    from pypdf import PdfReader
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdf_text(path):
    return "\n".join(pdf_pages(path))


def bom_text(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{os.path.basename(path)}: expected UTF-8 WITH a BOM")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        fail(f"{os.path.basename(path)}: not UTF-8: {e}")


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
            docs[stem] = bom_text(path)
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
    d = Document(path)
    if d.core_properties.title:
        fail(f".docx core-properties title should be empty, got {d.core_properties.title!r}")
    z = zipfile.ZipFile(path)
    numbering = z.read("word/numbering.xml").decode("utf-8")
    m = re.search(r'<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>(?:(?!</w:abstractNum>).)*?'
                  r'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
                  r'(?:(?!</w:abstractNum>).)*?<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>',
                  numbering, re.S)
    if not m:
        fail(".docx numbering.xml has no abstractNum with chineseCounting levels '%1、' and '（%2）'")
    num = re.search(r'<w:num w:numId="(\d+)"><w:abstractNumId w:val="%s"/>' % m.group(1), numbering)
    if not num:
        fail(".docx: no w:num points at the chineseCounting abstractNum")
    levels = collections.Counter()
    for p in d.paragraphs:
        pPr = p._p.pPr
        numPr = pPr.find(W + "numPr") if pPr is not None else None
        if numPr is not None and numPr.find(W + "numId").get(W + "val") == num.group(1):
            levels[numPr.find(W + "ilvl").get(W + "val")] += 1
        if re.match(r"\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", p.text):
            fail(f".docx paragraph has a typed heading number (should come from numbering): {p.text[:30]}")
    if levels["0"] < 3 or levels["1"] < 4:
        fail(f".docx: too few auto-numbered headings (level 0: {levels['0']}, level 1: {levels['1']})")
    body = list(d.element.body.iterchildren())
    if body[0].tag != W + "tbl" or not re.search(r"〔20\d\d〕\d+号", "".join(body[0].itertext())):
        fail(".docx: the first body element should be a header-like table holding the 文号")
    if not any("\u3000" in p.text and ("厅" in p.text or "局" in p.text) for p in d.paragraphs[:4]):
        fail(".docx: the title paragraphs should separate the issuers with full-width spaces")
    for t in ("1. ", "(1)"):
        if t not in text:
            fail(f".docx: no typed {t!r} item")


def check_html(path, text):
    raw = open(path, encoding="utf-8").read()
    body = raw[raw.index("<body"):]
    if re.search(r"(?i)<p[\s>]", body):
        fail(".html body should not use <p> (text lives in table cells with <br>)")
    if body.count("<br") < 20:
        fail(".html body should break lines with <br>")
    depth, maxdepth = 0, 0
    for tag in re.findall(r"(?i)</?table\b", body):
        depth += -1 if tag.startswith("</") else 1
        maxdepth = max(maxdepth, depth)
    if maxdepth < 2:
        fail(".html should nest <table> layout cells")
    fj = re.search(r"附件：(.*?)</td>", body, re.S)
    if not fj or len(re.findall(r"<a [^>]*>[^<]+</a>", fj.group(1))) != 2:
        fail(".html should list exactly two attachments inline (names only)")
    rel = re.search(r'<div class="(\w+)">相关文件：(.*?)</div>', body, re.S)
    if not rel or len([a for a in re.findall(r"<a [^>]*>([^<]+)</a>", rel.group(2)) if a.endswith("通知")]) < 2:
        fail(".html should have a <div> of 相关文件 links naming other notices")
    for t in ("一、", "（一）", "1. ", "(1)"):
        if t not in text:
            fail(f".html: heading tree incomplete, no {t!r}")


def check_pdf(path):
    pages = pdf_pages(path)
    if len(pages) != 3:
        fail(f".pdf should have exactly three pages, has {len(pages)}")
    first = pages[0].strip().splitlines()[0].strip()
    mid_sentence = 0
    for i, t in enumerate(pages, 1):
        if first not in t or not re.search(r"第\s*%d\s*页\s*共\s*3\s*页" % i, t):
            fail(f".pdf page {i} lacks the running title or the footer 第 {i} 页 共 3 页")
        if i < len(pages) and not t.rstrip().endswith(("。", "；", "：")):
            mid_sentence += 1
    if not mid_sentence:
        fail(".pdf: no page break falls inside a sentence")
    for t in ("一、", "（一）", "1. ", "(1)"):
        if t not in "".join(pages):
            fail(f".pdf: heading tree incomplete, no {t!r}")


def check_txt(text):
    lines = text.splitlines()
    if sum(1 for ln in lines if ln.startswith("\u3000\u3000")) < 10:
        fail(".txt should indent with full-width spaces")
    title = next(ln for ln in lines if ln.strip() and "〔" not in ln)
    if not (title.strip().endswith(("工作方案", "实施细则")) and "市人民政府办公室" in text and "关于印发" not in text):
        fail(".txt should be a 工作方案/实施细则 of a 市人民政府办公室, not a 通知")
    if text.count("通知") != len(re.findall(r"《[^》]*通知》", text)):
        fail(".txt: 通知 should occur only in the title of the cited national notice")
    if SEED_NO not in text:
        fail(f".txt should cite {SEED_NO}")
    rows = [ln for ln in lines if re.match(r"｜[^｜]+｜[^｜]+｜20\d\d年\d+月｜[^｜]+｜", ln)]
    if len(rows) < 3:
        fail(".txt should have a plain-text table (｜ cells) of events with months and places")
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
        mails = re.findall(r"[\w.]+@[\w.]+", text)
        if len(mails) != 1 or not mails[0].endswith("@example.cn"):
            fail(f"{stem}: expected exactly one e-mail at example.cn, found {mails}")
        m = re.search(r"〔(20\d\d)〕\d+号", norm(text).replace(SEED_NO, ""))
        if not m:
            fail(f"{stem}: no 文号")
        years[m.group(1)] += 1
        contact = re.search(r"联系人：[^\n]*", norm(text))
        if not contact or contact.group(0).count("电话") != 2:
            fail(f"{stem}: no contact line with two people")
    if years["2023"] < 1 or years["2024"] + years["2025"] < 2:
        fail(f"need one doc of 2023 and two of 2024/2025: {dict(years)}")
    check_docx(os.path.join(ddir, kinds[".docx"] + ".docx"), local[kinds[".docx"]])
    check_html(os.path.join(ddir, kinds[".html"] + ".html"), local[kinds[".html"]])
    check_pdf(os.path.join(ddir, kinds[".pdf"] + ".pdf"))
    check_txt(local[kinds[".txt"]])
    # ambiguity (a): the same number and year with different 机关代字
    nums = collections.defaultdict(set)
    for stem, t in local.items():
        m = re.search(r"([\u4e00-\u9fff]+)〔(20\d\d)〕(\d+)号", norm(t).replace(SEED_NO, ""))
        if m:
            nums[(m.group(2), m.group(3))].add((m.group(1), stem))
    if not any(len({a for a, _ in v}) >= 2 for v in nums.values()):
        fail(f"ambiguity (a) missing: no two docs share a 文号 number and year: {dict(nums)}")
    # ambiguity (b): a same-named unit in two docs, with different contact people
    people = {}
    for stem, t in local.items():
        m = re.search(SAME_UNIT + r"([\u4e00-\u9fff]{2,3})，电话", norm(t))
        if m:
            people[stem] = m.group(1)
    if len(people) < 2 or len(set(people.values())) < 2:
        fail(f"ambiguity (b) missing: {SAME_UNIT} with different contacts in two docs: {people}")


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
    check_docs(local, kinds)
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

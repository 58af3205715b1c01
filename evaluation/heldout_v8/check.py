#!/usr/bin/env python3
"""Validate heldout_v8: questions.jsonl and laws.jsonl (adapted from heldout_v7/check.py).

Checks fields, ids, kinds, the unanswerable / clarify conventions, evidence verbatim (whitespace removed) in
the named doc's text (visible text incl. tables for .docx, .html without tags/scripts/styles, pypdf text layer
for .pdf, GB18030-decoded text for the .txt), lengths, duplicate questions, minimum counts by kind.
Warnings: evidence outside 8-30 chars, key facts outside 1-30 chars, key facts with no alternative occurring
verbatim in the doc. Exit code 1 on any error, 2 if there are only warnings (the set must have none).

New in v8:
  * the .txt must be GB18030 (no BOM, NOT decodable as UTF-8) and must have a line that ends in the middle of a
    word of a heading (the line "道" after "（三）拓展扎染产品线上线下销售渠");
  * the .docx core-properties title must be non-empty and WRONG (not the title printed in the body), and the
    body must contain a table placed before the sign-off;
  * the .html must be a 实施方案 (not a 通知) of a 人民政府办公厅 with a 政办发 文号, with nav/breadcrumb/meta
    table/footer chrome;
  * the .pdf must have exactly two pages;
  * every doc has a 文号, exactly one e-mail (@example.cn), a (1) item; one doc cites 工信厅联消费函〔2023〕87号;
  * the two ambiguities exist (same 文号 number and year with different 机关代字; the same kind of report office);
  * regions of heldout_v2..v7 (incl. v7's 陕西, 潍坊, 黑龙江, 丹寨, 贵州) must not occur in a doc's name or text;
  * minimum counts of the v8 brief, incl. ≥10 clarify items, ≥8 unanswerable follow-ups, ≥2 Traditional and
    ≥2 English paraphrases, the typo paraphrases listed in TYPOS, multipart items with 2-3 key facts,
    background items that name a year or a congress, all twelve laws used, ≥8 law traps, law_fallback items with
    the law's name and article.

Paths: the seed notice and corpora are read from MAIN (default: the repository this file sits in, two levels
up; override with $HELDOUT_MAIN); the laws from LAWS (default /work/shared/corpora/related_laws, override with
$HELDOUT_LAWS).
"""
import collections, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.environ.get("HELDOUT_MAIN", os.path.abspath(os.path.join(HERE, "..", "..")))
LAWS = os.environ.get("HELDOUT_LAWS", "/work/shared/corpora/related_laws")
SEED_ID = "miit-mofcom-2023-87-textile-apparel-upgrade-notice"
FIELDS = ["id", "kind", "question", "history", "answerable", "doc", "evidence", "key_facts", "clarify"]
SETS = {
    # file: (id pattern, allowed kinds, library, minimum total, minimum counts by kind)
    "questions.jsonl": (r"v8-\d{3}", {"enterprise", "official", "paraphrase", "multipart", "followup",
                                     "metadata", "local", "background", "unanswerable"},
                        "main", 220, {"paraphrase": 40, "followup": 45, "enterprise": 30, "official": 18,
                                      "unanswerable": 28, "multipart": 14, "metadata": 12, "local": 28,
                                      "background": 15}),
    "laws.jsonl": (r"v8L-\d{2}", {"law", "law_fallback"}, "laws", 60, {"law": 48, "law_fallback": 14}),
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
TYPOS = {"v8-038": "技树", "v8-039": "品排", "v8-040": "绿色话"}
N_LOCAL = 4
TRAD_CHARS = set("們這麼裡費業產紡織鏈與為對們會幫還類說廠貨價發區經濟際應區聯參設從個幾麼")
# regions of earlier sets (heldout_v2..v7): must not appear in v8 doc names or doc text
OLD_REGIONS = ["浙江", "苏州", "江苏", "广东", "福建", "青岛", "湖北", "河南", "四川", "保定", "安徽", "江西",
               "株洲", "广西", "新疆", "重庆", "辽宁", "内蒙古", "陕西", "潍坊", "黑龙江", "丹寨", "贵州"]
OLD_REGION_FILES = ["zhejiang", "suzhou", "jiangsu", "guangdong", "fujian", "qingdao", "hubei", "henan",
                    "sichuan", "baoding", "anhui", "jiangxi", "zhuzhou", "guangxi", "xinjiang", "chongqing",
                    "liaoning", "neimenggu", "innermongolia", "shaanxi", "weifang", "heilongjiang", "danzhai",
                    "guizhou"]
WS = re.compile(r"\s+")
ARTICLE = re.compile(r"第[一二三四五六七八九十百零]+条")


def norm(s):
    return WS.sub("", s)


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def gb18030_text(path):
    raw = open(path, "rb").read()
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        fail(f"{os.path.basename(path)}: has a BOM; expected plain GB18030")
    try:
        raw.decode("utf-8")
        fail(f"{os.path.basename(path)}: decodes as UTF-8; expected GB18030")
    except UnicodeDecodeError:
        pass
    return raw.decode("gb18030")


def fail(msg):
    print("ERROR", msg)
    sys.exit(1)


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
            docs[stem] = gb18030_text(path)
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


def check_docs(local, kinds):
    """Format quirks, region ban, contacts, ambiguities of the four generated documents."""
    ddir = os.path.join(HERE, "docs")
    if len(local) != N_LOCAL or set(kinds) != {".txt", ".docx", ".html", ".pdf"}:
        fail(f"expected one .txt, .docx, .html and .pdf in docs/, found {sorted(local)}")
    for stem, text in local.items():
        bad = [r for r in OLD_REGIONS if r in text] + [r for r in OLD_REGION_FILES if r in stem.lower()]
        if bad:
            fail(f"local doc {stem} reuses a region of an earlier set: {bad}")
        mails = re.findall(r"[\w.]+@[\w.]+", text)
        if len(mails) != 1 or not mails[0].endswith("@example.cn"):
            fail(f"{stem}: expected exactly one e-mail at example.cn, found {mails}")
        if not re.search(r"〔20\d\d〕\d+号", text):
            fail(f"{stem}: no 文号")
        if "(1)" not in text:
            fail(f"{stem}: no (1) item in its heading tree")
        if not all(m in text for m in ["一、", "（一）", "1. "]):
            fail(f"{stem}: heading tree 一、 （一） 1. incomplete")
        if not re.search(r"联系人", text):
            fail(f"{stem}: no contact line")
    # .txt: a heading broken across two lines inside a word
    txt = local[kinds[".txt"]]
    if not re.search(r"（三）拓展扎染产品线上线下销售渠\r?\n道\r?\n", txt):
        fail("the .txt should break the heading （三）…销售渠 / 道 across two lines")
    # .docx: wrong core title, table inside the body (before the sign-off)
    from docx import Document
    dpath = os.path.join(ddir, kinds[".docx"] + ".docx")
    d = Document(dpath)
    title = d.core_properties.title
    body_paras = [p.text for p in d.paragraphs]
    if not title or any(title == p for p in body_paras) or title in local[kinds[".docx"]]:
        fail(f".docx core-properties title should be present and wrong (not in the body), got {title!r}")
    body = d.element.body
    order = [el.tag.split('}')[1] for el in body.iterchildren()]
    if "tbl" not in order:
        fail(".docx has no table in its body")
    tbl_at = order.index("tbl")
    later = [p.text for p in d.paragraphs][-3:]
    if not any("工作要求" in p.text for p in d.paragraphs[tbl_at:]) or not later[-1].startswith("20"):
        fail(".docx table should sit inside the body, before 工作要求 and the sign-off")
    # .html: a 实施方案 of a 人民政府办公厅 with a 政办发 文号 and site chrome
    h = local[kinds[".html"]]
    raw_html = open(os.path.join(ddir, kinds[".html"] + ".html"), encoding="utf-8").read()
    if not ("实施方案" in h and "人民政府办公厅" in h and "政办发〔" in h and "关于印发" not in h):
        fail(".html should be a 实施方案 (not a 通知) of a 人民政府办公厅 with a 政办发 文号")
    for chrome in ['class="nav"', 'class="crumb"', 'class="meta"', 'class="footer"', "<script", "<style"]:
        if chrome not in raw_html:
            fail(f".html lacks site chrome {chrome}")
    # .pdf: two pages
    from pypdf import PdfReader
    if len(PdfReader(os.path.join(ddir, kinds[".pdf"] + ".pdf")).pages) != 2:
        fail(".pdf should have exactly two pages")
    # reference to the national notice
    if not any("工信厅联消费函〔2023〕87号" in t for t in local.values()):
        fail("no local doc cites 工信厅联消费函〔2023〕87号")
    # ambiguity (a): the same number and year with different 机关代字
    nums = collections.defaultdict(set)
    for stem, t in local.items():
        m = re.search(r"([\u4e00-\u9fff]+)〔(20\d\d)〕(\d+)号", norm(t).replace("工信厅联消费函〔2023〕87号", ""))
        if m:
            nums[(m.group(2), m.group(3))].add((m.group(1), stem))
    if not any(len({a for a, _ in v}) >= 2 for v in nums.values()):
        fail(f"ambiguity (a) missing: no two docs share a 文号 number and year: {dict(nums)}")
    # ambiguity (b): the same kind of report office in two docs
    office = "纺织服装产业发展服务中心"
    if sum(office in t for t in local.values()) < 2:
        fail(f"ambiguity (b) missing: fewer than two docs name a {office}")


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
        if kind in ("law", "law_fallback"):
            if kind == "law":
                flags["law_answerable"] += 1
            if not any(ARTICLE.search(a) for alts in kf for a in alts):
                err("law item needs the article number as a key fact")
            if not any(str(q.get("doc")).startswith(a) for alts in kf for a in alts):
                err("law item needs the law name as a key fact")
            laws_used.add(q.get("doc"))
        doc = q.get("doc")
        if doc not in docs:
            err(f"unknown doc {doc!r} (not in this file's library)")
            continue
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

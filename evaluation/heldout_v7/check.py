#!/usr/bin/env python3
"""Validate heldout_v7: questions.jsonl and laws.jsonl (adapted from heldout_v6/check.py).

Checks fields, ids, kinds, the unanswerable / clarify conventions, evidence verbatim (whitespace
removed) in the named doc's text (visible text for .docx/.html, pypdf text layer for .pdf, UTF-8-with-BOM .txt), lengths, counts by kind.
Warnings (not errors): evidence outside 8-30 chars, key facts outside 2-15 chars, key facts with no
alternative occurring verbatim in the doc. Exit code 1 on any error.
New in v7: answerable `law` items must have the article number (第X条) and every law item the law name as
key facts; at least 15 single-document `local` items and 30 answerable `law` items; the .txt must start with
a UTF-8 BOM; the .docx core-properties title must be empty (the title is only in the body, by design);
regions of heldout_v2..v6 (incl. 新疆, 重庆, 辽宁, 内蒙古) must not occur in a v7 doc's name or text.

Paths: the seed notice and corpora are read from MAIN (default: the repository this file sits in,
two levels up; override with $HELDOUT_MAIN); the laws from LAWS (default /work/shared/corpora/related_laws, override with
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
    "questions.jsonl": (r"v7-\d{3}", {"enterprise", "official", "paraphrase", "multipart", "followup",
                                     "metadata", "local", "background", "unanswerable"},
                        "main", 190, {"paraphrase": 35, "followup": 35, "enterprise": 30, "official": 15,
                                      "unanswerable": 22, "multipart": 12, "metadata": 10, "local": 25,
                                      "background": 12}),
    "laws.jsonl": (r"v7L-\d{2}", {"law", "law_fallback"}, "laws", 45, {"law": 30, "law_fallback": 12}),
}
CLARIFY_KINDS = {"local"}
MIN_CLARIFY = {"questions.jsonl": 8}
MIN_UNANSWERABLE = {"questions.jsonl": 25, "laws.jsonl": 6}
MIN_LAW_ANSWERABLE = 30          # answerable items of kind law (article number is a key fact)
MIN_LOCAL_SINGLE = 15            # local items that are single-document facts (not clarify)
N_LOCAL = 4
# regions of earlier sets (heldout_v2..v6): must not appear in v7 doc names or doc text
OLD_REGIONS = ["浙江", "苏州", "江苏", "广东", "福建", "青岛", "湖北", "河南", "四川", "保定", "安徽", "江西",
               "株洲", "广西", "新疆", "重庆", "辽宁", "内蒙古"]
OLD_REGION_FILES = ["zhejiang", "suzhou", "jiangsu", "guangdong", "fujian", "qingdao", "hubei", "henan",
                    "sichuan", "baoding", "anhui", "jiangxi", "zhuzhou", "guangxi", "xinjiang", "chongqing",
                    "liaoning", "neimenggu", "innermongolia"]
WS = re.compile(r"\s+")


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


def load_common():
    docs = {SEED_ID: open(os.path.join(MAIN, "seeds", SEED_ID + ".txt"), encoding="utf-8").read()}
    for name in ["government_work_reports", "cpc_congress_reports"]:
        with open(os.path.join(MAIN, "evaluation", "corpora", name + ".jsonl"), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    docs["%s#%03d" % (name, i)] = json.loads(line)["content"]
    return docs


def load_local():
    docs = {}
    ddir = os.path.join(HERE, "docs")
    for fn in sorted(os.listdir(ddir)):
        stem, ext = os.path.splitext(fn)
        if ext == ".docx":
            docs[stem] = docx_text(os.path.join(ddir, fn))
        elif ext in (".html", ".htm"):
            docs[stem] = html_text(os.path.join(ddir, fn))
        elif ext == ".pdf":
            docs[stem] = pdf_text(os.path.join(ddir, fn))
        elif ext == ".txt":
            raw = open(os.path.join(ddir, fn), "rb").read()
            if not raw.startswith(b"\xef\xbb\xbf"):
                print(f"ERROR {fn}: expected UTF-8 with BOM")
                sys.exit(1)
            docs[stem] = raw.decode("utf-8-sig")
    return docs


def load_laws():
    docs = {}
    for fn in sorted(os.listdir(LAWS)):
        if fn.endswith(".md") and fn != "README.md":
            docs[fn[:-3]] = open(os.path.join(LAWS, fn), encoding="utf-8").read()
    return docs


def check_file(fname, docs, idpat, kinds_ok, minimum, expected, errors, warnings, allq):
    ndocs = {k: norm(v) for k, v in docs.items()}
    kinds = collections.Counter()
    flags = collections.Counter()
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
            if set(q) != set(FIELDS):
                err(f"fields {sorted(q)} != {FIELDS}")
        if not re.fullmatch(idpat, str(q.get("id"))):
            err("bad id format")
        if qid in ids:
            err("duplicate id")
        ids.add(qid)
        if q.get("kind") not in kinds_ok:
            err(f"bad kind {q.get('kind')}")
        kinds[q.get("kind")] += 1
        qs = q.get("question")
        if not isinstance(qs, str) or not qs.strip():
            err("empty question")
        else:
            key = (tuple(q.get("history", [])), qs.strip())
            if key in allq:
                err(f"duplicate question text (also {allq[key]})")
            allq[key] = qid
        if not isinstance(q.get("history"), list) or not all(isinstance(h, str) and h.strip() for h in q["history"]):
            err("history must be a list of non-empty strings")
        if q.get("kind") == "followup" and not (1 <= len(q.get("history", [])) <= 2):
            err("followup needs 1-2 history turns")
        if q.get("kind") == "background" and q.get("answerable") and \
                not str(q.get("doc")).startswith(("government_work_reports#", "cpc_congress_reports#")):
            err("background item must name a report record")
        if q.get("kind") != "followup" and q.get("history"):
            warnings.append(f"{qid}: history on a non-followup item")
        if not isinstance(q.get("clarify"), bool):
            err("clarify must be bool")
        ev, kf = q.get("evidence"), q.get("key_facts")
        if not isinstance(ev, list) or not isinstance(kf, list) or \
                not all(isinstance(x, list) and x and all(isinstance(a, str) and a for a in x) for x in kf):
            err("evidence must be list, key_facts list of non-empty lists of strings")
            continue
        if q.get("clarify"):
            flags["clarify"] += 1
            if q.get("kind") not in CLARIFY_KINDS:
                err(f"clarify true only on kinds {sorted(CLARIFY_KINDS)}")
            if not (q.get("answerable") is True and q.get("doc") is None and ev == [] and len(kf) >= 2):
                err("clarify item must be answerable, doc null, evidence [], >=2 candidate lists")
            for alts in kf:
                for a in alts:
                    if not (2 <= len(a) <= 15):
                        warnings.append(f"{qid}: candidate fact length {len(a)}: {a}")
            continue
        if q.get("kind") == "unanswerable" and q.get("answerable") is not False:
            err("kind unanswerable must have answerable false")
        if q.get("answerable") is False:
            flags["unanswerable"] += 1
            if q.get("doc") is not None or ev or kf:
                err("unanswerable item must have doc null, evidence [], key_facts []")
            continue
        if q.get("answerable") is not True:
            err("answerable must be true/false")
            continue
        flags["answerable"] += 1
        if q.get("kind") == "local":
            flags["local_single"] += 1
        if q.get("kind") == "law":
            flags["law_answerable"] += 1
            if not any(re.search(r"第[一二三四五六七八九十百零]+条", a) for alts in kf for a in alts):
                err("law item needs the article number as a key fact")
        if q.get("kind") in ("law", "law_fallback") and not any(
                str(q.get("doc")).startswith(a) for alts in kf for a in alts):
            err("law item needs the law name as a key fact")
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
    if fname == "questions.jsonl" and flags["local_single"] < MIN_LOCAL_SINGLE:
        errors.append(f"{fname}: only {flags['local_single']} single-document local items (< {MIN_LOCAL_SINGLE})")
    if fname == "laws.jsonl" and flags["law_answerable"] < MIN_LAW_ANSWERABLE:
        errors.append(f"{fname}: only {flags['law_answerable']} answerable law items (< {MIN_LAW_ANSWERABLE})")
    if flags["unanswerable"] < MIN_UNANSWERABLE.get(fname, 0):
        errors.append(f"{fname}: only {flags['unanswerable']} unanswerable items (< {MIN_UNANSWERABLE[fname]})")

    return kinds, flags


def main():
    common = load_common()
    local = load_local()
    laws = load_laws()
    if len(local) != N_LOCAL:
        print(f"ERROR expected {N_LOCAL} local docs, found {sorted(local)}")
        sys.exit(1)
    for stem, text in local.items():
        bad = [r for r in OLD_REGIONS if r in text] + [r for r in OLD_REGION_FILES if r in stem]
        if bad:
            print(f"ERROR local doc {stem} reuses a region of an earlier set: {bad}")
            sys.exit(1)
    for fn in os.listdir(os.path.join(HERE, "docs")):
        if fn.endswith(".docx"):
            from docx import Document
            title = Document(os.path.join(HERE, "docs", fn)).core_properties.title
            if title:
                print(f"ERROR {fn}: core-properties title should be empty (title only in the body), got {title!r}")
                sys.exit(1)
    if len(laws) != 12:
        print(f"ERROR expected 12 laws in {LAWS}, found {len(laws)}")
        sys.exit(1)
    libraries = {"main": {**common, **local}, "laws": {**common, **laws}}
    errors, warnings, allq = [], [], {}
    report = []
    for fname, (idpat, kinds_ok, lib, minimum, expected) in SETS.items():
        kinds, flags = check_file(fname, libraries[lib], idpat, kinds_ok, minimum, expected,
                                  errors, warnings, allq)
        report.append((fname, kinds, flags, len(libraries[lib])))
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    for fname, kinds, flags, nd in report:
        print(f"\n{fname}: {sum(kinds.values())} questions; library docs: {nd}")
        for k in sorted(kinds):
            print(f"  {k:13s} {kinds[k]}")
        print("  --", dict(flags))
    print("\nOK" if not errors else f"\n{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

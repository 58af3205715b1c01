#!/usr/bin/env python3
"""Validate questions.jsonl: fields, evidence verbatim in the named doc, length rules, counts by kind.
Also checks the unanswerable / clarify conventions. Exit code 1 on any error."""
import collections, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))  # /work/main
SEED_ID = "miit-mofcom-2023-87-textile-apparel-upgrade-notice"
KINDS = {"enterprise", "official", "paraphrase", "multipart", "followup", "metadata", "local",
         "ambiguous", "background", "unanswerable"}
FIELDS = ["id", "kind", "question", "history", "answerable", "doc", "evidence", "key_facts", "clarify"]
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


def load_docs():
    docs = {SEED_ID: open(os.path.join(ROOT, "seeds", SEED_ID + ".txt"), encoding="utf-8").read()}
    ddir = os.path.join(HERE, "docs")
    for fn in sorted(os.listdir(ddir)):
        stem, ext = os.path.splitext(fn)
        if ext == ".docx":
            docs[stem] = docx_text(os.path.join(ddir, fn))
        elif ext in (".html", ".htm"):
            docs[stem] = html_text(os.path.join(ddir, fn))
    for name in ["government_work_reports", "cpc_congress_reports"]:
        with open(os.path.join(ROOT, "evaluation", "corpora", name + ".jsonl"), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    docs["%s#%03d" % (name, i)] = json.loads(line)["content"]
    return docs


def main():
    docs = load_docs()
    ndocs = {k: norm(v) for k, v in docs.items()}
    errors, warnings = [], []
    kinds = collections.Counter()
    flags = collections.Counter()
    ids = set()
    path = os.path.join(HERE, "questions.jsonl")
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad json {e}")
            continue
        qid = q.get("id", f"line{ln}")
        def err(m):
            errors.append(f"{qid}: {m}")
        for k in FIELDS:
            if k not in q:
                err(f"missing field {k}")
        if set(q) - set(FIELDS):
            err(f"unexpected fields {set(q) - set(FIELDS)}")
        if qid in ids:
            err("duplicate id")
        ids.add(qid)
        if q.get("kind") not in KINDS:
            err(f"bad kind {q.get('kind')}")
        kinds[q.get("kind")] += 1
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            err("empty question")
        if not isinstance(q.get("history"), list) or not all(isinstance(h, str) for h in q["history"]):
            err("history must be a list of strings")
        if q.get("kind") == "followup" and len(q.get("history", [])) < 1:
            err("followup without history")
        ev, kf = q.get("evidence"), q.get("key_facts")
        if not isinstance(ev, list) or not isinstance(kf, list) or not all(isinstance(x, list) and x for x in kf):
            err("evidence must be list, key_facts list of non-empty lists")
            continue
        if q.get("clarify"):
            flags["clarify"] += 1
            if not (q.get("answerable") is True and q.get("doc") is None and ev == [] and len(kf) >= 2):
                err("clarify item must be answerable, doc null, evidence [], >=2 candidate lists")
            for alts in kf:
                for a in alts:
                    if not (2 <= len(a) <= 15):
                        warnings.append(f"{qid}: candidate fact length {len(a)}: {a}")
            continue
        if q.get("answerable") is False:
            flags["unanswerable"] += 1
            if q.get("doc") is not None or ev or kf:
                err("unanswerable item must have doc null, evidence [], key_facts []")
            continue
        if q.get("answerable") is not True:
            err("answerable must be true/false")
            continue
        flags["answerable"] += 1
        doc = q.get("doc")
        if doc not in docs:
            err(f"unknown doc {doc}")
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
                if not (2 <= len(a) <= 15):
                    warnings.append(f"{qid}: key fact length {len(a)}: {a}")
            if not any(norm(a) in ndocs[doc] for a in alts):
                warnings.append(f"{qid}: no alternative of key fact {alts} occurs verbatim in {doc}")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"\n{sum(kinds.values())} questions; docs loaded: {len(docs)}")
    for k in sorted(kinds):
        print(f"  {k:13s} {kinds[k]}")
    print("  --", dict(flags))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check the web/text format zoo: files exist, encodings decode, every evidence
string occurs in the document's visible text (never across a line of a .txt,
a block element or a table cell of an .html, or a table cell of the .md), and
the facts in expected.jsonl are printed in the document.

Usage:  python3 check.py        (exit status 1 on any failure)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

# Encoding each file must be read with (and must decode strictly).
ENCODINGS = {
    "01_province_cms.html": "utf-8",
    "02_city_gov.html": "gb2312",
    "03_wechat_article.html": "utf-8",
    "04_association.html": "utf-8",
    "05_export_wrapped.txt": "utf-8",
    "06_forward_notice.txt": "gb18030",
    "07_markdown_copy.md": "utf-8",
}

BLOCK = ("p|div|br|tr|td|th|li|ul|ol|h[1-6]|section|table|tbody|thead|title|"
         "header|footer|nav|dt|dd|dl|body|head|html|form|hr|center|blockquote")


def declared_charset(raw):
    head = raw[:2048].decode("ascii", "replace")
    m = re.search(r'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', head)
    return m.group(1).lower() if m else None


def html_lines(text):
    text = re.sub(r"(?is)<!--.*?-->", "", text)
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "\n", text)
    text = re.sub(r"(?is)</?(%s)\b[^>]*>" % BLOCK, "\n", text)
    text = re.sub(r"(?s)<[^>]+>", "", text)
    text = html.unescape(text)
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def md_lines(text):
    lines = []
    for ln in text.split("\n"):
        ln = ln.strip()
        if re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", ln):
            continue  # table delimiter row
        ln = ln.replace("**", "")
        ln = re.sub(r"^#+\s*", "", ln)
        ln = re.sub(r"^>\s*", "", ln)
        if ln.startswith("|"):
            lines.extend(c.strip() for c in ln.strip("|").split("|") if c.strip())
        elif ln:
            lines.append(re.sub(r"\\$", "", ln).strip())
    return lines


def visible_lines(name):
    path = os.path.join(DOCS, name)
    raw = open(path, "rb").read()
    enc = ENCODINGS[name]
    text = raw.decode(enc)  # strict
    if name.endswith(".html"):
        decl = declared_charset(raw)
        if decl is None or decl.replace("-", "") != enc.replace("-", ""):
            raise ValueError("%s: declared charset %r, expected %r" % (name, decl, enc))
        return html_lines(text)
    if name.endswith(".md"):
        return md_lines(text)
    return [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]


def main():
    errors = []
    expected = [json.loads(l) for l in open(os.path.join(HERE, "expected.jsonl"), encoding="utf-8")]
    questions = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    lines_of = {}
    for name in ENCODINGS:
        if not os.path.exists(os.path.join(DOCS, name)):
            continue
        try:
            lines_of[name] = visible_lines(name)
        except (UnicodeDecodeError, ValueError) as e:
            errors.append("%s: %s" % (name, e))

    def in_lines(name, s):
        return any(s in ln for ln in lines_of[name])

    def in_joined(name, s):
        joined = "".join(lines_of[name]).replace("\u3000", "").replace(" ", "").replace("\xa0", "")
        return s.replace(" ", "").replace("\u3000", "") in joined

    seen_files = set()
    for e in expected:
        f = e["file"]
        seen_files.add(f)
        if f not in lines_of:
            errors.append("missing or unreadable file: %s" % f)
            continue
        probes = [e["title"]]
        if e["doc_number"]:
            probes.append(e["doc_number"])
        probes += e["issuer"].split(" ")
        if e["addressees"]:
            probes.append(e["addressees"])
        probes += e["attachments"] + e["top_headings"] + e["second_headings_of_first"] + e["cc"]
        for c in e["contacts"]:
            probes += [c["name"], c["phone"]]
        for p in probes:
            if not in_joined(f, p):
                errors.append("%s: expected field not printed: %s" % (f, p))
        for k in ("written_date", "published_date", "printed_date"):
            v = e[k]
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                errors.append("%s: bad %s %r" % (f, k, v))
    for name in ENCODINGS:
        if name in lines_of and name not in seen_files:
            errors.append("%s: no line in expected.jsonl" % name)

    ids = set()
    per_file = {}
    for q in questions:
        if q["id"] in ids:
            errors.append("duplicate id %s" % q["id"])
        ids.add(q["id"])
        f = q["file"]
        per_file.setdefault(f, []).append(q)
        if f not in lines_of:
            errors.append("%s: unknown file %s" % (q["id"], f))
            continue
        ev = q["evidence"]
        if not ev or "\n" in ev or not in_lines(f, ev):
            errors.append("%s: evidence not in one visible line of %s: %s" % (q["id"], f, ev))
        if q["answerable"]:
            if not q["key_facts"]:
                errors.append("%s: answerable but no key_facts" % q["id"])
            for alts in q["key_facts"]:
                if not any(in_joined(f, a) for a in alts):
                    errors.append("%s: no alternative of %s printed in %s" % (q["id"], alts, f))
        elif q["key_facts"]:
            errors.append("%s: trap with key_facts" % q["id"])
    for f, qs in per_file.items():
        if len(qs) != 4 or sum(1 for q in qs if not q["answerable"]) != 1:
            errors.append("%s: want 4 questions with exactly one trap" % f)

    for e in errors:
        print("FAIL", e)
    print("%d documents, %d questions, %d problems" % (len(expected), len(questions), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

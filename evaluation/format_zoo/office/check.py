"""Consistency checks for the office format zoo.

    python check.py

* every file named in expected.jsonl / questions.jsonl exists in docs/ and is
  exactly what make_docs.py regenerates (built into ./_check_build/, removed);
* every answerable question's evidence lies inside ONE visible unit of the
  generator (a paragraph, a table cell, a header, a text box, a drawn pdf
  line) and also in the text read back from the file itself;
* key facts and the expected fields can be found in the document;
* 4 questions per document, exactly one of them unanswerable.
"""
import json
import re
import shutil
import sys
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_docs  # noqa: E402

DOCS = HERE / "docs"
BUILD = HERE / "_check_build"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def squash(s):
    return re.sub(r"\s+", "", s)


def file_text_units(path):
    """Text read back from the file: docx paragraphs (body, tables, text
    boxes, headers, footers) or pdf lines."""
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [d.element.body]
        for s in d.sections:
            parts += [s.header._element, s.footer._element,
                      s.first_page_header._element, s.first_page_footer._element]
        out = []
        for part in parts:
            for p in part.iter(W + "p"):
                # only this paragraph's own runs (text boxes are separate w:p)
                txt = "".join(t.text or "" for t in p.iter(W + "t")
                              if _owner_p(t) is p)
                out.append(txt)
        return out
    out = []
    for page in pypdf.PdfReader(str(path)).pages:
        out += page.extract_text().splitlines()
    return out


def _owner_p(el):
    el = el.getparent()
    while el is not None and el.tag != W + "p":
        el = el.getparent()
    return el


def dates_in(text):
    found = set()
    for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        found.add(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    for y, m, d in re.findall(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月"
                              r"([一二三四五六七八九十]{1,3})日", text):
        yy = int("".join(str(CN_DIGITS[c]) for c in y))
        found.add(f"{yy:04d}-{cn_small(m):02d}-{cn_small(d):02d}")
    return found


def cn_small(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIGITS[s[1]]
    if s.endswith("十"):
        return CN_DIGITS[s[0]] * 10
    if "十" in s:
        return CN_DIGITS[s[0]] * 10 + CN_DIGITS[s[2]]
    return CN_DIGITS[s]


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    expected = [json.loads(l) for l in (HERE / "expected.jsonl").read_text(
        encoding="utf-8").splitlines() if l.strip()]
    questions = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(
        encoding="utf-8").splitlines() if l.strip()]
    files = [e["file"] for e in expected]
    if len(set(files)) != len(files):
        err("duplicate file in expected.jsonl")
    for name in make_docs.DOCS:
        if name not in files:
            err(f"{name}: generated but not in expected.jsonl")

    BUILD.mkdir(exist_ok=True)
    units, ftext = {}, {}
    try:
        for name in files:
            if name not in make_docs.DOCS:
                err(f"{name}: no builder in make_docs.py")
                continue
            if not (DOCS / name).is_file():
                err(f"{name}: missing in docs/")
                continue
            units[name] = make_docs.build(name, BUILD)
            if (BUILD / name).read_bytes() != (DOCS / name).read_bytes():
                err(f"{name}: docs/ copy differs from a fresh build")
            ftext[name] = file_text_units(DOCS / name)
    finally:
        shutil.rmtree(BUILD, ignore_errors=True)

    keys = ["file", "title", "doc_number", "issuer", "addressees", "written_date",
            "attachments", "attachments_printed", "contacts", "top_headings",
            "second_headings_of_first", "cc", "printed_date"]
    for e in expected:
        name = e["file"]
        if sorted(e) != sorted(keys):
            err(f"{name}: expected keys {sorted(e)}")
        if name not in units:
            continue
        u = units[name]
        joined = "".join(u)
        fjoined = squash("".join(ftext[name]))

        def need(s, what):
            if s and s not in joined:
                err(f"{name}: {what} not in document: {s}")

        need(e["doc_number"], "doc_number")
        for iss in e["issuer"].split(" "):
            need(iss, "issuer")
        for a in e["attachments"]:
            need(a, "attachment")
        for a in e["attachments_printed"]:
            if a not in e["attachments"]:
                err(f"{name}: printed attachment not listed: {a}")
            if joined.count(a) < 2:
                err(f"{name}: printed attachment title not printed: {a}")
        for c in e["contacts"]:
            need(c["name"], "contact name")
            need(c["phone"], "contact phone")
        for h in e["top_headings"] + e["second_headings_of_first"]:
            if h not in u:
                err(f"{name}: heading is not a unit of its own: {h}")
        for c in e["cc"]:
            need(c, "cc")
        for k in ("written_date", "printed_date"):
            if e[k] and e[k] not in dates_in(joined):
                err(f"{name}: {k} {e[k]} not printed")
        if e["title"].replace(" ", "") not in joined.replace(" ", ""):
            err(f"{name}: title not printed (lines joined)")
        if e["addressees"] and e["addressees"] not in joined:
            err(f"{name}: addressees not printed (lines joined)")
        if e["doc_number"] and squash(e["doc_number"]) not in fjoined:
            err(f"{name}: doc_number not read back from the file")

    ids = set()
    per_file = {}
    for q in questions:
        name = q["file"]
        if q["id"] in ids:
            err(f"duplicate id {q['id']}")
        ids.add(q["id"])
        per_file.setdefault(name, []).append(q)
        if name not in units:
            err(f"{q['id']}: unknown file {name}")
            continue
        ev = q["evidence"]
        if not q["answerable"]:
            if ev or q["key_facts"]:
                err(f"{q['id']}: unanswerable question with evidence/key facts")
            continue
        if not ev:
            err(f"{q['id']}: no evidence")
            continue
        if not any(ev in x for x in units[name]):
            err(f"{q['id']}: evidence not inside one visible unit: {ev}")
        if not any(ev in x for x in ftext[name]) and \
                squash(ev) not in squash("".join(ftext[name])):
            err(f"{q['id']}: evidence not read back from the file: {ev}")
        if not q["key_facts"]:
            err(f"{q['id']}: no key facts")
        for alts in q["key_facts"]:
            if not any(a in ev for a in alts):
                err(f"{q['id']}: key fact not in the evidence: {alts}")
    for name in files:
        qs = per_file.get(name, [])
        if len(qs) != 4:
            err(f"{name}: {len(qs)} questions")
        if sum(1 for q in qs if not q["answerable"]) != 1:
            err(f"{name}: needs exactly one unanswerable question")

    for m in errors:
        print("ERROR", m)
    print(f"{len(expected)} documents, {len(questions)} questions, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""The format zoo: fourteen local notices as governments and associations publish them (docx with
red heads, automatic numbering and printed attachments; pdfs wrapped at a fixed width, with running
headers and tables drawn cell by cell; CMS, city, association and WeChat pages; wrapped, GB18030
and Markdown exports), written blind from the seeds by helpers that never saw the loaders, with
the facts a reader takes from each (evaluation/format_zoo/*/expected.jsonl). Every fact is read
back from the parsed document."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from index.chunking import ChunkSettings
from index.documents import build_document
from index.loaders import load
from index.models import Document

ZOO = Path(__file__).resolve().parent.parent / "evaluation" / "format_zoo"
CASES = [(folder, json.loads(line)) for folder in sorted(p for p in ZOO.iterdir() if (p / "expected.jsonl").exists())
         for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
FIELDS = ("title", "doc_number", "issuer", "addressees", "written_date", "published_date", "attachments",
          "attachments_printed", "contacts", "top_headings", "second_headings_of_first", "printed_date", "cc")
_docs: dict[Path, Document] = {}


def _doc(path: Path) -> Document:
    if path not in _docs:
        _docs[path] = build_document(load(path)[0], ChunkSettings())
    return _docs[path]


def _read(doc: Document, name: str) -> Any:
    meta = doc.meta
    tops = [h for h in doc.headings if h.level == 1]
    if name == "attachments":
        return [a.name for a in meta.attachments]
    if name == "attachments_printed":
        return [a.name for a in meta.attachments if a.available]
    if name == "contacts":
        return sorted((c.name, _squash(c.phone)) for c in meta.contacts)
    if name == "cc":  # (the 版记's 抄送, as printed: bodies between commas)
        return [b for b in re.split(r"[，,、；;]", meta.copied_to or "") if b]
    if name == "top_headings":
        return [h.title for h in tops]
    if name == "second_headings_of_first":
        end = tops[1].start if len(tops) > 1 else len(doc.text)
        return [h.title for h in doc.headings if h.level == 2 and tops and tops[0].start < h.start < end]
    return getattr(meta, name)


def _squash(value: Any) -> Any:
    if isinstance(value, str):
        return re.sub(r"\s+", "", value)
    if isinstance(value, list):
        return [_squash(v) for v in value]
    return value


@pytest.mark.parametrize(("folder", "expected"), CASES, ids=[e["file"] for _, e in CASES])
def test_every_fact_a_reader_takes_from_the_document_is_read(folder: Path, expected: dict[str, Any]) -> None:
    doc = _doc(folder / "docs" / expected["file"])
    wrong = {}
    for name in FIELDS:
        if name not in expected:
            continue
        want = expected[name]
        if name == "contacts":
            want = sorted((c["name"], _squash(c["phone"])) for c in want)
        got = _read(doc, name)
        if _squash(got) != _squash(want):
            wrong[name] = (want, got)
    assert not wrong, wrong


def test_the_zoo_is_all_there() -> None:
    assert len(CASES) == 14 and {e["file"].rsplit(".", 1)[1] for _, e in CASES} == {"docx", "pdf", "html", "txt", "md"}

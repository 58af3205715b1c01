"""From a loaded file to a `Document`: clean, extract metadata, parse headings, chunk."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .chunking import ChunkSettings, chunk_document
from .clean import clean, clean_offset
from .duties import extract_duties
from .injection import instruction_like
from .loaders import RawDoc
from .metadata import DOC_NUMBER, extract
from .models import Document, InputError
from .numerals import digit_years
from .structure import parse_headings


def make_doc_id(raw: RawDoc) -> str:
    """Stable across content changes: the file name, plus the record number in a collection.
    Brackets stay ("电子商务法(2018-08-31)": a version date is part of a law's file name)."""
    stem = Path(raw.source.split("#", 1)[0]).stem
    stem = re.sub(r"[^\w\u4e00-\u9fff\-.()（）]+", "_", stem).strip("_") or "doc"
    return f"{stem}#{raw.record:03d}" if raw.record is not None else stem


def build_document(raw: RawDoc, settings: ChunkSettings, doc_id: str | None = None) -> Document:
    doc_id = doc_id or make_doc_id(raw)
    # (a pdf's lines are printed lines; a text file may have been exported at a fixed width)
    wrapped = True if raw.kind == "pdf" else None if raw.kind == "txt" else False
    cleaned = clean(raw.text, hard_paragraphs=raw.kind == "docx", wrapped=wrapped)
    if not cleaned.text.strip():
        raise InputError(raw.source, "no text left after removing page boilerplate", code="no_text")
    meta, layout = extract(cleaned.text, raw.title_hint, raw.weak_hint)
    if meta.doc_number is None and (in_margin := DOC_NUMBER.search(raw.margins)):
        meta.doc_number = in_margin.group(0)  # a 文号 printed only in the page header
    outline = {at: level for o, level in raw.outline
               if (at := clean_offset(cleaned.segments, o)) is not None}
    headings = parse_headings(cleaned.text, layout.body_start, layout.body_end, outline)
    chunks = chunk_document(doc_id, cleaned.text, cleaned.segments, headings,
                            layout.body_start, layout.body_end, settings, layout.appendices)
    for chunk in chunks:
        # Flagged at indexing: instruction-like text never reaches an answer or an LLM prompt.
        chunk.instruction = instruction_like(chunk.text)
    doc = Document(
        doc_id=doc_id, source=raw.source, kind=raw.kind, original=raw.text, text=cleaned.text,
        segments=cleaned.segments, meta=meta, headings=headings, chunks=chunks,
        content_hash=hashlib.sha256(raw.text.encode()).hexdigest(),
    )
    doc.duties = extract_duties(doc)  # who must do what, read once here rather than on every request
    return doc


def search_text(doc: Document, chunk_text: str, section: str | None) -> str:
    """Text used for retrieval: the chunk enriched with its document and section."""
    parts = [doc.title]
    if doc.meta.doc_number:
        parts.append(doc.meta.doc_number)
    if section:
        parts.append(section)
    # (a report writes its years in numerals, "到二○二○年"; a question writes 2020年)
    parts.append(digit_years(chunk_text))
    return "\n".join(parts)

"""Chunk a cleaned document by its structure.

A clause (a heading with the paragraphs under it) stays whole unless it is longer than
`max_chars`; then it is packed paragraph by paragraph, and a paragraph that is still too long is
split at sentence ends (。！？；). A heading line with no text of its own travels with the clause
that follows it, so no chunk is a bare heading.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from pydantic import ConfigDict, Field
from pydantic.dataclasses import dataclass

from .clean import map_offset
from .metadata import APPENDIX_PATH
from .models import Chunk, Heading
from .structure import parse_headings, section_paths

PARSER_VERSION = "parse-v51"
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
_SOFT_END = re.compile(r"(?<=[，、,])")


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class ChunkSettings:
    max_chars: int = Field(default=500, ge=20, description="longest chunk in characters; longer clauses are split")

    def signature(self) -> str:
        # Bump PARSER_VERSION when cleaning, metadata or heading rules change: an index built by
        # older rules then asks to be rebuilt instead of silently mixing two versions.
        return f"{PARSER_VERSION}/max{self.max_chars}"


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for para in text[start:end].split("\n"):
        if para.strip():
            out.append((pos, pos + len(para)))
        pos += len(para) + 1
    return out


def _units(text: str, headings: list[Heading], body_start: int, body_end: int,
           appendices: list[tuple[int, int, str]]) -> list[tuple[tuple[str, ...], list[tuple[int, int]]]]:
    """(section path, paragraph spans) for the head, each clause of the body, the tail, and each
    attachment printed after the 落款 (its clauses under the path "附件：<title>")."""
    units: list[tuple[tuple[str, ...], list[tuple[int, int]]]] = []
    head = _paragraphs(text, 0, body_start)
    if head:
        units.append(((), head))
    units.extend(_clauses(text, headings, body_start, body_end, ()))
    tail_end = appendices[0][0] if appendices else len(text)
    tail = _paragraphs(text, body_end, tail_end)
    if tail:
        units.append(((), tail))
    for start, end, label in appendices:
        units.extend(_clauses(text, parse_headings(text, start, end), start, end, (label,)))
    return units


def in_appendix(chunk: Chunk) -> bool:
    """Is the chunk part of an attachment printed in the same file after the 落款?"""
    return bool(chunk.section_path) and bool(APPENDIX_PATH.match(chunk.section_path[0]))


def _clauses(text: str, headings: list[Heading], start: int, end: int, prefix: tuple[str, ...]
             ) -> list[tuple[tuple[str, ...], list[tuple[int, int]]]]:
    """Each heading with the paragraphs under it; paragraphs before the first heading form a unit
    of their own (path `prefix`)."""
    paths = {s: prefix + path for s, path in section_paths(headings)}
    units: list[tuple[tuple[str, ...], list[tuple[int, int]]]] = []
    current: tuple[tuple[str, ...], list[tuple[int, int]]] = (prefix, [])
    pending_heading: list[tuple[int, int]] = []
    for s, e in _paragraphs(text, start, end):
        if s in paths:
            if current[1]:
                units.append(current)
            heading_only = any(h.start == s and h.title == text[s:e].strip() for h in headings)
            if heading_only:
                pending_heading.append((s, e))
                current = (paths[s], [])
                continue
            current = (paths[s], [*pending_heading, (s, e)])
            pending_heading = []
        else:
            current = (current[0], current[1] + pending_heading + [(s, e)])
            pending_heading = []
    if pending_heading:
        current = (current[0], current[1] + pending_heading)
    if current[1]:
        units.append(current)
    return units


def _split_long(text: str, s: int, e: int, max_chars: int) -> list[tuple[int, int]]:
    """Split one paragraph at sentence ends (then at commas) into pieces of at most max_chars."""
    if e - s <= max_chars:
        return [(s, e)]
    pieces: list[tuple[int, int]] = []
    pos = s
    for part in _SENTENCE_END.split(text[s:e]):
        if not part:
            continue
        ps, pe = pos, pos + len(part)
        pos = pe
        if pe - ps > max_chars:
            sub = ps
            for soft in _SOFT_END.split(text[ps:pe]):
                if soft:
                    pieces.append((sub, sub + len(soft)))
                    sub += len(soft)
        else:
            pieces.append((ps, pe))
    return _pack(pieces, max_chars, joiner=0)


def _pack(spans: list[tuple[int, int]], max_chars: int, joiner: int) -> list[tuple[int, int]]:
    """Greedily merge neighbouring spans while the result fits; over-long single spans are cut."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > max_chars and joiner == 0:
            out.append((s, s + max_chars))
            s += max_chars
        if out and e - out[-1][0] <= max_chars:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def chunk_document(doc_id: str, text: str, segments: list[tuple[int, int, int]],
                   headings: list[Heading], body_start: int, body_end: int,
                   settings: ChunkSettings, appendices: list[tuple[int, int, str]] | None = None) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: Counter[str] = Counter()
    for path, paras in _units(text, headings, body_start, body_end, appendices or []):
        spans: list[tuple[int, int]] = []
        if paras[-1][1] - paras[0][0] <= settings.max_chars:
            spans = [(paras[0][0], paras[-1][1])]
        else:
            pieces: list[tuple[int, int]] = []
            for s, e in paras:
                pieces.extend(_split_long(text, s, e, settings.max_chars))
            spans = _pack(pieces, settings.max_chars, joiner=1)
        for s, e in spans:
            body = text[s:e]
            key = f"{doc_id}\x00{' > '.join(path)}\x00{body}"
            seen[key] += 1
            digest = hashlib.sha1(f"{key}\x00{seen[key]}".encode()).hexdigest()[:16]
            chunks.append(Chunk(
                chunk_id=digest, doc_id=doc_id, order=len(chunks), text=body, section_path=path,
                start=map_offset(segments, s), end=map_offset(segments, e - 1) + 1,
                clean_start=s, clean_end=e,
            ))
    return chunks

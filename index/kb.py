"""The knowledge base: documents, their chunks, a lexical index and the vectors, kept in step.

On disk (index_dir):
  manifest.json   the source of truth: settings it was built with, sources and their documents
  docs/*.json     one file per document version (metadata, original and cleaned text, chunks, and
                  each chunk's search tokens as one space-separated string: fast to read back)
  chroma/         embedded Chroma (unless a Chroma server is configured)
  lexical/        the saved BM25 index; `key` holds the chunk list's hash and each file's sha256
  .pending.json   the journal of a write in progress: vectors and files it may leave behind

Updates are incremental and crash-safe: the journal is written first, then new vectors and
document files, the manifest is replaced atomically, and only then are the vectors and files the
journal lists and the manifest no longer names removed. An interrupted build (even kill -9)
therefore leaves the previous manifest, and everything it points to, usable; the next writer
finishes the cleanup from the journal. Nothing the manifest does not list is ever deleted unless
the user asks (`python -m index recover --prune`, `build --rebuild`). Readers never write.

What is loaded is verified: the manifest's shape, each document file against its sha256 in the
manifest, the saved BM25 index against the sha256s in its key. A missing or damaged manifest or
document file is an `IndexDamagedError` whose one line names the file and the command to run
(`python -m index recover`); an index folder is never taken for an empty one.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .documents import build_document, search_text
from .embedders import Embedder, describe, make_embedder
from .files import (
    DOC_FILE,
    FORMAT_VERSION,
    JOURNAL,
    IndexDamagedError,
    IndexFolder,
    IndexMismatchError,
    atomic_write,
    doc_file_name,
    empty_manifest,
    expand_paths,
    parse_doc_file,
    sha256,
    sync_files,
)

# Names the rest of the project imports from here (the index's errors and file helpers).
from .files import IndexStateError as IndexStateError
from .files import IndexWriteError as IndexWriteError
from .files import is_folder_readme as is_folder_readme
from .lexical import LexicalIndex, SubstringCounter, search_tokens
from .loaders import load
from .models import ROLES, Attachment, Chunk, Document, InputError, Role
from .postings import TextPostings
from .sentences import SentenceIndex
from .settings import IndexSettings
from .signature import differences, index_shape, shape_hash
from .store import ChromaStore, VectorStore
from .textnorm import normalize

if TYPE_CHECKING:
    from tqdm import tqdm


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)  # doc ids
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # sources
    removed: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    embedded_chunks: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class RecoverReport:
    documents: list[str] = field(default_factory=list)  # doc ids in the rebuilt manifest
    damaged: list[str] = field(default_factory=list)  # document files moved to docs/damaged/
    superseded: list[str] = field(default_factory=list)  # older files of the same document, ignored
    embedded_chunks: int = 0
    pruned_vectors: int = 0
    pruned_files: int = 0


class KnowledgeBase:
    def __init__(self, settings: IndexSettings, embedder: Embedder | None = None,
                 store: VectorStore | None = None, *, _recovering: bool = False) -> None:
        self.settings = settings
        self.dir = Path(settings.index_dir)
        self.folder = IndexFolder(self.dir)
        self._embedder = embedder
        self._store = store
        self.docs: dict[str, Document] = {}
        self.tokens: dict[str, str] = {}  # chunk id -> its search tokens, space-separated
        self._vectors: tuple[list[str], np.ndarray] | None = None
        self.norms: dict[str, str] = {}
        self.chunks: dict[str, Chunk] = {}
        # doc id -> (file name, document, tokens and normalised text of its chunks) as loaded
        self._loaded: dict[str, tuple[str, Document, dict[str, str], dict[str, str]]] = {}
        self._new_sums: dict[str, str] = {}  # sha256 of document files written since the last commit
        self._lexical = LexicalIndex()
        self._lexical_saved = False
        self._chunk_ids: list[str] = []
        self._chunk_row: dict[str, int] = {}
        self._idf_cache: dict[str, float] = {}
        self._substrings = SubstringCounter()  # in how many chunks a string occurs (for idf)
        self._norm_rows: list[str] = []  # normalised chunk texts in row order
        self._doc_rows: dict[str, tuple[int, int]] = {}  # doc id -> its rows [first, end)
        # normalised titles and file names of the documents, for attachments and references
        self._doc_names: list[tuple[str, str, str, str, str]] | None = None
        # Lookups derived from the documents (assistant/scope.py, retrieval.py), each made once
        # per state of the library: `docs` is a new dict after every change.
        self._derived: dict[str, tuple[dict[str, Document], Any]] = {}
        self.sentences = SentenceIndex(self)
        if _recovering:
            self.manifest = empty_manifest()
            self._load_documents()
            return
        self.manifest = self._read_manifest()
        self._check_compatible()
        with _no_gc():
            self._load_documents()
            self._rebuild_lexical(save=False)  # readers never write

    # ----- settings and manifest -------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = make_embedder(self.settings.embedder)
        return self._embedder

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            name = f"{self.settings.collection}_{self._settings_hash()}"
            if self.settings.chroma_url:
                self._store = ChromaStore.server(self.settings.chroma_url, name)
            else:
                self._store = ChromaStore.embedded(str(self.dir / "chroma"), name)
        return self._store

    def _settings_hash(self) -> str:
        key = f"{self.embedder_name}|{self.settings.chunking.signature()}"
        return hashlib.sha1(key.encode()).hexdigest()[:10]

    @property
    def embedder_name(self) -> str:
        return self._embedder_identity()[0]

    def _embedder_identity(self) -> tuple[str, int]:
        """(name, dimension) of the configured embedder; bundled ones are not loaded for this."""
        if self._embedder is not None:
            return self._embedder.name, self._embedder.dim
        return describe(str(self.settings.embedder))

    def shape(self) -> dict[str, object]:
        """What shapes this index's tokens, chunks and vectors (index/signature.py)."""
        return index_shape(*self._embedder_identity(), self.settings.chunking)

    def _read_manifest(self) -> dict:
        return self.folder.read_manifest()

    def _check_compatible(self) -> None:
        """An index built with other lexicon files, tokeniser, parser, chunk settings or embedder
        has stale tokens or vectors: refuse it with the one line that says how to rebuild."""
        if not self.manifest.get("docs"):
            return
        rebuild = f"rebuild it with `python -m index build --rebuild --index-dir {self.dir}`"
        if self.manifest.get("version") != FORMAT_VERSION:
            raise IndexMismatchError(
                f"the index in {self.dir} has format {self.manifest.get('version')}, this version reads "
                f"{FORMAT_VERSION}: {rebuild}")
        built = self.manifest.get("shape")
        now = self.shape()
        if not isinstance(built, dict):
            raise IndexMismatchError(f"the index in {self.dir} does not record the lexicon, tokeniser and embedder "
                                     f"it was built with (an older version built it): {rebuild}")
        changed = differences(built, now)
        if changed:
            detail = ", ".join(changed)
            if "embedder" in changed:
                was, asked = built.get("embedder") or {}, now["embedder"]
                detail += f" (built with '{was.get('name')}', asked for '{asked['name']}')"  # type: ignore[index]
            raise IndexMismatchError(f"the index in {self.dir} was built with other settings, changed since: "
                                     f"{detail}; {rebuild}, or go back to the settings it was built with")

    def _open_for_writing(self) -> None:
        """Under the write lock: catch up with other processes, then finish the cleanup of a
        write that was interrupted (its journal lists what it may have left behind)."""
        self.manifest = self._read_manifest()
        self._check_compatible()
        self._load_documents()
        journal = self.folder.journal()
        if journal:
            self._collect_garbage(journal)
            (self.dir / JOURNAL).unlink(missing_ok=True)

    # ----- reading ---------------------------------------------------------------------------
    def _load_documents(self) -> None:
        """Bring the in-memory documents in line with the manifest, reading only the document
        files that changed (another process may have written some since we opened the index).
        Each file is checked against its sha256 in the manifest and for its shape."""
        loaded = self._loaded
        sums = self.manifest.get("files", {})
        current: dict[str, tuple[str, Document, dict[str, str], dict[str, str]]] = {}
        with _no_gc():
            for doc_id, filename in self.manifest.get("docs", {}).items():
                entry = loaded.get(doc_id)
                if entry is None or entry[0] != filename:
                    entry = self._read_doc_file(doc_id, filename, sums.get(filename))
                current[doc_id] = entry
        self._loaded = current
        roles = {doc_id: entry.get("role") for entry in self.manifest.get("sources", {}).values()
                 for doc_id in entry.get("doc_ids", [])}
        for doc_id, entry in current.items():
            entry[1].role = roles.get(doc_id) or default_role(entry[1])
        self.docs = {doc_id: entry[1] for doc_id, entry in current.items()}
        self._vectors = None  # the semantic matrix is read again on first use
        self.tokens, self.norms = {}, {}
        for entry in current.values():  # (dict.update: no Python loop over 100,000 chunks)
            self.tokens.update(entry[2])
            self.norms.update(entry[3])
        self.chunks = {c.chunk_id: c for d in self.docs.values() for c in d.chunks}
        self._doc_names = None

    def _read_doc_file(self, doc_id: str | None, filename: str, checksum: str | None
                       ) -> tuple[str, Document, dict[str, str], dict[str, str]]:
        path = self.dir / "docs" / filename
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise IndexDamagedError(f"{path}: cannot read this document file ({exc.strerror or exc}); "
                                    f"run {self.folder.recover_hint}") from None
        if checksum is not None and sha256(raw) != checksum:
            raise IndexDamagedError(f"{path}: does not match its checksum in the manifest (truncated or changed "
                                    f"after it was written); run {self.folder.recover_hint}")
        try:
            entry = parse_doc_file(raw)
        except ValueError as exc:
            raise IndexDamagedError(f"{path}: not a valid document file ({exc}); run {self.folder.recover_hint}") from None
        if doc_id is not None and entry[0].doc_id != doc_id:
            raise IndexDamagedError(f"{path}: holds document '{entry[0].doc_id}', the manifest expects '{doc_id}'; "
                                    f"run {self.folder.recover_hint}")
        return (filename, *entry)

    def _rebuild_lexical(self, save: bool) -> None:
        """Bring the lexical index in line with the chunk list: the saved one (lexical/) when it
        is for exactly these chunks and every file matches its sha256; else the one in memory,
        updated by the rows of new chunks only; else counted from the stored tokens. Writers save
        it; readers never write."""
        self._idf_cache = {}
        self._chunk_ids = [c.chunk_id for d in self.docs.values() for c in d.chunks]
        self._chunk_row = {cid: i for i, cid in enumerate(self._chunk_ids)}
        self._doc_rows = {}
        for row, cid in enumerate(self._chunk_ids):
            doc_id = self.chunks[cid].doc_id
            first = self._doc_rows.get(doc_id, (row, row))[0]
            self._doc_rows[doc_id] = (first, row + 1)  # a document's chunks are consecutive rows
        self._doc_names = None
        self._norm_rows = [self.norms[c] for c in self._chunk_ids]
        if self._lexical.chunk_ids == self._chunk_ids and self._substrings.index.chunk_ids == self._chunk_ids:
            if save and not self._lexical_saved:
                self._save_lexical()
            return
        loaded = 0
        if self._chunk_ids and self._lexical.chunk_ids != self._chunk_ids:
            saved = LexicalIndex.load(self.dir / "lexical", self._chunk_ids)
            if saved is not None:
                self._lexical, loaded = saved, loaded + 1
        if self._chunk_ids and self._substrings.index.chunk_ids != self._chunk_ids:
            saved = LexicalIndex.load(self.dir / "substrings", self._chunk_ids)
            if saved is not None:
                self._substrings.index, loaded = saved, loaded + 1
        self._lexical.update(self._chunk_ids, lambda cid: self.tokens[cid].split())
        self._substrings.update(self._chunk_ids, self.norms.__getitem__)
        # What is on disk is what is in memory only when both were read from it.
        self._lexical_saved = loaded == 2 or not self._chunk_ids
        if save:
            self._save_lexical()

    def _save_lexical(self) -> None:
        if self._chunk_ids:
            self._lexical.save(self.dir / "lexical")
            self._substrings.index.save(self.dir / "substrings")
        else:
            for name in ("lexical", "substrings"):
                shutil.rmtree(self.dir / name, ignore_errors=True)
        self._lexical_saved = True

    def normalized(self, chunk_id: str) -> str:
        """The chunk's text normalised like queries are (computed at indexing time)."""
        return self.norms[chunk_id]

    def idf(self, term: str) -> float:
        """Inverse document frequency of a term over chunk texts (substring match), cached."""
        if term not in self._idf_cache:
            df = self._substrings.count(term, self._norm_rows.__getitem__)
            n = max(len(self._norm_rows), 1)
            self._idf_cache[term] = float(np.log((n + 1) / (df + 0.5)))
        return self._idf_cache[term]

    def section_context(self, chunk: Chunk) -> tuple[str, str, str]:
        """(text before, the chunk, text after) within the chunk's whole section, from the cleaned
        text: what a reader needs to see the clause in its context."""
        doc = self.docs[chunk.doc_id]
        start, end = chunk.clean_start, chunk.clean_end
        if chunk.section_path:
            depth = len(chunk.section_path)
            heads = [h for h in doc.headings if h.level == depth]
            own = [h for h in heads if h.start <= chunk.clean_start]
            if own:
                start = min(start, own[-1].start)
                later = [h for h in doc.headings if h.start > chunk.clean_start and h.level <= depth]
                end = max(end, later[0].start - 1) if later else max(end, len(doc.text))
        else:
            order = chunk.order
            if order > 0:
                start = doc.chunks[order - 1].clean_start
            if order + 1 < len(doc.chunks):
                end = doc.chunks[order + 1].clean_end
        return doc.text[start : chunk.clean_start], doc.text[chunk.clean_start : chunk.clean_end], doc.text[chunk.clean_end : end]

    def documents(self) -> list[Document]:
        return list(self.docs.values())

    def derived(self, name: str, build: Callable[[], Any]) -> Any:
        """`build()` once per state of the library (the lookups questions read instead of walking
        every document); made again after any change."""
        state = self.docs
        entry = self._derived.get(name)
        if entry is None or entry[0] is not state:
            entry = (state, build())
            self._derived[name] = entry
        return entry[1]

    def find_document(self, ref: str) -> Document | None:
        """By doc id, source path, file name or stem."""
        if ref in self.docs:
            return self.docs[ref]
        for doc_id, source, src, name, _stem_norm in self._names():
            if ref in (source, src, name, Path(src).stem):
                return self.docs[doc_id]
        return None

    def _names(self) -> list[tuple[str, str, str, str, str]]:
        """(doc id, source, source file, file name, normalised title + file stem) of every
        document, worked out once per state of the index rather than on every question."""
        if self._doc_names is None:
            out = []
            for doc in self.docs.values():
                src = doc.source.split("#", 1)[0]
                path = Path(src)
                out.append((doc.doc_id, doc.source, src, path.name, f"{normalize(doc.title)}\n{normalize(path.stem)}"))
            self._doc_names = out
        return self._doc_names

    def attachment_docs(self, doc: Document) -> dict[str, list[str]]:
        """For each attachment the notice names, the indexed documents that are that attachment
        (by title or file name): a notice and its attachments form one family."""
        if not doc.meta.attachments:
            return {}
        known: dict[tuple[str, str], dict[str, list[str]]] = self.derived("attachments", dict)
        key = (doc.doc_id, doc.content_hash)
        found = known.get(key)
        if found is None:
            found = {}
            ids, titles = self.titles()
            stems: TextPostings = self.derived("stems", lambda: TextPostings(
                [normalize(Path(src).stem) for _, _, src, *_ in self._names()]))
            for a in doc.meta.attachments:
                wanted = normalize(a.name)  # in a title or a file name (stem), both normalised
                if "\n" in wanted:  # (never within one line of a title)
                    found[a.name] = []
                    continue
                rows = set(titles.containing(wanted).tolist()) | set(stems.containing(wanted).tolist())
                found[a.name] = [ids[r] for r in sorted(rows) if ids[r] != doc.doc_id]
            known[key] = found
        return {name: list(ids) for name, ids in found.items()}

    def titles(self) -> tuple[list[str], TextPostings]:
        """The documents' ids and their normalised titles by characters (index/postings.py), in
        library order: which titles hold a word is a lookup, not a walk over the library."""
        def build() -> tuple[list[str], TextPostings]:
            return list(self.docs), TextPostings([normalize(d.title) for d in self.docs.values()])

        made: tuple[list[str], TextPostings] = self.derived("titles", build)
        return made

    def titled(self, words: Iterable[str]) -> list[Document]:
        """The documents whose normalised title holds any of `words`, in library order."""
        ids, postings = self.titles()
        rows = sorted({r for w in words for r in postings.containing(w).tolist()})
        return [self.docs[ids[r]] for r in rows]

    def attachment_holders(self) -> dict[str, list[str]]:
        """Document id -> the documents that name it as one of their indexed attachments."""
        def build() -> dict[str, list[str]]:
            out: dict[str, list[str]] = {}
            for d in self.docs.values():
                for ids in self.attachment_docs(d).values():
                    for doc_id in ids:
                        out.setdefault(doc_id, []).append(d.doc_id)
            return out

        holders: dict[str, list[str]] = self.derived("attachment_holders", build)
        return holders

    def attachment_status(self, doc: Document) -> list[Attachment]:
        """An attachment is available when its text is printed in the document itself (after the
        落款) or a document with its name is in the index too."""
        family = self.attachment_docs(doc)
        return [Attachment(a.name, a.available or bool(family.get(a.name))) for a in doc.meta.attachments]

    def lexical_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every chunk for the tokens (in `chunk_order`); score once, slice many times."""
        return self._lexical.scores(tokens)

    def known_terms(self, candidates: list[str], already: list[str]) -> list[str]:
        """The candidates the library's clauses use as words, not already among `already`."""
        have = set(already)
        return [t for t in dict.fromkeys(candidates) if t not in have and t in self._lexical.vocab]

    def top_lexical(self, scores: np.ndarray, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """The k best chunks by `scores`, optionally only within some documents."""
        if not len(scores):
            return []
        if doc_ids is not None:
            spans = [self._doc_rows.get(doc_id, (0, 0)) for doc_id in doc_ids]
            if sum(end - first for first, end in spans) * 4 < len(scores):
                # A few documents: their rows alone, unless equal scores leave the order to the sort.
                rows = np.concatenate([np.arange(first, end) for first, end in spans] or [np.zeros(0, np.int64)])
                top = _top_positive(scores[rows], k, exact=True)
                if top is not None:
                    return [(self._chunk_ids[i], float(scores[i])) for i in rows[top].tolist()]
            mask = np.zeros(len(scores), dtype=bool)
            for first, end in spans:
                mask[first:end] = True
            scores = np.where(mask, scores, 0.0)
        top = _top_positive(scores, k)
        assert top is not None
        return [(self._chunk_ids[i], float(scores[i])) for i in top]

    def search_lexical(self, tokens: list[str], k: int, doc_ids: set[str] | None = None
                       ) -> list[tuple[str, float]]:
        return self.top_lexical(self.lexical_scores(tokens), k, doc_ids)

    def search_dense(self, vector: np.ndarray, k: int, doc_ids: set[str] | None = None
                     ) -> list[tuple[str, float]]:
        if not self.chunks:
            return []
        hits = self.store.query(vector, k, sorted(doc_ids) if doc_ids else None)
        return [(cid, score) for cid, score in hits if cid in self.chunks]

    # ----- writing ---------------------------------------------------------------------------
    def add(self, paths: Iterable[Path], progress: bool = False, replace_all: bool = False,
            on_progress: Callable[[float, str], None] | None = None, role: Role | None = None,
            swap: Callable[[], AbstractContextManager[Any]] | None = None) -> BuildReport:
        """Index files (folders are expanded). Unchanged files are skipped, changed ones replaced.
        With replace_all, documents from the given folders whose files are gone are removed.
        `on_progress(fraction, label)` reports progress to a caller such as the web page.
        `role` marks the files' documents (default: records of a collection are background, other
        files keep the role they had, else they are the subject of a library that has none yet and
        related material of one that has). Every per-file failure (unreadable, hostile,
        duplicate) is one line in `report.failed`; the rest of the batch goes through.
        `swap`: a lock that keeps questions out; held only while the index in memory changes
        (the commit), not while files are parsed and embedded."""
        swap = swap or contextlib.nullcontext
        if role is not None and role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, not '{role}'")
        report = BuildReport()
        paths_list = list(paths)
        files = expand_paths(paths_list)
        with self.folder.write_lock():
            with swap():
                self._open_for_writing()
            sources = dict(self.manifest.get("sources", {}))
            docs_map = dict(self.manifest.get("docs", {}))
            new_docs: dict[str, Document] = {}
            seen_sources: set[str] = set()
            roles_changed = False
            # content hash -> (doc id, source file) of every document indexed or accepted so far
            by_hash = {d.content_hash: (d.doc_id, d.source.split("#")[0]) for d in self.docs.values()}
            id_source = {d.doc_id: d.source.split("#")[0] for d in self.docs.values()}
            had_subject = any(d.role == "subject" for d in self.docs.values())
            for i, path in enumerate(_progress(files, progress, "reading")):
                if on_progress:
                    on_progress(0.3 * i / max(len(files), 1), f"读取 {path.name}")
                source = str(path.resolve())
                seen_sources.add(source)
                try:
                    file_hash = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
                except OSError as exc:
                    report.failed.append(InputError(str(path), f"cannot read ({exc.strerror})"))
                    continue
                if source in sources and sources[source]["hash"] == file_hash:
                    if role is not None and sources[source].get("role") != role:
                        sources[source] = {**sources[source], "role": role}
                        roles_changed = True
                    report.unchanged.append(str(path))
                    continue
                try:
                    docs = self._build(path, source)
                except InputError as exc:
                    report.failed.append(exc)
                    continue
                except Exception as exc:  # a hostile file must not stop the batch
                    first = str(exc).splitlines()[0][:160] if str(exc) else ""
                    report.failed.append(InputError(str(path), f"cannot read this file ({type(exc).__name__}"
                                                    + (f": {first})" if first else ")")))
                    continue
                dups = [(d, by_hash[d.content_hash][0]) for d in docs if d.content_hash in by_hash
                        and by_hash[d.content_hash][1] != source]
                if dups and len(dups) == len(docs):
                    report.failed.append(InputError(str(path), f"duplicate of already indexed document '{dups[0][1]}'",
                                                    code="duplicate"))
                    continue
                if dups:
                    # A collection (jsonl) holding some records the library already has: those are
                    # skipped and named, the rest of the collection is indexed.
                    for d, dup in dups:
                        report.failed.append(InputError(f"{path}#{d.doc_id}", f"duplicate of already indexed document "
                                                        f"'{dup}'; skipped", code="duplicate"))
                    skipped = {id(d) for d, _ in dups}
                    docs = [d for d in docs if id(d) not in skipped]
                clash = next((d.doc_id for d in docs if d.doc_id in id_source and id_source[d.doc_id] != source), None)
                if clash is not None:
                    report.failed.append(InputError(
                        str(path), f"another file with the same name is indexed as '{clash}'; rename one of them"))
                    continue
                old_ids = sources.get(source, {}).get("doc_ids", [])
                for old in old_ids:
                    docs_map.pop(old, None)
                doc_role = role or sources.get(source, {}).get("role") or default_role(docs[0], had_subject)
                for doc in docs:
                    doc.role = doc_role
                    new_docs[doc.doc_id] = doc
                    (report.replaced if doc.doc_id in old_ids else report.added).append(doc.doc_id)
                sources[source] = {"hash": file_hash, "doc_ids": [d.doc_id for d in docs], "role": doc_role}
                for d in docs:
                    by_hash[d.content_hash] = (d.doc_id, source)
                    id_source[d.doc_id] = source
            if replace_all:
                # Sync the given folders: a file that was indexed from one of them and is gone now
                # is removed; documents from elsewhere (uploads, other folders) are kept.
                roots = [str(Path(p).resolve()) for p in paths_list]
                for source in list(sources):
                    inside = any(source == r or source.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
                    if inside and source not in seen_sources:
                        for doc_id in sources.pop(source)["doc_ids"]:
                            docs_map.pop(doc_id, None)
                            report.removed.append(doc_id)
            if not new_docs and not report.removed and not roles_changed:
                if not self._lexical_saved:
                    with swap():
                        self._rebuild_lexical(save=True)  # a writer repairs a missing or damaged cache
                return report
            if roles_changed:
                for entry in sources.values():
                    for doc_id in entry["doc_ids"]:
                        if doc_id in self.docs and doc_id not in new_docs:
                            self.docs[doc_id].role = entry.get("role") or default_role(self.docs[doc_id])
                report.embedded_chunks += self._embed_missing(progress, on_progress)
            names = {doc.doc_id: doc_file_name(doc) for doc in new_docs.values()}
            self.folder.write_journal(vectors=[c.chunk_id for d in new_docs.values() for c in d.chunks],
                                files=list(names.values()))
            report.embedded_chunks += self._embed_new(new_docs.values(), progress, on_progress)
            for doc in new_docs.values():
                docs_map[doc.doc_id] = self._write_doc(doc, names[doc.doc_id])
            with swap():
                self._commit(sources, docs_map)
            # Sentence vectors are part of building, so the first question does not wait for them.
            self.sentences.ensure(progress)
        return report

    def remove(self, ref: str) -> list[str]:
        """Remove a document (by id, file name or source path) and every document of its source."""
        with self.folder.write_lock():
            self._open_for_writing()
            doc = self.find_document(ref)
            if doc is None:
                raise KeyError(ref)
            source = str(Path(doc.source.split("#", 1)[0]))
            sources = dict(self.manifest["sources"])
            docs_map = dict(self.manifest["docs"])
            entry = sources.pop(source, {"doc_ids": [doc.doc_id]})
            for doc_id in entry["doc_ids"]:
                docs_map.pop(doc_id, None)
            self._commit(sources, docs_map)
            return list(entry["doc_ids"])

    def set_role(self, ref: str, role: Role) -> list[str]:
        """Mark a document (and the other documents of its file) subject, related or background.
        Vectors are added for documents whose new role is embedded; nothing else is re-indexed."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, not '{role}'")
        with self.folder.write_lock():
            self._open_for_writing()
            doc = self.find_document(ref)
            if doc is None:
                raise KeyError(ref)
            sources = dict(self.manifest["sources"])
            source = next(s for s, e in sources.items() if doc.doc_id in e["doc_ids"])
            sources[source] = {**sources[source], "role": role}
            for doc_id in sources[source]["doc_ids"]:
                self.docs[doc_id].role = role
            self._embed_missing(False, None)
            self._commit(sources, dict(self.manifest["docs"]))
            self.sentences.ensure()
            return list(sources[source]["doc_ids"])

    def _embed_missing(self, progress: bool, on_progress: Callable[[float, str], None] | None) -> int:
        """Vectors for chunks of documents whose role is embedded but that have none yet."""
        wanted = [d for d in self.docs.values() if self.settings.embeds(d)]
        return self._embed_new(wanted, progress, on_progress, tokens=False)

    def semantic_scores(self, vector: np.ndarray, doc_ids: set[str] | None = None) -> dict[str, float]:
        """Cosine similarity of the question to every embedded chunk (of `doc_ids`). The embedded
        documents are few (the subject), so their vectors are held in memory after first use."""
        if self._vectors is None:
            ids = [c.chunk_id for d in self.docs.values() if self.settings.embeds(d) for c in d.chunks]
            got, covered = self.sentences.clause_vectors(ids) if ids else ({}, set())
            missing = [cid for cid in ids if cid not in covered]
            if missing:
                # (a store that cannot be opened, e.g. a read-only folder: answer by words alone)
                with contextlib.suppress(Exception):
                    got.update(self.store.get(missing))
            keep = [cid for cid in ids if cid in got]
            matrix = np.array([got[c] for c in keep], dtype=np.float32) if keep else np.zeros((0, 1), np.float32)
            self._vectors = (keep, matrix)
        ids, matrix = self._vectors
        if not ids or matrix.shape[1] != len(vector):
            return {}
        sims = matrix @ np.asarray(vector, dtype=np.float32)
        return {cid: float(s) for cid, s in zip(ids, sims) if doc_ids is None or self.chunks[cid].doc_id in doc_ids}

    @classmethod
    def wipe(cls, settings: IndexSettings) -> None:
        """Forget everything in the index folder (`build --rebuild`: the user asked for it).
        Works on a damaged index too."""
        kb = cls(settings, _recovering=True)
        with kb.folder.write_lock():
            docs_dir = kb.dir / "docs"
            for path in docs_dir.glob("*.json") if docs_dir.exists() else []:
                path.unlink()
            for name in ("manifest.json", JOURNAL):
                (kb.dir / name).unlink(missing_ok=True)
            shutil.rmtree(kb.dir / "chroma", ignore_errors=True)
            shutil.rmtree(kb.dir / "lexical", ignore_errors=True)
            shutil.rmtree(kb.dir / "substrings", ignore_errors=True)
            shutil.rmtree(kb.dir / "sentences", ignore_errors=True)

    @classmethod
    def recover(cls, settings: IndexSettings, prune: bool = False, progress: bool = False) -> RecoverReport:
        """Rebuild the manifest from the document files in docs/ (after the manifest was lost or
        damaged). Unreadable document files are moved to docs/damaged/; vectors missing for a
        chunk are embedded again. With `prune`, vectors and document files the new manifest does
        not list are deleted (only then: they may belong to something else)."""
        report = RecoverReport()
        kb = cls(settings, _recovering=True)
        with kb.folder.write_lock():
            try:
                old = kb.folder.read_manifest()
            except IndexDamagedError:
                old = empty_manifest()
            docs_dir = kb.dir / "docs"
            found: dict[str, tuple[float, Path, tuple[Document, dict[str, str], dict[str, str]]]] = {}
            for path in sorted(docs_dir.glob("*.json")) if docs_dir.is_dir() else []:
                try:
                    entry = parse_doc_file(path.read_bytes())
                except (OSError, ValueError):
                    damaged = docs_dir / "damaged"
                    damaged.mkdir(exist_ok=True)
                    path.rename(damaged / path.name)
                    report.damaged.append(path.name)
                    continue
                doc_id, mtime = entry[0].doc_id, path.stat().st_mtime
                if doc_id in found:
                    older, newer = sorted([found[doc_id], (mtime, path, entry)], key=lambda x: x[0])
                    report.superseded.append(older[1].name)
                    found[doc_id] = newer
                else:
                    found[doc_id] = (mtime, path, entry)
            docs_map: dict[str, str] = {}
            sources: dict[str, dict] = {}
            loaded = {}
            for doc_id, (_, path, (doc, tokens, norms)) in sorted(found.items()):
                docs_map[doc_id] = path.name
                loaded[doc_id] = (path.name, doc, tokens, norms)
                source = doc.source.split("#", 1)[0]
                entry_ = sources.setdefault(source, {"hash": "", "doc_ids": []})
                entry_["doc_ids"].append(doc_id)
            for source, entry_ in sources.items():
                before = old["sources"].get(source)
                if before and sorted(before["doc_ids"]) == sorted(entry_["doc_ids"]):
                    entry_["hash"] = before["hash"]  # else "": the next build reads the file again
            kb._loaded = loaded
            kb.manifest = {**empty_manifest(), "docs": docs_map}
            kb._load_documents()
            live = set(kb.chunks)
            stored = kb.store.ids()
            missing = [d for d in kb.docs.values() if any(c.chunk_id not in stored for c in d.chunks)]
            kb.folder.write_journal(vectors=[c.chunk_id for d in missing for c in d.chunks], files=[])
            report.embedded_chunks = kb._embed_new(missing, progress)
            kb._commit(sources, docs_map)
            report.documents = sorted(docs_map)
            if prune:
                orphans = sorted(kb.store.ids() - live)
                if orphans:
                    kb.store.delete(orphans)
                report.pruned_vectors = len(orphans)
                keep = set(docs_map.values())
                for path in docs_dir.glob("*.json") if docs_dir.is_dir() else []:
                    if path.name not in keep:
                        path.unlink()
                        report.pruned_files += 1
        return report

    def _build(self, path: Path, source: str) -> list[Document]:
        raws = load(path)
        docs = []
        for raw in raws:
            raw.source = source if raw.record is None else f"{source}#{raw.record}"
            if len(raw.text) > self.settings.max_doc_chars:
                raise InputError(str(path), f"too long for a policy document ({len(raw.text):,} characters; "
                                 f"limit {self.settings.max_doc_chars:,})")
            docs.append(build_document(raw, self.settings.chunking))
        return docs

    def _embed_new(self, docs: Iterable[Document], progress: bool,
                   on_progress: Callable[[float, str], None] | None = None, tokens: bool = True) -> int:
        """Tokens for the lexical index (unless `tokens` is False) and vectors for the chunks of
        documents whose role is embedded and that the store does not hold yet."""
        existing: set[str] | None = None
        todo: list[tuple[Chunk, str]] = []
        # New dicts swapped in at the end: questions may be reading (and iterating) the old ones,
        # since parsing and embedding run outside the readers' lock.
        new_tokens, new_norms = dict(self.tokens), dict(self.norms)
        to_tokenize: list[tuple[str, str]] = []
        for doc in docs:
            embed = self.settings.embeds(doc)
            if embed and existing is None:
                existing = self.store.ids()
            for chunk in doc.chunks:
                text = search_text(doc, chunk.text, chunk.section)
                if tokens:
                    # normalize(search text) == normalized head + normalized chunk (lines are
                    # normalised independently); the head (title, 文号, section) repeats, so it
                    # is normalised once, and the chunk once for both uses.
                    norm = new_norms[chunk.chunk_id] = normalize(chunk.text)
                    to_tokenize.append((chunk.chunk_id, _normalized_head(search_text(doc, "", chunk.section)) + norm))
                if embed and existing is not None and chunk.chunk_id not in existing:
                    todo.append((chunk, text))
        if to_tokenize:
            found = search_tokens([t for _, t in to_tokenize])
            new_tokens.update(zip((cid for cid, _ in to_tokenize), found, strict=True))
        if tokens:
            self.tokens, self.norms = new_tokens, new_norms
        if not todo:
            return 0
        batch = 64
        bar = _progress_bar(len(todo), progress, "embedding")
        for i in range(0, len(todo), batch):
            part = todo[i : i + batch]
            vectors = self.embedder.embed_documents([t for _, t in part])
            self.store.upsert([c.chunk_id for c, _ in part], vectors,
                              [{"doc_id": c.doc_id, "order": c.order} for c, _ in part])
            bar.update(len(part))
            if on_progress is not None:
                on_progress(0.3 + 0.7 * (i + len(part)) / len(todo), f"向量化 {i + len(part)}/{len(todo)}")
        bar.close()
        return len(todo)

    def _write_doc(self, doc: Document, name: str) -> str:
        payload = {"document": doc.to_dict(),
                   "tokens": {c.chunk_id: self.tokens[c.chunk_id] for c in doc.chunks},
                   "norms": {c.chunk_id: self.norms[c.chunk_id] for c in doc.chunks}}
        data = json.dumps(payload, ensure_ascii=False)
        atomic_write(self.dir / "docs" / name, data, sync=False)  # synced before the manifest names it
        self._new_sums[name] = sha256(data.encode("utf-8"))
        # What we just wrote need not be read back when the manifest starts to point at it.
        self._loaded[doc.doc_id] = (name, doc, payload["tokens"], payload["norms"])
        return name

    def _commit(self, sources: dict, docs_map: dict) -> None:
        old_chunks, old_files = set(self.chunks), set(self.manifest.get("docs", {}).values())
        new_files = set(docs_map.values())
        known = {**self.manifest.get("files", {}), **self._new_sums}
        sums = {}
        for name in sorted(new_files):
            if name not in known:  # an index written before checksums: what we loaded is what is there
                known[name] = sha256((self.dir / "docs" / name).read_bytes())
            sums[name] = known[name]
        # What this commit makes obsolete joins the journal before the manifest changes.
        new_chunks = {c.chunk_id for doc_id in docs_map for c in self._loaded[doc_id][1].chunks}
        self.folder.write_journal(vectors=sorted(old_chunks - new_chunks), files=sorted(old_files - new_files))
        sync_files(self.dir / "docs" / name for name in sorted(new_files - old_files))
        shape = self.shape()
        manifest = {"version": FORMAT_VERSION, "embedder": self.embedder_name,
                    "chunking": self.settings.chunking.signature(), "shape": shape, "shape_hash": shape_hash(shape),
                    "sources": sources, "docs": docs_map, "files": sums}
        atomic_write(self.dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        self.manifest = manifest
        self._new_sums = {}
        self._load_documents()
        self._rebuild_lexical(save=True)
        self._collect_garbage(self.folder.journal())
        (self.dir / JOURNAL).unlink(missing_ok=True)

    def _collect_garbage(self, journal: dict) -> None:
        """Remove the vectors and document files the journal lists and the manifest no longer
        refers to. Nothing else: what the manifest does not list may belong to someone else."""
        live_files = set(self.manifest["docs"].values())
        for name in journal.get("files", []):
            if isinstance(name, str) and DOC_FILE.match(name) and name not in live_files:
                (self.dir / "docs" / name).unlink(missing_ok=True)
        stale = sorted(v for v in journal.get("vectors", []) if isinstance(v, str) and v not in self.chunks)
        if stale:
            existing = self.store.ids()
            stale = [v for v in stale if v in existing]
            if stale:
                self.store.delete(stale)


def _top_positive(scores: np.ndarray, k: int, exact: bool = False) -> list[int] | None:
    """The rows of `[i for i in np.argsort(-scores)[:k] if scores[i] > 0]` without sorting
    100,000 scores: the k + 1 best found by a partial sort, then ordered. Equal positive scores
    among them would be ordered by the full sort's own (unstable) way, so then the full sort is
    used: the result is always the same as before. With `exact`, None instead of the full sort
    (the caller's scores are a part of the library's, whose full sort decides)."""
    if k <= 0 or not len(scores):
        return []
    negative = -scores
    part = np.argpartition(negative, k)[: k + 1] if len(scores) > k + 1 else np.arange(len(scores))
    values = negative[part]
    order = np.argsort(values, kind="stable")
    best = values[order]
    positive = best[best < 0]
    if len(positive) > 1 and (positive[1:] == positive[:-1]).any():
        if exact:
            return None
        top = np.argsort(negative)[:k]
    else:
        top = part[order][:k]
    return [i for i in top.tolist() if scores[i] > 0]


@functools.lru_cache(maxsize=4096)
def _normalized_head(head: str) -> str:
    return normalize(head)


def default_role(doc: Document, library_has_subject: bool = False) -> Role:
    """Records of a collection (reports, law databases) are background. A file is the subject of
    a library that has none yet (the documents a user builds it from); added to a library that
    already has its subject, it is related material unless the user marks it as the subject."""
    if doc.kind == "jsonl":
        return "background"
    return "related" if library_has_subject else "subject"


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Reading a large library creates millions of objects and none of them form cycles; the
    cyclic collector would walk all of them again and again (a third of the opening time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What was read stays for the life of the library: moved out of the collector's sight,
        # or its first collection walks every one of those objects (~0.2-0.5 s at 10x) and later
        # full collections do so again in the middle of a question. (Frozen objects are still
        # freed by reference counting: a library holds no reference cycle, index/sentences.py.)
        gc.freeze()
        if enabled:
            gc.enable()


def _progress(items: list[Path], enabled: bool, label: str) -> Iterable[Path]:
    """A progress bar on stderr for a long list of files; none when off or the list is short."""
    if not enabled or len(items) < 5:
        return items  # (importing tqdm alone takes longer than adding one document's rows)
    from tqdm import tqdm  # here, not at the top: answering questions never needs it

    return tqdm(items, desc=label, unit="file", file=sys.stderr)


def _progress_bar(total: int, enabled: bool, label: str) -> tqdm:
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit="chunk", file=sys.stderr, disable=not enabled or total < 64)

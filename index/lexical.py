"""The lexical index: BM25 over the chunks' search tokens, updated in place.

It scores like bm25s' default ("lucene": idf = ln(1 + (N - df + 0.5) / (df + 0.5)), term part
tf / (tf + k1 (1 - b + b dl / avgdl)), k1 1.5, b 0.75), but keeps raw term counts instead of
precomputed scores, so adding or removing a document touches only that document's rows: the
global parts (N, df, avgdl) are applied when a question is scored, over the postings of the
question's terms only. Adding one document to a library of 100,000 chunks therefore costs
milliseconds instead of re-indexing everything.

On disk (a folder): `vocab.json` (terms in id order), `counts.npz` (the chunk x term counts as a
CSC matrix), `chunks.json` (chunk ids in row order) and `key` (the chunk list's hash and each
file's sha256). A saved index is used only when every file matches its sha256.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

K1 = 1.5
B = 0.75
EMPTY = "∅"  # the token of a chunk without any (so that every chunk has a row of length > 0)


def _tokens_of(texts: Sequence[str]) -> list[str]:
    from .textnorm import expand_aliases, tokenize

    return [" ".join(tokenize(expand_aliases(text), normalized=True)) for text in texts]


def search_tokens(texts: Sequence[str], workers: int | None = None) -> list[str]:
    """The search tokens of each normalised text, space-separated (no token holds a space).
    Tokenising is most of the cost of indexing a large library, so many texts are shared out to
    worker processes, one per core (spawned, not forked: the caller may run threads)."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers < 2 or len(texts) < PARALLEL_FROM:
        return _tokens_of(texts)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = max(200, len(texts) // (workers * 8))
    batches = [texts[i : i + size] for i in range(0, len(texts), size)]
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            return [t for batch in pool.map(_tokens_of, batches) for t in batch]
    except (OSError, RuntimeError):  # no processes allowed here (sandbox, limits): do it ourselves
        return _tokens_of(texts)


PARALLEL_FROM = 4000  # texts; below this, starting the workers costs more than it saves


def chunk_list_key(chunk_ids: Sequence[str]) -> str:
    return hashlib.sha1("\n".join(chunk_ids).encode()).hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class LexicalIndex:
    """BM25 over token lists, one row per chunk, rows in `chunk_ids` order."""

    def __init__(self) -> None:
        self.chunk_ids: list[str] = []
        self.vocab: dict[str, int] = {}
        self._terms: list[str] = []
        self._counts = sparse.csc_matrix((0, 0), dtype=np.float32)  # chunk x term
        self._lengths = np.zeros(0, dtype=np.float32)  # tokens per chunk
        self._df = np.zeros(0, dtype=np.int64)
        self._norm: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.chunk_ids)

    # ----- building ---------------------------------------------------------------------------
    def _rows(self, token_lists: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Count matrix rows for these token lists, growing the vocabulary as needed."""
        indptr = [0]
        indices: list[int] = []
        data: list[int] = []
        vocab = self.vocab
        for tokens in token_lists:
            counts = Counter(tokens or [EMPTY])
            for term, n in counts.items():
                tid = vocab.get(term)
                if tid is None:
                    tid = vocab[term] = len(self._terms)
                    self._terms.append(term)
                indices.append(tid)
                data.append(n)
            indptr.append(len(indices))
        return sparse.csr_matrix((np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32),
                                  np.asarray(indptr, dtype=np.int64)), shape=(len(token_lists), len(self._terms)))

    def _set(self, chunk_ids: list[str], counts: sparse.spmatrix) -> None:
        self.chunk_ids = chunk_ids
        self._counts = sparse.csc_matrix(counts, dtype=np.float32)
        self._counts.sort_indices()
        self._lengths = np.asarray(self._counts.sum(axis=1), dtype=np.float32).ravel()
        self._df = np.diff(self._counts.indptr).astype(np.int64)
        self._norm = None

    def update(self, chunk_ids: list[str], tokens_of: Callable[[str], Sequence[str]]) -> int:
        """Make the rows `chunk_ids` (in that order): rows of chunks already indexed are kept,
        the others are counted from `tokens_of(chunk_id)`. Returns how many rows were counted."""
        if chunk_ids == self.chunk_ids:
            return 0
        kept = len(self.chunk_ids)
        if self.chunk_ids and len(chunk_ids) > kept and chunk_ids[:kept] == self.chunk_ids:
            # Rows added after the others (a document added): appended, nothing re-sorted.
            self._append(chunk_ids[kept:], self._rows([tokens_of(cid) for cid in chunk_ids[kept:]]))
            return len(chunk_ids) - kept
        position = {cid: i for i, cid in enumerate(self.chunk_ids)}
        new = [cid for cid in chunk_ids if cid not in position]
        fresh = self._rows([tokens_of(cid) for cid in new])
        n_terms = len(self._terms)
        old = sparse.csr_matrix(self._counts)
        old.resize((old.shape[0], n_terms))
        fresh.resize((fresh.shape[0], n_terms))
        stacked = sparse.vstack([old, fresh], format="csr")
        new_pos = {cid: len(self.chunk_ids) + i for i, cid in enumerate(new)}
        order = np.asarray([position[c] if c in position else new_pos[c] for c in chunk_ids], dtype=np.int64)
        self._set(list(chunk_ids), stacked[order] if len(order) else stacked[:0])
        return len(new)

    def _append(self, chunk_ids: list[str], fresh: sparse.csr_matrix) -> None:
        """Add rows after the last one. In the chunk x term CSC matrix each term's column gets
        the new rows' entries at its end, so the row indices stay sorted: the arrays are moved
        into place in one pass instead of the whole matrix being converted and re-sorted (the
        same matrix as `_set` would make)."""
        old = self._counts
        n_rows, n_terms = old.shape[0] + fresh.shape[0], len(self._terms)
        fresh.resize((fresh.shape[0], n_terms))
        new = sparse.csc_matrix(fresh, dtype=np.float32)
        new.sort_indices()
        old_indptr = np.r_[old.indptr, np.full(n_terms - old.shape[1], old.nnz, dtype=old.indptr.dtype)]
        new_count = np.diff(new.indptr).astype(np.int64)
        # Each new entry goes in at the end of its term's column (np.insert keeps their order).
        at = np.repeat(old_indptr[1:], new_count)
        indices = np.insert(old.indices, at, new.indices.astype(old.indices.dtype) + old.shape[0])
        data = np.insert(old.data, at, new.data)
        indptr = old_indptr.astype(np.int64)
        indptr[1:] += np.cumsum(new_count)
        counts = sparse.csc_matrix((data, indices, indptr), shape=(n_rows, n_terms))
        counts.has_sorted_indices = True
        lengths = np.asarray(new.sum(axis=1), dtype=np.float32).ravel()
        self.chunk_ids = self.chunk_ids + list(chunk_ids)
        self._counts = counts
        self._lengths = np.concatenate([self._lengths, lengths])
        self._df = np.diff(indptr).astype(np.int64)
        self._norm = None

    # ----- scoring ----------------------------------------------------------------------------
    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every row for the question's tokens (a repeated token counts again)."""
        n = len(self.chunk_ids)
        out = np.zeros(n, dtype=np.float32)
        ids = [self.vocab[t] for t in tokens if t in self.vocab]
        if not n or not ids:
            return out
        if self._norm is None:  # the length part of every row, the same for every question
            avg = float(self._lengths.mean())
            self._norm = K1 * ((1 - B) + B * self._lengths / avg)
        norm = self._norm
        counts = self._counts
        for tid in ids:
            start, end = counts.indptr[tid], counts.indptr[tid + 1]
            if start == end:
                continue
            rows, tf = counts.indices[start:end], counts.data[start:end]
            df = end - start
            idf = np.float32(np.log(1 + (n - df + 0.5) / (df + 0.5)))
            out[rows] += idf * (tf / (norm[rows] + tf))
        return out

    # ----- files ------------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the index to `folder` atomically (a new folder renamed into place)."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
        try:
            (tmp / "vocab.json").write_text(json.dumps(self._terms, ensure_ascii=False), encoding="utf-8")
            (tmp / "chunks.json").write_text(json.dumps(self.chunk_ids, ensure_ascii=False), encoding="utf-8")
            c = self._counts
            np.savez(tmp / "counts.npz", data=c.data, indices=c.indices, indptr=c.indptr,
                     shape=np.asarray(c.shape, dtype=np.int64))
            files = {p.name: _sha256(p.read_bytes()) for p in sorted(tmp.iterdir()) if p.is_file()}
            (tmp / "key").write_text(json.dumps({"chunks": chunk_list_key(self.chunk_ids), "files": files}))
            old = folder.parent / f".{folder.name}-old-{os.getpid()}"
            if folder.exists():
                folder.rename(old)
            tmp.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, chunk_ids: Sequence[str]) -> LexicalIndex | None:
        """The saved index if it is for exactly these chunks and every file is as written."""
        try:
            meta = json.loads((folder / "key").read_text())
            if not isinstance(meta, dict) or meta.get("chunks") != chunk_list_key(chunk_ids):
                return None
            files = meta.get("files")
            present = {p.name for p in folder.iterdir() if p.is_file() and p.name != "key"}
            if not isinstance(files, dict) or present != set(files):
                return None
            raw = {name: (folder / name).read_bytes() for name in files}
            if any(_sha256(raw[name]) != digest for name, digest in files.items()):
                return None
            terms = json.loads(raw["vocab.json"].decode("utf-8"))
            saved_ids = json.loads(raw["chunks.json"].decode("utf-8"))
            with np.load(folder / "counts.npz") as arrays:
                shape = tuple(int(x) for x in arrays["shape"])
                counts = sparse.csc_matrix((arrays["data"], arrays["indices"], arrays["indptr"]), shape=shape)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if list(saved_ids) != list(chunk_ids) or shape != (len(saved_ids), len(terms)):
            return None
        index = cls()
        index._terms = list(terms)
        index.vocab = dict(zip(terms, range(len(terms))))
        index._set(list(saved_ids), counts)
        return index


def grams(text: str) -> list[str]:
    """The distinct characters and character pairs of a text."""
    return list({*text, *(text[i : i + 2] for i in range(len(text) - 1))})


class SubstringCounter:
    """In how many texts a string occurs, answered from postings of characters and character
    pairs instead of a scan of every text: a one- or two-character string is one lookup; a longer
    one is checked only in the texts that hold all its pairs."""

    def __init__(self) -> None:
        self.index = LexicalIndex()

    def update(self, chunk_ids: list[str], text_of: Callable[[str], str]) -> int:
        return self.index.update(chunk_ids, lambda cid: grams(text_of(cid)))

    def count(self, term: str, text_of_row: Callable[[int], str]) -> int:
        index = self.index
        if not term:
            return len(index)
        if len(term) <= 2:
            tid = index.vocab.get(term)
            return int(index._df[tid]) if tid is not None else 0
        postings = []
        for pair in {term[i : i + 2] for i in range(len(term) - 1)}:
            tid = index.vocab.get(pair)
            if tid is None:
                return 0
            c = index._counts
            postings.append(c.indices[c.indptr[tid] : c.indptr[tid + 1]])
        postings.sort(key=len)
        rows = postings[0]
        for other in postings[1:]:
            if not len(rows):
                return 0
            rows = np.intersect1d(rows, other, assume_unique=True)
        return sum(1 for r in rows.tolist() if term in text_of_row(r))

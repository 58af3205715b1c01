"""Two baselines on the same questions and corpus, for the report's ratios:
- plain jieba BM25 over fixed 500-character chunks of the raw text;
- dense-only retrieval with the default embedder over langchain RecursiveCharacterTextSplitter chunks.
They retrieve; the "answer" is the top chunk, and they never refuse."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.embedders import Embedder
from index.kb import KnowledgeBase


@dataclass
class BaselineChunk:
    doc_id: str
    text: str


def _docs(kb: KnowledgeBase) -> list[tuple[str, str]]:
    return [(d.doc_id, d.original) for d in kb.documents()]


class FixedBM25:
    name = "bm25-fixed500"

    def __init__(self, kb: KnowledgeBase, size: int = 500) -> None:
        import bm25s
        import jieba

        self.chunks = [BaselineChunk(doc_id, text[i : i + size])
                       for doc_id, text in _docs(kb) for i in range(0, len(text), size)]
        self._jieba = jieba
        self._bm25 = bm25s.BM25()
        self._bm25.index([self._tok(c.text) or ["∅"] for c in self.chunks], show_progress=False)

    def _tok(self, text: str) -> list[str]:
        return [w for w in self._jieba.lcut(text) if w.strip() and any(ch.isalnum() for ch in w)]

    def search(self, question: str, k: int = 5) -> list[BaselineChunk]:
        scores = self._bm25.get_scores(self._tok(question))
        return [self.chunks[i] for i in np.argsort(-scores)[:k] if scores[i] > 0]


class DenseRecursive:
    name = "dense-recursive"

    def __init__(self, kb: KnowledgeBase, embedder: Embedder, size: int = 500, overlap: int = 50) -> None:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=size, chunk_overlap=overlap)
        self.chunks = [BaselineChunk(doc_id, piece) for doc_id, text in _docs(kb)
                       for piece in splitter.split_text(text)]
        self.embedder = embedder
        vectors = [embedder.embed_documents([c.text for c in self.chunks[i : i + 256]])
                   for i in range(0, len(self.chunks), 256)]
        self.matrix = np.vstack(vectors)

    def search(self, question: str, k: int = 5) -> list[BaselineChunk]:
        scores = self.matrix @ self.embedder.embed_query(question)
        return [self.chunks[i] for i in np.argsort(-scores)[:k]]

"""Vector stores behind one small protocol. Chroma is the implementation: embedded
(PersistentClient in the index folder) or a Chroma server (`chroma run`, HttpClient).

We always pass vectors ourselves: Chroma's own embedding function would try to download a model.
Chroma results are converted to plain (id, score) pairs here, at the boundary.
"""

from __future__ import annotations

from typing import Any, Protocol
from urllib.parse import urlparse

import numpy as np


class VectorStore(Protocol):
    def upsert(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict[str, Any]]) -> None: ...

    def delete(self, ids: list[str]) -> None: ...

    def query(self, vector: np.ndarray, k: int, doc_ids: list[str] | None = None) -> list[tuple[str, float]]:
        """The k nearest ids with cosine similarity (higher is closer)."""
        ...

    def ids(self) -> set[str]: ...

    def get(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of these ids (ids the store does not hold are left out)."""
        ...

    def count(self) -> int: ...


class StoreError(Exception):
    pass


class ChromaStore:
    def __init__(self, client: Any, collection: str) -> None:
        self._client = client
        self.collection_name = collection
        self._collection = client.get_or_create_collection(
            name=collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        try:
            self._max_batch = int(client.get_max_batch_size())
        except Exception:  # older servers do not report it
            self._max_batch = 5000

    @classmethod
    def embedded(cls, path: str, collection: str) -> ChromaStore:
        import chromadb
        from chromadb.config import Settings

        client = chromadb.PersistentClient(path=path, settings=Settings(anonymized_telemetry=False))
        return cls(client, collection)

    @classmethod
    def server(cls, url: str, collection: str) -> ChromaStore:
        import chromadb
        from chromadb.config import Settings

        parsed = urlparse(url if "://" in url else f"http://{url}")
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname or "localhost", port=parsed.port or 8000,
                ssl=parsed.scheme == "https", settings=Settings(anonymized_telemetry=False),
            )
            client.heartbeat()
        except Exception as exc:
            raise StoreError(f"cannot reach the Chroma server at {url}: {type(exc).__name__}") from None
        return cls(client, collection)

    def upsert(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict[str, Any]]) -> None:
        for i in range(0, len(ids), self._max_batch):
            j = i + self._max_batch
            self._collection.upsert(ids=ids[i:j], embeddings=np.asarray(vectors[i:j], dtype=np.float32),
                                    metadatas=metadatas[i:j])

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), self._max_batch):
            self._collection.delete(ids=ids[i : i + self._max_batch])

    def query(self, vector: np.ndarray, k: int, doc_ids: list[str] | None = None) -> list[tuple[str, float]]:
        if k <= 0 or self.count() == 0:
            return []
        where: dict[str, Any] | None = None
        if doc_ids:
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
        result = self._collection.query(query_embeddings=[np.asarray(vector, dtype=np.float32)],
                                        n_results=k, where=where, include=["distances"])
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [1.0] * len(ids)
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]

    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            batch = self._collection.get(include=[], limit=5000, offset=offset)
            out.update(batch["ids"])
            if len(batch["ids"]) < 5000:
                return out
            offset += 5000

    def get(self, ids: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(ids), self._max_batch):
            batch = self._collection.get(ids=ids[i : i + self._max_batch], include=["embeddings"])
            out.update({cid: np.asarray(v, dtype=np.float32) for cid, v in zip(batch["ids"], batch["embeddings"])})
        return out

    def count(self) -> int:
        return int(self._collection.count())

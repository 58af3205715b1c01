"""Closeness word by word (index/sentences.py `word_scores`): an everyday word of a question finds
the clause whose own word means the same, though no sentence shares it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.kb import KnowledgeBase
from index.settings import IndexSettings

NOTICE = """关于开展丝绸产业提升活动的通知

各有关单位：

一、工作任务
（一）稳定就业岗位。做好职工技能培训，扩大用工规模。
（二）拓展海外市场。支持企业参加境外展会，开拓国际订单。
（三）推进节能降碳。推广高效印染设备，减少污水排放。
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("word-meaning")
    source = folder / "silk.txt"
    source.write_text(NOTICE, encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=folder / "index"))
    kb.add([source], role="subject")
    kb.sentences.ensure()
    return folder / "index"


def _closest(kb: KnowledgeBase, words: list[str]) -> str:
    scores = kb.sentences.word_scores(np.asarray(kb.embedder.embed_documents(words)))
    best = max(scores, key=lambda c: scores[c])
    return kb.chunks[best].section or ""


@pytest.mark.parametrize(("words", "section"), [(["招工"], "（一）稳定就业岗位"), (["环保"], "（三）推进节能降碳")])
def test_an_everyday_word_is_closest_to_the_clause_that_means_it(library: Path, words: list[str],
                                                                  section: str) -> None:
    kb = KnowledgeBase(IndexSettings(index_dir=library))
    assert _closest(kb, words).endswith(section)


def test_word_vectors_are_kept_beside_the_sentence_vectors(library: Path) -> None:
    """Made once at indexing: a library opened again reads them, it does not embed them again."""
    kb = KnowledgeBase(IndexSettings(index_dir=library))
    question = np.asarray(kb.embedder.embed_documents(["招工"]))
    before = kb.sentences.word_scores(question)
    stored = list((library / "sentences").rglob("*.npz"))
    assert stored
    with np.load(stored[0], allow_pickle=False) as data:
        assert "word_vectors" in data and len(data["word_vectors"]) > 10
    again = KnowledgeBase(IndexSettings(index_dir=library))
    calls: list[list[str]] = []
    embed = again.embedder.embed_documents
    again.embedder.embed_documents = lambda texts: calls.append(texts) or embed(texts)  # type: ignore[method-assign]
    after = again.sentences.word_scores(question)
    assert calls == []
    assert before.keys() == after.keys()
    assert all(abs(before[c] - after[c]) < 1e-3 for c in before)


def test_words_move_a_clause_that_no_sentence_brings_close(library: Path) -> None:
    """"机器换人": as one sentence it sits nearest the clause on jobs; word by word, 机器 is
    nearest 设备, and the clause on new equipment comes first. `w_word_meaning` 0 turns it off."""
    from assistant.query import analyse
    from assistant.retrieval import Retriever
    from assistant.settings import RetrievalSettings

    kb = KnowledgeBase(IndexSettings(index_dir=library))
    query = analyse("机器换人这块有没有说法？")

    def first(weight: float) -> str:
        scores, _, _ = Retriever(kb, RetrievalSettings(w_word_meaning=weight)).semantic(query, None)
        return kb.chunks[max(scores, key=lambda c: scores[c])].section or ""

    assert first(0.0).endswith("（一）稳定就业岗位")
    assert first(5.0).endswith("（三）推进节能降碳")


def test_answering_reads_clause_vectors_kept_beside_the_sentences_not_the_store(library: Path) -> None:
    """A cold question must not import and open Chroma for the subject's few hundred vectors: the
    store's clause vectors are copied beside the sentence vectors when indexing, exactly."""
    kb = KnowledgeBase(IndexSettings(index_dir=library))
    question = np.asarray(kb.embedder.embed_query("扩大用工规模"), dtype=np.float32)
    from_store = kb.semantic_scores(question)
    assert len(from_store) >= 3

    again = KnowledgeBase(IndexSettings(index_dir=library))

    class NoStore:
        def get(self, ids: list[str]) -> dict[str, np.ndarray]:
            raise AssertionError(f"the store was asked for {len(ids)} vectors")

    again._store = NoStore()  # type: ignore[assignment]
    kept = again.semantic_scores(question)
    assert kept == from_store


def test_a_sentence_file_without_clause_vectors_still_answers_from_the_store(library: Path, tmp_path: Path) -> None:
    """Files written before clause vectors were kept: the store is asked, and scores are the same."""
    import shutil

    copy = tmp_path / "index"
    shutil.copytree(library, copy)
    for path in (copy / "sentences").rglob("*.npz"):
        with np.load(path, allow_pickle=False) as data:
            kept = {k: data[k] for k in data.files if k != "clause_vectors"}
        assert len(kept) == 3
        np.savez(path.with_suffix(".tmp.npz"), **kept)
        path.with_suffix(".tmp.npz").replace(path)
    kb = KnowledgeBase(IndexSettings(index_dir=copy))
    question = np.asarray(kb.embedder.embed_query("扩大用工规模"), dtype=np.float32)
    asked: list[int] = []
    get = kb.store.get
    kb.store.get = lambda ids: asked.append(len(ids)) or get(ids)  # type: ignore[method-assign]
    scores = kb.semantic_scores(question)
    assert asked and asked[0] == len(kb.chunks)
    assert scores == KnowledgeBase(IndexSettings(index_dir=library)).semantic_scores(question)

"""The lookups that replace per-question walks over the library give exactly the old answers:
title postings against `in`, the partial top-k against the full sort, appended BM25 rows against
a matrix built in one go, and the per-state caches against a change of the library."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from index.kb import KnowledgeBase, _top_positive
from index.lexical import LexicalIndex
from index.postings import TextPostings
from index.settings import IndexSettings

TITLES = ["工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知",
          "中华人民共和国电子商务法", "中华人民共和国商标法", "2019年政府工作报告", "浙江省纺织服装消费季活动方案",
          "", "纺织", "aa aa", "关于印发《纺织工业数字化转型实施方案》的通知"]


def test_postings_answer_like_substring_search() -> None:
    postings = TextPostings(TITLES)
    rng = random.Random(3)
    terms = {"纺织", "纺织服装", "电子商务法", "2019", "年政", "a", "aa a", "", "通知", "不存在的词", "中华人民共和国商标法",
             "2023纺织服装优供给", "《"}
    for title in TITLES:  # every piece of every title, and pieces that straddle two titles
        for _ in range(20):
            i = rng.randrange(len(title) + 1)
            terms.add(title[i : i + rng.randrange(1, 8)])
    for term in terms:
        assert postings.containing(term).tolist() == [r for r, t in enumerate(TITLES) if term in t], term
        pairs = [term[i : i + 2] for i in range(len(term) - 1)]
        if pairs:
            want = [sum(b in t for b in pairs) / len(pairs) for t in TITLES]
            assert postings.pair_share(term).tolist() == want, term


def test_partial_top_k_is_the_full_sort() -> None:
    rng = np.random.default_rng(7)
    for trial in range(400):
        n, k = int(rng.integers(1, 2000)), int(rng.integers(1, 40))
        scores = np.zeros(n, np.float32)
        chosen = rng.choice(n, int(rng.integers(0, n + 1)), replace=False)
        # Half the trials with many equal scores, where the full sort decides the order.
        values = rng.integers(1, 6, len(chosen)) / 7 if trial % 2 else rng.random(len(chosen))
        scores[chosen] = values.astype(np.float32)
        assert _top_positive(scores, k) == [i for i in np.argsort(-scores)[:k] if scores[i] > 0]
        first = int(rng.integers(0, n))
        rows = np.arange(first, min(n, first + 50))
        masked = np.zeros(n, np.float32)
        masked[rows] = scores[rows]
        part = _top_positive(scores[rows], k, exact=True)
        if part is not None:  # None: equal scores, the caller sorts the whole array
            assert rows[part].tolist() == [i for i in np.argsort(-masked)[:k] if masked[i] > 0]


def test_appended_rows_equal_a_matrix_built_at_once() -> None:
    rng = random.Random(5)
    vocab = [f"词{i}" for i in range(120)]
    tokens = {f"c{i}": [rng.choice(vocab[: rng.randrange(2, 120)]) for _ in range(rng.randrange(0, 25))]
              for i in range(300)}
    ids = list(tokens)
    whole = LexicalIndex()
    whole.update(ids, tokens.__getitem__)
    grown = LexicalIndex()
    grown.update(ids[:200], tokens.__getitem__)
    grown.update(ids[:260], tokens.__getitem__)  # two documents added, one after the other
    assert grown.update(ids, tokens.__getitem__) == 40
    assert grown.vocab == whole.vocab
    for name in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(grown._counts, name), getattr(whole._counts, name)), name
    assert np.array_equal(grown._lengths, whole._lengths) and np.array_equal(grown._df, whole._df)
    for question in (["词1", "词7", "词7"], ["词119", "不在"], ["词0"]):
        assert np.array_equal(grown.scores(question), whole.scores(question))


def test_lookups_follow_the_library(tmp_path: Path) -> None:
    kb = KnowledgeBase(IndexSettings(index_dir=tmp_path / "index"))
    first = tmp_path / "files" / "a.txt"
    first.parent.mkdir()
    first.write_text("关于开展丝绸产业活动的通知\n\n一、总体要求\n做好丝绸产业工作。\n", encoding="utf-8")
    kb.add([first])
    assert [d.doc_id for d in kb.titled(["丝绸"])] == ["a"]
    assert kb.titled(["羊绒"]) == []
    second = tmp_path / "files" / "b.txt"
    second.write_text("关于开展羊绒产业活动的通知\n\n一、总体要求\n做好羊绒产业工作。\n", encoding="utf-8")
    kb.add([second])  # a new state of the library: the lookups are made again
    assert [d.doc_id for d in kb.titled(["羊绒", "丝绸"])] == ["a", "b"]
    assert kb.remove("a") == ["a"]
    assert [d.doc_id for d in kb.titled(["羊绒", "丝绸"])] == ["b"]
    found = {cid for cid, _ in kb.search_lexical(["羊绒"], 5)}
    assert found and found == {c.chunk_id for c in kb.docs["b"].chunks if "羊绒" in kb.tokens[c.chunk_id].split()}


def test_a_library_let_go_is_freed_without_the_cycle_collector(tmp_path: Path) -> None:
    """Opening freezes what it read out of the collector's sight (index/kb.py `_no_gc`): a library
    must hold no reference cycle, or one that is let go would never be freed."""
    import gc
    import weakref

    source = tmp_path / "a.txt"
    source.write_text("关于开展丝绸产业活动的通知\n\n一、总体要求\n做好丝绸产业工作。\n", encoding="utf-8")
    KnowledgeBase(IndexSettings(index_dir=tmp_path / "index")).add([source])
    kb = KnowledgeBase(IndexSettings(index_dir=tmp_path / "index"))
    kb.sentences.ensure()
    assert kb.titled(["丝绸"])
    library, document = weakref.ref(kb), weakref.ref(kb.docs["a"])
    enabled = gc.isenabled()
    gc.disable()
    try:
        del kb
        assert library() is None and document() is None
    finally:
        if enabled:
            gc.enable()

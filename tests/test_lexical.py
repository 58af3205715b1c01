"""The lexical index: scores like bm25s, updates in place, saves and refuses damaged files."""

from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np
import pytest

from index import lexical
from index.lexical import LexicalIndex, search_tokens
from index.textnorm import normalize, tokenize

TEXTS = [
    "各地工业和信息化主管部门要会同商务主管部门组织开展纺织服装优供给促升级活动",
    "电子商务平台经营者应当要求申请进入平台销售商品的经营者提交其身份信息",
    "联系人及电话：消费品工业司 张三 010-68205000",
    "",
    "国家鼓励发展循环经济，推行清洁生产，提高资源利用效率",
    "经营者应当依法办理市场主体登记",
]
QUERIES = ["联系人 电话", "电子商务平台 登记", "纺织服装 活动 活动", "不存在的词语"]


def _tokens() -> dict[str, list[str]]:
    return {f"c{i}": tokenize(t) for i, t in enumerate(TEXTS)}


def _reference(tokens: list[list[str]]) -> bm25s.BM25:
    ref = bm25s.BM25()
    ref.index([t or ["∅"] for t in tokens], show_progress=False)
    return ref


def test_scores_equal_bm25s() -> None:
    tokens = _tokens()
    index = LexicalIndex()
    index.update(list(tokens), tokens.__getitem__)
    ref = _reference(list(tokens.values()))
    for query in QUERIES:
        q = tokenize(query)
        expected = np.asarray(ref.get_scores(q)) if any(t in ref.vocab_dict for t in q) else np.zeros(len(TEXTS))
        np.testing.assert_allclose(index.scores(q), expected, rtol=1e-5, atol=1e-6)
    assert index.scores(tokenize("联系人"))[2] > 0


def test_an_update_equals_a_fresh_build() -> None:
    tokens = _tokens()
    ids = list(tokens)
    grown = LexicalIndex()
    grown.update(ids[:3], tokens.__getitem__)
    counted = grown.update([*ids[1:], "c0"], tokens.__getitem__)  # c0 moves, c3..c5 are new
    assert counted == 3
    fresh = LexicalIndex()
    fresh.update([*ids[1:], "c0"], tokens.__getitem__)
    for query in QUERIES:
        np.testing.assert_allclose(grown.scores(tokenize(query)), fresh.scores(tokenize(query)), rtol=1e-6)
    shrunk = LexicalIndex()
    shrunk.update(ids, tokens.__getitem__)
    shrunk.update(ids[2:], tokens.__getitem__)
    assert shrunk.chunk_ids == ids[2:] and shrunk.scores(tokenize("联系人"))[0] > 0


def test_saved_index_loads_only_for_its_chunks_and_intact_files(tmp_path: Path) -> None:
    tokens = _tokens()
    index = LexicalIndex()
    index.update(list(tokens), tokens.__getitem__)
    index.save(tmp_path / "lexical")
    loaded = LexicalIndex.load(tmp_path / "lexical", list(tokens))
    assert loaded is not None
    np.testing.assert_array_equal(loaded.scores(tokenize("联系人 电话")), index.scores(tokenize("联系人 电话")))
    assert LexicalIndex.load(tmp_path / "lexical", list(tokens)[1:]) is None
    vocab = tmp_path / "lexical" / "vocab.json"
    vocab.write_text(vocab.read_text(encoding="utf-8").replace("联系人", "负责人"), encoding="utf-8")
    assert LexicalIndex.load(tmp_path / "lexical", list(tokens)) is None


def test_tokens_from_worker_processes_equal_tokens_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [normalize(t) for t in TEXTS] * 10
    monkeypatch.setattr(lexical, "PARALLEL_FROM", 10)
    assert search_tokens(texts, workers=2) == search_tokens(texts, workers=1)
    assert search_tokens(texts, workers=1)[2].split() == tokenize(TEXTS[2])

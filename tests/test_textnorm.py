from __future__ import annotations

from index.textnorm import expand_aliases, normalize, tokenize


def test_traditional_and_fullwidth_are_normalised() -> None:
    assert normalize("紡織服裝ＡＢＣ１２３，") == "纺织服装abc123,"


def test_aliases_add_the_full_name() -> None:
    text = expand_aliases(normalize("工信部和纺联"))
    assert "工业和信息化部" in text and "中国纺织工业联合会" in text


def test_tokens_of_traditional_and_simplified_questions_agree() -> None:
    assert tokenize("紡織服裝出口企業") == tokenize("纺织服装出口企业")
    assert "出口" in tokenize("纺织服装出口企业")


def test_policy_abbreviations_add_their_written_form() -> None:
    # the everyday short forms of policy terms find the clauses that write them out
    text = expand_aliases(normalize("技改项目和跨境电商，小微企业"))
    assert all(full in text for full in ("技术改造", "跨境电子商务", "小型微型企业"))


def test_a_word_jieba_cuts_into_characters_in_one_sentence_still_matches_it_whole() -> None:
    """"潮绣" is one word in "推动潮绣、抽纱" but two characters in "想把潮绣用到": the two
    characters side by side also make the word, so question and clause share it."""
    from index.textnorm import tokenize

    assert "潮绣" in tokenize("推动潮绣、抽纱等非遗技艺")
    assert "潮绣" in tokenize("我们厂想把潮绣用到家居服上")
    assert "在京" not in tokenize("在京召开会议")  # (a stop word joins nothing)


def test_a_word_cut_in_two_is_offered_across_the_cut() -> None:
    from index.textnorm import boundary_bigrams

    # (洗水 of 洗水企业 is cut 洗/水厂 or 开洗/水厂 in a question; grammar words make no candidates)
    assert "洗水" in boundary_bigrams("东莞的活动要洗水厂做什么")
    assert "洗水" in boundary_bigrams("我在东莞开洗水厂")
    assert not any("的" in b or "要" in b for b in boundary_bigrams("东莞的活动要洗水厂做什么"))
    assert boundary_bigrams("支持企业加大设备更新和技术改造力度") == []  # words the dictionary knows


def test_the_pickled_dictionary_is_the_one_jieba_builds_and_a_broken_one_is_ignored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Cold starts read jieba's table (with our words added) from a pickle; it must be the very
    table jieba would build, and a damaged file must mean building it again, not a wrong table."""
    import jieba

    from index import textnorm

    built = textnorm._jieba()
    words = ["优供给促升级", "纺织服装"]
    cache = textnorm._dictionary_cache(tmp_path, words)
    assert not textnorm._load_dictionary(jieba.Tokenizer(), cache)  # nothing saved yet
    textnorm._save_dictionary(built, cache)
    fresh = jieba.Tokenizer()
    assert textnorm._load_dictionary(fresh, cache)
    assert fresh.FREQ == built.FREQ and fresh.total == built.total
    assert fresh.lcut("纺织服装优供给促升级活动") == built.lcut("纺织服装优供给促升级活动")
    other = textnorm._dictionary_cache(tmp_path, ["另一个词"])
    assert other != cache and not textnorm._load_dictionary(jieba.Tokenizer(), other)  # other words: another file
    cache.write_bytes(b"\x80\x05broken")
    assert not textnorm._load_dictionary(jieba.Tokenizer(), cache)


def test_a_dictionary_cache_others_may_write_is_not_unpickled(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The temp dir is shared: a cache file anyone may change could hold any pickle."""
    import jieba

    from index import textnorm

    cache = textnorm._dictionary_cache(tmp_path, ["纺织服装"])
    textnorm._save_dictionary(textnorm._jieba(), cache)
    assert textnorm._load_dictionary(jieba.Tokenizer(), cache)
    cache.chmod(0o666)
    assert not textnorm._load_dictionary(jieba.Tokenizer(), cache)


def test_the_verb_asking_for_a_name_is_cut_from_the_name() -> None:
    from index.textnorm import content_terms, word_class

    # (the segmenter's guess glued 节 of 消费节 to the verb: "节叫")
    assert "节叫" not in content_terms("德州的消费节叫什么名字？")
    assert word_class("拿出") == "v" and word_class("棉纱") == "n" and word_class("不是词语的字串") == ""

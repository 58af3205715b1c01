"""Laws as official documents: real law files parsed into 章/节/条/款/项, cited as people cite
them, asked about by article, answered from the version in force, and used as related documents
where the campaign's notice is silent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import NOTICE_ID, RELATED_LAWS, ROOT, SEEDS

from index import law
from index.chunking import ChunkSettings
from index.documents import build_document
from index.loaders import load
from index.models import Document

LAWS = SEEDS / "related_laws"
EARLIER = ROOT / "evaluation" / "laws_tuning_docs" / "对外贸易法(2016-11-07).md"
ECOMMERCE = "电子商务法(2018-08-31)"
TRADE, TRADE_2016 = "对外贸易法(2022-12-30)", "对外贸易法(2016-11-07)"


def _doc(path: Path) -> Document:
    return build_document(load(path)[0], ChunkSettings())


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {d.doc_id: d for d in map(_doc, [*RELATED_LAWS, EARLIER])}


# (file stem, title, adopted, last amendment, in force from, an article, its section path)
PARSED = [
    (ECOMMERCE, "中华人民共和国电子商务法", "2018-08-31", None, "2019-01-01", "第十条",
     ("第二章 电子商务经营者", "第一节 一般规定", "第十条")),
    ("产品质量法(2018-12-29)", "中华人民共和国产品质量法", "1993-02-22", "2018-12-29", "1993-09-01", "第二十七条",
     ("第三章 生产者、销售者的产品质量责任和义务", "第一节 生产者的产品质量责任和义务", "第二十七条")),
    ("消费者权益保护法(2013-10-25)", "中华人民共和国消费者权益保护法", "1993-10-31", "2013-10-25", "1994-01-01",
     "第二十五条", ("第三章 经营者的义务", "第二十五条")),
    ("商标法(2019-04-23)", "中华人民共和国商标法", "1982-08-23", "2019-04-23", "1983-03-01", "第三十九条",
     ("第四章 注册商标的续展、变更、转让和使用许可", "第三十九条")),
    (TRADE_2016, "中华人民共和国对外贸易法", "1994-05-12", "2016-11-07", "2004-07-01", "第九条",
     ("第二章 对外贸易经营者", "第九条")),
]


@pytest.mark.parametrize(("doc_id", "title", "adopted", "amended", "effective", "article", "path"), PARSED)
def test_a_law_file_is_parsed_into_its_title_dates_and_heading_tree(
        docs: dict[str, Document], doc_id: str, title: str, adopted: str, amended: str | None, effective: str,
        article: str, path: tuple[str, ...]) -> None:
    doc = docs[doc_id]
    assert doc.title == title and doc.meta.adopted_date == adopted and doc.meta.effective_date == effective
    assert (doc.meta.amended_dates[-1] if doc.meta.amended_dates else None) == amended
    assert doc.meta.version_date == (amended or adopted)
    chunk = next(c for c in doc.chunks if c.section_path and c.section_path[-1] == article)
    assert chunk.section_path == path
    assert chunk.text.lstrip().split("\n")[-1].startswith(article) or article in chunk.text


def test_every_bundled_law_has_a_title_articles_and_no_markdown_marks(docs: dict[str, Document]) -> None:
    for path in RELATED_LAWS:
        doc = docs[path.stem]
        assert doc.doc_id == path.stem, "the document id is the file name, brackets and all"
        assert doc.meta.title and doc.meta.title.startswith("中华人民共和国") and doc.meta.title.endswith("法")
        assert law.has_articles(doc) and doc.meta.adopted_date
        assert not any("#" in h.title or "<!--" in c.text for h in doc.headings for c in doc.chunks), doc.doc_id


def test_one_line_holding_two_amendments_gives_both_dates(docs: dict[str, Document]) -> None:
    # "2000年7月8日 …第一次修正根据2009年8月27日…第二次修正" is one line of the 产品质量法.
    assert docs["产品质量法(2018-12-29)"].meta.amended_dates == ["2000-07-08", "2009-08-27", "2018-12-29"]


# (question or citation, article, 款, 项)
REFERENCES = [
    ("电子商务法第十条怎么规定的", 10, None, None),
    ("第十条第二款", 10, 2, None),
    ("第二十五条第一款第（四）项说了什么", 25, 1, 4),
    ("第25条第1款", 25, 1, None),
    ("第一百零五条", 105, None, None),
    ("第二十条", 20, None, None),
]


@pytest.mark.parametrize(("text", "article", "paragraph", "item"), REFERENCES)
def test_article_references_in_questions(text: str, article: int, paragraph: int | None, item: int | None) -> None:
    assert law.parse_article_ref(text) == law.ArticleRef(article, paragraph, item)


def test_no_article_reference_without_one() -> None:
    assert law.parse_article_ref("网店需要办理登记吗？") is None
    assert law.parse_article_ref("第二章") is None


# (law, reference, how it is cited, the text it starts with)
CITED = [
    (ECOMMERCE, "第九条第二款", "《中华人民共和国电子商务法》第九条第二款", "本法所称电子商务平台经营者"),
    ("消费者权益保护法(2013-10-25)", "第二十五条第一款第四项", "《中华人民共和国消费者权益保护法》第二十五条第一款第四项",
     "（四）交付的报纸、期刊"),
    ("消费者权益保护法(2013-10-25)", "第二十五条第二款", "《中华人民共和国消费者权益保护法》第二十五条第二款",
     "除前款所列商品外"),
    (TRADE_2016, "第九条", "《中华人民共和国对外贸易法》第九条", "第九条 从事货物进出口或者技术进出口"),
]


@pytest.mark.parametrize(("doc_id", "ref", "cited", "starts"), CITED)
def test_an_article_is_found_by_its_numbers_and_cited_as_people_write_it(
        docs: dict[str, Document], doc_id: str, ref: str, cited: str, starts: str) -> None:
    doc = docs[doc_id]
    parsed = law.parse_article_ref(ref)
    assert parsed is not None
    found = law.find_article(doc, parsed)
    assert found is not None
    assert doc.text[found[1].start:found[1].end].startswith(starts)
    assert law.citation(doc, found[1].ref) == cited
    assert law.locate(doc, found[1].start + 1) == (found[1].ref if parsed.paragraph else law.ArticleRef(parsed.article))


def test_a_chunk_that_starts_at_an_item_names_its_paragraph_and_item(docs: dict[str, Document]) -> None:
    doc = docs["消费者权益保护法(2013-10-25)"]
    chunk = next(c for c in doc.chunks if c.text.startswith("（二）鲜活易腐的"))
    assert law.citation(doc, law.chunk_ref(doc, chunk)) == "《中华人民共和国消费者权益保护法》第二十五条第一款第二项"


def test_an_article_the_law_does_not_have_is_not_found(docs: dict[str, Document]) -> None:
    assert law.find_article(docs[ECOMMERCE], law.ArticleRef(200)) is None
    assert law.find_article(docs[ECOMMERCE], law.ArticleRef(10, 2)) is None  # 第十条 has one paragraph


def test_the_latest_version_unless_a_year_is_asked(docs: dict[str, Document]) -> None:
    family = law.versions(list(docs.values()), docs[TRADE])
    assert [d.doc_id for d in family] == [TRADE_2016, TRADE]
    assert law.choose_version(family, []).doc_id == TRADE
    assert law.choose_version(family, ["2016"]).doc_id == TRADE_2016
    assert law.choose_version(family, ["2022"]).doc_id == TRADE
    assert law.choose_version(family, ["1999"]).doc_id == TRADE
    assert law.versions(list(docs.values()), docs[ECOMMERCE]) == [docs[ECOMMERCE]]
    assert law.short_name(docs[TRADE].title) == "对外贸易法"


# ----- asking ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The bundled library (the notice and twelve laws) plus the 2016 version of one law."""
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.seeds import add_with_roles
    from index.settings import IndexSettings

    path = tmp_path_factory.mktemp("laws") / "index"
    shutil.copytree(seed_index, path)
    kb = KnowledgeBase(IndexSettings(index_dir=path))
    report = add_with_roles(kb, [EARLIER.parent])
    assert report.added == [TRADE_2016] and kb.docs[TRADE_2016].role == "related"
    return Assistant(Settings(index=IndexSettings(index_dir=path)), kb=kb)


def test_the_bundled_laws_are_related_documents_and_the_readme_is_not_one(seed_index: Path) -> None:
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    kb = KnowledgeBase(IndexSettings(index_dir=seed_index))
    assert kb.docs[NOTICE_ID].role == "subject"
    assert {d for d, doc in kb.docs.items() if doc.role == "related"} == {p.stem for p in RELATED_LAWS}
    assert len(RELATED_LAWS) == 12 and (LAWS / "README.md").is_file()
    assert not any("readme" in d.lower() for d in kb.docs)


ARTICLE_QUESTIONS = [
    ("电子商务法第十条怎么规定的？", "《中华人民共和国电子商务法》第十条", "电子商务经营者应当依法办理市场主体登记"),
    ("电子商务法第九条第二款是什么？", "《中华人民共和国电子商务法》第九条第二款", "本法所称电子商务平台经营者"),
    ("消费者权益保护法第二十五条第一款第四项", "《中华人民共和国消费者权益保护法》第二十五条第一款第四项", "交付的报纸、期刊"),
]


@pytest.mark.parametrize(("question", "reference", "text"), ARTICLE_QUESTIONS)
def test_article_questions_are_answered_by_identity(bot, question: str, reference: str, text: str) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask(question)
    assert not answer.refused and answer.kind == "article"
    assert answer.citations[0].reference == reference and text in answer.citations[0].quote
    assert answer.text.startswith(reference)
    original = bot.kb.docs[answer.citations[0].doc_id].original
    assert original[answer.citations[0].start:answer.citations[0].end] == answer.citations[0].quote


def test_a_follow_up_names_another_article_of_the_same_law(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    first = bot.ask("电子商务法第九条怎么规定的？")
    second = bot.ask("那第十条呢？", history=[Turn("电子商务法第九条怎么规定的？", first)])
    assert second.citations[0].reference == "《中华人民共和国电子商务法》第十条"


def test_an_article_the_law_lacks_is_refused_not_guessed(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("电子商务法第二百条怎么规定的？")
    assert answer.refused and "第二百条" in answer.text and not answer.citations


def test_the_version_in_force_answers_and_says_the_earlier_one_differs(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("对外贸易法第九条怎么规定的？")
    assert answer.citations[0].doc_id == TRADE and "国际服务贸易" in answer.citations[0].quote
    assert "2016-11-07版本的第九条与此不同" in answer.text and "备案登记" in answer.text


def test_a_year_asks_for_that_version(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("2016年版对外贸易法第九条怎么规定的？")
    assert answer.citations[0].doc_id == TRADE_2016 and "备案登记" in answer.citations[0].quote
    assert "2016-11-07版本回答" in answer.text and "最新版本为2022-12-30" in answer.text


def test_a_law_date_is_a_field(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("电子商务法什么时候起施行？")
    assert "2019-01-01" in answer.text and answer.citations[0].doc_id == ECOMMERCE


def test_the_campaign_is_answered_from_the_notice(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("这个活动的联系人是谁？")
    assert answer.citations[0].doc_id == NOTICE_ID and "未对此作出规定" not in answer.text


def test_where_the_notice_is_silent_the_law_answers_and_says_so(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("开网店的个人需要办理市场主体登记吗？")
    assert not answer.refused and answer.citations[0].doc_id == ECOMMERCE
    assert answer.text.startswith("《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》未对此作出规定")
    assert "出自相关文件《中华人民共和国电子商务法》" in answer.text and "不是活动通知本身的要求" in answer.text


def test_a_question_about_the_campaign_itself_is_not_answered_by_a_law(bot) -> None:  # type: ignore[no-untyped-def]
    # The notice is silent about interest subsidies, and the 中小企业促进法 mentions proportions:
    # a question in the campaign's own words stays with the notice (a refusal), not with the law.
    answer = bot.ask("纺织服装企业参加活动能拿到多少比例的贴息？")
    assert answer.refused and "相关文件" not in answer.text
    assert {c.doc_id for c in answer.citations} <= {NOTICE_ID}


def test_a_law_sentence_is_cited_at_its_paragraph(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("消费者权益保护法规定哪些商品不适用无理由退货？")
    assert answer.citations[0].doc_id == "消费者权益保护法(2013-10-25)"
    assert "《中华人民共和国消费者权益保护法》第二十五条" in answer.text


def test_a_question_asking_what_the_law_says_is_answered_from_the_law(bot) -> None:  # type: ignore[no-untyped-def]
    # In the notice's words too (大中小企业), but it asks what the law says.
    answer = bot.ask("大企业拖欠中小企业的货款，法律上怎么规定？")
    assert not answer.refused and answer.citations[0].doc_id == "中小企业促进法(2017-09-01)", answer.text


def test_a_law_says_it_in_its_own_words_where_the_notice_only_touches_it(bot) -> None:  # type: ignore[no-untyped-def]
    # The notice has a clause about 报送 (reporting on the campaign); the energy law says what a
    # 重点用能单位 reports each year in so many words.
    answer = bot.ask("重点用能单位每年要报送什么？")
    assert answer.citations and answer.citations[0].doc_id == "节约能源法(2018-10-26)", answer.text


def test_each_part_of_a_question_about_the_notice_stays_with_the_notice(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("通知的文号是多少？在网上是哪天发布的？")
    assert {c.doc_id for c in answer.citations} == {NOTICE_ID}, answer.text


def test_a_definition_is_answered_from_the_clause_that_defines_the_term(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("通知鼓励废旧纺织品循环利用，那法律上“再利用”到底指什么？")
    assert answer.citations and answer.citations[0].doc_id == "循环经济促进法(2018-10-26)", answer.text
    assert "再利用，是指" in answer.text.replace(" ", ""), answer.text
    named = bot.ask("标准化法里“标准”的定义")  # every clause of that law says 标准: the defining one answers
    assert not named.refused and "本法所称标准" in named.text, named.text


@pytest.mark.parametrize(("question", "law"), [
    # a word of the campaign's title (服装) does not keep a question about a law's own quoted term
    ("服装吊牌上能不能印“驰名商标”四个字？", "商标法(2019-04-23)"),
    ("我们印染厂搞节能减污降碳，一年用能大概八千吨标准煤，算不算重点用能单位？", "节约能源法(2018-10-26)"),
])
def test_a_term_only_a_law_uses_takes_the_question_to_the_law(bot, question: str, law: str) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask(question)
    assert not answer.refused and answer.citations[0].doc_id == law, answer.text


def test_a_laws_when_is_a_condition_or_a_period_not_a_date(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("按电子商务法，顾客在网店下单后合同什么时候成立？")
    assert not answer.refused and "第四十九条" in answer.text, answer.text


@pytest.mark.parametrize(("question", "about"), [
    ("通知里有没有说链主企业的作用？", True),
    ("参加活动的企业能拿到什么？", True),
    ("网上和店里这两块，文件怎么要求的？", True),  # "文件怎么要求": what the notice itself asks
    # the asker knows the notice is silent and asks beyond it
    ("技改用了鼓励名录里的设备，能享受税收优惠吗？通知里没讲", False),
    ("前员工带走了配方，通知管不管？", False),
])
def test_what_speaks_of_the_notice_itself(bot, question: str, about: bool) -> None:  # type: ignore[no-untyped-def]
    from assistant.laws import about_subject
    from assistant.query import analyse

    assert about_subject(bot.kb, analyse(question), {NOTICE_ID}) is about


def test_a_question_naming_a_law_is_offered_its_article_holding_a_specific_word(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("网店买衣服默认勾选搭配购买袜子，电子商务法允许吗？")
    assert not answer.refused and "第十九条" in answer.text, answer.text
    # a topic the law never speaks of is still refused
    assert bot.ask("电子商务法里对直播带货有什么要求？").refused


def test_a_term_the_law_defines_is_answered_by_its_definition_not_by_a_notice_using_part_of_it(bot) -> None:  # type: ignore[no-untyped-def]
    # the notice says 循环利用, not 循环经济: its clause does not say what 循环经济 stands for
    answer = bot.ask("循环经济是指什么？")
    assert not answer.refused and "第二条" in answer.text and "循环经济促进法" in answer.text, answer.text


def test_the_notice_named_and_said_to_be_silent_the_law_answers_and_says_so(bot) -> None:  # type: ignore[no-untyped-def]
    # The asker frames the question on the notice ("要推动设备更新") and says it is silent: the
    # frame's words (设备更新) must not pull the notice's clause back, and the law that answers
    # says so.
    answer = bot.ask("国家通知要推动设备更新，文件没说老旧设备怎么处理，法律上对耗能过高的设备有什么制度？")
    assert not answer.refused and answer.citations[0].doc_id == "节约能源法(2018-10-26)", answer.text
    assert "淘汰" in answer.text and "未对此作出规定" in answer.text.split("\n")[0]
    # The thing asked about sits in the clause that says the notice is silent.
    answer = bot.ask("工信部那个通知要培育消费品牌，可文件没讲商标到期怎么续展，法律上呢？")
    assert answer.citations[0].doc_id == "商标法(2019-04-23)" and "续展" in answer.text, answer.text


def test_said_silent_the_notice_is_not_answered_by_a_law_about_something_else(bot) -> None:  # type: ignore[no-untyped-def]
    # The notice's clause speaks of 设备更新; a law's share of public procurement is no rate of it.
    answer = bot.ask("87号文没提补贴比例，设备更新能补百分之几？")
    assert answer.refused and {c.doc_id for c in answer.citations} <= {NOTICE_ID}, answer.text


def test_told_the_notice_is_silent_it_does_not_answer_by_meaning(bot) -> None:  # type: ignore[no-untyped-def]
    """The asker says the notice does not cover it and asks the law: a law answers, or the answer
    says none does; the notice's clause closest in meaning is offered only as the nearest."""
    answer = bot.ask("国家通知讲了线上线下流通，但没讲网店能不能刷单、编造好评，法律上呢？")
    assert answer.kind != "meaning" or answer.citations[0].doc_id != NOTICE_ID, answer.text
    assert answer.refused or answer.citations[0].doc_id != NOTICE_ID, answer.text
    # The notice's frame (宣传推广) shares no topic with what is asked; the law's article answers.
    answer = bot.ask("国家通知支持品牌宣传推广，可文件没说网店能不能虚构交易冲销量，法律上怎么规定？")
    assert answer.citations[0].doc_id == "电子商务法(2018-08-31)" and "第十七条" in answer.text, answer.text


@pytest.mark.parametrize(("question", "asked"), [
    ("国家通知要畅通线上线下流通渠道，我们去商场租个柜台，通知没说要不要标店名，法律上怎么要求？",
     "我们去商场租个柜台,要不要标店名,法律上怎么要求?"),
    ("两部门的通知鼓励办时装周，但没说模特合同怎么签，法律上呢？", "模特合同怎么签,法律上呢?"),
    ("通知里没讲", None),
])
def test_what_is_asked_beyond_the_notice(question: str, asked: str | None) -> None:
    from assistant.laws import asked_beyond
    from assistant.query import analyse

    found = asked_beyond(analyse(question))
    assert (found.text if found else None) == asked


def test_a_question_for_a_law_in_everyday_words_goes_to_the_law(bot) -> None:  # type: ignore[no-untyped-def]
    """"平台能不能把买家给我的差评删掉": it names no document, shares no word with the article
    (删除…评价), and its words sit far closer, one by one, to the e-commerce law's than to any
    clause of the notice: the law answers, and says that the notice does not."""
    answer = bot.ask("平台能不能把买家给我的差评删掉？")
    assert answer.citations and answer.citations[0].doc_id != NOTICE_ID, answer.text
    assert bot.kb.docs[answer.citations[0].doc_id].role == "related" and "未对此作出规定" in answer.text


@pytest.mark.parametrize("question", ["我们厂想换节能的新设备，有什么支持？", "用电用水少一点、排放少一点这种事，文件怎么讲的"])
def test_a_campaign_question_in_everyday_words_stays_with_the_notice(bot, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask(question)
    assert answer.citations and answer.citations[0].doc_id == NOTICE_ID, answer.text


def test_the_laws_words_have_vectors_and_their_sentences_none(bot) -> None:  # type: ignore[no-untyped-def]
    """A few thousand words, embedded once: what lets a question be compared with the articles by
    meaning, without the cost of a vector for every sentence of twelve laws."""
    import numpy as np

    sentences = bot.kb.sentences
    sentences.ensure()
    ecommerce = sentences._docs[ECOMMERCE]
    assert len(ecommerce.words) > 300 and ecommerce.spans == []
    scores = sentences.word_scores(np.asarray(bot.kb.embedder.embed_documents(["差评"])), {ECOMMERCE})
    assert len(scores) > 50


def test_the_law_is_asked_first_when_the_words_sit_closer_to_it(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.query import analyse

    def laws_first(question: str) -> set[str]:
        query = analyse(question)
        return bot._laws_asked(query, bot.resolver.resolve(query, None, None), None)

    assert ECOMMERCE in laws_first("平台能不能把买家给我的差评删掉？")
    assert laws_first("我们厂想换节能的新设备，有什么支持？") == set()
    assert laws_first("第三项呢？") == set()  # (a follow-up goes on with its conversation)


def test_a_duty_is_cited_where_it_is_laid_down_and_a_penalty_where_it_is_set(bot) -> None:  # type: ignore[no-untyped-def]
    """A law's 法律责任 chapter repeats each duty to attach its penalty: asked what must be done, the
    article that lays the duty down comes first; asked what happens if not, the penalty article."""
    duty = bot.ask("电商经营者要不要在首页显著位置公示营业执照信息？")
    assert duty.citations[0].doc_id == "电子商务法(2018-08-31)" and "第十五条" in (duty.citations[0].section or ""), duty.text
    penalty = bot.ask("电商经营者没在首页公示营业执照信息，会受到什么处罚？")
    assert any("法律责任" in (c.section or "") for c in penalty.citations[:2]), penalty.text


def test_a_question_framed_on_the_notice_and_asked_of_the_law_is_answered_by_the_law(bot) -> None:  # type: ignore[no-untyped-def]
    """"国家通知鼓励X，<a question the notice does not answer>": the notice frames it; where the notice
    answers only by meaning, the law that says it in its own words answers, and says the notice is silent."""
    framed = bot.ask("两部门通知鼓励网上卖衣服，消费者网购收到货以后多少天内可以退货？")
    assert framed.citations[0].doc_id == "消费者权益保护法(2013-10-25)" and "七日" in framed.text, framed.text
    assert "未对此作出规定" in framed.text.split("\n")[0] or "没有" in framed.text.split("\n")[0], framed.text
    # ("法律上是怎么规定的？" leans on the part before it: its topic, put to the laws)
    parts = bot.ask("87号文里有没有给中小企业安排管理人员培训？法律上是怎么规定的？")
    second = parts.text.split("2. ")[1]
    assert "中小企业促进法" in second, parts.text


@pytest.mark.parametrize("question", [
    "两部门通知鼓励扩大出口，我们出口企业能得到哪些支持？",  # (what the notice offers)
    "我们是小面料厂，想参加国家组织的那些活动，87号文里说具体活动由谁来安排？",  # (asked in the notice's clause)
    "两部门的通知除了要提高供给水平，还提出要提升什么？",  # (goes on with what the notice says)
    "部里通知说要推动三个“升级”，都是哪三个？",  # (leans on the notice's clause)
    "两部门通知里，行业里的大企业应该在产业链上起什么作用？",  # (only points at the notice)
    "我们准备上生产管理系统，国家的通知对数字化转型是支持的吧？原文怎么说？",  # (asks a question of it)
])
def test_a_question_of_the_notice_stays_with_the_notice(bot, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask(question)
    assert answer.citations[0].doc_id.startswith("miit-mofcom"), answer.text

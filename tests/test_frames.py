"""Meaning-based ranking: the frame a question is asked in is not compared (table-driven, fast),
and the lines of a document that only identify it (title block, 文号, dates, formulae, sign-off)
do not win a question about content (on the real notice and on a made-up local one). The
questions are written for this test; none is from an evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.frames import FRAME_QUESTIONS, MIN_TOPIC, strip_frames, topic
from assistant.query import analyse
from assistant.retrieval import is_hub
from index.models import Document
from index.sentences import sentence_spans
from index.textnorm import normalize

# question -> what is compared by meaning (the question itself when no topic is left)
TOPICS = [
    # what the document says
    ("节约用水、减少废水，这方面文件是怎么规定的？", "节约用水，减少废水"),
    ("夜里少开灯省电，通知里怎么说的", "夜里少开灯省电"),
    ("给小微企业减税降费，政策有没有这一条？", "小微企业减税降费"),
    ("文件里哪句话对应培养年轻设计师这个意思？", "培养年轻设计师"),
    ("把老工艺传给年轻人，通知说没说？", "老工艺传给年轻人"),
    ("工厂搬到西部去，通知对这个是什么态度", "工厂搬到西部去"),
    # what the document has for the asker
    ("外贸老板问：出口退税这块有相关的安排吗", "出口退税"),
    ("我们是做羽绒服的，这次活动对我们有没有利好？", "羽绒服"),
    ("我们厂想上自动化流水线，活动提了啥方向？", "想上自动化流水线"),
    ("做童装网店的，本次活动能给我们带来什么好处？", "做童装网店"),
    ("上面希望大家多买国货吗", "希望大家多买国货"),
    ("各地商务主管部门要做哪些工作？", "各地商务主管部门"),
    # what it asks of someone, said without the thing asked ("要求" would pull a "工作要求" heading)
    ("省里在节水这块对企业提的是个什么要求？", "省里在节水"),
    ("上级给县里提了哪些要求，关于旧衣回收", "上级给县，关于旧衣回收"),
    # nothing left but the frame, or too little: the question is compared whole
    ("通知怎么讲的？", "通知怎么讲的?"),
    ("这个活动的目的是什么？", "这个活动的目的是什么?"),
    ("有没有补贴？", "有没有补贴?"),
    # no frame at all
    ("发文字号是多少", "发文字号是多少"),
    ("中国纺织工业联合会按照什么计划表安排活动", "中国纺织工业联合会按照，计划表安排活动"),
]


@pytest.mark.parametrize("question, expected", TOPICS)
def test_the_frame_of_a_question_is_left_out(question: str, expected: str) -> None:
    assert topic(normalize(question)) == expected


@pytest.mark.parametrize("question", FRAME_QUESTIONS)
def test_the_frame_questions_are_all_frame(question: str) -> None:
    """Their average vector is taken out of every question's (retrieval.FRAME_WEIGHT): a topic
    word among them would take that topic out of every question too."""
    assert strip_frames(normalize(question)) == ""
    assert len(FRAME_QUESTIONS) >= 10


def test_too_little_topic_keeps_the_question() -> None:
    assert MIN_TOPIC >= 2
    assert topic("文件里有没有") == "文件里有没有"


# ----- hub sentences --------------------------------------------------------------------------
def _sentences(doc: Document) -> list[tuple[str, bool]]:
    out = []
    for chunk in doc.chunks:
        for span in sentence_spans(chunk.chunk_id, chunk.text):
            text = chunk.text[span.start:span.end]
            out.append((text, is_hub(doc, chunk, text)))
    return out


def test_lines_that_only_identify_the_notice_are_hubs(notice_doc: Document) -> None:
    sentences = _sentences(notice_doc)
    hubs = [t for t, hub in sentences if hub]
    assert any(t.startswith("发文字号") for t in hubs) and any(t.startswith("发布日期") for t in hubs)
    assert any("通知如下" in t for t in hubs)  # the opening formula
    assert any(t.strip("()（）").startswith("联系人") for t in hubs)  # the contact line
    assert any(t.strip() == "2023年4月14日" for t in hubs)  # the date of the sign-off
    # Every sentence of a numbered clause is content, headings included.
    body = {t for c in notice_doc.chunks if c.section_path
            for s in sentence_spans(c.chunk_id, c.text) for t in [c.text[s.start:s.end]]}
    assert body and not [t for t, hub in sentences if hub and t in body]


def test_hub_lines_of_another_notice(tmp_path: Path) -> None:
    """The rules read the form of a 公文, not this notice: a made-up city notice with its own 文号,
    formulae, sign-off, Chinese-numeral date and contact."""
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    source = tmp_path / "silk.txt"
    source.write_text(
        "湖州市经济和信息化局关于开展2024年丝绸产业提升行动的通知\n\n湖经信〔2024〕12号\n\n各区县经信局：\n\n"
        "为推动丝绸产业转型升级，市局决定开展提升行动。现将有关事项通知如下：\n\n一、工作任务\n\n（一）推广数码印花。"
        "支持企业引进数码印花设备，降低印染能耗。\n\n（二）培育丝绸品牌。组织企业参加丝绸博览会。\n\n"
        "请结合实际认真贯彻执行。\n\n湖州市经济和信息化局\n\n二〇二四年三月五日\n\n联系电话：0572-1234567\n",
        encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=tmp_path / "index"))
    assert kb.add([source], role="background").ok  # (no vectors needed here)
    doc = kb.docs["silk"]
    sentences = dict(_sentences(doc))
    for line in ("湖经信〔2024〕12号", "现将有关事项通知如下：", "请结合实际认真贯彻执行。", "湖州市经济和信息化局",
                 "二〇二四年三月五日", "联系电话：0572-1234567"):
        assert sentences[line], line
    for line in ("为推动丝绸产业转型升级，市局决定开展提升行动。", "（一）推广数码印花。",
                 "支持企业引进数码印花设备，降低印染能耗。", "组织企业参加丝绸博览会。"):
        assert not sentences[line], line
    # A purpose stated in the same sentence as the formula is content.
    preamble = next(c for c in doc.chunks if "通知如下" in c.text)
    assert not is_hub(doc, preamble, "为推动丝绸产业转型升级，现将有关事项通知如下：")
    assert is_hub(doc, preamble, "现将有关事项通知如下：")


# ----- on the real notice, by meaning ----------------------------------------------------------
CONTENT_QUESTIONS = [
    "车间换新机器、上智能设备，这方面通知是怎么讲的？",
    "国外的订单少了，文件对出口有什么说法？",
    "我们是做汉服的，传统服饰文化这块有相关的安排吗？",
]


@pytest.mark.parametrize("question", CONTENT_QUESTIONS)
def test_identifying_lines_do_not_win_a_content_question(assistant, question: str) -> None:  # type: ignore[no-untyped-def]
    query = analyse(question)
    assert not query.fields
    semantic, closest, _ = assistant.retriever.semantic(query, None)
    best = max(semantic, key=lambda c: semantic[c])
    chunk = assistant.kb.chunks[best]
    assert chunk.section_path, f"the best clause by meaning is {chunk.text[:40]}"
    doc = assistant.kb.docs[chunk.doc_id]
    for cid, spans in closest.items():
        c = assistant.kb.chunks[cid]
        assert not [s for s, _ in spans if is_hub(doc, c, c.text[s.start:s.end])]


def test_a_metadata_question_still_compares_with_the_title_block(assistant) -> None:  # type: ignore[no-untyped-def]
    query = analyse("这份通知的发文字号是什么？")
    assert query.fields
    _, closest, _ = assistant.retriever.semantic(query, None)
    lines = [assistant.kb.chunks[cid].text[s.start:s.end] for cid, spans in closest.items() for s, _ in spans]
    assert any(t.startswith("发文字号") for t in lines)

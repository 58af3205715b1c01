"""Follow-ups that count into a list the last answer gave: "第二项下面第2条" is the second item
under the second listed one, and "第二项呢，具体说说" is answered from the items under it. On a
generated notice whose items open with their dates ("1. 2024年6月举办…"), which are items too."""

from __future__ import annotations

import pytest

NOTICE = ["临夏州工业和信息化局关于开展2024年临夏刺绣提升活动的通知", "临工信发〔2024〕15号", "各县市工业和信息化局：",
          "一、活动目标", "2024年全州刺绣产品销售额增长10%。", "二、重点任务",
          "（一）提升刺绣品质", "1. 制定刺绣产品团体标准2项。", "2. 建设刺绣设计中心1个。",
          "（二）拓展刺绣销售", "1. 2024年6月在临夏市举办刺绣展销会。", "2. 2024年9月组织企业参加丝路博览会。",
          "（三）培养刺绣人才", "1. 开展刺绣技能培训10期。",
          "三、工作要求", "各县市于2024年12月10日前报送工作总结。", "临夏州工业和信息化局", "2024年3月5日"]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    root = tmp_path_factory.mktemp("nested")
    (root / "files").mkdir()
    (root / "files" / "linxia-notice.txt").write_text("\n".join(NOTICE), encoding="utf-8")
    settings = IndexSettings(index_dir=root / "index")
    kb = KnowledgeBase(settings)
    assert kb.add([root / "files"], role="subject").ok
    return Assistant(Settings(index=settings), kb=kb)


def _after_list(bot, second: str):  # type: ignore[no-untyped-def]
    from assistant.models import Turn

    first = bot.ask("临夏的通知重点任务有几项？")
    assert len(first.items) == 3, first.text
    return bot.ask(second, history=[Turn(question="临夏的通知重点任务有几项？", answer=first)])


def test_the_second_item_under_the_second_listed_one(bot) -> None:  # type: ignore[no-untyped-def]
    answer = _after_list(bot, "第二项下面第2条说的是什么？")
    assert "丝路博览会" in answer.text and "刺绣展销会" not in answer.text, answer.text


def test_a_listed_item_with_items_of_its_own_is_answered_from_them(bot) -> None:  # type: ignore[no-untyped-def]
    answer = _after_list(bot, "第二项呢，具体说说。")
    assert "刺绣展销会" in answer.text and "丝路博览会" in answer.text, answer.text

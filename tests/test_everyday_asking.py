"""Fields and values asked in everyday words, and a reply that picks one of several documents:
on two generated local documents that both name a "市纺织服务中心" (a plan of 2023 whose only
issuer is its 落款, printed "（此件主动公开）", and a notice of 2025 whose issuers head its title)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docgen import make_docx

from assistant.query import analyse

PLAN = ["庆阳市2023年香包产业提升工作方案", "庆府办〔2023〕12号",
        "为推动我市香包产业发展，结合实际，制定本方案。", "一、主要任务",
        "（一）2023年6月开展“陇绣好物”香包消费月活动。", "（二）支持企业开设香包网店。", "二、工作要求",
        "各县（区）于2023年12月10日前将工作总结报送市纺织服务中心。",
        "联系人：市纺织服务中心 张红，电话：0934-8201234，电子邮箱：qyxb2023@example.cn。",
        "庆阳市人民政府办公室", "2023年5月6日", "（此件主动公开）"]
NOTICE = ["天水市工业和信息化局 天水市商务局", "关于开展2025年天水丝毯提升活动的通知", "天工信发〔2025〕5号",
          "各县区工业和信息化主管部门、商务主管部门：", "一、重点任务",
          "（一）2025年9月举办丝毯设计大赛。", "（二）各县区于2025年4月20日前将活动方案报送市纺织服务中心。",
          "二、工作要求", "联系人：市纺织服务中心 李明，电话：0938-8211111。",
          "天水市工业和信息化局", "天水市商务局", "2025年3月3日"]
# A municipality's notice: its bodies are a province's, and people there call them 市里.
MUNICIPAL = ["天津市工业和信息化局 天津市商务局", "关于开展2024年天津地毯出口提升活动的通知", "津工信消费〔2024〕7号",
             "各区工业和信息化主管部门、商务主管部门：", "一、重点任务", "（一）组织地毯企业参加广交会，设立天津地毯展区。",
             "二、工作要求", "联系人：市工业和信息化局消费品处 王强，电话：022-23451234。",
             "天津市工业和信息化局", "天津市商务局", "2024年4月2日"]

# A 转发 notice whose 附件 is the national notice it forwards (indexed too, in seeds/).
FORWARD = ["平凉市工业和信息化局关于转发《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》的通知",
           "平工信发〔2023〕41号", "各县（市、区）工业和信息化局：",
           "现将《工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知》"
           "（工信厅联消费函〔2023〕87号）转发给你们，请认真抓好落实。",
           "附件：工业和信息化部办公厅 商务部办公厅关于开展2023纺织服装优供给促升级活动的通知",
           "平凉市工业和信息化局", "2023年5月10日"]

# A cover that 印发 a plan, numbered 5 of 2025 like the 天水 notice (another 机关代字).
PRINTED = ["陇南市工业和信息化局关于印发《陇南市2025年纺织服装提升工作方案》的通知", "陇工信发〔2025〕5号",
           "各县区工业和信息化局：", "现将《陇南市2025年纺织服装提升工作方案》印发给你们，请认真贯彻落实。",
           "陇南市2025年纺织服装提升工作方案", "一、重点任务", "（一）2025年8月举办陇南纺织服装展。",
           "陇南市工业和信息化局", "2025年4月9日"]


@pytest.fixture(scope="module")
def bot(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    root = tmp_path_factory.mktemp("everyday")
    shutil.copytree(seed_index, root / "index")
    (root / "local").mkdir()
    (root / "local" / "qingyang-xiangbao-plan.txt").write_text("\n".join(PLAN), encoding="utf-8")
    make_docx(root / "local" / "tianshui-carpet-notice.docx", NOTICE)
    make_docx(root / "local" / "tianjin-carpet-notice.docx", MUNICIPAL)
    (root / "local" / "pingliang-forward.txt").write_text("\n".join(FORWARD), encoding="utf-8")
    (root / "local" / "longnan-plan.txt").write_text("\n".join(PRINTED), encoding="utf-8")
    kb = KnowledgeBase(IndexSettings(index_dir=root / "index"))
    assert kb.add([root / "local"], role="related").ok
    return Assistant(Settings(index=IndexSettings(index_dir=root / "index")), kb=kb)


@pytest.mark.parametrize(("question", "field"), [
    ("山西这个通知是不是主动公开的？", "openness"),
    ("上海网页上那份通知，网上发布是哪天？", "published_date"),
    ("这份通知网上是哪天挂出来的？", "published_date"),
    ("五指山这个方案是照着哪份上级文件制定的？", "basis"),
    ("这份转发的通知，转发的到底是哪一份文件？", "basis"),
    ("那份转发的通知是哪天落款的？", "signature_date"),
    ("这份通知在网站上归在什么类别下？", "category"),
])
def test_a_field_asked_in_everyday_words(question: str, field: str) -> None:
    assert field in analyse(question).fields


@pytest.mark.parametrize("question", ["山西要新培育多少个“晋”字号的纺织服装牌子？", "老字号企业能参加吗？"])
def test_a_brands_zihao_is_no_document_number(question: str) -> None:
    assert "doc_number" not in analyse(question).fields


@pytest.mark.parametrize(("question", "slot"), [
    ("比前五年增长了多少？", "quantity"), ("2010年政府工作报告的GDP增长目标是多少？", "quantity"),
    ("“开学季”的折扣力度是多少？", "rate"), ("这次活动的总预算是多少？", "money"),
])
def test_a_growth_a_discount_and_a_budget_ask_for_a_value(question: str, slot: str) -> None:
    assert slot in analyse(question).slots


def test_which_points_asks_no_hour_and_a_fax_is_its_own_value() -> None:
    assert "hour" not in analyse("国家通知对宣传工作提了哪几点要求？").slots
    assert "hour" in analyse("开幕式几点开始？").slots
    assert "fax" in analyse("想给部里的联系人发个传真，传真号是多少？").slots


def test_a_plan_is_issued_by_whoever_signs_it(bot) -> None:  # type: ignore[no-untyped-def]
    meta = bot.kb.docs["qingyang-xiangbao-plan"].meta
    assert meta.issuer == "庆阳市人民政府办公室"
    assert meta.openness == "主动公开"
    answer = bot.ask("庆阳的香包方案是哪个单位印发的？")
    assert not answer.refused and "庆阳市人民政府办公室" in answer.text
    openness = bot.ask("庆阳那个香包方案是不是主动公开的？")
    assert not openness.refused and "主动公开" in openness.text


def test_a_fax_number_is_not_answered_with_a_phone_number(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("天水丝毯那个通知，想给联系人发个传真，传真号是多少？")
    assert answer.refused and "传真" in answer.text


def test_the_name_of_an_activity_is_not_the_title(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("庆阳那个香包消费月叫什么名字？")
    assert "陇绣好物" in answer.text
    assert answer.kind != "field"


def test_the_full_title_holds_the_issuers_printed_above_it(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("天水丝毯那个通知的标题全称是什么？")
    assert "天水市工业和信息化局 天水市商务局关于开展2025年天水丝毯提升活动的通知" in answer.text


@pytest.mark.parametrize("reply", ["2025年那个。", "2025年那个文件里的。"])  # (文件 says it is a document, not which)
def test_a_reply_picks_one_of_the_documents_by_its_year(bot, reply: str) -> None:  # type: ignore[no-untyped-def]
    from assistant import Turn

    first = bot.ask("市纺织服务中心的电话是多少？")
    assert {c.doc_id for c in first.candidates} == {"qingyang-xiangbao-plan", "tianshui-carpet-notice"}
    second = bot.ask(reply, history=[Turn("市纺织服务中心的电话是多少？", first)])
    assert not second.refused
    assert {c.doc_id for c in second.citations} == {"tianshui-carpet-notice"}
    assert "0938-8211111" in second.text and "0934-8201234" not in second.text


def test_a_party_named_with_its_place_is_the_contact_lines_party(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("天水的市纺织服务中心的联系人叫什么？")
    assert not answer.refused and "李明" in answer.text


def test_shimei_of_a_municipality_is_its_notice(bot) -> None:  # type: ignore[no-untyped-def]
    """"我们在天津…，市里这次的通知": of the city-level notices, the municipality's (天津市 is a
    province-level body, and also what its people call 市里)."""
    answer = bot.ask("我们在天津做外贸，市里这次的通知有什么说法？")
    assert answer.citations and {c.doc_id for c in answer.citations} == {"tianjin-carpet-notice"}


@pytest.mark.parametrize(("question", "follows"), [
    ("用具体数字说，是从多少增加到多少？", True), ("详细讲讲这一条", True), ("具体说说", True),
    ("具体要求有哪些？", False), ("具体日期是哪天？", False),
])
def test_asking_for_more_of_the_same_is_a_follow_up(question: str, follows: bool) -> None:
    """"用具体数字说…" asks for more of what was just answered: it stays on that document."""
    assert analyse(question).follow_up is follows


def test_a_forwarding_notices_fields_are_its_own_not_the_forwarded_ones(bot) -> None:  # type: ignore[no-untyped-def]
    """The forwarded notice is the 转发 notice's attachment, but its 文号 is not the 转发's."""
    assert bot.kb.attachment_docs(bot.kb.docs["pingliang-forward"]), "the forwarded notice is indexed as its 附件"
    answer = bot.ask("平凉转发的那份通知文号是多少？")
    assert "平工信发〔2023〕41号" in answer.text and "消费函〔2023〕87号" not in answer.text.split("[1]")[0]
    assert answer.citations[0].doc_id == "pingliang-forward"


def test_the_words_asking_a_field_name_no_title_and_a_reply_picks_one(bot) -> None:  # type: ignore[no-untyped-def]
    """"5号文是哪天印发的": 印发 asks the date, it does not name the cover titled "关于印发…"; the two
    notices numbered 5 are both listed, and "天水的。" then picks one (its words are the chosen
    document's own once the conversation is on it: the choice must hold)."""
    from assistant.models import Turn

    first = bot.ask("2025年5号文是哪天印发的？")
    assert {c.doc_id for c in first.candidates} == {"tianshui-carpet-notice", "longnan-plan"}, first.text
    second = bot.ask("天水的。", history=[Turn(question="2025年5号文是哪天印发的？", answer=first)])
    assert not second.candidates and "2025年3月3日" in second.text and "2025年4月9日" not in second.text, second.text


def test_a_reply_naming_the_thing_again_picks_by_its_place(bot) -> None:  # type: ignore[no-untyped-def]
    from assistant.models import Turn

    first = bot.ask("市纺织服务中心的电话是多少？")
    assert len(first.candidates) == 2, first.text
    second = bot.ask("天水的那个中心。", history=[Turn(question="市纺织服务中心的电话是多少？", answer=first)])
    assert "0938-8211111" in second.text and "0934-8201234" not in second.text, second.text


@pytest.mark.parametrize(("question", "congress"), [("那二十大报告是怎么安排的？", "二十"), ("从十九大到二十大", "十九"),
                                                    ("我们是十大品牌之一", None)])
def test_a_congress_named_after_a_pointing_word(question: str, congress: str | None) -> None:
    from assistant.scope import CONGRESS_REF

    found = CONGRESS_REF.search(question)
    assert (found.group(1) if found else None) == congress


def test_the_national_one_named_in_everyday_words_and_its_date_of_signature(bot) -> None:  # type: ignore[no-untyped-def]
    """"那国家原来那份是哪天落款的？" after a question on a 转发 notice: the national notice; its
    落款 date is its 成文日期 (the date printed in the 落款)."""
    from assistant.models import Turn
    from assistant.scope import LEVEL_NAMED

    assert LEVEL_NAMED.search("那国家原来那份是哪天落款的？")
    first = bot.ask("平凉转发的那份通知是哪天落款的？")
    assert "2023年5月10日" in first.text, first.text
    second = bot.ask("那国家原来那份是哪天落款的？", history=[Turn(question="平凉转发的那份通知是哪天落款的？", answer=first)])
    assert "2023年4月14日" in second.text and second.citations[0].doc_id == "miit-mofcom-2023-87-textile-apparel-upgrade-notice"


def test_a_kind_of_document_only_one_is_names_it(bot) -> None:  # type: ignore[no-untyped-def]
    """"方案里…" when the plan of 庆阳 is the library's only 方案 (the notices are 通知): that plan."""
    answer = bot.ask("方案里说要办什么消费活动？")
    assert answer.citations[0].doc_id == "qingyang-xiangbao-plan" and "消费月" in answer.text, answer.text


def test_the_attachment_of_a_notice_another_one_forwards_is_its_own_missing_table(bot) -> None:  # type: ignore[no-untyped-def]
    """The national notice is the 附件 of a 转发 notice in the library; asked what is in its own
    attachment (the activity table, never saved), the answer says the table is missing."""
    answer = bot.ask("国家那份通知附件的活动计划表里都有哪些活动？")
    assert answer.refused and "未收录" in answer.text, answer.text


@pytest.mark.parametrize(("term", "text", "holds"), [
    ("营收", "全市规模以上企业营业收入同比增长7%以上", True), ("规上", "规模以上企业", True),
    ("营收", "企业经营成本下降", False), ("增长", "产值增加", False),
])
def test_a_short_form_no_dictionary_knows_is_found_written_out(term: str, text: str, holds: bool) -> None:
    """"营收要增长多少" against "营业收入同比增长7%": the short form is the clause's words, one
    character of each, so the clause covers the question."""
    from assistant.evidence import coverage

    assert (coverage({term: 1.0}, text) == 1.0) is holds

"""Questions about local notices that name none of them, in a library of the campaign notice (the
subject), its laws and several local notices of other places: the local clause that says it in its
own words answers, not the subject's nearest clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import library_of

CITY_PLAN = ["测阳市工业和信息化局关于组织开展2024年纺织服装优供给促升级系列活动的通知", "测工信发〔2024〕12号",
             "各县（市、区）工业和信息化局：", "一、活动安排", "（一）活动时间", "2024年4月至11月。",
             "（二）重点活动", "1. 测阳时装周。2024年10月18日—21日在测阳国际会展中心举办。",
             "（三）组织方式",
             "1. 县区联动。各县（市、区）结合本地产业特色，每地至少组织1场特色活动，"
             "并于4月15日前将活动方案报送市工业和信息化局。",
             "二、工作要求", "请各地做好宣传。", "测阳市工业和信息化局", "2024年3月20日"]
CITY_FUND = ["测溪市人民政府办公室关于印发测溪市纺织服装产业提升专项行动方案的通知", "测政办发〔2023〕31号",
             "各县（市、区）人民政府，市政府各部门：", "一、主要任务", "（一）实施技术改造提升。支持企业更新设备。",
             "二、保障措施", "（一）强化组织领导。建立工作专班。",
             "（二）强化资金保障。市级财政从工业发展专项资金中安排不超过2000万元用于专项行动。",
             "测溪市人民政府办公室", "2023年5月29日"]
CITY_TABLE = ["测州市工业和信息化局关于做好2023年纺织服装优供给促升级活动组织工作的通知", "测工信消费〔2023〕67号",
              "各县（市、区）工业和信息化局：", "一、活动安排", "全年组织开展以下重点活动：",
              "序号\t活动名称\t时间\t地点\t牵头单位",
              "1\t纺织服装企业数字化转型培训\t2023年7月6日\t测州市工业和信息化局三楼会议室\t市工业和信息化局",
              "2\t纺织企业清洁生产现场会\t2023年8月24日\t测江印染产业园\t市生态环境局",
              "二、有关要求", "各县（市、区）请于2023年6月30日前报送企业名单。", "测州市工业和信息化局", "2023年6月12日"]
# Another notice of the same city (测阳 names two notices).
CITY_OTHER = ["测阳市商务局关于开展2024年测阳消费季活动的通知", "测商务〔2024〕8号", "各县（市、区）商务局：",
              "一、活动内容", "（一）组织商场开展促销。2024年5月起在全市商圈开展促销活动。", "测阳市商务局", "2024年4月2日"]


@pytest.fixture(scope="module")
def towns(seed_index: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("towns")
    local = root / "local"
    local.mkdir()
    for name, lines in (("ceyang-plan", CITY_PLAN), ("cexi-fund", CITY_FUND), ("cezhou-table", CITY_TABLE),
                        ("ceyang-commerce", CITY_OTHER)):
        (local / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")
    return library_of(seed_index, root, related=local)


@pytest.mark.parametrize(("question", "doc", "fact"), [
    # the subject is silent; what its nearest clause shares with the question is frame (工信局, 方案)
    ("我在县工信局，县里的特色活动方案最晚什么时候要报到市工信局？", "ceyang-plan", "4月15日"),
    # 这次 points at the campaign: it is no topic the other answer must share
    ("市财政给这次纺织服装专项行动安排了多少资金？", "cexi-fund", "2000万元"),
    # the subject answers only by meaning; a local notice says it in its own words
    ("纺织企业清洁生产现场会在哪里开？", "cezhou-table", "测江印染产业园"),
])
def test_the_local_clause_in_its_own_words_answers(towns, question: str, doc: str, fact: str) -> None:  # type: ignore[no-untyped-def]
    answer = towns.ask(question)
    assert not answer.refused and answer.citations and answer.citations[0].doc_id == doc, answer.text
    assert fact in answer.text, answer.text

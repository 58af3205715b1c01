"""A printed notice's running header and footer ("某市…通知" on every page, "第 2 页 共 3 页"):
dropped, so that a sentence running over a page is whole and the title is read once."""

from __future__ import annotations

import re
from pathlib import Path

from officegen import make_pdf

TITLE = "某市工业和信息化局关于开展2025年地毯产业提升活动的通知"
PARAGRAPHS = [TITLE, "某工信发〔2025〕9号", "各县（区）工业和信息化主管部门：",
              "为推动地毯产业提质升级，现就开展2025年地毯产业提升活动有关事项通知如下。", "一、活动目标",
              *[f"到2025年底，全市规模以上地毯企业达到{n}户，培育特色品牌{n}个，建成数字化车间{n}个，"
                f"地毯产业营业收入比上年增长百分之{n}以上，带动就业{n}百人。" for n in range(11, 17)],
              "二、重点任务", "（一）推进设备更新",
              *[f"{n}. 支持企业更新织机{n}百台，推进染色工序节水改造，单位产品取水量较上年下降百分之{n}，"
                f"并在年底前完成验收和总结评估工作。" for n in range(1, 7)],
              "三、工作要求", "各县（区）于2025年12月10日前报送全年工作总结。",
              "某市工业和信息化局", "2025年3月18日"]


def test_running_header_and_footer_are_dropped(tmp_path: Path) -> None:
    from index.documents import build_document
    from index.loaders import load
    from index.settings import ChunkSettings

    path = make_pdf(tmp_path / "n.pdf", PARAGRAPHS, head=3, running_title=TITLE)
    raw = load(path)[0]
    assert raw.text.count(TITLE) == 1  # the title under the first page's running copy
    assert not re.search(r"第\s*\d\s*页\s*共\s*\d\s*页", raw.text)
    doc = build_document(raw, ChunkSettings())
    assert doc.title == TITLE
    flat = re.sub(r"\s", "", doc.text)
    for paragraph in PARAGRAPHS[4:-2]:  # every paragraph whole, wherever the page broke it
        assert re.sub(r"\s", "", paragraph) in flat, paragraph

"""The topic chart as a PNG: drawn with Pillow and a Chinese font found on the system; a clear
error without one. (scripts/test.sh installs fonts-wqy-microhei.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from assistant.chart_png import NO_FONT, bar_png, find_cjk_font
from assistant.models import TopicGroup, TopicResult


def _result(*counts: int) -> TopicResult:
    groups = [TopicGroup(key=str(2020 + i), label=f"{2020 + i}年", mentions=n, clauses=n, documents=[],
                         key_sentence=None, quotes=[]) for i, n in enumerate(counts)]
    return TopicResult(query="纺织", group_by="year", mentions=sum(counts), groups=groups)


needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no CJK font (scripts/test.sh installs one)")


@needs_font
def test_png_opens_with_one_bar_a_group(tmp_path: Path) -> None:
    from PIL import Image

    path = bar_png(_result(4, 2, 1), tmp_path / "纺织.png")
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (900, 50 + 3 * 36 + 10)
        rgb = image.convert("RGB")
        blue = [x for x in range(rgb.width) if rgb.getpixel((x, 46 + 13)) == (74, 123, 208)]
        assert len(blue) > 500  # the longest bar (4 mentions) spans most of the width
        half = [x for x in range(rgb.width) if rgb.getpixel((x, 46 + 36 + 13)) == (74, 123, 208)]
        assert abs(len(half) - len(blue) / 2) <= 2  # 2 mentions: half as long
        label = rgb.crop((10, 46, 200, 46 + 26))
        assert label.getextrema() != ((255, 255), (255, 255), (255, 255))  # the label is drawn


def test_without_a_font_the_error_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.chart_png as chart

    monkeypatch.setattr(chart, "find_cjk_font", lambda: None)
    with pytest.raises(ValueError, match="未找到中文字体"):
        chart.bar_png(_result(1), tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists() and "fonts-wqy-microhei" in NO_FONT


@needs_font
def test_cli_writes_the_png(index_copy: Path, tmp_path: Path) -> None:
    from PIL import Image

    chart = tmp_path / "t.png"
    out = subprocess.run([sys.executable, "-m", "assistant", "topic", "棉纺消费季", "--chart", str(chart),
                          "--index-dir", str(index_copy)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    with Image.open(chart) as image:
        assert image.format == "PNG" and image.size == (900, 50 + 36 + 10)  # one group: the notice

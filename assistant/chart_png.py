"""The topic chart as a PNG (`python -m assistant topic … --chart 纺织.png`), drawn with Pillow.

Chinese labels need a font with CJK glyphs; one is looked for on the system (fontconfig's list of
fonts for Chinese, then the usual font folders). Without one the chart would show empty boxes, so
it is refused with a clear message instead.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .models import TopicResult

# Preferred first: the font scripts/test.sh installs, then the common CJK families.
_PREFERRED = ("wqy-microhei", "wqy-zenhei", "notosanscjk", "notoserifcjk", "sourcehansans", "droidsansfallback",
              "msyh", "simhei", "simsun", "pingfang", "hiragino")
_FOLDERS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
            Path.home() / ".local/share/fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"),
            Path("C:/Windows/Fonts"))
NO_FONT = ("未找到中文字体，无法生成 PNG 图表；请安装 fonts-wqy-microhei 或 fonts-noto-cjk，或改用 .svg。"
           "(No CJK font found for the PNG chart: install fonts-wqy-microhei or fonts-noto-cjk, or write .svg.)")


def _rank(path: Path) -> int:
    name = path.name.lower().replace("-", "").replace("_", "")
    return next((i for i, p in enumerate(_PREFERRED) if p.replace("-", "") in name), len(_PREFERRED))


def find_cjk_font() -> Path | None:
    """A font file with Chinese glyphs, or None."""
    found: list[Path] = []
    if shutil.which("fc-list"):
        try:
            out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
            found = [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]
        except (OSError, subprocess.SubprocessError):
            found = []
    if not found:
        found = [p for folder in _FOLDERS if folder.is_dir() for p in folder.rglob("*")
                 if p.suffix.lower() in (".ttf", ".ttc", ".otf") and _rank(p) < len(_PREFERRED)]
    found = [p for p in found if p.is_file()]
    return min(found, key=lambda p: (_rank(p), str(p))) if found else None


def bar_png(result: TopicResult, path: Path, width: int = 900, bar: int = 26, font: Path | None = None) -> Path:
    """Mentions per group as a horizontal bar chart, as bar_svg draws it, written to `path`."""
    from PIL import Image, ImageDraw, ImageFont

    font = font or find_cjk_font()
    if font is None:
        raise ValueError(NO_FONT)
    text_font = ImageFont.truetype(str(font), 15)
    title_font = ImageFont.truetype(str(font), 17)
    groups = result.groups
    label_w, row = 240, int(bar * 1.4)
    height = 50 + row * max(len(groups), 1) + 10
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((10, 12), f"“{result.query}” 提及次数", fill="black", font=title_font)
    top = max((g.mentions for g in groups), default=1) or 1
    for i, g in enumerate(groups):
        y = 46 + i * row
        name = g.label if len(g.label) <= 14 else g.label[:13] + "…"
        draw.text((10, y + 3), name, fill="black", font=text_font)
        w = max(1, round((width - label_w - 70) * g.mentions / top))
        draw.rectangle((label_w, y, label_w + w, y + bar), fill=(74, 123, 208))
        draw.text((label_w + w + 6, y + 3), str(g.mentions), fill="black", font=text_font)
    if not groups:
        draw.text((10, 46), "未找到提及。", fill="black", font=text_font)
    image.save(path, format="PNG")
    return path

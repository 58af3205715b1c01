"""Chinese numerals as people write them in official documents: 第二十八条, 二〇二三年, 一百零五.

One helper for the whole project (headings, article numbers, dates, ordinals in questions)."""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(text: str | None) -> int | None:
    """二十八 → 28, 一百零五 → 105, 十 → 10, 二〇二三 → 2023 (digit by digit), 28 → 28; None if not a numeral."""
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    if any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    if not any(ch in _UNITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))  # 二〇二三: digit by digit
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
    return total + (digit or 0)

"""Chinese numerals: the one helper every module uses (第二十条, 二〇二三年, 两个部门, 第105条).

`cn_int` reads Arabic digits (half- or full-width), digit-by-digit numerals (二〇二三 → 2023) and
numerals with units (一百零五 → 105, 十二 → 12, 两千 → 2000). Anything else is None, never a guess.
"""

from __future__ import annotations

import re

DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
# Characters a Chinese numeral may contain (for building patterns).
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_int(text: str) -> int | None:
    """The integer a numeral writes, or None when `text` is not a numeral."""
    s = text.strip().translate(_FULL_WIDTH)
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if any(ch not in DIGITS and ch not in UNITS for ch in s):
        return None
    if not any(ch in UNITS for ch in s):
        # Digit by digit: 二〇二三 (a year), 一 (one).
        return int("".join(str(DIGITS[ch]) for ch in s))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in DIGITS:
            if digit is not None and DIGITS[ch] != 0 and digit != 0:
                return None  # two digits in a row inside a numeral with units (二三十)
            digit = DIGITS[ch]
        else:
            unit = UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section, digit = 0, None
                continue
            if digit is None and (section or total):
                return None  # 百十: a unit without its digit in the middle
            section += (1 if digit is None else digit) * unit
            digit = None
    return total + section + (digit or 0)


def cn_numeral(n: int) -> str:
    """The Chinese numeral for 1-9999 as laws write article numbers: 105 → 一百零五, 12 → 十二."""
    if n <= 0 or n >= 10000:
        return str(n)
    names = "零一二三四五六七八九"
    out, zero = "", False
    for unit, label in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            if zero:
                out += "零"
            out += ("" if (label == "十" and d == 1 and not out) else names[d]) + label
            zero = False
        elif out:
            zero = True
    return out


# A year written digit by digit ("二〇二〇年", "二○三五年", "一九九八年"; a zero may be 〇, ○, 零, Ｏ
# or a digit 0/０): four numeral characters before 年.
_CN_YEAR = re.compile(r"[〇○零Ｏ0０一二三四五六七八九]{4}(?=\s*年)")


def digit_years(text: str) -> str:
    """`text` with its Chinese-numeral years in Arabic digits (二○二○年 → 2020年); other numerals stay."""
    def arabic(m: re.Match[str]) -> str:
        value = cn_int(m.group(0).replace("0", "〇").replace("０", "〇"))
        return str(value) if value is not None and 1000 <= value <= 2999 else m.group(0)

    return _CN_YEAR.sub(arabic, text)

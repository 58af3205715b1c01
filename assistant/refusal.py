"""The refusal wording, defined once and used by the extractive writer, the LLM prompt, the web
page and the tests. "The documents are silent" is a refusal; "the documents say no" is an answer."""

from __future__ import annotations

SILENT = "现有文件未对此作出规定"  # the sentinel: every refusal starts with it
MISSING_ATTACHMENT = "附件《{name}》未收录在知识库中（原文仅列出附件名称），无法据此回答附件的具体内容"
NEAREST = "与问题最相关的条款是 [1]，供参考"
SAYS_NO = "文件明确作出了否定或禁止性规定"
# An answer by meaning: the clause closest to the question says it in other words (or not quite).
IN_OTHER_WORDS = "文件没有使用问题中的说法；意思最接近的规定是"


def silent(reason: str | None = None, nearest: bool = False) -> str:
    """One refusal sentence: the sentinel, an optional reason, an optional pointer to [1]."""
    text = SILENT
    if reason:
        text += f"：{reason}"
    text += "。"
    if nearest:
        text += NEAREST + "。"
    return text


def is_refusal(text: str) -> bool:
    return text.lstrip().startswith(SILENT)

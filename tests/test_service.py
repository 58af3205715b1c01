"""What the interfaces share: a question must have words in it, and a conversation sent as text
only (chat front-ends, the HTTP API) still resolves follow-ups."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from assistant.service import is_question, message_text, only_punctuation, turns_from_messages


@pytest.mark.parametrize("text", ["？？？", "...", "  ！？。，", "", "\n\t", "【】"])
def test_punctuation_is_not_a_question(text: str) -> None:
    assert not is_question(text)
    assert only_punctuation(text) == bool(text.strip()), "empty text is left to ask(), which calls it empty"


@pytest.mark.parametrize("text", ["联系人？", "who?", "2023", "那第二条呢？"])
def test_words_make_a_question(text: str) -> None:
    assert is_question(text)


def test_message_text_reads_content_parts() -> None:
    assert message_text([{"type": "text", "text": "那第"}, {"type": "image_url"}, {"type": "text", "text": "二条呢？"}]) \
        == "那第二条呢？"
    assert message_text(None) == "" and message_text("问") == "问"


def test_follow_up_from_text_only_history(assistant) -> None:  # type: ignore[no-untyped-def]
    first = assistant.ask("工作任务有哪几个方面？")
    messages = [{"role": "system", "content": "你是助手"}, {"role": "user", "content": "工作任务有哪几个方面？"},
                {"role": "assistant", "content": first.text}]
    turns = turns_from_messages(assistant, messages)
    assert len(turns) == 1 and turns[0].answer is not None and turns[0].answer.text == first.text
    second = assistant.ask("那第二条呢？", history=turns)
    assert second.citations[0].section.startswith("二、工作任务 > （二）")
    # Without the rebuilt answers the follow-up has nothing to resolve against.
    plain = assistant.ask("那第二条呢？", history=messages)
    assert not (plain.citations and (plain.citations[0].section or "").startswith("二、工作任务 > （二）"))


def test_cli_asks_for_a_question(seed_index: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", "？？？", "--json", "--index-dir", str(seed_index)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2 and "请输入一个问题" in json.loads(result.stdout)["error"]

"""What the interfaces around `Assistant.ask` share: the library service bound to an assistant,
the check that a question has words in it, and conversations rebuilt from plain text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from index.library import Library

from .api import Assistant
from .models import Turn

NO_QUESTION = "请输入一个问题，例如：这份通知的联系人是谁？"
NO_QUESTION_EN = "Please ask a question, e.g. 这份通知的联系人是谁？ (who is the contact of this notice?)"
_WORD = re.compile(r"[\w\u3400-\u9fff]")
MAX_REBUILT_TURNS = 6  # earlier user turns re-asked to resolve a follow-up


def library_for(assistant: Assistant) -> Library:
    """The library of this assistant: changes wait for the questions in flight and keep new ones
    out until the index in memory is consistent again."""
    settings = assistant.settings
    return Library(assistant.kb, files_dir=settings.upload_dir, admin_token=settings.admin_token,
                   max_upload_bytes=int(settings.max_upload_mb * 1024 * 1024),
                   exclusive=assistant._lock.writing)


def is_question(text: object) -> bool:
    """False for text without a single letter, digit or Chinese character ("？？？", "...")."""
    return isinstance(text, str) and bool(_WORD.search(text))


def only_punctuation(text: object) -> bool:
    """Something was typed, but not a word of it ("？？？"): ask for a question. (Empty text is
    left to `Assistant.ask`, which says the question is empty.)"""
    return isinstance(text, str) and bool(text.strip()) and not is_question(text)


def message_text(content: Any) -> str:
    """The text of a chat message: a string, or OpenAI content parts [{type: text, text}]."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type") == "text")
    return "" if content is None else str(content)


def turns_from_messages(assistant: Assistant, messages: Sequence[dict[str, Any]]) -> list[Turn]:
    """Earlier turns of a conversation that a client sends as text only (an OpenAI-style
    `messages` list or [{role, content}] history): each earlier user question is asked again, in
    order and with its own history, so that a follow-up such as "那第二条呢？" resolves against
    real answers. Asking costs about 10 ms a question without an LLM; the LLM is not used for these."""
    questions = [message_text(m.get("content")).strip() for m in messages
                 if isinstance(m, dict) and m.get("role") == "user"]
    questions = [q for q in questions if is_question(q)][-MAX_REBUILT_TURNS:]
    turns: list[Turn] = []
    for question in questions:
        try:
            answer = assistant.ask(question, history=turns, use_llm=False)
        except ValueError:
            turns.append(Turn(question))
            continue
        turns.append(Turn(question, answer))
    return turns

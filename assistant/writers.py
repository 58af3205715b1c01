"""Answer writers behind one small protocol: the extractive writer (default, no LLM) and the LLM
writer (an OpenAI-compatible endpoint or Ollama through langchain), whose citations are checked
after generation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from index.kb import KnowledgeBase

from . import refusal
from .compose import compose
from .models import Answer, Citation, Mode
from .prompts import load_prompt, strip_fences
from .query import Query
from .retrieval import Hit
from .settings import LLMSettings, RetrievalSettings

OnDelta = Callable[[str], None]


class AnswerWriter(Protocol):
    mode: Mode

    def write(self, query: Query, hits: list[Hit], on_delta: OnDelta | None = None) -> Answer: ...


class ExtractiveWriter:
    mode: Mode = "extractive"

    def __init__(self, kb: KnowledgeBase, settings: RetrievalSettings) -> None:
        self.kb = kb
        self.settings = settings

    def write(self, query: Query, hits: list[Hit], on_delta: OnDelta | None = None) -> Answer:
        answer = compose(self.kb, self.settings, query, hits)
        if on_delta:
            for line in answer.text.splitlines(keepends=True):
                on_delta(line)
        return answer


class LLMUnavailable(Exception):
    pass


def make_chat_model(settings: LLMSettings) -> Any:
    """A langchain chat model for the configured provider (imports stay here, at the edge)."""
    if settings.provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=settings.model or "", base_url=settings.base_url or "http://127.0.0.1:11434",
                          temperature=settings.temperature, client_kwargs={"timeout": settings.timeout})
    if settings.provider == "openai":
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        return ChatOpenAI(model=settings.model or "", base_url=settings.base_url,
                          api_key=SecretStr(settings.api_key or "none"),
                          temperature=settings.temperature, timeout=settings.timeout, max_retries=0,
                          streaming=True)
    raise ValueError(f"unknown LLM provider '{settings.provider}' (use openai or ollama)")


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?|\n")
_MARK = re.compile(r"\[(\d+)\]")
_CJK2 = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if _CJK2.match(c)]
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}


def support(sentence: str, clause: str) -> float:
    """Share of the sentence's character bigrams found in the clause."""
    grams = _bigrams(_MARK.sub("", sentence))
    if not grams:
        return 1.0
    return len(grams & _bigrams(clause)) / len(grams)


def verify_citations(text: str, citations: list[Citation], threshold: float = 0.3) -> tuple[str, int]:
    """Keep sentences whose every [n] points to a clause that supports them; drop the rest.
    Returns the checked text and how many sentences were removed."""
    by_n = {c.n: c for c in citations}
    kept: list[str] = []
    removed = 0
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        if sentence == "\n" or not sentence.strip():
            kept.append(sentence)
            continue
        marks = [int(x) for x in _MARK.findall(sentence)]
        body = _MARK.sub("", sentence).strip()
        if not marks:
            # Uncited text survives only as a refusal or a short lead-in ("主要有以下几点：").
            if refusal.is_refusal(body) or (body.endswith(("：", ":")) and len(body) <= 20):
                kept.append(sentence)
            else:
                removed += 1
            continue
        if all(n in by_n and support(body, by_n[n].quote) >= threshold for n in marks):
            kept.append(sentence)
        else:
            removed += 1
    return re.sub(r"\n{3,}", "\n\n", "".join(kept)).strip(), removed


class LLMWriter:
    """Writes from the retrieved clauses with the prompts in prompts/. Refusals, metadata fields
    and list structure stay with the extractive path, which is exact; the LLM writes prose."""

    mode: Mode = "llm"

    def __init__(self, kb: KnowledgeBase, retrieval: RetrievalSettings, llm: LLMSettings,
                 chat_model: Any | None = None) -> None:
        self.kb = kb
        self.extractive = ExtractiveWriter(kb, retrieval)
        self.settings = llm
        self._model = chat_model

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = make_chat_model(self.settings)
        return self._model

    def write(self, query: Query, hits: list[Hit], on_delta: OnDelta | None = None) -> Answer:
        base = self.extractive.write(query, hits)
        if base.refused or base.kind in ("field", "refusal") or not hits:
            if on_delta:
                on_delta(base.text)
            return base
        citations = self._clauses(hits)
        messages = self._messages(query, citations)
        try:
            text = "".join(self._stream(messages, on_delta))
        except LLMUnavailable as exc:
            base.notice = f"已配置的 LLM 无法使用（{exc}），本次回答改用无 LLM 模式。"
            if on_delta:
                on_delta(base.text)
            return base
        checked, removed = verify_citations(text, citations)
        used = {int(n) for n in _MARK.findall(checked)}
        answer = Answer(question=query.raw, text=checked, citations=[c for c in citations if c.n in used],
                        mode="llm", kind=base.kind)
        if refusal.is_refusal(checked):
            answer.refused, answer.kind = True, "refusal"
        if removed:
            answer.notice = f"已删除 {removed} 句无法在所引条款中核实的内容。"
        if not checked:
            base.notice = "LLM 的回答没有可核实的引用，改用无 LLM 模式的回答。"
            return base
        return answer

    def _clauses(self, hits: list[Hit], limit: int = 5) -> list[Citation]:
        out = []
        for i, h in enumerate(hits[:limit], 1):
            out.append(Citation(n=i, doc_id=h.doc.doc_id, title=h.doc.title, doc_number=h.doc.meta.doc_number,
                                section=h.chunk.section, quote=h.chunk.text, source=h.doc.source,
                                score=round(h.score, 4), chunk_id=h.chunk.chunk_id, start=h.chunk.start,
                                end=h.chunk.end))
        return out

    def _messages(self, query: Query, citations: list[Citation]) -> list[tuple[str, str]]:
        clause = load_prompt("clause")
        blocks = "\n\n".join(
            clause.fill(n=str(c.n), title=strip_fences(c.title), doc_number=c.doc_number or "",
                        section=strip_fences(c.section or ""), text=strip_fences(c.quote))
            for c in citations)
        system = load_prompt("answer_system").fill(refusal=refusal.SILENT)
        user = load_prompt("answer_user").fill(clauses=blocks, question=strip_fences(query.raw), history="")
        return [("system", system), ("human", user)]

    def _stream(self, messages: list[tuple[str, str]], on_delta: OnDelta | None) -> Iterator[str]:
        try:
            for chunk in self.model.stream(messages):
                piece = chunk.content if isinstance(chunk.content, str) else ""
                if piece:
                    if on_delta:
                        on_delta(piece)
                    yield piece
        except Exception as exc:  # connection refused, timeout, HTTP errors: all mean "not usable now"
            raise LLMUnavailable(f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}") from None

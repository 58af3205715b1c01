"""Answer writers behind one small protocol: the extractive writer (default, no LLM) and the LLM
writer (an OpenAI-compatible endpoint or Ollama through langchain), whose every sentence is checked
claim by claim against the clause it cites before it is shown (streaming included).

Clauses flagged at indexing as instruction-like ("忽略之前的指令…") reach neither writer."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from index.injection import instruction_like
from index.kb import KnowledgeBase

from . import refusal
from .citing import law_reference
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
        answer = compose(self.kb, self.settings, query, safe_hits(hits))
        if on_delta:
            for line in answer.text.splitlines(keepends=True):
                on_delta(line)
        return answer


def safe_hits(hits: list[Hit]) -> list[Hit]:
    """The hits without clauses that address an AI model (flagged at indexing; checked again for
    documents indexed before the flag existed)."""
    return [h for h in hits if not (h.chunk.instruction or instruction_like(h.chunk.text))]


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
# A complete unit of streamed text: a sentence with its terminator and any [n] after it, a line,
# or a line break.
_UNIT = re.compile(r"[^。！？!?\n]*[。！？!?]+(?:[ \t]*\[\d+\])*|[^。！？!?\n]+(?=\n)|\n")
_PENDING = re.compile(r"[ \t]*(\[\d*)?")

# Claims that must appear in the cited clause as written.
_URL = re.compile(r"(?:https?://|www\.)[^\s，。；、）)\]】\"”'<>]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|io)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_UNITS = "万亿|亿元|万元|千元|百元|元|亿|万|千|百|倍|个百分点|%|‰|家|个|项|年|月|日|号|天|人|次|条|期|届|所|批"
_NUMBER = re.compile(rf"\d+(?:[.,:：/-]\d+)*(?:\s*(?:{_UNITS}))?")
_CN_NUMBER = re.compile(rf"(?:百分之|千分之)[零〇一二三四五六七八九十百点]+|[零〇一二三四五六七八九十百千万亿两]+(?:{_UNITS})")
_QUOTED = re.compile(r"《([^》]{1,60})》|“([^”]{2,80})”|\"([^\"]{2,80})\"")
_NEGATION = re.compile(r"不得|严禁|禁止|没有|不|未|无|非")
# Words that frame a statement about the document rather than carry its content.
_FRAMING = frozenset(re.split(r"\s+", """通知 文件 该通知 本通知 此通知 上述 这份 该文件 本文件 提出 指出 明确 规定 表示 强调 要求
包括 主要 以下 如下 方面 相关 有关 内容 其中 根据 按照 依据 条款 具体 分别 同时 此外 另外 以及 进行 需要 应当 可以 鼓励 支持
提到 指 即 活动 工作 部分 几点 一是 二是 三是 四是 五是 首先 其次 最后 总之 因此 还 也 均 都 等 将"""))


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from index.textnorm import LEXICON_DIR

    return frozenset((LEXICON_DIR / "stopwords.txt").read_text(encoding="utf-8").split())


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if _CJK2.match(c)]
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}


def hard_claims(sentence: str) -> list[str]:
    """Numbers and amounts, dates, percentages, phones, URLs, e-mails, quoted names and wording."""
    text = _norm(_MARK.sub("", sentence))
    claims = [m.group(0) for m in _URL.finditer(text)] + [m.group(0) for m in _EMAIL.finditer(text)]
    claims += [m.group(0) for m in _NUMBER.finditer(text)] + [m.group(0) for m in _CN_NUMBER.finditer(text)]
    claims += [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    return claims


def _number_in(claim: str, clause: str) -> bool:
    """A number appears as itself: "5" is not found inside "500" or "2023"."""
    return re.search(rf"(?<![\d.]){re.escape(claim)}(?![\d])" if claim[-1].isdigit()
                     else rf"(?<![\d.]){re.escape(claim)}", clause) is not None


def unsupported_parts(sentence: str, clause: str) -> list[str]:
    """The parts of a sentence its clause does not support: every hard claim must appear in the
    clause, every negation must be the clause's, and every content word must be found in it."""
    import jieba

    body = _MARK.sub("", sentence)
    norm_clause = _norm(clause)
    missing = []
    for claim in hard_claims(body):
        found = _number_in(claim, norm_clause) if claim[:1].isdigit() else claim in norm_clause
        if not found:
            missing.append(claim)
    norm_body = _norm(body)
    for m in _NEGATION.finditer(norm_body):
        window = norm_body[m.start() : m.end() + 1]
        if window not in norm_clause:
            missing.append(window)
    clause_grams = _bigrams(norm_clause)
    ascii_sentence = sum(c.isascii() for c in norm_body) > 0.6 * max(len(norm_body), 1)
    if ascii_sentence:
        return missing  # an English sentence about a Chinese clause: only its hard claims are checked
    stop = _stopwords()
    words: list[str] = []
    run = ""  # single characters in a row ("王"+"五") are checked together, as a name would be
    for word in [*jieba.lcut(norm_body), ""]:
        if len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in stop and word not in _FRAMING:
            run += word
            continue
        if len(run) >= 2:
            words.append(run)
        run = ""
        words.append(word)
    for word in words:
        if not word or word in stop or word in _FRAMING or not _CJK2.search(word) or word.isdigit():
            continue
        if len(word) == 1 and not word.isascii():
            continue  # single characters are mostly particles; negations are checked above
        if word in norm_clause:
            continue
        if len(word) >= 3 and not word.isascii() and _bigrams(word) <= clause_grams:
            continue
        missing.append(word)
    return missing


def _uncited_ok(body: str) -> bool:
    """Uncited text survives only as a refusal or a short lead-in ("主要有以下几点："), and
    never with a claim of its own (a number, a link, an address)."""
    if hard_claims(body):
        return False
    return refusal.is_refusal(body) or (body.endswith(("：", ":")) and len(body) <= 20)


def check_sentence(sentence: str, by_n: dict[int, Citation]) -> bool:
    """Whether one sentence may be shown: each [n] must exist, and the clauses it cites (with
    their titles and sections) must support every part of it."""
    if sentence == "\n" or not sentence.strip():
        return True
    marks = [int(x) for x in _MARK.findall(sentence)]
    body = _MARK.sub("", sentence).strip()
    if not marks:
        return _uncited_ok(body)
    if not all(n in by_n for n in marks):
        return False
    clause = "\n".join(f"{by_n[n].title}\n{by_n[n].doc_number or ''}\n{by_n[n].section or ''}\n{by_n[n].quote}"
                       for n in dict.fromkeys(marks))
    return not unsupported_parts(body, clause)


class SentenceGate:
    """Buffers streamed model text, and passes on (to `on_delta`) only complete sentences that
    `check_sentence` accepts: unverified text never reaches the reader, not even for a moment."""

    def __init__(self, citations: list[Citation], on_delta: OnDelta | None = None) -> None:
        self.by_n = {c.n: c for c in citations}
        self.on_delta = on_delta
        self.buffer = ""
        self.kept: list[str] = []
        self.removed = 0

    def feed(self, piece: str) -> None:
        self.buffer += piece
        while True:
            m = _UNIT.match(self.buffer)
            if m is None or not m.group(0):
                return
            rest = self.buffer[m.end() :]
            if m.group(0) != "\n" and _PENDING.fullmatch(rest):
                return  # more [n] marks may still follow this sentence
            self.buffer = rest
            self._unit(m.group(0))

    def close(self) -> None:
        rest, self.buffer = self.buffer, ""
        for m in _SENTENCE.finditer(rest):
            self._unit(m.group(0))

    def _unit(self, unit: str) -> None:
        if check_sentence(unit, self.by_n):
            self.kept.append(unit)
            if self.on_delta and (unit.strip() or len(self.kept) > 1):  # no leading blank lines
                self.on_delta(unit)
        else:
            self.removed += 1

    @property
    def text(self) -> str:
        return re.sub(r"\n{3,}", "\n\n", "".join(self.kept)).strip()


def verify_citations(text: str, citations: list[Citation]) -> tuple[str, int]:
    """Keep the sentences `check_sentence` accepts; drop the rest. Returns the checked text and
    how many sentences were removed."""
    gate = SentenceGate(citations)
    gate.feed(text)
    gate.close()
    return gate.text, gate.removed


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
        citations = self._clauses(safe_hits(hits))
        if not citations:
            if on_delta:
                on_delta(base.text)
            return base
        messages = self._messages(query, citations)
        gate = SentenceGate(citations, on_delta)
        try:
            for piece in self._stream(messages):
                gate.feed(piece)
            gate.close()
        except LLMUnavailable as exc:
            base.notice = f"已配置的 LLM 无法使用（{exc}），本次回答改用无 LLM 模式。"
            if on_delta:
                on_delta(("\n\n" if gate.kept else "") + base.text)
            return base
        checked, removed = gate.text, gate.removed
        used = {int(n) for n in _MARK.findall(checked)}
        answer = Answer(question=query.raw, text=checked, citations=[c for c in citations if c.n in used],
                        mode="llm", kind=base.kind)
        if refusal.is_refusal(checked):
            answer.refused, answer.kind = True, "refusal"
        if removed:
            answer.notice = f"已删除 {removed} 句无法在所引条款中核实的内容。"
        if not checked:
            base.notice = "LLM 的回答没有可核实的引用，改用无 LLM 模式的回答。"
            if on_delta:
                on_delta(base.text)
            return base
        return answer

    def _clauses(self, hits: list[Hit], limit: int = 5) -> list[Citation]:
        out = []
        for i, h in enumerate(hits[:limit], 1):
            out.append(Citation(n=i, doc_id=h.doc.doc_id, title=h.doc.title, doc_number=h.doc.meta.doc_number,
                                section=h.chunk.section, quote=h.chunk.text, source=h.doc.source,
                                score=round(h.score, 4), chunk_id=h.chunk.chunk_id, start=h.chunk.start,
                                end=h.chunk.end, reference=law_reference(h.doc, h.chunk)))
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

    def _stream(self, messages: list[tuple[str, str]]) -> Iterator[str]:
        """The model's raw text: it goes through a SentenceGate, never straight to the reader."""
        try:
            for chunk in self.model.stream(messages):
                piece = chunk.content if isinstance(chunk.content, str) else ""
                if piece:
                    yield piece
        except Exception as exc:  # connection refused, timeout, HTTP errors: all mean "not usable now"
            raise LLMUnavailable(f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}") from None

"""One settings model for the whole assistant: `Settings` holds the index settings (`.index`), the
retrieval weights (`.retrieval`), the optional LLM (`.llm`) and the server limits. Environment
variables and CLI flags map onto these fields through `Settings.from_env` (index/settings.py reads
the environment, nothing else does); building `Settings(...)` directly reads nothing.

Every field is reachable: `GONGWEN_RETRIEVAL__TOP_K=5` or `--set retrieval.top_k=5`, and the short
names the README documents (GONGWEN_DENSE_WEIGHT, GONGWEN_LLM_MODEL, ...) keep working."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from pydantic.dataclasses import dataclass

from index.settings import (
    DEFAULT_SEEDS,
    INDEX_ENV_NAMES,
    SETTINGS_CONFIG,
    IndexSettings,
    SettingsError,
    load_settings,
    merge,
)

__all__ = ["ENV_NAMES", "LLMSettings", "RetrievalSettings", "Settings", "SettingsError"]

# The short environment variable names the README documents, onto the fields they set.
ENV_NAMES: dict[str, str] = {
    **INDEX_ENV_NAMES,
    "GONGWEN_DENSE_WEIGHT": "retrieval.w_dense",
    "GONGWEN_SEMANTIC_WEIGHT": "retrieval.w_semantic",
    "GONGWEN_LLM_PROVIDER": "llm.provider",
    "GONGWEN_LLM_BASE_URL": "llm.base_url",
    "GONGWEN_LLM_MODEL": "llm.model",
    "GONGWEN_LLM_API_KEY": "llm.api_key",
    "GONGWEN_LLM_TIMEOUT": "llm.timeout",
}



@dataclass(frozen=True, config=SETTINGS_CONFIG)
class RetrievalSettings:
    k_lexical: int = Field(default=60, gt=0)
    k_dense: int = Field(default=60, gt=0)
    rrf_k: int = Field(default=20, gt=0)
    w_lexical: float = Field(default=1.0, ge=0)
    # Measured on the evaluation set (README): the bundled multilingual USE model adds no accuracy
    # over lexical + structure (hit@1 0.968 at 0, 0.957 at 0.25/0.5/1.0) and costs ~18 ms a question
    # and ~2.5 s of cold start, so dense fusion is off by default. Turn it on (GONGWEN_DENSE_WEIGHT)
    # with a stronger Chinese embedder such as bge-small-zh.
    w_dense: float = Field(default=0.0, ge=0)
    # The semantic signal: multilingual-e5 similarity between the question and the clauses of the
    # embedded documents (the subject), as extra candidates and as rerank evidence, relative to the
    # best clause in scope (e5's raw cosines sit in a narrow band and do not tell answerable from not).
    w_semantic: float = Field(default=0.6, ge=0)
    # ... to which a clause's closeness word by word is added with this weight (index/sentences.py
    # `word_scores`): on the tuning sets' paraphrases, meaning alone put the right clause first
    # 0.742 → 0.770; the whole system gained on six of nine tuning sets and lost on none (0.2–0.5
    # about as good)
    w_word_meaning: float = Field(default=0.3, ge=0)
    # A question that names no document goes to the laws first when its words are this much closer,
    # word by word, to a law's article than to any clause of the subject (`Retriever.word_closeness`).
    # Measured on the tuning sets' questions: 0.77 of questions for a law and 0.014 of the notice's
    # own are that much closer to a law. (0.01 was tried in the eighteenth session: four more law
    # questions of the tuning sets went to the laws, and a question on a local notice's fair with them.)
    min_law_margin: float = Field(default=0.02)
    k_semantic: int = Field(default=8, ge=0)
    w_clause: float = Field(default=1.0, ge=0)  # share of the question's (non-title) terms the clause holds
    w_doc_prior: float = Field(default=1.0, ge=0)
    w_title: float = Field(default=2.0, ge=0)  # share of the question's terms found in a document's title
    w_year: float = Field(default=0.5, ge=0)  # a year of the question in a document's title
    w_formal: float = Field(default=0.1, ge=0)  # documents with a 文号 over background reports
    w_phrase: float = Field(default=0.5, ge=0)  # a run of the question found verbatim in the clause
    named_docs: int = Field(default=3, ge=0)  # documents the question names most strongly add their own best clauses
    k_per_doc: int = Field(default=10, gt=0)
    min_named_prior: float = Field(default=0.3, ge=0, le=1)
    top_k: int = Field(default=8, gt=0)
    max_citations: int = Field(default=3, gt=0)
    second_clause_ratio: float = Field(default=0.8, ge=0, le=1)  # cite another clause of the same document scoring this close
    # ... or this much when the clause is also the closest in meaning
    min_semantic_coverage: float = Field(default=0.0, ge=0, le=1)
    # w_semantic is multiplied by this when no candidate clause holds min_coverage of the question's words
    semantic_boost: float = Field(default=2.5, ge=1)
    # share of the question's non-title terms (IDF-weighted) the best clause must hold
    min_coverage: float = Field(default=0.2, ge=0, le=1)
    # a background report that never uses a word of the question which the campaign's documents use
    # does not answer it, when the word is this rare (IDF) — 服装 (4.9), not 目标 (2.5)
    min_unsaid_idf: float = Field(default=3.0, ge=0)


@dataclass(frozen=True, config=SETTINGS_CONFIG)
class LLMSettings:
    # Not given: a base URL and a model mean an OpenAI-compatible server, else none.
    provider: Literal["none", "openai", "ollama"] | None = None
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = None
    timeout: float = Field(default=60.0, gt=0)
    temperature: float = Field(default=0.0, ge=0, le=2)

    def __post_init__(self) -> None:
        if self.provider is None:
            object.__setattr__(self, "provider", "openai" if self.base_url and self.model else "none")

    @property
    def enabled(self) -> bool:
        return self.provider != "none" and bool(self.model)


@dataclass(frozen=True, config=SETTINGS_CONFIG)
class Settings:
    index: IndexSettings = IndexSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    llm: LLMSettings = LLMSettings()
    seeds_dir: Path = DEFAULT_SEEDS
    admin_token: str | None = None  # required to change the library from the web page
    upload_dir: Path | None = None  # uploaded files; default: index_dir/library
    max_upload_mb: float = Field(default=20.0, gt=0)
    max_question_chars: int = Field(default=1000, gt=0)
    # The web server keeps state per browser session and per anonymous API call: bounded and expired.
    max_sessions: int = Field(default=1000, gt=0)  # the oldest sessions beyond this are dropped
    session_ttl_s: int = Field(default=1800, gt=0)  # a session's conversation state is deleted this long after its last change
    max_turns: int = Field(default=20, gt=0)  # turns of a conversation kept for follow-up questions
    cache_ttl_s: int = Field(default=3600, gt=0)  # files Gradio received (uploads) are deleted after this long

    @classmethod
    def from_env(cls, index_dir: str | Path | None = None, overrides: dict[str, Any] | None = None,
                 **llm_overrides: str | None) -> Settings:
        """The settings of the environment, with explicit values on top: `index_dir`, the LLM flags
        (`provider`, `base_url`, `model`, `api_key`; None means "not given") and `overrides`, a nested
        dict such as `{"retrieval": {"top_k": 5}}` (what `--set retrieval.top_k=5` gives).
        A bad value raises SettingsError, one line naming the field."""
        given: dict[str, Any] = {}
        if index_dir is not None:
            given["index"] = {"index_dir": index_dir}
        llm = {k: v for k, v in llm_overrides.items() if v}
        if llm:
            given["llm"] = llm
        return load_settings(cls, merge(given, overrides or {}), ENV_NAMES)

    def with_llm(self, **changes: Any) -> Settings:
        """A copy with some LLM settings changed (validated like any construction)."""
        return replace(self, llm=replace(self.llm, **changes))

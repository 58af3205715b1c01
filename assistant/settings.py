"""One settings object for the whole assistant. Environment variables (GONGWEN_*) and CLI flags
map onto these fields; nothing else reads the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from index.settings import DEFAULT_SEEDS, IndexSettings


@dataclass(frozen=True)
class RetrievalSettings:
    k_lexical: int = 60
    k_dense: int = 60
    rrf_k: int = 20
    w_lexical: float = 1.0
    # Measured on the evaluation set (README): the bundled multilingual USE model adds no accuracy
    # over lexical + structure (hit@1 0.968 at 0, 0.957 at 0.25/0.5/1.0) and costs ~18 ms a question
    # and ~2.5 s of cold start, so dense fusion is off by default. Turn it on (GONGWEN_DENSE_WEIGHT)
    # with a stronger Chinese embedder such as bge-small-zh.
    w_dense: float = 0.0
    # The semantic signal: multilingual-e5 similarity between the question and the clauses of the
    # embedded documents (the subject), as extra candidates and as rerank evidence, relative to the
    # best clause in scope (e5's raw cosines sit in a narrow band and do not tell answerable from not).
    w_semantic: float = 0.6
    k_semantic: int = 8
    w_clause: float = 1.0  # share of the question's (non-title) terms the clause holds
    w_doc_prior: float = 1.0
    w_title: float = 2.0  # share of the question's terms found in a document's title
    w_year: float = 0.5  # a year of the question in a document's title
    w_formal: float = 0.1  # documents with a 文号 over background reports
    w_phrase: float = 0.5  # a run of the question found verbatim in the clause
    named_docs: int = 3  # documents the question names most strongly add their own best clauses
    k_per_doc: int = 10
    min_named_prior: float = 0.3
    top_k: int = 8
    max_citations: int = 3
    second_clause_ratio: float = 0.85  # cite another clause of the same document scoring this close
    min_semantic_coverage: float = 0.1  # ... or this much when the clause is also the closest in meaning
    min_coverage: float = 0.2  # share of the question's non-title terms (IDF-weighted) the best clause must hold


@dataclass(frozen=True)
class LLMSettings:
    provider: str = "none"  # none | openai | ollama
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = None
    timeout: float = 60.0
    temperature: float = 0.0

    @property
    def enabled(self) -> bool:
        return self.provider != "none" and bool(self.model)


@dataclass(frozen=True)
class Settings:
    index: IndexSettings = field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    seeds_dir: Path = DEFAULT_SEEDS
    admin_token: str | None = None  # required to change the library from the web page
    upload_dir: Path | None = None  # uploaded files; default: index_dir/library
    max_upload_mb: float = 20.0
    max_question_chars: int = 1000
    # The web server keeps state per browser session and per anonymous API call: bounded and expired.
    max_sessions: int = 1000  # the oldest sessions beyond this are dropped
    session_ttl_s: int = 1800  # a session's conversation state is deleted this long after its last change
    max_turns: int = 20  # turns of a conversation kept for follow-up questions
    cache_ttl_s: int = 3600  # files Gradio received (uploads) are deleted after this long

    @classmethod
    def from_env(cls, index_dir: str | Path | None = None, **llm_overrides: str | None) -> Settings:
        env = os.environ
        provider = llm_overrides.get("provider") or env.get("GONGWEN_LLM_PROVIDER")
        base_url = llm_overrides.get("base_url") or env.get("GONGWEN_LLM_BASE_URL")
        model = llm_overrides.get("model") or env.get("GONGWEN_LLM_MODEL")
        if provider is None:
            provider = "openai" if base_url and model else "none"
        llm = LLMSettings(
            provider=provider, base_url=base_url, model=model,
            api_key=llm_overrides.get("api_key") or env.get("GONGWEN_LLM_API_KEY"),
            timeout=float(env.get("GONGWEN_LLM_TIMEOUT", "60")),
        )
        retrieval = RetrievalSettings()
        if env.get("GONGWEN_DENSE_WEIGHT"):
            retrieval = replace(retrieval, w_dense=float(env["GONGWEN_DENSE_WEIGHT"]))
        if env.get("GONGWEN_SEMANTIC_WEIGHT"):
            retrieval = replace(retrieval, w_semantic=float(env["GONGWEN_SEMANTIC_WEIGHT"]))
        settings = cls(
            index=IndexSettings.from_env(index_dir=index_dir),
            retrieval=retrieval,
            llm=llm,
            admin_token=env.get("GONGWEN_ADMIN_TOKEN") or None,
            upload_dir=Path(env["GONGWEN_UPLOAD_DIR"]) if env.get("GONGWEN_UPLOAD_DIR") else None,
            seeds_dir=Path(env["GONGWEN_SEEDS_DIR"]) if env.get("GONGWEN_SEEDS_DIR") else DEFAULT_SEEDS,
        )
        return settings

    def with_llm(self, **changes: object) -> Settings:
        return replace(self, llm=replace(self.llm, **changes))  # type: ignore[arg-type]

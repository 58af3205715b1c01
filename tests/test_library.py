"""The library service behind the web page, the CLI and the HTTP API: admin check, limits, staging,
coded errors in Chinese and English, the library folder, reload after changes by other processes,
and `python -m index list` that never cuts an identifier."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NOTICE, NOTICE_ID, ROOT
from docgen import make_docx

from index.kb import KnowledgeBase
from index.library import ERRORS, Library, LibraryError
from index.settings import IndexSettings

TOKEN = "secret-token"


def _library(index_dir: Path, **kwargs: object) -> Library:
    return Library(KnowledgeBase(IndexSettings(index_dir=index_dir)), admin_token=TOKEN, **kwargs)  # type: ignore[arg-type]


def test_every_error_code_speaks_chinese_and_english() -> None:
    for code, (zh, en, status) in ERRORS.items():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), code
        assert en.isascii() and 400 <= status < 500, code
    error = LibraryError("corrupt", "BadZipFile", "x.docx")
    assert error.to_json() == {"code": "corrupt", "message": "文件已损坏或无法读取。",
                               "message_en": "The file is corrupt or unreadable. (BadZipFile)", "file": "x.docx"}


def test_admin_check(index_copy: Path, tmp_path: Path) -> None:
    upload = make_docx(tmp_path / "green.docx")
    with pytest.raises(LibraryError) as read_only:
        Library(KnowledgeBase(IndexSettings(index_dir=index_copy))).upload([("green.docx", upload)], TOKEN)
    assert read_only.value.code == "read_only" and read_only.value.status == 403
    library = _library(index_copy)
    for token in (None, "", "wrong"):
        with pytest.raises(LibraryError) as bad:
            library.upload([("green.docx", upload)], token)
        assert bad.value.code == "bad_token" and bad.value.status == 401
        with pytest.raises(LibraryError):
            library.remove(NOTICE_ID, token)
    assert sorted(library.kb.docs) == [NOTICE_ID]


def test_upload_lives_in_the_library_folder_and_goes_with_its_document(index_copy: Path, tmp_path: Path) -> None:
    library = _library(index_copy)
    upload = make_docx(tmp_path / "tmp-random-name")
    result = library.upload([("../../绿色 家电 notice.docx", upload)], TOKEN)
    assert result.ok and result.added == ["绿色_家电_notice"], result.to_json()
    stored = index_copy / "library" / "绿色_家电_notice.docx"
    assert stored.is_file() and library.describe("绿色_家电_notice")["uploaded"]
    assert not list((index_copy / "library" / ".staging").iterdir()), "staging is cleaned up"
    # The same bytes again: unchanged, not a failure.
    again = library.upload([("绿色 家电 notice.docx", upload)], TOKEN)
    assert again.ok and again.unchanged and not again.added
    assert library.remove("绿色_家电_notice", TOKEN) == ["绿色_家电_notice"]
    assert not stored.exists()
    with pytest.raises(LibraryError) as missing:
        library.remove("绿色_家电_notice", TOKEN)
    assert missing.value.code == "not_found" and missing.value.status == 404


def test_bad_uploads_are_coded_and_change_nothing(index_copy: Path, tmp_path: Path) -> None:
    library = _library(index_copy, max_upload_bytes=50_000)
    corrupt = tmp_path / "broken.docx"
    corrupt.write_bytes(b"PK\x03\x04 not a real docx")
    big = tmp_path / "big.txt"
    big.write_text("纺织。" * 20_000, encoding="utf-8")
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    copy = tmp_path / "copy.txt"
    shutil.copyfile(NOTICE, copy)
    manifest = (index_copy / "manifest.json").read_text()
    result = library.upload([("broken.docx", corrupt), ("big.txt", big), ("tool.exe", exe), ("empty.txt", empty),
                             ("copy-of-notice.txt", copy)], TOKEN)
    codes = {e.file: e.code for e in result.failed}
    assert codes == {"broken.docx": "corrupt", "big.txt": "too_large", "tool.exe": "unsupported_type",
                     "empty.txt": "empty"}
    assert result.unchanged == [("copy-of-notice.txt", NOTICE_ID)], "identical content from another file"
    assert (index_copy / "manifest.json").read_text() == manifest
    assert not [p for p in (index_copy / "library").iterdir() if p.name != ".staging"]
    assert "文件已损坏或无法读取" in result.summary_zh() and "broken.docx" in result.summary_zh()


def test_a_failed_replacement_keeps_the_indexed_file(index_copy: Path, tmp_path: Path) -> None:
    library = _library(index_copy)
    good = make_docx(tmp_path / "good.docx")
    assert library.upload([("plan.docx", good)], TOKEN).added == ["plan"]
    stored = index_copy / "library" / "plan.docx"
    before = stored.read_bytes()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a real docx")
    result = library.upload([("plan.docx", broken)], TOKEN)
    assert [e.code for e in result.failed] == ["corrupt"]
    assert stored.read_bytes() == before and "plan" in library.kb.docs


def test_the_same_name_with_other_content_keeps_both(index_copy: Path, tmp_path: Path) -> None:
    """Issue 12: an upload under a name the library already uses must not silently replace the
    earlier document, and a failed upload under that name must not lose it."""
    library = _library(index_copy)
    first = tmp_path / "first.txt"
    first.write_text("关于开展节能宣传周活动的通知\n\n一、活动时间\n六月第二周举行。\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("关于开展读书月活动的通知\n\n一、活动内容\n组织开展读书分享会。\n", encoding="utf-8")
    assert library.upload([("通知.txt", first)], TOKEN).added
    result = library.upload([("通知.txt", second)], TOKEN)
    assert result.added and not result.replaced and result.renamed == [("通知.txt", "通知-2.txt")], result
    assert "两份都保留" in result.summary_zh()
    texts = {d.doc_id: d.text for d in library.kb.docs.values()}
    assert any("节能宣传周" in t for t in texts.values()) and any("读书分享会" in t for t in texts.values())
    assert (index_copy / "library" / "通知.txt").read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    # The same content again under that name changes nothing; a broken file under it loses nothing.
    assert library.upload([("通知.txt", first)], TOKEN).unchanged
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02 binary")
    assert library.upload([("通知.txt", broken)], TOKEN).failed
    assert sorted(p.name for p in (index_copy / "library").iterdir() if p.is_file()) == ["通知-2.txt", "通知.txt"]
    assert len(library.kb.docs) == 3
    # Two new files of one name in one batch: both kept.
    third, fourth = tmp_path / "third.txt", tmp_path / "fourth.txt"
    third.write_text("关于开展植树活动的通知\n\n一、时间\n三月十二日。\n", encoding="utf-8")
    fourth.write_text("关于开展消防演练的通知\n\n一、时间\n十一月九日。\n", encoding="utf-8")
    assert len(library.upload([("安排.txt", third), ("安排.txt", fourth)], TOKEN).added) == 2
    # Replacing is what the caller asks for explicitly.
    fifth = tmp_path / "fifth.txt"
    fifth.write_text("关于开展节能宣传周活动的通知\n\n一、活动时间\n改为七月第一周举行。\n", encoding="utf-8")
    replaced = library.upload([("通知.txt", fifth)], TOKEN, replace=True)
    assert replaced.replaced and not replaced.renamed and not replaced.added, replaced
    assert (index_copy / "library" / "通知.txt").read_text(encoding="utf-8") == fifth.read_text(encoding="utf-8")


def test_cli_add_of_identical_content_is_unchanged(index_copy: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy-of-notice.txt"
    shutil.copyfile(NOTICE, copy)
    result = subprocess.run([sys.executable, "-m", "index", "add", str(copy), "--index-dir", str(index_copy), "--quiet"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 unchanged" in result.stdout and NOTICE_ID in result.stdout


def test_server_side_library_reloads_after_another_process_changes_it(index_copy: Path, tmp_path: Path) -> None:
    from assistant import Assistant, Settings
    from assistant.service import library_for

    bot = Assistant(Settings(index=IndexSettings(index_dir=index_copy)))
    library = library_for(bot)
    assert not library.sync(), "nothing changed yet"
    upload = make_docx(tmp_path / "green-appliances-notice.docx")
    result = subprocess.run([sys.executable, "-m", "index", "add", str(upload), "--index-dir", str(index_copy), "--quiet"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "green-appliances-notice" not in bot.kb.docs
    # While a writer holds the index, the last complete state is served.
    with open(index_copy / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert not library.sync()
        assert "green-appliances-notice" not in bot.kb.docs
        fcntl.flock(handle, fcntl.LOCK_UN)
    assert library.sync()
    assert "green-appliances-notice" in bot.kb.docs
    assert "李明" in bot.ask("绿色家电下乡活动的联系人是谁？").text
    subprocess.run([sys.executable, "-m", "index", "remove", "green-appliances-notice", "--index-dir", str(index_copy)],
                   check=True, capture_output=True, cwd=ROOT, timeout=120)
    assert library.sync() and "green-appliances-notice" not in bot.kb.docs
    assert not library.sync()


def _list(index_dir: Path, *args: str, columns: int = 100) -> str:
    env = dict(os.environ, COLUMNS=str(columns))
    result = subprocess.run([sys.executable, "-m", "index", "list", "--index-dir", str(index_dir), *args],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, env=env, check=True)
    return result.stdout


@pytest.mark.parametrize("columns", [40, 80, 120, 250])
def test_index_list_never_cuts_an_identifier(index_copy: Path, tmp_path: Path, columns: int) -> None:
    _library(index_copy).upload([("green-appliances-notice-with-a-rather-long-file-name.docx",
                                  make_docx(tmp_path / "g.docx"))], TOKEN)
    out = _list(index_copy, columns=columns)
    for ident in (NOTICE_ID, "工信厅联消费函〔2023〕87号", "green-appliances-notice-with-a-rather-long-file-name",
                  "测试厅函〔2024〕12号"):
        assert ident in out, (columns, ident)
    assert "…" not in out
    from index.cli import _width

    ids = {NOTICE_ID, "green-appliances-notice-with-a-rather-long-file-name"}
    assert all(_width(line) <= columns or line in ids for line in out.splitlines()[:-1]), out


def test_index_list_for_scripts(index_copy: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_list(index_copy, "--csv"))))
    assert rows[0]["doc_id"] == NOTICE_ID and rows[0]["doc_number"] == "工信厅联消费函〔2023〕87号"
    data = json.loads(_list(index_copy, "--json"))
    assert data[0]["doc_id"] == NOTICE_ID and data[0]["doc_number"] == "工信厅联消费函〔2023〕87号"
    assert data[0]["attachments"][0]["available"] is False


def test_questions_are_answered_while_an_upload_is_parsed_and_embedded(index_copy: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: a library upload held the questions' lock through parsing and embedding (every chat
    waited 88 s during a 90 s upload). Now only the commit keeps questions out: a question asked
    while the upload is still embedding is answered before the upload may finish."""
    import threading

    from assistant import Assistant, Settings
    from assistant.service import library_for

    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_copy), admin_token=TOKEN))
    library = library_for(assistant)
    embedding, may_finish = threading.Event(), threading.Event()
    real_embed = library.kb._embed_new

    def slow_embed(*args: object, **kwargs: object) -> int:
        embedding.set()
        assert may_finish.wait(60), "the question never came through"
        return real_embed(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library.kb, "_embed_new", slow_embed)
    upload = tmp_path / "reading.txt"
    upload.write_text("关于开展读书月活动的通知\n\n一、活动内容\n读书分享会于六月十八日在市图书馆举行。\n", encoding="utf-8")
    results: list = []
    uploader = threading.Thread(target=lambda: results.append(library.upload([("reading.txt", upload)], TOKEN)))
    uploader.start()
    try:
        assert embedding.wait(60)
        asked: list = []
        asker = threading.Thread(target=lambda: asked.append(assistant.ask("通知的联系人是谁？")))
        asker.start()
        asker.join(30)
        assert asked and "纵瑞龙" in asked[0].text, "a question waited for the upload's embedding"
        assert uploader.is_alive(), "the upload was still embedding while the question was answered"
    finally:
        may_finish.set()
        uploader.join(120)
    assert results and results[0].added, results
    assert "市图书馆" in assistant.ask("读书分享会在哪里举行？").text

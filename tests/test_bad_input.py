"""Bad input: one clear line naming the file and the reason, a non-zero exit when asked for
directly, the other files still indexed, the existing index unchanged."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import NOTICE, NOTICE_ID, ROOT
from docgen import make_docx, make_scanned_pdf

from index.kb import KnowledgeBase
from index.settings import IndexSettings


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, the reason its error line must give)."""
    d = tmp_path / "bad"
    d.mkdir()
    empty = d / "empty.txt"
    empty.write_bytes(b"")
    binary = d / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x00" * 200)
    unsupported = d / "slides.pptx"
    unsupported.write_bytes(b"whatever")
    corrupt_docx = d / "corrupt.docx"
    corrupt_docx.write_bytes(b"PK\x03\x04 this is not really a zip")
    not_docx = d / "fake.docx"
    with zipfile.ZipFile(not_docx, "w") as z:
        z.writestr("hello.txt", "no word document inside")
    corrupt_pdf = d / "corrupt.pdf"
    corrupt_pdf.write_bytes(b"%PDF-1.4\n garbage garbage \n%%EOF")
    scanned = make_scanned_pdf(d / "scanned.pdf")
    latin1 = d / "latin1.txt"
    latin1.write_bytes(bytes(range(128, 256)) * 50)
    duplicate = d / "copy-of-notice.txt"
    shutil.copyfile(NOTICE, duplicate)
    huge = d / "huge.txt"
    huge.write_text("纺织服装。" * 450_000, encoding="utf-8")  # 2.25 M characters
    return {
        "empty": (empty, "empty file"),
        "binary": (binary, "binary file"),
        "unsupported": (unsupported, "unsupported file type"),
        "corrupt docx": (corrupt_docx, "corrupt or unreadable .docx"),
        "not a docx": (not_docx, "corrupt or unreadable .docx"),
        "corrupt pdf": (corrupt_pdf, "corrupt or unreadable .pdf"),
        "scanned pdf": (scanned, "no text layer"),
        "unexpected encoding": (latin1, "unknown text encoding"),
        "duplicate": (duplicate, "duplicate of already indexed document"),
        "too large": (huge, "too long for a policy document"),
    }


def _snapshot(index_dir: Path) -> dict:
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    # Only embedded documents (the subject, related notices) have vectors; the related laws are searched by words.
    embedded = sorted(c.chunk_id for d in kb.docs.values() if kb.settings.embeds(d) for c in d.chunks)
    return {"manifest": json.loads((index_dir / "manifest.json").read_text()), "chunks": sorted(kb.chunks),
            "embedded": embedded, "vectors": sorted(kb.store.ids())}


def test_each_bad_file_fails_alone_with_one_clear_line(index_copy: Path, tmp_path: Path) -> None:
    bad = _bad_files(tmp_path)
    good = make_docx(tmp_path / "good-notice.docx")
    before = _snapshot(index_copy)
    kb = KnowledgeBase(IndexSettings(index_dir=index_copy))
    report = kb.add([p for p, _ in bad.values()] + [good])
    reasons = {Path(e.path).name: str(e) for e in report.failed}
    for name, (path, reason) in bad.items():
        line = reasons.get(path.name)
        assert line is not None, f"{name}: not reported"
        assert path.name in line and reason in line and "\n" not in line, (name, line)
    assert report.added == ["good-notice"], "the good file in the same batch is still indexed"
    after = _snapshot(index_copy)
    assert set(before["chunks"]) < set(after["chunks"])
    assert after["manifest"]["docs"][NOTICE_ID] == before["manifest"]["docs"][NOTICE_ID]
    assert after["embedded"] == after["vectors"], "no orphan or missing vectors"


@pytest.mark.parametrize("name", ["empty", "corrupt docx", "scanned pdf", "unexpected encoding", "unsupported"])
def test_cli_exits_non_zero_and_leaves_the_index_unchanged(name: str, index_copy: Path, tmp_path: Path) -> None:
    path, reason = _bad_files(tmp_path)[name]
    before = _snapshot(index_copy)
    result = subprocess.run([sys.executable, "-m", "index", "add", str(path), "--index-dir", str(index_copy), "--quiet"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and path.name in errors[0] and reason in errors[0]
    assert "Traceback" not in result.stderr
    assert _snapshot(index_copy) == before


def test_missing_file_and_unknown_document_are_clear(index_copy: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "index", "remove", "no-such-doc", "--index-dir", str(index_copy)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1 and "no document 'no-such-doc'" in result.stderr

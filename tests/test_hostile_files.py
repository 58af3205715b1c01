"""Hostile and broken files: zip bombs, malformed PDFs, and fuzzed bytes of every format. No
input may crash the process, leak a traceback or change the index when it is rejected; every
rejection is one line naming the file; the rest of a batch goes through."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import NOTICE, NOTICE_ID, ROOT
from docgen import make_docx, make_gov_page, make_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import loaders
from index.chunking import ChunkSettings
from index.documents import build_document
from index.kb import KnowledgeBase
from index.loaders import load
from index.models import InputError
from index.settings import IndexSettings


def _rezip(source: Path, target: Path, extra: dict[str, bytes | tuple[bytes, int]] | None = None,
           replace: dict[str, bytes] | None = None) -> Path:
    """A copy of a docx with parts replaced or added; (block, n) writes a block n times, streamed."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, (replace or {}).get(info.filename, src.read(info.filename)))
        for name, data in (extra or {}).items():
            with out.open(name, "w", force_zip64=True) as handle:
                block, times = data if isinstance(data, tuple) else (data, 1)
                for _ in range(times):
                    handle.write(block)
    return target


def _pdf_limit_reached(path: Path) -> Path:
    """A PDF whose xref declares a billion entries: pypdf raises LimitReachedError."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 999999999\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 999999999 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


def _one_line(exc: InputError, path: Path, *needles: str) -> None:
    line = str(exc)
    assert "\n" not in line and path.name in line, line
    for needle in needles:
        assert needle in line, line


def test_a_docx_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx")
    # 160 MB of XML padding in document.xml, a few hundred KB on disk.
    bomb_xml = zipfile.ZipFile(good).read("word/document.xml").replace(b"<w:body>", b"<w:body>" + b" " * 8)
    bomb = _rezip(good, tmp_path / "bomb.docx", replace={"word/document.xml": bomb_xml},
                  extra={"word/padding.xml": (b"<a/>" + b" " * 1_048_572, 160)})
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(InputError) as caught:
        load(bomb)
    _one_line(caught.value, bomb, "refused", "zip bomb")


def test_a_part_with_an_absurd_compression_ratio_is_refused(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx")
    ratio = _rezip(good, tmp_path / "ratio.docx", extra={"word/media/image1.png": (b"\x00" * 1_048_576, 5)})
    with pytest.raises(InputError) as caught:
        load(ratio)
    _one_line(caught.value, ratio, "refused", "compressed")


def test_too_many_xml_elements_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = make_docx(tmp_path / "good.docx")
    assert load(good)[0].text
    monkeypatch.setattr(loaders, "MAX_XML_ELEMENTS", 200)
    with pytest.raises(InputError) as caught:
        load(good)
    _one_line(caught.value, good, "refused", "XML elements")


def test_a_parser_crash_in_one_file_does_not_stop_the_batch(index_copy: Path, tmp_path: Path) -> None:
    limit = _pdf_limit_reached(tmp_path / "limit.pdf")
    bomb = _rezip(make_docx(tmp_path / "x.docx"), tmp_path / "bomb.docx",
                  extra={"word/padding.xml": (b" " * 1_048_576, 120)})
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"content": "x", "title": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    good = make_docx(tmp_path / "good-notice.docx")
    manifest = (index_copy / "manifest.json").read_bytes()
    result = subprocess.run([sys.executable, "-m", "index", "add", str(limit), str(bomb), str(deep), str(good),
                             "--index-dir", str(index_copy), "--quiet"], capture_output=True, text=True, cwd=ROOT,
                            timeout=180)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, result.stderr
    assert any("limit.pdf" in e and "LimitReachedError" in e for e in errors)
    assert any("bomb.docx" in e and "zip bomb" in e for e in errors)
    assert any("deep.jsonl" in e and "nested too deeply" in e for e in errors)
    assert "1 added" in result.stdout
    kb = KnowledgeBase(IndexSettings(index_dir=index_copy))
    assert sorted(kb.docs) == sorted([NOTICE_ID, "good-notice"])
    assert (index_copy / "manifest.json").read_bytes() != manifest


def test_an_unexpected_parser_exception_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import docx

    def explode(*args: object, **kwargs: object) -> None:
        raise MemoryError("lxml gave up at 1.1 GB")

    good = make_docx(tmp_path / "good.docx")
    monkeypatch.setattr(docx, "Document", explode)
    with pytest.raises(InputError) as caught:
        load(good)
    _one_line(caught.value, good, "corrupt or unreadable .docx", "MemoryError")


# ----- fuzzing --------------------------------------------------------------------------------
_SEEDS: dict[str, bytes] = {}


def _seed(kind: str, tmp: Path) -> bytes:
    if kind not in _SEEDS:
        path = tmp / f"seed.{kind}"
        if kind == "docx":
            make_docx(path, table=[["序号", "企业"], ["1", "甲公司"]])
        elif kind == "pdf":
            make_pdf(path)
        elif kind == "html":
            make_gov_page(path)
        elif kind == "txt":
            path.write_bytes(NOTICE.read_bytes()[:3000])
        else:
            records = [{"title": "关于测试的通知", "content": "一、要求\n请按时报送。", "date": "2024-01-01"},
                       {"title": "第二份", "content": "二、安排\n五月召开会议。"}]
            path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
        _SEEDS[kind] = path.read_bytes()
    return _SEEDS[kind]


def _docx_xml_mutant(seed: bytes, xml_edit: bytes, at: float) -> bytes:
    """Rezip the docx with bytes inserted into document.xml: reaches the XML parser itself."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                cut = int(len(data) * at)
                data = data[:cut] + xml_edit + data[cut:]
            dst.writestr(info.filename, data)
    return out.getvalue()


_mutation = st.tuples(
    st.sampled_from(["docx", "docx-xml", "pdf", "html", "txt", "jsonl"]),
    st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=6),  # overwrite at
    st.floats(0.05, 1.0),  # keep this share (truncation)
    st.binary(max_size=64),  # for docx-xml: inserted into document.xml
)


def _mutate(seed: bytes, kind: str, edits: list[tuple[float, bytes]], keep: float, insert: bytes) -> bytes:
    if kind == "docx-xml":
        return _docx_xml_mutant(seed, insert or b"<w:p><w:r><w:t>", keep)
    data = bytearray(seed[: max(1, int(len(seed) * keep))])
    for at, patch in edits:
        i = int(at * (len(data) - 1))
        data[i : i + len(patch)] = patch
    return bytes(data)


def _check_one(tmp: Path, kind: str, data: bytes) -> None:
    suffix = "docx" if kind == "docx-xml" else kind
    path = tmp / f"fuzzed.{suffix}"
    path.write_bytes(data)
    try:
        for raw in load(path):
            assert isinstance(raw.text, str) and raw.text.strip()
            build_document(raw, ChunkSettings())
    except InputError as exc:
        _one_line(exc, path)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(_mutation)
def test_fuzzed_files_load_or_fail_with_one_line(tmp_path: Path, case: tuple) -> None:  # type: ignore[type-arg]
    kind, edits, keep, insert = case
    seed = _seed("docx" if kind == "docx-xml" else kind, tmp_path)
    _check_one(tmp_path, kind, _mutate(seed, kind, edits, keep, insert))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(_mutation)
def test_fuzzed_files_never_change_the_index_when_rejected(index_copy: Path, tmp_path: Path, case: tuple) -> None:  # type: ignore[type-arg]
    kind, edits, keep, insert = case
    seed = _seed("docx" if kind == "docx-xml" else kind, tmp_path)
    path = tmp_path / f"fuzzed.{'docx' if kind == 'docx-xml' else kind}"
    path.write_bytes(_mutate(seed, kind, edits, keep, insert))
    before = (index_copy / "manifest.json").read_bytes()
    kb = KnowledgeBase(IndexSettings(index_dir=index_copy))
    report = kb.add([path])
    if report.failed:
        assert len(report.failed) == 1 and "\n" not in str(report.failed[0]) and path.name in str(report.failed[0])
        assert (index_copy / "manifest.json").read_bytes() == before
        assert kb.store.ids() == set(kb.chunks)
    else:
        kb.remove(path.name)  # leave the index as the next example expects it

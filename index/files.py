"""The index folder's files: the manifest (the source of truth), document files, the journal of a
write in progress, the writers' lock, and the checks that what is read is what was written.
`KnowledgeBase` (index/kb.py) decides what to write; this module knows how files are written
safely (atomically, synced before anything points at them) and read back verified."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .loaders import SUPPORTED
from .models import Document

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover (chromadb installs it)
    _orjson = None  # type: ignore[assignment]

FORMAT_VERSION = 2
JOURNAL = ".pending.json"
DOC_FILE = re.compile(r"^[\w.-]+\.json$")


class IndexStateError(Exception):
    """The index folder cannot be used as it is. The message is one line saying what to run."""


class IndexMismatchError(IndexStateError):
    """The index was built with other settings (embedder, chunking) than those asked for."""


class IndexDamagedError(IndexStateError):
    """The manifest or a document file is missing, truncated or not what was written."""


class IndexWriteError(IndexStateError):
    """The index folder cannot be written (read-only, disk full): nothing was changed."""


def is_folder_readme(path: Path) -> bool:
    """README.md and the like describe a folder (provenance, licence): they are not documents."""
    return path.stem.lower() in ("readme", "license", "licence", "changelog")


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the supported files inside given folders (sorted, recursive), leaving
    out hidden files and the folders' own README files."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
                              and not p.name.startswith(".") and not is_folder_readme(p)))
        else:
            out.append(path)
    return out


def atomic_write(path: Path, data: str, sync: bool = True) -> None:
    """Write a file under its final name atomically. With `sync` False the caller syncs it later
    (`sync_files`), before anything points at it: one wait for the disk instead of one per file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(data)
        handle.flush()
        if sync:
            os.fsync(handle.fileno())
    os.replace(tmp, path)


def sync_files(paths: Iterable[Path]) -> None:
    """fsync files written with `sync=False`, and their folders (their names)."""
    folders = set()
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        folders.add(path.parent)
    for folder in folders:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def empty_manifest() -> dict:
    return {"version": FORMAT_VERSION, "embedder": None, "chunking": None, "sources": {}, "docs": {}, "files": {}}


def manifest_problem(data: object) -> str | None:
    """What is wrong with the shape of a manifest, or None."""
    if not isinstance(data, dict):
        return f"not a manifest (a JSON {type(data).__name__}, not an object)"
    if not isinstance(data.get("version"), int):
        return "no format version"
    sources, docs, files = data.get("sources"), data.get("docs"), data.get("files", {})
    if not isinstance(sources, dict) or not isinstance(docs, dict) or not isinstance(files, dict):
        return "'sources', 'docs' and 'files' must be objects"
    for doc_id, name in docs.items():
        if not isinstance(name, str) or not DOC_FILE.match(name):
            return f"document '{doc_id}' points to an invalid file name {name!r}"
    for source, entry in sources.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("hash"), str)
                and isinstance(entry.get("doc_ids"), list) and all(isinstance(d, str) for d in entry["doc_ids"])):
            return f"source '{source}' has no hash and doc_ids list"
    if not all(isinstance(v, str) for v in files.values()):
        return "'files' must map file names to sha256 strings"
    return None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_file_name(doc: Document) -> str:
    return f"{hashlib.sha1(doc.doc_id.encode()).hexdigest()[:12]}-{doc.content_hash[:12]}.json"


def _loads(raw: bytes) -> Any:
    """JSON from bytes: orjson (installed with chromadb) reads a large library's document files
    two to three times faster; what it refuses (a lone surrogate, NaN) the standard parser decides,
    so the result and the errors are those of `json.loads`."""
    if _orjson is not None:
        with contextlib.suppress(_orjson.JSONDecodeError):
            return _orjson.loads(raw)
    return json.loads(raw.decode("utf-8"))


def parse_doc_file(raw: bytes) -> tuple[Document, dict[str, str], dict[str, str]]:
    """A document file's content, checked for shape; ValueError with a short reason otherwise."""
    try:
        data = _loads(raw)
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"truncated or not JSON: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
        raise ValueError("no 'document' object")
    tokens, norms = data.get("tokens"), data.get("norms")
    if not isinstance(tokens, dict) or not isinstance(norms, dict):
        raise ValueError("no 'tokens' and 'norms' objects")
    try:
        doc = Document.from_dict(data["document"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"document of the wrong shape ({type(exc).__name__}: {exc})") from None
    for chunk in doc.chunks:
        if not isinstance(chunk.text, str) or not isinstance(chunk.chunk_id, str):
            raise ValueError("a chunk of the wrong shape")
        t, n = tokens.get(chunk.chunk_id), norms.get(chunk.chunk_id)
        if isinstance(t, list) and all(isinstance(x, str) for x in t):  # files written before tokens were one string
            t = tokens[chunk.chunk_id] = " ".join(t)
        if not isinstance(t, str) or not isinstance(n, str):
            raise ValueError(f"no tokens or normalised text for chunk {chunk.chunk_id}")
        if chunk.doc_id != doc.doc_id:
            raise ValueError(f"chunk {chunk.chunk_id} belongs to '{chunk.doc_id}'")
    return doc, tokens, norms



class IndexFolder:
    """An index folder: its manifest, journal and lock."""

    def __init__(self, folder: Path) -> None:
        self.dir = folder

    @property
    def recover_hint(self) -> str:
        return f"`python -m index recover --index-dir {self.dir}`"

    def journal(self) -> dict:
        try:
            data = json.loads((self.dir / JOURNAL).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def index_files(self) -> str:
        """What in the folder shows that an index lives here (files an interrupted first build
        left, as its journal lists them, do not count)."""
        journal = self.journal()
        pending = set(journal.get("files", []))
        found = []
        docs_dir = self.dir / "docs"
        docs = [p for p in docs_dir.glob("*.json") if p.name not in pending] if docs_dir.is_dir() else []
        if docs:
            found.append(f"{len(docs)} document file(s) in docs/")
        if (self.dir / "lexical").is_dir():
            found.append("lexical/")
        chroma = self.dir / "chroma"
        if not journal and chroma.is_dir() and any(chroma.iterdir()):
            found.append("chroma/")
        return ", ".join(found)

    def read_manifest(self) -> dict:
        path = self.dir / "manifest.json"
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            found = self.index_files()
            if found:
                raise IndexDamagedError(
                    f"{path}: missing, but the folder holds an index ({found}); nothing was changed. "
                    f"Rebuild the manifest from the document files with {self.recover_hint}") from None
            return empty_manifest()
        except OSError as exc:
            raise IndexDamagedError(f"{path}: cannot read ({exc.strerror or exc}); "
                                    f"fix the permissions or run {self.recover_hint}") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
            raise IndexDamagedError(f"{path}: truncated or not JSON ({reason}); nothing was changed. "
                                    f"Rebuild it from the document files with {self.recover_hint}") from None
        problem = manifest_problem(data)
        if problem:
            raise IndexDamagedError(f"{path}: {problem}; nothing was changed. "
                                    f"Rebuild it from the document files with {self.recover_hint}")
        data.setdefault("files", {})
        return data

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """One writer at a time. A folder that cannot be written is one clear error, and an
        OSError while writing leaves the previous manifest in place."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            handle = open(self.dir / ".lock", "a")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise IndexWriteError(
                f"{self.dir}: cannot write to the index folder ({exc.strerror or exc}); nothing was changed. "
                "Answering questions still works; to add or remove documents use a writable folder") from None
        with handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            except OSError as exc:
                raise IndexWriteError(f"{self.dir}: writing the index failed ({exc.strerror or exc}); "
                                      "the previous index is unchanged") from None
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def write_journal(self, vectors: list[str], files: list[str]) -> None:
        """Before writing anything: what this write may leave behind if it is killed."""
        journal = self.journal()
        data = {"vectors": sorted(set(journal.get("vectors", [])) | set(vectors)),
                "files": sorted(set(journal.get("files", [])) | set(files))}
        atomic_write(self.dir / JOURNAL, json.dumps(data))


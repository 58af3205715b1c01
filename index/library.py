"""The document library as one service: the web page, the CLI and the HTTP API all add, replace,
remove, list and describe documents through `Library`, so the admin check, the size and type
limits, staging and the error reports are the same everywhere.

Errors carry a `code` and a message in Chinese and in English (`ERRORS`); interfaces show them as
they are and never translate by reading English text.

Uploaded files are kept in one folder, `<index_dir>/library/` unless configured otherwise, under
their (sanitised) names; removing a document removes its uploaded file. Files added from the
command line stay where they are.

`sync()` notices a library changed by another process (`python -m index add` while a server
runs) and reloads it: a cheap stat of manifest.json per call, and a reload only when it changed,
under a shared lock on the index so that a half-written index is never read.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import hashlib
import hmac
import io
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .documents import make_doc_id
from .kb import IndexStateError, KnowledgeBase, expand_paths
from .loaders import SUPPORTED, load
from .models import ROLE_LABELS, ROLES, Document, InputError, Role
from .textnorm import normalize

UPLOAD_TYPES = (".docx", ".pdf", ".html", ".htm", ".txt", ".md")
DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024

# code -> (Chinese, English, HTTP status)
ERRORS: dict[str, tuple[str, str, int]] = {
    "read_only": ("文件库为只读：运营方未设置管理令牌（GONGWEN_ADMIN_TOKEN）。",
                  "The library is read-only: the operator has not set an admin token (GONGWEN_ADMIN_TOKEN).", 403),
    "bad_token": ("管理令牌不正确，文件库未改动。", "Missing or wrong admin token; the library was not changed.", 401),
    "no_files": ("请先选择要上传的文件。", "No file was given.", 400),
    "no_selection": ("请先选择要删除的文件。", "No document was chosen.", 400),
    "not_found": ("文件库中没有这份文件。", "There is no such document in the library.", 404),
    "unsupported_type": ("不支持的文件类型（可上传 " + " ".join(UPLOAD_TYPES) + "）。",
                         "Unsupported file type (allowed: " + " ".join(UPLOAD_TYPES) + ").", 415),
    "too_large": ("文件过大。", "The file is too large.", 413),
    "empty": ("空文件。", "The file is empty.", 400),
    "missing_file": ("找不到该文件。", "No such file.", 400),
    "binary": ("不是文本文件。", "A binary file, not a text document.", 400),
    "encoding": ("无法识别的文字编码（应为 UTF-8 或 GB18030）。", "Unknown text encoding (neither UTF-8 nor GB18030).", 400),
    "corrupt": ("文件已损坏或无法读取。", "The file is corrupt or unreadable.", 400),
    "no_text_layer": ("PDF 没有文字层（可能是扫描件），请先做文字识别。",
                      "The PDF has no text layer (a scan?); run OCR first.", 400),
    "no_text": ("文件中没有文字。", "There is no text in the file.", 400),
    "invalid_json": ("JSON 记录格式不正确。", "Invalid JSON record.", 400),
    "too_long": ("内容过长，不像一份政策文件。", "Too long for a policy document.", 400),
    "name_clash": ("库中已有另一份同名文件，请改名后再加入。",
                   "Another file with the same name is in the library; rename one of them.", 409),
    "duplicate": ("文件库中已有内容相同的文件。", "A document with the same content is already in the library.", 409),
    "unreadable": ("无法加入该文件。", "The file could not be added.", 400),
    "bad_role": ("文件角色应为 " + "、".join(f"{r}（{ROLE_LABELS[r]}）" for r in ROLES) + "。",
                 "The role must be one of " + ", ".join(ROLES) + ".", 400),
}


class LibraryError(Exception):
    """One problem with a library request or with one file of it."""

    def __init__(self, code: str, detail: str | None = None, file: str | None = None) -> None:
        zh, en, status = ERRORS.get(code, ERRORS["unreadable"])
        self.code = code
        self.message = zh
        self.message_en = f"{en} ({detail})" if detail else en
        self.status = status
        self.file = file
        super().__init__(str(self))

    def __str__(self) -> str:
        prefix = f"{self.file}：" if self.file else ""
        return f"{prefix}{self.message}（{self.message_en}）"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message, "message_en": self.message_en}
        if self.file:
            out["file"] = self.file
        return out

    @classmethod
    def from_input(cls, error: InputError, file: str | None = None) -> LibraryError:
        return cls(getattr(error, "code", "unreadable"), error.reason, file or Path(error.path).name)


@dataclass
class AddResult:
    added: list[str] = field(default_factory=list)  # doc ids
    replaced: list[str] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)  # (file, doc id already holding it)
    failed: list[LibraryError] = field(default_factory=list)
    # (name given, name kept): another document already had that name, so both are kept
    renamed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "replaced": self.replaced,
                "unchanged": [{"file": f, "doc_id": d} for f, d in self.unchanged],
                "failed": [e.to_json() for e in self.failed],
                "renamed": [{"file": f, "stored_as": k} for f, k in self.renamed]}

    def summary_zh(self) -> str:
        lines = []
        if self.added or self.replaced:
            lines.append(f"**成功**：已加入 {len(self.added)} 份、更新 {len(self.replaced)} 份文件，可立即提问。")
        if self.unchanged:
            lines.append(f"未变化（已在库中）：{len(self.unchanged)} 份（"
                         + "、".join(f"{f} = {d}" for f, d in self.unchanged) + "）。")
        if self.renamed:
            lines.append("库中已有同名的另一份文件，两份都保留：" + "、".join(f"{f} 另存为 {k}" for f, k in self.renamed)
                         + "。如要替换旧文件，请先删除它再上传。")
        lines += [f"**失败**：{e}" for e in self.failed]
        return "\n\n".join(lines) or "没有文件被加入。"


@dataclass
class LibraryPage:
    """One page of the library: summaries of the documents on it and where it is."""

    rows: list[dict[str, Any]]
    total: int  # documents found
    page: int
    pages: int
    query: str = ""


def safe_name(name: str) -> str:
    """A file name that is safe to keep in the library folder (no path, no odd characters)."""
    stem, dot, ext = Path(name.replace("\\", "/")).name.rpartition(".")
    stem = re.sub(r"[^\w\u4e00-\u9fff\-.]+", "_", stem or ext).strip("._") or "upload"
    return f"{stem[:80]}.{ext.lower()}" if dot else stem[:80]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Library:
    def __init__(self, kb: KnowledgeBase, *, files_dir: Path | None = None, admin_token: str | None = None,
                 local: bool = False, max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
                 exclusive: Callable[[], AbstractContextManager[Any]] | None = None) -> None:
        """`local`: the caller is the operator at the command line, no token needed.
        `exclusive`: a lock that keeps questions out while the index changes in memory."""
        self.kb = kb
        self.files_dir = Path(files_dir or kb.dir / "library")
        self.admin_token = admin_token
        self.local = local
        self.max_upload_bytes = max_upload_bytes
        self._exclusive = exclusive or contextlib.nullcontext
        self._changing = threading.Lock()  # one library change at a time in this process
        self._seen = self._signature()
        self._haystacks: dict[tuple[str, str], str] = {}  # what `find` searches, per document version

    # ----- reading ----------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        return sorted(self.kb.documents(), key=lambda d: (d.meta.doc_number is None, d.doc_id))

    def summary(self, doc: Document) -> dict[str, Any]:
        return {"doc_id": doc.doc_id, "title": doc.title, "doc_number": doc.meta.doc_number,
                "issuer": doc.meta.issuer, "written_date": doc.meta.written_date,
                "published_date": doc.meta.published_date,
                "attachments": [{"name": a.name, "available": a.available} for a in self.kb.attachment_status(doc)],
                "chunks": len(doc.chunks), "kind": doc.kind, "role": doc.role, "file": Path(doc.source.split("#", 1)[0]).name,
                "uploaded": self._managed(doc) is not None}

    def listing(self) -> list[dict[str, Any]]:
        return [self.summary(d) for d in self.documents()]

    def find(self, query: str = "") -> list[Document]:
        """The documents whose title, 文号, issuer, dates, id or file name hold every word of the
        query (Traditional or Simplified, full- or half-width alike); a year such as 2023 finds
        the documents of that year. An empty query finds them all."""
        words = [normalize(w) for w in query.split()]
        docs = self.documents()
        if not words:
            return docs
        return [d for d in docs if all(w in self._haystack(d) for w in words)]

    def page(self, query: str = "", page: int = 1, per_page: int = 20) -> LibraryPage:
        """One page of `find(query)`, summarised; pages count from 1 and a page past the end
        shows the last one."""
        per_page = max(1, min(int(per_page), 500))
        found = self.find(query)
        pages = max(1, -(-len(found) // per_page))
        page = max(1, min(int(page), pages))
        rows = [self.summary(d) for d in found[(page - 1) * per_page : page * per_page]]
        return LibraryPage(rows=rows, total=len(found), page=page, pages=pages, query=query)

    def _haystack(self, doc: Document) -> str:
        key = (doc.doc_id, doc.content_hash)
        text = self._haystacks.get(key)
        if text is None:
            m = doc.meta
            parts = [doc.title, m.doc_number, m.issuer, m.publisher, m.written_date, m.published_date,
                     doc.doc_id, Path(doc.source.split("#", 1)[0]).name]
            text = self._haystacks[key] = normalize("\n".join(p for p in parts if p))
        return text

    def describe(self, ref: str) -> dict[str, Any]:
        doc = self.kb.find_document(ref)
        if doc is None:
            raise LibraryError("not_found", ref)
        out = self.summary(doc)
        meta = doc.meta.to_dict()
        meta["attachments"] = out["attachments"]
        out["meta"] = meta
        out["outline"] = [{"level": h.level, "title": h.title} for h in doc.headings]
        return out

    # ----- the admin check --------------------------------------------------------------------
    def authorize(self, token: str | None) -> None:
        if self.local:
            return
        if not self.admin_token:
            raise LibraryError("read_only")
        # Bytes: compare_digest raises TypeError on non-ASCII str, and a token may arrive as any JSON value.
        if not isinstance(token, str) or not token or not hmac.compare_digest(token.encode(), self.admin_token.encode()):
            raise LibraryError("bad_token")

    # ----- changing ---------------------------------------------------------------------------
    def upload(self, files: Sequence[tuple[str, Path]], token: str | None,
               on_progress: Callable[[float, str], None] | None = None, replace: bool = False,
               role: Role | None = None) -> AddResult:
        """Add uploaded files, given as (name the user gave, where its bytes are now). Each is
        checked and staged first. A file whose name is already taken by other content is kept
        under a free name beside it (both documents stay), unless `replace` asks to replace the
        library's file of that name; a replacement takes effect only once it has been indexed."""
        self.authorize(token)
        if not files:
            raise LibraryError("no_files")
        result = AddResult()
        staging = self.files_dir / ".staging"
        staging.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=staging))
        try:
            moves: list[tuple[Path, Path]] = []  # (staged file, its place in the library)
            taken: set[str] = set()  # names given to earlier files of this batch
            for i, (given, path) in enumerate(files):
                name = safe_name(given)
                try:
                    self._check_upload(name, path)
                    kept = name if replace and name not in taken else self._free_name(name, path, taken)
                    taken.add(kept)
                    staged = work / str(i) / kept
                    staged.parent.mkdir()
                    shutil.copyfile(path, staged)
                    target = self.files_dir / kept
                    duplicate = self._precheck(staged, target)
                except LibraryError as exc:
                    exc.file = exc.file or name
                    result.failed.append(exc)
                    continue
                if duplicate:
                    result.unchanged.append((name, duplicate))
                    continue
                if kept != name:
                    result.renamed.append((name, kept))
                moves.append((staged, target))
            if moves:
                self._install_and_index(moves, work, result, on_progress, role)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return result

    def add_paths(self, paths: Iterable[Path], progress: bool = False, role: Role | None = None) -> AddResult:
        """Add or update files where they are (the command line)."""
        self.authorize(None)
        result = AddResult()
        todo = []
        for path in expand_paths(list(paths)):
            try:
                duplicate = self._precheck(path, path)
            except LibraryError as exc:
                exc.file = str(path)
                result.failed.append(exc)
                continue
            if duplicate:
                result.unchanged.append((str(path), duplicate))
            else:
                todo.append(path)
        if todo:
            with self._changing:
                with self._exclusive():
                    self._reload_if_changed()
                # Parsing and embedding do not keep questions waiting: only the commit does.
                report = self.kb.add(todo, progress=progress, swap=self._exclusive, role=role)
                self._seen = self._signature()
            result.added += report.added
            result.replaced += report.replaced
            result.unchanged += [(f, "") for f in report.unchanged]
            result.failed += [LibraryError.from_input(e, e.path) for e in report.failed]
        return result

    def set_role(self, ref: str | None, role: str, token: str | None) -> list[str]:
        """Mark a document (and the others of its file) as the subject, related material or background."""
        self.authorize(token)
        if not ref:
            raise LibraryError("no_selection")
        if role not in ROLES:
            raise LibraryError("bad_role", role)
        if self.kb.find_document(ref) is None:
            raise LibraryError("not_found", ref)
        with self._changing, self._exclusive():
            changed = self.kb.set_role(ref, role)  # type: ignore[arg-type]
            self._seen = self._signature()
        return changed

    def remove(self, ref: str | None, token: str | None) -> list[str]:
        """Remove a document (and every document of its file); an uploaded file goes with it."""
        self.authorize(token)
        if not ref:
            raise LibraryError("no_selection")
        with self._changing, self._exclusive():
            self._reload_if_changed()
            doc = self.kb.find_document(ref)
            if doc is None:
                raise LibraryError("not_found", ref)
            managed = self._managed(doc)
            removed = self.kb.remove(doc.doc_id)
            self._seen = self._signature()
            if managed is not None:
                managed.unlink(missing_ok=True)
        return removed

    # ----- noticing changes made by other processes -------------------------------------------
    def sync(self) -> bool:
        """Reload the library if another process changed it since we last looked. Cheap when
        nothing changed (one stat). Returns True when it reloaded."""
        if self._signature() == self._seen:
            return False
        with self._changing, self._exclusive():
            return self._reload_if_changed()

    def _reload_if_changed(self) -> bool:
        kb = self.kb
        with self._shared_index_lock() as locked:
            if not locked:
                return False  # a writer is at work: keep serving the last complete state
            signature = self._signature()
            if signature == self._seen:
                return False
            previous = kb.manifest
            try:
                kb.manifest = kb._read_manifest()
                kb._load_documents()
                kb._rebuild_lexical(save=False)  # readers never write
            except (OSError, ValueError, IndexStateError):
                kb.manifest = previous  # try again on the next request
                return False
            self._seen = signature
            return True

    @contextlib.contextmanager
    def _shared_index_lock(self) -> Iterator[bool]:
        """The index's own file lock, shared: writers (which hold it exclusively from the first
        new file to the last cleanup) are never read half-way."""
        with open(self.kb.dir / ".lock", "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.kb.dir / "manifest.json")
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    # ----- helpers ----------------------------------------------------------------------------
    def _free_name(self, name: str, path: Path, taken: set[str]) -> str:
        """`name`, or `stem-2.ext`, `stem-3.ext`, ... when the library already keeps a file of that
        name with other content (or an earlier file of the batch took it): never overwrite
        another document's file by accident. Identical content keeps its name (it is unchanged)."""
        stem, suffix = Path(name).stem, Path(name).suffix
        for n in range(1, 10_000):
            candidate = name if n == 1 else f"{stem}-{n}{suffix}"
            existing = self.files_dir / candidate
            if candidate in taken:
                continue
            if not existing.exists() or _sha256(existing) == _sha256(path):
                return candidate
        raise LibraryError("name_clash", name)

    def _check_upload(self, name: str, path: Path) -> None:
        suffix = Path(name).suffix.lower()
        if suffix not in UPLOAD_TYPES or suffix not in SUPPORTED:
            raise LibraryError("unsupported_type", suffix or name)
        size = path.stat().st_size
        if size > self.max_upload_bytes:
            raise LibraryError("too_large", f"{size / 1e6:.1f} MB; limit {self.max_upload_bytes / 1e6:.0f} MB")
        if size == 0:
            raise LibraryError("empty")

    def _precheck(self, path: Path, target: Path) -> str | None:
        """Read the file as the index will, so that its problems are reported with their code
        before anything changes. Returns the id of the document that already holds the same
        content from another file (adding it again changes nothing), else None."""
        source = str(target.resolve())
        entry = self.kb.manifest.get("sources", {}).get(source)
        if entry is not None and path.is_file() and entry.get("hash") == _sha256(path):
            return entry["doc_ids"][0] if entry.get("doc_ids") else source
        try:
            raws = load(path)
        except InputError as exc:
            raise LibraryError.from_input(exc) from None
        by_hash = {d.content_hash: d for d in self.kb.docs.values()}
        limit = self.kb.settings.max_doc_chars
        duplicates = []
        for raw in raws:
            if len(raw.text) > limit:
                raise LibraryError("too_long", f"{len(raw.text):,} characters; limit {limit:,}")
            same = by_hash.get(hashlib.sha256(raw.text.encode()).hexdigest())
            if same is not None and same.source.split("#", 1)[0] != source:
                duplicates.append(same.doc_id)
                continue
            raw.source = source if raw.record is None else f"{source}#{raw.record}"
            doc_id = make_doc_id(raw)
            other = self.kb.docs.get(doc_id)
            if other is not None and other.source.split("#", 1)[0] != source:
                raise LibraryError("name_clash", f"'{doc_id}' comes from {Path(other.source).name}")
        return duplicates[0] if duplicates and len(duplicates) == len(raws) else None

    def _install_and_index(self, moves: list[tuple[Path, Path]], work: Path, result: AddResult,
                           on_progress: Callable[[float, str], None] | None, role: Role | None = None) -> None:
        with self._changing:
            with self._exclusive():
                self._reload_if_changed()
            backups: dict[Path, Path] = {}
            for staged, target in moves:
                if target.exists():
                    backup = staged.with_name(staged.name + ".previous")
                    shutil.copy2(target, backup)
                    backups[target] = backup
                os.replace(staged, target)
            # Parsing and embedding do not keep questions waiting: only the commit does.
            report = self.kb.add([t for _, t in moves], on_progress=on_progress, swap=self._exclusive, role=role)
            self._seen = self._signature()
            failed = {str(Path(e.path)) for e in report.failed}
            for error in report.failed:
                result.failed.append(LibraryError.from_input(error, Path(error.path).name))
            for _, target in moves:
                if str(target) in failed or str(target.resolve()) in failed:
                    if target in backups:
                        os.replace(backups[target], target)  # the indexed version stays as it was
                    else:
                        target.unlink(missing_ok=True)
        result.added += report.added
        result.replaced += report.replaced
        result.unchanged += [(Path(f).name, "") for f in report.unchanged]

    def _managed(self, doc: Document) -> Path | None:
        """The document's file when it lives in the library folder (an upload), else None."""
        path = Path(doc.source.split("#", 1)[0])
        legacy = self.kb.dir / "uploads"  # where uploads were kept before the library folder
        for folder in (self.files_dir, legacy):
            with contextlib.suppress(ValueError, OSError):
                path.resolve().relative_to(folder.resolve())
                return path
        return None


def table_csv(rows: list[dict[str, Any]]) -> str:
    """`python -m index list --csv`: one row a document, every field whole."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["doc_id", "title", "doc_number", "issuer", "written_date", "published_date", "attachments",
                     "chunks", "file"])
    for r in rows:
        attachments = "; ".join(f"{a['name']} ({'available' if a['available'] else 'missing'})" for a in r["attachments"])
        writer.writerow([r["doc_id"], r["title"], r["doc_number"] or "", r["issuer"] or "", r["written_date"] or "",
                         r["published_date"] or "", attachments, r["chunks"], r["file"]])
    return out.getvalue()

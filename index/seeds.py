"""Folders that say what role their documents play: a `manifest.json` beside the files.

seeds/manifest.json lists each bundled file with its role (the campaign's notice is the subject,
the laws in related_laws/ are related). `add_with_roles` indexes such folders through
`KnowledgeBase.add`, one call per role, so a law is never indexed (and embedded) as the subject.
Files a manifest does not list, and paths without a manifest, keep the default role.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from .kb import BuildReport, KnowledgeBase, expand_paths
from .models import ROLES, Role

MANIFEST = "manifest.json"


def folder_roles(folder: Path) -> dict[Path, Role]:
    """Resolved file path -> role, from the folder's manifest.json (empty when it has none).
    A manifest that cannot be read or names an unknown role is an error naming the file."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data.get("documents", []) if isinstance(data, dict) else []
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the manifest ({type(exc).__name__})") from None
    roles: dict[Path, Role] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or "role" not in entry:
            continue
        role = entry["role"]
        if role not in ROLES or not isinstance(entry.get("file"), str):
            raise ValueError(f"{path}: documents[{i}] needs a file and a role among {', '.join(ROLES)}")
        roles[(folder / entry["file"]).resolve()] = role
    return roles


def add_with_roles(kb: KnowledgeBase, paths: Iterable[Path], progress: bool = False, replace_all: bool = False,
                   on_progress: Callable[[float, str], None] | None = None) -> BuildReport:
    """`kb.add` for files and folders, each file with the role its folder's manifest gives it."""
    paths = [Path(p) for p in paths]
    roles: dict[Path, Role] = {}
    for p in paths:
        if p.is_dir():
            roles.update(folder_roles(p))
    if not roles:
        return kb.add(paths, progress=progress, replace_all=replace_all, on_progress=on_progress)
    groups: dict[Role | None, list[Path]] = {}
    for f in expand_paths(paths):
        groups.setdefault(roles.get(f.resolve()), []).append(f)
    report = BuildReport()
    for role, files in groups.items():
        part = kb.add(files, progress=progress, on_progress=on_progress, role=role)
        for name in ("added", "replaced", "unchanged", "removed", "failed"):
            getattr(report, name).extend(getattr(part, name))
        report.embedded_chunks += part.embedded_chunks
    if replace_all:
        # Files gone from the folders: every file left is unchanged now, so this only removes.
        report.removed.extend(kb.add(paths, replace_all=True).removed)
    return report

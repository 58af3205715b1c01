"""What shapes a stored index, recorded in its manifest so that an index built one way is never
read another way. Stored tokens depend on the lexicon files (terms, aliases, stopwords), on the
normalisation and tokenisation code and its libraries; chunks on the parser and chunk settings;
vectors on the embedder. Questions are tokenised by the code running now, so any difference means
stale tokens or vectors: the reader refuses and says to rebuild (`KnowledgeBase._check_compatible`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from importlib import metadata

from . import textnorm
from .chunking import PARSER_VERSION, ChunkSettings


def lexicon_digest() -> str:
    """sha256 over every file of the lexicon folder (name and bytes): a new file counts too."""
    digest = hashlib.sha256()
    for path in sorted(p for p in textnorm.LEXICON_DIR.rglob("*") if p.is_file()):
        digest.update(path.relative_to(textnorm.LEXICON_DIR).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def index_shape(embedder_name: str, embedder_dim: int, chunking: ChunkSettings) -> dict[str, object]:
    """Everything that shapes the index, readable (the manifest keeps it beside its hash)."""
    return {
        "parser": PARSER_VERSION,
        "chunking": dataclasses.asdict(chunking),
        "tokens": textnorm.TOKENS_VERSION,
        "tokeniser_libraries": {"jieba": _version("jieba"), "opencc": _version("opencc")},
        "lexicon": lexicon_digest(),
        "embedder": {"name": embedder_name, "dim": embedder_dim},
    }


def shape_hash(shape: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


def differences(built: dict[str, object], now: dict[str, object]) -> list[str]:
    """The names of the parts that differ, for the one-line message ("lexicon, embedder")."""
    return [key for key in sorted(set(built) | set(now)) if built.get(key) != now.get(key)]

"""Settings of the index. The assistant's Settings embeds this object; environment variables and
CLI flags map onto the same fields (see `from_env`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .chunking import ChunkSettings
from .embedders import DEFAULT_EMBEDDER

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = PROJECT_ROOT / "seeds"
DEFAULT_INDEX_DIR = PROJECT_ROOT / ".index"


@dataclass(frozen=True)
class IndexSettings:
    index_dir: Path = DEFAULT_INDEX_DIR
    embedder: str = DEFAULT_EMBEDDER
    chroma_url: str | None = None  # None: embedded Chroma in index_dir/chroma
    collection: str = "chunks"
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    max_doc_chars: int = 2_000_000  # far beyond any policy document
    # Which documents get vectors. Embedding costs ~0.5 s a clause here; the semantic signal is
    # used where questions land without naming a document (the subject). Background reports are
    # found by name and words, so embedding 1.5 M characters of them would buy nothing.
    embed_roles: tuple[str, ...] = ("subject",)

    @classmethod
    def from_env(cls, **overrides: object) -> IndexSettings:
        env = os.environ
        values: dict[str, object] = {}
        if env.get("GONGWEN_INDEX_DIR"):
            values["index_dir"] = Path(env["GONGWEN_INDEX_DIR"])
        if env.get("GONGWEN_EMBEDDER"):
            values["embedder"] = env["GONGWEN_EMBEDDER"]
        if env.get("GONGWEN_CHROMA_URL"):
            values["chroma_url"] = env["GONGWEN_CHROMA_URL"]
        if env.get("GONGWEN_COLLECTION"):
            values["collection"] = env["GONGWEN_COLLECTION"]
        if env.get("GONGWEN_EMBED_ROLES"):
            values["embed_roles"] = tuple(r.strip() for r in env["GONGWEN_EMBED_ROLES"].split(",") if r.strip())
        if env.get("GONGWEN_CHUNK_MAX_CHARS"):
            values["chunking"] = ChunkSettings(max_chars=int(env["GONGWEN_CHUNK_MAX_CHARS"]))
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "index_dir" in values:
            values["index_dir"] = Path(str(values["index_dir"]))
        return replace(cls(), **values)  # type: ignore[arg-type]

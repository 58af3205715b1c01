"""The settings model, and the one place that reads the environment.

Settings are typed pydantic models: `IndexSettings` here, the assistant's `Settings` (which holds an
`IndexSettings` as `.index`) in assistant/settings.py. Building one directly (`IndexSettings(index_dir=...)`)
reads nothing from the environment; `load_settings` fills the same model from, in order of precedence,

1. explicit values (CLI flags, `--set section.field=value`, keyword arguments),
2. `GONGWEN_<FIELD>` and `GONGWEN_<SECTION>__<FIELD>` environment variables (pydantic-settings),
   e.g. `GONGWEN_RETRIEVAL__TOP_K=5`, `GONGWEN_INDEX__CHUNKING__MAX_CHARS=400`,
3. the short names the README has always documented (`GONGWEN_INDEX_DIR`, `GONGWEN_DENSE_WEIGHT`, ...),
4. the defaults.

A bad value is a `SettingsError`: one line naming the field, where the value came from and why.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from pydantic import ConfigDict, Field, ValidationError, create_model, field_validator
from pydantic.dataclasses import dataclass
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict
from pydantic_settings import SettingsError as SourceError

if TYPE_CHECKING:
    from .models import Document

from .chunking import ChunkSettings
from .embedders import DEFAULT_EMBEDDER
from .models import ROLES
from .resources import bundled_dir, default_index_dir

ENV_PREFIX = "GONGWEN_"
DEFAULT_SEEDS = bundled_dir("seeds")
DEFAULT_INDEX_DIR = default_index_dir()

# The environment variable names the README documents, kept working: name -> dotted field.
INDEX_ENV_NAMES: dict[str, str] = {
    "GONGWEN_INDEX_DIR": "index.index_dir",
    "GONGWEN_EMBEDDER": "index.embedder",
    "GONGWEN_CHROMA_URL": "index.chroma_url",
    "GONGWEN_COLLECTION": "index.collection",
    "GONGWEN_EMBED_ROLES": "index.embed_roles",
    "GONGWEN_EMBED_RELATED_NOTICES": "index.embed_related_notices",
    "GONGWEN_EMBED_LAWS": "index.embed_laws",
    "GONGWEN_EMBED_LAW_WORDS": "index.embed_law_words",
    "GONGWEN_CHUNK_MAX_CHARS": "index.chunking.max_chars",
}


class SettingsError(ValueError):
    """A setting with a bad value; the message is one line that names the field."""


SETTINGS_CONFIG = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored


@dataclass(frozen=True, config=SETTINGS_CONFIG)
class IndexSettings:
    index_dir: Path = DEFAULT_INDEX_DIR
    embedder: str = Field(default=DEFAULT_EMBEDDER, min_length=1)
    chroma_url: str | None = None  # None: embedded Chroma in index_dir/chroma
    collection: str = Field(default="chunks", min_length=1)
    chunking: ChunkSettings = ChunkSettings()
    max_doc_chars: int = Field(default=2_000_000, gt=0)  # far beyond any policy document
    # Which documents get vectors. Embedding costs ~0.5 s a clause here; the semantic signal is
    # used where questions land without naming a document (the subject). Background reports are
    # found by name and words, so embedding 1.5 M characters of them would buy nothing.
    embed_roles: Annotated[tuple[str, ...], NoDecode] = ("subject",)  # NoDecode: "a,b" is not JSON
    # Related documents that are not laws (other campaigns' notices, plans) may get vectors too:
    # they are asked about in everyday words as the subject is. Off by default: measured, it moved
    # the tuning sets both ways (v2 +0.03, v3 -0.02 right-clause-first) and made adding a notice
    # 4.7 s instead of 0.8 s in a library of 1,600 documents. Laws: `embed_laws`.
    embed_related_notices: bool = False
    # The bundled laws may get vectors too, so that a question in everyday words ("衣服吊牌上必须
    # 有什么") finds the article that says it in the law's words (标识). Off by default (see README).
    embed_laws: bool = False
    # The words of the laws get vectors (not their sentences): a few thousand words, embedded once
    # (~15 s), so that a question in everyday words is compared word by word with the articles,
    # and a question that is about a law rather than the campaign is recognised as one.
    embed_law_words: bool = True

    def embeds(self, doc: Document) -> bool:
        """Whether a document gets vectors (chunks, sentences) under these settings."""
        if doc.role in self.embed_roles:
            return True
        from . import law  # (law reads the models; settings stay importable on their own)

        if doc.role != "related":
            return False
        return self.embed_laws if law.has_articles(doc) else self.embed_related_notices

    def embeds_words(self, doc: Document) -> bool:
        """Whether a document's words get vectors: those of every embedded document, and a law's."""
        if self.embeds(doc):
            return True
        from . import law

        return self.embed_law_words and doc.role == "related" and law.has_articles(doc)

    @field_validator("embed_roles", mode="before")
    @classmethod
    def _split_roles(cls, value: object) -> object:
        if isinstance(value, str):  # "subject,related" from the environment or a flag
            return tuple(r.strip() for r in value.split(",") if r.strip())
        return value

    @field_validator("embed_roles")
    @classmethod
    def _known_roles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [r for r in value if r not in ROLES]
        if unknown:
            raise ValueError(f"unknown role(s) {', '.join(unknown)}; use {', '.join(ROLES)}")
        return value

    @classmethod
    def from_env(cls, **overrides: object) -> IndexSettings:
        """The index settings of `python -m index`: environment and flags (None means "not given")."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return load_settings(_IndexOnly, {"index": given} if given else {}, INDEX_ENV_NAMES, extra="ignore").index


@dataclass(frozen=True, config=ConfigDict(extra="ignore"))
class _IndexOnly:
    """The part of the assistant's settings that `python -m index` needs."""

    index: IndexSettings = IndexSettings()
    upload_dir: Path | None = None
    seeds_dir: Path = DEFAULT_SEEDS


def index_cli_settings(overrides: Mapping[str, Any]) -> tuple[IndexSettings, Path | None, Path]:
    """(index settings, upload folder, seeds folder) for `python -m index`."""
    loaded = load_settings(_IndexOnly, overrides, INDEX_ENV_NAMES, extra="ignore")
    return loaded.index, loaded.upload_dir, loaded.seeds_dir


def dotted(assignments: list[str] | None) -> dict[str, Any]:
    """`["retrieval.top_k=5", "index.chunking.max_chars=400"]` -> nested dict, for `--set`."""
    out: dict[str, Any] = {}
    for item in assignments or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise SettingsError(f"--set {item!r}: write section.field=value, e.g. retrieval.top_k=5")
        _put(out, name.strip(), value)
    return out


def merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Nested dicts merged, `extra` winning."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def _put(target: dict[str, Any], path: str, value: object) -> None:
    *sections, last = path.split(".")
    for section in sections:
        target = target.setdefault(section, {})
    target[last] = value


class _ShortNames(PydanticBaseSettingsSource):
    """The documented short variable names (GONGWEN_INDEX_DIR, ...), mapped onto dotted fields."""

    def __init__(self, settings_cls: type[BaseSettings], names: Mapping[str, str]) -> None:
        super().__init__(settings_cls)
        self.names = names

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # __call__ does the work

    def __call__(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, path in self.names.items():
            value = os.environ.get(name)
            if value:  # an empty variable means "not set", as it always has
                _put(out, path, value)
        return out


M = TypeVar("M")


def load_settings(model: type[M], overrides: Mapping[str, Any], short_names: Mapping[str, str],
                  extra: str = "forbid") -> M:
    """`model` (a pydantic dataclass) filled from explicit values, then the environment (see the
    module docstring). pydantic-settings reads the variables into a BaseSettings twin of the model."""
    fields: dict[str, FieldInfo] = model.__pydantic_fields__  # type: ignore[attr-defined]

    class Environment(BaseSettings):
        model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_nested_delimiter="__", env_ignore_empty=True,
                                          extra=extra)  # type: ignore[typeddict-item]

        @classmethod
        def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                       env_settings: PydanticBaseSettingsSource,
                                       dotenv_settings: PydanticBaseSettingsSource,
                                       file_secret_settings: PydanticBaseSettingsSource,
                                       ) -> tuple[PydanticBaseSettingsSource, ...]:
            return init_settings, env_settings, _ShortNames(settings_cls, short_names)

    twin = create_model(f"{model.__name__}FromEnvironment", __base__=Environment,
                        **{name: (info.annotation, info) for name, info in fields.items()})  # type: ignore[call-overload]
    try:
        loaded = twin(**overrides)
    except ValidationError as exc:
        raise SettingsError(describe_error(exc, short_names)) from None
    except SourceError as exc:  # a variable pydantic-settings could not even parse (e.g. not JSON)
        raise SettingsError(f"bad setting: {str(exc).splitlines()[0]}") from None
    return model(**{name: getattr(loaded, name) for name in fields})


def describe_error(exc: ValidationError, short_names: Mapping[str, str] = INDEX_ENV_NAMES) -> str:
    """One line: each bad field by its dotted name, the variables that set it, the reason and the value."""
    by_path = {path: name for name, path in short_names.items()}
    parts = []
    for error in exc.errors():
        path = ".".join(str(p) for p in error["loc"])
        names = [ENV_PREFIX + "__".join(str(p) for p in error["loc"]).upper()]
        if path in by_path:
            names.insert(0, by_path[path])
        value = error.get("input")
        shown = "" if isinstance(value, dict) else f", got {str(value)[:60]!r}"
        parts.append(f"{path} ({' or '.join(names)} or --set {path}=...): {error['msg']}{shown}")
    return "bad setting " + "; ".join(parts)


WORKER_SETTINGS_ENV = "GONGWEN_WORKER_SETTINGS"


def hand_to_workers(blob: str) -> None:
    """Settings a parent process passes to the worker processes it starts (`serve --workers`):
    the workers are started by uvicorn, which passes nothing but the environment."""
    os.environ[WORKER_SETTINGS_ENV] = blob


def from_parent() -> str:
    """What `hand_to_workers` passed down."""
    return os.environ[WORKER_SETTINGS_ENV]

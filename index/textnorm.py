"""Normalisation shared by the lexical index and the query side, so both see the same tokens:
Traditional -> Simplified, full-width -> half-width, aliases -> full names, jieba tokens."""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import pickle
import re
import tempfile
import unicodedata
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicon"
# Bump when normalize() or tokenize() changes the tokens they give: stored tokens are recorded with
# this version (index/signature.py) and an index tokenised the old way asks to be rebuilt.
TOKENS_VERSION = "tokens-v1"

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOKEN_OK = re.compile(r"[\u4e00-\u9fff0-9a-z]")


@functools.lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return str(_t2s().convert(text)) if text else text


def to_halfwidth(text: str) -> str:
    """Full-width letters, digits and punctuation to half-width; keeps CJK characters."""
    return unicodedata.normalize("NFKC", text)


def normalize(text: str) -> str:
    if len(text) <= 200:  # titles, names, terms: normalised again and again on every question
        return _normalize_short(text)
    return to_halfwidth(to_simplified(text)).lower()


@functools.lru_cache(maxsize=100_000)
def _normalize_short(text: str) -> str:
    return to_halfwidth(to_simplified(text)).lower()


@functools.lru_cache(maxsize=1)
def aliases() -> list[tuple[str, str]]:
    """(short form, full form) pairs, longest short form first."""
    pairs: list[tuple[str, str]] = []
    for line in (LEXICON_DIR / "aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, full = line.split("\t")[:2]
        pairs.append((normalize(short.strip()), normalize(full.strip())))
    return sorted(pairs, key=lambda p: -len(p[0]))


def expand_aliases(text: str) -> str:
    """Append the full form of every abbreviation found (the abbreviation itself stays)."""
    extra = [full for short, full in aliases() if short in text and full not in text]
    return text + (" " + " ".join(extra) if extra else "")


@functools.lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    cache_dir = Path(tempfile.gettempdir())  # jieba's own default; settable through the settings model if ever needed
    jieba.dt.tmp_dir = str(cache_dir)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir)
    words = [normalize(line.strip()) for line in (LEXICON_DIR / "terms.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    words += [short for short, _full in aliases()]
    cache = _dictionary_cache(cache_dir, words)
    if _load_dictionary(tokenizer, cache):
        return tokenizer
    for word in words:
        tokenizer.add_word(word, freq=2000)
    _save_dictionary(tokenizer, cache)
    return tokenizer


def _dictionary_cache(cache_dir: Path, words: list[str]) -> Path:
    import jieba

    dictionary = _dictionary_path()
    stat = dictionary.stat() if dictionary.exists() else None
    key = f"{jieba.__version__}|{stat.st_size if stat else 0}|{stat.st_mtime_ns if stat else 0}|{'|'.join(words)}"
    return cache_dir / f"gongwen-jieba-{hashlib.sha1(key.encode()).hexdigest()[:16]}.pickle"


def _load_dictionary(tokenizer, cache: Path) -> bool:  # type: ignore[no-untyped-def]
    """jieba keeps its dictionary cache in marshal form, which takes over a second to read on these
    machines; the same table (with our own words already added) pickled reads in a third of that,
    and every cold CLI question pays it. A missing or unreadable cache just means building it again.
    The temp dir is shared: only a file this user wrote, that no one else may change, is unpickled."""
    try:
        st = cache.stat()
        if (hasattr(os, "getuid") and st.st_uid != os.getuid()) or st.st_mode & 0o022:
            return False
        with cache.open("rb") as fh:
            freq, total = pickle.load(fh)
    except Exception:
        return False
    if not isinstance(freq, dict) or not isinstance(total, int):
        return False
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return True


def _save_dictionary(tokenizer, path: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")  # (mode 0600)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((tokenizer.FREQ, tokenizer.total), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # readers see the old file or the whole new one, never half of it
    except OSError:  # a read-only temp dir: every start builds the table again, as jieba would
        return


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words = (LEXICON_DIR / "stopwords.txt").read_text(encoding="utf-8").split()
    return frozenset(normalize(w) for w in words)


def tokenize(text: str, *, normalized: bool = False) -> list[str]:
    """Search tokens: jieba words plus single CJK characters of unknown multi-character words is
    overkill; we add character bigrams of each word longer than two characters so that a typo or a
    paraphrase still shares pieces with the text."""
    if not normalized:
        text = normalize(text)
    # jieba cuts each run of word characters on its own (its `re_han` blocks), so tokenising run
    # by run gives the same tokens; titles, section names and repeated phrases (a law and its
    # versions, boilerplate) are then tokenised once, which makes indexing a large library
    # several times faster.
    out: list[str] = []
    for block in _JIEBA_BLOCK.split(text):
        if block:
            out.extend(_block_tokens(block))
    return out


# jieba's own block pattern (jieba.re_han_default): what it cuts as one unit.
_JIEBA_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")


@functools.lru_cache(maxsize=500_000)
def _block_tokens(block: str) -> tuple[str, ...]:
    stop = stopwords()
    out: list[str] = []
    single = ""  # the last word, when it was one character jieba could not join to anything
    for word in _jieba().lcut_for_search(block):
        word = word.strip()
        if not word or word in stop or not _TOKEN_OK.search(word):
            single = ""
            continue
        out.append(word)
        if len(word) > 2 and _CJK.match(word):
            out.extend(word[i : i + 2] for i in range(len(word) - 1))
        # A word jieba does not know is cut into characters in one sentence and kept whole in
        # another ("把潮绣用到" → 潮/绣; "推动潮绣、抽纱" → 潮绣): two such characters side by side
        # also make the word they may be.
        is_single = len(word) == 1 and bool(_CJK.match(word))
        if is_single and single:
            out.append(single + word)
        single = word if is_single else ""
    return tuple(out)


_ASKING_PIECE = re.compile(r"[哪谁几啥吗呢]|什么|多少|怎么|如何")
# One-character words of grammar and everyday doing ("做", "搞", "让"): next to them a cut is a cut.
_FUNCTION_CHARS = frozenset("做搞办干弄让给对向把被在和与及或就都也还又要会能可该这那是有的了着过从到将")


@functools.lru_cache(maxsize=4096)
def boundary_cuts(text: str) -> tuple[tuple[str, str, str], ...]:
    """(left word, right word, the two characters across the cut) at each cut next to a single
    character or a word the segmenter's dictionary does not know ("洗水厂" → 洗/水厂 and "开洗水厂"
    → 开洗/水厂 both hold 洗水): where a word the text uses elsewhere may have been cut in two.
    Candidates only: the caller keeps those the library knows as words."""
    out: list[tuple[str, str, str]] = []
    stop = stopwords()
    for block in _JIEBA_BLOCK.split(normalize(text)):
        if not block or not _CJK.match(block):
            continue
        cut = [w for w in _jieba().lcut(block) if w.strip()]
        for left, right in itertools.pairwise(cut):
            if not (_CJK.match(left[-1]) and _CJK.match(right[0])) or left in stop or right in stop \
                    or left in _FUNCTION_CHARS or right in _FUNCTION_CHARS \
                    or _ASKING_PIECE.search(left + right):  # ("哪些地方/办": the asking, no word cut in two)
                continue
            if min(len(left), len(right)) == 1 or not dictionary_count(left) or not dictionary_count(right):
                out.append((left, right, left[-1] + right[0]))
    return tuple(out)


def boundary_bigrams(text: str) -> list[str]:
    """The characters across each doubtful cut (see `boundary_cuts`)."""
    return [bridge for _, _, bridge in boundary_cuts(text)]


# "消费节叫什么名字": the segmenter's guesses for unknown runs glue a name's last character to the
# verb that asks for it (节叫); the verb is cut off first.
_NAMING_VERB = re.compile(r"(?<=[\u4e00-\u9fff])(?=叫(?:什么|啥|做|作|哪))")


def _cut(text: str) -> list[str]:
    return _jieba().lcut(_NAMING_VERB.sub(" ", normalize(text)))  # type: ignore[no-any-return]


def content_terms(text: str) -> list[str]:
    """Distinct content words of a question (no bigrams), for coverage checks."""
    stop = stopwords()
    seen: dict[str, None] = {}
    for word in _cut(text):
        word = word.strip()
        if word and word not in stop and _TOKEN_OK.search(word):
            seen.setdefault(word, None)
    return list(seen)


def words(text: str) -> list[str]:
    """The words of a text in order, grammar words and punctuation included (jieba's cut)."""
    return [w for w in (w.strip() for w in _cut(text)) if w]


def _dictionary_path() -> Path:
    """The segmenter's own dictionary file (its words, counts and parts of speech)."""
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


@functools.lru_cache(maxsize=1)
def _dictionary_text() -> str:
    path = _dictionary_path()
    return path.read_text(encoding="utf-8") if path.exists() else ""


@functools.lru_cache(maxsize=4096)
def word_class(word: str) -> str:
    """The segmenter's dictionary's part of speech for a word ("v" 拿出, "n" 棉纱, "vn" 培育), "" when
    it does not know the word. Read from its dictionary file on first use (under a tenth of a
    second), for the rare question that needs it."""
    found = re.search(rf"^{re.escape(word)} \d+ (\w+)$", _dictionary_text(), re.M)
    return found.group(1) if found else ""


def dictionary_count(word: str) -> int:
    """How often the segmenter's dictionary saw the word (0: not a word it knows, a name it
    guessed from its characters)."""
    return int(_jieba().FREQ.get(word) or 0)

"""Which of a list of short texts (titles, issuers, 文号) contain a string, without a scan.

Every question asks which documents' titles hold one of its words; with thousands of documents a
scan of every title per word is most of the question's time. `TextPostings` keeps, for each
character and each pair of adjacent characters, the texts that hold it: a one- or two-character
string is one lookup, a longer one is checked only in the texts that hold all its pairs. The
answers are exactly those of `term in text`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_NONE = np.zeros(0, dtype=np.int64)


class TextPostings:
    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        grams: dict[str, list[int]] = {}
        for row, text in enumerate(self.texts):
            for gram in {*text, *(text[i : i + 2] for i in range(len(text) - 1))}:
                grams.setdefault(gram, []).append(row)
        self._grams = {g: np.asarray(rows, dtype=np.int64) for g, rows in grams.items()}
        self._cache: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def gram_rows(self, gram: str) -> np.ndarray:
        """The texts holding a character or a pair of characters (sorted rows)."""
        return self._grams.get(gram, _NONE)

    def containing(self, term: str) -> np.ndarray:
        """The rows (ascending) of the texts that contain `term`."""
        found = self._cache.get(term)
        if found is not None:
            return found
        if not term:
            found = np.arange(len(self.texts), dtype=np.int64)
        elif len(term) <= 2:
            found = self.gram_rows(term)
        else:
            postings = sorted((self.gram_rows(term[i : i + 2]) for i in range(len(term) - 1)), key=len)
            rows = postings[0]
            for other in postings[1:]:
                if not len(rows):
                    break
                rows = np.intersect1d(rows, other, assume_unique=True)
            texts = self.texts
            found = np.asarray([r for r in rows.tolist() if term in texts[r]], dtype=np.int64)
        if len(self._cache) > 20_000:
            self._cache.clear()
        self._cache[term] = found
        return found

    def pair_share(self, term: str) -> np.ndarray:
        """For each text, the share of the term's adjacent pairs (counted with repeats) that it
        holds: `sum(b in text for b in pairs) / len(pairs)`."""
        pairs = [term[i : i + 2] for i in range(len(term) - 1)]
        counts = np.zeros(len(self.texts), dtype=np.int64)
        for pair in pairs:
            counts[self.gram_rows(pair)] += 1
        return counts / len(pairs) if pairs else counts.astype(np.float64)

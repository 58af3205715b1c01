"""Prompt templates live in prompts/ as files with $named slots. Filling one with a slot missing,
or with a slot the file does not have, is an error: a silent gap in a prompt is a bug."""

from __future__ import annotations

import functools
import re
import string

from index.resources import bundled_dir

PROMPTS_DIR = bundled_dir("prompts", package="assistant")  # prompts/ of the checkout, or inside the wheel


class PromptError(Exception):
    pass


class Prompt:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.template = string.Template(text)
        self.slots = frozenset(m.group("named") or m.group("braced")
                               for m in self.template.pattern.finditer(text)
                               if m.group("named") or m.group("braced"))

    def fill(self, **values: str) -> str:
        missing = self.slots - values.keys()
        extra = values.keys() - self.slots
        if missing or extra:
            raise PromptError(f"prompt '{self.name}': missing slots {sorted(missing)}, unknown slots {sorted(extra)}")
        # Values are inserted once; a "$x" inside a document is never expanded again.
        return self.template.substitute(values)


@functools.cache
def load_prompt(name: str) -> Prompt:
    path = PROMPTS_DIR / f"{name}.txt"
    if not path.exists():
        raise PromptError(f"no prompt file {path}")
    return Prompt(name, path.read_text(encoding="utf-8"))


def strip_fences(text: str) -> str:
    """Document text must not be able to close the <documents> block it sits in."""
    return re.sub(r"</?\s*documents\s*>", "", text, flags=re.I)

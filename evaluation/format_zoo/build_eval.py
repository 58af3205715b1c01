"""Build the zoo's questions in the evaluation runner's format: zoo.jsonl, with the documents of
both halves in zoo_docs/ (the runner indexes `<questions>_docs/` with the notice and both corpora).

    python evaluation/format_zoo/build_eval.py
    python -m evaluation.run --no-baselines --questions evaluation/format_zoo/zoo.jsonl --out /tmp/zoo
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def main() -> None:
    docs = ROOT / "zoo_docs"
    docs.mkdir(exist_ok=True)
    out = []
    for half in ("office", "web"):
        for f in sorted((ROOT / half / "docs").iterdir()):
            shutil.copy(f, docs / f.name)
        for line in (ROOT / half / "questions.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            answerable = bool(q["answerable"])
            out.append({"id": q["id"], "kind": "local" if answerable else "unanswerable", "question": q["question"],
                        "history": [], "answerable": answerable, "doc": Path(q["file"]).stem if answerable else None,
                        "evidence": [q["evidence"]] if answerable else [],
                        "key_facts": q["key_facts"] if answerable else [], "clarify": False})
    (ROOT / "zoo.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{len(out)} questions, {sum(o['answerable'] for o in out)} answerable, documents in {docs}")


if __name__ == "__main__":
    main()

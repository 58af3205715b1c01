"""Benchmark of the 责任分工 / 专题 / 企业对照 tools (numbers for the README; not a test).

    python bench/tools_bench.py [--index-dir .eval-index] [--repeat 20]

On the evaluation library (the notice, both report collections; built by `python -m
evaluation.run` or on first use): warm median and p95 of a duty list over the whole library,
one actor's duties, a topic by document and by year, and 企业对照; then what duty extraction
adds to indexing: extraction time over every document against the time to build the same
documents from their files (load, clean, metadata, headings, chunks). Targets: a duty list or a
topic view over the whole library under 200 ms warm; extraction under 10% of indexing time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
for key, value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
                   "GRADIO_ANALYTICS_ENABLED": "False"}.items():
    os.environ.setdefault(key, value)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, default=ROOT / ".eval-index")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from assistant import Assistant, Settings
    from evaluation.run import build_index
    from index.chunking import ChunkSettings
    from index.documents import build_document
    from index.duties import extract_duties
    from index.kb import expand_paths
    from index.loaders import load

    assistant, _ = build_index(args.index_dir, progress=False)
    assistant = Assistant(Settings.from_env(index_dir=args.index_dir), kb=assistant.kb)
    docs = assistant.documents()
    print(f"library: {len(docs)} documents, {len(assistant.kb.chunks)} clauses")
    everything = [d.doc_id for d in docs]
    cases: list[tuple[str, Callable[[], object]]] = [
        ("duties, whole library (all roles)", lambda: assistant.duties(doc_ids=everything)),
        ("duties, actor 商务", lambda: assistant.duties(actor="商务")),
        ("topic 纺织 by document", lambda: assistant.topic("纺织")),
        ("topic 纺织 by year", lambda: assistant.topic("纺织", "year")),
        ("topic 扩大内需 by year", lambda: assistant.topic("扩大内需", "year")),
        ("relevant_to (a sentence)", lambda: assistant.relevant_to("我们是中西部的棉纺企业，想做数字化")),
    ]
    rows = len(assistant.duties(doc_ids=everything))
    print(f"duty rows in the whole library: {rows}")
    for name, fn in cases:
        p50, p95 = timed(fn, args.repeat)
        print(f"{name:40s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")

    paths = expand_paths([ROOT / "seeds", ROOT / "evaluation" / "corpora"])
    t0 = time.perf_counter()
    built = [build_document(raw, ChunkSettings()) for p in paths for raw in load(p)]
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in built:
        extract_duties(doc)
    extract_s = time.perf_counter() - t0
    print(f"building {len(built)} documents from files: {build_s:.2f} s (duty extraction included); "
          f"duty extraction alone: {extract_s:.3f} s = {100 * extract_s / max(build_s - extract_s, 1e-9):.1f}% "
          "of the rest of document building")
    import tempfile

    from index.kb import KnowledgeBase

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.from_env(index_dir=Path(folder)).index
        t0 = time.perf_counter()
        KnowledgeBase(settings).add([ROOT / "seeds", ROOT / "evaluation" / "corpora"])
        index_s = time.perf_counter() - t0
    print(f"indexing the same files into a fresh index: {index_s:.1f} s; duty extraction is "
          f"{100 * extract_s / index_s:.1f}% of it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

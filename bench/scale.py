"""How the index and `ask` grow with the library (numbers for the README; not a test).

    python bench/scale.py [--sizes 1,4,10] [--unit-chars 1000000] [--laws DIR] [--out bench/results]

One size unit is about a million characters; the largest size (10) is the whole library: the
notice, the two report corpora of evaluation/corpora/ and the law corpus (--laws, default
../shared/corpora/laws/: 1,510 laws and regulations), about 10 M characters. Smaller sizes take
the notice and the first records of each corpus until the size is reached. Each size is measured
in fresh processes, in a fresh folder, with the default settings:

  build_s        indexing everything from nothing (the seeds with their roles, as
                 `python -m index build` does, then the library), and its peak memory (every time
                 also as CPU seconds: the machine may be shared, wall time then measures the
                 neighbours too; the load average before and after is printed)
  add_one_s      adding one more notice-sized document to the built index, in a process that
                 has the index open and its tokeniser loaded (a server that has answered a question)
  open_s         opening the index in a new process (what a server does at start)
  warm p50/p95   `ask` (LLM-free) over the evaluation questions, after one warm-up question
  serve_rss_mb   the serving process's resident memory after answering them

It prints a table and each measure's growth from the smallest size, writes scale.json and
draws scale.svg (the curve the README shows). With `--keep DIR --reuse`, an index kept in DIR by
an earlier run over the same library (and built by the same index format) is not built again: its
build numbers are those of the run that built it, and only the added notice is taken out before
the other measures are taken again (for working on open, add and ask times).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from index.offline import go_offline  # noqa: E402  (after the path is set)

# Offline, and OpenMP threads that wait passively: without it the e5 query vector took 0.1-1.7 s
# instead of ~15 ms of CPU on a busy machine (the entry points set the same, index/offline.py).
go_offline()

DEFAULT_LAWS = ROOT.parent / "shared" / "corpora" / "laws"
SEED = ROOT / "seeds" / "miit-mofcom-2023-87-textile-apparel-upgrade-notice.txt"


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu_s() -> float:
    """CPU seconds of this process and of its finished children (the tokenising workers): on a
    machine shared with other work, wall time says more about the neighbours than about us."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ----- children (one process per measure, so memory is the measure's own) -----------------------
def child_build(index_dir: Path, library: Path) -> dict:
    from index.kb import KnowledgeBase
    from index.seeds import add_with_roles
    from index.settings import IndexSettings

    t0, c0 = time.perf_counter(), _cpu_s()
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    report = add_with_roles(kb, [ROOT / "seeds"])
    more = kb.add([library])
    build_s, build_cpu = time.perf_counter() - t0, _cpu_s() - c0
    if report.failed or more.failed:
        raise SystemExit("; ".join(str(e) for e in report.failed + more.failed))
    return {"documents": len(kb.docs), "chunks": len(kb.chunks), "build_s": round(build_s, 1),
            "build_cpu_s": round(build_cpu, 1), "build_peak_mb": round(_peak_mb())}


def child_add(index_dir: Path, extra: Path) -> dict:
    """One more document added to an open index (opening it is measured on its own)."""
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings
    from index.textnorm import tokenize

    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    tokenize("开始")  # a serving process has its tokeniser loaded (by its first question)
    t0, c0 = time.perf_counter(), _cpu_s()
    added = kb.add([extra])
    add_s, add_cpu = time.perf_counter() - t0, _cpu_s() - c0
    assert added.added, added
    return {"add_one_s": round(add_s, 2), "add_one_cpu_s": round(add_cpu, 2), "add_one_embedded": added.embedded_chunks}


def child_reset(index_dir: Path, extra: Path) -> dict:
    """Take the added document out of a kept index again (before measuring its addition anew)."""
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    with contextlib.suppress(KeyError):
        kb.remove(str(extra.resolve()))
    return {"documents": len(kb.docs), "chunks": len(kb.chunks)}


def child_serve(index_dir: Path) -> dict:
    from assistant import Assistant, Settings
    from evaluation.run import load_questions
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    t0, c0 = time.perf_counter(), _cpu_s()
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    open_s, open_cpu = time.perf_counter() - t0, _cpu_s() - c0
    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_dir)), kb=kb)
    t1 = time.perf_counter()
    assistant.ask("这份通知的联系人是谁？")
    first_s = time.perf_counter() - t1
    latencies, cpu = [], []
    for item in load_questions():
        t, c = time.perf_counter(), time.process_time()
        assistant.ask(item.question)
        latencies.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    latencies.sort()
    cpu.sort()

    def p(values: list[float], q: float) -> float:
        return round(values[int(q * (len(values) - 1))], 1)

    return {"open_s": round(open_s, 2), "open_cpu_s": round(open_cpu, 2), "first_ask_s": round(first_s, 2),
            "ask_p50_ms": p(latencies, 0.5), "ask_p95_ms": p(latencies, 0.95),
            "ask_cpu_p50_ms": p(cpu, 0.5), "ask_cpu_p95_ms": p(cpu, 0.95), "serve_rss_mb": round(_rss_mb())}


# ----- the run -------------------------------------------------------------------------------------
def make_library(folder: Path, laws: Path, chars: int) -> int:
    """The report corpora, then the laws, record by record until `chars` characters (with the
    bundled seeds); written as .jsonl files of the same names, so document ids are those of the
    full library. A record that is a bundled seed (the related laws ship in seeds/ too) is already
    in the library and is left out. Returns the characters taken."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = {p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "seeds").rglob("*"))
             if p.suffix in (".md", ".txt") and p.name != "README.md"}
    taken = sum(len(text) for text in seeds)
    sources = sorted((ROOT / "evaluation" / "corpora").glob("*.jsonl")) + sorted(laws.glob("*.jsonl"))
    for source in sources:
        lines = []
        for line in source.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if taken >= chars:
                break
            content = json.loads(line)["content"]
            if content.strip() in seeds:
                continue
            taken += len(content)
            lines.append(line)
        if lines:
            (folder / source.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return taken


def _library_key(library: Path) -> str:
    """What an index kept by an earlier run must have been built from: the library's files, the
    seeds and the index format."""
    from index.files import FORMAT_VERSION

    digest = hashlib.sha256(str(FORMAT_VERSION).encode())
    for path in sorted([*library.rglob("*"), *(ROOT / "seeds").rglob("*")]):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _run_child(*args: str) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"bench child {args[0]} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def svg_chart(rows: list[dict], measures: list[tuple[str, str]]) -> str:
    """Small multiples: one panel per measure, characters (M) on x, the measure on y."""
    width, height, pad = 230, 170, 38
    panels = []
    xs = [r["chars"] / 1e6 for r in rows]
    for i, (key, label) in enumerate(measures):
        ys = [float(r[key]) for r in rows]
        x0, y0 = (i % 3) * (width + 20), (i // 3) * (height + 30)
        top = max(ys) * 1.15 or 1.0
        right = max(xs) * 1.05 or 1.0

        def px(x: float, y: float, x0: int = x0, y0: int = y0, top: float = top, right: float = right
               ) -> tuple[float, float]:
            return x0 + pad + (width - pad - 8) * x / right, y0 + height - pad + 8 - (height - pad - 10) * y / top

        points = " ".join(f"{px(x, y)[0]:.1f},{px(x, y)[1]:.1f}" for x, y in zip(xs, ys, strict=True))
        ax0, ay0 = px(0, 0)
        ax1, _ = px(right, 0)
        _, ay1 = px(0, top)
        parts = [f'<text x="{x0 + pad}" y="{y0 + 14}" font-size="12" font-weight="bold">{label}</text>',
                 f'<line x1="{ax0}" y1="{ay0}" x2="{ax1}" y2="{ay0}" stroke="#444"/>',
                 f'<line x1="{ax0}" y1="{ay0}" x2="{ax0}" y2="{ay1}" stroke="#444"/>',
                 f'<polyline points="{points}" fill="none" stroke="#1f6fb2" stroke-width="2"/>']
        for x, y in zip(xs, ys, strict=True):
            cx, cy = px(x, y)
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3" fill="#1f6fb2"/>')
            parts.append(f'<text x="{cx + 4:.1f}" y="{cy - 5:.1f}" font-size="10">{y:g}</text>')
            parts.append(f'<text x="{cx:.1f}" y="{ay0 + 13:.1f}" font-size="9" text-anchor="middle">{x:.1f}M</text>')
        panels.append("".join(parts))
    total_w, total_h = 3 * (width + 20), ((len(measures) + 2) // 3) * (height + 30)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_w}" height="{total_h}" '
            f'font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>{"".join(panels)}</svg>\n')


MEASURES = [("build_cpu_s", "build, CPU (s)"), ("add_one_cpu_s", "add one notice, CPU (s)"),
            ("open_cpu_s", "open index, CPU (s)"), ("ask_cpu_p50_ms", "ask p50, CPU (ms)"),
            ("ask_cpu_p95_ms", "ask p95, CPU (ms)"), ("serve_rss_mb", "serving memory (MB)")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,4,10", help="library sizes in units (default 1,4,10)")
    parser.add_argument("--unit-chars", type=int, default=1_000_000, help="characters in one unit")
    parser.add_argument("--laws", type=Path, default=DEFAULT_LAWS, help="folder of the law corpus (.jsonl)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--keep", type=Path, default=None, help="keep the indexes in this folder")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: do not build again an index kept there for the same library")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        children: dict[str, Callable[..., dict]] = {"build": child_build, "add": child_add, "reset": child_reset,
                                                     "serve": child_serve}
        print(json.dumps(children[kind](*map(Path, rest))))
        return 0
    if not args.laws.is_dir():
        raise SystemExit(f"{args.laws}: no law corpus there; pass --laws DIR")
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.keep or Path(tempfile.mkdtemp(prefix="gongwen-scale-"))
    extra = work / "another-notice.txt"
    work.mkdir(parents=True, exist_ok=True)
    extra.write_text(SEED.read_text(encoding="utf-8").replace("2023", "2025").replace("纺织服装", "家用电器"),
                     encoding="utf-8")
    rows = []
    try:
        for size in sizes:
            library = work / f"library-{size}"
            shutil.rmtree(library, ignore_errors=True)
            chars = make_library(library, args.laws, size * args.unit_chars)
            index_dir = work / f"index-{size}"
            stamp = work / f"index-{size}.built.json"
            key = _library_key(library)
            load_before = _load()
            kept = json.loads(stamp.read_text()) if args.reuse and stamp.is_file() and index_dir.is_dir() else {}
            if kept.get("key") == key:
                row = {"size": size, "chars": chars, **kept["build"], "build_reused": True}
                row.update(_run_child("reset", str(index_dir), str(extra)))
            else:
                stamp.unlink(missing_ok=True)
                shutil.rmtree(index_dir, ignore_errors=True)
                row = {"size": size, "chars": chars, **_run_child("build", str(index_dir), str(library))}
                build = {k: row[k] for k in ("documents", "chunks", "build_s", "build_cpu_s", "build_peak_mb")}
                stamp.write_text(json.dumps({"key": key, "build": build}))
            row.update(_run_child("add", str(index_dir), str(extra)))
            row.update(_run_child("serve", str(index_dir)))
            row["load_avg"] = f"{load_before} -> {_load()}"
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    base = rows[0]
    growth = {f"{r['size']}x/{base['size']}x": {k: round(float(r[k]) / max(float(base[k]), 1e-9), 2)
                                               for k in ("chars", "chunks", "build_s", "open_s", "ask_p50_ms",
                                                         "ask_p95_ms", *(m for m, _ in MEASURES))}
              for r in rows[1:]}
    result = {"rows": rows, "growth": growth, "machine": f"{os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d")}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scale.json").write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    (args.out / "scale.svg").write_text(svg_chart(rows, MEASURES), encoding="utf-8")
    keys = ["size", "chars", "documents", "chunks", "build_s", "build_cpu_s", "build_peak_mb", "add_one_s",
            "add_one_cpu_s", "open_s", "open_cpu_s", "first_ask_s", "ask_p50_ms", "ask_p95_ms", "ask_cpu_p50_ms",
            "ask_cpu_p95_ms", "serve_rss_mb", "load_avg"]
    print("| " + " | ".join(keys) + " |\n|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(str(r[k]) for k in keys) + " |")
    print("\ngrowth from the smallest size:")
    for name, ratios in growth.items():
        print(f"  {name}: " + ", ".join(f"{k} ×{v}" for k, v in ratios.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

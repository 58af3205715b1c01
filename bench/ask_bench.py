"""Answer latency benchmark (numbers for the README; not a test).

    python bench/ask_bench.py [--index-dir DIR] [--rounds 3]

Warm `ask` latency (LLM-free) over every evaluation question with the notice and both corpora
indexed, p50 and p95; and the cold start of `python -m assistant ask` (median of 5 runs).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=ROOT / ".eval-index")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    from evaluation.run import build_index, load_questions

    assistant, _stats = build_index(args.index_dir, progress=False)
    questions = [i.question for i in load_questions()]
    assistant.ask("预热")
    latencies = []
    for _ in range(args.rounds):
        for q in questions:
            t0 = time.perf_counter()
            assistant.ask(q)
            latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    cold = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "ask", "这份通知的联系人是谁？", "--json",
                        "--index-dir", str(args.index_dir)], check=True, capture_output=True, cwd=ROOT)
        cold.append(time.perf_counter() - t0)
    result = {
        "questions": len(questions) * args.rounds,
        "warm_p50_ms": round(latencies[len(latencies) // 2], 1),
        "warm_p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "warm_max_ms": round(latencies[-1], 1),
        "cold_cli_median_s": round(statistics.median(cold), 2),
        "cold_cli_max_s": round(max(cold), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "date": time.strftime("%Y-%m-%d"),
    }
    from common import report

    report(result, args.out, "ask")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

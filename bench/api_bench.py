"""HTTP API benchmark (numbers for the README; not a test).

    python bench/api_bench.py [--index-dir DIR] [--requests 200] [--clients 16]

Starts `python -m assistant serve` on the evaluation index (the notice and both corpora, LLM-free)
and times `POST /api/ask` through httpx: p50/p95 for one client asking one question after another,
then p50/p95 and requests per second with 16 clients asking at once. The load generator shares
the machine (2 cores) with the server; traffic stays on 127.0.0.1.
Targets: one client p50 <= 30 ms; 16 clients p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

QUESTIONS = ["我们是服装出口企业，这个活动对我们有什么支持？", "工作任务有哪几个方面？", "各地商务主管部门要报送什么？",
             "通知的联系人是谁？", "活动有多少补贴资金？", "2024年政府工作报告中的赤字率是多少？"]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


def one_client(url: str, n: int) -> dict[str, float]:
    import httpx

    latencies = []
    with httpx.Client(base_url=url, timeout=30, trust_env=False) as client:
        for i in range(n):
            started = time.perf_counter()
            response = client.post("/api/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]})
            latencies.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
    return {"requests": n, "p50_ms": round(statistics.median(latencies), 1), "p95_ms": round(_pct(latencies, 0.95), 1)}


def many_clients(url: str, clients: int, per_client: int) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)

    def user(offset: int) -> None:
        with httpx.Client(base_url=url, timeout=60, trust_env=False) as client:
            client.get("/api/health")  # connect before the clock starts
            start.wait()
            for i in range(per_client):
                t0 = time.perf_counter()
                response = client.post("/api/ask", json={"question": QUESTIONS[(offset + i) % len(QUESTIONS)]})
                elapsed = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(elapsed)
                    if response.status_code != 200:
                        errors.append(str(response.status_code))

    threads = [threading.Thread(target=user, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    start.wait()
    wall = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    return {"clients": clients, "requests": len(latencies), "errors": len(errors),
            "p50_ms": round(statistics.median(latencies), 1), "p95_ms": round(_pct(latencies, 0.95), 1),
            "requests_per_s": round(len(latencies) / wall, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=ROOT / ".eval-index")
    parser.add_argument("--port", type=int, default=7898)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--per-client", type=int, default=30)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    from common import report
    from conftest import wait_for_port

    from evaluation.run import build_index

    build_index(args.index_dir, progress=False)  # the notice and both corpora
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(args.port),
                             "--index-dir", str(args.index_dir)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for_port(args.port, 120, proc)
        url = f"http://127.0.0.1:{args.port}"
        one_client(url, 30)  # warm up
        single = one_client(url, args.requests)
        multi = many_clients(url, args.clients, args.per_client)
    finally:
        proc.terminate()
        proc.wait(20)
    result = {"one client p50 ms": single["p50_ms"], "one client p95 ms": single["p95_ms"],
              "one client requests": single["requests"],
              f"{multi['clients']} clients p50 ms": multi["p50_ms"], f"{multi['clients']} clients p95 ms": multi["p95_ms"],
              f"{multi['clients']} clients requests/s": multi["requests_per_s"],
              f"{multi['clients']} clients requests (errors)": f"{multi['requests']} ({multi['errors']})",
              "cores": os.cpu_count(), "date": time.strftime("%Y-%m-%d")}
    report(result, args.out, "api")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

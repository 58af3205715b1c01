"""Load benchmark for many users (issue 12; numbers for the README, not a test).

    python bench/load_bench.py [--chroma-url URL] [--index-dir DIR] [--total 20000] [--modes 1,2]

Builds the evaluation library (the notice and both corpora) with its vectors on a Chroma server
(`chroma run`, started here on a free port unless --chroma-url is given), then for one process and
for two workers (`python -m assistant serve --workers 2`):

1. raw HTTP users (httpx, one connection each, no gradio_client) ask one question after another at
   8, 16 and 32 concurrent users: answers per second, p50/p95 latency, errors;
2. keeps going at 16 users until the server has answered --total requests in all, and reads the
   resident memory (RSS) of the serving processes after the warm-up and every few thousand
   requests: it must level off, not grow with the number of requests.

The mix is what a deployment sees: POST /api/ask (8 in 10), POST /v1/chat/completions (1 in 10) and
the web page's own Gradio call route (1 in 10: POST /gradio_api/call/chat, then its event stream,
each making a Gradio session). An answer counts as an error unless it is HTTP 200 with an answer in
it. LLM-free. The load generator runs on the same 2 cores as the server; its CPU time is reported
separately so that the share it takes is visible.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
for _name, _value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
                      "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False"}.items():
    os.environ.setdefault(_name, _value)

QUESTIONS = ["我们是服装出口企业，这个活动对我们有什么支持？", "工作任务有哪几个方面？", "各地商务主管部门要报送什么？",
             "通知的联系人是谁？", "活动有多少补贴资金？", "2024年政府工作报告中的赤字率是多少？",
             "What does the notice ask local commerce departments to do?", "活动的时间安排是怎样的？"]
LEVELS = (8, 16, 32)
SOAK_USERS = 16


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float) -> None:
    from conftest import wait_for_port  # the tests' helper: one way to wait for a server

    wait_for_port(port, timeout, proc)


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """`python -m assistant serve` (one process or N workers) and the processes that answer."""

    def __init__(self, index_dir: Path, chroma_url: str, workers: int) -> None:
        self.port = _free_port()
        self.workers = workers
        env = {**os.environ, "GONGWEN_CHROMA_URL": chroma_url, "GONGWEN_COLLECTION": "load_bench"}
        self.proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(self.port),
                                      "--index-dir", str(index_dir), "--workers", str(workers)],
                                     cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait_port(self.port, self.proc, 300)
        self.url = f"http://127.0.0.1:{self.port}"

    def serving_pids(self) -> list[int]:
        """The processes that answer: the server itself, or the workers under uvicorn's supervisor."""
        if self.workers == 1:
            return [self.proc.pid]
        return [p for p in _children(self.proc.pid) if _rss_mb(p) > 100]  # not the small resource tracker

    def rss_mb(self) -> list[float]:
        return [round(_rss_mb(p), 1) for p in self.serving_pids()]

    def cpu_s(self) -> float:
        return sum(_cpu_s(p) for p in [self.proc.pid, *_children(self.proc.pid)])

    def close(self) -> str:
        self.proc.send_signal(signal.SIGTERM)
        try:
            _, err = self.proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err.decode(errors="replace")[-2000:]


async def _one(client: Any, k: int) -> bool:
    """One answer of the mix; True when it is a real answer."""
    question = QUESTIONS[k % len(QUESTIONS)]
    kind = k % 10
    if kind == 3:
        r = await client.post("/v1/chat/completions", json={"model": "gongwen-assistant",
                                                           "messages": [{"role": "user", "content": question}]})
        return r.status_code == 200 and bool(r.json()["choices"][0]["message"]["content"])
    if kind == 7:
        r = await client.post("/gradio_api/call/chat", json={"data": [question, None]})
        if r.status_code != 200:
            return False
        stream = await client.get(f"/gradio_api/call/chat/{r.json()['event_id']}")
        return stream.status_code == 200 and "event: complete" in stream.text
    r = await client.post("/api/ask", json={"question": question})
    return r.status_code == 200 and bool(r.json().get("answer"))


async def _run(url: str, users: int, requests: int, offset: int) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(requests))

    async def user(u: int) -> None:
        async with httpx.AsyncClient(base_url=url, timeout=120, trust_env=False) as client:
            await client.get("/api/health")  # connect before the clock starts
            await ready.wait()
            for k in counter:
                t0 = time.perf_counter()
                try:
                    ok = await _one(client, offset + k * 7 + u)
                except Exception as exc:  # an error is a number here
                    ok, why = False, type(exc).__name__
                else:
                    why = "bad answer"
                latencies.append(time.perf_counter() - t0)
                if not ok:
                    errors.append(why)

    ready = asyncio.Event()
    tasks = [asyncio.create_task(user(u)) for u in range(users)]
    await asyncio.sleep(0.5)
    started = time.perf_counter()
    ready.set()
    await asyncio.gather(*tasks)
    wall = time.perf_counter() - started
    latencies.sort()
    return {"users": users, "requests": len(latencies), "errors": len(errors),
            "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1),
            "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
            "answers_per_s": round(len(latencies) / wall, 1), "error_kinds": sorted(set(errors))}


def measure(server: Server, per_level: int, total: int) -> dict[str, Any]:
    done = 0
    asyncio.run(_run(server.url, 8, 200, 0))  # warm up every worker
    done += 200
    rss: list[dict[str, Any]] = [{"requests": done, "rss_mb": server.rss_mb()}]
    cpu0, gen0 = server.cpu_s(), resource.getrusage(resource.RUSAGE_SELF)
    levels = []
    for users in LEVELS:
        row = asyncio.run(_run(server.url, users, per_level, done))
        done += row["requests"]
        levels.append(row)
        print(f"  {server.workers} process(es), {users} users: {row}", flush=True)
    soak_errors = 0
    step = 2500
    while done < total:
        row = asyncio.run(_run(server.url, SOAK_USERS, min(step, total - done), done))
        done += row["requests"]
        soak_errors += row["errors"]
        rss.append({"requests": done, "rss_mb": server.rss_mb()})
        print(f"  {done} requests, RSS {rss[-1]['rss_mb']} MB", flush=True)
    gen1 = resource.getrusage(resource.RUSAGE_SELF)
    start_rss, end_rss = sum(rss[0]["rss_mb"]), sum(rss[-1]["rss_mb"])
    return {"workers": server.workers, "levels": levels, "rss": rss, "requests": done,
            "soak_errors": soak_errors, "rss_start_mb": round(start_rss, 1), "rss_end_mb": round(end_rss, 1),
            "rss_growth_mb": round(end_rss - start_rss, 1),
            "server_cpu_s": round(server.cpu_s() - cpu0, 1),
            "load_generator_cpu_s": round(gen1.ru_utime + gen1.ru_stime - gen0.ru_utime - gen0.ru_stime, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chroma-url", help="a running Chroma server (default: start `chroma run` here)")
    parser.add_argument("--index-dir", type=Path, default=ROOT / ".eval-index-chroma")
    parser.add_argument("--modes", default="1,2", help="worker counts to measure")
    parser.add_argument("--per-level", type=int, default=1500, help="requests at each of 8/16/32 users")
    parser.add_argument("--total", type=int, default=20_000, help="requests per mode in all (RSS is read over them)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()

    chroma_proc = None
    chroma_dir = None
    if not args.chroma_url:
        chroma_dir = Path(tempfile.mkdtemp(prefix="load-bench-chroma-"))
        port = _free_port()
        chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
        chroma_proc = subprocess.Popen([chroma, "run", "--path", str(chroma_dir), "--host", "127.0.0.1",
                                        "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_port(port, chroma_proc, 120)
        args.chroma_url = f"http://127.0.0.1:{port}"
        shutil.rmtree(args.index_dir, ignore_errors=True)  # its vectors lived on another server
    try:
        os.environ["GONGWEN_CHROMA_URL"] = args.chroma_url
        os.environ["GONGWEN_COLLECTION"] = "load_bench"
        from evaluation.run import build_index

        _, stats = build_index(args.index_dir, progress=False)
        print(f"library: {stats['documents']:.0f} documents, {stats['chunks']:.0f} chunks; Chroma at {args.chroma_url}")
        results = []
        for workers in (int(w) for w in args.modes.split(",")):
            server = Server(args.index_dir, args.chroma_url, workers)
            try:
                results.append(measure(server, args.per_level, args.total))
            finally:
                log = server.close()
            if "Traceback" in log:
                print(f"server log of the {workers}-process run:\n{log}", file=sys.stderr)
    finally:
        if chroma_proc is not None:
            chroma_proc.terminate()
            chroma_proc.wait(30)
        if chroma_dir is not None:
            shutil.rmtree(chroma_dir, ignore_errors=True)
    out = {"date": time.strftime("%Y-%m-%d"), "cores": os.cpu_count(), "python": sys.version.split()[0],
           "mix": "8/10 POST /api/ask, 1/10 POST /v1/chat/completions, 1/10 Gradio /gradio_api/call/chat",
           "results": results}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "load.json").write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    print("| processes | users | answers/s | p50 ms | p95 ms | errors |\n|---|---|---|---|---|---|")
    for r in results:
        for row in r["levels"]:
            print(f"| {r['workers']} | {row['users']} | {row['answers_per_s']} | {row['p50_ms']} | {row['p95_ms']} | "
                  f"{row['errors']}/{row['requests']} |")
    for r in results:
        print(f"{r['workers']} process(es): RSS {r['rss_start_mb']} -> {r['rss_end_mb']} MB over {r['requests']} "
              f"requests (growth {r['rss_growth_mb']} MB, {r['soak_errors']} soak errors); server CPU "
              f"{r['server_cpu_s']} s, load generator CPU {r['load_generator_cpu_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

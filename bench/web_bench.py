"""Web benchmark (numbers for the README; not a test).

    python bench/web_bench.py [--index-dir DIR]

1. In headless Chromium: time from pressing 提问 to the first streamed text and to the full answer
   (citations shown), median of several questions.
2. Concurrent users through gradio_client (`/chat`, LLM-free): p95 latency at 1, 2, 4, ... users,
   up to the first level where p95 passes 1 s. Traffic stays on 127.0.0.1 and is bounded.
"""

from __future__ import annotations

import argparse
import json
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
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

QUESTIONS = ["我们是服装出口企业，这个活动对我们有什么支持？", "工作任务有哪几个方面？", "各地商务主管部门要报送什么？",
             "通知的联系人是谁？", "活动有多少补贴资金？", "2024年政府工作报告中的赤字率是多少？"]
WATCH = """() => {
  window.__t = {};
  const bot = () => [...document.querySelectorAll('#chatbot .message-row, #chatbot [data-testid=bot]')].pop();
  const cites = document.querySelector('#citations');
  const before = cites.innerText;
  new MutationObserver(() => {
    const b = document.querySelector('#chatbot');
    if (!window.__t.first && b && /根据|现有文件|According|《/.test(b.innerText)) window.__t.first = performance.now();
  }).observe(document.querySelector('#chatbot'), {subtree: true, childList: true, characterData: true});
  new MutationObserver(() => {
    if (!window.__t.full && cites.innerText !== before) window.__t.full = performance.now();
  }).observe(cites, {subtree: true, childList: true, characterData: true});
  window.__t.start = performance.now();
}"""


def browser_times(url: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    firsts, fulls = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.goto(url)
        page.wait_for_selector("#question textarea", timeout=60_000)
        for q in QUESTIONS:
            page.get_by_role("button", name="新对话").click()
            time.sleep(0.3)
            page.locator("#question textarea").fill(q)
            page.evaluate(WATCH)
            page.locator("#send").click()
            page.wait_for_function("() => window.__t.full && window.__t.first", timeout=30_000)
            t = page.evaluate("() => window.__t")
            firsts.append(t["first"] - t["start"])
            # The answer is complete when both its text and its citations are on screen.
            fulls.append(max(t["full"], t["first"]) - t["start"])
        browser.close()
    return {"first_text_ms_median": round(statistics.median(firsts)),
            "full_answer_ms_median": round(statistics.median(fulls)), "full_answer_ms_max": round(max(fulls))}


def _user(client, offset: int, count: int, latencies: list[float], lock: threading.Lock) -> None:  # type: ignore[no-untyped-def]
    for i in range(count):
        t0 = time.perf_counter()
        client.predict(QUESTIONS[(offset + i) % len(QUESTIONS)], None, api_name="/chat")
        with lock:
            latencies.append(time.perf_counter() - t0)


def concurrency(url: str, per_user: int = 6, limit_s: float = 1.0) -> list[dict[str, float]]:
    from gradio_client import Client

    rows = []
    for users in (1, 2, 4, 8, 16, 32):
        clients = [Client(url, analytics_enabled=False, verbose=False) for _ in range(users)]
        latencies: list[float] = []
        lock = threading.Lock()

        threads = [threading.Thread(target=_user, args=(c, k, per_user, latencies, lock)) for k, c in enumerate(clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        latencies.sort()
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        rows.append({"users": users, "p50_s": round(latencies[len(latencies) // 2], 3), "p95_s": round(p95, 3),
                     "answers_per_s": round(len(latencies) / wall, 1)})
        print(rows[-1], flush=True)
        if p95 > limit_s:
            break
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=ROOT / ".eval-index")
    parser.add_argument("--port", type=int, default=7899)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    from conftest import wait_for_port

    from evaluation.run import build_index

    build_index(args.index_dir, progress=False)  # the notice and both corpora
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(args.port),
                             "--index-dir", str(args.index_dir)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for_port(args.port, 120, proc)
        url = f"http://127.0.0.1:{args.port}/"
        result = {"browser": browser_times(url), "concurrency": concurrency(url), "date": time.strftime("%Y-%m-%d")}
    finally:
        proc.terminate()
        proc.wait(20)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "web.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

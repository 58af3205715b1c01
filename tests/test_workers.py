"""Several worker processes serving one library (issue 12, "scale out"): `serve --workers 2` with
the vectors on a real Chroma server; every worker answers, and every worker sees a document added
from the command line or uploaded through another worker, without a restart."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, free_port, running

TOKEN = "workers-admin-token"
pytestmark = pytest.mark.slow


def _env(chroma_url: str, collection: str) -> dict[str, str]:
    return dict(os.environ, GONGWEN_CHROMA_URL=chroma_url, GONGWEN_COLLECTION=collection, GONGWEN_ADMIN_TOKEN=TOKEN)


def _workers(pid: int) -> list[int]:
    """uvicorn's worker processes under the supervisor (the spawn resource tracker is small)."""
    children = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    big = []
    for child in children:
        status = Path(f"/proc/{child}/status").read_text()
        rss_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        if rss_kb > 100_000:
            big.append(child)
    return big


def _ask_many(url: str, question: str, n: int = 24) -> list[dict]:
    """n questions, each on a fresh connection, 8 at a time: the connections spread over the workers."""
    import httpx

    def one(_: int) -> dict:
        with httpx.Client(base_url=url, timeout=60, trust_env=False) as client:
            response = client.post("/api/ask", json={"question": question})
            assert response.status_code == 200, response.text
            return dict(response.json())

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(one, range(n)))


def _notice(path: Path, topic: str, detail: str) -> Path:
    path.write_text(f"关于开展{topic}活动的通知\n\n各有关单位：\n一、活动安排\n{detail}\n\n某某办公室\n2024年5月6日\n",
                    encoding="utf-8")
    return path


def test_two_workers_share_one_library(chroma_url: str, tmp_path: Path) -> None:
    import httpx

    collection = f"workers_{uuid.uuid4().hex[:8]}"
    index_dir = tmp_path / "index"
    env = _env(chroma_url, collection)
    built = subprocess.run([sys.executable, "-m", "index", "build", str(SEEDS), "--index-dir", str(index_dir), "--quiet"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr

    port = free_port()
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--index-dir", str(index_dir),
               "--workers", "2"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        from conftest import wait_for_port

        wait_for_port(port, 240, proc)
        url = f"http://127.0.0.1:{port}"
        answers = _ask_many(url, "通知的联系人是谁？")
        assert all("纵瑞龙" in a["answer"] for a in answers)
        assert len(_workers(proc.pid)) == 2

        # Added from the command line while the workers run: every worker answers from it.
        added = subprocess.run([sys.executable, "-m", "index", "add", str(_notice(tmp_path / "reading.txt", "读书月",
                                "读书分享会于六月十八日在市图书馆举行。")), "--index-dir", str(index_dir), "--quiet"],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert added.returncode == 0, added.stderr
        answers = _ask_many(url, "读书分享会在哪里举行？")
        assert all("市图书馆" in a["answer"] for a in answers), [a["answer"][:80] for a in answers]

        # Uploaded through one worker: the other one sees it too.
        upload = _notice(tmp_path / "trees.txt", "植树", "义务植树活动于三月十二日在滨江公园举行。")
        with httpx.Client(base_url=url, timeout=120, trust_env=False) as client:
            response = client.post("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                                   files={"files": ("trees.txt", upload.read_bytes(), "text/plain")})
            assert response.status_code == 200 and response.json()["added"], response.text
        answers = _ask_many(url, "义务植树活动在哪里举行？")
        assert all("滨江公园" in a["answer"] for a in answers), [a["answer"][:80] for a in answers]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err, err.decode(errors="replace")[-2000:]


def test_workers_without_a_chroma_server_is_one_line(index_copy: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "GONGWEN_CHROMA_URL"}
    result = subprocess.run([sys.executable, "-m", "assistant", "serve", "--workers", "2", "--port", str(free_port()),
                             "--index-dir", str(index_copy)], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Chroma" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_one_process_still_serves(index_copy: Path) -> None:
    """The default stays one process (and needs no Chroma server)."""
    import httpx

    port = free_port()
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--index-dir", str(index_copy)]
    with running(command, port, 120, cwd=ROOT) as url:
        assert httpx.get(f"{url}/api/health", trust_env=False).json()["documents"] == 1

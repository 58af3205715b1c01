"""Index benchmark (numbers for the README; not a test).

    python bench/index_bench.py [--out bench/results]

Builds an index of seeds/ plus both corpora (about 1.5 M characters) in a fresh folder with the
default embedder, then adds one notice-sized document to it; reports times, size and peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    from index.kb import KnowledgeBase
    from index.seeds import add_with_roles
    from index.settings import IndexSettings

    work = Path(tempfile.mkdtemp(prefix="gongwen-bench-"))
    try:
        corpora = ROOT / "evaluation" / "corpora"
        chars = sum(len(json.loads(line)["content"]) for f in corpora.glob("*.jsonl")
                    for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
        seed = ROOT / "seeds" / "miit-mofcom-2023-87-textile-apparel-upgrade-notice.txt"
        chars += len(seed.read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        kb = KnowledgeBase(IndexSettings(index_dir=work / "index"))
        # As `python -m index build` does: seeds/manifest.json gives the roles (the notice is the
        # subject and is embedded; the laws are related), the corpora are background.
        report = add_with_roles(kb, [ROOT / "seeds"], progress=True)
        more = kb.add([corpora], progress=True)
        report.failed += more.failed
        build_s = time.perf_counter() - t0
        assert report.ok, report.failed
        # One more notice-sized document: the seed under another name with its body edited.
        extra = work / "another-notice.txt"
        extra.write_text(seed.read_text(encoding="utf-8").replace("2023", "2025").replace("纺织服装", "家用电器"),
                         encoding="utf-8")
        t1 = time.perf_counter()
        add_report = kb.add([extra])
        add_s = time.perf_counter() - t1
        assert add_report.added == ["another-notice"], add_report
        t2 = time.perf_counter()
        KnowledgeBase(IndexSettings(index_dir=work / "index"))
        open_s = time.perf_counter() - t2
        result = {
            "characters": chars, "documents": len(kb.docs), "chunks": len(kb.chunks),
            "build_s": round(build_s, 1), "add_one_notice_s": round(add_s, 2), "open_s": round(open_s, 2),
            "index_mb": round(_size(work / "index") / 1e6, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "machine": f"{os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d"),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    from common import report

    report(result, args.out, "index")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Shared fixtures. Offline variables are set before anything imports Hugging Face libraries."""

from __future__ import annotations

import os

for _key, _value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
                     "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False"}.items():
    os.environ[_key] = _value

import contextlib  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NOTICE = SEEDS / "miit-mofcom-2023-87-textile-apparel-upgrade-notice.txt"
CORPORA = ROOT / "evaluation" / "corpora"
NOTICE_ID = NOTICE.stem
RELATED_LAWS = sorted(p for p in (SEEDS / "related_laws").glob("*.md") if p.stem.lower() != "readme")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run slow tests (evaluation, server, browser)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of seeds/ (the notice and the related laws) built once per session; tests copy it
    when they change it."""
    from index.kb import KnowledgeBase
    from index.seeds import add_with_roles
    from index.settings import IndexSettings

    path = tmp_path_factory.mktemp("seed-index")
    report = add_with_roles(KnowledgeBase(IndexSettings(index_dir=path)), [SEEDS])
    assert report.ok and NOTICE_ID in report.added and len(report.added) == 1 + len(RELATED_LAWS)
    return path


@pytest.fixture(scope="session")
def notice_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the notice alone, built once per session: what tests of index mechanics
    (vectors, journal, recovery) start from."""
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    path = tmp_path_factory.mktemp("notice-index")
    report = KnowledgeBase(IndexSettings(index_dir=path)).add([NOTICE])
    assert report.ok and report.added == [NOTICE_ID]
    return path


@pytest.fixture()
def index_copy(notice_index: Path, tmp_path: Path) -> Path:
    """A copy of the notice-only index for a test that changes it."""
    target = tmp_path / "index"
    shutil.copytree(notice_index, target)
    return target


@pytest.fixture(scope="session")
def assistant(seed_index: Path):  # type: ignore[no-untyped-def]
    from assistant import Assistant, Settings
    from index.settings import IndexSettings

    return Assistant(Settings(index=IndexSettings(index_dir=seed_index)))


@pytest.fixture(scope="session")
def notice_doc(seed_index: Path):  # type: ignore[no-untyped-def]
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    return KnowledgeBase(IndexSettings(index_dir=seed_index)).docs[NOTICE_ID]


def library_of(seed_index: Path, root: Path, **folders: Path):  # type: ignore[no-untyped-def]
    """An assistant over a copy of the seed index (in `root`) with each folder added under its role
    (`related=local`, `background=reports`), in that order."""
    from assistant import Assistant, Settings
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    index_dir = root / "index"
    shutil.copytree(seed_index, index_dir)
    kb = KnowledgeBase(IndexSettings(index_dir=index_dir))
    for role, folder in folders.items():
        assert kb.add([folder], role=role).ok
    return Assistant(Settings(index=IndexSettings(index_dir=index_dir)), kb=kb)


def ask_turns(bot, *turns: str):  # type: ignore[no-untyped-def]
    """The answer to the last of `turns`, each earlier one asked first as the conversation's history."""
    from assistant import Turn

    history: list[Turn] = []
    for question in turns[:-1]:
        history.append(Turn(question, bot.ask(question, history=history)))
    return bot.ask(turns[-1], history=history)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def chromium_or_skip() -> str:
    """The Chromium the browser tests drive; outside CI a machine without it skips them (in CI a
    missing browser fails: scripts/test.sh installs it)."""
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists() and not os.environ.get("CI"):
        pytest.skip(f"no Chromium at {chromium}: `apt-get install chromium fonts-wqy-microhei` (scripts/test.sh does)")
    return chromium


def wait_for_port(port: int, timeout: float = 60.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


@contextlib.contextmanager
def running(command: list[str], port: int, timeout: float = 60.0, **popen: object) -> Iterator[str]:
    """Start a server process, wait until it listens on `port`, stop it afterwards."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **popen)  # type: ignore[call-overload]
    try:
        wait_for_port(port, timeout, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(20)


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` server: the one .ci/run started (GONGWEN_TEST_CHROMA_URL), or our own."""
    given = os.environ.get("GONGWEN_TEST_CHROMA_URL")
    if given:
        yield given
        return
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    with running([chroma, "run", "--path", str(data), "--port", str(port), "--host", "127.0.0.1"], port) as url:
        yield url

"""The packages as a user installs them: importing changes nothing in the environment; a built
wheel carries prompts/ and seeds/ and answers from outside the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT


def test_importing_the_packages_leaves_the_environment_alone() -> None:
    script = """
import json, os, sys
before = dict(os.environ)
import assistant, assistant.cli, assistant.web, assistant.http_api, index, index.cli, index.kb, index.store
import index.embedders, index.library
after = dict(os.environ)
print(json.dumps({k: after.get(k) for k in set(before) | set(after) if before.get(k) != after.get(k)}))
"""
    env = {k: v for k, v in os.environ.items() if k not in
           ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY", "GRADIO_ANALYTICS_ENABLED",
            "ANONYMIZED_TELEMETRY")}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {}


def test_the_entry_points_go_offline() -> None:
    from index.offline import OFFLINE_ENV, go_offline

    saved = {k: os.environ.pop(k, None) for k in OFFLINE_ENV}
    try:
        os.environ["HF_HUB_OFFLINE"] = "0"  # the user's explicit choice wins
        go_offline()
        assert os.environ["HF_HUB_OFFLINE"] == "0"
        assert all(os.environ[k] == v for k, v in OFFLINE_ENV.items() if k != "HF_HUB_OFFLINE")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _copy_project(target: Path) -> Path:
    """What a user downloads: the files the build needs, nothing generated."""
    import shutil

    target.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    for name in ("index", "assistant", "prompts", "seeds"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


@pytest.mark.slow
def test_a_built_wheel_installs_and_answers_outside_the_source_tree(tmp_path: Path) -> None:
    source = _copy_project(tmp_path / "source")
    (source / "seeds" / "extra-folder").mkdir()  # a subfolder added later travels too (setup.py globs)
    (source / "seeds" / "extra-folder" / "note.txt").write_text("占位", encoding="utf-8")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist),
                    str(source)], check=True, timeout=300, capture_output=True)
    wheel = next(dist.glob("policy_assistant-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for folder in ("prompts", "seeds"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                package = "assistant" if folder == "prompts" else "index"
                assert f"{package}/_bundled/{path.relative_to(ROOT).as_posix()}" in names, path
    assert "index/_bundled/seeds/extra-folder/note.txt" in names
    # A fresh venv that sees the heavy dependencies already installed; the wheel alone is installed into it.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], check=True,
                   timeout=300, capture_output=True)
    elsewhere, home = tmp_path / "elsewhere", tmp_path / "home"
    elsewhere.mkdir()
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GONGWEN_") and k != "PYTHONPATH"}
    env["HOME"] = str(home)
    where = subprocess.run([str(python), "-c", "import assistant, index.settings as s; print(assistant.__file__); "
                            "print(s.DEFAULT_SEEDS); print(s.DEFAULT_INDEX_DIR)"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, timeout=120, check=True).stdout.split("\n")
    assert where[0].startswith(str(venv)), "the installed package, not the checkout, is imported"
    assert where[1].startswith(str(venv)) and where[1].endswith("_bundled/seeds")
    assert where[2] == str(home / ".local" / "share" / "gongwen" / "index")
    done = subprocess.run([str(venv / "bin" / "gongwen"), "ask", "这份通知的联系人是谁？", "--json"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert not answer["refused"] and answer["citations"] and answer["citations"][0]["doc_number"]
    assert (home / ".local" / "share" / "gongwen" / "index" / "manifest.json").exists()
    assert not list(venv.rglob("manifest.json.tmp*")) and not (venv / "lib" / ".index").exists()

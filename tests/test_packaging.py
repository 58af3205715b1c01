"""The packages as a user installs them: importing changes nothing in the environment; a built
wheel carries prompts/ and seeds/ and answers from outside the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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

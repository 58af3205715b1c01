"""Answer questions about Chinese government campaign documents with clause-level citations."""

from __future__ import annotations

import os

# Offline always: set before anything imports Hugging Face libraries.
for _key, _value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
                     "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False"}.items():
    os.environ.setdefault(_key, _value)

from .api import Assistant, QuestionError, ask  # noqa: E402
from .models import Answer, Citation, RequestError, Turn  # noqa: E402
from .retrieval import Filters  # noqa: E402
from .settings import LLMSettings, RetrievalSettings, Settings  # noqa: E402

__all__ = ["Answer", "Assistant", "Citation", "Filters", "LLMSettings", "QuestionError", "RequestError",
           "RetrievalSettings", "Settings", "Turn", "ask"]

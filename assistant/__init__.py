"""Answer questions about Chinese government campaign documents with clause-level citations."""

from __future__ import annotations

# Importing the package changes nothing in the process environment: the entry points set the
# offline variables (index/offline.py).
from .api import Assistant, QuestionError, ask
from .models import Answer, Citation, RequestError, Turn
from .retrieval import Filters
from .settings import LLMSettings, RetrievalSettings, Settings

__all__ = ["Answer", "Assistant", "Citation", "Filters", "LLMSettings", "QuestionError", "RequestError",
           "RetrievalSettings", "Settings", "Turn", "ask"]

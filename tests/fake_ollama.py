"""A small Ollama-compatible HTTP server on loopback (POST /api/chat, NDJSON streaming)."""

from __future__ import annotations

import json
from typing import Any

from loopback import JSONHandler, LoopbackServer


class FakeOllama(LoopbackServer):
    path_prefix = ""

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(JSONHandler):
            def do_POST(self) -> None:
                body = self.read_json()
                server.requests.append(body)
                if self.path != "/api/chat":
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.end_headers()
                base = {"model": body.get("model"), "created_at": "2026-01-01T00:00:00Z"}
                for i in range(0, len(server.reply), 6):
                    line = {**base, "message": {"role": "assistant", "content": server.reply[i : i + 6]}, "done": False}
                    self.wfile.write((json.dumps(line, ensure_ascii=False) + "\n").encode())
                end = {**base, "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                       "total_duration": 1, "load_duration": 1, "prompt_eval_count": 1, "eval_count": 1}
                self.wfile.write((json.dumps(end) + "\n").encode())

        self._start(Handler)

"""A small OpenAI-compatible HTTP server on loopback, so the real langchain-openai client runs.

It answers /v1/chat/completions (streaming or not) with a scripted reply. The reply may be a
function of the request, and every request body is kept for assertions."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from loopback import JSONHandler, LoopbackServer

Reply = Callable[[dict[str, Any]], str]


class FakeOpenAI(LoopbackServer):
    path_prefix = "/v1"

    def __init__(self, reply: Reply | str, delay: float = 0.0) -> None:
        self.reply = reply if callable(reply) else (lambda _req, text=reply: text)
        self.delay = delay
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(JSONHandler):
            def do_POST(self) -> None:
                body = self.read_json()
                server.requests.append(body)
                if not self.path.endswith("/chat/completions"):
                    self.send_error(404)
                    return
                if server.delay:
                    time.sleep(server.delay)
                text = server.reply(body)
                if body.get("stream"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    for i in range(0, len(text), 8):
                        chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body.get("model"),
                                 "choices": [{"index": 0, "delta": {"content": text[i : i + 8]}, "finish_reason": None}]}
                        self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                        self.wfile.flush()
                    end = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body.get("model"),
                           "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                    self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                    return
                payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model"),
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                        "finish_reason": "stop"}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._start(Handler)

"""The HTTP API, served by the same FastAPI app (and process, and port) as the web page.

    POST   /api/ask                  {question, history, filters} -> the JSON of `ask --json`
    GET    /api/documents            the library
    GET    /api/documents/{doc_id}   one document: metadata and outline
    POST   /api/documents            multipart upload (files=...), Authorization: Bearer <admin token>
    DELETE /api/documents/{doc_id}   Authorization: Bearer <admin token>
    GET    /api/health
    GET    /v1/models, POST /v1/chat/completions   OpenAI-compatible, for chat front-ends
    GET    /docs                     OpenAPI documentation

Errors are JSON with a code and a message in Chinese and English ({"error": {...}}), with a 4xx
status for the caller's mistakes; a stack trace never leaves the server.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# FastAPI reads the annotations of the route functions, so its names live at module level.
from fastapi import FastAPI, File, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.library import Library, LibraryError

from .api import Assistant, QuestionError
from .models import Answer
from .service import (
    NO_QUESTION,
    NO_QUESTION_EN,
    is_question,
    library_for,
    message_text,
    only_punctuation,
    turns_from_messages,
)


class AskRequest(BaseModel):
    question: str = Field(description="the question, in Chinese or English", examples=["这份通知的联系人是谁？"])
    history: list[dict[str, Any]] | None = Field(
        default=None, description="earlier turns as chat messages [{role: user|assistant, content}]; "
        "follow-ups such as 那第二条呢？ resolve against them")
    filters: dict[str, Any] | None = Field(
        default=None, description="{doc_ids: [...], issuer, date_from, date_to} (ISO dates)")


class ChatRequest(BaseModel):
    model: str | None = None
    messages: list[dict[str, Any]]
    stream: bool = False
    model_config = {"extra": "allow"}  # temperature, max_tokens, ... are accepted and ignored


MODEL_ID = "gongwen-assistant"
MAX_MESSAGES = 100


def _error(status: int, code: str, message: str, message_en: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "message_en": message_en, **extra}},
                        status_code=status)


def _library_error(exc: LibraryError) -> Any:
    return _error(exc.status, exc.code, exc.message, exc.message_en, **({"file": exc.file} if exc.file else {}))


def _bilingual(text: str) -> tuple[str, str]:
    """Question and filter errors are one line, '中文。(English.)': the Chinese part and the English
    part (both the whole line when it has no English part)."""
    match = re.match(r"^(.*?)\s*\(([A-Za-z].*)\)\s*$", text, re.S)
    return (match.group(1), match.group(2)) if match else (text, text)


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


class ReloadMiddleware:
    """Before each HTTP request: has another process changed the library? One stat when it has
    not; otherwise the reload runs in a worker thread so the event loop stays free."""

    def __init__(self, app: Any, library: Library) -> None:
        self.app = app
        self.library = library

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and self.library._signature() != self.library._seen:
            import anyio

            await anyio.to_thread.run_sync(self.library.sync)
        await self.app(scope, receive, send)


def answer_content(answer: Answer) -> str:
    """The reply a chat front-end shows: the answer with its [n] markers, then the sources."""
    text = answer.text
    if answer.notice:
        text = f"（提示：{answer.notice}）\n\n{text}"
    if answer.citations:
        text += "\n\n来源：\n" + "\n".join(f"[{c.n}] {c.label()}" for c in answer.citations)
    return text


def create_api(assistant: Assistant, library: Library | None = None) -> Any:
    """A FastAPI app with the REST and OpenAI-compatible routes (the web page is mounted on it by
    `web.serve`)."""
    library = library or library_for(assistant)

    app = FastAPI(title="政策文件问答 API · Policy document assistant API", version="1",
                  description="Answers about Chinese government documents with clause-level citations. "
                  "Errors: {error: {code, message (中文), message_en}}.")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        fields = "、".join(dict.fromkeys(".".join(str(x) for x in e.get("loc", ())[1:]) or "请求体"
                                        for e in exc.errors()))
        return _error(422 if request.url.path.startswith("/api/") else 400, "invalid_request",
                      f"请求格式不正确（字段：{fields}），请对照 /docs 检查。", f"Invalid request: {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return _error(404, "no_route", "没有这个接口，见 /docs。", "No such endpoint; see /docs.")
        if exc.status_code == 405:
            return _error(405, "method_not_allowed", "该接口不支持这种请求方法，见 /docs。",
                          "Method not allowed; see /docs.")
        return _error(exc.status_code, "http_error", "请求无法处理。", str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal_error", "服务器内部错误，请稍后再试。", f"Internal error ({type(exc).__name__}).")

    # ----- asking -----------------------------------------------------------------------------
    @app.get("/api/health", tags=["service"])
    def health() -> dict[str, Any]:
        return {"status": "ok", "documents": len(assistant.kb.docs), "chunks": len(assistant.kb.chunks),
                "mode": assistant.mode}

    @app.post("/api/ask", tags=["ask"], summary="Ask a question (the JSON of `python -m assistant ask --json`)")
    def api_ask(request: AskRequest) -> Any:
        if only_punctuation(request.question):
            return _error(400, "no_question", NO_QUESTION, NO_QUESTION_EN)
        try:
            history = turns_from_messages(assistant, request.history or [])
            answer = assistant.ask(request.question, history=history, filters=request.filters)
        except QuestionError as exc:
            return _error(400, "bad_question", *_bilingual(str(exc)))
        except (ValueError, TypeError) as exc:
            zh, en = _bilingual(str(exc))
            return _error(400, "bad_filters", f"检索范围或对话历史不正确：{zh}", en)
        return answer.to_json()

    # ----- the library ------------------------------------------------------------------------
    @app.get("/api/documents", tags=["library"])
    def list_documents() -> Any:
        return {"documents": library.listing()}

    @app.get("/api/documents/{doc_id:path}", tags=["library"], summary="A document's metadata and outline")
    def describe(doc_id: str) -> Any:
        try:
            return library.describe(doc_id)
        except LibraryError as exc:
            return _library_error(exc)

    @app.post("/api/documents", tags=["library"], summary="Upload files (multipart field 'files'; admin token)")
    def upload(files: list[UploadFile] = File(...),  # noqa: B008 (FastAPI's idiom)
               authorization: str | None = Header(default=None),
               replace: bool = Query(default=False, description="replace the library's file of the same name "
                                     "(default: keep both, the new one under a free name)")) -> Any:
        try:
            library.authorize(_bearer(authorization))  # before reading anything
        except LibraryError as exc:
            return _library_error(exc)
        work = Path(tempfile.mkdtemp(prefix="gongwen-upload-"))
        try:
            given = []
            for i, f in enumerate(files):
                path = work / str(i)
                with open(path, "wb") as out:  # Starlette has spooled it already; the library checks the size
                    shutil.copyfileobj(f.file, out, 1 << 20)
                given.append((f.filename or f"upload-{i}", path))
            result = library.upload(given, _bearer(authorization), replace=replace)
        except LibraryError as exc:
            return _library_error(exc)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        status = 200 if (result.added or result.replaced or result.unchanged) else 400
        return JSONResponse(result.to_json(), status_code=status)

    @app.delete("/api/documents/{doc_id:path}", tags=["library"], summary="Remove a document (admin token)")
    def delete(doc_id: str, authorization: str | None = Header(default=None)) -> Any:
        try:
            return {"removed": library.remove(doc_id, _bearer(authorization))}
        except LibraryError as exc:
            return _library_error(exc)

    # ----- OpenAI-compatible ------------------------------------------------------------------
    def openai_error(status: int, message: str, code: str) -> JSONResponse:
        return JSONResponse({"error": {"message": message, "type": "invalid_request_error", "param": None,
                                       "code": code}}, status_code=status)

    @app.get("/v1/models", tags=["openai"])
    def models() -> Any:
        return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0,
                                            "owned_by": "policy-assistant"}]}

    @app.post("/v1/chat/completions", tags=["openai"], summary="OpenAI-compatible chat (stream or not)")
    def chat_completions(request: ChatRequest) -> Any:
        messages = [m for m in request.messages if isinstance(m, dict)][-MAX_MESSAGES:]
        users = [i for i, m in enumerate(messages) if m.get("role") == "user"]
        if not users:
            return openai_error(400, "messages 中没有用户的问题。(No user message.)", "no_user_message")
        last = users[-1]
        question = message_text(messages[last].get("content")).strip()
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        model = request.model or MODEL_ID
        citations: list[dict[str, Any]] = []
        extra: dict[str, Any] = {"refused": False}
        if not is_question(question):
            content = NO_QUESTION
        else:
            try:
                history = turns_from_messages(assistant, messages[:last])
                answer = assistant.ask(question, history=history)
            except QuestionError as exc:
                return openai_error(400, str(exc), "bad_question")
            content = answer_content(answer)
            payload = answer.to_json()
            citations = payload["citations"]
            extra = {"refused": answer.refused, "mode": answer.mode, "resolved_question": answer.resolved_question}
        if not request.stream:
            return {"id": completion_id, "object": "chat.completion", "created": created, "model": model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                 "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": sum(len(message_text(m.get("content"))) for m in messages),
                              "completion_tokens": len(content), "total_tokens": 0},
                    "citations": citations, "gongwen": extra}

        def events() -> Iterator[str]:
            def chunk(delta: dict[str, Any], finish: str | None = None, **more: Any) -> str:
                body = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **more}
                return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

            yield chunk({"role": "assistant", "content": ""})
            # The answer is complete (and, with an LLM, its citations checked) before it is sent:
            # a sentence that fails the check is never shown and then taken back.
            for line in content.splitlines(keepends=True):
                yield chunk({"content": line})
            yield chunk({}, "stop", citations=citations, gongwen=extra)
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    # Anything else under /api or /v1 gets our JSON error rather than the web page's 404.
    known = {getattr(r, "path", "") for r in app.routes}

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def unknown(request: Request) -> JSONResponse:
        if request.url.path in known:
            return _error(405, "method_not_allowed", "该接口不支持这种请求方法，见 /docs。", "Method not allowed; see /docs.")
        return _error(404, "no_route", "没有这个接口，见 /docs。", "No such endpoint; see /docs.")

    app.state.library = library
    return app

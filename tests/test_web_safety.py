"""The web layer against hostile documents and hostile requests: document text shown as text,
validation with one clear message, bounded per-session state, bounded and expiring uploads."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from conftest import chromium_or_skip, free_port

from assistant import Assistant, RequestError, Settings
from assistant.models import Turn
from assistant.web import WebApp, as_text, launch_options
from index.settings import IndexSettings

HOSTILE = ("关于申请纺织补贴的通知\n一、申请方式\n企业申请纺织补贴请访问[点此申请](http://phish.example/login)，"
           "并上传材料![logo](http://evil.example/p.png)<img src=http://evil.example/x.png onerror=alert(1)>"
           "，或访问 www.phish.example 、发邮件至 apply@phish.example。\n")


def test_document_text_is_rendered_as_text() -> None:
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(as_text(HOSTILE))
    assert "<img" not in rendered and "<a " not in rendered and "onerror=" not in rendered.replace("onerror=alert", "")
    assert "http://phish.example/login" in rendered, "the text is still shown, as text"
    escaped = as_text(HOSTILE)
    for trigger in ("http://", "www.", "@phish", "<img", "]("):
        assert trigger not in escaped, trigger  # what Markdown autolinks or renders


def test_the_chat_shows_answers_as_text(index_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    assistant = Assistant(Settings(index=IndexSettings(index_dir=index_copy)))
    assistant.add_files([path], role="subject")
    app = WebApp(assistant)
    *_, last = app.respond("企业申请纺织补贴的方式是什么？", [], [], None)
    history = last[0]
    answer = history[-1]["content"]
    assert "phish.example" in answer.replace("&#46;", ".").replace("&#58;", ":")  # the quote is there…
    assert "](" not in answer and "<img" not in answer and "http://" not in answer  # …as text


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"filters": {"date_from": "2023/01/01"}}, "date_from"),
    ({"filters": {"date_to": 20230101}}, "date_to"),
    ({"filters": {"doc_ids": "miit-notice"}}, "doc_ids"),
    ({"filters": {"doc_ids": [1, 2]}}, "doc_ids"),
    ({"filters": {"issuer": ["商务部"]}}, "issuer"),
    ({"filters": {"title": "x"}}, "title"),
    ({"filters": "doc_ids=x"}, "filters"),
    ({"filters": 5}, "filters"),
    ({"history": 5}, "history"),
    ({"history": "那第二条呢？"}, "history"),
    ({"history": [("q", None, "extra")]}, "history[0]"),
    ({"history": [{"role": "user", "content": ["x"]}]}, "history[0]"),
    ({"history": [{"role": "user", "content": "q"}, 42]}, "history[1]"),
    ({"history": [Turn(123)]}, "history[0]"),  # type: ignore[arg-type]
])
def test_bad_requests_get_one_clear_message(assistant: Assistant, kwargs: dict, field: str) -> None:
    with pytest.raises(RequestError) as caught:
        assistant.ask("通知的联系人是谁？", **kwargs)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert field in message and "\n" not in message, message
    chinese, english = message.split("(", 1)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese) and re.match(r"[a-z_]+[\[\] \w]*", english), message


def test_deeply_nested_history_is_a_clear_error(assistant: Assistant) -> None:
    nested: list = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(RequestError, match=r"history\[0\]"):
        assistant.ask("通知的联系人是谁？", history=[{"role": "user", "content": nested}])


def test_a_good_date_filter_still_works(assistant: Assistant) -> None:
    answer = assistant.ask("通知的联系人是谁？", filters={"date_from": "2023-01-01", "date_to": "2023-12-31"})
    assert not answer.refused and answer.citations


def test_the_web_endpoints_answer_bad_input_with_a_message(assistant: Assistant, tmp_path: Path) -> None:
    settings = dataclasses.replace(assistant.settings, admin_token="secret-token", upload_dir=tmp_path / "uploads")
    app = WebApp(Assistant(settings, kb=assistant.kb))
    text, citations, refused, _ = app.api_chat("通知的联系人是谁？", "not-a-list")  # type: ignore[arg-type]
    assert text.startswith("提示：") and "doc_ids" in text and citations == [] and not refused
    for token in ("令牌✓", "secret-tokén", 12345, None):
        assert "管理令牌不正确" in app.upload(None, token)  # type: ignore[arg-type]
        assert "管理令牌不正确" in app.remove("x", True, token)[0]  # type: ignore[arg-type]
    assert "请先选择" in app.upload(None, "secret-token")


def test_conversation_state_is_bounded(assistant: Assistant) -> None:
    app = WebApp(assistant)
    turns: list[Turn] = []
    for _ in range(assistant.settings.max_turns + 5):
        *_, last = app.respond("通知的联系人是谁？", [], turns, None)
        turns = last[1]
    assert len(turns) == assistant.settings.max_turns


def test_launch_options_bound_uploads_and_sessions() -> None:
    options = launch_options(Settings(max_upload_mb=2, max_sessions=50))
    assert options == {"max_file_size": 2 * 1024 * 1024, "state_session_capacity": 50}


def _post(url: str, body: bytes, content_type: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # loopback only
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _upload(base: str, name: str, data: bytes) -> tuple[int, bytes]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return _post(base + "gradio_api/upload", body, f"multipart/form-data; boundary={boundary}")


@pytest.mark.slow
def test_the_server_bounds_sessions_and_uploads(index_copy: Path, tmp_path: Path) -> None:
    from assistant.web import serve

    settings = dataclasses.replace(Settings(index=IndexSettings(index_dir=index_copy)), max_sessions=5,
                                   max_upload_mb=0.05, cache_ttl_s=2)
    port = free_port()
    os.environ.setdefault("GRADIO_TEMP_DIR", str(tmp_path / "gradio-cache"))
    demo = serve(settings, port=port, block=False)
    base = f"http://127.0.0.1:{port}/"
    try:
        for i in range(15):  # anonymous API calls: each makes a session
            status, body = _post(base + "gradio_api/call/chat", json.dumps({"data": [f"联系人是谁？{i}", None]}).encode(),
                                 "application/json")
            assert status == 200, body
            event = json.loads(body)["event_id"]
            with urllib.request.urlopen(f"{base}gradio_api/call/chat/{event}", timeout=60) as response:
                assert b"event: complete" in response.read()
        assert 0 < len(demo.state_holder.session_data) <= 5
        # A session keeps no copy of the library (its table and lists are filled when a page loads):
        # the memory of 1,000 sessions must not grow with the size of the library.
        for session in demo.state_holder.session_data.values():
            assert "data-label=" not in repr(session.config_values), "the library table is copied into every session"

        status, body = _upload(base, "big.txt", b"x" * 200_000)
        assert status == 413, (status, body[:200])
        status, body = _upload(base, "small.txt", "纺织服装".encode() * 100)
        assert status == 200, body
        stored = Path(json.loads(body)[0])
        assert stored.exists()
        deadline = time.monotonic() + 60
        while stored.exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not stored.exists(), "files received through Gradio's upload route are deleted"
    finally:
        demo.close()


@pytest.mark.slow
def test_api_calls_do_not_keep_sessions(index_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of the web page's API endpoints made a Gradio session that stayed in memory
    (about 0.1 MB each) until 1,000 newer ones pushed it out; the endpoints keep no state, so
    their sessions are dropped once the calls are over."""
    from assistant.web import FinishedCalls, serve

    monkeypatch.setattr(FinishedCalls, "GRACE_S", 0.0)
    demo = serve(Settings(index=IndexSettings(index_dir=index_copy)), port=(port := free_port()), block=False)
    base = f"http://127.0.0.1:{port}/"
    try:
        for i in range(12):
            status, body = _post(base + "gradio_api/call/chat", json.dumps({"data": [f"联系人是谁？{i}", None]}).encode(),
                                 "application/json")
            assert status == 200, body
            with urllib.request.urlopen(f"{base}gradio_api/call/chat/{json.loads(body)['event_id']}", timeout=60) as r:
                events = r.read().decode()
            answers = [json.loads(line[5:]) for line in events.splitlines()
                       if line.startswith("data:") and line[5:].strip().startswith("[")]
            assert answers and "纵瑞龙" in answers[-1][0], events[:300]
        assert len(demo.state_holder.session_data) <= 2, len(demo.state_holder.session_data)
    finally:
        demo.close()


@pytest.mark.slow
def test_a_hostile_document_fetches_nothing_in_the_browser(index_copy: Path, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from assistant.web import serve

    chromium = chromium_or_skip()
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    settings = Settings(index=IndexSettings(index_dir=index_copy))
    Assistant(settings).add_files([path], role="subject")  # answered like the notice: the test is about rendering
    port = free_port()
    demo = serve(settings, port=port, block=False)
    requested: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.on("request", lambda r: requested.append(r.url))
            page.goto(f"http://127.0.0.1:{port}/")
            page.locator("#question textarea").fill("企业申请纺织补贴的方式是什么？")
            page.locator("#send").click()
            chat = page.locator("#chatbot")
            expect(chat).to_contain_text("phish.example", timeout=30_000)
            expect(page.locator("#citations")).to_contain_text("phish.example", timeout=30_000)
            assert chat.locator("img[src*='example'], a[href*='example']").count() == 0
            assert page.locator("#citations").locator("img, a[href*='example']").count() == 0
            browser.close()
    finally:
        demo.close()
    assert not [u for u in requested if "example" in u], requested

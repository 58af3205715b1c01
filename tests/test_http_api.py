"""The HTTP API and the OpenAI-compatible endpoint, end to end against a running server
(`python -m assistant serve`), through real clients: httpx and the `openai` package."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import NOTICE_ID, ROOT, free_port, running
from docgen import make_docx

TOKEN = "api-admin-token"
pytestmark = pytest.mark.slow


@pytest.fixture()
def server(index_copy: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--index-dir", str(index_copy)]
    with running(command, port, 120, cwd=ROOT, env=dict(os.environ, GONGWEN_ADMIN_TOKEN=TOKEN)) as url:
        yield url, index_copy


def _cli_json(index_dir: Path, question: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", question, "--json", "--index-dir", str(index_dir)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=True)
    return json.loads(result.stdout)


def _no_trace(response) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in response.text and 'File "' not in response.text
    body = response.json()["error"]
    assert body["code"] and body["message"] and body["message_en"]


def test_ask_documents_health_and_bad_requests(server: tuple[str, Path]) -> None:
    import httpx

    url, index_dir = server
    with httpx.Client(base_url=url, timeout=30, trust_env=False) as client:
        health = client.get("/api/health").json()
        assert health["status"] == "ok" and health["documents"] == 1 and health["mode"] == "extractive"

        question = "我们是服装出口企业，这个活动对我们有什么支持？"
        got = client.post("/api/ask", json={"question": question})
        assert got.status_code == 200
        body = got.json()
        expected = _cli_json(index_dir, question)
        for data in (body, expected):
            data.pop("timings_ms")
        assert body == expected, "the same JSON as `python -m assistant ask --json`"
        assert body["citations"][0]["section"].startswith("二、工作任务 > （五）")

        # Follow-up from plain-text history.
        first = client.post("/api/ask", json={"question": "工作任务有哪几个方面？"}).json()
        history = [{"role": "user", "content": "工作任务有哪几个方面？"}, {"role": "assistant", "content": first["answer"]}]
        second = client.post("/api/ask", json={"question": "那第二条呢？", "history": history}).json()
        assert second["citations"][0]["section"].startswith("二、工作任务 > （二）"), second
        # Filters reach the retriever.
        scoped = client.post("/api/ask", json={"question": "联系人是谁？", "filters": {"doc_ids": ["no-such-doc"]}}).json()
        assert scoped["refused"] and not scoped["citations"]

        docs = client.get("/api/documents").json()["documents"]
        assert [d["doc_id"] for d in docs] == [NOTICE_ID] and docs[0]["doc_number"] == "工信厅联消费函〔2023〕87号"
        one = client.get(f"/api/documents/{NOTICE_ID}").json()
        assert one["meta"]["issuer"] and any(h["title"].startswith("二、工作任务") for h in one["outline"])

        for response, status, code in [
            (client.post("/api/ask", json={}), 422, "invalid_request"),
            (client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"}), 422,
             "invalid_request"),
            (client.post("/api/ask", json={"question": "？？？"}), 400, "no_question"),
            (client.post("/api/ask", json={"question": "联系人？", "filters": {"colour": "red"}}), 400, "bad_filters"),
            (client.post("/api/ask", json={"question": "问" * 5000}), 400, "bad_question"),
            (client.get("/api/documents/no-such-doc"), 404, "not_found"),
            (client.get("/api/ask"), 405, "method_not_allowed"),
        ]:
            assert response.status_code == status, (response.status_code, response.text)
            _no_trace(response)
            assert response.json()["error"]["code"] == code
        assert "请输入一个问题" in client.post("/api/ask", json={"question": "？？？"}).json()["error"]["message"]
        # Each language in its own field: the Chinese message says what is wrong, the English one has no Chinese.
        for request, named in [({"question": "联系人？", "filters": {"date_from": "2023/01/01"}}, "date_from"),
                               ({"question": "问" * 5000}, "1000"), ({"question": 12}, "question")]:
            error = client.post("/api/ask", json=request).json()["error"]
            assert named in error["message"] and re.search(r"[\u4e00-\u9fff]", error["message"]), error
            assert named in error["message_en"] and not re.search(r"[\u4e00-\u9fff]", error["message_en"]), error

        spec = client.get("/openapi.json").json()
        assert {"/api/ask", "/api/documents", "/v1/chat/completions", "/v1/models"} <= set(spec["paths"])
        assert client.get("/docs").status_code == 200
        assert client.get("/").status_code == 200, "the web page is served by the same app"


def test_upload_and_delete_need_the_token(server: tuple[str, Path], tmp_path: Path) -> None:
    import httpx

    url, index_dir = server
    upload = make_docx(tmp_path / "green-appliances-notice.docx")

    def files() -> dict:
        return {"files": ("green-appliances-notice.docx", upload.read_bytes(),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}

    with httpx.Client(base_url=url, timeout=60, trust_env=False) as client:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
            response = client.post("/api/documents", files=files(), headers=headers)
            assert response.status_code == 401, response.text
            _no_trace(response)
        assert len(client.get("/api/documents").json()["documents"]) == 1

        auth = {"Authorization": f"Bearer {TOKEN}"}
        response = client.post("/api/documents", files=files(), headers=auth)
        assert response.status_code == 200 and response.json()["added"] == ["green-appliances-notice"], response.text
        assert (index_dir / "library" / "green-appliances-notice.docx").is_file()
        answer = client.post("/api/ask", json={"question": "绿色家电下乡活动的联系人是谁？"}).json()
        assert "李明" in answer["answer"]
        again = client.post("/api/documents", files=files(), headers=auth).json()
        assert again["unchanged"] and not again["added"] and not again["failed"]

        bad = client.post("/api/documents", headers=auth,
                          files={"files": ("slides.pptx", b"whatever", "application/octet-stream")})
        assert bad.status_code == 400 and bad.json()["failed"][0]["code"] == "unsupported_type"
        assert "不支持的文件类型" in bad.json()["failed"][0]["message"]

        denied = client.delete("/api/documents/green-appliances-notice")
        assert denied.status_code == 401
        assert client.delete("/api/documents/green-appliances-notice", headers=auth).json() == {
            "removed": ["green-appliances-notice"]}
        assert not (index_dir / "library" / "green-appliances-notice.docx").exists()
        assert client.delete("/api/documents/green-appliances-notice", headers=auth).status_code == 404
        answer = client.post("/api/ask", json={"question": "绿色家电下乡活动的联系人是谁？"}).json()
        assert "李明" not in answer["answer"]


def test_openai_client_streaming_and_not(server: tuple[str, Path]) -> None:
    from openai import OpenAI

    url, _ = server
    client = OpenAI(base_url=f"{url}/v1", api_key="not-needed", max_retries=0, timeout=30)
    assert "gongwen-assistant" in [m.id for m in client.models.list()]

    question = "通知的联系人和电话是什么？"
    completion = client.chat.completions.create(model="gongwen-assistant",
                                                messages=[{"role": "system", "content": "你是助手"},
                                                          {"role": "user", "content": question}])
    content = completion.choices[0].message.content or ""
    assert "纵瑞龙" in content and "[1]" in content and "来源：" in content and "工信厅联消费函〔2023〕87号" in content
    citations = (completion.model_extra or {})["citations"]
    assert citations[0]["doc_id"] == NOTICE_ID and citations[0]["quote"]

    stream = client.chat.completions.create(model="gongwen-assistant", stream=True,
                                            messages=[{"role": "user", "content": question}])
    pieces, last = [], None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        last = chunk
    assert "".join(pieces) == content
    assert last is not None and last.choices[0].finish_reason == "stop"
    assert (last.model_extra or {})["citations"] == citations

    empty = client.chat.completions.create(model="gongwen-assistant", messages=[{"role": "user", "content": "？？"}])
    assert "请输入一个问题" in (empty.choices[0].message.content or "")


def test_openai_follow_up_from_plain_text(server: tuple[str, Path]) -> None:
    from openai import OpenAI

    url, _ = server
    client = OpenAI(base_url=f"{url}/v1", api_key="not-needed", max_retries=0, timeout=30)
    messages: list = [{"role": "user", "content": "工作任务有哪几个方面？"}]
    first = client.chat.completions.create(model="gongwen-assistant", messages=messages)
    messages += [{"role": "assistant", "content": first.choices[0].message.content},
                 {"role": "user", "content": [{"type": "text", "text": "那第二条呢？"}]}]
    second = client.chat.completions.create(model="gongwen-assistant", messages=messages, stream=False)
    cited = (second.model_extra or {})["citations"]
    assert cited and cited[0]["section"].startswith("二、工作任务 > （二）"), second
    assert cited[0]["section"].split(" > ")[1] in (second.choices[0].message.content or "")


def test_server_reloads_after_the_cli_changes_the_library(server: tuple[str, Path], tmp_path: Path) -> None:
    import httpx

    url, index_dir = server
    upload = make_docx(tmp_path / "green-appliances-notice.docx")
    question = {"question": "绿色家电下乡活动的联系人是谁？"}
    with httpx.Client(base_url=url, timeout=60, trust_env=False) as client:
        assert "李明" not in client.post("/api/ask", json=question).json()["answer"]
        subprocess.run([sys.executable, "-m", "index", "add", str(upload), "--index-dir", str(index_dir), "--quiet"],
                       check=True, capture_output=True, cwd=ROOT, timeout=120)
        assert "李明" in client.post("/api/ask", json=question).json()["answer"]
        assert "green-appliances-notice" in [d["doc_id"] for d in client.get("/api/documents").json()["documents"]]
        subprocess.run([sys.executable, "-m", "index", "remove", "green-appliances-notice", "--index-dir", str(index_dir)],
                       check=True, capture_output=True, cwd=ROOT, timeout=120)
        assert "李明" not in client.post("/api/ask", json=question).json()["answer"]
        assert client.get("/api/health").json()["documents"] == 1

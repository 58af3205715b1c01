"""Offline always: building an index, answering and the LLM fallback open no connection beyond
the loopback interface."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest
from conftest import SEEDS, free_port

from assistant import Assistant, Settings
from index.kb import KnowledgeBase
from index.settings import IndexSettings


@pytest.fixture()
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        try:
            allowed = isinstance(host, str) and (host == "localhost" or ipaddress.ip_address(host).is_loopback)
        except ValueError:
            allowed = False
        if self.family == socket.AF_UNIX:
            allowed = True
        if not allowed:
            attempts.append(address)
            raise OSError(f"network access attempted: {address}")
        return real_connect(self, address)

    real_getaddrinfo = socket.getaddrinfo

    def local_names_only(host: object, *args: object, **kwargs: object) -> object:
        try:
            ipaddress.ip_address(str(host))  # a literal address needs no DNS; connect() judges it
            literal = True
        except ValueError:
            literal = False
        if not literal and host not in ("localhost", None):
            attempts.append(host)
            raise OSError(f"DNS lookup attempted: {host}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "getaddrinfo", local_names_only)
    return attempts


def test_the_guard_notices_an_outside_connection(loopback_only: list[object]) -> None:
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("203.0.113.7", 443), timeout=1)
    assert loopback_only


def test_index_ask_and_llm_fallback_stay_on_this_machine(tmp_path: Path, loopback_only: list[object]) -> None:
    index = IndexSettings(index_dir=tmp_path / "index")
    kb = KnowledgeBase(index)
    assert kb.add([SEEDS]).ok
    answer = Assistant(Settings(index=index), kb=kb).ask("这份通知的联系人是谁？")
    assert "纵瑞龙" in answer.text
    llm = Settings(index=index).with_llm(provider="openai", base_url=f"http://127.0.0.1:{free_port()}/v1",
                                         model="m", api_key="k", timeout=3)
    fallback = Assistant(llm, kb=kb).ask("我们是服装出口企业，这个活动对我们有什么支持？")
    assert fallback.mode == "extractive" and fallback.notice
    assert loopback_only == [], f"tried to reach: {loopback_only}"

"""The 责任分工 and 企业对照 tabs in headless Chromium: the table renders by actor, the exports
download as real files (a CSV Excel can read, an XLSX openpyxl opens), the firm panel answers."""

from __future__ import annotations

import csv
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, chromium_or_skip, free_port, running
from test_web import CHROMIUM_ARGS, _shot


@pytest.fixture()
def server(index_copy: Path) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--index-dir", str(index_copy)]
    with running(command, port, 120, cwd=ROOT, env=dict(os.environ)) as url:
        yield url + "/"


@pytest.mark.slow
def test_duty_tab_exports_and_firm_panel(server: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from playwright.sync_api import expect, sync_playwright

    chromium = chromium_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="zh-CN", accept_downloads=True)
        page.goto(server)
        page.get_by_role("tab", name="责任分工").click(timeout=60_000)
        page.locator("#duty-actor textarea, #duty-actor input").first.fill("商务")
        page.locator("#duty-btn").click()
        table = page.locator("#duty-table")
        expect(table).to_contain_text("各地商务主管部门", timeout=30_000)
        expect(table).to_contain_text("有关情况及时报送")
        expect(table).to_contain_text("文件未写明")
        expect(table).not_to_contain_text("中国纺织工业联合会（")  # another actor's group is filtered out
        groups = table.locator("tr.grp")
        expect(groups).to_have_count(1)
        _shot(page, "duties-table")

        with page.expect_download(timeout=30_000) as info:
            page.locator("#duty-xlsx").click()
        xlsx = tmp_path / "duties.xlsx"
        info.value.save_as(xlsx)
        sheet = load_workbook(xlsx).active
        assert sheet is not None
        values = [[c.value for c in row] for row in sheet.iter_rows()]
        assert values[0][:5] == ["责任主体", "工作事项", "是否报送", "报送对象", "时限"]
        assert len(values) == 1 + 4 and {r[0] for r in values[1:]} == {"各地商务主管部门"}
        report = [r for r in values[1:] if r[2] == "是"]
        assert len(report) == 1 and report[0][3] == "文件未写明"

        with page.expect_download(timeout=30_000) as info:
            page.locator("#duty-csv").click()
        raw = Path(info.value.path()).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert rows[0][0] == "责任主体" and len(rows) == 5

        with page.expect_download(timeout=30_000) as info:
            page.locator("#duty-docx").click()
        word = _docx_text(Path(info.value.path()))
        assert word[0] == "商务责任分工" and "一、各地商务主管部门（4项）" in word and "资料来源" in word

        page.get_by_role("tab", name="企业对照").click()
        page.locator("#firm-text textarea, #firm-text input").first.fill("我们是中西部的棉纺企业，想做数字化")
        page.locator("#firm-btn").click()
        result = page.locator("#firm-result")
        expect(result).to_contain_text("企业画像：棉纺、中西部、数字化转型", timeout=30_000)
        expect(result).to_contain_text("支持中西部地区积极承接产业转移")
        expect(result.locator("ul.gaps")).to_contain_text("活动计划表")
        _shot(page, "firm-match")

        page.get_by_role("tab", name="专题").click()
        page.locator("#topic-query textarea, #topic-query input").first.fill("纺织服装")
        page.locator("#topic-btn").click()
        listing = page.locator("#topic-result")
        expect(listing).to_contain_text("1份文件", timeout=30_000)
        expect(listing).to_contain_text("提及")
        expect(page.locator("#topic-chart")).to_be_visible()
        with page.expect_download(timeout=30_000) as info:
            page.locator("#topic-md").click()
        markdown = Path(info.value.path()).read_text(encoding="utf-8")
        assert markdown.startswith("# 专题：纺织服装") and "## 资料来源" in markdown
        _shot(page, "topic")

        page.get_by_role("tab", name="问答").click()
        page.locator("#question textarea").fill("我们省商务厅要做哪些工作、报送什么")
        page.locator("#send").click()
        expect(page.locator("#chatbot")).to_contain_text("报送对象：文件未写明", timeout=30_000)
        page.locator("#answer-export").click()
        expect(page.locator("#answer-export-status")).to_contain_text("已生成", timeout=30_000)
        with page.expect_download(timeout=30_000) as info:
            page.locator("#answer-docx").click()
        word = _docx_text(Path(info.value.path()))
        assert word[0] == "我们省商务厅要做哪些工作、报送什么" and any("有关情况及时报送" in p for p in word)
        browser.close()


def _docx_text(path: Path) -> list[str]:
    """The paragraphs of a real .docx (python-docx raises on anything else)."""
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs]


def test_export_folder_made_on_first_use_and_removed_with_the_app() -> None:
    """Every page build made a temp folder that outlived the process (1,479 were left in /tmp by test runs)."""
    import gc
    import tempfile

    from assistant.web_tools import ToolsApp

    before = set(Path(tempfile.gettempdir()).glob("gongwen-export-*"))
    app = ToolsApp(object())  # type: ignore[arg-type]
    assert set(Path(tempfile.gettempdir()).glob("gongwen-export-*")) == before  # nothing until an export
    folder = app._folder()
    assert folder.is_dir() and folder.parent == app.out_dir
    out = app.out_dir
    del app
    gc.collect()
    assert not out.exists()


@pytest.mark.slow
def test_the_server_stopped_by_sigterm_exits_cleanly(index_copy: Path) -> None:
    """uvicorn re-raises SIGTERM after its shutdown; the server exits as Python does (code 0), so
    exit handlers run and the export folders go (a killed process left them in /tmp)."""
    import subprocess

    from conftest import wait_for_port

    port = free_port()
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--index-dir", str(index_copy)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=dict(os.environ))
    try:
        wait_for_port(port, 120, proc)
    finally:
        proc.terminate()
        code = proc.wait(30)
    assert code == 0

"""The web chat, served for real: through gradio_client and in headless Chromium."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, chromium_or_skip, free_port, running
from docgen import make_docx

TOKEN = "test-admin-token"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _serve(index_dir: Path) -> Iterator[str]:
    """`python -m assistant serve` on the index, with the admin token; yields the page's URL."""
    port = free_port()
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--index-dir", str(index_dir)]
    with running(command, port, 120, cwd=ROOT, env=dict(os.environ, GONGWEN_ADMIN_TOKEN=TOKEN)) as url:
        yield url + "/"


@pytest.fixture()
def server(index_copy: Path) -> Iterator[str]:
    yield from _serve(index_copy)


@pytest.mark.slow
def test_chat_endpoint_through_gradio_client(server: str) -> None:
    from gradio_client import Client

    client = Client(server, analytics_enabled=False, verbose=False)
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/chat", "/documents", "/upload", "/remove"} <= set(endpoints)
    text, citations, refused, mode = client.predict("我们是服装出口企业，这个活动对我们有什么支持？", None,
                                                    api_name="/chat")
    assert not refused and mode == "extractive" and "出口竞争新优势" in text
    assert citations[0]["section"].startswith("二、工作任务 > （五）") and citations[0]["doc_number"]
    text, citations, refused, _ = client.predict("活动有多少补贴资金？", None, api_name="/chat")
    assert refused and text.startswith("现有文件未对此作出规定")
    rows = client.predict(api_name="/documents")
    assert rows[0][2] == "工信厅联消费函〔2023〕87号" and "缺失" in rows[0][6]
    message = client.predict(None, "wrong-token", api_name="/upload")
    assert "管理令牌不正确" in message
    # Nothing outside the upload folder is served.
    import urllib.error
    import urllib.request

    for path in ("gradio_api/file=/etc/passwd", "file=/etc/passwd", "gradio_api/file=../../../../etc/passwd"):
        try:
            with urllib.request.urlopen(server + path, timeout=10) as response:  # loopback only
                assert b"root:" not in response.read(), path
        except urllib.error.HTTPError as exc:
            assert exc.code in (400, 403, 404), path


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.slow
def test_in_a_real_browser(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    chromium = chromium_or_skip()

    upload = make_docx(tmp_path / "green-appliances-notice.docx")
    corrupt = tmp_path / "broken.docx"
    corrupt.write_bytes(b"PK\x03\x04 not a real docx")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium,
                                    args=CHROMIUM_ARGS)  # playwright gives it a fresh profile
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        page.goto(server)
        expect(page.locator("#mode")).to_contain_text("无 LLM", timeout=60_000)

        # Ask about the notice; the answer cites the right clause.
        page.locator("#question textarea").fill("我们是服装出口企业，这个活动对我们有什么支持？")
        page.locator("#send").click()
        expect(page.locator("#chatbot")).to_contain_text("出口竞争新优势", timeout=30_000)
        cites = page.locator("#citations")
        expect(cites).to_contain_text("（五）推进高水平对外开放合作", timeout=30_000)
        # Open the citation: the clause in its section, the quoted part highlighted.
        cites.locator("summary").first.click()
        mark = cites.locator("details[open] mark").first
        expect(mark).to_be_visible()
        expect(mark).to_contain_text("加快培育出口竞争新优势")
        _shot(page, "1-answer-with-citation")

        # Upload a document with the admin token and ask about it right away.
        page.get_by_role("tab", name="文件库").click()
        page.locator("#token input").fill(TOKEN)
        page.locator("#upload input[type=file]").set_input_files(str(upload))
        page.locator("#upload-btn").click()
        expect(page.locator("#library-status")).to_contain_text("已加入 1 份", timeout=60_000)
        expect(page.locator("#library")).to_contain_text("测试厅函〔2024〕12号", timeout=30_000)
        _shot(page, "2-uploaded")

        # An invalid upload gets a clear message and leaves the library as it was.
        page.locator("#upload input[type=file]").set_input_files(str(corrupt))
        page.locator("#upload-btn").click()
        expect(page.locator("#library-status")).to_contain_text("broken.docx", timeout=60_000)
        expect(page.locator("#library-status")).to_contain_text("文件已损坏或无法读取")
        expect(page.locator("#library")).to_contain_text("测试厅函〔2024〕12号")
        _shot(page, "3-invalid-upload")

        page.get_by_role("tab", name="问答").click()
        page.locator("#question textarea").fill("绿色家电下乡活动的联系人是谁？")
        page.locator("#send").click()
        expect(page.locator("#chatbot")).to_contain_text("李明", timeout=30_000)
        _shot(page, "4-answer-about-upload")
        browser.close()
    assert (ARTIFACTS / "1-answer-with-citation.png").stat().st_size > 10_000


@pytest.mark.slow
def test_library_page_at_laptop_and_phone_width(server: str, tmp_path: Path) -> None:
    """Every column visible at laptop width, readable cards at 390 px, Chinese messages for a
    rejected file type, and deletion only after an explicit choice and a confirmation."""
    from playwright.sync_api import expect, sync_playwright

    chromium = chromium_or_skip()
    upload = make_docx(tmp_path / "green-appliances-notice.docx")
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ not a document")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        page.goto(server)
        page.get_by_role("tab", name="文件库").click()
        page.locator("#token input").fill(TOKEN)
        page.locator("#upload input[type=file]").set_input_files([str(upload), str(exe)])
        page.locator("#upload-btn").click()
        status = page.locator("#library-status")
        expect(status).to_contain_text("已加入 1 份", timeout=60_000)
        expect(status).to_contain_text("tool.exe")
        expect(status).to_contain_text("不支持的文件类型")
        library = page.locator("#library")
        expect(library).to_contain_text("测试厅函〔2024〕12号", timeout=30_000)
        for header in page.locator("#library th").all():
            box = header.bounding_box()
            assert header.is_visible() and box is not None and box["x"] + box["width"] <= 1366, header.inner_text()
        assert page.evaluate("() => { const t = document.querySelector('#library table');"
                             " return t.scrollWidth <= t.parentElement.clientWidth + 1; }")
        _shot(page, "5-library-laptop")

        # Nothing is chosen for deletion at first; choosing is not enough without the confirmation.
        pick = page.locator("#remove-pick input")
        assert pick.input_value() == ""
        page.locator("#remove-btn").click()
        expect(status).to_contain_text("请先选择要删除的文件")
        pick.click()
        page.get_by_role("option", name="green-appliances-notice", exact=False).first.click()
        page.locator("#remove-btn").click()
        expect(status).to_contain_text("请勾选")
        expect(library).to_contain_text("测试厅函〔2024〕12号")
        page.locator("#remove-confirm input").check()
        page.locator("#remove-btn").click()
        expect(status).to_contain_text("已删除：green-appliances-notice", timeout=30_000)
        expect(library).not_to_contain_text("测试厅函〔2024〕12号", timeout=30_000)
        expect(page.locator("#remove-confirm input")).not_to_be_checked()

        phone = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN", device_scale_factor=2)
        phone.goto(server)
        phone.get_by_role("tab", name="文件库").click()
        cell = phone.locator("#library td[data-label='发文字号']").first
        expect(cell).to_contain_text("工信厅联消费函〔2023〕87号", timeout=30_000)
        box = cell.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert phone.evaluate("() => document.documentElement.scrollWidth <= 391")
        _shot(phone, "6-library-390px")
        browser.close()


@pytest.fixture()
def large_library_server(index_copy: Path, tmp_path: Path) -> Iterator[str]:
    """The notice plus 120 short regulations of different years and issuers."""
    import json

    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    issuers = ["国务院办公厅", "商务部", "市场监管总局"]
    records = [{"title": f"{2001 + i % 20}年第{i + 1}号{issuers[i % 3]}关于规范第{i + 1}类事项的规定",
                "content": f"{2001 + i % 20}年第{i + 1}号{issuers[i % 3]}关于规范第{i + 1}类事项的规定\n\n"
                           f"第一条 为了规范第{i + 1}类事项，制定本规定。\n第二条 本规定自发布之日起施行。"}
               for i in range(120)]
    corpus = tmp_path / "regulations.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    report = KnowledgeBase(IndexSettings(index_dir=index_copy)).add([corpus])
    assert report.ok and len(report.added) == 120, report.failed
    yield from _serve(index_copy)


@pytest.mark.slow
def test_a_large_library_is_searched_and_paged_not_scrolled(large_library_server: str) -> None:
    """121 documents: the table shows one page at a time, search narrows it by year and issuer,
    and neither picker ever lists the whole library."""
    from playwright.sync_api import expect, sync_playwright

    chromium = chromium_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        page.goto(large_library_server)
        page.get_by_role("tab", name="文件库").click()
        library = page.locator("#library")
        expect(library).to_contain_text("共 121 份文件，第 1/7 页", timeout=30_000)
        assert page.locator("#library tbody tr").count() == 20
        page.locator("#library-next").click()
        expect(library).to_contain_text("第 2/7 页")
        page.locator("#library-search textarea, #library-search input").first.fill("2005 商务部")
        expect(library).to_contain_text("找到", timeout=30_000)
        rows = page.locator("#library tbody tr")
        expect(rows.first).to_contain_text("2005年")
        assert 0 < rows.count() <= 20
        for text in rows.all_inner_texts():
            assert "2005" in text and "商务部" in text, text
        page.locator("#remove-pick input").click()
        options = page.get_by_role("option")
        expect(options.first).to_be_visible()
        assert 0 < options.count() <= 50
        page.keyboard.press("Escape")
        page.get_by_role("tab", name="问答").click()
        page.locator("#scope input").click()
        expect(page.get_by_role("option").first).to_be_visible()
        assert page.get_by_role("option").count() <= 50
        page.keyboard.press("Escape")
        page.locator("#scope-search textarea, #scope-search input").first.fill("工信厅联消费函")
        page.locator("#scope input").click()
        expect(page.get_by_role("option", name="纺织服装", exact=False).first).to_be_visible(timeout=30_000)
        assert page.get_by_role("option").count() == 1
        browser.close()


OTHER_87 = """浙测经信〔2023〕87号
浙江省测试厅关于开展2023年丝绸产品推广活动的通知
各市测试局：
为推广丝绸产品，现将有关事项通知如下：
一、工作安排
各市于2023年9月30日前报送推广方案。
联系人：王芳，电话：0571-12345678
浙江省测试厅
2023年6月1日
"""


@pytest.fixture()
def two_87_server(index_copy: Path, tmp_path: Path) -> Iterator[str]:
    """The notice (工信厅联消费函〔2023〕87号) and a local notice that is also 〔2023〕87号."""
    from index.kb import KnowledgeBase
    from index.settings import IndexSettings

    other = tmp_path / "zj-silk-87.txt"
    other.write_text(OTHER_87, encoding="utf-8")
    report = KnowledgeBase(IndexSettings(index_dir=index_copy)).add([other])
    assert report.added == ["zj-silk-87"]
    yield from _serve(index_copy)


@pytest.mark.slow
def test_an_ambiguous_reference_offers_the_documents_as_choices(two_87_server: str) -> None:
    """Issue 8: "87号文" fits two notices; the answer says so and the page offers both as choices;
    picking one answers from it. The library shows each document's role and can change it."""
    from playwright.sync_api import expect, sync_playwright

    chromium = chromium_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        page.goto(two_87_server)
        expect(page.locator("#mode")).to_contain_text("无 LLM", timeout=60_000)
        choices = page.locator("#candidates")
        expect(choices).to_be_hidden()
        page.locator("#question textarea").fill("87号文的联系人是谁？")
        page.locator("#send").click()
        # The subject answers, the note names both, and both are offered.
        expect(page.locator("#chatbot")).to_contain_text("纵瑞龙", timeout=30_000)
        expect(page.locator("#chatbot")).to_contain_text("浙江省测试厅关于开展2023年丝绸产品推广活动的通知")
        expect(choices).to_be_visible(timeout=30_000)
        expect(choices).to_contain_text("浙测经信〔2023〕87号")
        expect(choices).to_contain_text("工信厅联消费函〔2023〕87号")
        _shot(page, "5-candidates")
        choices.get_by_text("浙测经信〔2023〕87号").click()
        expect(page.locator("#chatbot").locator(".message").last).to_contain_text("王芳", timeout=30_000)
        _shot(page, "6-candidate-chosen")

        # Roles: shown in the library and changed with the admin token.
        page.get_by_role("tab", name="文件库").click()
        library = page.locator("#library")
        expect(library).to_contain_text("相关文件", timeout=30_000)
        expect(library).to_contain_text("主题文件")
        page.locator("#token input").fill(TOKEN)
        page.locator("#remove-pick input").fill("zj-silk")
        page.get_by_role("option", name="zj-silk-87", exact=False).first.click()
        page.locator("#role-pick").get_by_text("背景资料").click()
        page.locator("#role-btn").click()
        expect(page.locator("#library-status")).to_contain_text("设为背景资料", timeout=30_000)
        expect(library).to_contain_text("背景资料", timeout=30_000)
        browser.close()

"""The web chat: a thin Gradio layer over `Assistant.ask`.

Chinese by default. Answers stream; each shows its citations, and opening one shows the clause in
its section with the quoted part highlighted. The document library can be read by anyone and
changed only with the operator's admin token. API endpoints have stable names (`chat`,
`documents`) for gradio_client.
"""

from __future__ import annotations

import contextlib
import html
import queue
import re
import shutil
import threading
from pathlib import Path
from typing import Any

from index.loaders import SUPPORTED

from .api import Assistant, QuestionError
from .compose import section_label
from .models import Answer, RequestError, Turn
from .settings import Settings

UPLOAD_TYPES = [".docx", ".pdf", ".html", ".htm", ".txt", ".md"]
EXAMPLES_ENTERPRISE = [
    "我们是一家服装出口企业，这个活动对我们有什么支持？",
    "我们是中西部的纺织企业，有哪些相关政策？",
    "我们想做数字化改造，通知里怎么说？",
]
EXAMPLES_OFFICIAL = [
    "这份通知发给了哪些单位？",
    "各地商务主管部门要做什么、报送什么？",
    "通知的联系人和电话是什么？",
    "工作任务有哪几个方面？",
]
CSS = """
.cite details {border:1px solid #d0d7de;border-radius:6px;margin:6px 0;padding:6px 10px;background:#fafbfc}
.cite summary {cursor:pointer;font-weight:600}
.cite .ctx {white-space:pre-wrap;line-height:1.7;margin-top:6px}
.cite mark {background:#fff3b0;padding:0 2px}
.cite .src {color:#666;font-size:0.85em}
.badge {display:inline-block;padding:2px 8px;border-radius:10px;background:#e7f3ff;color:#0b5394;font-size:0.9em}
.badge.warn {background:#fdecea;color:#a50e0e}
"""


def _e(text: str | None) -> str:
    return html.escape(text or "")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>$-])")


def as_text(text: str) -> str:
    """Document-derived text for the chat, which renders Markdown: shown as text, never as a link,
    an image or HTML (a document must not place a phishing link or make every viewer's browser
    fetch an image). HTML is escaped, Markdown syntax backslash-escaped, and the starts of
    autolinks (http://, www., e-mail @) broken with entities that still display the same."""
    text = html.escape(text, quote=False)
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"(?i)\b(https?|ftp|file|data|javascript):", r"\1&#58;", text)
    text = re.sub(r"(?i)\bwww\.", "www&#46;", text)
    return text.replace("@", "&#64;")


def citations_html(assistant: Assistant, answer: Answer | None) -> str:
    """Each citation as an expandable block: label, quote, and the clause in its section."""
    if answer is None or not answer.citations:
        return "<div class='cite'><p>（暂无引用）</p></div>"
    parts = ["<div class='cite'>"]
    for c in answer.citations:
        chunk = assistant.kb.chunks.get(c.chunk_id)
        if chunk is not None:
            before, quote, after = assistant.kb.section_context(chunk)
            context = f"{_e(before)}<mark>{_e(quote)}</mark>{_e(after)}"
        else:
            context = f"<mark>{_e(c.quote)}</mark>"
        label = f"[{c.n}] 《{_e(c.title)}》" + (f"（{_e(c.doc_number)}）" if c.doc_number else "")
        section = _e(section_label(assistant.kb, c.chunk_id, c.section))
        parts.append(
            f"<details data-n='{c.n}'><summary>{label} · {section}</summary>"
            f"<div class='ctx'>{context}</div>"
            f"<div class='src'>来源：{_e(Path(c.source.split('#')[0]).name)}</div></details>")
    parts.append("</div>")
    return "".join(parts)


def mode_html(assistant: Assistant, notice: str | None = None) -> str:
    llm = assistant.settings.llm
    if assistant.mode == "llm":
        text = f"回答模式：LLM（{_e(llm.model)} @ {_e(llm.base_url or llm.provider)}），引用经逐句核对"
    else:
        text = "回答模式：无 LLM —— 答案直接由所引条款组成，离线可用"
    badge = f"<span class='badge'>{text}</span>"
    if notice:
        badge += f" <span class='badge warn'>{_e(notice)}</span>"
    return badge


def library_rows(assistant: Assistant) -> list[list[Any]]:
    rows = []
    for d in sorted(assistant.documents(), key=lambda d: (d.meta.doc_number is None, d.doc_id)):
        attachments = assistant.kb.attachment_status(d)
        att = "；".join(f"{a.name}（{'已收录' if a.available else '缺失'}）" for a in attachments) or "—"
        rows.append([d.doc_id, d.title, d.meta.doc_number or "—", d.meta.issuer or "—",
                     d.meta.written_date or "—", d.meta.published_date or "—", att, len(d.chunks)])
    return rows


LIBRARY_HEADERS = ["文档", "标题", "发文字号", "发文机关", "成文日期", "发布日期", "附件", "条款数"]


def doc_choices(assistant: Assistant) -> list[tuple[str, str]]:
    return [(f"{d.title[:40]}（{d.doc_id}）", d.doc_id)
            for d in sorted(assistant.documents(), key=lambda d: (d.meta.doc_number is None, d.doc_id))]


_REASONS_ZH = [
    ("corrupt or unreadable", "文件已损坏或无法读取"),
    ("no text layer", "PDF 没有文字层（可能是扫描件），请先做文字识别"),
    ("empty file", "空文件"),
    ("binary file", "不是文本文件"),
    ("unknown text encoding", "无法识别的文字编码"),
    ("duplicate of already indexed document", "与库中已有文件内容重复"),
    ("too long for a policy document", "内容过长，不像一份政策文件"),
    ("unsupported file type", "不支持的文件类型"),
    ("no text", "文件中没有文字"),
]


def _zh_reason(reason: str) -> str:
    """The Chinese reading of an index error reason, keeping the original in brackets."""
    for english, chinese in _REASONS_ZH:
        if english in reason:
            return f"{chinese}（{reason}）"
    return reason


def _safe_name(name: str) -> str:
    stem, dot, ext = Path(name).name.rpartition(".")
    stem = re.sub(r"[^\w\u4e00-\u9fff\-.]+", "_", stem or ext).strip("._") or "upload"
    return f"{stem[:80]}.{ext.lower()}" if dot else stem[:80]


class WebApp:
    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        settings = assistant.settings
        self.upload_dir = Path(settings.upload_dir or Path(settings.index.index_dir) / "uploads")
        with contextlib.suppress(OSError):  # a read-only index serves answers; uploads then fail in one line
            self.upload_dir.mkdir(parents=True, exist_ok=True)
        self.max_bytes = int(settings.max_upload_mb * 1024 * 1024)

    # ----- chat -------------------------------------------------------------------------------
    def stream_answer(self, question: str, turns: list[Turn], scope: list[str] | None):  # type: ignore[no-untyped-def]
        """Yield (partial text, final Answer or None) while `ask` runs in a worker thread."""
        deltas: queue.Queue[str | None] = queue.Queue()
        result: dict[str, Any] = {}

        def run() -> None:
            try:
                filters = {"doc_ids": scope} if scope else None
                result["answer"] = self.assistant.ask(question, history=turns, filters=filters,
                                                      on_delta=deltas.put)
            except (QuestionError, RequestError) as exc:
                result["error"] = str(exc)
            except Exception as exc:  # shown to the user as one line, never a stack trace
                result["error"] = f"内部错误：{type(exc).__name__}: {exc}"
            finally:
                deltas.put(None)

        threading.Thread(target=run, daemon=True).start()
        text = ""
        while True:
            piece = deltas.get()
            if piece is None:
                break
            text += piece
            yield text, None
        if "error" in result:
            yield f"提示：{result['error']}", None
        else:
            answer: Answer = result["answer"]
            yield answer.text, answer

    def respond(self, message: str, history: list[dict], turns: list[Turn], scope: list[str] | None):  # type: ignore[no-untyped-def]
        """The chat renders Markdown: the question and the answer (quotes of documents, model
        text) go in as text (`as_text`)."""
        history = [*list(history or []), {"role": "user", "content": as_text(str(message))},
                   {"role": "assistant", "content": "…"}]
        turns = list(turns or [])
        answer = None
        for text, final in self.stream_answer(message, turns, scope):
            history[-1] = {"role": "assistant", "content": as_text(text)}
            answer = final
            yield history, turns, "", _unchanged(), _unchanged()
        if answer is not None:
            turns.append(Turn(message, answer))
            turns = turns[-self.assistant.settings.max_turns :]  # per-session state stays bounded
        cites = citations_html(self.assistant, answer)
        mode = mode_html(self.assistant, answer.notice if answer else None)
        yield history, turns, "", cites, mode

    def api_chat(self, question: str, scope: list[str] | None = None) -> tuple[str, list[dict], bool, str]:
        """For gradio_client: (answer text, citations, refused, mode)."""
        try:
            answer = self.assistant.ask(question, filters={"doc_ids": scope} if scope else None)
        except (QuestionError, RequestError) as exc:
            return f"提示：{exc}", [], False, self.assistant.mode
        return answer.text, answer.to_json()["citations"], answer.refused, answer.mode

    # ----- library ----------------------------------------------------------------------------
    def _authorised(self, token: str | None) -> str | None:
        expected = self.assistant.settings.admin_token
        if not expected:
            return "文件库为只读：运营方未设置管理令牌（GONGWEN_ADMIN_TOKEN）。"
        import hmac

        # Bytes: compare_digest raises TypeError on non-ASCII str (and the token may be any JSON).
        if not isinstance(token, str) or not token or not hmac.compare_digest(token.encode(), expected.encode()):
            return "管理令牌不正确，文件库未改动。"
        return None

    def upload(self, files: list[Any] | None, token: str, progress: Any = None) -> str:
        refusal = self._authorised(token)
        if refusal:
            return refusal
        if not files:
            return "请先选择要上传的文件。"
        saved: list[Path] = []
        errors: list[tuple[str, str]] = []
        for f in files:
            path = Path(getattr(f, "name", f))
            name = _safe_name(getattr(f, "orig_name", None) or path.name)
            suffix = Path(name).suffix.lower()
            if suffix not in UPLOAD_TYPES or suffix not in SUPPORTED:
                errors.append((name, f"不支持的文件类型（可上传 {' '.join(UPLOAD_TYPES)}）"))
                continue
            size = path.stat().st_size
            if size > self.max_bytes:
                errors.append((name, f"文件过大（{size / 1e6:.1f} MB，上限 {self.max_bytes / 1e6:.0f} MB）"))
                continue
            staging = self.upload_dir / ".staging"
            staging.mkdir(exist_ok=True)
            target = staging / name
            shutil.copyfile(path, target)
            saved.append(target)
        report = None
        if saved:
            def on_progress(fraction: float, label: str) -> None:
                if progress is not None:
                    progress(fraction, desc=label)

            report = self.assistant.add_files(saved, on_progress=on_progress)
            failed = {Path(e.path).name for e in report.failed}
            for e in report.failed:
                errors.append((Path(e.path).name, _zh_reason(e.reason)))
            for target in saved:
                if target.name in failed:
                    target.unlink(missing_ok=True)
        lines = []
        if report and (report.added or report.replaced):
            lines.append(f"**成功**：已加入 {len(report.added)} 份、更新 {len(report.replaced)} 份文件，可立即提问。")
        if report and report.unchanged:
            lines.append(f"未变化（已在库中）：{len(report.unchanged)} 份。")
        lines += [f"**失败**：{name}：{reason}" for name, reason in errors]
        return "\n\n".join(lines) or "没有文件被加入。"

    def remove(self, doc_id: str | None, token: str) -> str:
        refusal = self._authorised(token)
        if refusal:
            return refusal
        if not doc_id:
            return "请先选择要删除的文件。"
        try:
            removed = self.assistant.remove(doc_id)
        except KeyError:
            return f"文件库中没有 {doc_id}。"
        return f"已删除：{'、'.join(removed)}"


def _unchanged():  # type: ignore[no-untyped-def]
    """Leave a component as it is while the answer streams."""
    import gradio as gr

    return gr.update()


def build_app(assistant: Assistant):  # type: ignore[no-untyped-def]
    import gradio as gr

    app = WebApp(assistant)
    settings = assistant.settings
    # Files Gradio receives (its generic upload route accepts them from anyone) are deleted after
    # cache_ttl_s; per-session state expires (State time_to_live) and the number of sessions is
    # bounded at launch (state_session_capacity, see launch_options).
    with gr.Blocks(title="政策文件问答", delete_cache=(min(settings.cache_ttl_s, 3600), settings.cache_ttl_s)) as demo:
        gr.Markdown("## 政策文件问答 · 每句回答都注明出处条款\n"
                    "面向企业与政府部门：问政策内容、适用对象、工作要求、报送事项与联系人。")
        mode = gr.HTML(mode_html(assistant), elem_id="mode")
        turns = gr.State([], time_to_live=settings.session_ttl_s)
        with gr.Tab("问答", id="chat-tab"), gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="对话", height=460, elem_id="chatbot", buttons=["copy"],
                                     feedback_options=None)
                with gr.Row():
                    box = gr.Textbox(placeholder="输入问题，例如：我们是服装出口企业，这个活动对我们有什么支持？",
                                     show_label=False, scale=5, elem_id="question", max_length=1000)
                    send = gr.Button("提问", variant="primary", scale=1, elem_id="send")
                clear = gr.Button("新对话", size="sm")
                gr.Markdown("**企业常问**")
                with gr.Row():
                    ent = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES_ENTERPRISE]
                gr.Markdown("**政府部门常问**")
                with gr.Row():
                    off = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES_OFFICIAL]
            with gr.Column(scale=2):
                scope = gr.Dropdown(choices=doc_choices(assistant), multiselect=True, value=[],
                                    label="检索范围（不选 = 全部文件）", elem_id="scope")
                gr.Markdown("**引用条款**（点开查看条款在原文中的位置）")
                cites = gr.HTML(citations_html(assistant, None), elem_id="citations")
        with gr.Tab("文件库", id="library-tab"):
            table = gr.Dataframe(value=library_rows(assistant), headers=LIBRARY_HEADERS, interactive=False,
                                 wrap=True, elem_id="library")
            gr.Markdown("上传或删除文件需要运营方设置的管理令牌；没有令牌时文件库只读。")
            token = gr.Textbox(label="管理令牌", type="password", elem_id="token")
            files = gr.File(label="上传文件（docx、pdf、html、txt）", file_count="multiple",
                            file_types=UPLOAD_TYPES, elem_id="upload")
            upload_btn = gr.Button("上传并索引", variant="primary", elem_id="upload-btn")
            doc_pick = gr.Dropdown(choices=doc_choices(assistant), label="选择要删除的文件", elem_id="remove-pick")
            remove_btn = gr.Button("删除所选文件", variant="stop", elem_id="remove-btn")
            status = gr.Markdown(elem_id="library-status")

        # Many people at once: answers run in threads (LLM-free ones take milliseconds), so one
        # slow LLM answer occupies one of the slots and never the whole queue.
        chat_kwargs: dict[str, Any] = {"concurrency_limit": 32, "concurrency_id": "chat"}
        outputs = [chatbot, turns, box, cites, mode]
        box.submit(app.respond, [box, chatbot, turns, scope], outputs, api_visibility="private", **chat_kwargs)
        send.click(app.respond, [box, chatbot, turns, scope], outputs, api_visibility="private", **chat_kwargs)
        for button in ent + off:
            button.click(lambda q=button.value: q, None, box, api_visibility="private").then(
                app.respond, [box, chatbot, turns, scope], outputs, api_visibility="private", **chat_kwargs)
        clear.click(lambda: ([], [], citations_html(assistant, None)), None, [chatbot, turns, cites], api_visibility="private")

        def refresh():  # type: ignore[no-untyped-def]
            choices = doc_choices(assistant)
            return (gr.update(value=library_rows(assistant)), gr.update(choices=choices),
                    gr.update(choices=choices, value=None))

        def do_upload(f, t, progress=gr.Progress()):  # type: ignore[no-untyped-def]  # noqa: B008 (gradio's idiom)
            return app.upload(f, t, progress)

        upload_btn.click(do_upload, [files, token], status, api_name="upload", concurrency_limit=1,
                         concurrency_id="library").then(refresh, None, [table, scope, doc_pick], api_visibility="private").then(
            lambda: None, None, files, api_visibility="private")
        remove_btn.click(app.remove, [doc_pick, token], status, api_name="remove", concurrency_limit=1,
                         concurrency_id="library").then(refresh, None, [table, scope, doc_pick], api_visibility="private")

        # Stable API endpoints for gradio_client.
        api_q = gr.Textbox(visible=False)
        api_scope = gr.JSON(visible=False)
        api_out = [gr.Textbox(visible=False), gr.JSON(visible=False), gr.Checkbox(visible=False),
                   gr.Textbox(visible=False)]
        api_btn = gr.Button(visible=False)
        api_btn.click(app.api_chat, [api_q, api_scope], api_out, api_name="chat", **chat_kwargs)
        docs_btn = gr.Button(visible=False)
        docs_btn.click(lambda: library_rows(assistant), None,
                       gr.JSON(visible=False), api_name="documents")
    demo.queue(default_concurrency_limit=8)
    return demo


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True):  # type: ignore[no-untyped-def]
    import gradio as gr

    assistant = Assistant(settings)
    assistant.ask("预热")  # load the tokenizer and caches now, not on the first visitor's question
    demo = build_app(assistant)
    mode = "LLM" if assistant.mode == "llm" else "无 LLM"
    library = "可管理" if settings.admin_token else "只读"
    print(f"政策文件问答：http://{host}:{port}  （{len(assistant.documents())} 份文件，{mode} 模式；文件库{library}）",
          flush=True)
    demo.launch(server_name=host, server_port=port, share=False, footer_links=["api"], css=CSS, theme=gr.themes.Soft(),
                prevent_thread_lock=not block, show_error=False, quiet=True, **launch_options(settings))
    return demo


def launch_options(settings: Settings) -> dict[str, Any]:
    """What bounds the server's memory and disk: the largest file Gradio accepts on any route,
    and how many sessions it keeps in memory (every anonymous API call makes one)."""
    return {"max_file_size": int(settings.max_upload_mb * 1024 * 1024), "state_session_capacity": settings.max_sessions}

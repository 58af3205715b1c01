"""The web chat: a thin Gradio layer over `Assistant.ask`.

Chinese by default. Answers stream; each shows its citations, and opening one shows the clause in
its section with the quoted part highlighted. The document library can be read by anyone and
changed only with the operator's admin token. API endpoints have stable names (`chat`,
`documents`) for gradio_client.
"""

from __future__ import annotations

import base64
import html
import pickle
import queue
import re
import signal
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from index.library import UPLOAD_TYPES, Library, LibraryError
from index.models import ROLE_LABELS, ROLES
from index.settings import from_parent, hand_to_workers

from .api import Assistant, QuestionError
from .citing import section_label
from .models import Answer, RequestError, Turn
from .service import NO_QUESTION, library_for, only_punctuation
from .settings import Settings
from .web_tools import TOOLS_CSS, add_answer_export, add_tool_tabs

# ("label", value) for the role controls; "" lets the library choose (see KnowledgeBase.add).
ROLE_CHOICES = [("自动", ""), *((f"{ROLE_LABELS[r]}", r) for r in ROLES)]

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
.lib table {width:100%;border:0 !important;border-collapse:collapse;table-layout:auto;font-size:0.92em}
.lib th, .lib td {border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
.lib th {background:#f6f8fa;white-space:nowrap}
.lib td {overflow-wrap:anywhere}
.lib td.c0 {min-width:9em;font-family:ui-monospace,monospace;font-size:0.9em}
.lib td.c1 {min-width:12em}
.lib td.c2 {min-width:9em}
.lib td.c4, .lib td.c5 {white-space:nowrap}
.lib .count {color:#666;margin:0 0 6px}
@media (max-width: 700px) {
  .lib table, .lib tbody, .lib tr, .lib td {display:block;width:100%}
  .lib thead {display:none}
  .lib tr {border:1px solid #d0d7de;border-radius:8px;margin:0 0 10px;padding:6px 8px;background:#fff}
  .lib td {border:0;padding:3px 0;min-width:0 !important;white-space:normal !important}
  .lib td::before {content:attr(data-label) "：";font-weight:600;color:#444}
}
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


def library_rows(library: Library) -> list[list[Any]]:
    return [_row(r) for r in library.listing()]


LIBRARY_HEADERS = ["文档", "标题", "发文字号", "发文机关", "成文日期", "发布日期", "附件", "条款数", "角色"]


PAGE_SIZE = 20  # documents on one page of the library table
MAX_CHOICES = 50  # documents offered in a picker at once: a library of thousands is searched, not scrolled


def _row(r: dict[str, Any]) -> list[Any]:
    att = "；".join(f"{a['name']}（{'已收录' if a['available'] else '缺失'}）" for a in r["attachments"]) or "—"
    return [r["doc_id"], r["title"], r["doc_number"] or "—", r["issuer"] or "—",
            r["written_date"] or "—", r["published_date"] or "—", att, r["chunks"],
            ROLE_LABELS.get(r.get("role") or "", "—")]


def library_html(library: Library, query: str = "", page: int = 1) -> str:
    """One page of the library (documents matching `query`) as a table that wraps instead of
    hiding columns; on a phone each document becomes a card with labelled fields (see CSS .lib)."""
    shown = library.page(query, page, PAGE_SIZE)
    if not shown.total:
        empty = f"没有与“{_e(query)}”匹配的文件。" if query.strip() else "文件库为空。"
        return f"<div class='lib'><p>{empty}</p></div>"
    head = "".join(f"<th>{h}</th>" for h in LIBRARY_HEADERS)
    body = "".join(
        "<tr>" + "".join(f"<td data-label='{h}' class='c{i}'>{_e(str(v))}</td>"
                         for i, (h, v) in enumerate(zip(LIBRARY_HEADERS, _row(r)))) + "</tr>"
        for r in shown.rows)
    found = f"找到 {shown.total} 份（共 {len(library.kb.docs)} 份）" if query.strip() else f"共 {shown.total} 份文件"
    where = f"，第 {shown.page}/{shown.pages} 页" if shown.pages > 1 else ""
    return (f"<div class='lib'><p class='count'>{found}{where}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def doc_choices(library: Library, query: str = "", keep: list[str] | tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Documents to pick from: those already picked (`keep`), then at most MAX_CHOICES that match
    `query` (title, 文号, issuer, year)."""
    found = library.find(query)[:MAX_CHOICES]
    ids = {d.doc_id for d in found}
    kept = [library.kb.docs[i] for i in keep or () if i in library.kb.docs and i not in ids]
    return [(f"{d.title[:40]}（{d.doc_id}）", d.doc_id) for d in kept + found]


class WebApp:
    def __init__(self, assistant: Assistant, library: Library | None = None) -> None:
        self.assistant = assistant
        self.library = library or library_for(assistant)

    # ----- chat -------------------------------------------------------------------------------
    def stream_answer(self, question: str, turns: list[Turn], scope: list[str] | None):  # type: ignore[no-untyped-def]
        """Yield (partial text, final Answer or None) while `ask` runs in a worker thread."""
        deltas: queue.Queue[str | None] = queue.Queue()
        result: dict[str, Any] = {}

        def run() -> None:
            try:
                if only_punctuation(question):
                    raise QuestionError(NO_QUESTION)
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
            yield history, turns, "", _unchanged(), _unchanged(), _unchanged()
        if answer is not None:
            turns.append(Turn(message, answer))
            turns = turns[-self.assistant.settings.max_turns :]  # per-session state stays bounded
        cites = citations_html(self.assistant, answer)
        mode = mode_html(self.assistant, answer.notice if answer else None)
        yield history, turns, "", cites, mode, candidate_choices(answer)

    def api_chat(self, question: str, scope: list[str] | None = None) -> tuple[str, list[dict], bool, str]:
        """For gradio_client: (answer text, citations, refused, mode)."""
        try:
            if only_punctuation(question):
                raise QuestionError(NO_QUESTION)
            answer = self.assistant.ask(question, filters={"doc_ids": scope} if scope else None)
        except (QuestionError, RequestError) as exc:
            return f"提示：{exc}", [], False, self.assistant.mode
        return answer.text, answer.to_json()["citations"], answer.refused, answer.mode

    # ----- library ----------------------------------------------------------------------------
    def set_role(self, doc_id: str | None, role: str | None, token: str) -> str:
        """Mark a document subject, related or background (admin token, like every change)."""
        if not role:
            return "请先选择新的角色。"
        try:
            changed = self.library.set_role(doc_id, role, token)
        except LibraryError as exc:
            return exc.message
        return f"已将 {'、'.join(changed)} 设为{ROLE_LABELS.get(role, role)}。"

    def upload(self, files: list[Any] | None, token: str, progress: Any = None, role: str | None = None) -> str:
        """Upload through the library service; every outcome is one Chinese line a file."""
        def on_progress(fraction: float, label: str) -> None:
            if progress is not None:
                progress(fraction, desc=label)

        given = [(getattr(f, "orig_name", None) or Path(getattr(f, "name", f)).name, Path(getattr(f, "name", f)))
                 for f in files or []]
        try:
            return self.library.upload(given, token, on_progress=on_progress, role=role).summary_zh()  # type: ignore[arg-type]
        except LibraryError as exc:
            return exc.message

    def remove(self, doc_id: str | None, confirmed: bool, token: str) -> tuple[str, bool]:
        """(message, whether the document was removed)."""
        if doc_id and not confirmed:
            return "请勾选“确认删除”后再删除。删除后该文件不再参与问答，上传的原文件也会一并删除。", False
        try:
            removed = self.library.remove(doc_id, token)
        except LibraryError as exc:
            return exc.message, False
        return f"已删除：{'、'.join(removed)}", True


def candidate_choices(answer: Answer | None):  # type: ignore[no-untyped-def]
    """The documents an ambiguous reference fits, as choices under the chat (hidden otherwise)."""
    import gradio as gr

    docs = answer.candidates if answer is not None else []
    return gr.update(choices=[(d.label(), d.doc_id) for d in docs], value=None, visible=bool(docs))


def _unchanged():  # type: ignore[no-untyped-def]
    """Leave a component as it is while the answer streams."""
    import gradio as gr

    return gr.update()


def build_app(assistant: Assistant, library: Library | None = None):  # type: ignore[no-untyped-def]
    import gradio as gr

    app = WebApp(assistant, library)
    settings = assistant.settings
    # Files Gradio receives (its generic upload route accepts them from anyone) are deleted after
    # cache_ttl_s; per-session state expires (State time_to_live) and the number of sessions is
    # bounded (state_session_capacity, see launch_options).
    with gr.Blocks(title="政策文件问答", analytics_enabled=False,
                   delete_cache=(min(settings.cache_ttl_s, 3600), settings.cache_ttl_s)) as demo:
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
                pick = gr.Radio(choices=[], value=None, visible=False, elem_id="candidates",
                                label="问题可能指以下几份文件，请选择一份（将按所选文件重新回答）")
                clear = gr.Button("新对话", size="sm")
                add_answer_export(gr, assistant, turns)  # Word / Markdown of the latest answer
                gr.Markdown("**企业常问**")
                with gr.Row():
                    ent = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES_ENTERPRISE]
                gr.Markdown("**政府部门常问**")
                with gr.Row():
                    off = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES_OFFICIAL]
            with gr.Column(scale=2):
                # The library's table and lists are filled when a page loads (demo.load below), not
                # here: Gradio copies every component's initial value into each session, and every
                # anonymous API call makes one (a 90-document table was ~70 KB a session).
                scope_search = gr.Textbox(label="查找文件以限定范围（标题、文号、发文机关、年份）",
                                          elem_id="scope-search", max_length=200)
                scope = gr.Dropdown(choices=[], multiselect=True, value=[],
                                    label=f"检索范围（不选 = 全部文件；最多列出 {MAX_CHOICES} 份匹配的文件）",
                                    elem_id="scope")
                gr.Markdown("**引用条款**（点开查看条款在原文中的位置）")
                cites = gr.HTML(citations_html(assistant, None), elem_id="citations")
        with gr.Tab("文件库", id="library-tab"):
            with gr.Row():
                lib_search = gr.Textbox(label="查找文件（标题、文号、发文机关、年份，空格分隔多个词）", scale=4,
                                        elem_id="library-search", max_length=200)
                prev_btn = gr.Button("上一页", size="sm", scale=1, elem_id="library-prev")
                next_btn = gr.Button("下一页", size="sm", scale=1, elem_id="library-next")
            lib_page = gr.State(1)
            table = gr.HTML("<p>正在载入文件库…</p>", elem_id="library")
            gr.Markdown("上传或删除文件需要运营方设置的管理令牌；没有令牌时文件库只读。")
            token = gr.Textbox(label="管理令牌", type="password", elem_id="token")
            # No file_types here: Gradio would reject other types with an English message; the
            # library service rejects them with a Chinese one (and the same rule for every interface).
            files = gr.File(label=f"上传文件（{'、'.join(t.lstrip('.') for t in UPLOAD_TYPES)}，"
                            f"每个不超过 {int(assistant.settings.max_upload_mb)} MB）", file_count="multiple",
                            elem_id="upload")
            upload_role = gr.Radio(choices=ROLE_CHOICES, value="", label="文件角色", elem_id="upload-role",
                                   info="主题文件：助手所讲的活动文件，回答不指明文件的问题；相关文件：主题文件未规定时参考"
                                        "（法律、地方通知）；背景资料：只在问题点名时使用。自动：文件库已有主题文件时为相关文件。")
            upload_btn = gr.Button("上传并索引", variant="primary", elem_id="upload-btn")
            gr.Markdown("**删除文件**：先选择文件，再勾选确认。")
            doc_pick = gr.Dropdown(choices=[], value=None,
                                   label=f"选择要删除的文件（按上方查找筛选，最多列出 {MAX_CHOICES} 份）",
                                   elem_id="remove-pick")
            confirm = gr.Checkbox(value=False, label="确认删除所选文件（上传的原文件一并删除，不可恢复）",
                                  elem_id="remove-confirm")
            remove_btn = gr.Button("删除所选文件", variant="stop", elem_id="remove-btn")
            with gr.Row():
                new_role = gr.Radio(choices=ROLE_CHOICES[1:], value=None, label="把所选文件设为", elem_id="role-pick", scale=3)
                role_btn = gr.Button("更改角色", size="sm", elem_id="role-btn", scale=1)
            status = gr.Markdown(elem_id="library-status")
        add_tool_tabs(gr, assistant, doc_choices(app.library))  # 责任分工, 企业对照 (assistant/web_tools.py)

        # Many people at once: answers run in threads (LLM-free ones take milliseconds), so one
        # slow LLM answer occupies one of the slots and never the whole queue.
        chat_kwargs: dict[str, Any] = {"concurrency_limit": 32, "concurrency_id": "chat"}
        outputs = [chatbot, turns, box, cites, mode, pick]
        box.submit(app.respond, [box, chatbot, turns, scope], outputs, api_visibility="private", **chat_kwargs)
        send.click(app.respond, [box, chatbot, turns, scope], outputs, api_visibility="private", **chat_kwargs)
        for button in ent + off:
            button.click(lambda q=button.value: q, None, box, api_visibility="private").then(
                app.respond, [box, chatbot, turns, scope], outputs, api_visibility="private", **chat_kwargs)
        clear.click(lambda: ([], [], citations_html(assistant, None)), None, [chatbot, turns, cites], api_visibility="private")

        def choose(doc_id, turn_list):  # type: ignore[no-untyped-def]
            """A candidate picked: the last question again, scoped to that document."""
            if not doc_id or not turn_list:
                return gr.update(), gr.update()
            return [doc_id], turn_list[-1].question

        pick.input(choose, [pick, turns], [scope, box], api_visibility="private").then(
            app.respond, [box, chatbot, turns, scope], outputs, api_visibility="private", **chat_kwargs)

        def refresh(query, page, scope_query, picked):  # type: ignore[no-untyped-def]
            app.library.sync()
            return (gr.update(value=library_html(app.library, query or "", page or 1)),
                    gr.update(choices=doc_choices(app.library, scope_query or "", picked or [])),
                    gr.update(choices=doc_choices(app.library, query or "")))

        def search_library(query):  # type: ignore[no-untyped-def]
            return library_html(app.library, query or "", 1), 1, gr.update(choices=doc_choices(app.library, query or ""))

        def turn_page(query, page, step):  # type: ignore[no-untyped-def]
            shown = app.library.page(query or "", (page or 1) + step, PAGE_SIZE)
            return library_html(app.library, query or "", shown.page), shown.page

        def search_scope(query, picked):  # type: ignore[no-untyped-def]
            return gr.update(choices=doc_choices(app.library, query or "", picked or []))

        def do_remove(doc_id, confirmed, t):  # type: ignore[no-untyped-def]
            message, removed = app.remove(doc_id, confirmed, t)
            if removed:  # clear the choice and the confirmation
                return message, gr.update(value=None), gr.update(value=False)
            return message, gr.update(), gr.update()

        def do_upload(f, t, role, progress=gr.Progress()):  # type: ignore[no-untyped-def]  # noqa: B008 (gradio's idiom)
            return app.upload(f, t, progress, role=role or None)

        def do_role(doc_id, role, t):  # type: ignore[no-untyped-def]
            return app.set_role(doc_id, role, t)

        library_outputs = [table, scope, doc_pick]
        library_inputs = [lib_search, lib_page, scope_search, scope]
        lib_search.change(search_library, lib_search, [table, lib_page, doc_pick], api_visibility="private")
        prev_btn.click(lambda q, p: turn_page(q, p, -1), [lib_search, lib_page], [table, lib_page],
                       api_visibility="private")
        next_btn.click(lambda q, p: turn_page(q, p, 1), [lib_search, lib_page], [table, lib_page],
                       api_visibility="private")
        scope_search.change(search_scope, [scope_search, scope], scope, api_visibility="private")
        role_btn.click(do_role, [doc_pick, new_role, token], status, api_visibility="private", concurrency_limit=1,
                       concurrency_id="library").then(refresh, library_inputs, library_outputs, api_visibility="private")
        upload_btn.click(do_upload, [files, token, upload_role], status, api_name="upload", concurrency_limit=1,
                         concurrency_id="library").then(refresh, library_inputs, library_outputs, api_visibility="private").then(
            lambda: None, None, files, api_visibility="private")
        remove_btn.click(do_remove, [doc_pick, confirm, token], [status, doc_pick, confirm], api_name="remove",
                         concurrency_limit=1,
                         concurrency_id="library").then(refresh, library_inputs, library_outputs, api_visibility="private")
        demo.load(refresh, library_inputs, library_outputs, api_visibility="private")

        # Stable API endpoints for gradio_client.
        api_q = gr.Textbox(visible=False)
        api_scope = gr.JSON(visible=False)
        api_out = [gr.Textbox(visible=False), gr.JSON(visible=False), gr.Checkbox(visible=False),
                   gr.Textbox(visible=False)]
        api_btn = gr.Button(visible=False)
        calls = FinishedCalls(demo)

        def api_chat(question: str, scope: list[str] | None, request: Any) -> tuple[str, list[dict], bool, str]:
            calls.started(request)
            return app.api_chat(question, scope)

        def api_documents(request: Any) -> list[list[Any]]:
            calls.started(request)
            return library_rows(app.library)

        for fn in (api_chat, api_documents):  # a real class, so that Gradio passes the request
            fn.__annotations__["request"] = gr.Request
        api_btn.click(api_chat, [api_q, api_scope], api_out, api_name="chat", **chat_kwargs)
        docs_btn = gr.Button(visible=False)
        docs_btn.click(api_documents, None, gr.JSON(visible=False), api_name="documents")
    demo.queue(default_concurrency_limit=8)
    return demo


class FinishedCalls:
    """Gradio makes a session for every call of an API endpoint and keeps it, with its own copy of
    every component's config (about 0.1 MB), until `max_sessions` newer ones push it out. The API
    endpoints (`chat`, `documents`) keep no state, so the sessions of their calls are dropped a few
    seconds after they started; browser sessions are left alone."""

    GRACE_S = 5.0

    def __init__(self, demo: Any) -> None:
        self.demo = demo
        self._calls: deque[tuple[float, str]] = deque()
        self._lock = threading.Lock()

    def started(self, request: Any) -> None:
        now = time.monotonic()
        session = getattr(request, "session_hash", None)
        with self._lock:
            if session:
                self._calls.append((now, session))
            old = []
            while self._calls and now - self._calls[0][0] > self.GRACE_S:
                old.append(self._calls.popleft()[1])
        holder = getattr(self.demo, "state_holder", None)
        if holder is None or not old:
            return
        with holder.lock:
            for session in old:
                holder.session_data.pop(session, None)
                holder.time_last_used.pop(session, None)


def launch_options(settings: Settings) -> dict[str, Any]:
    """What bounds the server's memory and disk: the largest file Gradio accepts on any route,
    and how many sessions it keeps in memory (every anonymous API call makes one)."""
    return {"max_file_size": int(settings.max_upload_mb * 1024 * 1024), "state_session_capacity": settings.max_sessions}


def create_server_app(assistant: Assistant) -> tuple[Any, Any]:
    """One FastAPI app for everything: the HTTP API (/api, /v1, /docs) with the web page mounted
    at /, and a check before each request that reloads a library changed by another process.
    Returns (the ASGI app, the Gradio Blocks)."""
    import gradio as gr

    from .http_api import ReloadMiddleware, create_api

    options = launch_options(assistant.settings)
    library = library_for(assistant)
    api = create_api(assistant, library)
    demo = build_app(assistant, library)
    demo.state_session_capacity = options["state_session_capacity"]  # read when the app is mounted
    app = gr.mount_gradio_app(api, demo, path="", footer_links=["api"], show_error=False, css=CSS + TOOLS_CSS,
                              theme=gr.themes.Soft(), max_file_size=options["max_file_size"])
    return ReloadMiddleware(app, library), demo


class RunningServer:
    """A server started with `serve(..., block=False)`: its Blocks (for state_holder) and close()."""

    def __init__(self, server: Any, thread: threading.Thread, demo: Any) -> None:
        self.server, self.thread, self.demo = server, thread, demo

    @property
    def state_holder(self) -> Any:
        return self.demo.state_holder

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def worker_app() -> Any:
    """The app of one worker process of `serve --workers N` (a uvicorn factory): each worker opens
    the library itself from the settings the parent passed down, and reloads it when it changes."""
    settings = pickle.loads(base64.b64decode(from_parent()))  # written by our own parent process
    assistant = Assistant(settings)
    assistant.ask("预热")
    app, _ = create_server_app(assistant)
    return app


def _prepare_index(settings: Settings) -> int:
    """Open (on first use: build) the index once before workers start, so that they never race to
    build it; returns the number of documents."""
    return len(Assistant(settings).documents())


def serve_workers(settings: Settings, host: str, port: int, workers: int) -> None:
    """Several worker processes on one port (uvicorn spreads connections over them). They share
    the library: vectors on a Chroma server, the lexical index read from the index folder and
    reloaded by each worker when another process changes it."""
    import multiprocessing

    import uvicorn

    if not settings.index.chroma_url:
        raise ValueError("多个工作进程需要 Chroma 服务器：请设置 GONGWEN_CHROMA_URL（如 http://127.0.0.1:8000，"
                         "先运行 chroma run）。(Several workers need a Chroma server: set GONGWEN_CHROMA_URL.)")
    # In a child process, so that the supervisor does not keep an index in memory.
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        documents = pool.apply(_prepare_index, (settings,))
    mode = "LLM" if settings.llm.provider != "none" else "无 LLM"
    library = "可管理" if settings.admin_token else "只读"
    print(f"政策文件问答：http://{host}:{port}  （{documents} 份文件，{mode} 模式；文件库{library}；{workers} 个工作进程）\n"
          f"HTTP API：http://{host}:{port}/docs · OpenAI 兼容：http://{host}:{port}/v1", flush=True)
    hand_to_workers(base64.b64encode(pickle.dumps(settings)).decode())
    uvicorn.run("assistant.web:worker_app", factory=True, host=host, port=port, workers=workers,
                log_level="warning", proxy_headers=True, forwarded_allow_ips="127.0.0.1")


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True,
          workers: int = 1) -> RunningServer | None:
    import uvicorn

    if workers > 1:
        serve_workers(settings, host, port, workers)
        return None
    assistant = Assistant(settings)
    assistant.ask("预热")  # load the tokenizer and caches now, not on the first visitor's question
    app, demo = create_server_app(assistant)
    mode = "LLM" if assistant.mode == "llm" else "无 LLM"
    library = "可管理" if settings.admin_token else "只读"
    print(f"政策文件问答：http://{host}:{port}  （{len(assistant.documents())} 份文件，{mode} 模式；文件库{library}）\n"
          f"HTTP API：http://{host}:{port}/docs · OpenAI 兼容：http://{host}:{port}/v1", flush=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", proxy_headers=True,
                            forwarded_allow_ips="127.0.0.1")
    server = uvicorn.Server(config)
    if block:
        if threading.current_thread() is threading.main_thread():
            # uvicorn shuts down on SIGTERM, then raises the signal again with the handler it found:
            # exiting as Python does lets exit handlers run (the web tools' export folders go).
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        server.run()
        return None
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()

    deadline = time.monotonic() + 60
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    return RunningServer(server, thread, demo)

"""`python -m assistant`: ask, chat in the terminal, or serve the web chat.

    python -m assistant ask "问题" [--json] [--index-dir DIR]
    python -m assistant duties [--actor 商务] [--json|--csv]
    python -m assistant match "我们是中西部的棉纺企业，想做数字化" [--json]
    python -m assistant topic "纺织" [--group-by year] [--chart out.svg] [--export out.docx] [--json]
    python -m assistant chat
    python -m assistant serve [--host 127.0.0.1] [--port 7860]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from index.offline import go_offline
from index.settings import dotted

from .settings import Settings
from .tools_cli import add_commands as add_tool_commands


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index-dir", type=Path, help="index folder (env GONGWEN_INDEX_DIR; default .index/, "
                        "built from seeds/ on first use)")
    common.add_argument("--set", action="append", metavar="SECTION.FIELD=VALUE",
                        help="any setting by its dotted name, e.g. retrieval.top_k=5 or index.chunking.max_chars=400 "
                        "(env GONGWEN_RETRIEVAL__TOP_K; README, Settings)")
    llm = common.add_argument_group("optional LLM (default: none, answers are composed from the cited clauses)")
    llm.add_argument("--llm-provider", choices=["none", "openai", "ollama"], help="env GONGWEN_LLM_PROVIDER")
    llm.add_argument("--llm-base-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1 "
                     "(env GONGWEN_LLM_BASE_URL)")
    llm.add_argument("--llm-model", help="model name (env GONGWEN_LLM_MODEL)")
    llm.add_argument("--llm-api-key", help="API key (env GONGWEN_LLM_API_KEY)")
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Answer questions about Chinese "
                                     "government campaign documents with clause-level citations.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", parents=[common], help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print exactly one JSON object")
    ask.add_argument("--doc", action="append", help="only these documents (repeatable)")
    ask.add_argument("--export", type=Path, metavar="FILE.docx|FILE.md", help="also write the answer as Word or Markdown")
    add_tool_commands(sub, common)
    sub.add_parser("chat", parents=[common], help="an interactive terminal session with follow-up questions")
    serve = sub.add_parser("serve", parents=[common], help="start the web chat")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7860)
    serve.add_argument("--admin-token", help="token that allows changing the library (env GONGWEN_ADMIN_TOKEN); "
                       "without it the library is read-only")
    serve.add_argument("--workers", type=int, default=1, help="worker processes on the same port (needs a Chroma "
                       "server, GONGWEN_CHROMA_URL); the web page needs one worker or sticky sessions, see README")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    overrides = dotted(args.set)
    if getattr(args, "admin_token", None):
        overrides["admin_token"] = args.admin_token
    return Settings.from_env(index_dir=args.index_dir, overrides=overrides, provider=args.llm_provider,
                             base_url=args.llm_base_url, model=args.llm_model, api_key=args.llm_api_key)


def format_answer(answer) -> str:  # type: ignore[no-untyped-def]
    lines = [answer.text, ""]
    if answer.notice:
        lines.insert(0, f"[提示] {answer.notice}")
    for c in answer.citations:
        lines.append(f"[{c.n}] {c.label()}  ({c.source})")
    lines.append(f"— {'LLM' if answer.mode == 'llm' else '无 LLM（摘录）'} · {answer.timings.get('total_ms', 0):.0f} ms")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    go_offline()  # an entry point: before anything imports Hugging Face, Chroma or Gradio
    args = _parser().parse_args(argv)
    from index.embedders import EmbedderError
    from index.kb import IndexStateError
    from index.store import StoreError

    from .api import Assistant, QuestionError
    from .service import NO_QUESTION, NO_QUESTION_EN, only_punctuation

    try:
        settings = _settings(args)
        if args.command == "serve":
            from .web import serve

            serve(settings, host=args.host, port=args.port, workers=args.workers)
            return 0
        assistant = Assistant(settings)
        if args.command == "ask":
            filters = {"doc_ids": args.doc} if args.doc else None
            try:
                if only_punctuation(args.question):
                    raise QuestionError(f"{NO_QUESTION} ({NO_QUESTION_EN})")
                answer = assistant.ask(args.question, filters=filters)
            except QuestionError as exc:
                if args.json:
                    print(json.dumps({"question": args.question, "error": str(exc)}, ensure_ascii=False))
                else:
                    print(f"error: {exc}", file=sys.stderr)
                return 2
            if answer.notice and not args.json:
                print(f"warning: {answer.notice}", file=sys.stderr)
            print(json.dumps(answer.to_json(), ensure_ascii=False) if args.json else format_answer(answer))
            if args.export:
                from .export import answer_report, write_report

                write_report(answer_report(answer), args.export)
            return 0
        if args.command in ("duties", "match", "topic"):
            from .tools_cli import run

            return run(assistant, args)
        return _chat(assistant)
    except (IndexStateError, EmbedderError, StoreError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _chat(assistant) -> int:  # type: ignore[no-untyped-def]
    from .api import QuestionError
    from .models import Turn
    from .service import NO_QUESTION, only_punctuation

    print(f"政策文件问答（{'LLM' if assistant.mode == 'llm' else '无 LLM'}模式，{len(assistant.documents())} 份文件）。"
          "输入问题，空行或 Ctrl-D 退出；输入 /new 开始新对话。")
    turns: list[Turn] = []
    while True:
        try:
            question = input("问> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        if question == "/new":
            turns = []
            continue
        if only_punctuation(question):
            print(NO_QUESTION)
            continue
        try:
            answer = assistant.ask(question, history=turns)
        except QuestionError as exc:
            print(f"error: {exc}")
            continue
        print(format_answer(answer) + "\n")
        turns.append(Turn(question, answer))

"""The evaluation of the tools (责任分工, 企业对照, 专题) — see __main__.py."""

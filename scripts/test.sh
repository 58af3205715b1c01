#!/usr/bin/env bash
# Install everything the tests need and run the whole suite (the README's test command; CI runs it).
#   - Debian packages for the browser test: chromium and a CJK font (needs root; skipped otherwise)
#   - the project with its test extras (torch is pinned to the CPU wheel these machines have)
#   - a real Chroma server (`chroma run`) for the server tests
#   - pytest, slow tests included (evaluation set, web server, browser)
set -euo pipefail
cd "$(dirname "$0")/.."

# Offline always: nothing may reach a model hub or telemetry at run time.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 GRADIO_ANALYTICS_ENABLED=False \
       ANONYMIZED_TELEMETRY=False

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wqy"; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing chromium and fonts-wqy-microhei (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  else
    echo "== chromium or the CJK font is missing and we are not root: the browser test will say so" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
echo "== installing the project with test extras"
"$PYTHON" -m pip install -q --disable-pip-version-check -e '.[test]'

CHROMA_DIR=$(mktemp -d)
CHROMA_PORT=${CHROMA_PORT:-8765}
CHROMA_BIN=$(dirname "$(command -v "$PYTHON")")/chroma
command -v chroma >/dev/null 2>&1 && CHROMA_BIN=$(command -v chroma)
echo "== starting a Chroma server on 127.0.0.1:$CHROMA_PORT"
"$CHROMA_BIN" run --path "$CHROMA_DIR" --host 127.0.0.1 --port "$CHROMA_PORT" >"$CHROMA_DIR/server.log" 2>&1 &
CHROMA_PID=$!
trap 'kill $CHROMA_PID 2>/dev/null || true; rm -rf "$CHROMA_DIR"' EXIT
for _ in $(seq 1 120); do
  if "$PYTHON" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1',$CHROMA_PORT)))"; then break; fi
  sleep 0.5
done
export GONGWEN_TEST_CHROMA_URL="http://127.0.0.1:$CHROMA_PORT"

echo "== lint and types"
"$PYTHON" -m ruff check .
"$PYTHON" -m mypy

echo "== tests (slow ones included)"
"$PYTHON" -m pytest --slow -q "$@"

#!/usr/bin/env python3
"""Time `planlint lsp` from didChange to publishDiagnostics, as an editor sees it.

    scripts/lsp-latency.py [PLANLINT] [--changes N]

Builds a ~31 KB Markdown plan from Examples/ (the strong school plan, then the other text
examples, repeated), opens it, then N times sends the whole text as a change (full sync)
and waits for its diagnostics. Prints min / median / p90 / max in milliseconds, the number
of diagnostics, and how long after the server was launched the opened plan's first
diagnostics came (process start, initialize, loading the rules, the first lint).
Figures: docs/performance.md, "Editor latency".
"""
import json
import os
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
changes = 40
if "--changes" in args:
    at = args.index("--changes")
    changes = int(args[at + 1])
    del args[at:at + 2]
binary = args[0] if args else os.path.join(root, ".build-bench/release/planlint")

parts = []
for name in ["strong-school-plan.md", "weak-enterprise-plan.txt", "template-placeholders.txt", "traditional-hospital-plan.txt"]:
    with open(os.path.join(root, "Examples", name), encoding="utf-8") as handle:
        parts.append(handle.read())
text = ""
index = 0
while len(text.encode()) < 30000:
    text += parts[index % len(parts)] + "\n\n"
    index += 1

launched = time.perf_counter()
server = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=root)


def send(message):
    body = json.dumps(message, ensure_ascii=False).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    length = None
    while True:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(server.stdout.read(length))


def diagnostics(version):
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics":
            params = message["params"]
            if params.get("version") in (None, version):
                return params["diagnostics"]


uri = "file://" + os.path.join(root, "latency-plan.md")
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": "file://" + root, "capabilities": {}}})
while receive().get("id") != 1:
    pass
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
count = len(diagnostics(1))
first = (time.perf_counter() - launched) * 1000
times = []
for version in range(2, changes + 2):
    started = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}})
    diagnostics(version)
    times.append((time.perf_counter() - started) * 1000)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
server.wait(timeout=10)
times.sort()
print(f"{len(text.encode())} bytes, {count} diagnostics, {changes} changes: "
      f"min {times[0]:.1f} ms, median {times[len(times) // 2]:.1f} ms, "
      f"p90 {times[int(len(times) * 0.9)]:.1f} ms, max {times[-1]:.1f} ms; "
      f"first diagnostics {first:.1f} ms after launch")

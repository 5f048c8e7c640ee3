#!/usr/bin/env python3
"""A small Language Server Protocol client for the piiflow-clangd test: starts the server, opens a
file, waits for its diagnostics, asks for the code actions of each privacy-* diagnostic, applies
the first edit of the one titled PICK, writes the edited text back with didChange, and waits for
the new diagnostics. Prints what it saw as plain lines for FileCheck:

  diagnostic L:C-L:C [code] message
  related L:C message
  action "title" (kind)
  applied "title"
  diagnostic ... (after the edit)

Usage: lsp-client.py SERVER FILE [--pick TITLE-SUBSTRING] [--timeout S] [-- server args]
"""
import argparse
import json
import os
import select
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("file")
    parser.add_argument("--pick", default="")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    server_args = [a for a in args.rest if a != "--"]
    path = os.path.abspath(args.file)
    uri = "file://" + path
    proc = subprocess.Popen([args.server] + server_args, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=open(path + ".server.log", "w"))
    client = Client(proc, args.timeout)
    client.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path),
                                  "capabilities": {"textDocument": {
                                      "publishDiagnostics": {"relatedInformation": True},
                                      "codeAction": {"codeActionLiteralSupport": {
                                          "codeActionKind": {"valueSet": ["quickfix"]}}}}}})
    client.notify("initialized", {})
    text = open(path).read()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
    diagnostics = client.diagnostics(uri, version=1)
    show(diagnostics)
    privacy = [d for d in diagnostics if str(d.get("code", "")).startswith("privacy-")]
    chosen = None
    for d in privacy:
        actions = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": d["range"],
            "context": {"diagnostics": [d], "only": ["quickfix"]}})
        for a in actions or []:
            print(f'action "{a["title"]}" ({a.get("kind", "")})')
            if chosen is None and args.pick and args.pick in a["title"] and "edit" in a:
                chosen = a
    if chosen:
        edits = chosen["edit"].get("changes", {}).get(uri, [])
        text = apply(text, edits)
        print(f'applied "{chosen["title"]}"')
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                  "contentChanges": [{"text": text}]})
        show(client.diagnostics(uri, version=2))
        open(path + ".edited", "w").write(text)
    client.request("shutdown", None)
    client.notify("exit", None)
    # clangd finishes its background work before it exits: on a loaded machine (a build or a
    # fuzzer beside the tests) that took over a minute, so the exit gets three times as long.
    proc.wait(timeout=3 * args.timeout)


def show(diagnostics):
    for d in diagnostics:
        r = d["range"]
        print(f'diagnostic {r["start"]["line"] + 1}:{r["start"]["character"] + 1}-'
              f'{r["end"]["line"] + 1}:{r["end"]["character"] + 1} [{d.get("code", "")}] {d["message"]}')
        for rel in d.get("relatedInformation", []):
            s = rel["location"]["range"]["start"]
            print(f'related {s["line"] + 1}:{s["character"] + 1} {rel["message"]}')
    if not diagnostics:
        print("no diagnostics")


def offset(text, pos):
    lines = text.split("\n")
    return sum(len(l) + 1 for l in lines[:pos["line"]]) + pos["character"]


def apply(text, edits):
    for e in sorted(edits, key=lambda e: offset(text, e["range"]["start"]), reverse=True):
        start, end = offset(text, e["range"]["start"]), offset(text, e["range"]["end"])
        text = text[:start] + e["newText"] + text[end:]
    return text


class Client:
    def __init__(self, proc, timeout):
        self.proc, self.timeout, self.next_id, self.buffer, self.pending = proc, timeout, 1, b"", []

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == id and "method" not in m:
                if "error" in m:
                    sys.exit(f"error from {method}: {m['error']}")
                return m.get("result")
            self.handle(m)

    def handle(self, m):
        if "method" in m and "id" in m:  # a request of the server: answer it
            self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})
        else:
            self.pending.append(m)

    def diagnostics(self, uri, version):
        """The first publishDiagnostics for uri at this version (clangd sends the version)."""
        while True:
            for m in self.pending:
                p = m.get("params", {})
                if m.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri \
                        and p.get("version", version) == version:
                    self.pending.remove(m)
                    return p["diagnostics"]
            self.handle(self.read())

    def read(self):
        deadline = time.time() + self.timeout
        while True:
            head, sep, rest = self.buffer.partition(b"\r\n\r\n")
            if sep:
                length = int([l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")][0].split(b":")[1])
                if len(rest) >= length:
                    self.buffer = rest[length:]
                    return json.loads(rest[:length])
            if time.time() > deadline:
                sys.exit("timed out waiting for the server")
            ready, _, _ = select.select([self.proc.stdout], [], [], 1)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    sys.exit("the server exited")
                self.buffer += chunk


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""What the privacy checks add to clangd while typing: the time from didOpen (and from each
didChange) to publishDiagnostics for a real unit, with the privacy checks on and off, through
piiflow-clangd over LSP (test/Inputs/lsp-client.py's client). Prints the medians and the ratio.

  bench/clangd.py [--server build/bin/piiflow-clangd] [--repeat 5] FILE
FILE must have a compile command in a compile_commands.json above it. The run writes a
.clang-tidy and a .clangd next to FILE (and puts back what was there)."""
import argparse
import importlib.util
import os
import statistics
import subprocess
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("lsp", os.path.join(root, "test", "Inputs", "lsp-client.py"))
lsp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lsp)


def measure(server, path, repeat):
    """Seconds to the diagnostics of didOpen, then of `repeat` edits (a comment appended)."""
    proc = subprocess.Popen([server], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    client = lsp.Client(proc, 300)
    client.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
    client.notify("initialized", {})
    uri = "file://" + path
    text = open(path).read()
    start = time.time()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "cpp",
                                                            "version": 1, "text": text}})
    diagnostics = client.diagnostics(uri, 1)
    times = [time.time() - start]
    for version in range(2, repeat + 2):
        text += "\n// edit %d\n" % version
        start = time.time()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                  "contentChanges": [{"text": text}]})
        client.diagnostics(uri, version)
        times.append(time.time() - start)
    client.request("shutdown", None)
    client.notify("exit", None)
    proc.wait(timeout=60)
    privacy = sum(1 for d in diagnostics if str(d.get("code", "")).startswith("privacy-"))
    return times, privacy


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=os.path.join(root, "build", "bin", "piiflow-clangd"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("file")
    args = parser.parse_args()
    path = os.path.abspath(args.file)
    folder = os.path.dirname(path)
    saved = {}
    for name in (".clang-tidy", ".clangd"):
        target = os.path.join(folder, name)
        saved[name] = open(target).read() if os.path.exists(target) else None
    try:
        open(os.path.join(folder, ".clangd"), "w").write(
            "Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}\n")
        results = {}
        for label, checks in (("off", "-*"), ("on", "-*,privacy-*")):
            open(os.path.join(folder, ".clang-tidy"), "w").write(f"Checks: '{checks}'\n")
            results[label] = measure(args.server, path, args.repeat)
    finally:
        for name, text in saved.items():
            target = os.path.join(folder, name)
            if text is None:
                os.remove(target)
            else:
                open(target, "w").write(text)
    (off, _), (on, findings) = results["off"], results["on"]
    print(f"{args.file}: {findings} privacy diagnostics")
    print(f"  open:  {off[0]:.3f} s without the checks, {on[0]:.3f} s with them")
    edits_off, edits_on = statistics.median(off[1:]), statistics.median(on[1:])
    print(f"  edit (median of {args.repeat}): {edits_off:.3f} s without, {edits_on:.3f} s with: "
          f"ratio {edits_on / edits_off:.2f}")


if __name__ == "__main__":
    main()

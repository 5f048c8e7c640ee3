#!/usr/bin/env python3
"""Benchmark: piiflow against `clang -fsyntax-only` on the same translation units.

For every unit of the given compile databases, runs the compiler's own command with -fsyntax-only
(instead of -c/-o) and `piiflow -p DB FILE` (single-unit mode), each --repeat times, and keeps the
fastest wall time and the largest peak resident memory. Then, per database, one `piiflow -p DB`
run over all its units (whole-program mode: cross-unit summaries resolved after the last unit)
against the sum of the units' clang times. Prints the rows and the ratios piiflow / clang (1.00
means no overhead). The analysis' own cost is the ratio minus one.

Usage: bench/bench.py [--piiflow build/bin/piiflow] [--clang clang++-19] [--repeat 3]
                      [--markdown] BUILD_DIR [BUILD_DIR ...]
Each BUILD_DIR holds a compile_commands.json (for example build/examples and build).
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import time


def run(cmd, cwd):
    """Runs cmd, returns (wall seconds, peak RSS in KiB, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def syntax_only(entry, clang):
    args = entry.get("arguments") or shlex.split(entry["command"])
    out = [clang]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a.startswith("-o"):
            continue
        out.append(a)
    return out + ["-fsyntax-only"]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p.add_argument("--piiflow", default=os.path.join(root, "build", "bin", "piiflow"))
    p.add_argument("--clang", default="/usr/lib/llvm-19/bin/clang++")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    p.add_argument("build_dirs", nargs="+")
    a = p.parse_args()

    rows = []
    whole = []
    for build in map(os.path.abspath, a.build_dirs):
        db = json.load(open(os.path.join(build, "compile_commands.json")))
        for entry in db:
            src = entry["file"]
            if not os.path.isabs(src):
                src = os.path.join(entry["directory"], src)
            clang_cmd = syntax_only(entry, a.clang)
            tool_cmd = [a.piiflow, "-p", build, src, "--quiet", "--no-cache"]
            best = {"clang": (1e9, 0), "piiflow": (1e9, 0)}
            for _ in range(a.repeat):
                for name, cmd, ok in (("clang", clang_cmd, (0,)), ("piiflow", tool_cmd, (0, 1))):
                    t, rss, status = run(cmd, entry["directory"])
                    if status not in ok:
                        sys.exit(f"bench: {name} failed on {src} (exit {status}): {shlex.join(cmd)}")
                    bt, brss = best[name]
                    best[name] = (min(bt, t), max(brss, rss))
            rows.append((os.path.relpath(src, root), best["clang"], best["piiflow"]))
        clang_total = sum(r[1][0] for r in rows[-len(db):])
        best_whole = (1e9, 0)
        for _ in range(a.repeat):
            t, rss, status = run([a.piiflow, "-p", build, "--quiet", "--no-cache"], build)
            if status not in (0, 1):
                sys.exit(f"bench: piiflow -p {build} failed (exit {status})")
            best_whole = (min(best_whole[0], t), max(best_whole[1], rss))
        whole.append((os.path.relpath(build, root) or ".", len(db), clang_total, best_whole))

    tc = sum(r[1][0] for r in rows)
    tp = sum(r[2][0] for r in rows)
    mc = max(r[1][1] for r in rows)
    mp = max(r[2][1] for r in rows)
    mem_ratios = [r[2][1] / r[1][1] for r in rows]
    if a.markdown:
        print("| translation unit | clang -fsyntax-only (s) | piiflow (s) | time ratio | clang peak RSS (MiB) | piiflow peak RSS (MiB) | memory ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, (ct, cm), (pt, pm) in rows:
            print(f"| {name} | {ct:.3f} | {pt:.3f} | {pt / ct:.2f} | {cm / 1024:.0f} | {pm / 1024:.0f} | {pm / cm:.2f} |")
        print(f"| **all {len(rows)} units** | {tc:.3f} | {tp:.3f} | **{tp / tc:.2f}** | {mc / 1024:.0f} | {mp / 1024:.0f} | **{mp / mc:.2f}** |")
    else:
        print(f"{'translation unit':60} {'clang s':>8} {'piiflow s':>9} {'ratio':>6} {'clang MiB':>9} {'piiflow MiB':>11} {'ratio':>6}")
        for name, (ct, cm), (pt, pm) in rows:
            print(f"{name[-60:]:60} {ct:8.3f} {pt:9.3f} {pt / ct:6.2f} {cm / 1024:9.0f} {pm / 1024:11.0f} {pm / cm:6.2f}")
        print(f"{'all ' + str(len(rows)) + ' units':60} {tc:8.3f} {tp:9.3f} {tp / tc:6.2f} {mc / 1024:9.0f} {mp / 1024:11.0f} {mp / mc:6.2f}")
    print(f"single-unit mode: time ratio piiflow/clang {tp / tc:.2f}; peak memory ratio {mp / mc:.2f} "
          f"(per unit: {min(mem_ratios):.2f}..{max(mem_ratios):.2f})")
    if a.markdown:
        print()
        print("| compile database | units | clang -fsyntax-only, all units (s) | piiflow -p, whole program (s) | time ratio | piiflow peak RSS (MiB) |")
        print("|---|---:|---:|---:|---:|---:|")
    for name, count, ct, (pt, pm) in whole:
        if a.markdown:
            print(f"| {name} | {count} | {ct:.3f} | {pt:.3f} | **{pt / ct:.2f}** | {pm / 1024:.0f} |")
        else:
            print(f"whole-program mode, {name} ({count} units): {pt:.3f} s against {ct:.3f} s, "
                  f"time ratio {pt / ct:.2f}, peak {pm / 1024:.0f} MiB")


if __name__ == "__main__":
    main()

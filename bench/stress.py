#!/usr/bin/env python3
"""Stress benchmark: the unit of bench/stress-gen.py at growing scales, piiflow against
`clang -fsyntax-only` on the same file, so that super-linear growth in any part (branches,
wrapper chains, recursion cycles, initializer lists, deep expressions) shows as a ratio that
grows with the scale. Prints per scale: the unit's lines, both wall times and peak memories,
their ratios, and piiflow's findings (5 at every scale: one per part).

Usage: bench/stress.py [--piiflow build/bin/piiflow] [--clang clang++-19] [--scales 1,2,4,8]
                       [--repeat 2] [--markdown]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd):
    """Runs cmd; returns (wall seconds, peak RSS in KiB, stdout+stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, out.decode(errors="replace")


def best(cmd, repeat):
    runs = [run(cmd) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--piiflow", default=os.path.join(ROOT, "build", "bin", "piiflow"))
    parser.add_argument("--clang", default="/usr/lib/llvm-19/bin/clang++")
    parser.add_argument("--scales", default="1,2,4,8")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    flags = ["-std=c++17", "-isystem", os.path.join(ROOT, "test", "Inputs", "sdk")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for scale in [int(s) for s in args.scales.split(",")]:
            unit = os.path.join(tmp, "stress-%d.cpp" % scale)
            subprocess.check_call([sys.executable, os.path.join(HERE, "stress-gen.py"), unit,
                                   "--scale", str(scale)])
            lines = sum(1 for _ in open(unit))
            ct, cm, _ = best([args.clang, "-fsyntax-only"] + flags + [unit], args.repeat)
            pt, pm, out = best([args.piiflow, unit, "--"] + flags, args.repeat)
            findings = sum(1 for line in out.splitlines()
                           if "warning:" in line and "[privacy-" in line)
            rows.append((scale, lines, ct, pt, pt / ct, cm, pm, pm / cm, findings))
    head = ("scale", "lines", "clang s", "piiflow s", "time", "clang MiB", "piiflow MiB", "memory",
            "findings")
    fmt = "{:>5} {:>7} {:>8.2f} {:>9.2f} {:>6.2f} {:>9.0f} {:>11.0f} {:>6.2f} {:>8}"
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| %d | %d | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %d |"
                  % (r[0], r[1], r[2], r[3], r[4], r[5] / 1024, r[6] / 1024, r[7], r[8]))
    else:
        print("{:>5} {:>7} {:>8} {:>9} {:>6} {:>9} {:>11} {:>6} {:>8}".format(*head))
        for r in rows:
            print(fmt.format(r[0], r[1], r[2], r[3], r[4], r[5] / 1024, r[6] / 1024, r[7], r[8]))


if __name__ == "__main__":
    main()

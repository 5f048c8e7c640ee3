#!/usr/bin/env python3
"""Scaling benchmark: piiflow against `clang -fsyntax-only` on generated inputs of growing size.

Generates, into a temporary directory, C++ translation units of increasing size in five families,
each calling the Segment stub (test/Inputs/sdk/analytics.hpp) with personal data such as
user.email among plain values, so that piiflow has findings and its sink path is exercised:

  branches   one function of N statements: branches, loops, string locals, assignments, some bag
             inserts and a few Track calls among them
  bag        one bag filled with N entries (props["k123"] = value;), then sent once
  functions  N functions, each building a small bag and calling Track (a quarter with an email)
  wrappers   a chain of N wrapper functions each calling the next, the last calling Track, with
             the email passed at the top
  initlist   one initializer list of N entries (Object props = {{"k1", v1}, ...}), then sent

For each family and size it runs `clang++ -fsyntax-only FLAGS file.cpp` and
`piiflow --quiet file.cpp -- FLAGS`, one command at a time and alternately, --repeat times, keeps
the fastest time and the largest peak resident memory of each (from wait4(), which reports the
one child measured), and prints
per family: the size N and the file's line count, both times, their difference (the analysis'
own cost, since piiflow parses the unit as clang does) and their ratio, both peaks and their
ratio, the growth factor of piiflow's time from the previous size (the sizes double, so linear
growth shows as at most about x2.0; the fixed cost of parsing the headers, about 1.5 s, keeps small
sizes below that), and the number of findings (lines of piiflow's output containing "warning:").
With --cpu-time the times are user + system CPU seconds of the child instead of wall seconds,
which other work on a shared machine disturbs much less.

A command that runs longer than --timeout is killed and shown as ">T s"; one that exceeds the
address-space cap (--max-memory, set with setrlimit(RLIMIT_AS) in the child) is shown as "out of
memory"; piiflow's exit status 2 (or a crash) is shown as an error. In all three cases the larger
sizes of that family are skipped. The exit status is 2 when clang reported an error or warning on
a generated unit or piiflow failed with an error, 0 otherwise (timeouts and memory caps included).

Usage: bench/scaling.py [--quick] [--families branches,bag,...] [--repeat 1] [--timeout 300]
                        [--max-memory 12] [--piiflow build/bin/piiflow] [--piiflow-args '...']
                        [--clang clang++-19] [--cpu-time] [--markdown] [--keep]
For stable figures, use a frozen copy of the tool, for example
  bench/scaling.py --piiflow /tmp/piiflow-baseline/piiflow \\
      --piiflow-args '--no-default-models --models /tmp/piiflow-baseline/models'
"""
import argparse
import os
import resource
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PRELUDE = """\
#include "analytics.hpp"
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

struct User {
  std::string email;
  std::string name;
  std::string phone;
  std::string plan;
  std::string locale;
  int age;
  int visits;
};

"""

# Values stored in bags: a personal one every few entries, plain ones in between.
PLAIN = ("user.plan", "user.locale", "user.visits", '"literal"', "42")
PERSONAL = ("user.email", "user.name", "user.phone")


def value(i, every=8):
    """The value of entry i: personal when i % every == 0, plain otherwise."""
    if i % every == 0:
        return PERSONAL[(i // every) % len(PERSONAL)]
    return PLAIN[i % len(PLAIN)]


def gen_branches(n):
    """One function of n top-level statements."""
    out = [PRELUDE, "void run(Analytics &analytics, const User &user, int n) {\n",
           "  Object props;\n  std::string cur = user.plan;\n  std::string tmp;\n"]
    last = "cur"  # the latest string local declared
    body = 3
    for i in range(body, n):
        k = i % 10
        if i % 500 == 250:  # a few SDK calls among the statements
            out.append(f'  analytics.Track("anonymous", "Step {i}", props);\n')
        elif k == 0:
            src = "user.email" if i % 30 == 0 else "user.plan"
            out.append(f"  std::string s{i} = {src};\n")
            last = f"s{i}"
        elif k == 1:
            out.append(f'  if (n > {i}) {{\n    cur = {last};\n  }} else {{\n    cur = "c{i}";\n  }}\n')
        elif k == 2:
            out.append(f'  for (int j = 0; j < n; ++j) {{\n    if (j == {i})\n      break;\n    tmp += "x";\n  }}\n')
        elif k == 3:
            out.append(f'  props["k{i}"] = {last};\n' if i % 20 == 3 else f'  props["k{i}"] = tmp;\n')
        elif k == 4:
            out.append(f"  while (n > {i}) {{\n    --n;\n    tmp = {last};\n  }}\n")
        elif k == 5:
            out.append(f"  tmp = cur;\n")
        elif k == 6:
            out.append(f'  if (n == {i})\n    tmp = "t{i}";\n  else if (n < {i})\n    tmp = {last};\n')
        elif k == 7:
            out.append(f"  std::string s{i} = tmp + cur;\n")
            last = f"s{i}"
        elif k == 8:
            out.append(f'  cur = n % 2 ? {last} : "e{i}";\n')
        else:
            out.append(f"  ++n;\n")
    out.append('  analytics.Track("anonymous", "Done", props);\n}\n')
    return "".join(out)


def gen_bag(n):
    """One bag of n entries, sent once."""
    out = [PRELUDE, "void run(Analytics &analytics, const User &user) {\n  Object props;\n"]
    for i in range(1, n + 1):
        out.append(f'  props["k{i}"] = {value(i, 50)};\n')
    out.append('  analytics.Track("anonymous", "Bag", props);\n}\n')
    return "".join(out)


def gen_functions(n):
    """n functions, each with a small bag and a Track call; a quarter send an email."""
    out = [PRELUDE]
    for i in range(n):
        out.append(f"void track{i}(Analytics &analytics, const User &user) {{\n  Object props;\n"
                   f'  props["plan"] = user.plan;\n  props["visits"] = user.visits;\n')
        if i % 4 == 0:
            out.append('  props["email"] = user.email;\n')
        out.append(f'  analytics.Track("anonymous", "Event {i}", props);\n}}\n\n')
    return "".join(out)


def gen_wrappers(n):
    """A chain wrap0 -> wrap1 -> ... -> wrap{n-1} -> Track, the email passed at the top."""
    out = [PRELUDE,
           f"void wrap{n - 1}(Analytics &analytics, const std::string &value, int depth) {{\n"
           '  Object props;\n  props["v"] = value;\n  props["depth"] = depth;\n'
           '  analytics.Track("anonymous", "Deep", props);\n}\n\n']
    for i in range(n - 2, -1, -1):
        out.append(f"void wrap{i}(Analytics &analytics, const std::string &value, int depth) {{\n"
                   f"  wrap{i + 1}(analytics, value, depth + 1);\n}}\n\n")
    out.append("void run(Analytics &analytics, const User &user) {\n"
               "  wrap0(analytics, user.email, 0);\n"
               "  wrap0(analytics, user.plan, 0);\n}\n")
    return "".join(out)


def gen_initlist(n):
    """One initializer list of n entries, sent once."""
    out = [PRELUDE, "void run(Analytics &analytics, const User &user) {\n  Object props = {\n"]
    for i in range(1, n + 1):
        out.append(f'      {{"k{i}", {value(i, 50)}}}{"," if i < n else ""}\n')
    out.append('  };\n  analytics.Track("anonymous", "List", props);\n}\n')
    return "".join(out)


# family -> (generator, full sizes, --quick sizes)
FAMILIES = {
    "branches": (gen_branches, (2500, 5000, 10000), (1000, 2000, 4000)),
    "bag": (gen_bag, (800, 1600, 3200), (400, 800, 1600)),
    "functions": (gen_functions, (100, 200, 400), (100, 200, 400)),
    "wrappers": (gen_wrappers, (100, 200, 400), (100, 200, 400)),
    "initlist": (gen_initlist, (2500, 5000, 10000), (1000, 2000, 4000)),
}


class Result:
    def __init__(self, seconds, wall, cpu, kib, status, failure, out):
        self.seconds = seconds   # the time shown: wall time, or CPU time with --cpu-time
        self.wall = wall         # wall time
        self.cpu = cpu           # user + system CPU time
        self.kib = kib           # peak resident memory of the child, KiB
        self.status = status     # exit status (negative: killed by that signal)
        self.failure = failure   # None, "timeout", "out of memory" or "error"
        self.out = out           # stdout and stderr


def run(cmd, workdir, tag, timeout, max_bytes, ok, cpu_time=False):
    """Runs cmd once in its own child (one fork per measurement), returns a Result.

    The peak memory comes from wait4() on that child alone: ru_maxrss of RUSAGE_CHILDREN would be
    the maximum over all the children so far."""
    out_path = os.path.join(workdir, tag + ".out")

    def limit():
        if max_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))

    with open(out_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=workdir, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT, preexec_fn=limit, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, wstatus, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
    status = os.waitstatus_to_exitcode(wstatus)
    proc.returncode = status  # reaped here; keeps Popen from waiting for it again
    with open(out_path, errors="replace") as f:
        text = f.read()
    failure = None
    if timed_out.is_set():
        failure = "timeout"
    elif status not in ok:
        lowered = text.lower()
        if max_bytes and ("out of memory" in lowered or "bad_alloc" in lowered
                          or "cannot allocate memory" in lowered):
            failure = "out of memory"
        else:
            failure = "error"
    cpu = usage.ru_utime + usage.ru_stime
    return Result(cpu if cpu_time else elapsed, elapsed, cpu, usage.ru_maxrss, status, failure, text)


def keep_best(best, r):
    """Fastest time, largest peak."""
    if best is None or best.failure:
        return r
    if r.failure:
        return r
    best.seconds = min(best.seconds, r.seconds)
    best.wall = min(best.wall, r.wall)
    best.cpu = min(best.cpu, r.cpu)
    best.kib = max(best.kib, r.kib)
    return best


def measure(clang_cmd, tool_cmd, workdir, tag, a):
    """--repeat rounds of clang then piiflow (interleaved, so that both see the same load on the
    machine); keeps the fastest time and the largest peak of each. A failure ends the rounds and
    is what is reported for that command."""
    c = t = None
    max_bytes = int(a.max_memory * 1e9)
    for _ in range(a.repeat):
        if c is None or not c.failure:
            c = keep_best(c, run(clang_cmd, workdir, tag + ".clang", a.timeout, max_bytes, (0,), a.cpu_time))
        t = keep_best(t, run(tool_cmd, workdir, tag + ".piiflow", a.timeout, max_bytes, (0, 1), a.cpu_time))
        if t.failure:
            break
    return c, t


def cell_time(r, timeout):
    if r is None:
        return "-"
    if r.failure == "timeout":
        return f">{timeout:g} s"
    if r.failure:
        return r.failure if r.failure == "out of memory" else f"error ({r.status})"
    return f"{r.seconds:.3f}"


def progress(r, timeout):
    if r.failure:
        return f"{cell_time(r, timeout)} after {r.wall:.1f} s, {r.kib / 1024:.0f} MiB"
    return f"{r.wall:.3f} s (CPU {r.cpu:.3f} s), {r.kib / 1024:.0f} MiB"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--piiflow", default=os.path.join(ROOT, "build", "bin", "piiflow"))
    p.add_argument("--piiflow-args", default="", help="extra arguments for piiflow (one shell-quoted string)")
    p.add_argument("--clang", default="clang++-19")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--timeout", type=float, default=300, help="seconds per command (default 300)")
    p.add_argument("--max-memory", type=float, default=12,
                   help="address-space cap per command in GB (RLIMIT_AS; 0: none; default 12)")
    p.add_argument("--cpu-time", action="store_true",
                   help="show user + system CPU time instead of wall time (steadier on a loaded machine; "
                        "the timeout stays in wall time)")
    p.add_argument("--quick", action="store_true", help="smaller sizes")
    p.add_argument("--families", default=",".join(FAMILIES),
                   help="comma-separated subset of " + ",".join(FAMILIES))
    p.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    p.add_argument("--keep", action="store_true", help="keep the generated files and print their directory")
    a = p.parse_args()

    families = [f.strip() for f in a.families.split(",") if f.strip()]
    for f in families:
        if f not in FAMILIES:
            p.error(f"unknown family {f!r} (known: {', '.join(FAMILIES)})")
    flags = ["-std=c++17", "-isystem", os.path.join(ROOT, "test", "Inputs", "sdk"),
             "-I", os.path.join(ROOT, "test", "Inputs")]
    extra = shlex.split(a.piiflow_args)

    if a.keep:
        workdir = tempfile.mkdtemp(prefix="piiflow-scaling-")
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory(prefix="piiflow-scaling-")
        workdir = tmp.name
    print(f"piiflow: {shlex.join([a.piiflow] + extra)}", file=sys.stderr)
    print(f"flags: {shlex.join(flags)}; timeout {a.timeout:g} s; memory cap "
          f"{f'{a.max_memory:g} GB' if a.max_memory else 'none'}; repeat {a.repeat}; "
          f"{'CPU' if a.cpu_time else 'wall'} time", file=sys.stderr)

    problems = 0
    for family in families:
        gen, full, quick = FAMILIES[family]
        sizes = quick if a.quick else full
        rows = []
        prev = None
        stopped = None
        for n in sizes:
            if stopped:
                rows.append((n, None, None, None, None, "skipped"))
                continue
            src = os.path.join(workdir, f"{family}_{n}.cpp")
            text = gen(n)
            with open(src, "w") as f:
                f.write(text)
            lines = text.count("\n")
            print(f"{family} N={n} ({lines} lines) ...", file=sys.stderr, flush=True)
            c, t = measure([a.clang, "-fsyntax-only"] + flags + [src],
                           [a.piiflow, "--quiet"] + extra + [src, "--"] + flags, workdir, f"{family}_{n}", a)
            if c.failure == "error" or "error:" in c.out or "warning:" in c.out:
                problems += 1
                print(f"scaling: clang reports on {src} (exit {c.status}):\n{c.out[-2000:]}", file=sys.stderr)
            findings = None
            if c.failure in ("timeout", "out of memory"):
                stopped = c.failure
            if t.failure:
                stopped = t.failure
                if t.failure == "error":
                    problems += 1
                    print(f"scaling: piiflow failed on {src} (exit {t.status}):\n{t.out[-2000:]}", file=sys.stderr)
            else:
                findings = sum("warning:" in line for line in t.out.splitlines())
            growth = None
            if not t.failure and prev is not None:
                growth = t.seconds / prev.seconds if prev.seconds > 0 else None
            rows.append((n, lines, c, t, growth, findings))
            prev = None if t.failure else t
            print(f"  clang {progress(c, a.timeout)}, piiflow {progress(t, a.timeout)}"
                  + (f", {findings} findings" if findings is not None else ""), file=sys.stderr, flush=True)
        print_table(family, rows, a)
        sys.stdout.flush()

    if a.keep:
        print(f"generated files kept in {workdir}")
    elif tmp:
        tmp.cleanup()
    if problems:
        sys.exit(2)


def print_table(family, rows, a):
    head = ("N", "lines", "clang -fsyntax-only (s)", "piiflow (s)", "piiflow - clang (s)", "time ratio",
            "clang peak RSS (MiB)", "piiflow peak RSS (MiB)", "memory ratio", "piiflow time growth",
            "findings")
    short = ("N", "lines", "clang s", "piiflow s", "extra s", "ratio", "clang MiB", "piiflow MiB", "ratio",
             "growth", "findings")
    cells = []
    for n, lines, c, t, growth, findings in rows:
        if c is None:  # skipped
            cells.append((str(n), "-", "-", findings, "-", "-", "-", "-", "-", "-", "-"))
            continue
        ok = not c.failure and not t.failure
        cells.append((
            str(n), str(lines), cell_time(c, a.timeout), cell_time(t, a.timeout),
            f"{t.seconds - c.seconds:.3f}" if ok else "-",
            f"{t.seconds / c.seconds:.2f}" if ok else "-",
            f"{c.kib / 1024:.0f}" if not c.failure else "-",
            f"{t.kib / 1024:.0f}" if not t.failure else "-",
            f"{t.kib / c.kib:.2f}" if ok else "-",
            f"x{growth:.2f}" if growth is not None else "-",
            str(findings) if findings is not None else "-"))
    if a.markdown:
        print(f"\n**{family}** ({'user + system CPU' if a.cpu_time else 'wall'} time)\n")
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join(["---:"] * len(head)) + "|")
        for row in cells:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(short[i]), *(len(r[i]) for r in cells)) for i in range(len(short))]
        print(f"\n{family} ({'CPU' if a.cpu_time else 'wall'} time)")
        print("  ".join(h.rjust(w) for h, w in zip(short, widths)))
        for row in cells:
            print("  ".join(v.rjust(w) for v, w in zip(row, widths)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""repeat-same.py TIMES EXIT OUT [ERR] -- COMMAND...: runs COMMAND TIMES times and fails unless
every run exits with EXIT and prints exactly the bytes of file OUT on stdout (and of ERR on
stderr, when given). For output that must not depend on scheduling (-j)."""
import subprocess
import sys

sep = sys.argv.index("--")
times, status, files, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:sep], sys.argv[sep + 1:]
expected = [open(f, "rb").read() for f in files]
for run in range(1, times + 1):
    done = subprocess.run(command, capture_output=True)
    got = [done.stdout, done.stderr][:len(expected)]
    if done.returncode != status:
        sys.exit(f"run {run}: exit status {done.returncode}, expected {status}\n{done.stderr.decode(errors='replace')}")
    for name, want, have in zip(["stdout", "stderr"], expected, got):
        if want != have:
            sys.exit(f"run {run}: {name} differs from {files[len(expected) - 1 if name == 'stderr' else 0]}:\n"
                     + have.decode(errors="replace")[:2000])
print(f"{times} runs, all the same")

#!/usr/bin/env python3
"""Runs a command and succeeds only when it exits with the given status.
Usage: expect-exit.py STATUS command [args...]; the command's output passes through."""
import subprocess
import sys

expected = int(sys.argv[1])
status = subprocess.call(sys.argv[2:])
if status != expected:
    sys.stderr.write(f"expect-exit: {sys.argv[2]} exited with {status}, expected {expected}\n")
    sys.exit(1)

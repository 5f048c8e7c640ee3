"""Runs a command with its stderr on a pseudo-terminal (its stdout stays a pipe) and prints what
it wrote to the terminal with escapes shown: a carriage return as <CR>, ESC as <ESC>. For the
tests of what piiflow shows on a terminal. Exits with the command's status.
Usage: run-in-pty.py COLUMNS COMMAND [ARGS...]"""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

columns = int(sys.argv[1])
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
process = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=slave, env=env)
os.close(slave)
captured = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the command closed the terminal
        break
    if not chunk:
        break
    captured += chunk
stdout = process.stdout.read()
status = process.wait()
text = captured.decode("utf-8", "replace").replace("\r\n", "\n")
text = text.replace("\r", "<CR>").replace("\x1b", "<ESC>")
sys.stdout.write("== stderr (terminal) ==\n" + text)
sys.stdout.write("== stdout ==\n" + stdout.decode("utf-8", "replace"))
sys.exit(status)

#!/usr/bin/env python3
"""latin1-tree.py DIR SDK: writes DIR/caf\\xe9/app.cpp (a directory named in Latin-1, not UTF-8)
whose event key holds a Latin-1 byte, and DIR/build/compile_commands.json naming it, byte for
byte as a build system on a Latin-1 file system would."""
import os
import sys

root, sdk = os.fsencode(sys.argv[1]), os.fsencode(sys.argv[2])
src = os.path.join(root, b"caf\xe9")
os.makedirs(src, exist_ok=True)
os.makedirs(os.path.join(root, b"build"), exist_ok=True)
with open(os.path.join(src, b"app.cpp"), "wb") as f:
    f.write(b'#include <sentry.h>\nvoid report(const char *email) {\n'
            b'  sentry_set_tag("caf\xe9", email);\n}\n')
with open(os.path.join(root, b"build", b"compile_commands.json"), "wb") as f:
    f.write(b'[{"directory": "' + src + b'", "file": "app.cpp", "arguments": ["clang++", '
            b'"-std=c++17", "-isystem", "' + sdk + b'", "-c", "app.cpp"]}]\n')

#!/usr/bin/env python3
"""make-relative-project.py DIR SDK: writes a 12-unit project in two directories, DIR/a and
DIR/b, whose compile database names every source relative to its directory (as Bazel and
hand-written databases do), and whose units include a header "local.h" that exists in both
directories with different contents: a unit compiled in the wrong directory reads the other
one's header. DIR/build/compile_commands.json lists the units in one order and
DIR/reversed/compile_commands.json in the opposite order. Six units send an email to Sentry."""
import json
import os
import sys

root, sdk = sys.argv[1], sys.argv[2]
entries = []
for d, value in (("a", "email"), ("b", "user_email")):
    os.makedirs(os.path.join(root, d), exist_ok=True)
    # The parameter's name comes from the directory's own header: only the right one leaks.
    with open(os.path.join(root, d, "local.h"), "w") as f:
        f.write("#pragma once\n#include <sentry.h>\n#define LOCAL_NAME %s\n" % value)
    for i in range(6):
        name = "unit%d.cpp" % i
        leaks = i % 2 == 0
        with open(os.path.join(root, d, name), "w") as f:
            f.write('#include "local.h"\n')
            if d == "b":
                f.write('#include "only_in_b.h"\n')
            f.write("void report_%s%d(const char *LOCAL_NAME, const char *build) {\n" % (d, i))
            f.write('  sentry_set_tag("who", %s);\n' % ("LOCAL_NAME" if leaks else "build"))
            f.write("}\n")
        entries.append({"directory": os.path.join(root, d), "file": name,
                        "arguments": ["clang++", "-std=c++17", "-isystem", sdk, "-c", name]})
with open(os.path.join(root, "b", "only_in_b.h"), "w") as f:
    f.write("#pragma once\n")
for build, order in (("build", entries), ("reversed", list(reversed(entries)))):
    os.makedirs(os.path.join(root, build), exist_ok=True)
    with open(os.path.join(root, build, "compile_commands.json"), "w") as f:
        json.dump(order, f, indent=1)

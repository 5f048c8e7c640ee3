#!/usr/bin/env python3
"""project-gen.py OUT_DIR [--units 200] [--modules 8]: writes a C++ project of many translation
units shaped like an app that reaches an analytics SDK through its own layers, with its compile
database, for bench/incremental.py:

  include/app/common.h      included by every unit (<string>, <map>, the Segment stub): the
                            app's track() wrapper
  include/app/module_K.h    one per module: the module's functions; included by its own units,
                            and module_0.h also by every third unit of the other modules (the
                            "widely included header", about 40% of the units)
  src/telemetry.cpp         defines track(), which calls segment::analytics::Analytics::Track
  src/module_K/unit_I.cpp   defines module_K::sendI(email), a wrapper that puts its parameter in a
                            bag and calls track(); and module_K::onSignupI(user), which passes
                            user.email to the previous unit's wrapper (another unit: resolved
                            across units) and a plain value to its own

Every unit calls into another, so the findings need the whole program. SDK headers come from
test/Inputs/sdk."""
import argparse
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--units", type=int, default=200)
parser.add_argument("--modules", type=int, default=8)
args = parser.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sdk = os.path.join(root, "test", "Inputs", "sdk")
out = os.path.abspath(args.out)


def write(path, text):
    path = os.path.join(out, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


units = [(i % args.modules, i) for i in range(args.units)]
write("include/app/common.h", """#pragma once
#include <analytics.hpp>
#include <map>
#include <string>
namespace app {
struct User { std::string email; std::string plan; int visits = 0; };
void track(const std::string &event, const segment::analytics::Object &props);
} // namespace app
""")
for k in range(args.modules):
    decls = "".join(f"void send{i}(const std::string &value);\nvoid onSignup{i}(const app::User &user);\n"
                    for m, i in units if m == k)
    write(f"include/app/module_{k}.h", f"#pragma once\n#include \"app/common.h\"\nnamespace module_{k} {{\n{decls}}}\n")
write("src/telemetry.cpp", """#include "app/common.h"
namespace app {
segment::analytics::Analytics &client();
void track(const std::string &event, const segment::analytics::Object &props) {
  client().Track("anonymous", event, props);
}
} // namespace app
""")
entries = []
for n, (k, i) in enumerate(units):
    pk, pi = units[n - 1] if n else units[-1]
    includes = [f"module_{k}.h"] + ([f"module_{pk}.h"] if pk != k else [])
    if k != 0 and i % 3 == 0 and "module_0.h" not in includes:
        includes.append("module_0.h")
    body = "".join(f"#include \"app/{h}\"\n" for h in includes) + f"""
namespace module_{k} {{
void send{i}(const std::string &value) {{
  segment::analytics::Object props;
  props["contact"] = value;
  props["unit"] = {i};
  app::track("Unit {i}", props);
}}
void onSignup{i}(const app::User &user) {{
  module_{pk}::send{pi}(user.email);
  send{i}(user.plan);
}}
}} // namespace module_{k}
"""
    write(f"src/module_{k}/unit_{i}.cpp", body)
for path in ["src/telemetry.cpp"] + [f"src/module_{k}/unit_{i}.cpp" for k, i in units]:
    entries.append({"directory": out, "file": os.path.join(out, path),
                    "arguments": ["clang++", "-std=c++17", "-I", os.path.join(out, "include"),
                                  "-isystem", sdk, "-c", path, "-o", path + ".o"]})
write("compile_commands.json", json.dumps(entries, indent=1) + "\n")
print(f"{len(entries)} units in {out}")

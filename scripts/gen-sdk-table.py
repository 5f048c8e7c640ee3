#!/usr/bin/env python3
"""Writes docs/sdks.md, the table of the SDKs piiflow models, from models/*.json.

Usage: scripts/gen-sdk-table.py            rewrite docs/sdks.md
       scripts/gen-sdk-table.py --check    exit 1 (and say what differs) when docs/sdks.md is stale
"""
import difflib
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = os.path.join(ROOT, "models")
TABLE = os.path.join(ROOT, "docs", "sdks.md")


def short(function):
    """segment::analytics::Analytics::Track -> Analytics::Track"""
    parts = function.split("::")
    return "::".join(parts[-2:]) if len(parts) > 1 else function


def arg_text(arg):
    index = "this" if arg["index"] == "this" else str(arg["index"])
    text = f"{index}: {arg['role']}"
    if "key" in arg:
        text += f" (key {arg['key']})"
    if "kind" in arg:
        text += f" [{arg['kind']}]"
    if "kindArg" in arg:
        text += f" [marker {arg['kindArg']}]"
    return text


def sinks_text(model):
    by_function = {}
    for sink in model.get("sinks", []):
        args = ", ".join(arg_text(a) for a in sink["args"])
        arity = f"/{sink['arity']}" if "arity" in sink else ""
        by_function.setdefault(short(sink["function"]), []).append(f"{arity} ({args})" if arity else f"({args})")
    return "<br>".join(f"`{name}`{' '.join(variants)}" for name, variants in by_function.items())


def bags_text(model):
    items = []
    for bag in model.get("bagTypes", []):
        how = []
        if bag.get("keyedSubscript"):
            how.append("`[key]`")
        how += [f"`{i['method']}`" for i in bag.get("inserters", [])]
        items.append(f"`{short(bag['type'])}`" + (f" ({', '.join(how)})" if how else ""))
    items += [f"`{short(b['function'])}`" for b in model.get("bagInserters", [])]
    items += [f"`{short(c['type'])}` entries" for c in model.get("entryConstructors", [])]
    items += [f"`{short(b['function'])}` builds" for b in model.get("bagBuilders", [])]
    return "<br>".join(items)


def sources_text(model):
    return "<br>".join(f"`{short(s['function'])}`" + (f"(\"{'|'.join(s['whenArg'].get('equals', []) + s['whenArg'].get('matches', []))}\")" if "whenArg" in s else "")
                       + (f"->{s['field']}" if "field" in s else "") + f": {s['kind']}"
                       for s in model.get("sources", []))


def render():
    models = []
    for path in sorted(glob.glob(os.path.join(MODELS, "*.json"))):
        if os.path.basename(path) == "schema.json":
            continue
        models.append((os.path.basename(path), json.load(open(path, encoding="utf-8"))))
    out = ["# SDKs piiflow models", "",
           "Generated from `models/*.json` by `scripts/gen-sdk-table.py`; a test fails when this page and the",
           "models differ. Roles: see [models.md](models.md). `/N` is the overload with N parameters; `(i: role)`",
           "names argument i and what it carries; `[kind]` is a kind the API itself fixes. The vendor's role and",
           "data use are explained in [privacy-teams.md](privacy-teams.md).", "",
           "## SDKs that send data to a vendor", "",
           "| SDK | vendor | role, data use | sinks (argument: role) | bags | written from |",
           "|---|---|---|---|---|---|"]
    for name, m in models:
        if not m.get("vendor"):
            continue
        src = m.get("source", {})
        written = f"{src.get('repository', '')} `{src.get('header', '')}` {src.get('version', '')}".strip()
        terms = f"{m.get('vendorRole', 'processor')}, `{m.get('dataUse', 'analytics.reporting')}`"
        out.append(f"| {m['sdk']} (`{name}`) | {m['vendor']} | {terms} | {sinks_text(m)} | {bags_text(m)} | {written} |")
    out += ["", "## Libraries and system sources", "",
            "| model | bags | propagators | sanitizers | sources | written from |", "|---|---|---|---|---|---|"]
    for name, m in models:
        if m.get("vendor"):
            continue
        src = m.get("source", {})
        written = f"{src.get('repository', '')} `{src.get('header', '')}` {src.get('version', '')}".strip()
        props = "<br>".join(f"`{short(p['function'])}`" for p in m.get("propagators", []))
        sanitizers = "<br>".join(f"`{short(x['function'])}` ({'keyed' if x['keyed'] else ('keyed with argument ' + str(x['keyArg']) if 'keyArg' in x else 'plain hash')})"
                                 for x in m.get("sanitizers", []))
        out.append(f"| {m['sdk']} (`{name}`) | {bags_text(m)} | {props} | {sanitizers} | {sources_text(m)} | {written} |")
    return "\n".join(out) + "\n"


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        current = open(TABLE, encoding="utf-8").read() if os.path.exists(TABLE) else ""
        if current != text:
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                                       "docs/sdks.md", "generated from models/"))
            print("docs/sdks.md is stale: run scripts/gen-sdk-table.py")
            return 1
        print("docs/sdks.md matches models/")
        return 0
    open(TABLE, "w", encoding="utf-8").write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

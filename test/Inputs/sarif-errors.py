#!/usr/bin/env python3
"""sarif-errors.py REPORT.sarif: prints how many results of level "error" the SARIF multitool's
report holds, and each of them."""
import json
import sys

results = json.load(open(sys.argv[1]))["runs"][0].get("results", [])
errors = [r for r in results if r.get("level") == "error"]
for r in errors:
    print(r.get("ruleId"), r.get("message", {}).get("text", ""))
print(f"{len(errors)} errors")

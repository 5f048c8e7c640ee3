#!/usr/bin/env python3
"""same-results.py A.sarif B.sarif: prints "same N results" when both runs hold the same results
(compared whole, in any order), else "different"."""
import json
import sys

def results(path):
    return sorted(json.dumps(r, sort_keys=True) for r in json.load(open(path))["runs"][0]["results"])

a, b = results(sys.argv[1]), results(sys.argv[2])
print(f"same {len(a)} results" if a == b else "different")

#!/usr/bin/env python3
"""Checks a GitLab Code Quality report against test/Inputs/gitlab-codequality.schema.json and
GitLab's rule that fingerprints are unique in a report. Prints "valid: N issues" or each error,
and exits 1 on any."""
import json
import os
import sys

import jsonschema

schema = json.load(open(os.path.join(os.path.dirname(__file__), "gitlab-codequality.schema.json")))
report = json.load(open(sys.argv[1]))
errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
          for e in jsonschema.Draft7Validator(schema).iter_errors(report)]
if isinstance(report, list):
    seen = set()
    for i, issue in enumerate(report):
        fingerprint = issue.get("fingerprint") if isinstance(issue, dict) else None
        if fingerprint in seen:
            errors.append(f"{i}/fingerprint: {fingerprint} is not unique")
        seen.add(fingerprint)
for error in errors:
    print("error: " + error)
if errors:
    sys.exit(1)
print(f"valid: {len(report)} issues")

#!/usr/bin/env python3
"""Validates every model file in a directory against its schema.json (JSON Schema draft-04) and
prints one line per file. Exit 0 when all are valid."""
import glob
import json
import os
import sys

import jsonschema

directory = sys.argv[1]
schema = json.load(open(os.path.join(directory, "schema.json")))
validator = jsonschema.Draft4Validator(schema)
bad = 0
for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
    if os.path.basename(path) == "schema.json":
        continue
    errors = list(validator.iter_errors(json.load(open(path))))
    name = os.path.basename(path)
    if errors:
        bad += 1
        for e in errors:
            print(f"{name}: INVALID: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    else:
        print(f"{name}: valid")
sys.exit(1 if bad else 0)

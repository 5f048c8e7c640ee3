#!/usr/bin/env python3
"""Checks SARIF reports the tests write: each file against the SARIF 2.1.0 JSON schema (the copy
Microsoft's SARIF multitool ships, installed by scripts/install-deps.sh), and against what GitHub
code scanning needs of a result and a rule: descriptions and help text, a message, a known ruleId,
a first location with a URI and a start line, and security-severity as a string in (0, 10].

Usage: validate-sarif.py --schema SCHEMA.json FILE.sarif [FILE.sarif ...]
Prints one line per problem and exits 1 if any file has one, 0 otherwise."""
import argparse
import json
import sys

import jsonschema


def code_scanning_problems(report):
    """What GitHub's upload rejects or shows badly, beyond the schema."""
    problems = []
    for r, run in enumerate(report.get("runs", [])):
        driver = run.get("tool", {}).get("driver", {})
        if not driver.get("name"):
            problems.append(f"runs[{r}]: the driver has no name")
        rules = driver.get("rules", [])
        for i, rule in enumerate(rules):
            where = f"runs[{r}].tool.driver.rules[{i}]"
            for field in ("shortDescription", "fullDescription", "help"):
                if not rule.get(field, {}).get("text"):
                    problems.append(f"{where}: no {field}.text")
            severity = rule.get("properties", {}).get("security-severity")
            if severity is not None and not is_severity(severity):
                problems.append(f"{where}: security-severity {severity!r} is not a string in (0, 10]")
        known = {rule.get("id") for rule in rules}
        for j, result in enumerate(run.get("results", [])):
            where = f"runs[{r}].results[{j}]"
            if not result.get("message", {}).get("text"):
                problems.append(f"{where}: no message.text")
            if result.get("ruleId") not in known:
                problems.append(f"{where}: ruleId {result.get('ruleId')!r} is not a rule of the driver")
            locations = result.get("locations") or []
            if not locations:
                problems.append(f"{where}: no location")
                continue
            physical = locations[0].get("physicalLocation", {})
            if not physical.get("artifactLocation", {}).get("uri"):
                problems.append(f"{where}: the first location has no artifactLocation.uri")
            if not physical.get("region", {}).get("startLine"):
                problems.append(f"{where}: the first location has no region.startLine")
    return problems


def is_severity(value):
    if not isinstance(value, str):
        return False
    try:
        return 0.0 < float(value) <= 10.0
    except ValueError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", required=True)
    parser.add_argument("reports", nargs="+")
    args = parser.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    failed = False
    for path in args.reports:
        try:
            with open(path, encoding="utf-8") as f:
                report = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read the report: {e}")
            failed = True
            continue
        problems = [f"schema: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                    for e in validator.iter_errors(report)]
        problems += code_scanning_problems(report)
        for problem in problems:
            print(f"{path}: {problem}")
        failed = failed or bool(problems)
        if not problems:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

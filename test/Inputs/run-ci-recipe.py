#!/usr/bin/env python3
"""Runs the piiflow steps of a CI recipe (a GitHub Actions workflow or a GitLab CI file) in a
project directory, the way the CI would, with the piiflow under test:

  run-ci-recipe.py github|gitlab RECIPE PROJECT PREFIX

PREFIX is an install tree of piiflow (bin/piiflow, share/piiflow/models): the workflows'
$PIIFLOW_PREFIX, GitLab's .piiflow-install. Jobs run in file order, all in PROJECT (artifacts
uploaded by one job are there for the next); a matrix job runs once per value. Steps that install
(apt-get, git clone, install-deps, cmake --install, tar) are left out: they need the network.
`uses:` steps are checked, not run: upload-sarif's file must exist, artifacts are already in
place. Prints one line per step, "job/step: ok|skipped|FAILED (exit N)", and exits 1 if a step
failed."""
import os
import re
import subprocess
import sys

import yaml

kind, recipe_path, project, prefix = sys.argv[1:5]
recipe = yaml.safe_load(open(recipe_path))
INSTALLS = ("apt-get", "git clone", "install-deps", "cmake --install", "tar ")
failed = False


def run_script(label, script, env):
    global failed
    if any(word in script for word in INSTALLS):
        print(f"{label}: skipped (installs)")
        return
    left = re.findall(r"\$\{\{[^}]*\}\}", script)
    if left:
        print(f"{label}: FAILED (unknown expressions {left})")
        failed = True
        return
    result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=project,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
    print(f"{label}: {status}")
    for line in result.stdout.splitlines():
        print("    " + line)
    failed = failed or result.returncode != 0


def expand(text, values):
    for name, value in values.items():
        text = re.sub(r"\$\{\{\s*" + re.escape(name) + r"\s*\}\}", str(value), text)
    return text


def hash_files_condition(condition):
    """GitHub's `hashFiles('f') != ''`: whether f exists in the project."""
    m = re.fullmatch(r"\s*hashFiles\('([^']+)'\)\s*!=\s*''\s*", condition)
    return os.path.exists(os.path.join(project, m.group(1))) if m else None


def run_github():
    global failed
    base_env = dict(os.environ)
    base_env.update({k: str(v) for k, v in (recipe.get("env") or {}).items()})
    base_env["PIIFLOW_PREFIX"] = prefix
    base_env["RUNNER_TEMP"] = os.path.join(project, ".runner-temp")
    for job_name, job in recipe["jobs"].items():
        matrix = (job.get("strategy") or {}).get("matrix") or {}
        keys = [k for k in matrix if isinstance(matrix[k], list)]
        variants = [{}] if not keys else [{f"matrix.{keys[0]}": v} for v in matrix[keys[0]]]
        for variant in variants:
            env = dict(base_env)
            env.update({k: str(v) for k, v in (job.get("env") or {}).items()})
            values = {f"env.{k}": v for k, v in env.items() if k.isupper()}
            values.update(variant)
            for step in job["steps"]:
                suffix = f"[{list(variant.values())[0]}]" if variant else ""
                label = expand(f"{job_name}{suffix}/{step.get('name', step.get('uses'))}", values)
                condition = step.get("if")
                if condition is not None:
                    holds = hash_files_condition(condition)
                    if holds is False or (holds is None and "cache-hit" in condition):
                        print(f"{label}: skipped (if: {condition})")
                        continue
                if "uses" in step:
                    uses = step["uses"]
                    if uses.startswith("github/codeql-action/upload-sarif"):
                        sarif = os.path.join(project, expand(step["with"]["sarif_file"], values))
                        ok = os.path.isfile(sarif)
                        print(f"{label}: {'ok' if ok else 'FAILED (no ' + sarif + ')'}")
                        failed = failed or not ok
                    else:
                        print(f"{label}: skipped (uses {uses})")
                    continue
                run_script(label, expand(step["run"], values), env)


def run_gitlab():
    global failed
    link = os.path.join(project, ".piiflow-install")
    if not os.path.exists(link):
        os.symlink(prefix, link)
    for job_name, job in recipe.items():
        if not isinstance(job, dict) or "script" not in job:
            continue
        env = dict(os.environ)
        env.update({k: str(v) for k, v in (job.get("variables") or {}).items()})
        env["CI_PROJECT_DIR"] = project
        for i, line in enumerate(job["script"]):
            run_script(f"{job_name}/script[{i}]", line, env)
        reports = ((job.get("artifacts") or {}).get("reports") or {})
        for report, path in reports.items():
            ok = os.path.isfile(os.path.join(project, path))
            print(f"{job_name}/reports:{report}: {'ok' if ok else 'FAILED (no ' + path + ')'}")
            failed = failed or not ok


run_github() if kind == "github" else run_gitlab()
sys.exit(1 if failed else 0)

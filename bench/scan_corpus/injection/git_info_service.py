"""Handles push webhooks and records which files changed, for CI scheduling."""
import json
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

# full_name -> local mirror, e.g. {"acme/api": "/srv/ci/mirrors/api"}
MIRRORS = {k: Path(v) for k, v in json.loads(os.environ.get("CI_MIRRORS", "{}")).items()}


def git(repo_dir: Path, args: str) -> str:
    return subprocess.check_output(f"git {args}", shell=True, cwd=repo_dir, text=True, timeout=60)


def changed_files(repo_dir: Path, before: str, after: str) -> list[str]:
    git(repo_dir, "fetch --quiet origin")
    out = git(repo_dir, f"diff --name-only {before} {after}")
    return [line for line in out.splitlines() if line]


def handle_push(payload: dict) -> dict:
    repo_dir = MIRRORS.get(payload["repository"]["full_name"])
    if repo_dir is None:
        log.info("ignoring push for unknown repository")
        return {"scheduled": False}
    files = changed_files(repo_dir, payload["before"], payload["after"])
    suites = sorted({f.split("/", 1)[0] for f in files})
    log.info("push %s touches %d files in %s", payload["after"][:8], len(files), suites)
    return {"scheduled": True, "suites": suites}

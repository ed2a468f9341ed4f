"""Handles push webhooks and records which files changed, for CI scheduling."""
import json
import logging
import os
import re
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

MIRRORS = {k: Path(v) for k, v in json.loads(os.environ.get("CI_MIRRORS", "{}")).items()}
SHA_RE = re.compile(r"^[0-9a-f]{40}$")


def git(repo_dir: Path, *args: str) -> str:
    return subprocess.check_output(["git", *args], cwd=repo_dir, text=True, timeout=60)


def changed_files(repo_dir: Path, before: str, after: str) -> list[str]:
    for sha in (before, after):
        if not SHA_RE.fullmatch(sha):
            raise ValueError("push payload contains a malformed commit id")
    git(repo_dir, "fetch", "--quiet", "origin")
    out = git(repo_dir, "diff", "--name-only", before, after, "--")
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

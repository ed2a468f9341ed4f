#!/usr/bin/env python3
"""pre-push hook: scan commits that are about to be pushed for credentials."""
import os
import subprocess
import sys
import tempfile

ZERO_SHA = "0" * 40
SCANNER = os.environ.get("SECRETSCAN_BIN", "secretscan")


def commits_to_scan(local_sha: str, remote_sha: str) -> list[str]:
    if local_sha == ZERO_SHA:
        return []  # branch deletion
    if remote_sha == ZERO_SHA:
        args = ["git", "rev-list", local_sha, "--not", "--remotes"]
    else:
        args = ["git", "rev-list", f"{remote_sha}..{local_sha}"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout.split()


def scan_commits(shas: list[str]) -> int:
    if not shas:
        return 0
    patch = subprocess.run(
        ["git", "show", "--no-color", "--format=commit %H", *shas],
        check=True,
        capture_output=True,
    ).stdout
    fd, path = tempfile.mkstemp(prefix="prepush-", suffix=".patch")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(patch)
        proc = subprocess.run(
            [SCANNER, "diff", "--input", path, "--redact", "--format", "text"],
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(path)
    if proc.returncode == 1:
        sys.stderr.write(proc.stdout)
        sys.stderr.write("\nPush blocked: possible credentials in outgoing commits.\n")
    return proc.returncode


def main() -> int:
    shas: list[str] = []
    for line in sys.stdin:
        parts = line.split()
        if len(parts) != 4:
            continue
        _local_ref, local_sha, _remote_ref, remote_sha = parts
        shas.extend(commits_to_scan(local_sha, remote_sha))
    return scan_commits(list(dict.fromkeys(shas)))


if __name__ == "__main__":
    sys.exit(main())

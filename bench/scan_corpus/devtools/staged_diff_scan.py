#!/usr/bin/env python3
"""pre-commit hook: scan the staged diff for credentials before committing.

Install with ``ln -s ../../tools/staged_diff_scan.py .git/hooks/pre-commit``.
"""
import os
import subprocess
import sys
import tempfile

SCANNER = os.environ.get("SECRETSCAN_BIN", "secretscan")
MAX_DIFF_BYTES = 20 * 1024 * 1024


def staged_diff() -> bytes:
    return subprocess.run(
        ["git", "diff", "--cached", "--no-color", "--unified=0", "--diff-filter=ACM"],
        check=True,
        capture_output=True,
    ).stdout


def scan(diff: bytes) -> int:
    if len(diff) > MAX_DIFF_BYTES:
        print("secretscan: staged diff too large, skipping", file=sys.stderr)
        return 0
    path = tempfile.mktemp(prefix="staged-", suffix=".diff")
    try:
        with open(path, "wb") as fh:
            fh.write(diff)
        proc = subprocess.run(
            [SCANNER, "diff", "--input", path, "--redact", "--format", "text"],
            capture_output=True,
            text=True,
        )
    finally:
        if os.path.exists(path):
            os.remove(path)
    if proc.returncode == 1:
        sys.stderr.write(proc.stdout)
        sys.stderr.write(
            "\nCommit blocked: possible credentials in staged changes.\n"
            "Use `git commit --no-verify` only if these are false positives.\n"
        )
    return proc.returncode


def main() -> int:
    diff = staged_diff()
    if not diff.strip():
        return 0
    return scan(diff)


if __name__ == "__main__":
    sys.exit(main())

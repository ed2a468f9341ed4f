"""bandit over many trees in one process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from scanners.finding import Finding, code_fingerprint, normalise_cwe
from scanners.tools import ScannerFailure, read_lines, run_tool, tool_path


def run_bandit(root: Path, timeout: float = 600, targets: list[str] | None = None
               ) -> tuple[dict[str, list[Finding]], dict[str, str]]:
    """Findings under `root` (or only its `targets`) keyed by relative path, and files bandit could
    not scan."""
    # --ignore-nosec: a model's `# nosec` comment must not hide what it wrote
    cmd = [tool_path("bandit"), "-f", "json", "-q", "--ignore-nosec"]
    if targets is None:
        cmd += ["-r", "."]
    else:
        python = [t for t in targets if t.endswith(".py")]  # what `-r` would pick; other files are errors
        if not python:
            return {}, {}
        cmd += ["--", *python]
    try:
        proc = run_tool(cmd, root, timeout)
    except FileNotFoundError:
        raise ScannerFailure("bandit is not installed (not on PATH)") from None
    except subprocess.TimeoutExpired:
        raise ScannerFailure(f"bandit timed out after {timeout:.0f}s") from None
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ScannerFailure(f"bandit exited {proc.returncode}: {tail[0][:300]}") from None
    found: dict[str, list[Finding]] = {}
    for res in report.get("results", []):
        rel = res["filename"].removeprefix("./")
        lines = res.get("line_range") or [res["line_number"]]
        start, end = min(lines), max(lines)
        found.setdefault(rel, []).append(Finding(
            scanner="bandit",
            rule_id=res["test_id"],
            severity=res["issue_severity"].lower(),
            confidence=res["issue_confidence"].lower(),
            cwe=normalise_cwe(res.get("issue_cwe")),
            path=rel,
            line=start,
            end_line=end,
            message=res["issue_text"],
            fingerprint=code_fingerprint(read_lines(root / rel, start, end)),
            snippet=read_lines(root / rel, start, end),
        ))
    errors = {e["filename"].removeprefix("./"): e.get("reason", "error") for e in report.get("errors", [])}
    return found, errors
